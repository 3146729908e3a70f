"""One document through every stage, in this process: ingest -> preprocess -> OCR -> extract -> route.

The processor holds what is expensive to build (the OCR engine, the orientation model) and is built
once per worker. It knows nothing of storage or Ray.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from idp.config import PipelineConfig
from idp.document import Document
from idp.extractors import extract_document, load_doc_type_schemas
from idp.models.ocr import build_ocr_engine
from idp.pipeline.ingest import ingest
from idp.pipeline.ocr_stage import ocr_document
from idp.pipeline.preprocess import PagePreprocessor
from idp.pipeline.routing import route


class DocumentProcessor:
    def __init__(self, config: PipelineConfig) -> None:
        self.config = config
        self.preprocessor = PagePreprocessor(config.preprocess)
        self.ocr_engine = build_ocr_engine(config.ocr)
        self.schemas = load_doc_type_schemas()  # document types: fields, labels, thresholds

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
            ("extract", lambda d: extract_document(d, self.schemas)),
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
