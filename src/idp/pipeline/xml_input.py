"""XML files as inputs: an XRechnung, Peppol UBL or Factur-X XML sent on its own, without a PDF.

Such a file is the invoice, so the document keeps it as its attachment (the extractor reads its fields,
see ``extractors/e_invoice.py``) and gets pages that show it to people: every element that holds text,
one per line, indented by depth (``IssueDate: 2024-03-14``), typeset into a PDF with fpdf2 and opened
like any digital PDF. Reviewers see those pages in Label Studio; the fields point at their lines.

An XML that does not parse (or declares entities: defusedxml refuses them) is quarantined as corrupt.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from fpdf import FPDF

from idp.config import IngestSettings
from idp.document import Attachment, QuarantineError, QuarantineReason
from idp.pipeline import pdf
from idp.training.synth_render import font_path

LINES_PER_PAGE = 60


def looks_like_xml(data: bytes) -> bool:
    head = data[:256].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:5].lower() == b"<html":  # HTML is no XML we read
        return False
    return head.startswith(b"<?xml") or (head[:1] == b"<" and head[1:2].isalpha())


def open_xml(data: bytes, name: str, settings: IngestSettings) -> tuple[int, Iterator, list[Attachment]]:
    """Page count, pages and the XML as the document's attachment; QuarantineError when unreadable."""
    text = pdf.xml_text(data)
    try:
        root = fromstring(text)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise QuarantineError(QuarantineReason.corrupt, f"the XML file does not parse: {exc}") from exc
    lines = list(_leaf_lines(root, 0))
    pages = max(1, -(-len(lines) // LINES_PER_PAGE))
    if pages > settings.max_pages:
        raise QuarantineError(
            QuarantineReason.too_many_pages,
            f"the XML would show as {pages} pages, over the limit of {settings.max_pages}",
        )
    count, rendered = pdf.open_pdf(_typeset(lines or [f"<{_local(root.tag)}/>"]), settings)
    return count, rendered, [Attachment(name=name, text=text, is_input=True)]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _leaf_lines(node: Element, depth: int) -> Iterator[str]:
    """`Name: text` for elements with text (attributes such as currencyID after it), `Name` for others."""
    text = " ".join((node.text or "").split())
    attrs = " ".join(f"{_local(k)}={v}" for k, v in node.attrib.items() if not k.startswith("{"))
    label = "  " * depth + _local(node.tag)
    yield f"{label}: {text}" + (f" ({attrs})" if attrs else "") if text else label
    for child in node:
        yield from _leaf_lines(child, depth + 1)


def _typeset(lines: list[str]) -> bytes:
    doc = FPDF(format="A4")
    doc.set_auto_page_break(False)
    font = font_path("mono", bold=False)  # DejaVu Sans Mono or Liberation Mono where installed
    if font is not None:
        doc.add_font("mono", fname=str(font))
        doc.set_font("mono", size=8)
    else:  # core Courier: Latin-1 only
        doc.set_font("courier", size=8)
        lines = [line.encode("latin-1", "replace").decode("latin-1") for line in lines]
    for start in range(0, len(lines), LINES_PER_PAGE):
        doc.add_page()
        for row, line in enumerate(lines[start : start + LINES_PER_PAGE]):
            doc.text(12, 14 + 4.5 * row, line[:110])
    return bytes(doc.output())
