"""The batch: list the inputs, run a job per input on an executor, write the run report."""

from __future__ import annotations

import logging
import secrets
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

from pydantic import BaseModel, Field

from idp.config import PipelineConfig
from idp.document import utc_now
from idp.governance.rollup_write import write_run_rollup
from idp.pipeline.events import EventLog
from idp.pipeline.executors import LocalExecutor, RayExecutor
from idp.pipeline.job import InputItem, Outcome
from idp.pipeline.store import Store, open_store

logger = logging.getLogger(__name__)


class RunCounts(BaseModel):
    files: int = 0
    pages: int = 0
    processed: int = 0
    skipped: int = 0
    quarantined: int = 0
    auto_accepted: int = 0
    needs_review: int = 0
    ocr_pages: int = 0
    text_layer_pages: int = 0
    qa_sample: int = 0


class RunReport(BaseModel):
    run_id: str
    started_at: str
    finished_at: str
    duration_s: float
    source: str
    out: str
    workers: int
    ray_address: str | None
    config_sha256: str
    counts: RunCounts
    quarantine_reasons: dict[str, int]
    doc_types: dict[str, int]
    review_reasons: dict[str, int] = Field(description="why documents went to review, by reason and field")
    automation_rate: float | None = Field(description="auto-accepted share of processed documents")
    pages_per_s: float
    stage_ms_total: dict[str, float]
    stage_ms_per_page: dict[str, float]
    documents: list[Outcome]
    events_key: str | None = None
    review: dict[str, Any] = Field(
        default_factory=dict, description="review queue and QA figures of the store"
    )
    webhook: dict[str, int] = Field(default_factory=dict)


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def split_source(source: str) -> tuple[str, str]:
    """(store URI, key prefix) of a source: a folder, a single file, or s3://bucket/prefix."""
    parsed = urlparse(source)
    if parsed.scheme in ("", "file") or len(parsed.scheme) <= 1:
        return source, ""
    prefix = parsed.path.lstrip("/")
    return f"{parsed.scheme}://{parsed.netloc}", prefix


def list_inputs(store: Store, prefix: str) -> list[InputItem]:
    items = []
    for key in store.list(prefix):
        name = key[len(prefix) :].lstrip("/") if prefix else key
        items.append(InputItem(key=key, name=name or key, uri=store.uri_for(key)))
    return items


def process_batch(
    source: str,
    out_uri: str,
    config: PipelineConfig,
    *,
    workers: int | None = None,
    ray_address: str | None = None,
    force: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> RunReport:
    """Process every input under `source` into the store at `out_uri`; returns the run report it wrote."""
    started_at, start = utc_now(), time.perf_counter()
    run_id = new_run_id()
    source_store_uri, prefix = split_source(source)
    source_store = open_store(source_store_uri)
    out = open_store(out_uri)
    items = list_inputs(source_store, prefix)
    if on_start:
        on_start(len(items))
    workers = config.runtime.workers if workers is None else workers
    ray_address = ray_address or config.runtime.ray_address
    executor: LocalExecutor | RayExecutor
    if workers == 0 or not items:
        executor = LocalExecutor(config, source_store_uri, out_uri, run_id, force)
    else:
        executor = RayExecutor(config, source_store_uri, out_uri, run_id, force, workers, ray_address)
    outcomes: list[Outcome] = []
    events = EventLog(out, run_id, config.events)
    try:
        for outcome in executor.map(items):
            outcomes.append(outcome)
            events.add(outcome)
            if on_outcome:
                on_outcome(outcome)
    finally:
        executor.close()
        webhook = events.close()
    duration = time.perf_counter() - start
    report = summarise(run_id, started_at, duration, source, out.uri, workers, ray_address, config, outcomes)
    report.events_key = events.key if events.lines else None
    report.webhook = webhook
    write_run_rollup(out, report)  # reports/rollups/runs/<run_id>.json for `idp report`
    report.review = review_snapshot(out, config)
    out.put_json(f"runs/{run_id}.json", report.model_dump(mode="json"))
    return report


def review_snapshot(out: Store, config: PipelineConfig) -> dict[str, Any]:
    """The review queue and QA figures of the whole store after this run, from the report rollups."""
    from idp.governance.report import build_report

    try:
        ops = build_report(out, config.report)
    except Exception as exc:  # a report problem must never fail a finished batch
        logger.warning("review figures unavailable: %s", exc)
        return {}
    return {
        "queue": ops.queue.model_dump(mode="json"),
        "reviewed": ops.reviewed,
        "qa_error_rate": ops.qa_error_rate,
        "automation_rate": ops.automation_rate,
    }


def summarise(
    run_id: str,
    started_at: str,
    duration_s: float,
    source: str,
    out_uri: str,
    workers: int,
    ray_address: str | None,
    config: PipelineConfig,
    outcomes: list[Outcome],
) -> RunReport:
    counts = RunCounts(files=len(outcomes))
    stage_ms: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for o in outcomes:
        setattr(counts, o.outcome, getattr(counts, o.outcome) + 1)
        counts.pages += o.pages
        counts.ocr_pages += o.page_text_sources.count("ocr")
        counts.text_layer_pages += o.page_text_sources.count("text_layer")
        counts.qa_sample += int(o.qa_sample)
        reasons.update(":".join(r.split(":")[:2]) for r in o.review_reasons)
        if o.status == "auto_accepted":
            counts.auto_accepted += 1
        elif o.status == "needs_review":
            counts.needs_review += 1
        stage_ms.update(o.timings_ms)
    pages = max(counts.pages, 1)
    return RunReport(
        run_id=run_id,
        started_at=started_at,
        finished_at=utc_now(),
        duration_s=round(duration_s, 3),
        source=source,
        out=out_uri,
        workers=workers,
        ray_address=ray_address,
        config_sha256=config.sha256(),
        counts=counts,
        quarantine_reasons=dict(Counter(o.reason for o in outcomes if o.reason)),
        doc_types=dict(Counter(o.doc_type for o in outcomes if o.doc_type)),
        review_reasons=dict(reasons.most_common()),
        automation_rate=round(counts.auto_accepted / counts.processed, 4) if counts.processed else None,
        pages_per_s=round(counts.pages / duration_s, 3) if duration_s > 0 else 0.0,
        stage_ms_total={k: round(v, 1) for k, v in stage_ms.items()},
        stage_ms_per_page={k: round(v / pages, 1) for k, v in stage_ms.items()},
        documents=outcomes,
    )
