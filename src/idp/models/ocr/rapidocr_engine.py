"""PP-OCR (PP-OCRv6 small detection and recognition, PP-OCR direction classifier) through RapidOCR
on ONNX Runtime: the default engine. The models ship inside the rapidocr wheel; nothing downloads."""

from __future__ import annotations

import logging
from importlib.metadata import version
from typing import Any

import numpy as np

from idp.config import RapidOcrSettings
from idp.document import Word
from idp.models.ocr.base import (
    OcrEngine,
    OcrEngineError,
    quad_to_bbox,
    register_engine,
    split_line_into_words,
)
from idp.models.ocr.spacing import SPACING_VERSION


@register_engine("rapidocr")
class RapidOcrEngine(OcrEngine):
    def __init__(self, settings: RapidOcrSettings) -> None:
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:  # pragma: no cover - a broken install
            raise OcrEngineError("rapidocr is not installed: pip install rapidocr onnxruntime") from exc
        threads = settings.intra_op_threads
        # Arguments given to a call stick to the instance, so everything is set once here.
        self._engine = RapidOCR(
            params={
                "Global.log_level": "warning",
                "Global.text_score": settings.text_score,
                "Global.use_cls": settings.use_cls,
                "Global.return_word_box": True,
                # the OCR stage downscales pages itself; keep RapidOCR from resizing again
                "Global.max_side_len": max(settings.det_max_side, 2000) + 64,
                "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
        )
        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        self._version = f"rapidocr-{version('rapidocr')}:PP-OCRv6_det_small+PP-OCRv6_rec_small"
        if settings.respace:
            from idp.models.ocr.rapid_words import use_respacing

            use_respacing(self._engine)
            self._version += f"+{SPACING_VERSION}"
        if settings.use_cls and settings.check_turned:  # before re-reading, which consults the turns
            from idp.models.ocr.turn_check import use_turn_check

            use_turn_check(self._engine)
            self._version += "+turncheck"
        if settings.reread_below is not None:
            from idp.models.ocr.reread import RereadRule, use_rereading

            use_rereading(self._engine, RereadRule(below=settings.reread_below))
            self._version += f"+reread{settings.reread_below:g}"
        if settings.rec_delta:
            self._version += "+" + use_rec_delta(self._engine, settings.rec_delta, threads)

    @property
    def model_version(self) -> str:
        return self._version

    @property
    def rapid(self) -> Any:
        """The RapidOCR instance as configured here (re-spacing, turn check...), for benchmarks that
        compare its raw line outputs with another engine's."""
        return self._engine

    def recognize(self, image: np.ndarray) -> list[Word]:
        # RapidOCR expects OpenCV's BGR order for arrays.
        result = self._engine(np.ascontiguousarray(image[:, :, ::-1]))
        if result is None or result.txts is None:
            return []
        words: list[Word] = []
        word_lines = result.word_results or ()
        for index, (text, score, box) in enumerate(
            zip(result.txts, result.scores, result.boxes, strict=True)
        ):
            line_words = word_lines[index] if index < len(word_lines) else ()
            if line_words and all(len(w) == 3 for w in line_words):
                for w_text, w_score, w_box in line_words:
                    if str(w_text).strip():
                        words.append(
                            Word(text=str(w_text), bbox=quad_to_bbox(w_box), confidence=_clip(w_score))
                        )
            else:
                words.extend(split_line_into_words(str(text), quad_to_bbox(box), _clip(score)))
        return words


def use_rec_delta(engine: Any, spec: str, threads: int) -> str:
    """Recognise with the shipped model patched by the delta ``spec`` (rec_delta.py); returns its tag.

    RapidOCR builds its recogniser from a model path; we let it build the shipped one (same character
    list) and swap its ONNX Runtime session for one made from the patched model's bytes."""
    try:
        from idp.models.ocr.rec_delta import (
            REC_MODEL,
            delta_tag,
            patched_model,
            rapidocr_model_dir,
            resolve_delta,
        )
    except ImportError as exc:
        raise OcrEngineError(f"ocr.rec_delta needs onnx and safetensors (idp[ml]): {exc}") from exc
    try:
        path = resolve_delta(spec)
        use_rec_model(engine, patched_model(str(rapidocr_model_dir() / REC_MODEL), str(path)), threads)
    except (OSError, ValueError, KeyError, AttributeError) as exc:
        raise OcrEngineError(f"ocr.rec_delta {spec!r}: {exc}") from exc
    return f"recdelta:{delta_tag(path)}"


def ort_session(model: Any, threads: int = 1) -> Any:
    """An ONNX Runtime CPU session for an in-memory ``onnx.ModelProto``."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads, opts.inter_op_num_threads = threads, 1
    return ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])


def use_rec_model(engine: Any, model: Any, threads: int = 1) -> None:
    """Make a ``rapidocr.RapidOCR`` recognise with ``model``: RapidOCR builds its recogniser lazily
    from a model path, so we build the shipped one (same character list) and swap its session.
    (RapidOCR 3.10's private ``_load_rec_model``; with a file, ``Rec.model_path`` does the same.)"""
    engine._load_rec_model().session.session = ort_session(model, threads)


def _clip(score: object) -> float:
    return float(min(max(float(score), 0.0), 1.0))  # type: ignore[arg-type]
