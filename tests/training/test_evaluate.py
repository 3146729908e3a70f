from __future__ import annotations

import pytest

from idp.document import FieldValue
from idp.training.evaluate import (
    FieldOutcome,
    accuracy_by_key,
    auroc,
    automation_at_precision,
    calibration_report,
    expected_calibration_error,
    format_report,
    normalise_answer,
    reliability_table,
    score_document,
)


def fv(value: str | None, raw: str | None = None, confidence: float = 0.9) -> FieldValue:
    return FieldValue(value=value, raw=raw if raw is not None else value, confidence=confidence, source="t")


def test_normalise_answer_collapses_whitespace_and_case() -> None:
    assert normalise_answer("  Sunrise   mart\tsdn bhd ") == "SUNRISE MART SDN BHD"
    assert normalise_answer(None) == ""


def test_score_document_follows_the_sroie_convention() -> None:
    fields = {
        "vendor_name": fv("Sunrise  Mart", confidence=0.8),
        "vendor_address": fv("12, JALAN SATU"),
        "date": fv("2019-03-14", raw="14/03/2019"),  # the date is compared as printed
        "total": fv("9.00", raw="RM 9.00"),  # the total may match its value or its raw text
    }
    truth = {"company": "SUNRISE MART", "address": "12,JALAN SATU", "date": "14/03/2019", "total": "9.00"}
    out = {o.key: o for o in score_document("r1", fields, truth)}
    assert out["company"].correct and out["company"].confidence == 0.8
    assert not out["address"].correct  # a space is a difference
    assert out["date"].correct and out["total"].correct
    assert accuracy_by_key(out.values()) == {
        "company": 1.0,
        "address": 0.0,
        "date": 1.0,
        "total": 1.0,
        "mean": 0.75,
    }


def test_missing_fields_score_zero_confidence_and_match_only_empty_keys() -> None:
    out = {o.key: o for o in score_document("r1", {}, {"company": "", "address": "X", "total": None})}
    assert out["company"].correct and out["company"].predicted is None
    assert not out["address"].correct and out["address"].confidence == 0.0
    assert out["total"].correct and out["date"].correct  # absent keys count as empty


def test_ece_on_known_inputs() -> None:
    assert expected_calibration_error([0.9] * 10, [True] * 9 + [False]) == pytest.approx(0.0)
    assert expected_calibration_error([0.9] * 10, [True] * 5 + [False] * 5) == pytest.approx(0.4)
    # two bins: 0.25 (half right: |0.5-0.25|) and 0.95 (all right: |1-0.95|), equal weight
    conf = [0.25, 0.25, 0.95, 0.95]
    assert expected_calibration_error(conf, [True, False, True, True]) == pytest.approx(0.15)
    assert expected_calibration_error([], []) == 0.0


def test_reliability_table_bins_and_the_top_edge() -> None:
    table = reliability_table([0.05, 0.5, 1.0, 0.999], [False, True, True, False])
    assert len(table) == 10 and sum(b.count for b in table) == 4
    assert table[0].count == 1 and table[0].accuracy == 0.0
    assert table[9].count == 2 and table[9].accuracy == 0.5 and table[9].hi == 1.0
    assert table[3].count == 0 and table[3].mean_confidence is None


def test_auroc() -> None:
    assert auroc([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == 1.0
    assert auroc([0.1, 0.2, 0.8, 0.9], [True, True, False, False]) == 0.0
    assert auroc([0.5, 0.5, 0.5], [True, False, True]) == 0.5
    assert auroc([0.9, 0.8, 0.8, 0.1], [True, True, False, False]) == pytest.approx(0.875)
    assert auroc([0.9, 0.8], [True, True]) is None


def test_automation_at_precision() -> None:
    conf = [0.99, 0.98, 0.97, 0.9, 0.8, 0.0]
    ok = [True, True, True, False, True, True]
    a = automation_at_precision(conf, ok, precision=0.99)
    assert a.threshold == 0.97 and a.accepted == 3 and a.rate == pytest.approx(0.5)
    a = automation_at_precision(conf, ok, precision=0.8)
    assert a.threshold == 0.8 and a.accepted == 5  # 4 of 5 right; a confidence of 0 is never accepted
    none = automation_at_precision([0.9, 0.8], [False, True], precision=0.99)
    assert none.threshold is None and none.rate == 0.0


def test_calibration_report_and_text() -> None:
    outcomes = [
        FieldOutcome("a", "company", "X", "X", True, 0.9),
        FieldOutcome("a", "address", "Y", "Z", False, 0.3),
        FieldOutcome("b", "company", "X", None, False, 0.0),
    ]
    rep = calibration_report(outcomes)
    assert rep.n == 2 and rep.auroc == 1.0
    assert rep.automation.total == 3 and rep.automation.accepted == 1
    text = format_report(outcomes)
    assert "company" in text and "ECE" in text and "automation at 99% precision" in text
