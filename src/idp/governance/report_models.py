"""The operations report (`idp report --format json`): the figures scripts and the dashboard read.

Counts are of processing decisions in the window: a document the pipeline accepted on its own is
``auto_accepted`` even when it was also drawn for the QA sample (``qa_sampled`` counts those), so
``auto_accepted + needs_review == documents`` and ``automation_rate = auto_accepted / documents``.
``reviewed`` counts reviews merged in the window; the queue is the state now, whatever the window.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class QaFigures(BaseModel):
    documents: int = Field(default=0, description="QA-sampled documents reviewed")
    fields: int = Field(default=0, description="fields shown (or added) in those reviews")
    fields_corrected: int = 0
    error_rate: float | None = Field(
        default=None, description="corrected / fields: error of auto-accepted fields"
    )
    ci_low: float | None = None
    ci_high: float | None = None
    confidence_level: float = 0.95


class QueueTypeFigures(BaseModel):
    size: int = 0
    oldest_age_s: float | None = None
    sla_hours: float = 24.0
    sla_breaches: int = 0


class QueueFigures(BaseModel):
    size: int = 0
    qa_samples: int = Field(default=0, description="of `size`, documents waiting as QA samples")
    oldest_age_s: float | None = None
    sla_breaches: int = Field(default=0, description="waiting longer than their document type's SLA")
    age_buckets: dict[str, int] = Field(default_factory=dict)
    age_buckets_past_sla: dict[str, int] = Field(default_factory=dict, description="of each bucket, past SLA")
    by_doc_type: dict[str, QueueTypeFigures] = Field(default_factory=dict)


class FieldFigures(BaseModel):
    count: int = Field(default=0, description="documents where the pipeline found a value")
    mean_confidence: float | None = None
    automation_rate: float | None = Field(default=None, description="share of values not sent to review")
    reviewed: int = Field(default=0, description="times a reviewer saw (or added) the field")
    corrected: int = 0
    correction_rate: float | None = Field(default=None, description="corrected / reviewed")


class TypeFigures(BaseModel):
    documents: int = 0
    pages: int = 0
    auto_accepted: int = 0
    needs_review: int = 0
    qa_sampled: int = 0
    reviewed: int = 0
    automation_rate: float | None = None
    fields: dict[str, FieldFigures] = Field(default_factory=dict)


class DayFigures(BaseModel):
    day: str
    documents: int = 0
    pages: int = 0
    auto_accepted: int = 0
    needs_review: int = 0
    qa_sampled: int = 0
    reviewed: int = 0
    quarantined: int = 0
    automation_rate: float | None = None
    mean_confidence: dict[str, float] = Field(default_factory=dict, description="'doc_type.field' -> mean")


class RunFigures(BaseModel):
    run_id: str
    finished_at: str
    documents: int
    pages: int
    duration_s: float
    pages_per_s: float | None
    workers: int


class Throughput(BaseModel):
    runs: list[RunFigures] = Field(default_factory=list)
    documents: int = 0
    pages: int = 0
    run_seconds: float = 0.0
    pages_per_s: float | None = Field(default=None, description="pages over the summed wall time of the runs")
    stage_ms_per_page: dict[str, float] = Field(default_factory=dict)
    review_turnaround_s: dict[str, float | None] = Field(
        default_factory=dict, description="routing to merged review: p50, p90, mean"
    )


class DriftRow(BaseModel):
    doc_type: str
    field: str = Field(description="a field name, or '*' for the document automation rate")
    model: str
    count: int
    mean_confidence: float | None = None
    baseline_mean_confidence: float | None = None
    confidence_drop: float | None = None
    automation_rate: float | None = None
    baseline_automation_rate: float | None = None
    automation_drop: float | None = None
    alert: bool = False


class Drift(BaseModel):
    since: str | None = Field(default=None, description="first day of the window drift is measured over")
    baselines: list[str] = Field(default_factory=list, description="model@version (source) per doc type")
    rows: list[DriftRow] = Field(default_factory=list)
    alerts: list[str] = Field(default_factory=list)


class OpsReport(BaseModel):
    format: Literal["idp.report/1"] = "idp.report/1"
    generated_at: str
    store: str
    since: str | None = None
    documents: int = 0
    auto_accepted: int = 0
    needs_review: int = 0
    reviewed: int = 0
    qa_sampled: int = 0
    quarantined: int = 0
    pages: int = 0
    automation_rate: float | None = None
    qa_error_rate: float | None = None
    qa: QaFigures = Field(default_factory=QaFigures)
    queue: QueueFigures = Field(default_factory=QueueFigures)
    by_doc_type: dict[str, TypeFigures] = Field(default_factory=dict)
    fields: dict[str, FieldFigures] = Field(default_factory=dict)
    by_day: list[DayFigures] = Field(default_factory=list)
    throughput: Throughput = Field(default_factory=Throughput)
    drift: Drift = Field(default_factory=Drift)
    alerts: list[str] = Field(default_factory=list)
    rollups: dict[str, int] = Field(default_factory=dict, description="rollups read: runs, reviews, damaged")
