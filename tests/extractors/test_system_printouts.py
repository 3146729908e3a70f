"""Invoices printed by legacy systems and office programs (set M's layouts): fixed-pitch printouts with a
run header, colons set apart from their labels, tables drawn in characters, remittance stubs; the vendor
named only where cheques are made payable; a cash-discount date that is no due date."""

from __future__ import annotations

from idp.extractors import extract_document
from tests.extractors.builders import doc_from_rows


def _fields(rows, width: int = 800, height: int = 900):
    return extract_document(doc_from_rows(rows, width, height)).fields


def test_a_run_header_names_no_vendor_the_remittance_stub_does() -> None:
    f = _fields(
        [
            (20, [(20, "RUN DATE 06/04/25 RUN ID CIS340B"), (560, "PAGE 1 OF 1")]),
            (45, [(200, "ELECTRIC SERVICE STATEMENT")]),
            (90, [(20, "ACCOUNT NO"), (160, "3756-63381-59"), (400, "BILL DATE"), (540, "06/03/25")]),
            (115, [(20, "INV NO"), (160, "2506-242387"), (400, "DUE DT"), (540, "06/28/25")]),
            (160, [(20, "CUSTOMER CHARGE"), (560, "73.79")]),
            (185, [(20, "SUBTOTAL"), (560, "73.79")]),
            (210, [(20, "STATE SALES TAX 4.000%"), (560, "4.06")]),
            (235, [(20, "TOTAL CURRENT CHARGES"), (560, "77.85")]),
            (260, [(20, "AMT DUE BY 06/28/25"), (560, "$130.29")]),
            (300, [(20, "MAKE CHECKS PAYABLE TO:")]),
            (325, [(20, "RIVERBEND ELECTRIC COOPERATIVE, INC.")]),
            (350, [(20, "PO BOX 1724")]),
        ]
    )
    assert f["vendor_name"].value == "RIVERBEND ELECTRIC COOPERATIVE, INC."
    assert (f["invoice_number"].value, f["date"].value, f["total"].value) == (
        "2506-242387",
        "2025-06-03",
        "77.85",
    )


def test_a_colon_set_apart_between_label_and_value() -> None:
    f = _fields(
        [
            (20, [(20, "COASTLINE PACKAGING PTY LTD"), (500, "TAX INVOICE")]),
            (
                90,
                [
                    (20, "INVOICE NUMBER"),
                    (200, ":"),
                    (240, "4612598"),
                    (400, "INVOICE DATE"),
                    (580, ":"),
                    (620, "05-FEB-2026"),
                ],
            ),
            (
                115,
                [
                    (20, "CUSTOMER NUMBER"),
                    (200, ":"),
                    (240, "94590"),
                    (400, "DUE DATE"),
                    (580, ":"),
                    (620, "07-MAR-2026"),
                ],
            ),
            (200, [(20, "TOTAL AUD"), (600, "1,650.00")]),
        ]
    )
    assert (f["date"].value, f["due_date"].value) == ("2026-02-05", "2026-03-07")


def test_the_date_of_a_cash_discount_is_no_due_date() -> None:
    f = _fields(
        [
            (20, [(20, "Kessler Antriebstechnik GmbH")]),
            (60, [(20, "R E C H N U N G")]),
            (90, [(20, "Rechnungsnummer 98189175"), (400, "Rechnungsdatum 20.12.2025")]),
            (200, [(20, "Endbetrag EUR"), (600, "26.686,89")]),
            (240, [(20, "Zahlungsbedingungen: bis 30.12.2025 2,00 % Skonto (533,74 EUR),")]),
            (265, [(20, "bis 19.01.2026 ohne Abzug.")]),
        ]
    )
    assert f["due_date"].value == "2026-01-19"


def test_a_table_drawn_in_characters_is_read_by_its_cells() -> None:
    f = _fields(
        [
            (20, [(20, "TAX INVOICE")]),
            (45, [(20, "| SHREE GANESH POLYMERS PVT. LTD.      | Invoice No.    | Dated      |")]),
            (70, [(20, "| Plot 41, GIDC Estate Phase II, Vatva | GJ/25-26/00787 | 04/09/2025 |")]),
            (95, [(20, "| Ahmedabad - 382445                   | Delivery Note  | Terms      |")]),
            (120, [(20, "| GSTIN/UIN: 24AAKCS4005F1Z5           | DN/4859        | 30 Days    |")]),
            (200, [(20, "| Total                                |                | 11,19,307.00 |")]),
        ],
        width=900,
    )
    assert (f["invoice_number"].value, f["date"].value) == ("GJ/25-26/00787", "2025-09-04")


def test_terms_and_a_bank_name_no_vendor_where_cheques_are_payable_does() -> None:
    f = _fields(
        [
            (20, [(20, "INVOICE")]),
            (70, [(20, "Bill to"), (450, "Invoice No.: HL2512-829")]),
            (95, [(20, "Kowloon Bay Property Management Co. Ltd."), (450, "Date: 15 Dec 2025")]),
            (120, [(20, "9 Sheung Yuet Road, Kowloon Bay"), (450, "Payment Terms: 30 days")]),
            (200, [(20, "Total"), (600, "HK$ 2,779.79")]),
            (260, [(20, "Please remit to: Hang Seng Bank, Kowloon Branch, account no. 808-296988")]),
            (300, [(20, "Please make all cheques payable to Harbour Light Trading Limited")]),
        ]
    )
    assert f["vendor_name"].value == "Harbour Light Trading Limited"


def test_a_labelled_vendor_ends_before_its_street() -> None:
    f = _fields(
        [
            (20, [(20, "INVOICE / FACTURE"), (500, "INVOICE NO 5527341")]),
            (45, [(500, "INVOICE DATE 2025-05-16")]),
            (200, [(20, "TOTAL CAD"), (600, "11,248.77")]),
            (260, [(20, "REMIT TO: NORTHBAY INDUSTRIAL SUPPLY LTD., 220 MAIN ST W, NORTH BAY ON P1B 2T6")]),
        ]
    )
    assert f["vendor_name"].value == "NORTHBAY INDUSTRIAL SUPPLY LTD."
