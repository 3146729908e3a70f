"""Till receipts of Malaysia, Singapore and Brunei: the region's currencies, legal names and addresses."""

from __future__ import annotations

from functools import partial

from idp.document import DocType
from idp.extractors import extract_document
from idp.extractors.country import country_votes, resolve_currency
from idp.extractors.currency_marks import currency_marks
from idp.extractors.layout import build_lines
from idp.extractors.receipt_amounts import amount_fields
from idp.extractors.receipt_cues import legal_line, name_text
from idp.extractors.receipt_features import vendor_candidates
from idp.extractors.text_tidy import address_separators
from idp.extractors.word_lexicon import WordLexicon
from tests.extractors.builders import doc_from_rows


def test_a_country_named_in_capitals_reads_the_dollar() -> None:
    texts = ["BLK 725 ANG MO KIO AVE 6", "SINGAPORE 560725", "TOTAL (INCL GST) $12.00"]
    assert resolve_currency(currency_marks(texts), texts) == {"SGD": 0.5}
    assert country_votes(["TEL: +673 2208696"]) == {"BN": 1}  # read twice, counted once
    assert country_votes(["Tel: +673 2208696", "NEGARA BRUNEI DARUSSALAM."]) == {"BN": 3}


def test_brunei_dollars_and_a_photo_size_that_is_no_rand() -> None:
    assert currency_marks(["TOTAL B$ 88.60"]) == {"BND": 1.0}
    texts = ["Photo Print 4R 0.80", "Photo Print 5R 1.50", "Grand Total (RM) 66.05"]
    assert set(currency_marks(texts)) == {"MYR"}


def test_a_legal_name_with_its_registration_number_is_no_address() -> None:
    assert legal_line("SEGAR JAYA MART SDN BHD (607879-V)")
    assert legal_line("SYARIKAT CHUAN HENG JAYA HARDWARE")
    assert not legal_line("LOT 1234, JALAN BESAR SEMAMBU,")
    assert not legal_line("99 SPEED MART S/B (519537-X)")  # a figure in the name


def test_a_zero_read_for_an_o_inside_a_word() -> None:
    assert address_separators("8 KEPPEL BAY VIEW #02-05 SINGAP0RE 098417") == (
        "8 KEPPEL BAY VIEW #02-05 SINGAPORE 098417"
    )
    assert address_separators("K1A0B1 OTTAWA") == "K1A0B1 OTTAWA"
    assert address_separators("JALAN PERMAS B1750 MASAI") == "JALAN PERMAS B1750 MASAI"


def test_a_malay_till_receipt_with_no_english_cue() -> None:
    """A Brunei coffee shop's slip: JUMLAH, TUNAI, BAKI, TERIMA KASIH; the amount's code names the dollar."""
    rows = [
        (20, [(40, "KEDAI KOPI DAN MAKAN SRI TUTONG")]),
        (45, [(40, "BUS. REG: P/95284/2014")]),
        (70, [(40, "NO. 3, BANGUNAN HJ AHMAD,")]),
        (95, [(40, "JALAN ENCHE AWANG,")]),
        (120, [(40, "TUTONG TA1141, BRUNEI.")]),
        (145, [(40, "BIL: 07639 11-09-16 07:53")]),
        (180, [(20, "1 ROTI KAHWIN"), (260, "1.50")]),
        (205, [(20, "2 NASI KATOK"), (260, "2.00")]),
        (240, [(20, "JUMLAH BND"), (260, "3.50")]),
        (265, [(20, "TUNAI"), (260, "5.00")]),
        (290, [(20, "BAKI"), (260, "1.50")]),
        (325, [(60, "TERIMA KASIH")]),
    ]
    doc = extract_document(doc_from_rows(rows, 600, 400))
    assert doc.doc_type.value == DocType.receipt
    f = doc.fields
    assert f["total"].value == "3.50" and f["currency"].value == "BND"
    assert f["date"].value == "2016-09-11"
    assert f["vendor_address"].value == "NO. 3, BANGUNAN HJ AHMAD, JALAN ENCHE AWANG, TUTONG TA1141, BRUNEI."


def test_a_building_starts_the_address() -> None:
    rows = [
        (20, [(40, "PARKING SUTERA SDN BHD")]),
        (45, [(40, "(985538-A)")]),
        (70, [(40, "BASEMENT 2, MENARA SUTERA,")]),
        (95, [(40, "JALAN AMPANG HILIR 5,")]),
        (120, [(40, "50450 KUALA LUMPUR.")]),
        (145, [(40, "TAX INVOICE")]),
        (170, [(40, "ENTRY 16/03/18 10:32")]),
        (195, [(40, "EXIT 16/03/18 12:05")]),
        (230, [(20, "PARKING FEE"), (260, "10.38")]),
        (255, [(20, "GST 6%"), (260, "0.62")]),
        (280, [(20, "TOTAL RM"), (260, "11.00")]),
        (305, [(20, "CASH"), (260, "20.00")]),
        (330, [(20, "CHANGE"), (260, "9.00")]),
        (365, [(60, "THANK YOU")]),
    ]
    f = extract_document(doc_from_rows(rows, 600, 400)).fields
    assert f["vendor_address"].value == "BASEMENT 2, MENARA SUTERA, JALAN AMPANG HILIR 5, 50450 KUALA LUMPUR."
    assert f["total"].value == "11.00" and f["currency"].value == "MYR"


def test_a_receipt_whose_total_was_not_read_still_has_its_currency() -> None:
    rows = [(20, [(20, "TOTAL (GST incl.) SS81.00")]), (45, [(20, "NETS S$81.OO")])]  # both figures misread
    doc = build_lines(doc_from_rows(rows))
    fields = amount_fields(doc, "rule:receipt")
    assert "total" not in fields and fields["currency"].value == "SGD"


def test_a_registration_number_after_the_name_is_not_part_of_it() -> None:
    rows = [
        (20, [(40, "99 SPEED MART S/B (519537·X)")]),  # the number's hyphen read as a middle dot
        (45, [(40, "LOT P.T. 2811, JALAN ANGSA,")]),
        (70, [(40, "TAMAN BERKELEY 41150 KLANG, SELANGOR")]),
        (95, [(40, "GST ID NO : 000181747712")]),
        (120, [(40, "INVOICE NO : 18317/102/T0230")]),
        (145, [(40, "05-02-18 01:34PM")]),
        (180, [(20, "MILO 1KG"), (260, "26.90")]),
        (215, [(20, "TOTAL SALES (INCLUSIVE GST)"), (260, "RM26.90")]),
        (240, [(20, "CASH"), (260, "30.00")]),
        (265, [(20, "CHANGE"), (260, "3.10")]),
        (300, [(60, "THANK YOU. PLEASE COME AGAIN")]),
    ]
    assert extract_document(doc_from_rows(rows, 600, 400)).fields["vendor_name"].value == "99 SPEED MART S/B"


def test_the_owner_of_a_brand_is_named_without_its_label() -> None:
    assert name_text("DIMILIKI: BANH MI CAFE SDN BHD 1110644-W") == "BANH MI CAFE SDN BHD"
    assert name_text("Owned and operated by Kopi Lane Pte Ltd") == "Kopi Lane Pte Ltd"
    assert name_text("MILIKAN CAFE") == "MILIKAN CAFE"  # a word that starts like the label
    rows = [(40, [(200, "BANH MI CAFE")]), (70, [(120, "DIMILIKI: BANH MI CAFE SDN BHD 1110644-W")])]
    lines = build_lines(doc_from_rows(rows)).lines
    assert "BANH MI CAFE SDN BHD" in {c.text for c in vendor_candidates(lines)}


def test_digits_read_for_the_letters_of_a_known_address_word() -> None:
    lexicon = WordLexicon({"vendor_address": {"LOT": 5, "JALAN": 9, "SELANGOR": 1}})
    mend = partial(lexicon.mend, "vendor_address")
    assert mend("10T 1851-A & 1851-B, JA1AN KPB 6") == "LOT 1851-A & 1851-B, JALAN KPB 6"
    assert mend("NO 10T, JALAN") == "NO 10T, JALAN"  # a unit number where a number is expected
    assert mend("5E1ANGOR") == "5E1ANGOR"  # seen once: not enough
