from __future__ import annotations

import pytest

from idp.config import load_config
from idp.document import QuarantineError, QuarantineReason, Result, document_id_for
from idp.pipeline.ingest import ingest, sniff_media_type
from tests import e_invoices, inputs

SETTINGS = load_config().ingest


def _ingest(data: bytes, name: str, **overrides: object):
    settings = SETTINGS.model_copy(update=overrides) if overrides else SETTINGS
    return ingest(data, name, f"file:///in/{name}", settings)


def _reason(data: bytes, name: str, **overrides: object) -> QuarantineReason:
    with pytest.raises(QuarantineError) as caught:
        _ingest(data, name, **overrides)
    assert caught.value.message  # every quarantine carries a sentence for a person
    return caught.value.reason


@pytest.mark.parametrize(
    ("builder", "name", "media_type"),
    [
        (inputs.png_bytes, "scan.png", "image/png"),
        (inputs.jpeg_bytes, "scan.jpg", "image/jpeg"),
        (inputs.digital_pdf_bytes, "invoice.pdf", "application/pdf"),
        (inputs.scanned_pdf_bytes, "scan.pdf", "application/pdf"),
    ],
)
def test_single_page_inputs(builder, name: str, media_type: str) -> None:
    data = builder()
    doc = _ingest(data, name)
    assert doc.document_id == document_id_for(data)
    assert doc.source.media_type == media_type
    assert doc.source.pages == 1 and len(doc.pages) == 1
    page = doc.pages[0]
    assert page.image is not None and page.image.shape == (page.height, page.width, 3)
    assert page.image.dtype.name == "uint8"


def test_multipage_tiff_has_every_frame() -> None:
    doc = _ingest(inputs.tiff_bytes(pages=2), "fax.tiff")
    assert doc.source.media_type == "image/tiff"
    assert [p.number for p in doc.pages] == [1, 2]


def test_digital_pdf_keeps_text_layer_with_word_boxes() -> None:
    doc = _ingest(inputs.digital_pdf_bytes(pages=2), "invoice.pdf")
    assert len(doc.pages) == 2
    page = doc.pages[0]
    assert page.text_source == "text_layer"
    texts = [w.text for w in page.words]
    assert "11.90" in texts and "SUNRISE" in texts
    for word in page.words:
        x0, y0, x1, y1 = word.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height
    # "TOTAL" sits below "SUNRISE" on the rendered page
    top = {w.text: w.bbox[1] for w in page.words}
    assert top["TOTAL"] > top["SUNRISE"]


def test_scanned_pdf_has_no_text_layer() -> None:
    doc = _ingest(inputs.scanned_pdf_bytes(), "scan.pdf")
    assert doc.pages[0].text_source == "none" and doc.pages[0].words == []


def test_same_bytes_same_id_whatever_the_name() -> None:
    data = inputs.png_bytes()
    assert _ingest(data, "a.png").document_id == _ingest(data, "other/b.png").document_id


def test_empty_file() -> None:
    assert _reason(b"", "empty.png") == QuarantineReason.empty


def test_text_file_is_unsupported() -> None:
    assert _reason(b"hello, this is a note\n", "notes.txt") == QuarantineReason.unsupported_type


def test_garbage_named_pdf_is_corrupt() -> None:
    assert _reason(b"\x00\x01garbage" * 50, "invoice.pdf") == QuarantineReason.corrupt


def test_corrupt_pdf_body() -> None:
    data = b"%PDF-1.4\n" + b"\x00this is not a pdf body\x00" * 40 + b"\n%%EOF\n"
    assert _reason(data, "broken.pdf") == QuarantineReason.corrupt


def test_truncated_pdf() -> None:
    data = inputs.digital_pdf_bytes()
    assert _reason(data[: len(data) // 2], "cut.pdf") == QuarantineReason.truncated


def test_truncated_jpeg() -> None:
    data = inputs.jpeg_bytes()
    assert _reason(data[: len(data) // 2], "cut.jpg") in (
        QuarantineReason.truncated,
        QuarantineReason.corrupt,
    )


def test_encrypted_pdf() -> None:
    assert _reason(inputs.digital_pdf_bytes(password="secret"), "locked.pdf") == QuarantineReason.encrypted


def test_pdf_with_only_an_owner_password_is_read() -> None:
    """ERP systems often lock printing or copying with an owner password: anyone may open and read it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    for index, line in enumerate(inputs.RECEIPT_LINES):
        pdf.text(20, 30 + 9 * index, line)
    pdf.set_encryption(owner_password="owner-secret", user_password="")
    doc = ingest(bytes(pdf.output()), "permissions.pdf", "file:///permissions.pdf", load_config().ingest)
    assert doc.pages[0].text_source == "text_layer" and "SUNRISE" in [w.text for w in doc.pages[0].words]


def test_decompression_bomb() -> None:
    assert _reason(inputs.bomb_png_bytes(), "bomb.png") == QuarantineReason.too_many_pixels


def test_configurable_pixel_limit() -> None:
    assert _reason(inputs.png_bytes(), "big.png", max_page_pixels=10_000) == QuarantineReason.too_many_pixels


def test_pdf_over_page_limit() -> None:
    data = inputs.digital_pdf_bytes(pages=3)
    assert _reason(data, "long.pdf", max_pages=2) == QuarantineReason.too_many_pages


def test_tiff_over_page_limit() -> None:
    assert _reason(inputs.tiff_bytes(pages=3), "long.tif", max_pages=2) == QuarantineReason.too_many_pages


def test_file_over_size_limit() -> None:
    assert _reason(inputs.png_bytes(), "big.png", max_file_bytes=100) == QuarantineReason.too_large


def test_sniffing_ignores_the_name() -> None:
    assert sniff_media_type(inputs.png_bytes()) == "image/png"
    assert sniff_media_type(inputs.tiff_bytes()) == "image/tiff"
    assert sniff_media_type(b"plain words") is None


def test_blank_image_is_empty() -> None:
    blank = inputs.image_bytes(inputs.Image.new("RGB", (800, 1000), (250, 250, 248)), "PNG")
    assert _reason(blank, "blank.png") == QuarantineReason.empty


def test_noisy_blank_scan_is_empty_but_sparse_text_is_not() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    noise = np.clip(235 + rng.normal(0, 6, (1000, 800, 3)), 0, 255).astype("uint8")
    assert (
        _reason(inputs.image_bytes(inputs.Image.fromarray(noise), "PNG"), "scan.png")
        == QuarantineReason.empty
    )
    sparse = inputs.image_bytes(inputs.text_page(["PAID 12.00"]), "PNG")
    assert len(_ingest(sparse, "sparse.png").pages) == 1


def test_a_fax_in_normal_mode_is_stretched_to_square_pixels() -> None:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("1", (800, 500), 1)  # 200 x 100 dpi: a page 4 inches wide and 5 tall
    ImageDraw.Draw(image).rectangle((100, 100, 300, 150), fill=0)
    buf = io.BytesIO()
    image.save(buf, format="TIFF", dpi=(200, 100), compression="group4")
    page = next(iter(_ingest(buf.getvalue(), "fax.tif").pages))
    assert (page.width, page.height) == (800, 1000) and page.dpi == 200
    assert page.image is not None and page.image[250:290, 150:250].mean() < 64  # the box, twice as tall
    square = io.BytesIO()
    image.save(square, format="TIFF", dpi=(200, 200))
    assert next(iter(_ingest(square.getvalue(), "scan.tif").pages)).height == 500


def test_xml_attached_to_a_pdf_is_kept_as_text() -> None:
    xml = e_invoices.cii_xml(e_invoices.Invoice(seller="Müller & Söhne GmbH"))
    doc = _ingest(e_invoices.hybrid_pdf_bytes(["RECHNUNG RE-1"] * 6, xml), "hybrid.pdf")
    assert [a.name for a in doc.attachments] == ["factur-x.xml"]
    assert "Müller &amp; Söhne GmbH" in doc.attachments[0].text
    assert "attachments" not in Result.model_json_schema()["properties"]  # not part of the contract


def test_attachments_over_the_limit_or_not_xml_are_not_kept() -> None:
    xml = e_invoices.cii_xml(e_invoices.Invoice())
    data = e_invoices.hybrid_pdf_bytes(["RECHNUNG RE-1"] * 6, xml)
    assert _ingest(data, "hybrid.pdf", max_attachment_bytes=len(xml) - 1).attachments == []
    assert _ingest(data, "hybrid.pdf", max_attachment_bytes=0).attachments == []
    logo = e_invoices.hybrid_pdf_bytes(["RECHNUNG RE-1"] * 6, inputs.png_bytes(["LOGO"]), "logo.png")
    assert _ingest(logo, "logo.pdf").attachments == []


@pytest.mark.parametrize("build", [e_invoices.cii_xml, e_invoices.ubl_xml])
def test_an_xml_e_invoice_alone_is_the_input_and_its_pages_are_drawn_from_it(build) -> None:
    xml = build(e_invoices.Invoice(seller="Øresund Ærø ApS")).encode()
    doc = _ingest(xml, "INV-0815.xml")
    assert doc.source.media_type == "application/xml" and doc.source.pages == len(doc.pages) >= 1
    assert [(a.name, a.is_input) for a in doc.attachments] == [("INV-0815.xml", True)]
    text = " ".join(w.text for p in doc.pages for w in p.words)
    assert doc.pages[0].text_source == "text_layer" and doc.pages[0].image is not None
    assert "RE-2024-0815" in text and "Øresund" in text and "428.40" in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'<?xml version="1.0"?><Invoice><ID>1</ID>', QuarantineReason.corrupt),  # cut off
        (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', QuarantineReason.unsupported_type),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', QuarantineReason.corrupt),
        (b"<html><body><p>an e-mail's HTML part</body></html>", QuarantineReason.unsupported_type),
    ],
)
def test_xml_that_cannot_be_read_safely_is_quarantined(data: bytes, reason: QuarantineReason) -> None:
    assert _reason(data, "in.xml" if reason == QuarantineReason.corrupt else "in.dat") == reason
