"""Set W: a held-out set of 24 invoices laid out as the common invoicing and accounting programs print them.

    python benchmarks/outside_invoices_w.py [--out /tmp/outside_invoices] [--n 24] [--seed 2323] [--check]

Writes ``<out>/W/pdf/*.pdf`` and ``<out>/W/key/*.json`` with the key rules of set E (see the docstring of
benchmarks/outside_invoices_e.py; ``producer`` is "weasyprint"). Score with
``python benchmarks/outside_score.py --sets W`` once, at the end: this set is for an honest measurement, never
for development. It was written without looking at the extractor. Documents are HTML/CSS rendered by
WeasyPrint through the helpers of set J (benchmarks/outside_common_j.py). Every company, person and number is
invented; each template imitates the typical layout, wording and field order of one kind of program:

- English-speaking: QuickBooks-style US invoice (bill to / ship to, activity dates, balance due), Xero-style
  NZ/AU tax invoice (amount paid, amount due, payment-advice slip), Sage-style UK boxed invoice (account ref,
  order no., carriage, VAT T1), FreshBooks-style Canadian invoice (GST + PST/RST, amount due at the top),
  Stripe-style paid subscription invoice (discount, "Total excluding tax", amount paid / amount due $0.00),
  Square/PayPal-style bakery invoice (tip, deposit paid, amount due), MYOB-style AU tax invoice (ABN, BPAY,
  paid to date, balance due), Wave-style US freelancer invoice (no tax), Zoho-style Indian IGST invoice
  (balance due, total in words), Tally-style Indian tax invoice (boxed header, CGST + SGST, round off, HSN
  summary, amount in words).
- Europe: Odoo-style Belgian factuur (structured communication +++123/4567/89012+++), SAP-style German
  Rechnung (Belegnummer, Kundennummer, Bestellung, Auftrag, Lieferschein, Skonto), Lexware-style
  Kleinunternehmer Rechnung (§ 19 UStG, no VAT), Fortnox-style Swedish faktura (OCR, bankgiro,
  öresavrundning), e-conomic-style Danish faktura (FI-kort line), Moneybird-style Dutch factuur with btw
  verlegd, Holded-style Spanish factura with IRPF, Fatture-in-Cloud-style Italian fattura (contributo cassa,
  ritenuta d'acconto, netto a pagare), Pennylane-style French facture (autoliquidation or art. 293 B),
  inFakt-style Polish faktura VAT (słownie), Fakturoid-style Czech faktura (variabilní symbol, DPH), Swiss
  Rechnung with a QR-bill Zahlteil (CHF, MWST 8.1 %), Norwegian faktura (KID, MVA, giro).
- Latin America: Mexican CFDI 4.0 printed representation (folio, folio fiscal UUID, RFC, IVA 16 %).

Key choices beyond sets E and U:

- total is the invoice's own total as printed as its total: "Total" before a deposit (Square), amount paid
  (Xero, FreshBooks, QuickBooks) or balance; "Total" = base + IVA - IRPF as printed (Holded); "Totale
  documento" before the ritenuta, not "Netto a pagare" (Fatture in Cloud); "Att betala" after
  öresavrundning (Fortnox); "Total" after round off (Tally); "Endbetrag" (SAP); "Total inkl. MWST" (Swiss,
  the QR-bill repeats it in another grouping); "Gesamtbetrag" (Lexware); "Totaal" (Moneybird).
- tax is the VAT/GST/sales tax only, never a withholding: IGST; CGST + SGST; GST + PST; IVA without IRPF;
  IVA without ritenuta. Reverse charge prints a zero line in Moneybird ("Btw verlegd € 0,00") and in the
  Pennylane autoliquidation variant ("TVA 0 % 0,00 €"): tax "0.00"; Lexware, Wave and the Pennylane art. 293 B
  variant print no tax line: tax null.
- subtotal is the net before tax as printed: Stripe's "Total excluding tax" (after the discount, not the
  "Subtotal" before it); Fatture in Cloud's "Totale imponibile" (fees + cassa); Tally prints none (null);
  Lexware prints none (null); without VAT, Wave's "Subtotal" and Pennylane's "Total HT" equal the total.
- invoice_number: SAP's "Belegnummer" under the title "Rechnung" (not Kundennummer, Bestellung, Auftrag or
  Lieferschein); the CFDI "Folio", not the folio fiscal (UUID); Fortnox's Fakturanr, not the OCR number;
  Fakturoid's number, not the variabilní symbol; Odoo's INV/... number, not the structured communication.
- date: the CFDI's "Fecha y hora de emisión" (printed as an ISO date-time) gives the date; a Stripe invoice
  that was paid at once is due on its issue date ("Date due" equals "Date of issue").
- due_date is null when no due date is printed (Tally prints terms only, the CFDI none).

``--check`` re-opens every PDF with pdfplumber and verifies (outside_common_j.problems) that its text layer
holds each key value's printed form, as a whole token and exactly once unless the template says it repeats,
with no ``(cid:..)`` glyphs.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_common_j import Doc, run_set
from outside_docs_w1 import quickbooks_us, xero_anz
from outside_docs_w2 import freshbooks_ca, sage_uk
from outside_docs_w3 import stripe_us, zoho_in
from outside_docs_w4 import odoo_be, square_us
from outside_docs_w5 import lexware_de, sap_de
from outside_docs_w6 import economic_dk, fortnox_se
from outside_docs_w7 import holded_es, moneybird_nl
from outside_docs_w8 import fic_it, pennylane_fr
from outside_docs_w9 import fakturoid_cz, infakt_pl
from outside_docs_w10 import myob_au, tally_in
from outside_docs_w11 import qrbill_ch, wave_us
from outside_docs_w12 import cfdi_mx, faktura_no

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    quickbooks_us,
    xero_anz,
    sage_uk,
    freshbooks_ca,
    zoho_in,
    stripe_us,
    square_us,
    odoo_be,
    sap_de,
    lexware_de,
    fortnox_se,
    economic_dk,
    moneybird_nl,
    holded_es,
    fic_it,
    pennylane_fr,
    infakt_pl,
    fakturoid_cz,
    tally_in,
    myob_au,
    wave_us,
    qrbill_ch,
    faktura_no,
    cfdi_mx,
]


if __name__ == "__main__":
    run_set(__doc__.split("\n")[0], "W", TEMPLATES, 2323)
