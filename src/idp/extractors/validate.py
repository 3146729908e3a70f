"""Checks on extracted fields, appended to ``doc.validation``; a failed check lowers its fields' confidence.

Which rules run comes from the document type's schema (configs/doc_types): per field ``validation``
(``plausible`` dates, ``positive`` amounts, IBAN ``checksum``) and per type ``rules`` (cross-field
checks); without a schema, every rule whose fields are present runs. Each rule runs only where its
fields are present:

- ``<field>_plausible``: a date between 1990-01-01 and a year from today (``date_plausible``).
- ``<field>_positive``: an amount above zero (``total_positive``).
- ``<field>_checksum``: an IBAN whose ISO 13616 mod-97 check digits are right (``iban_checksum``).
- ``subtotal_plus_tax_equals_total``: subtotal + tax = total, within 0.05 (cash rounding to 5 cents).
- ``line_items_sum_to_subtotal``: the line items' amounts add up to the subtotal (to the total when no
  subtotal or tax is printed), within 0.05.
- ``due_date_not_before_date``: the due date is on or after the issue date.

A failed rule multiplies the confidence of every field it names by ``FAIL_FACTOR`` (and of every line
item, for the line-item rule).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from idp.document import FieldValue, LineItem, ValidationResult
from idp.extractors.common import plausible_date
from idp.extractors.schema import DocTypeSchema

FAIL_FACTOR = 0.5
TOLERANCE = Decimal("0.05")
# the rules that run when no schema is given
DEFAULT_FIELD_RULES = {"date": "plausible", "due_date": "plausible", "total": "positive", "iban": "checksum"}
DEFAULT_CROSS_RULES = (
    "subtotal_plus_tax_equals_total",
    "line_items_sum_to_subtotal",
    "due_date_not_before_date",
)


def _decimal(field: FieldValue | str | None) -> Decimal | None:
    value = field.value if isinstance(field, FieldValue) else field
    if value is None:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def iban_valid(iban: str) -> bool:
    """ISO 13616: 15-34 letters and digits, check digits such that the rearranged number mod 97 is 1."""
    text = re.sub(r"\s+", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", text):
        return False
    digits = "".join(str(int(c, 36)) for c in text[4:] + text[:4])
    return int(digits) % 97 == 1


def _field_rule(name: str, rule: str, field: FieldValue, today: date | None) -> ValidationResult:
    value = field.value
    if rule == "plausible":
        ok = value is not None and plausible_date(value, today)
        msg = f"{name} {value!r} outside 1990-01-01 .. today + 1 year"
    elif rule == "positive":
        amount = _decimal(field)
        ok = amount is not None and amount > 0
        msg = f"{name} {value!r} is not above zero"
    else:
        ok = value is not None and iban_valid(value)
        msg = f"{name} {value!r} fails the IBAN check digits"
    return ValidationResult(rule=f"{name}_{rule}", passed=ok, message=None if ok else msg, fields=[name])


def _cross_rule(rule: str, fields: dict[str, FieldValue], items: list[LineItem]) -> ValidationResult | None:
    total, sub, tax = (_decimal(fields.get(k)) for k in ("total", "subtotal", "tax"))
    if rule == "subtotal_plus_tax_equals_total":
        if total is None or sub is None or tax is None:
            return None
        ok = abs(sub + tax - total) <= TOLERANCE
        return ValidationResult(
            rule=rule, passed=ok, message=None if ok else f"{sub} + {tax} != {total}",
            fields=["subtotal", "tax", "total"],
        )  # fmt: skip
    if rule == "line_items_sum_to_subtotal":
        amounts = [_decimal(it.amount) for it in items]
        target, name = (
            (sub, "subtotal") if sub is not None else (total, "total") if tax is None else (None, "")
        )
        if not items or target is None or any(a is None for a in amounts):
            return None
        s = sum(amounts, Decimal(0))  # type: ignore[arg-type]
        ok = abs(s - target) <= TOLERANCE
        return ValidationResult(
            rule=rule, passed=ok, message=None if ok else f"line items add up to {s}, {name} is {target}",
            fields=[name],
        )  # fmt: skip
    issued, due = fields.get("date"), fields.get("due_date")
    if issued is None or due is None or issued.value is None or due.value is None:
        return None
    try:
        ok = date.fromisoformat(due.value) >= date.fromisoformat(issued.value)
    except ValueError:
        ok = False
    return ValidationResult(
        rule=rule, passed=ok, message=None if ok else f"due date {due.value} before date {issued.value}",
        fields=["date", "due_date"],
    )  # fmt: skip


def check_fields(
    fields: dict[str, FieldValue],
    today: date | None = None,
    schema: DocTypeSchema | None = None,
    line_items: list[LineItem] | None = None,
) -> list[ValidationResult]:
    """The validation results for ``fields`` and ``line_items`` (pure: nothing is changed here)."""
    if schema is not None:
        field_rules = [(f.name, r) for f in schema.fields for r in f.validation]
        cross_rules = list(schema.rules)
    else:
        field_rules = list(DEFAULT_FIELD_RULES.items())
        cross_rules = list(DEFAULT_CROSS_RULES)
    results = [_field_rule(n, r, fields[n], today) for n, r in field_rules if n in fields]
    results += [r for rule in cross_rules if (r := _cross_rule(rule, fields, line_items or [])) is not None]
    return results


def _lowered(item: FieldValue | LineItem) -> FieldValue | LineItem:
    return item.model_copy(update={"confidence": round(item.confidence * FAIL_FACTOR, 4)})


def validate(
    fields: dict[str, FieldValue],
    line_items: list[LineItem] | None = None,
    schema: DocTypeSchema | None = None,
    today: date | None = None,
) -> tuple[dict[str, FieldValue], list[LineItem], list[ValidationResult]]:
    """Fields and line items with confidences lowered where a rule failed, and every rule's result."""
    items = list(line_items or [])
    results = check_fields(fields, today, schema, items)
    out = dict(fields)
    for r in results:
        if r.passed:
            continue
        for name in r.fields:
            if name in out:
                out[name] = _lowered(out[name])  # type: ignore[assignment]
        if r.rule == "line_items_sum_to_subtotal":
            items = [_lowered(it) for it in items]  # type: ignore[misc]
    return out, items, results


def apply_validation(
    fields: dict[str, FieldValue], today: date | None = None, schema: DocTypeSchema | None = None
) -> tuple[dict[str, FieldValue], list[ValidationResult]]:
    """Fields with confidences lowered where a rule failed, and the results of every rule (no line items)."""
    out, _, results = validate(fields, None, schema, today)
    return out, results
