"""`idp report --rebuild`: rollups for a store written before rollups existed, or whose rollups were lost.

Reads every result version once (the rollups exist so that reports never have to), the run reports and the
correction records, and writes the rollups that are missing (all of them with ``overwrite``). A document
reviewed twice keeps only its latest correction record, so only its latest review is rebuilt.
"""

from __future__ import annotations

import re
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from pydantic import BaseModel

from idp.annotation.records import CorrectionRecord, read_record
from idp.document import Result, utc_now
from idp.governance.rollup import RollupBuilder, RunRollup, review_rollup_key, run_rollup_key
from idp.governance.rollup_write import review_rollup
from idp.pipeline.results import result_version_key
from idp.pipeline.store import Store

_VERSION_KEY = re.compile(r"^results/[0-9a-f]{64}/v\d+\.json$")
READ_THREADS = 16


class RebuildReport(BaseModel):
    runs: int = 0
    reviews: int = 0
    result_versions_read: int = 0


def _read_results(store: Store, keys: list[str]) -> list[Result]:
    with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
        return list(pool.map(lambda k: Result.model_validate(store.get_json(k)), keys))


def _run_report(store: Store, run_id: str) -> dict:
    try:
        return dict(store.get_json(f"runs/{run_id}.json"))
    except KeyError:
        return {}


def _run_rollup(run_id: str, report: dict, results: list[Result]) -> RunRollup:
    builder = RollupBuilder()
    for result in sorted(results, key=lambda r: r.created_at):
        builder.add(result)
    stamps = sorted(r.created_at for r in results) or [utc_now()]
    counts = report.get("counts", {})
    return RunRollup(
        run_id=run_id,
        started_at=report.get("started_at", stamps[0]),
        finished_at=report.get("finished_at", stamps[-1]),
        duration_s=float(report.get("duration_s", 0.0)),
        workers=int(report.get("workers", 0)),
        files=int(counts.get("files", len(results))),
        pages=int(counts.get("pages", sum(len(r.pages) for r in results))),
        processed=int(counts.get("processed", len(results))),
        skipped=int(counts.get("skipped", 0)),
        quarantined=dict(report.get("quarantine_reasons", {})),
        stage_ms_total=dict(report.get("stage_ms_total", {})),
        buckets=builder.sorted_buckets(),
        routed=builder.routed,
        cleared=builder.cleared,
    )


def rebuild_rollups(store: Store, overwrite: bool = False) -> RebuildReport:
    out = RebuildReport()
    version_keys = [k for k in store.list("results/") if _VERSION_KEY.match(k)]
    by_run: dict[str, list[Result]] = defaultdict(list)
    for result in _read_results(store, version_keys):
        out.result_versions_read += 1
        if result.run_id is not None:
            by_run[result.run_id].append(result)
    run_ids = set(by_run) | {k[5:-5] for k in store.list("runs/") if k.endswith(".json")}
    for run_id in sorted(run_ids):
        key = run_rollup_key(run_id)
        if overwrite or not store.exists(key):
            rollup = _run_rollup(run_id, _run_report(store, run_id), by_run.get(run_id, []))
            store.put_json(key, rollup.model_dump(mode="json"))
            out.runs += 1
    for key in store.list("corrections/"):
        record = read_record(store, key, CorrectionRecord) if key.endswith(".json") else None
        if record is None:
            continue
        target = review_rollup_key(record.document_id, record.annotation_id, record.annotation_updated_at)
        if not overwrite and store.exists(target):
            continue
        try:
            routed_at = store.get_json(result_version_key(record.document_id, record.version_before))[
                "created_at"
            ]
        except KeyError:
            routed_at = None
        store.put_json(target, review_rollup(record, routed_at).model_dump(mode="json"))
        out.reviews += 1
    return out
