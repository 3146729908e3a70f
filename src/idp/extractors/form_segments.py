"""Segments of a form page for the learned linker: word runs of a line, stacked over several lines.

A *segment* is one printed entity (a label, a value, a heading): the words of a line are split where a
learned boundary model says a new entity starts (a wide gap, a colon, a check box...), then a piece and
the piece under it are joined when a learned merge model says they continue one entity (an address
over three lines). Both models are logistic regressions over the features below, fitted on FUNSD's
entities (benchmarks/funsd_train_linker.py); :func:`segments` takes them as plain callables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

import numpy as np

from idp.document import Line, Word
from idp.extractors.common import Span, digit_share, union_bbox, upper_share, word_offsets

BOX = re.compile(r"^(?:[☐☑☒□■▢✓✔✗xX]|\[\s?[xX✓]?\s?\]|\(\s?\))$")  # a check box (or its mark) as a word
Scorer = Callable[[np.ndarray], np.ndarray]  # feature rows -> P(yes) per row


@dataclass
class Pair:
    """A label and its value, each the spans (one per line) of a segment."""

    label: list[Span]
    value: list[Span]
    evidence: float

    @property
    def label_text(self) -> str:
        return " ".join(s.text.strip() for s in self.label).strip().rstrip(":").strip()

    @property
    def value_text(self) -> str:
        return " ".join(s.text.strip() for s in self.value).strip()


@dataclass
class Segment:
    spans: list[Span]

    @property
    def words(self) -> list[Word]:
        return [w for s in self.spans for w in s.words]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.spans)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return union_bbox(self.words)

    @property
    def height(self) -> float:
        return max(median(w.bbox[3] - w.bbox[1] for w in self.words), 1.0)

    @property
    def line_index(self) -> int:
        return self.spans[0].line_index

    @property
    def page(self) -> int:
        return self.spans[0].line.page


SPLIT_FEATURES = [
    "gap", "gap_rel", "wide", "a_colon", "a_question", "a_box", "b_box", "b_digit", "a_digit", "b_upper",
    "b_lower", "a_caps", "b_caps", "a_period", "height_diff", "b_colon", "a_short",
]  # fmt: skip


def split_features(words: list[Word], k: int) -> list[float]:
    """The gap between ``words[k]`` and ``words[k + 1]``: does a new entity start there?"""
    a, b = words[k], words[k + 1]
    h = max(median(w.bbox[3] - w.bbox[1] for w in words), 1.0)
    gaps = [max(words[j + 1].bbox[0] - words[j].bbox[2], 0.0) for j in range(len(words) - 1)]
    gap = max(b.bbox[0] - a.bbox[2], 0.0)
    ha, hb = a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]
    return [
        min(gap / h, 20.0),
        min(gap / max(median(gaps), 0.1 * h), 20.0),
        float(gap > 1.2 * h),
        float(a.text.endswith(":")),
        float(a.text.endswith("?")),
        float(bool(BOX.match(a.text))),
        float(bool(BOX.match(b.text))),
        float(b.text[:1].isdigit()),
        float(a.text[-1:].isdigit()),
        float(b.text[:1].isupper()),
        float(b.text[:1].islower()),
        upper_share(a.text),
        upper_share(b.text),
        float(a.text.endswith(".")),
        abs(ha - hb) / h,
        float(b.text.endswith(":")),
        float(len(a.text) <= 2),
    ]


def line_pieces(lines: list[Line], index: int, split: Scorer, threshold: float = 0.5) -> list[Span]:
    """The spans of line ``index`` between the boundaries ``split`` finds."""
    line = lines[index]
    words, offsets = line.words, word_offsets(line)
    cuts = [0]
    if len(words) > 1:
        p = split(np.array([split_features(words, k) for k in range(len(words) - 1)]))
        cuts += [k + 1 for k in range(len(words) - 1) if p[k] >= threshold]
    cuts.append(len(words))
    return [Span(index, line, offsets[a][0], offsets[b - 1][1], words[a:b]) for a, b in pairwise(cuts)]


MERGE_FEATURES = [
    "vgap", "dx0", "dcx", "dx1", "height_ratio", "a_colon", "b_colon", "a_period", "b_lower", "b_upper",
    "a_caps", "b_caps", "b_digit", "a_digit", "a_words", "b_words", "width_ratio", "b_left", "a_right",
    "a_lines", "b_box",
]  # fmt: skip


def merge_features(a: Segment, b: Segment, b_left: bool, a_right: bool) -> list[float]:
    """Does ``b`` (the piece under ``a``) continue the entity of ``a``?"""
    ax0, _, ax1, ay1 = a.bbox
    bx0, by0, bx1, _ = b.bbox
    h = a.height
    ta, tb = a.text.strip(), b.text.strip()
    return [
        min(max(by0 - ay1, -2 * h) / h, 10.0),
        min(abs(bx0 - ax0) / h, 20.0),
        min(abs((bx0 + bx1) - (ax0 + ax1)) / 2 / h, 20.0),
        min(abs(bx1 - ax1) / h, 20.0),
        b.height / h,
        float(ta.endswith(":")),
        float(tb.endswith(":")),
        float(ta.endswith(".")),
        float(tb[:1].islower()),
        float(tb[:1].isupper()),
        upper_share(ta),
        upper_share(tb),
        float(tb[:1].isdigit()),
        digit_share(ta),
        min(len(ta.split()), 20) / 20,
        min(len(tb.split()), 20) / 20,
        (bx1 - bx0) / max(ax1 - ax0, 1.0),
        float(b_left),
        float(a_right),
        min(len(a.spans), 5) / 5,
        float(bool(BOX.match(tb.split()[0])) if tb else 0.0),
    ]


def _h_overlap(a: tuple, b: tuple) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def merge_candidates(pieces: list[Segment]) -> list[tuple[int, int, list[float]]]:
    """(upper, lower, features) for each piece and the nearest overlapping piece under it, when each is
    the other's nearest (``pieces`` sorted by line)."""
    below: dict[int, int] = {}
    above: dict[int, int] = {}
    for i, a in enumerate(pieces):
        ba = a.bbox
        best = None
        for j in range(i + 1, len(pieces)):
            b = pieces[j]
            if b.page != a.page or b.line_index == a.line_index:
                continue
            if b.bbox[1] - ba[3] > 2.5 * a.height:
                break
            if _h_overlap(ba, b.bbox) > 0 and (best is None or b.bbox[1] < pieces[best].bbox[1]):
                best = j
        if best is not None:
            below[i] = best
            if best not in above or pieces[above[best]].bbox[3] < ba[3]:
                above[best] = i
    by_line: dict[int, list[Segment]] = {}
    for p in pieces:
        by_line.setdefault(p.line_index, []).append(p)
    out = []
    for i, j in below.items():
        if above.get(j) != i:
            continue
        a, b = pieces[i], pieces[j]
        b_left = by_line[b.line_index][0] is not b
        a_right = by_line[a.line_index][-1] is not a
        out.append((i, j, merge_features(a, b, b_left, a_right)))
    return out


def segments(lines: list[Line], split: Scorer, merge: Scorer, threshold: float = 0.5) -> list[Segment]:
    """Pieces of every line, then stacks of pieces joined where ``merge`` says they continue."""
    pieces = [Segment([s]) for i in range(len(lines)) for s in line_pieces(lines, i, split)]
    for _ in range(4):  # a stack grows by one line a round
        cands = merge_candidates(pieces)
        if not cands:
            break
        p = merge(np.array([f for _, _, f in cands]))
        joined = {j: i for (i, j, _), pk in zip(cands, p, strict=True) if pk >= threshold}
        if not joined:
            break
        keep: list[Segment] = []
        target: dict[int, Segment] = {}
        for k, seg in enumerate(pieces):
            if k in joined and joined[k] in target:
                target[joined[k]].spans += seg.spans
                target[k] = target[joined[k]]
            else:
                seg = Segment(list(seg.spans))
                keep.append(seg)
                target[k] = seg
        pieces = sorted(keep, key=lambda s: (s.page, s.line_index, s.bbox[0]))
    return pieces
