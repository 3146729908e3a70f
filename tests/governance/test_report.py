"""`idp report`: exact figures from a store with known outcomes, written through the real write paths
(a run report summarised by the runner's own code, reviews merged by `merge_review`)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from idp.annotation.adapters import ReviewedRegion, boxed_fields, prefill_text
from idp.annotation.merge import merge_review
from idp.annotation.records import correction_key, write_record
from idp.config import load_config
from idp.document import Result
from idp.governance.report import build_report, latest_reviews
from idp.governance.report_baseline import Baseline, FieldBaseline, baselines_in_service, packaged_baselines
from idp.governance.report_cli import app
from idp.governance.report_config import DriftSettings, ReportSettings
from idp.governance.report_stats import wilson_interval
from idp.governance.report_synth import synthetic_document_id, synthetic_result
from idp.governance.rollup import REVIEWS_PREFIX, RUNS_PREFIX
from idp.governance.rollup_read import read_rollups
from idp.governance.rollup_rebuild import rebuild_rollups
from idp.governance.rollup_write import write_review_rollup, write_run_rollup
from idp.models.registry import ModelRegistry
from idp.pipeline.job import Outcome
from idp.pipeline.results import result_key, result_version_key
from idp.pipeline.runner import summarise
from idp.pipeline.store import LocalStore, open_store

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
RECEIPT = {"vendor_name": 0.9, "date": 0.95, "total": 0.97}
INVOICE = {"vendor_name": 0.9, "date": 0.5, "total": 0.6}
INVOICE_REASONS = ["low_confidence:date:0.50<0.80", "low_confidence:total:0.60<0.80"]
SETTINGS = ReportSettings(
    sla_hours={"default": 24.0, "receipt": 48.0}, drift=DriftSettings(min_count=5, window_days=7)
)
BASELINES = {
    "receipt": Baseline(
        doc_type="receipt", model="receipt@1", source="test", automation_rate=0.9,
        fields={"vendor_name": FieldBaseline(mean_confidence=0.99),
                "total": FieldBaseline(mean_confidence=0.99), "date": FieldBaseline(mean_confidence=0.97)},
    ),
    "invoice": Baseline(
        doc_type="invoice", model="invoice@1", source="test", automation_rate=0.5,
        fields={"total": FieldBaseline(mean_confidence=0.9)},
    ),
}  # fmt: skip


def stamp(hours_ago: float) -> str:
    return (NOW - timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def put_result(store: LocalStore, result: Result) -> None:
    store.put_json(result_version_key(result.document_id, result.version), result.model_dump(mode="json"))
    store.put_json(result_key(result.document_id), result.model_dump(mode="json"))


def run(
    store: LocalStore, run_id: str, hours_ago: float, docs: list[tuple[int, str]], quarantined: int = 0
) -> None:
    """One batch run that finished `docs` (number, kind) `hours_ago`, as process_batch records it."""
    outcomes = []
    for n, kind in docs:
        invoice = kind in ("invoice", "urgent")  # urgent: an invoice whose policy rule set a 1 h SLA
        confidences, reasons = (INVOICE, INVOICE_REASONS) if invoice else (RECEIPT, [])
        result = synthetic_result(
            n, doc_type="invoice" if invoice else "receipt", confidences=confidences,
            created_at=stamp(hours_ago), run_id=run_id, reasons=reasons, qa=kind == "qa",
            timings_ms={"ocr": 1000.0, "extract": 10.0},
        )  # fmt: skip
        if kind == "urgent":
            result.review.sla_hours = 1.0
        put_result(store, result)
        outcomes.append(
            Outcome(
                name=result.source.name, document_id=result.document_id, outcome="processed",
                status=result.status.value, doc_type=str(result.doc_type.value), pages=1,
                timings_ms=result.timings_ms, page_text_sources=["ocr"],
            )
        )  # fmt: skip
    for q in range(quarantined):
        outcomes.append(
            Outcome(name=f"bad-{q}.pdf", document_id=None, outcome="quarantined", reason="corrupt")
        )
    report = summarise(
        run_id, stamp(hours_ago + 0.1), 20.0, "in", store.uri, 2, None, load_config(), outcomes
    )
    report.finished_at = stamp(hours_ago)
    store.put_json(f"runs/{run_id}.json", report.model_dump(mode="json"))
    assert write_run_rollup(store, report) is not None


def review(store: LocalStore, n: int, hours_ago: float, shown: list[str], corrected: dict[str, str]) -> None:
    """A reviewer confirms the `shown` fields and retypes the `corrected` ones; merged as in `review sync`."""
    pushed = Result.model_validate(store.get_json(result_key(synthetic_document_id(n))))
    fields = boxed_fields(pushed)
    regions = {
        name: ReviewedRegion(
            field=name, text=corrected.get(name, prefill_text(fields[name])), page=1,
            bbox=fields[name].bbox, region_id=name,
        )
        for name in shown
    }  # fmt: skip
    reviewed, correction = merge_review(
        pushed, pushed.version, regions, shown, reviewer="r@example.com", reviewed_at=stamp(hours_ago),
        task_id=n, annotation_id=100 + n, annotation_updated_at=stamp(hours_ago),
    )  # fmt: skip
    put_result(store, reviewed)
    write_record(store, correction_key(correction.doc_type, correction.document_id), correction)
    assert write_review_rollup(store, correction, pushed.created_at) is not None


def build_known_store(root: Path) -> LocalStore:
    """10 documents: 6 auto-accepted receipts, 1 receipt drawn for the QA sample, 3 invoices for review;
    invoice 8 reviewed (total corrected, date confirmed), the QA receipt reviewed (total corrected)."""
    store = LocalStore(root)
    run(store, "20261125T055400Z-000001", 30, [(1, "auto"), (2, "auto"), (3, "auto"), (4, "auto"),
                                               (8, "invoice"), (9, "invoice")], quarantined=1)  # fmt: skip
    run(store, "20261126T095400Z-000002", 2, [(5, "auto"), (6, "auto"), (7, "qa"), (10, "invoice")])
    review(store, 8, 1.0, shown=["date", "total"], corrected={"total": "99.00"})
    review(store, 7, 0.5, shown=["vendor_name", "date", "total"], corrected={"total": "12.00"})
    return store


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    return build_known_store(tmp_path / "store")


def test_report_figures_of_a_known_store(store: LocalStore) -> None:
    report = build_report(store, SETTINGS, now=NOW, baselines=BASELINES)
    assert (report.documents, report.auto_accepted, report.needs_review) == (10, 7, 3)
    assert (report.qa_sampled, report.reviewed, report.quarantined, report.pages) == (1, 2, 1, 10)
    assert report.automation_rate == 0.7
    # QA: the one QA review showed 3 fields, 1 corrected -> 1/3 with a 95% Wilson interval
    assert (report.qa.documents, report.qa.fields, report.qa.fields_corrected) == (1, 3, 1)
    assert report.qa_error_rate == report.qa.error_rate == pytest.approx(0.3333)
    assert (report.qa.ci_low, report.qa.ci_high) == (
        pytest.approx(0.0615, abs=1e-4),
        pytest.approx(0.7923, abs=1e-4),
    )
    fields = report.fields
    assert {n: f.count for n, f in fields.items()} == {"date": 10, "total": 10, "vendor_name": 10}
    assert fields["date"].mean_confidence == pytest.approx((7 * 0.95 + 3 * 0.5) / 10)
    assert fields["total"].mean_confidence == pytest.approx((7 * 0.97 + 3 * 0.6) / 10)
    assert fields["vendor_name"].automation_rate == 1.0 and fields["total"].automation_rate == 0.7
    assert {n: (f.reviewed, f.corrected, f.correction_rate) for n, f in fields.items()} == {
        "date": (2, 0, 0.0), "total": (2, 2, 1.0), "vendor_name": (1, 0, 0.0),
    }  # fmt: skip
    receipt, invoice = report.by_doc_type["receipt"], report.by_doc_type["invoice"]
    assert (receipt.documents, receipt.auto_accepted, receipt.qa_sampled, receipt.reviewed) == (7, 7, 1, 1)
    assert (invoice.documents, invoice.needs_review, invoice.reviewed, invoice.automation_rate) == (
        3,
        3,
        1,
        0.0,
    )
    assert invoice.fields["total"].correction_rate == 1.0 and invoice.fields["date"].correction_rate == 0.0
    days = [
        (d.day, d.documents, d.auto_accepted, d.needs_review, d.reviewed, d.quarantined)
        for d in report.by_day
    ]
    assert days == [("2026-11-25", 6, 4, 2, 0, 1), ("2026-11-26", 4, 3, 1, 2, 0)]
    assert report.by_day[0].mean_confidence["invoice.date"] == 0.5


def test_queue_age_and_sla(store: LocalStore) -> None:
    queue = build_report(store, SETTINGS, now=NOW, baselines={}).queue
    # invoices 9 (30 h old, past the 24 h SLA) and 10 (2 h) wait; 8 and the QA receipt were reviewed
    assert (queue.size, queue.qa_samples, queue.sla_breaches) == (2, 0, 1)
    assert queue.oldest_age_s == 30 * 3600
    assert queue.age_buckets == {"<1h": 0, "1h-4h": 1, "4h-1d": 0, "1d-3d": 1, ">=3d": 0}
    assert queue.by_doc_type["invoice"].size == 2 and queue.by_doc_type["invoice"].sla_hours == 24.0


def test_a_policy_rules_sla_wins_over_the_types_default(store: LocalStore) -> None:
    run(
        store, "20261126T095500Z-000003", 2, [(11, "urgent")]
    )  # waits 2 h; its rule allows 1 h, invoices 24 h
    queue = build_report(store, SETTINGS, now=NOW, baselines={}).queue
    assert (queue.size, queue.sla_breaches) == (3, 2)  # invoice 9 (30 h) and the urgent one
    assert queue.by_doc_type["invoice"].sla_hours == 24.0 and queue.by_doc_type["invoice"].sla_breaches == 2


def test_throughput_and_turnaround(store: LocalStore) -> None:
    throughput = build_report(store, SETTINGS, now=NOW, baselines={}).throughput
    assert throughput.stage_ms_per_page == {"ocr": 1000.0, "extract": 10.0}
    assert [r.pages for r in throughput.runs] == [6, 4] and throughput.pages_per_s == 0.25
    # invoice 8: routed 30 h ago, reviewed 1 h ago; QA receipt: routed 2 h ago, reviewed 0.5 h ago
    assert throughput.review_turnaround_s == {"p50": 54900.0, "p90": 94500.0, "mean": 54900.0}


def test_drift_against_the_baseline(store: LocalStore) -> None:
    report = build_report(store, SETTINGS, now=NOW, baselines=BASELINES)
    rows = {(r.doc_type, r.field): r for r in report.drift.rows}
    assert rows[("receipt", "vendor_name")].confidence_drop == pytest.approx(0.09)
    assert rows[("receipt", "vendor_name")].alert and not rows[("receipt", "total")].alert
    assert not rows[("receipt", "*")].alert  # automation 1.0 over a 0.9 baseline
    assert not rows[("invoice", "total")].alert  # a 0.3 drop, but 3 documents < min_count
    assert report.alerts[0] == "1 documents waiting for review past their SLA"
    assert len(report.alerts) == 2 and "receipt.vendor_name" in report.alerts[1]


def test_since_limits_the_window_not_the_queue(store: LocalStore) -> None:
    report = build_report(store, SETTINGS, since=date(2026, 11, 26), now=NOW, baselines={})
    assert (report.documents, report.auto_accepted, report.needs_review, report.reviewed) == (4, 3, 1, 2)
    assert report.quarantined == 0 and report.queue.size == 2


def test_rebuilt_rollups_give_the_same_report(store: LocalStore) -> None:
    before = build_report(store, SETTINGS, now=NOW, baselines=BASELINES).model_dump()
    for key in [*store.list(RUNS_PREFIX), *store.list(REVIEWS_PREFIX)]:
        store.delete(key)
    assert build_report(store, SETTINGS, now=NOW, baselines={}).documents == 0
    rebuilt = rebuild_rollups(store)
    assert (rebuilt.runs, rebuilt.reviews, rebuilt.result_versions_read) == (2, 2, 12)
    assert build_report(store, SETTINGS, now=NOW, baselines=BASELINES).model_dump() == before
    assert rebuild_rollups(store).runs == 0  # only missing rollups are written


def test_a_later_merge_of_the_same_review_replaces_the_earlier(store: LocalStore) -> None:
    reviews = read_rollups(store).reviews
    again = reviews[0].model_copy(update={"reviewed_at": stamp(0.1), "fields": {}})
    latest = latest_reviews([*reviews, again])
    assert len(latest) == 2 and again in latest


@pytest.mark.needs_s3
def test_report_from_an_s3_store(store: LocalStore, s3_bucket: str) -> None:
    remote = open_store(f"s3://{s3_bucket}/ops")
    for key in store.list():
        remote.put(key, store.get(key))
    local = build_report(store, SETTINGS, now=NOW, baselines=BASELINES).model_dump(exclude={"store"})
    assert build_report(remote, SETTINGS, now=NOW, baselines=BASELINES).model_dump(exclude={"store"}) == local


def test_wilson_interval() -> None:
    assert wilson_interval(0, 0) is None
    low, high = wilson_interval(0, 20)
    assert low == 0.0 and high == pytest.approx(0.1611, abs=1e-4)
    low, high = wilson_interval(5, 100)
    assert (low, high) == (pytest.approx(0.0215, abs=1e-4), pytest.approx(0.1118, abs=1e-4))


def _packaged_calibration() -> dict:
    return json.loads((resources.files("idp.models") / "calibration" / "receipt.json").read_text())


def test_packaged_baseline_reads_the_calibration_manifest() -> None:
    manifest = _packaged_calibration()
    baseline = packaged_baselines()["receipt"]
    assert (
        baseline.model == f"receipt@{manifest['version']}" and "calibration/receipt.json" in baseline.source
    )
    accuracy = manifest["metrics"]["accuracy"]
    assert baseline.fields["total"].mean_confidence == accuracy["total"]
    assert baseline.fields["vendor_name"].mean_confidence == accuracy["company"]  # SROIE "company"


def test_a_version_promoted_in_the_store_is_the_baseline(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    packaged = f"receipt@{_packaged_calibration()['version']}"
    assert baselines_in_service(store)["receipt"].model == packaged  # nothing promoted: packaged
    registry = ModelRegistry(store)
    heldout = {"documents": 30, "accuracy": {"company": 0.9, "address": 0.5, "date": 0.98, "total": 0.97}}
    metrics = {"heldout": heldout, "out_of_fold": {"accuracy": {"total": 0.5}}}
    registry.register("receipt", {"metrics.json": json.dumps(metrics).encode()})
    registry.promote("receipt", "v1", None, force=True)
    baseline = baselines_in_service(store)["receipt"]
    assert baseline.model == "receipt@v1" and baseline.source == "models/receipt/v1/metrics.json"
    assert (
        baseline.fields["vendor_name"].mean_confidence == 0.9
        and baseline.fields["total"].mean_confidence == 0.97
    )


def test_report_command_writes_json_and_html(store: LocalStore, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["report", "--store", store.uri, "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    for key in ("documents", "auto_accepted", "needs_review", "reviewed", "automation_rate", "qa_error_rate",
                "queue", "by_doc_type", "fields"):  # fmt: skip
        assert key in data
    assert set(data["queue"]) >= {"size", "oldest_age_s", "sla_breaches"}
    assert set(data["fields"]["total"]) >= {"count", "mean_confidence", "correction_rate"}
    assert (data["documents"], data["automation_rate"], data["queue"]["size"]) == (10, 0.7, 2)
    html = tmp_path / "report.html"
    result = runner.invoke(
        app, ["report", "--store", str(store.root), "--format", "html", "--out", str(html)]
    )
    assert result.exit_code == 0, result.output
    page = html.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert 'src="http' not in page and 'href="http' not in page and "<script src" not in page  # offline
    bad = runner.invoke(
        app, ["report", "--store", str(store.root), "--since", "26/11/2026", "--out", str(out)]
    )
    assert bad.exit_code == 2
