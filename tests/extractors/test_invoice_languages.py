"""Invoices in other languages and layouts: month names, space-grouped amounts, tax rates beside their
label, table headers that are no field labels, titles beside the vendor's name, currency marks."""

from __future__ import annotations

import pytest

from idp.extractors import extract_document
from idp.extractors.amounts import choose_total, page_amounts
from idp.extractors.currency_marks import currency_marks
from idp.extractors.layout import build_lines
from idp.extractors.normalize import find_dates, normalize_currency, normalize_date
from idp.extractors.values import amounts_in, normalize_id, parse_id
from tests.extractors.builders import doc_from_rows, make_doc, words_at


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("21 de agosto de 2025", "2025-08-21"),  # Spanish and Portuguese "de"
        ("4 de setembro de 2025", "2025-09-04"),
        ("15. März 2026", "2026-03-15"),  # German, umlaut
        ("1er janvier 2026", "2026-01-01"),  # French ordinal
        ("12 août 2026", "2026-08-12"),
        ("17 février 2026", "2026-02-17"),
        ("1 gennaio 2026", "2026-01-01"),  # Italian
        ("12 dicembre 2025", "2025-12-12"),
        ("7 outubro 2025", "2025-10-07"),  # Portuguese
        ("31 mrt. 2026", "2026-03-31"),  # Dutch abbreviation
        ("Nov 26, 2026", "2026-11-26"),
        ("5 Septembe 2019", "2019-09-05"),  # an English stem with a cut ending still reads
    ],
)
def test_month_names_in_several_languages(text: str, iso: str) -> None:
    assert normalize_date(text) == iso
    assert find_dates(f"Fecha: {text}")[0][2] == text


@pytest.mark.parametrize("text", ["2 set 12.00", "1 out 25", "3 general 12"])
def test_words_that_begin_like_months_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


def test_dollar_marks_with_country_letters() -> None:
    assert normalize_currency("MX$") == "MXN"
    assert normalize_currency("R$") == "BRL"
    assert normalize_currency("CA$") == "CAD"
    marks = currency_marks(["24.155,51 MX$", "R$ 1.234,56", "US$ 5.00"])
    assert marks == {"MXN": 1.0, "BRL": 1.0, "USD": 1.0}


def test_space_grouped_total_is_read_whole() -> None:
    doc = doc_from_rows(
        [
            (20, [(20, "Total ilíquido"), (400, "101 513,28")]),
            (45, [(20, "IVA 13%"), (400, "13 196,73")]),
            (70, [(20, "Valor total"), (400, "114 710,01")]),
        ]
    )
    doc = build_lines(doc)
    total, implied = choose_total(doc, doc.lines, page_amounts(doc.lines), "t")
    assert total is not None and total.value == "114710.01"
    assert str(implied["subtotal_plus_tax"]) == total.value and len(implied) == 1


def test_foreign_net_amount_is_no_total() -> None:
    # "Sous-total" and "Imponibile" are net amounts: the total is the one labelled TTC / "da pagare"
    for net, gross in (("Sous-total HT", "Net à payer"), ("Imponibile", "Totale da pagare")):
        doc = doc_from_rows([(20, [(20, net), (400, "2.000,00")]), (45, [(20, gross), (400, "1.900,00")])])
        doc = build_lines(doc)
        total, _ = choose_total(doc, doc.lines, page_amounts(doc.lines), "t")
        assert total is not None and total.value == "1900.00", net


ITALIAN = [
    (20, [(20, "Tipografia Esempio S.r.l."), (420, "Fattura")]),
    (45, [(20, "Via Roma 12"), (360, "Fattura nr.: FA2692662")]),
    (70, [(20, "20121 Milano"), (360, "Data fattura: 08.04.2026")]),
    (95, [(20, "P.IVA IT01234567890"), (360, "Scadenza: 8 maggio 2026")]),
    (135, [(20, "#"), (60, "Descrizione"), (300, "Q.tà"), (380, "Prezzo"), (480, "Importo")]),
    (160, [(20, "1"), (60, "Consulenza"), (300, "2"), (380, "500,00"), (480, "1.000,00")]),
    (185, [(20, "2"), (60, "Manutenzione"), (300, "1"), (380, "250,00"), (480, "250,00")]),
    (225, [(300, "Imponibile"), (480, "1.250,00")]),
    (250, [(300, "IVA 22%"), (480, "275,00")]),
    (275, [(300, "Totale fattura"), (480, "1.525,00 €")]),
]


def test_italian_invoice_with_title_beside_the_vendor() -> None:
    f = extract_document(doc_from_rows(ITALIAN, 700, 900)).fields
    assert f["vendor_name"].value == "Tipografia Esempio S.r.l."  # "Fattura" is the title, no label
    assert f["invoice_number"].value == "FA2692662"
    assert f["date"].value == "2026-04-08"
    assert f["due_date"].value == "2026-05-08"
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("1250.00", "275.00", "1525.00")
    assert f["currency"].value == "EUR"


def test_tax_rate_after_its_label_is_no_value() -> None:
    rows = [(20, [(20, "Base imponible"), (400, "1.000,00")]), (45, [(20, "Cuota IVA 21%"), (400, "210,00")])]
    rows.append((70, [(20, "Total factura"), (400, "1.210,00")]))
    f = extract_document(doc_from_rows(rows)).fields
    assert f["tax"].value == "210.00" and f["total"].value == "1210.00"


def test_table_header_labels_no_field() -> None:
    # "Total HT" heads the amount column here: the subtotal is the one printed under the table
    rows = [
        (20, [(20, "FACTURE"), (360, "Facture n° 2026-117")]),
        (60, [(20, "#"), (60, "Désignation"), (300, "Qté"), (380, "P.U. HT"), (480, "Total HT")]),
        (85, [(20, "1"), (60, "Conseil"), (300, "10"), (380, "140,05"), (480, "1 400,50")]),
        (110, [(20, "2"), (60, "Formation"), (300, "1"), (380, "600,00"), (480, "600,00")]),
        (150, [(300, "Total HT"), (480, "2 000,50")]),
        (175, [(300, "TVA 20 %"), (480, "400,10")]),
        (200, [(300, "Total TTC"), (480, "2 400,60 €")]),
    ]
    doc = extract_document(doc_from_rows(rows, 700, 600))
    assert doc.fields["subtotal"].value == "2000.50"
    assert doc.fields["total"].value == "2400.60"
    assert [i.amount for i in doc.line_items] == ["1400.50", "600.00"]


def test_title_on_the_vendor_line_is_cut() -> None:
    rows = [
        (20, [(20, "Greenfield Office Supply Inc."), (320, "INVOICE")]),  # one cell: a narrow gap
        (45, [(20, "12 High Street")]),
        (85, [(20, "Invoice #: 2025-08058")]),
        (110, [(20, "Total: $120.00")]),
    ]
    doc = doc_from_rows(rows)
    for w in doc.pages[0].words[:3]:  # the name in larger type
        w.bbox = (w.bbox[0], w.bbox[1] - 6, w.bbox[2], w.bbox[3])
    f = extract_document(doc).fields
    assert f["vendor_name"].value == "Greenfield Office Supply Inc."


def test_a_date_wrapped_over_two_lines_is_read_whole() -> None:
    rows = [
        (40, [(40, "Factura")]),
        (100, [(40, "Proveedor: Talleres Ruiz S.L.")]),
        (140, [(40, "Fecha:"), (200, "6 de septiembre")]),
        (162, [(200, "de 2025")]),
        (200, [(40, "Total:"), (200, "1.210,00 EUR")]),
    ]
    date = extract_document(doc_from_rows(rows)).fields["date"]
    assert date.value == "2025-09-06" and date.raw == "6 de septiembre de 2025"


def test_a_date_wrapped_in_a_right_aligned_column_is_read_whole() -> None:
    rows = [  # 10 px a letter: "14 novembre" ends at x 640, where "2025" under it ends
        (40, [(40, "Oranje Print S.A."), (600, "Facture")]),
        (100, [(40, "Delta Ingeniería S.A."), (400, "Échéance"), (530, "14 novembre")]),
        (122, [(40, "London EC1A 1BB"), (600, "2025")]),
        (200, [(40, "Montant TTC"), (600, "CHF 1'210.00")]),
    ]
    due = extract_document(doc_from_rows(rows, 800, 400)).fields["due_date"]
    assert due.value == "2025-11-14" and due.raw == "14 novembre 2025"


def test_a_label_under_a_date_is_not_its_continuation() -> None:
    rows = [
        (40, [(40, "Factura")]),
        (140, [(40, "Fecha:"), (200, "6 de septiembre")]),
        (162, [(200, "Vencimiento: 2025")]),
        (200, [(40, "Total:"), (200, "1.210,00 EUR")]),
    ]
    fields = extract_document(doc_from_rows(rows)).fields
    assert "date" not in fields or fields["date"].value != "2025-09-06"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Amount due JPY 1,873,379", "JPY 1,873,379"),  # yen have no decimals
        ("Fizetendő 125 000 Ft", "125 000 Ft"),
        ("TOTAL EUR 7,051.74", "EUR 7,051.74"),  # decimals read as before
        ("Total 101 925,91 €", "101 925,91 €"),  # not "€ 101" out of a space-grouped amount
    ],
)
def test_whole_amounts_next_to_a_currency_mark(text: str, raw: str) -> None:
    assert [found[2] for found in amounts_in(text)] == [raw]


@pytest.mark.parametrize("text", ["GST 123456", "Qty 2", "INV 2024", "Page 1 of 2", "1,873 units"])
def test_whole_numbers_without_a_currency_mark_are_no_amounts(text: str) -> None:
    assert amounts_in(text) == []


def test_polish_invoice_fields() -> None:
    doc = extract_document(
        doc_from_rows(
            [
                (20, [(20, "Kowalczyk Transport sp. z o.o.")]),
                (45, [(20, "Faktura VAT"), (300, "Numer faktury"), (420, "FV/49/06/2024")]),
                (70, [(300, "Data wystawienia"), (420, "10.06.2024")]),
                (95, [(300, "Termin płatności"), (420, "24.06.2024")]),
                (140, [(20, "Nazwa"), (250, "Ilość"), (320, "Cena netto"), (430, "Wartość netto")]),
                (165, [(20, "Usługa transportowa"), (250, "2"), (320, "139,14"), (430, "278,28")]),
                (190, [(20, "Szkolenie BHP"), (250, "12"), (320, "123,96"), (430, "1487,52")]),
                (230, [(300, "Wartość netto"), (430, "1765,80 zł")]),
                (255, [(300, "Kwota VAT"), (430, "406,13 zł")]),
                (280, [(300, "Do zapłaty"), (430, "2171,93 zł")]),
            ]
        )
    )
    f = doc.fields
    assert doc.doc_type.value == "invoice"
    assert f["invoice_number"].value == "FV/49/06/2024"
    assert (f["date"].value, f["due_date"].value) == ("2024-06-10", "2024-06-24")
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("1765.80", "406.13", "2171.93")
    assert f["currency"].value == "PLN"


def test_vendor_under_a_labelled_first_line_and_tax_on_a_stated_base() -> None:
    """The invoice number printed above the letterhead does not hide it; the customer under "Billed to"
    is no vendor; "VAT (23% on EUR 5,733.12)" names the base, the tax is the amount after it."""
    doc = extract_document(
        doc_from_rows(
            [
                (20, [(20, "Invoice No: C349435F-4945")]),
                (50, [(20, "Liffey Cloud Services Ltd")]),
                (80, [(20, "Issue date"), (150, "27/12/2024")]),
                (105, [(20, "Due date"), (150, "10/02/2025")]),
                (150, [(20, "Billed to")]),
                (175, [(20, "Shamrock Data Ltd")]),
                (220, [(20, "Details"), (300, "Qty"), (380, "Price"), (480, "Amount")]),
                (245, [(20, "Storage 500 GB"), (300, "24"), (380, "228.55"), (480, "5,485.20")]),
                (270, [(20, "Pro plan - annual"), (300, "12"), (380, "20.66"), (480, "247.92")]),
                (310, [(300, "Net total"), (460, "EUR 5,733.12")]),
                (335, [(300, "VAT (23% on EUR 5,733.12)"), (460, "EUR 1,318.62")]),
                (360, [(300, "TOTAL"), (460, "EUR 7,051.74")]),
            ]
        )
    )
    f = doc.fields
    assert f["vendor_name"].value == "Liffey Cloud Services Ltd"
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("5733.12", "1318.62", "7051.74")


def test_a_tax_summary_tables_header_labels_no_field() -> None:
    """ "Netto  USt.  Brutto" over rows of amounts heads columns: its first row is not the subtotal."""
    doc = extract_document(
        doc_from_rows(
            [
                (20, [(20, "Schreinerei Holzmann GmbH"), (300, "Rechnungsnr."), (420, "DE2025-2305886")]),
                (45, [(300, "Rechnungsdatum"), (420, "27.05.2025")]),
                (90, [(20, "Bezeichnung"), (250, "Menge"), (450, "Betrag")]),
                (115, [(20, "Kleinmaterial"), (250, "2"), (450, "169,04")]),
                (140, [(20, "Montagearbeiten"), (250, "4"), (450, "565,75")]),
                (185, [(20, "Steuersatz"), (200, "Netto"), (320, "USt."), (450, "Brutto")]),
                (210, [(20, "7%"), (200, "565,75"), (320, "39,60"), (450, "605,35")]),
                (235, [(20, "19%"), (200, "169,04"), (320, "32,12"), (450, "201,16")]),
                (280, [(20, "Zwischensumme netto"), (450, "€ 734,79")]),
                (305, [(20, "Summe USt."), (450, "€ 71,72")]),
                (330, [(20, "Gesamtbetrag"), (450, "€ 806,51")]),
            ]
        )
    )
    f = doc.fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("734.79", "71.72", "806.51")


def test_header_grid_values_under_a_neighbour_columns_line() -> None:
    """ "INVOICE NO.  DATED" with its values two lines down: the vendor's name, in the left column, is
    printed on the line between."""
    doc = extract_document(
        doc_from_rows(
            [
                (20, [(20, "TAX INVOICE"), (300, "Payment terms: 30 days")]),
                (50, [(300, "INVOICE NO."), (450, "DATED")]),
                (62, [(20, "Kaveri Tech Solutions Pvt. Ltd.")]),
                (76, [(300, "GST/25-26/0574"), (450, "20-Nov-25")]),
                (120, [(20, "Description"), (300, "Quantity"), (450, "Amount")]),
                (145, [(20, "Ceiling Fan"), (300, "10 Nos"), (450, "29,456.80")]),
                (170, [(20, "Total"), (450, "INR 29,456.80")]),
                (195, [(20, "Buyer (Bill to)")]),
                (220, [(20, "Sai Krishna Enterprises")]),
            ]
        )
    )
    f = doc.fields
    assert doc.doc_type.value == "invoice"
    assert f["invoice_number"].value == "GST/25-26/0574"
    assert f["date"].value == "2025-11-20"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("30. maj 2025", "2025-05-30"),  # Danish
        ("4. juni 2025", "2025-06-04"),  # Norwegian
        ("12. března 2025", "2025-03-12"),  # Czech, genitive
        ("1 października 2024", "2024-10-01"),  # Polish, genitive
        ("15 Kasım 2024", "2024-11-15"),  # Turkish, dotless i
        ("12 martie 2025", "2025-03-12"),  # Romanian
        ("2 de juny de 2025", "2025-06-02"),  # Catalan
        ("15 de setembre de 2025", "2025-09-15"),  # Catalan
    ],
)
def test_month_names_of_more_languages(text: str, iso: str) -> None:
    assert normalize_date(text) == iso


def test_space_grouped_amount_with_a_point_only_after_a_currency_mark() -> None:
    assert [f[2] for f in amounts_in("Invoice Total R 86 362.93")] == ["86 362.93"]
    assert [f[2] for f in amounts_in("QTY 2 120.00")] == ["120.00"]  # a quantity and a price


def test_an_invoice_number_printed_in_groups_is_read_whole() -> None:
    assert parse_id("60 3558 4523") == (0, 12, "6035584523")
    assert parse_id("PXW 9994297") == (0, 11, "PXW9994297")
    assert parse_id("INV-2025-7869")[2] == "INV-2025-7869"


def test_tax_inclusive_total_and_the_gst_it_includes() -> None:
    """New Zealand style: "Total includes GST of $6.31" names the tax, the total is $48.37; the items'
    header "Unit Price (incl. GST)" labels no tax."""
    doc = extract_document(
        doc_from_rows(
            [
                (20, [(20, "Parcelo"), (400, "TAX INVOICE")]),
                (45, [(20, "Sold by"), (300, "Invoice No."), (420, "NZ-3734186")]),
                (70, [(20, "Blue Harbour Outfitters Ltd"), (300, "Date of Issue"), (420, "23/03/2025")]),
                (95, [(20, "62 Queen Street, Wellington 6011"), (300, "GST No."), (420, "444-636-197")]),
                (140, [(20, "Description"), (200, "Qty"), (280, "Unit Price (incl. GST)"), (450, "Amount")]),
                (165, [(20, "Running Socks 3-pack"), (200, "1"), (280, "48.37"), (450, "48.37")]),
                (205, [(300, "Total (NZD)"), (450, "$48.37")]),
                (230, [(300, "Total includes GST of $6.31")]),
            ]
        )
    )
    f = doc.fields
    assert (f["total"].value, f["tax"].value) == ("48.37", "6.31")
    assert f["vendor_name"].value == "Blue Harbour Outfitters Ltd"


def test_a_title_that_numbers_its_document() -> None:
    """ "FACTURE N° FA-2025-143" printed large is a title, and it carries the invoice number."""
    rows = [
        (20, [(20, "Atelier Lumière SARL")]),
        (45, [(20, "163 rue des Lilas, 25390 Lyon")]),
        (80, [(20, "Date d'émission : 18 octobre 2025")]),
        (120, [(20, "Désignation"), (450, "Montant")]),
        (145, [(20, "Conseil"), (450, "1 200,00 €")]),
        (185, [(300, "Total TTC"), (450, "1 440,00 €")]),
    ]
    doc = doc_from_rows(rows)
    title = doc_from_rows([(60, [(20, "FACTURE N° FA-2025-143")])]).pages[0].words
    for w in title:  # printed twice as tall as the text
        x0, y0, x1, y1 = w.bbox
        w.bbox = (x0 * 2, y0, x1 * 2, y0 + 2 * (y1 - y0))
    doc.pages[0].words = [*doc.pages[0].words, *title]
    assert extract_document(doc).fields["invoice_number"].value == "FA-2025-143"


def test_a_currency_code_inside_a_word_counts_less_than_one_beside_an_amount() -> None:
    marks = currency_marks(["4 Paleta EUR szt. 3 2 486,75", "Do zapłaty: 18 751,34 PLN"])
    assert max(marks, key=lambda c: marks[c]) == "PLN"


def test_a_combined_label_has_its_value_under_it() -> None:
    doc = extract_document(
        doc_from_rows(
            [
                (20, [(20, "Brookvale Trading Ltd"), (300, "Invoice date / Delivery date")]),
                (45, [(300, "11 December 2024")]),
                (70, [(20, "Order date 9 December 2024"), (300, "Invoice No. BT-4471")]),
                (120, [(20, "Description"), (450, "Amount")]),
                (145, [(20, "Teapot"), (450, "£40.00")]),
                (185, [(300, "Total"), (450, "£40.00")]),
            ]
        )
    )
    assert doc.fields["date"].value == "2024-12-11"


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("0N4459796", "ON4459796"),
        ("P0L-2020", "POL-2020"),
        ("INV-2O19-0042", "INV-2019-0042"),
        ("A0123", "A0123"),
        ("F0BAC-1255", "F0BAC-1255"),  # hexadecimal: its zero is a zero
    ],
)
def test_ocr_swaps_mended_in_identifiers(read: str, mended: str) -> None:
    """A zero in a letter prefix is an O; an O among digits is a zero; "A0123" may be either: kept."""
    assert normalize_id(read) == mended


def test_a_meta_row_with_values_centred_under_their_labels() -> None:
    """ "Fakturanummer  Fakturadato  Forfall  ..." over as many values, each centred in its column: a
    value may start left of its label (``4. juni 2025`` under ``Forfall``)."""
    doc = extract_document(
        doc_from_rows(
            [
                (20, [(20, "Stavanger Industrial ASA"), (400, "FAKTURA")]),
                (60, [(20, "Fakturanummer"), (230, "Fakturadato"), (440, "Forfall"), (620, "Kundenr.")]),
                (85, [(25, "INV-2025-7869"), (210, "5. april 2025"), (400, "4. juni 2025"), (625, "C-8955")]),
                (130, [(20, "Varetekst"), (600, "Beløp")]),
                (155, [(20, "Konsulenttimer"), (580, "kr 24 349,52")]),
                (195, [(400, "Totalt"), (580, "kr 24 349,52")]),
            ],
            900,
            800,
        )
    )
    f = doc.fields
    assert f["invoice_number"].value == "INV-2025-7869"
    assert (f["date"].value, f["due_date"].value) == ("2025-04-05", "2025-06-04")


def test_a_lira_or_rand_mark_counts_only_beside_an_amount() -> None:
    marks = currency_marks(["Palet (EUR) 377 Adet 89,64 TL %20 33.794,28 TL", "Toplam 169.304,50 TL"])
    assert max(marks, key=lambda c: marks[c]) == "TRY"
    assert currency_marks(["Lithium battery 4 R 17 223.10 R 68 892.40", "Less deposit -R 193 937.00"]) == {
        "ZAR": 3.0
    }
    assert currency_marks(["Insulation R2.6 batts 20 127.49", "TL Logistics"]) == {}


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Wien, am 6. Juni 2025", "2025-06-06"),
        ("Genève, le 08.05.2025", "2025-05-08"),
        ("Porto Alegre, 10 de agosto de 2025", "2025-08-10"),
        ("del 23/11/2025", "2025-11-23"),
    ],
)
def test_the_date_of_a_letter_dates_an_invoice_without_a_date_label(line: str, iso: str) -> None:
    rows = [
        (20, [(20, "Horlogerie Vuilleumier SA")]),
        (45, [(20, "Lieferung 04.06.2025 · Auftrag 55")]),  # a date after other words: not the letter's
        (70, [(380, line)]),
        (95, [(20, "Facture n° 2025-3378")]),
        (290, [(380, "Total"), (480, "CHF 1'755.00")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["date"].value == iso and f["date"].source.endswith("+dateline")


def test_a_letter_dated_on_a_line_of_its_own_with_its_due_date_in_a_sentence() -> None:
    rows = [
        (20, [(20, "Hollins & Marsh Joinery Ltd")]),
        (45, [(20, "Mill Lane, Hebden Bridge HX7 8QD")]),
        (95, [(20, "Mrs A. Patel")]),
        (120, [(20, "14 Elm Row")]),
        (170, [(430, "17 December 2024")]),
        (210, [(20, "Invoice 1350 - kitchen fitting at 14 Elm Row")]),
        (235, [(20, "For the work carried out between 28 November and 14 December 2024 we charge:")]),
        (280, [(20, "Description"), (300, "Qty"), (400, "Rate"), (500, "Amount")]),
        (305, [(20, "Worktop fitting"), (300, "5"), (400, "£392.00"), (500, "£1,960.00")]),
        (350, [(380, "Total payable"), (500, "£1,960.00")]),
        (400, [(20, "Please transfer the total amount by 31 December 2024 to our account, quoting 1350.")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert f["date"].value == "2024-12-17" and f["date"].source.endswith("+dateline")
    assert f["due_date"].value == "2024-12-31" and f["due_date"].source.endswith("+worded")


@pytest.mark.parametrize(
    ("title", "date_line", "due_line", "date", "due"),
    [
        ("LASKU", "Laskun päivä 18.8.2025", "Eräpäivä 1.9.2025", "2025-08-18", "2025-09-01"),
        ("FACTURĂ", "Data facturii: 08.03.2025", "Termen de plată: 07.04.2025", "2025-03-08", "2025-04-07"),
    ],
)
def test_date_and_due_date_labels(title: str, date_line: str, due_line: str, date: str, due: str) -> None:
    rows = [
        (20, [(20, "Konevuokraamo Koskinen Oy"), (380, title)]),
        (70, [(380, "Nr. 4903")]),
        (95, [(380, date_line)]),
        (120, [(380, due_line)]),
        (290, [(380, "Total"), (480, "732,92 €")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["date"].value, f["due_date"].value) == (date, due)


def test_a_greek_invoice() -> None:
    rows = [
        (20, [(20, "ΚΩΣΤΟΠΟΥΛΟΣ ΤΕΧΝΙΚΗ Ε.Π.Ε.")]),
        (45, [(20, "Οδός Πειραιώς 22, 10431 Αθήνα · Α.Φ.Μ. 094512387")]),
        (80, [(20, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ")]),
        (105, [(20, "Αριθμός: 001293")]),
        (130, [(20, "Ημερομηνία: 14/02/2025")]),
        (155, [(20, "Πελάτης: ΜΑΡΙΝΑ ΚΡΗΤΗΣ Α.Ε.")]),
        (200, [(20, "Περιγραφή"), (300, "Ποσότητα"), (480, "Αξία")]),
        (225, [(20, "Συντήρηση"), (300, "2"), (480, "400,00")]),
        (270, [(300, "Καθαρή αξία"), (480, "400,00 €")]),
        (295, [(300, "ΦΠΑ 24%"), (480, "96,00 €")]),
        (320, [(300, "Πληρωτέο ποσό"), (480, "496,00 €")]),
        (360, [(20, "Αθήνα, 14 Φεβρουαρίου 2025")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 800))
    f = doc.fields
    assert doc.doc_type.value == "invoice"
    assert (f["invoice_number"].value, f["date"].value) == ("001293", "2025-02-14")
    assert f["total"].value == "496.00"
    assert (f["currency"].value, f["tax"].value, f["subtotal"].value) == ("EUR", "96.00", "400.00")
    assert f["vendor_name"].value == "ΚΩΣΤΟΠΟΥΛΟΣ ΤΕΧΝΙΚΗ Ε.Π.Ε."
    assert normalize_date("3 Μαΐου 2025") == "2025-05-03"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # Croatian: tax by rate over three lines
            [
                (20, [(20, "Zagorje Elektro d.o.o."), (420, "RAČUN")]),
                (60, [(380, "Broj računa: 194/POS1/2")]),
                (85, [(380, "Datum izdavanja: 14.11.2025.")]),
                (110, [(380, "Datum dospijeća: 29. studenoga 2025.")]),
                (200, [(20, "Ukupno bez PDV-a"), (450, "2.645,79")]),
                (225, [(20, "PDV 5%"), (450, "25,51")]),
                (250, [(20, "PDV 13%"), (450, "94,95")]),
                (275, [(20, "PDV 25%"), (450, "351,32")]),
                (300, [(20, "UKUPNO ZA PLATITI (EUR)"), (450, "3.117,57")]),
            ],
            ("194/POS1/2", "2025-11-14", "2025-11-29", "3117.57", "471.78", "EUR"),
        ),
        (  # Bulgarian, Cyrillic
            [
                (20, [(20, "Балкан Транс Логистик ООД"), (420, "ФАКТУРА")]),
                (60, [(380, "Фактура № 0000081015")]),
                (85, [(380, "Дата на издаване: 25.01.2025 г.")]),
                (110, [(380, "Срок за плащане: 8 февруари 2025 г.")]),
                (200, [(20, "Данъчна основа 20 %:"), (450, "4 590,72 лв.")]),
                (225, [(20, "ДДС 20 %:"), (450, "918,14 лв.")]),
                (250, [(20, "Сума за плащане:"), (450, "5 508,86 лв.")]),
                (275, [(20, "Валута: BGN")]),
            ],
            ("0000081015", "2025-01-25", "2025-02-08", "5508.86", "918.14", "BGN"),
        ),
    ],
)
def test_invoices_in_croatian_and_bulgarian(rows, expected) -> None:
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    got = tuple(f[k].value for k in ("invoice_number", "date", "due_date", "total", "tax", "currency"))
    assert got == expected


def test_a_chilean_factura_in_whole_pesos() -> None:
    """ "$" on a page with a R.U.T. is the Chilean peso, printed without decimals."""
    rows = [
        (20, [(20, "Importadora Andes Sur S.A."), (420, "FACTURA ELECTRÓNICA")]),
        (45, [(20, "R.U.T.: 77.813.602-7"), (420, "Nº 46835")]),
        (70, [(20, "Fecha Emisión 22 de marzo de 2025")]),
        (150, [(20, "Cinta de riego 16 mm (rollo)"), (300, "12"), (450, "$ 993.480")]),
        (175, [(20, "Semilla tomate híbrido"), (300, "6"), (450, "$ 170.400")]),
        (215, [(20, "Monto Neto"), (450, "$ 1.163.880")]),
        (240, [(20, "I.V.A. 19%"), (450, "$ 221.137")]),
        (265, [(20, "Total"), (450, "$ 1.385.017")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 800))
    f = doc.fields
    assert doc.doc_type.value == "invoice"
    assert (f["currency"].value, f["total"].value, f["tax"].value) == ("CLP", "1385017.00", "221137.00")
    assert (f["invoice_number"].value, f["date"].value) == ("46835", "2025-03-22")


def test_a_totals_grid_whose_labels_carry_a_rate() -> None:
    rows = [
        (20, [(20, "Norrsken Konsult AB"), (420, "Faktura")]),
        (50, [(300, "Fakturadatum"), (450, "Fakturanr")]),
        (75, [(300, "2025-03-22"), (450, "10489")]),
        (200, [(20, "Exkl. moms"), (150, "Moms 25 %"), (300, "Momspliktigt"), (450, "Att betala SEK")]),
        (225, [(20, "112 591,69"), (150, "28 147,92"), (300, "112 591,69"), (450, "140 739,61")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("112591.69", "28147.92", "140739.61")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # Vietnamese, bilingual labels with the English gloss in brackets, VND printed whole
            [
                (20, [(20, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG (VAT INVOICE)")]),
                (45, [(20, "Số (No.): 00063493")]),
                (70, [(20, "Ngày 28 tháng 07 năm 2025")]),
                (95, [(20, "Đơn vị tiền tệ (Currency): VND")]),
                (150, [(20, "Máy in laser A4"), (300, "4"), (450, "3.040.000")]),
                (200, [(20, "Cộng tiền hàng (Total amount): 3.040.000")]),
                (225, [(20, "Tiền thuế GTGT (VAT amount): 304.000")]),
                (250, [(20, "Tổng cộng tiền thanh toán (Total payment): 3.344.000")]),
            ],
            ("00063493", "2025-07-28", "VND", "3040000.00", "304000.00"),
        ),
        (  # Indonesian, rupiah beside whole amounts
            [
                (20, [(20, "PT Samudra Kargo Nusantara"), (420, "FAKTUR")]),
                (45, [(20, "Nomor Faktur INV/2025/10/0932"), (380, "Tanggal Faktur 13 Oktober 2025")]),
                (150, [(20, "Biaya bongkar muat"), (450, "Rp 6.747.000")]),
                (200, [(20, "Subtotal (DPP)"), (450, "Rp 6.747.000")]),
                (225, [(20, "PPN 11%"), (450, "Rp 742.170")]),
                (250, [(20, "Total"), (450, "Rp 7.489.170")]),
            ],
            ("INV/2025/10/0932", "2025-10-13", "IDR", "6747000.00", "742170.00"),
        ),
    ],
)
def test_invoices_in_vietnamese_and_indonesian(rows, expected) -> None:
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    assert tuple(f[k].value for k in ("invoice_number", "date", "currency", "subtotal", "tax")) == expected


def test_an_israeli_tax_invoice_receipt_and_new_taiwan_dollars() -> None:
    rows = [
        (20, [(20, "Carmel Solar Systems Ltd.")]),
        (45, [(20, "Tax Invoice / Receipt No. 20691")]),
        (70, [(20, "Date: 21/04/2025")]),
        (150, [(20, "Installation labour (day)"), (300, "2"), (450, "28,447.80 ₪")]),
        (200, [(20, "Subtotal"), (450, "28,447.80 ₪")]),
        (225, [(20, "VAT 18%"), (450, "5,120.60 ₪")]),
        (250, [(20, "Total"), (450, "33,568.40 ₪")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 800))
    assert doc.doc_type.value == "invoice"
    assert (doc.fields["invoice_number"].value, doc.fields["currency"].value) == ("20691", "ILS")
    marks = currency_marks(["Sales Amount NT$ 2,572,205", "Total NT$ 2,700,815"])
    assert max(marks, key=lambda c: marks[c]) == "TWD"


def test_a_dong_total_without_a_mark_and_a_tax_label_inside_its_line() -> None:
    rows = [
        (20, [(20, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG (VAT INVOICE)")]),
        (45, [(20, "Số (No.): 00063493")]),
        (70, [(20, "Ngày 28 tháng 07 năm 2025")]),
        (95, [(20, "Đơn vị tiền tệ (Currency): VND")]),
        (150, [(20, "Máy in laser A4"), (300, "4"), (450, "3.040.000")]),
        (200, [(20, "Cộng tiền hàng (Total amount): 3.040.000")]),
        (225, [(20, "Thuế suất GTGT (VAT rate): 10%   Tiền thuế GTGT (VAT amount): 304.000")]),
        (250, [(20, "Tổng cộng tiền thanh toán (Total payment): 3.344.000")]),
    ]
    f = extract_document(doc_from_rows(rows, 900, 800)).fields
    got = (f["subtotal"].value, f["tax"].value, f["total"].value)
    assert got == ("3040000.00", "304000.00", "3344000.00")
    assert f["total"].source.endswith("+whole")


def test_a_catalan_factura() -> None:
    rows = [
        (20, [(20, "Barcelona, 2 de juny de 2025")]),
        (50, [(20, "Factura núm."), (200, "Data"), (350, "Venciment"), (500, "Comanda")]),
        (75, [(20, "A-2025/0971"), (200, "02/06/2025"), (350, "02/07/2025"), (500, "C-9646")]),
        (110, [(20, "EMISSOR"), (400, "CLIENT")]),
        (135, [(20, "Taller de Disseny Montseny, S.L."), (400, "Celler Can Roca del Penedès, S.A.")]),
        (200, [(20, "Maquetació de catàleg (pàgina)"), (300, "3"), (450, "3.055,50 €")]),
        (250, [(20, "Base imposable 3.055,50 €"), (400, "Lliurament a compte rebut: 1.000,00 €")]),
        (275, [(20, "IVA 21% 641,66 €")]),
        (300, [(20, "Total factura 3.697,16 €"), (400, "Pendent de pagament: 2.697,16 €")]),
    ]
    f = extract_document(doc_from_rows(rows, 720, 800)).fields
    got = tuple(f[k].value for k in ("invoice_number", "date", "due_date", "subtotal", "tax", "total"))
    assert got == ("A-2025/0971", "2025-06-02", "2025-07-02", "3055.50", "641.66", "3697.16")


def test_a_number_under_its_title_past_the_letterhead_address_beside_it() -> None:
    rows = [
        (20, [(20, "Kalayaan Facilities Management Corp."), (560, "SERVICE INVOICE")]),
        (45, [(20, "Unit 1204 Tower One, Ayala Avenue, Makati City 1226")]),
        (55, [(600, "No. 0006995")]),
        (80, [(20, "VAT Reg. TIN: 009-797-451-00000")]),
        (105, [(20, "Sold to: Manila Harbor Traders Co."), (560, "Date 01/27/2025")]),
        (200, [(20, "Supply of cleaning materials"), (300, "2"), (560, "43,841.00")]),
        (250, [(400, "TOTAL AMOUNT DUE"), (560, "₱ 43,841.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 760, 800)).fields["invoice_number"].value == "0006995"


def test_an_eight_digit_number_that_is_no_date_is_an_id() -> None:
    from idp.extractors.values import parse_id

    assert parse_id("20240746") == (0, 8, "20240746")  # no day 46
    assert parse_id("20240730") is None  # a date


def test_a_czech_title_with_its_subtitle_numbers_the_invoice() -> None:
    rows = [
        (20, [(20, "Faktura - daňový doklad č. 25020201")]),
        (60, [(20, "KLIMA SERVIS Morava s.r.o.")]),
        (200, [(20, "Montážní práce"), (450, "2 121,00")]),
        (250, [(300, "Celkem k úhradě"), (450, "2 566,41 Kč")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["invoice_number"].value == "25020201"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("£278.80 due 19 April 2024", "2024-04-19"),
        ("Bitte überweisen Sie den Restbetrag bis zum 16.08.2024 ohne Abzug.", "2024-08-16"),
        ("Terms / Due Date 30 Days / 28/07/2024", "2024-07-28"),
        ("Veuillez régler avant le 15/05/2024.", "2024-05-15"),
    ],
)
def test_a_due_date_in_words(line: str, iso: str) -> None:
    rows = [
        (20, [(20, "Fernhill Digital Ltd")]),
        (45, [(380, "Invoice No. 9CD0-0006")]),
        (70, [(380, "Date 05/04/2024")]),
        (110, [(20, line)]),
        (200, [(20, "Team plan"), (450, "210.00")]),
        (250, [(300, "Total"), (450, "£210.00")]),
    ]
    due = extract_document(doc_from_rows(rows, 900, 800)).fields["due_date"]
    assert due.value == iso


def test_a_date_in_words_before_the_invoice_date_is_no_due_date() -> None:
    rows = [
        (20, [(20, "Fernhill Digital Ltd")]),
        (45, [(380, "Invoice No. 9CD0-0006")]),
        (70, [(380, "Date 05/04/2024")]),
        (110, [(20, "Payment by 01/03/2024 received, thank you")]),
        (250, [(300, "Total"), (450, "£210.00")]),
    ]
    assert "due_date" not in extract_document(doc_from_rows(rows, 900, 800)).fields


def test_issuer_and_customer_blocks_under_their_headings() -> None:
    rows = [
        (20, [(20, "FACTURA")]),
        (60, [(120, "DATOS DEL EMISOR"), (657, "DATOS DEL CLIENTE")]),
        (85, [(120, "Razón social: Banquetes La Alameda, S.A."), (657, "Asociación Vecinal El Pla")]),
        (110, [(120, "CIF: B52927360"), (657, "NIF: A17265688")]),
        (160, [(120, "Número de factura B24/0086")]),
        (185, [(120, "Fecha de expedición 18/04/2024")]),
        (300, [(500, "TOTAL FACTURA: 5.253,31 €")]),
    ]
    f = extract_document(doc_from_rows(rows, 1000, 800)).fields
    assert f["vendor_name"].value == "Banquetes La Alameda, S.A."
    assert f["customer_name"].value == "Asociación Vecinal El Pla"


def test_a_lone_no_cell_in_the_header_numbers_the_invoice() -> None:
    rows = [
        (20, [(20, "Chao Phraya Metalworks Co., Ltd."), (560, "TAX INVOICE / RECEIPT")]),
        (45, [(20, "88/9 Moo 4, Bangna-Trad Rd. Km. 23, Samut Prakan 10570")]),
        (90, [(20, "Customer"), (420, "No."), (560, "IV2511-0883")]),
        (115, [(20, "Eastern Seaboard Automotive Co., Ltd."), (420, "Date"), (560, "19 Nov 2025")]),
        (160, [(20, "No."), (80, "Description"), (400, "Qty"), (560, "Amount (THB)")]),
        (185, [(20, "1"), (80, "Bearing housing BH-45"), (400, "5"), (560, "40,515.00")]),
        (300, [(400, "Grand Total"), (560, "40,515.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 760, 800)).fields["invoice_number"].value == "IV2511-0883"


def test_a_title_that_ends_in_a_number_label_has_its_number_under_it() -> None:
    words = words_at("Faktura VAT nr", 20, 40, h=36, char_w=20)
    rows = [
        (20, [(620, "Miejsce wystawienia: Łódź")]),
        (45, [(620, "Data wystawienia: 2025-09-15")]),
        (65, [(620, "Data sprzedaży: 2025-09-09")]),
        (85, [(20, "FV/319/09/2025")]),
        (150, [(20, "Sprzedawca"), (420, "Nabywca")]),
        (300, [(400, "Do zapłaty"), (600, "1 230,00 zł")]),
    ]
    words += [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    f = extract_document(make_doc([words], 900, 800)).fields
    assert f["invoice_number"].value == "FV/319/09/2025"


def test_an_id_that_opens_with_a_label_word_is_a_value_under_its_label() -> None:
    rows = [
        (20, [(300, "Tax Invoice")]),
        (50, [(300, "Invoice No."), (520, "Dated")]),
        (72, [(20, "Kaveri Tech Pvt. Ltd.")]),
        (94, [(300, "GST/25-26/0574"), (520, "20-Nov-25")]),
        (300, [(300, "Total"), (520, "₹ 1,18,000.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["invoice_number"].value == "GST/25-26/0574"


def test_a_brazilian_service_invoice_names_its_iss() -> None:
    rows = [
        (20, [(20, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e")]),
        (45, [(20, "Número da Nota 00001734")]),
        (70, [(20, "Nome/Razão Social: Araucária Consultoria Empresarial Ltda.")]),
        (120, [(20, "VALOR TOTAL DA NOTA = R$ 40.293,52")]),
        (170, [(20, "Base de Cálculo (R$)"), (240, "Alíquota (%)"), (400, "Valor do ISS")]),
        (195, [(20, "40.293,52"), (240, "2,00"), (400, "R$ 805,87")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["tax"].value == "805.87"


def test_labels_read_without_their_stroke_and_dates_of_more_wordings() -> None:
    rows = [
        (20, [(20, "Drukarnia Offsetowa Nowak Sp. z o.o.")]),
        (45, [(20, "Faktura VAT nr FV/0596/02/2025")]),
        (70, [(20, "Data wystawienia: 12.02.2025")]),
        (95, [(20, "Termin platności: 26.02.2025")]),  # OCR drops the stroke of the ł
        (300, [(300, "Do zapłaty"), (500, "10 000,57 zł")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["due_date"].value == "2025-02-26"
    rows = [
        (20, [(20, "Menuiserie Rochat SA")]),
        (45, [(20, "Facture 25-0685"), (400, "Date 17 mai 2025")]),
        (70, [(20, "Payable à 30 jours net, soit jusqu'au 16.06.2025.")]),
        (300, [(300, "Total CHF"), (500, "49'908.65")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["due_date"].value == "2025-06-16"
    rows = [
        (20, [(20, "Hartley Brook Solicitors LLP")]),
        (45, [(20, "Invoice No. 22378"), (400, "Tax point 22 January 2025")]),
        (250, [(300, "VAT"), (500, "£517.39")]),
        (300, [(300, "Amount due"), (500, "£3,254.33")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 800)).fields["date"].value == "2025-01-22"


def test_a_simplified_invoice_title_numbers_its_ticket() -> None:
    rows = [
        (20, [(20, "FERRETERIA EL CLAVO S.L.")]),
        (45, [(20, "C/ Mayor, 41 - 46001 Valencia")]),
        (90, [(20, "FACTURA SIMPLIFICADA")]),
        (115, [(20, "N.º: T001-026957")]),
        (140, [(20, "Fecha: 10/03/2025 Hora: 14:42")]),
        (300, [(20, "TOTAL (IVA incl.)"), (300, "106,88 EUR")]),
    ]
    assert extract_document(doc_from_rows(rows, 420, 800)).fields["invoice_number"].value == "T001-026957"


def test_a_dated_label_after_an_order_number_dates_the_order_not_the_invoice() -> None:
    rows = [
        (20, [(300, "Tax Invoice")]),
        (50, [(20, "Mahalaxmi Hardware & Tools Pvt. Ltd."), (400, "Invoice No."), (600, "Dated")]),
        (75, [(20, "Plot 14, Bhosari MIDC, Pune 411026"), (400, "MHT/25-26/1136"), (600, "31-Jul-2025")]),
        (130, [(20, "Buyer (Bill to)"), (400, "Buyer's Order No."), (600, "Dated")]),
        (155, [(20, "Deccan Infra Projects LLP")]),
        (180, [(400, "PO/0600"), (600, "22-Jul-2025")]),
        (300, [(400, "Total"), (600, "₹ 1,18,000.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 760, 800)).fields["date"].value == "2025-07-31"


def test_the_day_or_the_time_of_a_date_is_no_invoice_number_and_a_folio_is_one() -> None:
    from idp.extractors.values import parse_id

    assert parse_id("13 de mayo de 2025 19:47") is None
    rows = [
        (20, [(20, "Hernández Outdoor S. de R.L. de C.V.")]),
        (60, [(260, "Factura")]),
        (85, [(20, "Folio"), (300, "25-80626")]),
        (110, [(20, "Fecha de emisión"), (260, "13 de mayo de 2025 19:47")]),
        (300, [(20, "Total"), (300, "$ 1,564.84 MXN")]),
    ]
    assert extract_document(doc_from_rows(rows, 600, 800)).fields["invoice_number"].value == "25-80626"
