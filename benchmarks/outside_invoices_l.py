"""Set L: held-out invoices made the way small businesses make them, in an office suite, printed to PDF by
LibreOffice.

    python benchmarks/outside_invoices_l.py [--out /tmp/outside_invoices] [--n 24] [--seed 1212] [--check]

Writes ``<out>/L/pdf/*.pdf``, ``<out>/L/key/*.json`` and the office sources in ``<out>/L/src/``. Needs
``soffice`` (Debian: libreoffice-writer, libreoffice-calc, fonts-liberation, fonts-dejavu) and python-docx,
openpyxl. Score with ``python benchmarks/outside_score.py --sets L`` once: this set measures how the
extraction generalises to documents it has never seen, never for development.

Twelve documents are word-processor files (python-docx .docx, printed by LibreOffice Writer), twelve are
spreadsheets (openpyxl .xlsx with values, not formulas: merged cells, borders, fills, local number and date
formats, print area, fit to page; printed by LibreOffice Calc). One country and language each:

- Writer: US Word "INVOICE" template with a coloured band (sales tax, deposit, balance due), UK letter
  invoice (number in the subject line, "Please transfer ... by"), German Kleinunternehmer letter
  ("Rechnung Nr. ... vom 4. Mai 2025", § 19 UStG, no VAT), French facture (TVA 5,5 % and 20 %), Italian
  professional's fattura (cassa 4 %, IVA 22 %, ritenuta d'acconto: netto a pagare below the total), Dutch
  factuur with the vendor only in the footer (btw 9 % and 21 %), Polish faktura VAT whose item table runs
  onto page 2, Hungarian számla (HUF without decimals), Greek τιμολόγιο (ΦΠΑ 24 %), Indian tax invoice
  (lakh grouping, CGST + SGST, amount in words), Nigerian invoice (VAT 7.5 %, terms only), Australian tax
  invoice ("Tax Invoice No. 4471 dated 4 May 2025", GST).
- Calc: Irish service invoice (VAT 23 %, terms only), South African sales invoice (VAT 15 %, amount paid,
  balance), Philippine service invoice (VATable sales, withholding tax), Singapore timesheet invoice over
  two pages (hours x rate, GST 9 %), Canadian consulting invoice (HST, previous balance), Colombian factura
  de venta (COP without decimals), Portuguese rental fatura (IVA 23 %), Romanian factură, Turkish fatura
  (KDV 20 %), Danish faktura with the vendor only in the footer (moms 25 %), Norwegian faktura (KID
  decoy), Finnish rental lasku (ALV 25,5 %).

Decoys throughout: order, PO, customer and account numbers, delivery and service-period dates, IBANs and
tax ids, deposits and previous balances.

Key rules (one JSON per PDF; amounts are decimal strings with the document's own decimals, e.g. HUF
"254000"):

- invoice_number: the invoice's own number as printed, without the label or a leading "#".
- date: the issue date (ISO). Not order, delivery or service-period dates.
- due_date: the payment due date (ISO) when a date is printed; null when only terms are printed.
- total: the invoice's own total including tax - not the amount due after deposits, payments,
  withholding or a previous balance.
- tax: the sum of the tax lines printed; null when no tax line is printed (Kleinunternehmer).
- subtotal: the net amount before tax when printed: the taxable amount ("Imponibile IVA" with the cassa
  contribution, "VATable Sales" on VAT-inclusive prices), else null.
- currency: ISO 4217 code. vendor_name: the issuer's legal name as printed, with its legal form.
Extra key fields ``lang``, ``template`` and ``producer`` (libreoffice-writer or libreoffice-calc) describe
the document and are not scored.

``--check`` re-opens every PDF with pdfplumber and verifies that its whitespace-collapsed text layer holds
each key value's printed form (ids and dates exactly as often as the generator placed them, normally once)
and every string written into the source, with no ``(cid:..)`` glyphs. Keys are deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_common_l import Doc, convert
from outside_docs_l1 import MAKERS as M1
from outside_docs_l2 import MAKERS as M2
from outside_docs_l3 import MAKERS as M3
from outside_docs_l4 import MAKERS as M4
from outside_docs_l5 import MAKERS as M5
from outside_docs_l6 import MAKERS as M6
from outside_docs_l7 import MAKERS as M7
from outside_docs_l8 import MAKERS as M8
from outside_docs_l9 import MAKERS as M9
from outside_docs_l10 import MAKERS as M10
from outside_docs_l11 import MAKERS as M11
from outside_docs_l12 import MAKERS as M12
from outside_docx_l import docx_words

MAKERS = [*M1, *M2, *M3, *M4, *M5, *M6, *M7, *M8, *M9, *M10, *M11, *M12]
IDS = {"invoice_number", "date", "due_date"}


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check(doc: Doc, pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf) as p:
        text = "\n".join(page.extract_text() or "" for page in p.pages)
        pages = len(p.pages)
    problems = []
    if "(cid:" in text:
        problems.append("(cid:..) glyphs in the text layer")
    flat = collapse(text)
    for f, shown in doc.printed.items():
        pat = r"(?<![\w])" + re.escape(collapse(shown)) + r"(?![\w])"
        n = len(re.findall(pat, flat))
        want = doc.counts.get(f, 1)
        if (f in IDS and n != want) or n < 1:
            problems.append(f"{f}: {shown!r} found {n}x, want {want if f in IDS else '>=1'}")
    nospace = re.sub(r"\s+", "", text)
    words = doc.words or (docx_words(doc.source) if doc.source.suffix == ".docx" else [])
    missing = sorted({t for s in words for t in s.split() if t not in nospace})
    if missing:
        problems.append(f"words not in text layer: {missing[:8]}")
    if not problems:
        print(f"  ok   {doc.stem:30s} {pages} page(s)")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=1212)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    root = args.out / "L"
    for sub in ("pdf", "key", "src"):
        shutil.rmtree(root / sub, ignore_errors=True)
        (root / sub).mkdir(parents=True)
    docs = [
        maker(random.Random(f"{args.seed}-{i}"), root / "src") for i, maker in enumerate(MAKERS[: args.n])
    ]
    convert([d.source for d in docs], root / "pdf")
    for d in docs:
        (root / "key" / f"{d.stem}.json").write_text(json.dumps(d.key, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} invoices to {root}")
    if args.check:
        bad = 0
        for d in docs:
            problems = check(d, root / "pdf" / f"{d.stem}.pdf")
            for p in problems:
                print(f"  FAIL {d.stem:30s} {p}")
            bad += bool(problems)
        print(f"check: {len(docs) - bad}/{len(docs)} ok")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
