"""An invoice inside what it came in (wrapper.py): a cover letter or reminder page before it, a printed
e-mail's header over it; the fields are the invoice's, not the wrapper's."""

from __future__ import annotations

from idp.extractors import build_lines, extract_document
from idp.extractors.wrapper import invoice_start
from tests.extractors.builders import make_doc, words_at

Rows = list[tuple[float, list[tuple[float, str]]]]


def _doc(*pages: Rows):
    return make_doc(
        [[w for y, cells in rows for x, text in cells for w in words_at(text, x, y)] for rows in pages],
        800,
        900,
    )


INVOICE_PAGE: Rows = [
    (20, [(20, "Elektro Brandauer GmbH · Industriestraße 14 · 90441 Nürnberg")]),
    (70, [(20, "Schreinerei Lindner KG"), (450, "Rechnungsnummer RE-2025-1478")]),
    (95, [(20, "Am Sandberg 7"), (450, "Rechnungsdatum 25.09.2025")]),
    (150, [(20, "Rechnung")]),
    (200, [(20, "Elektroinstallation Werkhalle"), (600, "13.440,74 €")]),
    (250, [(20, "Nettobetrag"), (600, "13.440,74 €")]),
    (275, [(20, "USt 19 %"), (600, "2.553,74 €")]),
    (300, [(20, "Gesamtbetrag"), (600, "15.994,48 €")]),
]


def test_a_cover_letter_before_the_invoice_dates_nothing() -> None:
    letter: Rows = [
        (20, [(20, "Elektro Brandauer GmbH · Industriestraße 14 · 90441 Nürnberg")]),
        (70, [(20, "Schreinerei Lindner KG")]),
        (95, [(20, "Am Sandberg 7"), (450, "Datum 26.09.2025")]),
        (150, [(20, "Schlussrechnung Nr. RE-2025-1478")]),
        (190, [(20, "Sehr geehrte Damen und Herren,")]),
        (
            215,
            [
                (
                    20,
                    "anbei unsere Schlussrechnung; den Betrag von 9.596,69 € bitten wir zu überweisen.",
                )
            ],
        ),
        (260, [(20, "Mit freundlichen Grüßen")]),
    ]
    f = extract_document(_doc(letter, INVOICE_PAGE)).fields
    assert (f["date"].value, f["invoice_number"].value, f["total"].value) == (
        "2025-09-25",
        "RE-2025-1478",
        "15994.48",
    )
    assert f["date"].page == 2


def test_a_printed_e_mails_header_names_no_vendor() -> None:
    mail: Rows = [
        (20, [(20, "Gmail"), (450, "Marcus Lee <marcus.lee@wattlegrove.com.au>")]),
        (45, [(20, "Tax Invoice INV-00004086 from Bluegum Plumbing Pty Ltd")]),
        (
            70,
            [(20, "Bluegum Plumbing <accounts@bluegumplumbing.com.au>"), (450, "Tue, 8 Jul 2025 at 3:27 pm")],
        ),
        (95, [(20, "To: Marcus Lee <marcus.lee@wattlegrove.com.au>")]),
        (120, [(20, "Hi Marcus, please find below your tax invoice.")]),
        (160, [(20, "TAX INVOICE")]),
        (185, [(20, "Bluegum Plumbing Pty Ltd")]),
        (210, [(20, "Invoice number: INV-00004086")]),
        (235, [(20, "Invoice date: 3 Jul 2025")]),
        (280, [(20, "Blocked drain cleared"), (600, "$823.30")]),
        (330, [(20, "Total (incl. GST) AUD"), (600, "$823.30")]),
    ]
    doc = _doc(mail)
    gmail = doc.pages[0].words[0]  # the mail program's logo, in large type
    gmail.bbox = (gmail.bbox[0], gmail.bbox[1] - 10, gmail.bbox[2] + 20, gmail.bbox[3])
    f = extract_document(doc).fields
    assert f["vendor_name"].value == "Bluegum Plumbing Pty Ltd" and f["date"].value == "2025-07-03"


def test_a_reminder_before_a_copy_of_the_invoice() -> None:
    reminder: Rows = [
        (20, [(20, "Shannonside Office Supplies Limited")]),
        (70, [(20, "Date: 09/07/2025")]),
        (95, [(20, "PAYMENT REMINDER - SECOND NOTICE")]),
        (120, [(20, "Dear Sir or Madam,")]),
        (145, [(20, "Invoice"), (200, "Invoice date"), (400, "Amount")]),
        (170, [(20, "SOS-22523"), (200, "15/05/2025"), (400, "€2,983.97")]),
        (195, [(20, "Total now due"), (400, "€3,044.71")]),
    ]
    invoice: Rows = [
        (20, [(20, "Shannonside Office Supplies Limited")]),
        (70, [(20, "INVOICE (COPY)")]),
        (95, [(20, "Invoice No. SOS-22523")]),
        (120, [(20, "Invoice Date 15/05/2025")]),
        (170, [(20, "Office chair, ergonomic mesh"), (600, "€2,983.97")]),
        (220, [(20, "Invoice Total"), (600, "€2,983.97")]),
    ]
    f = extract_document(_doc(reminder, invoice)).fields
    assert (f["date"].value, f["total"].value) == ("2025-05-15", "2983.97")


def test_a_letterhead_above_the_title_is_the_invoices_own() -> None:
    doc = build_lines(_doc(INVOICE_PAGE))
    assert invoice_start(doc.lines) == 0
