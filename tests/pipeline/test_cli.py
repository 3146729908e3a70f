"""The command line as a user runs it: a subprocess, its exit code, what it prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import inputs
from tests.fixtures.seaweedfs import S3Server


def _idp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "idp", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


def test_process_prints_summary_and_exits_zero(tmp_path: Path) -> None:
    inbound = tmp_path / "in"
    inputs.write(inbound, "receipt.png", inputs.png_bytes())
    inputs.write(inbound, "notes.txt", b"not a document")
    store = tmp_path / "store"
    done = _idp("process", str(inbound), "--out", store.as_uri(), "--workers", "0", "--quiet")
    assert done.returncode == 0, done.stderr
    for label in ("files", "pages", "processed", "quarantined", "pages/s", "ocr ms/page"):
        assert label in done.stdout
    assert len(list((store / "results").glob("*.json"))) == 1
    record = json.loads(next((store / "quarantine").glob("*.json")).read_text())
    assert record["file_name"] == "notes.txt" and record["reason"] == "unsupported_type"


def test_missing_input_and_bad_config_are_clear_errors(tmp_path: Path) -> None:
    missing = _idp("process", str(tmp_path / "nowhere"), "--out", str(tmp_path / "s"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("ocr:\n  kind: tesseract\n  langs: eng\n")
    (tmp_path / "in").mkdir()
    wrong = _idp("process", str(tmp_path / "in"), "--out", str(tmp_path / "s"), "--config", str(bad))
    assert wrong.returncode == 2 and "langs" in wrong.stderr and "Traceback" not in wrong.stderr


@pytest.mark.needs_s3
def test_wrong_secret_key_is_one_clear_error(seaweedfs: S3Server, tmp_path: Path) -> None:
    bucket = "cli-inbound"
    client = seaweedfs.client()
    if not client.bucket_exists(bucket):
        client.make_bucket(bucket)
    env = {**seaweedfs.env(), "AWS_SECRET_ACCESS_KEY": "definitely-wrong-secret"}
    done = _idp("process", f"s3://{bucket}/", "--out", str(tmp_path / "store"), "--workers", "0", env=env)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "credentials" in done.stderr.lower() or "denied" in done.stderr.lower()
    assert "definitely-wrong-secret" not in done.stderr + done.stdout


def test_synth_writes_documents_and_truth(tmp_path: Path) -> None:
    done = _idp("synth", str(tmp_path / "s"), "--count", "4", "--seed", "1")
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "s" / "documents").iterdir())) == 4
    assert len(list((tmp_path / "s" / "truth").glob("*.json"))) == 4


def test_schema_command_prints_the_contract() -> None:
    done = _idp("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout)["properties"]["schema_version"]["const"] == "1"
