"""Set M: a held-out set of 24 invoices as legacy ERP, mainframe and billing systems print them on
fixed-pitch pages, and as LaTeX typesets them.

    python benchmarks/outside_invoices_m.py [--out /tmp/outside_invoices] [--n 24] [--seed 1313] [--check]

Writes ``<out>/M/pdf/*.pdf``, ``<out>/M/key/*.json`` and the sources (troff, plain text, LaTeX) under
``<out>/M/src/``. Needs groff, enscript, ghostscript (ps2pdf) and TeX Live (pdflatex, lmodern, KOMA-Script)
from Debian. Score with ``python benchmarks/outside_score.py --sets M`` once, at the end: this set is for an
honest measurement of how extraction generalises, never for development.

Fourteen "system printouts" in Courier (10-12 cpi; columns aligned with spaces, dashed and '=' rules,
ALL-CAPS labels, right-aligned amounts with trailing minus, page headers with run dates and page numbers,
"*** CONTINUED ***" pages with carried-forward subtotals, remittance stubs), made with groff -Tps or GNU
enscript, then Ghostscript:

- US electric co-op statement (BILL DATE / DUE DT 03/14/25, previous balance, partial payment, AMT DUE
  != total, vendor only in the "make checks payable to" stub), German SAP-SD Rechnung over two pages
  (Übertrag, Skonto date and amount as decoys), UK AS/400 invoice in 132 columns landscape (DD/MM/YY,
  VAT analysis S/Z, GROSS, vendor only in the registered-office footer), Swiss ERP Rechnung (CHF 1'234.50,
  MWST 8.1 %, Rappen rounding, QR payment part), Australian Oracle-Receivables tax invoice (14-MAR-2025,
  GST), Indian dot-matrix GST invoice (INR lakh grouping, CGST + SGST, round-off), Mexican factura
  (MXN, IVA 16 %, folio fiscal UUID), Swedish electricity faktura (2025-03-14, moms 25 %, OCR number),
  Norwegian faktura (KID, MVA 25 %, "Å betale"), Czech faktura - danovy doklad without diacritics (DUZP,
  variable symbol), South-African municipal tax invoice/statement (2025/03/14, arrears, "1 250.00-"),
  Canadian mainframe invoice over two pages (YYYYMMDD dates, HST 13 %, a credit line), Irish
  wholesale invoice (VAT 23 % and 13.5 %), Japanese-English invoice (JPY, consumption tax 10 % and 8 %).

Ten LaTeX invoices (pdflatex, Latin Modern, T1): Austrian Rechnung as a KOMA-Script scrlttr2 letter
(USt 20 % and 10 %), Malaysian invoice (RM, SST 8 %), Hong Kong invoice (HK$, no tax, deposit paid,
vendor only in the payment footer), New Zealand tax invoice over several pages (longtable, GST 15 %),
French facture (TVA 20 %, "Net à payer"), Belgian facture (structured communication), Spanish factura
(IVA 21 %, "Entregado a cuenta"), Italian fattura ("Totale documento", acconto, "Netto a pagare"),
Dutch factuur (BTW 21 % and 9 %), Polish faktura VAT (zł, "Do zapłaty", sale date).

Key rules: exactly set E's (benchmarks/outside_invoices_e.py docstring): invoice_number as printed without
label; date = issue date; due_date only when a date is printed; total = the invoice's own total including tax
(a rounding line belongs to it; not the amount due after payments, deposits or arrears, not a carried-forward
subtotal); tax = the sum of the printed tax lines, null when none is printed; subtotal = net before tax when
printed; currency = ISO 4217; vendor_name = the issuer's legal name as printed. Extra fields ``lang``,
``template`` and ``producer`` are not scored.

``--check`` re-opens every PDF with pdfplumber and verifies that each key value's printed form is in the
text layer near its label, that a fixed-pitch page's text layer holds every printed character of its source,
and that there are no ``(cid:..)`` glyphs. Keys are deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_docs_m1 as m1
import outside_docs_m2 as m2
import outside_docs_m3 as m3
import outside_docs_m4 as m4
import outside_docs_m5 as m5
import outside_docs_m6 as m6
import outside_docs_m7 as m7
import outside_docs_m8 as m8
import outside_docs_m9 as m9
import outside_docs_m10 as m10
import outside_docs_m11 as m11
from outside_common_m import Doc
from outside_render_m import check, render

GENERATORS: list[Callable[[random.Random], Doc]] = [
    m1.us_utility,
    m1.de_sap,
    m2.uk_as400,
    m2.ch_erp,
    m3.au_oracle,
    m3.in_tally,
    m4.mx_cfdi,
    m4.se_el,
    m5.no_faktura,
    m5.cz_faktura,
    m6.za_municipal,
    m6.ca_mainframe,
    m7.ie_wholesale,
    m7.jp_invoice,
    m8.at_scrlttr2,
    m8.my_invoice,
    m8.hk_invoice,
    m9.nz_longtable,
    m9.fr_facture,
    m9.be_facture,
    m10.es_factura,
    m10.it_fattura,
    m10.nl_factuur,
    m11.pl_faktura,
]


def build(out: Path, n: int, seed: int, do_check: bool) -> int:
    root = out / "M"
    (root / "key").mkdir(parents=True, exist_ok=True)
    failures = 0
    for i in range(n):
        gen = GENERATORS[i % len(GENERATORS)]
        doc = gen(random.Random(seed * 1000 + i))
        if i >= len(GENERATORS):
            doc.name = f"{doc.name}_{i // len(GENERATORS)}"
        pdf = render(doc, root)
        key = {**doc.key, "lang": doc.lang, "template": doc.template, "producer": doc.producer}
        (root / "key" / f"{doc.name}.json").write_text(json.dumps(key, indent=2, ensure_ascii=False) + "\n")
        if do_check:
            problems = check(doc, pdf)
            failures += bool(problems)
            print(f"{doc.name:28s} {'ok' if not problems else 'FAIL'}")
            for p in problems:
                print(f"    {p}")
    return failures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=1313)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    failures = build(args.out, args.n, args.seed, args.check)
    print(
        f"wrote {args.n} invoices to {args.out / 'M'}"
        + (f", {failures} failed the check" if args.check else "")
    )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
