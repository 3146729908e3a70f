"""The vendor's name at the top of an invoice (letterhead.py): names wrapped in large type, legal forms
and titles of more languages, and a labelled 'vendor' that is a tax id."""

from __future__ import annotations

from idp.extractors import extract_document
from tests.extractors.builders import doc_from_rows, make_doc, words_at

TOTALS = [
    (330, [(380, "Subtotal"), (520, "1.000,00")]),
    (355, [(380, "PPN 11%"), (520, "110,00")]),
    (380, [(380, "Total"), (520, "Rp 1.110,00")]),
]


def _doc(big: list[tuple[str, float, float]], rows: list[tuple[float, list[tuple[float, str]]]]):
    words = [w for text, x, y in big for w in words_at(text, x, y, h=30, char_w=16)]
    words += [w for y, cells in rows + TOTALS for x, text in cells for w in words_at(text, x, y)]
    return make_doc([words], 720, 900)


def test_a_name_wrapped_in_large_type_is_read_whole_and_a_local_title_is_no_name() -> None:
    rows = [
        (115, [(20, "Jl. Raya Cakung Cilincing Km. 3")]),
        (140, [(20, "Jakarta Utara 14130")]),
        (230, [(380, "Nomor Faktur INV/2025/10/0932")]),
        (255, [(380, "Tanggal Faktur 13 Oktober 2025")]),
    ]
    big = [("PT Samudra Kargo", 20, 20), ("Nusantara", 20, 54), ("FAKTUR", 420, 190)]
    f = extract_document(_doc(big, rows)).fields
    assert f["vendor_name"].value == "PT Samudra Kargo Nusantara"
    assert f["vendor_name"].raw == "PT Samudra Kargo Nusantara"
    assert f["vendor_address"].value.startswith("Jl. Raya Cakung")  # the wrapped line is not the address


def test_a_name_ending_in_its_legal_form_does_not_take_the_line_under_it() -> None:
    rows = [(230, [(380, "Invoice No. INV-77")]), (255, [(380, "Date 13/10/2025")])]
    big = [("Samudra Kargo Ltd", 20, 20), ("Logistics", 20, 54)]
    assert extract_document(_doc(big, rows)).fields["vendor_name"].value == "Samudra Kargo Ltd"


def test_legal_forms_of_more_countries_outrank_a_customer_with_a_familiar_one() -> None:
    for vendor in ("Moselle Formation S.à r.l.", "Termo Klima Novi Sad d.o.o.", "Anadolu Yazılım A.Ş."):
        rows = [
            (20, [(20, vendor)]),
            (45, [(20, "8, rue de l'Alzette")]),
            (140, [(20, "Fiduciaire Kirchberg S.A.")]),
            (165, [(20, "15, avenue J.F. Kennedy")]),
            (230, [(380, "Invoice No. FA-2025-0925")]),
            (255, [(380, "Date 28/06/2025")]),
        ]
        assert extract_document(make_doc_rows(rows)).fields["vendor_name"].value == vendor


def make_doc_rows(rows: list[tuple[float, list[tuple[float, str]]]]):
    return doc_from_rows(rows + TOTALS, 720, 900)


def test_a_seller_label_over_a_tax_id_names_no_vendor() -> None:
    rows = [
        (20, [(20, "Hsinchu Photonics Co., Ltd.")]),
        (45, [(20, "No. 8, Keya Rd., Taichung City 428")]),
        (120, [(380, "Invoice No."), (520, "TW25-1455")]),
        (145, [(380, "Invoice Date"), (520, "2025/08/14")]),
        (170, [(380, "Seller UBN"), (520, "87934307")]),
        (195, [(380, "Buyer UBN"), (520, "77454995")]),
    ]
    assert extract_document(make_doc_rows(rows)).fields["vendor_name"].value == "Hsinchu Photonics Co., Ltd."


def test_a_brand_takes_its_sarl_name_from_the_payment_slip() -> None:
    rows = [
        (20, [(20, "Duval · traiteur · événements")]),
        (45, [(20, "Avenue de la Gare 30 · 1204 Genève")]),
        (120, [(380, "Facture n° 243792")]),
        (145, [(380, "Date de facture 14.03.2024")]),
        (420, [(20, "Compte / Payable à")]),
        (445, [(20, "Duval Traiteur Sàrl")]),
    ]
    assert extract_document(make_doc_rows(rows)).fields["vendor_name"].value == "Duval Traiteur Sàrl"


def test_with_no_letterhead_the_footer_names_the_vendor_not_a_reference_or_a_column_header() -> None:
    rows = [
        (20, [(20, "FACTURE")]),
        (45, [(20, "N° F-2025-00416")]),
        (70, [(20, "Date d'émission : 5 mars 2025")]),
        (95, [(20, "Réf. client : CL47802")]),
        (140, [(20, "Désignation"), (300, "Qté"), (400, "P.U. HT"), (520, "Total HT")]),
        (165, [(20, "Manuel de mathématiques"), (300, "40"), (400, "25,72"), (520, "1 028,80")]),
        (500, [(20, "Librairie des Canuts SARL au capital de 10 000 € · 59 rue Mercière, 69002 Lyon")]),
    ]
    assert extract_document(make_doc_rows(rows)).fields["vendor_name"].value == "Librairie des Canuts SARL"


def test_a_logo_word_over_an_addressee_points_to_the_company_in_the_footer() -> None:
    words = words_at("tuinet", 20, 20, h=30, char_w=16) + words_at("Tax invoice", 420, 20)
    rows = [
        (70, [(20, "Liam O'Connor")]),
        (95, [(20, "99 Karangahape Road")]),
        (120, [(20, "Christchurch 8041"), (420, "Invoice number 2520144143")]),
        (145, [(420, "Bill date 29 Jan 2025")]),
        (330, [(20, "This month's charges"), (520, "$197.77")]),
        (700, [(20, "Tuinet Communications Limited · GST No. 20991948 · Private Bag 98424, Auckland")]),
    ]
    words += [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    doc = extract_document(make_doc([words], 720, 900))
    assert doc.fields["vendor_name"].value == "Tuinet Communications Limited"


def test_a_sender_line_read_without_spaces_round_its_dots_is_cut() -> None:
    rows = [
        (20, [(20, "Duval·traiteur·événements")]),
        (45, [(20, "Avenue de la Gare 30 · 1204 Genève")]),
        (120, [(380, "Facture n° 243792")]),
        (145, [(380, "Date de facture 14.03.2024")]),
        (445, [(20, "Duval Traiteur Sàrl")]),
    ]
    assert extract_document(make_doc_rows(rows)).fields["vendor_name"].value == "Duval Traiteur Sàrl"


def test_a_phone_word_in_a_name_without_a_number_is_no_contact_line() -> None:
    rows = [
        (20, [(20, "Skyline Mobile")]),
        (45, [(20, "Mobile: +40 722 123 456")]),
        (120, [(380, "Nr. factură PXW 9994297")]),
        (145, [(380, "Data emiterii 23.06.2025")]),
        (500, [(20, "Skyline Mobile S.A. · CUI RO1234567")]),
    ]
    assert extract_document(make_doc_rows(rows)).fields["vendor_name"].value == "Skyline Mobile S.A."


def test_a_payment_noted_by_hand_is_no_name_and_an_irish_dac_is_a_company() -> None:
    words = words_at("lumen", 20, 20, h=30, char_w=16) + words_at("Bill number 3264285796", 420, 20)
    rows = [
        (70, [(420, "Bill date 11 Jun 2025")]),
        (110, [(20, "Ms Aoife Brennan")]),
        (135, [(20, "Apt 4, 19 Mill Street")]),
        (175, [(20, "paid DD 02/07")]),
        (280, [(20, "Total before VAT"), (520, "375.25")]),
        (305, [(20, "VAT @ 9%"), (520, "33.77")]),
        (330, [(20, "Total this bill"), (520, "€409.02")]),
        (355, [(20, "Amount due"), (520, "€409.02")]),
        (700, [(20, "Lumen Energy Ireland DAC, registered in Ireland No. 604417.")]),
    ]
    words += [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    doc = extract_document(make_doc([words], 720, 900))
    assert doc.fields["vendor_name"].value == "Lumen Energy Ireland DAC"


def test_a_fax_header_and_a_from_column_name_no_vendor() -> None:
    rows = [
        (10, [(20, "29/05/2025 16:42 FROM: SOUTHERN CROSS LH +61 3 9391 4499 TO: 0296674120 P.001/001")]),
        (40, [(20, "Southern Cross Linehaul Pty Ltd")]),
        (90, [(20, "TAX INVOICE")]),
        (115, [(20, "Bill to:"), (400, "Invoice No: SCL-427144")]),
        (140, [(20, "Gumtree Homewares Pty Ltd"), (400, "Invoice Date: 29/05/2025")]),
        (190, [(20, "Date"), (110, "Con Note"), (220, "From"), (330, "To"), (440, "Kg"), (540, "Amount")]),
        (215, [(20, "17/05/25"), (110, "SC8756294"), (220, "ALBURY"), (330, "SYDNEY"), (440, "112")]),
        (215, [(540, "195.89")]),
        (300, [(300, "TOTAL INC GST"), (540, "$ 195.89")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert doc.fields["vendor_name"].value == "Southern Cross Linehaul Pty Ltd"


def test_an_addressee_marked_by_its_attention_line_is_no_vendor_the_footer_names_it() -> None:
    rows = [
        (20, [(20, "FACTUUR")]),
        (70, [(20, "Hotel Het Zand"), (400, "Factuurnummer"), (520, "F2024-111")]),
        (95, [(20, "t.a.v. crediteurenadministratie"), (400, "Factuurdatum"), (520, "21-09-2024")]),
        (120, [(20, "Zandweg 7"), (400, "Klantnummer"), (520, "2602")]),
        (145, [(20, "3811 KL Amersfoort")]),
        (200, [(20, "Omschrijving"), (300, "Aantal"), (400, "Prijs"), (520, "Bedrag")]),
        (225, [(20, "Boeket seizoensbloemen"), (300, "5"), (400, "€ 60,50"), (520, "€ 302,50")]),
        (300, [(380, "Totaal incl. btw"), (520, "€ 302,50")]),
        (700, [(20, "Bloemenatelier De Linde B.V. · Kerkstraat 12 · 3811 CW Amersfoort")]),
    ]
    assert extract_document(make_doc_rows(rows)).fields["vendor_name"].value == "Bloemenatelier De Linde B.V."


def test_mexican_and_repeated_logo_names_and_a_form_read_once_with_a_sentences_period() -> None:
    mx = [
        (20, [(20, "Comercializadora del Bajío, S.A. de C.V."), (500, "FACTURA")]),
        (45, [(500, "Folio A-3073")]),
        (70, [(500, "Fecha 09/01/2025")]),
        (300, [(380, "Total"), (520, "$ 1,234.00")]),
    ]
    assert (
        extract_document(make_doc_rows(mx)).fields["vendor_name"].value
        == "Comercializadora del Bajío, S.A. de C.V."
    )
    ch = [
        (20, [(20, "HOLZBAU Holzbau Zürcher AG · Tösstalstrasse 210 · 8405 Winterthur")]),
        (95, [(20, "Rechnung Nr. 25-1334")]),
        (120, [(20, "Winterthur, 11. März 2025")]),
        (300, [(380, "Total CHF"), (520, "6'000.00")]),
    ]
    assert extract_document(make_doc_rows(ch)).fields["vendor_name"].value == "Holzbau Zürcher AG"
    fr = [
        (20, [(20, "Menuiserie Aubert & Fils"), (500, "Facture n° FA2025-0846")]),
        (45, [(500, "Date 09/08/2025")]),
        (300, [(380, "Total TTC"), (520, "3 614,33 €")]),
        (600, [(20, "Travaux réalisés par Menuiserie Aubert & Fils SARL. Elles prévalent.")]),
        (650, [(20, "Menuiserie Aubert & Fils SARL au capital de 20 000 €")]),
        (700, [(20, "Menuiserie Aubert & Fils SARL – CGV v7")]),
    ]
    assert extract_document(make_doc_rows(fr)).fields["vendor_name"].value == "Menuiserie Aubert & Fils SARL"


def test_the_documents_title_under_the_name_is_no_address() -> None:
    # a Czech e-ticket: "tax document" is its title; the seller's address is printed at the foot
    rows = [
        (20, [(20, "Trasa Express")]),
        (45, [(20, "Daňový doklad - elektronická jízdenka")]),
        (230, [(380, "Číslo dokladu: 2025/4497858")]),
        (255, [(380, "Datum: 10.06.2025")]),
    ]
    f = extract_document(make_doc_rows(rows)).fields
    assert f["vendor_name"].value.startswith("Trasa Express")
    assert "vendor_address" not in f or "doklad" not in f["vendor_address"].value
