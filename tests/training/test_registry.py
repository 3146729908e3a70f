"""The model registry on a local folder and on S3: versions, files, the promotion gate, the CLI, and the
pipeline serving the promoted version."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from idp.extractors.calibration import packaged_calibrator
from idp.extractors.receipt_model import packaged_models
from idp.models.registry import ModelRegistry, PromotionRefused, RegistryError, parse_version
from idp.models.registry_load import ModelSettings, bundle_files, load_receipt_bundle, packaged_bundle
from idp.pipeline.store import LocalStore, open_store
from idp.training.cli import models_app
from idp.training.gate import decide, evaluate_gate, promote


def _metrics(mean: float, automation: float, champion: str, champion_mean: float = 0.7) -> dict:
    def fig(m: float, a: float) -> dict:
        return {"documents": 10, "accuracy": {"mean": m}, "automation": a, "precision": 0.99}

    return {
        "heldout": fig(mean, automation),
        "champion": {"label": champion, "heldout": fig(champion_mean, 0.3)},
    }


def _version(registry: ModelRegistry, mean: float, champion: str, automation: float = 0.3) -> str:
    """A version holding the packaged weights relabelled, with held-out figures as given."""
    version = registry.next_version("receipt")
    models = dataclasses.replace(packaged_models(), version=version)
    calibrator = dataclasses.replace(packaged_calibrator("receipt"), version=version)
    files = bundle_files(models, calibrator)
    files["metrics.json"] = json.dumps(_metrics(mean, automation, champion)).encode()
    return registry.register(
        "receipt", files, version=version, summary={"heldout_mean_accuracy": mean}
    ).version


@pytest.fixture(params=["local", pytest.param("s3", marks=pytest.mark.needs_s3)])
def registry_uri(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "local":
        return f"file://{tmp_path}/registry"
    bucket = request.getfixturevalue("s3_bucket")
    return f"s3://{bucket}/team-a"


def test_register_list_read_and_damage(registry_uri: str) -> None:
    registry = ModelRegistry(open_store(registry_uri))
    assert (
        registry.names() == [] and registry.versions("receipt") == [] and registry.promoted("receipt") is None
    )
    m1 = registry.register("receipt", {"w.json": b'{"a": 1}'}, fitted_on="x", summary={"n": 1})
    m2 = registry.register("receipt", {"w.json": b'{"a": 2}'}, base="v1")
    assert (m1.version, m2.version, m2.base) == ("v1", "v2", "v1")
    assert [m.version for m in registry.versions("receipt")] == ["v1", "v2"] and registry.names() == [
        "receipt"
    ]
    assert registry.read_json("receipt", "2", "w.json") == {"a": 2}
    assert registry.manifest("receipt", "v1").files["w.json"].size_bytes == 8
    with pytest.raises(RegistryError):
        registry.register("receipt", {"w.json": b"{}"}, version="v2")  # taken
    with pytest.raises(RegistryError):
        registry.read("receipt", "v1", "other.json")
    with pytest.raises(RegistryError):
        registry.manifest("receipt", "v9")
    registry.store.put("models/receipt/v1/w.json", b'{"a": 666}')  # tampered after registration
    with pytest.raises(RegistryError, match="sha256"):
        registry.read("receipt", "v1", "w.json")
    registry.store.put("models/receipt/v3/w.json", b"{}")  # cut short before its manifest
    assert [m.version for m in registry.versions("receipt")] == ["v1", "v2"]
    assert registry.next_version("receipt") == "v4"


def test_parse_version() -> None:
    assert parse_version("3") == parse_version("v3") == "v3"
    for bad in ("v0", "latest", "3a", ""):
        with pytest.raises(RegistryError):
            parse_version(bad)


def test_gate_refuses_a_worse_challenger_and_force_overrides_it(registry_uri: str) -> None:
    registry = ModelRegistry(open_store(registry_uri))
    packaged = packaged_bundle().label
    v1 = _version(registry, mean=0.80, champion=packaged)  # beats the packaged models (0.70)
    promotion, decision = promote(registry, v1)
    assert decision is not None and decision.passed and promotion.version == "v1" and not promotion.forced
    assert registry.promoted("receipt").version == "v1"
    v2 = _version(registry, mean=0.60, champion="receipt@v1")  # worse than v1 on its held-out set
    with pytest.raises(PromotionRefused, match=r"0\.6000 vs 0\.7000"):
        promote(registry, v2)
    assert registry.promoted("receipt").version == "v1"
    promotion, decision = promote(registry, v2, force=True, by="alice")
    assert promotion.forced and promotion.previous == "v1" and promotion.promoted_by == "alice"
    assert decision is not None and not decision.passed  # the refusal is kept in the record
    assert registry.promoted("receipt").version == "v2"
    assert [p.version for p in registry.history("receipt")] == ["v1", "v2"]
    # equal accuracy: a higher automation rate decides; the version in service never "beats" itself
    assert decide("a", "b", {"documents": 5, "accuracy": {"mean": 0.7}, "automation": 0.4},
                  {"accuracy": {"mean": 0.7}, "automation": 0.3}).passed  # fmt: skip
    assert not evaluate_gate(registry, "v2").passed


def test_promotion_that_cannot_be_evaluated_needs_force(tmp_path) -> None:
    registry = ModelRegistry(LocalStore(tmp_path))
    # measured against a champion that no longer serves, and no held-out records (data.json) to measure again
    v1 = _version(registry, 0.9, champion="receipt@v0")
    with pytest.raises(RegistryError, match="cannot evaluate"):
        promote(registry, v1)
    assert registry.promoted("receipt") is None
    promotion, decision = promote(registry, v1, force=True)
    assert decision is None and promotion.forced and registry.promoted("receipt").version == "v1"


def test_models_cli_list_show_promote(tmp_path) -> None:
    uri = f"file://{tmp_path}/reg"
    registry = ModelRegistry(open_store(uri))
    _version(registry, 0.8, champion=packaged_bundle().label)
    _version(registry, 0.5, champion="receipt@v1")
    runner = CliRunner()
    out = runner.invoke(models_app, ["promote", "receipt", "1", "--registry", uri])
    assert out.exit_code == 0 and "promoted receipt@v1" in out.output, out.output
    out = runner.invoke(models_app, ["promote", "receipt", "v2", "--registry", uri])
    assert out.exit_code == 1 and "not promoted" in out.output, out.output  # worse than v1: refused
    out = runner.invoke(models_app, ["list", "--registry", uri])
    lines = out.output.splitlines()
    assert out.exit_code == 0 and lines[0].split()[:2] == ["model", "version"], out.output
    assert [ln.split()[1] for ln in lines[1:]] == ["v1*", "v2"]
    out = runner.invoke(models_app, ["show", "receipt", "promoted", "--registry", uri])
    shown = json.loads(out.output)
    assert shown["manifest"]["version"] == "v1" and shown["in_service"] and "metrics" in shown
    out = runner.invoke(models_app, ["promote", "receipt", "v2", "--registry", uri, "--force"])
    assert out.exit_code == 0 and "(forced)" in out.output, out.output
    out = runner.invoke(models_app, ["show", "receipt", "v9", "--registry", uri])
    assert out.exit_code == 2


@pytest.mark.slow
def test_the_pipeline_serves_the_promoted_version(tmp_path, process_receipt: Callable) -> None:
    uri = f"file://{tmp_path}/reg"
    registry = ModelRegistry(open_store(uri))
    assert load_receipt_bundle(ModelSettings(registry=uri)).label == packaged_bundle().label
    v1 = _version(registry, 0.8, champion=packaged_bundle().label)
    promote(registry, v1)
    bundle = load_receipt_bundle(ModelSettings(registry=uri, receipt="promoted"))
    assert bundle.label == "receipt@v1" and bundle.ranker_tag == "receipt-ranker@v1"
    doc = process_receipt(ModelSettings(registry=uri))
    assert doc.doc_type.value == "receipt"
    assert doc.models["receipt_ranker"] == "receipt-ranker@v1" and doc.models["calibration"] == "receipt@v1"
    assert str(doc.fields["vendor_name"].source).startswith("model:receipt-ranker@v1")
    rules = process_receipt(ModelSettings(registry=uri, receipt="rules"))
    assert rules.models["receipt_ranker"] == "rules"
    assert process_receipt(None).models["receipt_ranker"] == packaged_models().tag


@pytest.fixture(scope="module")
def process_receipt() -> Callable:
    """Process one synthetic receipt image with the given model settings (one processor per setting)."""
    from idp.config import load_config
    from idp.pipeline.processor import DocumentProcessor
    from tests.inputs import RECEIPT_LINES, image_bytes, text_page

    data = image_bytes(text_page(RECEIPT_LINES, size=(700, 900), font_size=28), "PNG")
    config = load_config()

    def run(models: ModelSettings | None):
        return DocumentProcessor(config, models).process(data, "r.png", "mem://r.png")

    return run
