"""A real batch (OCR and all, in this process) leaves a run rollup that `idp report` reads, consistent with
the run report and the results it wrote."""

from __future__ import annotations

from pathlib import Path

from idp.config import load_config
from idp.document import Result
from idp.governance.report import build_report
from idp.governance.rollup import RunRollup, run_rollup_key
from idp.pipeline.runner import process_batch
from idp.pipeline.store import LocalStore
from tests import inputs


def test_a_batch_run_writes_the_rollup_the_report_reads(tmp_path: Path) -> None:
    source = tmp_path / "in"
    inputs.write(source, "receipt.png", inputs.png_bytes())
    inputs.write(source, "other.png", inputs.png_bytes(["CLAIM FORM", "POLICY NO 12345", "DATE 01/02/2024"]))
    inputs.write(source, "bad.pdf", b"%PDF-1.7 broken")
    store = LocalStore(tmp_path / "store")
    config = load_config().with_updates(review={"qa_share": 0.0})
    report = process_batch(str(source), store.uri, config, workers=0)

    rollup = RunRollup.model_validate(store.get_json(run_rollup_key(report.run_id)))
    results = [Result.model_validate(store.get_json(k)) for k in store.list("results/") if k.count("/") == 1]
    assert sum(b.documents for b in rollup.buckets) == report.counts.processed == len(results) == 2
    assert sum(b.pages for b in rollup.buckets) == 2 and rollup.quarantined == report.quarantine_reasons
    assert {r.doc for r in rollup.routed} == {
        r.document_id.split(":")[1] for r in results if r.status.value == "needs_review"
    }

    figures = build_report(store, baselines={})
    assert figures.documents == 2 and figures.quarantined == 1
    assert (figures.auto_accepted, figures.needs_review) == (
        report.counts.auto_accepted,
        report.counts.needs_review,
    )
    assert figures.queue.size == report.counts.needs_review
    expected = {name for r in results for name, f in r.fields.items() if f.value not in (None, "")}
    assert set(figures.fields) == expected
    for name, field in figures.fields.items():
        values = [r.fields[name].confidence for r in results if name in r.fields and r.fields[name].value]
        assert field.count == len(values) and field.mean_confidence == round(sum(values) / len(values), 4)
    assert figures.throughput.stage_ms_per_page["ocr"] > 0 and len(figures.throughput.runs) == 1

    # a forced re-run writes version 2 of both documents: counted again, but nothing waits twice
    again = process_batch(str(source), store.uri, config, workers=0, force=True)
    figures = build_report(store, baselines={})
    assert figures.documents == 4 and figures.queue.size == again.counts.needs_review
