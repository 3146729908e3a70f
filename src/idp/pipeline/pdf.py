"""PDF pages, rendered one at a time with PDFium (pypdfium2) or poppler (pdf2image); text layer by pdfplumber.
The values of a filled-in form are drawn into their pages first (pdf_forms.py).

A page whose text layer holds enough usable words is a digital page: its words (boxes scaled to the
rendered image's pixels, confidence 1.0) are used and OCR is skipped. Other pages are scans, and so
are pages whose layer is garbage (see text_layer_quality.py).
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import numpy as np

from idp.config import IngestSettings
from idp.document import Attachment, Page, QuarantineError, QuarantineReason, Word
from idp.extractors.values import RTL_LETTER
from idp.pipeline.pdf_forms import dingbat_text, draw_form_fields, has_form_fields
from idp.pipeline.text_layer_quality import DEFAULT_THRESHOLDS, TextLayerThresholds, judge_text_layer

logger = logging.getLogger(__name__)


def render_pdf(data: bytes, settings: IngestSettings) -> list[Page]:
    """Every page rendered at once (tests, tools); the pipeline iterates `open_pdf` instead."""
    return list(open_pdf(data, settings)[1])


def open_pdf(data: bytes, settings: IngestSettings) -> tuple[int, Iterator[Page]]:
    """The page count and an iterator that renders the pages one at a time.

    Everything that can reject the whole file (truncation, encryption, page count, pixel limits) is
    checked here, before any page is rendered; the text layer (small) is read here too. A page that
    fails to render raises `QuarantineError` from the iterator.
    """
    import pypdfium2 as pdfium

    if b"%%EOF" not in data[-2048:]:
        raise QuarantineError(
            QuarantineReason.truncated, "the PDF has no end-of-file marker (%%EOF): it is truncated"
        )
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise QuarantineError(
                QuarantineReason.encrypted, "the PDF is encrypted and needs a password to open"
            ) from exc
        raise QuarantineError(QuarantineReason.corrupt, f"cannot open the PDF: {exc}") from exc
    try:
        forms = has_form_fields(document)
        if forms:
            document.init_forms()  # before any page is loaded
        scales = _page_scales(document, settings)
        if forms:  # typed-in values drawn into their pages, once the page count and sizes are known
            data = draw_form_fields(document, data)
    except BaseException:
        document.close()
        raise
    if settings.pdf_renderer == "pdf2image":
        document.close()
        scales = [settings.pdf_render_dpi / 72.0] * len(scales)
    text_layers = _text_layer_words(data, scales, DEFAULT_THRESHOLDS if settings.text_layer_check else None)
    return len(scales), _pages(data, document, scales, text_layers, settings)


def xml_attachments(data: bytes, max_bytes: int) -> list[Attachment]:
    """The XML files attached to a PDF (Factur-X, ZUGFeRD, XRechnung, UBL invoices), as text.

    Attachments that are not XML or are over `max_bytes` are skipped (logged); a PDF whose attachments
    cannot be read has none. The XML is parsed later, by the extractor, with entity expansion refused."""
    import pypdfium2 as pdfium

    if max_bytes <= 0:
        return []
    found: list[Attachment] = []
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return []
    try:
        for index in range(document.count_attachments()):
            attachment = document.get_attachment(index)
            name = attachment.get_name() or f"attachment-{index + 1}"
            raw = bytes(attachment.get_data())
            if len(raw) > max_bytes:
                logger.info("attachment %r skipped: %d bytes, over %d", name, len(raw), max_bytes)
            elif name.lower().endswith(".xml") or raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
                found.append(Attachment(name=name, text=xml_text(raw)))
    except pdfium.PdfiumError as exc:
        logger.warning("attachments unreadable: %s", exc)
    finally:
        document.close()
    return found


def xml_text(raw: bytes) -> str:
    """XML bytes as text, decoded by the encoding their declaration names (UTF-8 when it names none)."""
    m = re.match(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", raw)
    try:
        return raw.decode(m.group(1).decode() if m else "utf-8-sig", errors="replace")
    except LookupError:  # an encoding Python does not know
        return raw.decode("utf-8", errors="replace")


def _page_scales(document: Any, settings: IngestSettings) -> list[float]:
    count = len(document)
    if count == 0:
        raise QuarantineError(QuarantineReason.corrupt, "the PDF has no pages")
    if count > settings.max_pages:
        raise QuarantineError(
            QuarantineReason.too_many_pages,
            f"the PDF has {count} pages, over the limit of {settings.max_pages}",
        )
    scales = []
    for index in range(count):
        page = document[index]
        width_pt, height_pt = page.get_size()
        page.close()
        # oversized sheets (posters, 24-inch plots) render at a lower resolution, not at any size
        scale = min(settings.pdf_render_dpi / 72.0, settings.pdf_max_render_side / max(width_pt, height_pt))
        pixels = int(width_pt * scale) * int(height_pt * scale)
        if pixels > settings.max_page_pixels:
            raise QuarantineError(
                QuarantineReason.too_many_pixels,
                f"page {index + 1} would render to {pixels:,} pixels, "
                f"over the limit of {settings.max_page_pixels:,}",
            )
        scales.append(scale)
    return scales


def _pages(
    data: bytes, document: Any, scales: list[float], text_layers: list[list[Word]], settings: IngestSettings
) -> Iterator[Page]:
    try:
        for index, (scale, words) in enumerate(zip(scales, text_layers, strict=True)):
            if settings.pdf_renderer == "pdf2image":
                image = _render_pdf2image(data, settings.pdf_render_dpi, index + 1)
            else:
                image = _render_pdfium(document, index, scale)
            digital = len(words) >= max(settings.text_layer_min_words, 1)
            yield Page(
                number=index + 1,
                width=int(image.shape[1]),
                height=int(image.shape[0]),
                image=image,
                words=words if digital else [],
                text_source="text_layer" if digital else "none",
                dpi=round(scale * 72.0, 2),
            )
            del image
    finally:
        if settings.pdf_renderer != "pdf2image":
            document.close()


def _render_pdfium(document: Any, index: int, scale: float) -> np.ndarray:
    import pypdfium2 as pdfium

    page = bitmap = None
    try:
        page = document[index]
        bitmap = page.render(scale=scale)
        return np.array(bitmap.to_pil().convert("RGB"), dtype=np.uint8)
    except pdfium.PdfiumError as exc:
        raise QuarantineError(QuarantineReason.corrupt, f"cannot render page {index + 1}: {exc}") from exc
    finally:  # closed now, not at garbage collection: PDFium keeps a loaded page's decoded images
        if bitmap is not None:
            bitmap.close()
        if page is not None:
            page.close()


def _render_pdf2image(data: bytes, dpi: int, number: int) -> np.ndarray:
    try:
        from pdf2image import convert_from_bytes
        from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError
    except ImportError as exc:
        raise RuntimeError(
            "ingest.pdf_renderer=pdf2image needs pdf2image: pip install 'idp[pdf2image]'"
        ) from exc
    try:
        images = convert_from_bytes(data, dpi=dpi, first_page=number, last_page=number)
    except PDFInfoNotInstalledError as exc:
        raise RuntimeError("ingest.pdf_renderer=pdf2image needs poppler-utils (pdftoppm)") from exc
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise QuarantineError(QuarantineReason.corrupt, f"poppler cannot render the PDF: {exc}") from exc
    if len(images) != 1:
        raise QuarantineError(QuarantineReason.corrupt, f"poppler could not render page {number}")
    return np.asarray(images[0].convert("RGB"), dtype=np.uint8)


def layer_words(page: Any) -> list[dict[str, Any]]:
    """pdfplumber's words of a page (`page`: a ``pdfplumber`` page), blank ones dropped.

    A layer without space characters (pdflatex, Ghostscript from PostScript) separates its words only
    by gaps, which in narrow type are under pdfplumber's 3-point default (Times at 11 pt leaves about
    2.75 points: ``Datedefacture:``); there a gap of 0.15 of the font size splits words."""
    page = page.dedupe_chars()  # a glyph drawn twice in place (fake bold, a form field drawn over its copy)
    chars = page.chars
    for char in chars:  # a form's ticked box: ZapfDingbats codes, not the digits they are
        # a glyph its font maps to no character reads as NUL: a thin space the font lacks ("1\x00435,68 €")
        char["text"] = " " if char["text"] == "\x00" else dingbat_text(char)
    spaceless = len(chars) >= 50 and sum(1 for c in chars if c["text"] == " ") < 0.01 * len(chars)
    extra = {"x_tolerance_ratio": 0.15} if spaceless else {}
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, **extra)
    return [{**w, "text": logical_order(compatible(str(w["text"])))} for w in words if str(w["text"]).strip()]


# characters a font maps to a compatibility form: Kangxi and CJK radicals for ideographs (⽇期 for 日期),
# Arabic and Hebrew presentation forms (ﻓﺎﺗﻮرة for فاتورة); each is read as the character it stands for
_COMPATIBLE = re.compile(r"[\u2e80-\u2fdf\ufb1d-\ufdff\ufe70-\ufeff]")


def compatible(text: str) -> str:
    """`text` with radicals and presentation forms replaced by their characters (NFKC, only for those)."""
    return _COMPATIBLE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


_DIGIT = r"0-9\u0660-\u0669\u06f0-\u06f9"
_LTR_RUN = re.compile(rf"[{_DIGIT}A-Za-z](?:[{_DIGIT}A-Za-z.,/:\-\u066b\u066c]*[{_DIGIT}A-Za-z])?|.", re.S)


def logical_order(text: str) -> str:
    """A word of Hebrew or Arabic as it is read: a text layer gives its letters left to right, as they
    stand on the page (``:ךיראת`` for ``תאריך:``); a run of digits or Latin letters inside keeps its order."""
    if not RTL_LETTER.search(text):
        return text
    word = "".join(reversed(_LTR_RUN.findall(text.replace("\u0640", ""))))  # no tatweel: فاتـــورة
    return _LAM_ALEF.sub(lambda m: "ل" + m.group(1), word)


# a lam-alef ligature comes out of a text layer as alef-with-hamza, then lam: اإلجمالي for الإجمالي
_LAM_ALEF = re.compile(r"(?<=ا)([إأآ])ل")


def _text_layer_words(
    data: bytes, scales: list[float], thresholds: TextLayerThresholds | None = DEFAULT_THRESHOLDS
) -> list[list[Word]]:
    """Words of each page's text layer, boxes in rendered pixels; empty lists when there is none.

    A layer that `judge_text_layer` finds unusable (unmapped glyphs, garbled text, a small overlay on a
    scanned image) is dropped, so the page is OCRed; the reason is logged. `thresholds=None`: no check.
    """
    import pdfplumber

    count = len(scales)
    try:
        with pdfplumber.open(io.BytesIO(data)) as document:
            layers = []
            for page, scale in zip(document.pages[:count], scales, strict=False):
                words = layer_words(page)
                verdict = (
                    judge_text_layer(words, page.bbox, page.images, thresholds, page.rotation)
                    if thresholds
                    else None
                )
                if words and verdict is not None and not verdict.usable:  # OCRed like a scan
                    logger.info(
                        "page %d: text layer of %d words not used (%s: %s), the page will be OCRed",
                        page.page_number,
                        len(words),
                        verdict.reason,
                        verdict.detail,
                    )
                    words = []
                layers.append(
                    [
                        Word(
                            text=w["text"],
                            bbox=(w["x0"] * scale, w["top"] * scale, w["x1"] * scale, w["bottom"] * scale),
                            confidence=1.0,
                        )
                        for w in words
                    ]
                )
                page.close()
            return layers + [[] for _ in range(count - len(layers))]
    except Exception as exc:  # pdfminer raises many types on odd files; the pages are then OCRed
        logger.warning("text layer unreadable, pages will be OCRed: %s", exc)
        return [[] for _ in range(count)]
