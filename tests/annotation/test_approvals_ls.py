"""Two independent approvals through a real Label Studio 1.23 with two users: the first reviewer's annotation
and a second one by the same reviewer leave the document waiting; the second user's makes it reviewed.

The second user signs up through Label Studio's own sign-up form and takes the API key Label Studio gives
its session (the users API of the community edition creates users without a usable password)."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import httpx
import pytest

from idp.annotation.records import PushRecord, push_key, read_record
from idp.document import Result, Status
from idp.governance.audit import AuditKind, AuditLog
from idp.pipeline.policy import PolicyRule, evaluate
from idp.pipeline.results import result_key, result_version_key
from idp.pipeline.store import LocalStore
from tests.annotation.test_label_studio import annotate, cli, processed, results_by_name, sdk, store_dir
from tests.fixtures.label_studio import LabelStudioServer

__all__ = ["processed", "sdk", "store_dir"]
pytestmark = pytest.mark.needs_ls
TWO_APPROVALS = PolicyRule.model_validate(
    {
        "name": "receipt_total_two_approvals",
        "doc_type": ["receipt"],
        "fields": {"total": {"gt": 1}},
        "action": {"approvals": 2},
    }
)


def sign_up(url: str) -> tuple[str, str]:
    """A new Label Studio user (e-mail, API key), made as a person would: the sign-up form, then the key."""
    email, password = f"approver-{secrets.token_hex(4)}@idp.test", secrets.token_urlsafe(16)
    with httpx.Client(base_url=url, follow_redirects=False, timeout=30) as client:
        client.get("/user/signup/").raise_for_status()
        form = {"email": email, "password": password, "csrfmiddlewaretoken": client.cookies["csrftoken"]}
        response = client.post("/user/signup/", data=form, headers={"Referer": f"{url}/user/signup/"})
        assert response.status_code == 302, response.text[-500:]
        token = client.get("/api/current-user/token").raise_for_status().json()["token"]
    return email, token


def require_two_approvals(store: LocalStore, name: str) -> Result:
    """Route one processed result through the two-approval policy, as routing does with configs/policies."""
    result = results_by_name(store)[name]
    decision = evaluate(result, [TWO_APPROVALS])
    review = result.review.model_copy(
        update={
            "required": True,
            "reasons": [*result.review.reasons, *decision.review_reasons],
            "rules": decision.rules_fired,
            "required_approvals": decision.required_approvals,
        }
    )
    result = result.model_copy(update={"review": review, "status": Status.needs_review})
    store.put_json(result_version_key(result.document_id, result.version), result.model_dump(mode="json"))
    store.put_json(result_key(result.document_id), result.model_dump(mode="json"))
    return result


def test_two_distinct_reviewers_approve(store_dir: Path, ls_env: LabelStudioServer, sdk: Any) -> None:
    from label_studio_sdk import LabelStudio

    uri, store = store_dir.as_uri(), LocalStore(store_dir)
    pushed = require_two_approvals(store, "b.png")
    assert pushed.review.required_approvals == 2
    cli("review", "push", "--store", uri)
    record = read_record(store, push_key(pushed.document_id), PushRecord)
    assert record is not None and record.task_id is not None

    annotate(sdk, record.task_id, {"total": "23.40"})  # the first reviewer (the admin)
    assert "merged 1 reviews" in cli("review", "sync", "--store", uri)
    first = results_by_name(store)["b.png"]
    assert (first.version, first.status) == (2, Status.needs_review)
    assert [a.reviewer for a in first.review.approvals] == [ls_env.username]

    annotate(sdk, record.task_id, {"total": "23.40"})  # the same reviewer again: still one approval
    assert "merged 1 reviews" in cli("review", "sync", "--store", uri)
    again = results_by_name(store)["b.png"]
    assert (again.version, again.status, len(again.review.approvals)) == (3, Status.needs_review, 1)
    assert "pushed 0 documents" in cli("review", "push", "--store", uri)  # the same task stays open

    email, token = sign_up(ls_env.url)
    annotate(LabelStudio(base_url=ls_env.url, api_key=token), record.task_id, {"total": "23.40"})
    assert "merged 1 reviews" in cli("review", "sync", "--store", uri)
    done = results_by_name(store)["b.png"]
    assert (done.version, done.status) == (4, Status.reviewed)
    assert [a.reviewer for a in done.review.approvals] == [ls_env.username, email]
    assert done.review.rules == ["receipt_total_two_approvals"] and done.fields["total"].reviewed_by == email
    assert "merged 0 reviews" in cli("review", "sync", "--store", uri)

    entries = [json.loads(line) for line in AuditLog(store).lines(done.document_id)]
    approved = [e["details"] for e in entries if e["kind"] == AuditKind.approved]
    assert [(d["reviewer"], d["approval"], d["approved"], d["version"]) for d in approved] == [
        (ls_env.username, 1, False, 2),
        (email, 2, True, 4),
    ]
