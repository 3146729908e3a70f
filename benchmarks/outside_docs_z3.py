"""Set Z templates: Indian IRDAI-style reimbursement claim form (TPA, Part A / Part B), Singapore hospital
and surgical claim form, Australian extras (dental) claim form.

India: claimant is the primary insured (the hospitalised patient may be a dependant), date_of_loss the "Date
of injury / Date disease first detected" (the date of admission is a distractor), amount the Part A total
in lakh-grouped rupees. Singapore: no onset printed, so date_of_loss is the date of admission; amount the
"Total amount claimed" (not the MediShield Life or MediSave figures). Australia: no claim number printed;
date_of_loss the first date of service; amount the total fee charged.
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

DMY = "{dd}/{mm}/{yyyy}"

IN_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 10mm 12mm; } body { font: 8.3pt 'DejaVu Sans Condensed'; } h1 { font-size: 12pt;
 text-align: center; margin: 1mm 0; } .part { text-align: center; font-weight: bold; border: 1px solid #000;
 background: #ddd; margin: 2mm 0 1mm; } .sec { font-weight: bold; margin: 2mm 0 1mm; }
"""
)


def rs(x: object) -> str:
    return "Rs. " + money(x, "in")  # type: ignore[arg-type]


def tpa_in(rng: random.Random) -> Doc:
    insured = rng.choice(["Rajesh Kumar Iyer", "Sunita Deshpande", "Mohammed Arif Khan", "Kavya Reddy"])
    patient = rng.choice(["Lakshmi R Iyer", "Aarav Deshpande", "Farah Khan", "Vikram Reddy"])
    onset = loss_date(rng)
    admitted = later(rng, onset, 2, 25)
    discharged = later(rng, admitted, 2, 7)
    signed = later(rng, discharged, 3, 20)
    policy = f"{rng.randrange(1000, 9999)}/{rng.randrange(10, 99)}/{digits(rng, 6)}/{rng.randrange(0, 9):02d}"
    claim = f"CI{digits(rng, 9)}"
    hospital = rng.choice(
        [
            "Sahyadri Multispeciality Hospital",
            "Shree Balaji Medicare Centre",
            "Amrita Sai Superspeciality Hospital",
        ]
    )
    heads = [
        ("Pre-hospitalization expenses", amount(rng, 2000, 12000)),
        ("Hospitalization expenses", amount(rng, 60000, 290000)),
        ("Post-hospitalization expenses", amount(rng, 1500, 9000)),
        ("Health-check up cost", 0),
        ("Ambulance charges", amount(rng, 1000, 3500)),
        ("Others", 0),
    ]
    total = sum(a for _, a in heads)
    why = rng.choice(["Illness", "Injury"])
    area = rng.choice(
        ["Kothrud, Pune 411038", "Indiranagar, Bengaluru 560038", "Banjara Hills, Hyderabad 500034"]
    )
    address = f"Flat {rng.randrange(1, 40)}{rng.choice('ABC')}, {area}"
    rows = "".join(
        f"<tr><td>{chr(97 + i)}) {h}</td><td class=r>{rs(a)}</td></tr>" for i, (h, a) in enumerate(heads)
    )
    tpa = rng.choice(["Sanjeevani Health TPA Pvt. Ltd.", "Arogya Claims Services (TPA) Ltd."])
    body = f"""<div style="display:flex;justify-content:space-between;font-size:7.5pt"><div><b>{tpa}</b><br>
IRDAI Regn. No. {rng.randrange(10, 60)}</div><div>Insurer: {
        rng.choice(["Bharat Suraksha General Insurance Co. Ltd.", "Nav Jeevan General Insurance Ltd."])
    }</div></div>
<h1>CLAIM FORM – REIMBURSEMENT</h1>{
        kvs(f'''
        Claim Intimation No.: | {claim} //
        Date of intimation: | {fdate(later(rng, admitted, 0, 1), DMY)} //
        ''')
    }
<div class=part>PART A – TO BE FILLED IN BY THE INSURED</div><div class=sec>A. DETAILS OF PRIMARY
INSURED</div>{
        grid(f'''
        a) Policy No. | {policy} | 4 ;; b) Sl. No./Certificate No. | {digits(rng, 4)} | 3 ;; c) Company /
          TPA ID No. | STPA{digits(rng, 8)} | 5 //
        d) Name | {insured} | 6 ;; e) Address | {address} | 6 //
        ''')
    }<div class=sec>C. DETAILS OF INSURED PERSON HOSPITALIZED</div>{
        grid(f'''
        a) Name | {patient} | 5 ;; b) Gender | {rng.choice(["Male", "Female"])} | 2 ;; c) Age (years) |
          {rng.randrange(5, 70)} | 2 ;; d) Relationship to primary insured |
          {rng.choice(["Spouse", "Child", "Father"])} | 3 //
        ''')
    }<div class=sec>D. DETAILS OF HOSPITALIZATION</div>{
        grid(f'''
        a) Name of hospital where admitted | {hospital} | 7 ;; b) Room category occupied |
          {rng.choice(["Semi-private", "Single occupancy", "General ward"])} | 5 //
        c) Hospitalization due to | {why} | 3 ;; d) Date of injury / Date disease first detected |
          {fdate(onset, DMY)} | 4 ;; e) Date of admission | {fdate(admitted, DMY)} | 3 ;; g) Date of
          discharge | {fdate(discharged, DMY)} | 2 //
        ''')
    }<div class=sec>E. DETAILS OF CLAIM</div><table class=t style="width:65%">{rows}<tr><td><b>Total</b></td>
<td class=r><b>{rs(total)}</b></td></tr></table><div class=sec>G. DETAILS OF BANK ACCOUNT</div>{
        kvs(f'''
        PAN: | {''.join(rng.choice('ABCDEFGHJK') for _ in range(5))}{digits(rng, 4)}F //
        Account No.: | {digits(rng, 12)} //
        IFSC: | SBIN000{digits(rng, 4)} //
        ''')
    }<p style="font-size:7.5pt">I hereby declare that the information furnished in this claim form is true
&amp;
correct. Date: {fdate(signed, DMY)}  Place: {rng.choice(["Pune", "Bengaluru", "Hyderabad"])}  Signature of the
Insured: (signed)</p><div class=part>PART B – TO BE FILLED IN BY THE HOSPITAL</div>{
        kvs(f'''
        Name of the hospital: | As in Part A //
        Hospital ID: | HOSP-{digits(rng, 5)} //
        Name of the treating doctor: | Dr. {rng.choice(['S. Kulkarni', 'P. Menon', 'A. Bhat'])} //
        ''')
    }"""
    return make_claim(
        "tpa_in",
        "en",
        page(IN_CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(insured, insured),
        date_of_loss=(onset, fdate(onset, DMY)),
        amount_claimed=(total, rs(total)),
        provider=(hospital, hospital),
    )


SG_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 14mm; } body { font: 9pt 'Liberation Sans'; } .top { display: flex;
 justify-content: space-between; border-bottom: 2px solid #c8102e; padding-bottom: 2mm; } .logo { font: bold
 15pt 'Liberation Serif'; color: #c8102e; } h1 { font-size: 12pt; margin: 3mm 0; } h2 { font-size: 9.5pt;
 background: #f3d3d8; padding: 2px 4px; margin: 3mm 0 1mm; }
"""
)


def hospital_sg(rng: random.Random) -> Doc:
    insurer = rng.choice(["Merlion Assurance", "Straits Life Insurance", "Temasek Shield Assurance"])
    name = rng.choice(["Tan Wei Ling", "Muhammad Hafiz bin Osman", "Priya d/o Raman", "Lim Jun Hao"])
    admitted = loss_date(rng)
    discharged = later(rng, admitted, 1, 6)
    submitted = later(rng, discharged, 3, 14)
    mon = "{d} {mon} {yyyy}"
    policy = f"{rng.choice(['IS', 'HS'])}{digits(rng, 8)}"
    claim = f"HC{admitted.year % 100}-{digits(rng, 6)}"
    hospital = rng.choice(["Mount Elizabeth Novena Hospital", "Gleneagles Hospital", "Farrer Park Hospital"])
    bill = amount(rng, 4000, 38000)
    msl = (bill * rng.choice([25, 30, 40]) / 100).quantize(bill)
    medisave = amount(rng, 500, 3000)
    body = f"""<div class=top><div class=logo>{
        insurer
    }</div><div style="font-size:7.5pt">Claims Department<br>
{rng.randrange(1, 99)} Robinson Road #{rng.randrange(10, 30)}-0{rng.randrange(1, 9)}, Singapore 0{
        digits(rng, 5)
    }
</div></div><h1>Hospital &amp; Surgical Claim Form (Integrated Shield Plan)</h1>{
        kv([("Claim Ref No.:", claim), ("Date submitted:", fdate(submitted, mon))])
    }<h2>Part 1: Particulars of Life Assured</h2>{
        grid(f'''
        Name (as in NRIC / Passport) | {name} | 6 ;; NRIC / FIN No. |
          S{digits(rng, 7)}{rng.choice('ADGJZ')} | 3 ;; Policy No. | {policy} | 3 //
        Mobile no. | +65 {rng.choice('89')}{digits(rng, 3)} {digits(rng, 4)} | 4 ;; Email |
          policyholder@example.sg | 5 ;; Plan | {rng.choice(["Shield Plus A", "Shield Premier B1"])} | 3 //
        ''')
    }<h2>Part 2: Details of Hospitalisation</h2>{
        grid(f'''
        Name of hospital | {hospital} | 6 ;; Ward class | {rng.choice(["A (1-bed)", "B1 (4-bed)"])} | 3 ;;
          Date of accident (if applicable) | N.A. | 3 //
        Date of admission | {fdate(admitted, DMY)} | 3 ;; Date of discharge | {fdate(discharged, DMY)} | 3
          ;; Attending doctor | Dr {rng.choice(['Ong Kian Seng', 'Sarah Wong', 'Rajiv Nair'])} | 6 //
        Diagnosis | {rng.choice(["Acute appendicitis", "Cholelithiasis", "Displaced radius fracture"])} |
          12 //
        ''')
    }<h2>Part 3: Bill Details (S$)</h2><table class=t><tr><th>Item</th><th class=r>Amount</th></tr>
<tr><td>Final hospital bill no. {rng.choice(["FB", "INV"])}{digits(rng, 7)}</td><td></td></tr>
<tr><td>Total amount claimed (final bill before MediShield Life)</td><td class=r>S${money(bill, "en")}
</td></tr><tr><td>Less: MediShield Life payout</td><td class=r>S${money(msl, "en")}</td></tr>
<tr><td>Less: MediSave used</td><td class=r>S${money(medisave, "en")}</td></tr>
<tr><td>Deductible / co-insurance (for insurer's assessment)</td><td class=r>–</td></tr></table>
<h2>Part 4: Declaration</h2><p style="font-size:8pt">I declare that the above is true and complete. Payment
to be credited via PayNow to the NRIC registered. Signature of Life Assured: (signed)</p>"""
    return make_claim(
        "hospital_sg",
        "en",
        page(SG_CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(admitted, fdate(admitted, DMY)),
        amount_claimed=(bill, "S$" + money(bill, "en")),
        provider=(hospital, hospital),
    )


AU_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 9pt 'DejaVu Sans'; } .top { background: #00467f;
 color: #fff; padding: 3mm; } .logo { font: bold 15pt 'DejaVu Sans'; } h2 { font-size: 9.5pt; color: #00467f;
 margin: 3mm 0 1mm; border-bottom: 1px solid #00467f; } .note { font-size: 7.5pt; color: #444; }
"""
)


def extras_au(rng: random.Random) -> Doc:
    fund = rng.choice(["Southern Cross Health Fund", "Wattle Health Insurance", "Coral Coast Health"])
    last = rng.choice(["Nguyen", "O'Brien", "Papadopoulos", "Campbell", "Singh"])
    member = f"{rng.choice(['Michelle', 'Dean', 'Aroha', 'Luke'])} {last}"
    patient_first = rng.choice(["Chloe", "Jack", "Isla", "Noah"])
    first = loss_date(rng)
    second = later(rng, first, 7, 35)
    signed = later(rng, second, 1, 10)
    policy = digits(rng, 8)
    practice = rng.choice(
        ["Smile Bright Dental Studio", "Harbourside Family Dental", "Karrinyup Dental Care"]
    )
    items = [
        ("012", "Periodic oral examination", 55, 85),
        ("114", "Removal of calculus", 110, 160),
        ("121", "Topical fluoride", 30, 50),
        ("522", "Adhesive restoration, 2 surfaces", 180, 260),
    ]
    lines = [
        (first if i < 2 else second, *it[:2], amount(rng, it[2], it[3])) for i, it in enumerate(items[:3])
    ]
    total = sum(a for *_, a in lines)
    rows = "".join(
        f"<tr><td>{fdate(d, DMY)}</td><td>{patient_first}</td><td>{n}</td><td>{t}</td>"
        f"<td>{rng.randrange(11, 48)}"
        f"</td><td class=r>${money(a, 'en')}</td></tr>"
        for d, n, t, a in lines
    )
    body = f"""<div class=top><span class=logo>{fund}</span><br>Extras claim form – complete one form per
provider</div><h2>1. Member details</h2>{
        grid(f'''
        Policy (membership) number | {policy} | 4 ;; Person no. on card | 0{rng.randrange(2, 5)} | 2 ;;
          Main member's name | {member} | 6 //
        Patient's name (if not the main member) | {patient_first} {last} | 6 ;; Patient's date of birth |
          {rng.randrange(1, 28):02d}/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)} | 6 //
        ''')
    }<h2>2. Provider details</h2>{
        grid(f'''
        Provider / practice name | {practice} | 7 ;; Provider number |
          {digits(rng, 6)}{rng.choice('ABFHJ')} | 5 //
        ''')
    }<h2>3. Services (attach itemised account)</h2><table class=t><tr><th>Date of service</th><th>Patient</th>
<th>Item no.</th><th>Description</th><th>Tooth</th><th class=r>Fee charged</th></tr>{rows}
<tr><td colspan=5><b>Total fee charged</b></td><td class=r><b>${money(total, "en")}</b></td></tr></table>
<h2>4. Payment</h2><p class=note>Pay benefit to my nominated account (BSB {digits(rng, 3)}-{digits(rng, 3)}).
Benefits are subject to annual limits and waiting periods; gap payments are not claimable.</p>{
        kv([("Member signature:", "(signed)"), ("Date:", fdate(signed, DMY))])
    }<div class=note style="margin-top:4mm;border:1px dashed #999;padding:2mm">Office use only – Benefit paid:
______ Claim assessed by: ______</div>"""
    return make_claim(
        "extras_au",
        "en",
        page(AU_CSS, body, "en"),
        repeats=frozenset({"date_of_loss"}),
        policy_number=(policy, policy),
        claimant_name=(member, member),
        date_of_loss=(first, fdate(first, DMY)),
        amount_claimed=(total, f"${money(total, 'en')}"),
        provider=(practice, practice),
    )
