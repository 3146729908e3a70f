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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_docs_ih1 import KEYS, flat, found
from outside_docs_ih2 import build_pretix
from outside_docs_ih3 import build_oscar
from outside_invoice_sets import build_set, specs_of

SPEC_MODULES = [f"outside_docs_ih{i}" for i in range(4, 7)]
BUILDERS = {"pretix": build_pretix, "django-oscar-invoices": build_oscar}


def main(argv: list[str] | None = None) -> int:
    return build_set(__doc__, "ih", specs_of(SPEC_MODULES), BUILDERS, KEYS, flat, found, argv)


if __name__ == "__main__":
    raise SystemExit(main())
