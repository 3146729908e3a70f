"""Documents that look like invoices and call themselves something else are no invoices."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from idp.config import load_config
from idp.document import Word
from idp.extractors import build_lines, classify
from idp.extractors.doc_titles import lookalike_kind
from idp.extractors.schema import load_doc_type_schemas
from idp.pipeline.processor import DocumentProcessor
from tests.extractors.builders import make_doc, words_at
from tests.extractors.test_schema import DELIVERY_NOTE, _copy_defaults

BODY = [
    (20, "Northwind Joinery Ltd"),
    (45, "14 Mill Lane, Leeds LS1 4AB"),
    (70, "VAT Reg. GB 123 4567 89"),
    (170, "Bill To"),
    (195, "Harbour Cafe Ltd, 2 Quay Street, Hull"),
    (240, "Date 14/03/2025"),
    (280, "Description Qty Unit price Amount"),
    (305, "Oak shelving 4 120.00 480.00"),
    (330, "Fitting 6 35.00 210.00"),
    (370, "Subtotal 690.00"),
    (395, "VAT 20% 138.00"),
    (420, "Total GBP 828.00"),
    (460, "Payment terms: 30 days net"),
]


def _doc(title: str, *, large: bool = True, extra: list[tuple[float, str]] = (), pages: int = 1):  # type: ignore[assignment]
    """The invoice-like body above under ``title`` (large type or body type, alone on its line)."""
    height, width = (40.0, 20.0) if large else (20.0, 10.0)
    words: list[Word] = words_at(title, 300, 110, h=height, char_w=width)
    for y, text in [*BODY, *extra]:
        words += words_at(text, 20, y)
    return build_lines(make_doc([words] + [[] for _ in range(pages - 1)]))


def test_a_quotation_with_everything_an_invoice_prints_is_other() -> None:
    schemas = load_doc_type_schemas()
    invoice = _doc("INVOICE")
    assert classify(invoice).value == "invoice"  # the body alone reads as an invoice
    quotation = _doc("QUOTATION")
    assert lookalike_kind(quotation, schemas) == "quotation"
    got = classify(quotation)
    assert (got.value, got.confidence) == ("other", 0.9)


def test_a_title_in_body_type_alone_on_its_line_with_its_number() -> None:
    assert lookalike_kind(_doc("Angebot Nr. 2025-117", large=False), load_doc_type_schemas()) == "quotation"
    assert classify(_doc("Lieferschein 4471", large=False)).value == "other"
    assert classify(_doc("PURCHASE ORDER #4500012345")).value == "other"


def test_references_to_other_documents_keep_an_invoice_an_invoice() -> None:
    extra = [(135, "Delivery Note: DN-4471"), (150, "Quote reference Q-1041")]
    assert classify(_doc("Invoice 2025-044", large=False, extra=extra)).value == "invoice"
    # a quotation named in the head of an invoice titled in large type
    assert classify(_doc("INVOICE", extra=[(135, "Quotation Q-2025-0412")])).value == "invoice"
    # an advance invoice in body type that names the quotation it bills
    advance = _doc("Facture d'acompte N° FA-2025-0885", large=False, extra=[(135, "Devis n° D-2025-372")])
    assert classify(advance).value == "invoice"


def test_a_scan_whose_title_shares_a_line_with_the_letterhead() -> None:
    """OCR reads ``Northwind Joinery Ltd  INVOICE`` as one line, a little taller than the body."""
    words = words_at("Northwind Joinery Ltd INVOICE", 20, 110, h=26)
    for y, text in [*BODY, (140, "Delivery docket 87317")]:
        words += words_at(text, 20, y)
    assert classify(build_lines(make_doc([words]))).value == "invoice"
    plain = words_at("Northwind Joinery Ltd", 20, 110)
    for y, text in [*BODY, (140, "Delivery docket 87317")]:
        plain += words_at(text, 20, y)
    assert classify(build_lines(make_doc([plain]))).value == "other"


def test_a_reminder_with_the_invoice_it_chases_is_an_invoice() -> None:
    letter = words_at("PAYMENT REMINDER", 200, 110, h=40, char_w=20)
    letter += words_at("Our invoice 2025-044 of 14/03/2025 for GBP 828.00 is overdue.", 20, 200)
    invoice = words_at("INVOICE 2025-044", 300, 110, h=40, char_w=20)
    for y, text in BODY:
        invoice += words_at(text, 20, y)
    assert classify(build_lines(make_doc([letter, invoice]))).value == "invoice"
    assert classify(build_lines(make_doc([letter]))).value == "other"


def test_a_purchase_order_pdf_goes_to_a_person_not_to_payment() -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for y, text in [(20, "Harbour Cafe Ltd"), (26, "2 Quay Street, Hull HU1 1AA")]:
        pdf.text(20, y, text)
    pdf.set_font("helvetica", "B", size=20)
    pdf.text(120, 24, "PURCHASE ORDER")
    pdf.set_font("helvetica", size=10)
    for k, (_, text) in enumerate(BODY):
        pdf.text(20, 45 + 7 * k, text.replace("Bill To", "Supplier"))
    doc = DocumentProcessor(load_config()).process(bytes(pdf.output()), "po.pdf", "mem://po.pdf")
    assert doc.doc_type.value == "other"
    assert set(doc.fields) == {"document_kind"} and doc.fields["document_kind"].value == "purchase_order"
    assert doc.review is not None and doc.review.reasons == ["not_a_known_type:purchase_order"]


def test_a_lookalike_configured_as_a_type_of_its_own_is_that_type(tmp_path: Path) -> None:
    folder = _copy_defaults(tmp_path)
    (folder / "delivery_note.yaml").write_text(DELIVERY_NOTE)
    schemas = load_doc_type_schemas(folder)
    title = words_at("DELIVERY NOTE", 300, 20, h=40, char_w=20)
    rows = ["Lieferschein-Nr.: DN-2024-0815", "Lieferdatum: 14.03.2024", "Consignee: Contoso Retail Ltd"]
    words = title + [w for k, text in enumerate(rows) for w in words_at(text, 20, 80 + 25 * k)]
    doc = build_lines(make_doc([words]))
    assert lookalike_kind(doc, load_doc_type_schemas()) == "delivery_note"
    assert lookalike_kind(doc, schemas) is None
    assert classify(doc, schemas).value == "delivery_note"
