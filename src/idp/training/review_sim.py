"""Correction records as reviewers would leave them, from ground-truth keys (for the learning-loop bench).

For a processed document with a known key (company, address, date, total as printed), the reviewer of
the simulation does what a person does in the Label Studio task: every shown region whose value is
right is left as pre-filled (confirmed); a wrong one is retyped with the key's value and its box moved
to where the value is printed (aligned in the OCR words); a value the pipeline missed is drawn and
typed; a shown value the key says is absent is deleted. Other shown fields are left untouched. The
annotation is merged by :func:`idp.annotation.merge.merge_review`, the code path ``idp review sync``
uses, and written the same way: a new result version and ``corrections/<doc_type>/<doc>.json``.
"""

from __future__ import annotations

from collections.abc import Mapping

from idp.annotation.adapters import ReviewedRegion, boxed_fields, prefill_text, region_id
from idp.annotation.merge import merge_review
from idp.annotation.records import CorrectionRecord, correction_key, write_record
from idp.annotation.sync import field_kinds
from idp.document import Document, Result, utc_now
from idp.extractors.layout import build_lines
from idp.pipeline.results import result_key, result_version_key
from idp.pipeline.store import Store
from idp.training.align import align_value
from idp.training.evaluate import SROIE_FIELDS, score_document
from idp.training.examples import document_from_ocr

REVIEWER = "simulated:learning-loop"
WORD_KEYS = ("date", "total")  # aligned to words of a line; the others to runs of lines


def _where(doc: Document | None, key: str, text: str) -> tuple[int, tuple[float, float, float, float]] | None:
    """(page, normalised box) of where ``text`` is printed, if the OCR words have it."""
    if doc is None:
        return None
    found = align_value(doc.lines, text, "words" if key in WORD_KEYS else "lines", min_score=0.7)
    if found is None:
        return None
    return found.page, doc.normalise_bbox(found.page, found.bbox)


def review_regions(
    result: Result, truth: Mapping[str, str | None], doc: Document | None
) -> dict[str, ReviewedRegion]:
    """The regions a reviewer leaves on the task of ``result`` given the document's key ``truth``."""
    shown = boxed_fields(result)
    right = {o.key: o.correct for o in score_document(result.document_id, result.fields, truth)}
    regions: dict[str, ReviewedRegion] = {}
    for name, fv in shown.items():  # left as pre-filled unless changed below
        assert fv.page is not None and fv.bbox is not None
        regions[name] = ReviewedRegion(
            field=name, text=prefill_text(fv), page=fv.page, bbox=fv.bbox, region_id=region_id(name)
        )
    for key, name in SROIE_FIELDS.items():
        if right.get(key):
            continue
        expected = (truth.get(key) or "").strip()
        if not expected:
            regions.pop(name, None)  # the key says the document has no such value: delete it
            continue
        before = result.fields.get(name)
        place = _where(doc, key, expected)
        if place is None and before is not None and before.page is not None and before.bbox is not None:
            place = (before.page, before.bbox)
        if place is None:
            place = (1, (0.0, 0.0, 1.0, 1.0))  # nothing to point at: the whole page
        regions[name] = ReviewedRegion(
            field=name, text=expected, page=place[0], bbox=place[1], region_id=region_id(name)
        )
    return regions


def simulate_review(
    store: Store, document_id: str, truth: Mapping[str, str | None], reviewer: str = REVIEWER
) -> CorrectionRecord:
    """Review the latest result of ``document_id`` against ``truth``; writes what review sync writes."""
    result = Result.model_validate(store.get_json(result_key(document_id)))
    doc = None
    if result.ocr_key is not None and store.exists(result.ocr_key):
        doc = build_lines(document_from_ocr(store.get_json(result.ocr_key), result.source))
    regions = review_regions(result, truth, doc)
    now = utc_now()
    kinds = field_kinds(str(result.doc_type.value))
    reviewed, record = merge_review(
        result, result.version, regions, boxed_fields(result), reviewer=reviewer, reviewed_at=now,
        task_id=0, annotation_id=0, annotation_updated_at=now, field_kinds=kinds,
    )  # fmt: skip
    payload = reviewed.model_dump(mode="json")
    store.put_json(result_version_key(document_id, reviewed.version), payload)
    write_record(store, correction_key(record.doc_type, document_id), record)
    store.put_json(result_key(document_id), payload)
    return record
