"""Filled-in PDF forms: the values typed into form fields made part of their pages.

A value typed into a fillable PDF (an insurer's claim form, an invoice template filled on screen) lives
in a form field's widget, not in the page's content. pdfplumber's text layer does not have it, and PDFium
draws it only with its form environment set up: left so, a filled claim form reads as its blank labels.
`flatten_form_fields` has PDFium draw every visible widget into its page (``FPDFPage_Flatten`` once the
form-fill environment is up, which also makes the look of fields that carry only a value under
``/NeedAppearances``, as pypdf and many web forms leave them), so the values are page text to the text
layer and ink to the renderer, as a viewer shows them. Hidden fields stay hidden. PDFium does the
layout with the fields' own fonts, sizes and alignment; nothing is laid out by hand here. The ticks of
check boxes, drawn in ZapfDingbats, are read as the marks they are (`dingbat_text`), not as digits.
"""

from __future__ import annotations

import io
import logging
from typing import Any

logger = logging.getLogger(__name__)


def has_form_fields(document: Any) -> bool:
    """Whether a pypdfium2 document has an interactive form (AcroForm or XFA)."""
    import pypdfium2.raw as pdfium_c

    return bool(document.get_formtype() != pdfium_c.FORMTYPE_NONE)


def draw_form_fields(document: Any, data: bytes) -> bytes:
    """Draw the form fields of ``document`` (opened from ``data``, ``document.init_forms()`` called before
    any page was loaded) into its pages; the PDF's bytes after, or ``data`` when nothing was drawn or
    PDFium failed (logged: the pages are then read without them)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        flattened = 0
        for index in range(len(document)):
            page = document[index]
            try:
                flattened += page.flatten() == pdfium_c.FLATTEN_SUCCESS
            finally:
                page.close()
        if not flattened:
            return data
        buffer = io.BytesIO()
        document.save(buffer)
        logger.info("form fields drawn into %d of %d pages", flattened, len(document))
        return buffer.getvalue()
    except (pdfium.PdfiumError, RuntimeError) as exc:
        logger.warning("form fields not read, the pages are read without them: %s", exc)
        return data


def flatten_form_fields(data: bytes) -> bytes:
    """The PDF with its form fields' values drawn into the pages (:func:`draw_form_fields`); ``data``
    itself when it has no form or cannot be opened."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return data  # the caller reports a file that cannot be opened
    try:
        if not has_form_fields(document):
            return data
        document.init_forms()  # before any page is loaded
        return draw_form_fields(document, data)
    finally:
        document.close()


# What a form's check boxes and radio buttons draw in ZapfDingbats, whose built-in encoding puts a
# tick at "4" (the /MK /CA styles: check, circle, cross, diamond, square, star; "3" a lighter tick).
# A text layer without a /ToUnicode map gives the codes, so a ticked box read as a stray digit.
ZAPF_DINGBATS = {"3": "✓", "4": "✔", "8": "✘", "l": "●", "n": "■", "u": "◆", "H": "★"}


def dingbat_text(char: dict[str, Any]) -> str:
    """A pdfplumber character's text, with ZapfDingbats codes read as the marks they draw."""
    text = str(char.get("text", ""))
    return ZAPF_DINGBATS.get(text, text) if "ZapfDingbats" in str(char.get("fontname", "")) else text
