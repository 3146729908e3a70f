"""Writing rollups: at the end of a batch run (runner.process_batch) and after a review merge (sync).

Neither may fail the work it follows: the run report and the reviewed result are already written, and
`idp report --rebuild` rebuilds any rollup from the results and correction records.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from idp.annotation.records import CorrectionRecord
from idp.document import Result, id_to_key
from idp.governance.rollup import (
    ReviewedField,
    ReviewRollup,
    RollupBuilder,
    RunRollup,
    review_rollup_key,
    run_rollup_key,
)
from idp.pipeline.results import result_key
from idp.pipeline.store import Store

if TYPE_CHECKING:
    from idp.pipeline.runner import RunReport

logger = logging.getLogger(__name__)
READ_THREADS = 16  # result reads are I/O: object stores answer many GETs at once


def run_rollup(store: Store, report: RunReport) -> RunRollup:
    """The rollup of a run: the results it wrote (read back once, in parallel) and its outcomes."""
    processed = [o for o in report.documents if o.outcome == "processed" and o.document_id]

    def read(document_id: str) -> Result | None:
        try:
            return Result.model_validate(store.get_json(result_key(document_id)))
        except KeyError:
            return None

    with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
        results = list(pool.map(read, [o.document_id for o in processed]))
    builder = RollupBuilder()
    for outcome, result in zip(processed, results, strict=True):
        if result is None or result.run_id != report.run_id:
            # overwritten since (a later run or a review): that writer accounts for it
            logger.warning("result of %s is no longer this run's: left out of its rollup", outcome.name)
            continue
        builder.add(result, outcome.timings_ms)
    return RunRollup(
        run_id=report.run_id,
        started_at=report.started_at,
        finished_at=report.finished_at,
        duration_s=report.duration_s,
        workers=report.workers,
        files=report.counts.files,
        pages=report.counts.pages,
        processed=report.counts.processed,
        skipped=report.counts.skipped,
        quarantined=dict(report.quarantine_reasons),
        stage_ms_total=dict(report.stage_ms_total),
        buckets=builder.sorted_buckets(),
        routed=builder.routed,
        cleared=builder.cleared,
    )


def write_run_rollup(store: Store, report: RunReport) -> str | None:
    """Write ``reports/rollups/runs/<run_id>.json``; the key, or None when it failed (logged)."""
    key = run_rollup_key(report.run_id)
    try:
        store.put_json(key, run_rollup(store, report).model_dump(mode="json"))
    except Exception:  # never fail a finished batch over its metrics
        logger.exception(
            "could not write the rollup of run %s (rebuild it with idp report --rebuild)", report.run_id
        )
        return None
    return key


def review_rollup(correction: CorrectionRecord, routed_at: str | None) -> ReviewRollup:
    return ReviewRollup(
        doc=id_to_key(correction.document_id),
        doc_type=correction.doc_type,
        reviewer=correction.reviewer,
        reviewed_at=correction.reviewed_at,
        routed_at=routed_at,
        qa_sample=correction.qa_sample,
        version_before=correction.version_before,
        version_after=correction.version_after,
        fields={
            name: ReviewedField(
                shown=c.shown,
                changed=c.changed,
                confidence=c.before.confidence if c.before is not None else None,
            )
            for name, c in correction.fields.items()
        },
    )


def write_review_rollup(
    store: Store, correction: CorrectionRecord, routed_at: str | None = None
) -> str | None:
    """Write the rollup of one merged review; ``routed_at``: created_at of the reviewed (pushed) version."""
    key = review_rollup_key(
        correction.document_id, correction.annotation_id, correction.annotation_updated_at
    )
    try:
        store.put_json(key, review_rollup(correction, routed_at).model_dump(mode="json"))
    except Exception:  # the review is merged; its metrics can be rebuilt
        logger.exception("could not write the review rollup of %s", correction.document_id)
        return None
    return key
