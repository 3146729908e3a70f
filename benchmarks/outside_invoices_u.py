"""Set U: a held-out set of 24 invoices of kinds the other sets seldom have, modelled on real ones.

    python benchmarks/outside_invoices_u.py [--out /tmp/outside_invoices] [--n 24] [--seed 2121] [--check]

Writes ``<out>/U/pdf/*.pdf`` and ``<out>/U/key/*.json`` with the key rules of set E (see the docstring of
benchmarks/outside_invoices_e.py; ``producer`` is "weasyprint"). Score with
``python benchmarks/outside_score.py --sets U`` once, at the end: this set is for an honest measurement, never
for development. It was written without looking at the extractor. Documents are HTML/CSS rendered by
WeasyPrint through the helpers of set J (benchmarks/outside_common_j.py), each in its own layout and wording:

- Subscriptions and usage: US SaaS (seat proration, API overage, promo credit, state sales tax), Canadian
  cloud bill (metered usage by service, prorated support, HST 13 %).
- Marketplaces: UK seller invoice (VAT-inclusive prices, order-number decoy, promotion, shipping), German
  Marktplatz-Rechnung (Bestellnummer decoy, Brutto prices, Rabatt, Versand).
- Utilities and telecom: Australian electricity bill (NMI, meter reads, previous bill, payment, amount due,
  solar credit), French facture d'eau (index, TVA 5,5 % + 10 %, solde précédent), Spanish telecom factura
  (device instalment outside the invoice), Indian postpaid bill (GSTIN, CGST + SGST, previous balance).
- Travel: UAE airline tax invoice (ticket and PNR decoys, carrier charges outside VAT, VAT 5 %), Italian hotel
  fattura with room charges by night, folio number, tassa di soggiorno, IVA 10 % + 22 %, acconto.
- Freight: Dutch air-freight factuur (AWB, chargeable weight, fuel and security surcharges, 0 % + 21 % btw),
  Indian ocean-freight tax invoice (B/L, USD freight converted to INR, IGST 18 %).
- Services: Canadian dental statement (insurer and patient share, no tax), French note d'honoraires (time
  entries, débours outside VAT, provision already received), Japanese consultancy invoice in English (JPY, no
  decimals, consumption tax 10 %), NZ construction payment claim (retention 10 % withheld, GST 15 %).
- Special documents: German Gutschrift/Rechnungskorrektur (negative amounts), Polish faktura pro forma,
  Portuguese fatura with an advance already paid (total vs valor a pagar), three-page Austrian Rechnung whose
  totals are on page 3, Hungarian bilingual EUR invoice with the VAT also in HUF, Singapore USD tax invoice
  with SGD equivalents, Mexican web-shop nota de venta (IVA-inclusive, coupon, envío), Irish trade invoice
  (tax-exclusive, trade discount, carriage).

Key choices beyond set E: a credit note keys total, subtotal and tax with their printed negative sign; where a
deposit, advance, provision or payment was already made, total is the invoice's own total, not the balance
due; a bill's total is this bill's charges, not the amount due with a previous balance; a payment claim keys
the claim's total including GST (here after retention, as printed); JPY amounts have no decimals;
tax-inclusive documents key the tax printed as included and leave subtotal null unless a net is printed.

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
from outside_docs_u1 import cloud_ca, saas_us
from outside_docs_u2 import marketplace_de, marketplace_uk
from outside_docs_u3 import utility_au, utility_fr
from outside_docs_u4 import telecom_es, telecom_in
from outside_docs_u5 import airline_ae, hotel_it
from outside_docs_u6 import freight_in, freight_nl
from outside_docs_u7 import dental_ca, law_fr
from outside_docs_u8 import claim_nz, consult_jp
from outside_docs_u9 import credit_de, proforma_pl
from outside_docs_u10 import deposit_pt, multipage_at
from outside_docs_u11 import twocur_hu, twocur_sg
from outside_docs_u12 import shop_mx, wholesale_ie

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    saas_us,
    cloud_ca,
    marketplace_uk,
    marketplace_de,
    utility_au,
    utility_fr,
    telecom_es,
    telecom_in,
    airline_ae,
    hotel_it,
    freight_nl,
    freight_in,
    dental_ca,
    law_fr,
    consult_jp,
    claim_nz,
    credit_de,
    proforma_pl,
    deposit_pt,
    multipage_at,
    twocur_hu,
    twocur_sg,
    shop_mx,
    wholesale_ie,
]


if __name__ == "__main__":
    run_set(__doc__.split("\n")[0], "U", TEMPLATES, 2121)
