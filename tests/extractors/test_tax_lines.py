"""Tax over several lines (CGST + SGST, state + city tax) summed when the page's arithmetic says so."""

from __future__ import annotations

from idp.extractors import extract_document
from idp.extractors.generic import label_index
from idp.extractors.schema import load_doc_type_schemas
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


def test_rows_by_rate_without_a_totals_row_sum_to_the_net_and_the_tax() -> None:
    """Two rate rows each add up and their totals make the total; two of their figures (201,92 and
    18,00) happen to make it too, and must not be taken for the net and the tax."""
    rows = [
        (20, [(20, "Cafetería Rías Baixas, S.L.")]),
        (45, [(20, "FACTURA SIMPLIFICADA")]),
        (70, [(20, "Nº: T25-042208"), (300, "Fecha: 27/07/2025")]),
        (110, [(20, "4 Café solo"), (450, "17,04")]),
        (135, [(20, "1 Bolsa regalo"), (450, "202,88")]),
        (175, [(20, "TOTAL (IVA incluido)"), (450, "219,92 €")]),
        (210, [(20, "Tipo"), (150, "Base imp."), (300, "Cuota"), (450, "Total")]),
        (235, [(20, "IVA 10%"), (150, "183,56"), (300, "18,36"), (450, "201,92")]),
        (260, [(20, "IVA 21%"), (150, "14,88"), (300, "3,12"), (450, "18,00")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["total"].value, f["subtotal"].value, f["tax"].value) == ("219.92", "198.44", "21.48")
    assert f["tax"].source.endswith("+rates")


def test_rows_by_rate_and_a_rounding_line_in_czech() -> None:
    rows = [
        (20, [(20, "Faktura – daňový doklad č. 2025088110")]),
        (45, [(20, "Datum vystavení: 26.04.2025")]),
        (100, [(20, "Sazba"), (150, "Základ DPH"), (300, "DPH"), (450, "Celkem")]),
        (125, [(20, "21 %"), (150, "67 534,84"), (300, "14 182,32"), (450, "81 717,16")]),
        (150, [(20, "12 %"), (150, "9 242,95"), (300, "1 109,15"), (450, "10 352,10")]),
        (175, [(20, "Zaokrouhlení"), (450, "-0,26")]),
        (200, [(20, "Celkem k úhradě"), (450, "92 069,00 Kč")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["total"].value, f["subtotal"].value, f["tax"].value) == ("92069.00", "76777.79", "15291.47")


def test_two_taxes_over_the_parts_of_the_net_printed_above_them() -> None:
    """Fees and disbursements, then TPS and TVQ, then the total: no net is printed; the parts above
    the taxes make it, so both taxes are the tax."""
    rows = [
        (20, [(20, "Québec Logistics inc."), (380, "Date 17 décembre 2024")]),
        (45, [(20, "Facture"), (380, "Numéro 2024-1244")]),
        (200, [(20, "Honoraires professionnels"), (450, "847,37 CAD")]),
        (225, [(20, "Débours"), (450, "220,98 CAD")]),
        (250, [(20, "TPS 5 %"), (450, "51,86 CAD")]),
        (275, [(20, "TVQ 9,975 %"), (450, "103,46 CAD")]),
        (300, [(20, "Total"), (450, "1 223,67 CAD")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["total"].value, f["tax"].value, f["subtotal"].value) == ("1223.67", "155.32", "1068.35")


def test_net_and_tax_of_a_forint_invoice_are_whole_numbers() -> None:
    rows = [
        (20, [(20, "Tóth IT Services Bt."), (420, "Számla")]),
        (45, [(20, "Számlaszám TW-2025-6978")]),
        (70, [(20, "Számla kelte 2025.02.07.")]),
        (150, [(20, "Projektvezetés (2 óra × 30 130)"), (450, "60 260")]),
        (200, [(20, "Nettó összesen"), (450, "60 260")]),
        (225, [(20, "ÁFA 27%"), (450, "16 270")]),
        (250, [(20, "Bruttó összesen (HUF)"), (450, "76 530")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["currency"].value, f["total"].value) == ("HUF", "76530.00")
    assert (f["subtotal"].value, f["tax"].value) == ("60260.00", "16270.00")
    assert f["tax"].source.endswith("+whole")


def test_of_a_yen_invoices_tax_lines_by_rate_the_total_tax_is_the_tax() -> None:
    rows = [
        (20, [(20, "Hoshizora Shoji Co., Ltd."), (420, "INVOICE")]),
        (45, [(420, "Invoice No. 2501-93699")]),
        (70, [(420, "Date 2025/01/26")]),
        (150, [(20, "Desk organizer steel grey"), (450, "34,860")]),
        (200, [(20, "Subtotal"), (450, "110,070")]),
        (225, [(20, "10% items 88,050"), (300, "Tax"), (450, "8,805")]),
        (250, [(20, "8% items 22,020"), (300, "Tax"), (450, "1,761")]),
        (275, [(20, "Consumption tax total"), (450, "10,566")]),
        (300, [(20, "Total (tax incl.)"), (450, "¥ 120,636")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["currency"].value, f["subtotal"].value, f["tax"].value) == ("JPY", "110070.00", "10566.00")


def test_the_total_before_payments_and_adjustments_is_the_invoices() -> None:
    rows = [
        (20, [(20, "St. Brendan Community Hospital"), (420, "Invoice No. HB4343293")]),
        (45, [(420, "Invoice Date: 02/28/2025")]),
        (150, [(20, "EMERGENCY ROOM"), (450, "2,809.34")]),
        (175, [(20, "ROOM & BOARD SEMI-PRIVATE"), (450, "8,818.95")]),
        (215, [(20, "Total Charges"), (450, "$11,628.29")]),
        (240, [(20, "Insurance Payments (BlueRiver)"), (450, "-$6,637.19")]),
        (265, [(20, "Contractual Adjustment"), (450, "-$1,395.39")]),
        (290, [(20, "Patient Payments"), (450, "-$0.00")]),
        (315, [(20, "AMOUNT DUE FROM PATIENT"), (450, "$3,595.71")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["total"].value == "11628.29" and f["total"].source.endswith("+gross")


def test_the_vat_inclusive_total_over_the_lines_that_make_it_not_the_amount_after_withholding() -> None:
    rows = [
        (20, [(20, "MABUHAY AIRCON SERVICES INC."), (420, "SERVICE INVOICE No. 0004608")]),
        (45, [(420, "Date: January 19, 2025")]),
        (150, [(20, "Ceiling cassette deep cleaning"), (500, "₱33,250.00")]),
        (
            215,
            [
                (20, "VATable Sales"),
                (150, "₱29,687.50"),
                (300, "Total Sales (VAT Inclusive)"),
                (500, "₱33,250.00"),
            ],
        ),
        (240, [(20, "VAT-Exempt Sales"), (150, "₱0.00"), (300, "Less: VAT"), (500, "₱3,562.50")]),
        (265, [(20, "Zero-Rated Sales"), (150, "₱0.00"), (300, "Amount: Net of VAT"), (500, "₱29,687.50")]),
        (290, [(20, "VAT Amount"), (150, "₱3,562.50"), (300, "Add: VAT"), (500, "₱3,562.50")]),
        (315, [(300, "Less: Withholding Tax"), (500, "₱593.75")]),
        (340, [(300, "TOTAL AMOUNT DUE"), (500, "₱32,656.25")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["total"].value == "33250.00" and f["total"].source.endswith("+gross")
    assert f["subtotal"].value == "29687.50" and f["currency"].value == "PHP"


def test_rows_by_rate_with_their_sum_row_and_a_rounding_line() -> None:
    rows = [
        (20, [(20, "Faktura – daňový doklad č. 2025-0219")]),
        (100, [(20, "Sazba"), (150, "Základ"), (300, "DPH"), (450, "Celkem")]),
        (125, [(20, "21 %"), (150, "32 524,83"), (300, "6 830,22"), (450, "39 355,05")]),
        (150, [(20, "12 %"), (150, "2 961,19"), (300, "355,34"), (450, "3 316,53")]),
        (175, [(20, "Součet"), (150, "35 486,02"), (300, "7 185,56"), (450, "42 671,58")]),
        (200, [(20, "Zaokrouhlení"), (450, "0,42")]),
        (225, [(20, "Celkem k úhradě:"), (450, "42 672,00 Kč")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["total"].value, f["subtotal"].value, f["tax"].value) == ("42672.00", "35486.02", "7185.56")


def test_rows_by_rate_make_the_total_before_a_payment() -> None:
    """Polish faktura: rate rows and their sum row; the total read is what is left after a payment."""
    rows = [
        (20, [(20, "Faktura VAT nr FV/47/06/2024")]),
        (45, [(20, "Hurtownia Papiernicza KRAK-PAP s.c.")]),
        (120, [(20, "Toner zamiennik HP 59A"), (300, "25"), (440, "4 851,75")]),
        (170, [(20, "Stawka"), (120, "Wartość netto"), (260, "Kwota VAT"), (400, "Wartość brutto")]),
        (195, [(20, "23%"), (120, "11 390,65"), (260, "2 619,85"), (400, "14 010,50")]),
        (220, [(20, "8%"), (120, "309,06"), (260, "24,72"), (400, "333,78")]),
        (245, [(20, "Razem"), (120, "11 699,71"), (260, "2 644,57"), (400, "14 344,28")]),
        (290, [(20, "Zapłacono: 700,00 PLN")]),
        (315, [(20, "Pozostało do zapłaty: 13 644,28 PLN")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("11699.71", "2644.57", "14344.28")


def test_a_printed_gross_with_its_cash_rounding_is_the_total_not_what_is_left_to_pay() -> None:
    """Swedish faktura: net, VAT, öre rounding, total, a tax credit (ROT) and what is left to pay."""
    rows = [
        (20, [(20, "Norrtälje Badrumsrenovering AB"), (400, "Faktura")]),
        (45, [(400, "Fakturanr 22967")]),
        (70, [(400, "Fakturadatum 2024-10-04")]),
        (120, [(20, "Rivning befintligt badrum"), (300, "16 tim"), (460, "10 400,00")]),
        (170, [(20, "Exkl. moms"), (160, "Moms 25 %"), (300, "Öresavrundning"), (460, "Totalt")]),
        (170, [(600, "Skattereduktion ROT"), (800, "Att betala")]),
        (195, [(20, "54 025,00"), (160, "13 506,25"), (300, "-0,25"), (460, "67 531,00")]),
        (195, [(600, "-13 219,00"), (800, "SEK 54 312,00")]),
    ]
    f = extract_document(doc_from_rows(rows, 1000, 800)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("54025.00", "13506.25", "67531.00")


def test_a_net_total_after_commission_is_no_invoice_total() -> None:
    rows = [
        (20, [(20, "WXYZ-TV"), (380, "Invoice # 692444-2")]),
        (45, [(380, "Invoice Date 05/24/20")]),
        (300, [(380, "Gross Total"), (540, "$30,015.00")]),
        (325, [(380, "Agency Commission"), (540, "($4,502.25)")]),
        (350, [(380, "Net Total"), (540, "$25,512.75")]),
        (375, [(380, "Sales Tax"), (540, "$0.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["total"].value == "30015.00"


def test_a_vat_breakdown_by_rate_beside_the_totals_block_gives_net_and_tax() -> None:
    """Czech: ``rate  net  tax`` rows with the totals column beside them and a rounding line."""
    rows = [
        (20, [(20, "Faktura - daňový doklad č. 25020201")]),
        (120, [(20, "Montážní práce"), (300, "21 %"), (400, "13 833,00"), (520, "2 904,93")]),
        (145, [(20, "Dezinfekce výparníku"), (300, "12 %"), (400, "1 830,00"), (520, "219,60")]),
        (200, [(20, "Sazba Základ v Kč DPH v Kč"), (500, "Celkem bez DPH"), (700, "15 663,00 Kč")]),
        (225, [(20, "21 %"), (120, "13 833,00"), (250, "2 904,93"), (500, "Zaokrouhlení"), (700, "0,47 Kč")]),
        (250, [(20, "12 %"), (120, "1 830,00"), (250, "219,60"), (500, "Celkem k úhradě")]),
        (250, [(700, "18 788,00 Kč")]),
    ]
    f = extract_document(doc_from_rows(rows, 900, 800)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("15663.00", "3124.53", "18788.00")


def test_base_rate_quota_rows_without_row_totals_give_net_and_tax() -> None:
    """Spanish: ``base  rate  cuota`` rows, the sum of the bases under them, the total below."""
    rows = [
        (20, [(20, "FACTURA")]),
        (45, [(20, "Número de factura B24/0086")]),
        (120, [(20, "Barra libre de refrescos"), (300, "189"), (380, "9,71"), (520, "1.835,19")]),
        (200, [(20, "Base imponible"), (160, "% IVA"), (300, "Cuota IVA")]),
        (225, [(20, "1.835,19"), (160, "10 %"), (300, "183,52")]),
        (250, [(20, "2.673,22"), (160, "21 %"), (300, "561,38")]),
        (275, [(20, "4.508,41")]),
        (320, [(20, "TOTAL FACTURA: 5.253,31 €")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("4508.41", "744.90", "5253.31")


def test_a_column_headed_percent_holds_the_rate_not_the_tax() -> None:
    index = label_index(load_doc_type_schemas()["invoice"])
    header = "Base imponible % IVA Cuota IVA TOTAL FACTURA"
    taxes = [header[m.start : m.end].strip() for m in index.find(header) if m.key == "tax"]
    assert taxes == ["Cuota IVA"]
    assert index.at_start("% IVA") is None and index.at_start("IVA 21 %") is not None


def test_a_discount_is_no_deduction_from_what_was_billed() -> None:
    """``Sub-total 87,400.00`` / ``Discount -1,400.00`` / ``TOTAL 86,000.00``: the invoice's total is after
    its discount (a payment or credit printed so would leave the total above it)."""
    rows = [
        (20, [(20, "HANG CHEONG RENOVATION ENGINEERING LIMITED")]),
        (45, [(20, "INVOICE"), (400, "Invoice No. HC-INV-2503-027")]),
        (70, [(400, "Date 14/03/2025")]),
        (100, [(20, "1 Demolition of existing kitchen cabinets"), (500, "6,800.00")]),
        (125, [(20, "2 Custom kitchen cabinets"), (500, "80,600.00")]),
        (160, [(300, "小計 Sub-total"), (500, "87,400.00")]),
        (185, [(300, "折扣 Discount"), (500, "-1,400.00")]),
        (210, [(300, "總額 TOTAL (HK$)"), (500, "86,000.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 900)).fields["total"].value == "86000.00"
