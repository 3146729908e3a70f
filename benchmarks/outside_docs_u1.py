"""Set U templates: US SaaS subscription with seat proration, Canadian cloud hosting bill with HST."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

SAAS_CSS = """
@page { size: Letter; margin: 14mm 16mm; }
body { font: 9pt 'Liberation Sans'; color: #1f2933; }
.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #3b5bdb; padding-bottom: 8px; }
.logo { font: bold 20pt 'DejaVu Sans'; color: #3b5bdb; } h1 { font-size: 16pt; margin: 0; text-align: right; }
.meta td { padding: 1px 8px 1px 0; } .cols { display: flex; gap: 30px; margin: 14px 0; }
table.it { width: 100%; border-collapse: collapse; } table.it th { text-align: left; color: #52606d;
 border-bottom: 1px solid #9aa5b1; padding: 5px 3px; font-size: 8pt; text-transform: uppercase; }
table.it td { border-bottom: 1px solid #e4e7eb; padding: 5px 3px; } .r { text-align: right; white-space:
nowrap; }
table.tot { margin-left: auto; margin-top: 8px; } table.tot td { padding: 3px 6px; }
.big td { font-weight: bold; font-size: 11pt; border-top: 2px solid #1f2933; }
.note { color: #52606d; font-size: 8pt; margin-top: 18px; }
"""


def saas_us(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("Flowdesk", "Flowdesk Software, Inc."),
            ("Pipewise", "Pipewise Labs Inc."),
            ("Notably", "Notably HQ, Inc."),
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{rng.choice('ABCDEF')}{rng.randrange(1000, 9999):04X}-{rng.randrange(1, 9999):04d}"
    d = "{month} {d}, {yyyy}"
    end = issued.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    seats = rng.randrange(8, 40)
    price = Decimal(rng.choice([12, 15, 19, 24, 29]))
    added = rng.randrange(2, 6)
    mid = start + timedelta(days=rng.randrange(8, 20))
    days_left, days_all = (end - mid).days + 1, (end - start).days + 1
    pro = q2(added * price * days_left / days_all)
    calls = rng.randrange(120, 900) * 1000
    over = q2(Decimal(calls - 100000) / 1000 * Decimal("0.40")) if calls > 100000 else Decimal(0)
    storage = rng.randrange(60, 300)
    lines = [
        (
            f"Business plan - {seats} seats × ${money(price)} ({fdate(start, d)} – {fdate(end, d)})",
            seats,
            seats * price,
        ),
        (
            f"Seats added {fdate(mid, d)}: {added} × ${money(price)} prorated {days_left}/{days_all} days",
            added,
            pro,
        ),
        (f"API usage {calls:,} calls (100,000 included; $0.40 per 1,000 over)", 1, over),
        (f"Extra storage {storage} GB × $0.10", storage, q2(storage * Decimal("0.10"))),
    ]
    credit = q2(Decimal(rng.randrange(1000, 5000)) / 100)
    net = sum((a for *_, a in lines), Decimal(0)) - credit
    state, rate = rng.choice([("WA", "10.25"), ("NY", "8.875"), ("TX", "8.25"), ("IL", "10.25")])
    tax = q2(net * Decimal(rate) / 100)
    total = net + tax
    rows = "".join(
        f"<tr><td>{esc(t)}</td><td class=r>{q}</td><td class=r>${money(a)}</td></tr>" for t, q, a in lines
    )
    acct = f"cus_{rng.randrange(16**9, 16**10):x}"
    body = f"""
<div class=hd><div><div class=logo>{brand}</div>{legal}<br>{rng.randrange(100, 999)} Market Street, Suite
{rng.randrange(100, 900)}<br>San Francisco, CA 94105<br>billing@{brand.lower()}.io</div>
<div><h1>Invoice</h1><table class=meta><tr><td>Invoice number</td><td>{number}</td></tr>
<tr><td>Date of issue</td><td>{fdate(issued, d)}</td></tr><tr><td>Date due</td><td>{fdate(due, d)}</td></tr>
</table></div></div>
<div class=cols><div><b>Bill to</b><br>{
        rng.choice(["Cobalt Dental Group", "Rivera & Sons Roofing", "Lumen Analytics LLC"])
    }
<br>{rng.randrange(10, 9999)} {rng.choice(["Elm St", "Lakeshore Dr", "5th Ave"])}<br>
{rng.choice(["Seattle, WA 98101", "Austin, TX 78701", "Chicago, IL 60601"])}</div>
<div><b>Account</b><br>Customer ID {acct}<br>Subscription sub_{rng.randrange(16**11, 16**12):x}</div></div>
<table class=it><tr><th>Description</th><th class=r>Qty</th><th class=r>Amount</th></tr>{rows}
<tr><td>Promotional credit (annual review)</td><td class=r></td><td
class=r>-${money(credit)}</td></tr></table>
<table class=tot><tr><td>Subtotal</td><td class=r>${money(net)}</td></tr>
<tr><td>Sales tax - {state} ({rate}%)</td><td class=r>${money(tax)}</td></tr>
<tr class=big><td>Total due (USD)</td><td class=r>${money(total)}</td></tr></table>
<p class=note>Your card on file will not be charged automatically; pay online at pay.{brand.lower()}.io.
Prorated charges cover the remaining days of the current billing period. Questions? Reply to this
email.</p>"""
    return make(
        "saas_us",
        "en",
        page(SAAS_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("USD", "USD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(tax, money(tax)),
    )


CLOUD_CSS = """
@page { size: Letter; margin: 12mm 14mm; @bottom-center { content: "Page " counter(page); font-size: 7pt; } }
body { font: 8.5pt 'DejaVu Sans'; } .band { background: #0b3d2e; color: #fff; padding: 12px; }
.band b { font-size: 15pt; } table.k { margin: 10px 0; } table.k td { padding: 2px 14px 2px 0; }
table.u { width: 100%; border-collapse: collapse; font-size: 8pt; }
table.u th { background: #e6f2ee; text-align: left; padding: 4px; } table.u td { padding: 3px 4px;
 border-bottom: 1px dotted #bbb; } .r { text-align: right; white-space: nowrap; } .sec td { font-weight: bold;
 background: #f6f6f6; } table.s { margin: 10px 0 0 auto; width: 45%; } table.s td { padding: 3px; }
.g td { border-top: 1.5px solid #000; font-weight: bold; }
"""

SERVICES = [
    ("Compute", [("vCPU-hours, general purpose", "0.0312"), ("vCPU-hours, memory optimized", "0.0455")]),
    ("Storage", [("Block storage GB-month", "0.0950"), ("Object storage GB-month", "0.0210")]),
    ("Network", [("Egress to internet, GB", "0.0800"), ("Load balancer hours", "0.0250")]),
    ("Database", [("Managed PostgreSQL instance-hours", "0.1840"), ("Backup storage GB-month", "0.0200")]),
]


def cloud_ca(rng: random.Random) -> Doc:
    legal = rng.choice(["Maplestack Cloud Inc.", "Northhost Data Services Ltd.", "Borealis Compute Corp."])
    issued = issue_date(rng).replace(day=2)
    while issued.weekday() > 4:
        issued += timedelta(days=1)
    end = issued.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    due = issued + timedelta(days=rng.choice([15, 21]))
    number = f"MC{issued:%y%m}{rng.randrange(10**6, 10**7)}"
    d = "{yyyy}-{mm}-{dd}"
    rows, net = [], Decimal(0)
    for sec, items in SERVICES:
        rows.append(f"<tr class=sec><td colspan=4>{sec}</td></tr>")
        for name, unit in items:
            qty = rng.randrange(200, 9000)
            amt = q2(qty * Decimal(unit))
            net += amt
            rows.append(
                f"<tr><td>{name}</td><td class=r>{qty:,}</td><td class=r>{unit}</td>"
                f"<td class=r>{money(amt)}</td></tr>"
            )
    plan_from = start + timedelta(days=rng.randrange(5, 20))
    days = (end - plan_from).days + 1
    support = q2(Decimal(149) * days / ((end - start).days + 1))
    net += support
    rows.append(
        f"<tr class=sec><td colspan=4>Support</td></tr><tr><td>Business support, upgraded "
        f"{fdate(plan_from, d)} (prorated {days} days of $149.00/month)</td><td class=r>1</td>"
        f"<td class=r></td><td class=r>{money(support)}</td></tr>"
    )
    hst = q2(net * Decimal("0.13"))
    total = net + hst
    body = f"""
<div class=band><b>{esc(legal)}</b><br>{rng.randrange(100, 999)} King Street West, Toronto ON M5V 1J5 ·
GST/HST Registration No. {rng.randrange(10**8, 10**9)} RT0001</div>
<table class=k><tr><td>Invoice No.</td><td>{number}</td><td>Billing account</td>
<td>{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}</td></tr>
<tr><td>Invoice date</td><td>{fdate(issued, d)}</td><td>Usage period</td><td>{fdate(start, d)} to
{fdate(end, d)}</td></tr><tr><td>Payment due</td><td>{
        fdate(due, d)
    }</td><td>Currency</td><td>CAD</td></tr></table>
<p>Bill to: {rng.choice(["Prairie Grain Analytics Ltd.", "Lachine Robotique inc.", "Fundy Tides Media"])},
Accounts Payable</p>
<table class=u><tr><th>Service / usage type</th><th class=r>Quantity</th><th class=r>Rate</th>
<th class=r>Charges</th></tr>{"".join(rows)}</table>
<table class=s><tr><td>Charges before tax</td><td class=r>{money(net)}</td></tr>
<tr><td>HST Ontario 13%</td><td class=r>{money(hst)}</td></tr>
<tr class=g><td>Invoice total CAD</td><td class=r>{money(total)}</td></tr></table>
<p style="font-size:7.5pt;color:#555">Rates per unit in CAD. Usage is metered hourly and rounded per line.
Payment by pre-authorized debit will be collected on the due date.</p>"""
    return make(
        "cloud_ca",
        "en",
        page(CLOUD_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("CAD", "CAD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(hst, money(hst)),
    )
