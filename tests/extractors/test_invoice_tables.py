"""Invoices in several languages and their line-item tables, laid out as OCR words (no images)."""

from __future__ import annotations

import pytest

from idp.extractors import extract_document
from idp.extractors.amounts import choose_total, page_amounts
from idp.extractors.layout import build_lines
from tests.extractors.builders import doc_from_rows


def _invoice(labels: dict[str, str], money: tuple[str, str, str, str, str, str, str]) -> list:
    p1, a1, p2, a2, sub, tax, total = money
    return [
        (20, [(20, "Hoffmann Maschinenbau GmbH"), (560, labels["title"])]),
        (55, [(20, "Industriestrasse 12")]),
        (80, [(20, "70565 Stuttgart")]),
        (105, [(20, "Tel: +49 711 123456")]),
        (160, [(20, labels["number"]), (260, "RE-2024-0042")]),
        (185, [(20, labels["date"]), (260, "05.03.2024")]),
        (210, [(20, labels["due"]), (260, "04.04.2024")]),
        (235, [(20, labels["po"]), (260, "PO-77812")]),
        (300, [(20, labels["desc"]), (420, labels["qty"]), (540, labels["price"]), (700, labels["amount"])]),
        (330, [(20, "Hydraulikpumpe HP-200"), (440, "2"), (540, p1), (700, a1)]),
        (355, [(20, "Montage vor Ort"), (440, "3"), (550, p2), (710, a2)]),
        (380, [(40, "(Techniker, Anfahrt inklusive)")]),
        (420, [(540, labels["sub"]), (700, sub)]),
        (445, [(540, labels["tax"]), (710, tax)]),
        (470, [(540, labels["total"]), (700, total)]),
        (540, [(20, "IBAN DE89 3704 0044 0532 0130 00")]),
    ]


LANGUAGES = {
    "de": dict(title="RECHNUNG", number="Rechnungsnummer:", date="Rechnungsdatum:", due="Fällig am:",
               po="Bestellnummer:", desc="Bezeichnung", qty="Menge", price="Einzelpreis", amount="Betrag",
               sub="Zwischensumme", tax="MwSt. 19%", total="Gesamtbetrag"),
    "fr": dict(title="FACTURE", number="Facture n°", date="Date de facture", due="Date d'échéance",
               po="Bon de commande", desc="Désignation", qty="Qté", price="Prix unitaire", amount="Montant",
               sub="Total HT", tax="TVA 19%", total="Total TTC"),
    "es": dict(title="FACTURA", number="Número de factura:", date="Fecha de emisión:", due="Vencimiento:",
               po="Orden de compra:", desc="Descripción", qty="Cantidad", price="Precio unitario",
               amount="Importe", sub="Base imponible", tax="IVA 19%", total="Total a pagar"),
    "nl": dict(title="FACTUUR", number="Factuurnummer:", date="Factuurdatum:", due="Vervaldatum:",
               po="Inkoopordernummer:", desc="Omschrijving", qty="Aantal", price="Prijs", amount="Bedrag",
               sub="Subtotaal", tax="BTW 19%", total="Totaal"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_invoice_in_several_languages(lang: str) -> None:
    money = ("1.250,00 €", "2.500,00 €", "95,00 €", "285,00 €", "2.785,00 €", "529,15 €", "3.314,15 €")
    doc = extract_document(doc_from_rows(_invoice(LANGUAGES[lang], money), 900, 700))
    assert doc.doc_type.value == "invoice"
    f = {k: v.value for k, v in doc.fields.items()}
    assert f["invoice_number"] == "RE-2024-0042"
    assert f["date"] == "2024-03-05" and f["due_date"] == "2024-04-04"
    assert f["purchase_order"] == "PO-77812"
    assert (f["subtotal"], f["tax"], f["total"]) == ("2785.00", "529.15", "3314.15")
    assert f["currency"] == "EUR"
    assert f["vendor_name"] == "Hoffmann Maschinenbau GmbH"
    assert f["vendor_address"] == "Industriestrasse 12, 70565 Stuttgart"
    assert f["iban"] == "DE89370400440532013000"
    items = [(i.description, i.quantity, i.unit_price, i.amount) for i in doc.line_items]
    assert items == [
        ("Hydraulikpumpe HP-200", "2", "1250.00", "2500.00"),
        ("Montage vor Ort (Techniker, Anfahrt inklusive)", "3", "95.00", "285.00"),
    ]
    assert all(0 < i.confidence <= 1 and i.bbox is not None for i in doc.line_items)
    rules = {r.rule: r.passed for r in doc.validation}
    assert rules == {
        "date_plausible": True, "due_date_plausible": True, "subtotal_positive": True, "total_positive": True,
        "iban_checksum": True, "subtotal_plus_tax_equals_total": True, "line_items_sum_to_subtotal": True,
        "due_date_not_before_date": True,
    }  # fmt: skip


def test_space_grouped_amounts_and_quantity_first_tables() -> None:
    rows = [
        (20, [(20, "Atelier Moreau SARL"), (560, "FACTURE")]),
        (55, [(20, "8 rue des Lilas, 75011 Paris")]),
        (120, [(20, "Facture n° F-7781"), (420, "Date : 12/02/2024")]),
        (200, [(20, "Qté"), (90, "Désignation"), (540, "Prix unitaire"), (720, "Montant")]),
        (230, [(35, "10"), (90, "Chaises empilables"), (560, "120,00"), (720, "1 200,00")]),
        (255, [(35, "1"), (90, "Livraison"), (580, "45,00"), (740, "45,00")]),
        (300, [(540, "Total HT"), (720, "1 245,00 €")]),
        (325, [(540, "TVA 20 %"), (740, "249,00 €")]),
        (350, [(540, "Total TTC"), (720, "1 494,00 €")]),
    ]
    doc = extract_document(doc_from_rows(rows, 900, 500))
    items = [(i.description, i.quantity, i.unit_price, i.amount) for i in doc.line_items]
    assert items == [("Chaises empilables", "10", "120.00", "1200.00"), ("Livraison", "1", "45.00", "45.00")]
    assert doc.fields["total"].value == "1494.00" and doc.fields["subtotal"].value == "1245.00"
    assert doc.fields["date"].value == "2024-02-12"


def test_table_stops_at_the_totals_and_tolerates_other_columns() -> None:
    rows = [
        (20, [(20, "INVOICE"), (400, "Invoice No: 5521")]),
        (60, [(20, "Date: 2023-11-02")]),
        (120, [(20, "Item"), (300, "Date"), (420, "Qty"), (520, "Rate"), (640, "Amount")]),
        (145, [(20, "Consulting"), (300, "2023-10-03"), (430, "8"), (520, "$150.00"), (640, "$1,200.00")]),
        (170, [(20, "Travel"), (300, "2023-10-04"), (430, "1"), (530, "$80.00"), (650, "$80.00")]),
        (210, [(520, "Subtotal"), (640, "$1,280.00")]),
        (235, [(520, "Total"), (640, "$1,280.00")]),
    ]
    doc = extract_document(doc_from_rows(rows, 800, 400))
    items = [(i.description, i.quantity, i.unit_price, i.amount) for i in doc.line_items]
    assert items == [("Consulting", "8", "150.00", "1200.00"), ("Travel", "1", "80.00", "80.00")]
    assert doc.fields["currency"].value == "USD"


def test_a_row_number_under_an_amount_header_is_no_total() -> None:
    # an ad-buy invoice numbers its lines "13.0": the number opens a row of words, it is no amount
    # the header "Amount" labels (it was read as the total, confidently)
    doc = doc_from_rows(
        [
            (20, [(20, "Line Type"), (120, "Air Time"), (300, "Copy/ISCI"), (420, "Amount")]),
            (45, [(20, "13.0 News 23470-News"), (120, "9:25PM"), (300, "MRBPSS312EH"), (420, "$250.00")]),
            (70, [(420, "$250.00")]),
            (95, [(300, "Total Spots 1")]),
        ]
    )
    doc = build_lines(doc)
    total, _ = choose_total(doc, doc.lines, page_amounts(doc.lines), "t")
    assert total is None or total.value == "250.00"
