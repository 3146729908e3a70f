from __future__ import annotations

import shutil

import numpy as np
import pytest

from idp.config import PaddleOcrSettings, TesseractSettings, load_config
from idp.models.ocr import OcrEngineError, build_ocr_engine, known_engines
from tests import inputs

LINES = ["INVOICE NUMBER INV-20931", "TOTAL DUE 1,234.50"]


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    return np.asarray(inputs.text_page(LINES, size=(900, 300), font_size=32))


def _check_words(words, page: np.ndarray) -> None:
    texts = " ".join(w.text for w in words)
    assert "INV-20931" in texts and "1,234.50" in texts, texts
    height, width = page.shape[:2]
    for word in words:
        x0, y0, x1, y1 = word.bbox
        assert -2 <= x0 < x1 <= width + 2 and -2 <= y0 < y1 <= height + 2
        assert 0.0 <= word.confidence <= 1.0
    total = next(w for w in words if w.text == "1,234.50")
    number = next(w for w in words if w.text == "INV-20931")
    assert total.bbox[1] > number.bbox[1]  # second line below the first


def test_known_engines() -> None:
    assert {"rapidocr", "tesseract", "paddleocr"} <= set(known_engines())


def test_rapidocr_words_with_boxes(page: np.ndarray) -> None:
    engine = build_ocr_engine(load_config().ocr)
    assert engine.model_version.startswith("rapidocr-")
    _check_words(engine.recognize(page), page)


def test_rapidocr_blank_page_gives_no_words() -> None:
    engine = build_ocr_engine(load_config().ocr)
    assert engine.recognize(np.full((400, 400, 3), 255, dtype=np.uint8)) == []


@pytest.mark.needs_tesseract
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract binary not installed")
def test_tesseract_words_with_boxes(page: np.ndarray) -> None:
    engine = build_ocr_engine(TesseractSettings())
    assert engine.model_version.startswith("tesseract-")
    _check_words(engine.recognize(page), page)


def test_paddleocr_without_model_folders_names_them(tmp_path) -> None:
    settings = PaddleOcrSettings(det_model_dir=str(tmp_path / "det"), rec_model_dir=None)
    with pytest.raises(OcrEngineError) as caught:
        build_ocr_engine(settings)
    message = str(caught.value)
    assert "ocr.det_model_dir" in message and str(tmp_path / "det") in message
    assert "ocr.rec_model_dir (not set)" in message
