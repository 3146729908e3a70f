"""Reviewed vendor names and addresses remembered, and readings snapped to them (value_memory.py)."""

from __future__ import annotations

import dataclasses

from idp.document import FieldValue
from idp.extractors.layout import build_lines
from idp.extractors.receipt_model import ReceiptModels, packaged_models
from idp.extractors.receipt_ranked import ranked_vendor_fields, remembered
from idp.extractors.value_memory import ValueMemory
from tests.extractors.builders import doc_from_rows

ADDRESS = "NO.32 & 33, JALAN SR 1/9, SEKSYEN 9, TAMAN SERDANG RAYA, 43300 SERI KEMBANGAN"
RECORDS = [
    {"company": "LIAN HING STATIONERY SDN BHD", "address": ADDRESS},
    {"company": "LIAN HING STATIONERY SDN BHD", "address": ADDRESS},
    {"company": "KEDAI RUNCIT ABC", "address": "NO 3, JALAN SATU, 81100 JOHOR"},
    {"company": "", "address": None},  # unknown or deleted values are not remembered
]
FIELDS = {"company": "vendor_name", "address": "vendor_address"}


def test_misreadings_snap_to_the_reviewed_value() -> None:
    memory = ValueMemory.build(RECORDS, FIELDS)
    assert memory.values["vendor_name"] == {"LIAN HING STATIONERY SDN BHD": 2, "KEDAI RUNCIT ABC": 1}
    snap = memory.match("vendor_name", "LJAN  HING STATIONERY SDN BHD")  # one letter, spaces, case
    assert snap is not None and snap.value == "LIAN HING STATIONERY SDN BHD" and snap.seen == 2
    assert 0 < snap.distance <= memory.max_distance
    read = "NO.32 & 33. JALAN SR 1/9. SEKSYEN 9. TAMAN SERDANG RAYA, 43300 SERI KEMBANGAN"
    assert memory.match("vendor_address", read).value == ADDRESS  # type: ignore[union-attr]
    assert memory.match("vendor_address", ADDRESS.lower()).distance == 0  # type: ignore[union-attr]


def test_other_places_and_other_names_do_not_snap() -> None:
    memory = ValueMemory.build(RECORDS, FIELDS)
    # the same street layout, another house number and postcode: another place
    assert (
        memory.match("vendor_address", ADDRESS.replace("32 & 33", "38 & 39").replace("43300", "43900"))
        is None
    )
    assert memory.match("vendor_name", "LIAN HUAT HARDWARE SDN BHD") is None
    assert memory.match("vendor_name", "") is None
    assert memory.match("date", "LIAN HING STATIONERY SDN BHD") is None  # fields are kept apart


def test_memory_round_trips_with_the_models() -> None:
    base = packaged_models()
    assert base is not None and base.memory is None  # the packaged models remember no one's vendors
    memory = ValueMemory.build(RECORDS, FIELDS, max_distance=0.1)
    models = ReceiptModels(base.vendor, base.address, base.vendor_conf, base.address_conf, memory=memory)
    again = ReceiptModels.from_dict(models.to_dict())
    assert again.memory == memory and again.memory.max_distance == 0.1
    assert "memory" not in base.to_dict()


def test_extraction_snaps_and_keeps_what_was_read() -> None:
    packaged = packaged_models()
    assert packaged is not None
    base = dataclasses.replace(packaged, lexicon=None)  # the memory alone
    rows = [
        (20, [(150, "LJAN HING STATIONERY SDN BHD")]),
        (45, [(220, "(123456-X)")]),
        (70, [(60, "NO.32 & 33. JALAN SR 1/9. SEKSYEN 9.")]),
        (95, [(60, "TAMAN SERDANG RAYA, 43300 SERI KEMBANGAN")]),
        (120, [(120, "TEL: 03-2145 8890")]),
        (165, [(20, "TOTAL"), (440, "RM 11.90")]),
    ]
    doc = build_lines(doc_from_rows(rows))
    plain = ranked_vendor_fields(doc, base)
    memory = ValueMemory.build(RECORDS, FIELDS)
    models = ReceiptModels(base.vendor, base.address, base.vendor_conf, base.address_conf, memory=memory)
    fields = ranked_vendor_fields(doc, models)
    name = fields["vendor_name"]
    assert plain["vendor_name"].value == "LJAN HING STATIONERY SDN BHD"
    assert name.value == "LIAN HING STATIONERY SDN BHD" and name.raw == "LJAN HING STATIONERY SDN BHD"
    assert name.source.endswith("+memory") and name.confidence >= max(0.9, plain["vendor_name"].confidence)
    assert name.bbox == plain["vendor_name"].bbox
    assert fields["vendor_address"].value == ADDRESS


def test_no_match_leaves_the_field_alone() -> None:
    field = FieldValue(value="SOMEWHERE ELSE", raw="SOMEWHERE ELSE", confidence=0.4, source="model:x")
    assert remembered("vendor_name", field, ValueMemory.build(RECORDS, FIELDS)) is field


def test_only_misreadings_snap() -> None:
    """Spacing alone snaps only to a spelling confirmed twice; a reading whose differing words are all
    known words or plain numbers is another value (another floor, another postcode), not a misreading."""
    records = [
        {"address": "NO: 28,JALAN ASTANA 1C, BANDAR BUKIT RAJA, 41050 KLANG"},
        {"address": "3RD FLR, AEON TAMAN MALURI SC JLN JEJAKA, 55100 KUALA LUMPUR"},
        {"address": "3RD FLR, AEON TAMAN MALURI SC JLN JEJAKA, 55100 KUALA LUMPUR"},
        {"address": "S117, SECOND FLOOR, AEON TEBRAU CITY, 81100 JOHOR BAHRU"},
        {"address": "NO.59 JALAN PERMAS 9/5 BANDAR BARU PERMAS JAYA 81750 JOHOR BAHRU"},
    ]
    memory = ValueMemory.build(records, {"address": "vendor_address"})
    # spacing seen once: a reviewer's habit as likely as the print
    assert memory.match("vendor_address", "NO: 28, JALAN ASTANA 1C, BANDAR BUKIT RAJA, 41050 KLANG") is None
    # spacing seen twice snaps
    snap = memory.match("vendor_address", "3RD FLR,AEON TAMAN MALURI SC JLN JEJAKA, 55100 KUALA LUMPUR")
    assert snap is not None and snap.value.startswith("3RD FLR, AEON")
    # known words and plain numbers: another value
    read = "3 FLOOR, AEON TAMAN MALURI SC JLN JEJAKA, 55100 KUALA LUMPUR"
    assert memory.match("vendor_address", read) is None
    read = "NO.59 JALAN PERMAS 9/5 BANDAR BARU PERMAS JAYA 81760 JOHOR BAHRU"
    assert memory.match("vendor_address", read) is None
    # an unknown word is a misreading, a letter in a postcode too
    read = "NO.59 JAIAN PERMAS 9/5 BANDAR BARU PERMAS JAYA B1750 JOHOR BAHRU"
    assert memory.match("vendor_address", read).value == records[4]["address"]  # type: ignore[union-attr]
    assert ValueMemory.from_dict(memory.to_dict()).min_seen_spacing == 2
