"""Set Z templates: Australian insurer's claim acknowledgement letter (motor), US health plan member-portal
"claim details" page as a browser prints it, Dutch "schadeaangifteformulier" for home insurance.

Acknowledgement: the letter restates claim number (twice), policy number, date of incident and amount
claimed; claimant the addressee policyholder; provider the allocated repairer; the excess, the letter date
and the insurer's letterhead are distractors. Portal: claim number as shown, policy_number the group
number (not the member ID), date_of_loss the first date of service, amount the "Amount billed" (not the
plan discount, plan paid or "you may owe"), provider the billing provider; the print header and footer
(date/time, URL) are distractors. Netherlands: schadenummer, polisnummer, schadedatum DD-MM-YYYY (not the
meldingsdatum), amount the "Geschat schadebedrag" (not the eigen risico), provider the hersteller.
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

ACK_CSS = """
@page { size: A4; margin: 16mm 20mm; } body { font: 9.5pt 'DejaVu Sans'; line-height: 1.4; } .lh
{ display: flex;
 justify-content: space-between; border-bottom: 4px solid #f2a900; padding-bottom: 2mm; } .co { font: bold
16pt
 'DejaVu Sans'; color: #1d2b4f; } table.d { border-collapse: collapse; margin: 3mm 0; } table.d td { border:
 1px solid #ccc; padding: 3px 8px; } table.d td:first-child { background: #f4f4f4; width: 55mm; }
.small { font-size: 7.5pt; color: #555; }
"""


def ack_letter_au(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Coastline Insurance Australia Ltd", "Red Gum Insurance Pty Ltd", "Tasman General Insurance"]
    )
    first, last = (
        rng.choice(["Liam", "Olivia", "Jayden", "Sienna"]),
        rng.choice(["O'Connor", "Tran", "Walsh", "Kaur"]),
    )
    name = f"{first} {last}"
    incident = loss_date(rng)
    lodged = later(rng, incident, 1, 4)
    dated = later(rng, lodged, 1, 3)
    claim = f"MOT{digits(rng, 8)}"
    policy = f"{rng.choice(['MCP', 'CAR'])}{digits(rng, 9)}"
    repairer = rng.choice(
        ["Northside Smash Repairs", "Bayside Collision Centre Pty Ltd", "Gold Star Panel & Paint"]
    )
    claimed = amount(rng, 1800, 14000)
    excess = rng.choice([700, 800, 1000])
    words = "{d} {month} {yyyy}"
    body = f"""<div class=lh><div class=co>{insurer}</div><div class=small>GPO Box {rng.randrange(1000, 9999)}
Sydney NSW 2001<br>ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} · AFSL
{digits(rng, 6)}
<br>Claims 13 {digits(rng, 2)} {digits(rng, 2)}</div></div>
<p>{fdate(dated, words)}</p><p>{name}<br>{rng.randrange(1, 200)}
{rng.choice(["Banksia St", "Gympie Rd", "Pitt St"])}
<br>{rng.choice(["CHERMSIDE QLD 4032", "PARRAMATTA NSW 2150", "FOOTSCRAY VIC 3011"])}</p>
<p><b>Your claim number: {claim}</b></p><p>Dear {first},</p><p><b>We have received your motor claim</b></p>
<p>Thank you for lodging your claim with us on {fdate(lodged, words)}. We're sorry to hear about the incident
and we're here to help. Here is a summary of the details you gave us:</p>
<table class=d><tr><td>Claim number</td><td>{claim}</td></tr><tr><td>Policy number</td><td>{policy}</td></tr>
<tr><td>Date of incident</td><td>{fdate(incident, "{dd}/{mm}/{yyyy}")}</td></tr><tr><td>Vehicle</td><td>
{rng.choice(["2019 Mazda CX-5 Maxx", "2021 Toyota Hilux SR5", "2017 Hyundai i30 Active"])}</td></tr>
<tr><td>Amount claimed (repair quote)</td><td>${money(claimed, "en")}</td></tr>
<tr><td>Allocated repairer</td><td>{repairer}</td></tr><tr><td>Excess
payable</td><td>${money(excess, "en")}</td></tr></table>
<p>An assessor will contact {repairer.split()[0]} within two business days. Please pay your excess to the
repairer when
you collect your vehicle. We have not yet made a decision on your claim; this letter is an acknowledgement
only.</p><p>If any of these details are wrong, call us on 13 {digits(rng, 2)} {digits(rng, 2)} and quote your
claim number.</p><p>Kind regards,<br><br>Claims Team<br>{insurer}</p>
<p class=small>This letter does not confirm cover. Read it with your Product Disclosure Statement.</p>"""
    return make_claim(
        "ack_letter_au",
        "en",
        page(ACK_CSS, body, "en"),
        repeats=frozenset({"claim_number"}),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(incident, fdate(incident, "{dd}/{mm}/{yyyy}")),
        amount_claimed=(claimed, f"${money(claimed, 'en')}"),
        provider=(repairer, repairer),
    )


PORTAL_CSS = (
    BASE_CSS
    + """
@page { size: letter; margin: 14mm 10mm; @top-left { content: "WHEN"; font: 7pt 'Liberation Sans'; }
 @top-center { content: "Claim Details | Member Portal"; font: 7pt 'Liberation Sans'; }
 @bottom-left { content: "URL"; font: 7pt 'Liberation Sans'; } @bottom-right { content: counter(page)
 "/" counter(pages); font: 7pt 'Liberation Sans'; } } body { font: 9pt 'Liberation Sans'; color: #222; }
.nav { background: #003a70; color: #fff; padding: 2mm 3mm; display: flex; justify-content: space-between; }
.crumbs { font-size: 7.5pt; color: #555; margin: 2mm 0; } h1 { font-size: 14pt; margin: 1mm 0 3mm; }
.card { border: 1px solid #d0d7de; border-radius: 4px; padding: 3mm; margin-bottom: 3mm; }
.badge { background: #2e7d32; color: #fff; padding: 1px 6px; border-radius: 8px; font-size: 8pt; }
"""
)


def portal_summary_us(rng: random.Random) -> Doc:
    plan = rng.choice(["BlueHarbor Health", "Cascadia Care Plans", "Keystone Mutual Health"])
    name = rng.choice(["Jennifer L. Ortiz", "Samuel R. Park", "Keisha M. Coleman", "Gregory T. Novak"])
    svc = loss_date(rng)
    svc_to = later(rng, svc, 1, 3)
    received = later(rng, svc_to, 3, 12)
    processed = later(rng, received, 5, 20)
    printed_on = later(rng, processed, 1, 30)
    us = "{mm}/{dd}/{yyyy}"
    claim = f"{svc.year % 100}{digits(rng, 3)}E{digits(rng, 6)}"
    group = f"{digits(rng, 6)}-{rng.choice(['010', '020', '0A1'])}"
    provider = rng.choice(
        ["Cedar Valley Imaging Center", "Pacific Crest Physical Therapy", "Riverside Urology Assoc"]
    )
    billed = amount(rng, 400, 6500)
    discount = (billed * rng.choice([35, 42, 55]) / 100).quantize(billed)
    allowed = billed - discount
    paid = (allowed * rng.choice([70, 80, 90]) / 100).quantize(billed)
    owe = allowed - paid

    def usd(x: object) -> str:
        return f"${money(x, 'en')}"  # type: ignore[arg-type]

    when = f"{fdate(printed_on, '{m}/{d}/{yy}')}, {rng.randrange(1, 12)}:{rng.randrange(10, 59)} PM"
    url = f"https://member.example.com/claims/detail?id={digits(rng, 12)}"
    css = PORTAL_CSS.replace("WHEN", when).replace("URL", url)
    body = f"""<div class=nav><b>{
        plan
    }</b><span>Home · Claims · Benefits · ID Card · Messages · Log out</span></div>
<div class=crumbs>Home &gt; Claims &amp; Spending &gt; Medical claims &gt; Claim details</div>
<h1>Claim details <span class=badge>Processed</span></h1><div class=card>{
        kvs(f'''
        Claim number | {claim} //
        Patient | {name} //
        Member ID | {plan[:2].upper()}{digits(rng, 9)} //
        Group number | {group} //
        Provider | {provider} //
        Date(s) of service | {fdate(svc, us)} - {fdate(svc_to, us)} //
        Claim received | {fdate(received, us)} //
        Claim processed | {fdate(processed, us)} //
        ''')
    }</div><div class=card><b>Cost summary</b><table class=t style="margin-top:2mm"><tr><th>Amount billed</th>
<th>Plan discount</th><th>Allowed amount</th><th>Plan paid</th><th>You may owe</th></tr><tr><td>{
        usd(billed)
    }</td>
<td>{usd(discount)}</td><td>{usd(allowed)}</td><td>{usd(paid)}</td><td>{usd(owe)}</td></tr></table></div>
<div class=card style="font-size:8pt">This is not a bill. Your Explanation of Benefits (EOB) for this claim is
available under Documents. Questions? Call Member Services at 1-800-{digits(rng, 3)}-{
        digits(rng, 4)
    }.</div>"""
    return make_claim(
        "portal_summary_us",
        "en",
        page(css, body, "en"),
        claim_number=(claim, claim),
        policy_number=(group, group),
        claimant_name=(name, name),
        date_of_loss=(svc, fdate(svc, us)),
        amount_claimed=(billed, usd(billed)),
        provider=(provider, provider),
    )


NL_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 9pt 'DejaVu Sans'; } .top { display: flex;
 justify-content: space-between; align-items: center; border-bottom: 3px solid #ff6200; } .logo { font: bold
16pt
 'DejaVu Sans'; color: #ff6200; } h1 { font-size: 12.5pt; margin: 3mm 0; } h2 { font-size: 9.5pt; margin:
3mm 0 1mm;
 color: #ff6200; }
"""
)


def schade_nl(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Delta Lloyd-Noord Verzekeringen", "Zeeuwse Woonverzekeraar N.V.", "Hollandia Schade"]
    )
    name = rng.choice(["J.P. de Vries", "M. van den Berg", "S. Bakker-Jansen", "R.A. Visser"])
    day = loss_date(rng)
    reported = later(rng, day, 1, 5)
    nl = "{dd}-{mm}-{yyyy}"
    claim = f"{day.year}{digits(rng, 6)}"
    policy = f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"
    firm = rng.choice(
        ["Bouwbedrijf De Vries B.V.", "Dakdekkersbedrijf Smit", "Loodgietersbedrijf Mulder V.O.F."]
    )
    estimate = amount(rng, 600, 9500)
    eur = "€ " + money(estimate, "de")
    cause = rng.choice(["Storm", "Lekkage waterleiding", "Inbraak met braakschade"])
    body = f"""<div class=top><div class=logo>{
        insurer
    }</div><div style="font-size:7.5pt">Afdeling Schade · Postbus
{rng.randrange(100, 9999)} · {rng.choice(["8000 AB Zwolle", "4330 AA Middelburg"])}</div></div>
<h1>Schadeaangifteformulier Woonhuis- en Inboedelverzekering</h1>{
        grid(f'''
        Polisnummer | {policy} | 4 ;; Schadenummer | {claim} | 4 ;; Datum melding | {fdate(reported, nl)} |
          4 //
        ''')
    }<h2>1. Verzekeringnemer</h2>{
        grid(f'''
        Naam en voorletters | {name} | 6 ;; Geboortedatum |
          {rng.randrange(10, 28)}-0{rng.randrange(1, 9)}-19{rng.randrange(50, 99)} | 3 ;; Telefoon |
          06-{digits(rng, 8)} | 3 //
        Adres risico | {rng.choice(['Kerkstraat', 'Dorpsweg', 'Molenlaan'])} {rng.randrange(1, 200)},
          {digits(rng, 4)} {rng.choice(['KL', 'AB', 'ZX'])} {rng.choice(['Zwolle', 'Goes', 'Amersfoort'])}
          | 8 ;; IBAN | NL{digits(rng, 2)} INGB {digits(rng, 10)} | 4 //
        ''')
    }<h2>2. De schade</h2>{
        grid(f'''
        Schadedatum | {fdate(day, nl)} | 3 ;; Tijdstip | {rng.randrange(0, 23):02d}:{rng.randrange(10, 59)}
          | 2 ;; Oorzaak | {cause} | 4 ;; Aangifte politie | {"ja" if "Inbraak" in cause else "nee"} | 3 //
        Omschrijving | Door de harde wind zijn dakpannen losgeraakt en is water binnengekomen in de
          slaapkamer. | 12 //
        ''')
    }<h2>3. Herstel en kosten</h2>{
        kvs(f'''
        Hersteller / aannemer: | {firm} //
        Offerte d.d.: | {fdate(later(rng, reported, 1, 6), nl)} //
        Geschat schadebedrag: | {eur} //
        Eigen risico: | € {rng.choice([100, 250, 500])},00 //
        Btw verrekenbaar: | nee //
        ''')
    }<p style="font-size:7.5pt;margin-top:5mm">Ondergetekende verklaart dit formulier naar waarheid te hebben
ingevuld. Plaats en datum: ______ Handtekening: ______</p>"""
    return make_claim(
        "schade_nl",
        "nl",
        page(NL_CSS, body, "nl"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(day, fdate(day, nl)),
        amount_claimed=(estimate, eur),
        provider=(firm, firm),
    )
