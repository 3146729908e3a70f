"""Classification, field extraction, normalisation and validation over OCR'd documents.

``extract_document`` is the stage the pipeline calls after OCR: lines -> doc type -> fields -> checks.
It is pure (no I/O, no global state) and returns a new Document.
"""

from __future__ import annotations

import time

from idp.document import DocType, Document, FieldValue
from idp.extractors.classify import classify
from idp.extractors.invoice import extract_invoice
from idp.extractors.layout import build_lines
from idp.extractors.receipt import extract_receipt
from idp.extractors.validate import apply_validation

EXTRACTOR_VERSION = "rules:0.1.0"

__all__ = ["EXTRACTOR_VERSION", "build_lines", "classify", "extract_document", "extract_fields"]


def extract_fields(doc: Document) -> dict[str, FieldValue]:
    """Fields for ``doc.doc_type`` from ``doc.lines``; claims, forms and other documents get none yet."""
    if doc.doc_type.value == DocType.receipt:
        return extract_receipt(doc)
    if doc.doc_type.value == DocType.invoice:
        return extract_invoice(doc)
    return {}


def extract_document(doc: Document) -> Document:
    """build_lines -> classify -> the doc type's extractor -> validation, on a copy of ``doc``."""
    t0 = time.perf_counter()
    doc = build_lines(doc)
    doc = doc.model_copy(update={"doc_type": classify(doc)})
    fields, results = apply_validation(extract_fields(doc))
    models = {**doc.models, "extractor": EXTRACTOR_VERSION}
    timings = {**doc.timings_ms, "extract": round((time.perf_counter() - t0) * 1000, 2)}
    return doc.model_copy(
        update={
            "fields": {**doc.fields, **fields},
            "validation": [*doc.validation, *results],
            "models": models,
            "timings_ms": timings,
        }
    )
