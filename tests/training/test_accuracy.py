"""The accuracy benchmark over an SROIE-format folder, with the real pipeline and the OCR cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idp.training.accuracy import dataset_items, parse_names, run_accuracy
from tests.inputs import RECEIPT_LINES, text_page


def _dataset(root: Path) -> Path:
    (root / "img").mkdir(parents=True)
    (root / "key").mkdir()
    text_page(RECEIPT_LINES, size=(700, 900), font_size=28).save(root / "img" / "r1.png")
    key = {"company": RECEIPT_LINES[0], "address": RECEIPT_LINES[1], "date": "14/03/2019", "total": "11.90"}
    (root / "key" / "r1.json").write_text(json.dumps(key))
    (root / "key" / "no_image.json").write_text(json.dumps(key))  # ignored: no image
    (root / "img" / "no_key.png").write_bytes(b"")  # ignored: no key
    return root


def test_dataset_items_pairs_images_with_keys(tmp_path: Path) -> None:
    root = _dataset(tmp_path / "set")
    assert [n for n, _, _ in dataset_items(root)] == ["r1"]
    assert dataset_items(root, names=["other"]) == []
    with pytest.raises(FileNotFoundError):
        dataset_items(tmp_path)


def test_parse_names() -> None:
    assert parse_names("070-072,099") == ["070", "071", "072", "099"]
    assert parse_names("r1,x-y") == ["r1", "x-y"]
    assert parse_names(None) is None and parse_names("") is None


@pytest.mark.slow
def test_run_accuracy_with_the_real_pipeline_and_ocr_cache(tmp_path: Path) -> None:
    root = _dataset(tmp_path / "set")
    cache = tmp_path / "ocr"
    first = run_accuracy(root, ocr_cache=cache, keep_documents=True)
    assert len(first.outcomes) == 4 and not first.failed
    assert {o.key for o in first.outcomes} == {"company", "address", "date", "total"}
    doc = first.documents["r1"]
    assert doc.doc_type.value == "receipt"
    assert doc.models.get("calibration", "").startswith("receipt@")
    assert first.accuracy["total"] == 1.0 and first.accuracy["date"] == 1.0
    assert len(list(cache.glob("*.json"))) == 1
    summary = first.summary()
    assert summary["documents"] == 1 and summary["accuracy"]["total"] == 1.0
    report = first.report("synthetic: ")
    assert "automation at 99% precision" in report and "reliability" in report
    # the second run reads the OCR words from the cache and scores the same
    names: list[str] = []
    second = run_accuracy(root, ocr_cache=cache, on_document=lambda n, _d: names.append(n))
    assert names == ["r1"]
    assert [o.correct for o in second.outcomes] == [o.correct for o in first.outcomes]
    raw = run_accuracy(root, ocr_cache=cache, calibrated=False, keep_documents=True)
    assert "calibration" not in raw.documents["r1"].models
