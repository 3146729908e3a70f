"""The batch end to end, in this process and on a real local Ray: results, quarantine, idempotency."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from idp.config import load_config, schemas_dir
from idp.pipeline.runner import process_batch
from tests.pipeline.conftest import INVALID, VALID

SCHEMA = json.loads((schemas_dir() / "result.v1.schema.json").read_text())


def _files(root: Path, folder: str) -> dict[str, float]:
    base = root / folder
    return {str(p.relative_to(root)): p.stat().st_mtime for p in base.rglob("*") if p.is_file()}


def _check_store(store: Path) -> None:
    results = sorted((store / "results").glob("*.json"))
    assert len(results) == len(VALID)
    by_name = {}
    for path in results:
        result = json.loads(path.read_text())
        jsonschema.validate(result, SCHEMA)
        by_name[result["source"]["name"]] = result
        key = result["document_id"].split(":")[1]
        assert path.stem == key
        assert (store / "results" / key / f"v{result['version']}.json").is_file()
        assert (store / result["ocr_key"]).is_file()
        for page in result["pages"]:
            assert (store / page["image_key"]).is_file()
    for name, (_, pages) in VALID.items():
        assert by_name[name]["source"]["pages"] == pages, name
        assert len(by_name[name]["pages"]) == pages
    assert by_name["invoices/digital.pdf"]["pages"][0]["text_source"] == "text_layer"
    assert by_name["receipts/scan-0001.png"]["pages"][0]["text_source"] == "ocr"
    # OCR really read the receipt
    ocr = json.loads((store / by_name["receipts/scan-0001.png"]["ocr_key"]).read_text())
    assert "11.90" in {w["text"] for w in ocr["pages"][0]["words"]}
    records = [json.loads(p.read_text()) for p in (store / "quarantine").glob("*.json")]
    assert {r["file_name"]: r["reason"] for r in records} == {n: reason for n, (_, reason) in INVALID.items()}
    assert all(r["message"] for r in records)


@pytest.mark.slow
def test_in_process_batch_then_idempotent_rerun_then_force(mixed_batch: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    config = load_config()
    report = process_batch(str(mixed_batch), store.as_uri(), config, workers=0)
    assert report.counts.files == len(VALID) + len(INVALID)
    assert report.counts.processed == len(VALID)
    assert report.counts.quarantined == len(INVALID)
    assert report.counts.pages == sum(p for _, p in VALID.values())
    assert report.counts.auto_accepted + report.counts.needs_review == len(VALID)
    assert (store / "runs" / f"{report.run_id}.json").is_file()
    assert report.review["queue"]["size"] == report.counts.needs_review  # the review queue after this run
    _check_store(store)

    before = {**_files(store, "results"), **_files(store, "quarantine"), **_files(store, "pages")}
    again = process_batch(str(mixed_batch), store.as_uri(), config, workers=0)
    assert again.counts.skipped == len(VALID) + len(INVALID)
    assert again.counts.processed == again.counts.quarantined == 0
    after = {**_files(store, "results"), **_files(store, "quarantine"), **_files(store, "pages")}
    assert after == before  # nothing added, nothing rewritten

    forced = process_batch(str(mixed_batch / "receipts"), store.as_uri(), config, workers=0, force=True)
    assert forced.counts.processed == 2
    for outcome in forced.documents:
        key = outcome.document_id.split(":")[1]
        latest = json.loads((store / "results" / f"{key}.json").read_text())
        assert latest["version"] == 2
        assert (store / "results" / key / "v1.json").is_file()
        assert (store / "results" / key / "v2.json").is_file()


@pytest.mark.slow
def test_ray_batch_matches_contract(mixed_batch: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    report = process_batch(str(mixed_batch), store.as_uri(), load_config(), workers=2)
    assert report.workers == 2
    assert report.counts.processed == len(VALID)
    assert report.counts.quarantined == len(INVALID)
    _check_store(store)


@pytest.mark.slow
def test_killed_batch_resumes_without_loss_or_duplicates(mixed_batch: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    command = [
        sys.executable,
        "-m",
        "idp",
        "process",
        str(mixed_batch),
        "--out",
        store.as_uri(),
        "--workers",
        "0",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list((store / "results").glob("*.json"))) >= 2:
                break
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finished = {p.name for p in (store / "results").glob("*.json")}
    assert 2 <= len(finished) < len(VALID), "the batch should have been killed part-way"
    report = process_batch(str(mixed_batch), store.as_uri(), load_config(), workers=0)
    assert report.counts.skipped >= len(finished)
    assert report.counts.processed + report.counts.skipped + report.counts.quarantined == report.counts.files
    _check_store(store)
    for path in (store / "results").glob("*.json"):
        assert json.loads(path.read_text())["version"] == 1  # none processed twice


@pytest.mark.slow
def test_local_ray_is_pinned_to_loopback_and_never_oversubscribed(tmp_path: Path) -> None:
    """More workers than cores must not leave actors waiting forever for a CPU slot."""
    import ray

    from idp.pipeline.executors import RayExecutor
    from idp.pipeline.job import InputItem
    from tests import inputs

    inbound = tmp_path / "in"
    for n in range(3):
        inputs.write(inbound, f"r{n}.png", inputs.png_bytes([f"RECEIPT {n}", "TOTAL 1.00"]))
    store = tmp_path / "store"
    executor = RayExecutor(load_config(), str(inbound), store.as_uri(), "test-run", False, 3, None)
    try:
        assert ray.get_runtime_context().gcs_address.startswith("127.0.0.1:")
        assert {node["NodeManagerAddress"] for node in ray.nodes()} == {"127.0.0.1"}
        items = [InputItem(key=f"r{n}.png", name=f"r{n}.png", uri=f"r{n}.png") for n in range(3)]
        outcomes = list(executor.map(items))
    finally:
        executor.close()
    assert sorted(o.outcome for o in outcomes) == ["processed"] * 3
    assert not ray.is_initialized()
