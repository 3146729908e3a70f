"""Set O templates 1-4: US auto glass phone-claim confirmation, Quebec adjuster's water damage report, UK
bicycle theft claim printed from a portal, Irish health cash plan optical / hearing claim form."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_z import (
    BASE_CSS,
    Doc,
    amount,
    digits,
    esc,
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

GLASS_CSS = """
@page { size: letter; margin: 13mm 16mm; } body { font: 9pt 'Liberation Sans'; color: #111; }
.hd { border-bottom: 3px solid #0a5c8a; padding-bottom: 4px; margin-bottom: 8px; }
.hd b { font-size: 16pt; color: #0a5c8a; } .hd span { float: right; font-size: 8pt; text-align: right; }
h3 { background: #0a5c8a; color: #fff; font-size: 8.5pt; padding: 2px 5px; margin: 9px 0 3px; }
.two { display: flex; gap: 22px; } .two > div { flex: 1; }
table.kv td { padding: 1.5px 10px 1.5px 0; } table.kv td.l { color: #444; width: 118px; }
table.q { width: 100%; border-collapse: collapse; } table.q td { padding: 2px 4px; border-bottom: 0.5px solid
#ccc; } .r { text-align: right; } .b td { font-weight: bold; border-top: 1.2px solid #000; }
.fine { font-size: 7pt; color: #555; margin-top: 14px; border-top: 0.5px solid #999; padding-top: 4px; }
"""


def glass_us(rng: random.Random) -> Doc:
    d = loss_date(rng)
    call, us = later(rng, d, 1, 5), "{mm}/{dd}/{yyyy}"
    appt = later(rng, call, 2, 8)
    name = rng.choice(["Dolores M. Whitfield", "Raymond T. Okafor", "Priya S. Venkataraman"])
    claim, ref = f"{digits(rng, 2)}-{digits(rng, 6)}-AG", f"CPG{digits(rng, 9)}"
    policy = f"HMA-{digits(rng, 7)}-{digits(rng, 2)}"
    shop = rng.choice(["Summit Ridge Auto Glass", "Cascade Windshield Works LLC"])
    items = [
        (f"Windshield, acoustic, rain sensor bracket (part FW0{digits(rng, 4)}GTYN)", amount(rng, 420, 980)),
        ("Moulding, windshield upper", amount(rng, 28, 75)),
        ("Urethane kit, primer", amount(rng, 25, 45)),
        ("Installation labor, 1.5 hr", amount(rng, 110, 180)),
        ("ADAS forward camera static recalibration", amount(rng, 190, 360)),
    ]
    tax = q2(sum(v for _, v in items) * Decimal("0.102"))
    total = sum(v for _, v in items) + tax
    lines = "".join(f"<tr><td>{esc(t)}</td><td class=r>${money(v)}</td></tr>" for t, v in items)
    vin = f"4S4BT{digits(rng, 2)}C{digits(rng, 2)}M{digits(rng, 6)}"
    holder = kvs(f"""Named insured | {name} // Policy number | {policy} //
 Mailing address | 2207 N Proctor St, Tacoma WA 98406 // Phone | (253) 555-0{digits(rng, 3)}""")
    car = kvs(f"""Year / make / model | 2021 Subaru Outback Limited // VIN | {vin} //
 Plate | WA CJK{digits(rng, 4)} // Driver at time of loss | Marcus Whitfield (household)""")
    loss = kvs(f"""Carrier claim number | {claim} // Date of loss | {fdate(d, us)} //
 Date reported | {fdate(call, us)} // Cause of loss | Rock / road debris strike on I-5, crack spreading from
 driver side // Glass damaged | Windshield (front) &ndash; replace, not repairable //
 Coverage | Comprehensive, deductible $100.00""")
    assigned = kvs(f"""Shop | {esc(shop)} // Location | 3318 S 38th St, Tacoma WA 98409 //
 Appointment | {fdate(appt, us)}, 8:00 AM, in-shop // Shop invoice # | INV-{digits(rng, 6)}""")
    body = f"""<div class=hd><span>Referral # {ref}<br>Printed {fdate(call, us)} 4:17 PM CT</span>
<b>ClearPath Glass Network</b><br>Auto Glass Claim Confirmation &ndash; First Notice of Loss by telephone
</div><p>Thank you for reporting your glass loss to Harborline Mutual Insurance Company. This confirmation
summarizes what you told our representative (Kyle B., ext. 4410). Call
1-800-555-0187 if anything is incorrect.</p>
<div class=two><div><h3>Policyholder</h3>{holder}</div><div><h3>Vehicle</h3>{car}</div></div>
<h3>Loss information</h3>{loss}<h3>Glass shop assigned</h3>{assigned}
<h3>Quote submitted by the shop through the network</h3><table class=q>{lines}
<tr><td>Sales tax 10.2%</td><td class=r>${money(tax)}</td></tr>
<tr class=b><td>Total quote</td><td class=r>${money(total)}</td></tr>
<tr><td>Less deductible payable by insured to shop</td><td class=r>($100.00)</td></tr>
<tr><td>Amount to be billed to Harborline Mutual</td><td class=r>${money(total - 100)}</td></tr></table>
<div class=fine>ClearPath Glass Network, Inc. administers glass claims on behalf of Harborline Mutual
Insurance Company, NAIC #{digits(rng, 5)}. ClearPath does not decide coverage. You may choose any glass
shop; the amount payable is limited to the prevailing competitive price.
Harborline Mutual, 900 Pacific Ave, Tacoma WA.</div>"""
    return make_claim(
        "glass_us", "en", page(GLASS_CSS, body, "en"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, us)),
        amount_claimed=(total, money(total)), provider=(shop, shop),
    )  # fmt: skip


QC_CSS = """
@page { size: letter; margin: 16mm 18mm; @bottom-center { content: "Page " counter(page);
 font: 7.5pt 'DejaVu Serif'; } }
body { font: 9.5pt 'DejaVu Serif'; line-height: 1.3; } h1 { font-size: 12pt;
text-align: center; margin: 10px 0; }
.lh { font: 8pt 'DejaVu Sans'; border-bottom: 1px solid #555; padding-bottom: 4px; }
.lh b { font-size: 12pt; } h4 { font-size: 9.5pt; margin: 10px 0 2px; }
table.ref { border-collapse: collapse; width: 100%; } table.ref td { border:
0.6px solid #777; padding: 2px 5px; }
table.ref td.l { width: 38%; background: #f1f1f1; font-size: 8.5pt; }
table.ev { width: 100%; border-collapse: collapse; } table.ev td { padding:
2px 4px; border-bottom: 0.5px dotted #888; }
.r { text-align: right; white-space: nowrap; } .b td { font-weight: bold; }
"""


def degat_eau_qc(rng: random.Random) -> Doc:
    d = loss_date(rng)
    decl = later(rng, d, 1, 3)
    visite, iso = later(rng, decl, 2, 6), "{yyyy}-{mm}-{dd}"
    rapport = later(rng, visite, 3, 12)
    name = rng.choice(["Geneviève Thibodeau", "Mathieu Bergeron-Dufresne", "Chantal Ouimet"])
    claim, notre = f"QB{digits(rng, 8)}", f"LT-{d.year % 100}-{digits(rng, 4)}"
    police = f"HAB {digits(rng, 7)}"
    rest = rng.choice(["Restauration Après-Sinistre Chaudière inc.", "Groupe Assèchement Laurentides inc."])
    items = [
        ("Mesures d'urgence, extraction d'eau et assèchement (factures)", amount(rng, 1800, 4800)),
        ("Démolition et reconstruction : gypse, isolant, peinture du sous-sol", amount(rng, 5000, 16000)),
        ("Revêtement de sol flottant, 46 m² (fourni et posé)", amount(rng, 2000, 6000)),
        ("Biens meubles endommagés (liste de l'assuré, valeur à neuf)", amount(rng, 800, 3500)),
    ]
    total = sum(v for _, v in items)
    fr = lambda x: money(x, "fr")  # noqa: E731
    lines = "".join(f"<tr><td>{esc(t)}</td><td class=r>{fr(v)} $</td></tr>" for t, v in items)
    refs = [
        ("Votre no de sinistre", claim),
        ("Notre dossier", notre),
        ("Assurée / assuré", name),
        ("Lieu du sinistre", "4870, rue des Érables, Lévis (Québec) G6V 3K9"),
        ("No de police", police),
        ("Date du sinistre", fdate(d, iso)),
        ("Date de la déclaration", fdate(decl, iso)),
        ("Date de notre visite", fdate(visite, iso)),
        ("Entrepreneur en après-sinistre", esc(rest)),
        ("Montant d'assurance &ndash; bâtiment", "485 000 $"),
    ]
    ref = "".join(f"<tr><td class=l>{a}</td><td>{b}</td></tr>" for a, b in refs)
    body = f"""<div class=lh><b>Lévesque Tremblay Experts en sinistres inc.</b><br>1255, boul. Lebourgneuf,
bureau 410, Québec (Québec) G2K 0B2 &middot; 418 555-0{digits(rng, 3)} &middot;
Cabinet inscrit à l'AMF no {digits(rng, 6)}</div>
<p>Québec, le {fdate(rapport, iso)}<br><br>Assurances Boréales du
Québec<br>Service des sinistres habitation</p>
<h1>RAPPORT PRÉLIMINAIRE D'EXPERT EN SINISTRES &ndash; DÉGÂT D'EAU</h1><table class=ref>{ref}</table>
<h4>1. Mandat</h4><p>Vous nous avez confié le mandat d'évaluer les dommages causés par l'eau au sous-sol de la
résidence unifamiliale de l'assuré et d'établir la cause du sinistre.</p>
<h4>2. Circonstances et cause</h4><p>Le boyau d'alimentation en eau froide de la laveuse s'est rompu pendant
la nuit. L'eau s'est répandue au sous-sol aménagé. Nous avons vu le boyau défectueux, qui a été conservé.
La voisine, Mme Rachel Gauvin, a confirmé l'absence de l'assuré ce soir-là. Rien n'indique un manque
d'entretien ; la garantie « dégâts d'eau » de la police s'applique.</p>
<h4>3. Évaluation des dommages</h4><table class=ev>{lines}
<tr class=b><td>Total de la réclamation</td><td class=r>{fr(total)} $</td></tr>
<tr><td>Franchise applicable</td><td class=r>1 000,00 $</td></tr>
<tr><td>Indemnité nette recommandée, sous réserve des pièces justificatives</td>
<td class=r>{fr(total - 1000)} $</td></tr></table>
<h4>4. Recommandations</h4><p>Nous recommandons d'établir la réserve au montant net ci-dessus et de verser une
avance de 2 500,00 $ pour les frais de subsistance supplémentaires.</p>
<p>Sylvain Ouellet, expert en sinistres<br>Certificat AMF no {digits(rng, 6)}</p>"""
    return make_claim(
        "degat_eau_qc", "fr", page(QC_CSS, body, "fr"), claim_number=(claim, claim),
        policy_number=(police, police), claimant_name=(name, name), date_of_loss=(d, fdate(d, iso)),
        amount_claimed=(total, fr(total)), provider=(rest, rest),
    )  # fmt: skip


BIKE_CSS = """
@page { size: A4; margin: 16mm 14mm; @top-left { content: "{TS}"; font: 7.5pt 'DejaVu Sans'; }
 @top-center { content: "Your claim summary | Kestrel Cycle Insurance"; font: 7.5pt 'DejaVu Sans'; }
 @bottom-left { content: "https://myclaim.kestrelcycle.co.uk/claims/summary?print=1";
  font: 7.5pt 'DejaVu Sans'; }
 @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt 'DejaVu Sans'; } }
body { font: 9.5pt 'DejaVu Sans'; color: #1d2533; }
.nav { background: #13294b; color: #fff; padding: 6px 10px; font-weight: bold; font-size: 12pt; }
.nav span { float: right; font-weight: normal; font-size: 8pt; padding-top: 3px; }
.ok { border-left: 5px solid #1f8a4c; background: #eaf6ee; padding: 6px 10px; margin: 10px 0; }
.card { border: 1px solid #cfd6e0; border-radius: 4px; padding: 4px 10px 6px; margin: 8px 0; }
.card h2 { font-size: 10.5pt; margin: 4px 0; color: #13294b; } .card a { float: right; font-size: 8pt; }
table.kv td { padding: 2px 14px 2px 0; } table.kv td.l { color: #59606b; width: 210px; }
"""


def bike_theft_uk(rng: random.Random) -> Doc:
    d = loss_date(rng)
    sub, uk = later(rng, d, 1, 4), "{dd}/{mm}/{yyyy}"
    name = rng.choice(["Oliver Pennington", "Harriet Achterberg", "Samir Dhaliwal"])
    claim, policy = f"KCI-{digits(rng, 7)}", f"KC/{digits(rng, 6)}/HB"
    bike, kit = amount(rng, 1100, 2900), amount(rng, 90, 260)
    total = bike + kit
    ts, long = f"{fdate(sub, uk)}, 21:{digits(rng, 2)[:1]}4", "{d} {month} {yyyy}"
    you = kvs(f"""Full name | {name} // Date of birth | {fdate(later(rng, d, -16000, -9000), uk)} //
 Postcode | BS6 {digits(rng, 1)}QT // Email | {name.split()[0].lower()}.{digits(rng, 2)}@examplemail.co.uk""")
    pol = kvs(f"""Policy number | {policy} // Cover | Home contents with bicycles away from home, up to £3,000
 per bike // Policy start date | {fdate(later(rng, d, -330, -40), uk)} // Excess | £100""")
    what = kvs(f"""Type of claim | Theft of bicycle away from the home // Date of theft | {fdate(d, long)} //
 Time (approx.) | between 18:40 and 19:25 // Where was the bike? | Locked to the stand outside Temple Meads
 station, Bristol // How was it locked? | D-lock through frame and rear wheel // Did you report it to the
 police? | Yes // Crime reference number | {digits(rng, 2)}/{digits(rng, 6)}/{d.year % 100} //
 Date reported to police | {fdate(later(rng, d, 1, 2), uk)}""")
    bk = kvs(f"""Make and model | Ridgeback-style aluminium gravel bike, 56 cm, grey // Frame number |
 WTU{digits(rng, 6)}C // Bought | new, {sub.year - 2} // Receipt or proof of ownership | uploaded (1 file)""")
    money_ = kvs(f"""Bicycle, replacement as new | £{money(bike)} // Lights, bottle cage and computer |
 £{money(kit)} // Amount you are claiming | <b>£{money(total)}</b> // How should we pay you? |
 Bank transfer to account ending {digits(rng, 4)}""")
    card = lambda h, block: f"<div class=card><h2>{h} <a>Change</a></h2>{block}</div>"  # noqa: E731
    body = f"""<div class=nav>Kestrel <span>Signed in as {esc(name.split()[0])} &middot; Log out</span></div>
<div class=ok><b>Claim submitted.</b> Your claim reference is <b>{claim}</b>. We aim to contact you within
2 working days. Keep your reference to hand when you call us on 0330 555 0{digits(rng, 3)}.</div>
{card("About you", you)}{card("Your policy", pol)}{card("What happened", what)}{card("Your bike", bk)}
{card("What you are claiming for", money_)}
<p>&#9745; I confirm that the information I have given is true and complete to the best of my knowledge.</p>
"""
    return make_claim(
        "bike_theft_uk", "en", page(BIKE_CSS.replace("{TS}", ts), body, "en"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, long)),
        amount_claimed=(total, money(total)), provider=None,
    )  # fmt: skip


CASH_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'Liberation Sans'; }
.top { display: flex; justify-content: space-between; align-items: flex-end;
border-bottom: 4px solid #6b2a7e; }
.top b { font-size: 17pt; color: #6b2a7e; } .off { border: 1px dashed #555;
padding: 3px 6px; font-size: 7.5pt; }
.sec { background: #6b2a7e; color: #fff; font-weight: bold; padding: 2px 5px; margin: 7px 0 0; }
table.t td { font-size: 8.5pt; } .note { font-size: 7.5pt; color: #333; }
"""
)


def cashplan_ie(rng: random.Random) -> Doc:
    d = loss_date(rng)
    ie = "{dd}/{mm}/{yyyy}"
    name = rng.choice(["Aoife Brennan", "Declan Fitzmaurice", "Siobhán Kavanagh"])
    patient = rng.choice(["Conor", "Róisín", "Eabha"]) + " " + name.split()[-1]
    plan, member = f"CHC{digits(rng, 7)}", f"{digits(rng, 8)}"
    hearing = rng.random() < 0.5
    prov = "Clarke & Duignan Hearing Care" if hearing else "Lynch Mulcahy Opticians Ltd"
    kinds = (
        [("Audiological assessment", 80, 160), ("Hearing aid, behind-the-ear, right", 900, 1900),
         ("Hearing aid, behind-the-ear, left", 900, 1900)]
        if hearing else
        [("Eye examination", 40, 70), ("Frames", 120, 320), ("Lenses, varifocal, pair", 260, 620)]
    )  # fmt: skip
    rows, day, total = [], d, Decimal(0)
    for i, (what, lo, hi) in enumerate(kinds):
        v = amount(rng, lo, hi)
        total += v
        rows.append(f"<tr><td>{fdate(day, ie)}</td><td>{what}</td><td class=r>€{money(v)}</td></tr>")
        day = later(rng, day, 7, 20) if i == 0 else day
    rows[2] = rows[2].replace(f"<td>{fdate(day, ie)}</td>", "<td>&nbsp;&Prime;</td>")
    prsi = Decimal("500.00") if hearing else Decimal("42.00")
    s1 = grid(f"""Policyholder name | {name} | 6 ;; Plan number | {plan} | 3 ;; Member number | {member} | 3
 // Address | 14 Father Griffin Road, Galway H91 {digits(rng, 1)}K2X | 8
;; Employer scheme | Atlantic Seafoods Group | 4""")
    s2 = grid(f"""Patient name | {patient} | 5 ;; Date of birth | {fdate(later(rng, d, -5200, -2000), ie)} | 3
 ;; Relationship to policyholder | Child | 4""")
    s3 = grid(f"""Practitioner / practice | {esc(prov)} | 7 ;;
Practice registration no. | CORU {digits(rng, 5)}
 | 5""")
    s3b = grid(f"""Have you claimed PRSI Treatment Benefit? | &#9746; Yes &#9744; No | 6 ;;
 Amount paid by DSP | €{money(prsi)} | 6""")
    iban = f"IE{digits(rng, 2)} AIBK 9310 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    s4 = grid(f"""IBAN | {iban} | 8 ;; BIC | AIBKIE2D | 4""")
    s5 = grid(f"""Signature of policyholder | &nbsp; | 8 ;; Date | {fdate(later(rng, day, 3, 20), ie)} | 4""")
    body = f"""<div class=top><div><b>Corrib Health Cash Plan</b><br>Claim form &ndash; Optical, Dental,
Hearing</div><div class=off>FOR OFFICE USE ONLY<br>Claim no. ______________<br>Date
received ________</div> </div>
<p class=note>Please complete in BLOCK CAPITALS and attach original receipts. Claims must be made within
6 months of the date of treatment. Corrib Health DAC is regulated by the Central Bank of Ireland.</p>
<div class=sec>1. Policyholder details</div>{s1}
<div class=sec>2. Patient details (if treatment was for a dependant)</div>{s2}
<div class=sec>3. Treatment details</div>{s3}<table class=t><tr><th>Date of treatment</th><th>Description</th>
<th class=r>Amount paid</th></tr>{"".join(rows)}
<tr><td></td><td><b>Total amount claimed</b></td><td class=r><b>€{money(total)}</b></td></tr></table>{s3b}
<div class=sec>4. Payment details</div>{s4}
<div class=sec>5. Declaration</div><p class=note>I declare that the information given is correct, that the
expenses were incurred by me or my registered dependant and that no other claim
has been made for them.</p> {s5}"""
    return make_claim(
        "cashplan_ie", "en", page(CASH_CSS, body, "en"), claim_number=None, policy_number=(plan, plan),
        claimant_name=(name, name), date_of_loss=(d, fdate(d, ie)), amount_claimed=(total, money(total)),
        provider=(prov, prov),
    )  # fmt: skip
