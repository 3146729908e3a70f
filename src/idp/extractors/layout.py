"""Lines, blocks and reading order from word boxes.

OCR engines differ in what they call a line (RapidOCR splits a receipt row at wide gaps, Tesseract
joins columns), so lines are rebuilt here from geometry alone:

1. **Lines by chaining.** Words are visited left to right; each joins the line that ends left of it
   and whose last word's vertical centre is closest to its own (within 0.45 of the smaller height,
   with at least half the smaller box overlapping: a tall and a short box on one row still match,
   a tall stamp between two rows joins neither). Following the chain word by word tolerates slight skew: the
   row may drift a few pixels over its length without ever comparing the far ends.
2. **Columns.** A page is split into two columns only on strong evidence: an empty vertical gutter
   in the middle half of the page with left-aligned text on its right and mostly non-numeric text on
   both sides (a receipt's price column is numeric and stays part of its rows), and at most one row
   with text left of the gutter and only numbers right of it (two make a table's description column).
3. **Blocks.** Consecutive lines of a column belong to one block while the vertical gap stays
   under one line height and their horizontal extents overlap.
"""

from __future__ import annotations

import re
from statistics import median

import numpy as np

from idp.document import Document, Line, Page, Word
from idp.extractors.values import RTL_LETTER

_NUMERIC = re.compile(r"^[\W\d_]*\d[\W\d_]*$|^(?:RM|USD|\$)?[\d.,\-]+$", re.IGNORECASE)


def _height(w: Word) -> float:
    return max(w.bbox[3] - w.bbox[1], 1.0)


def _v_overlap(a: Word, b: Word) -> float:
    inter = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    return inter / min(_height(a), _height(b))


def group_rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual rows, each left to right, rows top to bottom.

    Rows are kept in buckets by the vertical centre of their last word (bucket size: the median word
    height), so each word looks only at rows near its own height: linear time on dense pages.
    """
    if not words:
        return []
    bucket = max(median(_height(w) for w in words), 1.0)
    rows: list[list[Word]] = []
    last_cy: list[float] = []
    buckets: dict[int, set[int]] = {}
    for w in sorted(words, key=lambda w: (w.bbox[0], w.bbox[1])):
        h = _height(w)
        cy = (w.bbox[1] + w.bbox[3]) / 2
        best, best_cost = -1, float("inf")
        reach = int(h / bucket) + 1
        for b in range(int(cy / bucket) - reach, int(cy / bucket) + reach + 1):
            for r in buckets.get(b, ()):
                last = rows[r][-1]
                small = min(h, _height(last))
                shift = abs(cy - last_cy[r])
                # centres must agree (a tall stamp must not bridge two rows) and the row must end left of
                # the word; OCR boxes of neighbouring words often touch or overlap a little
                if (
                    shift > 0.45 * small
                    or last.bbox[2] - w.bbox[0] > 0.5 * small
                    or _v_overlap(last, w) < 0.5
                ):
                    continue
                cost = shift / small + 0.02 * max(w.bbox[0] - last.bbox[2], 0.0) / max(h, _height(last))
                if cost < best_cost:
                    best, best_cost = r, cost
        if best < 0:
            best = len(rows)
            rows.append([w])
            last_cy.append(cy)
        else:
            buckets[int(last_cy[best] / bucket)].discard(best)
            rows[best].append(w)
            last_cy[best] = cy
        buckets.setdefault(int(cy / bucket), set()).add(best)
    rows.sort(key=lambda r: (median((w.bbox[1] + w.bbox[3]) / 2 for w in r), r[0].bbox[0]))
    return rows


def _merged(a: Word, b: Word) -> Word:
    return Word(
        text=a.text + b.text,
        bbox=(
            min(a.bbox[0], b.bbox[0]),
            min(a.bbox[1], b.bbox[1]),
            max(a.bbox[2], b.bbox[2]),
            max(a.bbox[3], b.bbox[3]),
        ),
        confidence=min(a.confidence, b.confidence),
    )


def merge_tight(row: list[Word]) -> list[Word]:
    """Words of one row re-joined where the OCR split them without a printed space.

    - A row read character by character (most "words" one character long) is re-joined by gaps:
      characters closer than a third of a character width belong to one word.
    - A word ending in a comma and touching the next (``NO.50,`` ``JALAN`` with no gap) was printed
      without a space (``NO.50,JALAN``).
    """
    if len(row) < 2:
        return row
    char_w = median((w.bbox[2] - w.bbox[0]) / max(len(w.text), 1) for w in row)
    by_chars = len(row) >= 4 and sum(len(w.text) == 1 for w in row) >= 0.6 * len(row)
    out = [row[0]]
    for w in row[1:]:
        gap = w.bbox[0] - out[-1].bbox[2]
        if (by_chars and gap < char_w / 3) or (out[-1].text.endswith(",") and gap < 0.1 * char_w):
            out[-1] = _merged(out[-1], w)
        else:
            out.append(w)
    return out


def _find_gutter(rows: list[list[Word]], page_width: float) -> float | None:
    """x of a two-column gutter, or None (see the module docstring for the evidence required)."""
    words = [w for r in rows for w in r]
    if len(rows) < 8 or len(words) < 40:
        return None
    h = median(_height(w) for w in words)
    covered = np.zeros(int(page_width) + 2, dtype=bool)
    for w in words:
        covered[max(int(w.bbox[0]), 0) : max(int(w.bbox[2]) + 1, 0)] = True
    lo, hi = int(0.25 * page_width), int(0.75 * page_width)
    best: tuple[int, float] | None = None  # (width, centre) of the widest empty run in the middle half
    run_start = None
    for x in range(lo, hi + 1):
        empty = x < hi and not covered[x]
        if empty and run_start is None:
            run_start = x
        elif not empty and run_start is not None:
            width = x - run_start
            if width >= 1.5 * h and (best is None or width > best[0]):
                best = (width, (run_start + x) / 2)
            run_start = None
    if best is None:
        return None
    gutter = best[1]
    left = [[w for w in r if w.bbox[2] <= gutter] for r in rows]
    right = [[w for w in r if w.bbox[0] >= gutter] for r in rows]
    # rows of a table: text on the left, numbers on the right of the same row (a description column)
    priced = sum(
        1
        for lw, rw in zip(left, right, strict=True)
        if lw
        and rw
        and not _NUMERIC.match(" ".join(w.text for w in lw))
        and _NUMERIC.match(" ".join(w.text for w in rw))
    )
    if priced >= 2:
        return None
    left = [seg for seg in left if seg]
    right = [seg for seg in right if seg]
    if len(left) < 6 or len(right) < 6:
        return None
    text_segs = [seg for seg in left + right if not _NUMERIC.match(" ".join(w.text for w in seg))]
    if len(text_segs) < 0.7 * (len(left) + len(right)):
        return None
    right_x0 = min(seg[0].bbox[0] for seg in right)
    aligned = sum(1 for seg in right if seg[0].bbox[0] - right_x0 < 1.5 * h)
    if aligned < 0.6 * len(right):
        return None
    return gutter


def _blocks(lines: list[Line], start_block: int) -> int:
    """Assign block ids in place; returns the next free id."""
    block = start_block
    prev: Line | None = None
    for line in lines:
        if prev is not None:
            px0, py0, px1, py1 = prev.bbox
            x0, y0, x1, y1 = line.bbox
            h = max(min(py1 - py0, y1 - y0), 1.0)
            gap = y0 - py1
            h_overlap = min(px1, x1) - max(px0, x0)
            if gap > 1.0 * h or h_overlap <= 0:
                block += 1
        line.block = block
        prev = line
    return block + 1


# Arabic-Indic, Persian, Devanagari, Bengali and Tamil digits, the Arabic decimal and thousands marks: ASCII
EASTERN_DIGITS = str.maketrans(
    {
        **{chr(0x660 + i): str(i) for i in range(10)},
        **{chr(0x6F0 + i): str(i) for i in range(10)},
        **{chr(base + i): str(i) for base in (0x966, 0x9E6, 0xBE6) for i in range(10)},
        "٫": ".",
        "٬": ",",
    }
)


def _reading_order(row: list[Word]) -> list[Word]:
    """A row's words as they are read: right to left when its words are Hebrew or Arabic, figures and
    marks (``תאריך: 12/06/2024``, its label first, though printed right of the date). A bilingual row
    (``VAT 5% AED 3,631.71 ضريبة القيمة المضافة``) keeps the order of its Latin words."""
    lettered = [w for w in row if re.search(r"[^\W\d_]", w.text)]
    latin = any(re.fullmatch(r"\W*[A-Za-z]{2,}\W*", w.text) for w in lettered)  # a word, not a code
    # a bilingual row laid out right to left: a figure or a code (four digits or more, not "14-KM Road") at
    # its left end, the other script's label at its right ("WGT-2024-00871 .Invoice No / رقم الفاتورة")
    figure_first = bool(lettered) and (lettered[0] is not row[0] or len(re.findall(r"\d", row[0].text)) >= 4)
    rtl_row = figure_first and bool(RTL_LETTER.search(lettered[-1].text))
    if not lettered or (latin and not rtl_row) or not any(RTL_LETTER.search(w.text) for w in lettered):
        return row
    runs: list[list[Word]] = []  # words of those scripts, and runs of figures between them (17 / 11 / 2024)
    for w in row:
        rtl = bool(RTL_LETTER.search(w.text))
        if runs and bool(RTL_LETTER.search(runs[-1][0].text)) == rtl:
            runs[-1].append(w)
        else:
            runs.append([w])
    return [w for run in reversed(runs) for w in (run[::-1] if RTL_LETTER.search(run[0].text) else run)]


def page_lines(page: Page, start_block: int = 0) -> tuple[list[Line], int]:
    """Lines of one page in reading order, with block ids from ``start_block``; and the next free id."""
    if not page.words:
        return [], start_block
    words = [w.model_copy(update={"text": w.text.translate(EASTERN_DIGITS)}) for w in page.words]
    rows = [merge_tight(r) for r in group_rows(words)]
    gutter = _find_gutter(rows, float(page.width))
    if gutter is None:
        columns = [rows]
    else:
        columns = [
            [[w for w in r if w.bbox[2] <= gutter] for r in rows],
            [[w for w in r if w.bbox[2] > gutter] for r in rows],
        ]
    out: list[Line] = []
    block = start_block
    for col in columns:
        lines = [Line(words=_reading_order(r), page=page.number) for r in col if r]
        block = _blocks(lines, block)
        out += lines
    return out, block


def build_lines(doc: Document) -> Document:
    """A copy of ``doc`` with ``lines`` rebuilt from every page's words (block ids unique per document)."""
    lines: list[Line] = []
    block = 0
    for page in doc.pages:
        page_out, block = page_lines(page, block)
        lines += page_out
    return doc.model_copy(update={"lines": lines})
