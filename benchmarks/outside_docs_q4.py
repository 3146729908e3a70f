"""Set Q templates: US auto carrier's "first notice of loss" confirmation e-mail printed from a web mail
client, UK home insurance escape-of-water claim form, Canadian condominium unit owner's proof of loss,
Austrian "Schadenmeldung Haushaltsversicherung".

FNOL e-mail: claim the claim number in the subject and body (printed twice), policy the policy number,
claimant the named insured, date the date of loss in words (not the e-mail or report date), amount the
estimated damage reported (not the deductible), provider the direct-repair shop. UK: claim the Claim
reference, policy the Policy number, claimant the policyholder, date the Date of incident (not the date
discovered or reported), amount the Total claimed (not the escape-of-water excess), provider the plumber who
traced and repaired the leak. Canada: claim the Claim No., policy the unit owner's Policy No. (the condo
corporation's master policy is a distractor), claimant the insured, date the time of loss, amount "The whole
loss and damage claimed" (not the deductible or net amount), provider the restoration contractor. Austria:
claim the Schadennummer, policy the Polizzennummer, claimant the Versicherungsnehmer, date the Schadendatum
("Jänner"), amount the geschätzte Schadenshöhe (not the Selbstbehalt), provider the Reparaturfirma; the
broker (Makler) block is a distractor.
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

MAIL_CSS = """
@page { size: Letter; margin: 12mm 14mm; @top-left { content: "Mail - Print"; font: 7pt 'DejaVu Sans'; }
 @bottom-right { content: "Page " counter(page); font: 7pt 'DejaVu Sans'; } }
body { font: 9.5pt 'DejaVu Sans'; line-height: 1.4; }
.hdr { border-bottom: 1px solid #999; padding-bottom: 2mm; margin-bottom: 3mm; }
.subj { font-size: 12pt; font-weight: bold; } .meta { color: #444; font-size: 8pt; }
table.d { border-collapse: collapse; } table.d td { padding: 2px 10px 2px 0; }
.sm { font-size: 7.5pt; color: #555; }
"""

CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'Liberation Sans'; } .top { display: flex;
 justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #3d5a40; padding-bottom:
 2mm; } .logo { font: bold 14pt 'Liberation Serif'; color: #3d5a40; } h1 { font-size: 12pt; margin: 3mm 0
 1mm; } h2 { font-size: 9pt; background: #e3ebe3; padding: 2px 4px; margin: 3mm 0 1mm; } .sm { font-size:
 7.3pt; color: #444; } p { margin: 1.5mm 0; }
"""
)


def fnol_email_us(rng: random.Random) -> Doc:
    carrier = rng.choice(["Prairie Shield Mutual", "Blue Ridge Auto Insurance Co.", "Lakeshore Casualty"])
    first = rng.choice(["Brandon", "Ashley", "Tyler", "Megan"])
    insured = f"{first} {rng.choice(['Holloway', 'Delgado', 'Kowalski', 'Pierce'])}"
    loss = loss_date(rng)
    sent = later(rng, loss, 1, 3)
    claim = f"{digits(rng, 4)}-{digits(rng, 2)}-{digits(rng, 4)}"
    policy = f"PAP {digits(rng, 7)}"
    shop = rng.choice(["Crossroads Collision Center", "Eastgate Paint and Body", "Precision Auto Body LLC"])
    est = amount(rng, 1200, 9500)
    words = "{month} {d}, {yyyy}"
    host = carrier.split()[0].lower()
    body = f"""<div class=hdr><div class=subj>Claim {claim} has been opened – first notice of loss received
</div><div class=meta>From: {carrier} Claims &lt;noreply@claims.{host}.com&gt;<br>To: {
        insured.lower().replace(" ", ".")
    }@mailbox.net<br>Date: {fdate(sent, "{mon} {d}, {yyyy}")} at {rng.randrange(8, 12)}:{
        rng.randrange(10, 59)
    }
AM</div></div>
<p>Hi {first},</p><p>Thanks for reporting your loss. We've opened claim number <b>{claim}</b> and assigned it
to an adjuster, who will reach out within one business day.</p>
<p><b>What you told us</b></p><table class=d>
<tr><td>Named insured</td><td>{insured}</td></tr>
<tr><td>Policy number</td><td>{policy}</td></tr>
<tr><td>Date of loss</td><td>{fdate(loss, words)}</td></tr>
<tr><td>Vehicle</td><td>{
        rng.choice(["2020 Honda Accord EX", "2018 Ford F-150 XLT", "2022 Subaru Outback"])
    }</td>
</tr><tr><td>What happened</td><td>{rng.choice(["Hit a deer on County Road 12", "Hail damage while parked"])}
</td></tr><tr><td>Estimated damage you reported</td><td>${money(est, "en")}</td></tr>
<tr><td>Collision deductible</td><td>${money(rng.choice([250, 500, 1000]), "en")}</td></tr>
<tr><td>Repair shop (Direct Repair Program)</td><td>{shop}</td></tr></table>
<p><b>Next steps:</b> Take your vehicle to the shop above for an estimate. Rental reimbursement is limited to
$40 per day.</p><p>– Your {carrier} claims team</p>
<p class=sm>Please do not reply to this e-mail. Reference your claim number when you call 1-800-{
        digits(rng, 3)
    }-{digits(rng, 4)}.</p>"""
    return make_claim(
        "fnol_email_us",
        "en",
        page(MAIL_CSS, body, "en"),
        repeats=frozenset({"claim_number"}),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(insured, insured),
        date_of_loss=(loss, fdate(loss, words)),
        amount_claimed=(est, f"${money(est, 'en')}"),
        provider=(shop, shop),
    )


def escape_water_uk(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Hearthstone Home Insurance", "Pennine Mutual Household", "Severn Vale Insurance plc"]
    )
    holder = rng.choice(["Mrs Claire Atherton", "Mr Owen Griffiths", "Ms Priya Chauhan", "Mr Stuart Baird"])
    inc = loss_date(rng)
    found = later(rng, inc, 1, 4)
    reported = later(rng, found, 1, 3)
    claim = f"HH-{digits(rng, 8)}"
    policy = f"HMC{digits(rng, 7)}"
    plumber = rng.choice(
        ["A1 Leak Detection and Plumbing Ltd", "Castle Plumbing and Heating", "DripStop Services"]
    )
    items = [
        ("Trace and access / leak repair", amount(rng, 250, 900)),
        ("Drying equipment hire", amount(rng, 300, 1200)),
        ("Replacement flooring (kitchen)", amount(rng, 900, 4000)),
        ("Redecoration", amount(rng, 300, 1500)),
    ]
    total = sum(a for _, a in items)
    dmy = "{dd}/{mm}/{yyyy}"
    rows = "".join(f"<tr><td>{t}</td><td class=r>£{money(a, 'en')}</td></tr>" for t, a in items)
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Home Claims · PO Box {
        rng.randrange(100, 999)
    }, Leeds LS1 4AP</div></div><h1>Escape of Water Claim Form</h1>{
        grid(f'''
        Policy number | {policy} | 4 ;; Claim reference | {claim} | 4 ;; Cover |
          {rng.choice(["Buildings and contents", "Buildings only"])} | 4 //
        Policyholder | {holder} | 6 ;; Postcode of insured property |
          {rng.choice(["BS7 8HQ", "M20 2LT", "CF14 3NB"])} | 3 ;; Property type |
          {rng.choice(["Semi-detached house", "Ground floor flat"])} | 3 //
        ''')
    }<h2>About the escape of water</h2>{
        grid(f'''
        Date of incident | {fdate(inc, dmy)} | 3 ;; Date discovered | {fdate(found, dmy)} | 3 ;; Date
          reported to us | {fdate(reported, dmy)} | 3 ;; Still leaking? | No | 3 //
        Source of leak | {
            rng.choice(["Failed push-fit joint under kitchen sink", "Split pipe to upstairs bathroom"])
        } | 12 //
        Plumber who traced and repaired the leak | {plumber} | 8 ;; Invoice no. | {digits(rng, 5)} | 4 //
        ''')
    }<h2>Costs claimed (invoices and quotes attached)</h2><table class=t><tr><th>Item</th><th class=r>Amount
</th></tr>{rows}<tr><td><b>Total claimed</b></td><td class=r><b>£{money(total, "en")}</b></td></tr></table>
<p class=sm>Escape of water excess: £{money(rng.choice([350, 500, 750]), "en")}. Any payment will be made less
the excess. The downstairs neighbour ({rng.choice(["Flat 1", "No. 14"])}) should claim on their own policy.
</p><p class=sm>Declaration: I confirm the above is true. Signed (signed).</p>"""
    return make_claim(
        "escape_water_uk",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(inc, fdate(inc, dmy)),
        amount_claimed=(total, f"£{money(total, 'en')}"),
        provider=(plumber, plumber),
    )


def condo_pol_ca(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Georgian Bay Home Insurance Company", "Fundy Mutual Insurance", "Rockies Property Insurance Co."]
    )
    insured = rng.choice(["Jennifer Wong", "Mathieu Lavoie", "Harpreet Sandhu", "Robert Kilpatrick"])
    loss = loss_date(rng)
    sworn = later(rng, loss, 20, 60)
    claim = f"{rng.choice(['PR', 'HO'])}{digits(rng, 8)}"
    policy = f"CU-{digits(rng, 7)}"
    region = rng.choice(["Toronto Standard", "Peel Standard", "Ottawa-Carleton Standard"])
    corp = f"{region} Condominium Corporation No. {rng.randrange(100, 2999)}"
    master = f"MP{digits(rng, 8)}"
    contractor = rng.choice(
        ["FirstResponse Restoration Inc.", "Northern Disaster Kleenup Ltd.", "RestorePro Canada"]
    )
    bldg, cont, ale = amount(rng, 4000, 25000), amount(rng, 1500, 12000), amount(rng, 500, 4000)
    whole = bldg + cont + ale
    ded = rng.choice([500, 1000, 2500])
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Claims Centre · {
        rng.randrange(10, 999)
    }
{rng.choice(["Bay Street, Toronto ON", "Rue Sherbrooke, Montréal QC"])}</div></div>
<h1>Sworn Statement in Proof of Loss – Condominium Unit Owner</h1>{
        kvs(f'''
        Policy No. | {policy} //
        Claim No. | {claim} //
        Insured | {insured} //
        Unit | Unit {rng.randrange(101, 2409)}, {corp} //
        Corporation's master policy | {master} //
        ''')
    }<h2>Statement</h2><p>To the above insurer: at the time of loss the insured held the above
numbered policy. The time of loss was on {fdate(loss, "{month} {d}, {yyyy}")}, about {
        rng.randrange(1, 11)
    } o'clock p.m., caused by
{rng.choice(["water escaping from the unit above", "a kitchen fire", "a burst sprinkler head"])}.</p>
<table class=t style="width:75%"><tr><th>Item</th><th class=r>Amount</th></tr>
<tr><td>Unit improvements and betterments</td><td class=r>${money(bldg, "en")}</td></tr>
<tr><td>Contents</td><td class=r>${money(cont, "en")}</td></tr>
<tr><td>Additional living expenses</td><td class=r>${money(ale, "en")}</td></tr>
<tr><td><b>The whole loss and damage claimed</b></td><td class=r><b>${money(whole, "en")}</b></td></tr>
<tr><td>Less deductible</td><td class=r>${money(ded, "en")}</td></tr>
<tr><td>Net amount claimed under this policy</td><td class=r>${money(whole - ded, "en")}</td></tr></table>
<h2>Contractor</h2>{
        grid(f'''
        Restoration contractor | {contractor} | 7 ;; Estimate no. | E-{digits(rng, 5)} | 5 //
        ''')
    }<p class=sm>Declared before me at {rng.choice(["Mississauga", "Ottawa", "Halifax"])} on {
        fdate(sworn, "{month} {d}, {yyyy}")
    }. Commissioner for taking affidavits: (signed)</p>"""
    return make_claim(
        "condo_pol_ca",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(insured, insured),
        date_of_loss=(loss, fdate(loss, "{month} {d}, {yyyy}")),
        amount_claimed=(whole, f"${money(whole, 'en')}"),
        provider=(contractor, contractor),
    )


def haushalt_at(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Donauländische Versicherung AG", "Inntaler Wechselseitige", "Tauern Versicherung AG"]
    )
    vn = rng.choice(["Mag. Sabine Huber", "Ing. Thomas Leitner", "Elisabeth Pichler", "Florian Gruber"])
    sd = loss_date(rng)
    gemeldet = later(rng, sd, 1, 6)
    sn = f"{sd.year}-HH-{digits(rng, 6)}"
    polizze = f"{digits(rng, 3)}/{digits(rng, 7)}"
    firma = rng.choice(["Installateur Wimmer GmbH", "Elektro Brandstätter KG", "Glaserei Hofer e.U."])
    hoehe = amount(rng, 600, 9000)
    at = "{d}. {month} {yyyy}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Schadenabteilung ·
{rng.choice(["Praterstraße", "Landstraßer Hauptstraße", "Herrengasse"])} {rng.randrange(1, 80)},
{
        rng.choice(["1020 Wien", "8010 Graz", "4020 Linz"])
    }</div></div><h1>Schadenmeldung Haushaltsversicherung</h1>{
        grid(f'''
        Polizzennummer | {polizze} | 4 ;; Schadennummer | {sn} | 4 ;; Eingang der Meldung |
          {fdate(gemeldet, at, 'at')} | 4 //
        Versicherungsnehmer/in | {vn} | 6 ;; Risikoadresse | {
            rng.choice(["Mariahilfer Straße", "Annenstraße", "Hauptplatz"])
        } {rng.randrange(1, 90)}/{rng.randrange(1, 20)} | 6 //
        ''')
    }<h2>Betreuender Makler</h2>{
        kvs(f'''
        Makler: | {
            rng.choice(["Versicherungsmakler Steiner GmbH", "Huber und Partner Versicherungsmakler"])
        } //
        Maklernummer: | {digits(rng, 6)} //
        ''')
    }<h2>Schadenhergang</h2>{
        grid(f'''
        Schadendatum | {fdate(sd, at, 'at')} | 4 ;; Schadenart | {
            rng.choice(["Leitungswasser", "Einbruchdiebstahl", "Glasbruch", "Sturm"])
        } | 4 ;; Polizei verständigt | {rng.choice(["ja", "nein"])} | 4 //
        Beschreibung | {
            rng.choice(
                [
                    "Wasserschlauch der Waschmaschine geplatzt, Parkett aufgequollen",
                    "Scheibe der Balkontür durch Hagel zerbrochen",
                ]
            )
        } | 12 //
        Reparaturfirma | {firma} | 6 ;; Kostenvoranschlag vom | {fdate(later(rng, sd, 2, 5), at, 'at')} | 6 //
        ''')
    }{
        kvs(f'''
        Geschätzte Schadenshöhe: | € {money(hoehe, 'de')} //
        Selbstbehalt laut Polizze: | € {money(rng.choice([150, 200, 300]), 'de')} //
        Vorsteuerabzugsberechtigt: | nein //
        ''')
    }<p class=sm>Ich bestätige die Richtigkeit der Angaben. Unterschrift: (unterschrieben)</p>"""
    return make_claim(
        "haushalt_at",
        "de",
        page(CSS, body, "de"),
        claim_number=(sn, sn),
        policy_number=(polizze, polizze),
        claimant_name=(vn, vn),
        date_of_loss=(sd, fdate(sd, at, "at")),
        amount_claimed=(hoehe, f"€ {money(hoehe, 'de')}"),
        provider=(firma, firma),
    )
