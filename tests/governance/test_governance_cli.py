"""`idp audit show|verify` and `idp retention apply` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from idp.governance.audit import AuditKind, AuditLog, audit_key, pipeline_actor
from idp.governance.cli import governance_app
from idp.pipeline.store import LocalStore

DOC = "sha256:" + "c3" * 32
OTHER = "sha256:" + "d4" * 32
runner = CliRunner()


def idp_command() -> list[str]:
    """`python -m idp` once the governance commands are registered there, else their own module."""
    from idp.pipeline.cli import app

    if any(group.name == "audit" for group in app.registered_groups):
        return [sys.executable, "-m", "idp"]
    return [sys.executable, "-m", "idp.governance.cli"]


def make_store(root: Path) -> LocalStore:
    store = LocalStore(root)
    log = AuditLog(store)
    for doc in (DOC, OTHER):
        for n in range(3):
            log.record(doc, AuditKind.processed, pipeline_actor(), {"n": n})
    return store


def test_verify_exits_non_zero_naming_the_edited_trail(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    command = [*idp_command(), "audit", "verify", "--store", store.uri]
    intact = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert intact.returncode == 0, intact.stderr
    assert "verified 2 audit trails: 2 intact, 0 failed" in intact.stdout

    lines = store.get(audit_key(DOC)).decode().splitlines()
    lines[0] = lines[0].replace('"n":0', '"n":7')
    store.put(audit_key(DOC), ("\n".join(lines) + "\n").encode())
    tampered = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert tampered.returncode == 1
    assert f"FAILED {DOC}: entry seq 1 was edited" in tampered.stdout
    assert OTHER not in tampered.stdout and "1 intact, 1 failed" in tampered.stdout
    one = subprocess.run([*command, OTHER.split(":")[1]], capture_output=True, text=True, timeout=120)
    assert one.returncode == 0 and "verified 1 audit trails: 1 intact" in one.stdout


def test_show_prints_the_history_as_json_lines(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    shown = runner.invoke(governance_app, ["audit", "show", DOC, "--store", store.uri])
    assert shown.exit_code == 0, shown.output
    entries = [json.loads(line) for line in shown.output.splitlines()]
    assert [e["seq"] for e in entries] == [1, 2, 3] and entries[0]["document_id"] == DOC
    missing = runner.invoke(governance_app, ["audit", "show", "e5" * 32, "--store", store.uri])
    assert missing.exit_code == 2 and "no audit trail" in missing.output
    unknown = runner.invoke(governance_app, ["audit", "verify", "e5" * 32, "--store", store.uri])
    assert unknown.exit_code == 2


def test_retention_apply_lists_then_deletes(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    key = DOC.split(":")[1]
    store.put(f"pages/{key}/1.jpg", b"\xff\xd8 page")
    store.put_json(f"ocr/{key}.json", {"pages": []})
    later = (datetime.now(UTC) + timedelta(days=91)).isoformat()
    args = ["retention", "apply", "--store", store.uri, "--now", later]
    dry = runner.invoke(governance_app, [*args, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert f"would delete pages/{key}/1.jpg (pages of" in dry.output
    assert "would delete 2 objects" in dry.output and "ocr 1, pages 1" in dry.output
    assert store.exists(f"pages/{key}/1.jpg")
    done = runner.invoke(governance_app, [*args, "--json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    assert not report["dry_run"] and {e["key"] for e in report["expired"]} == {
        f"pages/{key}/1.jpg",
        f"ocr/{key}.json",
    }
    assert not store.exists(f"pages/{key}/1.jpg") and not store.exists(f"ocr/{key}.json")
    bad = runner.invoke(governance_app, ["retention", "apply", "--store", store.uri, "--now", "soon"])
    assert bad.exit_code == 2 and "ISO 8601" in bad.output
