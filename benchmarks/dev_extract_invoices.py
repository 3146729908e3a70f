"""Invoice extraction on the 30 ad-buy invoices (PDF text layers), against their hand-typed keys.

    python benchmarks/dev_extract_invoices.py [--errors] [--source text|ocr]

``--source text`` (default): words from pdfplumber's text layer, scaled from PDF points to 150 dpi
pixels (as the pipeline's render stage does). ``--source ocr``: the scanned path, pages rendered at
150 dpi and read by RapidOCR (cache /tmp/adbuy_ocr, built on first use: adbuy_ocr_cache.py).
Reported: how many classify as invoice, and exact-match rates of invoice_number (value == key),
total (normalised value == normalised key) and customer_name ~ client (collapsed whitespace,
case-insensitive). PDFs without words (no text layer) are counted as misses.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import time
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import adbuy_ocr_cache
from idp.document import Document, Page, SourceInfo, Word
from idp.extractors import extract_document
from idp.extractors.normalize import normalize_amount
from idp.pipeline.pdf import layer_words
from idp.pipeline.pdf_forms import flatten_form_fields

ROOT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "adbuy-invoices-30"
DPI = 150


def doc_from_pdf(path: Path) -> Document:
    import pdfplumber

    pages = []
    scale = DPI / 72
    # a filled-in form's values drawn into its pages, as the pipeline's PDF stage does
    with pdfplumber.open(io.BytesIO(flatten_form_fields(path.read_bytes()))) as pdf:
        for n, p in enumerate(pdf.pages, start=1):
            words = [
                Word(
                    text=w["text"],
                    bbox=(w["x0"] * scale, w["top"] * scale, w["x1"] * scale, w["bottom"] * scale),
                    confidence=1.0,
                )
                for w in layer_words(p)
            ]
            pages.append(
                Page(
                    number=n,
                    width=round(float(p.width) * scale),
                    height=round(float(p.height) * scale),
                    words=words,
                    text_source="text_layer",
                    dpi=DPI,
                )
            )
    source = SourceInfo(
        uri=str(path),
        name=path.name,
        sha256="0" * 64,
        media_type="application/pdf",
        size_bytes=path.stat().st_size,
        pages=len(pages),
    )
    return Document(document_id="sha256:" + "0" * 64, source=source, pages=pages)


def doc_from_ocr(path: Path) -> Document:
    data = adbuy_ocr_cache.load(path.stem)
    pages = [
        Page(
            number=n,
            width=p["width"],
            height=p["height"],
            words=[
                Word(text=w["text"], bbox=tuple(w["bbox"]), confidence=w["confidence"]) for w in p["words"]
            ],
            text_source="ocr",
        )
        for n, p in enumerate(data["pages"], start=1)
    ]
    source = SourceInfo(
        uri=str(path),
        name=path.name,
        sha256="0" * 64,
        media_type="application/pdf",
        size_bytes=path.stat().st_size,
        pages=len(pages),
    )
    return Document(document_id="sha256:" + "0" * 64, source=source, pages=pages)


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip().upper()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--source", choices=["text", "ocr"], default="text")
    args = ap.parse_args()
    if args.source == "ocr":
        adbuy_ocr_cache.build()
    pdfs = sorted((ROOT / "pdf").glob("*.pdf"))
    hits = {"invoice": 0, "invoice_number": 0, "total": 0, "customer_name": 0}
    no_text, times, pages = 0, [], 0
    for path in pdfs:
        key = json.loads((ROOT / "key" / f"{path.stem}.json").read_text())
        doc = doc_from_pdf(path) if args.source == "text" else doc_from_ocr(path)
        pages += len(doc.pages)
        if not any(p.words for p in doc.pages):
            no_text += 1
        t0 = time.perf_counter()
        doc = extract_document(doc)
        times.append((time.perf_counter() - t0) * 1000)
        f = doc.fields
        got = {
            "invoice": doc.doc_type.value == "invoice",
            "invoice_number": "invoice_number" in f
            and norm(f["invoice_number"].value) == norm(key["invoice_number"]),
            "total": "total" in f and f["total"].value == normalize_amount(key["total"]),
            "customer_name": "customer_name" in f and norm(f["customer_name"].value) == norm(key["client"]),
        }
        for k, ok in got.items():
            hits[k] += ok
            if not ok and args.errors:
                want = {"invoice": "invoice", "customer_name": key["client"]}.get(k, key.get(k))
                have = doc.doc_type.value if k == "invoice" else (f[k].value if k in f else None)
                print(f"{path.stem[:8]} {k:15s} key={want!r} got={have!r}")
    n = len(pdfs)
    print(f"\n{n} invoices ({args.source}), {pages} pages ({no_text} without words)")
    for k, v in hits.items():
        print(f"  {k:15s} {v:3d}/{n} = {v / n:.3f}")
    print(
        f"extract: {mean(times):.1f} ms/document mean, {max(times):.1f} max"
        f" ({sum(times) / pages:.1f} ms/page)"
    )


if __name__ == "__main__":
    main()
