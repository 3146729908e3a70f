"""Retention on a local folder and on a real S3 bucket: nothing goes before its time, page images and OCR go
after 90 days, results, corrections and audit trails stay for years, and every deletion is in the trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from idp.config import load_config
from idp.document import utc_now
from idp.governance.audit import AuditKind, AuditLog, audit_key, pipeline_actor
from idp.governance.audit_verify import verify_store
from idp.governance.retention import apply_retention, find_expired, load_retention_settings
from idp.pipeline.store import Store

DOC = "sha256:" + "e5" * 32
QUARANTINED = "sha256:" + "f6" * 32
KEY, QKEY = DOC.split(":")[1], QUARANTINED.split(":")[1]
SETTINGS = load_config().retention
PAGES = [f"pages/{KEY}/1.jpg", f"pages/{KEY}/2.jpg"]
RESULTS = [f"results/{KEY}.json", f"results/{KEY}/v1.json", f"results/{KEY}/v2.json"]
KEPT_FOR_YEARS = [*RESULTS, f"corrections/receipt/{KEY}.json", audit_key(DOC)]


def processed_store(store: Store) -> Store:
    """What a processed, reviewed document and a quarantined one leave in a store, written now."""
    now = utc_now()
    for key in PAGES:
        store.put(key, b"\xff\xd8 a page image")
    store.put_json(f"ocr/{KEY}.json", {"document_id": DOC, "pages": []})
    for version, key in ((2, RESULTS[0]), (1, RESULTS[1]), (2, RESULTS[2])):
        store.put_json(key, {"document_id": DOC, "version": version, "created_at": now})
    store.put_json(f"corrections/receipt/{KEY}.json", {"document_id": DOC, "created_at": now})
    store.put_json(f"quarantine/{QKEY}.json", {"document_id": QUARANTINED, "created_at": now})
    store.put_json("runs/20240101T000000Z-abc123.json", {"run_id": "20240101T000000Z-abc123"})
    store.put(f"events/{now[:10]}/run.jsonl", b'{"document_id": "x"}\n')
    store.put("review/tasks/other.json", b"{}")  # not a retention artifact: never touched
    log = AuditLog(store)
    log.record(DOC, AuditKind.processed, pipeline_actor(), {"version": 1})
    log.record(QUARANTINED, AuditKind.quarantined, pipeline_actor(), {"reason": "empty"})
    return store


def days_from_now(days: float) -> datetime:
    return datetime.now(UTC) + timedelta(days=days)


def keys(store: Store) -> set[str]:
    return set(store.list())


@pytest.mark.parametrize("days", [-3650, -1, 1, 89])
def test_nothing_is_deleted_before_its_time(store: Store, days: int) -> None:
    processed_store(store)
    before = keys(store)
    assert find_expired(store, SETTINGS, days_from_now(days)).expired == []
    report = apply_retention(store, SETTINGS, days_from_now(days))
    assert report.expired == [] and keys(store) == before


def test_a_dry_run_lists_and_deletes_nothing(store: Store) -> None:
    processed_store(store)
    before = keys(store)
    report = apply_retention(store, SETTINGS, days_from_now(91), dry_run=True)
    assert report.dry_run and sorted(e.key for e in report.expired) == sorted([*PAGES, f"ocr/{KEY}.json"])
    assert all(e.document_id == DOC for e in report.expired)
    assert keys(store) == before


def test_pages_and_ocr_go_after_90_days_results_and_audit_stay(store: Store) -> None:
    processed_store(store)
    report = apply_retention(store, SETTINGS, days_from_now(91))
    assert report.counts() == {"ocr": 1, "pages": 2}
    left = keys(store)
    assert not left & {*PAGES, f"ocr/{KEY}.json"}
    assert set(KEPT_FOR_YEARS) <= left and f"quarantine/{QKEY}.json" in left
    deleted = [e for e in AuditLog(store).entries(DOC) if e.kind == AuditKind.retention_deleted]
    assert sorted((e.details["key"], e.details["artifact"]) for e in deleted) == sorted(
        [(PAGES[0], "pages"), (PAGES[1], "pages"), (f"ocr/{KEY}.json", "ocr")]
    )
    assert all(e.actor == "retention" and e.details["retention_days"] == 90 for e in deleted)
    assert verify_store(store).problems == {}
    # the quarantine record (1 year), the run report and the events (1 year) are still young
    assert apply_retention(store, SETTINGS, days_from_now(364)).expired == []


def test_results_stay_seven_years_then_go_and_the_trail_outlives_them(store: Store) -> None:
    processed_store(store)
    apply_retention(store, SETTINGS, days_from_now(400))  # pages, OCR, quarantine, runs, events
    assert {k.split("/")[0] for k in keys(store)} == {"results", "corrections", "audit", "review"}
    assert apply_retention(store, SETTINGS, days_from_now(2555)).expired == []
    report = apply_retention(store, SETTINGS, days_from_now(2558))
    # the quarantined document's trail goes: its record went at 400 days, its newest entry says so
    assert report.counts() == {"audit": 1, "corrections": 1, "results": 3}
    assert [e.key for e in report.expired if e.artifact == "audit"] == [audit_key(QUARANTINED)]
    assert report.kept_audit == [DOC]  # expired, but the document still had its results in this run
    assert keys(store) >= {audit_key(DOC), "review/tasks/other.json"}
    assert verify_store(store).problems == {}
    kinds = [
        e.details["artifact"] for e in AuditLog(store).entries(DOC) if e.kind == AuditKind.retention_deleted
    ]
    assert kinds.count("results") == 3 and kinds.count("corrections") == 1
    # the trail's newest entry is the deletion, made now: it stays another 7 years from it
    assert apply_retention(store, SETTINGS, datetime.now(UTC) + timedelta(days=1)).expired == []
    gone = apply_retention(store, SETTINGS, days_from_now(2558))
    assert [e.key for e in gone.expired] == [audit_key(DOC)]
    assert not any(k.startswith("audit/") for k in keys(store))


def test_null_keeps_forever_and_settings_come_from_config(store: Store, tmp_path) -> None:
    processed_store(store)
    keep_pages = SETTINGS.model_copy(update={"pages": None})
    report = apply_retention(store, keep_pages, days_from_now(91))
    assert [e.artifact for e in report.expired] == ["ocr"]
    config = tmp_path / "retention.yaml"
    config.write_text("retention:\n  pages: 30\n  ocr: null\n")
    loaded = load_retention_settings(config)
    assert (loaded.pages, loaded.ocr, loaded.results) == (30, None, 2557)
