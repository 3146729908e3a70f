"""Generic label:value pairs of any form, each reported as a field named by a slug of its label.

A label is, in this order of evidence:

1. text ending in a colon: ``Name:`` with its value in the rest of the cell (``Name: Jo Bloggs``), in
   the next cell on the row, or in the cell under it;
2. a cell of a row of labels (boxed form fields: ``POLICY NO.   CLAIM NO.`` over their values), its
   value the words under it;
3. a short cell in capitals with no digits (``DATE``, ``FAX NO``), its value the next cell on its row;
4. a short cell with no digits followed on its row by a number (``Tipping Length   25 mm``);
5. a short cell in title case alone on its row with one other cell (``Full Name    Meghan Jensen``).

A value that is itself a label is no value. Values are normalised by the type they show (ISO date,
decimal amount, e-mail, phone) and otherwise kept as printed. Field names: the label in lower case,
accents dropped, other non-alphanumerics as ``_`` (``Date of Birth:`` -> ``date_of_birth``); a name
seen twice gets ``_2``.
A value beside or under a colon label runs on over the lines under it that start at its left edge.
Confidence: OCR confidence x (0.85 colon, 0.8 row of labels, 0.6 capitals, 0.5 number, 0.45 title
case): guesses that a person should confirm unless the document type's threshold is lowered.

These rules are the ``rules`` linker. The ``learned`` linker (:mod:`idp.extractors.form_linker`, the
default: better on held-out FUNSD forms) links segments with models fitted on FUNSD and reports its
calibrated probability as evidence; without a packaged model it falls back to the rules.
:data:`LINKERS` maps the schema's ``pair_linker`` to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from idp.document import Document, FieldValue, Line
from idp.extractors.common import Span, below, cells, make_field, span, word_offsets
from idp.extractors.form_linker import active_linker
from idp.extractors.form_segments import Pair
from idp.extractors.grid import aligned_count, label_row
from idp.extractors.value_spots import LABEL_CELL
from idp.extractors.values import LABEL_LIKE, detect_type, fold, mend_text

_COLON = re.compile(r"^(?P<label>[^:\d]{1,60}?)\s*:\s*(?P<value>.*)$")
_OPTION = re.compile(r"^\s*(?:[☐☑☒□■]|\[\s?[xX]?\s?\])")  # a check box starts an option, not a value
_TITLE_LABEL = re.compile(r"^(?:[A-Z][a-z]+|of|and|or)(?: (?:[A-Z][a-z.]+|of|and|or|No\.?|#)){0,3}$")
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z .#/&'()\-]{1,40}$")


def slug(label: str) -> str:
    text = re.sub(r"[^0-9a-z]+", "_", fold(label)).strip("_")
    return (text or "field")[:40].rstrip("_")


def _is_label(text: str) -> bool:
    return bool(LABEL_LIKE.match(text) or LABEL_CELL.match(text)) or text.rstrip().endswith(":")


def _continued(lines: list[Line], value: Span, max_lines: int = 3) -> list[Span]:
    """A value and the lines under it that start at its left edge (an answer over several lines)."""
    out = [value]
    x0 = value.words[0].bbox[0]
    for j in range(value.line_index + 1, min(value.line_index + 1 + max_lines, len(lines))):
        prev = out[-1].line
        h = prev.bbox[3] - prev.bbox[1]
        if lines[j].page != prev.page or lines[j].bbox[1] - prev.bbox[3] > 0.6 * h:
            break
        first = cells(lines, j)[0]
        if abs(first.words[0].bbox[0] - x0) > h or _is_label(first.text) or _COLON.match(first.text):
            break
        out.append(first)
    return out


def _sub(lines: list[Line], cell: Span, start: int, end: int) -> Span | None:
    text = cell.text[start:end]
    if not text.strip():
        return None
    lead = len(text) - len(text.lstrip())
    return span(lines, cell.line_index, cell.start + start + lead, cell.start + len(text.rstrip()) + start)


def _under(lines: list[Line], cell: Span) -> Span | None:
    x0, x1 = cell.words[0].bbox[0], cell.words[-1].bbox[2]
    value = below(lines, cell.line_index, x0, x1, max_lines=1)
    if value is None or _is_label(value.text) or _OPTION.match(value.text):
        return None
    h = cell.line.bbox[3] - cell.line.bbox[1]
    return value if value.line.bbox[1] - cell.line.bbox[3] < 1.5 * h else None


def _row_pairs(lines: list[Line], i: int, row: list[Span]) -> list[Pair]:
    out: list[Pair] = []
    for k, cell in enumerate(row):
        m = _COLON.match(cell.text)
        nxt = row[k + 1] if k + 1 < len(row) else None
        if m is not None and len(m.group("label").split()) <= 8:
            label = _sub(lines, cell, 0, m.end("label"))
            rest = _sub(lines, cell, m.start("value"), len(cell.text)) if m.group("value").strip() else None
            value = (
                rest or (nxt if nxt is not None and not _is_label(nxt.text) else None) or _under(lines, cell)
            )
            if label is not None and value is not None:
                spans = _continued(lines, value) if value is not rest else [value]
                out.append(Pair([label], spans, 0.85))
        elif (
            _CAPS_LABEL.match(cell.text.strip())
            and len(cell.text.split()) <= 4
            and nxt is not None
            and not _is_label(nxt.text)
            and not _CAPS_LABEL.match(nxt.text.strip())
        ):
            out.append(Pair([cell], [nxt], 0.6))
        elif (
            nxt is not None
            and not re.search(r"\d", cell.text)
            and 1 <= len(cell.text.split()) <= 6
            and re.match(r"^\(?\d", nxt.text)
        ):  # a measure or number beside a named quantity ("Tipping Length   25 mm")
            out.append(Pair([cell], [nxt], 0.5))
        elif (
            nxt is not None
            and _TITLE_LABEL.match(cell.text.strip())
            and len(row) == 2
            and not _is_label(nxt.text)
            and not _TITLE_LABEL.match(nxt.text.strip())
        ):  # "Full Name      Meghan Jensen": a title-case label and its value, alone on their row
            out.append(Pair([cell], [nxt], 0.45))
    return out


def _grid_pairs(lines: list[Line], row: list[Span]) -> list[Pair]:
    """Labels over their values; not a table's header over rows of data (a third aligned row)."""
    i = row[0].line_index
    if i + 2 < len(lines) and lines[i + 2].page == lines[i].page:
        third = cells(lines, i + 2)
        labels_again = all(c.text.upper() == c.text and not re.search(r"\d", c.text) for c in third)
        if aligned_count(row, third) >= 2 and not labels_again:
            return []
    nxt = lines[i + 1]
    offsets = word_offsets(nxt)
    out = []
    for k, cell in enumerate(row):
        x0 = cell.words[0].bbox[0]
        x1 = row[k + 1].words[0].bbox[0] if k + 1 < len(row) else float("inf")
        picked = [n for n, w in enumerate(nxt.words) if x0 - 10 <= w.bbox[0] < x1 - 10]
        if picked:
            value = span(lines, row[0].line_index + 1, offsets[picked[0]][0], offsets[picked[-1]][1])
            out.append(Pair([cell], [value], 0.8))
    return out


def rule_pairs(doc: Document) -> list[Pair]:
    """Every label:value pair the rules find, in reading order (see the module docstring)."""
    lines = doc.lines
    pairs: list[Pair] = []
    used: set[tuple[int, int]] = set()  # (line, start) of values already taken
    for i in range(len(lines)):
        row = cells(lines, i)
        if (i, row[0].start) in used:
            continue
        found = _grid_pairs(lines, row) if label_row(lines, row) else _row_pairs(lines, i, row)
        for p in found:
            key = (p.value[0].line_index, p.value[0].start)
            if key not in used and (p.label[0].line_index, p.label[0].start) not in used:
                used.add(key)
                pairs.append(p)
    return pairs


def _learned(doc: Document) -> tuple[list[Pair], str | None]:
    model = active_linker()
    if model is None:
        return rule_pairs(doc), None
    return model.pairs(
        doc
    ), f"model:{model.manifest.get('name', 'form-linker')}@{model.manifest.get('version', '0')}"


def _hybrid(doc: Document) -> tuple[list[Pair], str | None]:
    """The rules' pairs, then the learned pairs whose words no rule pair took."""
    rules = rule_pairs(doc)
    learned, source = _learned(doc)
    taken = {id(w) for p in rules for s in (*p.label, *p.value) for w in s.words}
    extra = [p for p in learned if not any(id(w) in taken for s in (*p.label, *p.value) for w in s.words)]
    return rules + extra, None if source is None else f"{source}+rules"


LINKERS: dict[str, Callable[[Document], tuple[list[Pair], str | None]]] = {
    "learned": _learned,
    "hybrid": _hybrid,
    "rules": lambda doc: (rule_pairs(doc), None),
}  # the pairs and, for a model, the source to report (None: the caller's rule source)


def find_pairs(doc: Document, linker: str = "learned") -> list[Pair]:
    """Every label:value pair on ``doc`` (lines built) by the named linker (see :data:`LINKERS`)."""
    return _linker(linker)(doc)[0]


def _linker(name: str) -> Callable[[Document], tuple[list[Pair], str | None]]:
    if name not in LINKERS:
        raise ValueError(f"unknown pair linker {name!r}; known: {sorted(LINKERS)}")
    return LINKERS[name]


def extract_pairs(
    doc: Document, taken: dict[str, FieldValue] | None = None, day_first: bool | None = None,
    source: str = "rule:form.pair", linker: str = "learned",
) -> dict[str, FieldValue]:  # fmt: skip
    """The pairs as fields (see the module docstring); names already in ``taken`` get a suffix."""
    out: dict[str, FieldValue] = {}
    names = set(taken or {})
    pairs, model_source = _linker(linker)(doc)
    source = model_source or source
    for p in pairs:
        raw = p.value_text
        typed = detect_type(raw, day_first)
        value = typed[1] if typed else mend_text(raw)
        name = base = slug(p.label_text)
        n = 2
        while name in names:
            name, n = f"{base}_{n}", n + 1
        names.add(name)
        conf = min(s.ocr_confidence for s in p.value) * p.evidence
        out[name] = make_field(doc, value, raw, conf, p.value, source)
    return out
