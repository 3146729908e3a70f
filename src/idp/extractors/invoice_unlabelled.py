"""Invoice numbers and dates printed without their labels, read when the labelled search found none.

- ``# INV-029921`` as a cell of its own in the top of page 1: accounting software prints it under the
  title. A ``#`` heading an item column has no number after it; ``Job # J-5524`` numbers something else.
- A bare number label, or a title with a number label (``SALES INVOICE No. 0085715``, also with the
  number in a cell of its own on the title's row), opening a cell in the top of an invoice's page 1
  (``FACTUUR`` over ``Nummer 2025/8721``, ``Number: 1043``, ``N° 2024-118``): its value is the rest of
  the cell, the next cell on the row, or the cell under it when the label heads a row of labels
  (``Nummer  Datum  Uw referentie`` over ``INV-072615  22 september 2026  PO-3578``). The value must
  be one token with a digit, a document-type code may open it (``N.º FT 2024A7/142`` under ``Fatura
  Original``); a house number (``No. 53``) is not read, as ``No``/``Nr`` are not labels here, except
  opening a cell of their own right of another (``Onchu  No. 202506-071``) or a line of their own
  (``No. SK-2501-0087``) with six characters or more.

- The date of a letter: a date after a place and a comma, or after a word that dates the document
  (``Wien, am 6. Juni 2025``, ``Genève, le 08.05.2025``, ``Porto Alegre, 10 de agosto de 2025``,
  ``Fattura n. 40/2025`` / ``del 23/11/2025``), or right after the invoice number (``Fattura n.
  138/2025 del 22 febbraio 2025``), or alone on a line of its own, as a letter dates itself under the
  addressee (``17 December 2024``), the first such in the top of page 1.

All are weaker evidence than a label that names the field: confidence x 0.6, sources ``+hash``,
``+bare`` and ``+dateline``.
"""

from __future__ import annotations

import re

from idp.document import Document, FieldValue, Line
from idp.extractors.common import Span, below, cells, make_field, span
from idp.extractors.grid import aligned_count
from idp.extractors.labels import LabelIndex
from idp.extractors.normalize import find_dates, normalize_date
from idp.extractors.values import normalize_id

_HASH_NUMBER = re.compile(r"\W{0,2}#\s?([A-Z0-9][A-Z0-9\-/]{2,}\d[A-Z0-9\-/]*)\s*$", re.I)
# a title that carries the number: "SALES INVOICE No. 0085715", "Tax Invoice # 4471"
# (a subtitle after a dash: "Faktura - daňový doklad č. 25020201")
_TITLE = (
    r"^\W*(?:(?:sales|tax|commercial|vat|service)\s+)?(?:invoice|bill|factura|facture|fattura|fatura|rechnung|"
    r"factuur|faktura|račun|rachunek|számla)(?:\s*/\s*receipt)?(?:\s*[-–—]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?"
    r"(?:\s+(?:simplificada|simplifi[ée]e|semplificata|electr[oó]nica|[ée]lectronique|elettronica|"
    r"rectificativa|de\s+venta|original|duplicado|duplicate|copy|c[oó]pia)){0,2}"
)
_SHORT_LABEL = r"(?:no\.?|n\.?\s?[º°o]\.?|nr\.?|#|number|n[úu]mero|núm\.?|č\.|čís\.|číslo|br\.)\s*:?\s*"
_TITLE_NUMBER = re.compile(_TITLE + r"\s+" + _SHORT_LABEL, re.I)
_TITLE_ONLY = re.compile(_TITLE + r"\W*$", re.I)
_AFTER_TITLE = re.compile(r"^" + _SHORT_LABEL, re.I)  # "No. 0085715" in the title's row
# ("Folio" numbers a Mexican factura; only here, where no label named the number: hotels print a folio too)
_BARE_LABEL = re.compile(
    r"^\W{0,2}(?:number|nummer|numer|num[ée]ro|n[úu]mero|nomor|n\s?[º°]|folio)\s*[:.]?\s*", re.I
)
_LONE_NO = re.compile(r"\W{0,2}(?:no|nr|n[º°o])\.?\s*:?", re.I)
# a document-type code may open it: Portugal's "FT 2024A7/142" (invoice series 2024A7, number 142)
_NO_THEN = re.compile(r"\W{0,2}(?:no|nr|n[º°o])(?:\.\s*|\s*:\s*|\s+)(?=\w)", re.I)
_ID = re.compile(r"(?:(?-i:[A-Z]{2,3})\s)?[A-Z0-9][A-Z0-9\-/.]*\d[A-Z0-9\-/.]*", re.I)
# what may stand before a letter's date in its cell: a place and a comma, a word that dates it
_CONNECTORS = r"am|le|den|il|el|du|del|dal|vom|of|dated|de|від|от|z\s+dnia|ze\s+dne"
_DATELINE = re.compile(r"^(?:[^\W\d_][^\d:;]{1,40},\s*)?(?:" + _CONNECTORS + r")?\s*$", re.I)
WEAK = 0.6


def fallback_number(doc: Document, top: float, prefix: str) -> FieldValue | None:
    """The invoice number by the module's fallbacks, or None; `top`: the letterhead's lower edge in
    page-1 pixels."""
    lines = [(i, line) for i, line in enumerate(doc.lines) if line.page == doc.pages[0].number]
    lines = [(i, line) for i, line in lines if line.bbox[1] <= top]
    for i, _ in lines:
        for cell in cells(doc.lines, i):
            m = _HASH_NUMBER.match(cell.text)  # "# INV-029921" opening its cell, not "Job # J-5524"
            if m is not None:
                spot = span(doc.lines, i, cell.start + m.start(1), cell.start + m.end(1))
                return _field(doc, spot, f"{prefix}.invoice_number+hash")
    title: Span | None = None  # a title cell of the line above: "No. 27637" under "INVOICE" numbers it
    for i, _ in lines:
        row = cells(doc.lines, i)
        for k, cell in enumerate(row):
            label = _BARE_LABEL.match(cell.text) or _TITLE_NUMBER.match(cell.text)
            beside = k > 0 and _TITLE_ONLY.match(row[0].text)
            if label is None and (beside or (title is not None and aligned_count([title], [cell]))):
                label = _AFTER_TITLE.match(cell.text)
            # a cell right of another, or a line of its own ("No. SK-2501-0087" over a Japanese bill's title)
            bare = label is None and (k > 0 or len(row) == 1)
            if bare and k + 1 < len(row) and _LONE_NO.fullmatch(cell.text):
                # "No." a cell of its own in a column of the header, the number in the next cell
                value = _whole_id(doc.lines, i, row[k + 1].start, row[k + 1].end)
                if value is not None and len(value.text.strip()) >= 4:
                    return _field(doc, value, f"{prefix}.invoice_number+bare")
            elif bare and (numbered := _NO_THEN.match(cell.text)) is not None:
                # "No. 202506-071" a cell of its own right of the addressee; long, as "No. 53" is a house
                value = _whole_id(doc.lines, i, cell.start + numbered.end(), cell.end)
                if value is not None and len(value.text.strip()) >= 6:
                    return _field(doc, value, f"{prefix}.invoice_number+bare")
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
        # a title stays over the lines that leave its column empty (the letterhead's address beside it)
        title = next((c for c in row if _TITLE_ONLY.match(c.text)), None) or (
            title if title is not None and not aligned_count([title], row) else None
        )
    return _boxed_number(doc, lines, prefix)


# a document number alone in its cell: letters and digits, a series and a number ("F002-00005042")
_LONE_ID = re.compile(r"(?=[^\s]*[A-Za-z])(?=[^\s]*\d{3})[A-Z0-9][A-Z0-9\-/.]{5,24}")


def _boxed_number(doc: Document, lines: list[tuple[int, Line]], prefix: str) -> FieldValue | None:
    """An id alone in its cell in the title's column, a few lines under it: the box of a Peruvian or
    Chilean factura (``FACTURA ELECTRÓNICA`` / ``RUC: 20108891125`` / ``F002-00005042``)."""
    for n, (i, _) in enumerate(lines):
        title = next((c for c in cells(doc.lines, i) if _TITLE_ONLY.match(c.text)), None)
        if title is None:
            continue
        for j, _ in lines[n + 1 : n + 5]:
            for cell in cells(doc.lines, j):
                alone = _LONE_ID.fullmatch(cell.text) and not find_dates(cell.text)
                if alone and aligned_count([title], [cell]):
                    return _field(doc, cell, f"{prefix}.invoice_number+boxed")
    return None


def dateline_date(
    doc: Document, top: float, day_first: bool | None, prefix: str, number: str | None = None
) -> FieldValue | None:
    """The date of the letter (module doc), or None; `top` as for :func:`fallback_number`; `number`:
    the invoice number as printed, which the date may follow (``Invoice TS-23330 - 20 June 2025``)."""
    after_number = (
        re.compile(r"(?:^|\s)" + re.escape(number) + r"\s*(?:[-–—,]|" + _CONNECTORS + r")?\s*$", re.I)
        if number
        else None
    )
    first = doc.pages[0].number
    for i, line in enumerate(doc.lines):
        if line.page != first or line.bbox[1] > top:
            break
        row = cells(doc.lines, i)
        for cell in row:
            for start, end, raw in find_dates(cell.text):
                value = normalize_date(raw, day_first)
                before = cell.text[:start]
                dated = _DATELINE.match(before) or (after_number is not None and after_number.search(before))
                bare = not before.strip() and not cell.text[end:].strip()
                # alone on its row, or the last cell of the row standing right of the page's middle: a
                # letter's date at the top right (``令和6年3月14日`` beside ``請求番号 R6-0061``)
                right = cell is row[-1] and cell.words[0].bbox[0] > doc.page(line.page).width / 2
                alone = bare and (len(row) == 1 or right)
                if value is not None and dated and (start > 0 or alone):
                    spot = span(doc.lines, i, cell.start + start, cell.start + end)
                    conf = spot.ocr_confidence * WEAK
                    return make_field(doc, value, raw, conf, [spot], f"{prefix}.date+dateline")
    return None


# words that set a payment deadline right before its date: "£278.80 due 19 April 2024", "bis zum 16.08.2024"
_DUE_BY = re.compile(
    r"(?:\b(?:due|payable)(?:\s+(?:on|by|before))?|\bpay(?:ment)?\s+(?:by|before)|\bno\s+later\s+than|"
    r"\bbis(?:\s+(?:zum|spätestens))?|\bzahlbar\s+bis(?:\s+zum)?|\bfällig\s+am|\bavant\s+le|"
    r"\bau\s+plus\s+tard\s+le|\bantes\s+del?|\bvence\s+(?:el|em)|\bentro\s+il|\buiterlijk(?:\s+op)?|"
    r"\bat[ée]\s+(?:o\s+dia\s+)?|\bsenast(?:\s+den)?|\bsenest(?:\s+den)?|\bpłatn[ey]\s+do|\bdo\s+dnia|"
    r"\bjusqu['’]\s?au|\b(?:transfer|pay|remit|settle)\b[^.;:]{0,40}\bby|"
    r"\b(?:paiement|betaling|pagamento|p[łl]atno[śs][ćc]|platbu|pago|zahlung)\s+"  # "paiement avant"
    r"(?:avant|v[óo]{1,2}r|prima\s+di|przed|do|antes\s+de|vor))"
    r"\s*:?\s*$",
    re.I,
)


# a cash discount for early payment, named after its date
_DISCOUNT = re.compile(
    r"^[^.;]{0,30}?\b(skonto|escompte|sconto|descuento|desconto|korting|rabat|cash\s+discount|discount)\b",
    re.I,
)


def early_payment_date(lines: list[Line], raw: str) -> bool:
    """Whether the date printed as ``raw`` is followed by a cash discount on its line (``Zahlbar bis
    09.05.2024 mit 2 % Skonto oder bis 29.05.2024 netto``): the early payment's date, not the due date."""
    for line in lines:
        at = line.text.find(raw) if raw else -1
        if at >= 0 and _DISCOUNT.search(line.text[at + len(raw) :]):
            return True
    return False


def worded_due_date(
    doc: Document, fields: dict[str, FieldValue], day_first: bool | None, due_label: LabelIndex, prefix: str
) -> FieldValue | None:
    """A due date with no label of its own opening a cell: after a due-date label inside a line
    (``Terms / Due Date  30 Days / 28/07/2024``) or after words that set a deadline (``_DUE_BY``); not
    before the invoice's date, not a date another field holds."""
    issued = fields["date"].value if "date" in fields else None
    taken = {f.value for f in fields.values()}
    for i, line in enumerate(doc.lines):
        labels = [m for m in due_label.find(line.text) if m.key == "due_date"]
        for start, end, raw in find_dates(line.text):
            value = normalize_date(raw, day_first)
            before = line.text[:start]
            # the deadline's words may end the line above ("... bis zum" / "03.12.2024 auf das Konto")
            above = doc.lines[i - 1].text if i > 0 and not before.strip() else ""
            cued = _DUE_BY.search(before) or any(m.end <= start for m in labels) or _DUE_BY.search(above)
            if _DISCOUNT.search(line.text[end:]):
                continue  # "bis 30.12.2025 2 % Skonto": the early payment date, not the due date
            ranged = (cue := _DUE_BY.search(before)) is not None and cue.group().strip().lower() == "bis"
            if ranged and _range_end(doc.lines, i, cue.start()):
                continue  # "14. Mai 2025 / bis 15. Mai 2025": the end of a range of days, no deadline
            if value is None or not cued or value in taken or (issued is not None and value < issued):
                continue
            spot = span(doc.lines, i, start, end)
            conf = spot.ocr_confidence * WEAK
            return make_field(doc, value, raw, conf, [spot], f"{prefix}.due_date+worded")
    return None


# a payment term's schedule: "Datum  Betrag" over "13.06.2024  672,99 €" under "Zahlungsbedingung" (Tryton)
_SCHEDULE_DATE = re.compile(r"^\W*(?:date|datum|fecha|data|dato|päivä(?:määrä)?|dátum)\W*$", re.I)
_SCHEDULE_AMOUNT = re.compile(
    r"^\W*(?:amount|betrag|montant|importe|importo|bedrag|beløb|belopp|kwota|částka|összeg|summa|valor)\W*$",
    re.I,
)
_PAYMENT_WORD = re.compile(
    r"\b(?:zahlung|payment|paiement|pago|pagamento|betaling|betalning|płatno|platb|fizet)", re.I
)


def schedule_due_date(doc: Document, day_first: bool | None, prefix: str) -> FieldValue | None:
    """The date of a payment term's schedule: a row of a date's and an amount's column heads within three
    lines under a payment word, and a date opening the row under it."""
    lines = doc.lines
    for i in range(1, len(lines) - 1):
        row = cells(lines, i)
        if len(row) != 2 or not _SCHEDULE_DATE.match(row[0].text) or not _SCHEDULE_AMOUNT.match(row[1].text):
            continue
        if not any(_PAYMENT_WORD.search(lines[k].text) for k in range(max(0, i - 3), i)):
            continue
        dates = find_dates(lines[i + 1].text)
        if dates and not lines[i + 1].text[: dates[0][0]].strip():
            start, end, raw = dates[0]
            value = normalize_date(raw, day_first)
            if value is not None:
                spot = span(lines, i + 1, start, end)
                return make_field(
                    doc, value, raw, spot.ocr_confidence * WEAK, [spot], f"{prefix}.due_date+schedule"
                )
    return None


def _range_end(lines: list[Line], i: int, at: int) -> bool:
    """Whether the word at ``at`` of line ``i`` follows a date, on its line or at the end of the cell
    above its own (an event's days: ``14. Mai 2025`` over ``bis 15. Mai 2025``)."""
    cell = next((c for c in cells(lines, i) if c.start <= at < c.end), None)
    if cell is None:
        return False
    x0, h = cell.words[0].bbox[0], cell.line.bbox[3] - cell.line.bbox[1]
    above = [c.text for c in cells(lines, i - 1) if abs(c.words[0].bbox[0] - x0) < 2 * h] if i > 0 else []
    texts = [lines[i].text[cell.start : at], *above]
    return any((dates := find_dates(t)) and not t[dates[-1][1] :].strip(" –-") for t in texts)


def _whole_id(lines: list[Line], index: int, start: int, end: int) -> Span | None:
    text = lines[index].text[start:end]
    m = _ID.fullmatch(text.strip())
    if m is None:
        return None
    lead = len(text) - len(text.lstrip())
    return span(lines, index, start + lead, start + lead + len(m.group()))


def _under(lines: list[Line], index: int, label: Span) -> Span | None:
    """The value cell right under a label cell: on the next line, overlapping it horizontally."""
    cell = below(lines, index, label.words[0].bbox[0], label.words[-1].bbox[2], max_lines=1)
    return _whole_id(lines, cell.line_index, cell.start, cell.end) if cell is not None else None


def _field(doc: Document, spot: Span, source: str) -> FieldValue:
    raw = spot.text.strip()
    return make_field(doc, normalize_id(raw), raw, spot.ocr_confidence * WEAK, [spot], source)
