"""Set U templates: Hungarian bilingual EUR invoice with VAT in HUF, Singapore USD invoice with GST in SGD."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

HU_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.3pt 'DejaVu Sans'; } h1 { font-size: 14pt; text-align:
center;
 margin: 0 0 8px; } .two { display: flex; gap: 10px; } .two > div { flex: 1; border: 1px solid #888;
padding: 6px; }
table.m { width: 100%; border-collapse: collapse; margin-top: 8px; } table.m th, table.m td { border: 1px
solid #888;
 padding: 2px 4px; } table.m th { background: #f1f3f5; font-size: 7.3pt; text-align: left; }
.r { text-align: right !important; white-space: nowrap; } .k td { font-weight: bold; }
"""

HU_ITEMS = [
    ("Szoftverfejlesztés / Software development", "óra/hour", 45, 75),
    ("Projektmenedzsment / Project management", "óra/hour", 50, 80),
    ("Tesztelés / QA testing", "óra/hour", 30, 50),
    ("Felhő tárhely / Cloud hosting", "hó/month", 200, 600),
]


def twocur_hu(rng: random.Random) -> Doc:
    legal = rng.choice(["Dunakód Informatikai Kft.", "Balaton Software Zrt.", "Pannon Digitál Kft."])
    issued = issue_date(rng)
    perf = issued - timedelta(days=rng.randrange(1, 5))
    due = issued + timedelta(days=rng.choice([15, 30]))
    number = f"{rng.choice(['SZLA', 'INV', 'DK'])}-{issued.year}-{rng.randrange(100, 9999):05d}"
    d = "{yyyy}.{mm}.{dd}."
    rows, net = [], Decimal(0)
    for name, unit, lo, hi in HU_ITEMS:
        qty = rng.randrange(10, 160) if unit.startswith("ó") else 1
        price = Decimal(rng.randrange(lo, hi))
        val = qty * price
        net += val
        rows.append(
            f"<tr><td>{name}</td><td>{unit}</td><td class=r>{qty}</td><td class=r>{money(price, 'fr')}</td>"
            f"<td class=r>{money(val, 'fr')}</td><td>27%</td></tr>"
        )
    vat = q2(net * Decimal("0.27"))
    total = net + vat
    fx = Decimal(rng.randrange(38500, 41000)) / 100
    vat_huf = (vat * fx).quantize(Decimal(1))
    z = "fr"
    body = f"""
<h1>SZÁMLA / INVOICE</h1>
<div class=two><div><b>Eladó / Seller</b><br>{esc(legal)}<br>{
        rng.choice(
            [
                "1117 Budapest, Infopark sétány 1.",
                "6720 Szeged, Kárász utca 9.",
                "9021 Győr, Baross Gábor út 4.",
            ]
        )
    }<br>Adószám / Tax no.: {rng.randrange(10**7, 10**8)}-2-{rng.randrange(10, 44)}<br>EU VAT:
HU{rng.randrange(10**7, 10**8)}</div><div><b>Vevő / Buyer</b><br>
{rng.choice(["Nordlicht Retail GmbH", "Vltava Trading s.r.o.", "Adriatic Media d.o.o."])}<br>
{rng.choice(["Berlin, Germany", "Praha, Czech Republic", "Zagreb, Croatia"])}<br>EU VAT: {
        rng.choice(["DE", "CZ", "HR"])
    }
{rng.randrange(10**8, 10**9)}</div><div>Számla sorszáma / Invoice no.: {number}<br>Kelt / Issue date:
{fdate(issued, d)}<br>Teljesítés / Supply date: {fdate(perf, d)}<br>Fizetési határidő / Due date: {
        fdate(due, d)
    }<br>
Fizetési mód / Payment: átutalás / transfer<br>Pénznem / Currency: EUR</div></div>
<table class=m><tr><th>Megnevezés / Description</th><th>Egység / Unit</th><th>Menny. / Qty</th>
<th>Egységár / Unit price EUR</th><th>Nettó / Net EUR</th><th>ÁFA / VAT</th></tr>{"".join(rows)}</table>
<table class=m style="width:60%;margin-left:auto"><tr><td>Nettó összesen / Net total</td>
<td class=r>{money(net, z)} EUR</td></tr><tr><td>ÁFA 27% / VAT 27%</td><td class=r>{
        money(vat, z)
    } EUR</td></tr>
<tr class=k><td>Bruttó végösszeg / Gross total</td><td class=r>{money(total, z)} EUR</td></tr>
<tr><td>ÁFA forintban / VAT in HUF (MNB árfolyam {money(fx, z)} HUF/EUR, {fdate(perf, d)})</td>
<td class=r>{money(vat_huf, z, 0)} HUF</td></tr></table>
<p>Bankszámla / Bank account: IBAN HU{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {
        rng.randrange(1000, 9999)
    }
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {
        rng.randrange(1000, 9999)
    } · SWIFT
OTPVHUHB</p>"""
    return make(
        "twocur_hu",
        "hu",
        page(HU_CSS, body, "hu"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, z)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, z)),
        tax=(vat, money(vat, z)),
    )


SG_CSS = """
@page { size: A4; margin: 14mm; } body { font: 8.8pt 'Liberation Sans'; } .hd { display: flex;
 justify-content: space-between; border-bottom: 2px solid #2b8a3e; padding-bottom: 6px; } .hd b { font-size:
14pt; }
table.p { width: 100%; border-collapse: collapse; margin-top: 10px; } table.p th { background: #2b8a3e;
color: #fff;
 padding: 4px; text-align: left; } table.p td { padding: 4px; border-bottom: 1px solid #ddd; }
.r { text-align: right !important; white-space: nowrap; } table.s { margin: 8px 0 0 auto; } table.s td
{ padding: 2px 8px; } .k td { font-weight: bold; border-top: 1px solid #000; } .sgd { background: #ebfbee;
 padding: 6px; margin-top: 10px; width: 60%; margin-left: auto; }
"""

SG_ITEMS = [
    ("Marine engine spare parts - fuel injector set", 1800, 4200),
    ("Turbocharger overhaul kit", 2500, 6800),
    ("Lube oil filter elements (case of 12)", 300, 700),
    ("Technician attendance on board, Jurong anchorage", 900, 1800),
    ("Expedited air courier", 150, 450),
]


def twocur_sg(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Straits Marine Supplies Pte. Ltd.", "Lion City Engineering Pte Ltd", "Keppel Bay Parts Pte. Ltd."]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"SI{issued:%y}-{rng.randrange(10**4, 10**5)}"
    d = "{dd} {mon} {yyyy}"
    rows, net = [], Decimal(0)
    for name, lo, hi in rng.sample(SG_ITEMS, 4):
        qty = rng.randrange(1, 4)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        net += qty * price
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty}</td><td class=r>{money(price)}</td>"
            f"<td class=r>{money(qty * price)}</td></tr>"
        )
    gst = q2(net * Decimal("0.09"))
    total = net + gst
    fx = Decimal(rng.randrange(13100, 13700)) / 10000
    body = f"""
<div class=hd><div><b>{esc(legal)}</b><br>{rng.randrange(1, 60)} {
        rng.choice(["Tuas Avenue", "Pioneer Road", "Loyang Way"])
    } #0{rng.randrange(1, 9)}-{rng.randrange(10, 40)}, Singapore {rng.randrange(600000, 640000)}<br>
UEN 20{rng.randrange(10, 23)}{rng.randrange(10**5, 10**6)}{rng.choice("KMNZ")} · GST Reg. No. M{
        rng.randrange(10**7, 10**8)
    }-{rng.randrange(1, 9)}</div><div style="text-align:right"><b>TAX INVOICE</b><br>Invoice No:
{number}<br>Date:
{fdate(issued, d)}<br>Due: {fdate(due, d)}<br>Terms: 30 days</div></div>
<p>Bill to: {
        rng.choice(["Oceanic Bulk Carriers S.A.", "Nordic Tankers AS", "Pacific Feeder Lines Ltd"])
    }<br>Vessel:
MV {rng.choice(["Aurora Star", "Bintang Laut", "Coral Spirit"])} · Your PO {rng.randrange(10**5, 10**6)} · DO
{rng.randrange(10**4, 10**5)}</p>
<table class=p><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price (USD)</th><th
class=r>Amount (USD)</th>
</tr>{"".join(rows)}</table>
<table class=s><tr><td>Sub-total</td><td class=r>US$ {money(net)}</td></tr>
<tr><td>GST 9%</td><td class=r>US$ {money(gst)}</td></tr>
<tr class=k><td>Total (USD)</td><td class=r>US$ {money(total)}</td></tr></table>
<div class=sgd>For GST purposes (exchange rate USD 1 = SGD {fx}):<br>Value excl. GST S$ {
        money(q2(net * fx))
    } · GST 9%
S$ {money(q2(gst * fx))} · Total S$ {money(q2(total * fx))}</div>
<p style="font-size:7.5pt">Please remit in USD to DBS Bank Ltd, USD account {
        rng.randrange(10**9, 10**10)
    }, SWIFT
DBSSSGSG. Goods remain our property until paid in full.</p>"""
    return make(
        "twocur_sg",
        "en",
        page(SG_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("USD", "USD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(gst, money(gst)),
    )
