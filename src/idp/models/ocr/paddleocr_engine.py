"""PaddleOCR 3.x, used when the user points it at model folders in Paddle inference format.

No PaddleOCR model can be downloaded here, so the engine refuses to start without the folders and
names the ones that are missing."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from idp.config import PaddleOcrSettings
from idp.document import Word
from idp.models.ocr.base import (
    OcrEngine,
    OcrEngineError,
    quad_to_bbox,
    register_engine,
    split_line_into_words,
)


@register_engine("paddleocr")
class PaddleOcrEngine(OcrEngine):
    def __init__(self, settings: PaddleOcrSettings) -> None:
        folders = {"det_model_dir": settings.det_model_dir, "rec_model_dir": settings.rec_model_dir}
        missing = [
            f"ocr.{name} ({value or 'not set'})"
            for name, value in folders.items()
            if not value or not Path(value).is_dir()
        ]
        if missing:
            raise OcrEngineError(
                "the paddleocr engine needs PaddleOCR model folders in Paddle inference format; missing: "
                + ", ".join(missing)
            )
        try:
            from paddleocr import PaddleOCR
        except ImportError as exc:
            raise OcrEngineError("the paddleocr engine needs paddleocr: pip install 'idp[paddle]'") from exc
        os.environ.setdefault("PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK", "True")
        self._engine = PaddleOCR(
            text_detection_model_dir=settings.det_model_dir,
            text_recognition_model_dir=settings.rec_model_dir,
            use_doc_orientation_classify=False,
            use_doc_unwarping=False,
            use_textline_orientation=False,
        )
        self._version = f"paddleocr:{Path(settings.det_model_dir).name}+{Path(settings.rec_model_dir).name}"  # type: ignore[arg-type]

    @property
    def model_version(self) -> str:
        return self._version

    def recognize(self, image: np.ndarray) -> list[Word]:
        words: list[Word] = []
        for page in self._engine.predict(np.ascontiguousarray(image[:, :, ::-1])):
            for text, score, poly in zip(
                page["rec_texts"], page["rec_scores"], page["rec_polys"], strict=True
            ):
                words.extend(split_line_into_words(str(text), quad_to_bbox(poly), float(score)))
        return words
