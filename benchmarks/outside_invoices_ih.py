"""Held-out set "IH": 24 invoice PDFs printed by real invoicing software (other producers than set IG),
with the software's own layout, filled only through its API or its own template engine.

    /tmp/ihvenv/bin/python benchmarks/outside_invoices_ih.py --out /tmp/outside_invoices/IH [--check]

Writes pdf/<stem>.pdf and key/<stem>.json.  Producers (installed in a separate venv, never in the
project's own environment: `python3.11 -m venv /tmp/ihvenv`, then
`/tmp/ihvenv/bin/pip install pretix==2026.8.0 weasyprint pdfplumber` and
`/tmp/ihvenv/bin/pip install --no-deps django-oscar==4.2.1 django-oscar-invoices==0.2`):

* 16 x `pretix` 2026.8.0 (ticketing/event shop; ReportLab invoice renderers `classic`, `modern1`,
  `modern1simplified`), driven through its own models and `build_invoice` on a throwaway SQLite database,
  in de (DE, AT, CH), fr (FR, BE), nl, fi, es, it, pl, cs, da, sv, en (GB, US) from its own catalogues;
  EUR, CHF, PLN, CZK, DKK, SEK, GBP, USD; one to three VAT rates, fees, "paid" stamp, EU reverse charge,
  no VAT, two multi-page (outside_docs_ih4.py, outside_docs_ih5.py).  pretix prints no due date field; its
  "payment before <order expiry>" line (invoice_include_expire_date) is the due date.  Its bold font has no
  glyph for U+202F, so fr/fi totals of 1,000 and more show a blank box where the group separator is;
* 8 x `django-oscar-invoices` 0.2 (its invoice.html with django-oscar 4.2.1's currency filter, printed with
  WeasyPrint) in en (GB, US, AU, IE, CA) and nl (NL, BE) from its shipped catalogue; GBP, USD, AUD, EUR,
  CAD; shipping, a basket discount, one multi-page (outside_docs_ih6.py).  It prints no subtotal and no due
  date field; where a due date is keyed it is in the template's terms/notes block.

Adapters are in outside_docs_ih2.py (pretix) and outside_docs_ih3.py (django-oscar-invoices); shared types
in outside_docs_ih1.py; the specs in outside_docs_ih4.py .. outside_docs_ih6.py.  Every seller and buyer
is invented; figures are consistent (items add up to the net, tax = rate x net as the software rounds it,
total = net + tax).  Dates are fixed (2024-2025), nothing random.  The key values are what each program
prints after its own formatting and rounding, re-read from the text layer by --check.

The set was written without looking at the extractor, its configuration or its tests, and is meant to be
scored once, as a held-out measurement; do not tune against it.

Key fields: invoice_number, date, due_date (null when not printed), total, currency, vendor_name, subtotal
and tax (null when the document does not print that figure as such, e.g. several VAT rates with only a
per-rate breakdown, reverse charge, or no VAT) are scored; lang, country, template, producer are
descriptive.

--check re-opens each PDF with pdfplumber and looks for the invoice number, the seller's name and the total
(in at least one printed form) in the text layer, ignoring whitespace; it also checks subtotal and tax when
the key has them.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_docs_ih1 import KEYS, Spec, flat, found
from outside_docs_ih2 import build_pretix
from outside_docs_ih3 import build_oscar

SPEC_MODULES = [f"outside_docs_ih{i}" for i in range(4, 7)]
BUILDERS = {"pretix": build_pretix, "django-oscar-invoices": build_oscar}


def all_specs() -> list[Spec]:
    import importlib

    specs: list[Spec] = []
    for name in SPEC_MODULES:
        specs.extend(importlib.import_module(name).SPECS)
    stems = [s.stem for s in specs]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    return specs


def check_one(pdf: Path, key: dict) -> tuple[bool, str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        text = "\n".join((p.extract_text() or "") for p in doc.pages)
        n_pages = len(doc.pages)
    text_flat = flat(text)
    inv_ok = flat(key["invoice_number"]) in text_flat
    vendor_ok = flat(key["vendor_name"]) in text_flat
    total_form = found(key["total"], text_flat)
    notes = [f"total as {total_form!r}" if total_form else "total MISSING"]
    for field in ("subtotal", "tax"):
        if key[field] is not None:
            notes.append(f"{field} {'ok' if found(key[field], text_flat) else 'MISSING'}")
    ok = inv_ok and total_form is not None and vendor_ok and "MISSING" not in " ".join(notes)
    msg = f"pages={n_pages} number={'ok' if inv_ok else 'MISSING'} vendor={'ok' if vendor_ok else 'MISSING'} "
    return ok, msg + "; ".join(notes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--check", action="store_true", help="re-open each PDF and verify number and total")
    ap.add_argument("--only", nargs="*", default=None, help="stems to build (default: all)")
    args = ap.parse_args(argv)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    specs = all_specs()
    if args.only:
        specs = [s for s in specs if s.stem in set(args.only)]
    (args.out / "pdf").mkdir(parents=True, exist_ok=True)
    (args.out / "key").mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="outside_ih_"))
    failures = 0
    try:
        for spec in specs:
            pdf = args.out / "pdf" / f"{spec.stem}.pdf"
            try:
                key = BUILDERS[spec.producer](spec, pdf, work)
            except Exception as exc:  # report and go on with the others
                failures += 1
                print(f"FAIL {spec.stem}: {type(exc).__name__}: {exc}")
                continue
            if list(key) != KEYS or key["producer"] != spec.producer:
                raise SystemExit(f"{spec.stem}: key fields or producer do not match the spec")
            (args.out / "key" / f"{spec.stem}.json").write_text(
                json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            line = f"wrote {spec.stem:<42} {spec.lang:<5} {key['currency']} {key['total']:>12}"
            if args.check:
                ok, msg = check_one(pdf, key)
                failures += 0 if ok else 1
                line = f"{'ok  ' if ok else 'BAD '} {spec.stem:<42} {spec.lang:<5} {key['currency']} {msg}"
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(specs)} invoices, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
