"""Till receipts of more countries (set T's first score): their currencies, the words that say a slip is a
receipt, printed abbreviations, other countries' tax ids and legal forms, a name continued by ``&``."""

from __future__ import annotations

import pytest

from idp.document import DocType
from idp.extractors import build_lines, classify, extract_document
from idp.extractors.country import resolve_currency
from idp.extractors.currency_marks import currency_marks
from idp.extractors.receipt_cues import STREET, TAX_ID, legal_line
from idp.extractors.text_tidy import address_separators, tidy_punctuation
from tests.extractors.builders import doc_from_rows


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["TOTAL KSh 2,484.00"], "KES"),
        (["TOTAL KSH 1,850.00"], "KES"),  # set RA: the shilling in capitals
        (["المبلغ المستحق: 2,101.275 دينار بحريني"], "BHD"),  # set AU: currencies named in words
        (["Итого 785 500,00 тенге"], "KZT"),
        (["Нийт 18,804,500.00 төгрөг"], "MNT"),
        (["جمع کل 778,855,000 ریال"], "IRR"),
        (["الإجمالي ) جنيه مصري 76,613.70 ("], "EGP"),
        (["कुल रकम (Grand Total) रु. 5,19,800.00", "काठमाडौं, नेपाल"], "NPR"),  # the rupee in Devanagari
        (["Net Payable Tk 1040.00"], "BDT"),
        (["TOTAL LE 130.00"], "EGP"),
        (["IMPORTE TOTAL S/ 18.70"], "PEN"),
        (["TOTAL W78,000", "Approved amount 78,000 won"], "KRW"),
        (["TOTAL N42,262.50"], "NGN"),  # the naira's bars lost
        (["No. 245, Galle Road,", "NET TOTAL Rs. 6,792.50"], "LKR"),
        (["C.U.I.T. Nro.: 30-49561748-9", "C1204AAQ - C.A.B.A.", "TOTAL $ 12.600,00"], "ARS"),
    ],
)
def test_more_countries_currencies(texts: list[str], code: str) -> None:
    assert list(resolve_currency(currency_marks(texts), texts)) == [code]


def test_words_that_are_no_currency() -> None:
    assert currency_marks(["LE MANS 24 HEURES", "S/N 12345", "the won 5"]) == {}


@pytest.mark.parametrize(
    "lines",
    [
        ["ALFÖLD TANK", "Alföld-Tank Kft.", "NYUGTA", "ÖSSZESEN: 23 617 Ft", "KÖSZÖNJÜK A VÁSÁRLÁST!"],
        ["Koivun Kauppa Oy", "YHTEENSÄ (5 kpl) 14,61", "KORTTI 14,61", "KIITOS KÄYNNISTÄ!"],
        ["Apotheke zum Goldenen Hirschen", "Beleg-Nr. 33834 Kasse 2", "SUMME EUR 40,20", "Bankomat 40,20"],
        # set RA: a Dutch shop's bon paid by PIN
        [
            "RIJWIELHANDEL DE SPAAK",
            "Bon 715005 11-07-2025",
            "Totaal € 62,40",
            "PIN 62,40",
            "Maestro Kaart xxxx 1173",
            "Autorisatiecode 718528",
            "Bedankt!",
        ],
    ],
)
def test_short_slips_in_other_languages_are_receipts(lines: list[str]) -> None:
    rows = [(30 + 25 * i, [(20, text)]) for i, text in enumerate(lines)]
    assert classify(build_lines(doc_from_rows(rows, 500, 400))).value == DocType.receipt


def test_abbreviations_keep_their_periods() -> None:
    assert tidy_punctuation("Guanghua Digital Trading Co., Ltd.") == "Guanghua Digital Trading Co., Ltd."
    assert address_separators("123 Aurora Blvd., Brgy. Kaunlaran, Quezon City") == (
        "123 Aurora Blvd., Brgy. Kaunlaran, Quezon City"
    )
    assert address_separators("BAĞDAT CAD. NO:312 KADIKÖY") == "BAĞDAT CAD. NO:312 KADIKÖY"
    assert address_separators("TAMAN AIR BIRU. 81700 PASIR GUDANG") == "TAMAN AIR BIRU, 81700 PASIR GUDANG"
    assert tidy_punctuation("JALAN SELATAN., 84600") == "JALAN SELATAN, 84600"
    assert address_separators("AV. J0SÉ LARCO 812") == "AV. JOSÉ LARCO 812"


def test_other_countries_legal_forms_and_street_words() -> None:
    assert legal_line("Literární dům s.r.o.") and legal_line("Alföld-Tank Kft.")
    assert legal_line("CORPORACIÓN EL PASO S.A.C.")
    assert STREET.search("Hämeentie 21") and STREET.search("Izsáki út 14.")


def test_an_address_ends_at_a_tax_id_and_a_name_runs_on_after_an_ampersand() -> None:
    rows = [
        (20, [(60, "GOLDEN CRUST BAKERS")]),
        (45, [(120, "& SWEETS")]),
        (70, [(40, "Rue de la Régence 12")]),
        (95, [(40, "1000 Bruxelles")]),
        (120, [(40, "TVA BE 0487.098.369")]),
        (145, [(20, "TOTAL EUR 41,20")]),
        (170, [(20, "Merci de votre visite")]),
    ]
    fields = extract_document(doc_from_rows(rows, 500, 400)).fields
    assert fields["vendor_name"].value == "GOLDEN CRUST BAKERS & SWEETS"
    assert fields["vendor_address"].value == "Rue de la Régence 12 1000 Bruxelles"
    assert TAX_ID.search("R.U.T.: 76.515.007-3")  # Chile's tax id with its periods (set RA)


def test_the_net_payable_is_the_total_not_the_cash_handed_over() -> None:
    rows = [
        (20, [(60, "GOLDEN CRUST BAKERS")]),
        (45, [(20, "GST @ 18% 716.95")]),
        (70, [(20, "NET PAYABLE RS. 4,701.00")]),
        (95, [(20, "Cash Received 4,800.00")]),
        (120, [(20, "Balance 99.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 500, 400)).fields["total"].value == "4701.00"


def test_a_tip_added_on_the_card_slip_is_part_of_what_was_paid() -> None:
    """``Amount: $125.32`` / ``+ Tip: $21.00`` / ``= Total: $146.32``: the total paid, not the bill."""
    rows = [
        (20, [(60, "BAYOU BELLE CAFE")]),
        (45, [(20, "Subtotal 114.50")]),
        (70, [(20, "Tax 9.45% 10.82")]),
        (95, [(20, "Amount 125.32")]),
        (120, [(20, "AMEX ************6372 Chip")]),
        (145, [(20, "Amount: $125.32")]),
        (170, [(20, "+ Tip: $21.00")]),
        (195, [(20, "= Total: $146.32")]),
        (220, [(20, "18%=$20.61 20%=$22.90")]),
    ]
    assert extract_document(doc_from_rows(rows, 500, 400)).fields["total"].value == "146.32"


def test_a_total_in_won_has_no_cents() -> None:
    rows = [
        (20, [(60, "Hanok Garden BBQ")]),
        (33, [(80, "[ RECEIPT ]")]),
        (45, [(20, "Seoul 06236")]),
        (70, [(20, "Samgyeopsal 200g 2 17,000 34,000")]),
        (95, [(20, "TOTAL W78,000")]),
        (120, [(20, "Approved amount 78,000 won")]),
        (145, [(20, "Thank you, come again")]),
    ]
    fields = extract_document(doc_from_rows(rows, 500, 400)).fields
    assert fields["currency"].value == "KRW" and fields["total"].value == "78000.00"


def test_the_taxes_total_is_no_total_in_guaranies() -> None:
    """``TOTAL A PAGAR GS. 61.000`` ... ``Total IVA 4.979`` (Paraguay): the last total names a tax."""
    rows = [
        (20, [(60, "SUPERMERCADO ÑANDUTÍ")]),
        (45, [(20, "Asunción - Paraguay")]),
        (70, [(20, "Yerba Kurupí 500g 1 15.900 10% 15.900")]),
        (95, [(20, "TOTAL A PAGAR GS. 61.000")]),
        (120, [(20, "Efectivo 100.000")]),
        (145, [(20, "Vuelto 39.000")]),
        (170, [(20, "IVA 10% 4.355")]),
        (195, [(20, "Total IVA 4.979")]),
    ]
    fields = extract_document(doc_from_rows(rows, 500, 400)).fields
    assert (fields["currency"].value, fields["total"].value) == ("PYG", "61000.00")
