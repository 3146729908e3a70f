"""The OCR engine interface and the factory that picks an engine by its settings' `kind`.

An engine is constructed once per worker (it loads its models in the constructor) and then called
on page images. Engines return words in pixels of the image they were given; the OCR stage
(`idp.pipeline.ocr_stage`) handles downscaling and maps boxes back to the page.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar

import numpy as np
from pydantic import BaseModel

from idp.document import Word


class OcrEngineError(RuntimeError):
    """The engine cannot be built or run (missing binary or model files): a configuration problem."""


class OcrEngine(ABC):
    """Words with boxes and confidences from one RGB page image."""

    kind: ClassVar[str]

    @property
    @abstractmethod
    def model_version(self) -> str:
        """Engine and model names, recorded in every result's `models.ocr`."""

    @abstractmethod
    def recognize(self, image: np.ndarray) -> list[Word]:
        """Words in reading order of the engine, boxes in pixels of `image`."""

    def recognize_batch(self, images: list[np.ndarray]) -> list[list[Word]]:
        """Words of several pages; engines that batch across pages (GPU) override this."""
        return [self.recognize(image) for image in images]


_REGISTRY: dict[str, Callable[[BaseModel], OcrEngine]] = {}


def register_engine(kind: str) -> Callable[[type[OcrEngine]], type[OcrEngine]]:
    def decorate(cls: type[OcrEngine]) -> type[OcrEngine]:
        if kind in _REGISTRY:
            raise ValueError(f"OCR engine kind {kind!r} is registered twice")
        cls.kind = kind
        _REGISTRY[kind] = cls  # type: ignore[assignment]
        return cls

    return decorate


def known_engines() -> list[str]:
    _load_builtin_engines()
    return sorted(_REGISTRY)


def build_ocr_engine(settings: BaseModel) -> OcrEngine:
    """The engine for `settings.kind`; an unknown kind names the known ones."""
    _load_builtin_engines()
    kind = getattr(settings, "kind", None)
    try:
        factory = _REGISTRY[str(kind)]
    except KeyError:
        raise OcrEngineError(f"unknown OCR engine {kind!r}; known: {', '.join(sorted(_REGISTRY))}") from None
    return factory(settings)


def _load_builtin_engines() -> None:
    # Imported for their registration side effect; each imports its heavy library lazily.
    from idp.models.ocr import paddleocr_engine, rapidocr_engine, tesseract_engine, torch_ppocr  # noqa: F401


def quad_to_bbox(points: object) -> tuple[float, float, float, float]:
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    return (float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max()))


def split_line_into_words(
    text: str, bbox: tuple[float, float, float, float], confidence: float
) -> list[Word]:
    """Word boxes for an engine that reports only lines: the line box divided in proportion to characters."""
    tokens = text.split()
    if not tokens:
        return []
    x0, y0, x1, y1 = bbox
    total = sum(len(t) for t in tokens) + (len(tokens) - 1)
    width = max(x1 - x0, 1e-6)
    words, pos = [], 0
    for token in tokens:
        start = x0 + width * pos / total
        end = x0 + width * (pos + len(token)) / total
        words.append(Word(text=token, bbox=(start, y0, end, y1), confidence=confidence))
        pos += len(token) + 1
    return words
