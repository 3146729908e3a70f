"""Multi-level approval on the merge path, as pure functions and audit entries: a document that needs N
approvals is reviewed only after N distinct reviewers; the same reviewer twice counts once."""

from __future__ import annotations

import json
from pathlib import Path

from idp.annotation.merge import apply_approvals, distinct_approvals
from idp.document import Approval, Result, Status
from idp.governance.audit import AuditKind, AuditLog
from idp.governance.audit_events import audit_approvals
from idp.pipeline.store import LocalStore


def needing(result: Result, n: int) -> Result:
    review = result.review.model_copy(
        update={"required_approvals": n, "rules": ["claim_over_500_two_approvals"], "task_id": 7}
    )
    return result.model_copy(update={"review": review, "status": Status.reviewed})


def approval(reviewer: str, time: str, annotation_id: int) -> Approval:
    return Approval(reviewer=reviewer, time=time, annotation_id=annotation_id)


A1 = approval("a@idp.test", "2026-01-01T10:00:00.000000Z", 1)
A2 = approval("a@idp.test", "2026-01-01T11:00:00.000000Z", 2)
B1 = approval("b@idp.test", "2026-01-01T12:00:00.000000Z", 3)


def test_the_same_reviewer_twice_counts_once() -> None:
    assert distinct_approvals([B1, A2, A1]) == [A1, B1]


def test_reviewed_only_after_n_distinct_approvals(receipt_result: Result) -> None:
    two = needing(receipt_result, 2)
    first = apply_approvals(two, [A1])
    assert first.status == Status.needs_review and first.review.approvals == [A1]
    again = apply_approvals(two, [A1, A2])
    assert again.status == Status.needs_review and again.review.approvals == [A1]
    done = apply_approvals(two, [A1, A2, B1])
    assert done.status == Status.reviewed and [a.reviewer for a in done.review.approvals] == [
        "a@idp.test",
        "b@idp.test",
    ]
    Result.model_validate(done.model_dump(mode="json"))  # still the contract
    single = needing(receipt_result, 1)
    assert apply_approvals(single, [A1]) == single  # one review is the ordinary path


def test_each_new_approver_is_audited_once(receipt_result: Result, tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    two = needing(receipt_result, 2)
    assert audit_approvals(store, apply_approvals(two, [A1])) == 1
    assert audit_approvals(store, apply_approvals(two, [A1, A2])) == 0  # a redo or the same reviewer
    assert audit_approvals(store, apply_approvals(two, [A1, B1])) == 1
    entries = [json.loads(line) for line in AuditLog(store).lines(two.document_id)]
    approved = [e for e in entries if e["kind"] == AuditKind.approved]
    assert [
        (e["details"]["reviewer"], e["details"]["approval"], e["details"]["approved"]) for e in approved
    ] == [
        ("a@idp.test", 1, False),
        ("b@idp.test", 2, True),
    ]
    assert approved[1]["actor"] == "reviewer:b@idp.test"
    assert approved[1]["details"]["rules"] == ["claim_over_500_two_approvals"]
