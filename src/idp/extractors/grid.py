"""Rows of labels with their values under them: boxed form fields, an invoice's header grid.

``INVOICE NO   DATE   PAYMENT DUE   CURRENCY`` over ``INV-0042   03/05/2024   02/06/2024   EUR``: each
label's value is the words of the next line from the label's left edge to the next label's. Cells are not
trusted there, as OCR often runs neighbouring values into one word run.
"""

from __future__ import annotations

import re
from statistics import median

from idp.document import Line
from idp.extractors.common import Span, cells, span, word_offsets
from idp.extractors.labels import LabelIndex, LabelMatch
from idp.extractors.values import amounts_in

Pairs = list[tuple[LabelMatch, Span, Span]]  # (label, its header cell, the value)


def aligned_count(row: list[Span], other: list[Span]) -> int:
    """How many (cell of ``row``, cell of ``other``) pairs overlap horizontally."""
    return sum(
        1
        for c in row
        for n in other
        if min(c.words[-1].bbox[2], n.words[-1].bbox[2]) > max(c.words[0].bbox[0], n.words[0].bbox[0])
    )


def _height(words: list) -> float:
    return median(w.bbox[3] - w.bbox[1] for w in words)


_RATE = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def label_row(lines: list[Line], row: list[Span]) -> bool:
    """A row of labels with their values under them (boxed form fields, an invoice's header grid):
    two or more short cells without digits or colons, in capitals, smaller than the text under them or
    three and more, and the next line (or the one after) has a cell under at least two of them; or, past
    lines that hold only a left column's words (an address block beside the boxes), one under each."""
    # a rate is no value ("Moms 25 %"), nor what a bracket says of the box ("Fødselsnummer (11 siffer)")
    figures = [re.search(r"\d", _RATE.sub("", re.sub(r"\([^()]*\)", "", c.text))) for c in row]
    if len(row) < 2 or any(figures) or any(c.text.rstrip().endswith(":") for c in row):
        return False
    i = row[0].line_index
    near = [k for k in (i + 1, i + 2) if k < len(lines) and lines[k].page == lines[i].page]
    under = [cells(lines, k) for k in near]
    # the values' line, or the one after when a neighbour column's line comes between
    nxt = next((c for c in under if aligned_count(row, c) >= 2 or _boxed(row, c)), None)
    if nxt is None:  # past an address block beside the grid, a value under every label
        further = [cells(lines, k) for k in _under_lines(lines, row) if k not in near]
        every = (c for c in further if aligned_count(row, c) >= len(row) or _boxed(row, c))
        nxt = next(every, under[0] if under else None)
    if nxt is None:
        return False
    aligned = max(aligned_count(row, nxt), len(row) if _boxed(row, nxt) else 0)
    smaller = _height([w for c in row for w in c.words]) * 1.25 <= _height([w for n in nxt for w in n.words])
    upper = all(c.text.upper() == c.text for c in row)
    several = len(row) >= 3 and all(len(c.text.split()) <= 4 for c in row)
    return aligned >= 2 and (smaller or upper or several) and not table_header(lines, i, row)


def _under_lines(lines: list[Line], row: list[Span]) -> list[int]:
    """The next two lines of the page with words under the row (from its left edge on): a line holding
    only a left column's words (the sender's address beside a grid of boxes) is passed over, four at most."""
    i = row[0].line_index
    left = row[0].words[0].bbox[0] - 0.5 * _height([w for c in row for w in c.words])
    out: list[int] = []
    for k in range(i + 1, min(i + 5, len(lines))):
        if lines[k].page != lines[i].page or len(out) == 2:
            break
        if any(w.bbox[0] >= left for w in lines[k].words):
            out.append(k)
    return out


def _boxed(row: list[Span], values: list[Span]) -> bool:
    """As many values as captions, each starting in its caption's column (from the caption's left edge
    to the next one's): boxes whose figures are right-aligned under short captions (``Montant total (€)``
    over ``2 745,60``), which overlap no caption's text."""
    if len(values) != len(row):
        return False
    slack = 0.5 * _height([w for c in row for w in c.words])
    edges = [c.words[0].bbox[0] for c in row] + [float("inf")]
    return all(edges[j] - slack <= v.words[0].bbox[0] < edges[j + 1] for j, v in enumerate(values))


def table_header(lines: list[Line], i: int, row: list[Span]) -> bool:
    """Two lines of amounts under the labels, aligned with them: a table's rows (a VAT summary's
    ``Net  VAT  Gross``), whose first row is no more the labels' values than its second."""
    if any(re.search(r"\d", c.text) for c in row):
        return False  # a header holds no figures
    rows = [k for k in (i + 1, i + 2) if k < len(lines) and lines[k].page == lines[i].page]
    return len(rows) == 2 and all(
        len(amounts_in(lines[k].text)) >= 2 and aligned_count(row, cells(lines, k)) >= 2 for k in rows
    )


def grid_values(lines: list[Line], row: list[Span], index: LabelIndex) -> Pairs:
    """In a row of labels, each known label's value: the next line's cell in the same place when the
    two rows have as many cells (:func:`_paired`); else the words of the next line between the label's
    left edge and the next label's (OCR may run neighbouring values into one cell, so cells are not
    trusted), or of the line after when the next has none there."""
    i = row[0].line_index
    paired = _paired(lines, row, index)
    if paired is not None:
        return paired
    heads: list[tuple[float, LabelMatch | None, Span]] = []
    # the value is on the next line under the row, or the one after when a taller neighbour column's
    # line comes between
    under = _under_lines(lines, row)
    slack = 0.5 * _height(lines[under[0]].words) if under else 0.0
    starts = [c.words[0].bbox[0] for c in cells(lines, under[0])] if under else []
    for cell in row:
        found = index.find(cell.text, header=True)
        if not found:
            heads.append((cell.words[0].bbox[0], None, cell))
        for m in found:
            if _qualifier(cell, m):
                continue
            label = span(lines, i, cell.start + m.start, cell.start + m.end)
            # in a row of two blocks (issuer, customer) a cell's one label heads the cell's column
            # ("DATOS DEL EMISOR" over the issuer's block), unless a value starts under the label word,
            # none under the cell's start: a cell of several column heads ("Rechnungs-Nr. ...
            # Behandlungsdatum");
            # in a wider grid the label word does
            x0 = label.words[0].bbox[0]
            left = cell.words[0].bbox[0]
            own = m.start > 2 and any(abs(a - x0) <= slack for a in starts)
            own = own and not any(abs(a - left) <= slack for a in starts)
            if len(found) == 1 and len(row) <= 2 and not own:
                x0 = left
            elif own:  # the cell's first words head a column of their own, up to this label's
                heads.append((left, None, cell))
            heads.append((x0, m, cell))
    heads.sort(key=lambda h: h[0])
    out = []
    for n, (x0, m, cell) in enumerate(heads):
        if m is None:
            continue
        # a value may run up to the next label, not start where it starts (OCR glues neighbouring values)
        x1 = heads[n + 1][0] - 0.25 * slack if n + 1 < len(heads) else float("inf")
        for k in under:
            ours = _right_of(lines, k, heads[0][0] - slack)
            picked = [j for j, w in enumerate(lines[k].words) if x0 - slack <= w.bbox[0] < x1 and j in ours]
            if picked:
                offsets = word_offsets(lines[k])
                out.append((m, cell, span(lines, k, offsets[picked[0]][0], offsets[picked[-1]][1])))
                break
    return out


def _paired(lines: list[Line], row: list[Span], index: LabelIndex) -> Pairs | None:
    """Three or more header cells of one label at most each over as many value cells, each value
    nearest its own header: the values pair with the labels in order, wherever each is aligned in its
    column (centred, right-aligned)."""
    i = row[0].line_index
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page or len(row) < 3:
        return None
    values = cells(lines, i + 1)
    found = [[m for m in index.find(c.text, header=True) if not _qualifier(c, m)] for c in row]
    if len(values) != len(row) or any(len(f) > 1 for f in found):
        return None
    spans = [(c.words[0].bbox[0], c.words[-1].bbox[2]) for c in row]
    for j, v in enumerate(values):
        centre = (v.words[0].bbox[0] + v.words[-1].bbox[2]) / 2
        gaps = [max(x0 - centre, centre - x1, 0.0) for x0, x1 in spans]
        if min(range(len(gaps)), key=gaps.__getitem__) != j:
            return None
    return [(f[0], c, v) for f, c, v in zip(found, row, values, strict=True) if f]


_QUALIFIER = re.compile(
    r"\(|\b(?:incl|excl|inkl|exkl)\w*\.?\s*$|"
    r"\b(?:relationship|relation|beziehung|verhältnis|lien|parentesco|rapporto|relatie)\s+(?:to|with|zu|zum|zur|"
    r"avec|con|tot)\b.*$",
    re.I,
)


def _qualifier(cell: Span, m: LabelMatch) -> bool:
    """A label in brackets or after incl./excl. qualifies another: "Unit Price (incl. GST)"; so does one
    after "relationship to": "RELATIONSHIP TO PRIMARY INSURED" heads a relationship, not the insured."""
    return bool(_QUALIFIER.search(cell.text[: m.start]))


def _right_of(lines: list[Line], k: int, x: float) -> set[int]:
    """Indices of line ``k``'s words in cells that start right of ``x``: a cell that starts further
    left belongs to a neighbour column (a name in the left column running under the labels)."""
    words = lines[k].words
    return {words.index(w) for c in cells(lines, k) if c.words[0].bbox[0] >= x for w in c.words}


# a table's date column headed by the bare word "Date" in the schemas' languages
_DATE_HEADS = [
    "Date", "Datum", "Fecha", "Data", "Tanggal", "Dato", "Päivämäärä", "Pvm", "Dátum", "Datë",
    "Ημερομηνία", "Дата", "Tarih", "Ngày",
]  # fmt: skip
_DATE_INDEXES: dict[str, LabelIndex] = {}


def date_column_first_rows(lines: list[Line], key: str) -> Pairs:
    """The first row's value under a bare ``Date`` heading of every table (a claim's bills: the first
    date of service when no label names it)."""
    index = _DATE_INDEXES.setdefault(key, LabelIndex({key: _DATE_HEADS}))
    out: Pairs = []
    for i in range(len(lines)):
        row = cells(lines, i)
        if len(row) >= 2 and any(index.whole(c.text) for c in row) and table_header(lines, i, row):
            out += [(m, c, v) for m, c, v in grid_values(lines, row, index) if index.whole(c.text)]
    return out
