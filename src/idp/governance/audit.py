"""The audit trail: a hash-chained history of every decision on a document, kept in the store.

    audit/<key>.jsonl                    one entry per line, oldest first (<key>: the hex of the sha256 id)
    audit/heads/<key>/<seq>-<hash>.json  a head record of the newest entry, written after each append

Each entry has `seq` (1, 2, ...), `time`, `kind`, `actor`, `document_id`, `details`, `prev_hash` (the hash of
the entry before it; 64 zeros for the first) and `hash`: the sha256 of the canonical JSON (sorted keys, no
spaces, UTF-8) of the entry without `hash`. Editing an entry changes its hash; reordering or deleting entries
breaks the `seq` count and the `prev_hash` links. Deleting the newest entries leaves a valid, shorter chain:
the head record catches that, since it names an entry the trail no longer has (`idp audit verify`).

Object stores cannot append, so an append reads the trail, adds its lines and writes it back whole, then
writes the head record of its newest entry and deletes the head records of older entries of the trail. The
pipeline writes a document from one worker at a time, and appends within one process are serialised by a
lock. Two processes appending to one trail at the same moment (`idp review sync` while `idp serve-webhook`
merges the same document) can overwrite each other's write: the loser's head record then names an entry the
trail lacks, and verify reports the document, so a lost entry is never silent. Run one merger per store to
avoid it. Whoever may write the store can still rewrite a whole trail with valid hashes: the chain proves
that nothing was changed by accident or by a partial edit, not by an administrator; anchor the heads
elsewhere (e.g. an object-locked bucket) where that matters.

No entry may hold a credential: `details` are scrubbed of keys that name secrets and of the values of the
secret environment variables the project reads, before they are hashed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import metadata
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from idp.document import id_to_key, utc_now
from idp.pipeline.store import Store

logger = logging.getLogger(__name__)

GENESIS = "0" * 64
RETENTION_ACTOR = "retention"
_KEY = re.compile(r"^[0-9a-f]{64}$")
_HEAD = re.compile(r"^(?P<seq>[0-9]+)-(?P<hash>[0-9a-f]{64})\.json$")
SECRET_ENV = (
    "LABEL_STUDIO_API_KEY",
    "LABEL_STUDIO_PASSWORD",
    "LABEL_STUDIO_USER_TOKEN",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "IDP_WEBHOOK_TOKEN",
)
_SECRET_NAME = re.compile(r"secret|passw|api_?key|token|authori[sz]ation|credential", re.IGNORECASE)
_SIGNED_QUERY = re.compile(r"\?[^\s\"']*(X-Amz-Signature|Signature=|X-Amz-Credential)[^\s\"']*")
_lock = threading.Lock()


class AuditKind(StrEnum):
    processed = "processed"
    routed = "routed"
    quarantined = "quarantined"
    pushed_to_review = "pushed_to_review"
    field_corrected = "field_corrected"
    field_confirmed = "field_confirmed"
    reviewed = "reviewed"
    approved = "approved"
    reprocessed = "reprocessed"
    retention_deleted = "retention_deleted"


class AuditEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    seq: int = Field(ge=1)
    time: str
    kind: str = Field(
        description="an AuditKind; any name is accepted when read, so old tools read new trails"
    )
    actor: str = Field(description='"pipeline@<version>", "reviewer:<email>" or "retention"')
    document_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Decision:
    """An entry to append: what was decided, by whom, with what evidence."""

    kind: AuditKind
    actor: str
    details: dict[str, Any] = field(default_factory=dict)


def audit_key(document_id: str) -> str:
    return f"audit/{id_to_key(document_id)}.jsonl"


def heads_prefix(document_id: str) -> str:
    return f"audit/heads/{id_to_key(document_id)}"


def head_key(document_id: str, seq: int, hash_: str) -> str:
    return f"{heads_prefix(document_id)}/{seq}-{hash_}.json"


def canonical(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(entry: dict[str, Any]) -> str:
    """The sha256 of the canonical JSON of an entry without its `hash` (`prev_hash` included)."""
    return hashlib.sha256(canonical({k: v for k, v in entry.items() if k != "hash"})).hexdigest()


@cache
def pipeline_actor() -> str:
    try:
        version = metadata.version("idp")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        version = "unknown"
    return f"pipeline@{version}"


def reviewer_actor(reviewer: str) -> str:
    return f"reviewer:{reviewer}"


def _secrets() -> list[str]:
    return [v for v in (os.environ.get(n, "").strip() for n in SECRET_ENV) if len(v) >= 4]


def scrub(value: Any, secrets: Sequence[str] | None = None) -> Any:
    """`value` as plain JSON without credentials: keys naming secrets dropped, secret values and the
    signature of presigned URLs replaced by ``***``."""
    secrets = _secrets() if secrets is None else secrets
    if isinstance(value, dict):
        return {str(k): scrub(v, secrets) for k, v in value.items() if not _SECRET_NAME.search(str(k))}
    if isinstance(value, list | tuple):
        return [scrub(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "***")
        return _SIGNED_QUERY.sub("?***", value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # plain JSON has no NaN or Infinity
    if value is None or isinstance(value, bool | int):
        return value
    return scrub(json.loads(json.dumps(value, default=str)), secrets)


def _line(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"


def parse_lines(data: bytes) -> list[str]:
    return [line for line in data.decode("utf-8", errors="replace").splitlines() if line.strip()]


class AuditLog:
    """The audit trails of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def append(self, document_id: str, decisions: Iterable[Decision]) -> list[AuditEntry]:
        """Add entries to a document's trail in one write; the entries written."""
        decisions = list(decisions)
        if not decisions:
            return []
        key = audit_key(document_id)
        with _lock:
            try:
                lines = parse_lines(self.store.get(key))
            except KeyError:
                lines = []
            seq, prev = self._tail(lines, key)
            entries = []
            for decision in decisions:
                seq += 1
                body = {
                    "seq": seq,
                    "time": utc_now(),
                    "kind": AuditKind(decision.kind).value,
                    "actor": scrub(decision.actor),
                    "document_id": document_id,
                    "details": scrub(decision.details),
                    "prev_hash": prev,
                }
                prev = entry_hash(body)
                entries.append(AuditEntry.model_validate({**body, "hash": prev}))
            text = "".join(f"{line}\n" for line in lines)
            text += "".join(_line(entry.model_dump()) for entry in entries)
            self.store.put(key, text.encode("utf-8"), "application/x-ndjson")
            last = entries[-1]
            head = {"document_id": document_id, "seq": last.seq, "hash": last.hash, "time": last.time}
            self.store.put_json(head_key(document_id, last.seq, last.hash), head)
            self._prune_heads(document_id, lines, last)
        return entries

    def record(self, document_id: str, kind: AuditKind, actor: str, details: dict[str, Any]) -> AuditEntry:
        return self.append(document_id, [Decision(kind, actor, details)])[0]

    def _tail(self, lines: list[str], key: str) -> tuple[int, str]:
        """(seq, hash) of the newest entry, to chain the next one to."""
        if not lines:
            return 0, GENESIS
        try:
            last = json.loads(lines[-1])
            return int(last["seq"]), str(last["hash"])
        except (ValueError, KeyError, TypeError):
            # a damaged trail stays damaged (verify names it); new entries still chain on
            logger.warning("the last line of %s is not an audit entry; appending after it", key)
            return len(lines), hashlib.sha256(lines[-1].encode()).hexdigest()

    def _prune_heads(self, document_id: str, lines: list[str], last: AuditEntry) -> None:
        """Delete the head records of older entries that the trail we just wrote still holds; a head record
        of an entry not in the trail (lost in a concurrent write, or deleted) is kept as evidence."""
        hashes = set()
        for line in lines:
            try:
                hashes.add(json.loads(line)["hash"])
            except (ValueError, KeyError, TypeError):
                continue
        for key in self.store.list(heads_prefix(document_id)):
            match = _HEAD.match(key.rsplit("/", 1)[-1])
            if match and match["hash"] != last.hash and match["hash"] in hashes:
                self.store.delete(key)

    def entries(self, document_id: str) -> list[AuditEntry]:
        """The trail of a document, oldest first ([] when it has none); a damaged line is an error."""
        try:
            lines = parse_lines(self.store.get(audit_key(document_id)))
        except KeyError:
            return []
        return [AuditEntry.model_validate_json(line) for line in lines]

    def lines(self, document_id: str) -> list[str]:
        try:
            return parse_lines(self.store.get(audit_key(document_id)))
        except KeyError:
            return []

    def heads(self, document_id: str) -> list[tuple[int, str]]:
        """(seq, hash) of every head record of a document."""
        out = []
        for key in self.store.list(heads_prefix(document_id)):
            match = _HEAD.match(key.rsplit("/", 1)[-1])
            if match:
                out.append((int(match["seq"]), match["hash"]))
        return sorted(out)

    def documents(self) -> list[str]:
        """Ids of every document with a trail or a head record."""
        keys = set()
        for key in self.store.list("audit"):
            parts = key.split("/")
            if len(parts) == 2 and parts[1].endswith(".jsonl") and _KEY.match(parts[1][: -len(".jsonl")]):
                keys.add(parts[1][: -len(".jsonl")])
            elif len(parts) == 4 and parts[1] == "heads" and _KEY.match(parts[2]):
                keys.add(parts[2])
        return [f"sha256:{k}" for k in sorted(keys)]

    def delete(self, document_id: str) -> list[str]:
        """Delete a document's trail and head records (retention); the keys deleted."""
        keys = [audit_key(document_id), *self.store.list(heads_prefix(document_id))]
        with _lock:
            for key in keys:
                self.store.delete(key)
        return keys
