"""Invoice numbers printed without an invoice-number label, read when the labelled search found none.

- ``# INV-029921`` ending a line in the top of page 1: accounting software prints it under the title.
  A ``#`` heading an item column has no number after it on its own line.
- A bare number label opening a cell in the top of an invoice's page 1 (``FACTUUR`` over
  ``Nummer 2025/8721``, ``Number: 1043``, ``N° 2024-118``): its value is the rest of
  the cell, the next cell on the row, or the cell under it when the label heads a row of labels
  (``Nummer  Datum  Uw referentie`` over ``INV-072615  22 september 2026  PO-3578``). The value must
  be one token with a digit; a house number (``No. 53``) is not read, as ``No``/``Nr`` are not labels here.

Both are weaker evidence than a label that names the invoice: confidence x 0.6, sources ``+hash`` and
``+bare``.
"""

from __future__ import annotations

import re

from idp.document import Document, FieldValue, Line
from idp.extractors.common import Span, cells, make_field, span
from idp.extractors.values import normalize_id

_HASH_NUMBER = re.compile(r"(?:^|\s)#\s?([A-Z0-9][A-Z0-9\-/]{2,}\d[A-Z0-9\-/]*)$", re.I)
_BARE_LABEL = re.compile(r"^\W{0,2}(?:number|nummer|numer|num[ée]ro|n[úu]mero|n\s?[º°])\s*[:.]?\s*", re.I)
_ID = re.compile(r"[A-Z0-9][A-Z0-9\-/.]*\d[A-Z0-9\-/.]*", re.I)
WEAK = 0.6


def fallback_number(doc: Document, top: float, prefix: str) -> FieldValue | None:
    """The invoice number by the module's fallbacks, or None; `top`: the letterhead's lower edge in
    page-1 pixels."""
    lines = [(i, line) for i, line in enumerate(doc.lines) if line.page == doc.pages[0].number]
    lines = [(i, line) for i, line in lines if line.bbox[1] <= top]
    for i, line in lines:
        m = _HASH_NUMBER.search(line.text)
        if m is not None:
            return _field(doc, span(doc.lines, i, m.start(1), m.end(1)), f"{prefix}.invoice_number+hash")
    for i, _ in lines:
        row = cells(doc.lines, i)
        for k, cell in enumerate(row):
            label = _BARE_LABEL.match(cell.text)
            if label is None:
                continue
            if cell.text[label.end() :].strip():
                value = _whole_id(doc.lines, i, cell.start + label.end(), cell.end)
            else:
                after = row[k + 1] if k + 1 < len(row) else None
                value = after and _whole_id(doc.lines, i, after.start, after.end)
                value = value or _under(doc.lines, i, cell)
            if value:
                return _field(doc, value, f"{prefix}.invoice_number+bare")
    return None


def _whole_id(lines: list[Line], index: int, start: int, end: int) -> Span | None:
    text = lines[index].text[start:end]
    m = _ID.fullmatch(text.strip())
    if m is None:
        return None
    lead = len(text) - len(text.lstrip())
    return span(lines, index, start + lead, start + lead + len(m.group()))


def _under(lines: list[Line], index: int, label: Span) -> Span | None:
    """The value cell right under a label cell: on the next line, overlapping it horizontally."""
    if index + 1 >= len(lines) or lines[index + 1].page != lines[index].page:
        return None
    x0, x1 = label.words[0].bbox[0], label.words[-1].bbox[2]
    for cell in cells(lines, index + 1):
        if cell.words[0].bbox[0] < x1 and cell.words[-1].bbox[2] > x0:
            return _whole_id(lines, index + 1, cell.start, cell.end)
    return None


def _field(doc: Document, spot: Span, source: str) -> FieldValue:
    raw = spot.text.strip()
    return make_field(doc, normalize_id(raw), raw, spot.ocr_confidence * WEAK, [spot], source)
