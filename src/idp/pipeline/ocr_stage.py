"""The OCR stage: words for every page that has no text layer.

Large scans dominate OCR time and memory, so each page is downscaled to `det_max_side` before the
engine sees it and the word boxes are mapped back to page pixels. Words read in two scripts at once
are put back into one (:mod:`idp.pipeline.scripts`), whatever the engine.
"""

from __future__ import annotations

from idp.document import Document, Page, Word
from idp.models.ocr import OcrEngine
from idp.pipeline.imaging import downscale, scale_bbox
from idp.pipeline.scripts import mend_script


def ocr_pages(pages: list[Page], engine: OcrEngine, max_side: int) -> list[Page]:
    """Words for every page without a text layer, in one engine call so that batching engines batch."""
    todo = [i for i, p in enumerate(pages) if p.text_source != "text_layer" and p.image is not None]
    scaled = [downscale(pages[i].image, max_side) for i in todo]  # type: ignore[arg-type]
    found = engine.recognize_batch([image for image, _ in scaled]) if todo else []
    out = list(pages)
    for i, (_, factor), words in zip(todo, scaled, found, strict=True):
        words = [_in_page(w, factor) for w in words]
        out[i] = pages[i].model_copy(update={"words": words, "text_source": "ocr"})
    return out


def _in_page(word: Word, factor: float) -> Word:
    """A word of the downscaled page in page pixels, in one script."""
    text = mend_script(word.text)
    if factor == 1.0 and text == word.text:
        return word
    return Word(text=text, bbox=scale_bbox(word.bbox, 1.0 / factor), confidence=word.confidence)


def ocr_models(pages: list[Page], engine: OcrEngine, models: dict[str, str]) -> dict[str, str]:
    """`models` with the engine (and the text layer) named when some page's words came from it."""
    models = dict(models)
    if any(p.text_source == "ocr" for p in pages):
        models["ocr"] = engine.model_version
    if any(p.text_source == "text_layer" for p in pages):
        models["text_layer"] = "pdfplumber"
    return models


def ocr_document(doc: Document, engine: OcrEngine, max_side: int) -> Document:
    pages = ocr_pages(doc.pages, engine, max_side)
    return doc.model_copy(update={"pages": pages, "models": ocr_models(pages, engine, doc.models)})
