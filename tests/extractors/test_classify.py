from __future__ import annotations

import pytest

from idp.document import DocType
from idp.extractors import build_lines, classify
from tests.extractors.builders import doc_from_rows, make_doc, receipt_rows

INVOICE = [
    (20, [(20, "ACME SUPPLIES LLC"), (420, "INVOICE")]),
    (45, [(20, "100 Main Street"), (380, "Invoice No: INV-2041")]),
    (70, [(20, "Springfield, IL 62701"), (380, "Invoice Date: 03/08/2020")]),
    (95, [(380, "Due Date: 04/07/2020")]),
    (130, [(20, "Bill To:"), (380, "Terms: Net 30")]),
    (155, [(20, "Globex Corporation")]),
    (200, [(20, "Description"), (300, "Qty"), (380, "Rate"), (480, "Amount")]),
    (225, [(20, "Consulting services"), (300, "10"), (380, "$150.00"), (480, "$1,500.00")]),
    (270, [(380, "Subtotal"), (480, "$1,500.00")]),
    (295, [(380, "Tax"), (480, "$0.00")]),
    (320, [(380, "Amount Due"), (480, "$1,500.00")]),
]
CLAIM = [
    (20, [(20, "MOTOR INSURANCE CLAIM FORM")]),
    (50, [(20, "Policy Number: PX-449102")]),
    (75, [(20, "Claimant: Jane Doe")]),
    (100, [(20, "Date of Loss: 02/11/2021")]),
    (125, [(20, "Description of the accident:")]),
    (150, [(20, "Rear-ended at a junction, minor injury")]),
]
FORM = [
    (20, [(20, "APPLICATION FORM")]),
    (50, [(20, "Name:")]),
    (75, [(20, "Address:")]),
    (100, [(20, "Date of Birth:")]),
    (125, [(20, "Phone:")]),
    (150, [(20, "[ ] Yes"), (120, "[ ] No")]),
    (200, [(20, "Signature:")]),
]


@pytest.mark.parametrize(
    ("rows", "expected", "width", "height"),
    [
        (receipt_rows(), DocType.receipt, 600, 1200),
        (INVOICE, DocType.invoice, 600, 800),
        (CLAIM, DocType.claim, 600, 800),
        (FORM, DocType.form, 600, 800),
    ],
)
def test_classify_small_layouts(rows, expected: DocType, width: int, height: int) -> None:
    result = classify(build_lines(doc_from_rows(rows, width, height)))
    assert result.value == expected
    assert 0.3 < result.confidence <= 1.0


def test_few_cues_is_other_and_empty_is_other() -> None:
    weak = classify(build_lines(doc_from_rows([(20, [(20, "Meeting notes")]), (45, [(20, "Bring slides")])])))
    assert weak.value == DocType.other
    empty = classify(build_lines(make_doc([[]])))
    assert empty.value == DocType.other and 0 <= empty.confidence <= 1


def test_tax_invoice_receipt_is_still_a_receipt() -> None:
    rows = [*receipt_rows(), (530, [(20, "Invoice #: OR18030502160349")])]
    assert classify(build_lines(doc_from_rows(rows))).value == DocType.receipt


def test_an_insurance_brokers_debit_note_is_an_invoice() -> None:
    rows = [
        (20, [(20, "Harrowgate Insurance Brokers Ltd")]),
        (50, [(20, "DEBIT NOTE / INVOICE")]),
        (80, [(20, "Invoice No. DN-25-58694"), (300, "Insured Brightwater Dental Group Ltd")]),
        (105, [(20, "Date 27 July 2025"), (300, "Policy No. POL/CC/2025/841505")]),
        (130, [(20, "Insurer Meridian Underwriting")]),
        (170, [(20, "Commercial Combined - annual premium"), (450, "£8,568.38")]),
        (195, [(20, "Insurance Premium Tax @ 12%"), (450, "£1,028.21")]),
        (220, [(20, "Total payable"), (450, "£9,596.59")]),
        (260, [(20, "Payment due by 10 August 2025.")]),
    ]
    assert classify(build_lines(doc_from_rows(rows, 720, 800))).value == DocType.invoice


def test_a_lawyers_fee_note_is_an_invoice() -> None:
    rows = [
        (20, [(20, "Leitner & Partner Rechtsanwälte OG")]),
        (60, [(20, "HONORARNOTE Nr. 2025/0891")]),
        (100, [(20, "Honorar"), (450, "3.312,95")]),
        (125, [(20, "Zwischensumme netto"), (450, "3.625,95")]),
        (150, [(20, "20 % USt"), (450, "662,59")]),
        (175, [(20, "Gesamtbetrag"), (450, "4.288,54")]),
    ]
    assert classify(build_lines(doc_from_rows(rows, 600, 800))).value == DocType.invoice


def test_a_till_roll_headed_tax_invoice_is_a_receipt() -> None:
    """Few receipt words, several invoice words: the till roll's shape (three times as tall as wide)
    decides. The same rows on a wide page read as an invoice."""
    roll = [
        (20, [(40, "KEDAI RUNCIT MAJU")]),
        (45, [(40, "NO 3 JALAN BESAR")]),
        (70, [(40, "TAX INVOICE")]),
        (95, [(40, "Invoice No: 10045")]),
        (120, [(40, "Date: 12/03/2018")]),
        *[(150 + 25 * i, [(40, f"ITEM {i}"), (170, "2.50")]) for i in range(14)],
        (520, [(40, "TOTAL"), (170, "35.00")]),
        (545, [(40, "GST 6%"), (170, "1.98")]),
    ]
    assert classify(build_lines(doc_from_rows(roll, 600, 700))).value == DocType.receipt
    wide = [(y, [(x * 3, text) for x, text in cells]) for y, cells in roll if y < 150 or y >= 520]
    assert classify(build_lines(doc_from_rows(wide, 800, 700))).value == DocType.invoice


def test_cue_words_read_without_their_accents_still_count() -> None:
    """OCR drops diacritics: 'HÓA ĐON' is the cue 'hóa đơn' (VAT invoice, Vietnamese)."""
    rows = [
        (20, [(20, "HÓA ĐON GIÁ TR GIA TÃNG")]),
        (45, [(20, "Ngày 28 tháng 07 năm 2025")]),
        (70, [(20, "Đon v bán hàng: CÔNG TY SAO VIT")]),
        (120, [(20, "1 Máy in laser A4"), (300, "4"), (400, "760.000"), (500, "3.040.000")]),
        (145, [(20, "Cng tin hàng"), (500, "3.040.000")]),
    ]
    assert classify(build_lines(doc_from_rows(rows))).value == DocType.invoice
