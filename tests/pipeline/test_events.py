"""Events for case systems: the run's jsonl in the store and webhook POSTs retried with back-off."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from idp.config import load_config
from idp.pipeline.runner import process_batch
from tests import inputs


class _Receiver(BaseHTTPRequestHandler):
    """Answers 503 to the first request for each document, then 200: the sender must retry."""

    received: ClassVar[list[dict]] = []
    seen: ClassVar[set[str]] = set()

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if body["document_id"] not in self.seen:
            self.seen.add(body["document_id"])
            self.send_response(503)
        else:
            self.received.append(body)
            self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver():
    _Receiver.received, _Receiver.seen = [], set()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/events", _Receiver.received
    server.shutdown()
    server.server_close()


def test_events_jsonl_and_webhook_with_retries(tmp_path: Path, receiver) -> None:
    url, received = receiver
    inbound = tmp_path / "in"
    inputs.write(inbound, "receipt.png", inputs.png_bytes())
    inputs.write(inbound, "empty.pdf", b"")
    config = load_config().with_updates(events={"webhook_url": url, "webhook_backoff_s": 0.05})
    store = tmp_path / "store"

    report = process_batch(str(inbound), store.as_uri(), config, workers=0)

    assert report.events_key is not None and report.events_key.startswith("events/")
    lines = [json.loads(line) for line in (store / report.events_key).read_text().splitlines()]
    by_name = {e["name"]: e for e in lines}
    assert set(by_name) == {"receipt.png", "empty.pdf"}
    assert by_name["empty.pdf"]["status"] == "quarantined"
    assert by_name["empty.pdf"]["key"].startswith("quarantine/")
    receipt = by_name["receipt.png"]
    assert receipt["status"] in ("auto_accepted", "needs_review")
    assert (store / receipt["key"]).is_file()
    assert all(e["run_id"] == report.run_id for e in lines)
    # every event delivered once, after one refused attempt each
    assert report.webhook == {"delivered": 2, "failed": 0, "pending": 0}
    assert sorted(e["document_id"] for e in received) == sorted(e["document_id"] for e in lines)

    again = process_batch(str(inbound), store.as_uri(), load_config(), workers=0)
    assert again.events_key is None  # nothing finished, nothing announced twice


def test_unreachable_webhook_never_fails_the_batch(tmp_path: Path) -> None:
    inbound = tmp_path / "in"
    inputs.write(inbound, "empty.png", b"")
    config = load_config().with_updates(
        events={
            "webhook_url": "http://127.0.0.1:9/none",
            "webhook_max_attempts": 2,
            "webhook_backoff_s": 0.01,
        }
    )
    report = process_batch(str(inbound), (tmp_path / "store").as_uri(), config, workers=0)
    assert report.counts.quarantined == 1
    assert report.webhook == {"delivered": 0, "failed": 1, "pending": 0}
