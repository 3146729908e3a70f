"""The command line as a user runs it: a subprocess, its exit code, what it prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import e_invoices, inputs
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


def test_e_invoices_by_the_command_line_hybrid_pdf_and_xml_alone(tmp_path: Path) -> None:
    inv = e_invoices.Invoice()
    inbound = tmp_path / "in"
    inputs.write(
        inbound,
        "hybrid.pdf",
        e_invoices.hybrid_pdf_bytes(e_invoices.printed_lines(inv), e_invoices.cii_xml(inv)),
    )
    inputs.write(inbound, "peppol.xml", e_invoices.ubl_xml(e_invoices.Invoice(number="NO-1")).encode())
    inputs.write(inbound, "broken.xml", b"<?xml version='1.0'?><Invoice><ID>1</ID>")
    store = tmp_path / "store"
    done = _idp("process", str(inbound), "--out", store.as_uri(), "--workers", "0", "--quiet")
    assert done.returncode == 0, done.stderr
    results = {
        r["source"]["name"]: r for p in (store / "results").glob("*.json") if (r := json.loads(p.read_text()))
    }
    assert sorted(results) == ["hybrid.pdf", "peppol.xml"]
    for name, number in (("hybrid.pdf", "RE-2024-0815"), ("peppol.xml", "NO-1")):
        result = results[name]
        assert (
            result["doc_type"]["value"] == "invoice" and result["fields"]["invoice_number"]["value"] == number
        )
        assert result["fields"]["total"]["source"].startswith("e-invoice:") and len(result["line_items"]) == 2
        assert result["pages"] and all(p["image_key"] for p in result["pages"])  # reviewers can see it
    assert results["peppol.xml"]["source"]["media_type"] == "application/xml"
    record = json.loads(next((store / "quarantine").glob("*.json")).read_text())
    assert record["file_name"] == "broken.xml" and record["reason"] == "corrupt"


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


@pytest.mark.slow
def test_bench_throughput_prints_both_rates_and_the_summary_line(tmp_path: Path) -> None:
    inbound = tmp_path / "in"
    for n in range(2):
        inputs.write(inbound, f"r{n}.png", inputs.png_bytes([f"CORNER SHOP {n}", *inputs.RECEIPT_LINES[1:]]))
    rows_path = tmp_path / "rows.json"
    done = _idp(
        "bench",
        "throughput",
        "--input",
        str(inbound),
        "--workers",
        "1",
        "--rounds",
        "2",
        "--json",
        str(rows_path),
    )
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("pipeline/ocr=")
    (row,) = json.loads(rows_path.read_text())
    assert row["pages"] == 2 and len(row["ocr_passes"]) == len(row["pipeline_passes"]) == 2
    assert row["ocr_pages_per_s"] == max(row["ocr_passes"]) > 0
    assert row["pipeline_pages_per_s"] == max(row["pipeline_passes"]) > 0
    assert float(last.split("=")[1]) == pytest.approx(row["ratio"], abs=1e-3)
    assert row["pipeline_stage_ms_per_page"]["ocr"] > 0 and row["peak_rss_mb_per_worker"] > 0
