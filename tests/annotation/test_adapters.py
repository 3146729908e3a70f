"""The adapters on real shapes: a result the pipeline wrote, and what Label Studio 1.23 sent back for it."""

from __future__ import annotations

from typing import Any

import pytest

from idp.annotation.adapters import (
    annotation_to_regions,
    bbox_to_percent,
    percent_to_bbox,
    prediction_for,
    reasons_text,
    region_id,
    result_to_task,
)
from idp.document import Result
from tests.annotation.conftest import load


def test_task_carries_pages_reasons_ids_and_a_prediction(receipt_result: Result) -> None:
    task = result_to_task(receipt_result, ["/data/local-files/?d=store/pages/x/1.jpg"])
    data = task["data"]
    assert data["pages"] == ["/data/local-files/?d=store/pages/x/1.jpg"]
    assert data["document_id"] == receipt_result.document_id
    assert data["result_version"] == 1 and data["doc_type"] == "receipt" and data["qa_sample"] is False
    assert "total: low confidence (0.71 under 0.80)" in data["reasons"]
    (prediction,) = task["predictions"]
    assert prediction["model_version"].startswith("extractor=")
    assert prediction["score"] == min(f.confidence for f in receipt_result.fields.values())


def test_each_boxed_field_is_a_rectangle_and_a_textarea_sharing_one_region_id(receipt_result: Result) -> None:
    items = prediction_for(receipt_result)["result"]
    assert len(items) == 2 * len(receipt_result.fields)
    for name, field in receipt_result.fields.items():
        pair = [i for i in items if i["id"] == region_id(name)]
        assert {i["type"] for i in pair} == {"rectanglelabels", "textarea"}
        box = next(i for i in pair if i["type"] == "rectanglelabels")
        text = next(i for i in pair if i["type"] == "textarea")
        assert box["value"]["rectanglelabels"] == [name] and text["value"]["text"] == [field.value]
        assert box["item_index"] == field.page - 1 and box["score"] == round(field.confidence, 4)
        assert box["original_width"] == receipt_result.pages[0].width
        assert box["value"]["x"] == pytest.approx(field.bbox[0] * 100)
        assert box["value"]["width"] == pytest.approx((field.bbox[2] - field.bbox[0]) * 100)


def test_page_urls_must_match_the_pages(receipt_result: Result) -> None:
    with pytest.raises(ValueError, match="page URLs"):
        result_to_task(receipt_result, [])


def test_fields_without_a_box_and_missing_fields_are_explained(receipt_result: Result) -> None:
    fields = dict(receipt_result.fields)
    fields["currency"] = fields["total"].model_copy(update={"value": "MYR", "bbox": None, "page": None})
    review = receipt_result.review.model_copy(
        update={"reasons": ["missing_field:tax", "validation_failed:x", "not_a_known_type:purchase_order"]}
    )
    result = receipt_result.model_copy(update={"fields": fields, "review": review})
    text = reasons_text(result)
    assert "tax: not found: draw a box labelled 'tax'" in text
    assert "check failed: x" in text
    assert "titled as a purchase order: no invoice, receipt, claim or form" in text
    assert "currency = MYR (no box" in text
    assert all(i["id"] != region_id("currency") for i in prediction_for(result)["result"])


def test_annotation_from_a_real_webhook(updated_payload: dict[str, Any], receipt_result: Result) -> None:
    regions = annotation_to_regions(updated_payload["annotation"]["result"])
    assert set(regions) == {"vendor_name", "date", "total", "currency"}  # vendor_address was deleted
    assert regions["total"].text == "24.40" and regions["total"].page == 1
    assert regions["currency"].text == "RM" and regions["currency"].region_id == "Xy12ab34Cd"
    assert regions["currency"].bbox == pytest.approx((0.60, 0.35, 0.68, 0.38))
    before = receipt_result.fields["date"].bbox
    assert regions["date"].bbox[0] == pytest.approx(before[0] + 0.01, abs=1e-4)
    assert regions["vendor_name"].bbox == pytest.approx(receipt_result.fields["vendor_name"].bbox, abs=1e-4)


def test_regions_on_a_later_page_keep_their_page() -> None:
    payload = load("webhook_two_pages.json")
    regions = annotation_to_regions(payload["annotation"]["result"])
    assert regions["total"].page == 1 and regions["date"].page == 2
    assert regions["date"].text == "2019-03-14"


def test_a_region_emptied_or_labelled_twice() -> None:
    box = {"x": 10, "y": 10, "width": 5, "height": 2, "rotation": 0}
    result = [
        {"id": "a", "from_name": "field", "to_name": "page", "type": "rectanglelabels",
         "value": {**box, "rectanglelabels": ["total"]}},
        {"id": "b", "from_name": "field", "to_name": "page", "type": "rectanglelabels",
         "value": {**box, "rectanglelabels": ["total"]}},
        {"id": "b", "from_name": "value", "to_name": "page", "type": "textarea",
         "value": {**box, "text": ["9.90"]}},
        {"id": "c", "from_name": "field", "to_name": "page", "type": "rectanglelabels",
         "value": {**box, "rectanglelabels": ["date"]}},
    ]  # fmt: skip
    regions = annotation_to_regions(result)
    assert regions["total"].text == "9.90" and regions["total"].region_id == "b"
    assert regions["date"].text is None


def test_percent_coordinates_round_trip_and_rotation_gives_the_hull() -> None:
    bbox = (0.1, 0.2, 0.4, 0.25)
    assert percent_to_bbox(bbox_to_percent(bbox)) == pytest.approx(bbox)
    # 90 degrees clockwise around the top-left corner, on a 1000 x 500 page: 300 x 25 px becomes 25 x 300 px
    rotated = {"x": 50.0, "y": 20.0, "width": 30.0, "height": 5.0, "rotation": 90}
    x0, y0, x1, y1 = percent_to_bbox(rotated, 1000, 500)
    assert (x0, y0) == pytest.approx((0.475, 0.2)) and (x1, y1) == pytest.approx((0.5, 0.8))
