"""The review loop against a real Label Studio 1.23: push, a reviewer's annotation through the API, sync, the
webhook path, and status, on a store the real pipeline wrote from synthetic receipts."""

from __future__ import annotations

import json
import shutil
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from idp.annotation.cli import standalone_app
from idp.annotation.client import LabelStudioClient, LabelStudioSettings
from idp.annotation.records import PushRecord, SyncRecord, push_key, read_record, sync_key, write_record
from idp.annotation.webhook import ReviewWebhook, announce_webhook
from idp.config import load_config
from idp.document import Result, ReviewInfo, Status
from idp.pipeline.results import result_key, result_version_key
from idp.pipeline.runner import process_batch
from idp.pipeline.store import LocalStore, open_store
from tests import inputs
from tests.fixtures.label_studio import LabelStudioServer, annotate, label_studio_binary

pytestmark = pytest.mark.needs_ls
RECEIPTS = {
    "a.png": inputs.RECEIPT_LINES,
    "b.png": [*inputs.RECEIPT_LINES[:3], "DATE: 02/11/2020", *inputs.RECEIPT_LINES[4:6], "TOTAL 23.40"],
    "qa.png": [*inputs.RECEIPT_LINES[:3], "DATE: 21/06/2021", *inputs.RECEIPT_LINES[4:6], "TOTAL 7.70"],
}
runner = CliRunner()


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store written by the real pipeline; the qa.png result is turned into a QA sample, as routing will."""
    label_studio_binary()  # skip before the OCR when there is no server to test against
    source = tmp_path_factory.mktemp("receipts")
    for name, lines in RECEIPTS.items():
        (source / name).write_bytes(inputs.png_bytes(lines))
    out = tmp_path_factory.mktemp("processed")
    process_batch(str(source), out.as_uri(), load_config(), workers=0)
    store = LocalStore(out)
    for key in [k for k in store.list("results") if k.count("/") == 1]:
        result = Result.model_validate(store.get_json(key))
        if result.source.name == "qa.png":
            qa = ReviewInfo(required=True, reasons=["qa_sample"], qa_sample=True)
            result = result.model_copy(update={"review": qa, "status": Status.needs_review})
            store.put_json(result_version_key(result.document_id, 1), result.model_dump(mode="json"))
            store.put_json(key, result.model_dump(mode="json"))
    return out


@pytest.fixture
def store_dir(processed: Path, tmp_path: Path, ls_env: LabelStudioServer) -> Path:
    """A private copy of the processed store, under Label Studio's local-files document root."""
    return Path(shutil.copytree(processed, tmp_path / "store"))


@pytest.fixture
def sdk(ls_env: LabelStudioServer) -> Any:
    from label_studio_sdk import LabelStudio

    return LabelStudio(base_url=ls_env.url, api_key=ls_env.api_key)


def cli(*args: str) -> str:
    result = runner.invoke(standalone_app(), list(args))
    assert result.exit_code == 0, result.output
    return result.output


def results_by_name(store: LocalStore) -> dict[str, Result]:
    out = {}
    for key in store.list("results"):
        if key.count("/") == 1:
            result = Result.model_validate(store.get_json(key))
            out[result.source.name] = result
    return out


def assert_key_nowhere(root: Path, key: str, *texts: str) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes(), f"the API key leaked into {path}"
    assert all(key not in text for text in texts)


def test_push_annotate_sync(store_dir: Path, ls_env: LabelStudioServer, sdk: Any) -> None:
    uri = store_dir.as_uri()
    outputs = [cli("review", "push", "--store", uri)]
    assert "pushed 3 documents" in outputs[-1]
    store = LocalStore(store_dir)
    records = {
        n: read_record(store, push_key(r.document_id), PushRecord) for n, r in results_by_name(store).items()
    }
    assert all(r is not None and r.state == "pushed" and r.task_id for r in records.values())
    outputs.append(cli("review", "push", "--store", uri))
    assert "pushed 0 documents (3 had a task already)" in outputs[-1]

    task = sdk.tasks.get(id=records["b.png"].task_id)
    assert task.data["document_id"] == records["b.png"].document_id and len(task.data["pages"]) == 1
    request = urllib.request.Request(
        ls_env.url + task.data["pages"][0], headers={"Authorization": f"Token {ls_env.api_key}"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # Label Studio serves the page image
        assert response.headers["Content-Type"] == "image/jpeg" and len(response.read()) > 1000

    before = results_by_name(store)["b.png"]
    annotate(sdk, records["b.png"].task_id, {"total": "RM 24.40"})
    outputs.append(cli("review", "sync", "--store", uri))
    assert "merged 1 reviews" in outputs[-1] and "2 tasks waiting" in outputs[-1]
    after = results_by_name(store)["b.png"]
    assert (after.version, after.status, after.review.task_id) == (
        2,
        Status.reviewed,
        records["b.png"].task_id,
    )
    assert (after.fields["total"].value, after.fields["total"].raw) == ("24.40", "RM 24.40")
    assert after.fields["total"].reviewed_by == ls_env.username
    assert after.fields["date"].value == before.fields["date"].value and after.fields["date"].reviewed_by
    assert store.get_json(result_version_key(after.document_id, 1)) == before.model_dump(mode="json")
    correction = store.get_json(f"corrections/receipt/{after.document_id.split(':')[1]}.json")
    assert (
        correction["fields"]["total"]["before"]["value"] == "23.40"
        and correction["reviewer"] == ls_env.username
    )

    outputs.append(cli("review", "sync", "--store", uri))  # merged once, never again
    assert "merged 0 reviews; 1 merged before" in outputs[-1]
    sync = read_record(store, sync_key(after.document_id), SyncRecord)
    assert sync is not None and [m.version for m in sync.merged] == [2]
    # a merge cut short (entry still pending) is finished with the same version, not a new one
    pending = [m.model_copy(update={"state": "pending"}) for m in sync.merged]
    write_record(store, sync_key(after.document_id), sync.model_copy(update={"merged": pending}))
    outputs.append(cli("review", "sync", "--store", uri))
    assert not store.exists(result_version_key(after.document_id, 3))
    assert store.get_json(result_key(after.document_id))["version"] == 2

    status = json.loads(cli("review", "status", "--store", uri, "--json"))
    assert (status["queue_in_label_studio"], status["queue_not_pushed"], status["queue"]) == (2, 0, 2)
    assert status["fields_corrected"] == 1 and status["fields_reviewed"] >= 3
    assert sum(status["reviewed_per_day"].values()) == 1
    assert_key_nowhere(store_dir, ls_env.api_key, *outputs)


def test_a_push_cut_short_is_finished_without_a_second_task(store_dir: Path, sdk: Any) -> None:
    uri = store_dir.as_uri()
    cli("review", "push", "--store", uri, "--limit", "1")
    store = LocalStore(store_dir)
    (record,) = [read_record(store, k, PushRecord) for k in store.list("review/tasks")]
    tasks_before = len(list(sdk.tasks.list(project=record.project_id)))
    write_record(
        store, push_key(record.document_id), record.model_copy(update={"state": "pending", "task_id": None})
    )
    assert "pushed 3 documents" in cli("review", "push", "--store", uri)
    assert len(list(sdk.tasks.list(project=record.project_id))) == tasks_before + 2
    finished = read_record(store, push_key(record.document_id), PushRecord)
    assert finished is not None and finished.state == "pushed" and finished.task_id is not None


@pytest.fixture
def webhook(
    store_dir: Path, ls_env: LabelStudioServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ReviewWebhook]:
    monkeypatch.setenv("IDP_WEBHOOK_TOKEN", "hook-token-for-tests")
    client = LabelStudioClient(LabelStudioSettings.from_env())
    hook = ReviewWebhook(open_store(store_dir.as_uri()), client, "127.0.0.1", 0, "hook-token-for-tests")
    hook.start()
    yield hook
    hook.close()


def wait_merged(hook: ReviewWebhook, count: int, deadline_s: float = 120.0) -> None:
    """Label Studio posts webhooks after the annotation is saved; wait for them (not a timing assertion)."""
    deadline = time.monotonic() + deadline_s
    while hook.merged < count and hook.failed == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    hook.wait_idle()
    assert (hook.merged, hook.failed) == (count, 0)


def test_webhook_merges_at_once(
    store_dir: Path, ls_env: LabelStudioServer, sdk: Any, webhook: ReviewWebhook
) -> None:
    uri = store_dir.as_uri()
    store = LocalStore(store_dir)
    host, port = webhook.address
    outputs = [cli("review", "push", "--store", uri)]  # makes the project if needed
    assert announce_webhook(store, webhook.client, f"http://{host}:{port}/")
    qa = results_by_name(store)["qa.png"]
    record = read_record(store, push_key(qa.document_id), PushRecord)
    assert record is not None and record.qa_sample

    annotation_id = annotate(sdk, record.task_id, {"total": "7.90"})  # ANNOTATION_CREATED
    wait_merged(webhook, 1)
    reviewed = results_by_name(store)["qa.png"]
    assert (reviewed.version, reviewed.status, reviewed.fields["total"].value) == (2, Status.reviewed, "7.90")
    assert reviewed.review.qa_sample

    annotate(sdk, record.task_id, {"total": "7.70"}, annotation_id=annotation_id)  # ANNOTATION_UPDATED
    wait_merged(webhook, 2)
    again = results_by_name(store)["qa.png"]
    assert again.version == 3 and again.fields["total"].value == "7.70"
    assert not store.exists(result_version_key(qa.document_id, 4))

    outputs.append(cli("review", "sync", "--store", uri))  # the webhook merged it: nothing left for sync
    assert "merged 0 reviews" in outputs[-1]
    status = json.loads(cli("review", "status", "--store", uri, "--json"))
    assert status["qa_documents"] == 1 and status["qa_fields"] >= 3
    assert status["qa_error_rate"] == pytest.approx(0.0)  # 7.70 is what the pipeline read
    assert_key_nowhere(store_dir, ls_env.api_key, *outputs)


@pytest.mark.needs_s3
def test_s3_store_pages_go_out_as_presigned_urls(
    processed: Path, s3_bucket: str, ls_env: LabelStudioServer, sdk: Any
) -> None:
    source, store = LocalStore(processed), open_store(f"s3://{s3_bucket}/idp")
    for key in source.list():
        store.put(key, source.get(key))
    uri = f"s3://{s3_bucket}/idp"
    output = cli("review", "push", "--store", uri, "--limit", "1")
    assert "pushed 1 documents" in output
    (key,) = store.list("review/tasks")
    record = read_record(store, key, PushRecord)
    assert record is not None and record.task_id is not None
    (url,) = sdk.tasks.get(id=record.task_id).data["pages"]
    assert url.startswith(f"{store.endpoint}/{s3_bucket}/idp/pages/") and "X-Amz-Signature=" in url
    with urllib.request.urlopen(url, timeout=30) as response:  # no credentials: the signature is enough
        assert response.read()[:3] == b"\xff\xd8\xff"
    assert_key_nowhere(processed, ls_env.api_key, output)


@pytest.mark.slow
def test_reviews_survive_a_label_studio_restart(
    processed: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Push, restart Label Studio on the same data, annotate, sync: ids and records still match."""
    from label_studio_sdk import LabelStudio

    from tests.fixtures.label_studio import running_label_studio

    store_dir = Path(shutil.copytree(processed, tmp_path / "store"))
    data_dir, root = tmp_path / "ls-data", tmp_path_factory.getbasetemp()
    with running_label_studio(data_dir, root) as first:
        for name, value in first.env().items():
            monkeypatch.setenv(name, value)
        assert "pushed 3 documents" in cli("review", "push", "--store", store_dir.as_uri())
    with running_label_studio(data_dir, root, api_key=first.api_key, password=first.password) as second:
        for name, value in second.env().items():  # a new port: the URL changes, the records do not care
            monkeypatch.setenv(name, value)
        store = LocalStore(store_dir)
        record = read_record(store, push_key(results_by_name(store)["a.png"].document_id), PushRecord)
        assert record is not None and record.task_id is not None
        annotate(
            LabelStudio(base_url=second.url, api_key=second.api_key), record.task_id, {"date": "15/03/2019"}
        )
        assert "pushed 0 documents" in cli("review", "push", "--store", store_dir.as_uri())
        assert "merged 1 reviews" in cli("review", "sync", "--store", store_dir.as_uri())
    assert results_by_name(store)["a.png"].fields["date"].value == "2019-03-15"
