"""`idp audit verify`: is every trail the one that was written?

A trail is intact when its lines parse, `seq` counts 1, 2, ... with no gap, every `prev_hash` is the hash of
the line before (64 zeros for the first), every `hash` is recomputed from its entry, every entry names the
document, and the head records agree: the newest entry has one, and every head record names an entry the
trail holds at that `seq`. What each check catches:

- a value edited in an entry: its recomputed hash differs;
- two entries swapped, or one deleted in the middle: `seq` jumps and `prev_hash` no longer links;
- the newest entries deleted: a head record names a `seq` past the end of the trail;
- the whole trail deleted: its head records remain (and a result or quarantine record without any trail is
  reported too);
- an entry overwritten by a concurrent append: its head record names a hash the trail lacks.

A crash between writing the trail and its head record also shows up (as "no head record for the newest
entry"); the next append to that trail clears it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from idp.document import id_to_key
from idp.governance.audit import GENESIS, AuditEntry, AuditLog, entry_hash
from idp.pipeline.results import quarantine_key, result_key
from idp.pipeline.store import Store


def _check_lines(document_id: str, lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Problems of the chain itself, and seq -> stored hash of the entries that parsed."""
    problems: list[str] = []
    by_seq: dict[int, str] = {}
    prev = GENESIS
    for number, line in enumerate(lines, start=1):
        try:
            raw: Any = json.loads(line)
            entry = AuditEntry.model_validate(raw)
        except (ValueError, ValidationError) as exc:
            problems.append(f"line {number} is not an audit entry ({str(exc).splitlines()[0]})")
            prev = ""
            continue
        if entry.seq != number:
            problems.append(f"line {number} holds seq {entry.seq}: entries were deleted or reordered")
        if entry.prev_hash != prev:
            problems.append(f"entry seq {entry.seq} does not link to the entry before it")
        if entry_hash(raw) != entry.hash:
            problems.append(f"entry seq {entry.seq} was edited: its hash does not match its content")
        if entry.document_id != document_id:
            problems.append(f"entry seq {entry.seq} names another document ({entry.document_id})")
        by_seq.setdefault(entry.seq, entry.hash)
        prev = entry.hash
    return problems, by_seq


def verify_trail(store: Store, document_id: str, log: AuditLog | None = None) -> list[str]:
    """What is wrong with a document's trail ([] when it is intact, or when there is no trail at all)."""
    log = log or AuditLog(store)
    lines = log.lines(document_id)
    heads = log.heads(document_id)
    if not lines:
        if heads:
            return [f"the trail was deleted: its head record names seq {max(heads)[0]}"]
        return []
    problems, by_seq = _check_lines(document_id, lines)
    last_seq = len(lines)
    for seq, hash_ in heads:
        if seq > last_seq:
            problems.append(f"entries after seq {last_seq} were deleted: a head record names seq {seq}")
        elif by_seq.get(seq) != hash_:
            problems.append(
                f"entry seq {seq} is not the one written (overwritten by a concurrent append, or rewritten)"
            )
    last_hash = by_seq.get(last_seq)
    if last_hash is not None and (last_seq, last_hash) not in heads:
        problems.append(
            f"no head record for the newest entry (seq {last_seq}): entries deleted from the end, "
            "or a crash between the trail and its head record"
        )
    return list(dict.fromkeys(problems))


def normalise_id(document_id: str) -> str:
    """`sha256:<hex>` of an id given with or without its prefix."""
    return f"sha256:{id_to_key(document_id.strip()).lower()}"


MISSING_TRAIL = "the document has a result or quarantine record but no audit trail"


def has_records(store: Store, document_id: str) -> bool:
    return store.exists(result_key(document_id)) or store.exists(quarantine_key(document_id))


class VerifyReport(BaseModel):
    checked: int = Field(description="documents whose trail (or missing trail) was checked")
    problems: dict[str, list[str]] = Field(description="document id -> what is wrong, for failed ones")


def verify_store(store: Store, document_id: str | None = None) -> VerifyReport:
    """Check every trail (or `document_id`'s only).

    A document with a result or a quarantine record but no trail and no head record fails too: every
    document the pipeline writes has one."""
    log = AuditLog(store)
    if document_id is not None:
        doc = normalise_id(document_id)
        problems = verify_trail(store, doc, log)
        if not problems and not log.lines(doc) and not log.heads(doc) and has_records(store, doc):
            problems = [MISSING_TRAIL]
        return VerifyReport(checked=1, problems={doc: problems} if problems else {})
    trails = log.documents()
    bad = {doc: problems for doc in trails if (problems := verify_trail(store, doc, log))}
    missing = sorted(set(_documents_with_records(store)) - set(trails))
    bad.update({doc: [MISSING_TRAIL] for doc in missing})
    return VerifyReport(checked=len(trails) + len(missing), problems=dict(sorted(bad.items())))


_RECORD = re.compile(r"^(results|quarantine)/([0-9a-f]{64})\.json$")


def _documents_with_records(store: Store) -> list[str]:
    out = set()
    for prefix in ("results", "quarantine"):
        for key in store.list(prefix):
            match = _RECORD.match(key)
            if match:
                out.add(f"sha256:{match[2]}")
    return sorted(out)
