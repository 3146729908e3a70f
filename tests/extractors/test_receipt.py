from __future__ import annotations

import json
from importlib import resources

from idp.document import DocType
from idp.extractors import EXTRACTOR_VERSION, extract_document
from tests.extractors.builders import doc_from_rows, receipt_rows


def _packaged_ranker_version() -> str:
    manifest = resources.files("idp.models") / "receipt" / "ranker.json"
    return str(json.loads(manifest.read_text())["version"])


def test_synthetic_receipt_fields() -> None:
    version = _packaged_ranker_version()
    doc = extract_document(doc_from_rows(receipt_rows()))
    assert doc.doc_type.value == DocType.receipt
    f = doc.fields
    assert f["vendor_name"].value == "SUNRISE MART SDN BHD"
    assert f["vendor_address"].value == "NO 12, JALAN MERANTI 3, 50450 KUALA LUMPUR"
    assert f["date"].value == "2019-03-14" and f["date"].raw == "14/03/2019"
    assert f["total"].value == "11.90" and f["total"].raw == "RM 11.90"
    assert f["currency"].value == "MYR"
    assert f["subtotal"].value == "11.23" and f["tax"].value == "0.67"
    for name, field in f.items():
        assert 0.0 <= field.confidence <= 1.0, name
        model = name in ("vendor_name", "vendor_address")  # chosen by the packaged rankers
        assert field.source == (
            f"model:receipt-ranker@{version}.{name}" if model else f"rule:receipt.{name}"
        ), name
    # boxes are normalised to the page and sit where the words were printed
    x0, y0, x1, y1 = f["total"].bbox
    assert f["total"].page == 1
    assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
    assert abs(y0 - 405 / 1200) < 1e-3 and abs(x0 - 440 / 600) < 1e-3
    assert doc.models["extractor"] == EXTRACTOR_VERSION
    assert "extract" in doc.timings_ms
    rules = {r.rule: r.passed for r in doc.validation}
    assert rules == {"date_plausible": True, "total_positive": True, "subtotal_plus_tax_equals_total": True}


def test_total_agreeing_with_cash_minus_change_wins_over_the_first_total() -> None:
    rows = [
        (20, [(150, "KEDAI RUNCIT ABC ENTERPRISE")]),
        (45, [(150, "NO 3, JALAN SATU, 81100 JOHOR")]),
        (90, [(20, "ITEM A"), (480, "60.31")]),
        (115, [(20, "TOTAL AMT"), (440, "RM 60.31")]),
        (140, [(20, "ROUNDING ADJ"), (480, "-0.01")]),
        (165, [(440, "RM 60.30")]),
        (190, [(20, "CASH"), (440, "RM 70.30")]),
        (215, [(20, "CHANGE"), (440, "RM 10.00")]),
        (260, [(20, "GST SUMMARY"), (300, "AMOUNT"), (440, "TAX")]),
        (285, [(20, "TOTAL"), (300, "60.31"), (440, "0.00")]),
    ]
    f = extract_document(doc_from_rows(rows)).fields
    assert f["total"].value == "60.30"
    assert f["total"].confidence > 0.7


def test_total_after_cash_rounding_wins_over_the_total_incl_tax() -> None:
    """A strongly labelled total, a rounding line, then the (plainly labelled) amount payable: the
    rounded amount is the total, with no cash line to confirm it (or one printed negative)."""
    for payment in ([], [(205, [(20, "CASH"), (440, "-50.00")]), (230, [(20, "CHANGE"), (440, "26.75")])]):
        rows = [
            (20, [(150, "BANH CAFE SDN BHD")]),
            (45, [(150, "NO 1, JALAN PUTERI 7/10, 47100 PUCHONG")]),
            (90, [(20, "Total (Excluding GST):"), (440, "21.30")]),
            (115, [(20, "GST payable (6%):"), (440, "1.96")]),
            (140, [(20, "Total (Inclusive of GST):"), (440, "23.26")]),
            (165, [(20, "Rounding Adj:"), (440, "-0.01")]),
            (178, [(20, "TOTAL:"), (440, "23.25")]),
            *payment,
        ]
        f = extract_document(doc_from_rows(rows)).fields
        assert f["total"].value == "23.25", payment


def test_unreadable_total_label_falls_back_on_arithmetic() -> None:
    rows = [
        (20, [(150, "PAPER SHOP TRADING")]),
        (45, [(150, "LOT 5, JALAN DUA")]),
        (90, [(20, "SUB-TOTAL"), (480, "144.68")]),
        (115, [(20, "GST 6%"), (480, "8.68")]),
        (140, [(20, "ROUNDING"), (480, "-0.01")]),
        (165, [(20, "T#T@L FER:20iu")]),
        (190, [(20, "CASH"), (480, "153.35")]),
        (215, [(20, "CHANGE"), (480, "0.00")]),
        (240, [(20, "TOTAL :"), (300, "144.68"), (440, "8.68")]),
    ]
    assert extract_document(doc_from_rows(rows)).fields["total"].value == "153.35"


def test_handwritten_note_above_the_shop_name_is_not_the_vendor() -> None:
    rows = [(10, [(150, "tan woon yann")]), *receipt_rows()]
    rows = [(y + 30 if k else y, cells) for k, (y, cells) in enumerate(rows)]
    f = extract_document(doc_from_rows(rows)).fields
    assert f["vendor_name"].value == "SUNRISE MART SDN BHD"


def test_name_over_two_lines_is_joined() -> None:
    rows = [
        (20, [(120, "HOME MASTER HARDWARE &")]),
        (45, [(200, "ELECTRICAL")]),
        (70, [(90, "NO.113G, JALAN SETIA 3,")]),
        (95, [(110, "40170 SHAH ALAM")]),
        (120, [(120, "TEL: 03-3362 3608")]),
        (160, [(20, "TOTAL"), (480, "15.90")]),
        (185, [(20, "CASH"), (480, "20.00")]),
        (210, [(20, "CHANGE"), (480, "4.10")]),
    ]
    f = extract_document(doc_from_rows(rows)).fields
    assert f["vendor_name"].value == "HOME MASTER HARDWARE & ELECTRICAL"
    assert f["vendor_address"].value == "NO.113G, JALAN SETIA 3, 40170 SHAH ALAM"


def test_implausible_date_fails_validation_and_lowers_confidence() -> None:
    rows = [
        (y, [(x, t.replace("14/03/2019", "14/03/1971")) for x, t in cells]) for y, cells in receipt_rows()
    ]
    doc = extract_document(doc_from_rows(rows))
    good = extract_document(doc_from_rows(receipt_rows()))
    assert {r.rule: r.passed for r in doc.validation}["date_plausible"] is False
    assert doc.fields["date"].confidence < good.fields["date"].confidence


def test_empty_document_has_no_fields() -> None:
    doc = extract_document(doc_from_rows([]))
    assert doc.fields == {} and doc.validation == [] and doc.doc_type.value == DocType.other


def test_date_with_a_lost_separator_is_mended_only_when_no_whole_date_was_read() -> None:
    def with_date(text: str) -> list[tuple[float, list[tuple[float, str]]]]:
        return [
            (y, [(x, t.replace("DATE: 14/03/2019", text)) for x, t in cells]) for y, cells in receipt_rows()
        ]

    mended = extract_document(doc_from_rows(with_date("No.:CS-20242 1403/2019"))).fields["date"]
    assert (mended.value, mended.raw) == ("2019-03-14", "14/03/2019")
    spaced = extract_document(doc_from_rows(with_date("568017 14 03-19"))).fields["date"]  # its gap a space
    assert (spaced.value, spaced.raw) == ("2019-03-14", "14-03-19")
    assert mended.source.endswith("+mended")
    whole = extract_document(doc_from_rows(receipt_rows())).fields["date"]
    assert mended.confidence < whole.confidence
    # a whole date elsewhere on the receipt wins over a number that would mend into one
    rows = [*with_date("REF 1203/2019"), (520, [(20, "PRINTED 15/03/2019")])]
    assert extract_document(doc_from_rows(rows)).fields["date"].value == "2019-03-15"
    # a number that mends into no plausible date stays no date
    assert "date" not in extract_document(doc_from_rows(with_date("REF 4513/2019"))).fields


def test_a_date_with_both_separators_lost_is_read_day_first_with_slashes() -> None:
    rows = [
        (y, [(x, t.replace("DATE: 14/03/2019", "14032019 No CS-20243")) for x, t in cells])
        for y, cells in receipt_rows()
    ]
    f = extract_document(doc_from_rows(rows)).fields["date"]
    assert (f.value, f.raw) == ("2019-03-14", "14/03/2019")
    rows = [
        (y, [(x, t.replace("DATE: 14/03/2019", "REF 45132019")) for x, t in cells])
        for y, cells in receipt_rows()
    ]
    assert "date" not in extract_document(doc_from_rows(rows)).fields  # no 45th day


def test_a_till_receipt_in_another_language_is_a_receipt_with_its_currency_and_number() -> None:
    """A Danish bakery's slip: no English cue, a text block no taller than a page's; 'kr' names the krone."""
    rows = [
        (20, [(60, "KORNBLOMST BAGERI")]),
        (45, [(60, "Nørrebrogade 58")]),
        (70, [(60, "2200 København N")]),
        (95, [(60, "Bon nr. 36654 Kasse 1")]),
        (130, [(20, "Rugbrød"), (260, "38,00")]),
        (155, [(20, "Kanelsnegl"), (260, "48,00")]),
        (190, [(20, "I ALT"), (200, "kr 86,00")]),
        (215, [(20, "Kontant"), (260, "100,00")]),
        (240, [(20, "Byttepenge"), (260, "14,00")]),
        (275, [(20, "Dato 26.03.2025 Kl. 10:43")]),
        (300, [(40, "Tak for besøget!")]),
    ]
    doc = extract_document(doc_from_rows(rows, 600, 400))
    assert doc.doc_type.value == DocType.receipt
    f = doc.fields
    assert f["total"].value == "86.00" and f["currency"].value == "DKK"
    assert f["date"].value == "2025-03-26"
    number = f["receipt_number"]
    assert number.value == "36654" and number.source == "rule:receipt.receipt_number"


def test_a_street_named_first_and_a_legal_name_line_above_it() -> None:
    """A German bakery's Bon: the legal name and a tagline under the trading name are no part of the
    address, and 'Lindenstraße 42' (street name first) is where it starts."""
    rows = [
        (20, [(60, "Bäckerei Kornfeld")]),
        (45, [(60, "Kornfeld Backwaren GmbH")]),
        (70, [(60, "Meisterbäckerei seit 1962")]),
        (95, [(60, "Lindenstraße 42")]),
        (120, [(60, "79098 Freiburg im Breisgau")]),
        (145, [(60, "Tel. 07615552241")]),
        (170, [(60, "St.-Nr. 06015/33218")]),
        (180, [(20, "Bauernbrot"), (260, "4,20")]),
        (205, [(20, "2 x Brezel"), (260, "1,80")]),
        (240, [(20, "SUMME EUR"), (260, "6,00")]),
        (265, [(20, "Bar"), (260, "10,00")]),
        (290, [(20, "Rückgeld"), (260, "4,00")]),
        (325, [(20, "14.02.2025 07:41")]),
    ]
    f = extract_document(doc_from_rows(rows, 600, 400)).fields
    assert f["vendor_address"].value == "Lindenstraße 42 79098 Freiburg im Breisgau"
    assert f["total"].value == "6.00" and f["currency"].value == "EUR"


def test_a_polish_paragon_totals_at_suma_with_its_tax_sum_and_cash_apart() -> None:
    rows = [
        (20, [(60, "DELIKATESY POD LIPA")]),
        (45, [(60, "ul. Piotrkowska 154")]),
        (70, [(60, "90-063 Łódź")]),
        (95, [(60, "NIP 725-184-22-19")]),
        (120, [(60, "2025-06-17 nr wydr.341413")]),
        (145, [(60, "PARAGON FISKALNY")]),
        (180, [(20, "Chleb żytni 3 x4,99"), (260, "14,97C")]),
        (205, [(20, "Baterie AA 4szt 1 x12,99"), (260, "12,99A")]),
        (230, [(20, "Suma PTU"), (260, "3,21")]),
        (255, [(20, "SUMA PLN"), (260, "27,96")]),
        (280, [(20, "Gotówka"), (220, "50,00 PLN")]),
        (305, [(20, "Reszta"), (220, "22,04 PLN")]),
    ]
    f = extract_document(doc_from_rows(rows, 600, 400)).fields
    assert f["total"].value == "27.96" and f["currency"].value == "PLN"


def test_the_kind_of_business_over_the_name_and_a_store_number_are_no_names() -> None:
    brasserie = [(60, "Brasserie"), (60, "LE COMPTOIR LYONNAIS"), (60, "14 rue Mercière"), (60, "69002 Lyon")]
    pharmacy = [
        (60, "greenleaf pharmacy"),
        (60, "STORE 8542"),
        (60, "455 MASSACHUSETTS AVE"),
        (60, "CAMBRIDGE, MA 02139"),
    ]
    for header, name in ((brasserie, "LE COMPTOIR LYONNAIS"), (pharmacy, "greenleaf pharmacy")):
        rows = [(20 + 25 * k, [cell]) for k, cell in enumerate(header)] + [
            (130, [(20, "2 Coffee"), (260, "9.00")]),
            (155, [(20, "TOTAL"), (240, "9.00")]),
            (180, [(20, "CASH"), (260, "10.00")]),
            (205, [(20, "CHANGE"), (260, "1.00")]),
            (240, [(20, "04/02/2025 12:31")]),
        ]
        assert extract_document(doc_from_rows(rows, 600, 400)).fields["vendor_name"].value == name


def test_a_ticket_reads_its_tax_from_the_rows_by_rate_not_from_a_total_incl_tax() -> None:
    rows = [
        (20, [(60, "Cafetería Rías Baixas, S.L.")]),
        (45, [(60, "Rúa do Franco 21, 15705 Santiago")]),
        (70, [(60, "FACTURA SIMPLIFICADA")]),
        (95, [(60, "Fecha: 27/07/2025 15:40 Mesa 18")]),
        (130, [(20, "4 Café solo"), (260, "17,04")]),
        (155, [(20, "1 Bolsa regalo"), (260, "18,00")]),
        (190, [(20, "TOTAL (IVA incluido)"), (240, "35,04 €")]),
        (215, [(20, "Tipo"), (100, "Base imp."), (180, "Cuota"), (260, "Total")]),
        (240, [(20, "IVA 10%"), (100, "15,49"), (180, "1,55"), (260, "17,04")]),
        (265, [(20, "IVA 21%"), (100, "14,88"), (180, "3,12"), (260, "18,00")]),
        (300, [(20, "Entregado"), (260, "40,00")]),
        (325, [(20, "Cambio"), (260, "4,96")]),
    ]
    f = extract_document(doc_from_rows(rows, 600, 400)).fields
    assert f["total"].value == "35.04"
    assert f["tax"].value == "4.67" and f["subtotal"].value == "30.37"


def test_a_rupee_mark_and_cash_given_less_change_name_the_currency_and_the_total() -> None:
    rows = [
        (20, [(60, "MADRAS SPICE KITCHEN")]),
        (45, [(60, "No. 14, 100 Feet Road, Indiranagar")]),
        (70, [(60, "Bengaluru - 560038")]),
        (105, [(20, "Masala Dosa 2 x 120.00"), (260, "240.00")]),
        (130, [(20, "Net Amount"), (220, "Rs. 240.00")]),
        (165, [(20, "Gegeben"), (260, "500.00")]),
        (190, [(20, "Rückgeld"), (260, "260.00")]),
        (225, [(20, "07/10/2025 20:14")]),
    ]
    f = extract_document(doc_from_rows(rows, 600, 400)).fields
    assert f["currency"].value == "INR" and f["total"].value == "240.00"


def test_a_car_parks_entry_date_is_not_the_date_of_the_sale() -> None:
    rows = [
        (20, [(60, "PARKHAUS ALTSTADT")]),
        (45, [(60, "Schmiedstraße 9")]),
        (70, [(60, "90403 Nürnberg")]),
        (105, [(20, "Einfahrt 22.09.2025 18:58")]),
        (130, [(20, "Bezahlt 23.09.2025 09:15")]),
        (165, [(20, "Betrag EUR"), (260, "22,50")]),
        (190, [(20, "Gegeben"), (260, "50,00")]),
        (215, [(20, "Rückgeld"), (260, "27,50")]),
        (250, [(20, "Ausfahrt bis 23.09.2025 09:30")]),
    ]
    f = extract_document(doc_from_rows(rows, 600, 400)).fields
    assert f["date"].value == "2025-09-23" and f["total"].value == "22.50"
