"""Set U templates: Australian electricity bill (meter reads, previous balance), French facture d'eau."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

AU_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'DejaVu Sans'; color: #222; }
.hd { display: flex; justify-content: space-between; align-items: flex-start; }
.brand { font: bold 22pt 'Liberation Sans'; color: #e8590c; } .pay { background: #fff4e6; padding: 10px;
 width: 42%; } .pay .a { font-size: 18pt; font-weight: bold; } h3 { border-bottom: 2px solid #e8590c;
 margin: 14px 0 4px; font-size: 10pt; } table.w { width: 100%; border-collapse: collapse; }
table.w td, table.w th { padding: 3px; border-bottom: 1px solid #eee; text-align: left; }
.r { text-align: right !important; white-space: nowrap; } .t td { font-weight: bold; border-top: 1px solid
#000; }
.ft { font-size: 7pt; color: #666; margin-top: 14px; }
"""


def utility_au(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("sunvolt", "Sunvolt Energy Retail Pty Ltd"),
            ("gumleaf", "Gumleaf Power Pty Ltd"),
            ("bluewren", "Bluewren Energy Australia Pty Ltd"),
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.randrange(18, 22))
    end = issued - timedelta(days=rng.randrange(3, 7))
    start = end - timedelta(days=rng.randrange(88, 92))
    days = (end - start).days + 1
    number = f"{rng.randrange(10**8, 10**9)}"
    account = f"{rng.randrange(10**9, 10**10)}"
    nmi = f"4102{rng.randrange(10**6, 10**7)}"
    d = "{d} {mon} {yyyy}"
    peak0 = rng.randrange(10000, 60000)
    peak1 = peak0 + rng.randrange(600, 1800)
    off0 = rng.randrange(10000, 60000)
    off1 = off0 + rng.randrange(300, 1200)
    p_rate, o_rate, supply = Decimal("0.3520"), Decimal("0.2145"), Decimal("1.0890")
    fit = rng.randrange(150, 900)
    lines = [
        (f"Peak usage {peak1 - peak0:,} kWh @ $0.3520", q2((peak1 - peak0) * p_rate)),
        (f"Off-peak usage {off1 - off0:,} kWh @ $0.2145", q2((off1 - off0) * o_rate)),
        (f"Daily supply charge {days} days @ $1.0890", q2(days * supply)),
        (f"Solar feed-in credit {fit} kWh @ $0.0500 (GST free)", -q2(fit * Decimal("0.05"))),
    ]
    taxable = sum((a for _, a in lines[:3]), Decimal(0))
    gst = q2(taxable / 10)
    net = sum((a for _, a in lines), Decimal(0))
    total = net + gst
    prev = Decimal(rng.randrange(25000, 60000)) / 100
    paid = prev - Decimal(rng.randrange(2000, 9000)) / 100
    owing = prev - paid + total
    rows = "".join(
        f"<tr><td>{t}</td><td class=r>{'-' if a < 0 else ''}${money(abs(a))}</td></tr>" for t, a in lines
    )
    body = f"""
<div class=hd><div><div class=brand>{brand}</div>Tax invoice · Electricity<br><br>
{rng.choice(["Mr K Nguyen", "Ms R Patel", "Mr D O'Brien"])}<br>{rng.randrange(1, 99)}
{rng.choice(["Wattle St", "Banksia Ave", "Ocean Pde"])}<br>{
        rng.choice(["FITZROY VIC 3065", "NEWTOWN NSW 2042", "WYNNUM QLD 4178"])
    }</div>
<div class=pay>Total amount due<div class=a>${money(owing)}</div>Pay by {fdate(due, d)}<br>
Account number {account}<br>Invoice number {number}<br>Issue date {fdate(issued, d)}</div></div>
<h3>Account summary</h3><table class=w><tr><td>Previous bill</td><td class=r>${money(prev)}</td></tr>
<tr><td>Payments received, thank you</td><td class=r>-${money(paid)}</td></tr>
<tr><td>Balance carried forward</td><td class=r>${money(prev - paid)}</td></tr>
<tr><td>New charges this bill (incl. GST)</td><td class=r>${money(total)}</td></tr></table>
<h3>Meter readings · NMI {nmi} · Meter {rng.randrange(10**5, 10**6)}</h3>
<table class=w><tr><th>Register</th><th>Previous read {fdate(start, d)}</th><th>Current read {
        fdate(end, d)
    }</th>
<th class=r>Usage</th></tr><tr><td>Peak</td><td>{peak0} (A)</td><td>{peak1} (A)</td><td class=r>{
        peak1 - peak0:,}
kWh</td></tr><tr><td>Off-peak</td><td>{off0} (A)</td><td>{off1} (E)</td><td class=r>{
        off1 - off0:,} kWh</td></tr></table>
<h3>Your charges · {days} days</h3><table class=w>{rows}
<tr class=t><td>Charges excl. GST</td><td class=r>${money(net)}</td></tr>
<tr><td>GST</td><td class=r>${money(gst)}</td></tr></table>
<p>A = actual read, E = estimated read. All amounts in AUD.</p>
<div class=ft>{legal} ABN {rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}
{rng.randrange(100, 999)} · Faults 13 {rng.randrange(1000, 9999)} · BPAY Biller code {
        rng.randrange(10**5, 10**6)
    },
Ref {account}</div>"""
    return make(
        "utility_au",
        "en",
        page(AU_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("AUD", "AUD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(gst, money(gst)),
    )


FR_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.5pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; } .logo { font: bold 14pt 'DejaVu Sans'; color:
#1971c2; white-space: nowrap; }
.enc { border: 2px solid #1971c2; padding: 8px; width: 40%; } .enc .a { font-size: 15pt; font-weight: bold; }
table.f { width: 100%; border-collapse: collapse; margin-top: 8px; } table.f th { background: #d0ebff;
 padding: 3px; text-align: left; font-size: 7.5pt; } table.f td { padding: 3px; border-bottom: 1px solid
#e9ecef; }
.r { text-align: right !important; white-space: nowrap; } .st td { font-weight: bold; background: #f1f3f5; }
.lg { font-size: 6.8pt; color: #555; margin-top: 14px; }
"""


def utility_fr(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Eaux du Val de Loire SAS", "Société des Eaux de Provence SA", "Aqualis Régie Nord SPL"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.randrange(15, 22))
    number = f"{rng.randrange(10**9, 10**10)}"
    ref = f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    d = "{dd}/{mm}/{yyyy}"
    i0 = rng.randrange(200, 2000)
    i1 = i0 + rng.randrange(30, 90)
    m3 = i1 - i0
    eau = [
        ("Abonnement eau potable (semestre)", None, Decimal("38.42")),
        (f"Consommation eau potable {m3} m³ × 2,1040", m3, q2(m3 * Decimal("2.1040"))),
        (f"Préservation des ressources en eau {m3} m³ × 0,0950", m3, q2(m3 * Decimal("0.0950"))),
    ]
    asst = [
        ("Abonnement assainissement collectif", None, Decimal("24.60")),
        (f"Collecte et traitement {m3} m³ × 1,8730", m3, q2(m3 * Decimal("1.8730"))),
        (f"Modernisation des réseaux {m3} m³ × 0,1850", m3, q2(m3 * Decimal("0.1850"))),
    ]
    ht55 = sum((a for *_, a in eau), Decimal(0))
    ht10 = sum((a for *_, a in asst), Decimal(0))
    t55, t10 = q2(ht55 * Decimal("0.055")), q2(ht10 * Decimal("0.10"))
    net = ht55 + ht10
    total = net + t55 + t10
    prev = Decimal(rng.randrange(3000, 9000)) / 100
    paid = Decimal(rng.randrange(2000, 6000)) / 100
    due_amt = total + prev - paid
    z = "fr"

    def rows(items: list, rate: str) -> str:
        return "".join(
            f"<tr><td>{t}</td><td>{rate}</td><td class=r>{money(a, z)} €</td></tr>" for t, _, a in items
        )

    body = f"""
<div class=hd><div><div class=logo>{esc(legal)}</div>Service clients : 09 {rng.randrange(10, 99)}
{rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}<br>Urgences 24h/24</div>
<div class=enc>Montant à payer<div class=a>{money(due_amt, z)} €</div>à régler avant le {fdate(due, d)}<br>
Prélèvement non souscrit</div></div>
<p><b>Facture n° {number}</b> du {fdate(issued, d)} · Référence client {ref} · Contrat
{rng.randrange(10**6, 10**7)}<br>{rng.choice(["M. et Mme Lefèvre", "Mme Claire Moreau", "M. Yanis Benali"])},
{rng.randrange(1, 60)} {rng.choice(["rue des Tilleuls", "allée du Moulin", "chemin des Vignes"])},
{rng.choice(["45000 Orléans", "13100 Aix-en-Provence", "59800 Lille"])}</p>
<table class=f><tr><th>Relevé du compteur n° {rng.randrange(10**7, 10**8)}</th><th>Ancien index
{fdate(issued - timedelta(days=rng.randrange(175, 185)), d)}</th><th>Nouvel index
{fdate(issued - timedelta(days=rng.randrange(4, 9)), d)}</th><th class=r>Consommation</th></tr>
<tr><td>Eau froide</td><td>{i0}</td><td>{i1}</td><td class=r>{m3} m³</td></tr></table>
<table class=f><tr><th>Détail de votre facture</th><th>TVA</th><th class=r>Montant HT</th></tr>
<tr class=st><td colspan=3>Distribution de l'eau</td></tr>{rows(eau, "5,5 %")}
<tr class=st><td colspan=3>Collecte et traitement des eaux usées</td></tr>{rows(asst, "10 %")}
<tr><td>Total HT</td><td></td><td class=r>{money(net, z)} €</td></tr>
<tr><td>TVA 5,5 %</td><td></td><td class=r>{money(t55, z)} €</td></tr>
<tr><td>TVA 10 %</td><td></td><td class=r>{money(t10, z)} €</td></tr>
<tr class=st><td>Total de la facture TTC</td><td></td><td class=r>{money(total, z)} €</td></tr>
<tr><td>Solde de la facture précédente</td><td></td><td class=r>{money(prev, z)} €</td></tr>
<tr><td>Paiement reçu, merci</td><td></td><td class=r>-{money(paid, z)} €</td></tr></table>
<p class=lg>Montants en euros (EUR). Pénalités de retard : taux d'intérêt légal. Médiation de l'eau :
www.mediation-eau.fr.
SIREN {rng.randrange(10**8, 10**9)} · TVA FR{rng.randrange(10, 99)}{rng.randrange(10**8, 10**9)}</p>"""
    return make(
        "utility_fr",
        "fr",
        page(FR_CSS, body, "fr"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, z)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, z)),
        tax=(t55 + t10, (money(t55, z), money(t10, z))),
    )
