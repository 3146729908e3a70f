"""Set P templates: Norwegian travel cancellation claim receipt, UK legal expenses claim form, UK mobile phone
claim e-mail printed from web mail, Australian pet insurance claim printed from the web form."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_j import fdate, money, page, q2
from outside_common_z import BASE_CSS, Doc, amount, digits, grid, kvs, later, loss_date, make_claim
from outside_docs_p1 import keyed

DMY = "{dd}.{mm}.{yyyy}"
UK = "{dd}/{mm}/{yyyy}"

NO_CSS = """@page
{ size: A4; margin: 16mm 18mm; @bottom-right { content: "Side " counter(page); font-size: 7pt; } }
body { font: 9.3pt 'DejaVu Sans'; color: #1b1b1b; } .lg { font: bold 13pt 'DejaVu Sans'; color: #00594f; }
.box { background: #eef6f4; padding: 8px 10px; margin: 10px 0; } .q { font-weight: bold; margin-top: 7px; }
.a { margin-left: 12px; } h3 { font-size: 10.5pt; color: #00594f; margin: 12px 0 2px; }
.foot { font-size: 7pt; color: #555; border-top: 1px solid #ccc; margin-top: 14px; padding-top: 3px; }"""


def answers(spec: str) -> str:
    """Questions and answers of an online claim receipt, written as ``question | answer //`` rows."""
    rows = [[" ".join(p.split()) for p in line.split("|")] for line in spec.split("//") if line.strip()]
    return "".join(f"<div class=q>{q}</div><div class=a>{a}</div>" for q, a in rows)


def avbestilling_no(rng: random.Random) -> Doc:
    sick = loss_date(rng)
    insurer = rng.choice(["Fjordkyst Forsikring ASA", "Trollheimen Gjensidige Forsikring"])
    name = rng.choice(["Ingrid Solberg Haugen", "Ola Kristoffer Berg", "Kari Nordahl", "Håkon Lie Strand"])
    arr = rng.choice(["Nordlys Reiser AS", "Sørhavet Charter AS", "Vestkyst Cruise AS"])
    snr, pol = f"{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 6)}"
    booked, dep = fdate(later(rng, sick, -150, -40), DMY), fdate(later(rng, sick, 2, 9), DMY)
    price = Decimal(rng.randrange(18, 60) * 1000 - rng.choice([0, 10, 100]))
    refund = q2(price * Decimal(rng.choice([8, 10, 15, 20])) / 100)
    claim = price - refund
    fnr = f"{fdate(later(rng, sick, -20000, -9000), '{dd}{mm}{yy}')} {digits(rng, 5)}"
    doctor = rng.choice(["Tor Egeland", "Siri Moen"])
    qa = answers(f"""Hvilken forsikring gjelder kravet? | Reiseforsikring Familie, helårs – polisenummer {pol}
// Hvem er forsikringstaker? | {name}, fødselsnummer {fnr} // Hvilken reise gjelder det? | Pakkereise til Gran
Canaria med {arr}, bestilt {booked}, avreise {dep}, 2 voksne og 1 barn // Hvorfor måtte reisen avbestilles? |
☒ Akutt sykdom hos meg selv ☐ Sykdom hos nærstående ☐ Annet // Når ble du syk? | {fdate(sick, DMY)} //
Når avbestilte du reisen? | {fdate(later(rng, sick, 1, 1), DMY)} // Hvem har skrevet legeerklæringen? |
Fastlege dr. {doctor}, Asker legesenter""")
    g = grid(f"""Reisens totalpris | kr {money(price, "fr")} | 4 ;; Refundert av arrangøren | kr
{money(refund, "fr")} | 4 ;; Beløp du krever dekket | kr {money(claim, "fr")} | 4""")
    sent = f"{fdate(later(rng, sick, 3, 9), DMY)} kl. {rng.randint(8, 22)}:{rng.randint(10, 59)}"
    body = f"""<div class=lg>{insurer}</div><div style='color:#555'>Kvittering for innsendt skademelding</div>
<div class=box>Takk! Vi har mottatt skademeldingen din.<br>Skadenummer: <b>{snr}</b><br>Sendt inn {sent} ·
Saksbehandlingstid ca. 3 uker</div><h3>Avbestillingsforsikring – dine svar</h3>{qa}<h3>Hva krever du
dekket?</h3>{g}<div class=q>Egenandel</div><div class=a>Ingen egenandel på avbestilling.</div><div class=q>
Utbetaling til kontonummer</div><div class=a>{digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 5)}</div>
<div class=foot>{insurer} · Org.nr. {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} · Under tilsyn av
Finanstilsynet · Du har plikt til å gi riktige opplysninger, jf. forsikringsavtaleloven § 8-1.</div>"""
    loss, amt = (sick, fdate(sick, DMY)), (claim, money(claim, "fr"))
    html = page(BASE_CSS + NO_CSS, body, "nb")
    return make_claim("avbestilling_no", "nb", html, **keyed(snr, pol, name, loss, amt, arr))


LE_CSS = """@page { size: A4; margin: 13mm 15mm; } body { font: 8.6pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; } .lg
{ font: bold 15pt 'Liberation Sans'; color: #5a2a82; }
.sec { background: #5a2a82; color: #fff; font-weight: bold; padding: 2px 5px; margin-top: 6px; }
table.s { width: 60%; border-collapse: collapse; } table.s td { border: 0.6px solid #888; padding: 2px 4px; }
.foot { font-size: 6.5pt; color: #444; margin-top: 8px; }"""

LE_COSTS = [
    ("Profit costs (to final hearing)", 4200, 11000),
    ("Counsel's fees", 1500, 4500),
    ("Expert / disbursements", 250, 900),
]


def legal_uk(rng: random.Random) -> Doc:
    arose = loss_date(rng)
    title, name = rng.choice([("Mr", "Daniel Whitcombe"), ("Ms", "Aisha Rahman"), ("Mrs", "Claire Ashdown")])
    firm = rng.choice(["Pembury Castle Solicitors LLP", "Hollins Marsh Law LLP", "Ridgeway Kent Solicitors"])
    ref, pol = f"LEP/{arose.year % 100}/{digits(rng, 6)}", f"FLP{digits(rng, 8)}"
    rows, net = [], Decimal(0)
    for what, lo, hi in LE_COSTS:
        a = amount(rng, lo, hi)
        net += a
        rows.append(f"<tr><td>{what}</td><td class=r>£{money(a)}</td></tr>")
    vat = q2(net * Decimal("0.2"))
    total = net + vat
    born, limit = fdate(later(rng, arose, -19000, -9000), UK), fdate(later(rng, arose, 88, 92), UK)
    acas = f"R{digits(rng, 6)}/{arose.year % 100}/{digits(rng, 2)}"
    g1 = grid(f"""Policy number | {pol} | 3 ;; Cover | Family Legal Protection (add-on to home insurance) | 5
;; Title | {title} | 1 ;; Date of birth | {born} | 3 // Full name | {name} | 5 ;; National Insurance number |
QQ {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} C | 3 ;; Telephone | 07{digits(rng, 3)} {digits(rng, 6)}
| 4""")
    g2 = grid(f"""Type of claim | ☒ Employment ☐ Consumer contract ☐ Property ☐ Personal injury ☐ Tax | 7 ;;
Date the dispute first arose | {fdate(arose, UK)} | 5 // Opponent | Harrowgate Logistics Ltd (former employer)
| 6 ;; ACAS early conciliation certificate | {acas} | 6 // Details | Dismissed without a disciplinary hearing
after raising a grievance about unpaid overtime; claim for unfair dismissal and unlawful deduction from wages.
Tribunal time limit: {limit}. | 12""")
    g3 = grid(f"""Firm | {firm} | 6 ;; SRA number | {digits(rng, 6)} | 3 ;; Fee earner | Ms R. Okonjo,
Associate | 3
// Hourly rate (ex VAT) | £{rng.choice([185, 210, 240])}.00 | 3 ;; Own choice of solicitor? | ☒ Yes ☐ No, use
panel firm | 5 ;; Prospects of success | &gt; 51% (advice attached) | 4""")
    body = f"""<div class=hd><div><div class=lg>Albion Legal Protection</div>Legal expenses insurance · claims
line 0330 {digits(rng, 3)} {digits(rng, 4)}</div><div style='border:1px solid #000;padding:4px'>Office use
only<br>Claim reference: <b>{ref}</b></div></div><h2>Legal Expenses Claim Form</h2><div class=sec>Section 1 –
Policy and policyholder</div>{g1}<div class=sec>Section 2 – The dispute</div>{g2}<div class=sec>Section 3 –
Your solicitor</div>{g3}<div class=sec>Section 4 – Estimate of costs to conclusion</div><table class=s>
{"".join(rows)}<tr><td>VAT at 20%</td><td class=r>£{money(vat)}</td></tr><tr><td><b>Total estimated costs
claimed</b></td><td class=r><b>£{money(total)}</b></td></tr></table>Limit of indemnity £100,000 per claim ·
Excess £250.00 · Premium paid: £{rng.randint(24, 39)}.00 a year<div class=sec>Section 5 – Declaration</div>
I declare that the information given is true and complete. Signed: ____________ Date:
{fdate(later(rng, arose, 10, 40), UK)}<div class=foot>Albion Legal Protection Ltd is authorised and regulated
by
the Financial Conduct Authority (FRN {digits(rng, 6)}). Registered in England and Wales No. {digits(rng, 8)}.
Registered office: 4 Cathedral Close, Exeter EX1 1EZ. Policies underwritten by Thameside Underwriting
plc.</div>"""
    loss, amt = (arose, fdate(arose, UK)), (total, money(total))
    html = page(BASE_CSS + LE_CSS, body, "en")
    return make_claim("legal_uk", "en", html, **keyed(ref, pol, name, loss, amt, firm))


MAIL_CSS = """@page
{ size: A4; margin: 10mm 12mm; @top-left { content: "{TOP}"; font: 7pt 'Liberation Sans'; }
@top-right { content: "Orbit Mail – Your claim has been submitted"; font: 7pt 'Liberation Sans'; }
@bottom-left { content: "https://mail.orbitmail.example/u/0/msg/18f3a9c0d1b2?print=1"; font: 6.5pt
'Liberation Sans'; } @bottom-right { content: "1/1"; font: 7pt 'Liberation Sans'; } }
body { font: 9pt 'Liberation Sans'; } .subj { font-size: 14pt; margin: 8px 0; } .hdr
{ color: #444; font-size: 8pt; } .mail { border-top: 1px solid #ccc; margin-top: 6px; padding-top: 8px; }
.brand { background: #101820; color: #fee715; font: bold 13pt 'Liberation Sans'; padding: 8px; }
table.kv td { padding: 3px 14px 3px 0; } .small { font-size: 7pt; color: #666; }"""


def phone_email_uk(rng: random.Random) -> Doc:
    day = loss_date(rng)
    first, last, title = rng.choice(
        [("Priya", "Ramanathan", "Ms"), ("Tom", "Fairbairn", "Mr"), ("Sian", "Lloyd", "Miss")]
    )
    name = f"{title} {first} {last}"
    repairer = rng.choice(["FixPoint Repairs Ltd", "Renew Mobile Solutions Ltd", "ScreenDoctor UK Ltd"])
    ref, pol = f"GC{digits(rng, 8)}", f"MPI-{digits(rng, 4)}-{digits(rng, 5)}"
    sent = later(rng, day, 1, 4)
    cost = amount(rng, 140, 390)
    excess = Decimal(rng.choice([50, 75, 99]))
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()]
    css = MAIL_CSS.replace("{TOP}", f"{fdate(sent, UK)}, 18:2{sent.day % 10}")
    when = f"{wd}, {fdate(sent, '{d} {mon} {yyyy}')}, {rng.randint(9, 17)}:{rng.randint(10, 59)}"
    model, premium = rng.choice(["14", "15", "15 Pro"]), rng.choice(["7.99", "9.49", "11.99"])
    info = kvs(f"""Claim reference | <b>{ref}</b> // Policyholder | {name} // Policy number | {pol} // Device
|
Apple iPhone {model}, 128GB · IMEI {digits(rng, 15)} // What happened | Accidental damage – dropped on a
pavement,
screen cracked and display not responding // Date of incident | {fdate(day, "{d} {month} {yyyy}")} //
Repair partner | {repairer}, Unit {rng.randint(2, 30)} Kirkstall Trade Park, Leeds LS5 3BT //
Estimated repair cost | £{money(cost)} // Excess due now | £{money(excess)}""")
    body = f"""<div class=subj>Your claim has been submitted – reference {ref}</div><div
class=hdr><b>GadgetCover
Claims</b> &lt;no-reply@claims.gadgetcover.example&gt;<br>to me<br>{when}</div><div class=mail>
<div class=brand>GadgetCover</div><p>Hi {first},</p><p>Thanks for submitting your claim. We're sorry to hear
about your phone. Here's a summary of what you told us – please keep this e-mail for your records.</p>{info}
<p><b>What happens next?</b> Pay your excess using the secure link in your account. A prepaid box will be sent
to you for the device and we aim to return it within 5 working days of receiving it. If the device cannot be
repaired we will offer a refurbished replacement of the same model.</p><p>Your monthly premium of £{premium}
will continue to be collected by Direct Debit.</p><p>Thanks,<br>The GadgetCover Claims Team</p><p class=small>
GadgetCover is a trading name of Halcyon Device Protection Ltd, authorised and regulated by the Financial
Conduct Authority (FRN {digits(rng, 6)}). Registered in England No. {digits(rng, 8)}. Policies are
underwritten by Meridian General Insurance plc. Please do not reply to this e-mail.</p></div>"""
    loss, amt = (day, fdate(day, "{d} {month} {yyyy}")), (cost, money(cost))
    html = page(BASE_CSS + css, body, "en")
    keys = keyed(ref, pol, name, loss, amt, repairer)
    return make_claim("phone_email_uk", "en", html, frozenset({"claim_number"}), **keys)


PET_CSS = """@page { size: A4; margin: 12mm 11mm; @top-left { content: "{TOP}"; font: 7pt 'Liberation Sans'; }
@top-center { content: "Make a claim – Review | Wattle Pet Insurance"; font: 7pt 'Liberation Sans'; }
@bottom-left { content: "https://www.wattlepet.example.com.au/account/claims/new/review"; font: 6.5pt
'Liberation Sans'; } @bottom-right { content: counter(page) "/" counter(pages); font: 7pt 'Liberation Sans'; }
}
body { font: 9pt 'Liberation Sans'; color: #222; } .nav
{ background: #2e6b30; color: #fff; padding: 6px 10px; }
.steps { color: #2e6b30; margin: 6px 0; font-size: 8pt; }
.card { border: 1px solid #ccd; border-radius: 6px; padding: 6px 10px; margin: 6px 0; } .card h4
{ margin: 0 0 4px; } table.kv td.l { width: 200px; color: #555; } .small { font-size: 7pt; color: #555; }
.ok { background: #e6f4e6; border-left: 4px solid #2e6b30; padding: 6px; }"""

VET_ITEMS = [
    ("Consultation – emergency", 120, 220),
    ("Radiographs (2 views)", 250, 480),
    ("IV fluids and hospitalisation", 380, 900),
    ("Maropitant injection", 45, 90),
    ("Bloods – in-house panel", 160, 290),
]


def pet_au(rng: random.Random) -> Doc:
    noticed = loss_date(rng)
    visit = later(rng, noticed, 1, 2)
    name = rng.choice(["Jessica Tran", "Liam O'Connor", "Bec Kowalczyk", "Matthew Nguyen"])
    vet = rng.choice(
        ["Bayside Veterinary Hospital", "Northern Rivers Animal Clinic", "Inner West Vet Centre"]
    )
    ref, pol = f"WPC{digits(rng, 7)}", f"WP-{digits(rng, 8)}"
    pet = rng.choice(
        [("Biscuit", "Dog", "Cavoodle"), ("Mochi", "Cat", "Ragdoll"), ("Ziggy", "Dog", "Kelpie x")]
    )
    rows, total = [], Decimal(0)
    for what, lo, hi in VET_ITEMS:
        a = amount(rng, lo, hi)
        total += a
        rows.append(f"<tr><td>{what}</td><td class=r>${money(a)}</td></tr>")
    gst = q2(total / 11)
    stamp = f"{fdate(later(rng, visit, 1, 6), UK)}, {rng.randint(1, 11)}:{rng.randint(10, 59)} pm"
    css = PET_CSS.replace("{TOP}", stamp)
    abn = f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    k1 = kvs(f"""Policy number | {pol} // Policyholder | {name} // Cover | Accident &amp; Illness Plus –
benefit 80%, annual excess $100 (not yet met)""")
    k2 = kvs(f"""Pet name | {pet[0]} // Species / breed | {pet[1]} / {pet[2]} // Date of birth |
{fdate(later(rng, noticed, -3000, -500), UK)}""")
    k3 = kvs(f"""Condition | Acute vomiting – suspected foreign body, resolved with supportive care //
Date signs first noticed | {fdate(noticed, UK)} // Date of first vet visit | {fdate(visit, UK)} //
Pre-existing? | ○ Yes ● No""")
    k4 = kvs(f"Vet clinic | {vet} // Clinic ABN | {abn} // Invoice number | INV-{digits(rng, 6)}")
    body = f"""<div class=nav><b>Wattle Pet Insurance</b> &nbsp; My policies · Claims · Help · Log out</div>
<div class=steps>1 Your pet ✓ — 2 Condition ✓ — 3 Vet &amp; invoice ✓ — 4 Review &amp; submit</div>
<div class=ok>Claim submitted. Your claim reference is <b>{ref}</b>. Most claims are assessed within 5
business days.</div><div class=card><h4>Policy</h4>{k1}</div><div class=card><h4>Your pet</h4>{k2}</div>
<div class=card><h4>Condition</h4>{k3}</div><div class=card><h4>Vet &amp; invoice</h4>{k4}<table class=t>
{"".join(rows)}<tr><td><b>Invoice total (incl. GST)</b></td><td class=r><b>${money(total)}</b></td></tr>
<tr><td>GST included</td><td class=r>${money(gst)}</td></tr></table><p>Paid in full by you? ● Yes ○ No (pay
the vet directly)<br>Refund to: BSB {digits(rng, 3)}-{digits(rng, 3)} · Account ••••{digits(rng, 4)}</p></div>
<p class=small>Wattle Pet Insurance is issued by Eucalypt General Insurance Ltd ABN 19 {digits(rng, 9)}, AFSL
{digits(rng, 6)}. Consider the PDS and TMD before deciding.</p>"""
    loss, amt = (noticed, fdate(noticed, UK)), (total, money(total))
    html = page(BASE_CSS + css, body, "en")
    return make_claim("pet_au", "en", html, **keyed(ref, pol, name, loss, amt, vet))
