"""`idp review sync` (and the webhook): finished annotations become reviewed result versions.

For each pushed task, the latest annotation that was not skipped is merged into a new version of the result
(``results/<doc>/v<N+1>.json`` and ``results/<doc>.json``, status ``reviewed``) with a correction record under
``corrections/<doc_type>/<doc>.json``. ``review/synced/<doc>.json`` keeps every merged (annotation id,
updated_at): an annotation is merged once, an annotation updated later is merged again as a newer version.
The entry is written `pending` with its version number before the result, so a merge cut short is finished
by the next sync with the same version number instead of adding another. Everything lives in the store, so
restarting Label Studio (or this process) loses nothing.

A document whose policy needs N approvals counts the distinct users who completed a submitted annotation of
its task (``completed_by``; the same reviewer twice counts once): the merged version stays ``needs_review``
until N have, and each new approver gets an ``approved`` audit entry.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field

from idp.annotation.adapters import annotation_to_regions
from idp.annotation.client import LabelStudioClient
from idp.annotation.merge import apply_approvals, distinct_approvals, merge_review
from idp.annotation.records import (
    MergedAnnotation,
    PushRecord,
    SyncRecord,
    correction_key,
    push_key,
    read_record,
    sync_key,
    write_record,
)
from idp.document import Approval, Result, utc_now
from idp.governance.audit_events import audit_approvals, audit_review
from idp.governance.rollup_write import write_review_rollup
from idp.pipeline.results import result_key, result_version_key
from idp.pipeline.store import Store

logger = logging.getLogger(__name__)


class SyncReport(BaseModel):
    merged: list[str] = Field(default_factory=list, description="document ids given a reviewed version")
    unchanged: int = Field(default=0, description="tasks whose latest annotation was merged before")
    waiting: int = Field(default=0, description="pushed tasks with no finished annotation yet")


def iso_utc(value: Any) -> str:
    """Label Studio's timestamps in one spelling (the API and webhooks differ in precision and zone)."""
    moment = (
        value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def latest_annotation(annotations: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The newest annotation that was submitted (skipped ones are `was_cancelled`)."""
    done = [a for a in annotations if not a.get("was_cancelled") and a.get("id") is not None]
    return max(
        done, key=lambda a: (iso_utc(a.get("updated_at") or a.get("created_at")), a["id"]), default=None
    )


def _user_id(value: Any) -> int | None:
    if isinstance(value, dict):  # some payloads expand the user
        value = value.get("id")
    return int(value) if value is not None else None


def task_approvals(client: LabelStudioClient, annotations: Sequence[dict[str, Any]]) -> list[Approval]:
    """One approval per distinct user who completed a submitted (not skipped) annotation, oldest first."""
    approvals = []
    for a in annotations:
        user = _user_id(a.get("completed_by"))
        if a.get("was_cancelled") or a.get("id") is None or user is None:
            continue
        when = iso_utc(a.get("created_at") or a.get("updated_at"))
        approvals.append(Approval(reviewer=client.user_label(user), time=when, annotation_id=int(a["id"])))
    return distinct_approvals(approvals)


def field_kinds(doc_type: str) -> dict[str, str]:
    """Field -> normaliser (date, amount, currency, ...) from the document type's schema; {} without one."""
    try:
        from idp.extractors.schema import load_doc_type_schemas

        schema = load_doc_type_schemas().get(doc_type)
    except (ImportError, ValueError) as exc:
        logger.warning("document-type schemas unavailable (%s); corrected values are kept as typed", exc)
        return {}
    return {f.name: f.norm for f in schema.fields} if schema is not None else {}


def write_review_event(store: Store, result: Result) -> None:
    """One line for upstream case systems, as a batch run writes for each finished document."""
    now = utc_now()
    run_id = f"review-{now[:19].replace('-', '').replace(':', '')}-{secrets.token_hex(3)}"
    event = {
        "document_id": result.document_id,
        "name": result.source.name,
        "status": result.status.value,
        "doc_type": str(result.doc_type.value),
        "key": result_key(result.document_id),
        "run_id": run_id,
        "time": now,
    }
    store.put(
        f"events/{now[:10]}/{run_id}.jsonl", (json.dumps(event) + "\n").encode(), "application/x-ndjson"
    )


def merge_task(
    store: Store,
    client: LabelStudioClient,
    record: PushRecord,
    annotations: Sequence[dict[str, Any]] | None = None,
) -> Result | None:
    """Merge the latest annotation of a pushed task, unless it was merged before; the new result or None.

    ``annotations`` as listed by the API (fetched when not given)."""
    if record.task_id is None or record.state != "pushed":
        return None
    if annotations is None:
        annotations = client.task_annotations(record.task_id)
    annotation = latest_annotation(annotations)
    if annotation is None:
        return None
    annotation_id, updated_at = (
        int(annotation["id"]),
        iso_utc(annotation.get("updated_at") or annotation["created_at"]),
    )
    doc_id = record.document_id
    sync = read_record(store, sync_key(doc_id), SyncRecord) or SyncRecord(
        document_id=doc_id, task_id=record.task_id
    )
    entry = sync.find(annotation_id, updated_at)
    if entry is not None and entry.state == "done":
        return None
    pushed = Result.model_validate(store.get_json(result_version_key(doc_id, record.result_version)))
    if entry is None:
        latest_version = int(store.get_json(result_key(doc_id))["version"])
        user = _user_id(annotation.get("updated_by") or annotation.get("completed_by"))
        reviewer = client.user_label(user) if user is not None else "label-studio-user:unknown"
        entry = MergedAnnotation(
            annotation_id=annotation_id, updated_at=updated_at, version=latest_version + 1, state="pending",
            reviewer=reviewer, merged_at=utc_now(),
        )  # fmt: skip
        sync = sync.model_copy(update={"task_id": record.task_id, "merged": [*sync.merged, entry]})
        write_record(store, sync_key(doc_id), sync)
    reviewed, correction = merge_review(
        pushed,
        entry.version - 1,
        annotation_to_regions(annotation.get("result") or []),
        record.fields,
        reviewer=entry.reviewer,
        reviewed_at=updated_at,
        task_id=record.task_id,
        annotation_id=annotation_id,
        annotation_updated_at=updated_at,
        field_kinds=field_kinds(record.doc_type),
    )
    if reviewed.review.required_approvals > 1:
        reviewed = apply_approvals(reviewed, task_approvals(client, annotations))
    payload = reviewed.model_dump(mode="json")
    store.put_json(result_version_key(doc_id, reviewed.version), payload)
    write_record(store, correction_key(record.doc_type, doc_id), correction)
    write_review_rollup(store, correction, pushed.created_at)  # reports/rollups/reviews/ for `idp report`
    store.put_json(result_key(doc_id), payload)
    audit_review(store, correction)
    audit_approvals(store, reviewed)
    done = entry.model_copy(update={"state": "done", "merged_at": utc_now()})
    merged = [
        done if m.annotation_id == annotation_id and m.updated_at == updated_at else m for m in sync.merged
    ]
    write_record(store, sync_key(doc_id), sync.model_copy(update={"merged": merged}))
    write_review_event(store, reviewed)
    logger.info(
        "merged annotation %s of task %s into %s v%s", annotation_id, record.task_id, doc_id, reviewed.version
    )
    return reviewed


def push_records(store: Store) -> list[PushRecord]:
    out = []
    for key in store.list("review/tasks"):
        if key.endswith(".json"):
            record = read_record(store, key, PushRecord)
            if record is not None:
                out.append(record)
    return out


def sync_reviews(store: Store, client: LabelStudioClient) -> SyncReport:
    """Merge every finished annotation of every pushed task that was not merged yet."""
    report = SyncReport()
    by_project: dict[int, dict[int, PushRecord]] = defaultdict(dict)
    for record in push_records(store):
        if record.state == "pushed" and record.task_id is not None:
            by_project[record.project_id][record.task_id] = record
    for project_id, records in sorted(by_project.items()):
        seen: set[int] = set()
        for task in client.annotated_tasks(project_id):
            record = records.get(task["id"])
            if record is None:  # a task of an older push of the document, or not ours
                continue
            seen.add(task["id"])
            if latest_annotation(task["annotations"]) is None:
                report.waiting += 1
            elif merge_task(store, client, record, task["annotations"]) is not None:
                report.merged.append(record.document_id)
            else:
                report.unchanged += 1
        report.waiting += len(set(records) - seen)
    return report


def record_for_task(store: Store, document_id: str, task_id: int) -> PushRecord | None:
    """The push record of a document, if `task_id` is its current task (webhooks name both)."""
    record = read_record(store, push_key(document_id), PushRecord)
    return record if record is not None and record.task_id == task_id else None
