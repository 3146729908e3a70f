"""Words of a PDF text layer (pipeline/pdf.py): a layer without space characters (pdflatex, Ghostscript
from PostScript) is split at the gaps between its words, even in narrow type."""

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
