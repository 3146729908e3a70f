"""`idp serve-webhook`: Label Studio's ANNOTATION_CREATED / ANNOTATION_UPDATED webhooks merge at once.

The handler only checks and queues (Label Studio waits for the answer, and a merge calls its API back); one
worker thread merges the queued tasks one at a time with the code of `idp review sync`, reading the
annotation from the API rather than trusting the payload, so an out-of-order or repeated webhook is harmless.
A shared token (`IDP_WEBHOOK_TOKEN`, sent by Label Studio as the `X-Idp-Webhook-Token` header) keeps other
senders out. Standard library HTTP server: the traffic is one small POST per submitted annotation.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from idp.annotation.client import LabelStudioClient, LabelStudioError
from idp.annotation.records import WEBHOOK_KEY, ProjectRecord, WebhookRecord, read_record, write_record
from idp.annotation.sync import merge_task, push_records, record_for_task
from idp.document import utc_now
from idp.pipeline.store import Store, StoreError

logger = logging.getLogger(__name__)
TOKEN_HEADER = "X-Idp-Webhook-Token"
ACTIONS = {"ANNOTATION_CREATED", "ANNOTATION_UPDATED"}
MAX_BODY = 20 * 1024 * 1024


def webhook_token() -> str | None:
    return os.environ.get("IDP_WEBHOOK_TOKEN", "").strip() or None


def register_webhook(store: Store, client: LabelStudioClient, project_id: int) -> bool:
    """Point a project's webhook at the receiver named in review/webhook.json, if there is one."""
    record = read_record(store, WEBHOOK_KEY, WebhookRecord)
    if record is None:
        return False
    token = webhook_token()
    if record.token_required and token is None:
        logger.warning(
            "the webhook receiver wants IDP_WEBHOOK_TOKEN, which is not set here: project %s gets no webhook "
            "(run `idp review sync`, or set the token and push again)",
            project_id,
        )
        return False
    client.ensure_webhook(project_id, record.url, {TOKEN_HEADER: token} if token else None)
    return True


def announce_webhook(store: Store, client: LabelStudioClient, url: str) -> list[int]:
    """Record where the receiver listens and register it on every review project made so far."""
    write_record(
        store,
        WEBHOOK_KEY,
        WebhookRecord(url=url, token_required=webhook_token() is not None, updated_at=utc_now()),
    )
    projects = []
    for key in store.list("review/projects"):
        project = read_record(store, key, ProjectRecord) if key.endswith(".json") else None
        if project is not None and register_webhook(store, client, project.project_id):
            projects.append(project.project_id)
    return projects


def task_of(payload: dict[str, Any]) -> tuple[int, str | None] | None:
    """(task id, document id or None) named by a webhook payload about an annotation."""
    if payload.get("action") not in ACTIONS:
        return None
    task = payload.get("task") if isinstance(payload.get("task"), dict) else {}
    annotation = payload.get("annotation") if isinstance(payload.get("annotation"), dict) else {}
    task_id = task.get("id") or annotation.get("task")
    if isinstance(task_id, dict):
        task_id = task_id.get("id")
    if task_id is None:
        return None
    document_id = (task.get("data") or {}).get("document_id")
    return int(task_id), str(document_id) if document_id else None


class ReviewWebhook:
    """An HTTP server on (host, port) and the worker that merges what it queues."""

    def __init__(
        self, store: Store, client: LabelStudioClient, host: str, port: int, token: str | None
    ) -> None:
        self.store = store
        self.client = client
        self.token = token or None
        self.queue: queue.Queue[tuple[int, str | None] | None] = queue.Queue()
        self.merged = 0
        self.failed = 0
        self.server = ThreadingHTTPServer((host, port), self._handler())
        self.server.daemon_threads = True
        self._worker = threading.Thread(target=self._work, name="idp-review-merge", daemon=True)
        self._serving = False

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.server.server_address[:2]
        return str(host), int(port)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # through logging, not stderr
                logger.debug("webhook %s", format % args)

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._answer(200, {"status": "ok", "merged": hook.merged, "failed": hook.failed})

            def do_POST(self) -> None:
                if hook.token and not hmac.compare_digest(self.headers.get(TOKEN_HEADER, ""), hook.token):
                    self._answer(401, {"error": f"missing or wrong {TOKEN_HEADER}"})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                if length <= 0 or length > MAX_BODY:
                    self._answer(400, {"error": "a JSON body is needed"})
                    return
                try:
                    payload = json.loads(self.rfile.read(length))
                except ValueError:
                    self._answer(400, {"error": "the body is not JSON"})
                    return
                target = task_of(payload) if isinstance(payload, dict) else None
                if target is None:
                    self._answer(200, {"queued": False})
                    return
                hook.queue.put(target)
                self._answer(202, {"queued": True, "task": target[0]})

        return Handler

    def _work(self) -> None:
        while True:
            item = self.queue.get()
            try:
                if item is None:
                    return
                self.merge(*item)
            except (LabelStudioError, StoreError, KeyError, ValueError) as exc:
                self.failed += 1
                logger.error("webhook merge of task %s failed: %s", item[0] if item else "?", exc)
            finally:
                self.queue.task_done()

    def merge(self, task_id: int, document_id: str | None) -> bool:
        if document_id is not None:
            record = record_for_task(self.store, document_id, task_id)
        else:
            record = next((r for r in push_records(self.store) if r.task_id == task_id), None)
        if record is None:
            logger.info("webhook for task %s: not a task idp pushed (or an older one); ignored", task_id)
            return False
        merged = merge_task(self.store, self.client, record) is not None
        self.merged += int(merged)
        return merged

    def start(self) -> None:
        """Serve in background threads (tests, embedding); `serve_forever` blocks instead."""
        self._worker.start()
        self._serving = True
        threading.Thread(target=self.server.serve_forever, name="idp-review-webhook", daemon=True).start()

    def serve_forever(self) -> None:
        self._worker.start()
        self._serving = True
        try:
            self.server.serve_forever()
        finally:
            self.close()

    def wait_idle(self) -> None:
        """Block until every queued webhook is merged (tests)."""
        self.queue.join()

    def close(self) -> None:
        if self._serving:  # shutdown() waits for a serve_forever loop, so only when one ran
            self.server.shutdown()
            self._serving = False
        self.server.server_close()
        if self._worker.is_alive():
            self.queue.put(None)
            self._worker.join(timeout=30)
