"""Tax over several lines (CGST + SGST, state + city tax) summed when the page's arithmetic says so."""

from __future__ import annotations

from idp.extractors import extract_document
from tests.extractors.builders import doc_from_rows

HEAD = [
    (20, [(20, "Tax Invoice")]),
    (45, [(20, "Shree Ganesh Traders"), (300, "Invoice No."), (420, "GST/24-25/0249")]),
    (70, [(300, "Dated"), (420, "5-Jul-24")]),
    (120, [(20, "Description of Goods"), (300, "Quantity"), (440, "Amount")]),
    (145, [(20, "Ceiling Fan"), (300, "102 Nos"), (440, "3,00,459.36")]),
    (170, [(20, "LED Panel 18W"), (300, "138 Nos"), (440, "3,77,345.00")]),
]


def test_indian_gst_lines_sum_to_the_tax_and_the_net_printed_in_the_summary_is_the_subtotal() -> None:
    rows = [
        *HEAD,
        (195, [(20, "Output CGST @ 6%"), (440, "40,668.26")]),
        (220, [(20, "Output SGST @ 6%"), (440, "40,668.26")]),
        (245, [(20, "Round Off"), (440, "0.12")]),
        (270, [(20, "Total"), (440, "INR 7,59,141.00")]),
        (320, [(20, "HSN/SAC"), (200, "Taxable Value"), (440, "Total Tax")]),
        (345, [(20, "Total"), (200, "6,77,804.36"), (440, "81,336.52")]),
    ]
    f = extract_document(doc_from_rows(rows)).fields
    assert f["total"].value == "759141.00"
    assert f["tax"].value == "81336.52" and f["tax"].source.endswith("tax+lines")
    assert f["subtotal"].value == "677804.36"


def test_state_and_city_tax_sum_when_the_subtotal_confirms_them() -> None:
    rows = [
        *HEAD[:4],
        (145, [(20, "Energy charge"), (440, "691.56")]),
        (170, [(20, "Net total"), (440, "USD 691.56")]),
        (195, [(20, "State sales tax (4.5%)"), (440, "USD 31.12")]),
        (220, [(20, "City utility tax (2.5%)"), (440, "USD 17.29")]),
        (245, [(20, "Total current charges"), (440, "USD 739.97")]),
    ]
    f = extract_document(doc_from_rows(rows)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("691.56", "48.41", "739.97")


def test_of_two_tax_lines_the_one_the_arithmetic_confirms_is_the_tax() -> None:
    rows = [
        *HEAD[:4],
        (145, [(20, "Consulting"), (440, "1,000.00")]),
        (170, [(300, "Subtotal"), (440, "1,000.00")]),
        (195, [(300, "VAT 20%"), (440, "200.00")]),
        (220, [(300, "VAT on shipping"), (440, "3.00")]),
        (245, [(300, "Total"), (440, "1,200.00")]),
    ]
    f = extract_document(doc_from_rows(rows)).fields
    assert f["tax"].value == "200.00"
    assert (f["subtotal"].value, f["total"].value) == ("1000.00", "1200.00")


def test_the_invoices_own_total_wins_over_the_amount_due_with_a_balance_carried_over() -> None:
    rows = [
        *HEAD[:4],
        (145, [(20, "Previous balance"), (440, "USD 639.80")]),
        (170, [(20, "Payment received - thank you"), (440, "-USD 599.38")]),
        (195, [(20, "Total amount due"), (440, "USD 780.39")]),
        (240, [(20, "Energy charge"), (440, "691.56")]),
        (265, [(20, "Net total"), (440, "USD 691.56")]),
        (290, [(20, "State sales tax (4.5%)"), (440, "USD 31.12")]),
        (315, [(20, "City utility tax (2.5%)"), (440, "USD 17.29")]),
        (340, [(20, "Total current charges"), (440, "USD 739.97")]),
    ]
    f = extract_document(doc_from_rows(rows)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("691.56", "48.41", "739.97")


def test_a_totals_strip_gives_net_and_the_taxes_by_rate() -> None:
    """ "Totaal excl. btw  Btw 21%  Btw 6%  Totaal incl. btw" over figures that add up: the net and the
    two taxes' sum."""
    rows = [
        *HEAD[:4],
        (145, [(20, "Silicone kit"), (440, "12.527,32")]),
        (190, [(20, "Totaal excl. btw"), (150, "Btw 21%"), (280, "Btw 6%"), (400, "Totaal incl. btw")]),
        (215, [(20, "12.527,32"), (150, "1.988,88"), (280, "183,39"), (400, "14.699,59")]),
        (250, [(20, "Te betalen"), (400, "€ 14.699,59")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("12527.32", "2172.27", "14699.59")
