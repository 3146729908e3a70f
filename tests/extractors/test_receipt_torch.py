"""The torch receipt ranker: it learns a cue only the text shows, round-trips, and stays optional."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from idp.extractors.receipt_features import Candidate
from idp.extractors.receipt_model import LinearRanker, ReceiptModels
from idp.extractors.receipt_rankers import ranker_class

WORDS = ["KEDAI", "MAJU", "PASAR", "MINI", "BOOK", "CORNER", "MEGA", "CAFE", "RIA", "TOKO", "BARU", "SUN"]
CUE = "QX-VORP"  # an invented legal suffix: only the right candidate's text carries it


def _docs(n_docs: int, seed: int) -> list[tuple[list[Candidate], list[int]]]:
    """Documents of 6 one-line candidates with uninformative features; the right one ends in CUE."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n_docs):
        right = rnd.randrange(6)
        cands = []
        for i in range(6):
            words = rnd.sample(WORDS, 2) + ([CUE] if i == right else rnd.sample(WORDS, 1))
            text = " ".join(words)
            feats = {"noise": rnd.gauss(0, 1), "pos": i / 10}
            cands.append(Candidate((i,), text, feats, (text,), ("", "")))
        out.append((cands, [right]))
    return out


@pytest.fixture(scope="module")
def fitted():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from idp.extractors.receipt_torch import TorchRanker

    return TorchRanker.fit(_docs(48, seed=0), steps=120, lr=3e-3, seed=0)


def test_torch_ranker_learns_a_cue_that_only_the_text_shows(fitted) -> None:
    test = _docs(30, seed=1)
    torch_hits = sum(int(np.argmax(fitted.probabilities(c))) == p[0] for c, p in test)
    linear = LinearRanker.fit(_docs(48, seed=0))
    linear_hits = sum(int(np.argmax(linear.probabilities(c))) == p[0] for c, p in test)
    assert torch_hits >= 27 and linear_hits <= 12, (torch_hits, linear_hits)
    probs = fitted.probabilities(test[0][0])
    assert probs.shape == (6,) and probs.sum() == pytest.approx(1.0)
    assert fitted.scores([]).shape == (0,)


def test_torch_ranker_is_deterministic_and_round_trips(fitted) -> None:
    from idp.extractors.receipt_torch import TorchRanker

    again = TorchRanker.fit(_docs(48, seed=0), steps=120, lr=3e-3, seed=0)
    cands = _docs(3, seed=2)[0][0]
    np.testing.assert_allclose(again.scores(cands), fitted.scores(cands), atol=1e-6)
    models = ReceiptModels(fitted, fitted, version="t")
    files = models.files()
    assert set(files) == {"ranker.json", "ranker-vendor.safetensors", "ranker-address.safetensors"}
    data = json.loads(files["ranker.json"])
    assert data["vendor"]["kind"] == "torch" and data["vendor"]["config"]["hidden"] == 32
    back = ReceiptModels.from_dict(data, files.__getitem__)
    assert back.kind == "torch" and back.tag == "receipt-ranker@t"
    for doc, _ in _docs(5, seed=3):
        np.testing.assert_array_equal(back.vendor.scores(doc), fitted.scores(doc))
    with pytest.raises(ValueError, match="weights file"):
        ReceiptModels.from_dict(data)
    with pytest.raises(ValueError, match="unknown TorchRanker options"):
        TorchRanker.fit(_docs(4, seed=0), stepz=3)


def test_kinds_are_chosen_by_name() -> None:
    assert ranker_class("linear") is LinearRanker
    with pytest.raises(ValueError, match="known: linear, torch"):
        ranker_class("forest")


def test_linear_models_load_and_extract_without_importing_torch() -> None:
    code = (
        "import sys\n"
        "from idp.extractors import extract_document\n"
        "from idp.extractors.receipt_model import ReceiptModels, packaged_models\n"
        "from tests.extractors.builders import doc_from_rows, receipt_rows\n"
        "models = packaged_models()\n"
        "assert models.kind == 'linear'\n"
        "ReceiptModels.from_dict(models.to_dict())\n"
        "fields = extract_document(doc_from_rows(receipt_rows())).fields\n"
        "assert fields['vendor_name'].source.startswith('model:'), fields['vendor_name']\n"
        "print(sorted(m for m in ('torch', 'transformers', 'safetensors') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
