"""`idp review status`: the review queue and what reviews measured, from the store alone.

Queue: documents whose latest result waits for review, split into not pushed yet and waiting in Label Studio,
and the age of the oldest. Throughput: reviews per day. Quality: the share of reviewed fields a person
corrected, and the measured error rate of auto-accepted fields, from the QA sample (corrected QA fields over
QA fields shown). Nothing here calls Label Studio, so it works while Label Studio is down.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from idp.annotation.push import latest_results, wants_review
from idp.annotation.records import CorrectionRecord, PushRecord, push_key, read_record
from idp.annotation.sync import iso_utc
from idp.document import Result
from idp.pipeline.store import Store


class ReviewStatus(BaseModel):
    results: int = 0
    by_status: dict[str, int] = Field(default_factory=dict)
    queue_not_pushed: int = 0
    queue_in_label_studio: int = 0
    oldest_waiting_s: float | None = Field(
        default=None, description="age of the oldest document in the queue"
    )
    reviewed_per_day: dict[str, int] = Field(default_factory=dict, description="UTC date -> reviews merged")
    fields_reviewed: int = 0
    fields_corrected: int = 0
    corrected_share: float | None = None
    qa_documents: int = 0
    qa_fields: int = 0
    qa_fields_corrected: int = 0
    qa_error_rate: float | None = Field(default=None, description="corrected QA fields / QA fields shown")

    @property
    def queue(self) -> int:
        return self.queue_not_pushed + self.queue_in_label_studio


def _age_s(stamp: str, now: datetime) -> float:
    return (now - datetime.fromisoformat(iso_utc(stamp).replace("Z", "+00:00"))).total_seconds()


def review_status(store: Store, now: datetime | None = None) -> ReviewStatus:
    now = now or datetime.now(UTC)
    status = ReviewStatus()
    by_status: Counter[str] = Counter()
    ages: list[float] = []
    for key in latest_results(store):
        result = Result.model_validate(store.get_json(key))
        status.results += 1
        by_status[result.status.value] += 1
        if not wants_review(result):
            continue
        record = read_record(store, push_key(result.document_id), PushRecord)
        if record is not None and record.state == "pushed" and record.result_version == result.version:
            status.queue_in_label_studio += 1
            ages.append(_age_s(record.pushed_at, now))
        else:
            status.queue_not_pushed += 1
            ages.append(_age_s(result.created_at, now))
    status.by_status = dict(sorted(by_status.items()))
    status.oldest_waiting_s = round(max(ages), 1) if ages else None
    per_day: Counter[str] = Counter()
    for key in store.list("corrections"):
        if not key.endswith(".json"):
            continue
        record = read_record(store, key, CorrectionRecord)
        if record is None:
            continue
        per_day[record.reviewed_at[:10]] += 1
        shown = [c for c in record.fields.values() if c.shown or c.changed]
        corrected = sum(1 for c in shown if c.changed)
        status.fields_reviewed += len(shown)
        status.fields_corrected += corrected
        if record.qa_sample:
            status.qa_documents += 1
            status.qa_fields += len(shown)
            status.qa_fields_corrected += corrected
    status.reviewed_per_day = dict(sorted(per_day.items()))
    if status.fields_reviewed:
        status.corrected_share = round(status.fields_corrected / status.fields_reviewed, 4)
    if status.qa_fields:
        status.qa_error_rate = round(status.qa_fields_corrected / status.qa_fields, 4)
    return status
