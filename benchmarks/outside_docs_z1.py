"""Set Z templates: US CMS-1500 professional claim, ADA dental claim form, workers' comp first report.

These are provider- or employer-completed forms: no insurer claim number on the CMS-1500 and the ADA form
(claim_number null), and no amount on the first report of injury (amount_claimed null).
"""

from __future__ import annotations

import random

from outside_common_z import BASE_CSS, Doc, amount, digits, fdate, grid, later, loss_date, make_claim, page

US = "{mm}/{dd}/{yyyy}"
FIRST = ["Dana", "Marcus", "Priya", "Travis", "Elena", "Jerome", "Kayla", "Victor"]
LAST = ["Kowalski", "Okafor", "Brennan", "Lindqvist", "Delgado", "Whitaker", "Nakamura", "Fenwick"]
STREETS = ["Maple Ave", "Cedar Ridge Rd", "W 14th St", "Lakeview Dr", "Harrison Blvd"]
TOWNS = ["Dayton, OH 45402", "Madison, WI 53703", "Boise, ID 83702", "Tulsa, OK 74103", "Albany, NY 12207"]

CMS_CSS = (
    BASE_CSS
    + """
@page { size: letter; margin: 9mm 10mm; } body { font: 8pt 'DejaVu Sans Mono'; color: #b00; }
table.g td { border-color: #c33; } table.g .v { color: #000; } h1 { font: bold 11pt 'DejaVu Sans';
 margin: 2mm 0; } .carrier { margin-left: 55%; color: #000; font-size: 8.5pt; line-height: 1.25; }
.cents { border-left: 0.8px dotted #c33; padding-left: 3px; }
"""
)


def _dollars(x: object) -> str:
    whole, _, cents = f"{x:.2f}".partition(".")
    return f"{whole} <span class=cents>{cents}</span>"


def cms1500_us(rng: random.Random) -> Doc:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{last.upper()}, {first.upper()} {rng.choice('ABJMRT')}"
    onset = loss_date(rng)
    seen = [later(rng, onset, 1, 4)]
    seen.append(later(rng, seen[0], 5, 12))
    signed = later(rng, seen[-1], 1, 6)
    group = f"{rng.choice(['GRP', 'G', ''])}{digits(rng, 6)}"
    provider = rng.choice(
        ["RIVERBEND ORTHOPEDIC ASSOCIATES", "NORTHGATE FAMILY MEDICINE PC", "SUMMIT SPINE & SPORTS MED"]
    )
    facility = rng.choice(["ST LUKE AMBULATORY CENTER", "MERCY OUTPATIENT PAVILION"])
    codes = [("99204", 180, 260), ("72100", 60, 140), ("97110", 70, 120), ("20610", 150, 240)]
    lines = []
    for i, (cpt, lo, hi) in enumerate(rng.sample(codes, 3)):
        day = seen[min(i, 1)]
        lines.append((day, cpt, amount(rng, lo, hi).quantize(1)))
    total = sum(a for *_, a in lines)
    d6 = "{mm} {dd} {yy}"
    rows = "".join(
        f"<tr><td colspan=2><span class=v>{fdate(d, d6)}&nbsp;&nbsp;{fdate(d, d6)}</span></td><td><span "
        f"class=v>11</span></td><td colspan=3><span class=v>{cpt}&nbsp;&nbsp;{rng.choice(['', '25'])}"
        f"</span></td><td><span class=v>A</span></td><td colspan=2><span class=v>{_dollars(a)}</span></td>"
        f"<td><span class=v>1</span></td><td colspan=2><span class=v>{digits(rng, 10)}</span></td></tr>"
        for d, cpt, a in lines
    )
    addr = f"{rng.randrange(100, 9999)} {rng.choice(STREETS)}<br>{rng.choice(TOWNS)}"
    plan = rng.choice(["KEYSTONE MUTUAL HEALTH PLAN", "PRAIRIE STATE BENEFIT TRUST", "LIBERTY CROSS HMO"])
    body = f"""<div class=carrier>{plan}<br>CLAIMS DEPARTMENT<br>PO BOX {rng.randrange(1000, 99999)}<br>
{rng.choice(TOWNS)}</div><h1>HEALTH INSURANCE CLAIM FORM</h1>
<div style="font-size:6.5pt">APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12</div>
{
        grid(f'''
        1. MEDICARE MEDICAID TRICARE CHAMPVA GROUP HEALTH PLAN FECA OTHER | [X] GROUP HEALTH PLAN | 7 ;;
          1a. INSURED'S I.D. NUMBER (For Program in Item 1) | {plan[:3]}{digits(rng, 9)} | 5 //
        2. PATIENT'S NAME (Last Name, First Name, Middle Initial) | {name} | 5 ;; 3. PATIENT'S BIRTH DATE /
          SEX | {rng.randrange(1, 13):02d} 0{rng.randrange(1, 9)} 19{rng.randrange(55, 99)} F [ ] M [X] | 3
          ;; 4. INSURED'S NAME (Last Name, First Name, Middle Initial) | {name} | 4 //
        5. PATIENT'S ADDRESS (No., Street) | {addr} | 5 ;; 6. PATIENT RELATIONSHIP TO INSURED | SELF [X] |
          3 ;; 7. INSURED'S ADDRESS (No., Street) | SAME | 4 //
        10. IS PATIENT'S CONDITION RELATED TO: a. EMPLOYMENT? b. AUTO ACCIDENT? c. OTHER ACCIDENT? | NO NO
          NO | 8 ;; 11. INSURED'S POLICY GROUP OR FECA NUMBER | {group} | 4 //
        11c. INSURANCE PLAN NAME OR PROGRAM NAME | {plan} | 8 ;; 11d. IS THERE ANOTHER HEALTH BENEFIT PLAN?
          | NO | 4 //
        12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE | SIGNATURE ON FILE | 8 ;; 13. INSURED'S OR
          AUTHORIZED PERSON'S SIGNATURE | SIGNATURE ON FILE | 4 //
        14. DATE OF CURRENT ILLNESS, INJURY, OR PREGNANCY (LMP) MM DD YY |
          {fdate(onset, d6)}&nbsp;&nbsp;QUAL 431 | 5 ;; 17. NAME OF REFERRING PROVIDER OR OTHER SOURCE | DN
          {rng.choice(FIRST).upper()} {rng.choice(LAST).upper()} MD | 4 ;; 17b. NPI | {digits(rng, 10)} | 3
          //
        21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY ICD Ind. 0 | A.
          {rng.choice(['M54.50', 'S83.241A', 'M25.561', 'S39.012A'])} B. M62.830 | 8 ;; 23. PRIOR
          AUTHORIZATION NUMBER | PA{digits(rng, 8)} | 4 //
        ''')
    }
<table class=g><colgroup>{"<col style='width:8.33%'>" * 12}</colgroup><tr><td colspan=2><span class=l>24. A.
DATE(S) OF SERVICE From To</span></td><td><span class=l>B. PLACE OF SERVICE</span></td><td colspan=3><span
class=l>D. PROCEDURES (CPT/HCPCS MODIFIER)</span></td><td><span class=l>E. DIAG. POINTER</span></td>
<td colspan=2><span class=l>F. $ CHARGES</span></td><td><span class=l>G. UNITS</span></td><td colspan=2>
<span class=l>J. RENDERING PROVIDER ID. #</span></td></tr>{rows}</table>
{
        grid(f'''
        25. FEDERAL TAX I.D. NUMBER SSN EIN | {digits(rng, 2)}-{digits(rng, 7)} [X] EIN | 3 ;; 26.
          PATIENT'S ACCOUNT NO. | {last[:3].upper()}{digits(rng, 5)} | 3 ;; 27. ACCEPT ASSIGNMENT? | YES |
          2 ;; 28. TOTAL CHARGE | $ {_dollars(total)} | 2 ;; 29. AMOUNT PAID | $ {_dollars(0)} | 2 //
        31. SIGNATURE OF PHYSICIAN OR SUPPLIER | {rng.choice(FIRST).upper()} {rng.choice(LAST).upper()} MD
          {fdate(signed, d6)} | 4 ;; 32. SERVICE FACILITY LOCATION INFORMATION |
          {facility}<br>{rng.choice(TOWNS)} | 4 ;; 33. BILLING PROVIDER INFO &amp; PH # |
          {provider}<br>({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)} | 4 //
        32a. NPI | {digits(rng, 10)} | 8 ;; 33a. NPI | {digits(rng, 10)} | 4 //
        ''')
    }
<div style="font-size:6.5pt;margin-top:2mm">NUCC Instruction Manual available at: www.nucc.org   PLEASE PRINT
OR TYPE   APPROVED OMB-0938-1197 FORM 1500 (02-12)</div>"""
    return make_claim(
        "cms1500_us",
        "en",
        page(CMS_CSS, body, "en"),
        repeats=frozenset({"claimant_name"}),
        policy_number=(group, group),
        claimant_name=(name, name),
        date_of_loss=(onset, fdate(onset, d6)),
        amount_claimed=(total, f"{total:.0f} {total * 100 % 100:02.0f}"),
        provider=(provider, provider),
    )


ADA_CSS = (
    BASE_CSS
    + """
@page { size: letter; margin: 9mm 10mm; } body { font: 8pt 'Liberation Sans'; } h1 { font-size: 12pt;
 margin: 0; } .sec { background: #000; color: #fff; font-weight: bold; font-size: 7pt; padding: 1px 4px;
 margin-top: 2mm; } table.t td { font-size: 8pt; }
"""
)


def ada_dental_us(rng: random.Random) -> Doc:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{last}, {first} {rng.choice('CDKLS')}"
    start = loss_date(rng)
    second = later(rng, start, 7, 21)
    signed = later(rng, second, 1, 5)
    group = f"{digits(rng, 6)}-{rng.randrange(1, 99):02d}"
    practice = rng.choice(
        ["Lakeshore Family Dentistry PLLC", "Bright Arch Dental Group", "Pinecrest Endodontics LLC"]
    )
    procs = [
        ("D0150", "Comprehensive oral evaluation", 70, 120),
        ("D0274", "Bitewings - four radiographic images", 60, 95),
        ("D2392", "Resin-based composite - two surfaces, posterior", 180, 260),
        ("D3330", "Endodontic therapy, molar tooth", 950, 1400),
        ("D2740", "Crown - porcelain/ceramic", 1050, 1500),
    ]
    chosen = rng.sample(procs, 3)
    lines = [
        (start if i == 0 else second, c, t, amount(rng, lo, hi)) for i, (c, t, lo, hi) in enumerate(chosen)
    ]
    total = sum(a for *_, a in lines)
    rows = "".join(
        f"<tr><td>{fdate(d, US)}</td><td>JP</td><td>{rng.randrange(2, 31)}</td>"
        f"<td>{rng.choice(['MO', 'DO', ''])}</td><td>{c}</td><td>A</td><td>1</td><td>{t}</td>"
        f"<td class=r>{a:.2f}</td></tr>"
        for d, c, t, a in lines
    )
    carrier = rng.choice(["Guardian Peak Dental", "DeltaWest Dental Benefits", "Heartland Dental Plan Inc"])
    body = f"""<h1>ADA American Dental Association® Dental Claim Form</h1>
<div class=sec>HEADER INFORMATION</div>{
        grid(f'''
        1. Type of Transaction | [X] Statement of Actual Services [ ] Request for Predetermination | 8 ;;
          2. Predetermination/Preauthorization Number | | 4 //
        3. Company/Plan Name, Address, City, State, Zip Code | {carrier}<br>PO Box
          {rng.randrange(1000, 9999)}<br>{rng.choice(TOWNS)} | 6 ;; 12. Policyholder/Subscriber Name (Last,
          First, Middle Initial), Address | {name}<br>{rng.randrange(10, 999)}
          {rng.choice(STREETS)}<br>{rng.choice(TOWNS)} | 6 //
        15. Policyholder/Subscriber ID (SSN or ID#) | X{digits(rng, 9)} | 4 ;; 16. Plan/Group Number |
          {group} | 4 ;; 17. Employer Name |
          {rng.choice(["Tri-County Schools", "Acme Fabrication Inc", "City of Fairview"])} | 4 //
        18. Relationship to Policyholder/Subscriber | [X] Self | 6 ;; 23. Patient ID/Account # (Assigned by
          Dentist) | P{digits(rng, 6)} | 6 //
        ''')
    }<div class=sec>RECORD OF SERVICES PROVIDED</div><table class=t><tr><th>24. Procedure Date
(MM/DD/CCYY)</th><th>25. Area</th><th>27. Tooth</th><th>28. Surface</th><th>29. Procedure Code</th>
<th>29a. Diag. Pointer</th><th>29b. Qty.</th><th>30. Description</th><th>31. Fee</th></tr>{rows}
<tr><td colspan=7></td><td class=r>31a. Other Fee(s)</td><td class=r>0.00</td></tr>
<tr><td colspan=7></td><td class=r><b>32. Total Fee</b></td><td class=r><b>{total:.2f}</b></td></tr></table>
<div class=sec>AUTHORIZATIONS</div>{
        grid(f'''
        36. Patient/Guardian Signature | Signature on File Date {fdate(signed, US)} | 6 ;; 37. Subscriber
          Signature | Signature on File | 6 //
        38. Place of Treatment | 11 (Office) | 3 ;; 45. Treatment Resulting from | [ ] Occupational
          illness/injury [ ] Auto accident [ ] Other accident | 6 ;; 46. Date of Accident | | 3 //
        ''')
    }<div class=sec>BILLING DENTIST OR DENTAL ENTITY</div>{
        grid(f'''
        48. Name, Address, City, State, Zip Code | {practice}<br>{rng.randrange(100, 9999)}
          {rng.choice(STREETS)}<br>{rng.choice(TOWNS)} | 6 ;; 49. NPI | {digits(rng, 10)} | 2 ;; 51. SSN or
          TIN | {digits(rng, 2)}-{digits(rng, 7)} | 2 ;; 52. Phone Number | ({digits(rng, 3)})
          {digits(rng, 3)}-{digits(rng, 4)} | 2 //
        53. Treating Dentist Signature | {rng.choice(FIRST)} {rng.choice(LAST)}, DDS | 6 ;; 54. NPI |
          {digits(rng, 10)} | 3 ;; 55. License Number | DN{digits(rng, 5)} | 3 //
        ''')
    }<div style="font-size:6.5pt;margin-top:2mm">© 2019 American Dental Association  J430 (Same as ADA Dental
Claim Form - J431, J432, J433, J434)</div>"""
    return make_claim(
        "ada_dental_us",
        "en",
        page(ADA_CSS, body, "en"),
        policy_number=(group, group),
        claimant_name=(name, name),
        date_of_loss=(start, fdate(start, US)),
        amount_claimed=(total, f"{total:.2f}"),
        provider=(practice, practice),
    )


FROI_CSS = (
    BASE_CSS
    + """
@page { size: letter; margin: 10mm; } body { font: 8pt 'DejaVu Sans Condensed'; } h1 { font-size: 12pt;
 text-align: center; margin: 0; } .sec { font-weight: bold; font-size: 8pt; border-bottom: 1.5px solid #000;
 margin: 3mm 0 1mm; }
"""
)


def wc_froi_us(rng: random.Random) -> Doc:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {rng.choice('BEHNW')}. {last}"
    injured = loss_date(rng)
    notified = later(rng, injured, 1, 3)
    disability = later(rng, notified, 1, 4)
    prepared = later(rng, disability, 2, 6)
    carrier_claim = f"WC{injured.year % 100}-{digits(rng, 6)}"
    juris_claim = f"{injured.year}{digits(rng, 7)}"
    policy = f"WCP {digits(rng, 7)}-{rng.randrange(10, 99)}"
    clinic = rng.choice(
        ["Summit Occupational Health Clinic", "WorkWell Medical Center", "Valley Urgent & Occupational Care"]
    )
    employer = rng.choice(["Harlan Precision Castings LLC", "Bluewater Logistics Inc", "Greenfield Foods Co"])
    wage = amount(rng, 850, 1600)
    body = f"""<h1>EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS</h1>
<div style="text-align:center;font-size:7pt">Form IA-1 · Report within 7 days of knowledge of injury · Do not
write in shaded areas</div>
{
        grid(f'''
        Jurisdiction | OH | 2 ;; Jurisdiction Claim Number | {juris_claim} | 4 ;; Insurer's (Carrier) Claim
          Number | {carrier_claim} | 3 ;; Date Prepared | {fdate(prepared, US)} | 3 //
        ''')
    }<div class=sec>EMPLOYER</div>{
        grid(f'''
        Employer Name | {employer} | 6 ;; Employer FEIN | {digits(rng, 2)}-{digits(rng, 7)} | 3 ;; SIC /
          NAICS Code | {digits(rng, 6)} | 3 //
        Insurer / Self-Insured Name |
          {rng.choice(["Buckeye Mutual Casualty Co", "Great Lakes Workers Indemnity"])} | 6 ;; Policy
          Number | {policy} | 3 ;; Policy Period | 01/01/{injured.year} - 12/31/{injured.year} | 3 //
        Claims Administrator (TPA) | {rng.choice(["CompRight Claims Services", "Sedgewater TPA LLC"])} | 6
          ;; Agent Name &amp; Code | {rng.choice(LAST)} Insurance Agency {digits(rng, 5)} | 6 //
        ''')
    }<div class=sec>EMPLOYEE / WAGE</div>{
        grid(f'''
        Employee Name (First, Middle, Last) | {name} | 5 ;; Social Security Number |
          XXX-XX-{digits(rng, 4)} | 3 ;; Date of Birth |
          {rng.randrange(1, 13):02d}/{rng.randrange(10, 28)}/19{rng.randrange(60, 99)} | 2 ;; Sex |
          {rng.choice("MF")} | 2 //
        Home Address | {rng.randrange(10, 999)} {rng.choice(STREETS)}, {rng.choice(TOWNS)} | 7 ;;
          Occupation / Job Title | {rng.choice(["Machine operator", "Warehouse associate", "Line cook"])} |
          5 //
        Date Hired | {rng.randrange(1, 13):02d}/{rng.randrange(10, 28)}/20{rng.randrange(10, 22)} | 3 ;;
          Wage | $ {wage:,.2f} per [X] week | 3 ;; Full Pay for Day of Injury? | YES | 3 ;; Did Salary
          Continue? | NO | 3 //
        ''')
    }<div class=sec>OCCURRENCE / TREATMENT</div>{
        grid(f'''
        Date of Injury / Illness | {fdate(injured, US)} | 3 ;; Time of Occurrence |
          {rng.randrange(7, 11)}:{rng.randrange(10, 59)} AM | 2 ;; Date Employer Notified |
          {fdate(notified, US)} | 3 ;; Date Disability Began | {fdate(disability, US)} | 4 //
        Address Where Occurrence Happened | Employer's premises | 5 ;; Type of Injury / Part of Body |
          {rng.choice(["Strain / lower back", "Laceration / left hand", "Fracture / wrist"])} | 7 //
        How Injury or Illness Occurred (Describe sequence of events) | Employee was lifting a loaded tote
          from the conveyor when he/she felt sudden pain. | 12 //
        Initial Treatment | [ ] No medical treatment [X] Minor: by clinic/hospital [ ] Emergency care [ ]
          Hospitalized &gt; 24 hrs | 12 //
        Physician / Health Care Provider (Name &amp; Address) | {clinic}<br>{rng.randrange(100, 9999)}
          {rng.choice(STREETS)}, {rng.choice(TOWNS)} | 7 ;; Hospital or Offsite Treatment (Name &amp;
          Address) | None | 5 //
        Prepared By | {rng.choice(FIRST)} {rng.choice(LAST)}, HR Manager | 6 ;; Phone Number |
          ({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)} | 3 ;; Date Returned to Work | | 3 //
        ''')
    }"""
    return make_claim(
        "wc_froi_us",
        "en",
        page(FROI_CSS, body, "en"),
        claim_number=(carrier_claim, carrier_claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(injured, fdate(injured, US)),
        provider=(clinic, clinic),
    )
