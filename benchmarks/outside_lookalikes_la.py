"""Held-out set "LA": 24 business PDFs a back-office mail room receives that look like invoices, 17 of which
are NOT invoices and must not be paid as one (quotations, estimates, purchase orders, order confirmations,
delivery notes, a statement of account, a remittance advice, a payment reminder), plus 7 controls: six
genuine invoices and a till receipt that deliberately print look-alike words (quotation, purchase order,
Angebot, Lieferschein, devis, bon de commande, order confirmation, delivery docket, remittance advice,
statement).  Every document has a letterhead with a tax/VAT/company id, a customer block, a number and a
date, an item table with quantities, prices and amounts (the delivery note la12 has quantities only, as
many do), and totals, so it is as invoice-like as the real thing.

    python benchmarks/outside_lookalikes_la.py [--out /tmp/outside_invoices/LA] [--check]

Writes <out>/pdf/<stem>.pdf and <out>/key/<stem>.json.  Documents live in outside_docs_la4.py (la01-la05),
outside_docs_la5.py (la06-la10), outside_docs_la6.py (la11-la15), outside_docs_la7.py (la16-la20) and
outside_docs_la8.py (la21-la24); outside_docs_la1.py holds the document
record, the per-country number and date formatting and the HTML renderer (weasyprint, chromium headless),
outside_docs_la2.py the ReportLab renderer and outside_docs_la3.py the fpdf2 renderer and the 80 mm till
receipt.

Look-alikes (key doc_type "other"; stem: country, language, producer, layout, features):
  la01_gb_quotation            GB en reportlab A4: "QUOTATION" large top-right, quote no., valid until,
                               subtotal / VAT 20% / total in GBP, acceptance wording, no "not an invoice"
                               line.
  la02_us_estimate             US en fpdf2 Letter: "ESTIMATE" top-left, roofing contractor, estimate #,
                               expires, MM/DD/YYYY, estimate total, customer signature and date lines.
  la03_de_angebot              DE de weasyprint A4, DIN letter: "Angebot Nr. 2025-117" as heading, sender
                               line, Angebotsnummer, gültig bis, Nettobetrag, 19 % MwSt., Gesamtbetrag, bank
                               footer.
  la04_fr_devis                FR fr chromium A4, centred: "DEVIS N° D-2025-0088", total HT / TVA 10 % /
                               total TTC, "Bon pour accord" signature box.
  la05_es_presupuesto          ES es reportlab A4, coloured band: "PRESUPUESTO", nº presupuesto, válido hasta,
                               base imponible / IVA 21 % / TOTAL, "Conforme el cliente" signature.
  la06_it_preventivo           IT it fpdf2 A4: "PREVENTIVO" top-left, preventivo n., validità, imponibile /
                               IVA 22% / totale preventivo, 3-decimal unit prices, acceptance stamp line.
  la07_nl_offerte              NL nl weasyprint A4, serif letter: "Offerte" heading, offertenummer, geldig
                               tot, DD-MM-YYYY, subtotaal / btw 21% / totaal incl. btw, IBAN footer.
  la08_us_purchase_order       US en chromium Letter, band: "PURCHASE ORDER" issued by the buyer, PO number,
                               vendor / ship to / bill to, Net 30, freight, total, authorisation line.
  la09_de_bestellung           DE de reportlab A4, DIN letter: "Bestellung Nr. 4500021873" from the buyer,
                               Lieferanten-Nr., Nettowert / USt / Bestellwert gesamt.
  la10_gb_order_confirmation   GB en fpdf2 A4: "ORDER CONFIRMATION" top-right, sales order no., your PO,
                               goods / carriage / VAT / order total, "An invoice will follow on dispatch."
  la11_de_auftragsbestaetigung DE de weasyprint A4: "Auftragsbestätigung" top-left, AB-Nr., Ihre Bestellung,
                               Liefertermin, Warenwert netto / MwSt. / Gesamtbetrag, grid table.
  la12_gb_delivery_note        GB en reportlab A4: "DELIVERY NOTE", delivery and invoice addresses, ordered /
                               delivered / to follow quantities, no prices, received-by signature.
  la13_fr_bon_de_livraison     FR fr fpdf2 A4, band: "BON DE LIVRAISON" with prices (BL valorisé), qté cdée /
                               livrée, total HT / TVA / consignes / total TTC, réserves box.
  la14_gb_statement            GB en weasyprint A4: "STATEMENT OF ACCOUNT", balance b/f, three invoices, a
                               payment and a credit note with running balance, ageing, balance due.
  la15_gb_remittance_advice    GB en chromium A4: "REMITTANCE ADVICE" from a customer, the supplier's invoice
                               numbers, invoice amounts, deductions, total paid.
  la16_se_offert               SE sv reportlab A4, centred serif: "OFFERT", offertnummer, giltig till, ISO
                               dates, summa exkl. moms / moms 25 % / totalt inkl. moms, "kr" amounts.
  la17_gb_payment_reminder     GB en fpdf2 A4 letter (kind "reminder"): "Second reminder: invoice INV-24817
                               overdue", restates the unpaid invoice's number, date, net / VAT / amount, late
                               payment compensation, total now due, bank details.
Controls (genuine documents):
  la18_gb_invoice              invoice, GB en weasyprint A4: "INVOICE" with "Your quotation Q-2025-0412" and
                               "Purchase Order PO-88123" in the header block.
  la19_de_rechnung             invoice, DE de reportlab A4 DIN letter: "Rechnung Nr. RE-2025-0734" with "Ihr
                               Angebot Nr.", "Bestellung vom" and "Lieferschein Nr." references.
  la20_fr_facture              invoice, FR fr weasyprint A4 band: "FACTURE" with "Devis n° DV2025-031 accepté
                               le 12/03/2025" and "Bon de commande n° BC-7781".
  la21_au_tax_invoice          invoice, AU en chromium A4: "TAX INVOICE", ABN, GST 10%, "Order Confirmation #"
                               and "Delivery Docket" references, AUD.
  la22_us_invoice_remittance   invoice, US en reportlab Letter centred: "INVOICE" with a tear-off "Remittance
                               advice — please return this slip with your payment" section.
  la23_gb_utility_invoice      invoice, GB en chromium A4 band: energy "INVOICE / STATEMENT" with statement
                               date, previous balance and payment lines, one invoice number and amount due.
  la24_gb_till_receipt         receipt, GB en fpdf2 80 x 236 mm: "SALES RECEIPT" with "Order No." and "Quote
                               ref" lines, trade discount, card payment, VAT included.

Keys: doc_type ("other" | "invoice" | "receipt"), kind, language, country, producer; the six invoices add
invoice_number, date (ISO, the invoice/statement date), total (grand total incl. tax, two decimals),
currency (ISO 4217) and vendor_name (as printed); the receipt adds total, date, currency, vendor_name.

--check opens each PDF with pdfplumber and requires a text layer holding the printed title and the
document's own check strings (number, printed total of the controls), the page size asked for, and a key.
The set was written without looking at the extractor, its configuration, its tests or earlier scores, and
is meant to be scored once, as a held-out measurement; do not tune against it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_docs_la4
import outside_docs_la5
import outside_docs_la6
import outside_docs_la7
import outside_docs_la8
from outside_docs_la1 import Doc, render_chromium, render_weasyprint
from outside_docs_la2 import render_reportlab
from outside_docs_la3 import render_fpdf2, render_receipt

PAGE_PT = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}


def all_docs() -> list[Doc]:
    mods = (outside_docs_la4, outside_docs_la5, outside_docs_la6, outside_docs_la7, outside_docs_la8)
    docs = [f() for m in mods for f in m.DOCS]
    stems = [d.stem for d in docs]
    assert len(docs) == 24 and len(set(stems)) == 24, stems
    return docs


def render(d: Doc, path: Path) -> None:
    if d.key["doc_type"] == "receipt":
        render_receipt(d, path)
    elif d.producer == "reportlab":
        render_reportlab(d, path)
    elif d.producer == "fpdf2":
        render_fpdf2(d, path)
    elif d.producer == "weasyprint":
        render_weasyprint(d, path)
    elif d.producer == "chromium":
        render_chromium(d, path)
    else:
        raise ValueError(d.producer)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def check(d: Doc, out: Path) -> list[str]:
    import pdfplumber

    errs = []
    pdf_path, key_path = out / "pdf" / f"{d.stem}.pdf", out / "key" / f"{d.stem}.json"
    if not key_path.exists():
        return [f"{d.stem}: key missing"]
    k = json.loads(key_path.read_text(encoding="utf-8"))
    if k.get("producer") != d.producer or k.get("doc_type") not in ("other", "invoice", "receipt"):
        errs.append(f"{d.stem}: bad key {k}")
    try:
        with pdfplumber.open(pdf_path) as pdf:
            text = _norm(" ".join(p.extract_text() or "" for p in pdf.pages))
            w, h = float(pdf.pages[0].width), float(pdf.pages[0].height)
            npages = len(pdf.pages)
    except Exception as e:
        return [f"{d.stem}: cannot open PDF: {e}"]
    for s in [d.title, *d.printed]:
        if _norm(s) not in text:
            errs.append(f"{d.stem}: {s!r} not in text layer")
    if d.key["doc_type"] != "receipt":
        ew, eh = PAGE_PT[d.page]
        if abs(w - ew) > 2 or abs(h - eh) > 2:
            errs.append(f"{d.stem}: page {w:.0f}x{h:.0f} pt, expected {d.page}")
    elif w > 240:
        errs.append(f"{d.stem}: receipt page {w:.0f} pt wide")
    if npages != 1:
        errs.append(f"{d.stem}: {npages} pages")
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices/LA"))
    ap.add_argument("--check", action="store_true", help="verify each PDF's text layer, page size and key")
    ap.add_argument("--only", default="", help="comma-separated stems or prefixes (la03,la17) to build")
    args = ap.parse_args(argv)
    (args.out / "pdf").mkdir(parents=True, exist_ok=True)
    (args.out / "key").mkdir(parents=True, exist_ok=True)
    docs = all_docs()
    if args.only:
        wanted = tuple(x.strip() for x in args.only.split(",") if x.strip())
        docs = [d for d in docs if d.stem.startswith(wanted)]
    for d in docs:
        render(d, args.out / "pdf" / f"{d.stem}.pdf")
        key_text = json.dumps(d.key, ensure_ascii=False, indent=2) + "\n"
        (args.out / "key" / f"{d.stem}.json").write_text(key_text, encoding="utf-8")
        print(f"{d.stem:32s} {d.key['doc_type']:8s} {d.key['kind']:18s} {d.producer}")
    if not args.check:
        return 0
    errs = [e for d in docs for e in check(d, args.out)]
    for e in errs:
        print("CHECK FAIL", e)
    print(f"checked {len(docs)} documents: {'OK' if not errs else f'{len(errs)} problems'}")
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main())
