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
