"""Set J templates: New Zealand telecom bill, South African commercial rent invoice with arrears."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

TEL_CSS = """
@page { size: A4; margin: 12mm 14mm; }
body { font: 9pt 'DejaVu Sans'; color: #222; }
.bar
{ background: #5b2a86; color: white; padding: 10px 14px; display: flex; justify-content: space-between; }
.bar .b { font: bold 24pt 'DejaVu Sans'; letter-spacing: -1px; }
.row { display: flex; gap: 14px; margin-top: 12px; } .row > div { flex: 1; }
.due { background: #f1eaf7; padding: 10px; font-size: 11pt; } .due .amt
{ font-size: 20pt; font-weight: bold; }
table.s { width: 100%; border-collapse: collapse; } table.s td
{ padding: 4px 2px; border-bottom: 1px solid #ddd; }
.r { text-align: right; white-space: nowrap; } h3 { color: #5b2a86; margin: 16px 0 4px; font-size: 11pt; }
.slip { margin-top: 20px; border-top: 1px dashed #777; padding-top: 8px; font-size: 8.5pt; }
.foot { font-size: 7.5pt; color: #666; margin-top: 10px; }
"""

PLANS = [
    ("Fibre Max broadband, unlimited data", 95, 115),
    ("Mobile Endless 40GB - 021 {p1}", 55, 70),
    ("Mobile Essential 8GB - 027 {p2}", 29, 39),
    ("Landline with home phone calls", 25, 35),
]
USAGE = [
    ("International calls to Australia, {n} min", 3, 15),
    ("Roaming day pass, {n} days", 10, 50),
    ("Premium text services", 2, 8),
    ("Calls to 0900 numbers, {n} min", 4, 12),
]


def telco_nz(rng: random.Random) -> Doc:
    brand = rng.choice(["kiwilink", "tuinet", "harbourtel"])
    legal = f"{brand.capitalize()} Communications Limited"
    issued = issue_date(rng)
    start = issued - timedelta(days=31)
    due = issued + timedelta(days=rng.randrange(18, 24))
    number = f"{rng.randrange(20, 29)}{rng.randrange(10**7, 10**8)}"
    account = f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}"
    d = "{d} {mon} {yyyy}"
    lines, charges = [], Decimal(0)
    for name, lo, hi in rng.sample(PLANS, 3):
        amt = Decimal(rng.randrange(lo, hi)) - Decimal(rng.choice(["0.01", "0.00", "0.50"]))
        charges += amt
        text = name.format(p1=rng.randrange(100, 999), p2=rng.randrange(100, 999))
        lines.append((f"{text} ({fdate(start, d)} - {fdate(issued - timedelta(days=1), d)})", amt))
    for name, lo, hi in rng.sample(USAGE, 2):
        amt = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        charges += amt
        lines.append((name.format(n=rng.randrange(3, 12)), amt))
    bundle = Decimal(rng.choice([10, 15, 20]))
    charges -= bundle
    lines.append(("Bundle discount", -bundle))
    gst = q2(charges * 3 / 23)
    previous = Decimal(rng.randrange(9000, 25000)) / 100
    paid = previous - Decimal(rng.randrange(1000, 6000)) / 100
    carried = previous - paid
    due_amt = carried + charges
    rows = "".join(
        f"<tr><td>{esc(t)}</td><td class=r>{'-' if a < 0 else ''}${money(abs(a))}</td></tr>" for t, a in lines
    )
    body = f"""
<div class=bar><div class=b>{brand}</div><div>Tax invoice<br>Invoice number {number}</div></div>
<div class=row><div>{rng.choice(["Hemi Walker", "Sophie Tan", "Liam O'Connor"])}<br>
{rng.randrange(1, 200)} {rng.choice(["Karangahape Road", "Cuba Street", "Riccarton Road"])}<br>
{rng.choice(["Auckland 1010", "Wellington 6011", "Christchurch 8041"])}<br><br>
Account number {account}<br>Bill date {fdate(issued, d)}<br>
Billing period {fdate(start, d)} to {fdate(issued - timedelta(days=1), d)}</div>
<div class=due>Total amount due<div class=amt>${money(due_amt)}</div>
Due date {fdate(due, d)}<br><span style="font-size:8pt">All amounts in NZD and include
GST</span></div></div>
<h3>Your account summary</h3>
<table class=s><tr><td>Previous bill</td><td class=r>${money(previous)}</td></tr>
<tr><td>Payment received - thank you</td><td class=r>-${money(paid)}</td></tr>
<tr><td>Balance carried forward (overdue)</td><td class=r>${money(carried)}</td></tr>
<tr><td><b>This month's charges</b></td><td class=r><b>${money(charges)}</b></td></tr></table>
<h3>This month's charges</h3><table class=s>{rows}
<tr><td>GST included in this month's charges</td><td class=r>${money(gst)}</td></tr></table>
<p>Your overdue balance is included in the total amount due. Late payment fees may apply.</p>
<div class=slip><b>Payment slip</b> &middot; Account {account} &middot; Pay online, by direct debit or
internet banking to 12-3011-{rng.randrange(1000000, 9999999)}-00 using your account number as
reference.</div>
<div class=foot>{legal} &middot; GST No. {rng.randrange(10**7, 10**8)} &middot; Private Bag
{rng.randrange(90000, 99999)},
Auckland &middot; Help: 0800 {rng.randrange(100, 999)} {rng.randrange(100, 999)}</div>"""
    return make(
        "telco_nz",
        "en",
        page(TEL_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(charges, money(charges)),
        currency=("NZD", "NZD"),
        vendor_name=(legal, legal),
        subtotal=None,
        tax=(gst, money(gst)),
    )


RENT_CSS = """
@page { size: A4; margin: 16mm 16mm; }
body { font: 9pt 'Liberation Serif'; }
.top { display: flex; justify-content: space-between; }
.sender { text-align: right; font-size: 8.5pt; } .sender b { font-size: 12pt; }
h2 { font: bold 13pt 'Liberation Sans'; margin: 14px 0 6px; }
table.g { border-collapse: collapse; } table.g td { padding: 1px 10px 1px 0; }
table.c { width: 100%; border-collapse: collapse; margin-top: 10px; font-family: 'Liberation Sans'; }
table.c th { background: #d9d9d9; border: 1px solid #999; padding: 4px; text-align: left; }
table.c td { border-left: 1px solid #999; border-right: 1px solid #999; padding: 3px 4px; }
table.c tr:last-child td { border-bottom: 1px solid #999; } .r { text-align: right; white-space: nowrap; }
table.t { margin: 8px 0 0 auto; border-collapse: collapse; font-family: 'Liberation Sans'; }
table.t td { padding: 3px 8px; } table.t tr.k td { border-top: 1px solid #000; font-weight: bold; }
.stmt { margin-top: 14px; border: 1px solid #999; padding: 6px; width: 55%; }
"""


def rent_za(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Highveld Property Management (Pty) Ltd",
            "Umhlanga Commercial Properties (Pty) Ltd",
            "Cape Retail Estates (Pty) Ltd",
        ]
    )
    issued = issue_date(rng).replace(day=1)
    while issued.weekday() > 4:
        issued += timedelta(days=1)
    due = issued + timedelta(days=6)
    number = f"INV{rng.randrange(100000, 999999)}"
    d = "{yyyy}/{mm}/{dd}"
    month = fdate(issued, "{month} {yyyy}")
    area = rng.randrange(80, 400)
    rate = Decimal(rng.randrange(140, 260))
    prev_r = rng.randrange(20000, 60000)
    cur_r = prev_r + rng.randrange(1500, 6000)
    kwh = cur_r - prev_r
    tariff = Decimal(rng.randrange(250, 340)) / 100
    items = [
        (f"Basic rental - {month} ({area} m² @ R{money(rate, 'fr')})", area * rate),
        ("Operating costs recovery", q2(area * Decimal(rng.randrange(1800, 3500)) / 100)),
        ("Rates and taxes recovery", q2(area * Decimal(rng.randrange(900, 2200)) / 100)),
        (f"Electricity: reading {prev_r} to {cur_r} = {kwh} kWh @ R{money(tariff, 'fr')}", q2(kwh * tariff)),
        ("Refuse removal", Decimal(rng.randrange(300, 900))),
        ("Marketing levy", q2(area * Decimal(rng.randrange(200, 600)) / 100)),
    ]
    net = sum((a for _, a in items), Decimal(0))
    vat = q2(net * Decimal("0.15"))
    total = net + vat
    arrears = Decimal(rng.randrange(300000, 900000)) / 100
    paid = arrears - Decimal(rng.randrange(50000, 200000)) / 100
    due_amt = arrears - paid + total
    z = "fr"
    tenant = rng.choice(["Bean There Coffee CC", "Mzansi Mobile Repairs", "Fresh Fynbos Florist"])
    rows = "".join(f"<tr><td>{t}</td><td class=r>{money(a, z)}</td></tr>" for t, a in items)
    body = f"""
<div class=top><div style="font-size:8pt;color:#555">Amounts in ZAR</div><div
class=sender><b>{esc(vendor)}</b><br>
Reg. No. 20{rng.randrange(0, 19):02d}/{rng.randrange(100000, 999999)}/07 &middot; VAT No.
4{rng.randrange(10**8, 10**9)}<br>
{rng.randrange(2, 90)} Rivonia Road, Sandton, 2196 &middot; Tel 011 {rng.randrange(100, 999)}
{rng.randrange(1000, 9999)}
</div></div>
<h2>TAX INVOICE</h2>
<table class=g><tr><td>Tenant:</td><td>{tenant}
</td></tr><tr><td>Premises:</td><td>Shop {rng.randrange(1, 80)},
{rng.choice(["Menlyn Corner", "Gateway Mews", "Lakeside Mall"])}
</td></tr><tr><td>Lease reference:</td><td>L-{rng.randrange(1000, 9999)} (deposit held R
{money(rate * 40, z)})</td></tr>
<tr><td>Invoice number:</td><td>{number}</td></tr><tr><td>Invoice date:</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Payment due:</td><td>{fdate(due, d)}</td></tr></table>
<table class=c><tr><th>Description</th><th class=r>Amount (R)</th></tr>{rows}</table>
<table class=t><tr><td>Total excluding VAT</td><td class=r>R {money(net, z)}</td></tr>
<tr><td>VAT @ 15%</td><td class=r>R {money(vat, z)}</td></tr>
<tr class=k><td>Total including VAT</td><td class=r>R {money(total, z)}</td></tr></table>
<div class=stmt><b>Account statement</b><table class=t style="margin:0;width:100%">
<tr><td>Balance brought forward</td><td class=r>R {money(arrears, z)}</td></tr>
<tr><td>Payment received {fdate(issued - timedelta(days=rng.randrange(20, 26)), d)}</td>
<td class=r>-R {money(paid, z)}</td></tr>
<tr><td>Arrears</td><td class=r>R {money(arrears - paid, z)}</td></tr>
<tr class=k><td>Amount due (arrears plus this invoice)</td><td class=r>R
{money(due_amt, z)}</td></tr></table></div>
<p style="font-size:8pt">Please pay into FNB Business Cheque Account {rng.randrange(10**10, 10**11)}, branch
code
250655, using reference {number[3:]}-{rng.randrange(10, 99)}. Interest at prime + 2% is charged on overdue
amounts.</p>"""
    return make(
        "rent_za",
        "en",
        page(RENT_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, z)),
        currency=("ZAR", "ZAR"),
        vendor_name=(vendor, vendor),
        subtotal=(net, money(net, z)),
        tax=(vat, money(vat, z)),
    )
