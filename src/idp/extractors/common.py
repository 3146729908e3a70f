"""Building blocks shared by the rule extractors: spans of lines, field construction, dates, currency.

Every rule extractor works on ``doc.lines`` (rebuilt by :mod:`idp.extractors.layout`) and reports
each value with the words it came from, so the field's box and OCR confidence follow from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from idp.document import BBox, Document, FieldValue, Line, Word
from idp.extractors.country import resolve_currency
from idp.extractors.currency_marks import currency_marks
from idp.extractors.normalize import (
    DAY_FIRST_CURRENCIES,
    MONTH_FIRST_CURRENCIES,
    clean_text,
    find_dates,
    normalize_date,
)
from idp.extractors.values import SPACELESS

DATE_LABEL = re.compile(r"\b(date|dated|tarikh|datum|fecha|bizdate|inv\.? ?date|invoice date)\b", re.I)
TIME_AFTER = re.compile(r"^\s*[,@]?\s*\d{1,2}[:.]\d{2}")
EARLIEST = date(1990, 1, 1)


@dataclass
class Span:
    """A piece of one line: its text as printed and the words it covers."""

    line_index: int
    line: Line
    start: int
    end: int
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.line.text[self.start : self.end]

    @property
    def ocr_confidence(self) -> float:
        return min((w.confidence for w in self.words), default=self.line.confidence)


def word_offsets(line: Line) -> list[tuple[int, int]]:
    """(start, end) of each word in ``line.text`` (words joined by single spaces)."""
    out, pos = [], 0
    for w in line.words:
        out.append((pos, pos + len(w.text)))
        pos += len(w.text) + 1
    return out


def span(lines: list[Line], index: int, start: int, end: int) -> Span:
    line = lines[index]
    words = [w for w, (a, b) in zip(line.words, word_offsets(line), strict=True) if a < end and b > start]
    return Span(index, line, start, end, words or list(line.words))


def whole_line(lines: list[Line], index: int) -> Span:
    return Span(index, lines[index], 0, len(lines[index].text), list(lines[index].words))


_BARS = {"|", "│", "¦", "||"}  # a table's column rule printed as a word of its own


def median_height(words: list[Word]) -> float:
    """The median height of ``words``' boxes (1.0 for none)."""
    hs = sorted(w.bbox[3] - w.bbox[1] for w in words)
    return hs[len(hs) // 2] if hs else 1.0


def cells(lines: list[Line], index: int, gap_factor: float = 1.2) -> list[Span]:
    """The line split at wide horizontal gaps (more than ``gap_factor`` word heights) and at a bar printed
    as a word of its own (``| Invoice No. | Dated |``, a table drawn in characters): the cells of a form
    or a two-column header (``Advertiser  Tom Steyer 2020      Invoice #  120015764``)."""
    line = lines[index]
    words = line.words
    offsets = word_offsets(line)
    heights = sorted(w.bbox[3] - w.bbox[1] for w in words)
    h = heights[len(heights) // 2] if heights else 0.0
    out: list[Span] = []
    first = 0
    for k in range(1, len(words) + 1):
        if (
            k == len(words)
            or words[k].text in _BARS
            or words[k - 1].text in _BARS
            or (
                words[k].bbox[0] - words[k - 1].bbox[2] > gap_factor * h
                and not _letterspaced(words[k - 1], words[k])
            )
        ):
            if words[first].text not in _BARS:
                out.append(Span(index, line, offsets[first][0], offsets[k - 1][1], words[first:k]))
            first = k
    return out


def _letterspaced(a: Word, b: Word) -> bool:
    """Characters of a spaceless script set apart by letterspacing (``单 号：``, ``請 求 書``): one cell."""
    return len(a.text) == 1 and bool(SPACELESS.match(a.text)) and bool(SPACELESS.match(b.text[:1]))


def below(lines: list[Line], index: int, x0: float, x1: float, max_lines: int = 2) -> Span | None:
    """The words under ``x0..x1`` on the next lines of the same page (a value under its column label)."""
    for j in range(index + 1, min(index + 1 + max_lines, len(lines))):
        if lines[j].page != lines[index].page:
            return None
        for cell in cells(lines, j):
            a, _, b, _ = union_bbox(cell.words)
            if min(b, x1) - max(a, x0) > 0:
                return cell
    return None


def union_bbox(words: list[Word]) -> BBox:
    return (
        min(w.bbox[0] for w in words),
        min(w.bbox[1] for w in words),
        max(w.bbox[2] for w in words),
        max(w.bbox[3] for w in words),
    )


def make_field(
    doc: Document, value: str | None, raw: str | None, confidence: float, spans: list[Span], source: str
) -> FieldValue:
    """A FieldValue boxed around the words of ``spans`` (all on one page: the first span's)."""
    page = spans[0].line.page if spans else None
    words = [w for s in spans if s.line.page == page for w in s.words]
    bbox = doc.normalise_bbox(page, union_bbox(words)) if page is not None and words else None
    return FieldValue(
        value=value,
        raw=raw,
        confidence=round(min(max(confidence, 0.0), 1.0), 4),
        page=page,
        bbox=bbox,
        source=source,
    )


def document_currencies(lines: list[Line]) -> dict[str, float]:
    """Currency -> weight of the document's marks (:func:`currency_marks`: each ISO code or symbol counts 1,
    a bare ``$``, which several currencies use, 0.5), a shared mark (``$``, ``kr``) read by the country the
    page names, and a page without a mark given the currency of the country it names."""
    texts = [line.text for line in lines]
    return resolve_currency(currency_marks(texts), texts)


def doc_currency(lines: list[Line]) -> tuple[str | None, float]:
    """The heaviest currency of :func:`document_currencies` and its weight."""
    counts = document_currencies(lines)
    if not counts:
        return None, 0.0
    best = max(counts, key=lambda c: counts[c])
    return best, counts[best]


def day_first_evidence(lines: list[Line], currency: str | None) -> bool | None:
    """Whether ``a/b/y`` dates of this document are day first, from unambiguous dates, then the currency."""
    votes = 0
    for line in lines:
        for _, _, raw in find_dates(line.text):
            parts = re.split(r"\s*[/\-.]\s*", raw)
            if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) <= 2:
                a, b = int(parts[0]), int(parts[1])  # a part over 31 is no day: a time (``09.46-09.50``)
                votes += 1 if 31 >= a > 12 >= b else -1 if 31 >= b > 12 >= a else 0
    if votes:
        return votes > 0
    if currency in DAY_FIRST_CURRENCIES:
        return True
    if currency in MONTH_FIRST_CURRENCIES:
        return False
    return None


def plausible_date(iso: str | None, today: date | None = None) -> bool:
    if iso is None:
        return False
    today = today or date.today()
    d = date.fromisoformat(iso)
    return EARLIEST <= d <= today + timedelta(days=366)


@dataclass
class DateCandidate:
    span: Span
    raw: str
    value: str | None
    score: float
    labelled: bool


def date_candidates(
    lines: list[Line],
    day_first: bool | None,
    prefer_labels: re.Pattern[str] = DATE_LABEL,
    avoid_labels: re.Pattern[str] | None = None,
) -> list[DateCandidate]:
    """Every date on the document, scored: a date label on its line or the line above, a time after
    it, plausibility; dates next to ``avoid_labels`` (due date, period) lose points."""
    out: list[DateCandidate] = []
    for i, line in enumerate(lines):
        text = line.text
        for start, end, raw in find_dates(text):
            value = normalize_date(raw, day_first)
            before = text[:start]
            prev = lines[i - 1].text if i > 0 and lines[i - 1].page == line.page else ""
            labelled = bool(prefer_labels.search(before)) or (
                not before.strip() and bool(prefer_labels.search(prev)) and not find_dates(prev)
            )
            score = 0.5 + (0.3 if labelled else 0.0)
            score += 0.1 if TIME_AFTER.match(text[end:]) else 0.0
            if avoid_labels is not None and avoid_labels.search(before[-40:]):
                score -= 0.4
            if not plausible_date(value):
                score -= 0.6
            if re.fullmatch(r"[\d/\-.]+", raw):
                raw = raw.replace(" ", "")
            out.append(DateCandidate(span(lines, i, start, end), clean_text(raw), value, score, labelled))
    return out


def best_date(doc: Document, candidates: list[DateCandidate], source: str) -> FieldValue | None:
    """The top-scored date (the earliest on ties). Confidence: OCR confidence of its words times
    0.5 (a date pattern) + 0.25 (a date label) + 0.15 (every date on the page agrees) + 0.1 (no rival
    with a different value within 0.2 score)."""
    valid = [c for c in candidates if c.value is not None]
    if not valid:
        return None
    best = max(valid, key=lambda c: c.score)  # max keeps the first on ties
    if best.score <= 0.0:
        return None
    agree = all(c.value == best.value for c in valid)
    rivals = [c for c in valid if c.value != best.value and best.score - c.score < 0.2]
    conf = best.span.ocr_confidence * (
        0.5 + (0.25 if best.labelled else 0.0) + (0.15 if agree else 0.0) + (0.0 if rivals else 0.1)
    )
    return make_field(doc, best.value, best.raw, conf, [best.span], source)


# a day-month-year date with one separator lost: thermal print drops a thin "/" (``2703/2018``, ``0502-18``)
_ONE_SEPARATOR_LOST = re.compile(
    r"(?<![0-9A-Za-z])(?:(?P<a>\d{2}) ?(?P<b>\d{2})(?P<s1>[/\-.])(?P<c>\d{4}|\d{2})"
    r"|(?P<a2>\d{2})(?P<s2>[/\-.])(?P<b2>\d{2}) ?(?P<c2>\d{4})"
    r"|(?P<a3>\d{2})(?P<b3>\d{2})(?P<c3>20\d{2}))(?![0-9A-Za-z])"  # both lost: "27032018", read day first
)


_DATE_GROUPS = (("a", "b", "c"), ("a2", "b2", "c2"), ("a3", "b3", "c3"))


def mended_date_candidates(lines: list[Line], day_first: bool | None) -> list[DateCandidate]:
    """Dates whose first or second separator the OCR lost, with it put back (``2703/2018``, or
    ``27 03/2018`` where the word spacing saw its gap, -> ``27/03/2018``), or both (``27032018``, day
    first, ``/``): for a receipt on which no whole date was read. Scored lower than a whole date."""
    out: list[DateCandidate] = []
    for i, line in enumerate(lines):
        for m in _ONE_SEPARATOR_LOST.finditer(line.text):
            groups = next(g for g in _DATE_GROUPS if m.group(g[0]))
            a, b, c = m.group(*groups)
            sep = m.group("s1") or m.group("s2") or "/"  # with both lost, the commonest separator
            raw = f"{a}{sep}{b}{sep}{c}"
            value = normalize_date(raw, day_first)
            if plausible_date(value):
                labelled = bool(DATE_LABEL.search(line.text[: m.start()]))
                out.append(DateCandidate(span(lines, i, m.start(), m.end()), raw, value, 0.3, labelled))
    return out


def upper_share(text: str) -> float:
    """Share of capitals among the letters of ``text`` (0 without letters)."""
    chars = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in chars) / len(chars) if chars else 0.0


def digit_share(text: str) -> float:
    """Share of digits among the characters of ``text`` other than spaces (0 when empty)."""
    chars = [c for c in text if not c.isspace()]
    return sum(c.isdigit() for c in chars) / len(chars) if chars else 0.0
