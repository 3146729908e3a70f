"""Pure adapters between the result contract and Label Studio's JSON, both directions.

Out: a result becomes a task (page image URLs, the reasons as text, ids) with one prediction whose regions
are the document's boxed fields: a ``rectanglelabels`` item (percent coordinates of the page, the page as
``item_index``) and a ``textarea`` item with the same region id holding the value, each scored with the
field's confidence. In: an annotation's ``result`` list becomes one :class:`ReviewedRegion` per field label.
No I/O here: the callers fetch and store.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from idp.annotation.labeling import IMAGE, LABELS, PAGES_KEY, REASONS, VALUE
from idp.document import BBox, FieldValue, Result

REGION_TYPES = ("rectanglelabels", "labels")  # "labels" when a config pairs Rectangle with Labels


class ReviewedRegion(BaseModel):
    """What a reviewer left for one field: the text typed (None: emptied) and where the value is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str
    text: str | None
    page: int
    bbox: BBox
    region_id: str


def region_id(field: str) -> str:
    """A stable region id per field (Label Studio pairs a rectangle and its TextArea by region id)."""
    return "f" + hashlib.sha1(field.encode()).hexdigest()[:9]


def prefill_text(field: FieldValue) -> str:
    """The text the TextArea starts with: the normalised value, else what was printed."""
    if field.value not in (None, ""):
        return str(field.value)
    return field.raw or ""


def boxed_fields(result: Result) -> dict[str, FieldValue]:
    """Fields that can be shown as a region: a page of the document and a box on it."""
    pages = {p.number for p in result.pages}
    return {
        name: field for name, field in result.fields.items() if field.page in pages and field.bbox is not None
    }


def bbox_to_percent(bbox: BBox) -> dict[str, float]:
    x0, y0, x1, y1 = bbox
    return {
        "x": round(x0 * 100.0, 4),
        "y": round(y0 * 100.0, 4),
        "width": round(max(x1 - x0, 0.0) * 100.0, 4),
        "height": round(max(y1 - y0, 0.0) * 100.0, 4),
        "rotation": 0,
    }


def percent_to_bbox(
    value: Mapping[str, Any], width: float | None = None, height: float | None = None
) -> BBox:
    """A region's normalised (x0, y0, x1, y1); a rotated region becomes its axis-aligned hull.

    Label Studio rotates a rectangle clockwise around its top-left corner, in pixels, so the page size
    (``original_width``/``original_height``) matters for rotated regions only."""
    x, y = float(value["x"]) / 100.0, float(value["y"]) / 100.0
    w, h = float(value["width"]) / 100.0, float(value["height"]) / 100.0
    angle = math.radians(float(value.get("rotation") or 0.0))
    if angle:
        sx, sy = (width or 1.0), (height or 1.0)
        cos, sin = math.cos(angle), math.sin(angle)
        corners = [(0.0, 0.0), (w * sx, 0.0), (w * sx, h * sy), (0.0, h * sy)]
        xs = [x + (cx * cos - cy * sin) / sx for cx, cy in corners]
        ys = [y + (cx * sin + cy * cos) / sy for cx, cy in corners]
        box = (min(xs), min(ys), max(xs), max(ys))
    else:
        box = (x, y, x + w, y + h)
    x0, y0, x1, y1 = (round(min(max(v, 0.0), 1.0), 5) for v in box)
    return (x0, y0, x1, y1)


def _reason_line(reason: str) -> str:
    kind, _, rest = reason.partition(":")
    if kind == "low_confidence":
        name, _, score = rest.partition(":")
        return f"{name}: low confidence ({score.replace('<', ' under ')})"
    if kind == "missing_field":
        return f"{rest}: not found: draw a box labelled '{rest}' and type its value"
    if kind == "validation_failed":
        return f"check failed: {rest}"
    if kind == "qa_sample":
        return "quality sample of an accepted document: check every field"
    if kind == "not_a_known_type":
        kind_name = rest.replace("_", " ")
        return f"titled as a {kind_name}: no invoice, receipt, claim or form; file it or set its type"
    if kind == "no_fields_extracted":
        return "no field was found: draw and type the fields the document has"
    return reason


def reasons_text(result: Result) -> str:
    """The reasons the reviewer sees, one per line, then the fields that have a value but no box."""
    reasons = list(result.review.reasons)
    if result.review.qa_sample and "qa_sample" not in reasons:
        reasons.append("qa_sample")
    lines = [_reason_line(r) for r in reasons] or ["sent to review"]
    boxed = boxed_fields(result)
    for name, field in sorted(result.fields.items()):
        if name not in boxed and field.value not in (None, ""):
            lines.append(f"{name} = {field.value} (no box: draw one labelled '{name}' to correct it)")
    return "\n".join(lines)


def model_version(result: Result) -> str:
    return "; ".join(f"{k}={v}" for k, v in sorted(result.models.items())) or "unknown"


def prediction_for(result: Result) -> dict[str, Any]:
    """The prediction of a result: one rectangle and one TextArea per boxed field, scored by confidence."""
    items: list[dict[str, Any]] = []
    sizes = {p.number: (p.width, p.height) for p in result.pages}
    fields = boxed_fields(result)
    for name, field in fields.items():
        assert field.page is not None and field.bbox is not None
        width, height = sizes[field.page]
        common = {
            "id": region_id(name),
            "to_name": IMAGE,
            "original_width": width,
            "original_height": height,
            "image_rotation": 0,
            "item_index": field.page - 1,
            "score": round(field.confidence, 4),
            "origin": "prediction",
        }
        box = bbox_to_percent(field.bbox)
        items.append(
            {
                **common,
                "from_name": LABELS,
                "type": "rectanglelabels",
                "value": {**box, "rectanglelabels": [name]},
            }
        )
        text = prefill_text(field)
        if text:
            items.append({**common, "from_name": VALUE, "type": "textarea", "value": {**box, "text": [text]}})
    score = min((f.confidence for f in fields.values()), default=result.doc_type.confidence)
    return {"model_version": model_version(result), "score": round(score, 4), "result": items}


def result_to_task(result: Result, page_urls: Sequence[str]) -> dict[str, Any]:
    """The task to import: data the labeling config reads, ids to find the document again, a prediction."""
    if len(page_urls) != len(result.pages):
        raise ValueError(f"{len(page_urls)} page URLs for a document of {len(result.pages)} pages")
    data = {
        PAGES_KEY: list(page_urls),
        REASONS: reasons_text(result),
        "document_id": result.document_id,
        "doc_type": str(result.doc_type.value),
        "source_name": result.source.name,
        "result_version": result.version,
        "qa_sample": result.review.qa_sample,
    }
    return {"data": data, "predictions": [prediction_for(result)]}


def _text(items: list[dict[str, Any]]) -> str | None:
    parts = [str(t) for item in items for t in (item.get("value", {}).get("text") or [])]
    text = "\n".join(p.strip() for p in parts if p.strip())
    return text or None


def annotation_to_regions(result: Sequence[Mapping[str, Any]]) -> dict[str, ReviewedRegion]:
    """The fields of an annotation's ``result`` list, by label.

    Items sharing an id form one region. A region without text means the reviewer emptied the value. When a
    label has several regions, the one with the prediction's id wins, else the first that has text."""
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in result:
        if item.get("id") is not None:
            by_id[str(item["id"])].append(dict(item))
    candidates: dict[str, list[ReviewedRegion]] = defaultdict(list)
    for rid, items in by_id.items():
        boxes = [i for i in items if i.get("type") in REGION_TYPES and i.get("to_name", IMAGE) == IMAGE]
        if not boxes:
            continue
        box = boxes[0]
        labels = box.get("value", {}).get(box["type"]) or []
        if not labels:
            continue
        texts = [i for i in items if i.get("type") == "textarea" and i.get("from_name", VALUE) == VALUE]
        bbox = percent_to_bbox(box["value"], box.get("original_width"), box.get("original_height"))
        page = int(box.get("item_index") or 0) + 1
        for label in labels:
            candidates[str(label)].append(
                ReviewedRegion(field=str(label), text=_text(texts), page=page, bbox=bbox, region_id=rid)
            )
    out = {}
    for label, regions in candidates.items():
        own = [r for r in regions if r.region_id == region_id(label)]
        with_text = [r for r in regions if r.text is not None]
        out[label] = (own or with_text or regions)[0]
    return out
