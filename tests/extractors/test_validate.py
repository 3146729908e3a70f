from __future__ import annotations

from datetime import date

from idp.document import FieldValue, LineItem
from idp.extractors.schema import load_doc_type_schemas
from idp.extractors.validate import FAIL_FACTOR, apply_validation, check_fields, iban_valid, validate


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


def _item(amount: str) -> LineItem:
    return LineItem(description="x", amount=amount, confidence=0.9)


def test_iban_checksum() -> None:
    assert iban_valid("DE89 3704 0044 0532 0130 00") and iban_valid("GB82WEST12345698765432")
    assert not iban_valid("DE89 3704 0044 0532 0130 01")  # one digit off
    assert not iban_valid("DE89")
    out, _, results = validate({"iban": _f("DE89370400440532013001")})
    assert [(r.rule, r.passed) for r in results] == [("iban_checksum", False)]
    assert out["iban"].confidence == round(0.9 * FAIL_FACTOR, 4)


def test_line_items_sum_and_due_date() -> None:
    fields = {"subtotal": _f("30.00"), "date": _f("2024-03-01"), "due_date": _f("2024-02-01")}
    out, items, results = validate(fields, [_item("10.00"), _item("20.00")], today=date(2025, 1, 1))
    by_rule = {r.rule: r for r in results}
    assert by_rule["line_items_sum_to_subtotal"].passed
    assert not by_rule["due_date_not_before_date"].passed
    assert by_rule["due_date_not_before_date"].fields == ["date", "due_date"]
    assert out["due_date"].confidence < 0.9 and out["subtotal"].confidence == 0.9
    _, items, results = validate({"subtotal": _f("31.00")}, [_item("10.00"), _item("20.00")])
    assert not results[0].passed and all(it.confidence == round(0.9 * FAIL_FACTOR, 4) for it in items)
    # no subtotal and no tax: the items add up to the total
    results = check_fields({"total": _f("30.00")}, line_items=[_item("10.00"), _item("20.00")])
    assert {r.rule: r.passed for r in results}["line_items_sum_to_subtotal"]


def test_schema_picks_the_rules() -> None:
    schemas = load_doc_type_schemas()
    fields = {"date_of_loss": _f("1970-01-01"), "amount_claimed": _f("0.00"), "total": _f("-1.00")}
    results = check_fields(fields, today=date(2025, 1, 1), schema=schemas["claim"])
    assert {r.rule: r.passed for r in results} == {
        "date_of_loss_plausible": False,
        "amount_claimed_positive": False,
    }
    invoice = {"date": _f("2024-05-01"), "due_date": _f("2024-05-31"), "total": _f("12.00")}
    rules = {r.rule for r in check_fields(invoice, today=date(2025, 1, 1), schema=schemas["invoice"])}
    assert rules == {"date_plausible", "due_date_plausible", "total_positive", "due_date_not_before_date"}
