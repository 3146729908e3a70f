"""Word spacing of a recognised text line from where its characters sit and where the ink is.

A CTC recogniser decides spaces itself, from a 48-pixel-high view of the line in which one output
step spans about a sixth of the line height. On receipts it is right at almost every boundary
between letters and digits, and misses a space now and then (``45600BESTARI``, ``53300KL``) where
the printed gap is plain to see. This module looks at that gap: the line image is binarised, ink
that belongs to the neighbouring rows (blobs touching the top or bottom edge) and rules (long flat
blobs) is dropped, and between the positions of two consecutive characters the widest run of
ink-free columns is measured in units of the line's character pitch.

The rule (parameters in :class:`SpacingRule`, fitted on SROIE receipts 000-069 against the
dataset's own line transcriptions):

- the recogniser's spaces are kept: a space it reads was printed in all but a handful of cases,
  and removing spaces at narrow gaps made more errors than it fixed;
- a space is added between two characters when the blank run between them is at least
  ``add_gap`` character pitches. One pitch is the line's length over its characters and spaces,
  so in the monospaced type of most receipts a printed space leaves a blank of about one pitch
  plus the glyphs' side bearings, while two touching letters leave a fraction of one. Between two
  characters of which one is a letter and neither is punctuation, the pitch is the median step
  between consecutive characters where that is smaller: a line whose spaces the recogniser missed
  (``TOTALAMOUNTRM``) counts fewer cells than were printed, which stretches the first measure past
  the very blanks it should find (on the sroie-100 lines: 6 spaces fixed, none broken; used next to
  punctuation or between digits it also split ``10 .00`` and a barcode);
- a recogniser's space after a comma is dropped when the blank after the comma is no wider than
  the line's median gap between unspaced characters (plus ``comma_margin`` pitches, at least a
  pixel) while another space of the same line is plainly wider (``comma_contrast`` pitches more,
  at least two pixels): the recogniser, seeing a comma's mostly blank cell, reads ``BAHRU,JOHOR``
  as ``BAHRU, JOHOR``. On the 4,096 OCR lines of sroie-100 whose characters match the dataset's
  own line transcriptions this fixed 10 spaces and broke none; after periods, colons and
  semicolons the same test removed printed spaces (``MR. D.I.Y.``, ``SR: CAR``), so it is kept
  to commas;
- between a digit and a letter (``14JALAN``, ``NO000243941376``) a space is added where the blank is at
  least ``mixed_share`` of the line's median recogniser-read space and ``mixed_contrast`` pitches wider
  than its median gap between unspaced characters: the recogniser runs a house number into its street
  word. On the same 4,096 lines: 3 spaces fixed, none broken; the same test between two letters broke
  ten spaces for each it fixed (a line's gaps between letters vary too much), so it is not used there;
- nothing else: a higher bar next to narrow punctuation (whose glyph leaves most of its
  monospaced cell blank) and a blank of less than a pitch (proportional type) were tried and
  made more errors than they fixed.

Everything here is pure numpy/OpenCV on one line's crop; the OCR engines feed it (see
:mod:`idp.models.ocr.rapid_words`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import cv2
import numpy as np

SPACING_VERSION = "respace4"  # in the OCR engines' model versions (OCR caches key on them)


@dataclass(frozen=True)
class SpacingRule:
    """Parameters of the re-spacing rule (module docstring)."""

    add_gap: float = 1.0  # blank run, in pitches, that adds a space the recogniser missed
    ink_contrast: float = 0.35  # ink: darker than background - this share of (background - darkest)
    edge_share: float = 0.3  # blobs touching top/bottom with their centre in this outer share: neighbours
    comma_margin: float = 0.05  # a space after a comma is dropped at a blank <= median letter gap + this
    comma_contrast: float = 0.2  # ... when another space of the line is this much wider (pitches)
    mixed_share: float = 0.7  # digit|letter: a space at a blank >= this share of the line's median space
    mixed_contrast: float = 0.4  # ... and this many pitches wider than its median gap between characters


def line_ink(gray: np.ndarray, rule: SpacingRule = SpacingRule()) -> np.ndarray:
    """Ink pixels per column of a line crop (grey uint8), counting only the line's own glyphs."""
    h = gray.shape[0]
    background = float(np.percentile(gray, 90))
    darkest = float(np.percentile(gray, 2))
    if background - darkest < 16:  # a blank or flat crop: no ink to measure
        return np.zeros(gray.shape[1], dtype=np.int64)
    ink = (gray < background - rule.ink_contrast * (background - darkest)).astype(np.uint8)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros(count, dtype=bool)
    for i in range(1, count):
        _, y, w, hh, area = stats[i]
        cy = centroids[i][1]
        touches = y == 0 or y + hh >= h
        if touches and (cy < rule.edge_share * h or cy > (1 - rule.edge_share) * h):
            continue  # a descender or cap of the row above/below
        if (w > 2 * h and hh < 0.25 * h) or area <= 1:
            continue  # an underline or rule; a speck
        keep[i] = True
    return keep[labels].sum(axis=0)


def widest_blank(ink: np.ndarray, a: float, b: float) -> int:
    """The longest run of ink-free columns between x positions `a` and `b`."""
    seg = ink[max(int(np.floor(a)), 0) : min(int(np.ceil(b)) + 1, len(ink))] == 0
    best = run = 0
    for blank in seg:
        run = run + 1 if blank else 0
        best = max(best, run)
    return best


def recogniser_spaces(text: str) -> list[bool]:
    """For each boundary between consecutive non-space characters: did the recogniser put a space?"""
    flags: list[bool] = []
    seen = gap = False
    for ch in text:
        if ch.isspace():
            gap = True
            continue
        if seen:
            flags.append(gap)
        seen, gap = True, False
    return flags


def char_pitch(text: str, xs: Sequence[float]) -> float:
    """The line's advance per character cell: its length over its characters and spaces."""
    cells = len(text.split()) - 1 + sum(len(t) for t in text.split()) - 1
    return float(xs[-1] - xs[0]) / max(cells, 1) if len(xs) > 1 else 0.0


def word_spans(
    text: str, xs: Sequence[float], ink: np.ndarray, rule: SpacingRule = SpacingRule()
) -> list[tuple[int, int]]:
    """Words of a line as [start, end) ranges over its non-space characters.

    `text` is the recogniser's line, `xs` the x position (crop pixels) of each of its non-space
    characters, `ink` the crop's :func:`line_ink`."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) != len(xs):
        raise ValueError(f"{len(xs)} positions for {len(chars)} characters")
    if not chars:
        return []
    read = spaced = recogniser_spaces(text)
    pitch = char_pitch(text, xs) if ink.any() else 0.0  # no ink found: nothing to measure
    step = min(pitch, float(np.median(np.diff(xs)))) if len(xs) > 2 else pitch
    blanks = [widest_blank(ink, a, b) for a, b in pairwise(xs)] if pitch > 0 else []
    if blanks:
        spaced = _unprinted_comma_spaces_dropped(chars, read, blanks, pitch, rule)
        spaced = _digit_letter_spaces_added(chars, spaced, read, blanks, pitch, rule)
    spans, start = [], 0
    for k in range(len(chars) - 1):
        letters = _word_char(chars[k], chars[k + 1])
        if spaced[k] or (blanks and blanks[k] >= rule.add_gap * (step if letters else pitch)):
            spans.append((start, k + 1))
            start = k + 1
    spans.append((start, len(chars)))
    return spans


def _word_char(a: str, b: str) -> bool:
    """Two characters of which one is a letter and the other a letter or digit."""
    return a.isalnum() and b.isalnum() and (a.isalpha() or b.isalpha())


def _unprinted_comma_spaces_dropped(
    chars: Sequence[str], spaced: list[bool], blanks: Sequence[int], pitch: float, rule: SpacingRule
) -> list[bool]:
    """`spaced` without the recogniser's spaces after commas that leave no wider blank than the
    line's letters do (module docstring); `blanks` in pixels, one per boundary. Margins are at
    least one pixel (tight gap) and two (contrast): small crops measure blanks in whole pixels."""
    letter_gaps = [b for b, s in zip(blanks, spaced, strict=True) if not s]
    if len(letter_gaps) < 3 or sum(spaced) < 2:
        return spaced
    tight = float(np.median(letter_gaps)) + max(1.0, rule.comma_margin * pitch)
    contrast = max(2.0, rule.comma_contrast * pitch)
    widest_space = max(b for b, s in zip(blanks, spaced, strict=True) if s)  # never the comma's own
    return [
        is_space and not (ch == "," and blank <= tight and widest_space >= blank + contrast)
        for ch, is_space, blank in zip(chars, spaced, blanks, strict=False)
    ]


def _digit_letter_spaces_added(
    chars: Sequence[str],
    spaced: list[bool],
    read: Sequence[bool],
    blanks: Sequence[int],
    pitch: float,
    rule: SpacingRule,
) -> list[bool]:
    """`spaced` with a space between a digit and a letter (``14JALAN``) whose blank is most of the
    width of the line's spaces and plainly wider than its gaps between characters (module doc);
    `read`: the recogniser's own spaces, which set both medians."""
    gaps = [b for b, s in zip(blanks, read, strict=True) if not s]
    spaces = [b for b, s in zip(blanks, read, strict=True) if s]
    if len(gaps) < 3 or len(spaces) < 2:
        return spaced
    share = rule.mixed_share * float(np.median(spaces))
    low = max(share, float(np.median(gaps)) + rule.mixed_contrast * pitch)
    return [
        is_space or (_digit_and_letter(a, b) and blank >= low)
        for a, b, is_space, blank in zip(chars, chars[1:], spaced, blanks, strict=False)
    ]


def _digit_and_letter(a: str, b: str) -> bool:
    return (a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit())


def word_extents(
    xs: Sequence[float], spans: Sequence[tuple[int, int]], ink: np.ndarray, pitch: float
) -> list[tuple[float, float]]:
    """x0, x1 of each word (crop pixels): from the middle of the blank before it to the middle of
    the blank after it (the line's ends: half a pitch beyond its outer characters), shrunk to the ink."""
    cuts = [max(xs[0] - pitch / 2, 0.0)]
    for (_, end), (start, _) in pairwise(spans):
        cuts.append(_blank_middle(ink, xs[end - 1], xs[start]))
    cuts.append(min(xs[-1] + pitch / 2, float(len(ink))))
    out = []
    for lo, hi in pairwise(cuts):
        cols = np.nonzero(ink[int(lo) : int(np.ceil(hi))])[0]
        out.append((float(int(lo) + cols[0]), float(int(lo) + cols[-1] + 1)) if len(cols) else (lo, hi))
    return out


def _blank_middle(ink: np.ndarray, a: float, b: float) -> float:
    """The middle of the widest ink-free run between `a` and `b` (their midpoint if there is none)."""
    lo = max(int(np.floor(a)), 0)
    seg = ink[lo : min(int(np.ceil(b)) + 1, len(ink))] == 0
    best, best_end, run = 0, 0, 0
    for i, blank in enumerate(seg):
        run = run + 1 if blank else 0
        if run > best:
            best, best_end = run, i + 1
    return lo + best_end - best / 2 if best else (a + b) / 2
