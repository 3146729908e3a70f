"""Line items from word geometry: find a table's header row, its columns, and read rows until the totals.

1. **Header.** A line whose cells are (almost) all column labels of the schema's ``line_items`` field
   (description, quantity, unit price, amount, in several languages), with a description and an amount
   (or unit price) column among them; cells that are no known column (``Date``, ``VAT %``) become
   columns whose values are ignored. Printed again on every page of a long table, so each page's
   header starts a table of its own.
2. **Columns.** Each header label's x-range; the boundaries between neighbouring columns are the
   midpoints between their centres.
3. **Rows.** Each following line: its numbers (amounts, quantities; dates masked) are read from the
   right, each into the column whose zone holds it, until a word that is no number; the words left of
   them are the description. A line with no number whose words all end before the next column's
   header continues the previous item's description. The table ends at a totals label
   (subtotal, tax, total ...), a line that fits no column, a gap of more than three line heights, or
   the end of the page.

An item's confidence: the lowest OCR confidence of its words x (0.6 + 0.2 when quantity x unit price
= amount + 0.1 with a description + 0.1 when every known column has a value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from idp.document import Document, Line, LineItem, Word
from idp.extractors.common import cells, union_bbox, word_offsets
from idp.extractors.labels import LabelIndex
from idp.extractors.normalize import find_dates
from idp.extractors.schema import FieldSchema
from idp.extractors.values import amounts_in, normalize_amount, parse_number

NUMERIC_COLUMNS = ("quantity", "unit_price", "amount")
_INDEXES: dict[tuple, LabelIndex] = {}
_QTY = re.compile(r"(?<![\w.,/\-])\d{1,6}(?:[.,]\d{1,3})?(?![\w/\-]|[.,]\d)")
# what may print beside a column label: a currency, "in", "per", a tax basis ("Total HT", "Prix TTC")
_LEFTOVER = re.compile(r"^[\s()\[\]/|:.,\-]*(?:[A-Z]{2,3}|[$€£¥%]|RM|in|per)?[\s()\[\]/|:.,\-]*$")


@dataclass
class Column:
    key: str  # description | quantity | unit_price | amount | other
    x0: float
    x1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Row:
    words: list[Word] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    page: int = 1


def column_index(spec: FieldSchema) -> LabelIndex:
    key = tuple((k, tuple(c.synonyms())) for k, c in spec.columns.items())
    if key not in _INDEXES:
        _INDEXES[key] = LabelIndex({k: c.synonyms() for k, c in spec.columns.items()})
    return _INDEXES[key]


def header_columns(lines: list[Line], i: int, index: LabelIndex) -> list[Column] | None:
    """The columns when line ``i`` is a table header (see the module docstring), else None."""
    cols: list[Column] = []
    unknown = 0
    for cell in cells(lines, i):
        found = index.find(cell.text)
        leftover = re.sub(r"\s+", " ", "".join(c for n, c in enumerate(cell.text) if not _inside(n, found)))
        if not found or not _LEFTOVER.match(leftover):
            if re.search(r"\d", cell.text) or len(cell.text.split()) > 3:
                return None
            unknown += 1
            x0, _, x1, _ = union_bbox(cell.words)
            cols.append(Column("other", x0, x1))
            continue
        offsets = word_offsets(cell.line)
        for m in found:
            words = [
                w
                for w, (a, b) in zip(cell.line.words, offsets, strict=True)
                if a < cell.start + m.end and b > cell.start + m.start
            ]
            x0, _, x1, _ = union_bbox(words)
            cols.append(Column(m.key, x0, x1))
    keys = [c.key for c in cols]
    if "description" not in keys or not ({"amount", "unit_price"} & set(keys)) or len(cols) < 2:
        return None
    if keys.count("description") > 1 or unknown > len(cols) // 2:
        return None
    return sorted(cols, key=lambda c: c.x0)


def _inside(n: int, found: list) -> bool:
    return any(m.start <= n < m.end for m in found)


def _zone(cols: list[Column], x: float) -> Column:
    """The column whose zone holds ``x``: zones meet half-way between neighbouring column centres."""
    for a, b in pairwise(cols):
        if x < (a.centre + b.centre) / 2:
            return a
    return cols[-1]


def _tokens(lines: list[Line], i: int) -> list[tuple[float, float, str, str]]:
    """(x0, x1, raw, kind) of the numbers on line ``i``, left to right: amounts, then bare quantities.
    Read cell by cell, so that a quantity and a price in neighbouring columns never make one number."""
    line = lines[i]
    offsets = word_offsets(line)
    out = []
    for cell in cells(lines, i):
        text = cell.text
        for start, end, _ in find_dates(text):
            text = text[:start] + " " * (end - start) + text[end:]
        spans = [(s, e, raw, "amount") for s, e, raw in amounts_in(text)]
        for m in _QTY.finditer(text):
            if not any(s <= m.start() < e for s, e, _, _ in spans):
                spans.append((m.start(), m.end(), m.group(0), "number"))
        for s, e, raw, kind in spans:
            a0, b0 = cell.start + s, cell.start + e
            words = [w for w, (a, b) in zip(line.words, offsets, strict=True) if a < b0 and b > a0]
            if words:
                out.append((words[0].bbox[0], words[-1].bbox[2], raw, kind))
    return sorted(out)


def _walk(tokens: list, cols: list[Column], row: Row, leftwards: bool) -> float | None:
    """Numbers into their columns, in the order given, until one falls in the description's zone, in a
    column already filled, or fails to parse; returns the x where the walk stopped (None: at once)."""
    edge = None
    for x0, x1, raw, _ in tokens:
        col = _zone(cols, (x0 + x1) / 2)
        if col.key == "description" or col.key in row.values:
            break
        if col.key != "other":
            value = normalize_amount(raw) if col.key != "quantity" else _quantity(raw)
            if value is None:
                break
            row.values[col.key] = value
        edge = x0 if leftwards else x1
    return edge


def read_row(lines: list[Line], i: int, cols: list[Column]) -> Row:
    """The values of one table line: numbers read from the right (and, for numeric columns left of
    the description, from the left), the description in between."""
    line = lines[i]
    row = Row(words=list(line.words), page=line.page)
    tokens = _tokens(lines, i)
    desc = next(c for c in cols if c.key == "description")
    right = [t for t in tokens if (t[0] + t[1]) / 2 > desc.x0]
    left = [t for t in tokens if (t[0] + t[1]) / 2 <= desc.x0]
    hi = _walk(list(reversed(right)), cols, row, leftwards=True)
    lo = _walk(left, cols, row, leftwards=False) if any(c.x1 < desc.x0 for c in cols) else None
    hi = float("inf") if hi is None else hi
    lo = float("-inf") if lo is None else lo
    row.description = [
        w.text
        for w in line.words
        if w.bbox[0] >= lo and w.bbox[2] <= hi and _zone(cols, (w.bbox[0] + w.bbox[2]) / 2).key != "other"
    ]
    return row


def _quantity(raw: str) -> str | None:
    found = parse_number(
        raw.replace(",", ".") if raw.count(",") == 1 and len(raw.split(",")[1]) != 3 else raw
    )
    return found[2] if found else None


def _item(doc: Document, row: Row, cols: list[Column]) -> LineItem | None:
    v = row.values
    if "amount" not in v and not ("unit_price" in v and "quantity" in v):
        return None
    amount = v.get("amount")
    try:
        if amount is None:
            amount = str((Decimal(v["unit_price"]) * Decimal(v["quantity"])).quantize(Decimal("0.01")))
        product = "quantity" in v and "unit_price" in v and Decimal(v["quantity"]) * Decimal(v["unit_price"])
        consistent = bool(product) and abs(product - Decimal(amount)) <= Decimal("0.01")
    except InvalidOperation:
        return None
    known = {c.key for c in cols} - {"description", "other"}
    description = " ".join(row.description).strip(" -|") or None
    ocr = min(w.confidence for w in row.words)
    conf = ocr * (
        0.6
        + (0.2 if consistent else 0.0)
        + (0.1 if description else 0.0)
        + (0.1 if known <= v.keys() else 0.0)
    )
    return LineItem(
        description=description,
        quantity=v.get("quantity"),
        unit_price=v.get("unit_price"),
        amount=amount,
        confidence=round(min(max(conf, 0.0), 1.0), 4),
        page=row.page,
        bbox=doc.normalise_bbox(row.page, union_bbox(row.words)),
    )


def extract_line_items(doc: Document, spec: FieldSchema, stop: LabelIndex | None = None) -> list[LineItem]:
    """Every table's items, in reading order (see the module docstring); ``stop`` holds the labels that
    end a table (the schema's subtotal, tax, total)."""
    index = column_index(spec)
    lines = doc.lines
    items: list[LineItem] = []
    i = 0
    while i < len(lines):
        cols = header_columns(lines, i, index)
        if cols is None:
            i += 1
            continue
        rows, i = _read_table(lines, i, cols, stop)
        items += [it for r in rows if (it := _item(doc, r, cols)) is not None]
    return items


def _read_table(
    lines: list[Line], head: int, cols: list[Column], stop: LabelIndex | None
) -> tuple[list[Row], int]:
    rows: list[Row] = []
    prev = lines[head]
    j = head + 1
    desc = next(c for c in cols if c.key == "description")
    # a line of words that all end before the first column right of the description continues a description
    numeric_x0 = min((c.x0 for c in cols if c.x0 > desc.x1), default=float("inf"))
    while j < len(lines):
        line = lines[j]
        h = prev.bbox[3] - prev.bbox[1]
        if line.page != prev.page or line.bbox[1] - prev.bbox[3] > 3 * h:
            break
        first = cells(lines, j)[0].text
        if stop is not None and stop.at_start(first) is not None:
            break
        row = read_row(lines, j, cols)
        if row.values:
            rows.append(row)
        elif all(w.bbox[2] < numeric_x0 for w in line.words) and line.words[0].bbox[0] < desc.x1:
            if not rows:
                break
            rows[-1].description += [w.text for w in line.words]  # a description on two lines
            rows[-1].words += line.words
        else:
            break
        prev = line
        j += 1
    return rows, j
