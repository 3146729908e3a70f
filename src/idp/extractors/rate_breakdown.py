"""Net and tax from a VAT breakdown by rate: rows ``rate  net  tax`` with no row total.

Many European invoices print, under the items, one row per VAT rate: ``21 %  13 833,00  2 904,93`` and
``12 %  1 830,00  219,60`` (Czech), ``1.835,19  10 %  183,52`` (Spanish: base, rate, quota), often beside
other columns of the totals block. A row is recognised by its arithmetic: two amounts side by side
whose second is the first times the row's one printed rate (to the cent, half a cent of slack per
rounding). Consecutive such rows whose nets and taxes, with a cash rounding printed on the page, make
the total give the subtotal (sum of nets) and the tax (sum of taxes).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from idp.document import Document, FieldValue
from idp.extractors.amounts import Amount
from idp.extractors.common import make_field

RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")
SLACK = Decimal("0.011")


def _rate_pair(text: str, row: list[Amount]) -> tuple[Amount, Amount] | None:
    """The (net, tax) pair of a line that prints one rate, if its amounts hold one."""
    rates = RATE.findall(text)
    if len(rates) != 1:
        return None
    rate = Decimal(rates[0].replace(",", ".")) / 100
    for net, tax in pairwise(row):
        if rate > 0 and net.value > tax.value > 0 and abs(net.value * rate - tax.value) <= SLACK:
            return net, tax
    return None


def rate_breakdown(
    doc: Document,
    fields: dict[str, FieldValue],
    by_line: dict[int, list[Amount]],
    total: Decimal,
    roundings: list[Decimal],
    prefix: str,
) -> bool:
    """Set subtotal and tax from consecutive rate rows that make the total (module doc)."""
    pairs = {i: p for i, row in by_line.items() if (p := _rate_pair(doc.lines[i].text, row)) is not None}
    runs: list[list[tuple[Amount, Amount]]] = []
    for i in sorted(pairs):
        if runs and i - 1 in pairs:
            runs[-1].append(pairs[i])
        else:
            runs.append([pairs[i]])
    for run in reversed(runs):  # the breakdown under the items before the items themselves
        net = sum((n.value for n, _ in run), Decimal(0))
        tax = sum((t.value for _, t in run), Decimal(0))
        if not any(net + tax + r == total for r in [Decimal(0), *roundings]):
            continue
        conf = min(a.span.ocr_confidence for pair in run for a in pair) * 0.8
        taxes, nets = [t for _, t in run], [n for n, _ in run]
        raw = " + ".join(a.raw for a in taxes)
        fields["tax"] = make_field(doc, str(tax), raw, conf, [a.span for a in taxes], f"{prefix}.tax+rates")
        raw = " + ".join(a.raw for a in nets)
        fields["subtotal"] = make_field(
            doc, str(net), raw, conf, [a.span for a in nets], f"{prefix}.subtotal+rates"
        )
        return True
    return False
