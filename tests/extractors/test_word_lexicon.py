"""Misread words of names and addresses mended by the words of reviewed values (word_lexicon.py)."""

from __future__ import annotations

import dataclasses

from idp.extractors.layout import build_lines
from idp.extractors.receipt_model import ReceiptModels, packaged_models
from idp.extractors.receipt_ranked import ranked_vendor_fields
from idp.extractors.word_lexicon import WordLexicon, substitution_cost
from tests.extractors.builders import doc_from_rows

FIELDS = {"company": "vendor_name", "address": "vendor_address"}
RECORDS = [
    {"company": "LIAN HING STATIONERY", "address": "NO 3, JALAN TAMPOI 7/4, 81200 JOHOR BAHRU, JOHOR"},
    {"company": "KEDAI LIAN SDN BHD", "address": "LOT 5, JALAN PERMAS 9, TAMAN PERMAS, 81750 JOHOR"},
    {"company": "TAMAN TEA HOUSE", "address": "12 JALAN TAMPOI, TAMAN PERMAS, 81200 JOHOR BAHRU"},
    {"company": None, "address": "SELANGOR"},  # seen once: not a word to mend to
]


def lexicon() -> WordLexicon:
    return WordLexicon.build(RECORDS, FIELDS)


def test_words_are_counted_once_per_document_and_per_field() -> None:
    words = lexicon().words
    assert words["vendor_address"]["JALAN"] == 3 and words["vendor_address"]["JOHOR"] == 3
    assert words["vendor_address"]["TAMAN"] == 2 and words["vendor_name"]["TAMAN"] == 1
    assert words["vendor_name"]["LIAN"] == 2 and "JALAN" not in words["vendor_name"]


def test_misread_letters_are_mended() -> None:
    lex = lexicon()
    read = "NO 8, JAIAN TAMPOL 7/4, TAMAK PERMÁS, 81200 JOHOR BAHRU"
    assert lex.mend("vendor_address", read) == "NO 8, JALAN TAMPOI 7/4, TAMAN PERMAS, 81200 JOHOR BAHRU"
    assert lex.mend("vendor_name", "LJAN HING") == "LIAN HING"
    assert lex.mend("vendor_address", "Jaian Tampol") == "Jalan Tampoi"  # the reading's case is kept


def test_known_rare_short_and_far_words_are_left_alone() -> None:
    lex = lexicon()
    assert lex.mend("vendor_address", "SCLANGOR") == "SCLANGOR"  # SELANGOR was seen in one document only
    assert lex.mend("vendor_address", "JOHOR") == "JOHOR"  # known
    assert lex.mend("vendor_address", "JXLXN") == "JXLXN"  # two letters that look nothing alike
    assert lex.mend("vendor_address", "JALANS") == "JALANS"  # another length
    assert lex.mend("vendor_address", "81Z00 LOT") == "81Z00 LOT"  # digits and short words
    assert lex.mend("vendor_name", "JAIAN") == "JAIAN"  # the fields' words are kept apart
    # a four-letter word is mended only across look-alike letters
    assert lex.mend("vendor_name", "LJAN") == "LIAN" and lex.mend("vendor_name", "LXAN") == "LXAN"


def test_a_tie_keeps_the_reading() -> None:
    lex = WordLexicon.build([{"address": "JALAN JALIN"}, {"address": "JALAN JALIN"}], FIELDS)
    assert lex.mend("vendor_address", "JALXN") == "JALXN"  # as far from JALAN as from JALIN, both seen twice


def test_substitution_costs() -> None:
    assert substitution_cost("PERMÁS", "PERMAS") == 0
    assert substitution_cost("JAIAN", "JALAN") == 0.5
    assert substitution_cost("TAMAK", "TAMAN") == 0.5
    assert substitution_cost("TAMPOX", "TAMPOI") == 1


def test_lexicon_round_trips_with_the_models_and_mends_ranked_fields() -> None:
    base = packaged_models()
    assert base is not None
    plain_models = dataclasses.replace(base, lexicon=None, memory=None)
    models = dataclasses.replace(plain_models, lexicon=lexicon())
    again = ReceiptModels.from_dict(models.to_dict())
    assert again.lexicon == models.lexicon
    rows = [
        (20, [(150, "LJAN HING STATIONERY SDN BHD")]),
        (45, [(220, "(123456-X)")]),
        (70, [(60, "NO 3, JAIAN TAMPOI 7/4,")]),
        (95, [(60, "81200 JOHOR BAHRU, JOHOR")]),
        (120, [(120, "TEL: 03-2145 8890")]),
        (165, [(20, "TOTAL"), (440, "RM 11.90")]),
    ]
    doc = build_lines(doc_from_rows(rows))
    plain = ranked_vendor_fields(doc, plain_models)
    fields = ranked_vendor_fields(doc, models)
    name, address = fields["vendor_name"], fields["vendor_address"]
    assert plain["vendor_name"].value == "LJAN HING STATIONERY SDN BHD"
    assert name.value == "LIAN HING STATIONERY SDN BHD" and name.raw == "LJAN HING STATIONERY SDN BHD"
    assert name.source.endswith(".vendor_name+lexicon") and name.bbox == plain["vendor_name"].bbox
    assert address.value == "NO 3, JALAN TAMPOI 7/4, 81200 JOHOR BAHRU, JOHOR"
    assert address.source.endswith("+lexicon") and "JAIAN" in (address.raw or "")
    assert not plain["vendor_address"].source.endswith("+lexicon")
