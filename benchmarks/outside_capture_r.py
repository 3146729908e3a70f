"""How set R's clean receipts become the files a back office receives (benchmarks/outside_receipts_r.py).

A case's ``capture`` spec says what happened to the slip (``paper``: ``fade``, a thermal print gone pale
and uneven with streaks where the head is worn; ``grey``, a faded slip as outside_scan_n.thermal makes
it; ``crumple``, crumpled and smoothed out; ``fold``, folded in ``folds`` places), where it lay when it
was captured (``place``: ``glass``, on a flatbed under its lid, lid colour ``lid``, the scan cropped
``margin`` mm round it; ``a4``, taped to or lying on an A4 sheet at ``at`` mm, with
outside_degrade_k ``marks`` such as a handwritten note; ``table``, on a table for a phone photo), turned
``angle`` degrees, and how it was captured (``kind``: ``scan`` and ``photo`` are outside_degrade_k's
scan and phone photo, ``bilevel`` a 1-bit scan), then turned ``rotate`` degrees and written by
outside_degrade_k.encode as ``fmt`` (png, jpg with ``quality``, tif, image-only pdf).
"""

from __future__ import annotations

import random
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageFilter

import outside_degrade_k as dk
from outside_common_k import mm
from outside_scan_n import thermal

Spec = dict[str, Any]


def _split(img: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(img.convert("RGBA"), np.float32)
    return a[..., :3], a[..., 3]


def _join(rgb: np.ndarray, alpha: np.ndarray) -> Image.Image:
    return Image.fromarray(np.dstack([rgb, alpha]).clip(0, 255).astype(np.uint8), "RGBA")


# ---- what happened to the paper ---------------------------------------------------------------------------


def fade(img: Image.Image, spec: Spec, rng: random.Random) -> Image.Image:
    """A thermal print fading unevenly down the slip, paler columns where the head is worn, the paper
    yellowing a little. ``fade`` (0..0.6) is how much of the ink is gone at worst."""
    rgb, alpha = _split(img)
    h, w = alpha.shape
    paper = np.percentile(rgb.reshape(-1, 3), 95, axis=0)
    ink = np.clip(paper - rgb, 0, None)
    s = spec.get("fade", 0.45)
    phase = rng.uniform(0, 6.3)
    along = 1 - s * (0.6 + 0.4 * np.sin(np.linspace(phase, phase + rng.uniform(2, 5), h)))[:, None]
    across = np.ones((1, w), np.float32)
    for _ in range(spec.get("streaks", 3)):
        x, width = rng.randrange(0, w - mm(2)), rng.randint(mm(0.4), mm(1.6))
        across[0, x : x + width] = rng.uniform(0.45, 0.7)
    f = np.clip(along * across, 0.3, 1.0)[..., None]
    tint = np.array([1.0, 0.985, 0.94], np.float32)
    return _join((paper - ink * f) * tint, alpha)


def grey(img: Image.Image, spec: Spec, rng: random.Random) -> Image.Image:
    """outside_scan_n.thermal's faded slip (weak ink on grey paper, worn-head streaks)."""
    out = thermal(img.convert("RGB"), np.random.default_rng(rng.randrange(1 << 30)))
    rgba = out.convert("RGBA")
    rgba.putalpha(img.getchannel("A"))
    return rgba


def _wrinkle(
    img: Image.Image, rng: random.Random, creases: list[tuple[float, float, float]], amount: float
) -> Image.Image:
    """Shading and a slight warp from a height field: smooth bumps plus ridges along ``creases``
    (x, y in pixels, angle in degrees), lit from the top left."""
    rgb, alpha = _split(img)
    h, w = alpha.shape
    r = np.random.default_rng(rng.randrange(1 << 30))
    cell = mm(14)
    low = r.normal(0, 1, (h // cell + 3, w // cell + 3)).astype(np.float32)
    z = cv2.GaussianBlur(cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC), (0, 0), mm(2)) * mm(1.5)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for x0, y0, deg in creases:
        t = np.deg2rad(deg)
        dist = (xx - x0) * np.sin(t) - (yy - y0) * np.cos(t)
        z += rng.choice([-1, 1]) * np.abs(dist) * rng.uniform(0.05, 0.12)
    gy, gx = np.gradient(z)
    light = 1.0 + amount * np.clip(-(gx * 0.7 + gy * 0.7), -1.5, 1.5)
    warp = np.float32(mm(0.25))
    mx, my = xx + np.clip(gx, -1, 1) * warp, yy + np.clip(gy, -1, 1) * warp
    rgb = cv2.remap(rgb * light[..., None], mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    alpha = cv2.remap(alpha, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    return _join(rgb, alpha)


def crumple(img: Image.Image, spec: Spec, rng: random.Random) -> Image.Image:
    w, h = img.size
    creases = [
        (rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0, 180)) for _ in range(spec.get("creases", 7))
    ]
    return _wrinkle(img, rng, creases, spec.get("crumple", 0.12))


def fold(img: Image.Image, spec: Spec, rng: random.Random) -> Image.Image:
    w, h = img.size
    n = spec.get("folds", 2)
    creases = [
        (w / 2, h * (i + 1) / (n + 1) + rng.uniform(-mm(6), mm(6)), rng.uniform(-2, 2)) for i in range(n)
    ]
    return _wrinkle(img, rng, creases, spec.get("crumple", 0.1))


PAPER = {"fade": fade, "grey": grey, "crumple": crumple, "fold": fold}

# ---- where it lay -----------------------------------------------------------------------------------------


def _shadow(
    bg: np.ndarray, alpha: np.ndarray, at: tuple[int, int], off: int, blur: float, dark: float
) -> None:
    """Darkens ``bg`` (float RGB) under the slip's blurred outline, offset ``off`` px down-right."""
    h, w = alpha.shape
    x, y = at[0] + off, at[1] + off
    sh = cv2.GaussianBlur(alpha / 255.0, (0, 0), blur) if blur else alpha / 255.0
    H, W = bg.shape[:2]
    xa, ya, xb, yb = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
    if xa < xb and ya < yb:
        bg[ya:yb, xa:xb] *= 1 - dark * sh[ya - y : yb - y, xa - x : xb - x, None]


def _paste(bg: np.ndarray, slip: Image.Image, at: tuple[int, int]) -> None:
    rgb, alpha = _split(slip)
    a = alpha[..., None] / 255.0
    x, y = at
    h, w = alpha.shape
    bg[y : y + h, x : x + w] = bg[y : y + h, x : x + w] * (1 - a) + rgb * a


def _turn(img: Image.Image, angle: float) -> Image.Image:
    return img.rotate(angle, resample=Image.BICUBIC, expand=True) if angle else img


def on_glass(img: Image.Image, spec: Spec, rng: random.Random) -> Image.Image:
    """On a flatbed's glass under the lid (white, grey or a black lid left open), cropped round it."""
    slip = _turn(img, spec.get("angle", 0.0))
    mx, my = spec.get("margin", (14, 12))
    w, h = slip.width + 2 * mm(mx), slip.height + 2 * mm(my)
    lid = np.array(spec.get("lid", (236, 236, 232)), np.float32)
    bg = np.zeros((h, w, 3), np.float32) + lid
    bg *= np.linspace(1.0, 0.94, h, dtype=np.float32)[:, None, None]  # light falls off along the bed
    at = (mm(mx) + rng.randint(-mm(3), mm(3)), mm(my))
    _shadow(bg, np.asarray(slip.getchannel("A"), np.float32), at, mm(0.5), mm(0.4), 0.35)
    _paste(bg, slip, at)
    return Image.fromarray(bg.clip(0, 255).astype(np.uint8))


def on_a4(img: Image.Image, spec: Spec, rng: random.Random) -> Image.Image:
    """On a white A4 sheet (taped down for an expense claim, or lying on it), plus ink ``marks``."""
    slip = _turn(img, spec.get("angle", 0.0))
    bg = np.zeros((mm(297), mm(210), 3), np.float32) + np.array((250, 250, 247), np.float32)
    x, y = spec.get("at", (30, 25))
    at = (mm(x), mm(y))
    if at[0] + slip.width > bg.shape[1] or at[1] + slip.height > bg.shape[0]:
        raise ValueError(f"slip {slip.size} does not fit the A4 sheet at {spec.get('at')}")
    _shadow(bg, np.asarray(slip.getchannel("A"), np.float32), at, mm(0.4), mm(0.3), 0.25)
    _paste(bg, slip, at)
    if spec.get("tape"):  # clear tape across the top and bottom edges: a glossy, slightly yellow band
        for ty in (at[1], at[1] + slip.height):
            t0, t1 = ty - mm(9), ty + mm(9)
            xa, xb = at[0] - mm(6), at[0] + slip.width + mm(6)
            band = bg[t0:t1, xa:xb]
            band *= np.array([0.97, 0.965, 0.93], np.float32)
            band[:: max(1, mm(3)), :] *= 0.985
            bg[t0 : t0 + 3, xa:xb] *= 0.88
            bg[t1 - 3 : t1, xa:xb] *= 0.88
    page = bg / 255.0
    for m in spec.get("marks", []):
        dk.MARKS[m["type"]](page, m, rng)
    return Image.fromarray((page * 255).clip(0, 255).astype(np.uint8))


def table(w: int, h: int, kind: str, rng: random.Random) -> np.ndarray:
    """A table top, float RGB: wood, white, dark slate, marble or a grey laminate desk."""
    r = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    turb = cv2.resize(r.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32), (w, h))
    fine = r.normal(0, 1, (h, w)).astype(np.float32)
    if kind == "wood":  # long grain: noise stretched along the boards, fine streaks, plank joints
        long = cv2.resize(r.normal(0, 1, (h // 300 + 2, w // 12 + 2)).astype(np.float32), (w, h))
        streak = cv2.GaussianBlur(np.repeat(r.normal(0, 1, (1, w)).astype(np.float32), h, 0), (0, 0), 1.5)
        grain = np.sin(xx / (w / 55) + long * 3.0) * 0.5 + 0.5
        base = np.array([158, 112, 74], np.float32)
        out = base * (0.8 + 0.16 * grain[..., None] + 0.05 * streak[..., None]) + fine[..., None] * 3
        for x in range(int(r.integers(0, w // 3)), w, w // 3):
            out[:, x : x + 3] *= 0.6
    elif kind == "marble":  # thin grey veins running diagonally through a cloudy white stone
        cloud = cv2.resize(r.normal(0, 1, (5, 4)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        v = np.sin((xx * 0.8 + yy * 0.6) / (w / 9) + cloud * 1.3 + turb * 0.12)
        vein = np.exp(-(v**2) / 0.006) * (0.5 + 0.5 * np.clip(cloud + 0.5, 0, 1))
        out = np.array([232, 230, 226], np.float32) * (1 - 0.18 * vein[..., None] + 0.03 * cloud[..., None])
        out += fine[..., None] * 2
    elif kind == "slate":
        out = np.array([52, 52, 58], np.float32) * (1 + 0.08 * turb[..., None]) + fine[..., None] * 6
    elif kind == "white":
        out = np.array([222, 222, 218], np.float32) * (1 + 0.02 * turb[..., None]) + fine[..., None] * 2
    else:
        out = np.array([168, 166, 158], np.float32) * (1 + 0.03 * turb[..., None]) + fine[..., None] * 5
    return out.astype(np.float32)


def on_table(img: Image.Image, spec: Spec, rng: random.Random) -> Image.Image:
    """The slip on a table, framed as a phone takes it (``long`` px on the long side, portrait 3:4, the
    slip ``fill`` of the frame's height), with a soft shadow; already at the photo's scale."""
    slip = _turn(img, spec.get("angle", 0.0))
    frame_h = max(slip.height / spec.get("fill", 0.84), slip.width / 0.62 * 4 / 3)
    scale = spec.get("long", 2400) / frame_h
    slip = slip.resize((round(slip.width * scale), round(slip.height * scale)), Image.LANCZOS)
    h = spec.get("long", 2400)
    w = round(h * 3 / 4)
    bg = table(w, h, spec.get("table", "wood"), rng)
    at = (
        (w - slip.width) // 2 + rng.randint(-w // 20, w // 20),
        (h - slip.height) // 2 + rng.randint(-h // 40, h // 40),
    )
    alpha = np.asarray(slip.getchannel("A"), np.float32)
    _shadow(bg, alpha, at, max(2, h // 250), h / 200, 0.45)
    _paste(bg, slip, at)
    return Image.fromarray(bg.clip(0, 255).astype(np.uint8))


PLACES = {"glass": on_glass, "a4": on_a4, "table": on_table}

# ---- capture ----------------------------------------------------------------------------------------------


def capture(img: Image.Image, spec: Spec, rng: random.Random) -> tuple[Image.Image, bytes, str]:
    """The captured image and the file bytes and extension for a clean RGBA slip."""
    for effect in spec.get("paper", []):
        img = PAPER[effect](img, spec, rng)
    scene = PLACES[spec["place"]](img, spec, rng)
    dpi = spec.get("dpi", 200)
    if spec["kind"] == "photo":
        desk = tuple(float(v) for v in np.asarray(scene, np.float32)[:8].reshape(-1, 3).mean(0))
        out = dk.photo(
            scene,
            {
                "dpi": 300,
                "frame": 1.0,
                "warp": spec.get("warp", 0.018),
                "desk": desk,
                "blur": spec.get("blur", 0.9),
            },
            rng,
        )
        dpi = 72
    else:
        out = dk.scan(
            scene, {"dpi": dpi, "colour": spec.get("colour", False), "noise": 3.0, "paper": 0.98}, rng
        )
        if spec["kind"] == "bilevel":
            out = out.convert("L").filter(ImageFilter.GaussianBlur(0.5))
            out = out.point(lambda v: 255 if v > spec.get("threshold", 150) else 0).convert("1")
    if spec.get("rotate"):
        out = out.rotate(spec["rotate"], expand=True)
    data, ext = dk.encode(
        [out], {"fmt": spec["fmt"], "kind": "scan", "dpi": dpi, "quality": spec.get("quality", 75)}
    )
    return out, data, ext
