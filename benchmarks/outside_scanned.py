"""The outside-style invoices read as scans: each PDF's pages rendered at 150 dpi into a multi-page
TIFF and put through the whole document processor (ingest, preprocess, OCR, extract), scored as
benchmarks/outside_score.py scores the text layers.

    python benchmarks/outside_scanned.py [--root /tmp/outside_invoices] [--sets E] [--errors]

It measures what OCR costs the invoice fields next to the text layer on the same documents
(set E, 2026-11-26: 168 of 180 fields as scans, 173 from the text layers).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pypdfium2 as pdfium
from PIL import Image

from idp.config import load_config
from idp.pipeline.pdf_forms import flatten_form_fields
from idp.pipeline.processor import DocumentProcessor
from outside_score import FIELDS, same

DPI = 150


def scanned(path: Path) -> bytes:
    """The PDF's pages as a grey multi-page TIFF at ``DPI`` (a filled-in form printed with its values)."""
    pdf = pdfium.PdfDocument(flatten_form_fields(path.read_bytes()))
    pages: list[Image.Image] = [pdf[i].render(scale=DPI / 72).to_pil().convert("L") for i in range(len(pdf))]
    buf = io.BytesIO()
    pages[0].save(buf, format="TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--sets", nargs="+", default=["E"])
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    processor = DocumentProcessor(load_config())
    for name in args.sets:
        hits = {f: [0, 0] for f in FIELDS}
        for path in sorted((args.root / name / "pdf").glob("*.pdf")):
            key = json.loads((args.root / name / "key" / f"{path.stem}.json").read_text())
            doc = processor.process(scanned(path), f"{path.stem}.tif", f"file:///{path.stem}.tif")
            for f in FIELDS:
                if key.get(f) is None:
                    continue
                got = doc.fields[f].value if f in doc.fields else None
                ok = same(f, key[f], got)
                hits[f][0] += ok
                hits[f][1] += 1
                if args.errors and not ok:
                    print(f"  {path.stem:24s} {f:15s} key={key[f]!r} got={got!r}")
        print(f"set {name}, scanned at {DPI} dpi")
        for f, (h, n) in hits.items():
            print(f"  {f:15s} {h:3d}/{n:<3d} = {h / max(n, 1):.3f}")
        print(
            f"  {'all fields':15s} {sum(h for h, _ in hits.values()):3d}/{sum(n for _, n in hits.values())}"
        )


if __name__ == "__main__":
    main()
