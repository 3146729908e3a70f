"""Invoice fields by label rules: invoice_number, customer_name, date, total, currency, vendor_name/address.

Invoices print most values as ``label value`` cells (``Invoice #  1632526-1``) or as a value under its
column label; lines are first cut into cells at wide gaps so a two-column header does not run one
label's value into the next label. The vendor comes from a remit-to/from label when there is one,
otherwise from the receipt's top-of-page rules with a lower confidence (invoices often print the
vendor as a logo, which OCR does not read as text).
"""

from __future__ import annotations

import re

from idp.document import Document, FieldValue, Line
from idp.extractors.amounts import amount_fields
from idp.extractors.common import (
    Span,
    below,
    best_date,
    cells,
    date_candidates,
    day_first_evidence,
    doc_currency,
    make_field,
    span,
)
from idp.extractors.normalize import clean_text, find_dates
from idp.extractors.receipt import PHONE, find_address, vendor_fields

# label -> strength; the value is the first token with a digit after the label
NUMBER_LABELS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"\binv(oice)?\.?\s*(#|no\b\.?|num(ber)?\b|nbr\b)\s*:?", re.I), 1.0),
    (re.compile(r"\binvoice\b\s*:?(?!\s*(date|month|period|total|amount|to|address))", re.I), 0.8),
    (re.compile(r"\b(bill|document|doc|reference|ref)\.?\s*(#|no\b\.?|number\b)\s*:?", re.I), 0.5),
    (re.compile(r"\b(contract|order)\s*(#|no\b\.?|number\b)?\s*:?", re.I), 0.3),
]
CUSTOMER_LABELS = re.compile(
    r"\b(bill(ed)?\s*to|sold\s*to|invoice\s*to|customer(\s*name)?|client|advertiser)\b\s*:?", re.I
)
VENDOR_LABELS = re.compile(r"\b(remit\s*(to|address)|payable\s*to|from|seller|vendor|supplier)\b\s*:?", re.I)
DATE_LABELS = re.compile(r"\b(invoice\s*date|inv\.?\s*date|date\s*of\s*issue|issue\s*date|dated?)\b", re.I)
AVOID_DATE = re.compile(r"\b(due|period|flight|start|end|from|to|through|gen\.?|ship|order|air)\b", re.I)
ID_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-/]*\d[A-Z0-9\-/]*", re.I)
ANY_LABEL = re.compile(
    "|".join(p.pattern for p, _ in NUMBER_LABELS) + "|" + CUSTOMER_LABELS.pattern + "|" + DATE_LABELS.pattern,
    re.I,
)
LABEL_CELL = re.compile(r"^[A-Za-z][A-Za-z .#/]{1,25}:")  # another "label: value" cell, not a value


def _header_row(row: list[Span]) -> bool:
    """A row of column labels: three or more short cells, no digits, no ``label:`` cell (which would
    mean label and value side by side); the values are printed under them."""
    return len(row) >= 3 and all(
        not re.search(r"\d", c.text) and len(c.text.split()) <= 4 and not c.text.rstrip().endswith(":")
        for c in row
    )


def _cut_at_label(lines: list[Line], value: Span) -> Span:
    """A value cell that runs on into the next label (``SHEILA ... CONGRESS Invoice Date``) is cut there."""
    m = ANY_LABEL.search(value.text, 1)
    if m is None or not value.text[: m.start()].strip():
        return value
    return span(lines, value.line_index, value.start, value.start + len(value.text[: m.start()].rstrip()))


def _values_after(lines: list[Line], i: int, cell: Span, label_end: int) -> list[Span]:
    """Where a label's value may be, best first: the rest of its cell, the cell under it when its row
    is a row of column labels, the next cell on its row, the cell under it."""
    out: list[Span] = []
    rest = cell.line.text[label_end : cell.end]
    if rest.strip(" :#"):
        lead = len(rest) - len(rest.lstrip(" :#"))
        out.append(span(lines, i, label_end + lead, cell.end))
    row = cells(lines, i)
    under = below(lines, i, cell.words[0].bbox[0], cell.words[-1].bbox[2])
    if under is not None and _header_row(row):
        out.append(under)
    k = next((n for n, c in enumerate(row) if c.start == cell.start), None)
    if k is not None and k + 1 < len(row) and not LABEL_CELL.match(row[k + 1].text):
        out.append(row[k + 1])
    if under is not None:
        out.append(under)
    return [_cut_at_label(lines, v) for v in out]


def invoice_number(doc: Document, source: str) -> FieldValue | None:
    """Confidence: OCR confidence x (0.35 + 0.5 label strength + 0.15 if every page repeats it)."""
    lines = doc.lines
    found: list[tuple[float, Span, str]] = []
    for i in range(len(lines)):
        for cell in cells(lines, i):
            for pattern, strength in NUMBER_LABELS:
                m = pattern.search(cell.text)
                if m is None:
                    continue
                for value in _values_after(lines, i, cell, cell.start + m.end()):
                    token = ID_TOKEN.search(value.text)
                    if token is not None and not find_dates(value.text[token.start() :]):
                        sp = span(
                            lines, value.line_index, value.start + token.start(), value.start + token.end()
                        )
                        found.append((strength, sp, token.group(0)))
                        break
                break
    if not found:
        return None
    best = max(found, key=lambda t: t[0])  # the first of the strongest
    strength, sp, raw = best
    repeats = sum(1 for s, _, r in found if r == raw and s == strength)
    pages = len({line.page for line in lines})
    conf = sp.ocr_confidence * (0.35 + 0.5 * strength + (0.15 if pages > 1 and repeats >= pages else 0.0))
    return make_field(doc, raw, raw, conf, [sp], source)


def labelled_text(doc: Document, pattern: re.Pattern[str], source: str, strength: float) -> FieldValue | None:
    """The first value printed after (or under) a label matching ``pattern``, as text."""
    lines = doc.lines
    for i in range(len(lines)):
        for cell in cells(lines, i):
            m = pattern.search(cell.text)
            # the label opens its cell, or ends it (its value is then the next cell)
            if m is None or (m.start() > 2 and cell.text[m.end() :].strip()):
                continue
            for value in _values_after(lines, i, cell, cell.start + m.end()):
                if (
                    not re.search(r"[A-Za-z]", value.text)
                    or PHONE.search(value.text)
                    or ANY_LABEL.match(value.text)
                ):
                    continue
                text = clean_text(value.text)
                return make_field(doc, text, text, value.ocr_confidence * strength, [value], source)
    return None


def _vendor_by_label(doc: Document, source_prefix: str) -> dict[str, FieldValue]:
    """vendor_name after a remit-to/from label, and the address lines under it."""
    lines = doc.lines
    name = labelled_text(doc, VENDOR_LABELS, f"{source_prefix}.vendor_name", 0.75)
    if name is None:
        return {}
    fields = {"vendor_name": name}
    idx = next((i for i, line in enumerate(lines) if name.raw and name.raw in clean_text(line.text)), None)
    if idx is not None:
        addr = find_address(lines, idx)
        if addr:
            first = [cells(lines, i)[0] for i in addr]
            text = clean_text(" ".join(c.text for c in first))
            conf = min(c.ocr_confidence for c in first) * 0.6
            fields["vendor_address"] = make_field(
                doc, text, text, conf, first, f"{source_prefix}.vendor_address"
            )
    return fields


def extract_invoice(doc: Document, source_prefix: str = "rule:invoice") -> dict[str, FieldValue]:
    """Fields of an invoice from ``doc.lines`` (see the module docstring).

    Confidences: invoice_number as in :func:`invoice_number`; customer_name OCR confidence x 0.7,
    vendor_name by label x 0.75 (its address x 0.6); vendor by the receipt rules x 0.6 of their score;
    date and total as for receipts (:func:`~idp.extractors.common.best_date`, ``choose_total``).
    """
    lines = doc.lines
    if not lines:
        return {}
    fields = _vendor_by_label(doc, source_prefix)
    if "vendor_name" not in fields:
        fallback = vendor_fields(doc, source_prefix, first_cell=True)
        # the top-of-page rules were made for receipts: trust them less here
        fields.update(
            {
                k: f.model_copy(update={"confidence": round(f.confidence * 0.6, 4)})
                for k, f in fallback.items()
            }
        )
    number = invoice_number(doc, f"{source_prefix}.invoice_number")
    if number is not None:
        fields["invoice_number"] = number
    customer = labelled_text(doc, CUSTOMER_LABELS, f"{source_prefix}.customer_name", 0.7)
    if customer is not None:
        fields["customer_name"] = customer
    currency, _ = doc_currency(lines)
    day_first = day_first_evidence(lines, currency)
    date = best_date(doc, date_candidates(lines, day_first, DATE_LABELS, AVOID_DATE), f"{source_prefix}.date")
    if date is not None:
        fields["date"] = date
    fields.update(amount_fields(doc, source_prefix))
    return fields
