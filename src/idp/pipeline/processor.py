"""One document through every stage, in this process: ingest -> preprocess -> OCR -> extract -> route.

Pages stream through render, preprocess and OCR a few at a time and leave as encoded images, so a
worker's memory does not grow with a document's length.

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
from itertools import islice

from idp.config import PipelineConfig
from idp.document import Document, Page
from idp.extractors import extract_document, load_doc_type_schemas
from idp.models.ocr import build_ocr_engine
from idp.models.registry_load import RECEIPT, ModelSettings, load_receipt_bundle
from idp.pipeline.ingest import open_input
from idp.pipeline.ocr_stage import ocr_models, ocr_pages
from idp.pipeline.policy import policies_at
from idp.pipeline.preprocess import PagePreprocessor
from idp.pipeline.results import encode_image
from idp.pipeline.routing import route

PageSink = Callable[[int, bytes], None]  # (page number, encoded page image)


class DocumentProcessor:
    def __init__(self, config: PipelineConfig, models: ModelSettings | None = None) -> None:
        self.config = config
        self.preprocessor = PagePreprocessor(config.preprocess)
        self.ocr_engine = build_ocr_engine(config.ocr)
        self.schemas = load_doc_type_schemas()  # document types: fields, labels, thresholds
        self.policies = policies_at(config.review.policies)  # a bad rule fails here, before any document
        # the promoted registry version is read once here: a promotion serves from the next run on
        self.receipt_models = load_receipt_bundle(models or config.models)
        # pages rendered, preprocessed and OCRed together: batching engines batch, memory stays bounded
        self.page_group: int = config.ocr.batch_pages

    def extract(self, doc: Document) -> Document:
        """The extraction stage with this processor's receipt models; receipts name the ranker used."""
        with self.receipt_models.active():
            doc = extract_document(doc, self.schemas)
        if doc.doc_type.value == RECEIPT:
            doc = doc.model_copy(
                update={"models": {**doc.models, "receipt_ranker": self.receipt_models.ranker_tag}}
            )
        return doc

    def process(self, data: bytes, name: str, uri: str, page_sink: PageSink | None = None) -> Document:
        """The processed document; raises QuarantineError for input that cannot be processed.

        Pages go through render -> preprocess -> OCR a few at a time (`page_group`), and each page's
        image is handed to `page_sink` (encoded as `store.page_image_format`) and dropped before the
        next group is rendered: memory stays a few pages whatever the document's length. The pages of
        the returned document keep their words and geometry but no image. `page_sink` may be called
        for some pages of a document that is then quarantined (a blank or corrupt later page).
        """
        timings: dict[str, float] = {}
        with _timed(timings, "ingest"):
            doc, rendered = open_input(data, name, uri, self.config.ingest)
        pages: list[Page] = []
        while True:
            with _timed(timings, "ingest"):
                group = list(islice(rendered, self.page_group))
            if not group:
                break
            with _timed(timings, "preprocess"):
                group = [self.preprocessor(p) for p in group]
            with _timed(timings, "ocr"):
                group = ocr_pages(group, self.ocr_engine, self.config.ocr.det_max_side)
            for page in group:
                if page_sink is not None and self.config.store.write_pages and page.image is not None:
                    with _timed(timings, "write"):
                        image_format = self.config.store.page_image_format
                        page_sink(page.number, encode_image(page.image, image_format))
                pages.append(page.model_copy(update={"image": None}))
            del group
        models = ocr_models(pages, self.ocr_engine, {**doc.models, **self.preprocessor.model_versions})
        doc = doc.model_copy(update={"pages": pages, "models": models})
        stages: list[tuple[str, Callable[[Document], Document]]] = [
            ("extract", self.extract),
            (
                "route",
                lambda d: route(
                    d, self.config.extract, self.schemas, self.config.review.qa_share, self.policies
                ),
            ),
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
