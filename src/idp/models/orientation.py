"""The PP-OCR text-line direction classifier (0 vs 180 degrees) on ONNX Runtime.

The model ships inside the rapidocr wheel (``rapidocr/models/ch_ppocr_mobile_v2.0_cls_mobile.onnx``),
so nothing is downloaded. Build one instance per worker: the session loads once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

CLS_MODEL_FILE = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"
MODEL_ID = "ppocr-cls-mobile-v2.0"
_HEIGHT, _WIDTH = 48, 192  # the model's input, as PP-OCR feeds it


def default_model_path() -> Path:
    import rapidocr

    path = Path(rapidocr.__file__).resolve().parent / "models" / CLS_MODEL_FILE
    if not path.is_file():
        raise FileNotFoundError(f"text direction model not found in the rapidocr package: {path}")
    return path


class TextDirectionClassifier:
    """Probability that each text-line crop is upside down (turned 180 degrees)."""

    model_id = MODEL_ID

    def __init__(self, model_path: str | Path | None = None, intra_op_threads: int = 1) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = intra_op_threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(model_path or default_model_path()), options, providers=["CPUExecutionProvider"]
        )
        self._input = self._session.get_inputs()[0].name

    def upside_down(self, crops: Sequence[np.ndarray]) -> np.ndarray:
        """P(180) per crop, (N,) float in [0, 1]; crops are grey or RGB line images."""
        if not crops:
            return np.zeros(0, dtype=np.float32)
        batch = np.stack([_normalise(c) for c in crops])
        probs = self._session.run(None, {self._input: batch})[0]
        return probs[:, 1].astype(np.float32)


def _normalise(crop: np.ndarray) -> np.ndarray:
    """Height 48, width up to 192 keeping the aspect ratio, zero-padded right; scaled to [-1, 1]."""
    if crop.ndim == 2:
        crop = cv2.cvtColor(crop, cv2.COLOR_GRAY2RGB)
    h, w = crop.shape[:2]
    width = min(_WIDTH, max(1, math.ceil(_HEIGHT * w / max(h, 1))))
    resized = cv2.resize(crop, (width, _HEIGHT), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    out = np.zeros((3, _HEIGHT, _WIDTH), dtype=np.float32)
    out[:, :, :width] = (resized.transpose(2, 0, 1) / 255.0 - 0.5) / 0.5
    return out
