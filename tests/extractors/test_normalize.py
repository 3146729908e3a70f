from __future__ import annotations

import pytest

from idp.extractors.normalize import (
    clean_text,
    find_amounts,
    find_currency,
    find_dates,
    normalize_amount,
    normalize_currency,
    normalize_date,
)
from idp.extractors.text_tidy import address_separators, tidy_name, tidy_punctuation
from idp.extractors.values import mend_text, normalise


@pytest.mark.parametrize(
    ("raw", "day_first", "iso"),
    [
        ("25/12/2018", None, "2018-12-25"),
        ("12/25/2018", None, "2018-12-25"),  # a part above 12 decides
        ("05/03/2018", True, "2018-03-05"),
        ("05/03/2018", False, "2018-05-03"),
        ("05/03/2018", None, "2018-03-05"),  # no evidence: day first
        ("12-01-19", True, "2019-01-12"),
        ("29-12-2017", None, "2017-12-29"),
        ("31.12.2019", None, "2019-12-31"),
        ("18/03/18", None, "2018-03-18"),
        ("3/8/2020", False, "2020-03-08"),
        ("2018-03-23", None, "2018-03-23"),
        ("20180304", None, "2018-03-04"),
        ("05 MAR 2018", None, "2018-03-05"),
        ("28 Mar 18", None, "2018-03-28"),
        ("5-Mar-2018", None, "2018-03-05"),
        ("March 5th, 2018", None, "2018-03-05"),
        ("Dec 25 2018", None, "2018-12-25"),
        ("12 OGOS 2018", None, "2018-08-12"),  # Malay month
        ("O9/O1/2019", None, "2019-01-09"),  # OCR O for 0
        ("Date: 25/12/2018 8:13:39 PM", None, "2018-12-25"),
        ("2025. 03. 27.", None, "2025-03-27"),  # Hungarian
    ],
)
def test_normalize_date(raw: str, day_first: bool | None, iso: str) -> None:
    assert normalize_date(raw, day_first) == iso


@pytest.mark.parametrize("raw", [None, "", "hello", "32/13/2018", "31/02/2019", "12:30", "99.99"])
def test_normalize_date_rejects(raw: str | None) -> None:
    assert normalize_date(raw) is None


def test_find_dates_in_text() -> None:
    assert [d[2] for d in find_dates("Date :10-03-201823:03:06 Closed 11-03-2018")] == [
        "10-03-2018",
        "11-03-2018",
    ]
    assert find_dates("TOTAL 12.30") == []


def test_a_whole_date_glued_to_a_lowercase_word_is_found_an_id_is_not() -> None:
    assert [d[2] for d in find_dates("Fattura n. 12 del19/08/2025")] == ["19/08/2025"]
    assert [d[2] for d in find_dates("Rechnung vom am12.03.2025")] == ["12.03.2025"]
    assert find_dates("INV2025/08/19") == find_dates("AB12/03/2025") == find_dates("ref12/03/25") == []


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("9.00", "9.00"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1 234.56", "1234.56"),
        ("RM 12.30", "12.30"),
        ("RM12.3", "12.30"),
        ("$8.20", "8.20"),
        ("€ 1.000.000,00", "1000000.00"),
        ("12,50", "12.50"),
        ("1,234", "1234.00"),
        ("5.59-", "-5.59"),
        ("-RM 0.02", "-0.02"),
        ("(12.00)", "-12.00"),
        ("6O.3O", "60.30"),
        ("l2.50", "12.50"),
        ("S8.20", "8.20"),
        ("7", "7.00"),
    ],
)
def test_normalize_amount(raw: str, value: str) -> None:
    assert normalize_amount(raw) == value


@pytest.mark.parametrize("raw", [None, "", "TOTAL", "-", "1234567890123456.00"])
def test_normalize_amount_rejects(raw: str | None) -> None:
    assert normalize_amount(raw) is None


def test_find_amounts_skips_quantities_and_reads_ocr_dollar() -> None:
    found = [raw for _, _, raw in find_amounts("2 x 100.00 TOTAL RM 60.31 ADJ -0.01 DISC 5.59- S8.20")]
    assert found == ["100.00", "RM 60.31", "-0.01", "5.59-", "$8.20"]


def test_a_naira_or_peso_sign_read_as_a_letter_keeps_the_whole_amount() -> None:
    found = [raw for _, _, raw in find_amounts("Sub-Total N1,461,000.00 VATable Sales P29,687.50")]
    assert [normalize_amount(raw) for raw in found] == ["1461000.00", "29687.50"]
    assert find_amounts("INP1.50 size m2.50") == []


def test_a_rand_glued_to_its_figure_keeps_it_whole_and_no_grouped_figure_loses_its_head() -> None:
    found = [raw for _, _, raw in find_amounts("TOTAL R4,969.90 VAT 15% R648.25")]
    assert [normalize_amount(raw) for raw in found] == ["4969.90", "648.25"]
    # a figure whose head OCR glued to a letter is no amount rather than its tail (969.90)
    assert find_amounts("X4,969.90") == []


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("RM", "MYR"),
        ("$", "USD"),
        ("US$", "USD"),
        ("S$", "SGD"),
        ("€", "EUR"),
        ("eur", "EUR"),
        ("£", "GBP"),
        ("usd", "USD"),
        ("RM9.00", "MYR"),
        ("₦1,461,000.00", "NGN"),
        ("₵250.00", "GHS"),
        ("TAX", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_currency(raw: str | None, code: str | None) -> None:
    assert normalize_currency(raw) == code


def test_find_currency_and_clean_text() -> None:
    assert find_currency("TOTAL RM 9.00") == "MYR"
    assert find_currency("Gross Total $620.00") == "USD"
    assert find_currency("TOTAL 9.00") is None
    assert clean_text("  : ACME\u00a0 SDN   BHD |") == "ACME SDN BHD"
    assert clean_text("（M）") == "(M)"
    assert clean_text(None) == ""


@pytest.mark.parametrize(
    ("read", "value"),
    [
        ("TAMAN AIR BIRU. 81700 PASIR GUDANG", "TAMAN AIR BIRU, 81700 PASIR GUDANG"),
        ("NO.32 & 33. JALAN SR 1/9. SEKSYEN 9", "NO.32 & 33, JALAN SR 1/9, SEKSYEN 9"),
        ("NO. 42, JALAN PBS", "NO. 42, JALAN PBS"),  # an abbreviation keeps its period
        ("LOT P.T. 2811, JALAN ANGSA", "LOT P.T. 2811, JALAN ANGSA"),
        ("JLN. AMPANG, S. ALAM", "JLN. AMPANG, S. ALAM"),
        ("KUALA LUMPUR.", "KUALA LUMPUR."),  # a period that ends the address stays
        ("NO.53,JALAN BESAR", "NO.53,JALAN BESAR"),  # no space after it: a number's or abbreviation's
        ("ul. Piotrkowska 154 90-063 Łódź", "ul. Piotrkowska 154 90-063 Łódź"),  # other languages' too
        ("Av. Insurgentes Sur 1602 Col. Roma", "Av. Insurgentes Sur 1602 Col. Roma"),
        ("32-10 QUEENS BLVD L.I.C., NY 11101", "32-10 QUEENS BLVD L.I.C., NY 11101"),  # an initial's period
        ("SELATAN., 84600 SEGAMAT", "SELATAN, 84600 SEGAMAT"),  # a period doubled with a comma
    ],
)
def test_address_separators(read: str, value: str) -> None:
    assert address_separators(read) == value


def test_address_normaliser_keeps_raw_and_mends_separators() -> None:
    assert normalise("address", " 27. JALAN DEDAP 13 ") == "27, JALAN DEDAP 13"
    assert normalise("text", "27. JALAN DEDAP 13") == "27. JALAN DEDAP 13"


@pytest.mark.parametrize(
    ("read", "value"),
    [
        ("S.H.H MOTOR ( SUNGAI RENGIT )", "S.H.H MOTOR (SUNGAI RENGIT)"),
        ("SEKSYEN U13 , 40170 SHAH ALAM", "SEKSYEN U13, 40170 SHAH ALAM"),
        ("LEBUHRAYA UTARA SELATAN., 84600", "LEBUHRAYA UTARA SELATAN, 84600"),
        ("UNIHAKKA INTERNATIONAL-SDN BHD", "UNIHAKKA INTERNATIONAL SDN BHD"),
        ("CO-OP MART", "CO-OP MART"),  # a hyphen that is no space before a legal form stays
    ],
)
def test_tidy_punctuation(read: str, value: str) -> None:
    assert tidy_punctuation(read) == value


@pytest.mark.parametrize(
    ("read", "value"),
    [
        ("S.H.H.MOTOR ( SUNGAI RENGIT ) SDN.BHD.", "S.H.H. MOTOR (SUNGAI RENGIT) SDN. BHD."),
        ("Guanghua Trading Co.Ltd", "Guanghua Trading Co. Ltd"),
        ("MR. D.I.Y. SDN BHD", "MR. D.I.Y. SDN BHD"),  # spaced already
        ("MR.D.I.Y.(M) SDN BHD", "MR.D.I.Y.(M) SDN BHD"),  # a bracket is no word
        ("shop.example.com", "shop.example.com"),
    ],
)
def test_a_names_initials_or_legal_abbreviation_run_into_the_next_word(read: str, value: str) -> None:
    assert tidy_name(read) == value


def test_a_dotted_legal_form_read_with_digits_is_mended() -> None:
    assert mend_text("Savinjska tehnika d.o.0.") == "Savinjska tehnika d.o.o."
    assert mend_text("Hurtownia Iskra Sp. z 0.0.") == "Hurtownia Iskra Sp. z o.o."
    assert mend_text("Atelier Weber & Fils S.à r.1.") == "Atelier Weber & Fils S.à r.l."
    assert mend_text("No.1. Jalan Besar") == "No.1. Jalan Besar"  # not a name's end


def test_spaces_dropped_after_an_ampersand_and_before_a_legal_form_are_put_back() -> None:
    assert mend_text("Jensen &HolmApS") == "Jensen & Holm ApS"
    assert mend_text("Lakeshore Physiotherapy &Wellness Inc.") == "Lakeshore Physiotherapy & Wellness Inc."
    assert mend_text("AT&T Inc.") == "AT&T Inc." and mend_text("Maps Ltd") == "Maps Ltd"
