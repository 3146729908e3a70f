"""Set E: a fifth, held-out set of "outside" invoices that imitate what real invoicing software prints.

    python benchmarks/outside_invoices_e.py [--out /tmp/outside_invoices] [--n 24] [--seed 505] [--check]

Writes ``<out>/E/pdf/*.pdf`` and ``<out>/E/key/*.json``. Score with
``python benchmarks/outside_score.py --sets E`` once, at the end: this set is for an honest final
measurement, never for development. Half of the 24 layouts are HTML/CSS printed by headless Chromium, half
are drawn with fpdf2; their wording, number/date formats and totals placement differ from sets A-D:

- Chromium: accounting-software tax invoice (AUD, GST, amount paid / amount due, payment advice),
  payment-platform receipt (USD/GBP/EUR), marketplace seller invoice (sold by / billing / shipping
  address, order-number decoy), ERP facture (F2025/0042, "Net à payer"), fattura elettronica print
  (cedente/cessionario, "Totale documento"), multi-page Dutch factuur ("Te betalen"), Japanese-style
  English translation invoice (JPY), multi-page construction progress claim (AUD, retention, previously
  claimed), Brazilian NFS-e print (BRL, ISS), Portuguese fatura with ATCUD, US contractor invoice ("Amount
  Due (USD)", Net 30, deposit), Irish/UK invoice ("VAT Reg No").
- fpdf2: German Kleinunternehmer Rechnung (§ 19 UStG, no VAT), multi-page German Rechnung at 19 % and 7 %,
  French micro-entreprise facture ("TVA non applicable, art. 293 B du CGI"), Spanish factura with recargo
  de equivalencia, dental practice invoice (GST 0.00, health-fund rebate), Indian GST invoice (INR, lakh
  grouping, CGST + SGST), US small-business invoice (sales tax, balance due), multi-page Swiss ERP invoice
  (CHF, 1'234.50, carried-forward page totals), Belgian factuur (structured payment reference), Swedish
  faktura (SEK, öresavrundning), Polish faktura VAT (PLN, zł), Canadian invoice (CAD, GST + QST).

Key rules (one JSON per PDF; amounts are decimal strings with the document's own decimals, e.g. JPY
"123456"):

- invoice_number: the invoice's own number as printed, without the label or a leading "#" (not order,
  customer, contract, receipt, delivery-note or payment-reference numbers).
- date: the issue date (ISO); on a receipt that only prints "Date paid", that date. Not order, delivery or
  service-period dates.
- due_date: the payment due date (ISO) when a date is printed; null when only terms ("30 days") are
  printed.
- total: the invoice's own total including tax (a cash-rounding line such as "Öresavrundning" belongs to
  it) - not the amount due after payments, deposits, rebates or credits, not a previous balance or
  contract sum, not a page's carried-forward subtotal.
- tax: the sum of the tax lines printed (e.g. CGST + SGST, IVA + recargo, GST + QST, 19 % + 7 %); "0" /
  "0.00" for an explicit zero-tax line; null when no tax line is printed (Kleinunternehmer, art. 293 B).
- subtotal: the net amount before tax when printed (also "Total HT" on an invoice without VAT), else null.
- currency: ISO 4217 code of the invoice's currency (every document prints the code or an unambiguous
  symbol).
- vendor_name: the issuer's legal name as printed, with its legal form when printed (a marketplace's
  seller, not the platform; the company under a practice's trading name).
Extra key fields ``lang``, ``template`` and ``producer`` describe the document and are not scored.

``--check`` re-opens every PDF with pdfplumber and verifies that its text layer contains each key value's
printed form and every drawn word, with no ``(cid:..)`` glyphs. Keys are deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_common_e import Doc
from outside_html2_e import factuur_nl, fattura_it, odoo_fr
from outside_html3_e import contractor_us, fatura_pt, nfse_br
from outside_html4_e import construction_claim, invoice_ie, jp_translation
from outside_html_e import marketplace, stripe_receipt, xero_au
from outside_invoices import to_pdf  # the Chromium call of sets A and B
from outside_pdf2_e import canada_ca, factura_es, facture_fr
from outside_pdf3_e import dental_au, zoho_in
from outside_pdf4_e import factuur_be, quickbooks_us, sap_ch
from outside_pdf5_e import faktura_pl, faktura_sv
from outside_pdf_e import rechnung_de, rechnung_klein

# Chromium and fpdf2 layouts alternate so that a smaller --n still mixes both producers.
TEMPLATES: list[Callable[[random.Random], Doc]] = [
    xero_au,
    rechnung_klein,
    stripe_receipt,
    rechnung_de,
    marketplace,
    facture_fr,
    odoo_fr,
    factura_es,
    fattura_it,
    dental_au,
    factuur_nl,
    zoho_in,
    jp_translation,
    quickbooks_us,
    construction_claim,
    sap_ch,
    nfse_br,
    factuur_be,
    fatura_pt,
    faktura_sv,
    contractor_us,
    faktura_pl,
    invoice_ie,
    canada_ca,
]
FIXED_TIME = datetime(2025, 6, 1, tzinfo=UTC)


class _Text(HTMLParser):
    """Text nodes of an HTML page, without <style> and <title>."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.parts.append(data)


def build(out: Path, seed: int, n: int) -> list[tuple[Path, Doc]]:
    root = out / "E"
    for sub in ("pdf", "key"):
        shutil.rmtree(root / sub, ignore_errors=True)
        (root / sub).mkdir(parents=True)
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(n):
            doc = TEMPLATES[k % len(TEMPLATES)](random.Random(seed * 1000 + k))
            stem = f"E{k:02d}_{doc.lang}_{doc.template}"
            pdf_path = root / "pdf" / f"{stem}.pdf"
            if doc.producer == "chromium":
                html_path = Path(tmp) / f"{stem}.html"
                html_path.write_text(doc.html, encoding="utf-8")
                to_pdf(html_path, pdf_path, Path(tmp) / "profile")
                parser = _Text()
                parser.feed(doc.html)
                doc.drawn = parser.parts
            else:
                doc.pdf.set_creation_date(FIXED_TIME)
                doc.pdf.output(str(pdf_path))
            key = {**doc.key, "lang": doc.lang, "template": doc.template, "producer": doc.producer}
            (root / "key" / f"{stem}.json").write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n")
            made.append((pdf_path, doc))
    return made


def _flat(text: str) -> str:
    return "".join(text.split())


def check(made: list[tuple[Path, Doc]]) -> int:
    """Number of PDFs whose text layer misses a printed key value or a drawn word, or shows (cid:..)."""
    import pdfplumber

    bad = 0
    for path, doc in made:
        with pdfplumber.open(path) as pdf:
            text = "\n".join(p.extract_text() or "" for p in pdf.pages)
            pages = len(pdf.pages)
        flat = _flat(text)
        problems = [
            f"key {f}={v!r} printed as {doc.printed.get(f)!r} not found"
            for f, v in doc.key.items()
            if v is not None and not all(_flat(t) in flat for t in doc.printed.get(f, ("\0",)))
        ]
        missing = sorted({w for part in doc.drawn for w in part.split() if w not in flat})
        if missing:
            problems.append(f"{len(missing)} drawn words missing: {missing[:8]}")
        if "(cid:" in text:
            problems.append("(cid:..) glyphs in the text layer")
        bad += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '} {path.name} ({pages} p)")
        for p in problems:
            print(f"     {p}")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=505)
    ap.add_argument("--check", action="store_true", help="verify each PDF's text layer with pdfplumber")
    args = ap.parse_args()
    made = build(args.out, args.seed, args.n)
    print(f"wrote {len(made)} invoices under {args.out / 'E'}")
    if args.check and check(made):
        raise SystemExit("check failed")


if __name__ == "__main__":
    main()
