"""Held-out set "IR": 23 invoice PDFs printed by real invoicing software not used by the earlier sets
(InvoiceGenerator, PyInvoice, invoice_generator, pretix and django-oscar-invoices are not used here), with
the software's own layout, filled only through its own models / API.

    /tmp/irvenv/bin/python benchmarks/outside_invoices_ir.py --out /tmp/outside_invoices/IR [--check]

Writes pdf/<stem>.pdf and key/<stem>.json.  Producers, installed in a separate venv (never in the
project's own environment), with LibreOffice's /usr/bin/soffice on the PATH:

    python3.11 -m venv /tmp/irvenv
    /tmp/irvenv/bin/pip install trytond==8.2.1 trytond_account_invoice==8.2.0 proteus==8.2.0 pdfplumber
    /tmp/irvenv/bin/pip install django-invoicing==13.1.0 requests-futures weasyprint==70.0 \\
        XStatic-Bootstrap==4.5.3.1

* 16 x Tryton (`trytond` 8.2.1, `trytond_account_invoice` 8.2.0, `proteus` client; relatorio 1.0.0): a
  real trytond on throwaway SQLite databases -- company, chart of accounts, fiscal year, invoice sequence,
  taxes, payment term, customer, invoice, posted (and for three of them paid) through Tryton's own models
  and wizards; the report is the module's own invoice.fodt in the customer's language from Tryton's own
  translations (de: DE, AT, CH; fr: FR, BE, CH; es: ES, PA; it; nl: NL, BE; en: GB, US), converted to PDF
  by LibreOffice as Tryton's report conversion does; EUR, CHF, USD, GBP; one to three tax rates, two
  credit notes (negative quantities: Tryton prints "476,74-" with a trailing minus and still titles it an
  invoice), two multi-page.  Due date = the single instalment date Tryton prints under its payment terms
  (for a credit note without a term: the invoice date, which it prints there); null for the paid
  invoices, whose instalment line Tryton leaves out.  Adapter outside_docs_ir1.py, specs
  outside_docs_ir3.py and outside_docs_ir5.py;
* 7 x `django-invoicing` 13.1.0 (PragmaticMates; Django 5.2): its own Invoice/Item models on a throwaway
  SQLite database (totals from the package's own signals), its BootstrapHTMLFormatter template in cs, sk,
  pl, hu, ro, de, en from its own catalogues, printed by WeasyPrint (the package sends that HTML to an
  HTML-to-PDF print service) with the Bootstrap 4 stylesheet it links served from the XStatic-Bootstrap
  wheel; at A4 width Bootstrap's grid stacks its columns, so every invoice runs to two or three pages;
  CZK, EUR, PLN, HUF, RON, GBP; always a due date.  The package's VAT query assumes PostgreSQL numerics,
  so the adapter gives one SQLite column REAL affinity (outside_docs_ir2.py); specs outside_docs_ir4.py.

Every seller and buyer is invented; figures are consistent (items add up to the net, tax = rate x net per
rate rounded half up, total = net + tax) and each program's own figures are asserted against that before a
key is written.  Dates are fixed (2024-2025), nothing random or clock-dependent in what is printed.  The
key values are what each program prints after its own formatting and rounding, re-read by --check.

The set was written without looking at the extractor, its configuration or its tests, and is meant to be
scored once, as a held-out measurement; do not tune against it.

Key fields: invoice_number, date, due_date (null when not printed), total, currency, vendor_name, subtotal,
tax are scored; lang, country, template, producer are descriptive.

--check re-opens each PDF with pdfplumber and looks for the invoice number, the seller's name and the total
(in at least one printed form; a negative amount also with a trailing minus) in the text layer, ignoring
whitespace within a line; it also checks subtotal and tax.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_docs_ih1 import KEYS
from outside_docs_ir1 import build_tryton, flat, found
from outside_docs_ir2 import build_invoicing
from outside_invoice_sets import build_set, specs_of

SPEC_MODULES = ["outside_docs_ir3", "outside_docs_ir5", "outside_docs_ir4"]
BUILDERS = {"tryton": build_tryton, "django-invoicing": build_invoicing}


def main(argv: list[str] | None = None) -> int:
    return build_set(__doc__, "ir", specs_of(SPEC_MODULES), BUILDERS, KEYS, flat, found, argv)


if __name__ == "__main__":
    raise SystemExit(main())
