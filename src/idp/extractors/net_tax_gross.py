"""Net, tax and gross that the page's own sums tie together, where no label says which is which.

Invoices of East Asia print their totals as figures side by side: ``合計 83,190円 7,089円 90,279円`` (net,
consumption tax, gross), a Chinese VAT invoice ``合 计 ¥20176.99 ¥2623.02`` with the gross on the next row
(``价税合计 ... （小写）¥22800.01``), a Korean tax invoice its supply value and tax under column heads and
the sum on a row of its own (``2025/01/31 12,350,000 1,235,000`` ... ``13,585,000``). The labels that
open such rows (``合計``, ``합계``) name a total, so the net was taken for it, or nothing at all was.

Two figures side by side, the second at most 30% of the first (a tax, not an item's price beside its
amount), whose sum is printed on the page (the next figure on their row, or a figure on another row),
are the net, the tax and the gross (a row laid out right to left prints them gross, tax, net); of
several such (rows by rate, then their sum row) the one with the largest gross. Figures are amounts
with decimals, and in a currency printed whole (yen, won, dong...) whole numbers grouped by thousands
or of three digits or more, in a dinar's three-decimal figures. A total that subtotal + tax printed
on the page already make is left alone; otherwise the fields become the triple when no total was read
or the total read is its net, its tax (``Jami to'lovga ..., shu jumladan QQS: 10 143 000,00``: the tax
the total includes) or its gross. Likewise a total read together with a tax read whose sum is a
labelled total printed further down (``合 計 36,500`` / ``營業稅 5% 1,825`` / ``總計 NT$ 38,325``): the
first was the net. Confidence 0.7 (0.6 for a gross printed apart) x the figures' OCR confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from idp.document import Document, FieldValue, Line
from idp.extractors.amounts import page_amounts
from idp.extractors.common import Span, make_field, span
from idp.extractors.currencies import THOUSANDTHS_CURRENCIES, WHOLE_CURRENCIES
from idp.extractors.labels import LabelIndex
from idp.extractors.tax_lines import field_amount
from idp.extractors.values import mask_dates

MAX_TAX_SHARE = Decimal("0.3")
# a dinar's figure: three decimals
_THOUSANDTHS = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})*\.\d{3}|\d{1,3}(?:\.\d{3})*,\d{3})(?![\d%])")
# a whole number grouped by thousands (not by plain spaces: "1 500,000" is a quantity and a price) or of
# three digits or more, not part of a code, phone number, date or rate
_WHOLE = re.compile(
    r"(?<![\d.,'\-/:#A-Za-z])(\d{1,3}(?:[,.'\u00a0\u202f]\d{3})+|\d{3,10})(?![\d\-/:A-Za-z]|[.,]\d|\s?[%％])"
)


@dataclass(frozen=True)
class Figure:
    value: Decimal
    raw: str
    spot: Span


def figures_by_line(lines: list[Line], currency: str | None) -> dict[int, list[Figure]]:
    """Each line's figures, left to right: amounts with decimals, and in a currency printed whole (or with
    three decimals) also those figures (module doc) outside them."""
    out: dict[int, list[Figure]] = {}
    for a in page_amounts(lines):
        out.setdefault(a.span.line_index, []).append(Figure(a.value, a.raw, a.span))
    other = (
        _WHOLE
        if currency in WHOLE_CURRENCIES
        else _THOUSANDTHS
        if currency in THOUSANDTHS_CURRENCIES
        else None
    )
    if other is None:
        return out
    for i, line in enumerate(lines):
        taken = [(f.spot.start, f.spot.end) for f in out.get(i, [])]
        for m in other.finditer(mask_dates(line.text)):
            if any(a < m.end(1) and m.start(1) < b for a, b in taken):
                continue  # part of an amount with decimals ("84 525 000,00")
            digits = re.sub(r"\D", "", m.group(1))
            value = Decimal(digits) if other is _WHOLE else Decimal(digits).scaleb(-3)
            out.setdefault(i, []).append(Figure(value, m.group(1), span(lines, i, m.start(1), m.end(1))))
        out.get(i, []).sort(key=lambda f: f.spot.start)
    return out


@dataclass(frozen=True)
class Triple:
    net: Figure
    tax: Figure
    gross: Figure
    same_row: bool


def _triples(rows: dict[int, list[Figure]]) -> list[Triple]:
    printed: dict[Decimal, list[Figure]] = {}
    for row in rows.values():
        for f in row:
            printed.setdefault(f.value, []).append(f)
    out = []
    for i, row in rows.items():
        for gross, tax, net in zip(row, row[1:], row[2:], strict=False):  # a row laid out right to left
            if 0 < tax.value <= net.value * MAX_TAX_SHARE and gross.value == net.value + tax.value:
                out.append(Triple(net, tax, gross, True))
        for k, (net, tax) in enumerate(pairwise(row)):
            if not (0 < tax.value <= net.value * MAX_TAX_SHARE):
                continue
            gross = net.value + tax.value
            if k + 2 < len(row) and row[k + 2].value == gross:
                out.append(Triple(net, tax, row[k + 2], True))
                continue
            apart = [f for f in printed.get(gross, []) if f.spot.line_index != i]
            if apart:  # the gross printed below the pair, else above it
                below = [f for f in apart if f.spot.line_index > i]
                out.append(Triple(net, tax, (below or apart)[0], False))
    return out


def _field(
    doc: Document, value: Decimal, whole: bool, figures: list[Figure], conf: float, source: str
) -> FieldValue:
    text = f"{value:.0f}.00" if whole else str(value)
    raw = " + ".join(f.raw for f in figures)
    return make_field(doc, text, raw, conf, [f.spot for f in figures], source)


def net_tax_gross(
    doc: Document, fields: dict[str, FieldValue], currency: str | None, index: LabelIndex, prefix: str
) -> None:
    """Set total, subtotal and tax from figures the page's sums tie together (module doc)."""
    total, sub, tax = (field_amount(fields, k) for k in ("total", "subtotal", "tax"))
    if total is not None and sub is not None and tax is not None and sub + tax == total:
        return
    whole = currency in WHOLE_CURRENCIES
    rows = figures_by_line(doc.lines, currency)
    triples = [
        t for t in _triples(rows) if total is None or total in (t.net.value, t.tax.value, t.gross.value)
    ]
    if triples:
        best = max(triples, key=lambda t: (t.gross.value, t.same_row, t.gross.spot.line_index))
        conf = (0.7 if best.same_row else 0.6) * min(f.spot.ocr_confidence for f in (best.net, best.tax))
        fields["total"] = _field(doc, best.gross.value, whole, [best.gross], conf, f"{prefix}.total+sums")
        fields["subtotal"] = _field(doc, best.net.value, whole, [best.net], conf, f"{prefix}.subtotal+sums")
        fields["tax"] = _field(doc, best.tax.value, whole, [best.tax], conf, f"{prefix}.tax+sums")
        return
    if total is None or tax is None or sub is not None or not 0 < tax <= total * MAX_TAX_SHARE:
        return
    read = fields["total"]
    lines = doc.lines
    after = next((i for i, line in enumerate(lines) if read.raw and read.raw in line.text), len(lines))
    for i in sorted(k for k in rows if k > after):
        gross = [f for f in rows[i] if f.value == total + tax]
        if gross and any(m.key == "total" for m in index.find(lines[i].text)):
            conf = 0.6 * gross[0].spot.ocr_confidence
            fields["subtotal"] = read.model_copy(update={"source": f"{prefix}.subtotal+sums"})
            fields["total"] = _field(doc, gross[0].value, whole, gross[:1], conf, f"{prefix}.total+sums")
            return
