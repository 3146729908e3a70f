"""PP-OCR on PyTorch: the rapidocr engine's exact models and rules, batched across pages, on a CUDA
GPU when there is one (CPU otherwise). Same texts as the rapidocr engine; built for throughput.

The ONNX files that ship in the rapidocr wheel are converted to torch at construction (~0.1 s, no
cache needed, works offline). `recognize_batch` is the fast path: detection runs several pages per
forward pass, and the text lines of all pages in a pass share recognition calls. torch is imported
only when the engine is built, so this module registers the kind everywhere.
"""

from __future__ import annotations

from importlib.metadata import version

import numpy as np

from idp.config import TorchOcrSettings
from idp.document import Word
from idp.models.ocr.base import (
    OcrEngine,
    OcrEngineError,
    quad_to_bbox,
    register_engine,
    split_line_into_words,
)
from idp.models.ocr.spacing import SPACING_VERSION


@register_engine("ppocr_torch")
class TorchPPOcrEngine(OcrEngine):
    def __init__(self, settings: TorchOcrSettings) -> None:
        try:
            import torch

            from idp.models.ocr.ppocr_torch.pipeline import TorchPPOCR
        except ImportError as exc:
            raise OcrEngineError(f"the ppocr_torch engine needs torch, onnx and rapidocr: {exc}") from exc
        if settings.cpu_threads is not None:
            torch.set_num_threads(settings.cpu_threads)
        try:
            self.pipeline = TorchPPOCR(
                device=settings.device,
                text_score=settings.text_score,
                use_cls=settings.use_cls,
                check_turned=settings.check_turned,
                # the OCR stage downscales pages itself; keep RapidOCR's rules from resizing again
                max_side_len=max(settings.det_max_side, 2000) + 64,
                det_batch_pages=settings.det_batch_pages,
                rec_batch_size=settings.rec_batch_size,
                rec_width_step=settings.rec_width_step,
                allow_tf32=settings.allow_tf32,
                respace=settings.respace,
                reread_below=settings.reread_below,
                rec_delta=settings.rec_delta,
            )
        except (FileNotFoundError, RuntimeError, ValueError, KeyError) as exc:
            raise OcrEngineError(f"ppocr_torch: {exc}") from exc
        self._batch_pages = settings.batch_pages
        self.device = str(self.pipeline.device)
        self._version = (
            f"ppocr_torch-torch{torch.__version__}-rapidocr{version('rapidocr')}"
            ":PP-OCRv6_det_small+PP-OCRv6_rec_small"
        ) + (f"+{SPACING_VERSION}" if settings.respace else "")
        if settings.use_cls and settings.check_turned:
            self._version += "+turncheck"
        if settings.reread_below is not None:
            self._version += f"+reread{settings.reread_below:g}"
        if settings.rec_delta:
            from idp.models.ocr.rec_delta import delta_tag, resolve_delta

            self._version += f"+recdelta:{delta_tag(resolve_delta(settings.rec_delta))}"

    # `pipeline(images)` gives RapidOCR-style outputs (lines, scores, word results) for benchmarks.

    @property
    def model_version(self) -> str:
        return self._version

    def recognize(self, image: np.ndarray) -> list[Word]:
        return self.recognize_batch([image])[0]

    def recognize_batch(self, images: list[np.ndarray]) -> list[list[Word]]:
        """Words per RGB uint8 image, in the engine's reading order, boxes in pixels of each image."""
        out: list[list[Word]] = []
        for start in range(0, len(images), self._batch_pages):
            out.extend(words_from_output(r) for r in self.pipeline(images[start : start + self._batch_pages]))
        return out


def words_from_output(result: object) -> list[Word]:
    """Words from a `RapidOCROutput` with word results, as the rapidocr engine makes them."""
    txts = getattr(result, "txts", None)
    if not txts:
        return []
    words: list[Word] = []
    word_lines = getattr(result, "word_results", None) or ()
    for index, (text, score, box) in enumerate(zip(txts, result.scores, result.boxes, strict=True)):  # type: ignore[attr-defined]
        line_words = word_lines[index] if index < len(word_lines) else ()
        if line_words and all(len(w) == 3 for w in line_words):
            for w_text, w_score, w_box in line_words:
                if str(w_text).strip():
                    words.append(Word(text=str(w_text), bbox=quad_to_bbox(w_box), confidence=_clip(w_score)))
        else:
            words.extend(split_line_into_words(str(text), quad_to_bbox(box), _clip(score)))
    return words


def _clip(score: object) -> float:
    return float(min(max(float(score), 0.0), 1.0))  # type: ignore[arg-type]
