"""Words of a PDF text layer (pipeline/pdf.py): a layer without space characters (pdflatex, Ghostscript
from PostScript) is split at the gaps between its words, even in narrow type; a glyph its font maps to
no character (NUL) is a space."""

from __future__ import annotations

import io

import pdfplumber
from fpdf import FPDF

from idp.pipeline.pdf import layer_words

WORDS = ["Date", "de", "facture", ":", "30/10/2025", "Montant", "total", "4", "987,50", "EUR"]


def _pdf(spaced: bool) -> bytes:
    """One line of Times 11 pt; without spaces, each word placed on its own 2.75 points after the last
    (pdflatex's inter-word gap in this type, under pdfplumber's 3-point default tolerance)."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Times", size=11)
    if spaced:
        pdf.text(72, 100, " ".join(WORDS * 3))
    else:
        x = 72.0
        for word in WORDS * 3:
            pdf.text(x, 100, word)
            x += pdf.get_string_width(word) + 2.75
    return bytes(pdf.output())


def _texts(data: bytes, read) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as document:
        return [w["text"] for w in read(document.pages[0])]


def test_a_layer_without_spaces_is_split_at_its_narrow_gaps() -> None:
    data = _pdf(spaced=False)
    assert len(_texts(data, lambda page: page.extract_words())) < len(WORDS) * 3  # pdfplumber's default
    assert _texts(data, layer_words) == WORDS * 3


def test_a_layer_with_spaces_is_read_as_before() -> None:
    data = _pdf(spaced=True)
    assert _texts(data, layer_words) == _texts(data, lambda page: page.extract_words()) == WORDS * 3


def test_a_glyph_drawn_twice_in_place_is_read_once() -> None:
    """Fake bold (a word printed twice over itself) and a form field drawn over its own copy give each
    character twice in the layer: ``HHOOMM--22002255`` for ``HOM-2025``."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(72, 100, "Claim reference")
    for _ in range(2):
        pdf.text(180, 100, "HOM-2025-118204")
    data = bytes(pdf.output())
    assert _texts(data, layer_words) == ["Claim", "reference", "HOM-2025-118204"]


def test_a_ticked_box_drawn_in_zapf_dingbats_is_a_tick_not_a_digit() -> None:
    """A form's check box draws its tick as ZapfDingbats "4"; the quantity beside it stays a 4."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("ZapfDingbats", size=11)
    pdf.text(72, 100, "4")
    pdf.set_font("Helvetica", size=11)
    pdf.text(90, 100, "Windscreen replaced, quantity 4")
    data = bytes(pdf.output())
    assert _texts(data, lambda page: page.extract_words())[0] == "4"  # the layer gives the code
    assert _texts(data, layer_words) == ["✔", "Windscreen", "replaced,", "quantity", "4"]


def _nul_pdf(text: bytes) -> bytes:
    """A page of Helvetica whose ToUnicode map reads code 1 as NUL, as a font without a thin space leaves
    the thousands separator of "1 435,68 €" (pretix's French invoices in bold type)."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
        b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <01> <0000> "
        b"endbfchar 1 beginbfrange <20> <7E> <0020> endbfrange endcmap CMapName currentdict /CMap "
        b"defineresource pop end end"
    )
    content = b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_glyph_its_font_maps_to_no_character_is_a_space() -> None:
    data = _nul_pdf(b"Total 1\\001435,68 EUR")
    with pdfplumber.open(io.BytesIO(data)) as document:
        assert "\x00" in document.pages[0].extract_text()  # what the layer holds
    assert _texts(data, layer_words) == ["Total", "1", "435,68", "EUR"]
