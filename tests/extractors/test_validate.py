from __future__ import annotations

from datetime import date

from idp.document import FieldValue
from idp.extractors.validate import FAIL_FACTOR, apply_validation, check_fields


def _f(value: str | None, conf: float = 0.9) -> FieldValue:
    return FieldValue(value=value, raw=value, confidence=conf, source="rule:test")


def test_all_rules_pass() -> None:
    fields = {"date": _f("2019-03-14"), "total": _f("11.90"), "subtotal": _f("11.23"), "tax": _f("0.67")}
    out, results = apply_validation(fields, today=date(2024, 1, 1))
    assert [r.rule for r in results] == ["date_plausible", "total_positive", "subtotal_plus_tax_equals_total"]
    assert all(r.passed for r in results)
    assert out == fields


def test_failures_lower_the_named_fields() -> None:
    fields = {"date": _f("2031-01-01"), "total": _f("12.00"), "subtotal": _f("11.23"), "tax": _f("0.67")}
    out, results = apply_validation(fields, today=date(2024, 1, 1))
    failed = {r.rule for r in results if not r.passed}
    assert failed == {"date_plausible", "subtotal_plus_tax_equals_total"}
    assert out["date"].confidence == round(0.9 * FAIL_FACTOR, 4)
    assert out["total"].confidence == round(0.9 * FAIL_FACTOR, 4)
    assert fields["date"].confidence == 0.9  # inputs untouched


def test_rounding_tolerance_and_missing_fields() -> None:
    results = check_fields({"total": _f("11.90"), "subtotal": _f("11.23"), "tax": _f("0.67")})
    assert results[-1].passed  # 11.23 + 0.67 = 11.90
    results = check_fields({"total": _f("11.95"), "subtotal": _f("11.23"), "tax": _f("0.67")})
    assert results[-1].passed  # cash rounding to 5 cents
    assert check_fields({}) == []
    assert [r.passed for r in check_fields({"total": _f("-3.00")})] == [False]
    assert [r.passed for r in check_fields({"date": _f(None)})] == [False]
