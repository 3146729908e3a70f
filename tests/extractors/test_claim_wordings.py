"""Claims whose labels are worded otherwise than any synonym (cue labels), an other party's section that
ends at the next heading, and claims written as letters (extractors/letters.py)."""

from __future__ import annotations

from idp.extractors import extract_document
from idp.extractors.labels import LabelIndex
from tests.extractors.builders import doc_from_rows


def _read(rows: list[tuple[float, list[tuple[float, str]]]]) -> tuple[str, dict[str, str | None]]:
    doc = extract_document(doc_from_rows(rows, 1200, 1600))
    return str(doc.doc_type.value), {k: f.value for k, f in doc.fields.items()}


def test_a_cue_labels_a_short_label_no_synonym_opens() -> None:
    index = LabelIndex({"date": ["Date"]}, {"event": ["date accident"], "provider": ["hospital"]})
    found = index.find("Date illness began / accident happened: 17 May 2025")
    assert [(m.key, m.cue, m.colon) for m in found] == [("event", True, True)]
    assert index.find("Hospital or clinic abroad: Iatriko Kentro")[0].key == "provider"
    # without a colon a cell is a value ("St Mary's Hospital"), unless it heads a row of labels
    assert index.find("St Mary's Hospital") == []
    assert index.find("NAME OF HOSPITAL WHERE ADMITTED", header=True)[0].key == "provider"
    assert index.find("Date: 17 May 2025")[0].key == "date"  # a synonym opening the cell comes first
    assert LabelIndex({}, {"event": ["date accident"]}).find("Date of the accident report") == []


def test_a_cue_may_forbid_a_word_and_ties_label_nothing() -> None:
    index = LabelIndex({}, {"amount": ["koszt naprawy -netto"], "a": ["total"], "b": ["claimed"]})
    assert index.find("Koszt naprawy wg kosztorysu (netto): 20 032,13 zł") == []
    assert index.find("Koszt naprawy wg kosztorysu (brutto): 24 639,52 zł")[0].key == "amount"
    assert index.find("Total claimed: 12.00") == []  # two fields' cues of one word each


def test_claim_labels_worded_otherwise() -> None:
    rows = [
        (20, [(80, "Medical expenses claim form (overseas)")]),
        (60, [(80, "Policyholder: Mrs Joanne Pritchard"), (700, "Claim no.: TM1059828")]),
        (90, [(80, "Policy number: WTP/89208881")]),
        (130, [(80, "1. The person who received treatment")]),
        (160, [(80, "Date illness began / accident happened: 17 May 2025")]),
        (190, [(80, "Date admitted: 19 May 2025")]),
        (220, [(80, "Hospital or clinic abroad: Iatriko Kentro Chania")]),
        (260, [(80, "Hospital stay"), (700, "€3,372.23")]),
        (290, [(80, "Total claimed"), (700, "€3,372.23")]),
        (330, [(80, "PLUMBER WHO TRACED THE LEAK"), (700, "INVOICE NO.")]),
        (355, [(80, "A1 Leak Detection Ltd"), (700, "15460")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["date_of_loss"], f["provider"]) == ("2025-05-17", "Iatriko Kentro Chania")


def test_a_provider_label_gives_no_id_nor_date() -> None:
    rows = [
        (20, [(80, "Claim form")]),
        (60, [(80, "Claim number: CL-400500"), (700, "Policy number: PN-77001")]),
        (100, [(80, "Hospital ID: HOSP-39417")]),
        (130, [(80, "Date admitted to hospital: 19 May 2025")]),
    ]
    _, f = _read(rows)
    assert f.get("provider") is None


def test_the_other_partys_section_ends_at_the_next_heading() -> None:
    rows = [
        (20, [(80, "Motor Claim Form")]),
        (60, [(80, "Claim reference: MC/7794083")]),
        (90, [(80, "Policy number: PMV92487189")]),
        (120, [(80, "Date of accident: 02/08/2024")]),
        (160, [(80, "Third party")]),
        (190, [(80, "Name: Aisling Byrne")]),
        (220, [(80, "Insurer and policy no.: Atlantic Direct, 286084533")]),
        (260, [(80, "Repairs")]),
        (290, [(80, "Garage carrying out repairs: Lee Valley Crash Repairs")]),
        (320, [(80, "Estimate of repair (incl. VAT): €3,970.81")]),
    ]
    _, f = _read(rows)
    assert (f["policy_number"], f["provider"], f["amount_claimed"]) == (
        "PMV92487189",
        "Lee Valley Crash Repairs",
        "3970.81",
    )


def test_a_claim_letter_from_a_company() -> None:
    rows = [
        (20, [(80, "Tyneside Bakeries Limited")]),
        (50, [(80, "Unit 1, Riverside Business Park")]),
        (90, [(80, "2 October 2025")]),
        (120, [(80, "Britannic Commercial Insurance plc")]),
        (160, [(80, "Dear Sir or Madam,")]),
        (190, [(80, "Re: Business interruption claim BI/2025/152991 – Policy No. CCP 4990666 – escape of "
                     "water at our")]),
        (215, [(80, "premises on 12 July 2025")]),
        (250, [(80, "Further to the interim payment received on 3 August 2025, we now submit our claim.")]),
        (290, [(80, "Total amount claimed"), (800, "£195,001.69")]),
        (330, [(80, "Yours faithfully,")]),
        (360, [(80, "Neil Pryce")]),
        (390, [(80, "Finance Director")]),
        (420, [(80, "For and on behalf of Tyneside Bakeries Limited")]),
    ]  # fmt: skip
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["claim_number"], f["policy_number"]) == ("BI/2025/152991", "CCP 4990666")
    assert (f["claimant_name"], f["date_of_loss"], f["amount_claimed"]) == (
        "Tyneside Bakeries Limited",
        "2025-07-12",
        "195001.69",
    )


def test_a_claim_letter_in_prose_and_an_insurers_letter_to_its_claimant() -> None:
    rows = [
        (20, [(80, "Lucía Fernández Gil")]),
        (50, [(80, "C/ Colón 15, 2º C")]),
        (80, [(80, "Mediterránea de Seguros Generales, S.A.")]),
        (110, [(80, "Valencia, 29 de junio de 2025")]),
        (140, [(80, "Asunto: Comunicación de siniestro – Póliza de Hogar nº 257-39739447 – Expediente nº "
                     "2025-2162024")]),
        (170, [(80, "Muy señores míos:")]),
        (200, [(80, "Por la presente les comunico que el pasado 20 de junio de 2025 se produjo en mi "
                     "vivienda un daño.")]),
        (240, [(80, "Importe total reclamado 1.604,85 €")]),
        (280, [(80, "Atentamente,")]),
        (310, [(80, "Lucía Fernández Gil")]),
    ]  # fmt: skip
    _, f = _read(rows)
    assert (f["claim_number"], f["policy_number"]) == ("2025-2162024", "257-39739447")
    assert (f["claimant_name"], f["date_of_loss"]) == ("Lucía Fernández Gil", "2025-06-20")
    rows = [
        (20, [(80, "Red Gum Insurance Pty Ltd")]),
        (60, [(80, "28 July 2024")]),
        (90, [(80, "Jayden Kaur")]),
        (115, [(80, "81 Gympie Rd")]),
        (150, [(80, "Dear Jayden,")]),
        (180, [(80, "Thank you for lodging your claim with us on 27 July 2024.")]),
        (210, [(80, "Claim number"), (500, "MOT45406711")]),
        (240, [(80, "Policy number"), (500, "MCP800055290")]),
        (270, [(80, "Date of incident"), (500, "23/07/2024")]),
        (310, [(80, "Kind regards,")]),
        (340, [(80, "Claims Team")]),
    ]
    _, f = _read(rows)
    assert (f["claimant_name"], f["date_of_loss"]) == ("Jayden Kaur", "2024-07-23")


def test_a_bare_name_box_is_the_party_its_section_heading_names() -> None:
    rows = [
        (20, [(80, "CLAIM FORM – REIMBURSEMENT")]),
        (60, [(80, "Claim Intimation No.: CI55501234")]),
        (100, [(80, "A. DETAILS OF PRIMARY INSURED")]),
        (130, [(80, "A) POLICY NO."), (500, "B) CERTIFICATE NO.")]),
        (155, [(80, "1234/56/789012/01"), (500, "2575")]),
        (190, [(80, "D) NAME"), (500, "E) ADDRESS")]),
        (215, [(80, "Sunita Deshpande"), (500, "Flat 1B, Banjara Hills")]),
        (300, [(80, "C. DETAILS OF HOSPITALIZATION")]),
        (330, [(80, "A) NAME"), (400, "B) GENDER"), (700, "D) RELATIONSHIP TO PRIMARY INSURED")]),
        (355, [(80, "Farah Khan"), (400, "Male"), (700, "Father")]),
    ]
    _, f = _read(rows)
    assert f["claimant_name"] == "Sunita Deshpande"


def test_a_name_label_under_a_partys_heading() -> None:
    rows = [
        (20, [(80, "Participação de Sinistro Automóvel")]),
        (60, [(80, "Tomador do seguro"), (600, "Mediador")]),
        (85, [(80, "Nome: Ana Rita Ferreira"), (600, "Nome: Mediação Costa e Filhos, Lda.")]),
        (110, [(80, "Apólice n.º: 3521840074"), (600, "Código: 232133")]),
    ]
    _, f = _read(rows)
    assert f["claimant_name"] == "Ana Rita Ferreira"
    rows = [
        (20, [(80, "Skadeanmälan fordon")]),
        (60, [(80, "Försäkringstagare")]),
        (85, [(80, "Namn"), (400, "Maja Bergström")]),
        (110, [(80, "Försäkringsnummer"), (400, "7891 9575 68")]),
        (150, [(80, "Skadedatum"), (400, "2025-01-26")]),
    ]
    _, f = _read(rows)
    assert f["claimant_name"] == "Maja Bergström"


def test_a_column_head_inside_a_cell_of_several() -> None:
    rows = [
        (20, [(80, "Erstattungsantrag Krankenversicherung")]),
        (60, [(80, "Versicherungsnummer: KV-4471122")]),
        (100, [(80, "Versicherte Person  Rechnungssteller"),
               (557, "Rechnungs-Nr.  Rechnungsdatum  Behandlungsdatum  Rechnungsbetrag")]),
        (125, [(80, "Claudia Becker"), (280, "Praxis Dr. med. Andrea Vogel"), (557, "RE-87809"),
               (707, "07.04.2025"), (867, "04.04.2025"), (1051, "355,27 €")]),
        (150, [(80, "Claudia Becker"), (280, "Praxis Dr. med. Andrea Vogel"), (557, "RE-57563"),
               (707, "16.04.2025"), (867, "13.04.2025"), (1051, "217,95 €")]),
    ]  # fmt: skip
    _, f = _read(rows)
    assert (f["date_of_loss"], f["provider"]) == ("2025-04-04", "Praxis Dr. med. Andrea Vogel")


def test_an_email_holds_no_label_and_a_proof_of_loss_dates_the_loss_in_prose() -> None:
    rows = [
        (20, [(80, "Sworn Statement in Proof of Loss")]),
        (60, [(80, "Policy No. CU-9429693")]),
        (90, [(80, "Claim No. HO67215518")]),
        (120, [(80, "Insured"), (300, "Robert Kilpatrick")]),
        (150, [(80, "policyholder@example.ca"), (600, "Shield Premier B1")]),
        (190, [(80, "To the above insurer: at the time of loss the insured held the above numbered policy. "
                    "The time of loss was on July 18, 2025,")]),
        (220, [(80, "about 5 o'clock p.m., caused by a kitchen fire.")]),
        (260, [(80, "Contents"), (800, "$4,439.62")]),
        (290, [(80, "The whole loss and damage claimed"), (800, "$20,689.74")]),
        (320, [(80, "Net amount claimed under this policy"), (800, "$18,189.74")]),
    ]  # fmt: skip
    _, f = _read(rows)
    assert (f["claimant_name"], f["date_of_loss"], f["amount_claimed"]) == (
        "Robert Kilpatrick",
        "2025-07-18",
        "20689.74",
    )


def test_claims_in_more_languages_and_labels_asked_as_questions() -> None:
    rows = [
        (20, [(80, "Ολυμπιακή Ασφαλιστική Α.Ε.Γ.Α."), (700, "Αρ. Φακέλου Ζημίας: 2024/463032")]),
        (50, [(80, "ΑΙΤΗΣΗ ΑΠΟΖΗΜΙΩΣΗΣ – ΗΜΕΡΗΣΙΟ ΕΠΙΔΟΜΑ ΝΟΣΗΛΕΙΑΣ")]),
        (90, [(80, "1. Στοιχεία ασφαλισμένου")]),
        (120, [(80, "ΟΝΟΜΑΤΕΠΩΝΥΜΟ"), (500, "ΗΜ. ΓΕΝΝΗΣΗΣ")]),
        (145, [(80, "Νικόλαος Οικονόμου"), (500, "01/09/1994")]),
        (180, [(80, "ΝΟΣΗΛΕΥΤΙΚΟ ΙΔΡΥΜΑ"), (500, "ΗΜΕΡΟΜΗΝΙΑ ΕΙΣΑΓΩΓΗΣ")]),
        (205, [(80, "Ιατρικό Κέντρο Πειραιώς Α.Ε."), (500, "23/06/2024")]),
        (240, [(80, "Συνολικό αιτούμενο ποσό"), (700, "1.080,00 €")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["claim_number"], f["claimant_name"], f["date_of_loss"]) == (
        "2024/463032",
        "Νικόλαος Οικονόμου",
        "2024-06-23",
    )
    assert (f["amount_claimed"], f["provider"]) == ("1080.00", "Ιατρικό Κέντρο Πειραιώς Α.Ε.")
    rows = [
        (20, [(80, "Kvittering for innsendt skademelding")]),
        (50, [(80, "Skadenummer: 90408420")]),
        (80, [(80, "Hvilken forsikring gjelder kravet?")]),
        (105, [(80, "Reiseforsikring Familie – polisenummer 164-978686")]),
        (140, [(80, "Hvem er forsikringstaker?")]),
        (165, [(80, "Kari Nordahl, fødselsnummer 211089 92432")]),
        (200, [(80, "Når ble du syk?")]),
        (225, [(80, "02.06.2025")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["claimant_name"], f["date_of_loss"]) == ("Kari Nordahl", "2025-06-02")


def test_a_cue_label_before_its_figure_and_a_name_before_its_address() -> None:
    index = LabelIndex({}, {"amount": ["repair cost"], "number": ["claim number"]})
    assert index.find("Estimated repair cost £219.77")[0].key == "amount"
    assert index.find("Claim number WPC2119034") == []  # "WPC" is no word of the cue: no label before "2119"
    rows = [
        (20, [(80, "Your phone claim – confirmation")]),
        (60, [(80, "Claim reference"), (400, "PH-2025-88121")]),
        (90, [(80, "Policy number"), (400, "GAD-7781201")]),
        (120, [(80, "Date of incident 6 June 2025")]),
        (150, [(80, "Repair partner: ScreenDoctor UK Ltd, Unit 7 Kirkstall Trade Park, Leeds LS5 3BT")]),
        (180, [(80, "Estimated repair cost £219.77")]),
    ]
    _, f = _read(rows)
    assert (f["provider"], f["amount_claimed"]) == ("ScreenDoctor UK Ltd", "219.77")


def test_a_death_claims_claimant_is_not_the_deceased_and_a_letter_to_the_insurer_is_its_letterheads() -> None:
    rows = [
        (20, [(80, "Death Claim Form – Life Assurance"), (700, "Our reference: DC24904515")]),
        (60, [(80, "POLICY NUMBER"), (500, "PLAN")]),
        (85, [(80, "LP8094912"), (500, "Term life cover")]),
        (130, [(80, "Section B – The life assured (deceased)")]),
        (160, [(80, "FULL NAME"), (500, "DATE OF DEATH")]),
        (185, [(80, "Seán Brennan"), (500, "26/05/2024")]),
        (230, [(80, "Section C – Claimant")]),
        (260, [(80, "FULL NAME OF CLAIMANT"), (500, "RELATIONSHIP TO THE DECEASED")]),
        (285, [(80, "Mary Brennan"), (500, "Spouse")]),
    ]
    _, f = _read(rows)
    assert (f["claim_number"], f["claimant_name"], f["date_of_loss"]) == (
        "DC24904515",
        "Mary Brennan",
        "2024-05-26",
    )
    rows = [
        (20, [(80, "Red Hill Valley Foods Ltd.")]),
        (50, [(80, "377 Burlington Street East, Hamilton, Ontario L8L 4H5")]),
        (80, [(80, "April 10, 2025")]),
        (110, [(80, "Laurentian Specialty Insurance Company")]),
        (140, [(80, "Re: Notice of cyber incident and preliminary proof of loss")]),
        (165, [(80, "Policy No. CYB-711808-25 – Your File No. LSI-CY-25-58389")]),
        (200, [(80, "Dear Sir or Madam:")]),
        (230, [(80, "We give formal notice under the above policy. The incident began on April 3, 2025,")]),
        (255, [(80, "when an unauthorised party used compromised credentials to enter our network.")]),
        (290, [(80, "Total preliminary claim"), (800, "258,774.12")]),
        (330, [(80, "Yours truly,")]),
        (360, [(80, "Karen Mbeki")]),
        (390, [(80, "Chief Financial Officer")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["claim_number"], f["policy_number"], f["claimant_name"]) == (
        "LSI-CY-25-58389",
        "CYB-711808-25",
        "Red Hill Valley Foods Ltd.",
    )
    assert (f["date_of_loss"], f["amount_claimed"]) == ("2025-04-03", "258774.12")


def test_a_claim_with_its_providers_invoice_is_a_claim_and_its_total_is_claimed() -> None:
    rows = [
        (20, [(80, "Seguros Atlântico, S.A.")]),
        (50, [(80, "Pedido de reembolso de despesas de saúde")]),
        (90, [(80, "Apólice n.º: 89.673320"), (600, "Processo n.º: RS-2025-4410")]),
        (120, [(80, "Data"), (250, "Fatura"), (450, "NIF"), (650, "Descrição"), (900, "Valor")]),
        (145, [(80, "27-01-2025"), (250, "FR 2025/9185"), (450, "511950172"), (650, "Consulta"),
               (900, "176,45")]),
        (170, [(80, "10-02-2025"), (250, "FR 2025/6248"), (450, "511950172"), (650, "Fisioterapia"),
               (900, "237,17")]),
        (210, [(80, "Total das despesas apresentadas"), (900, "413,62")]),
        (240, [(80, "IBAN: PT50 0002 0123 1234 5678 9015 4")]),
    ]  # fmt: skip
    kind, f = _read(rows)
    assert kind == "claim"
    assert (f["policy_number"], f["claim_number"]) == ("89.673320", "RS-2025-4410")
    assert f["amount_claimed"] == "413.62"


def test_a_name_boxs_caption_is_no_name_and_a_croatian_subject_line() -> None:
    rows = [
        (20, [(80, "Schadenanzeige Hausratversicherung – Einbruchdiebstahl")]),
        (60, [(80, "Schaden-Nr.: HR-2025-77120"), (600, "Versicherungsschein-Nr.: HV 4471 2290")]),
        (100, [(80, "VERSICHERUNGSNEHMER")]),
        (125, [(80, "VOR- UND ZUNAME"), (600, "GEBURTSDATUM")]),
        (150, [(80, "Jürgen Brandt"), (600, "12.04.1971")]),
    ]
    _, f = _read(rows)
    assert f["claimant_name"] == "Jürgen Brandt"
    rows = [
        (20, [(80, "Ana Vukelić Horvat")]),
        (50, [(80, "Jadranska osiguranja d.d.")]),
        (80, [(80, "Predmet: Zahtjev za povrat plaćene participacije – Vaš broj predmeta")]),
        (105, [(80, "2025-54558/DZ")]),
        (140, [(80, "Poštovani,")]),
    ]
    kind, f = _read(rows)
    assert kind == "claim"


def test_where_a_name_ends() -> None:
    from idp.extractors.name_values import name_end

    def cut(v: str) -> str:
        end = name_end(v)
        return v if end is None else v[:end]

    assert cut("Lone Star Industrial Supply, Inc. 1234 Main St") == "Lone Star Industrial Supply, Inc."
    assert cut("Garage Desmet & Zonen nv, Industrieweg 9, 9320 Erembodegem") == "Garage Desmet & Zonen nv"
    assert cut("Reformas y Fontanería Levante, S.L.") == "Reformas y Fontanería Levante, S.L."
    assert cut("DELGADO, VICTOR M") == "DELGADO, VICTOR M"


def test_a_letter_without_a_salutation_and_a_question_with_its_caption() -> None:
    rows = [
        (20, [(80, "Davide Scarpa")]),
        (50, [(80, "Via San Francesco 27")]),
        (80, [(80, "Spett.le Assicurazioni Lagunari S.p.A.")]),
        (110, [(80, "Oggetto: richiesta di risarcimento diretto – sinistro del 29/07/2025 –")]),
        (135, [(80, "Vs. rif. sinistro n. 2025/RCA/2150002 – polizza RC auto n. 649.341589.40")]),
        (170, [(80, "• totale preventivo, IVA inclusa: € 4.289,62")]),
        (210, [(80, "Distinti saluti")]),
    ]
    _, f = _read(rows)
    assert (f["claim_number"], f["policy_number"], f["date_of_loss"]) == (
        "2025/RCA/2150002",
        "649.341589.40",
        "2025-07-29",
    )
    assert (f["claimant_name"], f["amount_claimed"]) == ("Davide Scarpa", "4289.62")
    rows = [
        (20, [(80, "Unfallmeldung")]),
        (50, [(80, "1 Polizzennummer UV 425-762417")]),
        (80, [(80, "2 Schadennummer (falls bereits bekannt) 24/U/181190")]),
        (110, [(80, "3 Wer ist die verletzte Person? (Vor- und Zuname) Florian Moosbrugger")]),
        (140, [(80, "7 Wann ereignete sich der Unfall? (Datum, Uhrzeit) am 11.06.2024 gegen 14:20 Uhr")]),
        (170, [(80, "12 In welchem Krankenhaus wurden Sie erstversorgt? Unfallkrankenhaus Klagenfurt")]),
    ]
    _, f = _read(rows)
    assert (f["claimant_name"], f["date_of_loss"], f["provider"]) == (
        "Florian Moosbrugger",
        "2024-06-11",
        "Unfallkrankenhaus Klagenfurt",
    )


def test_a_claims_first_date_of_service_under_a_bare_date_heading() -> None:
    rows = [
        (20, [(80, "Demande de remboursement – soins dentaires")]),
        (60, [(80, "N° d'assuré: 756.4411.2290.17"), (600, "N° de police: CP-4471-90")]),
        (100, [(80, "Nom de l'assuré: Claire Dubois")]),
        (140, [(80, "Date"), (250, "Prestation"), (700, "Montant CHF")]),
        (165, [(80, "30.03.2024"), (250, "Couronne céramique"), (700, "151.96")]),
        (190, [(80, "10.04.2024"), (250, "Obturation composite"), (700, "410.48")]),
        (230, [(80, "Total des prestations CHF"), (700, "562.44")]),
    ]
    _, f = _read(rows)
    assert (f["date_of_loss"], f["amount_claimed"]) == ("2024-03-30", "562.44")
