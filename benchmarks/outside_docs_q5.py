"""Set Q templates: Spanish "comunicación de siniestro" for home insurance written as a letter, US commercial
general liability incident report (third-party claimant), marine cargo claim letter from a consignee, travel
insurance flight cancellation claim submitted online (printed summary).

Hogar: claim the Nº de expediente in the reference line, policy the Nº de póliza, claimant the asegurada who
signs, date the fecha del siniestro in words, amount the importe reclamado (not the franquicia), provider the
empresa reparadora (the perito is a distractor). CGL: claim the carrier's claim number, policy the CGL policy
number, claimant the injured third party (the insured business and its manager are distractors), date the
date of incident (not the report date), amount the claimant's demand (not the medical bills to date or the
deductible), provider the facility where the claimant was treated. Cargo: claim the underwriters' claim
reference, policy the open cover number (not the certificate or B/L number), claimant the consignee company
writing, date the date of discharge when the damage was found, amount the total claim (not the invoice
value), provider the surveyor. Flight: claim the Claim ID, policy the Policy number, claimant the lead
traveller, date the date of the cancelled flight (not the booking or submission date), amount the total
claimed (not the airline refund), provider the airline.
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
    q2,
)

LETTER_CSS = """
@page { size: A4; margin: 18mm 22mm; } body { font: 10pt 'Liberation Serif'; line-height: 1.4; }
.from { text-align: right; } .re { font-weight: bold; margin: 4mm 0; } table.c { border-collapse: collapse;
 margin: 2mm 0 2mm 8mm; } table.c td { padding: 1.5px 10px; } .r { text-align: right; white-space: nowrap; }
.tot td { border-top: 1px solid #000; font-weight: bold; } .sm { font-size: 8pt; color: #444; }
"""

CSS = (
    BASE_CSS
    + """
@page { size: Letter; margin: 12mm 14mm; } body { font: 8.8pt 'DejaVu Sans'; } .top { display: flex;
 justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #444; padding-bottom: 2mm; }
.logo { font: bold 13pt 'DejaVu Sans'; } h1 { font-size: 12pt; margin: 3mm 0 1mm; } h2 { font-size: 9pt;
 background: #ddd; padding: 2px 4px; margin: 3mm 0 1mm; } .sm { font-size: 7.3pt; color: #444; }
"""
)


def hogar_es(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Mediterránea de Seguros Generales, S.A.", "Ibérica Hogar Seguros", "Cantábrica Seguros"]
    )
    name = rng.choice(["María del Carmen Ruiz Ortega", "Lucía Fernández Gil", "Elena Navarro Prieto"])
    sin = loss_date(rng)
    dated = later(rng, sin, 2, 10)
    exp = f"{sin.year}-{digits(rng, 7)}"
    poliza = f"{digits(rng, 3)}-{digits(rng, 8)}"
    firma = rng.choice(
        ["Reformas y Fontanería Levante, S.L.", "Multiservicios Hogar Triana", "Reparaciones Bilbao 24h"]
    )
    perito = rng.choice(["D. Javier Molina (perito)", "Dña. Rosa Vidal (perita)"])
    items = [
        ("Reparación de tubería", amount(rng, 150, 600)),
        ("Pintura y yeso", amount(rng, 300, 1600)),
        ("Mobiliario dañado", amount(rng, 200, 2500)),
    ]
    total = sum(a for _, a in items)
    words = "{d} de {month} de {yyyy}"
    rows = "".join(f"<tr><td>{t}</td><td class=r>{money(a, 'de')} €</td></tr>" for t, a in items)
    body = f"""<div class=from>{name}<br>C/ {rng.choice(["Colón", "Alcalá", "San Vicente"])}
{rng.randrange(1, 90)}, {rng.randrange(1, 8)}º {rng.choice("ABC")}<br>
{rng.choice(["46004 Valencia", "28009 Madrid", "48001 Bilbao"])}</div>
<p>{insurer}<br>Departamento de Siniestros<br>Apartado de Correos {rng.randrange(100, 9999)}</p>
<p>{rng.choice(["Valencia", "Madrid", "Bilbao"])}, {fdate(dated, words, "es")}</p>
<p class=re>Asunto: Comunicación de siniestro – Póliza de Hogar nº {poliza} – Expediente nº {exp}</p>
<p>Muy señores míos:</p><p>Por la presente les comunico que el pasado {fdate(sin, words, "es")} se produjo en
mi vivienda asegurada un daño por agua a causa de la rotura de una tubería empotrada en el baño, que afectó
también al techo del vecino del piso inferior.</p><p>La empresa {firma} localizó y reparó la avería y ha
presupuestado los daños como sigue:</p>
<table class=c>{rows}<tr class=tot><td>Importe total reclamado</td>
<td class=r>{money(total, "de")} €</td></tr>
</table><p>Entiendo que se aplicará la franquicia de {money(rng.choice([150, 300]), "de")} € prevista en las
condiciones particulares. Quedo a disposición del perito asignado, {perito}, para la visita.</p>
<p>Atentamente,</p><p><br>{name}<br><span class=sm>DNI {digits(rng, 8)}{rng.choice("TRWAGM")}</span></p>"""
    return make_claim(
        "hogar_es",
        "es",
        page(LETTER_CSS, body, "es"),
        repeats=frozenset({"claimant_name"}),
        claim_number=(exp, exp),
        policy_number=(poliza, poliza),
        claimant_name=(name, name),
        date_of_loss=(sin, fdate(sin, words, "es")),
        amount_claimed=(total, f"{money(total, 'de')} €"),
        provider=(firma, firma),
    )


def cgl_us(rng: random.Random) -> Doc:
    carrier = rng.choice(
        ["Keystone Commercial Insurance Co.", "Granite Hollow Casualty", "Bayou Mutual Commercial"]
    )
    business = rng.choice(["Riverbend Grocers LLC", "Sunset Fitness Studios Inc.", "Maple Lane Hardware Co."])
    manager = rng.choice(["Kevin Marsh (store manager)", "Dana Whitaker (general manager)"])
    claimant = rng.choice(["Loretta J. Simmons", "Marcus T. Bell", "Patricia Alvarez", "Howard Kim"])
    inc = loss_date(rng)
    rep = later(rng, inc, 1, 5)
    claim = f"GL{inc.year % 100}-{digits(rng, 6)}"
    policy = f"CGL {digits(rng, 3)}-{digits(rng, 5)}"
    facility = rng.choice(
        ["St. Luke's Regional Medical Center", "Mercy Urgent Care – Westside", "County General Hospital"]
    )
    demand = amount(rng, 8000, 75000)
    mdy = "{mm}/{dd}/{yyyy}"
    body = f"""<div class=top><div class=logo>{carrier}</div><div class=sm>Commercial Lines Claims<br>Fax
(800) {digits(rng, 3)}-{digits(rng, 4)}</div></div><h1>General Liability Incident Report</h1>{
        grid(f'''
        Claim number | {claim} | 4 ;; Policy number | {policy} | 4 ;; Date reported | {fdate(rep, mdy)} | 4 //
        Named insured (business) | {business} | 6 ;; Insured contact | {manager} | 6 //
        Agent / broker | {rng.choice(["Harbor Point Insurance Agency", "Tri-County Risk Advisors"])} | 6 ;;
          Agency code | {digits(rng, 5)} | 6 //
        ''')
    }<h2>Incident</h2>{
        grid(f'''
        Date of incident | {fdate(inc, mdy)} | 3 ;; Time | {rng.randrange(1, 12)}:{rng.randrange(10, 59)}
          {rng.choice(["AM", "PM"])} | 3 ;; Location on premises | {
            rng.choice(["Aisle 7 near produce", "Front entrance ramp", "Locker room"])
        } | 6 //
        Description | {
            rng.choice(
                [
                    "Customer slipped on spilled liquid and fell, injuring hip",
                    "Visitor tripped over an unmarked floor mat",
                ]
            )
        } | 12 //
        ''')
    }<h2>Claimant (injured third party)</h2>{
        grid(f'''
        Claimant name | {claimant} | 6 ;; Phone | ({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)} | 3 ;;
          Represented by attorney? | {rng.choice(["Yes", "No"])} | 3 //
        Treated at | {facility} | 6 ;; Medical bills to date | ${money(demand / 4, 'en')} | 3 ;;
          Lost wages claimed | ${money(amount(rng, 500, 4000), 'en')} | 3 //
        Amount demanded by claimant | ${money(demand, 'en')} | 6 ;; Policy deductible |
          ${money(rng.choice([1000, 2500, 5000]), 'en')} | 6 //
        ''')
    }<h2>Witnesses</h2>{
        kvs(f'''
        1. | {rng.choice(["Tina Brooks, employee", "Gary Olsen, customer"])} //
        2. | {rng.choice(["Security camera footage retained", "none"])} //
        ''')
    }<p class=sm>Completed by the insured. This report does not admit liability.</p>"""
    return make_claim(
        "cgl_us",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(claimant, claimant),
        date_of_loss=(inc, fdate(inc, mdy)),
        amount_claimed=(demand, f"${money(demand, 'en')}"),
        provider=(facility, facility),
    )


def cargo_letter(rng: random.Random) -> Doc:
    consignee = rng.choice(
        ["Hanseatic Coffee Importers GmbH", "Nordsee Foods B.V.", "Baltic Timber Trading AB"]
    )
    underwriters = rng.choice(["Thames Marine Underwriting Ltd", "Rotterdam Cargo Assurance N.V."])
    surveyor = rng.choice(
        ["Meridian Marine Surveyors Ltd", "Kessler and Voss Cargo Surveys", "Polaris Survey Services"]
    )
    disch = loss_date(rng)
    dated = later(rng, disch, 14, 45)
    ref = f"MC-{digits(rng, 6)}"
    cover = f"OC/{digits(rng, 4)}/{disch.year - 1}"
    cert = f"{digits(rng, 7)}"
    bl = f"{rng.choice(['MSKU', 'HLCU', 'CMAU'])}{digits(rng, 7)}"
    invoice = amount(rng, 60000, 250000)
    damaged = q2(invoice * rng.choice([12, 18, 25]) / 100)
    uplift = q2(damaged / 10)
    fee = amount(rng, 900, 2500)
    total = damaged + uplift + fee
    words = "{d} {month} {yyyy}"
    body = f"""<div class=from><b>{consignee}</b><br>{rng.choice(["Am Sandtorkai", "Waalhaven", "Frihamnen"])}
{rng.randrange(1, 60)}<br>{rng.choice(["Hamburg", "Rotterdam", "Göteborg"])}</div>
<p>{underwriters}<br>Cargo Claims Department</p><p>{fdate(dated, words)}</p>
<p class=re>Your ref.: {ref} – Open Cover No. {cover} – Certificate No. {cert}<br>
m.v. "{rng.choice(["Atlantic Dawn", "Nordic Star", "Cape Orion"])}" – B/L {bl}</p>
<p>Dear Sirs,</p><p>We refer to the above shipment of {
        rng.choice(["green coffee beans", "frozen fish fillets", "sawn timber"])
    } insured under your open cover. On discharge on {fdate(disch, words)} the goods were found
wet-damaged. The survey was carried out by {surveyor}, whose report is enclosed. We hereby present our
claim:</p><table class=c><tr><td>Commercial invoice value of the shipment</td><td class=r>USD {
        money(invoice, "en")
    }</td></tr><tr><td>Value of damaged portion per survey</td><td class=r>USD {
        money(damaged, "en")
    }</td></tr>
<tr><td>Plus 10% as insured</td><td class=r>USD {money(uplift, "en")}</td></tr><tr><td>Survey fee</td>
<td class=r>USD {money(fee, "en")}</td></tr><tr class=tot><td>Total claim</td><td class=r>USD {
        money(total, "en")
    }</td></tr></table><p>Please arrange settlement to our account. Notice of claim has been served on the
carrier.</p><p>Yours faithfully,<br><br>{rng.choice(["Jens Albers", "Pieter de Wit", "Karin Ström"])}<br>
Logistics Manager, for {consignee}</p>"""
    return make_claim(
        "cargo_letter",
        "en",
        page(LETTER_CSS, body, "en"),
        repeats=frozenset({"claimant_name"}),
        claim_number=(ref, ref),
        policy_number=(cover, cover),
        claimant_name=(consignee, consignee),
        date_of_loss=(disch, fdate(disch, words)),
        amount_claimed=(total, f"USD {money(total, 'en')}"),
        provider=(surveyor, surveyor),
    )


def flight_cancel(rng: random.Random) -> Doc:
    insurer = rng.choice(["Saimaa Travel Insurance Ltd", "Helvi Matkavakuutus Oy", "Aurora Travel Cover"])
    lead = rng.choice(["Mikko Virtanen", "Johanna Korhonen", "Sanna Mäkinen", "Antti Laine"])
    booked = loss_date(rng)
    flight_day = later(rng, booked, 30, 120)
    submitted = later(rng, flight_day, 2, 15)
    cid = f"CL-{digits(rng, 9)}"
    policy = f"MV {digits(rng, 4)} {digits(rng, 4)}"
    airline = rng.choice(["Nordfjell Air", "Baltic Skyways", "Lapland Jet Oy"])
    items = [
        ("New flight tickets", amount(rng, 250, 900)),
        ("Unused hotel night", amount(rng, 80, 240)),
        ("Meals and taxi during delay", amount(rng, 30, 120)),
    ]
    total = sum(a for _, a in items)
    refund = amount(rng, 50, 200)
    dmy = "{d}.{m}.{yyyy}"
    rows = "".join(f"<tr><td>{t}</td><td class=r>{money(a, 'fr')} €</td></tr>" for t, a in items)
    body = f"""<div class=top><div class=logo>{
        insurer
    }</div><div class=sm>Online claim – submission summary<br>
Submitted {fdate(submitted, dmy)}</div></div><h1>Trip interruption: cancelled flight</h1>{
        grid(f'''
        Claim ID | {cid} | 4 ;; Policy number | {policy} | 4 ;; Status | Received | 4 //
        Lead traveller | {lead} | 6 ;; Fellow travellers | {rng.randrange(1, 4)} | 6 //
        ''')
    }<h2>Flight</h2>{
        grid(f'''
        Airline | {airline} | 4 ;; Flight | {airline[:2].upper()}{rng.randrange(100, 999)} | 2 ;; Date of the
          cancelled flight | {fdate(flight_day, dmy)} | 3 ;; Booked on | {fdate(booked, dmy)} | 3 //
        Route | {rng.choice(["Helsinki – Málaga", "Oulu – Nice", "Tampere – Rome"])} | 6 ;; Reason given by
          airline | {rng.choice(["Strike", "Technical fault", "Crew shortage"])} | 6 //
        ''')
    }<h2>Expenses</h2><table class=t style="width:70%"><tr><th>Expense</th><th class=r>Amount</th></tr>{rows}
<tr><td><b>Total claimed</b></td><td class=r><b>{money(total, "fr")} €</b></td></tr></table>{
        kvs(f'''
        Refund received from the airline: | {money(refund, 'fr')} € //
        Deductible: | {money(rng.choice([0, 50, 100]), 'fr')} € //
        ''')
    }"""
    return make_claim(
        "flight_cancel",
        "en",
        page(CSS, body, "en"),
        claim_number=(cid, cid),
        policy_number=(policy, policy),
        claimant_name=(lead, lead),
        date_of_loss=(flight_day, fdate(flight_day, dmy)),
        amount_claimed=(total, f"{money(total, 'fr')} €"),
        provider=(airline, airline),
    )
