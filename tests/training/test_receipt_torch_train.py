"""Training the torch ranker kind: chosen by name in the settings, fitted on synthetic receipts, stored in
the registry with its weights files and served from there."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from pydantic import ValidationError

from idp.extractors.calibration import packaged_calibrator
from idp.models.registry import ModelRegistry
from idp.models.registry_load import bundle_files, bundle_from_registry
from idp.pipeline.store import open_store
from idp.training.receipt_train import SpanCache, extract_receipt_doc, fit_rankers
from idp.training.retrain import TrainSettings
from tests.extractors.builders import doc_from_rows
from tests.training.test_receipt_train import receipt


def test_settings_name_the_ranker_kind() -> None:
    assert TrainSettings().ranker == "linear" and TrainSettings(ranker="torch").ranker == "torch"
    with pytest.raises(ValidationError, match="unknown ranker kind"):
        TrainSettings(ranker="forest")


def test_torch_rankers_fit_register_and_serve(tmp_path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    rnd = random.Random(5)
    data = [receipt(rnd) for _ in range(16)]
    cache = SpanCache()
    docs = [cache.lined(doc_from_rows(rows)) for rows, _ in data]
    keys = [key for _, key in data]
    models = fit_rankers(docs[:12], keys[:12], l2=0.05, cache=cache, ranker="torch")
    models.version = "t1"
    assert models.kind == "torch" and models.address.kind == "torch"
    registry = ModelRegistry(open_store(f"file://{tmp_path}/registry"))
    files = bundle_files(models, packaged_calibrator("receipt"))
    assert {"ranker.json", "ranker-vendor.safetensors", "calibration.json"} <= set(files)
    registry.register("receipt", files, version="v1")
    manifest = json.loads(registry.read("receipt", "v1", "ranker.json"))
    assert manifest["vendor"]["weights"] == "ranker-vendor.safetensors"
    served = bundle_from_registry(registry, "v1")
    right = 0
    for doc, key in zip(docs[12:], keys[12:], strict=True):
        cands = cache.vendor(doc)
        np.testing.assert_array_equal(served.models.vendor.scores(cands), models.vendor.scores(cands))
        fields = extract_receipt_doc(doc, served.models).fields
        assert fields["vendor_name"].source.startswith("model:receipt-ranker@t1")
        right += fields["vendor_name"].value == key["company"]
    assert right >= 3
