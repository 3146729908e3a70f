"""Set Z templates (US): ACORD-2-style automobile loss notice, ACORD-1-style property loss notice, a
contractor-supported storm damage claim with an estimate summary.

ACORD 2: claim_number the carrier claim number, policy_number the POLICY NUMBER (not the agency customer id
or NAIC code), date the DATE OF LOSS (not the form DATE at the top), amount the ESTIMATE AMOUNT, provider the
body shop where the vehicle can be seen. ACORD 1: prepared by the agency before the carrier assigned a
number (claim_number null), amount the PROBABLE AMOUNT ENTIRE LOSS (not the coverage limit or deductible), no
provider. Storm: the contractor is the provider; amount the "Total amount claimed (RCV)" (not the ACV,
depreciation or deductible lines).
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

US = "{mm}/{dd}/{yyyy}"
FIRST = ["Brian", "Tamara", "Luis", "Heather", "Darnell", "Megan", "Curtis", "Alicia"]
LAST = ["Hendricks", "Morales", "Pruitt", "Castellano", "Gibbs", "Yoder", "Ashworth", "Bishop"]
TOWNS = ["Wichita, KS 67202", "Plano, TX 75024", "Omaha, NE 68102", "Mesa, AZ 85201", "Des Moines, IA 50309"]

ACORD_CSS = (
    BASE_CSS
    + """
@page { size: letter; margin: 9mm 10mm; } body { font: 8pt 'Liberation Sans'; } .hd { display: flex;
 justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #000; } .acord { font: bold
 italic 18pt 'Liberation Serif'; } h1 { font-size: 13pt; margin: 0; } .sec { background: #000; color: #fff;
 font-weight: bold; font-size: 7.5pt; padding: 1px 4px; margin-top: 1.5mm; } .foot { font-size: 6.5pt;
 margin-top: 2mm; display: flex; justify-content: space-between; }
"""
)


def _agency(rng: random.Random) -> tuple[str, str]:
    agency = rng.choice(
        ["Prairie Wind Insurance Agency", "Hometown Risk Partners LLC", "Cornerstone Ins. Group"]
    )
    return agency, f"{agency}<br>{rng.randrange(100, 9999)} Main St<br>{rng.choice(TOWNS)}"


def acord2_auto_us(rng: random.Random) -> Doc:
    agency, agency_block = _agency(rng)
    name = f"{rng.choice(FIRST)} {rng.choice('ACJKLR')} {rng.choice(LAST)}"
    loss = loss_date(rng)
    today = later(rng, loss, 1, 6)
    carrier = rng.choice(
        ["Heartland Casualty Company", "Lone Star Mutual Auto Ins. Co.", "Great Plains Indemnity"]
    )
    policy = f"PA{digits(rng, 8)}"
    claim = f"{digits(rng, 2)}-{digits(rng, 5)}-{rng.choice('ABC')}{digits(rng, 2)}"
    shop = rng.choice(
        ["Maaco Collision Center of Plano", "Gerber-Hall Auto Body", "Precision Collision & Paint"]
    )
    estimate = amount(rng, 900, 9500)
    body = f"""<div class=hd><span class=acord>ACORD</span><h1>AUTOMOBILE LOSS NOTICE</h1><div>DATE
(MM/DD/YYYY)<br>
<b>{fdate(today, US)}</b></div></div>{
        grid(f'''
        Agency | {agency_block} | 5 ;; Carrier | {carrier} | 4 ;; NAIC Code | {digits(rng, 5)} | 3 //
        Agency Customer ID | {rng.choice(LAST)[:4].upper()}{digits(rng, 4)} | 3 ;; Policy Number | {policy}
          | 3 ;; Line of Business | Personal Auto | 3 ;; Carrier Claim Number | {claim} | 3 //
        Date of Loss and Time | {fdate(loss, US)} {rng.randrange(1, 12)}:{rng.randrange(10, 59)} PM | 4 ;;
          Previously Reported | [X] Y [ ] N | 3 ;; Police or Fire Department Contacted |
          {rng.choice(["Plano PD", "Omaha PD"])} | 3 ;; Report Number | {digits(rng, 8)} | 2 //
        ''')
    }<div class=sec>INSURED</div>{
        grid(f'''
        Name of Insured (First, Middle, Last) | {name} | 5 ;; Insured's Mailing Address |
          {rng.randrange(100, 9999)} Oak Hollow Dr, {rng.choice(TOWNS)} | 5 ;; Date of Birth |
          0{rng.randrange(1, 9)}/{rng.randrange(10, 28)}/19{rng.randrange(55, 99)} | 2 //
        ''')
    }<div class=sec>LOSS</div>{
        grid(f'''
        Location of Loss (Street, City, State) |
          {rng.choice(["US-75 N at exit 29, Plano TX", "Dodge St & 72nd St, Omaha NE"])} | 6 ;; Describe
          Location of Loss if not at Specific Street Address | Intersection | 6 //
        Description of Accident | Insured was stopped at red light and was rear-ended by other vehicle. |
          12 //
        ''')
    }<div class=sec>INSURED VEHICLE</div>{
        grid(f'''
        Veh # | 1 | 1 ;; Year | {rng.randrange(2014, 2024)} | 1 ;; Make |
          {rng.choice(["Honda", "Chevrolet", "Ford"])} | 2 ;; Model |
          {rng.choice(["Accord EX", "Equinox LT", "F-150 XLT"])} | 2 ;; V.I.N. |
          1HG{digits(rng, 6)}X{digits(rng, 7)} | 4 ;; Plate Number |
          {digits(rng, 3)}-{rng.choice(['KRT', 'BNW'])} | 2 //
        Describe Damage | Rear bumper, trunk lid, tail lamps | 6 ;; Estimate Amount | $
          {money(estimate, 'en')} | 3 ;; Deductible (Collision) | $ {rng.choice([250, 500, 1000])} | 3 //
        Where Can Vehicle Be Seen? | {shop} | 6 ;; When Can Vehicle Be Seen? | Weekdays 8-5 | 6 //
        ''')
    }<div class=sec>OTHER VEHICLE / PROPERTY DAMAGED</div>{
        grid(f'''
        Owner's Name &amp; Address | {rng.choice(FIRST)} {rng.choice(LAST)}, {rng.choice(TOWNS)} | 6 ;;
          Other Veh Insurance Company / Policy # | State Shield Ins / {digits(rng, 10)} | 6 //
        ''')
    }<div class=sec>REMARKS</div>{
        grid(f'''
        Reported By | Insured | 4 ;; Reported To | {agency} | 8 //
        ''')
    }
<div class=foot><span>ACORD 2 (2016/10)</span><span>© 1985-2016 ACORD CORPORATION. All rights reserved.</span>
</div>"""
    return make_claim(
        "acord2_auto_us",
        "en",
        page(ACORD_CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(loss, fdate(loss, US)),
        amount_claimed=(estimate, f"$ {money(estimate, 'en')}"),
        provider=(shop, shop),
    )


def acord1_property_us(rng: random.Random) -> Doc:
    agency, agency_block = _agency(rng)
    one, two = rng.sample(FIRST, 2)
    name = f"{one} &amp; {two} {rng.choice(LAST)}"
    loss = loss_date(rng)
    today = later(rng, loss, 1, 5)
    carrier = rng.choice(
        ["Sunflower State Insurance Co.", "Midland Home Mutual", "Bluestem Property & Casualty"]
    )
    policy = f"HO3-{digits(rng, 7)}"
    probable = amount(rng, 3000, 42000)
    limit = rng.choice([285000, 340000, 410000])
    kind = rng.choice(["Wind / hail", "Water (sudden pipe burst)", "Fire (kitchen)"])
    body = f"""<div class=hd><span class=acord>ACORD</span><h1>PROPERTY LOSS NOTICE</h1><div>DATE
(MM/DD/YYYY)<br>
<b>{fdate(today, US)}</b></div></div>{
        grid(f'''
        Agency | {agency_block} | 5 ;; Company | {carrier} | 4 ;; NAIC Code | {digits(rng, 5)} | 3 //
        Policy Number | {policy} | 3 ;; Agency Customer ID | CUST{digits(rng, 5)} | 3 ;; Date of Loss and
          Time | {fdate(loss, US)} [ ] AM [X] PM | 3 ;; Previously Reported | [ ] Y [X] N | 3 //
        ''')
    }<div class=sec>INSURED</div>{
        grid(f'''
        Name of Insured (First, Middle, Last) | {name} | 6 ;; Primary Phone # | ({digits(rng, 3)})
          {digits(rng, 3)}-{digits(rng, 4)} | 3 ;; Primary E-mail Address | insured@example.com | 3 //
        Insured's Mailing Address | {rng.randrange(100, 9999)} Prairie View Ln, {rng.choice(TOWNS)} | 12 //
        ''')
    }<div class=sec>LOSS</div>{
        grid(f'''
        Location of Loss | Same as mailing address | 6 ;; Police or Fire Department Contacted |
          {"None" if "Fire" not in kind else "Station 4"} | 6 //
        Kind of Loss | {kind} | 4 ;; Probable Amount Entire Loss | $ {money(probable, 'en')} | 4 ;;
          Deductible | $ {money(rng.choice([1000, 2500]), 'en')} | 4 //
        Description of Loss &amp; Damage | Roof shingles lifted, water intrusion into upstairs bedroom
          ceiling and drywall. Temporary tarp installed. | 12 //
        ''')
    }<div class=sec>POLICY INFORMATION</div>{
        grid(f'''
        Coverage A - Dwelling Limit | $ {money(limit, 'en')} | 4 ;; Coverage C - Personal Property | $
          {money(limit // 2, 'en')} | 4 ;; Mortgagee |
          {rng.choice(["Flagstar Bank FSB ISAOA", "First Prairie Savings ISAOA"])} | 4 //
        ''')
    }<div class=sec>REPORTED BY</div>{
        grid(f'''
        Reported By | Insured (by phone) | 4 ;; Reported To | {agency} | 5 ;; Producer's Signature |
          (signed) | 3 //
        ''')
    }<div class=foot><span>ACORD 1 (2016/10)</span><span>The ACORD name and logo are registered marks of ACORD
</span></div>"""
    return make_claim(
        "acord1_property_us",
        "en",
        page(ACORD_CSS, body, "en"),
        policy_number=(policy, policy),
        claimant_name=(name.replace("&amp;", "&"), name.replace("&amp;", "&")),
        date_of_loss=(loss, fdate(loss, US)),
        amount_claimed=(probable, f"$ {money(probable, 'en')}"),
    )


STORM_CSS = (
    BASE_CSS
    + """
@page { size: letter; margin: 14mm 16mm; } body { font: 9pt 'DejaVu Sans'; } .lh { border-bottom: 3px solid
 #e06c00; padding-bottom: 2mm; display: flex; justify-content: space-between; } .co { font: bold 15pt
 'DejaVu Sans'; color: #e06c00; } h1 { font-size: 12pt; margin: 4mm 0 2mm; } h2 { font-size: 9.5pt;
 margin: 4mm 0 1mm; } .small { font-size: 7.5pt; color: #444; }
"""
)


def storm_contractor_us(rng: random.Random) -> Doc:
    contractor = rng.choice(
        ["Summit Roofing & Restoration LLC", "Red River Exteriors Inc", "HailPro Builders LLC"]
    )
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    loss = loss_date(rng)
    inspected = later(rng, loss, 2, 10)
    sent = later(rng, inspected, 1, 7)
    claim = f"{rng.choice(['H', 'P'])}{digits(rng, 9)}"
    policy = f"{rng.choice(['HO', 'DP'])} {digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}"
    carrier = rng.choice(["Sunflower State Insurance Co.", "Midland Home Mutual", "Ozark Family Insurance"])
    lines = [
        ("Roofing - tear off, 30 yr laminated shingles (SQ)", 8000, 19000),
        ("Gutters / downspouts - aluminum (LF)", 900, 2600),
        ("Siding - vinyl, replace (SF)", 1200, 5200),
        ("Window screens / wraps", 200, 900),
    ]
    items = [(t, amount(rng, lo, hi)) for t, lo, hi in lines[: rng.choice([3, 4])]]
    rcv = sum(a for _, a in items)
    dep = (rcv * rng.choice([18, 24, 31]) / 100).quantize(rcv)
    ded = rng.choice([1000, 2500, 5000])
    rows = "".join(f"<tr><td>{t}</td><td class=r>${money(a, 'en')}</td></tr>" for t, a in items)
    body = f"""<div class=lh><div class=co>{contractor}</div><div class=small>Licensed &amp; insured · Lic.
#{digits(rng, 6)}<br>{rng.randrange(100, 9999)} Industrial Pkwy, {rng.choice(TOWNS)}<br>({digits(rng, 3)}) {
        digits(rng, 3)
    }-{digits(rng, 4)}</div></div>
<p>{fdate(sent, "{month} {d}, {yyyy}")}</p><p>{
        carrier
    }<br>Property Claims Department<br>Via e-mail: claims@example.com</p>
<h1>Storm Damage Claim – Supporting Estimate</h1>{
        kvs(f'''
        Insured: | {name} //
        Property address: | {rng.randrange(100, 9999)} Willow Bend Ct, {rng.choice(TOWNS)} //
        Claim #: | {claim} //
        Policy #: | {policy} //
        Date of loss: | {fdate(loss, US)} //
        Type of loss: | {rng.choice(["Hail", "Wind / hail", "Wind"])} //
        Inspection date: | {fdate(inspected, US)} //
        ''')
    }<p>On behalf of the homeowner, and with their signed authorization, we submit the following estimate of
storm-related damage found during our inspection. Photos and measurements are attached.</p>
<table class=t style="width:80%"><tr><th>Scope</th><th class=r>RCV</th></tr>{rows}
<tr><td><b>Total amount claimed (RCV)</b></td><td class=r><b>${money(rcv, "en")}</b></td></tr>
<tr><td>Less recoverable depreciation</td><td class=r>(${money(dep, "en")})</td></tr>
<tr><td>Actual cash value (ACV)</td><td class=r>${money(rcv - dep, "en")}</td></tr>
<tr><td>Policy deductible (per declarations)</td><td class=r>(${money(ded, "en")})</td></tr></table>
<p class=small>Pricing per current regional price list. Supplements for hidden damage will be submitted as
found. This is not a contract for repair until approved by the insured and carrier.</p>
<p>Respectfully,<br><br>{rng.choice(FIRST)} {rng.choice(LAST)}<br>Project Manager, {contractor}</p>"""
    return make_claim(
        "storm_contractor_us",
        "en",
        page(STORM_CSS, body, "en"),
        repeats=frozenset({"provider"}),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(loss, fdate(loss, US)),
        amount_claimed=(rcv, f"${money(rcv, 'en')}"),
        provider=(contractor, contractor),
    )
