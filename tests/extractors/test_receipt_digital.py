"""Receipts born digital (set ER's first score): e-mailed and app receipts, phone screenshots. They call
themselves otherwise than till slips, often print no address, and show a phone's status bar and an app's
messages above the merchant's name."""

from __future__ import annotations

import pytest

from idp.document import DocType
from idp.extractors import build_lines, classify, extract_document
from idp.extractors.receipt_cues import address_break, name_text
from idp.extractors.receipt_features import vendor_candidates
from tests.extractors.builders import doc_from_rows


def _rows(lines: list[str]) -> list[tuple[float, list[tuple[float, str]]]]:
    return [(30 + 25 * i, [(20, text)]) for i, text in enumerate(lines)]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Museo delle Arti Decorative",
            "RICEVUTA DI ACQUISTO ONLINE",
            "Ordine n. TO-34746530 Data acquisto: 17/09/2025",
            "Intero 2 € 18,00 € 36,00",
            "Totale € 46,00",
        ],
        [
            "VoltHaven",
            "Betalingsbewijs laadsessie",
            "Sessie-ID: NL-VHN-14931727 Datum: 19-08-2025",
            "Geladen energie 58,770 kWh € 34,67",
            "Totaal incl. btw € 39,82",
        ],
    ],
)
def test_receipts_called_by_their_names_in_other_languages(lines: list[str]) -> None:
    assert classify(build_lines(doc_from_rows(_rows(lines), 700, 900))).value == DocType.receipt


def test_an_app_receipt_without_an_address_reports_none() -> None:
    # a ride's receipt: the best-ranked "address" would be the total's line
    lines = [
        "Zoomly",
        "Thanks for riding, Dana",
        "$48.33 Total",
        "Trip fare $31.20",
        "Booking fee $3.45",
        "Tip $8.00",
        "Total $48.33",
        "Paid with Visa 4242 on Oct 3, 2025",
    ]
    fields = extract_document(doc_from_rows(_rows(lines), 390, 900)).fields
    assert fields["total"].value == "48.33"
    assert "vendor_address" not in fields


def test_a_screenshots_status_bar_and_app_messages_are_no_merchant() -> None:
    lines = ["09:13 ••○ 5G 67%", "< Inbox", "Recharge successful", "Zahra Mobile", "Total paid AED 52.50"]
    doc = build_lines(doc_from_rows(_rows(lines), 390, 900))
    texts = {c.text for c in vendor_candidates(doc.lines)}
    assert "Zahra Mobile" in texts
    assert not texts & {"< Inbox", "Recharge successful", "09:13 ••○ 5G 67%"}
    assert not any(t.startswith(("< Inbox", "Recharge", "09:13")) for t in texts)


def test_a_receipts_sentence_before_the_merchants_name() -> None:
    assert name_text("Receipt from Tallyfold, Inc.") == "Tallyfold, Inc."
    assert name_text("Your order from Masala Yard") == "Masala Yard"
    assert name_text("ORDER CAFE") == "ORDER CAFE"  # a name that only begins like one


def test_a_whole_yen_total_labelled_in_japanese() -> None:
    lines = ["Kumo Store", "領収書", "ご注文日 2025年11月12日", "写真編集プロ ¥610", "小計 ¥2,670"]
    lines.append("合計 ¥2,670")
    fields = extract_document(doc_from_rows(_rows(lines), 390, 900)).fields
    assert fields["total"].value == "2670.00" and fields["currency"].value == "JPY"


def test_an_e_mail_receipts_address_under_the_name_at_its_foot() -> None:
    lines = [
        "Maple & Ember Coffee",
        "Receipt from Maple & Ember Coffee · Feb 27, 2025",
        "Flat White $5.45",
        "Maple Pecan Scone $4.50",
        "Subtotal $9.95",
        "HST (13%) $1.29",
        "Tip $2.02",
        "Total $13.26",
        "Visa 8054 (Tap) $13.26",
        "Feb 27 2025 at 7:16 AM",
        "All amounts in CAD",
        "Maple & Ember Coffee",
        "1084 Queen St W",
        "Toronto, ON M6J 1H8",
        "(416) 555-0147 · mapleandember.ca",
    ]
    fields = extract_document(doc_from_rows(_rows(lines), 390, 900)).fields
    assert fields["vendor_name"].value == "Maple & Ember Coffee"
    assert fields["vendor_address"].value == "1084 Queen St W Toronto, ON M6J 1H8"


# set ED's first score (a second set of digital receipts): rows of label and value, a contact line under
# an address, and times written with dots


def test_a_row_of_label_and_value_is_no_address() -> None:
    rows = [
        (30, [(20, "Wyre Estuary Crossings")]),
        (55, [(20, "Payment receipt")]),
        (80, [(20, "Vehicle registration"), (300, "BS78 VPG")]),
        (105, [(20, "Vehicle type"), (300, "Car (Class 2)")]),
        (130, [(20, "Crossings paid"), (300, "4")]),
        (155, [(20, "Total paid"), (300, "£8.00")]),
    ]
    fields = extract_document(doc_from_rows(rows, 390, 900)).fields
    assert fields["total"].value == "8.00"
    assert "vendor_address" not in fields


def test_an_address_ends_before_a_contact_line_and_not_at_a_row_under_it() -> None:
    rows = _rows(
        [
            "CRESTFIELD UNIVERSITY",
            "KM 8, Abeokuta-Ibadan Expressway",
            "Abeokuta, Ogun State, Nigeria",
            "Office of the Bursar · bursary@crestfield.edu.ng",
            "SCHOOL FEES PAYMENT RECEIPT",
        ]
    )
    rows += [
        (155, [(20, "Student: BELLO, Ibrahim Musa"), (400, "Receipt No.: CFU/BUR/2025/43081")]),
        (180, [(20, "Matric No.: CFU/24/3684"), (400, "Session: 2025/2026")]),
        (205, [(20, "Tuition"), (400, "1,480,000.00")]),
        (230, [(20, "Total amount paid"), (400, "₦1,480,000.00")]),
    ]
    fields = extract_document(doc_from_rows(rows, 700, 900)).fields
    assert fields["vendor_address"].value == "KM 8, Abeokuta-Ibadan Expressway Abeokuta, Ogun State, Nigeria"


def test_a_time_written_with_dots_is_no_evidence_of_month_first_dates() -> None:
    lines = ["Vilkku", "Matka päättyi", "1.12.2025 klo 09.46-09.50", "Aloitusmaksu 1,00 €", "Yhteensä 1,78 €"]
    fields = extract_document(doc_from_rows(_rows(lines), 390, 900)).fields
    assert fields["date"].value == "2025-12-01"


def test_a_payment_apps_merchant_is_the_name_under_its_payee_label() -> None:
    lines = ["13:39 ●○ 5G 30%", "← Transaction details", "Ksh 1,230.00", "Buy Goods· Completed", "Paid to"]
    lines += ["MAMA NJERI GROCERS", "Till Number 563429", "Date 11 Jun 2025, 1:36 PM", "Ref QCW8R8"]
    lines += ["Amount Ksh 1,230.00", "Transaction cost Ksh 0.00", "Total Ksh 1,230.00"]
    doc = extract_document(doc_from_rows(_rows(lines), 390, 900))
    assert doc.doc_type.value == DocType.receipt
    assert doc.fields["vendor_name"].value == "MAMA NJERI GROCERS"
    assert "vendor_address" not in doc.fields  # the till's number is no address


def test_the_day_paid_among_the_days_ordered_and_delivered_and_the_address_at_the_foot() -> None:
    lines = ["Fjordkassen", "Kvittering for din bestilling", "Bestilt 07.02.2025 kl. 08:40"]
    lines += ["Levert 08.02.2025 kl. 10:00-11:00", "Belastet 9. februar 2025", "Vare Antall Pris Beløp"]
    lines += ["Kaffe 3 79,90 239,70", "Havregryn 1 24,90 24,90", "Egg 3 64,90 194,70", "Sum varer 459,30 kr"]
    lines += ["Totalt belastet 459,30 kr", "Fjordkassen AS", "Sandakerveien 24 C", "0473 Oslo"]
    lines += ["Org.nr. 921 460 839 MVA · kundeservice@fjordkassen.no"]
    fields = extract_document(doc_from_rows(_rows(lines), 700, 900)).fields
    assert fields["date"].value == "2025-02-09"
    assert fields["vendor_address"].value == "Sandakerveien 24 C 0473 Oslo"


def test_amounts_with_a_decimal_comma_and_their_mark_end_an_address() -> None:
    for line in ("Aloitusmaksu 1,00 €", "Alennus -0,50 €", "Summa 12,50 kr", "Gateway charge ₦2,000.00"):
        assert address_break(line), line
    assert not address_break("Sandakerveien 24 C")
