"""Events for upstream case systems: one line per finished document, and an optional webhook.

The run's events go to ``events/<date>/<run_id>.jsonl`` in the output store. Object stores cannot
append, so the file is rewritten whole, at most once per `flush_interval_s` and at the end of the run:
a crash loses at most that window of events, never a result. A webhook, when configured, gets one POST
per event from a background thread, retried with exponential back-off; it never blocks the batch.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime

from pydantic import BaseModel

from idp.config import EventSettings
from idp.document import utc_now
from idp.pipeline.job import Outcome
from idp.pipeline.results import quarantine_key, result_key
from idp.pipeline.store import Store

logger = logging.getLogger(__name__)


class Event(BaseModel):
    document_id: str
    name: str
    status: str  # a result status, or "quarantined"
    doc_type: str | None = None
    key: str
    run_id: str
    time: str


def event_for(outcome: Outcome, run_id: str) -> Event | None:
    """The event of a finished document; None for skipped ones (their event was sent by an earlier run)."""
    if outcome.outcome == "skipped" or outcome.document_id is None:
        return None
    quarantined = outcome.outcome == "quarantined"
    return Event(
        document_id=outcome.document_id,
        name=outcome.name,
        status="quarantined" if quarantined else str(outcome.status),
        doc_type=outcome.doc_type,
        key=quarantine_key(outcome.document_id) if quarantined else result_key(outcome.document_id),
        run_id=run_id,
        time=utc_now(),
    )


class EventLog:
    def __init__(self, store: Store, run_id: str, settings: EventSettings) -> None:
        self.store = store
        self.key = f"events/{datetime.now(UTC):%Y-%m-%d}/{run_id}.jsonl"
        self.run_id = run_id
        self.settings = settings
        self.lines: list[str] = []
        self._last_flush = time.monotonic()
        self._dirty = False
        self.webhook = WebhookSender(settings) if settings.webhook_url else None

    def add(self, outcome: Outcome) -> None:
        event = event_for(outcome, self.run_id)
        if event is None:
            return
        self.lines.append(event.model_dump_json())
        self._dirty = True
        if self.webhook:
            self.webhook.send(event)
        if time.monotonic() - self._last_flush >= self.settings.flush_interval_s:
            self.flush()

    def flush(self) -> None:
        if self._dirty:
            self.store.put(self.key, ("\n".join(self.lines) + "\n").encode(), "application/x-ndjson")
            self._dirty = False
        self._last_flush = time.monotonic()

    def close(self) -> dict[str, int]:
        self.flush()
        return self.webhook.close() if self.webhook else {}


class WebhookSender:
    """POSTs events as JSON from one background thread; failures are retried, then counted and logged."""

    def __init__(self, settings: EventSettings) -> None:
        self.settings = settings
        self.queue: queue.Queue[Event | None] = queue.Queue()
        self.counts = {"delivered": 0, "failed": 0}
        self.thread = threading.Thread(target=self._run, name="idp-webhook", daemon=True)
        self.thread.start()

    def send(self, event: Event) -> None:
        self.queue.put(event)

    def close(self) -> dict[str, int]:
        self.queue.put(None)
        self.thread.join(timeout=self.settings.webhook_drain_timeout_s)
        return dict(self.counts, pending=self.queue.qsize())

    def _run(self) -> None:
        while (event := self.queue.get()) is not None:
            if self._deliver(event):
                self.counts["delivered"] += 1
            else:
                self.counts["failed"] += 1
                logger.warning("webhook gave up on %s after %d attempts", event.document_id, self._attempts)

    @property
    def _attempts(self) -> int:
        return self.settings.webhook_max_attempts

    def _deliver(self, event: Event) -> bool:
        body = json.dumps(event.model_dump()).encode()
        delay = self.settings.webhook_backoff_s
        for attempt in range(1, self._attempts + 1):
            request = urllib.request.Request(
                str(self.settings.webhook_url),
                data=body,
                headers={"Content-Type": "application/json", "User-Agent": "idp-events/1"},
                method="POST",
            )
            try:
                with urllib.request.urlopen(request, timeout=self.settings.webhook_timeout_s) as response:
                    if 200 <= response.status < 300:
                        return True
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                logger.info("webhook attempt %d for %s failed: %s", attempt, event.document_id, exc)
            if attempt < self._attempts:
                time.sleep(delay)
                delay *= 2
        return False
