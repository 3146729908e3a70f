"""One document through every stage, in this process: ingest -> preprocess -> OCR -> extract -> route.

The processor holds what is expensive to build (the OCR engine, the orientation model, the learned
receipt models of the model registry) and is built once per worker. It knows nothing of Ray. Which
receipt models extract is the config's ``models`` section (:class:`~idp.models.registry_load.ModelSettings`):
the registry's promoted version when a registry is named, else the packaged models; each receipt's
``models`` names the ranker (``receipt_ranker``) and the calibrator (``calibration``) that produced it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from idp.config import PipelineConfig
from idp.document import Document
from idp.extractors import extract_document, load_doc_type_schemas
from idp.models.ocr import build_ocr_engine
from idp.models.registry_load import RECEIPT, ModelSettings, load_receipt_bundle
from idp.pipeline.ingest import ingest
from idp.pipeline.ocr_stage import ocr_document
from idp.pipeline.preprocess import PagePreprocessor
from idp.pipeline.routing import route


class DocumentProcessor:
    def __init__(self, config: PipelineConfig, models: ModelSettings | None = None) -> None:
        self.config = config
        self.preprocessor = PagePreprocessor(config.preprocess)
        self.ocr_engine = build_ocr_engine(config.ocr)
        self.schemas = load_doc_type_schemas()  # document types: fields, labels, thresholds
        # the promoted registry version is read once here: a promotion serves from the next run on
        self.receipt_models = load_receipt_bundle(models or config.models)

    def extract(self, doc: Document) -> Document:
        """The extraction stage with this processor's receipt models; receipts name the ranker used."""
        with self.receipt_models.active():
            doc = extract_document(doc, self.schemas)
        if doc.doc_type.value == RECEIPT:
            doc = doc.model_copy(
                update={"models": {**doc.models, "receipt_ranker": self.receipt_models.ranker_tag}}
            )
        return doc

    def process(self, data: bytes, name: str, uri: str) -> Document:
        """The processed document; raises QuarantineError for input that cannot be processed."""
        timings: dict[str, float] = {}
        with _timed(timings, "ingest"):
            doc = ingest(data, name, uri, self.config.ingest)
        with _timed(timings, "preprocess"):
            pages = [self.preprocessor(p) for p in doc.pages]
            models = {**doc.models, **self.preprocessor.model_versions}
            doc = doc.model_copy(update={"pages": pages, "models": models})
        with _timed(timings, "ocr"):
            doc = ocr_document(doc, self.ocr_engine, self.config.ocr.det_max_side)
        stages: list[tuple[str, Callable[[Document], Document]]] = [
            ("extract", self.extract),
            ("route", lambda d: route(d, self.config.extract, self.schemas, self.config.review.qa_share)),
        ]
        for stage_name, stage in stages:
            with _timed(timings, stage_name):
                doc = stage(doc)
        return doc.model_copy(update={"timings_ms": {**doc.timings_ms, **timings}})


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + (time.perf_counter() - start) * 1000.0
