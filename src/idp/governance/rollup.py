"""Incremental metric rollups: what reports add up instead of reading every result.

    reports/rollups/runs/<run_id>.json                    one per batch run, written at its end
    reports/rollups/reviews/<day>/<doc>-<annotation>.json one per merged review (sync or webhook)

A run rollup holds, per (day, document type), the counts, pages, stage times and per-field confidence sums of
the documents the run finished, plus the short list of documents it routed to review (the review queue is
those minus the reviewed ones). A review rollup holds one review: which fields were shown and which a person
corrected. Both are small, written whole, and idempotent (the same run or merge writes the same key), so
reports merge them at read time: O(runs + reviews) reads, not O(documents).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from idp.document import Result, id_to_key

ROLLUP_PREFIX = "reports/rollups"
RUNS_PREFIX = f"{ROLLUP_PREFIX}/runs"
REVIEWS_PREFIX = f"{ROLLUP_PREFIX}/reviews"
_FLAGGED = re.compile(r"^(?:low_confidence|missing_field):([^:\[]+)")


class _Rollup(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldSums(_Rollup):
    count: int = Field(default=0, description="documents where the field had a value")
    confidence_sum: float = 0.0
    auto: int = Field(default=0, description="values that did not send the document to review")

    def add(self, other: FieldSums) -> None:
        self.count += other.count
        self.confidence_sum += other.confidence_sum
        self.auto += other.auto


class Bucket(_Rollup):
    """Documents of one type finished on one UTC day (by their result's created_at)."""

    day: str
    doc_type: str
    documents: int = 0
    pages: int = 0
    auto_accepted: int = Field(default=0, description="routed straight through, QA samples included")
    needs_review: int = Field(default=0, description="routed to review for a reason (QA samples excluded)")
    qa_sampled: int = 0
    stage_ms: dict[str, float] = Field(default_factory=dict)
    fields: dict[str, FieldSums] = Field(default_factory=dict)


class Routed(_Rollup):
    """A document version that waits for a person from `at` until a review of that version is merged."""

    doc: str = Field(description="document key (sha256 hex)")
    doc_type: str
    version: int
    at: str
    qa: bool = False
    sla_hours: float | None = Field(
        default=None, description="the policy rule's SLA; None: the type's default"
    )


class RunRollup(_Rollup):
    format: Literal["idp.rollup.run/1"] = "idp.rollup.run/1"
    run_id: str
    started_at: str
    finished_at: str
    duration_s: float
    workers: int
    files: int
    pages: int
    processed: int
    skipped: int
    quarantined: dict[str, int] = Field(default_factory=dict, description="reason -> documents")
    stage_ms_total: dict[str, float] = Field(default_factory=dict)
    buckets: list[Bucket] = Field(default_factory=list)
    routed: list[Routed] = Field(default_factory=list)
    cleared: list[Routed] = Field(
        default_factory=list,
        description="reprocessed documents (version > 1) now auto-accepted: off the queue",
    )


class ReviewedField(_Rollup):
    shown: bool
    changed: bool
    confidence: float | None = Field(default=None, description="the pipeline's confidence before review")


class ReviewRollup(_Rollup):
    format: Literal["idp.rollup.review/1"] = "idp.rollup.review/1"
    doc: str
    doc_type: str
    reviewer: str
    reviewed_at: str
    routed_at: str | None = Field(description="when the reviewed version was written (queue entry)")
    qa_sample: bool
    version_before: int
    version_after: int
    fields: dict[str, ReviewedField]


def run_rollup_key(run_id: str) -> str:
    return f"{RUNS_PREFIX}/{run_id}.json"


def review_rollup_key(document_id: str, annotation_id: int, updated_at: str) -> str:
    stamp = re.sub(r"[^0-9]", "", updated_at)[:20]
    return f"{REVIEWS_PREFIX}/{updated_at[:10]}/{id_to_key(document_id)}-{annotation_id}-{stamp}.json"


def flagged_fields(reasons: Iterable[str]) -> set[str]:
    """Fields named by review reasons (low confidence, missing): the values that were not auto-accepted."""
    return {m.group(1) for r in reasons if (m := _FLAGGED.match(r))}


class RollupBuilder:
    """Adds finished documents (their result and stage timings) into day x type buckets."""

    def __init__(self) -> None:
        self.buckets: dict[tuple[str, str], Bucket] = {}
        self.routed: list[Routed] = []
        self.cleared: list[Routed] = []

    def add(self, result: Result, timings_ms: dict[str, float] | None = None) -> None:
        doc_type = str(result.doc_type.value)
        key = (result.created_at[:10], doc_type)
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = Bucket(day=key[0], doc_type=doc_type)
        bucket.documents += 1
        bucket.pages += len(result.pages)
        qa = result.review.qa_sample
        review = result.review.required and not qa
        if review:
            bucket.needs_review += 1
        else:
            bucket.auto_accepted += 1
            bucket.qa_sampled += int(qa)
        for stage, ms in (timings_ms if timings_ms is not None else result.timings_ms).items():
            bucket.stage_ms[stage] = round(bucket.stage_ms.get(stage, 0.0) + ms, 3)
        flagged = flagged_fields(result.review.reasons)
        for name, field in result.fields.items():
            if field.value in (None, ""):
                continue
            sums = bucket.fields.setdefault(name, FieldSums())
            sums.count += 1
            sums.confidence_sum = round(sums.confidence_sum + field.confidence, 6)
            sums.auto += int(name not in flagged)
        entry = Routed(
            doc=id_to_key(result.document_id), doc_type=doc_type, version=result.version,
            at=result.created_at, qa=qa, sla_hours=result.review.sla_hours,
        )  # fmt: skip
        if result.review.required:
            self.routed.append(entry)
        elif result.version > 1:
            self.cleared.append(entry)

    def sorted_buckets(self) -> list[Bucket]:
        return [self.buckets[k] for k in sorted(self.buckets)]
