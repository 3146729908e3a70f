"""The review loop's decisions in the trail, against a real Label Studio: the push, each field a reviewer
corrected or confirmed, the reviewed version, and never the API key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from idp.annotation.cli import standalone_app
from idp.annotation.records import PushRecord, push_key, read_record
from idp.config import load_config
from idp.governance.audit import AuditKind, AuditLog, pipeline_actor
from idp.governance.audit_verify import verify_store
from idp.pipeline.runner import process_batch
from idp.pipeline.store import LocalStore
from tests import inputs
from tests.fixtures.label_studio import LabelStudioServer, annotate
from tests.governance.conftest import all_bytes

pytestmark = [pytest.mark.needs_ls, pytest.mark.slow]
runner = CliRunner()


def cli(*args: str) -> str:
    result = runner.invoke(standalone_app(), list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_push_and_review_are_in_the_trail(tmp_path: Path, ls_env: LabelStudioServer) -> None:
    from label_studio_sdk import LabelStudio

    source = tmp_path / "inbound"
    inputs.write(source, "receipt.png", inputs.png_bytes())
    store = LocalStore(tmp_path / "store")
    config = load_config().with_updates(review={"qa_share": 1.0})  # every document goes to a person
    report = process_batch(str(source), store.uri, config, workers=0)
    doc = report.documents[0].document_id
    assert doc is not None

    assert "pushed 1 documents" in cli("review", "push", "--store", store.uri)
    record = read_record(store, push_key(doc), PushRecord)
    assert record is not None and record.task_id is not None
    annotate(LabelStudio(base_url=ls_env.url, api_key=ls_env.api_key), record.task_id, {"total": "RM 24.40"})
    assert "merged 1 reviews" in cli("review", "sync", "--store", store.uri)
    cli("review", "sync", "--store", store.uri)  # nothing new: nothing recorded

    entries = AuditLog(store).entries(doc)
    kinds = [e.kind for e in entries]
    assert kinds[:3] == ["processed", "routed", "pushed_to_review"] and kinds[-1] == "reviewed"
    pushed = entries[2]
    assert pushed.actor == pipeline_actor()
    assert (pushed.details["task_id"], pushed.details["project_id"]) == (record.task_id, record.project_id)
    reviewer = f"reviewer:{ls_env.username}"
    review = entries[3:]
    assert all(e.actor == reviewer for e in review)
    corrected = [e.details for e in review if e.kind == AuditKind.field_corrected]
    assert [(c["field"], c["before"]["value"], c["after"]["value"]) for c in corrected] == [
        ("total", "11.90", "24.40")
    ]
    assert corrected[0]["reviewer"] == ls_env.username and corrected[0]["time"]
    confirmed = {e.details["field"] for e in review if e.kind == AuditKind.field_confirmed}
    assert confirmed == set(record.fields) - {"total"}
    assert (entries[-1].details["from_version"], entries[-1].details["version"]) == (1, 2)
    assert kinds.count("reviewed") == 1
    assert verify_store(store).problems == {}
    assert ls_env.api_key.encode() not in all_bytes(store, "audit")
