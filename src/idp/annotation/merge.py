"""Merging a review into a new result version, and the correction record beside it (pure functions).

Per field: a region whose text is still the pre-filled one is *confirmed* (value kept, reviewer and time
set); a changed text is a *correction* (value normalised again by the field's type, ``raw`` = what the
reviewer typed, source ``review:label-studio``); a shown region the reviewer deleted empties the field; a
region drawn for a field the task did not show adds or corrects it; fields neither shown nor drawn stay as
the pipeline wrote them.

A document whose policy asks for N independent approvals (``review.required_approvals``, set by routing from
configs/policies.yaml) is ``reviewed`` only once N distinct reviewers confirmed it; until then each merged
review is a new version that stays ``needs_review`` and lists the approvals so far (:func:`apply_approvals`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from idp.annotation.adapters import ReviewedRegion, prefill_text
from idp.annotation.records import CorrectionRecord, FieldCorrection
from idp.document import Approval, BBox, FieldValue, Result, Status, utc_now
from idp.extractors.normalize import clean_text, normalize_amount, normalize_currency, normalize_date

REVIEW_SOURCE = "review:label-studio"
_NORMALISERS = {"date": normalize_date, "amount": normalize_amount, "currency": normalize_currency}


def normalise_value(kind: str | None, text: str) -> tuple[str, bool]:
    """(value, parsed) of what a reviewer typed, for a field normalised as ``kind`` (a schema normaliser:
    date, amount, currency, text, ...). Text that does not parse is kept as typed, cleaned: the reviewer
    is the authority, and the correction record marks it ``normalised: false``."""
    cleaned = clean_text(text)
    normaliser = _NORMALISERS.get(kind or "")
    if normaliser is None:
        return cleaned, True
    value = normaliser(cleaned)
    return (value, True) if value is not None else (cleaned, False)


def _same_box(a: FieldValue | None, page: int, bbox: BBox, tolerance: float = 1e-3) -> bool:
    if a is None or a.bbox is None or a.page != page:
        return False
    return all(abs(x - y) <= tolerance for x, y in zip(a.bbox, bbox, strict=True))


def _review_field(
    before: FieldValue | None,
    region: ReviewedRegion | None,
    shown: bool,
    kind: str | None,
    reviewer: str,
    reviewed_at: str,
) -> FieldCorrection:
    stamp = {"reviewed_by": reviewer, "reviewed_at": reviewed_at}
    if region is None:
        if not shown:  # neither shown nor drawn: nobody looked at it
            return FieldCorrection(before=before, after=before, shown=False, changed=False)
        after = FieldValue(value=None, raw=None, confidence=1.0, source=REVIEW_SOURCE, **stamp)
        changed = before is not None and before.value not in (None, "")
        return FieldCorrection(before=before, after=after, shown=True, changed=changed, box_changed=True)
    box_changed = not _same_box(before, region.page, region.bbox)
    location = {"page": region.page, "bbox": region.bbox}
    if shown and before is not None and (region.text or "") == prefill_text(before):
        after = before.model_copy(update={"confidence": 1.0, **location, **stamp})
        return FieldCorrection(before=before, after=after, shown=True, changed=False, box_changed=box_changed)
    value, parsed = normalise_value(kind, region.text) if region.text else (None, True)
    after = FieldValue(
        value=value, raw=region.text, confidence=1.0, source=REVIEW_SOURCE, **location, **stamp
    )
    changed = before is None or before.value != value
    return FieldCorrection(
        before=before, after=after, shown=shown, changed=changed, box_changed=box_changed, normalised=parsed
    )


def merge_review(
    pushed: Result,
    latest_version: int,
    regions: Mapping[str, ReviewedRegion],
    shown: Iterable[str],
    *,
    reviewer: str,
    reviewed_at: str,
    task_id: int,
    annotation_id: int,
    annotation_updated_at: str,
    field_kinds: Mapping[str, str] | None = None,
) -> tuple[Result, CorrectionRecord]:
    """The reviewed result (version ``latest_version + 1``, status ``reviewed``) of the version that was
    pushed, and its correction record. ``field_kinds`` maps field names to their schema normaliser."""
    kinds = field_kinds or {}
    shown_set = set(shown)
    names = list(dict.fromkeys([*pushed.fields, *sorted(regions)]))
    corrections = {
        name: _review_field(
            pushed.fields.get(name),
            regions.get(name),
            name in shown_set,
            kinds.get(name),
            reviewer,
            reviewed_at,
        )
        for name in names
    }
    fields = {name: c.after for name, c in corrections.items() if c.after is not None}
    version = latest_version + 1
    reviewed = Result.model_validate(
        pushed.model_copy(
            update={
                "version": version,
                "created_at": utc_now(),
                "run_id": None,
                "status": Status.reviewed,
                "fields": fields,
                "review": pushed.review.model_copy(update={"task_id": task_id}),
            }
        ).model_dump(mode="json")
    )
    record = CorrectionRecord(
        document_id=pushed.document_id,
        doc_type=str(pushed.doc_type.value),
        source_name=pushed.source.name,
        task_id=task_id,
        annotation_id=annotation_id,
        annotation_updated_at=annotation_updated_at,
        reviewer=reviewer,
        reviewed_at=reviewed_at,
        qa_sample=pushed.review.qa_sample,
        reasons=list(pushed.review.reasons),
        version_before=pushed.version,
        version_after=version,
        models=dict(pushed.models),
        ocr_key=pushed.ocr_key,
        pages=list(pushed.pages),
        fields=corrections,
        created_at=utc_now(),
    )
    return reviewed, record


def distinct_approvals(approvals: Iterable[Approval]) -> list[Approval]:
    """The first approval of each reviewer, oldest first: the same reviewer twice counts once."""
    first: dict[str, Approval] = {}
    for approval in sorted(approvals, key=lambda a: (a.time, a.annotation_id or 0)):
        first.setdefault(approval.reviewer, approval)
    return list(first.values())


def apply_approvals(reviewed: Result, approvals: Sequence[Approval]) -> Result:
    """The reviewed version with its approvals recorded: ``reviewed`` once ``required_approvals`` distinct
    reviewers approved, else ``needs_review``. A document that needs at most one approval is unchanged."""
    needed = reviewed.review.required_approvals
    if needed <= 1:
        return reviewed
    distinct = distinct_approvals(approvals)
    status = Status.reviewed if len(distinct) >= needed else Status.needs_review
    review = reviewed.review.model_copy(update={"approvals": distinct})
    return reviewed.model_copy(update={"status": status, "review": review})
