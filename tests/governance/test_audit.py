"""The hash chain on a local folder and on a real S3 bucket: an intact trail verifies, and each way of
tampering with it (an edited value, two lines swapped, a line deleted in the middle or at the end, the whole
trail deleted, an entry lost to a concurrent write) names the document."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from idp.annotation.adapters import annotation_to_regions, boxed_fields
from idp.annotation.merge import merge_review
from idp.document import Result
from idp.governance.audit import (
    GENESIS,
    AuditKind,
    AuditLog,
    audit_key,
    entry_hash,
    heads_prefix,
    pipeline_actor,
    scrub,
)
from idp.governance.audit_events import audit_review
from idp.governance.audit_verify import MISSING_TRAIL, verify_store, verify_trail
from idp.pipeline.store import Store
from tests.governance.conftest import all_bytes

DOC = "sha256:" + "a1" * 32
OTHER = "sha256:" + "b2" * 32
ANNOTATION_DATA = Path(__file__).parents[1] / "annotation" / "data"


def write_trail(store: Store, document_id: str = DOC, entries: int = 4) -> AuditLog:
    log = AuditLog(store)
    for n in range(entries):
        log.record(document_id, AuditKind.processed, pipeline_actor(), {"n": n, "confidence": 0.9 - n / 10})
    return log


def lines(store: Store, document_id: str = DOC) -> list[str]:
    return store.get(audit_key(document_id)).decode().splitlines()


def put_lines(store: Store, new_lines: list[str], document_id: str = DOC) -> None:
    store.put(audit_key(document_id), "".join(f"{line}\n" for line in new_lines).encode())


def test_an_intact_trail_verifies(store: Store) -> None:
    log = write_trail(store)
    log.append(OTHER, [])  # nothing to append: no trail made
    entries = log.entries(DOC)
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    assert all(entry_hash(e.model_dump()) == e.hash for e in entries)
    assert [key.rsplit("/", 1)[-1] for key in store.list(heads_prefix(DOC))] == [f"4-{entries[-1].hash}.json"]
    assert verify_trail(store, DOC) == []
    report = verify_store(store)
    assert (report.checked, report.problems) == (1, {})


def test_an_edited_value_is_found(store: Store) -> None:
    write_trail(store)
    trail = lines(store)
    entry = json.loads(trail[1])
    entry["details"]["confidence"] = 0.99
    put_lines(store, [trail[0], json.dumps(entry), *trail[2:]])
    problems = verify_store(store).problems
    assert list(problems) == [DOC]
    assert any("seq 2 was edited" in p for p in problems[DOC])


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(store: Store) -> None:
    write_trail(store)
    trail = lines(store)
    entry = json.loads(trail[1])
    entry["actor"] = "reviewer:someone-else@example.com"
    entry["hash"] = entry_hash(entry)
    put_lines(store, [trail[0], json.dumps(entry), *trail[2:]])
    assert any("seq 3 does not link" in p for p in verify_store(store).problems[DOC])


def test_two_lines_swapped_are_found(store: Store) -> None:
    write_trail(store)
    trail = lines(store)
    put_lines(store, [trail[0], trail[2], trail[1], trail[3]])
    problems = verify_store(store).problems[DOC]
    assert any("reordered" in p for p in problems) and any("does not link" in p for p in problems)


def test_a_line_deleted_in_the_middle_is_found(store: Store) -> None:
    write_trail(store)
    trail = lines(store)
    put_lines(store, [trail[0], trail[1], trail[3]])
    problems = verify_store(store).problems[DOC]
    assert any("line 3 holds seq 4" in p for p in problems)


def test_the_last_line_deleted_is_found_by_the_head_record(store: Store) -> None:
    write_trail(store)
    write_trail(store, OTHER, entries=2)
    put_lines(store, lines(store)[:-1])  # a valid, shorter chain
    report = verify_store(store)
    assert list(report.problems) == [DOC] and report.checked == 2
    assert any("after seq 3 were deleted" in p for p in report.problems[DOC])
    # the next append chains on, but the head record of the deleted entry stays as evidence
    AuditLog(store).record(DOC, AuditKind.routed, pipeline_actor(), {})
    assert any("seq 4 is not the one written" in p for p in verify_store(store).problems[DOC])


def test_the_last_line_and_its_head_deleted_are_found(store: Store) -> None:
    write_trail(store)
    put_lines(store, lines(store)[:-1])
    for key in list(store.list(heads_prefix(DOC))):
        store.delete(key)
    assert any("no head record for the newest entry" in p for p in verify_store(store, DOC).problems[DOC])


def test_a_deleted_trail_is_found(store: Store) -> None:
    write_trail(store)
    store.delete(audit_key(DOC))
    assert verify_store(store).problems == {DOC: ["the trail was deleted: its head record names seq 4"]}
    # a result without any trail or head record is reported too
    for key in list(store.list("audit")):
        store.delete(key)
    store.put_json(f"results/{DOC.split(':')[1]}.json", {"document_id": DOC})
    assert verify_store(store).problems == {DOC: [MISSING_TRAIL]}


def test_an_entry_lost_to_a_concurrent_append_is_found(store: Store) -> None:
    """`idp review sync` and the webhook append at once: both read seq 4, the second write wins."""
    log = write_trail(store)
    seen_by_both = store.get(audit_key(DOC))
    log.record(DOC, AuditKind.reviewed, "reviewer:a@example.com", {"version": 2})
    store.put(audit_key(DOC), seen_by_both)  # the other writer's read came before the first write
    log.record(DOC, AuditKind.reviewed, "reviewer:a@example.com", {"version": 3})
    assert any("seq 5 is not the one written" in p for p in verify_store(store).problems[DOC])


def test_entries_hold_no_credentials(store: Store, secrets_in_env: list[str]) -> None:
    log = AuditLog(store)
    leaky = {
        "message": f"refused with key {secrets_in_env[1]} and {secrets_in_env[0]}",
        "api_key": secrets_in_env[1],
        "headers": {"Authorization": f"Token {secrets_in_env[1]}", "X-Idp-Webhook-Token": secrets_in_env[2]},
        "url": "https://bucket.s3.example/pages/1.jpg?X-Amz-Credential=AKIA%2F&X-Amz-Signature=abc123",
    }
    entry = log.record(DOC, AuditKind.quarantined, pipeline_actor(), leaky)
    assert entry.details == {
        "message": "refused with key *** and ***",
        "headers": {},
        "url": "https://bucket.s3.example/pages/1.jpg?***",
    }
    raw = all_bytes(store, "audit")
    assert not any(secret.encode() in raw for secret in secrets_in_env)
    assert b"abc123" not in raw and verify_store(store).problems == {}


def test_scrub_keeps_plain_values() -> None:
    value = {"task_id": 3, "fields": ["total"], "ok": True, "none": None, "nested": [{"a": 1.5}]}
    assert scrub(value, secrets=["s3cr3t-value"]) == value


def test_a_review_is_recorded_once_per_version(store: Store) -> None:
    result = Result.model_validate(json.loads((ANNOTATION_DATA / "result_receipt_v1.json").read_text()))
    payload = json.loads((ANNOTATION_DATA / "webhook_annotation_updated.json").read_text())
    annotation = payload["annotation"]
    _, correction = merge_review(
        result,
        1,
        annotation_to_regions(annotation["result"]),
        boxed_fields(result),
        reviewer="reviewer@example.com",
        reviewed_at=annotation["updated_at"],
        task_id=payload["task"]["id"],
        annotation_id=annotation["id"],
        annotation_updated_at=annotation["updated_at"],
        field_kinds={"date": "date", "total": "amount", "currency": "currency"},
    )
    assert audit_review(store, correction) is True
    assert audit_review(store, correction) is False  # a merge redone after a crash: not recorded twice
    entries = AuditLog(store).entries(result.document_id)
    by_kind = {kind: [e for e in entries if e.kind == kind] for kind in AuditKind}
    corrected = {e.details["field"]: e.details for e in by_kind[AuditKind.field_corrected]}
    assert set(corrected) == {"total", "vendor_address", "currency"}
    assert (corrected["total"]["before"]["value"], corrected["total"]["after"]["value"]) == ("23.40", "24.40")
    assert corrected["currency"]["before"] is None
    assert corrected["total"]["reviewer"] == "reviewer@example.com"
    assert corrected["total"]["time"] == annotation["updated_at"]
    confirmed = {e.details["field"] for e in by_kind[AuditKind.field_confirmed]}
    assert confirmed == {"vendor_name", "date"}
    (reviewed,) = by_kind[AuditKind.reviewed]
    assert (reviewed.details["from_version"], reviewed.details["version"]) == (1, 2)
    assert reviewed.details["fields_corrected"] == 3 and reviewed.details["task_id"] == payload["task"]["id"]
    assert all(e.actor == "reviewer:reviewer@example.com" for e in entries)
    assert entries[-1].kind == AuditKind.reviewed and verify_store(store).problems == {}


@pytest.mark.parametrize("document_id", [DOC, DOC.split(":")[1]])
def test_verify_takes_an_id_with_or_without_its_prefix(store: Store, document_id: str) -> None:
    write_trail(store)
    write_trail(store, OTHER)
    put_lines(store, lines(store, OTHER)[:-1], OTHER)
    assert verify_store(store, document_id).problems == {}
    assert list(verify_store(store, OTHER).problems) == [OTHER]
