"""A bill's own total, not the amount due with a balance carried over from earlier bills.

Telecom, utility and rent bills print an account summary: ``Previous bill 231.78``, ``Payment received
-178.12``, ``Balance carried forward 53.66``, ``This month's charges 197.77``, and then ``Total amount
due 251.43``. The invoice is this period's charges; the amount due also settles the old balance. When
the total read is a carried balance plus a line of current charges, both printed, the current charges
are the total; so when an account summary's row of labels over a row of amounts (:func:`summary_rows`)
has a carried balance, the current charges and the total read. The other way round
(:func:`printed_gross`): a total read that is what is left to pay after a deposit or a tax credit gives
way to the larger printed amount that the net and the tax make.
"""

from __future__ import annotations

import re
from decimal import Decimal

from idp.document import Document, FieldValue, Line
from idp.extractors.amounts import Amount, page_amounts
from idp.extractors.common import cells, make_field

CARRIED = re.compile(
    r"balance\s+(carried|brought)\s+forward|previous\s+balance|balance\s+forward|arrears|overdue\s+balance|"
    r"saldo\s+anterior|solde\s+pr[ée]c[ée]dent|vorheriger\s+saldo|saldovortrag|achterstand|"
    r"saldo\s+precedente|zaległo[śs][ćc]",
    re.I,
)
CURRENT = re.compile(
    r"\b(this|current)\s+(month'?s|period'?s|bill'?s)\s+charges|\bcurrent\s+charges|\bnew\s+charges|"
    r"\bcurrent\s+bill(\s+amount)?\b|"
    r"\btotal\s+current|\bcharges\s+this\s+(month|period)|\bmontant\s+de\s+la\s+p[ée]riode|"
    r"\baktuelle\s+rechnung|\bcargos\s+del\s+(mes|periodo)|"
    r"\binvoice\s+total\b|\btotal\s+(of\s+)?this\s+invoice\b|\brechnungsbetrag\b|\btotal\s+(de\s+la\s+)?facture\b",
    re.I,
)


def current_charges(doc: Document, fields: dict[str, FieldValue], prefix: str) -> None:
    """Replace a total that is carried balance + current charges by the current charges (module doc)."""
    read = fields.get("total")
    if read is None or read.value is None:
        return
    total = Decimal(read.value)
    amounts = page_amounts(doc.lines)
    carried = {a.value for a in amounts if CARRIED.search(a.label)}
    for current in amounts:
        if CURRENT.search(current.label) and 0 < current.value < total and total - current.value in carried:
            conf = current.span.ocr_confidence * 0.8
            fields["total"] = make_field(
                doc, str(current.value), current.raw, conf, [current.span], f"{prefix}.total+current"
            )
            return
    for labels, figures in summary_rows(doc.lines):
        said = dict(zip(labels, figures, strict=True))
        carried_over = any(CARRIED.search(label) for label in labels)
        current = next((a for label, a in said.items() if CURRENT.search(label)), None)
        if (
            carried_over
            and current is not None
            and 0 < current.value < total
            and total in {a.value for a in figures}
        ):
            conf = current.span.ocr_confidence * 0.8
            fields["total"] = make_field(
                doc, str(current.value), current.raw, conf, [current.span], f"{prefix}.total+current"
            )
            return


def summary_rows(lines: list[Line]) -> list[tuple[list[str], list[Amount]]]:
    """An account summary printed as a row of labels over a row of as many amounts (``Previous balance
    Payments  Adjustments  Current bill amount  Amount payable`` over ``810.10  -800.03  0.00  1,423.35
    1,433.42``): each label with its amount, in order."""
    out = []
    amounts = page_amounts(lines)
    for i in range(len(lines) - 1):
        row = cells(lines, i)
        if len(row) < 3 or lines[i + 1].page != lines[i].page or any(re.search(r"\d", c.text) for c in row):
            continue
        figures = [a for a in amounts if a.span.line_index == i + 1]
        if len(figures) == len(row) and len(cells(lines, i + 1)) == len(row):
            out.append(([c.text for c in row], figures))
    return out


def printed_gross(
    doc: Document,
    fields: dict[str, FieldValue],
    amounts: list[Amount],
    made: Decimal,
    total: Decimal,
    prefix: str,
) -> None:
    """The total read is no total of the net and tax read, but a larger amount printed elsewhere is (with
    a cash rounding printed beside it, ``Totalt 67 531,00`` for ``54 025,00 + 13 506,25 - 0,25``): that
    is the invoice's total, the one read what is left to pay (after a tax credit, a deposit). A smaller
    one is not: ``Net total`` after an agency's commission is no invoice total."""
    small = [Decimal(0)] + [a.value for a in amounts if 0 < abs(a.value) < 1]
    fits = [a for a in amounts if a.value > total and any(a.value == made + r for r in small)]
    if fits:
        best = max(fits, key=lambda a: a.value)
        conf = best.span.ocr_confidence * 0.7
        source = f"{prefix}.total+gross"
        fields["total"] = make_field(doc, str(best.value), best.raw, conf, [best.span], source)
