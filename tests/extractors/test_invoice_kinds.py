"""Invoices of kinds the first sets seldom had (held-out sets U and W): bilingual labels, credit and fee
notes, marketplace sellers, trading names over legal entities, account summaries, amounts outside VAT,
early-payment dates, a deposit under the total, paired labels."""

from __future__ import annotations

from idp.extractors import extract_document
from idp.extractors.generic import label_index
from idp.extractors.legal_entity import registered_entity
from idp.extractors.schema import load_doc_type_schemas
from tests.extractors.builders import doc_from_rows


def _fields(rows: list[tuple[float, list[tuple[float, str]]]]) -> dict[str, str | None]:
    return {k: f.value for k, f in extract_document(doc_from_rows(rows, 1000, 1400)).fields.items()}


def test_a_bilingual_label_is_one_label() -> None:
    index = label_index(load_doc_type_schemas()["invoice"])
    found = index.find("Számla sorszáma / Invoice no.:")
    assert [(m.key, m.start, m.colon) for m in found] == [("invoice_number", 0, True)]
    assert [m.key for m in index.find("Eladó / Seller")] == ["vendor_name"]


def test_bilingual_header_columns() -> None:
    rows = [
        (20, [(400, "SZÁMLA / INVOICE")]),
        (60, [(20, "Eladó / Seller"), (350, "Vevő / Buyer"), (650, "Számla sorszáma / Invoice no.:")]),
        (85, [(20, "Dunakód Informatikai Kft."), (350, "Vltava Trading s.r.o."), (650, "SZLA-2024-01128")]),
        (110, [(20, "9021 Győr, Baross Gábor út 4."), (650, "Kelt / Issue date: 2024.02.26.")]),
        (300, [(500, "Bruttó végösszeg / Gross total 18 519,14 EUR")]),
    ]
    f = _fields(rows)
    assert f["invoice_number"] == "SZLA-2024-01128"
    assert f["vendor_name"] == "Dunakód Informatikai Kft."


def test_a_credit_notes_own_number_not_the_corrected_invoices() -> None:
    rows = [
        (20, [(600, "Gutschrift-Nr. GS-2024-1686")]),
        (45, [(20, "Hansen Fluidtechnik GmbH · Max-Planck-Str. 50"), (600, "Datum 24.06.2024")]),
        (200, [(20, "zu unserer Rechnung RE-2024-31312 vom 12.06.2024.")]),
        (300, [(500, "Gutschriftsbetrag (EUR) -504,10 €")]),
    ]
    assert _fields(rows)["invoice_number"] == "GS-2024-1686"


def test_numbers_without_a_known_label() -> None:
    portuguese = [
        (20, [(20, "Cozinhas Atlântico, Lda."), (700, "Fatura Original")]),
        (45, [(20, "Rua Augusta 172, 1100-053 Lisboa"), (700, "N.º FT 2024A7/142")]),
        (70, [(700, "Data de emissão: 25-03-2024")]),
        (300, [(600, "Total da fatura (EUR) 9.531,76 €")]),
    ]
    assert _fields(portuguese)["invoice_number"] == "FT 2024A7/142"
    japanese = [
        (20, [(300, "INVOICE")]),
        (60, [(20, "Marunaka Foods Co., Ltd. Onchu"), (400, "No. 202506-071")]),
        (85, [(700, "Issue date: 2025/06/12")]),
        (110, [(20, "Attn: Accounting Department")]),
        (300, [(700, "Total 7,033,600 JPY")]),
        (340, [(20, "Payment due: 2025/07/31 by bank transfer")]),
    ]
    assert _fields(japanese)["invoice_number"] == "202506-071"


def test_the_seller_of_a_marketplace_invoice_not_the_addressee() -> None:
    sold_by = [
        (20, [(20, "Invoice"), (400, "Invoice date: 11 April 2025")]),
        (45, [(600, "Invoice # GB34D8476693")]),
        (70, [(20, "Sold by Thamesbury Home Goods Ltd"), (600, "Total payable £125.49")]),
        (120, [(20, "Billing address"), (300, "Delivery address"), (600, "Sold by")]),
        (145, [(20, "Aoife Byrne"), (300, "Same as billing address"), (600, "6 Trident Park")]),
        (400, [(600, "Invoice total (GBP) £125.49")]),
    ]
    assert _fields(sold_by)["vendor_name"] == "Thamesbury Home Goods Ltd"
    addressee = [
        (20, [(20, "Elbtal Versand UG (haftungsbeschränkt) · Industriestr. 64 · 20457 Hamburg")]),
        (60, [(20, "Herrn Emre Yilmaz"), (500, "Rechnungsnummer RE-2025-996198")]),
        (85, [(20, "Lindenallee 43")]),
        (110, [(20, "80331 München"), (500, "Rechnungsdatum 10.02.2025")]),
        (400, [(500, "Rechnungsbetrag (EUR) 200,14 €")]),
    ]
    assert _fields(addressee)["vendor_name"] == "Elbtal Versand UG (haftungsbeschränkt)"


def test_the_legal_entity_behind_a_trading_name() -> None:
    rows = [
        (20, [(300, "Lakeview Dental")]),
        (45, [(20, "Invoice # 709908"), (500, "Statement date: 03/18/2024")]),
        (300, [(500, "Total fees (CAD) 271.02")]),
        (1300, [(20, "Dr. Anita Sharma Dentistry Professional Corporation operating as Lakeview Dental")]),
    ]
    assert _fields(rows)["vendor_name"] == "Dr. Anita Sharma Dentistry Professional Corporation"
    footer = [(20, [(20, "Grand Hotel Riviera")]), (90, [(20, "Riviera Turismo S.r.l. · P.IVA IT3735450")])]
    lines = extract_document(doc_from_rows(footer)).lines
    entity = registered_entity(lines, "Grand Hotel Riviera")
    assert entity is not None and entity.text == "Riviera Turismo S.r.l."
    assert registered_entity(lines, "Riviera S.p.A.") is None  # a legal name stands


def test_an_account_summary_gives_this_bills_charges() -> None:
    rows = [
        (10, [(20, "Tax Invoice")]),
        (30, [(20, "Jaldi Telelink Limited"), (600, "Amount payable ₹ 1,433.42")]),
        (60, [(20, "Bill number TN115955193558"), (500, "Bill date 08-Oct-2024")]),
        (80, [(500, "Pay by 22-Oct-2024")]),
        (
            100,
            [(20, "Previous balance"), (250, "Paid"), (400, "Adj."), (520, "Current bill"), (720, "Payable")],
        ),
        (125, [(20, "810.10"), (250, "-800.03"), (400, "0.00"), (520, "1,423.35"), (720, "1,433.42")]),
        (200, [(20, "Postpaid plan 399"), (600, "1,206.23")]),
        (225, [(20, "Taxable value"), (600, "1,206.23")]),
        (250, [(20, "CGST @ 9%"), (600, "108.56")]),
        (275, [(20, "SGST @ 9%"), (600, "108.56")]),
    ]
    f = _fields(rows)
    assert (f["total"], f["subtotal"], f["tax"]) == ("1423.35", "1206.23", "217.12")


def test_amounts_outside_vat_are_no_tax() -> None:
    rows = [
        (20, [(20, "Vidal Rousseau Avocats SELAS")]),
        (60, [(300, "NOTE D'HONORAIRES N° NH-2024-477")]),
        (200, [(500, "Total HT 3 487,83 €")]),
        (225, [(500, "TVA 20 % 697,57 €")]),
        (250, [(500, "Débours (frais de greffe, non soumis à TVA) 80,51 €")]),
        (275, [(500, "Total TTC 4 265,91 €")]),
        (300, [(500, "Provision reçue -1 000,00 €")]),
        (325, [(500, "Reste dû 3 265,91 €")]),
    ]
    f = _fields(rows)
    assert (f["invoice_number"], f["tax"], f["total"]) == ("NH-2024-477", "697.57", "4265.91")


def test_the_due_date_after_an_early_payment_discount() -> None:
    rows = [
        (20, [(20, "Alpen-Befestigungstechnik GmbH"), (600, "Rechnung Nr. 2024/61644")]),
        (45, [(20, "Rechnungsdatum: 29.04.2024")]),
        (300, [(500, "Rechnungsbetrag EUR 27.445,08")]),
        (340, [(20, "Zahlbar bis 09.05.2024 mit 2 % Skonto oder bis 29.05.2024 netto.")]),
    ]
    assert _fields(rows)["due_date"] == "2024-05-29"
    wrapped = [
        (20, [(20, "Fotografie Miriam Özdemir"), (600, "Rechnungsnr.: RE20240189")]),
        (45, [(600, "Datum: 19.11.2024")]),
        (300, [(300, "Gesamtbetrag 1.298,00 €")]),
        (340, [(20, "Bitte überweisen Sie den Rechnungsbetrag bis zum")]),
        (365, [(20, "03.12.2024 auf das unten angegebene Konto.")]),
    ]
    assert _fields(wrapped)["due_date"] == "2024-12-03"


def test_a_deposit_under_the_total_and_the_amount_due_printed_twice() -> None:
    rows = [
        (20, [(300, "Sugar & Spoon Bakery LLC")]),
        (60, [(300, "$2,331.68")]),
        (100, [(20, "Invoice #000104")]),
        (125, [(20, "Invoice date Nov 11, 2024")]),
        (300, [(20, "Subtotal $2,623.00")]),
        (325, [(20, "Sales tax (7.75%) $203.28")]),
        (350, [(20, "Tip $282.63")]),
        (375, [(20, "Total $3,108.91")]),
        (400, [(20, "Deposit paid Oct 4, 2024 -$777.23")]),
        (425, [(20, "Amount due (USD) $2,331.68")]),
    ]
    assert _fields(rows)["total"] == "3108.91"


def test_paired_labels_and_a_tax_on_its_base() -> None:
    rows = [
        (20, [(600, "Schwaben Sensorik SE")]),
        (45, [(600, "Belegnummer/Datum 90558710 / 24.01.2025")]),
        (70, [(600, "Kundennummer 126864")]),
        (200, [(20, "Rechnung")]),
        (300, [(20, "Summe Positionen netto 10.177,71")]),
        (325, [(20, "Ausgangssteuer 19,000 % von 10.177,71 1.933,76")]),
        (350, [(20, "Endbetrag EUR 12.111,47")]),
    ]
    f = _fields(rows)
    assert (f["invoice_number"], f["date"], f["tax"]) == ("90558710", "2025-01-24", "1933.76")


def test_a_tagline_over_the_name_is_no_vendor() -> None:
    rows = [
        (20, [(600, "INVOICE")]),
        (60, [(600, "Illustration & design services")]),
        (80, [(600, "Theo Park Design Studio")]),
        (100, [(600, "451 Wabash Ave")]),
        (160, [(20, "BILL TO"), (400, "Invoice Number: 134")]),
        (400, [(600, "Total: $3,265.00")]),
    ]
    assert _fields(rows)["vendor_name"] == "Theo Park Design Studio"
