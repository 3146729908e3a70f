"""Held-out set "IG": 24 invoice PDFs whose layout comes from real open-source invoicing software, not from
a layout written for this benchmark.

    /tmp/igvenv/bin/python benchmarks/outside_invoices_ig.py --out /tmp/outside_invoices/IG [--check]

Writes pdf/<stem>.pdf and key/<stem>.json.  Producers (installed in a separate venv, never in the
project's own environment: `python3.11 -m venv /tmp/igvenv`, then
`/tmp/igvenv/bin/pip install InvoiceGenerator==1.2.0 qrplatba PyInvoice==0.1.7 invoice_generator==0.0.2
django weasyprint babel pdfplumber`):

* 12 x `InvoiceGenerator` 1.2.0 (ReportLab; SimpleInvoice) in every language it ships a gettext catalogue
  for (cs, pt_BR) and its built-in English, with and without VAT, one to three VAT rates, whole-unit
  rounding, variable symbol / IBAN / SWIFT, Czech QR payment code, logo, two spilling onto a second page
  (outside_docs_ig3.py, outside_docs_ig4.py);
* 5 x `PyInvoice` 0.1.7 (ReportLab platypus; SimpleInvoice, English only, prints no currency so the
  currency is named in its bottom tip), one with the PAID stamp, one with a payment transaction table
  (outside_docs_ig5.py); its item table cannot split across pages under current ReportLab (its
  TableWithHeader rejects the colWidths argument ReportLab passes when splitting), so all five fit one page;
* 7 x NyanKiyoshi's `invoice_generator` 0.0.2 (its Django template rendered by WeasyPrint) in en, de, fr,
  with discounts, shipping, and one multi-page (outside_docs_ig6.py); its sample logo (a real shop's mark)
  is swapped for a plain shape through generate_pdf's static_path argument.

Adapters are in outside_docs_ig1.py (InvoiceGenerator) and outside_docs_ig2.py (the other two); each fills
in data only through the package's API.  Every seller and buyer is invented; figures are consistent (items
add up to the net, tax = rate x net as the software rounds it, total = net + tax, plus the printed
rounding line where the software rounds to whole units).  Dates are fixed (2024-2025), nothing random.
The key values are taken from what each library prints after its own formatting and rounding.

The set was written without looking at the extractor, its configuration or its tests, and is meant to be
scored once, as a held-out measurement; do not tune against it.

Key fields: invoice_number, date, due_date (null when not printed), total, currency, vendor_name, subtotal
and tax (null when the document does not print that figure as such, e.g. several VAT rates with only a
per-rate breakdown, or no VAT) are scored; lang, country, template, producer are descriptive.

--check re-opens each PDF with pdfplumber and looks for the invoice number and the total (in at least one
printed form) in the text layer, ignoring whitespace; it also reports whether subtotal and tax are found.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_docs_ig1 import KEYS, build_invoicegenerator, fmt
from outside_docs_ig2 import PRODUCERS
from outside_invoice_sets import build_set, specs_of

SPEC_MODULES = [f"outside_docs_ig{i}" for i in range(3, 7)]
BUILDERS = {"invoicegenerator": build_invoicegenerator, **PRODUCERS}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("\u2212", "-")


def amount_forms(value: str) -> list[str]:
    t = Decimal(value)
    forms = [
        f"{t:.2f}",
        fmt(t),
        fmt(t, 2, ".", ","),
        fmt(t, 2, "", ","),
        fmt(t, 2, "'", "."),
        fmt(t, 2, "’", "."),
    ]
    if t == t.to_integral_value():
        forms += [fmt(t, 0, "") + ",-", fmt(t, 0, ",") + ",-"]
    return list(dict.fromkeys(f for f in forms))


def _found(value: str, flat: str) -> str | None:
    for form in amount_forms(value):
        if re.search(r"(?<![\d.,'])" + re.escape(form) + r"(?![\d])", flat):
            return form
    return None


def main(argv: list[str] | None = None) -> int:
    return build_set(__doc__, "ig", specs_of(SPEC_MODULES), BUILDERS, KEYS, _flat, _found, argv)


if __name__ == "__main__":
    raise SystemExit(main())
