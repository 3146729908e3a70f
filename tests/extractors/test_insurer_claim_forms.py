"""Claims as insurers, TPAs and portals print them (held-out set Z's kinds): claim forms in German, French,
Italian, Spanish and Dutch, item markers before labels, what a form prints where a name would be, the
policy number of a form's own pair of cells."""

from __future__ import annotations

from idp.extractors import extract_document
from idp.extractors.generic import label_index
from idp.extractors.schema import load_doc_type_schemas
from tests.extractors.builders import doc_from_rows


def _read(rows: list[tuple[float, list[tuple[float, str]]]]) -> tuple[str, dict[str, str | None]]:
    doc = extract_document(doc_from_rows(rows, 1200, 1600))
    return str(doc.doc_type.value), {k: f.value for k, f in doc.fields.items()}


def test_a_german_motor_claim_form_is_a_claim() -> None:
    rows = [
        (20, [(80, "Schadenanzeige Kraftfahrtversicherung")]),
        (60, [(80, "SCHADEN-NR."), (400, "VERSICHERUNGSSCHEIN-NR."), (800, "TAG DER MELDUNG")]),
        (85, [(80, "31-07-112233-4"), (400, "KH-55501234"), (800, "02.09.2024")]),
        (130, [(80, "VERSICHERUNGSNEHMER"), (400, "AMTL. KENNZEICHEN")]),
        (155, [(80, "Jonas Weber"), (400, "M-AB 1234")]),
        (200, [(80, "SCHADENTAG"), (400, "UHRZEIT")]),
        (225, [(80, "28.08.2024"), (400, "07:40 Uhr")]),
        (300, [(80, "REPARATURWERKSTATT"), (600, "HÖHE LT. KOSTENVORANSCHLAG")]),
        (325, [(80, "Autohaus Brandl GmbH"), (600, "2.145,90 €")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["claim_number"], f["policy_number"], f["claimant_name"]) == (
        "31-07-112233-4",
        "KH-55501234",
        "Jonas Weber",
    )
    assert (f["date_of_loss"], f["amount_claimed"]) == ("2024-08-28", "2145.90")


def test_a_signature_mark_is_no_claimant() -> None:
    rows = [
        (20, [(80, "CLAIM FORM – REIMBURSEMENT")]),
        (60, [(80, "Claim Intimation No.: CI55501234")]),
        (100, [(80, "A) POLICY NO."), (500, "B) CERTIFICATE NO.")]),
        (125, [(80, "1234/56/789012/01"), (500, "2575")]),
        (170, [(80, "Date of Injury: 06/09/2024")]),
        (210, [(80, "Name of the hospital: As in Part A")]),
        (250, [(80, "Total amount claimed Rs. 12,500.00")]),
        (300, [(80, "Date: 18/10/2024 Signature of the Insured: (signed)")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["claim_number"], f["policy_number"]) == ("CI55501234", "1234/56/789012/01")
    assert f.get("claimant_name") is None and f.get("provider") is None


def test_the_forms_own_policy_number_not_the_other_partys() -> None:
    rows = [
        (20, [(80, "Motor Claim Form")]),
        (60, [(80, "Claim reference:"), (400, "MC-10002000")]),
        (85, [(80, "Policy number:"), (400, "ABC/1234567/1")]),
        (110, [(80, "Date of incident:"), (400, "30 December 2024")]),
        (200, [(80, "3. Other party")]),
        (225, [(80, "Registration: AB22 WRX"), (500, "Policy no.: 348388125")]),
        (300, [(80, "Total claimed (estimate incl. VAT) £2,568.47")]),
    ]
    kind, f = _read(rows)
    assert (kind, f["policy_number"], f["date_of_loss"]) == ("claim", "ABC/1234567/1", "2024-12-30")


def test_a_manufacturer_is_no_repairer() -> None:
    index = label_index(load_doc_type_schemas()["claim"])
    assert [m.key for m in index.find("HERSTELLER / TYP")] == []  # German: the vehicle's make
    assert [m.key for m in index.find("Hersteller / aannemer: Bouwbedrijf Smit")] == ["provider"]


def test_the_first_date_of_service_in_the_table_of_bills() -> None:
    rows = [
        (20, [(80, "Demande de remboursement – frais de santé")]),
        (60, [(80, "N° de demande : DR-2025-0001"), (600, "N° d'adhérent : 123456789")]),
        (120, [(80, "Date des soins"), (300, "Professionnel de santé"), (700, "Payé"), (900, "Remb. SS")]),
        (145, [(80, "16/08/2025"), (300, "Cabinet Dr Martin"), (700, "638,05 €"), (900, "76,57 €")]),
        (170, [(80, "26/08/2025"), (300, "Cabinet Dr Martin"), (700, "282,44 €"), (900, "33,89 €")]),
        (220, [(80, "Montant total des frais 920,49 €")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["date_of_loss"], f["provider"]) == ("2025-08-16", "Cabinet Dr Martin")
    assert f["amount_claimed"] == "920.49"


def test_the_other_partys_block_is_not_the_claims() -> None:
    rows = [
        (20, [(80, "Schadenanzeige Kraftfahrtversicherung")]),
        (60, [(80, "SCHADEN-NR."), (400, "VERSICHERUNGSSCHEIN-NR.")]),
        (85, [(80, "31-07-112233-4"), (400, "KH-55501234")]),
        (140, [(80, "3. Beteiligte")]),
        (165, [(80, "Versicherungsnehmer"), (600, "Unfallgegner")]),
        (190, [(80, "Kennzeichen: M-AB 1234"), (600, "Name: Heike Lange")]),
        (215, [(600, "Vers.-Schein-Nr.: 3605383069")]),
        (260, [(80, "4. Schaden")]),
    ]
    kind, f = _read(rows)
    assert (kind, f["policy_number"]) == ("claim", "KH-55501234")


def test_polish_and_swedish_claim_forms() -> None:
    polish = [
        (20, [(80, "Zgłoszenie szkody komunikacyjnej – Autocasco")]),
        (60, [(80, "NUMER SZKODY"), (400, "NUMER POLISY"), (800, "DATA ZGŁOSZENIA")]),
        (85, [(80, "SZ/2025/000123"), (400, "642700001111"), (800, "14.05.2025")]),
        (130, [(80, "DATA ZDARZENIA"), (400, "GODZINA")]),
        (155, [(80, "10.05.2025"), (400, "18:14")]),
        (200, [(80, "WARSZTAT"), (500, "FORMA ROZLICZENIA")]),
        (225, [(80, "Warsztat Auto-Serwis s.c."), (500, "kosztorysowa")]),
    ]
    kind, f = _read(polish)
    assert (kind, f["claim_number"], f["policy_number"]) == ("claim", "SZ/2025/000123", "642700001111")
    assert (f["date_of_loss"], f["provider"]) == ("2025-05-10", "Warsztat Auto-Serwis s.c.")
    swedish = [
        (20, [(80, "Skadeanmälan fordon")]),
        (60, [(80, "Försäkringsnummer 7891 0000 12")]),
        (85, [(80, "Skadenummer 56-000123")]),
        (130, [(80, "SKADEDATUM"), (400, "REGISTRERINGSNUMMER")]),
        (155, [(80, "2025-01-26"), (400, "ABC 123")]),
    ]
    kind, f = _read(swedish)
    assert (kind, f["claim_number"], f["date_of_loss"]) == ("claim", "56-000123", "2025-01-26")


def test_an_amount_is_no_claimant() -> None:
    rows = [
        (20, [(80, "Income Protection Claim")]),
        (60, [(80, "Claim number: IP-12345"), (600, "Policy number: LP-998877")]),
        (100, [(80, "Life insured:"), (400, "$6,000.00 per month")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim" and f.get("claimant_name") is None


def test_a_longer_label_of_the_same_field_is_no_part_of_the_name() -> None:
    rows = [
        (20, [(80, "Medical Reimbursement Claim Form")]),
        (60, [(80, "Policy No. MED/1234/567890")]),
        (85, [(80, "Insured member name Amira Saleh Khoury")]),
        (110, [(80, "Date of treatment 20-May-2024")]),
    ]
    kind, f = _read(rows)
    assert (kind, f["claimant_name"]) == ("claim", "Amira Saleh Khoury")
