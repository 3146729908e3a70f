"""Training sets from correction records and OCR words (real shapes: synthetic receipts through the real
pipeline and the review merge), retraining, registration, and the gate evaluated again from data.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idp.annotation.adapters import ReviewedRegion
from idp.annotation.merge import merge_review
from idp.config import load_config
from idp.document import Result
from idp.extractors.layout import build_lines
from idp.models.registry import ModelRegistry, RegistryError
from idp.models.registry_load import ModelSettings
from idp.pipeline.results import result_key
from idp.pipeline.store import LocalStore
from idp.training.align import align_value, squash
from idp.training.examples import document_from_ocr, load_corrections, truth_from_record
from idp.training.gate import promote
from idp.training.learning_loop import review_folder
from idp.training.retrain import heldout_side, split
from idp.training.synth import generate_dataset
from idp.training.train_job import train_from_store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, LocalStore]:
    """10 synthetic receipts processed by the pipeline into a store and reviewed against their keys."""
    root = tmp_path_factory.mktemp("retrain")
    generate_dataset(root / "synth", 10, seed=21, kinds=["receipt"], sroie=True)
    store = LocalStore(root / "store")
    done, corrected = review_folder(
        root / "synth" / "sroie", store.uri, load_config(), ModelSettings(), None, print
    )
    assert done == 10 and corrected >= 1
    return root / "synth" / "sroie", store


def test_correction_records_become_examples_aligned_to_ocr_words(reviewed) -> None:
    sroie, store = reviewed
    examples = load_corrections(store, "receipt")
    assert len(examples) >= 8  # a receipt the classifier calls something else is filed under its type
    keys = {json.loads(p.read_text())["company"] for p in (sroie / "key").glob("*.json")}
    for e in examples:
        assert set(e.truth) == {"company", "address", "date", "total"}  # all shown, all reviewed
        assert e.truth["company"] in {k.upper() for k in keys} | keys
        assert len(e.truth["date"]) == 10 and e.truth["date"][4] == "-"  # ISO, as reviewed values are
        assert e.ref["record_sha256"] and e.ref["ocr_sha256"] and e.ref["store"] == store.uri
        # the vendor and address were found in the OCR lines (the span text is what OCR read)
        assert e.ref["aligned"].get("company", 0) >= 0.8 and "company" in e.rank_keys
        lines = build_lines(e.document).lines
        found = align_value(lines, e.rank_keys["company"], "lines")
        assert found is not None and found.score == 1.0 and found.bbox[2] > found.bbox[0]
        total = align_value(lines, e.truth["total"], "words", min_score=0.7)
        assert total is not None and len(total.lines) == 1 and total.words is not None


def test_unreviewed_fields_are_unknown_and_deleted_ones_absent(reviewed) -> None:
    _, store = reviewed
    key = next(k for k in store.list("results") if k.count("/") == 1)
    result = Result.model_validate(store.get_json(key))
    name = result.fields["vendor_name"]
    box = {"page": name.page or 1, "bbox": name.bbox or (0.0, 0.0, 1.0, 1.0)}
    regions = {"vendor_name": ReviewedRegion(field="vendor_name", text="ACME TRADING", region_id="r1", **box)}
    # total was shown and deleted; date and address were not shown (nobody looked at them)
    _, record = merge_review(
        result, result.version, regions, ["vendor_name", "total"], reviewer="r", reviewed_at="t",
        task_id=1, annotation_id=1, annotation_updated_at="t",
    )  # fmt: skip
    assert truth_from_record(record) == {"company": "ACME TRADING", "total": ""}
    qa = record.model_copy(update={"qa_sample": True})  # a QA sample: every field was checked
    assert set(truth_from_record(qa)) == {"company", "address", "date", "total"}


def test_split_is_stable_as_corrections_accumulate(reviewed) -> None:
    _, store = reviewed
    examples = load_corrections(store, "receipt")
    train, held = split(examples, 0.3, seed=0)
    assert held and len(train) + len(held) == len(examples)
    _, more_held = split(examples[:-1], 0.3, seed=0)
    assert {e.name for e in more_held} <= {e.name for e in held}
    assert all(heldout_side(e.name, 0.3, 0) for e in held if len(held) > 1)


def test_train_register_and_gate_from_the_store(reviewed, tmp_path: Path) -> None:
    _, store = reviewed
    registry_uri = f"file://{tmp_path}/registry"
    report = train_from_store(store.uri, registry_uri, holdout=0.3, folds=3)
    manifest = report.manifest
    assert manifest.version == "v1" and set(manifest.files) == {
        "ranker.json", "calibration.json", "config.json", "metrics.json", "data.json",
    }  # fmt: skip
    registry = ModelRegistry(LocalStore(tmp_path / "registry"))
    metrics = registry.read_json("receipt", "v1", "metrics.json")
    held = metrics["heldout"]
    assert held["documents"] == len(report.result.heldout) >= 1
    assert (
        set(held["accuracy"]) == {"company", "address", "date", "total", "mean"}
        and 0 <= held["ece_10_bins"] <= 1
    )
    assert metrics["champion"]["label"].startswith("packaged:")
    data = registry.read_json("receipt", "v1", "data.json")
    assert {e["split"] for e in data["examples"]} == {"train", "heldout"}
    ranker = registry.read_json("receipt", "v1", "ranker.json")
    assert ranker["version"] == "v1"
    # the reviewed vendor names of the training side are remembered with the version
    train_names = {e.truth["company"] for e in report.result.train if e.truth.get("company")}
    assert set(ranker["memory"]["values"]["vendor_name"]) == train_names
    # the champion changed since training ("rules" serves): both are evaluated again on the held-out records
    promotion, decision = promote(registry, "v1", champion="rules", force=True)
    assert decision is not None and decision.champion == "rules" and decision.documents == held["documents"]
    assert promotion.version == "v1"
    # a held-out record reviewed again since training: the gate cannot vouch for the comparison
    entry = next(e for e in data["examples"] if e["split"] == "heldout")
    record = store.get_json(entry["record"])
    store.put_json(entry["record"], {**record, "reviewer": "someone else"})
    try:
        with pytest.raises(RegistryError, match="changed since training"):
            promote(registry, "v1", champion="rules")
    finally:
        store.put_json(entry["record"], record)


def test_ocr_payload_round_trips_into_a_document(reviewed) -> None:
    _, store = reviewed
    key = next(k for k in store.list("results") if k.count("/") == 1)
    result = Result.model_validate(store.get_json(key))
    doc = document_from_ocr(store.get_json(result.ocr_key), result.source)
    assert doc.document_id == result.document_id and doc.pages[0].words
    assert squash(" a b\nC ") == "ABC"
    assert store.exists(result_key(result.document_id))
