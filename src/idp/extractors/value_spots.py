"""Where a label's value is printed: the rest of its cell, the next cell, the cell under it (see
:mod:`idp.extractors.generic`), and how far a value runs (an address's lines, a date wrapped in its box,
a value cell cut at the next label)."""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.common import Span, below, cells, span, union_bbox
from idp.extractors.grid import label_row
from idp.extractors.labels import NAME_WORD, LabelIndex, LabelMatch
from idp.extractors.values import LABEL_LIKE, parse_value

LABEL_CELL = re.compile(r"^[A-Za-z][A-Za-z .#/]{1,25}:")  # "Terms: Net 30": a pair of its own, not a value
# a cell that opens with a number word of its own numbers something else: "Num. 001" (a duplicata) under
# "FATURA / DUPLICATA"
OWN_NUMBER = re.compile(r"^(?:num|no|nr|n[º°])\.\s*\w", re.I)
# a form's item marker before its label: "A) POLICY NO.", "11c. ", "2. PATIENT'S NAME"
BULLET = re.compile(r"\s*(?:\d{1,2}[a-z]?|[a-z])[.)]\s+", re.I)
PAIRED = re.compile(r"\s*[^/\s]+\s*/\s*")  # the first value of a pair: "90558710 / "
RATE = re.compile(r"\(?\s*\d{1,2}(?:[.,]\d{1,2})?\s*%\s*\)?")  # "VAT 21%  8.588,95": the rate is no value
# an amount in Chinese financial numerals between a label and its figure
# ("合计金额(大写) 壹万捌仟柒佰伍拾肆圆整  (小写) ¥18,754.00"): the figure is in a later cell
IN_WORDS = re.compile(r"[\sⓧ⊗]*[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億圆圓元角分整正]{2,}\s*")
IN_FIGURES = re.compile(r"[(（]?\s*小[写寫]\s*[)）]?\s*[:：]?")  # "(小写)": in figures
# a rate with the amount it is taken on after a tax label, in brackets or not: neither is the tax
RATE_CLAUSE = re.compile(
    r"\s*\(\s*\d{1,2}(?:[.,]\d{1,3})?\s*%[^)]*\)|"
    r"\s*\d{1,2}(?:[.,]\d{1,3})?\s*%\s*(?:von|of|on|sur|su|de|auf)\s+\D{0,4}"
    r"\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{1,2})?(?=\s|$)"
)


def sub_span(lines: list[Line], cell: Span, start: int, end: int) -> Span | None:
    """Part of a cell (offsets within the cell's text), trimmed of separators; None when empty."""
    text = cell.text[start:end]
    lead = len(text) - len(text.lstrip(" :#-–|"))
    trail = len(text.rstrip(" :|"))
    if trail <= lead:
        return None
    return span(lines, cell.line_index, cell.start + start + lead, cell.start + start + trail)


def is_label(text: str, index: LabelIndex) -> bool:
    if re.fullmatch(r"\S*\d\S*", text.strip()):
        return False  # one token with digits is an id ("GST/25-26/0574"), whatever word it opens with
    return index.at_start(text) is not None or bool(LABEL_LIKE.match(text) or LABEL_CELL.match(text))


def continuation(lines: list[Line], first: Span, index: LabelIndex, max_lines: int = 4) -> list[Span]:
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
        if cell is None or is_label(cell.text, index) or parse_value("phone", cell.text) or "@" in cell.text:
            break
        out.append(cell)
    return out


def value_spots(
    lines: list[Line], cell: Span, row: list[Span], k: int, m: LabelMatch, index: LabelIndex, shaped: bool,
    named: bool = False,
) -> list[tuple[Span, float]]:  # fmt: skip
    """Where the value of the label ``m`` (in ``cell``, the ``k``-th cell of its row) may be printed,
    with the weight of each place. ``named``: the field is a name, which a party's block may print after
    a name label of its own under the heading (``Tomador do seguro`` over ``Nome: Ana Rita Ferreira``)."""
    out: list[tuple[Span, float]] = []
    # the value runs to the next label of the cell (for free text only to one followed by a colon)
    following = [n for n in index.find(cell.text) if n.start >= m.end and (shaped or n.colon)]
    end = following[0].start if following else len(cell.text)
    if following and cell.text[m.end : end].strip() == "/":  # "Belegnummer/Datum 90558710 / 24.01.2025"
        pair = following[0].end
        end = pair + (cut.start() if (cut := re.search(r"\s*/", cell.text[pair:])) else 0)
        m = LabelMatch(m.key, m.start, pair, m.colon)
    clause = RATE_CLAUSE.match(cell.text, m.end)  # "VAT (23% on EUR 5,733.12) EUR 1,318.62": the base
    rest = sub_span(lines, cell, clause.end() if clause else m.end, end)
    if (rest is not None and RATE.fullmatch(rest.text.strip())) or (clause and clause.end() >= end):
        rest = None  # a tax label's rate: the amount is in the next cell
    elif rest is not None and shaped and IN_WORDS.fullmatch(rest.text):
        rest = None
    if rest is not None:
        # free text glued to a label without a colon is as likely a heading ("Claimant Details")
        out.append((rest, 1.0 if shaped or m.colon else 0.6))
    inside = m.start > 2 and not BULLET.fullmatch(cell.text[: m.start])
    if inside and rest is not None:  # a label inside a cell: its own rest, or the next cell if it ends it
        return out
    if shaped and k + 1 < len(row) and IN_WORDS.fullmatch(row[k + 1].text):
        k += 1  # the amount in words, then its figure (after a "(小写)")
        if k + 1 < len(row) and IN_FIGURES.fullmatch(row[k + 1].text):
            k += 1
    if k + 1 < len(row) and not re.search(r"\w", row[k + 1].text):
        k += 1  # a colon set apart from its label and value: "INVOICE DATE    :  05-FEB-2026"
    beside = k + 1 < len(row) and not (rest is None and _parallel_blocks(lines, cell, row[k + 1]))
    if beside and not is_label(row[k + 1].text, index):
        # "Policy number:" ending its cell, its value in the next: as sure as in the same cell
        out.append((cut_at_label(lines, row[k + 1], index), 1.0 if m.colon and rest is None else 0.95))
    combined = rest is not None and re.match(r"/\s*\D*$", rest.text)  # "Invoice date / Delivery date"
    if (rest is None or combined) and not inside:
        x0, _, x1, _ = union_bbox(cell.words)
        under = below(lines, cell.line_index, x0, x1, max_lines=2)
        last = k + 1 == len(row)
        missed = under is None or is_label(under.text, index)
        if missed and shaped and (last or is_label(row[k + 1].text, index)):
            # a figure right-aligned in a column wider than its heading ("Totale imponibile" over 731,76):
            # under the space up to the next heading, in a one-row summary (not a column of a table's rows)
            edge = float("inf") if last else row[k + 1].words[0].bbox[0] - 1
            figure = below(lines, cell.line_index, x0, edge, max_lines=1)
            more = below(lines, figure.line_index, x0, edge, max_lines=1) if figure is not None else None
            if figure is not None and (more is None or not re.search(r"\d", more.text)):
                under = figure
        labelled = under is not None and index.at_start(under.text) is not None  # its own label's value
        # a row of captions over their boxes ("Navn  CPR-nr.  Telefon") holds no value
        captions = under is not None and label_row(lines, cells(lines, under.line_index))
        name = None
        if under is not None and named and not labelled:
            name = _named_under(lines, under, index, captions)
        caption = captions or (named and under is not None and NAME_WORD.match(under.text))  # "ИМЕ, ПРЕЗИМЕ"
        if name is not None:
            out.append((name, 0.85))
        elif (
            under is not None
            and not caption
            and not is_label(under.text, index)
            and not OWN_NUMBER.match(under.text)
        ):
            out.append((cut_at_label(lines, under, index), 0.85))
    return out


def _parallel_blocks(lines: list[Line], head: Span, other: Span) -> bool:
    """Two headings over blocks that open with the same name label (``Tomador do seguro  Mediador`` over
    ``Nome: ...  Nome: ...``), or over a row of column captions in capitals (``Kunde / Versicherungsnehmer
    Gerät`` over ``NAME  GERÄT MARKE / MODELL``): the next heading is no value of this one."""
    found, under = [], []
    for cell in (head, other):
        x0, _, x1, _ = union_bbox(cell.words)
        under.append(below(lines, cell.line_index, x0, x1, max_lines=1))
        found.append(NAME_WORD.match(under[-1].text) if under[-1] is not None else None)
    if all(found) and len({f.group().strip(" :：").lower() for f in found if f}) == 1:
        return True
    captions = [u for u in under if u is not None and u.line_index == head.line_index + 1]
    if len(captions) < 2 or captions[0].start == captions[1].start or head.text.rstrip().endswith(":"):
        return False  # one caption under both, or a label's own value beside it ("Claim No.:  CLM-...")
    return (
        all(
            c.text.upper() == c.text and re.search(r"[^\W\d_]{2}", c.text) and not re.search(r"\d", c.text)
            for c in captions
        )
        and head.text.upper() != head.text
    )


def _named_under(lines: list[Line], under: Span, index: LabelIndex, captions: bool) -> Span | None:
    """The name after a name label under a party's heading, in its cell or the next (``Namn  Maja ...``);
    ``captions``: ``under``'s line is a row of captions over their boxes (:func:`label_row`)."""
    m = NAME_WORD.match(under.text)
    if m is None:
        return None
    row = cells(lines, under.line_index)
    if captions or all(c.text.upper() == c.text and not re.search(r"\d", c.text) for c in row):
        x0, _, x1, _ = union_bbox(under.words)  # a row of captions ("НАИМЕНОВАНИЕ  ЕИК"): the name under
        name = below(lines, under.line_index, x0, x1, max_lines=1)
        return name if name is not None and not is_label(name.text, index) else None
    rest = under.text[m.end() :].strip()
    if rest:  # "Nome: Ana Rita Ferreira", not "Name of Claimant ..."
        return sub_span(lines, under, m.end(), len(under.text)) if rest[:1].isupper() else None
    k = next((n for n, c in enumerate(row) if c.start == under.start), len(row))
    return row[k + 1] if k + 1 < len(row) and not is_label(row[k + 1].text, index) else None


def wrapped_line(lines: list[Line], value: Span, index: LabelIndex) -> Span | None:
    """The line a value runs on to: right under it, starting at its left edge or ending at its right
    edge (a right-aligned column), no label of its own."""
    x0, _, x1, y1 = union_bbox(value.words)
    under = below(lines, value.line_index, x0, x1, max_lines=1)
    if under is None or is_label(under.text, index):
        return None
    ux0, uy0, ux1, _ = union_bbox(under.words)
    height = value.line.bbox[3] - value.line.bbox[1]
    if min(abs(ux0 - x0), abs(ux1 - x1)) > 1.5 * height or uy0 - y1 > 0.9 * height:
        return None
    return under


def cut_at_label(lines: list[Line], value: Span, index: LabelIndex) -> Span:
    """A value cell that runs on into another label (``SHEILA LEE FOR CONGRESS Invoice Date``) ends there:
    at a label followed by a colon or of several words."""
    for n in index.find(value.text):
        if n.start > 0 and (n.colon or len(value.text[n.start : n.end].split()) > 1):
            return sub_span(lines, value, 0, n.start) or value
    return value
