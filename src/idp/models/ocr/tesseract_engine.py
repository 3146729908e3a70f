"""Tesseract 5 through pytesseract: needs the `tesseract` binary and its language data (Debian's
tesseract-ocr, tesseract-ocr-eng)."""

from __future__ import annotations

import shutil

import numpy as np

from idp.config import TesseractSettings
from idp.document import Word
from idp.models.ocr.base import OcrEngine, OcrEngineError, register_engine


@register_engine("tesseract")
class TesseractEngine(OcrEngine):
    def __init__(self, settings: TesseractSettings) -> None:
        try:
            import pytesseract
        except ImportError as exc:
            raise OcrEngineError(
                "the tesseract engine needs pytesseract: pip install 'idp[tesseract]'"
            ) from exc
        if shutil.which("tesseract") is None:
            raise OcrEngineError(
                "the tesseract engine needs the tesseract binary: apt-get install tesseract-ocr"
            )
        self._tess = pytesseract
        self._config = f"--psm {settings.psm}"
        self._lang = settings.lang
        available = set(pytesseract.get_languages(config=""))
        missing = [lang for lang in settings.lang.split("+") if lang not in available]
        if missing:
            raise OcrEngineError(f"tesseract language data missing: {', '.join(missing)}")
        self._version = f"tesseract-{pytesseract.get_tesseract_version()}:{settings.lang}"

    @property
    def model_version(self) -> str:
        return self._version

    def recognize(self, image: np.ndarray) -> list[Word]:
        data = self._tess.image_to_data(
            image, lang=self._lang, config=self._config, output_type=self._tess.Output.DICT
        )
        words = []
        for text, conf, left, top, width, height in zip(
            data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"], strict=True
        ):
            text = str(text).strip()
            confidence = float(conf)
            if not text or confidence < 0:
                continue
            bbox = (float(left), float(top), float(left + width), float(top + height))
            words.append(Word(text=text, bbox=bbox, confidence=min(confidence / 100.0, 1.0)))
        return words
