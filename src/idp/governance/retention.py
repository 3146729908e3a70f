"""Retention: delete what has outlived its time, artifact by artifact, and say so in the audit trail.

Each artifact ages from its own time: a document's results from the `created_at` of its latest result (all
its versions go together), quarantine and correction records from their `created_at`, an audit trail from
its newest entry, page images, OCR words, run reports and events from the store's last-modified time.
Something whose time cannot be read is kept. An audit trail is never deleted while the document still has a
result or a quarantine record, and deleting anything of a document first appends a `retention_deleted`
entry per object to its trail (so the trail outlives what it records by the `audit` period). The entry is
written before the deletion: a run cut short repeats the entry, and the next run finishes the deletion.

Keys under other prefixes (review/, models/, reports/) are not touched. For encryption at rest on S3, set
IDP_S3_SSE=1: every object the pipeline writes then asks for server-side encryption (SSE-S3).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, Field

from idp.config import RetentionSettings, load_config
from idp.governance.audit import RETENTION_ACTOR, AuditKind, AuditLog, Decision, audit_key
from idp.governance.audit_verify import has_records
from idp.pipeline.store import Store

ARTIFACTS = ("pages", "ocr", "results", "quarantine", "corrections", "runs", "events", "audit")
_HEX = "[0-9a-f]{64}"
_DOCUMENT_KEYS = {
    "pages": re.compile(rf"^pages/({_HEX})/[^/]+$"),
    "ocr": re.compile(rf"^ocr/({_HEX})\.json$"),
    "quarantine": re.compile(rf"^quarantine/({_HEX})\.json$"),
    "corrections": re.compile(rf"^corrections/[^/]+/({_HEX})\.json$"),
    "results": re.compile(rf"^results/({_HEX})(?:\.json|/v[0-9]+\.json)$"),
}


class Expired(BaseModel):
    artifact: str
    key: str
    document_id: str | None = None
    time: str = Field(description="the object's own time, ISO 8601 UTC")
    expires_at: str


class RetentionReport(BaseModel):
    as_of: str
    dry_run: bool
    expired: list[Expired] = Field(default_factory=list, description="deleted, or to delete in a dry run")
    kept_audit: list[str] = Field(
        default_factory=list, description="expired audit trails kept because the document still has records"
    )

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for item in self.expired:
            out[item.artifact] += 1
        return dict(sorted(out.items()))


def parse_time(value: object) -> datetime | None:
    """A stored ISO 8601 time as an aware UTC datetime; None when it is missing or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _created_at(store: Store, key: str) -> datetime | None:
    try:
        return parse_time(store.get_json(key).get("created_at"))
    except (KeyError, ValueError, AttributeError):
        return None


class _Scan:
    def __init__(self, store: Store, settings: RetentionSettings, now: datetime) -> None:
        self.store = store
        self.settings = settings
        self.now = now
        self.kept_audit: list[str] = []

    def expired(self, artifact: str, key: str, time: datetime | None, doc: str | None) -> Expired | None:
        days = getattr(self.settings, artifact)
        if days is None or time is None:
            return None
        expires_at = time + timedelta(days=days)
        if expires_at > self.now:
            return None
        return Expired(
            artifact=artifact, key=key, document_id=doc, time=iso(time), expires_at=iso(expires_at)
        )

    def by_modified(self, artifact: str) -> Iterator[Expired]:
        pattern = _DOCUMENT_KEYS.get(artifact)
        for key, modified in self.store.list_modified(artifact):
            match = pattern.match(key) if pattern else None
            if pattern is not None and match is None:
                continue  # not an object this pipeline wrote: leave it alone
            if item := self.expired(artifact, key, modified, f"sha256:{match[1]}" if match else None):
                yield item

    def by_created_at(self, artifact: str) -> Iterator[Expired]:
        for key in self.store.list(artifact):
            match = _DOCUMENT_KEYS[artifact].match(key)
            if match and (
                item := self.expired(artifact, key, _created_at(self.store, key), f"sha256:{match[1]}")
            ):
                yield item

    def results(self) -> Iterator[Expired]:
        """All versions of a document's results go together, at the latest result's time."""
        keys: dict[str, list[str]] = defaultdict(list)
        for key in self.store.list("results"):
            if match := _DOCUMENT_KEYS["results"].match(key):
                keys[match[1]].append(key)
        for hex_id, group in sorted(keys.items()):
            latest = f"results/{hex_id}.json"
            if latest in group:
                time = _created_at(self.store, latest)
            else:  # no latest pointer (a crash before it was written): the newest version's time
                times = [t for k in group if (t := _created_at(self.store, k)) is not None]
                time = max(times, default=None)
            for key in sorted(group):
                if item := self.expired("results", key, time, f"sha256:{hex_id}"):
                    yield item

    def audit(self) -> Iterator[Expired]:
        log = AuditLog(self.store)
        for doc in log.documents():
            lines = log.lines(doc)
            try:
                time = parse_time(json.loads(lines[-1])["time"]) if lines else None
            except (ValueError, KeyError, TypeError):
                time = None
            item = self.expired("audit", audit_key(doc), time, doc)
            if item is None:
                continue
            if has_records(self.store, doc):
                self.kept_audit.append(doc)
                continue
            yield item


def find_expired(store: Store, settings: RetentionSettings, now: datetime) -> RetentionReport:
    """Everything that has expired at `now`, in a report marked as a dry run."""
    scan = _Scan(store, settings, now)
    expired: list[Expired] = []
    for artifact in ("pages", "ocr", "runs", "events"):
        expired.extend(scan.by_modified(artifact))
    for artifact in ("quarantine", "corrections"):
        expired.extend(scan.by_created_at(artifact))
    expired.extend(scan.results())
    expired.extend(scan.audit())
    return RetentionReport(as_of=iso(now), dry_run=True, expired=expired, kept_audit=scan.kept_audit)


def apply_retention(
    store: Store, settings: RetentionSettings, now: datetime | None = None, dry_run: bool = False
) -> RetentionReport:
    """Delete what has expired at `now` (default: the current time), recording each deletion of a
    document's artifact in its audit trail; with `dry_run`, only list it."""
    now = now or datetime.now(UTC)
    report = find_expired(store, settings, now)
    if dry_run:
        return report
    log = AuditLog(store)
    by_doc: dict[str | None, list[Expired]] = defaultdict(list)
    for item in report.expired:
        if item.artifact != "audit":
            by_doc[item.document_id].append(item)
    for doc, items in by_doc.items():
        if doc is not None:
            log.append(doc, [_decision(item, settings, report.as_of) for item in items])
        for item in items:
            store.delete(item.key)
    for item in report.expired:
        if item.artifact == "audit" and item.document_id is not None:
            log.delete(item.document_id)
    return report.model_copy(update={"dry_run": False})


def _decision(item: Expired, settings: RetentionSettings, as_of: str) -> Decision:
    details = {
        "key": item.key,
        "artifact": item.artifact,
        "object_time": item.time,
        "retention_days": getattr(settings, item.artifact),
        "expired_at": item.expires_at,
        "as_of": as_of,
    }
    return Decision(AuditKind.retention_deleted, RETENTION_ACTOR, details)


def load_retention_settings(path: str | Path | None = None) -> RetentionSettings:
    """The `retention` section of the pipeline config (configs/default.yaml merged with `path`)."""
    return load_config(path).retention
