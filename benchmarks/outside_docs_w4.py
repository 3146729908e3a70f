"""Set W templates: Square/PayPal-style small-business invoice (tip, deposit), Odoo-style Belgian factuur."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

SQ_CSS = """
@page { size: Letter; margin: 20mm 24mm; } body { font: 9.5pt 'DejaVu Sans'; color: #222; }
.c { text-align: center; } .logo { width: 54px; height: 54px; border-radius: 27px; background: #222; color:
#fff;
 font: bold 18pt 'DejaVu Sans'; line-height: 54px; margin: 0 auto 6px; } .g { color: #777; font-size: 8.5pt; }
.amt { font-size: 24pt; margin: 8px 0 2px; } table.m { width: 100%; margin: 16px 0; } table.m td { padding:
2px 0; }
table.it { width: 100%; border-collapse: collapse; } table.it td { padding: 7px 0; border-bottom: 1px solid
#eee; }
.r { text-align: right !important; white-space: nowrap; } .b td { font-weight: bold; border-top: 1.5px solid
#222; }
"""

SQ_ITEMS = [
    ("Wedding cake, 3 tier (serves 120)", 420, 780),
    ("Dessert table - macarons (per dozen)", 28, 38),
    ("Cupcakes, assorted (per dozen)", 30, 42),
    ("Delivery and setup", 60, 120),
    ("Cake stand rental", 25, 45),
    ("Custom sugar flowers", 80, 160),
]


def square_us(rng: random.Random) -> Doc:
    legal = rng.choice(["Sugar & Spoon Bakery LLC", "Crumb Theory Cakes LLC", "Little Whisk Patisserie Inc."])
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([10, 14, 21]))
    number = f"{rng.randrange(1, 400):06d}"
    d = "{mon} {d}, {yyyy}"
    rows, net = [], Decimal(0)
    for name, lo, hi in rng.sample(SQ_ITEMS, 4):
        qty = rng.randrange(1, 5)
        price = Decimal(rng.randrange(lo, hi))
        amt = qty * price
        net += amt
        rows.append(
            f"<tr><td>{name}<br><span class=g>{qty} × ${money(price)}</span></td>"
            f"<td class=r>${money(amt)}</td></tr>"
        )
    rate = rng.choice(["8.25", "7.75", "9.5", "6.35"])
    tax = q2(net * Decimal(rate) / 100)
    tip = q2((net + tax) * Decimal(rng.choice([10, 15, 18])) / 100)
    total = net + tax + tip
    deposit = q2(total * Decimal(rng.choice([25, 30, 50])) / 100)
    dep_date = issued - timedelta(days=rng.randrange(20, 60))
    cust = rng.choice(["Hannah & Leo Brooks", "Priya Raman", "Marcus Delgado"])
    body = f"""
<div class=c><div class=logo>{legal[0]}</div><b style="font-size:12pt">{esc(legal)}</b><br>
<span class=g>{rng.randrange(10, 999)} {rng.choice(["Oak Ave", "Mission St", "Canal St"])}, {
        rng.choice(["Sacramento, CA 95814", "Portland, OR 97205", "Hartford, CT 06103"])
    }</span>
<div class=amt>${money(total - deposit)}</div><span class=g>Due {fdate(due, d)}</span></div>
<table class=m><tr><td class=g>Invoice</td><td class=r>#{number}</td></tr>
<tr><td class=g>Invoice date</td><td class=r>{fdate(issued, d)}</td></tr>
<tr><td class=g>Customer</td><td class=r>{cust}</td></tr><tr><td class=g>Event</td><td class=r>{
        fdate(issued + timedelta(days=rng.randrange(3, 9)), d)
    }</td></tr></table>
<table class=it>{"".join(rows)}
<tr><td>Subtotal</td><td class=r>${money(net)}</td></tr>
<tr><td>Sales tax ({rate}%)</td><td class=r>${money(tax)}</td></tr>
<tr><td>Tip</td><td class=r>${money(tip)}</td></tr>
<tr class=b><td>Total</td><td class=r>${money(total)}</td></tr>
<tr><td>Deposit paid {fdate(dep_date, d)}</td><td class=r>-${money(deposit)}</td></tr>
<tr class=b><td>Amount due (USD)</td><td class=r>${money(total - deposit)}</td></tr></table>
<p class=g>Pay online with card, Apple Pay or ACH at the link in your email. Questions? Contact us at
orders@{legal.split()[0].lower()}bakes.com</p>"""
    return make(
        "square_us",
        "en",
        page(SQ_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("USD", "USD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(tax, money(tax)),
    )


ODOO_CSS = """
@page { size: A4; margin: 14mm 16mm 22mm; @bottom-center { content: "Pagina " counter(page) " / "
counter(pages);
 font-size: 7pt; color: #666; } } body { font: 9pt 'Liberation Sans'; color: #222; }
.hd { display: flex; justify-content: space-between; border-bottom: 1px solid #875a7b; padding-bottom: 6px; }
.addr { margin: 18px 0 0 55%; } h2 { font-size: 17pt; font-weight: normal; margin: 20px 0 8px; }
.info { display: flex; gap: 40px; margin-bottom: 12px; } .info b { display: block; }
table.it { width: 100%; border-collapse: collapse; } table.it th { border-bottom: 2px solid #222; text-align:
left;
 padding: 4px; } table.it td { padding: 4px; border-bottom: 1px solid #ddd; } .r { text-align: right
!important;
 white-space: nowrap; } table.t { width: 42%; margin: 8px 0 0 auto; border-collapse: collapse; }
table.t td { padding: 3px 4px; } .tt td { border-top: 1px solid #222; font-weight: bold; }
"""

ODOO_ITEMS = [
    ("[CONS-SR] Consultance senior", "Uren", 85, 120),
    ("[IMPL] Implementatie module Boekhouding", "Eenheden", 900, 2400),
    ("[TRAIN] Opleiding gebruikers (halve dag)", "Eenheden", 350, 600),
    ("[SUPP-Y] Supportcontract jaarlijks", "Eenheden", 480, 1200),
    ("[DEV] Maatwerkontwikkeling", "Uren", 75, 110),
]


def ogm(rng: random.Random) -> str:
    """A Belgian structured communication +++ddd/dddd/ddddd+++ with its mod-97 check digits."""
    base = rng.randrange(10**9, 10**10)
    check = base % 97 or 97
    s = f"{base:010d}{check:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def odoo_be(rng: random.Random) -> Doc:
    legal = rng.choice(["Scheldeweb BV", "Dijlevallei Solutions BV", "Kempen ERP Partners NV"])
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"INV/{issued.year}/{rng.randrange(1, 2000):05d}"
    d = "{dd}/{mm}/{yyyy}"
    rows, net = [], Decimal(0)
    for name, unit, lo, hi in rng.sample(ODOO_ITEMS, 4):
        qty = Decimal(rng.randrange(2, 30)) if unit == "Uren" else Decimal(1)
        price = Decimal(rng.randrange(lo, hi))
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{name}</td><td class=r>{money(qty, 'de')} {unit}</td>"
            f"<td class=r>{money(price, 'de')}</td>"
            f"<td>21%</td><td class=r>{money(amt, 'de')} €</td></tr>"
        )
    vat = q2(net * Decimal("0.21"))
    total = net + vat
    comm = ogm(rng)
    vatno = f"BE 0{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"
    body = f"""
<div class=hd><div style="font:bold 15pt 'DejaVu Sans';color:#875a7b">{legal.split()[0]}</div>
<div style="text-align:right;font-size:8pt">{esc(legal)}<br>{
        rng.choice(["Kortrijksesteenweg", "Mechelsesteenweg", "Leuvensebaan"])
    } {rng.randrange(1, 400)}<br>{rng.choice(["9000 Gent", "2000 Antwerpen", "3000 Leuven"])}<br>
België<br>{vatno}</div></div>
<div class=addr>{rng.choice(["Brouwerij De Klok BV", "Bakkerij Peeters", "Transport Janssens NV"])}<br>{
        rng.choice(["Industrielaan", "Stationsstraat", "Kerkstraat"])
    } {rng.randrange(1, 200)}<br>{
        rng.choice(["8500 Kortrijk", "2800 Mechelen", "3500 Hasselt"])
    }<br>België<br>
BTW: BE 0{rng.randrange(400, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}</div>
<h2>Factuur {number}</h2>
<div class=info><div><b>Factuurdatum:</b>{fdate(issued, d)}</div><div><b>Vervaldatum:</b>{fdate(due, d)}</div>
<div><b>Bron:</b>S{rng.randrange(10000, 99999)}</div><div><b>Klantreferentie:</b>{
        rng.choice(["Offerte Q", "PO-"])
    }{rng.randrange(100, 9999)}</div></div>
<table class=it><tr><th>Omschrijving</th><th class=r>Hoeveelheid</th><th class=r>Prijs per eenheid</th>
<th>Btw</th><th class=r>Bedrag</th></tr>{"".join(rows)}</table>
<table class=t><tr><td><b>Maatstaf van heffing</b></td><td class=r>{money(net, "de")} €</td></tr>
<tr><td>Btw 21%</td><td class=r>{money(vat, "de")} €</td></tr>
<tr class=tt><td>Totaal</td><td class=r>{money(total, "de")} €</td></tr></table>
<p>Gelieve bij uw betaling de volgende mededeling te gebruiken: <b>{comm}</b><br>
Op rekening: BE{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {
        rng.randrange(1000, 9999)
    } (BIC {rng.choice(["GEBABEBB", "KREDBEBB", "BBRUBEBB"])})</p>
<p style="font-size:8pt">Betalingsvoorwaarden: 30 dagen. Algemene voorwaarden op onze website.</p>"""
    return make(
        "odoo_be",
        "nl",
        page(ODOO_CSS, body, "nl"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(vat, money(vat, "de")),
    )
