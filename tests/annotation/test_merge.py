"""Merging the real webhook's annotation into the real result: a new version and a correction record."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from idp.annotation.adapters import annotation_to_regions, boxed_fields
from idp.annotation.merge import REVIEW_SOURCE, merge_review, normalise_value
from idp.config import schemas_dir
from idp.document import Result, Status

KINDS = {
    "vendor_name": "text",
    "vendor_address": "text",
    "date": "date",
    "total": "amount",
    "currency": "currency",
}
SCHEMA = json.loads((schemas_dir() / "result.v1.schema.json").read_text())


def merged(result: Result, payload: dict[str, Any], latest_version: int = 1) -> tuple[Result, Any]:
    annotation = payload["annotation"]
    return merge_review(
        result,
        latest_version,
        annotation_to_regions(annotation["result"]),
        boxed_fields(result),
        reviewer="reviewer@example.com",
        reviewed_at=annotation["updated_at"],
        task_id=payload["task"]["id"],
        annotation_id=annotation["id"],
        annotation_updated_at=annotation["updated_at"],
        field_kinds=KINDS,
    )


def test_reviewed_result_is_a_new_valid_version(receipt_result: Result, updated_payload: dict) -> None:
    reviewed, _ = merged(receipt_result, updated_payload, latest_version=3)
    assert reviewed.version == 4 and reviewed.status == Status.reviewed
    assert reviewed.review.task_id == updated_payload["task"]["id"]
    assert reviewed.review.reasons == receipt_result.review.reasons
    assert reviewed.document_id == receipt_result.document_id and reviewed.pages == receipt_result.pages
    jsonschema.validate(reviewed.model_dump(mode="json"), SCHEMA)


def test_each_field_is_confirmed_corrected_emptied_or_added(
    receipt_result: Result,
    updated_payload: dict,
) -> None:
    reviewed, record = merged(receipt_result, updated_payload)
    fields, before = reviewed.fields, receipt_result.fields
    reviewed_at = updated_payload["annotation"]["updated_at"]
    assert all(f.reviewed_by == "reviewer@example.com" for f in fields.values())
    assert all(f.reviewed_at == reviewed_at for f in fields.values())
    # confirmed: value, raw and source kept
    assert fields["vendor_name"].value == before["vendor_name"].value
    assert fields["vendor_name"].source == before["vendor_name"].source
    assert not record.fields["vendor_name"].changed and not record.fields["vendor_name"].box_changed
    # confirmed, but the box was moved: the new box is kept
    assert fields["date"].value == before["date"].value and record.fields["date"].box_changed
    assert fields["date"].bbox[0] == pytest.approx(before["date"].bbox[0] + 0.01, abs=1e-4)
    # corrected: the reviewer's text, normalised again
    total = fields["total"]
    assert (total.value, total.raw, total.source) == ("24.40", "24.40", REVIEW_SOURCE)
    assert record.fields["total"].changed and record.fields["total"].before.value == "23.40"
    # the region was deleted: the document has no such value
    assert fields["vendor_address"].value is None and record.fields["vendor_address"].changed
    # drawn by the reviewer: a new field, normalised as a currency
    assert (fields["currency"].value, fields["currency"].raw) == ("MYR", "RM")
    assert record.fields["currency"].before is None and not record.fields["currency"].shown


def test_correction_record_has_what_training_needs(receipt_result: Result, updated_payload: dict) -> None:
    _, record = merged(receipt_result, updated_payload)
    assert record.document_id == receipt_result.document_id and record.doc_type == "receipt"
    assert (record.version_before, record.version_after) == (1, 2)
    assert record.models == receipt_result.models and record.ocr_key == receipt_result.ocr_key
    assert record.pages[0].image_key == receipt_result.pages[0].image_key
    assert record.annotation_id == updated_payload["annotation"]["id"]
    assert record.fields["total"].before.bbox == receipt_result.fields["total"].bbox
    assert sum(c.changed for c in record.fields.values()) == 3


def test_fields_neither_shown_nor_drawn_stay_as_they_were(
    receipt_result: Result,
    updated_payload: dict,
) -> None:
    extra = receipt_result.fields["total"].model_copy(update={"value": "0.60", "bbox": None, "page": None})
    result = receipt_result.model_copy(update={"fields": {**receipt_result.fields, "tax": extra}})
    reviewed, record = merged(result, updated_payload)
    assert reviewed.fields["tax"] == extra and not record.fields["tax"].shown


@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        ("date", "15/03/2019", ("2019-03-15", True)),
        ("date", "2019-03-15", ("2019-03-15", True)),
        ("amount", "RM 1,234.50", ("1234.50", True)),
        ("currency", "€", ("EUR", True)),
        ("text", "  ACME  SDN BHD : ", ("ACME SDN BHD", True)),
        (None, "anything", ("anything", True)),
        ("date", "sometime in March", ("sometime in March", False)),
    ],
)
def test_typed_values_are_normalised_by_type(kind: str | None, typed: str, expected: tuple) -> None:
    assert normalise_value(kind, typed) == expected
