from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from idp.extractors.calibration import (
    Calibrator,
    FieldMap,
    calibrate,
    isotonic_fit,
    load_calibrator,
    raw_confidence,
)
from tests.extractors.builders import doc_from_rows, receipt_rows


def test_pool_adjacent_violators() -> None:
    x, y, n = isotonic_fit([0.1, 0.2, 0.3, 0.4], [1, 0, 1, 1])
    assert list(y) == [0.5, 1.0, 1.0] and list(n) == [2, 1, 1]
    assert x[0] == pytest.approx(0.15)
    # equal scores share one block
    x, y, n = isotonic_fit([0.5, 0.5, 0.5, 0.9], [1, 0, 0, 1])
    assert list(n) == [3, 1] and y[0] == pytest.approx(1 / 3)


def test_field_map_is_monotone_and_smoothed() -> None:
    rnd = random.Random(3)
    scores = [rnd.random() for _ in range(400)]
    correct = [rnd.random() < s for s in scores]  # P(right) grows with the score
    fmap = FieldMap.fit_isotonic(scores, correct)
    grid = np.linspace(-0.5, 1.5, 201)
    values = [fmap(v) for v in grid]
    assert all(b >= a for a, b in itertools.pairwise(values))
    assert min(values) > 0.0 and max(values) < 1.0  # pseudo-counts: never certain
    assert fmap(0.9) > 0.7 and fmap(0.1) < 0.3
    # 40 right answers and nothing else: Laplace's rule, 41/42
    assert FieldMap.fit_isotonic([0.8] * 40, [True] * 40)(0.8) == pytest.approx(41 / 42)


def test_platt_map_learns_over_confidence_and_is_increasing() -> None:
    rnd = random.Random(5)
    scores = [rnd.uniform(0.5, 1.0) for _ in range(500)]
    correct = [rnd.random() < 0.5 + 0.8 * (s - 0.5) for s in scores]  # reported s, right 0.5..0.9
    fmap = FieldMap.fit_platt(scores, correct)
    assert fmap.kind == "platt" and fmap.n == 500
    values = [fmap(v) for v in np.linspace(0, 1, 101)]
    assert all(b > a for a, b in itertools.pairwise(values[40:]))
    assert fmap(0.99) == pytest.approx(0.89, abs=0.06) and fmap(0.6) == pytest.approx(0.58, abs=0.08)
    # no data to speak of: close to the identity
    assert FieldMap.fit_platt([0.7], [True])(0.7) == pytest.approx(0.7, abs=0.1)


def test_calibrator_round_trip(tmp_path) -> None:
    rnd = random.Random(7)
    data = {}
    for name in ("total", "date"):
        s = [rnd.random() for _ in range(200)]
        data[name] = (s, [rnd.random() < v**2 for v in s])
    for method in ("platt", "isotonic"):
        cal = Calibrator.fit(
            "receipt", "9", data, fitted_on="unit test", metrics={"ece": 0.01}, method=method
        )
        path = tmp_path / method / "receipt.json"
        cal.save(path)
        back = Calibrator.load(path)
        assert back.tag == "receipt@9" and back.fitted_on == "unit test" and back.metrics == {"ece": 0.01}
        assert back.method == method and back.fields["date"].kind == method
        for v in np.linspace(0, 1, 33):
            assert back.confidence("total", v) == pytest.approx(cal.confidence("total", v), abs=1e-6)
    assert back.confidence("unknown_field", 0.42) == 0.42
    bad = cal.to_dict() | {"format": "something/else"}
    with pytest.raises(ValueError):
        Calibrator.from_dict(bad)


def test_calibrate_replaces_known_fields_once() -> None:
    from idp.extractors import extract_document

    doc = extract_document(doc_from_rows(receipt_rows()))
    cal = Calibrator("receipt", "t", {"total": FieldMap("isotonic", 10, x=[0.0, 1.0], y=[0.2, 0.3])})
    out = calibrate(doc, cal)
    raw = doc.fields["total"].confidence
    assert out.fields["total"].confidence == pytest.approx(0.2 + 0.1 * raw, abs=1e-4)
    assert out.fields["date"].confidence == doc.fields["date"].confidence
    assert out.models["calibration"] == "receipt@t"
    assert calibrate(out, cal) is out  # already calibrated by this calibrator
    assert calibrate(doc, None) is doc
    with raw_confidence():
        assert calibrate(doc, cal) is doc  # training and benchmarks switch calibration off
    assert calibrate(doc, cal).models["calibration"] == "receipt@t"


def test_packaged_receipt_calibrator_loads() -> None:
    cal = load_calibrator("receipt")
    assert cal is not None and cal.name == "receipt" and cal.fitted_on
    for name in ("vendor_name", "vendor_address", "date", "total"):
        values = [cal.confidence(name, v) for v in np.linspace(0, 1, 51)]
        assert cal.fields[name].n > 0 and all(b >= a for a, b in itertools.pairwise(values))
    assert load_calibrator("no_such_type") is None
