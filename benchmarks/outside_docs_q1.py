"""Set Q templates: Canadian extended health / dental claim, Swiss Rückforderungsbeleg (Tiers garant),
Belgian mutualité "demande d'intervention" with the attestation de soins, Philippine HMO reimbursement form.

Canada: no claim number; policy the group policy number (not the plan member ID); claimant the plan member
(the patient is a dependant); date the first date of service; amount the total fees charged (not the other
plan's payment); provider the dental office. Switzerland: no claim number; policy the Versicherten-Nr. (not
the AHV-Nr.); claimant the patient; date the first Behandlungsdatum; amount the Total (not the
Pflichtleistungen); provider the Leistungserbringer (not the Zuweiser). Belgium: claim the N° de dossier,
policy the N° d'affilié (not the NISS), claimant the titulaire, date the first date des soins, amount the
total paid (not the intervention légale), provider the prestataire. Philippines: claim the Reimbursement
Claim No., policy the corporate Contract No. (not the HMO card no.), claimant the principal member, date the
date of availment, amount the total claimed (not the PhilHealth deduction), provider the hospital.
"""

from __future__ import annotations

import random

from outside_common_z import (
    BASE_CSS,
    Doc,
    amount,
    digits,
    fdate,
    grid,
    kvs,
    later,
    loss_date,
    make_claim,
    money,
    page,
)

CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'DejaVu Sans'; } .top { display: flex;
 justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #333; padding-bottom: 2mm; }
.logo { font: bold 14pt 'DejaVu Serif'; } h1 { font-size: 12pt; margin: 3mm 0 1mm; } h2 { font-size: 9pt;
 background: #e8e8e8; padding: 2px 4px; margin: 3mm 0 1mm; } .sm { font-size: 7.3pt; color: #444; }
.two { display: flex; gap: 6mm; } .two > div { flex: 1; border: 1px solid #999; padding: 2mm; }
"""
)


def ehc_ca(rng: random.Random) -> Doc:
    insurer = rng.choice(["Maple Crest Life Assurance Company", "Boreal Mutual Life of Canada"])
    last = rng.choice(["Tremblay", "Gagnon", "MacDonald", "Singh"])
    member = f"{rng.choice(['Marc', 'Karen', 'Daniel', 'Priya'])} {last}"
    patient = f"{rng.choice(['Chloé', 'Ethan', 'Maya', 'Noah'])} {last}"
    first = loss_date(rng)
    second, signed = later(rng, first, 7, 40), later(rng, first, 50, 60)
    group, member_id = digits(rng, 6), digits(rng, 9)
    office = rng.choice(["Bayview Dental Centre", "Riverside Family Dentistry", "Lakehead Dental Group"])
    codes = [("01202", "Recall exam"), ("11101", "Scaling, 1 unit"), ("23112", "Composite filling")]
    fees = [amount(rng, 60, 180), amount(rng, 90, 260), amount(rng, 150, 420)]
    total, ymd = sum(fees), "{yyyy}-{mm}-{dd}"
    rows = "".join(
        f"<tr><td>{fdate(d, ymd)}</td><td>{c}</td><td>{t}</td><td>{rng.randrange(11, 48)}</td>"
        f"<td class=r>{money(f, 'en')}</td></tr>"
        for d, (c, t), f in zip([first, first, second], codes, fees, strict=True)
    )
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Group Benefits · PO Box
{rng.randrange(1000, 9999)}, Station A, Waterloo ON N2J 4C5<br>1-800-{digits(rng, 3)}-{digits(rng, 4)}</div>
</div><h1>Extended Health and Dental Claim</h1><div class=sm>Complete Part 1 and Part 2. Claims must be
submitted within 12 months of the date of service.</div>
<h2>Part 1 – Plan member information</h2>{
        grid(f'''
        Group policy number | {group} | 3 ;; Plan member ID (certificate no.) | {member_id} | 3 ;;
          Employer | {rng.choice(["Northwind Logistics Inc.", "Cedar Ridge School Board"])} | 6 //
        Plan member name | {member} | 6 ;; Province of residence | {rng.choice(["ON", "QC", "NS", "MB"])} | 2
          ;; Telephone | {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)} | 4 //
        ''')
    }<h2>Part 2 – Patient information</h2>{
        grid(f'''
        Patient name | {patient} | 6 ;; Relationship to plan member |
          {rng.choice(["Spouse", "Dependent child"])} | 3 ;; Covered by another plan? | Yes | 3 //
        Other plan carrier | {rng.choice(["Laurentian Benefits", "Prairie Health Plan"])} | 6 ;;
          Amount paid by other plan | ${money(amount(rng, 20, 120), 'en')} | 6 //
        ''')
    }<h2>Part 3 – Dental services (to be completed by the dental office)</h2>{
        grid(f'''
        Dental office | {office} | 6 ;; Dentist | {rng.choice(["Dr. Helen Park", "Dr. Omar Haddad"])} | 3 ;;
          Provider no. | {digits(rng, 6)} | 3 //
        ''')
    }<table class=t style="margin-top:1mm"><tr><th>Date of service</th><th>Procedure code</th>
<th>Description</th><th>Tooth</th><th class=r>Fee charged ($)</th></tr>{rows}
<tr><td colspan=4><b>Total fees charged</b></td><td class=r><b>${money(total, "en")}</b></td></tr></table>
<h2>Part 4 – Authorization</h2><p class=sm>I certify that the information given is true and complete.
Plan member signature: (signed)   Date: {fdate(signed, ymd)}</p>"""
    return make_claim(
        "ehc_ca",
        "en",
        page(CSS, body, "en"),
        policy_number=(group, group),
        claimant_name=(member, member),
        date_of_loss=(first, (fdate(first, ymd),)),
        amount_claimed=(total, f"${money(total, 'en')}"),
        provider=(office, office),
        repeats=frozenset({"date_of_loss"}),
    )


def rueckforderung_ch(rng: random.Random) -> Doc:
    kasse = rng.choice(["Sarine Gesundheit AG", "Krankenkasse Alpenrose", "Limmat Krankenkasse"])
    patient = (
        f"{rng.choice(['Ursula', 'Beat', 'Reto', 'Corinne'])} {rng.choice(['Müller', 'Keller', 'Frei'])}"
    )
    practice = rng.choice(["Praxis Dr. med. Lukas Zürcher", "Physio am Rhein GmbH", "Praxis Bärenplatz"])
    referrer = rng.choice(["Dr. med. Anna Sutter", "Dr. med. Felix Huber"])
    first = loss_date(rng)
    days = [first, later(rng, first, 3, 9), later(rng, first, 12, 25)]
    invoiced = later(rng, days[-1], 3, 12)
    vnr = f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"
    ahv = f"756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}"
    items = [amount(rng, 60, 160) for _ in days]
    total = sum(items)
    de = "{dd}.{mm}.{yyyy}"
    rows = "".join(
        f"<tr><td>{fdate(d, de)}</td><td>001</td><td>{rng.choice(['00.0010', '7301', '00.0030'])}</td>"
        f"<td>{rng.choice(['Konsultation, erste 5 Min.', 'Sitzungspauschale', 'Behandlung'])}</td>"
        f"<td class=r>{money(a, 'ch')}</td></tr>"
        for d, a in zip(days, items, strict=True)
    )
    street = rng.choice(["Bahnhofstrasse", "Marktgasse", "Seestrasse"])
    dob = f"{rng.randrange(10, 28)}.0{rng.randrange(1, 9)}.19{rng.randrange(50, 99)}"
    body = f"""<div class=top><div><div class=logo>{practice}</div><div class=sm>{street} {
        rng.randrange(1, 90)
    }, {rng.choice(["8001 Zürich", "3011 Bern", "4051 Basel"])}</div></div>
<div style="text-align:right"><b>Rückforderungsbeleg</b><br><span class=sm>Tiers garant – bitte an Ihre
Krankenkasse senden</span></div></div>{
        grid(f'''
        Leistungserbringer | {practice} | 6 ;; GLN | 7601{digits(rng, 9)} | 3 ;; ZSR-Nr. |
          {rng.choice("ABCDEFGHK")}{digits(rng, 6)} | 3 //
        Zuweiser | {referrer} | 6 ;; Rechnungs-Nr. | {digits(rng, 8)} | 3 ;; Rechnungsdatum |
          {fdate(invoiced, de)} | 3 //
        ''')
    }<h2>Patient</h2>{
        grid(f'''
        Name, Vorname | {patient} | 5 ;; Geburtsdatum | {dob} | 3 ;; Geschlecht | {rng.choice("MW")} | 4 //
        Versicherer | {kasse} | 5 ;; Versicherten-Nr. | {vnr} | 3 ;; AHV-Nr. | {ahv} | 4 //
        Behandlungsgrund | {rng.choice(["Krankheit", "Unfall"])} | 5 ;; Behandlung von – bis |
          {fdate(days[0], de)} – {fdate(days[-1], de)} | 7 //
        ''')
    }<h2>Leistungen</h2><table class=t><tr><th>Behandlungsdatum</th><th>Tarif</th><th>Tarifziffer</th>
<th>Bezeichnung</th><th class=r>Betrag CHF</th></tr>{rows}</table>{
        kvs(f'''
        Total | CHF {money(total, 'ch')} //
        davon Pflichtleistungen (KVG) | CHF {money(total * 8 / 10, 'ch')} //
        Anzahlung | CHF {money(0, 'ch')} //
        ''')
    }<p class=sm>Die Rechnung ist vom Patienten zu bezahlen. Der Patient fordert den Betrag bei seinem
Versicherer zurück.</p>"""
    return make_claim(
        "rueckforderung_ch",
        "de",
        page(CSS, body, "de"),
        repeats=frozenset({"date_of_loss", "provider"}),
        policy_number=(vnr, vnr),
        claimant_name=(patient, patient),
        date_of_loss=(first, fdate(first, de)),
        amount_claimed=(total, f"CHF {money(total, 'ch')}"),
        provider=(practice, practice),
    )


def mutualite_be(rng: random.Random) -> Doc:
    mutu = rng.choice(["Mutualité Saint-Lambert", "Mutualité Mosane", "Union des Mutualités du Brabant"])
    last = rng.choice(["Dubois", "Lambert", "Peeters", "Lejeune"])
    holder = f"{rng.choice(['Nathalie', 'Olivier', 'Isabelle', 'Thierry'])} {last}"
    child = f"{rng.choice(['Lucas', 'Emma', 'Louise', 'Arthur'])} {last}"
    prest = rng.choice(["Cabinet de kiné Les Tilleuls", "Centre dentaire du Sart", "Logopédie Mathot"])
    first = loss_date(rng)
    days = [first, later(rng, first, 5, 12), later(rng, first, 15, 30)]
    signed = later(rng, days[-1], 3, 20)
    dossier = f"DI-{first.year}-{digits(rng, 6)}"
    affil = f"{digits(rng, 3)}/{digits(rng, 6)}"
    niss = (
        f"{digits(rng, 2)}.{rng.randrange(10, 12)}.{rng.randrange(10, 28)}-{digits(rng, 3)}.{digits(rng, 2)}"
    )
    fees = [amount(rng, 25, 70) for _ in days]
    total = sum(fees)
    legal = total * 6 / 10
    fr = "{dd}/{mm}/{yyyy}"
    eur = " €"
    rows = "".join(
        f"<tr><td>{fdate(d, fr)}</td><td>{digits(rng, 6)}</td><td class=r>{money(f, 'de')}{eur}</td></tr>"
        for d, f in zip(days, fees, strict=True)
    )
    street = rng.choice(["Saint-Gilles", "de Fer", "Royale"])
    inami = f"{digits(rng, 1)}-{digits(rng, 5)}-{digits(rng, 2)}-{digits(rng, 3)}"
    body = f"""<div class=top><div class=logo>{mutu}</div><div class=sm>Rue {street} {rng.randrange(1, 99)}, {
        rng.choice(["4000 Liège", "5000 Namur", "1000 Bruxelles"])
    }<br>
Votre dossier : <b>{dossier}</b></div></div>
<h1>Demande d'intervention – assurance complémentaire</h1><div class=sm>Joignez l'attestation de soins
donnés et la preuve de paiement.</div>
<div class=two style="margin-top:3mm"><div><b>Titulaire</b><br>{
        kvs(f'''
        Nom et prénom : | {holder} //
        N° d'affilié : | {affil} //
        N° de registre national (NISS) : | {niss} //
        ''')
    }</div><div><b>Bénéficiaire des soins</b><br>{
        kvs(f'''
        Nom et prénom : | {child} //
        Lien de parenté : | enfant à charge //
        Avantage : | {rng.choice(["Kinésithérapie", "Soins dentaires", "Logopédie"])} //
        ''')
    }</div></div><h2>Attestation de soins donnés</h2>{
        grid(f'''
        Prestataire | {prest} | 7 ;; N° INAMI | {inami} | 5 //
        ''')
    }<table class=t style="margin-top:1mm"><tr><th>Date des soins</th><th>Code nomenclature</th>
<th class=r>Montant payé</th></tr>{rows}<tr><td colspan=2><b>Total payé au prestataire</b></td>
<td class=r><b>{money(total, "de")} €</b></td></tr></table>{
        kvs(f'''
        Intervention légale déjà remboursée : | {money(legal, 'de')} € //
        Compte IBAN : | BE{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} //
        Date et signature : | {fdate(signed, fr)} (signé) //
        ''')
    }"""
    return make_claim(
        "mutualite_be",
        "fr",
        page(CSS, body, "fr"),
        claim_number=(dossier, dossier),
        policy_number=(affil, affil),
        claimant_name=(holder, holder),
        date_of_loss=(first, fdate(first, fr)),
        amount_claimed=(total, f"{money(total, 'de')} €"),
        provider=(prest, prest),
    )


def hmo_ph(rng: random.Random) -> Doc:
    hmo = rng.choice(["Luzon Health Maximizers, Inc.", "Visayan CareLink HMO Corp."])
    member = rng.choice(["Maria Cristina D. Santos", "Jose Miguel R. Reyes", "Angelica P. Bautista"])
    dep = rng.choice(["Paolo S. Villanueva", "Bea L. Mendoza", "Carlo T. Aquino"])
    patient_is_member = rng.random() < 0.5
    avail = loss_date(rng)
    discharge = later(rng, avail, 2, 6)
    filed = later(rng, discharge, 5, 25)
    claim = f"RC-{digits(rng, 8)}"
    contract = f"CA-{avail.year - 1}-{digits(rng, 5)}"
    card = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
    hospital = rng.choice(
        ["St. Raphael Medical Center", "Our Lady of Peace Hospital", "Cebu Harborview Clinic"]
    )
    charges = [amount(rng, 8000, 40000), amount(rng, 2000, 12000), amount(rng, 1500, 9000)]
    total = sum(charges)
    us = "{mm}/{dd}/{yyyy}"
    rows = "".join(
        f"<tr><td>{t}</td><td class=r>{money(a, 'en')}</td></tr>"
        for t, a in zip(["Room and board", "Professional fees", "Lab / medicines"], charges, strict=True)
    )
    body = f"""<div class=top><div class=logo>{hmo}</div><div class=sm>{rng.randrange(10, 40)}/F
{rng.choice(["Ayala Avenue, Makati City", "Ortigas Center, Pasig City"])}<br>Hotline (02) 8{digits(rng, 3)}
{digits(rng, 4)}</div></div><h1>Member Reimbursement Claim Form</h1>{
        grid(f'''
        Reimbursement Claim No. | {claim} | 4 ;; Date filed | {fdate(filed, us)} | 4 ;; Type |
          {rng.choice(["In-patient", "Out-patient / ER"])} | 4 //
        ''')
    }<div class=two style="margin-top:3mm"><div><b>Principal member</b>{
        kvs(f'''
        Name: | {member} //
        HMO card no.: | {card} //
        Company / account: | {rng.choice(["Pasig Softworks Corp.", "Manila Bay Foods Inc."])} //
        Contract No.: | {contract} //
        ''')
    }</div><div><b>Patient</b>{
        kvs(f'''
        Name: | {"Same as principal" if patient_is_member else dep} //
        Relationship: | {"Principal" if patient_is_member else "Dependent"} //
        Diagnosis: | {rng.choice(["Dengue fever", "Acute gastroenteritis", "Pneumonia"])} //
        ''')
    }</div></div><h2>Availment</h2>{
        grid(f'''
        Hospital / clinic (non-accredited) | {hospital} | 6 ;; Date of availment | {fdate(avail, us)} | 3
          ;; Date of discharge | {fdate(discharge, us)} | 3 //
        ''')
    }<table class=t style="margin-top:1mm"><tr><th>Charges</th><th class=r>Amount (PHP)</th></tr>{rows}
<tr><td><b>Total amount claimed</b></td><td class=r><b>PHP {money(total, "en")}</b></td></tr></table>{
        kvs(f'''
        Less PhilHealth deduction: | PHP {money(amount(rng, 2000, 6000), 'en')} //
        Member signature: | (signed) //
        ''')
    }"""
    return make_claim(
        "hmo_ph",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(contract, contract),
        claimant_name=(member, member),
        date_of_loss=(avail, fdate(avail, us)),
        amount_claimed=(total, f"PHP {money(total, 'en')}"),
        provider=(hospital, hospital),
    )
