"""A fine-tuned recogniser delta (ocr.rec_delta) in both PP-OCR engines: the packaged receipts delta
loads, reads text, and gives the same words in the ONNX Runtime and torch engines; bad deltas are refused."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from idp.config import TorchOcrSettings, load_config
from idp.models.ocr import build_ocr_engine
from idp.models.ocr.base import OcrEngineError
from idp.models.ocr.rec_delta import (
    FORMAT,
    REC_MODEL,
    delta_metadata,
    load_delta,
    patched_model,
    rapidocr_model_dir,
    resolve_delta,
)
from tests import inputs


def _settings(**update):
    return load_config().ocr.model_copy(update=update)


@pytest.fixture(scope="module")
def tuned():
    return build_ocr_engine(_settings(rec_delta="receipts"))


@pytest.fixture(scope="module")
def pages() -> list[np.ndarray]:
    lines = inputs.RECEIPT_LINES
    return [
        np.asarray(inputs.text_page(lines, size=(900, 1100))),
        np.asarray(inputs.text_page(["Invoice number 12345, dated 3/4/2021", "Total due: 1,234.50 EUR"])),
    ]


def test_packaged_delta_is_made_for_the_installed_model() -> None:
    path = resolve_delta("receipts")
    meta = delta_metadata(path)
    base = (rapidocr_model_dir() / REC_MODEL).read_bytes()
    assert meta["format"] == FORMAT and meta["base_sha256"] == hashlib.sha256(base).hexdigest()
    assert path.stat().st_size < 2_000_000  # only the fine-tuned tensors ship
    delta = load_delta(path)
    patched = patched_model(str(rapidocr_model_dir() / REC_MODEL), str(path))
    assert {p.key: p.value for p in patched.metadata_props}["idp_delta"]
    assert any(k.endswith("::index") for k in delta)  # a slice of the output layer, not all 18,710 columns


def test_tuned_engine_reads_receipts_and_mixed_case(tuned, pages) -> None:
    plain = build_ocr_engine(_settings())
    assert "+recdelta:" in tuned.model_version and "+recdelta" not in plain.model_version
    text = " ".join(w.text for w in tuned.recognize(pages[0]))
    for token in ("TOTAL", "JALAN"):
        assert token in text.upper()
    mixed = " ".join(w.text for w in tuned.recognize(pages[1]))
    assert "Invoice" in mixed and "1,234.50" in mixed  # lower case is still read as lower case


def test_torch_engine_gives_the_same_words(tuned, pages) -> None:
    pytest.importorskip("torch")
    torch_engine = build_ocr_engine(
        TorchOcrSettings(device="cpu", cpu_threads=1, det_batch_pages=4, rec_delta="receipts")
    )
    assert torch_engine.model_version.endswith(tuned.model_version.rsplit("+", 1)[1])
    for page, words in zip(pages, torch_engine.recognize_batch(pages), strict=True):
        assert [w.text for w in words] == [w.text for w in tuned.recognize(page)]


def test_bad_deltas_are_refused_with_a_reason(tmp_path) -> None:
    with pytest.raises(OcrEngineError, match="no such file and no packaged delta"):
        build_ocr_engine(_settings(rec_delta=str(tmp_path / "missing.safetensors")))
    from safetensors.numpy import save_file

    other = tmp_path / "other.safetensors"
    tensors = load_delta(resolve_delta("receipts"))
    save_file(tensors, str(other), metadata={"format": FORMAT, "base_sha256": "0" * 64})
    with pytest.raises(OcrEngineError, match="another recognition model"):
        build_ocr_engine(_settings(rec_delta=str(other)))
