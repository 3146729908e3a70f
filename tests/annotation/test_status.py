"""`review status` from a store alone: queue, age, reviews per day, corrected share, QA error rate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from idp.annotation.adapters import annotation_to_regions, boxed_fields
from idp.annotation.merge import merge_review
from idp.annotation.records import PushRecord, correction_key, push_key, write_record
from idp.annotation.status import review_status
from idp.document import Result, ReviewInfo, Status
from idp.pipeline.results import result_key, result_version_key
from idp.pipeline.store import LocalStore

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def stamp(hours_ago: float) -> str:
    return (NOW - timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def put_result(store: LocalStore, result: Result) -> None:
    store.put_json(result_version_key(result.document_id, result.version), result.model_dump(mode="json"))
    store.put_json(result_key(result.document_id), result.model_dump(mode="json"))


def variant(result: Result, n: int, **update: Any) -> Result:
    return result.model_copy(update={"document_id": f"sha256:{n:064x}", **update})


def test_status_of_a_store(tmp_path: Path, receipt_result: Result, updated_payload: dict) -> None:
    store = LocalStore(tmp_path)
    waiting = variant(receipt_result, 1, created_at=stamp(30))
    pushed = variant(receipt_result, 2)
    accepted = variant(receipt_result, 3, status=Status.auto_accepted, review=ReviewInfo())
    qa = variant(receipt_result, 4, review=ReviewInfo(required=True, reasons=["qa_sample"], qa_sample=True))
    for result in (waiting, pushed, accepted, qa):
        put_result(store, result)
    record = PushRecord(
        document_id=pushed.document_id, doc_type="receipt", result_version=1, project_id=1, task_id=7,
        state="pushed", label_studio_url="http://ls", pushed_at=stamp(2),
    )  # fmt: skip
    write_record(store, push_key(pushed.document_id), record)
    annotation = updated_payload["annotation"]
    reviewed, correction = merge_review(
        qa, 1, annotation_to_regions(annotation["result"]), boxed_fields(qa), reviewer="r@example.com",
        reviewed_at=stamp(1), task_id=8, annotation_id=annotation["id"], annotation_updated_at=stamp(1),
    )  # fmt: skip
    put_result(store, reviewed)
    write_record(store, correction_key("receipt", qa.document_id), correction)

    status = review_status(store, now=NOW)
    assert status.results == 4
    assert status.by_status == {"auto_accepted": 1, "needs_review": 2, "reviewed": 1}
    assert (status.queue_not_pushed, status.queue_in_label_studio, status.queue) == (1, 1, 2)
    assert status.oldest_waiting_s == pytest.approx(30 * 3600)
    assert status.reviewed_per_day == {"2026-11-26": 1}
    # 4 fields shown + 1 drawn; total corrected, vendor_address emptied, currency added
    assert (status.fields_reviewed, status.fields_corrected) == (5, 3)
    assert (status.qa_documents, status.qa_fields, status.qa_fields_corrected) == (1, 5, 3)
    assert status.qa_error_rate == pytest.approx(0.6) and status.corrected_share == pytest.approx(0.6)


def test_status_of_an_empty_store(tmp_path: Path) -> None:
    status = review_status(LocalStore(tmp_path), now=NOW)
    assert status.queue == 0 and status.oldest_waiting_s is None and status.qa_error_rate is None
