"""Invoices as open-source invoicing programs lay them out (set IG): a party's heading in large type
over its block, a total in large type, Czech whole amounts with a dash for the cents, the program's own
label wordings, and the sender's line over an envelope window's address."""

from __future__ import annotations

from idp.document import Word
from idp.extractors import extract_document
from idp.extractors.normalize import normalize_amount
from idp.extractors.values import parse_amount
from tests.extractors.builders import make_doc, words_at

Rows = list[tuple[float, list[tuple[float, str]]]]


def _doc(big: Rows, rows: Rows, small: Rows = ()) -> object:
    """Body text 20 px high; `big` rows 30 px (headings, totals); `small` rows 14 px (a sender line)."""
    words: list[Word] = []
    for size, group in ((30.0, big), (20.0, rows), (14.0, small)):
        for y, cells in group:
            for x, text in cells:
                words += words_at(text, x, y, h=size, char_w=size / 2)
    return make_doc([words], 1200, 1600)


ITEMS: Rows = [
    (600, [(60, "Description"), (600, "Units"), (760, "Price per one"), (980, "Total price")]),
    (630, [(60, "Website redesign"), (600, "1"), (760, "$6,400.00"), (980, "$6,400.00")]),
    (660, [(60, "Hosting, 12 months"), (600, "12"), (760, "$45.00"), (980, "$540.00")]),
]


def test_a_party_heading_in_large_type_over_its_block_and_a_total_in_large_type() -> None:
    big = [
        (40, [(60, "INVOICE"), (640, "Invoice num.: INV-10482")]),
        (100, [(60, "Provider")]),
        (300, [(640, "Customer")]),
        (760, [(640, "Total with tax: $6,940.00")]),
    ]
    rows = [
        (100, [(640, "Date of exposure: Aug 19, 2024")]),
        (140, [(60, "Cedar Ridge Web Works LLC"), (640, "Due date: Sep 18, 2024")]),
        (165, [(60, "2150 Larkspur Ave, Suite 300")]),
        (190, [(60, "97205 Portland, OR")]),
        (340, [(640, "Bluebird Coffee Roasters Inc.")]),
        (365, [(640, "88 Harbor Blvd")]),
    ]
    f = extract_document(_doc(big, rows + ITEMS)).fields
    assert f["invoice_number"].value == "INV-10482"
    assert f["date"].value == "2024-08-19"
    assert f["vendor_name"].value == "Cedar Ridge Web Works LLC"
    assert f["total"].value == "6940.00"


def test_a_vendor_label_in_large_type_names_the_name_under_it() -> None:
    big = [(40, [(60, "Fatura")]), (100, [(60, "Fornecedor")]), (300, [(640, "Cliente")])]
    rows = [
        (40, [(640, "Fatura com impostos num.: FT-2025-412")]),
        (100, [(640, "Data de tributação: 27 de fev. de 2025")]),
        (140, [(60, "Azulejaria Ribeiro e Costa, Lda."), (640, "Data de validade: 29 de mar. de 2025")]),
        (165, [(60, "Rua de Santa Catarina, 231")]),
        (340, [(640, "Café Bolhão Unipessoal Lda.")]),
        (760, [(640, "Total com imposto: 1.845,00 €")]),
    ]
    f = extract_document(_doc(big, rows + ITEMS)).fields
    assert f["vendor_name"].value == "Azulejaria Ribeiro e Costa, Lda."
    assert f["invoice_number"].value == "FT-2025-412"
    assert f["date"].value == "2025-02-27"
    assert f["due_date"].value == "2025-03-29"


def test_czech_wordings_and_whole_amounts_with_a_dash_for_the_cents() -> None:
    rows = [
        (40, [(60, "Faktura"), (640, "Daňový doklad č.: 2025-0142")]),
        (100, [(60, "Vodoinstalace Horák s.r.o."), (640, "Den vystavení daňového dokladu: 4. 3. 2025")]),
        (125, [(60, "Krátká 1187/5"), (640, "Splatnost: 18. 3. 2025")]),
        (150, [(60, "110 00 Praha 1")]),
        (600, [(60, "Popis"), (600, "Jednotek"), (760, "Cena za jednotku"), (980, "Celková cena")]),
        (630, [(60, "Výměna potrubí"), (600, "6 h"), (760, "1 250,50 Kč"), (980, "7 503,- Kč")]),
        (660, [(60, "Doprava"), (600, "1 ks"), (760, "890,- Kč"), (980, "890,- Kč")]),
        (720, [(640, "Celkem s DPH: 10 156,- Kč")]),
    ]
    f = extract_document(_doc([], rows)).fields
    assert f["invoice_number"].value == "2025-0142"
    assert f["date"].value == "2025-03-04"
    assert f["total"].value == "10156.00"
    assert f["currency"].value == "CZK"


def test_a_dash_for_the_cents_is_a_whole_amount() -> None:
    assert normalize_amount("890,-") == "890.00"
    assert normalize_amount("11 849,- Kč") == "11849.00"
    assert normalize_amount("-50,-") == "-50.00"
    assert parse_amount("Betrag: Fr. 120.–") is not None and parse_amount("Betrag: Fr. 120.–")[2] == "120.00"
    assert parse_amount("Seite 1-2") is None


def _window_letter(sender: Rows) -> object:
    rows = [
        (230, [(100, "Kunstschmiede Albrecht KG")]),
        (255, [(100, "Am Anger 14")]),
        (280, [(100, "99084 Erfurt")]),
        (420, [(100, "Rechnung: RE-2025-0311"), (640, "Rechnungsdatum: 11. Februar 2025")]),
        (600, [(100, "REF"), (200, "Beschreibung"), (640, "Anzahl"), (760, "Einzelpreis"), (980, "Netto")]),
        (
            630,
            [
                (100, "ZR-200"),
                (200, "Zahnradsatz Modul 2"),
                (640, "4"),
                (760, "86,40 EUR"),
                (980, "345,60 EUR"),
            ],
        ),
        (700, [(640, "Nettogesamt"), (980, "345,60 EUR")]),
        (725, [(640, "Umsatzsteuer (19%)"), (980, "65,66 EUR")]),
        (750, [(640, "Rechnungsbetrag"), (980, "411,26 EUR")]),
        (1500, [(100, "Berg und Sohn Feinmechanik GmbH"), (500, "IBAN DE44 8605 5592 1090 0177 41")]),
        (1525, [(100, "Hafenstraße 3"), (500, "Amtsgericht Leipzig HRB 31877")]),
    ]
    return _doc([], rows, sender)


def test_the_sender_line_over_a_window_names_the_vendor_not_the_addressee_under_it() -> None:
    sender = [(205, [(100, "Berg und Sohn Feinmechanik GmbH, Hafenstraße 3, 04109 Leipzig")])]
    assert (
        extract_document(_window_letter(sender)).fields["vendor_name"].value
        == "Berg und Sohn Feinmechanik GmbH"
    )
    # a template that sets the name's first word on a line of its own: the name as the footer prints it
    split = [
        (189, [(100, "Berg")]),
        (205, [(100, "und Sohn Feinmechanik GmbH, Hafenstraße 3, 04109 Leipzig")]),
    ]
    assert (
        extract_document(_window_letter(split)).fields["vendor_name"].value
        == "Berg und Sohn Feinmechanik GmbH"
    )


def _event_invoice(sender: Rows, lines: Rows) -> object:
    """An event shop's invoice (pretix's layouts): the event over a window, the organiser's block by it."""
    rows = [
        (20, [(100, "Fachtagung Meeresschutz 2025")]),
        (180, [(100, "Hafenlogistik Brandt GmbH"), (700, "Förderkreis Küstenforschung e.V.")]),
        (205, [(100, "Am Sandtorkai 12"), (700, "Düsternbrooker Weg 41")]),
        (230, [(100, "20457 Hamburg"), (700, "24105 Kiel")]),
        (330, [(100, "Rechnungsnummer"), (500, "Rechnungsdatum")]),
        (355, [(100, "FT25-00417"), (500, "4. März 2025")]),
        (600, [(100, "Position"), (640, "Menge"), (760, "Netto"), (980, "Brutto")]),
        (630, [(100, "Fachtagung – Teilnahme"), (640, "3"), (760, "720,00 €"), (980, "856,80 €")]),
        (700, [(640, "Rechnungsbetrag"), (980, "856,80 €")]),
    ]
    return _doc([], rows + lines, sender)


def test_an_organisers_sender_line_with_dots_names_it_though_it_has_no_legal_form() -> None:
    sender = [(150, [(100, "Förderkreis Küstenforschung e.V. · Düsternbrooker Weg 41 · 24105")])]
    fields = extract_document(_event_invoice(sender, [])).fields
    assert fields["vendor_name"].value == "Förderkreis Küstenforschung e.V."


def test_a_deadline_in_a_sentence_and_no_deadline_in_an_events_range_of_days() -> None:
    days = [(45, [(100, "14. Mai 2025")]), (70, [(100, "bis 15. Mai 2025")])]
    pay = [(760, [(100, "Bitte bezahlen Sie den offenen Betrag bis zum 18.03.2025.")])]
    assert extract_document(_event_invoice([], days + pay)).fields["due_date"].value == "2025-03-18"
    french = [(760, [(100, "Veuillez terminer votre paiement avant 14.04.2025.")])]
    assert extract_document(_event_invoice([], french)).fields["due_date"].value == "2025-04-14"


def test_a_dotted_date_is_day_first_even_on_a_dollar_invoice() -> None:
    rows = [
        (40, [(60, "Summit Outfitters Inc."), (640, "Invoice number: 25000418")]),
        (65, [(60, "700 Pike Street, Seattle WA"), (640, "Date: 09.05.2025")]),
        (600, [(60, "Description"), (600, "Quantity"), (760, "Unit price"), (980, "Total")]),
        (630, [(60, "Trail shoes"), (600, "2"), (760, "$60.00"), (980, "$120.00")]),
        (700, [(640, "Order total: $120.00")]),
    ]
    assert extract_document(_doc([], rows)).fields["date"].value == "2025-05-09"


def test_a_brand_in_large_type_takes_the_words_its_company_line_opens_with() -> None:
    big = [(40, [(100, "De Gouden")]), (110, [(100, "Wiel")])]
    rows = [
        (40, [(611, "Factuurnummer #2025000731")]),
        (80, [(611, "Kaashandel De Gouden Wiel B.V.")]),
        (105, [(611, "Markt 17, 2801 JK Gouda, Nederland")]),
        (600, [(60, "Omschrijving"), (600, "Aantal"), (760, "Prijs"), (980, "Totaal")]),
        (630, [(60, "Gouda oud"), (600, "2"), (760, "€ 24,00"), (980, "€ 48,00")]),
        (700, [(640, "Totaal: € 48,00")]),
    ]
    assert extract_document(_doc(big, rows)).fields["vendor_name"].value == "Kaashandel De Gouden Wiel B.V."


def test_a_name_broken_off_at_a_particle_runs_on_to_the_next_line() -> None:
    headings = [
        (40, [(100, "FACTURA DE"), (700, "EVENTO")]),
        (240, [(100, "FACTURA PARA"), (700, "NÚMERO DE FACTURA")]),
    ]
    rows = [
        (60, [(100, "Fundación Congreso Ibérico de"), (700, "Congreso Ibérico 2025")]),
        (85, [(100, "Arquitectura"), (700, "12 de marzo de 2025")]),
        (110, [(100, "Calle de Alcalá 52")]),
        (135, [(100, "28014 Madrid")]),
        (260, [(100, "Estudio Navarro Arquitectos S.L."), (700, "CIA-2025-0112")]),
        (600, [(100, "Descripción"), (600, "Cantidad"), (760, "Precio"), (980, "Total")]),
        (630, [(100, "Inscripción"), (600, "2"), (760, "250,00 €"), (980, "500,00 €")]),
        (700, [(640, "Total de la factura"), (980, "605,00 €")]),
    ]
    name = extract_document(_doc([], rows, headings)).fields["vendor_name"].value
    assert name == "Fundación Congreso Ibérico de Arquitectura"


def test_a_date_heading_in_large_type_names_the_date_under_it() -> None:
    big = [(40, [(700, "Invoice INV-00931")]), (300, [(100, "Issue date")]), (400, [(100, "Due date")])]
    rows = [
        (120, [(100, "Issuer:")]),
        (145, [(100, "Pedal & Spoke Ltd")]),
        (170, [(100, "12 Mill Lane, Leeds LS1 4AB")]),
        (345, [(100, "26.02.2024")]),
        (445, [(100, "27.03.2024 (30 days)")]),
        (600, [(100, "Description"), (600, "Quantity"), (760, "Unit price"), (980, "Total")]),
        (630, [(100, "Cargo bike service"), (600, "4"), (760, "145.00 GBP"), (980, "580.00 GBP")]),
        (700, [(640, "Total"), (980, "696.00 GBP")]),
    ]
    f = extract_document(_doc(big, rows)).fields
    assert (f["date"].value, f["due_date"].value) == ("2024-02-26", "2024-03-27")


def test_an_erps_totals_with_their_glosses_and_its_payment_schedule() -> None:
    rows = [
        (40, [(100, "Lindenhof Feinmechanik GmbH")]),
        (65, [(100, "Am Lindenhof 12 · 34117 Kassel")]),
        (200, [(100, "Invoice No: RE-2024-0137")]),
        (225, [(100, "Date: 14.05.2024")]),
        (600, [(100, "Description"), (600, "Quantity"), (760, "Unit Price"), (980, "Amount")]),
        (630, [(100, "Turned shaft 40 mm"), (600, "12,0"), (760, "18,4000 €"), (980, "220,80 €")]),
        (700, [(100, "Tax"), (300, "Base"), (450, "Amount"), (700, "Total (excl. taxes): 220,80 €")]),
        (725, [(100, "[1] VAT 19 %"), (300, "220,80 €"), (450, "41,95 €"), (700, "Taxes: 41,95 €")]),
        (750, [(700, "Total: 262,75 €")]),
        (800, [(100, "Payment Term")]),
        (825, [(100, "30 days net.")]),
        (850, [(100, "Date"), (300, "Amount")]),
        (875, [(100, "13.06.2024"), (300, "262,75 €")]),
    ]
    f = extract_document(_doc([], rows)).fields
    assert (f["subtotal"].value, f["tax"].value, f["total"].value) == ("220.80", "41.95", "262.75")
    assert f["due_date"].value == "2024-06-13"


def test_a_logo_word_run_into_its_company_line_is_not_taken_twice() -> None:
    from idp.extractors.layout import build_lines
    from idp.extractors.legal_entity import legal_name

    words = words_at("Hebden Hebden Loom Works Ltd", 100, 40) + words_at("Invoice 25000418", 100, 300)
    lines = build_lines(make_doc([words], 1000, 1400)).lines
    assert legal_name(lines, "Hebden") == "Hebden Loom Works Ltd"
