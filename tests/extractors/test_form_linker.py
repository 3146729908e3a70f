"""The learned form linker: links on synthetic layouts, the packaged model, and fitting from scratch."""

from __future__ import annotations

import random

import numpy as np
import pytest

from idp.extractors.form_fit import FormTruth, fit_linker
from idp.extractors.form_linker import LinkerModel, decode, packaged_linker, using_linker
from idp.extractors.form_model import fit_logistic, fit_platt, platt
from idp.extractors.forms import LINKERS, extract_pairs, find_pairs
from idp.extractors.layout import build_lines
from tests.extractors.builders import doc_from_rows, words_at

LEFT = [
    (40, [(20, "Name:"), (200, "Jo Bloggs")]),
    (80, [(20, "Date of Birth:"), (200, "03/02/1980")]),
    (120, [(20, "Telephone:"), (200, "555 0199")]),
]
ABOVE = [
    (40, [(20, "Policy Number:")]),
    (65, [(20, "POL-88120455")]),
    (120, [(20, "Claimant:")]),
    (145, [(20, "Maria Gonzalez")]),
]
TWO_COLUMNS = [
    (40, [(20, "Name:"), (150, "Jo Bloggs"), (330, "Date:"), (420, "12/05/1998")]),
    (80, [(20, "City:"), (150, "Leeds"), (330, "Phone:"), (420, "555 0101")]),
]
CHECKBOX = [
    (40, [(20, "Name:"), (200, "Jo Bloggs")]),
    (80, [(20, "Smoker:"), (200, "[x] No")]),
]


def _links(rows: list) -> set[tuple[str, str]]:
    return {(p.label_text, p.value_text) for p in find_pairs(build_lines(doc_from_rows(rows)), "learned")}


needs_model = pytest.mark.skipif(packaged_linker() is None, reason="no packaged form linker")


@needs_model
@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (LEFT, {("Name", "Jo Bloggs"), ("Date of Birth", "03/02/1980"), ("Telephone", "555 0199")}),
        (ABOVE, {("Policy Number", "POL-88120455"), ("Claimant", "Maria Gonzalez")}),
        (
            TWO_COLUMNS,
            {("Name", "Jo Bloggs"), ("Date", "12/05/1998"), ("City", "Leeds"), ("Phone", "555 0101")},
        ),
        (CHECKBOX, {("Name", "Jo Bloggs"), ("Smoker", "[x] No")}),
    ],
    ids=["left", "above", "two-columns", "checkbox"],
)
def test_packaged_linker_links_synthetic_layouts(rows: list, expected: set) -> None:
    assert _links(rows) == expected


@needs_model
def test_packaged_linker_manifest_and_deterministic_scores() -> None:
    model = packaged_linker()
    assert model is not None and model.manifest["name"] == "form-linker"
    assert model.manifest["trained_on"] == "funsd-train first 100 (dev)"
    assert "test" in model.manifest["metrics"]
    doc = build_lines(doc_from_rows(TWO_COLUMNS))
    _, _, a = model.scored(doc)
    _, _, b = model.scored(doc)
    assert np.array_equal(a, b) and ((a >= 0) & (a <= 1)).all()
    assert LinkerModel.from_dict(model.to_dict()).scored(doc)[2] == pytest.approx(a)
    fields = extract_pairs(doc)
    assert fields["name"].value == "Jo Bloggs" and fields["name"].source.startswith("model:form-linker@")
    assert 0 < fields["name"].confidence <= 1


def test_rules_linker_stays_available() -> None:
    assert set(LINKERS) == {"learned", "rules", "hybrid"}
    doc = build_lines(doc_from_rows(LEFT))
    assert {(p.label_text, p.value_text) for p in find_pairs(doc, "rules")} >= {("Name", "Jo Bloggs")}
    with pytest.raises(ValueError, match="known"):
        find_pairs(doc, "nope")


def test_decode_gives_each_value_one_label() -> None:
    cands = [(0, 1), (2, 1), (2, 3), (0, 3)]
    assert decode(cands, np.array([0.9, 0.8, 0.7, 0.2]), 0.5, 1) == [0, 2]
    assert decode(cands, np.array([0.9, 0.8, 0.7, 0.6]), 0.5, 2) == [0, 2]


def test_logistic_and_platt_fit_a_clear_signal() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] > 0).astype(float)
    net = fit_logistic(x, y, ["a", "b"])
    assert ((net.predict(x) > 0.5) == y.astype(bool)).mean() > 0.97
    a, b = fit_platt(np.full(200, 0.9), np.r_[np.ones(100), np.zeros(100)])
    assert platt(0.9, a, b) == pytest.approx(0.5, abs=0.02)


LABELS = ["Name", "City", "Phone", "Account", "Branch", "Reference", "Contact", "Region"]
VALUES = ["Jo Bloggs", "Leeds", "555 0101", "A-1234", "North", "REF 77", "Ann Lee", "West"]


def _synthetic_truth(rng: random.Random) -> FormTruth:
    """Labels with colons left of their values or above them, with a heading; entities and links."""
    rows: list = [(10, [(20, "APPLICATION FORM")])]
    y = 50.0
    for k in rng.sample(range(len(LABELS)), 5):
        if rng.random() < 0.5:
            rows.append((y, [(20, LABELS[k] + ":"), (200, VALUES[k])]))
            y += 40
        else:
            rows += [(y, [(20, LABELS[k] + ":")]), (y + 25, [(20, VALUES[k])])]
            y += 65
    doc = doc_from_rows(rows)
    word_entity, labels, links, n = {}, {}, set(), 0
    for row_y, cells in rows:
        for x, text in cells:
            kind = "header" if text == "APPLICATION FORM" else "question" if text.endswith(":") else "answer"
            for w in words_at(text, x, row_y):
                word_entity[tuple(w.bbox)] = n
            labels[n] = kind
            if kind == "answer":
                links.add((n - 1, n))
            n += 1
    return FormTruth(build_lines(doc), word_entity, labels, links)


def test_fit_linker_learns_a_tiny_synthetic_set() -> None:
    rng = random.Random(3)
    model = fit_linker([_synthetic_truth(rng) for _ in range(12)], l2=0.1, folds=3)
    model.threshold = 0.5
    held = _synthetic_truth(rng)
    with using_linker(model):
        pairs = find_pairs(held.doc, "learned")
    got = {(p.label_text, p.value_text) for p in pairs}
    truth_words = {LABELS[k]: VALUES[k] for k in range(len(LABELS))}
    assert got and all(truth_words.get(label) == value for label, value in got)
    assert len(got) >= 4
