"""Checks on extracted fields, appended to ``doc.validation``; a failed check lowers its fields' confidence.

Rules (each only where its fields are present):
- ``date_plausible``: the date lies between 1990-01-01 and a year from today.
- ``total_positive``: the total is above zero.
- ``subtotal_plus_tax_equals_total``: subtotal + tax = total, within 0.05 (cash rounding to 5 cents).
A failed rule multiplies the confidence of every field it names by ``FAIL_FACTOR``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from idp.document import FieldValue, ValidationResult
from idp.extractors.common import plausible_date

FAIL_FACTOR = 0.5


def _decimal(field: FieldValue | None) -> Decimal | None:
    if field is None or field.value is None:
        return None
    try:
        return Decimal(field.value)
    except InvalidOperation:
        return None


def check_fields(fields: dict[str, FieldValue], today: date | None = None) -> list[ValidationResult]:
    """The validation results for ``fields`` (pure: no field is changed here)."""
    results: list[ValidationResult] = []
    d = fields.get("date")
    if d is not None:
        ok = d.value is not None and plausible_date(d.value, today)
        results.append(
            ValidationResult(
                rule="date_plausible",
                passed=ok,
                message=None if ok else f"date {d.value!r} outside 1990-01-01 .. today + 1 year",
                fields=["date"],
            )
        )
    total = _decimal(fields.get("total"))
    if "total" in fields:
        ok = total is not None and total > 0
        results.append(
            ValidationResult(
                rule="total_positive",
                passed=ok,
                message=None if ok else f"total {fields['total'].value!r} is not above zero",
                fields=["total"],
            )
        )
    sub, tax = _decimal(fields.get("subtotal")), _decimal(fields.get("tax"))
    if total is not None and sub is not None and tax is not None:
        diff = abs(sub + tax - total)
        ok = diff <= Decimal("0.05")
        results.append(
            ValidationResult(
                rule="subtotal_plus_tax_equals_total",
                passed=ok,
                message=None if ok else f"{sub} + {tax} != {total}",
                fields=["subtotal", "tax", "total"],
            )
        )
    return results


def apply_validation(
    fields: dict[str, FieldValue], today: date | None = None
) -> tuple[dict[str, FieldValue], list[ValidationResult]]:
    """Fields with confidences lowered where a rule failed, and the results of every rule."""
    results = check_fields(fields, today)
    out = dict(fields)
    for r in results:
        if r.passed:
            continue
        for name in r.fields:
            f = out.get(name)
            if f is not None:
                out[name] = f.model_copy(update={"confidence": round(f.confidence * FAIL_FACTOR, 4)})
    return out, results
