"""The review side of the report against a real Label Studio: a document pushed, corrected by a reviewer
and merged by `idp review sync` leaves a review rollup; the report counts the review and the correction."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from idp.annotation.cli import standalone_app
from idp.annotation.records import PushRecord, push_key, read_record
from idp.config import load_config
from idp.governance.report import build_report
from idp.governance.rollup import REVIEWS_PREFIX
from idp.pipeline.runner import process_batch
from idp.pipeline.store import LocalStore
from tests import inputs
from tests.fixtures.label_studio import LabelStudioServer, annotate

pytestmark = [pytest.mark.needs_ls, pytest.mark.slow]


def cli(*args: str) -> str:
    result = CliRunner().invoke(standalone_app(), list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_a_merged_review_is_in_the_report(tmp_path: Path, ls_env: LabelStudioServer) -> None:
    from label_studio_sdk import LabelStudio

    source = tmp_path / "inbound"
    inputs.write(source, "receipt.png", inputs.png_bytes())
    store = LocalStore(tmp_path / "store")
    report = process_batch(str(source), store.uri, load_config(), workers=0)
    doc = report.documents[0].document_id
    assert doc is not None
    before = build_report(store, baselines={})
    assert (before.documents, before.queue.size, before.reviewed) == (1, 1, 0)

    cli("review", "push", "--store", store.uri)
    record = read_record(store, push_key(doc), PushRecord)
    assert record is not None and record.task_id is not None and record.fields
    annotate(LabelStudio(base_url=ls_env.url, api_key=ls_env.api_key), record.task_id, {"total": "RM 24.40"})
    assert "merged 1 reviews" in cli("review", "sync", "--store", store.uri)
    cli("review", "sync", "--store", store.uri)  # nothing new: no second rollup

    assert len(list(store.list(REVIEWS_PREFIX))) == 1
    after = build_report(store, baselines={})
    assert (after.documents, after.reviewed, after.queue.size) == (1, 1, 0)
    assert after.fields["total"].reviewed == 1 and after.fields["total"].corrected == 1
    assert sum(f.reviewed for f in after.fields.values()) >= len(record.fields)
    assert sum(f.corrected for f in after.fields.values()) == 1  # the other shown fields were confirmed
    assert after.qa.documents == 0 and after.throughput.review_turnaround_s["p50"] is not None
