"""Set J: a held-out set of 24 "outside" invoices modelled on what back offices really receive.

    python benchmarks/outside_invoices_j.py [--out /tmp/outside_invoices] [--n 24] [--seed 1010] [--check]

Writes ``<out>/J/pdf/*.pdf`` and ``<out>/J/key/*.json`` (keys as in set E, see the docstring of
benchmarks/outside_invoices_e.py; ``producer`` is "weasyprint"). Score with
``python benchmarks/outside_score.py --sets J`` once, at the end: this set is for an honest measurement,
never for development. It was written without looking at the extractor or at the other sets' documents.

Every document is HTML/CSS rendered by WeasyPrint (pango; fonts DejaVu and Liberation), each in its own
layout, wording and number/date format:

- English: US cloud provider monthly bill (usage lines by service, promotional credit, sales tax), UK
  SaaS subscription invoice with proration and an applied balance, Irish freelancer invoice from a
  word-processor template (payment terms only), Indian chartered accountants' fee bill (CGST + SGST, lakh
  grouping, advance received), Canadian web-shop order invoice (shipping, coupon, GST + PST), Singapore
  wholesale distributor tax invoice over two pages, New Zealand telecom bill (previous balance, payment,
  GST content, name only in the footer), South African commercial rent invoice (R 12 345,67, arrears),
  Kenyan hospital final bill (insurer's share, deposit, no VAT), Australian construction progress claim
  (contract sum, previously claimed, retention, GST).
- Other languages: German Handwerker-Rechnung (DIN 5008 sender line, place and date, Abschlagszahlung),
  Austrian hotel Rechnung (10 % and 20 % USt, Jänner, Anzahlung), Swiss French traiteur facture
  (CHF 1'234.50, TVA 8,1 % and 2,6 %, 5-centime rounding, acompte, legal name only in the QR-bill
  receipt), French facture (name only in the legal footer, 20 % and 5,5 %, acompte), Belgian factuur with
  btw verlegd (0,00), Dutch factuur (21 % and 9 %, written months), Spanish factura (21 % and 10 %,
  emisor after "Razón social:"), Mexican CFDI print (ISO date-time, no due date), Italian fattura
  (riepilogo IVA, DDT decoy), Portuguese fatura (ISO dates, ATCUD, total ilíquido), Brazilian Simples
  Nacional fatura (no tax line, credit, due date only in the boleto), Polish faktura VAT (zapłacono /
  pozostało do zapłaty), Czech faktura - daňový doklad (DUZP, zaokrouhlení), Swedish faktura with
  ROT-avdrag and öresavrundning.

Decoys throughout: order, customer, account, contract and PO numbers, IBANs and tax ids, order, delivery
and service-period dates, amounts due that differ from the total. Each key value is printed once (a sum
such as CGST + SGST as its parts).

``--check`` re-opens every PDF with pdfplumber and verifies that its extract_words stream (whitespace
collapsed) contains each key value in its printed form exactly once (as a whole token), with no
``(cid:..)`` glyphs.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_common_j import Doc, run_set
from outside_docs_j1 import cloud_us, saas_uk
from outside_docs_j2 import fees_in, freelance_ie
from outside_docs_j3 import shop_ca, wholesale_sg
from outside_docs_j4 import rent_za, telco_nz
from outside_docs_j5 import claim_au, hospital_ke
from outside_docs_j6 import handwerk_de, hotel_at
from outside_docs_j7 import librairie_fr, traiteur_ch
from outside_docs_j8 import bloemen_nl, verlegd_be
from outside_docs_j9 import cfdi_mx, factura_es
from outside_docs_j10 import fattura_it, fatura_pt
from outside_docs_j11 import faktura_pl, fatura_br
from outside_docs_j12 import faktura_cz, rot_se

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    cloud_us,
    saas_uk,
    freelance_ie,
    fees_in,
    shop_ca,
    wholesale_sg,
    telco_nz,
    rent_za,
    hospital_ke,
    claim_au,
    handwerk_de,
    hotel_at,
    traiteur_ch,
    librairie_fr,
    verlegd_be,
    bloemen_nl,
    factura_es,
    cfdi_mx,
    fattura_it,
    fatura_pt,
    fatura_br,
    faktura_pl,
    faktura_cz,
    rot_se,
]


if __name__ == "__main__":
    run_set(__doc__.split("\n")[0], "J", TEMPLATES, 1010)
