"""Whose name a bare ``Name`` label asks for: the party the section's heading names.

Forms print one ``NAME`` box in each party's section (``A. DETAILS OF PRIMARY INSURED`` / ``D) NAME``,
``Part 1: Particulars of Life Assured`` / ``NAME (AS IN NRIC / PASSPORT)``). A heading is a line of one
cell (or a row of headings without figures), within four lines above the label, that holds the label
(or a cue) of one of the schema's name fields and no value after a colon (``Part 1:`` before it is a
section number); the bare name labels under it are that field's
(:meth:`idp.extractors.labels.LabelIndex.for_section`), as weak as a cue.
"""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.common import cells
from idp.extractors.labels import LabelIndex

_SECTION_NUMBER = re.compile(
    r"^\W*(?:(?:part|section|teil|abschnitt|partie|secci[óo]n|parte|sezione|deel|cz[eę][śs][ćc]|del)\s*"
    r"[\w.]{1,4}\s*[:.–-]\s*|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+|\d{1,2}\s+(?=[^\W\d_]))?",
    re.I,
)
# a section about the deceased names the life assured, not who claims (``The life assured (deceased)``)
_DECEASED = re.compile(r"deceased|verstorben|d[ée]c[ée]d[ée]|fallecid|defunt|decedut|overleden|zmarł", re.I)
REACH = 4  # lines between a heading and the name labels it governs


def section_keys(lines: list[Line], index: LabelIndex, types: dict[str, str]) -> list[str | None]:
    """For each line, the name field its section's heading names (None: no such heading above)."""
    names = {k for k, t in types.items() if t == "name"}
    heads: list[tuple[int, str]] = []  # (line, field) of each heading
    for i, line in enumerate(lines):
        key = _heading_key(lines, i, index, names) if re.search(r"[^\W\d_]{3}", line.text) else None
        if key is not None:
            heads.append((i, key))
    out: list[str | None] = [None] * len(lines)
    for i, key in heads:
        for j in range(i + 1, min(i + 1 + REACH, len(lines))):
            if lines[j].page != lines[i].page:
                break
            out[j] = key
    return out


def deceased_lines(lines: list[Line]) -> set[int]:
    """The lines of a section about the deceased (``Section B – The life assured (deceased)``): the names
    there are the life assured's, not the claimant's or a provider's."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if _DECEASED.search(line.text) and len(cells(lines, i)) == 1 and len(line.text.split()) <= 10:
            out.update(j for j in range(i + 1, min(i + 1 + REACH, len(lines))) if lines[j].page == line.page)
    return out


def _heading_key(lines: list[Line], i: int, index: LabelIndex, names: set[str]) -> str | None:
    text = lines[i].text
    body = text[_SECTION_NUMBER.match(text).end() :]  # type: ignore[union-attr]
    if ":" in body or "：" in body or re.search(r"\d", body) or len(body.split()) > 10:
        return None
    if _DECEASED.search(body):
        return None
    row = cells(lines, i)  # one heading, or a row of them ("Kunde / Versicherungsnehmer    Gerät")
    if len(row) > 1 and any(re.search(r"[\d:：]", c.text) for c in row):
        return None
    parts = [body] if len(row) == 1 else [c.text for c in row]
    keys = {m.key for p in parts for m in index.find(p)}
    keys |= {k for p in parts if (k := index.cue_key(p))}
    keys &= names
    return next(iter(keys)) if len(keys) == 1 else None
