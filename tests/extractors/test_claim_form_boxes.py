"""Claim forms filled in on screen (held-out set OF's kinds): rows of captions over the boxes their values
were typed into, a section numbered without a period, a caption that names its currency, figures typed
right-aligned in boxes wider than their captions; an invoice template's boxes beside its address block (set
AF's)."""

from __future__ import annotations

from idp.extractors import extract_document
from tests.extractors.builders import doc_from_rows


def _fields(rows: list[tuple[float, list[tuple[float, str]]]]) -> dict[str, str | None]:
    doc = extract_document(doc_from_rows(rows, 1200, 1600))
    assert doc.doc_type.value == "claim"
    return {k: f.value for k, f in doc.fields.items()}


def _insurer(title: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [(20, [(80, title)]), (50, [(80, "Skadenummer"), (500, "KF-25-118447")])]


def test_a_row_of_captions_is_no_value_of_the_heading_above_it() -> None:
    rows = _insurer("Kattegat Forsikring Skadeanmeldelse")
    rows += [
        (100, [(80, "Forsikringstager")]),
        (130, [(80, "Navn"), (500, "CPR-nr."), (800, "Telefon")]),
        (155, [(80, "Mette Kjærgaard Sørensen"), (500, "120487-4471"), (800, "28 55 41 87")]),
    ]
    assert _fields(rows)["claimant_name"] == "Mette Kjærgaard Sørensen"  # not "CPR-nr."


def test_a_section_numbered_without_a_period_names_its_party() -> None:
    rows = _insurer("Nordvik Försäkring Skadeanmälan")
    rows += [
        (100, [(80, "1 Försäkringstagare")]),
        (130, [(80, "Namn"), (500, "Personnummer"), (800, "Telefon")]),
        (155, [(80, "Karin Lindqvist"), (500, "810412-4471"), (800, "070-555 82 19")]),
    ]
    assert _fields(rows)["claimant_name"] == "Karin Lindqvist"


def test_a_caption_that_says_how_many_digits_is_still_a_caption() -> None:
    rows = _insurer("Fjordkyst Forsikring SKADEMELDING")
    rows += [
        (100, [(80, "1. Forsikringstaker")]),
        (130, [(80, "Navn"), (500, "Fødselsnummer (11 siffer)"), (800, "Mobil")]),
        (155, [(80, "Ingrid Solberg Haugen"), (500, "12048744718"), (800, "915 55 447")]),
    ]
    assert _fields(rows)["claimant_name"] == "Ingrid Solberg Haugen"


def test_a_caption_naming_its_currency_labels_the_figure_beside_it() -> None:
    rows = _insurer("Sinistro furto in abitazione - denuncia di sinistro")
    rows += [
        (100, [(80, "Denaro contante"), (700, "241,00")]),
        (130, [(80, "TOTALE DANNO DENUNCIATO (€)"), (700, "4.370,00")]),
    ]
    assert _fields(rows)["amount_claimed"] == "4370.00"


def test_figures_right_aligned_in_boxes_wider_than_their_captions() -> None:
    rows = _insurer("Vltava pojišťovna Oznámení pojistné události")
    rows += [
        (100, [(80, "Požadovaná výše plnění (Kč)"), (470, "Spoluúčast (Kč)"), (760, "Číslo účtu")]),
        (125, [(370, "24 380,00"), (640, "1 000,00"), (800, "2744718033/0800")]),
    ]
    assert _fields(rows)["amount_claimed"] == "24380.00"  # not the deductible (Slovak "spolu" is a total)


def test_a_grid_of_boxes_beside_an_address_block_reads_past_its_lines() -> None:
    """An invoice template's boxes (Due Date, Customer No.) beside the sender's address: the values are
    three lines under their captions, past the address's lines in the left column."""
    rows = [
        (20, [(500, "TAX INVOICE")]),
        (60, [(80, "FROM"), (630, "INVOICE NO."), (900, "INVOICE DATE")]),
        (85, [(80, "Coastline Commercial Cleaning Pty Ltd")]),
        (110, [(630, "INV-0893"), (900, "14 March 2025")]),
        (135, [(80, "3/41 Enterprise Drive")]),
        (160, [(630, "DUE DATE"), (900, "CUSTOMER NO.")]),
        (185, [(80, "Tomago NSW 2322")]),
        (210, [(80, "Ph 02 4912 7731")]),
        (235, [(630, "28 March 2025"), (900, "CUS-0147")]),
        (300, [(80, "Description"), (700, "Amount")]),
        (325, [(80, "Commercial carpet cleaning"), (700, "2,515.00")]),
        (350, [(500, "GST 10%"), (700, "251.50")]),
        (375, [(500, "Total (inc GST)"), (700, "$2,766.50")]),
    ]
    doc = extract_document(doc_from_rows(rows, 1200, 1600))
    assert doc.fields["due_date"].value == "2025-03-28"
