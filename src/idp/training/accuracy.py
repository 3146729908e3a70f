"""Field accuracy and confidence quality of the real pipeline on an SROIE-format folder.

``dataset/img/<name>.jpg`` (or .png) with ``dataset/key/<name>.json`` (company, date, address, total):
every image goes through :class:`idp.pipeline.processor.DocumentProcessor` (ingest, preprocess, OCR,
extract, route), its fields are scored with :mod:`idp.training.evaluate`, and the report gives
accuracy per key and mean, ECE with the reliability table, AUROC and the automation rate at a precision.

OCR dominates the time (seconds a page), so ``ocr_cache`` keeps each page's words in a folder keyed
by the sha256 of the page image the engine was given and the engine's model version: reruns with
the same preprocessing and OCR settings cost only extraction. Every other stage runs for real.

Fields are scored with calibrated confidence: the calibrator of the document type in use is applied
here unless the pipeline already calibrated the document (with the packaged or a registry calibrator).
``calibrated=False`` scores the extractor's raw scores (calibration is switched off for the run,
wherever it is applied).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from idp.config import PipelineConfig, load_config
from idp.document import Document, QuarantineError, Word
from idp.extractors.calibration import calibrate, load_calibrator, raw_confidence
from idp.models.ocr import OcrEngine
from idp.models.registry_load import ModelSettings
from idp.training.evaluate import (
    FieldOutcome,
    accuracy_by_key,
    calibration_report,
    format_report,
    score_document,
)

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf")


class CachedOcrEngine(OcrEngine):
    """Serves words for an image seen before from ``cache_dir``; asks ``engine`` otherwise."""

    kind = "cached"

    def __init__(self, engine: OcrEngine, cache_dir: str | Path) -> None:
        self.engine = engine
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0

    @property
    def model_version(self) -> str:
        return self.engine.model_version

    def _path(self, image: np.ndarray) -> Path:
        h = hashlib.sha256()
        h.update(repr((image.shape, str(image.dtype), self.engine.model_version)).encode())
        h.update(np.ascontiguousarray(image).tobytes())
        return self.cache_dir / f"{h.hexdigest()[:32]}.json"

    def recognize(self, image: np.ndarray) -> list[Word]:
        path = self._path(image)
        if path.is_file():
            self.hits += 1
            return [Word.model_validate(w) for w in json.loads(path.read_text())]
        self.misses += 1
        words = self.engine.recognize(image)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([w.model_dump(mode="json") for w in words]))
        tmp.replace(path)
        return words


@dataclass
class AccuracyResult:
    outcomes: list[FieldOutcome]
    documents: dict[str, Document] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # name -> why it could not be processed
    precision: float = 0.99

    @property
    def accuracy(self) -> dict[str, float]:
        return accuracy_by_key(self.outcomes)

    def summary(self) -> dict[str, object]:
        """The headline figures as plain data (for a run report or a CI check)."""
        rep = calibration_report(self.outcomes, self.precision)
        return {
            "documents": len({o.doc_id for o in self.outcomes}),
            "accuracy": {k: round(v, 4) for k, v in self.accuracy.items()},
            "ece_10_bins": round(rep.ece, 4),
            "auroc": None if rep.auroc is None else round(rep.auroc, 4),
            f"automation_at_{self.precision:g}_precision": round(rep.automation.rate, 4),
            "automation_threshold": rep.automation.threshold,
            "failed": dict(self.failed),
        }

    def report(self, title: str = "") -> str:
        text = format_report(self.outcomes, self.precision, title)
        if self.failed:
            text += "\nfailed: " + ", ".join(f"{k} ({v})" for k, v in sorted(self.failed.items()))
        return text


def parse_names(spec: str | None) -> list[str] | None:
    """``"070-099"`` or ``"000,005,010-012"`` -> names zero-padded like the range's first bound
    (SROIE-100 style); any other comma-separated names as given; None (all) for an empty spec."""
    if not spec:
        return None
    out: list[str] = []
    for part in spec.split(","):
        if "-" in part and all(p.isdigit() for p in part.split("-", 1)):
            a, b = part.split("-", 1)
            out += [f"{i:0{len(a)}d}" for i in range(int(a), int(b) + 1)]
        elif part:
            out.append(part)
    return out


def dataset_items(
    dataset_dir: str | Path, names: Sequence[str] | None = None
) -> list[tuple[str, Path, Path]]:
    """(name, image, key) of every image with a key, sorted by name (optionally only ``names``)."""
    root = Path(dataset_dir)
    if not (root / "key").is_dir() or not (root / "img").is_dir():
        raise FileNotFoundError(f"{root} is not an SROIE-format folder (img/ and key/)")
    images = {p.stem: p for p in (root / "img").iterdir() if p.suffix.lower() in IMAGE_SUFFIXES}
    wanted = set(names) if names is not None else None
    out = []
    for key in sorted((root / "key").glob("*.json")):
        if key.stem in images and (wanted is None or key.stem in wanted):
            out.append((key.stem, images[key.stem], key))
    return out


def run_accuracy(
    dataset_dir: str | Path,
    config: PipelineConfig | None = None,
    ocr_cache: str | Path | None = None,
    names: Sequence[str] | None = None,
    calibrated: bool = True,
    precision: float = 0.99,
    keep_documents: bool = False,
    on_document: Callable[[str, Document | None], None] | None = None,
    models: ModelSettings | None = None,
) -> AccuracyResult:
    """Run the pipeline over an SROIE-format folder and score it (see the module docstring).

    ``names``: only these image stems. A document the pipeline quarantines scores every key as
    missing. ``on_document`` is called after each document (for progress). ``models``: which receipt
    models extract (default: the config's ``models`` section, else the packaged models)."""
    from idp.pipeline.processor import DocumentProcessor

    config = config or load_config()
    processor = DocumentProcessor(config, models)
    if ocr_cache is not None:
        processor.ocr_engine = CachedOcrEngine(processor.ocr_engine, ocr_cache)
    result = AccuracyResult(outcomes=[], precision=precision)
    for name, image, key_path in dataset_items(dataset_dir, names):
        truth = json.loads(key_path.read_text())
        doc: Document | None = None
        try:
            with nullcontext() if calibrated else raw_confidence():
                doc = processor.process(image.read_bytes(), image.name, image.resolve().as_uri())
        except QuarantineError as exc:
            result.failed[name] = exc.reason.value
        if doc is not None and calibrated and "calibration" not in doc.models:
            doc = calibrate(doc, load_calibrator(str(doc.doc_type.value)))
        result.outcomes += score_document(name, doc.fields if doc is not None else {}, truth)
        if keep_documents and doc is not None:
            result.documents[name] = doc
        if on_document is not None:
            on_document(name, doc)
    return result
