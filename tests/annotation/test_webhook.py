"""The webhook receiver without Label Studio: what it takes from payloads, and who it lets in."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from idp.annotation.client import LabelStudioClient, LabelStudioSettings
from idp.annotation.webhook import TOKEN_HEADER, ReviewWebhook, task_of
from idp.pipeline.store import LocalStore


def test_payloads_name_the_task_and_document(updated_payload: dict[str, Any]) -> None:
    document_id = updated_payload["task"]["data"]["document_id"]
    assert task_of(updated_payload) == (updated_payload["task"]["id"], document_id)
    without_task = {"action": "ANNOTATION_CREATED", "annotation": {"id": 5, "task": 9}}
    assert task_of(without_task) == (9, None)
    assert task_of({**updated_payload, "action": "PROJECT_UPDATED"}) is None
    assert task_of({"action": "ANNOTATION_CREATED"}) is None


def post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.fixture
def hook(tmp_path: Path) -> ReviewWebhook:
    settings = LabelStudioSettings.from_env(
        {"LABEL_STUDIO_URL": "http://127.0.0.1:9", "LABEL_STUDIO_API_KEY": "k"}
    )
    server = ReviewWebhook(LocalStore(tmp_path), LabelStudioClient(settings), "127.0.0.1", 0, token="s3cret")
    server.start()
    yield server
    server.close()


def test_token_and_body_are_checked(hook: ReviewWebhook, updated_payload: dict[str, Any]) -> None:
    host, port = hook.address
    url = f"http://{host}:{port}/"
    body = json.dumps(updated_payload).encode()
    json_type = {"Content-Type": "application/json"}
    assert post(url, body, json_type)[0] == 401
    assert post(url, body, {**json_type, TOKEN_HEADER: "wrong"})[0] == 401
    assert post(url, b"not json", {**json_type, TOKEN_HEADER: "s3cret"})[0] == 400
    status, answer = post(url, body, {**json_type, TOKEN_HEADER: "s3cret"})
    assert status == 202 and answer == {"queued": True, "task": updated_payload["task"]["id"]}
    hook.wait_idle()  # the task is not one this store pushed: ignored, nothing merged, nothing failed
    with urllib.request.urlopen(url, timeout=10) as response:
        assert json.loads(response.read()) == {"status": "ok", "merged": 0, "failed": 0}
