"""Synthetic invoices, receipts, insurance claims and forms with their ground truth (`idp synth`).

They give tests, benchmarks and the README's main job input on a fresh machine, with no dataset at hand.
Each document is drawn once (synth_layout*.py) and written as a scan-like PNG, JPEG, multi-page TIFF or
image-only PDF (synth_degrade.py), or as a digital PDF with a real text layer (synth_render.py).

Layout of `out_dir`::

    documents/<name>.<png|jpg|tif|pdf>   the document (the folder to give `idp process`)
    truth/<name>.json          {"doc_type", "fields" (normalised), "raw" (as printed), "line_items",
                                "pages", "rotation", "skew_degrees", "format", "file"}

Normalised values: ISO dates, amounts with two decimals ("1234.50"), ISO 4217 currency codes; a field of
the type's schema that the document does not print is null. `rotation` uses `Page.rotation`'s sense:
degrees the stored image must be turned clockwise to stand upright. Output is deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image
from pydantic import BaseModel, ConfigDict

from idp.training.synth_content import PROFILES, DocSpec, faker_for
from idp.training.synth_degrade import degrade, pick_scan
from idp.training.synth_forms import build_claim, build_form
from idp.training.synth_invoice import build_invoice, build_receipt
from idp.training.synth_layout import layout_invoice, pick_style
from idp.training.synth_layout_forms import layout_fields, layout_receipt
from idp.training.synth_render import DPI, FIXED_DATE, Canvas, render_pdf, render_raster

FORMATS: tuple[str, ...] = ("png", "jpeg", "tiff", "pdf_scan", "pdf_digital")
KINDS: tuple[str, ...] = ("invoice", "receipt", "claim", "form")
EXTENSIONS = {"png": "png", "jpeg": "jpg", "tiff": "tif", "pdf_scan": "pdf", "pdf_digital": "pdf"}
# the mix used when no formats are asked for: what each kind of document tends to arrive as
FORMAT_MIX: dict[str, dict[str, float]] = {
    "invoice": {"pdf_digital": 0.3, "pdf_scan": 0.2, "tiff": 0.15, "png": 0.15, "jpeg": 0.2},
    "receipt": {"jpeg": 0.55, "png": 0.3, "pdf_scan": 0.15},
    "claim": {"tiff": 0.3, "pdf_scan": 0.3, "jpeg": 0.15, "png": 0.1, "pdf_digital": 0.15},
    "form": {"png": 0.3, "jpeg": 0.3, "pdf_scan": 0.2, "tiff": 0.2},
}
PROFILE_MIX: dict[str, tuple[str, ...]] = {
    "invoice": ("us", "gb", "de", "fr", "my", "au"),
    "receipt": ("my", "my", "my", "us", "gb", "au", "de"),
    "claim": ("us", "gb", "au", "my"),
    "form": ("us", "gb", "au", "my"),
}
TWO_PAGE_SHARE = {"invoice": 0.3, "receipt": 0.0, "claim": 0.5, "form": 0.25}


class SynthDocument(BaseModel):
    """One generated document and its ground truth."""

    model_config = ConfigDict(frozen=True)

    file_name: str
    doc_type: str
    format: str
    fields: dict[str, str | None]
    raw: dict[str, str | None]
    line_items: list[dict[str, str]]
    pages: int
    rotation: int = 0
    skew_degrees: float = 0.0

    def truth(self) -> dict:
        return {"file": self.file_name, **self.model_dump(exclude={"file_name"})}


def _pages_for(kind: str, fmt: str, rnd: random.Random) -> int:
    if fmt in ("png", "jpeg") or kind == "receipt":
        return 1
    if fmt == "tiff":
        return 2
    return 2 if rnd.random() < TWO_PAGE_SHARE[kind] else 1


def build_document(kind: str, fmt: str, seed: int, index: int) -> tuple[DocSpec, Canvas]:
    """Content and layout of one document, before rendering (deterministic for seed and index)."""
    rnd = random.Random(f"idp-synth:{seed}:{index}")
    profile = PROFILES[rnd.choice(PROFILE_MIX[kind])]
    fake = faker_for(profile.faker_locale)
    fake.seed_instance(rnd.getrandbits(32))
    pages = _pages_for(kind, fmt, rnd)
    if kind == "invoice":
        spec = build_invoice(fake, rnd, profile, pages)
        return spec, layout_invoice(spec, pick_style(rnd), rnd)
    if kind == "receipt":
        spec = build_receipt(fake, rnd, profile)
        return spec, layout_receipt(spec, rnd)
    spec = (build_claim if kind == "claim" else build_form)(fake, rnd, profile, pages)
    return spec, layout_fields(spec, pick_style(rnd), rnd)


def _choose_format(kind: str, index: int, n_kinds: int, formats: Sequence[str] | None, seed: int) -> str:
    if formats:  # cycle so that every (kind, format) pair comes up once count >= kinds x formats
        return formats[(index // n_kinds) % len(formats)]
    mix = FORMAT_MIX[kind]
    return random.Random(f"idp-synth-format:{seed}:{index}").choices(list(mix), weights=list(mix.values()))[0]


def _write(canvas: Canvas, fmt: str, path: Path, rng: np.random.Generator) -> tuple[int, float]:
    """Render and save; returns (rotation, skew) of the scan."""
    if fmt == "pdf_digital":
        render_pdf(canvas, path)
        return 0, 0.0
    scan = pick_scan(rng)
    images = []
    for page in render_raster(canvas):
        images.append(degrade(page, scan, rng))
    if fmt == "png":
        images[0].save(path, compress_level=1)
    elif fmt == "jpeg":
        images[0].save(path, quality=int(rng.integers(70, 92)), dpi=(DPI, DPI))
    elif fmt == "tiff":
        compression = "tiff_deflate" if images[0].mode == "L" else "jpeg"
        images[0].save(path, save_all=True, append_images=images[1:], compression=compression, dpi=(DPI, DPI))
    else:  # image-only PDF
        rgb = [im.convert("RGB") for im in images]
        stamp = FIXED_DATE.timetuple()  # the same bytes for the same seed
        rgb[0].save(
            path, save_all=True, append_images=rgb[1:], resolution=float(DPI), quality=85,
            creationDate=stamp, modDate=stamp,
        )  # fmt: skip
    return scan.rotation, scan.skew


def generate_dataset(
    out_dir: Path,
    count: int,
    seed: int = 0,
    kinds: Sequence[str] = KINDS,
    formats: Sequence[str] | None = None,
    sroie: bool = False,
) -> list[SynthDocument]:
    """Write `count` documents and their truth under `out_dir` (see the module docstring for the layout).

    Kinds take turns; `formats` (png, jpeg, tiff, pdf_scan, pdf_digital) take turns too, or, when None,
    follow a realistic mix per kind. `sroie=True` also writes the receipts in SROIE layout under
    `out_dir/sroie` (see `write_sroie_layout`).
    """
    unknown = sorted(set(kinds) - set(KINDS)) + sorted(set(formats or ()) - set(FORMATS))
    if unknown or not kinds:
        raise ValueError(f"unknown kinds/formats {unknown}; kinds: {KINDS}, formats: {FORMATS}")
    out_dir = Path(out_dir)
    (out_dir / "truth").mkdir(parents=True, exist_ok=True)
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    docs = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        fmt = _choose_format(kind, index, len(kinds), formats, seed)
        spec, canvas = build_document(kind, fmt, seed, index)
        name = f"{kind}_{index:04d}"
        file_name = f"documents/{name}.{EXTENSIONS[fmt]}"
        rotation, skew = _write(canvas, fmt, out_dir / file_name, np.random.default_rng([seed, index]))
        doc = SynthDocument(
            file_name=file_name,
            doc_type=kind,
            format=fmt,
            fields=spec.fields,
            raw=spec.raw,
            line_items=spec.line_items,
            pages=len(canvas.pages),
            rotation=rotation,
            skew_degrees=skew,
        )
        (out_dir / "truth" / f"{name}.json").write_text(json.dumps(doc.truth(), indent=2, ensure_ascii=False))
        docs.append(doc)
    if sroie:
        write_sroie_layout(out_dir, docs, out_dir / "sroie")
    return docs


def _first_page(path: Path) -> Image.Image:
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return pdf[0].render(scale=DPI / 72).to_pil()
        finally:
            pdf.close()
    with Image.open(path) as img:
        img.seek(0)
        return img.convert("RGB")


def write_sroie_layout(out_dir: Path, documents: Sequence[SynthDocument], dest: Path) -> int:
    """Write the receipts among `documents` (generated in `out_dir`) as an SROIE-style set for benchmarks:
    ``dest/img/<name>.jpg`` (upright) and ``dest/key/<name>.json`` with company, date, address and total
    as printed (the address on one line, the total as a plain number). Returns how many were written."""
    (dest / "img").mkdir(parents=True, exist_ok=True)
    (dest / "key").mkdir(parents=True, exist_ok=True)
    written = 0
    for doc in documents:
        if doc.doc_type != "receipt":
            continue
        name = Path(doc.file_name).stem
        img = _first_page(Path(out_dir) / doc.file_name)
        if doc.rotation:
            img = img.rotate(-doc.rotation, expand=True)
        img.save(dest / "img" / f"{name}.jpg", quality=92)
        key = {
            "company": doc.raw.get("vendor_name"),
            "date": doc.raw.get("date"),
            "address": " ".join((doc.raw.get("vendor_address") or "").split("\n")),
            "total": doc.fields.get("total"),
        }
        (dest / "key" / f"{name}.json").write_text(json.dumps(key, indent=4, ensure_ascii=False))
        written += 1
    return written
