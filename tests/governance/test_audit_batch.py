"""A real batch (real OCR, in this process) leaves a trail per document: what was decided, by which models
and configuration, and, with --force, that a result was replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp.config import load_config
from idp.document import Result
from idp.governance.audit import AuditKind, AuditLog, pipeline_actor
from idp.governance.audit_verify import verify_store
from idp.pipeline.results import result_key
from idp.pipeline.runner import process_batch
from idp.pipeline.store import LocalStore
from tests import inputs
from tests.governance.conftest import all_bytes

pytestmark = pytest.mark.slow
SECRETS = {"LABEL_STUDIO_API_KEY": "ls-batch-key-77c1e0", "AWS_SECRET_ACCESS_KEY": "aws-batch-secret-5d2a90"}


def test_a_batch_writes_processed_routed_quarantined_and_reprocessed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    source = tmp_path / "inbound"
    inputs.write(source, "receipt.png", inputs.png_bytes())
    inputs.write(source, "empty.png", b"")
    store = LocalStore(tmp_path / "store")
    config = load_config()
    report = process_batch(str(source), store.uri, config, workers=0)
    assert (report.counts.processed, report.counts.quarantined) == (1, 1)
    by_name = {o.name: o for o in report.documents}
    doc, empty = by_name["receipt.png"].document_id, by_name["empty.png"].document_id
    assert doc and empty
    result = Result.model_validate(store.get_json(result_key(doc)))
    log = AuditLog(store)

    processed, routed = log.entries(doc)
    assert (processed.kind, routed.kind) == (AuditKind.processed, AuditKind.routed)
    assert processed.actor == routed.actor == pipeline_actor()
    assert processed.details["models"] == result.models and result.models["ocr"].startswith("rapidocr")
    assert processed.details["config_sha256"] == report.config_sha256
    assert processed.details["run_id"] == report.run_id and processed.details["version"] == 1
    assert processed.details["status"] == result.status.value
    assert processed.details["fields"] == {
        name: {"confidence": f.confidence, "source": f.source} for name, f in result.fields.items()
    }
    assert routed.details["reasons"] == result.review.reasons
    assert routed.details["qa_sample"] == result.review.qa_sample
    assert routed.details["review_required"] == result.review.required
    (quarantined,) = log.entries(empty)
    assert quarantined.kind == AuditKind.quarantined and quarantined.details["reason"] == "empty"
    assert quarantined.details["file_name"] == "empty.png"

    process_batch(str(source), store.uri, config, workers=0)  # skipped: nothing decided, nothing written
    assert len(log.entries(doc)) == 2 and len(log.entries(empty)) == 1

    process_batch(str(source), store.uri, config, workers=0, force=True)
    kinds = [e.kind for e in log.entries(doc)]
    assert kinds == ["processed", "routed", "reprocessed", "processed", "routed"]
    reprocessed = log.entries(doc)[2]
    assert (reprocessed.details["from_version"], reprocessed.details["to_version"]) == (1, 2)
    assert [e.kind for e in log.entries(empty)] == ["quarantined", "quarantined"]

    assert verify_store(store).problems == {}
    raw = all_bytes(store, "audit")
    assert not any(secret.encode() in raw for secret in SECRETS.values())
