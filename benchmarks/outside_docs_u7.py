"""Set U templates: Canadian dental statement (insurer and patient share), French note d'honoraires."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

DENT_CSS = """
@page { size: Letter; margin: 14mm; } body { font: 8.8pt 'Liberation Sans'; color: #233; }
.hd { text-align: center; border-bottom: 1px solid #0c8599; padding-bottom: 6px; } .hd b { font-size: 15pt;
 color: #0c8599; } .two { display: flex; justify-content: space-between; margin: 10px 0; }
table.p { width: 100%; border-collapse: collapse; } table.p th { border-bottom: 1px solid #0c8599;
text-align: left;
 font-size: 7.8pt; padding: 3px; } table.p td { padding: 3px; border-bottom: 1px solid #eee; }
.r { text-align: right !important; white-space: nowrap; } table.s { margin: 8px 0 0 auto; } table.s td
{ padding: 2px 8px; } .k td { font-weight: bold; border-top: 1px solid #333; }
"""

PROCS = [
    ("01202", "Periodic oral examination", 4800, 6500),
    ("11101", "Scaling, 1 unit", 5800, 7200),
    ("11102", "Scaling, 2 units", 11600, 14400),
    ("02144", "Radiographs, bitewings (4)", 4500, 6200),
    ("23312", "Composite restoration, posterior, 2 surfaces", 19500, 26000),
    ("13211", "Topical fluoride", 1800, 2600),
    ("33111", "Root canal, 1 canal", 62000, 85000),
]


def dental_ca(rng: random.Random) -> Doc:
    practice = rng.choice(["Lakeview Family Dentistry", "Granville Dental Centre", "Riverside Smiles"])
    legal = rng.choice(
        [
            "Dr. Anita Sharma Dentistry Professional Corporation",
            "Dr. Marc Tremblay Dental Corp.",
            "Dr. Kevin Liu Dentistry Professional Corporation",
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{rng.randrange(10**5, 10**6)}"
    d = "{mm}/{dd}/{yyyy}"
    visit = issued - timedelta(days=rng.randrange(1, 4))
    rows, total = [], Decimal(0)
    for code, name, lo, hi in rng.sample(PROCS, 4):
        fee = Decimal(rng.randrange(lo, hi)) / 100
        total += fee
        rows.append(
            f"<tr><td>{fdate(visit, d)}</td><td>{code}</td><td>{rng.choice([16, 26, 36, 46, '-'])}</td>"
            f"<td>{name}</td><td class=r>{money(fee)}</td></tr>"
        )
    ins = q2(total * Decimal(rng.choice(["0.80", "0.70", "0.60"])))
    pat = total - ins
    paid = q2(pat * Decimal("0.5"))
    body = f"""
<div class=hd><b>{practice}</b><br>{rng.randrange(100, 2999)} {
        rng.choice(["Lakeshore Rd W", "Granville St", "Riverside Dr"])
    }, {rng.choice(["Oakville ON L6L 1A1", "Vancouver BC V6H 3G9", "Ottawa ON K1S 3H6"])} ·
Tel ({rng.randrange(200, 999)}) {rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}</div>
<div class=two><div><b>Patient statement / Invoice</b><br>Patient: {
        rng.choice(["Emily Chen", "Daniel Roy", "Fatima Hassan"])
    } (chart {rng.randrange(1000, 9999)})<br>Subscriber ID {rng.randrange(10**8, 10**9)} ·
{rng.choice(["Sun Life", "Manulife", "Canada Life"])} plan {rng.randrange(10000, 99999)}</div>
<div>Invoice # {number}<br>Statement date: {fdate(issued, d)}<br>Patient balance due by {
        fdate(due, d)
    }</div></div>
<table class=p><tr><th>Date</th><th>Code</th><th>Tooth</th><th>Procedure</th><th class=r>Fee $</th></tr>{
        "".join(rows)
    }
</table><table class=s><tr class=k><td>Total fees (CAD)</td><td class=r>{money(total)}</td></tr>
<tr><td>Estimated insurance portion (assigned, claim sent via CDAnet)</td><td class=r>{money(ins)}</td></tr>
<tr><td>Patient portion</td><td class=r>{money(pat)}</td></tr>
<tr><td>Paid today (Interac)</td><td class=r>-{money(paid)}</td></tr>
<tr class=k><td>Patient balance owing</td><td class=r>{money(pat - paid)}</td></tr></table>
<p style="font-size:7.5pt;color:#555">Dental services are exempt from GST/HST. Fees per the provincial dental
association fee guide. Insurance estimates are not a guarantee of payment; any portion not paid by your plan
is
your responsibility.</p><p style="font-size:7.5pt">{esc(legal)} operating as {practice}</p>"""
    return make(
        "dental_ca",
        "en",
        page(DENT_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("CAD", "CAD"),
        vendor_name=(legal, legal),
        subtotal=None,
        tax=None,
    )


LAW_CSS = """
@page { size: A4; margin: 18mm 16mm; } body { font: 9pt 'Liberation Serif'; }
.hd { display: flex; justify-content: space-between; } .hd b { font-size: 14pt; letter-spacing: 1px; }
h1 { font-size: 13pt; text-align: center; margin: 16px 0 8px; } table.t { width: 100%; border-collapse:
collapse; }
table.t th { border-bottom: 1px solid #000; text-align: left; padding: 3px; } table.t td { padding: 3px;
 vertical-align: top; border-bottom: 1px solid #ddd; } .r { text-align: right !important; white-space:
nowrap; }
table.s { margin: 10px 0 0 auto; } table.s td { padding: 2px 8px; } .k td { font-weight: bold; }
.lg { font-size: 7pt; margin-top: 14px; color: #444; }
"""

TASKS = [
    "Analyse du bail commercial et des avenants",
    "Conférence téléphonique avec le client",
    "Rédaction de la mise en demeure",
    "Recherches jurisprudentielles (clause résolutoire)",
    "Préparation des conclusions en réponse",
    "Audience devant le tribunal judiciaire",
    "Correspondance avec le confrère adverse",
    "Revue du protocole transactionnel",
]
LAWYERS = [("JD", "Associée", 380), ("PM", "Collaborateur", 240), ("LB", "Juriste", 140)]


def law_fr(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Dufresne & Associés AARPI", "Cabinet Marchal Avocats SELARL", "Vidal Rousseau Avocats SELAS"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([15, 30]))
    number = f"NH-{issued.year}-{rng.randrange(100, 999)}"
    d = "{d} {month} {yyyy}"
    dn = "{dd}/{mm}"
    rows, fees = [], Decimal(0)
    day = issued - timedelta(days=40)
    for task in rng.sample(TASKS, 6):
        who, _, rate = rng.choice(LAWYERS)
        h = Decimal(rng.randrange(2, 16)) / 4
        amt = q2(h * rate)
        fees += amt
        day += timedelta(days=rng.randrange(1, 6))
        rows.append(
            f"<tr><td>{fdate(day, dn)}</td><td>{who}</td><td>{task}</td><td class=r>{money(h, 'fr')} h</td>"
            f"<td class=r>{rate}</td><td class=r>{money(amt, 'fr')}</td></tr>"
        )
    frais = Decimal(rng.randrange(3000, 12000)) / 100
    debours = Decimal(rng.randrange(2000, 9000)) / 100
    net = fees + frais
    tva = q2(net * Decimal("0.20"))
    total = net + tva + debours
    prov = Decimal(rng.choice([1000, 1500, 2000]))
    z = "fr"
    body = f"""
<div class=hd><div><b>{esc(legal)}</b><br>Avocats au Barreau de
{rng.choice(["Paris", "Lyon", "Bordeaux"])}<br>
{rng.randrange(2, 90)} {
        rng.choice(["boulevard Haussmann", "quai Saint-Antoine", "cours de l'Intendance"])
    }</div>
<div style="text-align:right">{rng.choice(["Paris", "Lyon", "Bordeaux"])}, le {fdate(issued, d, "fr")}<br><br>
{rng.choice(["SARL Boulangerie du Port", "SAS Atelier Céramique Lumen", "M. Olivier Garnier"])}<br>Dossier
{rng.randrange(10**4, 10**5)} - Bail commercial</div></div>
<h1>NOTE D'HONORAIRES N° {number}</h1>
<table class=t><tr><th>Date</th><th>Interv.</th><th>Diligences</th><th class=r>Temps</th><th class=r>Taux
€/h</th>
<th class=r>Montant €</th></tr>{"".join(rows)}</table>
<table class=s><tr><td>Honoraires</td><td class=r>{money(fees, z)} €</td></tr>
<tr><td>Frais de dossier et de secrétariat</td><td class=r>{money(frais, z)} €</td></tr>
<tr><td>Total HT</td><td class=r>{money(net, z)} €</td></tr><tr><td>TVA 20 %</td><td class=r>{money(tva, z)}
€</td>
</tr><tr><td>Débours (droits de plaidoirie, frais de greffe, non soumis à TVA)</td><td
class=r>{money(debours, z)} €
</td></tr><tr class=k><td>Total TTC</td><td class=r>{money(total, z)} €</td></tr>
<tr><td>Provision reçue le {fdate(issued - timedelta(days=60), d, "fr")}</td><td class=r>-{money(prov, z)}
€</td></tr>
<tr class=k><td>Reste dû</td><td class=r>{money(total - prov, z)} €</td></tr></table>
<p>Payable à réception, au plus tard le {fdate(due, d, "fr")}, par virement sur le compte CARPA. Montants en
euros (EUR).</p>
<p class=lg>TVA intracommunautaire FR{rng.randrange(10, 99)}{rng.randrange(10**8, 10**9)} · Toque
{rng.choice("ABCDEFGHK")}{rng.randrange(100, 999)} · Indemnité forfaitaire pour frais de recouvrement : 40
€</p>"""
    return make(
        "law_fr",
        "fr",
        page(LAW_CSS, body, "fr"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d, "fr")),
        due_date=(due, fdate(due, d, "fr")),
        total=(total, money(total, z)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, z)),
        tax=(tva, money(tva, z)),
    )
