"""Per-field accuracy of the rule extractor on SROIE receipts (SROIE task 3 scoring).

    python benchmarks/dev_extract_sroie.py --split dev        # receipts 000-069: tune on these
    python benchmarks/dev_extract_sroie.py --split test       # receipts 070-099: report only, never tune
    python benchmarks/dev_extract_sroie.py --ids 000-009 --errors --source box

``--source ocr`` (default) reads our RapidOCR words from the cache /tmp/sroie_ocr (built on first use,
~1.5 s a receipt on one core, see sroie_ocr_cache.py); ``--source box`` uses the dataset's own
line transcriptions split into words (an upper bound free of our OCR errors).

Scoring: a field is correct when the extracted string equals the key after collapsing whitespace,
case-insensitively. company ~ vendor_name, address ~ vendor_address, date ~ the date as printed
(the field's raw), total ~ the normalised value or the raw (keys are as printed, mostly "9.00").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sroie_ocr_cache
from idp.document import Document, Page, SourceInfo, Word
from idp.extractors import extract_document

SPLITS = {"dev": "000-069", "test": "070-099", "all": "000-099"}
FIELDS = ("company", "address", "date", "total")


def _doc(doc_id: str, width: int, height: int, words: list[Word]) -> Document:
    source = SourceInfo(
        uri=f"sroie/{doc_id}.jpg",
        name=f"{doc_id}.jpg",
        sha256="0" * 64,
        media_type="image/jpeg",
        size_bytes=0,
        pages=1,
    )
    page = Page(number=1, width=width, height=height, words=words, text_source="ocr")
    return Document(document_id="sha256:" + "0" * 64, source=source, pages=[page])


def doc_from_ocr(doc_id: str) -> Document | None:
    data = sroie_ocr_cache.load(doc_id)
    if data is None:
        return None
    words = [Word(text=w["text"], bbox=tuple(w["bbox"]), confidence=w["confidence"]) for w in data["words"]]
    return _doc(doc_id, data["width"], data["height"], words)


def words_from_box_line(parts: list[str]) -> list[Word]:
    """One box/NNN.csv row (8 coordinates, then text) as words with boxes proportional to their length."""
    xs, ys = [float(v) for v in parts[0:8:2]], [float(v) for v in parts[1:8:2]]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    text = ",".join(parts[8:]).strip()
    tokens = text.split()
    total = sum(len(t) for t in tokens) + max(len(tokens) - 1, 0)
    out, pos = [], 0
    for t in tokens:
        a = x0 + (x1 - x0) * pos / total
        b = x0 + (x1 - x0) * (pos + len(t)) / total
        out.append(Word(text=t, bbox=(a, y0, b, y1), confidence=1.0))
        pos += len(t) + 1
    return out


def doc_from_box(doc_id: str) -> Document:
    from PIL import Image

    root = sroie_ocr_cache.SROIE
    width, height = Image.open(root / "img" / f"{doc_id}.jpg").size
    words: list[Word] = []
    for row in (root / "box" / f"{doc_id}.csv").read_text(errors="replace").splitlines():
        parts = row.split(",")
        if len(parts) >= 9:
            words += words_from_box_line(parts)
    return _doc(doc_id, width, height, words)


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip().upper()


def predictions(doc: Document) -> dict[str, set[str]]:
    """What counts as the answer per key field (a set: the total may match its value or its raw)."""
    f = doc.fields
    get = lambda name, attr: getattr(f[name], attr) if name in f else None  # noqa: E731
    return {
        "company": {norm(get("vendor_name", "value"))},
        "address": {norm(get("vendor_address", "value"))},
        "date": {norm(get("date", "raw"))},
        "total": {norm(get("total", "value")), norm(get("total", "raw"))},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=sorted(SPLITS), default="dev")
    ap.add_argument("--ids", help="e.g. 000-009,015 (overrides --split)")
    ap.add_argument("--source", choices=["ocr", "box"], default="ocr")
    ap.add_argument("--errors", action="store_true", help="print every wrong field")
    args = ap.parse_args()
    ids = sroie_ocr_cache.parse_ids(args.ids or SPLITS[args.split])
    if args.source == "ocr":
        sroie_ocr_cache.build(ids)  # no-op for cached receipts
    correct = {k: 0 for k in FIELDS}
    types: dict[str, int] = {}
    times, ocr_times, confs = [], [], {k: ([], []) for k in FIELDS}
    for doc_id in ids:
        doc = doc_from_ocr(doc_id) if args.source == "ocr" else doc_from_box(doc_id)
        if args.source == "ocr":
            ocr_times.append(sroie_ocr_cache.load(doc_id)["ocr_s"])
        key = json.loads((sroie_ocr_cache.SROIE / "key" / f"{doc_id}.json").read_text())
        t0 = time.perf_counter()
        doc = extract_document(doc)
        times.append((time.perf_counter() - t0) * 1000)
        types[doc.doc_type.value] = types.get(doc.doc_type.value, 0) + 1
        pred = predictions(doc)
        field_of = {"company": "vendor_name", "address": "vendor_address", "date": "date", "total": "total"}
        for k in FIELDS:
            ok = norm(key[k]) in pred[k]
            correct[k] += ok
            fv = doc.fields.get(field_of[k])
            if fv is not None:
                confs[k][0 if ok else 1].append(fv.confidence)
            if not ok and args.errors:
                print(f"{doc_id} {k:8s} key={norm(key[k])!r}\n{'':12s} got={sorted(pred[k])!r}")
    n = len(ids)
    print(f"\n{n} receipts ({args.source}), doc types: {types}")
    for k in FIELDS:
        ok_c, bad_c = confs[k]
        mc = lambda xs: f"{mean(xs):.2f}" if xs else "-"  # noqa: E731
        print(
            f"  {k:8s} {correct[k]:3d}/{n} = {correct[k] / n:.3f}"
            f"   mean conf right {mc(ok_c)} wrong {mc(bad_c)}"
        )
    print(f"  all four {sum(correct.values()) / (4 * n):.3f} (field-level mean)")
    print(f"extract: {mean(times):.1f} ms/receipt mean, {max(times):.1f} max")
    if ocr_times:
        print(f"ocr (cached run, 1 thread): {mean(ocr_times):.2f} s/receipt mean")


if __name__ == "__main__":
    main()
