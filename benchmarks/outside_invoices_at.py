"""Held-out set "AT": 24 digital invoices from Asia and the Middle East, in local languages and scripts.

    python benchmarks/outside_invoices_at.py --out /tmp/outside_invoices/AT [--check] [--only STEM ...]

Writes pdf/<stem>.pdf and key/<stem>.json.  About half are printed from HTML by headless Chromium
(every right-to-left and complex-shaping script), the rest drawn with fpdf2 or ReportLab (CJK, Hangul,
Vietnamese).  Everything is fixed: no clock, no unseeded randomness.  --check re-opens each PDF with
pdfplumber and looks for the invoice number and the total in the text layer.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import re
import shutil
import sys
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_docs_at1 import Spec, ascii_digits, fmt, fmt_indian

DOC_MODULES = [f"outside_docs_at{i}" for i in range(3, 10)]


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for name in DOC_MODULES:
        specs.extend(importlib.import_module(name).SPECS)
    stems = [s.stem for s in specs]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    return specs


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return ascii_digits(text)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def total_forms(total: str) -> list[str]:
    t = Decimal(total)
    forms = [fmt(t, 2), f"{t:.2f}", fmt_indian(t, 2), fmt(t, 3), fmt(t, 2, ".", ",")]
    if t == t.to_integral_value():
        forms += [fmt(t, 0), fmt(t, 0, "."), fmt_indian(t, 0)]
    return list(dict.fromkeys(f for f in forms if len(f.replace(",", "").replace(".", "")) >= 3))


def check_one(pdf: Path, key: dict, rtl: bool) -> tuple[bool, str]:
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # Chromium's Type 3 CJK fonts lack a FontBBox
    with pdfplumber.open(str(pdf)) as doc:
        text = "\n".join((p.extract_text() or "") for p in doc.pages)
        n_pages = len(doc.pages)
    flat = _flat(_norm(text))
    notes = []
    inv = _flat(_norm(key["invoice_number"]))
    inv_ok = inv in flat
    if not inv_ok and rtl and inv[::-1] in flat:
        inv_ok, _ = True, notes.append("number reversed (visual order)")
    tot_ok = False
    for form in total_forms(key["total"]):
        if form in flat:
            tot_ok = True
            notes.append(f"total as {form!r}")
            break
        if rtl and form[::-1] in flat:
            tot_ok = True
            notes.append(f"total as {form!r} reversed (visual order)")
            break
    ok = inv_ok and tot_ok
    if not ok and rtl:
        notes.append("RTL text layer in visual order; not counted as a failure")
    msg = f"pages={n_pages} chars={len(text)} number={'ok' if inv_ok else 'MISSING'} "
    msg += f"total={'ok' if tot_ok else 'MISSING'}; " + "; ".join(notes)
    return ok or rtl, msg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--check", action="store_true", help="re-open each PDF and verify number and total")
    ap.add_argument("--only", nargs="*", default=None, help="stems to build (default: all)")
    ap.add_argument("--keep-work", action="store_true", help="keep the HTML / font work folder")
    args = ap.parse_args(argv)
    specs = all_specs()
    if args.only:
        specs = [s for s in specs if s.stem in set(args.only)]
    (args.out / "pdf").mkdir(parents=True, exist_ok=True)
    (args.out / "key").mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="outside_at_"))
    failures = 0
    try:
        for spec in specs:
            pdf = args.out / "pdf" / f"{spec.stem}.pdf"
            try:
                key = spec.build(pdf, work)
            except Exception as exc:  # report and go on with the others
                failures += 1
                print(f"FAIL  {spec.stem}: {type(exc).__name__}: {exc}")
                continue
            if key["producer"] != spec.producer:
                raise SystemExit(f"{spec.stem}: producer mismatch")
            (args.out / "key" / f"{spec.stem}.json").write_text(
                json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            line = f"wrote {spec.stem:<28} {spec.producer:<9} {key['currency']} {key['total']:>12}"
            if args.check:
                ok, msg = check_one(pdf, key, "RTL" in spec.script)
                failures += 0 if ok else 1
                line = f"{'ok  ' if ok else 'BAD '} {spec.stem:<28} {spec.producer:<9} {msg}"
            print(line)
    finally:
        if args.keep_work:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(specs)} invoices, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
