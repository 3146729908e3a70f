"""Set Z templates (UK): private medical insurance claim form, pet insurance claim, motor claim with estimate.

Dates are DD/MM/YYYY or in words, amounts in pounds. PMI: policy_number is the scheme policy number (not the
membership number), date_of_loss the date symptoms were first noticed, provider the hospital (the consultant
is a distractor). Pet: date signs first noticed, provider the veterinary practice. Motor: date of the
incident, amount the repairer's estimate including VAT (the excess is a distractor).
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
    kv,
    kvs,
    later,
    loss_date,
    make_claim,
    money,
    page,
)

UK = "{dd}/{mm}/{yyyy}"
FIRST = ["Eleanor", "Callum", "Harriet", "Rhys", "Aisha", "Gareth", "Imogen", "Tobias"]
LAST = ["Price", "McAllister", "Pemberton", "Okonjo", "Hollis", "Draper", "Sandhu", "Whitfield"]
SYMPTOMS = ["Pain and locking of the right knee", "Recurrent upper abdominal pain", "Numbness in left hand"]
TOWNS = ["Leeds LS6 2QT", "Bristol BS7 8AR", "Norwich NR2 4PD", "Cardiff CF14 3JX", "York YO31 7EB"]
PLACES = ["Junction of Kirkstall Rd and Abbey Rd", "Tesco car park, Hengrove", "A47 roundabout, Thickthorn"]


def gbp(x: object) -> str:
    return "£" + money(x, "en")  # type: ignore[arg-type]


FORM_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 9pt 'Liberation Sans'; color: #1a1a1a; }
.top { display: flex; justify-content: space-between; align-items: center; border-bottom: 3px solid #0a5c8a;
 padding-bottom: 2mm; } .logo { font: bold 17pt 'Liberation Sans'; color: #0a5c8a; } h1 { font-size: 13pt;
 margin: 3mm 0 1mm; } .sec { background: #0a5c8a; color: #fff; font-weight: bold; padding: 2px 5px;
 margin: 3mm 0 1mm; } table.g td { border-color: #7aa7c2; } .note { font-size: 7.5pt; color: #444; }
"""
)


def pmi_uk(rng: random.Random) -> Doc:
    insurer = rng.choice(["Hartwell Health", "Albion Private Healthcare", "Meridian Health Cover"])
    name = f"{rng.choice(FIRST)} {rng.choice('ABEJLM')} {rng.choice(LAST)}"
    noticed = loss_date(rng)
    gp = later(rng, noticed, 3, 20)
    admitted = later(rng, gp, 10, 40)
    signed = later(rng, admitted, 2, 9)
    policy = f"{rng.choice(['PMI', 'GRP', 'CS'])}{digits(rng, 7)}"
    member = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    claim = f"{rng.choice(['C', 'PA'])}{digits(rng, 8)}"
    hospital = rng.choice(
        ["The Beaumont Hospital Leeds", "Chiltern Park Private Hospital", "Nuffield Vale Clinic Bristol"]
    )
    consultant = f"{rng.choice(['Mr', 'Ms', 'Dr'])} {rng.choice('ADKRS')} {rng.choice(LAST)}"
    fees = [amount(rng, 180, 450), amount(rng, 1200, 5200)]
    if rng.random() < 0.5:
        fees.append(amount(rng, 250, 900))
    total = sum(fees)
    payees = [consultant + " (consultant fees)", hospital + " (hospital account)", "Anaesthetist fees"]
    rows = "".join(
        f"<tr><td>{p}</td><td>{rng.choice(['INV', 'HA', ''])}{digits(rng, 6)}</td>"
        f"<td class=r>{gbp(f)}</td></tr>"
        for p, f in zip(payees, fees, strict=False)
    )
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=note>Claims, PO Box {
        rng.randrange(100, 999)
    },
{rng.choice(TOWNS)}<br>claims@example.co.uk · 0800 {digits(rng, 3)} {digits(rng, 4)}</div></div>
<h1>Claim form – Private medical insurance</h1><div class=note>Please complete in BLOCK CAPITALS and send with
your original invoices. If you phoned us before treatment, please quote your claim number.</div>
<div class=sec>Section 1 – About the patient</div>{
        grid(f'''
        Full name of patient | {name} | 6 ;; Date of birth |
          {rng.randrange(1, 28):02d}/0{rng.randrange(1, 9)}/19{rng.randrange(50, 99)} | 3 ;; Relationship
          to main member | Self | 3 //
        Membership number | {member} | 4 ;; Policy / scheme number | {policy} | 4 ;; Claim number (if
          known) | {claim} | 4 //
        Address | {rng.randrange(1, 140)} {rng.choice(['Grange Road', 'Elm Close', 'Station Lane'])},
          {rng.choice(TOWNS)} | 8 ;; Employer (company scheme) |
          {rng.choice(["Northcote Engineering Ltd", "Fernleigh Schools Trust", "n/a"])} | 4 //
        ''')
    }<div class=sec>Section 2 – About the condition</div>{
        grid(f'''
        When did you first notice symptoms? | {fdate(noticed, UK)} | 4 ;; When did you first see your GP
          about them? | {fdate(gp, UK)} | 4 ;; Is the condition the result of an accident? | No | 4 //
        Please describe the symptoms | {rng.choice(SYMPTOMS)} | 12 //
        ''')
    }<div class=sec>Section 3 – Treatment</div>{
        grid(f'''
        Name of hospital | {hospital} | 6 ;; Name of consultant / specialist | {consultant} | 6 //
        Date of admission / first treatment | {fdate(admitted, UK)} | 4 ;; Type of treatment |
          {rng.choice(["Day-case", "Outpatient", "In-patient"])} | 4 ;; NHS number (if known) |
          {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)} | 4 //
        ''')
    }<div class=sec>Section 4 – Invoices enclosed</div><table class=t><tr><th>Payee</th><th>Invoice
number</th>
<th class=r>Amount</th></tr>{rows}<tr><td colspan=2><b>Total amount claimed</b></td><td class=r><b>{
        gbp(total)
    }
</b></td></tr></table><p class=note>Your policy excess of {
        gbp(rng.choice([100, 150, 250]))
    } per claim year will be
deducted from any benefit we pay. Benefit is paid directly to the hospital/consultant unless you have
paid.</p>
<div class=sec>Section 5 – Declaration</div><p class=note>I declare that the information given is true and
complete. I authorise any doctor or hospital to give {insurer} information about this claim.</p>
{kv([("Signature:", "<i>(signed)</i>"), ("Date:", fdate(signed, UK))])}"""
    return make_claim(
        "pmi_uk",
        "en",
        page(FORM_CSS, body, "en"),
        repeats=frozenset({"provider"}),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(noticed, fdate(noticed, UK)),
        amount_claimed=(total, gbp(total)),
        provider=(hospital, hospital),
    )


PET_CSS = FORM_CSS.replace("#0a5c8a", "#6b2d7b").replace("#7aa7c2", "#b69bc0")


def pet_uk(rng: random.Random) -> Doc:
    insurer = rng.choice(["PawSure Pet Insurance", "Whiskers & Wags Insurance", "Ashby Pet Cover"])
    name = f"{rng.choice(['Mrs', 'Mr', 'Ms', 'Miss'])} {rng.choice(FIRST)} {rng.choice(LAST)}"
    noticed = loss_date(rng)
    first_visit = later(rng, noticed, 1, 6)
    last_visit = later(rng, first_visit, 5, 30)
    signed = later(rng, last_visit, 1, 7)
    vet_signed = later(rng, signed, 1, 5)
    policy = f"{rng.choice(['PP', 'WW', 'AP'])}{digits(rng, 8)}"
    claim = f"{digits(rng, 7)}/{rng.randrange(1, 4)}"
    practice = rng.choice(
        ["Castlegate Veterinary Surgery", "Riverside Vets (Ashford) Ltd", "Oakmoor Animal Hospital"]
    )
    pet = rng.choice(
        [
            ("Biscuit", "Dog", "Cocker Spaniel"),
            ("Miso", "Cat", "British Shorthair"),
            ("Ziggy", "Dog", "Labrador Retriever"),
        ]
    )
    inv = [
        (f"{digits(rng, 6)}", first_visit, amount(rng, 90, 400)),
        (f"{digits(rng, 6)}", last_visit, amount(rng, 200, 1500)),
    ]
    total = sum(a for *_, a in inv)
    rows = "".join(
        f"<tr><td>{n}</td><td>{fdate(d, UK)}</td><td class=r>{gbp(a)}</td></tr>" for n, d, a in inv
    )
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=note>Claims Team · Freepost RTKX-{
        digits(rng, 4)
    }<br>{rng.choice(TOWNS)}</div></div><h1>Vet fee claim form</h1>
<div class=sec>Part 1 – To be completed by the policyholder</div>{
        grid(f'''
        Policyholder name | {name} | 6 ;; Policy number | {policy} | 3 ;; Existing claim number (continuing
          claims only) | {claim} | 3 //
        Pet's name | {pet[0]} | 3 ;; Species | {pet[1]} | 2 ;; Breed | {pet[2]} | 4 ;; Microchip no. |
          {digits(rng, 15)} | 3 //
        Date signs of illness / injury first noticed | {fdate(noticed, UK)} | 5 ;; Was this an accident? |
          No | 3 ;; Signature / date | (signed) {fdate(signed, UK)} | 4 //
        ''')
    }<div class=sec>Part 2 – To be completed by the veterinary practice</div>{
        grid(f'''
        Practice name | {practice} | 6 ;; Practice telephone | 01{digits(rng, 3)} {digits(rng, 6)} | 3 ;;
          Treating vet (MRCVS) | {rng.choice(FIRST)} {rng.choice(LAST)} BVSc MRCVS | 3 //
        Diagnosis | {rng.choice(["Gastroenteritis", "Cruciate ligament rupture", "Otitis externa"])} | 6 ;;
          Date of first consultation for this condition | {fdate(first_visit, UK)} | 6 //
        ''')
    }<table class=t style="margin-top:2mm"><tr><th>Invoice number</th><th>Invoice date</th><th class=r>Amount
(incl. VAT)</th></tr>{rows}<tr><td colspan=2><b>Total amount claimed</b></td><td class=r><b>{gbp(total)}</b>
</td></tr></table><p class=note>Fixed excess {gbp(rng.choice([99, 120, 150]))} and, where applicable, 20 %
co-payment will be deducted. Pay: [X] the practice [ ] the policyholder. Practice stamp and signature, date
{fdate(vet_signed, UK)}.</p>"""
    return make_claim(
        "pet_uk",
        "en",
        page(PET_CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(noticed, fdate(noticed, UK)),
        amount_claimed=(total, gbp(total)),
        provider=(practice, practice),
    )


MOTOR_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'DejaVu Sans'; } h1 { font-size: 13pt; color: #0b3d2e;
 margin: 0 0 2mm; } h2 { font-size: 9.5pt; border-bottom: 1px solid #0b3d2e; margin: 4mm 0 1mm; color:
#0b3d2e; }
.two { display: flex; gap: 6mm; } .two > div { flex: 1; } .hd { font-size: 8pt; color: #444; }
"""
)


def motor_repairer_uk(rng: random.Random) -> Doc:
    insurer = rng.choice(["Kingsgate Motor Insurance", "Thistle Direct Car Insurance", "Severn Mutual"])
    holder = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    driver = rng.choice([holder, f"{rng.choice(FIRST)} {rng.choice(LAST)}"])
    incident = loss_date(rng)
    reported = later(rng, incident, 1, 3)
    estimated = later(rng, reported, 2, 8)
    policy = f"{rng.choice(['KMI', 'TDC', 'SVM'])}/{digits(rng, 7)}/{rng.randrange(1, 9)}"
    claim = f"MC-{digits(rng, 8)}"
    repairer = rng.choice(
        ["Autocraft Bodyshop Ltd", "Pennine Accident Repair Centre", "J & S Coachworks Ltd"]
    )
    parts, labour, paint = amount(rng, 300, 1800), amount(rng, 250, 900), amount(rng, 180, 600)
    net = parts + labour + paint
    vat = (net * 20 / 100).quantize(parts)
    total = net + vat
    excess = rng.choice([250, 350, 500])
    words = "{d} {month} {yyyy}"
    reg = f"{rng.choice(['YK', 'BD', 'LR', 'WN'])}{rng.randrange(16, 24)} {rng.choice(['FXT', 'KLM', 'ORV'])}"
    tp_name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    body = f"""<div class=hd>{insurer} · Claims Department · {rng.choice(TOWNS)} · Claims line 0345 {
        digits(rng, 3)
    }
{digits(rng, 4)}</div><h1>Motor Claim Form</h1>{
        kv([("Claim reference:", claim), ("Policy number:", policy), ("Date reported:", fdate(reported, UK))])
    }<h2>1. Policyholder and driver</h2>{
        grid(f'''
        Policyholder | {holder} | 6 ;; Driver at the time |
          {driver if driver != holder else "As policyholder"} | 6 //
        Vehicle registration | {reg} | 3 ;; Make / model |
          {rng.choice(["Ford Focus 1.0 EcoBoost", "Vauxhall Corsa SE", "Toyota Yaris Hybrid"])} | 5 ;;
          Mileage | {rng.randrange(8, 90)},{rng.randrange(100, 999)} | 4 //
        ''')
    }<h2>2. The incident</h2>{
        kvs(f'''
        Date of incident: | {fdate(incident, words)} //
        Time: | {rng.randrange(7, 20)}:{rng.randrange(10, 59)} //
        Location: | {rng.choice(PLACES)} //
        Description: | Third party vehicle failed to give way and struck the nearside front. //
        ''')
    }<h2>3. Other party</h2><div class=two><div>{
        kvs(f'''
        Name: | {tp_name} //
        Registration: | {rng.choice(['AB', 'CE', 'GF'])}{rng.randrange(10, 24)}
          {rng.choice(['PLT', 'WRX'])} //
        ''')
    }</div><div>{
        kvs(f'''
        Insurer: | {rng.choice(["Ardent Car Insurance", "Castle Cover"])} //
        Policy no.: | {digits(rng, 9)} //
        ''')
    }</div></div><h2>4. Repairer's estimate</h2>{
        kvs(f'''
        Repairer: | {repairer} //
        Estimate no.: | EST{digits(rng, 5)} //
        Estimate date: | {fdate(estimated, UK)} //
        ''')
    }<table class=t style="width:60%;margin-top:2mm"><tr><th>Item</th><th class=r>Amount</th></tr>
<tr><td>Parts</td><td class=r>{gbp(parts)}</td></tr><tr><td>Labour</td><td class=r>{gbp(labour)}</td></tr>
<tr><td>Paint &amp; materials</td><td class=r>{gbp(paint)}</td></tr><tr><td>VAT @ 20%</td><td class=r>{
        gbp(vat)
    }
</td></tr><tr><td><b>Total claimed (estimate incl. VAT)</b></td><td class=r><b>{gbp(total)}</b></td></tr>
<tr><td>Less policy excess (payable by you)</td><td class=r>-{gbp(excess)}</td></tr></table>
<p style="font-size:8pt">I declare the above is true to the best of my knowledge. Signed: (signed) {
        holder
    }</p>"""
    return make_claim(
        "motor_repairer_uk",
        "en",
        page(MOTOR_CSS, body, "en"),
        repeats=frozenset({"claimant_name"}),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(incident, fdate(incident, words)),
        amount_claimed=(total, gbp(total)),
        provider=(repairer, repairer),
    )
