"""What the pipeline and the review loop write to the audit trail, built from their own records.

The writers call one function each, after the artifact it describes is written and before the write that
marks the step done (the latest-result pointer, the `done` state of a merge), so a crash can repeat an entry
but never lose one. The review entries are written once per reviewed version even when a merge is redone.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from idp.governance.audit import AuditKind, AuditLog, Decision, pipeline_actor, reviewer_actor
from idp.pipeline.store import Store

if TYPE_CHECKING:  # the pipeline imports this module: keep the review loop's modules out of its workers
    from idp.annotation.records import CorrectionRecord, PushRecord
    from idp.document import FieldValue, QuarantineRecord, Result


def processing_decisions(
    result: Result, config_hash: str, previous_version: int | None = None, was_quarantined: bool = False
) -> list[Decision]:
    """`reprocessed` (for --force runs over an earlier result or quarantine record), `processed`, `routed`."""
    actor = pipeline_actor()
    decisions = []
    if previous_version is not None or was_quarantined:
        details = {"from_version": previous_version, "to_version": result.version, "run_id": result.run_id}
        decisions.append(
            Decision(AuditKind.reprocessed, actor, {**details, "was_quarantined": was_quarantined})
        )
    processed = {
        "version": result.version,
        "run_id": result.run_id,
        "status": result.status.value,
        "doc_type": result.doc_type.model_dump(mode="json"),
        "models": dict(result.models),
        "config_sha256": config_hash,
        "fields": {
            n: {"confidence": f.confidence, "source": f.source} for n, f in sorted(result.fields.items())
        },
        "line_items": [item.confidence for item in result.line_items],
        "validation_failed": [v.rule for v in result.validation if not v.passed],
        "pages": len(result.pages),
    }
    routed = {
        "version": result.version,
        "status": result.status.value,
        "review_required": result.review.required,
        "reasons": list(result.review.reasons),
        "qa_sample": result.review.qa_sample,
    }
    decisions.append(Decision(AuditKind.processed, actor, processed))
    decisions.append(Decision(AuditKind.routed, actor, routed))
    return decisions


def audit_processing(
    store: Store,
    result: Result,
    config_hash: str,
    previous_version: int | None = None,
    was_quarantined: bool = False,
) -> None:
    AuditLog(store).append(
        result.document_id, processing_decisions(result, config_hash, previous_version, was_quarantined)
    )


def audit_quarantine(store: Store, record: QuarantineRecord) -> None:
    details = {
        "reason": record.reason.value,
        "message": record.message,
        "file_name": record.file_name,
        "size_bytes": record.size_bytes,
        "run_id": record.run_id,
    }
    AuditLog(store).record(record.document_id, AuditKind.quarantined, pipeline_actor(), details)


def audit_push(store: Store, record: PushRecord) -> None:
    details = {
        "task_id": record.task_id,
        "project_id": record.project_id,
        "label_studio_url": record.label_studio_url,
        "doc_type": record.doc_type,
        "result_version": record.result_version,
        "qa_sample": record.qa_sample,
        "reasons": list(record.reasons),
        "fields": list(record.fields),
    }
    AuditLog(store).record(record.document_id, AuditKind.pushed_to_review, pipeline_actor(), details)


def _value(field: FieldValue | None) -> dict[str, Any] | None:
    if field is None:
        return None
    return field.model_dump(mode="json", include={"value", "raw", "confidence", "source", "page", "bbox"})


def review_decisions(correction: CorrectionRecord) -> list[Decision]:
    """`field_corrected` for each changed field, `field_confirmed` for each field a reviewer looked at and
    kept, then `reviewed` with the new version."""
    actor = reviewer_actor(correction.reviewer)
    decisions = []
    corrected = confirmed = 0
    for name, change in sorted(correction.fields.items()):
        common = {"field": name, "reviewer": correction.reviewer, "time": correction.reviewed_at}
        if change.changed:
            corrected += 1
            details = {**common, "before": _value(change.before), "after": _value(change.after)}
            details.update(box_changed=change.box_changed, normalised=change.normalised)
            decisions.append(Decision(AuditKind.field_corrected, actor, details))
        elif change.after is not None and change.after.reviewed_by:
            confirmed += 1
            details = {**common, "value": change.after.value, "box_changed": change.box_changed}
            decisions.append(Decision(AuditKind.field_confirmed, actor, details))
    reviewed = {
        "version": correction.version_after,
        "from_version": correction.version_before,
        "task_id": correction.task_id,
        "annotation_id": correction.annotation_id,
        "reviewer": correction.reviewer,
        "reviewed_at": correction.reviewed_at,
        "qa_sample": correction.qa_sample,
        "fields_corrected": corrected,
        "fields_confirmed": confirmed,
    }
    decisions.append(Decision(AuditKind.reviewed, actor, reviewed))
    return decisions


def audit_review(store: Store, correction: CorrectionRecord) -> bool:
    """Record a merged review, once per reviewed version (a merge finished after a crash is not recorded
    twice); whether entries were written."""
    log = AuditLog(store)
    for line in log.lines(correction.document_id):
        try:
            entry = json.loads(line)
            details = entry["details"]
        except (ValueError, KeyError, TypeError):  # a damaged line is verify's business, not the merge's
            continue
        if entry.get("kind") == AuditKind.reviewed and details.get("version") == correction.version_after:
            return False
    log.append(correction.document_id, review_decisions(correction))
    return True


def audit_approvals(store: Store, result: Result) -> int:
    """An `approved` entry for each approval of `result` (a merged review of a document that needs several
    approvals) not recorded before for its task; how many were written. Each names the approver, the time,
    the count so far and the count needed, and whether the document is now approved."""
    review = result.review
    if review.required_approvals <= 1 or not review.approvals:
        return 0
    log = AuditLog(store)
    recorded: set[str] = set()
    for line in log.lines(result.document_id):
        try:
            entry = json.loads(line)
            details = entry["details"]
        except (ValueError, KeyError, TypeError):
            continue
        if entry.get("kind") == AuditKind.approved and details.get("task_id") == review.task_id:
            recorded.add(str(details.get("reviewer")))
    decisions = []
    for n, approval in enumerate(review.approvals, start=1):
        if approval.reviewer in recorded:
            continue
        details = {
            "reviewer": approval.reviewer,
            "time": approval.time,
            "annotation_id": approval.annotation_id,
            "task_id": review.task_id,
            "version": result.version,
            "approval": n,
            "required_approvals": review.required_approvals,
            "approved": n >= review.required_approvals,
            "rules": list(review.rules),
        }
        decisions.append(Decision(AuditKind.approved, reviewer_actor(approval.reviewer), details))
    if decisions:
        log.append(result.document_id, decisions)
    return len(decisions)
