"""The OCR stage: words for every page that has no text layer.

Large scans dominate OCR time and memory, so each page is downscaled to `det_max_side` before the
engine sees it and the word boxes are mapped back to page pixels.
"""

from __future__ import annotations

from idp.document import Document, Page, Word
from idp.models.ocr import OcrEngine
from idp.pipeline.imaging import downscale, scale_bbox


def ocr_page(page: Page, engine: OcrEngine, max_side: int) -> Page:
    if page.text_source == "text_layer" or page.image is None:
        return page
    small, factor = downscale(page.image, max_side)
    words = engine.recognize(small)
    if factor != 1.0:
        words = [
            Word(text=w.text, bbox=scale_bbox(w.bbox, 1.0 / factor), confidence=w.confidence) for w in words
        ]
    return page.model_copy(update={"words": words, "text_source": "ocr"})


def ocr_document(doc: Document, engine: OcrEngine, max_side: int) -> Document:
    pages = [ocr_page(page, engine, max_side) for page in doc.pages]
    models = dict(doc.models)
    if any(p.text_source == "ocr" for p in pages):
        models["ocr"] = engine.model_version
    if any(p.text_source == "text_layer" for p in pages):
        models["text_layer"] = "pdfplumber"
    return doc.model_copy(update={"pages": pages, "models": models})
