"""The text-layer quality gate: unit tests on word lists, and real PDFs through ingest.

The bad PDFs are written byte by byte: a Type0 font with Identity-H encoding and no ToUnicode map
is what makes pdfminer write ``(cid:N)`` words; the same font with a ToUnicode map into the
private-use area gives garbled text.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from fpdf.enums import TextMode

from idp.config import load_config
from idp.pipeline.ingest import ingest
from idp.pipeline.processor import DocumentProcessor
from idp.pipeline.text_layer_quality import judge_text_layer
from tests import inputs

SETTINGS = load_config().ingest
A4 = (0.0, 0.0, 595.0, 842.0)
FULL_PAGE_IMAGE = {"x0": 0.0, "top": 0.0, "x1": 595.0, "bottom": 842.0}
LOGO = {"x0": 40.0, "top": 40.0, "x1": 140.0, "bottom": 90.0}


def _words(text: str, size: float = 10.0, top: float = 60.0) -> list[dict[str, object]]:
    """pdfplumber-shaped words of `text`, eight to a line, each glyph `size` * 0.6 wide."""
    words, x, y = [], 40.0, top
    for index, word in enumerate(text.split()):
        if index and index % 8 == 0:
            x, y = 40.0, y + size * 1.5
        width = max(len(word), 1) * size * 0.6
        words.append({"text": word, "x0": x, "top": y, "x1": x + width, "bottom": y + size})
        x += width + size * 0.4
    return words


INVOICE = "INVOICE No. 2019-0314 Date: 14/03/2019 Total due: 1,234.50 EUR (VAT 20% incl.) Thank you! "


# --------------------------------------------------------------------------- the verdict on word lists


def test_plain_text_layer_is_usable() -> None:
    verdict = judge_text_layer(_words(INVOICE * 5), A4)
    assert verdict.usable and verdict.reason == "ok"


def test_empty_layer_is_not_judged() -> None:
    assert judge_text_layer([], A4, [FULL_PAGE_IMAGE]).usable


def test_unmapped_glyphs() -> None:
    words = _words("(cid:36)(cid:81)(cid:92) (cid:55)(cid:82)(cid:87)(cid:68)(cid:79) (cid:20)(cid:21) " * 10)
    verdict = judge_text_layer(words, A4)
    assert not verdict.usable and verdict.reason == "unmapped_glyphs"
    assert "(cid:N)" in verdict.detail


def test_a_few_unmapped_ligatures_are_tolerated() -> None:
    words = _words(INVOICE * 4 + "(cid:12)nance of(cid:12)ce")
    assert judge_text_layer(words, A4).usable


@pytest.mark.parametrize(
    "garbage",
    [
        "\ue000\ue001\ue002 \ue010\ue011 \ue020\ue021\ue022\ue023",  # private-use area
        "\x01\x02\x03 \x04\x05 \x06\x07\x08\x0e",  # control characters
        "\ufffd\ufffd\ufffd \ufffd\ufffd \ufffd\ufffd\ufffd",  # replacement characters
        "■◆● ▲▼ ✓✗☐ ♦♣♠",  # a symbol font read as dingbats
    ],
)
def test_garbled_text(garbage: str) -> None:
    verdict = judge_text_layer(_words((garbage + " ") * 8), A4)
    assert not verdict.usable and verdict.reason == "garbled_text"


@pytest.mark.parametrize(
    "text",
    [
        "发票号码 2019 年 3 月 14 日 合计 ¥1,234.50 增值税",  # Chinese
        "فاتورة رقم ٢٠١٩ المجموع ١٢٣٤٫٥٠ ريال ضريبة القيمة المضافة",  # Arabic
        "Счёт-фактура № 14 от 14.03.2019 Итого к оплате: 1 234,50 ₽",  # Cyrillic
        "Τιμολόγιο αρ. 14 Ημερομηνία 14/03/2019 Σύνολο: 1.234,50 €",  # Greek
        "Façture n° 14 — échéance 14/03/2019 Größe Straße Total à payer 1 234,50 €",  # accented Latin
        "चालान संख्या १४ कुल राशि ₹१,२३४.५० दिनांक",  # Devanagari: combining vowel signs
        "請求書番号 14 合計金額 ¥1,234 消費税 カタカナ ひらがな",  # Japanese
    ],
)
def test_non_latin_scripts_are_text(text: str) -> None:
    verdict = judge_text_layer(_words((text + " ") * 4), A4)
    assert verdict.usable, verdict


def test_form_with_some_checkboxes_and_symbols_is_usable() -> None:
    words = _words(INVOICE * 3 + "☐ ☑ © ™ °C • →")
    assert judge_text_layer(words, A4).usable


def test_line_printer_rulings_are_not_garbage() -> None:
    words = _words(
        INVOICE * 2 + "┌──────────────────────┐ │ ═══════════════════════ └──────────────────────┘ "
    )
    assert judge_text_layer(words, A4).usable


def test_small_overlay_on_a_page_image() -> None:
    overlay = _words("FAX 14/03/2019 10:22 FROM +60 3 2145 8890 P.001", size=8, top=10)
    overlay += _words("Page 1 of 2", size=8, top=820)
    verdict = judge_text_layer(overlay, A4, [FULL_PAGE_IMAGE])
    assert not verdict.usable and verdict.reason == "image_page_with_overlay"


def test_overlay_on_a_page_image_in_tiles() -> None:
    tiles = [{"x0": 0.0, "top": y, "x1": 595.0, "bottom": y + 210.5} for y in (0.0, 210.5, 421.0, 631.5)]
    overlay = _words("Page 1 of 2 received 14/03/2019", size=8, top=820)
    assert judge_text_layer(overlay, A4, tiles).reason == "image_page_with_overlay"


def test_ocr_text_layer_on_a_page_image_is_usable() -> None:
    """OCRmyPDF and scanner software: a page-size image under invisible words that cover its text."""
    words = _words(INVOICE * 12, size=12)
    assert judge_text_layer(words, A4, [FULL_PAGE_IMAGE]).usable


def test_few_words_beside_a_logo_are_usable() -> None:
    assert judge_text_layer(_words("Page 1 of 2 thank you"), A4, [LOGO]).usable


def test_image_overhanging_the_page_is_clipped() -> None:
    """A logo drawn half off the page covers less of it than its size says."""
    half_off = {"x0": -600.0, "top": 0.0, "x1": 200.0, "bottom": 842.0}
    assert judge_text_layer(_words("Page 1 of 2 thank you"), A4, [half_off]).usable


# --------------------------------------------------------------------------- real PDFs through ingest

LINES = [*inputs.RECEIPT_LINES, "INVOICE 2019-0314 TOTAL DUE 1,234.50"]


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file from object bodies numbered from 1 (object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def identity_h_pdf(lines: list[str], to_unicode_start: int | None) -> bytes:
    """A page of `lines` in a Type0 font (Identity-H), glyph id = character code - 29.

    `to_unicode_start`: None writes no ToUnicode map (pdfminer gives (cid:N)); 0x20 maps the glyphs
    back to their characters; 0xE000 maps them into the private-use area.
    """
    size = 12
    content = bytearray(b"3 w 40 590 480 210 re S\n")  # a frame: a PUA-mapped text renders as nothing
    for row, line in enumerate(lines):
        x = 50.0
        for word in line.split():
            glyphs = "".join(f"{ord(c) - 29:04X}" for c in word)
            content += b"BT /F1 %d Tf 1 0 0 1 %.1f %.1f Tm <%s> Tj ET\n" % (
                size,
                x,
                780 - 20 * row,
                glyphs.encode(),
            )
            x += (len(word) + 1) * size * 0.6
    font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H /DescendantFonts [6 0 R]"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(bytes(content)),
        font + (b" /ToUnicode 8 0 R >>" if to_unicode_start is not None else b" >>"),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica /DW 600 /FontDescriptor 7 0 R"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [0 -200 1000 900]"
        b" /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    if to_unicode_start is not None:
        objects.append(
            _stream(
                b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                b"1 beginbfrange <0003> <005D> <%04X> endbfrange\n"
                b"endcmap CMapName currentdict /CMap defineresource pop end end" % to_unicode_start
            )
        )
    return _pdf(objects)


def scan_pdf(invisible_text: bool = False, overlay: bool = False) -> bytes:
    """A page-size scan image (100 dpi), optionally under its own text as an invisible OCR layer
    (as OCRmyPDF writes it) or with a small visible fax header and footer drawn over it."""
    scale = 0.72  # points per pixel of the 100-dpi scan
    image = inputs.text_page(LINES)
    pdf = FPDF(unit="pt", format=(image.width * scale, image.height * scale))
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=image.width * scale, h=image.height * scale)
    if invisible_text:  # text_page draws line n at y = 60 + 54 n pixels in a 30-pixel font
        pdf.set_font("helvetica", size=30 * scale)
        pdf.text_mode = TextMode.INVISIBLE
        for index, line in enumerate(LINES):
            pdf.text(60 * scale, (60 + 54 * index + 24) * scale, line)
    if overlay:
        pdf.set_font("helvetica", size=7)
        pdf.text(20, 12, "FAX 14/03/2019 10:22 FROM +60 3 2145 8890 P.001")
        pdf.text(pdf.w - 70, pdf.h - 10, "Page 1 of 2")
    return bytes(pdf.output())


def _page(data: bytes, settings=SETTINGS):
    doc = ingest(data, "in.pdf", "file:///in/in.pdf", settings)
    assert len(doc.pages) == 1
    return doc.pages[0]


def test_normal_digital_pdf_stays_digital() -> None:
    page = _page(inputs.digital_pdf_bytes())
    assert page.text_source == "text_layer" and "SUNRISE" in [w.text for w in page.words]


def test_type0_font_with_unicode_map_stays_digital() -> None:
    """The control for the two tests below: the same hand-written font, read correctly."""
    page = _page(identity_h_pdf(LINES, to_unicode_start=0x20))
    assert page.text_source == "text_layer"
    assert {"SUNRISE", "1,234.50"} <= {w.text for w in page.words}


def test_unmapped_glyphs_pdf_is_ocred(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="idp.pipeline.pdf"):
        page = _page(identity_h_pdf(LINES, to_unicode_start=None))
    assert page.text_source == "none" and page.words == []
    assert page.image is not None  # rendered, for OCR
    assert "unmapped_glyphs" in caplog.text


def test_the_check_can_be_switched_off() -> None:
    page = _page(
        identity_h_pdf(LINES, to_unicode_start=None), SETTINGS.model_copy(update={"text_layer_check": False})
    )
    assert page.text_source == "text_layer" and any("(cid:" in w.text for w in page.words)


def test_private_use_text_pdf_is_ocred(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="idp.pipeline.pdf"):
        page = _page(identity_h_pdf(LINES, to_unicode_start=0xE000))
    assert page.text_source == "none" and page.words == []
    assert "garbled_text" in caplog.text


def test_scan_with_a_small_overlay_is_ocred(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="idp.pipeline.pdf"):
        page = _page(scan_pdf(overlay=True))
    assert page.text_source == "none" and page.words == []
    assert "image_page_with_overlay" in caplog.text


def test_scan_with_an_invisible_ocr_layer_stays_digital() -> None:
    page = _page(scan_pdf(invisible_text=True))
    assert page.text_source == "text_layer"
    assert {"SUNRISE", "TOTAL", "11.90"} <= {w.text for w in page.words}


def test_pdf_text_in_other_scripts_stays_digital() -> None:
    face = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # fpdf2 needs a Unicode TrueType font
    if not face.is_file():
        pytest.skip("DejaVuSans.ttf is not installed: no Unicode font to write Cyrillic and Greek with")
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", fname=str(face))
    pdf.set_font("dejavu", size=12)
    pdf.add_page()
    for index, line in enumerate(
        [
            "Счёт-фактура № 14 от 14.03.2019",
            "Итого к оплате: 1 234,50 ₽",
            "Τιμολόγιο αρ. 14 Σύνολο: 1.234,50 €",
        ]
    ):
        pdf.text(20, 30 + 9 * index, line)
    page = _page(bytes(pdf.output()))
    assert page.text_source == "text_layer" and "Итого" in {w.text for w in page.words}


def _turned_pdf(degrees: int) -> bytes:
    """The receipt PDF shown turned by /Rotate: pdfplumber's words then run sideways or reversed."""
    document = pdfium.PdfDocument(inputs.digital_pdf_bytes())
    document[0].set_rotation(degrees)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_turned_page_is_ocred(degrees: int, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="idp.pipeline.pdf"):
        page = _page(_turned_pdf(degrees))
    assert page.text_source == "none" and page.words == []
    assert "turned_text" in caplog.text


def test_turned_page_is_read_upright_by_the_pipeline() -> None:
    """Through the whole processor: the rendered page is turned upright and OCRed."""
    doc = DocumentProcessor(load_config()).process(_turned_pdf(90), "turned.pdf", "mem://turned.pdf")
    words = {w.text for p in doc.pages for w in p.words}
    assert {"SUNRISE", "TOTAL", "11.90"} <= words
    assert doc.pages[0].text_source != "text_layer"
