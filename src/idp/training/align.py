"""Finding a corrected value in a document's OCR: which line span (or words of a line) printed it.

A reviewer types what the document says; the extractors choose among spans of OCR lines. To learn
from a correction, the value is aligned back to the span whose OCR text is closest to it (difflib
ratio on upper-cased text without spaces, as OCR splits and joins words freely), so the rankers learn
*which lines* hold the vendor and address even where OCR misread a character. Where the reviewer
drew a box, spans overlapping it win ties. Two granularities: ``lines`` (runs of whole lines: names,
addresses) and ``words`` (runs of words within one line: dates, amounts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from idp.document import BBox, Line, Word

MIN_SCORE = 0.8
MAX_LINES = 6
MAX_WORDS = 8
BOX_WEIGHT = 0.05  # overlap with the reviewer's box breaks near-ties, never outweighs the text


@dataclass(frozen=True)
class Alignment:
    page: int
    lines: tuple[int, ...]  # indices into the document's lines
    words: tuple[int, int] | None  # [start, end) of the words of lines[0], for word-level alignment
    text: str  # the OCR text of the span
    score: float  # similarity to the value, 0..1
    bbox: BBox  # pixels of the page


def squash(text: str | None) -> str:
    """Upper case without whitespace: the form values and spans are compared in."""
    return re.sub(r"\s+", "", text or "").upper()


def _bbox(words: Sequence[Word]) -> BBox:
    return (
        min(w.bbox[0] for w in words),
        min(w.bbox[1] for w in words),
        max(w.bbox[2] for w in words),
        max(w.bbox[3] for w in words),
    )


def overlap(a: BBox, b: BBox) -> float:
    """Intersection over the smaller box (a drawn box is often looser or tighter than the words)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / smaller if smaller > 0 else 0.0


def _spans(
    lines: Sequence[Line], level: Literal["lines", "words"], page: int | None
) -> Iterator[tuple[tuple[int, ...], tuple[int, int] | None, list[Word]]]:
    for i, line in enumerate(lines):
        if page is not None and line.page != page:
            continue
        if level == "words":
            n = len(line.words)
            for start in range(n):
                for end in range(start + 1, min(n, start + MAX_WORDS) + 1):
                    yield (i,), (start, end), line.words[start:end]
            continue
        words: list[Word] = []
        for j in range(i, min(len(lines), i + MAX_LINES)):
            if lines[j].page != line.page:
                break
            words = words + lines[j].words
            yield tuple(range(i, j + 1)), None, words


def align_value(
    lines: Sequence[Line],
    value: str | None,
    level: Literal["lines", "words"] = "lines",
    page: int | None = None,
    near: BBox | None = None,
    min_score: float = MIN_SCORE,
) -> Alignment | None:
    """The span of ``lines`` (on ``page``, if given) whose text is closest to ``value``; None when the
    best is under ``min_score``. ``near``: the reviewer's box, in pixels of that page."""
    target = squash(value)
    if not target or not lines:
        return None
    best: tuple[float, float, tuple[int, ...], tuple[int, int] | None, list[Word]] | None = None
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(target)
    for idx, words, span in _spans(lines, level, page):
        text = squash("".join(w.text for w in span))
        if not text or len(text) > 2 * len(target) + 4:
            continue
        if len(text) * 2 + 4 < len(target):
            continue
        matcher.set_seq1(text)
        if best is not None and matcher.real_quick_ratio() + BOX_WEIGHT < best[0]:
            continue
        ratio = matcher.ratio()
        key = ratio + (BOX_WEIGHT * overlap(_bbox(span), near) if near is not None else 0.0)
        if best is None or key > best[0]:
            best = (key, ratio, idx, words, span)
    if best is None or best[1] < min_score:
        return None
    _, ratio, idx, words, span = best
    text = " ".join(w.text for w in span)
    return Alignment(lines[idx[0]].page, idx, words, text, round(ratio, 4), _bbox(span))


def pixels(bbox: BBox, width: int, height: int) -> BBox:
    """A box normalised to [0, 1] of a page, in that page's pixels."""
    return (bbox[0] * width, bbox[1] * height, bbox[2] * width, bbox[3] * height)
