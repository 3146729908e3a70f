"""Set Y: a held-out set of 24 government e-invoices and fiscal-invoice visualisations, as viewers print them.

    python benchmarks/outside_invoices_y.py [--out /tmp/outside_invoices] [--n 24] [--seed 2525] [--check]

Writes ``<out>/Y/pdf/*.pdf`` and ``<out>/Y/key/*.json`` with the key rules of set E (see the docstring of
benchmarks/outside_invoices_e.py; ``producer`` is "weasyprint"). Score with
``python benchmarks/outside_score.py --sets Y`` once, at the end: this set is for an honest measurement, never
for development. It was written without looking at the extractor. Documents are HTML/CSS rendered by
WeasyPrint through the helpers of set J (benchmarks/outside_common_j.py). Every company, person, number, QR
code and government id is invented; each template imitates the typical layout, wording, field order and
legally required blocks of one country's e-invoice or fiscal-invoice print:

- Europe: KoSIT-style XRechnung view (BT codes beside labels, Leitweg-ID, BT-106/109/112/115),
ZUGFeRD/Factur-X
  Rechnung of a small German firm (19 % + 7 %), FatturaPA in the AssoSoftware view (Cedente/prestatore,
  TD01, Riepiloghi IVA, Totale documento, Data scadenza), Spanish VERI*FACTU factura (QR tributario,
  "Factura verificable"), French Factur-X facture for Chorus Pro (SIRET, code service, n° d'engagement,
  mentions obligatoires), Polish KSeF visualisation (Numer Faktury, Numer KSEF, Kwota należności ogółem),
  Hungarian számla reported to NAV Online Számla (HUF whole, dates 2025.03.14.), Greek myDATA service invoice
  (MARK, UID, AFM, withholding 20 %), Portuguese fatura (FT 2025A/123, ATCUD, QR, 6 % + 23 %), Romanian
  e-Factura in the ANAF view (CIF, index încărcare, Total de plată, TVA 19 % or 21 % from August 2025),
  Serbian SEF e-faktura (PIB, Identifikator SEF, Iznos za plaćanje), Croatian eRačun (OIB, JIR, ZKI,
  broj/poslovni prostor/uređaj).
- Asia, Middle East, Africa: Indian GST e-invoice as the IRP prints it (IRN, Ack No, Ack Date, signed QR,
  CGST + SGST or IGST, round off), Saudi ZATCA tax invoice (VAT 15 %, discount, QR), Egyptian ETA e-invoice
  (UUID, submission UUID, internal ID, T1 VAT 14 %, optional T4 withholding 1 %), Turkish GİB e-Fatura
  (ETTN, TEMELFATURA, Fatura No, Ödenecek Tutar), Malaysian MyInvois e-invoice (UIN, service tax 8 %,
  validation QR), Philippine BIR service invoice (VATable sales, VAT 12 % included, EWT 2 %, ATP block),
  Kenyan eTIMS tax invoice (CU serial, CU invoice no., VAT 16 %), Vietnamese hóa đơn GTGT (Ký hiệu, Số, MST,
  mã cơ quan thuế, VND whole, 8 % or 10 %).
- Latin America: Brazilian DANFE of an NF-e (canhoto, chave de acesso, protocolo, ICMS 18 %, duplicata),
  Chilean factura electrónica (RUT box, Folio, timbre SII, CLP whole), Peruvian SUNAT factura (F001-00012345,
  IGV 18 %, optional SPOT detracción), Colombian DIAN factura electrónica de venta (prefijo, resolución,
  CUFE, retención informativa).

Key choices beyond sets E, U and W:

- invoice_number is the seller's own number, never a government id: Rechnungsnummer (BT-1), not the
  Leitweg-ID or Bestellnummer; Numer Faktury, not the Numer KSEF; Fatura No (e.g. OMS2025000271494), not the
  ETTN; the ETA Internal ID, not the UUID; Invoice No. on MyInvois, not the UIN; the seller's Invoice No on
  eTIMS, not the CU invoice no.; Document No on the Indian e-invoice, not the IRN or Ack No; the MARK is not
  the number (Greek: "Series-No." as printed, e.g. "A-1523"); the DANFE's Nº as printed with its dots
  ("000.272.493", repeated in the canhoto), not the chave de acesso; the Chilean Folio ("Nº 6306" gives
  "6306"); SUNAT "F001-00012345"; DIAN prefix + number ("FEV67113"), not the CUFE; Portuguese "FT 2025A/166"
  (not the ATCUD); Croatian "266/3/1" (not JIR/ZKI); Vietnamese Số ("00005307"), not the Ký hiệu; the
  Philippine serial "No. 0005307"; FatturaPA "Numero documento".
- date is the issue date: Rechnungsdatum (BT-2), Data documento, Fecha de expedición, Data emissão, Számla
  kelte (not Teljesítés dátuma), Data wystawienia (not the delivery date), Datum izdavanja (not Datum
  prometa), Document Date (not the Ack Date), Date Time Issued (not Received), Fatura Tarihi (not İrsaliye
  Tarihi), DANFE "Data da emissão" (saída and protocolo may print the same day), Chile "Fecha Emisión"
  printed in words ("7 de abril de 2025"), Vietnamese "Ngày 07 tháng 04 năm 2025".
- due_date: BT-9 Fälligkeitsdatum, Data scadenza, Vencimiento, Termin płatności, Fizetési határidő, Data
  scadentă, Datum dospeća, Dospijeće plaćanja, the DANFE duplicata's Venc.; null where none is printed
  (Indian e-invoice, ETA, e-Fatura, BIR, hóa đơn; Spanish and Greek, ZATCA variants without one).
- total is the document total including VAT as printed: XRechnung BT-112 Gesamtsumme brutto (not BT-115 after
  a prepayment); "Totale documento"; KSeF "Kwota należności ogółem"; "Bruttó összesen"/"Fizetendő"; Greek
  "Total value (payable)" (net + VAT - withholding, as myDATA sums it); ETA "Total Amount" (after a T4
  deduction, as printed); "Total Inv. Amt" after round off; e-Fatura "Ödenecek Tutar"; DANFE "Valor total da
  nota" (products + frete; ICMS is inside the prices); Philippine "Total Sales (VAT Inclusive)", not "Total
  amount due" after withholding; DIAN "Total factura" (the retención is informative); SUNAT "Importe Total"
  (not the detracción).
- tax is the VAT/GST/IVA/IGV/ICMS of the document, never a withholding (Greek 20 %, ETA T4, BIR EWT, DIAN
  retención, SPOT): 19 % + 7 % summed (ZUGFeRD); Total IVA (6 % + 23 %); CGST + SGST or IGST; the DANFE's
  "Valor do ICMS"; the Philippine "VAT Amount" (included in the prices); SST as "Tax Amount".
- subtotal is the net before tax as printed: BT-109 Gesamtsumme netto (after a BT-107 allowance, not BT-106);
  ZATCA "Total Taxable Amount (Excluding VAT)" (after the discount); MyInvois "Total Excluding Tax";
  Philippine "VATable Sales"; ETA "Net Amount"; DANFE: null (no net before ICMS is printed).
- currency: HUF, CLP and VND amounts are whole numbers in the key; TL gives TRY, "SOLES" PEN, R$ BRL, Rs INR.

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
from outside_docs_y1 import xrechnung_de, zugferd_de
from outside_docs_y2 import fatturapa_it, verifactu_es
from outside_docs_y3 import chorus_fr, ksef_pl
from outside_docs_y4 import mydata_gr, nav_hu
from outside_docs_y5 import efactura_ro, efatura_pt
from outside_docs_y6 import eracun_hr, sef_rs
from outside_docs_y7 import gst_irn_in, zatca_sa
from outside_docs_y8 import efatura_tr, eta_eg
from outside_docs_y9 import danfe_br, dte_cl
from outside_docs_y10 import dian_co, sunat_pe
from outside_docs_y11 import bir_ph, myinvois_my
from outside_docs_y12 import etims_ke, hoadon_vn

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    xrechnung_de,
    zugferd_de,
    fatturapa_it,
    verifactu_es,
    chorus_fr,
    ksef_pl,
    nav_hu,
    mydata_gr,
    efatura_pt,
    efactura_ro,
    sef_rs,
    eracun_hr,
    gst_irn_in,
    zatca_sa,
    eta_eg,
    efatura_tr,
    danfe_br,
    dte_cl,
    sunat_pe,
    dian_co,
    myinvois_my,
    bir_ph,
    etims_ke,
    hoadon_vn,
]


if __name__ == "__main__":
    run_set(__doc__.split("\n")[0], "Y", TEMPLATES, 2525)
