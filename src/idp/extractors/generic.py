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
house number or a post box is an address (``Sold by`` over ``6 Trident Park``), no name; nor is what a
form prints where a name would be (:mod:`idp.extractors.name_values`). A form's item marker before a
label (``A) POLICY NO.``, ``11c.``) is no text before it. A field whose schema sets ``first_row`` reads a
table's first row under its heading (a claim's first date of service); the other party's block of a claim
(:mod:`idp.extractors.other_party`) gives no values. A schema's cue labels (:mod:`idp.extractors.labels`)
and the bare name boxes its section headings name (:mod:`idp.extractors.sections`) count as weaker
labels; a schema with ``letter`` roles also reads a letter's subject line, correspondent and the date its
prose gives the event (:mod:`idp.extractors.letters`).

Each field takes its best candidate by label evidence x position: 1.0 with a colon, else 0.9; x 0.85
inside a cell; x 0.92 for a one-word label (``Claimant`` says less than ``Claimant Name``); x 1.0
same cell (0.6 for free text glued to a label with no colon: ``Claimant Details`` is a heading), 0.95
next cell or grid column, 0.85 below; x 0.85 for a cue label, 0.8 for a section's bare name box; +0.05
when the value passes its type's plausibility check; earliest first on ties. Confidence: OCR confidence
of the value's words x (0.5 + 0.3 x that score + 0.1 when no other candidate with a different value
scores within 0.1 + 0.1 when plausible).
The field's type finds the value; a ``normaliser`` other than the type's own then re-reads it
(``none`` keeps it as printed).
"""

from __future__ import annotations

import re
from statistics import median

from idp.document import Document, FieldValue, Line
from idp.extractors.candidates import Candidate, choose
from idp.extractors.common import Span, below, cells, make_field, span, union_bbox
from idp.extractors.grid import date_column_first_rows, grid_values, label_row, table_header
from idp.extractors.labels import LabelIndex, LabelMatch, labels_in_large_type
from idp.extractors.letters import correspondent, event_date, subject_candidates
from idp.extractors.name_values import can_be_name, name_end, names_one
from idp.extractors.other_party import inside_other_party, other_party_regions
from idp.extractors.schema import DocTypeSchema
from idp.extractors.sections import deceased_lines, section_keys
from idp.extractors.tables import column_index, header_columns
from idp.extractors.value_spots import (
    BULLET,
    PAIRED,
    continuation,
    is_label,
    sub_span,
    value_spots,
    wrapped_line,
)
from idp.extractors.values import SHAPED, normalise, parse_value

TITLE_RATIO = 1.45  # label words this much taller than the page's median word are a title
_INDEXES: dict[tuple, LabelIndex] = {}


# the numbers of other documents an invoice names: an order, a delivery note
OTHER_DOCUMENT = re.compile(r"order|bestell|commande|pedido|ordine|deliver|dispatch|despatch|liefersch", re.I)
FAX_HEADER = re.compile(r"\d{1,2}:\d{2}\b.*\b(from|fax|to)\b.*\bp\.?\s?\d{1,3}\s?/\s?\d{1,3}\b", re.I)
NUMBERED = re.compile(r"(nr|no|n[º°o]|#|number|numer|nummer|n[úu]mero|num[ée]ro|č)\.?\s*:?\s*$", re.I)
_GLUED_NUMBER_WORD = re.compile(r"^(?:no|nr|n[º°])\.(?=\d)", re.I)
# the word that announces a number after a title's other words: "FACTURE D'ACOMPTE N°", "DOKLAD c.", "br."
NUMBER_WORD = re.compile(
    r"(?<![^\W\d_])(nr|no|nro|n[º°o]|#|number|numer|n[úu]mero|num[ée]ro|[čc]|br|št|№|מס'|מספר|رقم)\.?\s*:?\s*$",
    re.I,
)


def label_index(schema: DocTypeSchema) -> LabelIndex:
    """The schema's field labels as one matcher (built once per schema content)."""
    key = (schema.name, tuple((f.name, tuple(f.synonyms()), tuple(f.cues())) for f in schema.fields))
    if key not in _INDEXES:
        fields = [f for f in schema.fields if f.type != "line_items"]
        _INDEXES[key] = LabelIndex({f.name: f.synonyms() for f in fields}, {f.name: f.cues() for f in fields})
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


def _dates_other(row: list[Span], cell: Span, index: LabelIndex) -> bool:
    """A bare date label (``Dated``) right after an order's or a delivery's number label in a row of
    labels (``Buyer's Order No.  Dated``) dates that document, not the invoice."""
    k = next((n for n, c in enumerate(row) if c is cell), 0)
    if k == 0 or len(cell.text.split()) > 1:
        return False
    before = index.at_start(row[k - 1].text)
    other = OTHER_DOCUMENT.search(row[k - 1].text) and NUMBERED.search(row[k - 1].text.strip())
    return (before is not None and before.key == "purchase_order") or bool(other)


def _caption(text: str) -> bool:
    """A cell printed as a label: a phrase in lower case after its first word (``Repair partner``, ``The
    whole loss and damage claimed``), not a name in title case (``Tuam Medical Centre``)."""
    words = re.findall(r"[^\W\d_]+", text)
    return "," not in text and all(w[0].islower() for w in words[1:])


def _first_row(
    lines: list[Line], row: list[Span], index: LabelIndex, keys: set[str]
) -> list[tuple[LabelMatch, Span, Span]]:
    """The first row's value under each heading of a table whose field takes its value from there."""
    if not keys:
        return []
    return [(m, cell, value) for m, cell, value in grid_values(lines, row, index) if m.key in keys]


def _candidate(
    lines: list[Line], kind: str, m: LabelMatch, cell: Span, spot: Span, weight: float, inside: bool,
    index: LabelIndex, day_first: bool | None, order: int,
) -> Candidate | None:  # fmt: skip
    found = parse_value(kind, spot.text, day_first)
    wrapped = None
    if found is None and kind == "date":  # "6 de septiembre" / "de 2025": a date wrapped in a narrow box
        wrapped = wrapped_line(lines, spot, index)
        found = parse_value(kind, f"{spot.text} {wrapped.text}", day_first) if wrapped is not None else None
        if found is not None and not found[0] < len(spot.text) < found[1]:
            found = None  # the date must run from this line into the next (not lie in either alone)
    # a value after a label inside a cell follows at once ("CHF 2'880.08") or its pair's ("Nr/Datum 9 / 1.2.")
    before = spot.text[: found[0]] if found else ""
    paired = cell.text[: m.start].rstrip().endswith("/") and PAIRED.fullmatch(before)
    if found is None or (inside and found[0] > 3 and parse_value("currency", before) is None and not paired):
        return None
    if kind == "id" and not m.colon and found[0] > 3 and not NUMBER_WORD.search(before.strip()):
        return None  # "Facture déposée sur Chorus Pro (profil EN 16931)": a sentence, no number after a label
    start, end, value = found
    if kind == "id":  # a recogniser glues the label's number word to the number: "INVOICE No.0052616"
        value = _GLUED_NUMBER_WORD.sub("", value)
    again = index.at_start(value) if kind == "name" and spot.line_index == cell.line_index else None
    if again is not None and again.key == m.key and value[again.end :].strip() and value[:1].islower():
        # the rest of a longer label ("Insured" + "member name Fatima ..."), not a name that opens with a
        # label's word ("Uw hersteller: Garage Desmet & Zonen nv")
        value = value[again.end :].strip()
    if kind == "name" and (box := re.match(r"\([^()]{1,40}\)\s+(?=\w)", value)):
        value = value[box.end() :]  # "Wer ist die verletzte Person? (Vor- und Zuname) Florian Moosbrugger"
    if kind == "name" and (cut := name_end(value)) is not None:
        value = value[:cut].rstrip(" ,")  # "Kari Nordahl, fødselsnummer 211089 92432": the name, not the id
    if kind == "name" and not can_be_name(value):
        return None
    value_span = spot
    if kind in SHAPED and wrapped is None:
        value_span = span(lines, spot.line_index, spot.start + start, spot.start + end)
    spans = [value_span] if wrapped is None else [value_span, wrapped]
    if kind == "address" and weight < 1.0:
        spans = continuation(lines, value_span, index)
        value = ", ".join(s.text.strip(" ,") for s in spans)
    words = len(cell.text[m.start : m.end].split(" / ")[0].strip(" :").split())  # a gloss adds nothing
    quality = (1.0 if m.colon else 0.9) * (0.85 if inside else 1.0) * weight
    quality *= 1.0 if words > 1 else 0.92  # "Claimant Name" says more than "Claimant"
    quality *= (0.8 if m.section else 0.85) if m.cue else 1.0  # a label worded otherwise says less
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
    first_row = {f.name for f in schema.fields if f.first_row}
    sections = section_keys(lines, index, types) if schema.section_names else [None] * len(lines)
    base = index
    for i in range(len(lines)):
        index = base.for_section(sections[i])
        if FAX_HEADER.search(lines[i].text) and (i == 0 or lines[i - 1].page != lines[i].page):
            continue  # the transmission line a fax machine prints over the page labels nothing of it
        row = cells(lines, i)
        if columns is not None and header_columns(lines, i, columns) is not None:
            continue  # a line-item table's header: "Montant HT" heads a column, it labels no field
        if len(row) >= 2 and table_header(lines, i, row):
            for m, cell, value in _first_row(lines, row, index, first_row):
                add(_candidate(lines, types[m.key], m, cell, value, 0.8, False, index, day_first, i))
            continue  # so does a tax summary's "Netto  USt.  Brutto" over its rows of amounts
        if label_row(lines, row):
            for m, cell, value in grid_values(lines, row, index):
                one_word = types[m.key] == "name" and len(row) >= 4 and len(cell.text.split()) == 1
                if one_word and not m.cue and not names_one(lines, value):
                    continue  # "Date  Con Note  From  To  Kg": a table's column, not the sender
                if m.key == "date" and _dates_other(row, cell, index):
                    continue  # "Buyer's Order No.  Dated": the order's date
                # a label after other words names something else's number ("e-Way Bill No.")
                before = cell.text[: m.start]
                weight = 0.95 * (0.85 if re.search(r"\w", before) and not BULLET.fullmatch(before) else 1.0)
                add(_candidate(lines, types[m.key], m, cell, value, weight, False, index, day_first, i))
            continue
        for k, cell in enumerate(row):
            title = _is_title(cell, heights)
            for m in index.find(cell.text, header=k + 1 < len(row)):  # a cue label's value may be beside it
                kind = types[m.key]
                if title and not labels_in_large_type(kind, m, cell.text):  # a title labels nothing, but
                    # "FACTURE N° FA-2025-143" numbers its document
                    # "חשבונית מס מס' 30512": the number word right after the document's name
                    named = NUMBER_WORD.search(cell.text[: m.end]) and not re.search(
                        r"\d", cell.text[: m.start]
                    )
                    numbers = kind == "id" and (m.start <= 2 or bool(named))
                    rest = sub_span(lines, cell, m.end, len(cell.text)) if numbers else None
                    if rest is not None:
                        add(_candidate(lines, kind, m, cell, rest, 1.0, False, index, day_first, i))
                    elif kind == "id" and m.start <= 2 and NUMBERED.search(cell.text[m.start : m.end]):
                        # "Faktura VAT nr" in large type, its number under it past the other column's lines
                        x0, _, x1, _ = union_bbox(cell.words)
                        under = below(lines, i, x0, x1, max_lines=3)
                        if under is not None and not is_label(under.text, index):
                            add(_candidate(lines, kind, m, cell, under, 0.85, False, index, day_first, i))
                    if numbers or kind != "id":  # else a later label may number it: "HISOB-FAKTURA № 157"
                        break
                    continue
                inside = not BULLET.fullmatch(cell.text[: m.start]) and (
                    m.start > 2 or bool(re.search(r"\w", cell.text[: m.start]))
                )
                ends_cell = not cell.text[m.end :].strip()
                if inside and not (m.colon or kind in SHAPED or ends_cell):
                    continue
                spots = value_spots(lines, cell, row, k, m, index, kind in SHAPED, kind == "name")
                if m.cue and not (m.colon or m.section) and ends_cell and cell.text.upper() != cell.text:
                    if kind not in SHAPED and not _caption(cell.text):
                        continue  # "Tuam Medical Centre  Keane Geraghty Solicitors": a name, no label
                    spots = [(s, w) for s, w in spots if s.line_index == i]  # its value beside it, not under
                for spot, weight in spots:
                    if add(_candidate(lines, kind, m, cell, spot, weight, inside, index, day_first, i)):
                        break
    index = base
    for f in schema.fields:  # a table of bills under a bare "Date": its first date, when no label names one
        if f.first_row and f.type == "date" and f.name not in out:
            for m, cell, value in date_column_first_rows(lines, f.name):
                add(_candidate(lines, "date", m, cell, value, 0.7, False, index, day_first, value.line_index))
    if schema.letter is not None:  # a claim put in a letter: its subject line, correspondent, event
        roles = schema.letter
        for c in subject_candidates(lines, index, types, day_first, roles.event_date):
            add(c)
        for c in correspondent(lines, roles.correspondent) if roles.correspondent else []:
            add(c)
        for c in event_date(lines, roles.event_date, day_first) if roles.event_date else []:
            add(c)
    if schema.section_names and (dead := deceased_lines(lines)):  # names there are the deceased's
        out = {
            k: [c for c in v if types[k] != "name" or c.span.line_index not in dead] for k, v in out.items()
        }
    regions = other_party_regions(lines)
    if regions:  # the third party's policy number and name are not the claim's
        out = {k: [c for c in v if not inside_other_party(c.span, regions)] for k, v in out.items()}
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
