"""A bill's own total and currency: this period's charges, not the amount due with an old balance
(bill_total.py); ``$`` read as the dollar the page names."""

from __future__ import annotations

from idp.extractors import extract_document
from tests.extractors.builders import doc_from_rows

SUMMARY = [
    (20, [(20, "Tuinet Communications Limited"), (420, "Tax invoice")]),
    (45, [(420, "Invoice number 2520144143")]),
    (70, [(420, "Bill date 29 Jan 2025")]),
    (95, [(20, "All amounts in NZD and include GST")]),
    (140, [(20, "Previous bill"), (520, "$231.78")]),
    (165, [(20, "Payment received - thank you"), (520, "-$178.12")]),
    (190, [(20, "Balance carried forward (overdue)"), (520, "$53.66")]),
    (215, [(20, "This month's charges"), (520, "$197.77")]),
    (260, [(20, "Fibre Max broadband"), (520, "$101.50")]),
    (285, [(20, "Mobile Endless 40GB"), (520, "$96.27")]),
    (330, [(20, "GST included in this month's charges"), (520, "$25.80")]),
]


def test_the_total_is_this_periods_charges_and_the_dollar_the_page_names() -> None:
    rows = [*SUMMARY, (380, [(20, "Total amount due"), (520, "$251.43")])]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["total"].value == "197.77" and f["total"].source.endswith("+current")
    assert f["currency"].value == "NZD"


def test_without_a_carried_balance_the_amount_due_stands() -> None:
    rows = [r for r in SUMMARY if "carried" not in r[1][0][1]]
    rows.append((380, [(20, "Total amount due"), (520, "$251.43")]))
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["total"].value == "251.43"


def test_an_invoice_total_under_which_a_previous_balance_is_added_is_the_total() -> None:
    rows = [
        (20, [(20, "INVOICE"), (420, "Fenwick & Hale Joinery Ltd")]),
        (45, [(420, "Invoice No. FHJ-2025-0317")]),
        (70, [(420, "Invoice Date 14/03/2025")]),
        (120, [(20, "Description"), (300, "Qty"), (380, "Rate"), (520, "Amount")]),
        (145, [(20, "Bespoke oak shelving unit"), (300, "3"), (380, "420.00"), (520, "1,260.00")]),
        (170, [(20, "Fitting - 2 joiners, 1 day"), (300, "1"), (380, "380.00"), (520, "380.00")]),
        (215, [(380, "Subtotal"), (520, "£1,640.00")]),
        (240, [(380, "Delivery"), (520, "£45.00")]),
        (265, [(380, "VAT @ 20%"), (520, "£337.00")]),
        (290, [(380, "Invoice Total"), (520, "£2,022.00")]),
        (315, [(380, "Previous Balance"), (520, "£420.00")]),
        (360, [(20, "Sort code 20-45-77 Account 63019844"), (380, "Total Amount Due"), (520, "£2,442.00")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["total"].value == "2022.00"  # not the amount due that settles the old balance too
