"""The learned receipt rankers: fitting, weights as data, and the switch between models and rules."""

from __future__ import annotations

import random

import numpy as np
import pytest

from idp.extractors import extract_document
from idp.extractors.layout import build_lines
from idp.extractors.receipt_features import Candidate, address_candidates, vendor_candidates
from idp.extractors.receipt_model import (
    LinearRanker,
    LogisticModel,
    ReceiptModels,
    packaged_models,
    using_models,
)
from idp.extractors.receipt_ranked import choose
from tests.extractors.builders import doc_from_rows, receipt_rows


def _groups(n_docs: int, seed: int = 0) -> list[tuple[list[Candidate], list[int]]]:
    """Documents of 6 candidates; the right one has the highest ``good`` (noisy), ``noise`` is noise."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n_docs):
        cands = [
            Candidate((i,), f"c{i}", {"good": rnd.gauss(0, 1), "noise": rnd.gauss(0, 1)}) for i in range(6)
        ]
        right = max(range(6), key=lambda i: cands[i].features["good"] + rnd.gauss(0, 0.3))
        out.append((cands, [right]))
    return out


def test_ranker_learns_the_informative_feature_and_round_trips() -> None:
    ranker = LinearRanker.fit(_groups(60))
    w = dict(zip(ranker.names, ranker.weights, strict=True))
    assert w["good"] > 1.0 and abs(w["noise"]) < 0.5 * w["good"]
    test = _groups(40, seed=1)
    hits = sum(int(np.argmax(ranker.probabilities(c))) == p[0] for c, p in test)
    assert hits >= 28
    back = LinearRanker.from_dict(ranker.to_dict())
    for cands, _ in test[:5]:
        np.testing.assert_allclose(back.probabilities(cands), ranker.probabilities(cands), atol=1e-5)
    with pytest.raises(ValueError):
        LinearRanker.fit([([], [])])


def test_logistic_model_fits_and_round_trips() -> None:
    rnd = random.Random(2)
    rows = [{"x": rnd.gauss(0, 1), "y": rnd.gauss(0, 1)} for _ in range(300)]
    labels = [r["x"] + rnd.gauss(0, 0.5) > 0 for r in rows]
    model = LogisticModel.fit(rows, labels)
    assert model.predict({"x": 2.0, "y": 0.0}) > 0.9 > 0.1 > model.predict({"x": -2.0, "y": 0.0})
    back = LogisticModel.from_dict(model.to_dict())
    assert back.predict({"x": 0.3, "y": -1}) == pytest.approx(model.predict({"x": 0.3, "y": -1}), abs=1e-5)


def test_choose_sums_the_probability_of_spans_that_read_the_same() -> None:
    cands = [Candidate((0,), "A", {}), Candidate((0, 1), "A", {}), Candidate((2,), "B", {})]
    best, p, p_next = choose(cands, np.array([0.4, 0.25, 0.35]))
    assert best.text == "A" and p == pytest.approx(0.65) and p_next == pytest.approx(0.35)


def test_candidates_cover_the_vendor_and_address_spans() -> None:
    lines = build_lines(doc_from_rows(receipt_rows())).lines
    vendors = vendor_candidates(lines)
    assert any(c.text == "SUNRISE MART SDN BHD" and c.lines == (0,) for c in vendors)
    addresses = address_candidates(lines, (0,))
    assert any(c.text == "NO 12, JALAN MERANTI 3, 50450 KUALA LUMPUR" for c in addresses)
    assert all(c.lines[0] >= 1 for c in addresses)
    assert vendor_candidates([]) == [] and address_candidates([], None) == []


def test_packaged_models_and_the_rule_switch() -> None:
    models = packaged_models()
    assert models is not None and models.fitted_on and models.vendor_conf is not None
    assert ReceiptModels.from_dict(models.to_dict()).tag == models.tag
    doc = doc_from_rows(receipt_rows())
    learned = extract_document(doc).fields
    with using_models(None):
        rules = extract_document(doc).fields
    assert learned["vendor_name"].source.startswith("model:receipt-ranker@")
    assert rules["vendor_name"].source == "rule:receipt.vendor_name"
    assert learned["vendor_name"].value == rules["vendor_name"].value == "SUNRISE MART SDN BHD"
    assert learned["vendor_address"].value == rules["vendor_address"].value
    # outside the block the packaged models are back
    assert extract_document(doc).fields["vendor_name"].source == learned["vendor_name"].source
