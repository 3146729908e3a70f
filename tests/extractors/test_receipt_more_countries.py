"""Till receipts of 30 more countries (set V's first score): their currency marks, totals in three
decimals, fiscal receipts' words, streets named without a street word, legal forms that open a name."""

from __future__ import annotations

import pytest

from idp.document import DocType
from idp.extractors import build_lines, classify, extract_document
from idp.extractors.country import resolve_currency
from idp.extractors.currency_marks import currency_marks
from idp.extractors.receipt_cues import address_like, legal_line
from idp.extractors.text_tidy import address_separators
from tests.extractors.builders import doc_from_rows


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["TOTAL JD 6.050"], "JOD"),
        (["TOTAL R.O. 13.605"], "OMR"),
        (["TOTAL KD 34.500"], "KWD"),
        (["TOTAL TTC 15,250 DT"], "TND"),
        (["TOTAL 329,00 DH"], "MAD"),
        (["Gross Amount: UGX 21,500", "Kampala, Uganda"], "UGX"),
        (["TOTAL TSh 48,500.00"], "TZS"),
        (["TOTAL J$ 4,180.00"], "JMD"),
        (["TOTAL RD$ 1,245.50"], "DOP"),
        (["TOTAL B/. 5.35"], "PAB"),
        (["TOTAL Q 100.00"], "GTQ"),
        (["TOTAL Bs 369.00"], "BOB"),
        (["C.I.F.: RO25122244", "IASI, JUD. IASI", "TOTAL 64.83"], "RON"),
        (["Thamel, Kathmandu", "GRAND TOTAL Rs 2,486.00"], "NPR"),
        (["Montevideo", "TOTAL $ 1.840,00"], "UYU"),
        (["Av. Cheikh Anta Diop, Fann", "Dakar - Sénégal", "TOTAL 3 050 FCFA"], "XOF"),
        (["1001 Tiranë", "NIPT: M40956965H", "TOTALI (Lek) 600.00"], "ALL"),
        (["Nassau", "TOTAL B$ 23.50"], "BSD"),
        (["Managua, Nicaragua", "TOTAL C$ 1,245.00"], "NIO"),
        (["SR 6% 1.20", "TOTAL RM 21.20"], "MYR"),  # SR: a Malaysian GST code, no Saudi riyal
    ],
)
def test_more_countries_currencies(texts: list[str], code: str) -> None:
    assert list(resolve_currency(currency_marks(texts), texts)) == [code]


def test_a_total_in_dinars_has_three_decimals() -> None:
    rows = [
        (20, [(60, "AL NOOR SUPERMARKET")]),
        (45, [(40, "Mecca Street, Building 112")]),
        (70, [(40, "Amman, Jordan")]),
        (95, [(20, "Date: 13/08/2025 15:11")]),
        (120, [(20, "PEPSI 2.25L 1 x 0.950 0.950")]),
        (145, [(20, "TOTAL JD 6.050")]),
        (170, [(20, "CASH 10.000")]),
        (195, [(20, "Thank you - Shukran")]),
    ]
    fields = extract_document(doc_from_rows(rows, 500, 400)).fields
    assert fields["currency"].value == "JOD" and fields["total"].value == "6.050"


@pytest.mark.parametrize(
    "lines",
    [
        [
            "KAVIAREN MODRÝ DVOR",
            "Modrý dvor s.r.o.",
            "POKLADNIČNÝ DOKLAD",
            "SPOLU EUR 15,80",
            "Ďakujeme za návštevu!",
        ],
        ["BRAUDHÚSID", "Brauðhúsið ehf.", "Sala nr. 82585", "Samtals 4.960 kr.", "Takk fyrir komuna!"],
        ["VITAMARKET", "TOTAL 64.83", "NUMERAR 70.00", "BON FISCAL", "LEI - VA MULTUMIM!"],
    ],
)
def test_slips_of_more_languages_are_receipts(lines: list[str]) -> None:
    rows = [(30 + 25 * i, [(20, text)]) for i, text in enumerate(lines)]
    assert classify(build_lines(doc_from_rows(rows, 500, 400))).value == DocType.receipt


def test_a_street_without_a_street_word_over_its_postcode() -> None:
    assert address_like("Ilica 142", "10000 Zagreb") and address_like("Panská 18", "811 01 Bratislava")
    assert not address_like("Dublin 8", "D08 X2V6")  # a district, not a house number
    assert not address_like("Table 12", "10000 Zagreb") and not address_like("Ilica 142")
    rows = [
        (20, [(60, "PEKARNICA ZRNO")]),
        (45, [(80, "ZRNO d.o.o.")]),
        (70, [(80, "Ilica 142")]),
        (95, [(80, "10000 Zagreb")]),
        (120, [(60, "OIB: 44321562265")]),
        (145, [(20, "Račun br: 6694/PJ1/1")]),
        (170, [(20, "Blagajnik: Ivana")]),
        (195, [(20, "UKUPNO EUR 10,50")]),
        (220, [(20, "Hvala i doviđenja!")]),
    ]
    assert (
        extract_document(doc_from_rows(rows, 500, 400)).fields["vendor_address"].value
        == "Ilica 142 10000 Zagreb"
    )


def test_a_whole_total_with_its_mark_after_it() -> None:
    rows = [
        (20, [(60, "PHARMACIE DE L'AVENUE")]),
        (45, [(40, "Analakely - Antananarivo 101")]),
        (70, [(20, "Ticket N° 857691 04/07/2025 12:35")]),
        (95, [(20, "COARTEM 80/480 B/6 1 × 24 500")]),
        (120, [(20, "TOTAL A PAYER 34 300 Ar")]),
        (145, [(20, "Espèces 35 000")]),
        (170, [(20, "Rendu 700")]),
    ]
    fields = extract_document(doc_from_rows(rows, 500, 400)).fields
    assert fields["currency"].value == "MGA" and fields["total"].value == "34300.00"


def test_legal_forms_of_more_countries_and_kept_abbreviations() -> None:
    assert legal_line('"Səbət Ticarət" MMC') and legal_line("TIRANA E RE sh.p.k.")
    assert legal_line("Travel Retail Bulgaria EOOD") and legal_line('SIA "Baltic Cab"')
    assert legal_line("Gadget House General Trading Co. W.L.L.") and legal_line("Brauðhúsið ehf.")
    assert (
        address_separators("STR. PACURARI NR. 121 IASI, JUD. IASI") == "STR. PACURARI NR. 121 IASI, JUD. IASI"
    )
    assert address_separators("28 0ktovriou Ave 112") == "28 Oktovriou Ave 112"
