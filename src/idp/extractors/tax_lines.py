"""Tax, net and total as the page's arithmetic confirms them: tax over several lines (CGST + SGST).

The schema's ``tax`` label finds one line, not always the right one; when the page's arithmetic says the
tax is one tax line or the sum of a run of consecutive ones, the field becomes that:

- ``subtotal + sum (+ a rounding line) == total`` with the subtotal already read; or
- ``total - sum (- rounding)`` is an amount printed on the page (the net, often in a tax summary table
  under a header the labels do not name), which then becomes the subtotal as well.

Failing both, one row of a totals table whose figures add up to the total gives the net and the tax.
Before all of these: rows by tax rate with no totals row (``IVA 10%  183,56  18,36  201,92``), each
adding up, whose row totals (and a rounding line) make the total, give the net and the tax as sums.

Except for rows by rate, only when the fields read do not add up; runs of several lines go first.
"""

from __future__ import annotations

import re
from decimal import Decimal

from idp.document import Document, FieldValue
from idp.extractors.amounts import (
    ANY_ROUNDING,
    DISCOUNT,
    PLAIN_TOTAL,
    STRONG_TOTAL,
    TAX,
    Amount,
    label_strength,
    page_amounts,
)
from idp.extractors.bill_total import printed_gross
from idp.extractors.common import make_field
from idp.extractors.rate_breakdown import rate_breakdown

# a tax line that says what the price includes or names the amount before tax is no tax line ("Total GST"
# is one: runs are tried longest first and a total of taxes sums to what its lines sum to)
_NOT_A_LINE = re.compile(
    r"incl|in words|excl|exkl|before|före|ohne|sans|hors|"
    r"\bsin\b|senza|\bsem\b|\bbez\b|ilman|uden|uten|netto|\bnet\b",
    re.I,
)
# an amount outside the tax: disbursements "non soumis à TVA", a city tax "esente IVA", "VAT exempt"
EXEMPT = re.compile(
    r"exempt|esente|exento|isento|exon[ée]r|non\s+soumis|not\s+subject|nicht\s+steuerbar|steuerfrei|"
    r"outside\s+the\s+scope|zero[-\s]rated",
    re.I,
)


def _runs(taxes: list[Amount]) -> list[list[Amount]]:
    """Every run of tax amounts on consecutive lines (single lines too), longest first."""
    blocks: list[list[Amount]] = []
    for a in taxes:
        last = blocks[-1][-1] if blocks else None
        same_page = last is not None and a.span.line.page == last.span.line.page
        if same_page and a.span.line_index == last.span.line_index + 1:  # type: ignore[union-attr]
            blocks[-1].append(a)
        else:
            blocks.append([a])
    runs = [b[i:j] for b in blocks for i in range(len(b)) for j in range(i + 1, len(b) + 1)]
    return sorted(runs, key=len, reverse=True)


def _by_line(amounts: list[Amount]) -> dict[int, list[Amount]]:
    """The page's amounts grouped by line, lines in page order."""
    rows: dict[int, list[Amount]] = {}
    for a in amounts:
        rows.setdefault(a.span.line_index, []).append(a)
    return rows


def field_amount(fields: dict[str, FieldValue], name: str) -> Decimal | None:
    f = fields.get(name)
    try:
        return Decimal(f.value) if f is not None and f.value else None
    except ArithmeticError:
        return None


def _tax_runs(amounts: list[Amount]) -> list[list[Amount]]:
    last_on_line = {a.span.line_index: a for a in amounts}  # each line's rightmost amount
    taxes = [
        a
        for a in last_on_line.values()
        if TAX.search(a.label)
        and not _NOT_A_LINE.search(a.label)
        and not EXEMPT.search(a.label)
        and a.value > 0
    ]
    return _runs(sorted(taxes, key=lambda a: a.span.line_index))


def _fit(
    total: Decimal,
    sub: Decimal | None,
    runs: list[list[Amount]],
    roundings: list[Decimal],
    printed: set[Decimal],
    amounts: list[Amount],
) -> tuple[list[Amount], Decimal] | None:
    """The run of tax lines and the net that make ``total``: the net is the subtotal read or printed,
    or the sum of the amounts listed right above the run (``Honoraires 847,37`` / ``Débours 220,98``);
    one amount outside the tax (:data:`EXEMPT`) may come on top."""
    by_line = _by_line(amounts)
    untaxed = {Decimal(0)} | {a.value for a in amounts if EXEMPT.search(a.label) and 0 < a.value < total}
    for run in runs:
        tax_sum = sum((a.value for a in run), Decimal(0))
        parts = _components(run, by_line) if sub is None else set()  # a subtotal read is kept
        for rounding, outside in [(r, u) for r in [Decimal(0), *roundings[-1:]] for u in sorted(untaxed)]:
            net = total - tax_sum - rounding - outside
            if net > tax_sum and (net == sub or net in printed or net in parts):
                return run, net  # (a net smaller than its tax is some other amount: a balance carried over)
    return None


def _components(run: list[Amount], by_line: dict[int, list[Amount]]) -> set[Decimal]:
    """Sums of two or more lines right above a run of tax lines, each by its last amount: the parts of
    the net (``Honoraires`` / ``Débours``), or the item lines' amounts where no net is printed."""
    sums, total, i = set(), Decimal(0), run[0].span.line_index - 1
    while by_line.get(i) and not TAX.search(by_line[i][-1].label) and by_line[i][-1].value > 0:
        total += by_line[i][-1].value
        if i < run[0].span.line_index - 1:
            sums.add(total)
        i -= 1
    return sums


def sum_tax_lines(doc: Document, fields: dict[str, FieldValue], prefix: str) -> None:
    """Set ``tax`` (and ``subtotal`` where it follows) to a run of tax lines the arithmetic confirms;
    with a subtotal read and no run that makes the total read, another printed total that the subtotal
    and a run make (the invoice's own total, not the amount due with a balance carried over or less a
    payment) becomes the total."""
    total, sub, tax = (field_amount(fields, k) for k in ("total", "subtotal", "tax"))
    if total is None:
        return
    amounts = page_amounts(doc.lines)
    roundings = [a.value for a in amounts if ANY_ROUNDING.search(a.label) and abs(a.value) < 1]
    if _rate_rows(doc, fields, amounts, total, roundings, prefix):
        return  # rows by rate say it all, even where two of their figures happen to make the total
    if sub is not None and tax is not None and sub + tax == total:
        return
    if rate_breakdown(doc, fields, _by_line(amounts), total, roundings, prefix):
        return  # a VAT breakdown by rate (rate_breakdown.py)
    runs = _tax_runs(amounts)
    found = _fit(total, sub, runs, roundings, {a.value for a in amounts}, amounts)
    if found is None and sub is not None:
        totals = [a for a in amounts if a.value != total and label_strength(a, doc.lines) > 0]
        for other in totals:
            found = _fit(other.value, sub, runs, roundings, set(), [])
            if found is not None:
                conf = other.span.ocr_confidence * 0.8
                fields["total"] = make_field(
                    doc, str(other.value), other.raw, conf, [other.span], f"{prefix}.total"
                )
                break
    if found is None:
        if not _summary_row(doc, fields, amounts, total, prefix) and sub is not None and tax is not None:
            printed_gross(doc, fields, amounts, sub + tax, total, prefix)
        return
    run, net = found
    conf = min(a.span.ocr_confidence for a in run) * 0.8
    raw = " + ".join(a.raw for a in run)
    fields["tax"] = make_field(
        doc, str(sum(a.value for a in run)), raw, conf, [a.span for a in run], f"{prefix}.tax+lines"
    )
    if sub != net:
        fields["subtotal"] = make_field(doc, str(net), str(net), conf * 0.9, [], f"{prefix}.subtotal+lines")


def _summary_row(
    doc: Document, fields: dict[str, FieldValue], amounts: list[Amount], total: Decimal, prefix: str
) -> bool:
    """Net and tax from one row of a totals table: ``net  tax...  total`` whose figures add up to the
    total (``12.527,32  1.988,88  183,39  14.699,59``), or ``net  tax...`` that make it (``249,92  52,48
    13,00`` under ``Base imponible  Cuota IVA  Cuota R.E.``; with two figures, on a totals row)."""
    for row in reversed(list(_by_line(amounts).values())):
        values = [a.value for a in row]
        if len(row) >= 3 and values[-1] == total and sum(values[:-1], Decimal(0)) == total:
            net, taxes = row[0], row[1:-1]
        elif sum(values, Decimal(0)) == total and values[0] == max(values) and min(values) > 0:
            if len(row) == 2 and label_strength(row[0], doc.lines) <= 0:
                continue  # two figures that add up may be anything; three or more rarely are
            net, taxes = row[0], row[1:]
        else:
            continue
        taxes = [a for a in taxes if abs(a.value) >= 1]  # a rounding adjustment is no tax
        if not taxes:
            continue
        conf = min(a.span.ocr_confidence for a in row) * 0.7
        tax_value = sum((a.value for a in taxes), Decimal(0))
        raw = " + ".join(a.raw for a in taxes)
        fields["tax"] = make_field(
            doc, str(tax_value), raw, conf, [a.span for a in taxes], f"{prefix}.tax+row"
        )
        fields["subtotal"] = make_field(
            doc, str(net.value), net.raw, conf, [net.span], f"{prefix}.subtotal+row"
        )
        return True
    return False


def _rate_rows(
    doc: Document,
    fields: dict[str, FieldValue],
    amounts: list[Amount],
    total: Decimal,
    roundings: list[Decimal],
    prefix: str,
) -> bool:
    """Net and tax summed over consecutive rows ``net  tax...  row total`` that each add up and whose
    row totals, with a rounding line, make the total (module doc)."""
    adding = [
        (i, row)
        for i, row in sorted(_by_line(amounts).items())
        if len(row) >= 3 and row[-1].value == sum((a.value for a in row[:-1]), Decimal(0)) > 0
    ]
    runs: list[list[list[Amount]]] = []
    for i, row in adding:
        if runs and runs[-1][-1][0].span.line_index == i - 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    paid = [abs(a.value) for a in amounts if _DEDUCTION.search(a.label)]
    for run in (r for r in runs if len(r) >= 2):
        if len(run) >= 3 and run[-1][-1].value == sum((row[-1].value for row in run[:-1]), Decimal(0)):
            run = run[:-1]  # the rates' sum row ("Součet") sums them again
        made = sum((row[-1].value for row in run), Decimal(0))
        gross = any(made - d == total for d in paid)  # the total read is what is left after a payment
        if not gross and not any(made + rounding == total for rounding in [Decimal(0), *roundings[-1:]]):
            continue
        net = sum((row[0].value for row in run), Decimal(0))
        taxes = [a for row in run for a in row[1:-1]]
        conf = min(a.span.ocr_confidence for row in run for a in row) * 0.7
        tax_value = str(sum((a.value for a in taxes), Decimal(0)))
        raw = " + ".join(a.raw for a in taxes)
        fields["tax"] = make_field(doc, tax_value, raw, conf, [a.span for a in taxes], f"{prefix}.tax+rates")
        nets = [row[0] for row in run]
        raw = " + ".join(a.raw for a in nets)
        fields["subtotal"] = make_field(
            doc, str(net), raw, conf, [a.span for a in nets], f"{prefix}.subtotal+rates"
        )
        if gross:
            fields["total"] = make_field(doc, str(made), str(made), conf, [], f"{prefix}.total+rates")
        return True
    return False


# what is taken off the total printed as a positive figure: "Less: Paid on account 500.00", "Amount Applied"
_DEDUCTION = re.compile(
    r"^\W*less\b|\bapplied\b|\bpaid\b|\bdeposit|\bpayment|\bprepaid|\bcredit|abz[üu]glich|anzahlung|"
    r"\bacompte|\bd[ée]j[àa]\s*(pay|vers|r[ée]gl)|\bmoins\b|\bmenos\b|\bmeno\b|\banticipo|"
    r"zap[łl]acono|zaplaceno|bezahlt|gezahlt|\bpay[ée]|\bpagado|\bbetalt\b|\bbetaald|\bpagato",
    re.I,
)


def total_before_deductions(doc: Document, fields: dict[str, FieldValue], prefix: str) -> None:
    """The invoice's own total, not what is left to pay: when the total read is the last of a column that
    runs ``Total Charges 11,628.29`` / ``Insurance Payments -6,637.19`` / ``Adjustment -1,395.39`` /
    ``Amount Due 3,595.71`` (deductions printed negative, or named: ``Less: Paid on account 500.00``),
    and the total above the deductions less them makes it, that total above is the invoice's. The amount
    due may be printed more than once (a heading over the page): each place is tried."""
    chosen = fields.get("total")
    due = field_amount(fields, "total")
    if chosen is None or due is None or not chosen.bbox:
        return
    rows = [(i, row[-1]) for i, row in sorted(_by_line(page_amounts(doc.lines)).items())]
    printed = chosen.raw or ""  # with its currency mark or without: "$2,331.68", "2,331.68"
    for at, (_, a) in enumerate(rows):
        if a.value == due and (a.raw in printed or printed in a.raw):
            gross = _gross_above(rows, at, due)
            if gross is not None:
                conf, source = gross.span.ocr_confidence * 0.8, f"{prefix}.total+gross"
                fields["total"] = make_field(doc, str(gross.value), gross.raw, conf, [gross.span], source)
                return


def _gross_above(rows: list[tuple[int, Amount]], at: int, due: Decimal) -> Amount | None:
    """The total over the deductions that run up the column from row ``at`` (the amount due), or None."""
    deductions = Decimal(0)
    for k in range(at - 1, -1, -1):
        i, a = rows[k]
        if i != rows[k + 1][0] - 1:
            return None  # the column is broken by a line without an amount
        if DISCOUNT.search(a.label):
            return None  # "小計 87,400.00 / 折扣 -1,400.00 / 總額 86,000.00": the total after a discount
        if a.value <= 0 or _DEDUCTION.search(a.label):
            deductions -= abs(a.value)
            continue
        if deductions == 0:
            return None
        # the total may stand higher up, over the lines that make it (Less: VAT / Net of VAT / Add: VAT)
        for b in [a, *(b for _, b in reversed(rows[:k]))]:
            label = STRONG_TOTAL.search(b.label) or PLAIN_TOTAL.search(b.label)
            if label and b.value + deductions == due:
                return b
        return None
    return None
