"""Score invoice extraction on the outside-style invoices of benchmarks/outside_invoices.py.

    python benchmarks/outside_score.py [--root /tmp/outside_invoices] [--sets A B] [--errors]

Each PDF's text layer (pdfplumber, as benchmarks/dev_extract_invoices.py reads it) goes through
``extract_document``; each field is compared with the key after normalisation: ids upper-cased without
spaces, dates as ISO strings, amounts as decimals, currency codes exactly, vendor names with whitespace
collapsed, case-insensitively (or the key's ``vendor_name_alt``, the same name printed in another script,
where a key has one). Fields the key leaves null (no tax printed) are not scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_extract_invoices import doc_from_pdf
from idp.extractors import extract_document

FIELDS = ["invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax"]
AMOUNTS = {"total", "subtotal", "tax"}


def same(field: str, want: str, got: str | None) -> bool:
    if got is None:
        return False
    if field in AMOUNTS:
        try:
            return Decimal(want) == Decimal(got)
        except InvalidOperation:
            return False
    if field == "invoice_number":
        return re.sub(r"\s+", "", want).upper() == re.sub(r"\s+", "", got).upper()
    if field == "vendor_name":
        return re.sub(r"\s+", " ", want).strip().casefold() == re.sub(r"\s+", " ", got).strip().casefold()
    return want == got


def score_set(root: Path, errors: bool) -> dict[str, tuple[int, int]]:
    hits = {f: [0, 0] for f in FIELDS}
    for path in sorted((root / "pdf").glob("*.pdf")):
        key = json.loads((root / "key" / f"{path.stem}.json").read_text())
        doc = extract_document(doc_from_pdf(path))
        for f in FIELDS:
            if key.get(f) is None:
                continue
            got = doc.fields[f].value if f in doc.fields else None
            # a name the page prints in two scripts may be read in either (keys of set AU on)
            ok = same(f, key[f], got) or (bool(key.get(f"{f}_alt")) and same(f, key[f"{f}_alt"], got))
            hits[f][0] += ok
            hits[f][1] += 1
            if errors and not ok:
                print(f"  {path.stem:24s} {f:15s} key={key[f]!r} got={got!r}")
        if errors and doc.doc_type.value != "invoice":
            print(f"  {path.stem:24s} doc_type={doc.doc_type.value}")
    return {f: (h, n) for f, (h, n) in hits.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--sets", nargs="+", default=["A", "B"])
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    for name in args.sets:
        print(f"set {name}")
        result = score_set(args.root / name, args.errors)
        for f, (h, n) in result.items():
            print(f"  {f:15s} {h:3d}/{n:<3d} = {h / max(n, 1):.3f}")
        scored = sum(n for _, n in result.values())
        print(f"  {'all fields':15s} {sum(h for h, _ in result.values()):3d}/{scored}")


if __name__ == "__main__":
    main()
