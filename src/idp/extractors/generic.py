"""The generic label:value extractor: any document type's fields from its schema's label synonyms.

Lines are cut into cells at wide gaps (:func:`~idp.extractors.common.cells`). A cell that opens with a
label of the schema (see :mod:`idp.extractors.labels`) announces its field; the value is, first that
parses as the field's type (:mod:`idp.extractors.values`):

1. the rest of the cell (``Invoice No: 123``), up to the next label;
2. the next cell on the row (``Invoice No      123``), unless that cell is a label itself;
3. the cell under the label.

A row of labels with their values under them (a header grid, boxed form fields) is read column by
column (:mod:`idp.extractors.grid`); a line-item table's header row (:func:`~idp.extractors.tables.
header_columns`) is not, as its labels head columns (``Montant HT``), not fields; nor is any row of
labels over two rows of amounts (a tax summary's ``Netto  USt.  Brutto``). A tax rate right after
a label (``VAT 21 %``) is no value: the amount is in the next cell. A label inside a cell
(``Bank transfer to IBAN DE89...``) counts when a colon follows it or its field's type has a shape of
its own (dates, amounts, ids ...) and the value follows at once, or when it ends its cell (its value is
then the next cell). A value cell that runs on into another label (``JANE DOE Invoice Date``) ends
there. Labels printed much larger than the page's text are titles (``INVOICE``), not labels, except
that a title that opens with an id's label numbers its document (``FACTURE N° FA-2025-143``). An
address runs on over the lines under its first line, at the same left edge. A name that opens with a
house number or a post box is an address (``Sold by`` over ``6 Trident Park``), no name.

Each field takes its best candidate by label evidence x position: 1.0 with a colon, else 0.9; x 0.85
inside a cell; x 0.92 for a one-word label (``Claimant`` says less than ``Claimant Name``); x 1.0
same cell (0.6 for free text glued to a label with no colon: ``Claimant Details`` is a heading), 0.95
next cell or grid column, 0.85 below; +0.05 when the value passes its type's plausibility check;
earliest first on ties. Confidence: OCR confidence of the value's words x (0.5 + 0.3 x that score
+ 0.1 when no other candidate with a different value scores within 0.1 + 0.1 when plausible).
The field's type finds the value; a ``normaliser`` other than the type's own then re-reads it
(``none`` keeps it as printed).
"""

from __future__ import annotations

import re
from statistics import median

from idp.document import Document, FieldValue, Line
from idp.extractors.candidates import Candidate, choose
from idp.extractors.common import Span, below, cells, make_field, span, union_bbox
from idp.extractors.grid import grid_values, label_row, table_header
from idp.extractors.labels import LabelIndex, LabelMatch
from idp.extractors.schema import DocTypeSchema
from idp.extractors.tables import column_index, header_columns
from idp.extractors.values import LABEL_LIKE, SHAPED, normalise, parse_value

TITLE_RATIO = 1.45  # label words this much taller than the page's median word are a title
_INDEXES: dict[tuple, LabelIndex] = {}


# the numbers of other documents an invoice names: an order, a delivery note
OTHER_DOCUMENT = re.compile(r"order|bestell|commande|pedido|ordine|deliver|dispatch|despatch|liefersch", re.I)
FAX_HEADER = re.compile(r"\d{1,2}:\d{2}\b.*\b(from|fax|to)\b.*\bp\.?\s?\d{1,3}\s?/\s?\d{1,3}\b", re.I)
POSTAL = re.compile(r"^\W*(p\.?\s?o\.?\s*box|postfach|case postale|apartado|\d+[a-z]?\s)", re.I)
NUMBERED = re.compile(r"(nr|no|n[º°o]|#|number|numer|nummer|n[úu]mero|num[ée]ro|č)\.?\s*:?\s*$", re.I)


def label_index(schema: DocTypeSchema) -> LabelIndex:
    """The schema's field labels as one matcher (built once per schema content)."""
    key = (schema.name, tuple((f.name, tuple(f.synonyms())) for f in schema.fields))
    if key not in _INDEXES:
        fields = {f.name: f.synonyms() for f in schema.fields if f.type != "line_items"}
        _INDEXES[key] = LabelIndex(fields)
    return _INDEXES[key]


def _page_heights(doc: Document) -> dict[int, float]:
    out = {}
    for page in doc.pages:
        heights = [w.bbox[3] - w.bbox[1] for w in page.words]
        out[page.number] = median(heights) if heights else 0.0
    return out


def _is_title(cell: Span, heights: dict[int, float]) -> bool:
    h = median(w.bbox[3] - w.bbox[1] for w in cell.words)
    page_h = heights.get(cell.line.page, 0.0)
    return page_h > 0 and h > TITLE_RATIO * page_h


def _sub(lines: list[Line], cell: Span, start: int, end: int) -> Span | None:
    """Part of a cell (offsets within the cell's text), trimmed of separators; None when empty."""
    text = cell.text[start:end]
    lead = len(text) - len(text.lstrip(" :#-–|"))
    trail = len(text.rstrip(" :|"))
    if trail <= lead:
        return None
    return span(lines, cell.line_index, cell.start + start + lead, cell.start + start + trail)


LABEL_CELL = re.compile(r"^[A-Za-z][A-Za-z .#/]{1,25}:")  # "Terms: Net 30": a pair of its own, not a value
RATE = re.compile(r"\(?\s*\d{1,2}(?:[.,]\d{1,2})?\s*%\s*\)?")  # "VAT 21%  8.588,95": the rate is no value
# a rate with the amount it is taken on, in brackets after a tax label: neither is the tax
RATE_CLAUSE = re.compile(r"\s*\(\s*\d{1,2}(?:[.,]\d{1,3})?\s*%[^)]*\)")


def _dates_other(row: list[Span], cell: Span, index: LabelIndex) -> bool:
    """A bare date label (``Dated``) right after an order's or a delivery's number label in a row of
    labels (``Buyer's Order No.  Dated``) dates that document, not the invoice."""
    k = next((n for n, c in enumerate(row) if c is cell), 0)
    if k == 0 or len(cell.text.split()) > 1:
        return False
    before = index.at_start(row[k - 1].text)
    other = OTHER_DOCUMENT.search(row[k - 1].text) and NUMBERED.search(row[k - 1].text.strip())
    return (before is not None and before.key == "purchase_order") or bool(other)


def _is_label(text: str, index: LabelIndex) -> bool:
    if re.fullmatch(r"\S*\d\S*", text.strip()):
        return False  # one token with digits is an id ("GST/25-26/0574"), whatever word it opens with
    return index.at_start(text) is not None or bool(LABEL_LIKE.match(text) or LABEL_CELL.match(text))


def _continuation(lines: list[Line], first: Span, index: LabelIndex, max_lines: int = 4) -> list[Span]:
    """Lines under an address's first line, starting at its left edge, until a gap, label or phone."""
    out = [first]
    x0 = union_bbox(first.words)[0]
    for j in range(first.line_index + 1, min(first.line_index + 1 + max_lines, len(lines))):
        prev = out[-1]
        if lines[j].page != prev.line.page:
            break
        h = prev.line.bbox[3] - prev.line.bbox[1]
        if lines[j].bbox[1] - prev.line.bbox[3] > 0.9 * h:
            break
        cell = next((c for c in cells(lines, j) if abs(union_bbox(c.words)[0] - x0) < 1.5 * h), None)
        if cell is None or _is_label(cell.text, index) or parse_value("phone", cell.text) or "@" in cell.text:
            break
        out.append(cell)
    return out


def _value_spots(
    lines: list[Line], cell: Span, row: list[Span], k: int, m: LabelMatch, index: LabelIndex, shaped: bool
) -> list[tuple[Span, float]]:
    """Where the value of the label ``m`` (in ``cell``, the ``k``-th cell of its row) may be printed,
    with the weight of each place."""
    out: list[tuple[Span, float]] = []
    # the value runs to the next label of the cell (for free text only to one followed by a colon)
    following = [n for n in index.find(cell.text) if n.start >= m.end and (shaped or n.colon)]
    end = following[0].start if following else len(cell.text)
    clause = RATE_CLAUSE.match(cell.text, m.end)  # "VAT (23% on EUR 5,733.12) EUR 1,318.62": the base
    rest = _sub(lines, cell, clause.end() if clause else m.end, end)
    if (rest is not None and RATE.fullmatch(rest.text.strip())) or (clause and clause.end() >= end):
        rest = None  # a tax label's rate: the amount is in the next cell
    if rest is not None:
        # free text glued to a label without a colon is as likely a heading ("Claimant Details")
        out.append((rest, 1.0 if shaped or m.colon else 0.6))
    inside = m.start > 2
    if inside and rest is not None:  # a label inside a cell: its own rest, or the next cell if it ends it
        return out
    if k + 1 < len(row) and not re.search(r"\w", row[k + 1].text):
        k += 1  # a colon set apart from its label and value: "INVOICE DATE    :  05-FEB-2026"
    if k + 1 < len(row) and not _is_label(row[k + 1].text, index):
        out.append((_cut(lines, row[k + 1], index), 0.95))
    combined = rest is not None and re.match(r"/\s*\D*$", rest.text)  # "Invoice date / Delivery date"
    if (rest is None or combined) and not inside:
        x0, _, x1, _ = union_bbox(cell.words)
        under = below(lines, cell.line_index, x0, x1, max_lines=2)
        if under is not None and not _is_label(under.text, index):
            out.append((_cut(lines, under, index), 0.85))
    return out


def _wrapped_line(lines: list[Line], value: Span, index: LabelIndex) -> Span | None:
    """The line a value runs on to: right under it, starting at its left edge or ending at its right
    edge (a right-aligned column), no label of its own."""
    x0, _, x1, y1 = union_bbox(value.words)
    under = below(lines, value.line_index, x0, x1, max_lines=1)
    if under is None or _is_label(under.text, index):
        return None
    ux0, uy0, ux1, _ = union_bbox(under.words)
    height = value.line.bbox[3] - value.line.bbox[1]
    if min(abs(ux0 - x0), abs(ux1 - x1)) > 1.5 * height or uy0 - y1 > 0.9 * height:
        return None
    return under


def _cut(lines: list[Line], value: Span, index: LabelIndex) -> Span:
    """A value cell that runs on into another label (``SHEILA LEE FOR CONGRESS Invoice Date``) ends there:
    at a label followed by a colon or of several words."""
    for n in index.find(value.text):
        if n.start > 0 and (n.colon or len(value.text[n.start : n.end].split()) > 1):
            return _sub(lines, value, 0, n.start) or value
    return value


def _candidate(
    lines: list[Line], kind: str, m: LabelMatch, cell: Span, spot: Span, weight: float, inside: bool,
    index: LabelIndex, day_first: bool | None, order: int,
) -> Candidate | None:  # fmt: skip
    found = parse_value(kind, spot.text, day_first)
    wrapped = None
    if found is None and kind == "date":  # "6 de septiembre" / "de 2025": a date wrapped in a narrow box
        wrapped = _wrapped_line(lines, spot, index)
        found = parse_value(kind, f"{spot.text} {wrapped.text}", day_first) if wrapped is not None else None
        if found is not None and not found[0] < len(spot.text) < found[1]:
            found = None  # the date must run from this line into the next (not lie in either alone)
    # after a label inside a cell the value follows at once (a currency mark may come first: "CHF 2'880.08")
    if found is None or (inside and found[0] > 3 and parse_value("currency", spot.text[: found[0]]) is None):
        return None
    start, end, value = found
    if kind == "name" and POSTAL.match(value):
        return None
    value_span = spot
    if kind in SHAPED and wrapped is None:
        value_span = span(lines, spot.line_index, spot.start + start, spot.start + end)
    spans = [value_span] if wrapped is None else [value_span, wrapped]
    if kind == "address" and weight < 1.0:
        spans = _continuation(lines, value_span, index)
        value = ", ".join(s.text.strip(" ,") for s in spans)
    words = len(cell.text[m.start : m.end].split(" / ")[0].strip(" :").split())  # a gloss adds nothing
    quality = (1.0 if m.colon else 0.9) * (0.85 if inside else 1.0) * weight
    quality *= 1.0 if words > 1 else 0.92  # "Claimant Name" says more than "Claimant"
    raw = " ".join(s.text for s in spans).strip()
    return Candidate(m.key, value, raw, value_span, spans, quality, order)


def find_candidates(
    doc: Document, schema: DocTypeSchema, day_first: bool | None = None
) -> dict[str, list[Candidate]]:
    """Every labelled value of every schema field, in reading order."""
    index = label_index(schema)
    types = {f.name: f.type for f in schema.fields}
    heights = _page_heights(doc)
    lines = doc.lines
    out: dict[str, list[Candidate]] = {}

    def add(c: Candidate | None) -> bool:
        if c is not None:
            out.setdefault(c.field, []).append(c)
        return c is not None

    items = next((f for f in schema.fields if f.type == "line_items"), None)
    columns = column_index(items) if items is not None and items.columns else None
    for i in range(len(lines)):
        if FAX_HEADER.search(lines[i].text) and (i == 0 or lines[i - 1].page != lines[i].page):
            continue  # the transmission line a fax machine prints over the page labels nothing of it
        row = cells(lines, i)
        if columns is not None and header_columns(lines, i, columns) is not None:
            continue  # a line-item table's header: "Montant HT" heads a column, it labels no field
        if len(row) >= 2 and table_header(lines, i, row):
            continue  # so does a tax summary's "Netto  USt.  Brutto" over its rows of amounts
        if label_row(lines, row):
            for m, cell, value in grid_values(lines, row, index):
                if types[m.key] == "name" and len(row) >= 4 and len(cell.text.split()) == 1:
                    continue  # "Date  Con Note  From  To  Kg": a table's column, not the sender
                if m.key == "date" and _dates_other(row, cell, index):
                    continue  # "Buyer's Order No.  Dated": the order's date
                # a label after other words names something else's number ("e-Way Bill No.")
                weight = 0.95 * (0.85 if re.search(r"\w", cell.text[: m.start]) else 1.0)
                add(_candidate(lines, types[m.key], m, cell, value, weight, False, index, day_first, i))
            continue
        for k, cell in enumerate(row):
            title = _is_title(cell, heights)
            for m in index.find(cell.text):
                kind = types[m.key]
                if title:  # a title labels nothing, but "FACTURE N° FA-2025-143" numbers its document
                    rest = _sub(lines, cell, m.end, len(cell.text)) if kind == "id" and m.start <= 2 else None
                    if rest is not None:
                        add(_candidate(lines, kind, m, cell, rest, 1.0, False, index, day_first, i))
                    elif kind == "id" and m.start <= 2 and NUMBERED.search(cell.text[m.start : m.end]):
                        # "Faktura VAT nr" in large type, its number under it past the other column's lines
                        x0, _, x1, _ = union_bbox(cell.words)
                        under = below(lines, i, x0, x1, max_lines=3)
                        if under is not None and not _is_label(under.text, index):
                            add(_candidate(lines, kind, m, cell, under, 0.85, False, index, day_first, i))
                    break
                inside = m.start > 2 or bool(re.search(r"\w", cell.text[: m.start]))
                ends_cell = not cell.text[m.end :].strip()
                if inside and not (m.colon or kind in SHAPED or ends_cell):
                    continue
                for spot, weight in _value_spots(lines, cell, row, k, m, index, kind in SHAPED):
                    if add(_candidate(lines, kind, m, cell, spot, weight, inside, index, day_first, i)):
                        break
    for f in schema.fields:  # a normaliser other than the type's own re-reads the printed value
        if f.normaliser is not None and f.name in out:
            for c in out[f.name]:
                c.value = normalise(f.normaliser, c.raw, day_first) or ""
            out[f.name] = [c for c in out[f.name] if c.value]
    return {k: v for k, v in out.items() if v}


def extract_generic(
    doc: Document, schema: DocTypeSchema, day_first: bool | None = None, source_prefix: str = "rule:generic"
) -> dict[str, FieldValue]:
    """Every field of ``schema`` found after one of its labels (see the module docstring)."""
    fields: dict[str, FieldValue] = {}
    types = {f.name: f.type for f in schema.fields}
    for name, candidates in find_candidates(doc, schema, day_first).items():
        best, factor = choose(candidates, types[name])
        conf = min(s.ocr_confidence for s in best.spans) * factor
        fields[name] = make_field(doc, best.value, best.raw, conf, best.spans, f"{source_prefix}.{name}")
    return fields
