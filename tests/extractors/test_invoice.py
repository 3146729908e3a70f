from __future__ import annotations

from idp.document import DocType, Word
from idp.extractors import extract_document
from idp.extractors.layout import build_lines
from idp.extractors.legal_entity import legal_name
from tests.extractors.builders import doc_from_rows, make_doc, words_at
from tests.extractors.test_classify import INVOICE


def test_label_value_invoice() -> None:
    doc = extract_document(doc_from_rows(INVOICE, 600, 800))
    assert doc.doc_type.value == DocType.invoice
    f = doc.fields
    assert f["invoice_number"].value == "INV-2041"
    assert f["total"].value == "1500.00" and f["total"].raw == "$1,500.00"
    assert f["currency"].value == "USD"
    assert f["date"].value == "2020-03-08"  # the invoice date, not the due date; month first with USD
    assert f["customer_name"].value == "Globex Corporation"  # the line under "Bill To:"
    assert f["vendor_name"].value == "ACME SUPPLIES LLC"
    for name, field in f.items():
        assert field.source == f"rule:invoice.{name}" and 0 <= field.confidence <= 1
    assert {r.rule: r.passed for r in doc.validation}["subtotal_plus_tax_equals_total"] is True


def test_values_under_a_row_of_column_labels() -> None:
    rows = [
        (20, [(250, "INVOICE")]),
        (50, [(20, "WXYZ-TV"), (220, "Invoice #"), (380, "Invoice Date"), (560, "Invoice Month")]),
        (75, [(20, "PO Box 809291"), (220, "692444-2"), (380, "05/24/20"), (560, "May 2020")]),
        (110, [(220, "Advertiser"), (380, "Product"), (560, "Estimate")]),
        (135, [(20, "Billing:"), (220, "Jane Smith for Mayor"), (460, "MAYOR 2020")]),
        (300, [(20, "Payment Terms 30 Days"), (380, "Gross Total"), (560, "$2,437.00")]),
        (325, [(380, "Agency Commission"), (560, "($365.55)")]),
        (350, [(380, "Net Total"), (560, "$2,071.45")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["invoice_number"].value == "692444-2"
    assert f["customer_name"].value == "Jane Smith for Mayor"
    assert f["total"].value == "2437.00"  # gross, the largest of the labelled totals
    assert f["date"].value == "2020-05-24"


def test_value_runs_into_next_label_is_cut() -> None:
    rows = [
        (20, [(250, "INVOICE")]),
        (50, [(20, "KTMD"), (360, "Invoice #"), (480, "HO20030011")]),
        (75, [(20, "P.O. BOX 419306"), (220, "Advertiser")]),
        (75, [(360, "SHEILA LEE FOR CONGRESS Invoice Date"), (760, "03/29/20")]),
        (300, [(360, "Gross Total"), (560, "$2,715.00")]),
    ]
    f = extract_document(doc_from_rows(rows, 900, 800)).fields
    assert f["customer_name"].value == "SHEILA LEE FOR CONGRESS"
    assert f["invoice_number"].value == "HO20030011"


def test_a_brand_letterhead_takes_the_legal_form_printed_elsewhere() -> None:
    doc = build_lines(
        doc_from_rows(
            [
                (20, [(20, "Park Hotel Luzern")]),
                (45, [(20, "Park Hotel Luzern AG · Industriestrasse 154 · 6003 Luzern")]),
            ]
        )
    )
    assert legal_name(doc.lines, "Park Hotel Luzern") == "Park Hotel Luzern AG"
    assert legal_name(doc.lines, "Industriestrasse") == "Industriestrasse"  # nothing to add
    assert legal_name(doc.lines, "Acme Ltd") == "Acme Ltd"  # has one already


def test_a_hash_number_under_the_title_is_the_invoice_number() -> None:
    """Accounting software prints "TAX INVOICE" over "# INV-029921" with no label; a "#" heading the
    items' column is no number."""
    rows = [
        (20, [(20, "Vedanta Cloud Solutions Private Limited"), (450, "TAX INVOICE")]),
        (45, [(20, "184, Anna Salai, Chennai"), (450, "# INV-029921")]),
        (70, [(20, "Bill To"), (450, "Invoice Date : 23/12/2024")]),
        (95, [(20, "Prakash Traders")]),
        (140, [(20, "#"), (60, "Item & Description"), (450, "Amount")]),
        (165, [(20, "1"), (60, "Cloud hosting"), (450, "17,94,908.00")]),
        (205, [(300, "Total"), (450, "Rs. 17,94,908.00")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["invoice_number"].value == "INV-029921"
    assert f["invoice_number"].source.endswith("+hash")


DENTAL = [
    (20, [(20, "Smile Street Dental")]),
    (45, [(20, "S & K Oral Health Pty Ltd ABN 87 337 449 968")]),
    (70, [(20, "85 Elm Avenue"), (420, "TAX INVOICE / RECEIPT")]),
    (95, [(20, "Parramatta NSW 2150")]),
    (130, [(20, "Invoice No: 47768")]),
    (155, [(20, "Date: 05/01/2025")]),
    (200, [(20, "Item"), (300, "Description"), (480, "Fee")]),
    (225, [(20, "531"), (300, "Adhesive restoration"), (480, "$191.00")]),
    (250, [(20, "011"), (300, "Oral examination"), (480, "$88.00")]),
    (290, [(380, "Subtotal"), (480, "$279.00")]),
    (315, [(380, "GST"), (480, "$0.00")]),
    (340, [(380, "Total (incl. GST)"), (480, "$279.00")]),
    (365, [(380, "Less paid - EFTPOS"), (480, "-$279.00")]),
    (390, [(380, "Balance owing"), (480, "$0.00")]),
]


def test_a_practice_invoice_names_the_company_under_its_trading_name() -> None:
    """ "TAX INVOICE / RECEIPT" with a balance owing is an invoice; its vendor is the company printed
    under the practice's trading name, not the trading name."""
    doc = extract_document(doc_from_rows(DENTAL, 720, 800))
    assert doc.doc_type.value == DocType.invoice
    f = doc.fields
    assert f["vendor_name"].value == "S & K Oral Health Pty Ltd"
    assert f["invoice_number"].value == "47768"
    assert f["total"].value == "279.00" and f["tax"].value == "0.00"


def test_an_address_under_a_trading_name_is_no_company() -> None:
    """``3511 AB Utrecht``: AB is a legal form only in a name, not in a postcode."""
    rows = [
        (90, [(420, "FACTUUR")]),
        (115, [(380, "Factuurnummer: 2024-118")]),
        (290, [(380, "Totaal"), (480, "€ 605,00")]),
    ]
    words = words_at("Studio Bakker", 20, 20, h=32, char_w=16)
    words += words_at("Dorpsstraat 47 · 3511 AB Utrecht", 20, 58)
    words += [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    assert extract_document(make_doc([words], 720, 800)).fields["vendor_name"].value == "Studio Bakker"


def test_a_receipt_title_and_a_paid_mark_are_no_vendor() -> None:
    """A payment platform's receipt: the big "Receipt" is a title, the brand takes the company name
    printed below it (two more capitalised words before the form), and a "PAID" mark is no name."""
    words = words_at("Receipt", 20, 20, h=34, char_w=18) + words_at("Loomwork", 420, 20, h=34, char_w=18)
    words += words_at("PAID", 420, 70, h=40, char_w=22)
    rows = [
        (130, [(20, "Invoice number F33C825A-0009")]),
        (155, [(20, "Date paid November 30, 2024")]),
        (190, [(20, "Loomwork Labs, Inc."), (380, "Bill to")]),
        (215, [(20, "94 Harbour Rd"), (380, "Claire Dubois")]),
        (290, [(380, "Total"), (480, "€792.00")]),
    ]
    words += [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    f = extract_document(make_doc([words], 720, 800)).fields
    assert f["vendor_name"].value == "Loomwork Labs, Inc."
    assert legal_name(build_lines(make_doc([words], 720, 800)).lines, "Claire") == "Claire"


def test_a_bare_number_label_numbers_the_invoice() -> None:
    """``Nummer 2025/8721`` under the title FACTUUR, or ``Nummer`` heading a row of labels over its
    values; not a customer number, and not a number inside a phrase (``Number of pages 2``)."""
    title = words_at("FACTUUR", 420, 10, h=34, char_w=18)
    head = [(20, [(20, "Studio Bakker")]), (45, [(20, "Number of pages 2")])]
    tail = [(290, [(380, "Totaal"), (480, "€ 605,00")])]

    def fields(rows):
        words = [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
        return extract_document(make_doc([title + words], 720, 800)).fields

    f = fields([*head, (70, [(380, "Nummer 2025/8721")]), (95, [(380, "Klantnummer 653294")]), *tail])
    assert f["invoice_number"].value == "2025/8721" and f["invoice_number"].source.endswith("+bare")
    grid = [
        *head,
        (70, [(20, "Nummer"), (200, "Datum"), (380, "Klantnummer")]),
        (95, [(20, "INV-072615"), (200, "22-09-2026"), (380, "54400")]),
        *tail,
    ]
    assert fields(grid)["invoice_number"].value == "INV-072615"
    assert "invoice_number" not in fields(head + tail)


def test_the_seller_beside_the_recipient_block_and_a_sender_line() -> None:
    """The recipient's label opens only its own column: the seller printed to its right is the
    vendor; a sender line over the address window is cut at its separators."""
    right = [
        (20, [(20, "Rechnungsempfänger:"), (400, "Donau Feinkost Handels GmbH")]),
        (45, [(20, "Hotel Seewinkel GmbH"), (400, "Lindengasse 17")]),
        (70, [(20, "Seestraße 3"), (400, "1070 Wien")]),
        (110, [(20, "Rechnung Nr. RE2025/5588")]),
        (290, [(380, "Rechnungsbetrag EUR"), (560, "1.258,25")]),
    ]
    assert extract_document(doc_from_rows(right, 720, 800)).fields["vendor_name"].value == (
        "Donau Feinkost Handels GmbH"
    )
    sender = [
        (20, [(20, "Rechnungs-Nr. 2025-0440")]),
        (45, [(20, "Elektro Hofmann GmbH · Gewerbering 12 · 34117 Kassel")]),
        (70, [(20, "Herrn Thomas Weidner"), (400, "Rechnungsdatum 29.10.2025")]),
        (110, [(20, "Schlussrechnung 2025-0440")]),
        (240, [(380, "Summe netto"), (560, "16.996,73 €")]),
        (265, [(380, "zzgl. 19 % USt."), (560, "3.229,38 €")]),
        (290, [(380, "Gesamtbetrag brutto"), (560, "20.226,11 €")]),
    ]
    assert extract_document(doc_from_rows(sender, 720, 800)).fields["vendor_name"].value == (
        "Elektro Hofmann GmbH"
    )


def test_a_utility_bill_is_numbered_and_totalled_by_its_own_charges() -> None:
    """'Bill number' numbers it; its total is this bill's charges, not the amount due with the
    previous balance; 'VAT at 5% on £252.07' names the base, the tax is after it."""
    rows = [
        (20, [(20, "Northshore Energy Supply Ltd")]),
        (60, [(20, "Account number"), (250, "9426 9926 952")]),
        (85, [(20, "Bill number"), (250, "34429222100")]),
        (110, [(20, "Bill date"), (250, "8 June 2025")]),
        (150, [(20, "Balance from your last bill"), (450, "£101.38")]),
        (175, [(20, "Payment received - thank you"), (450, "-£84.77")]),
        (200, [(20, "Total charges this bill"), (450, "£264.67")]),
        (225, [(20, "Total amount due"), (450, "£281.28")]),
        (300, [(20, "Gas 1500 kWh x 6.34p"), (450, "252.07")]),
        (325, [(20, "Total charges before VAT"), (450, "252.07")]),
        (350, [(20, "VAT at 5% on £252.07"), (450, "12.60")]),
        (375, [(20, "Total charges this bill"), (450, "264.67")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["invoice_number"].value == "34429222100"
    assert (f["total"].value, f["subtotal"].value, f["tax"].value) == ("264.67", "252.07", "12.60")


def test_a_title_that_carries_the_number_in_a_cell_of_its_own_and_an_iso_timestamp() -> None:
    title = words_at("SALES INVOICE", 20, 10, h=30, char_w=16)
    title += words_at("No. 0085715", 470, 10, h=28, char_w=14)
    rows = [
        (60, [(20, "Bayanihan Hardware & Construction Supply Corp.")]),
        (85, [(20, "Fecha y hora de emisión 2025-08-22T12:34:20")]),
        (290, [(380, "TOTAL AMOUNT DUE"), (560, "90,832.85")]),
    ]
    words = title + [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    f = extract_document(make_doc([words], 720, 800)).fields
    assert f["invoice_number"].value == "0085715" and f["invoice_number"].source.endswith("+bare")
    assert f["date"].value == "2025-08-22"


def test_a_remit_to_address_is_no_vendor_name() -> None:
    rows = [
        (20, [(20, "Great Lakes Fluid Power, Inc.")]),
        (45, [(20, "4410 W. Industrial Pkwy, Toledo, OH 43615"), (450, "INVOICE")]),
        (70, [(20, "Remit to: P.O. Box 77120, Detroit, MI 48277")]),
        (100, [(20, "Invoice No. 71-046170"), (300, "Invoice Date: 10/15/2025")]),
        (290, [(380, "Total"), (560, "USD 145.17")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["vendor_name"].value == (
        "Great Lakes Fluid Power, Inc."
    )


def test_a_shop_invoice_names_its_company_only_in_the_footer() -> None:
    """A lowercase logo, a postal address, an order number and a ship-to block are no vendor; the
    company in the last line is."""
    rows = [
        (20, [(20, "northwind"), (500, "Invoice")]),
        (45, [(20, "1423 Westlake Ave N"), (400, "Invoice number INV-84779")]),
        (70, [(20, "Seattle, WA 98109"), (400, "Invoice date January 29, 2025")]),
        (95, [(400, "Order #NW9193")]),
        (130, [(20, "Bill to"), (300, "Ship to")]),
        (155, [(20, "Harborview Mutual Insurance Co."), (300, "Harborview Mutual - Claims")]),
        (290, [(380, "Total"), (560, "$742.26 USD")]),
        (330, [(20, "Thank you for shopping with us! Northwind Outfitters LLC - 1423 Westlake Ave N")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["vendor_name"].value == (
        "Northwind Outfitters LLC"
    )


def test_a_legal_form_on_a_line_of_its_own_is_no_name() -> None:
    title = words_at("Adeyemi & Okafor Consulting", 20, 10, h=30, char_w=16)
    rows = [
        (60, [(20, "Limited"), (400, "Invoice No: AOC/INV/2025/060")]),
        (85, [(20, "14B Bourdillon Road, Ikoyi, Lagos"), (400, "Date: 28 September, 2025")]),
        (290, [(380, "Total (VAT inclusive)"), (560, "₦5,547,000.00")]),
        (330, [(20, "Bank: Zenith Bank Plc - Account Name: Adeyemi & Okafor Consulting Limited")]),
    ]
    words = title + [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    assert extract_document(make_doc([words], 720, 800)).fields["vendor_name"].value == (
        "Adeyemi & Okafor Consulting Limited"
    )


def test_a_number_under_the_title_and_a_date_after_the_number() -> None:
    """ "No. 27637" under INVOICE numbers it (not "Job # J-5524"); "Fattura n. 138/2025 del 22 febbraio
    2025" dates it, and a due date is never taken for the date."""
    title = words_at("INVOICE", 500, 10, h=30, char_w=16)
    rows = [
        (15, [(20, "Ironwood Print & Sign Co., Inc.")]),
        (50, [(20, "2207 Industrial Way, Long Island City"), (500, "No. 27637")]),
        (80, [(20, "BILL TO"), (400, "Job # J-5524")]),
        (290, [(380, "Total"), (560, "$1,348.58")]),
    ]
    words = title + [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    assert extract_document(make_doc([words], 720, 800)).fields["invoice_number"].value == "27637"
    italian = [
        (20, [(20, "Studio Grafico Colombo S.r.l.")]),
        (50, [(20, "Fattura n. 138/2025 del 22 febbraio 2025")]),
        (75, [(20, "Scadenza: 24 marzo 2025")]),
        (290, [(380, "Totale documento"), (560, "€ 4.923,30")]),
    ]
    f = extract_document(doc_from_rows(italian, 720, 800)).fields
    assert (f["invoice_number"].value, f["date"].value, f["due_date"].value) == (
        "138/2025",
        "2025-02-22",
        "2025-03-24",
    )


def test_the_company_under_a_name_is_the_cell_under_it_not_the_lines_first() -> None:
    """A header of columns: the customer's name opens the line under the vendor's brand, far to its
    left; it is not the company under the brand."""
    title = words_at("TAX INVOICE", 20, 5, h=34, char_w=18)
    rows = [
        (60, [(20, "Bill to"), (200, "Purchase order"), (380, "Payment due"), (560, "Tui Recruitment")]),
        (85, [(20, "Kowhai Insurance Group"), (200, "PO 7949"), (380, "20 July 2025"), (560, "Quay")]),
        (110, [(20, "Invoice TS-23330 - 20 June 2025")]),
        (290, [(380, "Total"), (560, "NZ$ 6,965.47")]),
        (330, [(20, "Tui Recruitment Partners Limited - please pay by the 20th of the month following")]),
    ]
    words = title + [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    vendor = extract_document(make_doc([words], 720, 800)).fields["vendor_name"].value
    assert vendor != "Kowhai Insurance Group"


def test_a_labelled_vendor_loses_the_sub_label_before_its_name() -> None:
    rows = [
        (20, [(420, "TAX INVOICE")]),
        (45, [(20, "Invoice Number INV-2025-000360")]),
        (70, [(20, "Invoice Issue Date 2025-05-16")]),
        (110, [(20, "Seller: Name: Najd Facility Management Company")]),
        (290, [(380, "Total Amount Due"), (560, "SAR 12,650.00")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["vendor_name"].value == "Najd Facility Management Company"


def test_a_number_label_after_other_words_names_another_documents_number() -> None:
    rows = [
        (20, [(250, "Tax Invoice")]),
        (50, [(20, "Shree Kamal Industries Pvt. Ltd."), (420, "Invoice No."), (620, "Dated")]),
        (75, [(20, "Plot No. 7, MIDC"), (420, "SKI/25-26/0411"), (620, "30-May-2025")]),
        (180, [(420, "DISPATCH DOC NO."), (620, "E-WAY BILL NO.")]),
        (205, [(420, "LR-161307"), (620, "362981266903")]),
        (400, [(420, "Total"), (620, "1,250.00")]),
    ]
    f = extract_document(doc_from_rows(rows, 900, 800)).fields
    assert f["invoice_number"].value == "SKI/25-26/0411"


# a web app's invoice page as OCR read a screenshot of it (boxes in pixels): navigation bar, breadcrumbs
_SCREENSHOT = [
    [
        ("lumenfold", (29, 14, 127, 38)),
        ("Dashboards", (155, 11, 234, 32)),
        ("Reports", (260, 11, 310, 32)),
        ("Billing", (332, 9, 377, 36)),
        ("Settings", (401, 11, 457, 35)),
    ],
    [
        ("Billing", (29, 66, 65, 89)),
        (">", (70, 66, 73, 89)),
        ("Invoices", (79, 66, 129, 89)),
        (">LF-2025-00311", (134, 66, 243, 89)),
    ],
    [
        ("Invoice", (53, 125, 134, 152)),
        ("LF-2025-00311", (143, 125, 316, 152)),
        ("Open", (332, 131, 362, 150)),
        ("Download", (789, 127, 848, 151)),
        ("PDF", (853, 127, 880, 151)),
    ],
    [
        ("Lumenfold", (53, 159, 121, 179)),
        ("Analytics,", (124, 159, 183, 179)),
        ("Inc.", (189, 159, 210, 179)),
        ("·", (216, 159, 218, 179)),
        ("1201", (223, 159, 253, 179)),
        ("Western", (258, 159, 309, 179)),
        ("Ave,", (313, 159, 339, 179)),
        ("Suite", (345, 159, 376, 179)),
        ("900,", (381, 159, 406, 179)),
        ("Seattle,", (412, 159, 457, 179)),
        ("WA", (463, 159, 484, 179)),
        ("98101", (488, 159, 526, 179)),
    ],
    [
        ("Invoice", (58, 193, 101, 216)),
        ("number", (106, 193, 153, 216)),
        ("LF-2025-00311", (208, 193, 308, 216)),
    ],
    [
        ("Date", (59, 214, 86, 239)),
        ("of", (91, 214, 102, 239)),
        ("issue", (107, 214, 138, 239)),
        ("August", (208, 215, 251, 239)),
        ("1,", (255, 215, 265, 239)),
        ("2025", (271, 215, 301, 239)),
    ],
    [
        ("Date", (58, 237, 86, 261)),
        ("due", (91, 237, 113, 261)),
        ("August", (206, 236, 250, 262)),
        ("31,", (254, 236, 272, 262)),
        ("2025", (278, 235, 308, 261)),
    ],
    [
        ("Billed", (58, 258, 91, 283)),
        ("to", (95, 258, 106, 283)),
        ("Birch", (209, 261, 245, 281)),
        ("&", (249, 261, 258, 281)),
        ("Pine", (263, 261, 290, 281)),
        ("Outfitters", (295, 261, 351, 281)),
        ("LLC,", (356, 261, 383, 281)),
        ("accounts@birchpine.co", (389, 261, 538, 281)),
    ],
    [("Total", (58, 600, 95, 622)), ("$861.60", (400, 600, 460, 622))],
]


def test_a_logo_word_over_the_page_stands_for_the_company_under_it() -> None:
    words = [Word(text=t, bbox=b, confidence=0.98) for line in _SCREENSHOT for t, b in line]
    f = extract_document(make_doc([words], 1280, 1100)).fields
    assert f["vendor_name"].value == "Lumenfold Analytics, Inc."


def test_an_abbreviated_invoice_label_beside_an_account_number() -> None:
    # a station's billing invoice: "Inv #" numbers the invoice, "Acct #" the customer's account
    rows = [
        (20, [(20, "Sinclair Broadcast Group Inc"), (500, "OFFICIAL BILLING INVOICE")]),
        (45, [(300, "Inv # 7204954"), (420, "Acct # 4706"), (520, "Invoice Date: 1/26/2020")]),
        (70, [(300, "Advertiser: Tom Steyer for President-D")]),
        (290, [(380, "Total"), (480, "$30,015.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["invoice_number"].value == "7204954"
