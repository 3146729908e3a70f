"""Held-out set "AU": 24 born-digital invoices from East, South-East, South and Central Asia and the Middle
East, each in the local language and script (bilingual with English where that is the local habit).

    python benchmarks/outside_invoices_au.py --out /tmp/outside_invoices/AU [--check] [--only STEM ...]

Writes pdf/<stem>.pdf and key/<stem>.json.  Every invoice is hand-specified in outside_docs_au4.py ...
outside_docs_au15.py with its own invented company, layout and figures (items add up to the subtotal,
subtotal + tax = total, tax = rate x net with the local rounding).  Eleven are printed from HTML by headless
Chromium (every right-to-left or complex-shaping script: Arabic, Persian, Hebrew, Thai, Devanagari,
Gujarati, plus one Hong Kong page); the other thirteen are drawn with fpdf2, ReportLab or WeasyPrint (CJK,
Hangul, Cyrillic, Latin).  Fonts are the system Noto families.  Everything is fixed: no clock, no unseeded
randomness.  The set was written without looking at the extractor, its configuration or its tests, and
is meant to be scored once, as a held-out measurement; do not tune against it.

Key fields: invoice_number, date, due_date, total, currency, vendor_name, vendor_name_alt, subtotal, tax
(scored) and lang, country, template, producer (unscored).  Totals carry two decimals, three for
OMR/BHD/KWD, and "n.00" for whole-unit currencies.

--check re-opens each PDF with pdfplumber and looks for the invoice number and the total (in at least
one printed form) in the text layer after NFKC normalisation and mapping non-ASCII digits to ASCII.
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

from outside_docs_au1 import KEY_FIELDS, Spec, ascii_digits, fmt, fmt_indian

DOC_MODULES = [f"outside_docs_au{i}" for i in range(4, 16)]
HERE = Path(__file__).resolve().parent
KEYS = [*KEY_FIELDS, "subtotal", "tax", "lang", "country", "template", "producer"]


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for name in DOC_MODULES:
        if not (HERE / f"{name}.py").exists():
            raise SystemExit(f"missing {name}.py")
        specs.extend(importlib.import_module(name).SPECS)
    stems = [s.stem for s in specs]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    return specs


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", ascii_digits(unicodedata.normalize("NFKC", text)))


def total_forms(total: str) -> list[str]:
    t = Decimal(total)
    places = max(2, -t.as_tuple().exponent)
    forms = [fmt(t, places), f"{t:.{places}f}", fmt_indian(t, places), fmt(t, places, ".", ",")]
    forms += [fmt(t, places, "", ","), fmt(t, places, "'", ".")]
    if t == t.to_integral_value():
        forms += [fmt(t, 0), fmt(t, 0, "."), fmt_indian(t, 0), f"{t:.0f}"]
    return list(dict.fromkeys(forms))


def check_one(pdf: Path, key: dict, rtl: bool) -> tuple[bool, str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        text = "\n".join((p.extract_text() or "") for p in doc.pages)
        n_pages = len(doc.pages)
    flat = _flat(text)
    notes = []
    inv = _flat(key["invoice_number"])
    inv_ok = inv in flat
    if not inv_ok and rtl and inv[::-1] in flat:
        inv_ok = True
        notes.append("number in visual (reversed) order")
    tot_ok = False
    for form in total_forms(key["total"]):
        if form in flat:
            tot_ok = True
            notes.append(f"total as {form!r}")
            break
        if rtl and form[::-1] in flat:
            tot_ok = True
            notes.append(f"total as {form!r} in visual (reversed) order")
            break
    msg = f"pages={n_pages} chars={len(text)} number={'ok' if inv_ok else 'MISSING'} "
    msg += f"total={'ok' if tot_ok else 'MISSING'}; " + "; ".join(notes)
    return inv_ok and tot_ok, msg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--check", action="store_true", help="re-open each PDF and verify number and total")
    ap.add_argument("--only", nargs="*", default=None, help="stems to build (default: all)")
    ap.add_argument("--keep-work", action="store_true", help="keep the HTML / font work folder")
    args = ap.parse_args(argv)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # Chromium's CJK fonts lack a FontBBox
    specs = all_specs()
    if args.only:
        specs = [s for s in specs if s.stem in set(args.only)]
    (args.out / "pdf").mkdir(parents=True, exist_ok=True)
    (args.out / "key").mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="outside_au_"))
    failures = 0
    try:
        for spec in specs:
            pdf = args.out / "pdf" / f"{spec.stem}.pdf"
            try:
                key = spec.build(pdf, work)
            except Exception as exc:  # report and go on with the others
                failures += 1
                print(f"FAIL {spec.stem}: {type(exc).__name__}: {exc}")
                continue
            if list(key) != KEYS or key["producer"] != spec.producer or key["country"] != spec.country:
                raise SystemExit(f"{spec.stem}: key fields, producer or country do not match the spec")
            (args.out / "key" / f"{spec.stem}.json").write_text(
                json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            line = f"wrote {spec.stem:<28} {spec.producer:<10} {key['currency']} {key['total']:>14}"
            if args.check:
                ok, msg = check_one(pdf, key, spec.rtl)
                failures += 0 if ok else 1
                line = f"{'ok  ' if ok else 'BAD '} {spec.stem:<28} {spec.producer:<10} {msg}"
            print(line, flush=True)
    finally:
        if args.keep_work:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(specs)} invoices, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
