"""A bill's own total, not the amount due with a balance carried over from earlier bills.

Telecom, utility and rent bills print an account summary: ``Previous bill 231.78``, ``Payment received
-178.12``, ``Balance carried forward 53.66``, ``This month's charges 197.77``, and then ``Total amount
due 251.43``. The invoice is this period's charges; the amount due also settles the old balance. When
the total read is a carried balance plus a line of current charges, both printed, the current charges
are the total.
"""

from __future__ import annotations

import re
from decimal import Decimal

from idp.document import Document, FieldValue
from idp.extractors.amounts import page_amounts
from idp.extractors.common import make_field

CARRIED = re.compile(
    r"balance\s+(carried|brought)\s+forward|previous\s+balance|balance\s+forward|arrears|overdue\s+balance|"
    r"saldo\s+anterior|solde\s+pr[ée]c[ée]dent|vorheriger\s+saldo|saldovortrag|achterstand|"
    r"saldo\s+precedente|zaległo[śs][ćc]",
    re.I,
)
CURRENT = re.compile(
    r"\b(this|current)\s+(month'?s|period'?s|bill'?s)\s+charges|\bcurrent\s+charges|\bnew\s+charges|"
    r"\btotal\s+current|\bcharges\s+this\s+(month|period)|\bmontant\s+de\s+la\s+p[ée]riode|"
    r"\baktuelle\s+rechnung|\bcargos\s+del\s+(mes|periodo)",
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
