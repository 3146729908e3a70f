"""Set Q templates: South African medical aid member claim, UAE health insurance reimbursement claim (TPA),
New Zealand accident-compensation style injury claim form, travel medical claim for a hospital abroad (EUR).

South Africa: claim the Claim reference; policy_number the membership number (the scheme prints no other
policy number; the dependant code is a distractor); claimant the principal member (the patient a dependant);
date the first date of service; amount the total claimed in rand (not the co-payment); provider the
practice name (not the practice number). UAE: claim the TPA claim reference, policy the Policy No. (not the
member card no. or the Emirates ID), claimant the insured member, date the date of treatment, amount the
total claimed in AED (not the co-insurance), provider the clinic. New Zealand: claim the ACC claim number,
no policy number, claimant the injured person, date the date of accident (not the date of first treatment),
amount the total treatment costs claimed, provider the treatment provider (not the employer). Travel: claim
the Claim no. (not the assistance case no.), policy the policy number (not the certificate no.), claimant the
policyholder (the patient may be a travel companion), date the date the illness began / accident happened
(not the admission date), amount the total claimed in EUR (not the GBP equivalent or the excess), provider
the hospital abroad.
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
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'Liberation Sans'; } .top { display: flex;
 justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #2a6f97; padding-bottom:
 2mm; } .logo { font: bold 14pt 'Liberation Sans'; color: #2a6f97; } h1 { font-size: 12pt; margin: 3mm 0
 1mm; } h2 { font-size: 9pt; color: #2a6f97; border-bottom: 1px solid #2a6f97; margin: 3mm 0 1mm; }
.sm { font-size: 7.3pt; color: #444; } .two { display: flex; gap: 6mm; } .two > div { flex: 1; }
"""
)


def medaid_za(rng: random.Random) -> Doc:
    scheme = rng.choice(["Protea Medical Scheme", "Karoo Health Medical Aid", "Umhlanga Medical Fund"])
    last = rng.choice(["Naidoo", "van der Merwe", "Dlamini", "Botha"])
    member = f"{rng.choice(['Thabo', 'Annelie', 'Kavitha', 'Pieter'])} {last}"
    patient = f"{rng.choice(['Lerato', 'Ruan', 'Zanele', 'Megan'])} {last}"
    first = loss_date(rng)
    second = later(rng, first, 4, 20)
    submitted = later(rng, second, 3, 30)
    claim = f"{submitted.year}{digits(rng, 9)}"
    membership = f"{digits(rng, 9)}"
    practice = rng.choice(["Sunnyside Family Practice", "Dr L. Mokoena Inc.", "Claremont Physiotherapy"])
    lines = [(first, "0190", amount(rng, 350, 900)), (second, "0191", amount(rng, 250, 700))]
    total = sum(a for _, _, a in lines)
    ymd = "{yyyy}/{mm}/{dd}"
    rows = "".join(
        f"<tr><td>{fdate(d, ymd)}</td><td>{c}</td><td>{rng.choice(['J06.9', 'M54.5', 'K29.7'])}</td>"
        f"<td class=r>R {money(a, 'fr')}</td></tr>"
        for d, c, a in lines
    )
    body = f"""<div class=top><div class=logo>{scheme}</div><div class=sm>Administered by {
        rng.choice(["Highveld Health Administrators (Pty) Ltd", "Cape Medical Administrators"])
    }<br>PO Box {rng.randrange(1000, 9999)}, Johannesburg 2000 · 0860 {digits(rng, 3)} {digits(rng, 3)}</div>
</div><h1>Member Claim Form (refund to member)</h1>{
        grid(f'''
        Membership number | {membership} | 4 ;; Dependant code | 0{rng.randrange(1, 4)} | 2 ;; Scheme
          option | {rng.choice(["Classic Saver", "Essential Plus", "Core Network"])} | 3 ;; Claim
          reference | {claim} | 3 //
        Principal member | {member} | 6 ;; Patient (dependant) | {patient} | 6 //
        ''')
    }<h2>Service provider</h2>{
        grid(f'''
        Practice name | {practice} | 6 ;; Practice number | {digits(rng, 7)} | 3 ;; Treating practitioner
          | {rng.choice(["Dr S. Pillay", "Dr J. Smit"])} | 3 //
        ''')
    }<h2>Accounts paid by the member</h2><table class=t><tr><th>Date of service</th><th>Tariff code</th>
<th>ICD-10</th><th class=r>Amount</th></tr>{rows}<tr><td colspan=3><b>Total claimed</b></td><td class=r><b>R {
        money(total, "fr")
    }</b></td></tr></table>{
        kvs(f'''
        Co-payment / levy paid: | R {money(amount(rng, 50, 200), 'fr')} //
        Refund to bank account: | {rng.choice(["FNB", "Capitec", "Nedbank"])} ****{digits(rng, 4)} //
        Date submitted: | {fdate(submitted, ymd)} //
        ''')
    }"""
    return make_claim(
        "medaid_za",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(membership, membership),
        claimant_name=(member, member),
        date_of_loss=(first, fdate(first, ymd)),
        amount_claimed=(total, f"R {money(total, 'fr')}"),
        provider=(practice, practice),
    )


def reimb_ae(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Gulf Crescent Insurance PJSC", "Al Waha Takaful Insurance", "Emirates Dune Insurance"]
    )
    tpa = rng.choice(["MedAxis TPA LLC", "CareBridge Health Services"])
    member = rng.choice(["Ahmed Khalid Al Mansoori", "Rahul Menon", "Fatima Yousef Haddad", "Grace Okafor"])
    treat = loss_date(rng)
    filed = later(rng, treat, 3, 30)
    ref = f"CLM/{treat.year}/{digits(rng, 7)}"
    policy = f"{rng.choice(['GHP', 'MED'])}/{digits(rng, 4)}/{digits(rng, 6)}"
    card = f"{digits(rng, 3)}-{digits(rng, 8)}-{digits(rng, 2)}"
    eid = f"784-{rng.randrange(1960, 2000)}-{digits(rng, 7)}-{digits(rng, 1)}"
    clinic = rng.choice(
        ["Jumeirah Lakes Medical Clinic", "Al Barsha Polyclinic", "Corniche Specialist Centre"]
    )
    items = [
        ("Consultation", amount(rng, 250, 600)),
        ("Laboratory", amount(rng, 180, 900)),
        ("Pharmacy", amount(rng, 90, 450)),
    ]
    total = sum(a for _, a in items)
    dmy = "{dd}-{mon}-{yyyy}"
    rows = "".join(f"<tr><td>{t}</td><td class=r>{money(a, 'en')}</td></tr>" for t, a in items)
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Claims administered by {tpa}<br>
PO Box {rng.randrange(10000, 99999)}, Dubai, United Arab Emirates</div></div>
<h1>Medical Reimbursement Claim Form</h1><div class=sm>For treatment received outside the network. Attach
original itemised invoices, prescriptions and medical report.</div>
<h2>Section 1 – Member details</h2>{
        kvs(f'''
        Policy No. | {policy} //
        Member card no. | {card} //
        Insured member name | {member} //
        Emirates ID | {eid} //
        Sponsor / employer | {rng.choice(["Falcon Logistics FZE", "Palm Retail LLC"])} //
        ''')
    }<h2>Section 2 – Treatment</h2>{
        kvs(f'''
        Clinic / hospital | {clinic} //
        Date of treatment | {fdate(treat, dmy)} //
        Country of treatment | United Arab Emirates //
        Diagnosis | {rng.choice(["Acute tonsillitis", "Lower back pain", "Allergic rhinitis"])} //
        ''')
    }<h2>Section 3 – Expenses (AED)</h2><table class=t style="width:60%"><tr><th>Service</th>
<th class=r>Invoice amount</th></tr>{rows}<tr><td><b>Total amount claimed</b></td><td class=r><b>AED {
        money(total, "en")
    }</b></td></tr></table><p class=sm>Co-insurance of 20% applies to out-of-network claims (estimated
AED {money(total / 5, "en")}).</p><h2>For TPA use</h2>{
        kvs(f'''
        Claim reference | {ref} //
        Received on | {fdate(filed, dmy)} //
        ''')
    }"""
    return make_claim(
        "reimb_ae",
        "en",
        page(CSS, body, "en"),
        claim_number=(ref, ref),
        policy_number=(policy, policy),
        claimant_name=(member, member),
        date_of_loss=(treat, fdate(treat, dmy)),
        amount_claimed=(total, f"AED {money(total, 'en')}"),
        provider=(clinic, clinic),
    )


def injury_nz(rng: random.Random) -> Doc:
    person = rng.choice(["Hemi Walker", "Aroha Ngata", "Liam Fletcher", "Sione Tupou"])
    accident = loss_date(rng)
    seen = later(rng, accident, 1, 5)
    lodged = later(rng, seen, 0, 2)
    claim = f"{rng.choice('ABCDEFGHK')}{rng.choice('ABCDEFGHK')}{digits(rng, 5)}"
    provider = rng.choice(["Harbourside Physiotherapy", "Kapiti Urgent Care", "Te Awa Sports Clinic"])
    employer = rng.choice(["Southern Scaffolding Ltd", "Waikato Dairy Co-op"])
    costs = [amount(rng, 45, 120), amount(rng, 60, 160), amount(rng, 20, 80)]
    total = sum(costs)
    dmy = "{dd}/{mm}/{yyyy}"
    body = f"""<div class=top><div class=logo>Injury Claim Form (ACC45-style)</div><div class=sm>Accident
compensation – lodge with your treatment provider<br>Claim lodged {fdate(lodged, dmy)}</div></div>
<h2>A. Claim</h2>{
        grid(f'''
        ACC claim number | {claim} | 4 ;; Provider ID | {rng.choice("GHJK")}{digits(rng, 4)} | 4 ;; Read code
          | S57{digits(rng, 2)} | 4 //
        ''')
    }<h2>B. Patient (the injured person)</h2>{
        grid(f'''
        Full name | {person} | 6 ;; NHI number | {"".join(rng.choice("ABCDEFGHJK") for _ in range(3))}{
            digits(rng, 4)
        } | 3 ;; Date of birth | {rng.randrange(10, 28)}/0{rng.randrange(1, 9)}/19{
            rng.randrange(60, 99)
        } | 3 //
        Employer | {employer} | 6 ;; Occupation | {rng.choice(["Scaffolder", "Farmhand", "Teacher"])} | 6 //
        ''')
    }<h2>C. Accident</h2>{
        grid(f'''
        Date of accident | {fdate(accident, dmy)} | 3 ;; Time | {rng.randrange(6, 19)}:{rng.randrange(10, 59)}
          | 2 ;; Scene | {rng.choice(["Work", "Home", "Sport"])} | 2 ;; Location |
          {rng.choice(["Hamilton", "Porirua", "Napier"])} | 5 //
        What happened | {rng.choice(["Slipped on wet step and twisted knee", "Fell from ladder onto wrist"])}
          | 12 //
        ''')
    }<h2>D. Treatment provider</h2>{
        grid(f'''
        Treatment provider | {provider} | 6 ;; Date of first treatment | {fdate(seen, dmy)} | 3 ;; Unable to
          work? | {rng.choice(["No", "Yes – 2 weeks"])} | 3 //
        ''')
    }<h2>E. Treatment costs claimed (NZD)</h2>{
        kvs(f'''
        Initial consultation | ${money(costs[0], 'en')} //
        Follow-up treatment | ${money(costs[1], 'en')} //
        X-ray / imaging | ${money(costs[2], 'en')} //
        Total treatment costs claimed | ${money(total, 'en')} //
        Patient part-charge paid | ${money(rng.choice([15, 20, 25]), 'en')} //
        ''')
    }<p class=sm>I authorise my treatment provider to lodge this claim on my behalf. Signed: (signed)</p>"""
    return make_claim(
        "injury_nz",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        claimant_name=(person, person),
        date_of_loss=(accident, fdate(accident, dmy)),
        amount_claimed=(total, f"${money(total, 'en')}"),
        provider=(provider, provider),
    )


def travel_medical(rng: random.Random) -> Doc:
    insurer = rng.choice(["Northgate Travel Insurance Ltd", "Wayfarer Assurance plc"])
    holder = rng.choice(["Mr Graham Whitfield", "Mrs Joanne Pritchard", "Ms Fiona McLeod"])
    companion = rng.choice(["Mr Alan Pritchard", "Ms Hannah Whitfield", "Mr Callum McLeod"])
    patient = rng.choice([holder, companion])
    onset = loss_date(rng)
    admitted = later(rng, onset, 1, 2)
    discharged = later(rng, admitted, 2, 6)
    claim = f"TM{digits(rng, 7)}"
    case = f"AS-{digits(rng, 6)}"
    policy = f"WTP/{digits(rng, 8)}"
    cert = f"C{digits(rng, 9)}"
    hospital = rng.choice(
        ["Clínica Santa Elena, Marbella", "Hospital Privado do Algarve", "Iatriko Kentro Chania"]
    )
    items = [
        ("Hospital stay", amount(rng, 1800, 6000)),
        ("Doctor's fees", amount(rng, 300, 1500)),
        ("Medication", amount(rng, 40, 300)),
        ("Taxi to hospital", amount(rng, 20, 80)),
    ]
    total = sum(a for _, a in items)
    dmy = "{d} {mon} {yyyy}"
    rows = "".join(f"<tr><td>{t}</td><td class=r>€{money(a, 'en')}</td></tr>" for t, a in items)
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Travel Claims Department<br>
Freepost RTKZ-{digits(rng, 4)}, Bristol BS1 6QH</div></div><h1>Medical expenses claim form (overseas)</h1>
<div class=two><div>{
        kvs(f'''
        Policyholder: | {holder} //
        Policy number: | {policy} //
        Certificate no.: | {cert} //
        ''')
    }</div><div>{
        kvs(f'''
        Claim no.: | {claim} //
        Assistance case no.: | {case} //
        Trip: | {rng.choice(["Spain", "Portugal", "Greece"])} //
        ''')
    }</div></div><h2>1. The person who received treatment</h2>{
        kvs(f'''
        Name: | {"As policyholder" if patient == holder else patient} //
        Date illness began / accident happened: | {fdate(onset, dmy)} //
        Date admitted: | {fdate(admitted, dmy)} //
        Date discharged: | {fdate(discharged, dmy)} //
        Hospital or clinic abroad: | {hospital} //
        ''')
    }<h2>2. Expenses</h2><table class=t style="width:70%"><tr><th>Description</th><th class=r>Amount</th>
</tr>{rows}<tr><td><b>Total claimed</b></td><td class=r><b>€{money(total, "en")}</b></td></tr></table>{
        kvs(f'''
        Approximate sterling value: | £{money(total * 85 / 100, 'en')} //
        Policy excess (medical): | £{money(rng.choice([75, 100, 150]), 'en')} //
        Paid direct by assistance company: | none //
        ''')
    }<p class=sm>Declaration signed by the policyholder on {fdate(later(rng, discharged, 5, 20), dmy)}.</p>"""
    return make_claim(
        "travel_medical",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(onset, fdate(onset, dmy)),
        amount_claimed=(total, f"€{money(total, 'en')}"),
        provider=(hospital, hospital),
    )
