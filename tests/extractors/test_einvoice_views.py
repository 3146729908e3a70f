"""Government e-invoice views (held-out set Y's kinds): business-term codes beside labels, both parties'
blocks under headings with the same labels, boxed numbers under a title, figures right-aligned under
their heading, a customer's block set flush right."""

from __future__ import annotations

from idp.extractors import extract_document
from idp.extractors.generic import label_index
from idp.extractors.schema import load_doc_type_schemas
from tests.extractors.builders import doc_from_rows


def _fields(rows: list[tuple[float, list[tuple[float, str]]]]) -> dict[str, str | None]:
    return {k: f.value for k, f in extract_document(doc_from_rows(rows, 1200, 1600)).fields.items()}


def test_business_term_codes_are_part_of_their_labels() -> None:
    index = label_index(load_doc_type_schemas()["invoice"])
    found = index.find("Rechnungsnummer: BT-1 R2023-118")
    assert [(m.key, m.end) for m in found] == [("invoice_number", len("Rechnungsnummer: BT-1 "))]
    rows = [
        (20, [(100, "Rechnung")]),
        (60, [(100, "Käufer")]),
        (85, [(100, "Name: BT-44"), (600, "Stadtwerke Altmühltal")]),
        (140, [(100, "Verkäufer")]),
        (165, [(100, "Firmenname: BT-27"), (600, "Bergblick Software GmbH")]),
        (190, [(100, "Umsatzsteuer-ID: BT-31"), (600, "DE811234567")]),
        (240, [(100, "Rechnungsnummer: BT-1"), (600, "R2023-118")]),
        (265, [(100, "Rechnungsdatum: BT-2"), (600, "14.03.2023")]),
        (400, [(100, "Gesamtsumme netto BT-109"), (600, "1.000,00")]),
        (425, [(100, "Summe Umsatzsteuer BT-110"), (600, "190,00")]),
        (450, [(100, "Gesamtsumme brutto BT-112"), (600, "1.190,00")]),
    ]
    f = _fields(rows)
    assert (f["invoice_number"], f["total"]) == ("R2023-118", "1190.00")
    assert f["vendor_name"] == "Bergblick Software GmbH"
    assert f["customer_name"] == "Stadtwerke Altmühltal"


def test_each_partys_name_under_its_own_heading() -> None:
    rows = [
        (20, [(70, "Cedente/prestatore (fornitore)"), (600, "Cessionario/committente (cliente)")]),
        (45, [(70, "Partita IVA: IT01234567890"), (600, "Denominazione: Albergo Stella S.r.l.")]),
        (70, [(70, "Denominazione: Officina Digitale S.r.l."), (600, "Indirizzo: Via Roma 3")]),
        (95, [(70, "Indirizzo: Via Garibaldi 12")]),
        (160, [(70, "Tipologia documento"), (400, "Numero documento"), (700, "Data documento")]),
        (185, [(70, "TD01 fattura"), (400, "77/A"), (700, "02-04-2024")]),
        (300, [(500, "Totale documento 610,00")]),
    ]
    f = _fields(rows)
    assert (f["vendor_name"], f["customer_name"]) == ("Officina Digitale S.r.l.", "Albergo Stella S.r.l.")
    indian = [
        (20, [(300, "e-Invoice")]),
        (60, [(80, "Document No : ABC/24-25/0098"), (600, "Document Date : 03/02/2025")]),
        (120, [(80, "Supplier :"), (600, "Recipient :")]),
        (145, [(80, "GSTIN : 29ABCDE1234F1Z5"), (600, "GSTIN : 27PQRSX9876K1Z2")]),
        (170, [(80, "Kaveri Tools Pvt Ltd"), (600, "Godavari Motors Ltd")]),
        (400, [(500, "Total Inv. Amt 11,800.00")]),
    ]
    f = _fields(indian)
    assert (f["invoice_number"], f["vendor_name"]) == ("ABC/24-25/0098", "Kaveri Tools Pvt Ltd")


def test_a_sentence_opening_with_a_label_numbers_nothing() -> None:
    rows = [
        (20, [(100, "Transports Garonne SAS"), (800, "FACTURE")]),
        (45, [(100, "8 quai des Chartrons"), (800, "N° FG-2025-0312")]),
        (120, [(100, "Date d'émission 03/03/2025")]),
        (300, [(600, "Total TTC 1 200,00 €")]),
        (340, [(100, "Facture déposée sur Chorus Pro au format Factur-X (profil EN 16931).")]),
    ]
    assert _fields(rows)["invoice_number"] == "FG-2025-0312"
    titled = [
        (20, [(100, "Menuiserie Argoat SARL")]),
        (80, [(100, "FACTURE D'ACOMPTE N° FA-2025-0101")]),
        (300, [(600, "Net à payer 500,00 €")]),
    ]
    assert _fields(titled)["invoice_number"] == "FA-2025-0101"


def test_a_number_boxed_under_the_title_not_a_street_number() -> None:
    index = label_index(load_doc_type_schemas()["invoice"])
    assert index.find("AV. LOS OLIVOS NRO. 812") == []  # "Nr." is no prefix of "NRO."
    rows = [
        (20, [(80, "SERVICIOS ANDINOS S.A.C.")]),
        (35, [(800, "FACTURA ELECTRÓNICA")]),
        (50, [(80, "AV. LOS OLIVOS NRO. 812")]),
        (60, [(820, "RUC: 20512345678")]),
        (75, [(80, "SAN ISIDRO - LIMA")]),
        (85, [(840, "F001-00000457")]),
        (160, [(80, "Fecha de Emisión : 12/05/2025")]),
        (300, [(600, "Op. Gravada S/ 100.00")]),
        (325, [(600, "I.G.V. 18% S/ 18.00")]),
        (350, [(600, "Importe Total S/ 118.00")]),
    ]
    f = _fields(rows)
    assert (f["invoice_number"], f["subtotal"], f["tax"]) == ("F001-00000457", "100.00", "18.00")


def test_a_figure_right_aligned_under_its_heading() -> None:
    rows = [
        (20, [(80, "Tecnoservizi S.r.l.")]),
        (45, [(80, "Fattura n. 12/2024"), (700, "Data 05-02-2024")]),
        (300, [(80, "esigibilità iva / riferimenti"), (800, "Totale imponibile"), (1000, "Totale imposta")]),
        (325, [(80, "I (esigibilità immediata)"), (940, "500,00"), (1110, "110,00")]),
        (350, [(80, "Importo bollo"), (830, "Totale documento")]),
        (375, [(1110, "610,00")]),
    ]
    f = _fields(rows)
    assert (f["subtotal"], f["tax"], f["total"]) == ("500.00", "110.00", "610.00")


def test_a_customers_block_flush_right_is_no_letterhead() -> None:
    rows = [
        (20, [(100, "Studio Kovač, vl. Ana Kovač"), (1070, "Kupac:")]),
        (45, [(100, "Ilica 12, 10000 Zagreb"), (930, "Podrum Jadran d.o.o.")]),
        (70, [(100, "OIB: 12345678901"), (970, "OIB: 10987654321")]),
        (140, [(100, "RAČUN br. 7/1/1")]),
        (165, [(100, "Datum izdavanja: 10.12.2024.")]),
        (190, [(100, "Dospijeće plaćanja: 24.12.2024.")]),
        (400, [(600, "UKUPNO ZA PLATITI (EUR) 250,00")]),
    ]
    f = _fields(rows)
    assert (f["vendor_name"], f["due_date"]) == ("Studio Kovač, vl. Ana Kovač", "2024-12-24")


def test_a_duplicatas_number_is_not_the_invoices() -> None:
    rows = [
        (20, [(60, "METALURGICA PAULISTA LTDA"), (1000, "Nº")]),
        (40, [(980, "000.123.456")]),
        (120, [(60, "FATURA / DUPLICATA")]),
        (140, [(60, "Num. 001"), (300, "Venc. 10/07/2025"), (600, "Valor R$ 1.000,00")]),
        (200, [(60, "VALOR TOTAL DA NOTA"), (600, "1.000,00")]),
    ]
    f = _fields(rows)
    assert (f["invoice_number"], f["due_date"]) == ("000.123.456", "2025-07-10")
