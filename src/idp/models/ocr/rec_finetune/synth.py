"""Synthetic mixed-case text lines (PIL): a regulariser while fine-tuning on upper-case receipts, and
a check that the fine-tuned recogniser still reads lower case. Exact transcripts by construction."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
WORDS = (  # noqa: SIM905
    "invoice number date total amount due payment terms net days thank you for your purchase customer "
    "order quantity unit price subtotal tax discount balance cash change card receipt account reference "
    "description delivery address street road company limited phone email coffee latte sandwich water "
    "bread milk rice chicken service charge rounding adjustment item per page of the and to from with "
    "please keep this copy paid bank transfer due within our goods returned not refundable shipping"
).split()


def fonts() -> list[Path]:
    found = [p for d in FONT_DIRS if d.is_dir() for p in sorted(d.glob("*.ttf")) if "Math" not in p.name]
    if not found:
        raise FileNotFoundError(f"no TrueType fonts under {FONT_DIRS}")
    return found


def _token(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.62:
        word = rng.choice(WORDS)
        style = rng.random()
        return word.capitalize() if style < 0.45 else word.upper() if style < 0.6 else word
    if kind < 0.75:
        return f"{rng.randint(0, 9999):,}.{rng.randint(0, 99):02d}"
    if kind < 0.85:
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2026)
        return rng.choice(
            [f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"]
        )
    if kind < 0.93:
        return (
            rng.choice(["No.", "Inv", "Ref", "Tel"])
            + rng.choice(["", " ", ": "])
            + str(rng.randint(1, 99999))
        )
    return rng.choice([":", "-", "x", "@", "%", "(1)", "&", "#12", "RM", "EUR", "$5"])


def text_line(rng: random.Random) -> str:
    text = " ".join(_token(rng) for _ in range(rng.randint(2, 7)))
    return text[0].upper() + text[1:]


def render_line(text: str, rng: random.Random, font_path: Path | None = None) -> np.ndarray:
    """BGR uint8 crop of one line: random font, size, margins, ink and paper grey, slight blur."""
    font = ImageFont.truetype(str(font_path or rng.choice(fonts())), rng.randint(18, 36))
    left, top, right, bottom = font.getbbox(text)
    pad_x, pad_y = rng.randint(2, 12), rng.randint(2, 8)
    paper, ink = rng.randint(200, 255), rng.randint(0, 70)
    img = Image.new("L", (right - left + 2 * pad_x, bottom - top + 2 * pad_y), paper)
    ImageDraw.Draw(img).text((pad_x - left, pad_y - top), text, fill=ink, font=font)
    if rng.random() < 0.4:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    return np.repeat(np.asarray(img)[..., None], 3, axis=2)


def synth_lines(n: int, seed: int) -> list[tuple[np.ndarray, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = text_line(rng)
        out.append((render_line(text, rng), text))
    return out
