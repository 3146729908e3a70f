"""Set J templates: US cloud provider monthly bill, UK SaaS subscription invoice with proration."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

CLOUD_CSS = """
@page { size: Letter; margin: 14mm 16mm 16mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; } }
body { font: 9pt 'Liberation Sans'; color: #232f3e; }
.brand { font: bold 22pt 'DejaVu Sans'; letter-spacing: 1px; color: #ff8c1a; }
.top { display: flex; justify-content: space-between; }
.meta td { padding: 1px 6px 1px 0; } .meta td:first-child { color: #555; }
.summary { border: 1px solid #c8ccd0; margin: 10px 0; width: 100%; border-collapse: collapse; }
.summary td { padding: 5px 8px; } .summary tr.big td
{ font-weight: bold; font-size: 11pt; background: #f2f3f3; }
h3 { font-size: 10pt; border-bottom: 2px solid #232f3e; margin: 14px 0 4px; }
table.usage { width: 100%; border-collapse: collapse; }
table.usage td { padding: 2px 4px; border-bottom: 1px dotted #ccd; } td.r
{ text-align: right; white-space: nowrap; }
.svc td { font-weight: bold; background: #eef1f4; }
.small { font-size: 7.5pt; color: #666; }
"""

SERVICES = [
    (
        "Compute Instances",
        "US East (N. Virginia)",
        [
            ("On Demand Linux c6i.large Instance Hour", "0.0850", "Hrs", 200, 744),
            ("On Demand Linux m6g.xlarge Instance Hour", "0.1540", "Hrs", 100, 744),
            ("EBS General Purpose SSD (gp3) provisioned storage", "0.0800", "GB-Mo", 100, 2000),
            ("EBS snapshot data stored", "0.0500", "GB-Mo", 50, 900),
        ],
    ),
    (
        "Object Storage",
        "US West (Oregon)",
        [
            ("Standard storage, first 50 TB / month", "0.0230", "GB-Mo", 500, 9000),
            ("PUT, COPY, POST or LIST requests (per 1,000)", "0.0050", "Requests", 200, 4000),
            ("GET and all other requests (per 10,000)", "0.0040", "Requests", 300, 9000),
        ],
    ),
    (
        "Managed Database",
        "US East (Ohio)",
        [
            ("db.r6g.large Multi-AZ instance hour (PostgreSQL)", "0.4520", "Hrs", 300, 744),
            ("Database storage, Multi-AZ", "0.2300", "GB-Mo", 50, 800),
            ("Backup storage exceeding free allocation", "0.0950", "GB-Mo", 10, 300),
        ],
    ),
    (
        "Data Transfer",
        "Global",
        [
            ("Data transfer out to internet, first 10 TB", "0.0900", "GB", 200, 5000),
            ("Inter-region data transfer", "0.0200", "GB", 100, 3000),
        ],
    ),
    (
        "Content Delivery Network",
        "North America",
        [
            ("Regional data transfer out", "0.0850", "GB", 300, 6000),
            ("HTTPS requests (per 10,000)", "0.0100", "Requests", 500, 20000),
        ],
    ),
    (
        "Serverless Functions",
        "US East (N. Virginia)",
        [
            ("Requests (per 1M)", "0.2000", "Requests", 20, 400),
            ("Compute duration, per GB-second (x1000)", "0.0167", "GB-s", 500, 9000),
        ],
    ),
    (
        "Monitoring & Logs",
        "US East (N. Virginia)",
        [
            ("Log ingestion", "0.5000", "GB", 20, 300),
            ("Custom metrics", "0.3000", "Metrics", 10, 200),
            ("Dashboards", "3.0000", "Dashboards", 1, 6),
        ],
    ),
]


def cloud_us(rng: random.Random) -> Doc:
    vendor = rng.choice(["Nimbusworks Cloud, Inc.", "Stratoscale Web Services LLC", "Cirrus Compute Corp."])
    brand = vendor.split()[0].rstrip(",").upper()
    issued = issue_date(rng)
    first = (issued.replace(day=1) - timedelta(days=1)).replace(day=1)
    last = issued.replace(day=1) - timedelta(days=1)
    due = issued + timedelta(days=30)
    number = str(rng.randrange(10**9, 10**10))
    account = f"{rng.randrange(10**11, 10**12)}"
    fmt = "{month} {d}, {yyyy}"
    rows, charges = [], Decimal(0)
    for svc, region, items in rng.sample(SERVICES, 5):
        svc_total = Decimal(0)
        lines = []
        for desc, rate, unit, lo, hi in items:
            qty = Decimal(rng.randrange(lo * 1000, hi * 1000)) / 1000
            amt = q2(qty * Decimal(rate))
            svc_total += amt
            lines.append(
                f"<tr><td>${rate} per {esc(desc)}</td><td class=r>{qty:,.3f} {unit}</td>"
                f"<td class=r>${money(amt)}</td></tr>"
            )
        charges += svc_total
        rows.append(
            f"<tr class=svc><td colspan=2>{svc} &mdash; {region}</td>"
            f"<td class=r>${money(svc_total)}</td></tr>"
        )
        rows.extend(lines)
    credits = q2(Decimal(rng.choice([25, 50, 100, 150])) + Decimal(rng.randrange(0, 9000)) / 100)
    net = charges - credits
    rate = rng.choice(["8.875", "6.25", "10.25", "7.00"])
    state = {"8.875": "NY", "6.25": "TX", "10.25": "WA", "7.00": "IN"}[rate]
    tax = q2(net * Decimal(rate) / 100)
    total = net + tax
    period = f"{fdate(first, '{month} {d}')} - {fdate(last, fmt)}"
    body = f"""
<div class=top><div><div class=brand>{brand}</div><div class=small>web services</div></div>
<table class=meta><tr><td>Account number:</td><td>{account}</td></tr>
<tr><td>Invoice Number:</td><td>{number}</td></tr>
<tr><td>Invoice Date:</td><td>{fdate(issued, fmt)}</td></tr>
<tr><td>Billing Period:</td><td>{period}</td></tr>
<tr><td>Payment Due Date:</td><td>{fdate(due, fmt)}</td></tr></table></div>
<p>Bill to: Finance Department,
{rng.choice(["Brightline Analytics", "Orchard Health Partners", "Kestrel Logistics"])}
 Inc., {rng.randrange(100, 999)} Market Street, Suite {rng.randrange(200, 900)}, Philadelphia, PA 19103</p>
<table class=summary><tr><td>Charges</td><td class=r>${money(charges)}</td></tr>
<tr><td>Credits (promotional credit PC-{rng.randrange(10000, 99999)})</td><td
class=r>-${money(credits)}</td></tr>
<tr><td>Net charges before tax</td><td class=r>${money(net)}</td></tr>
<tr><td>Sales tax ({state} {rate}%)</td><td class=r>${money(tax)}</td></tr>
<tr class=big><td>Total amount due (USD)</td><td class=r>${money(total)}</td></tr></table>
<p class=small>Charges are shown by service and region for the billing period. Usage quantities are rounded
to three
decimals; amounts are rounded per line. This invoice will be charged to the card ending
{rng.randrange(1000, 9999)} on the payment due date.</p>
<h3>Detail</h3><table class=usage>{"".join(rows)}</table>
<p class=small>Remit by ACH/wire: routing {rng.randrange(10**8, 10**9)}, account
{rng.randrange(10**9, 10**10)}.
Questions: billing support +1 (206) 555-{rng.randrange(1000, 9999)}.</p>
<p class=small>Services provided by {esc(vendor)}, {rng.randrange(100, 999)} Terry Avenue North, Seattle, WA
98109.
Federal Tax ID {rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}.</p>"""
    return make(
        "cloud_us",
        "en",
        page(CLOUD_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, fmt)),
        due_date=(due, fdate(due, fmt)),
        total=(total, money(total)),
        currency=("USD", "USD"),
        vendor_name=(vendor, vendor),
        subtotal=(net, money(net)),
        tax=(tax, money(tax)),
    )


SAAS_CSS = """
@page { size: A4; margin: 18mm 20mm; }
body { font: 9.5pt 'DejaVu Sans'; color: #1a1f36; }
h1 { font-size: 20pt; font-weight: normal; margin: 0 0 8px; }
.kv td { padding: 1px 18px 1px 0; } .kv td:first-child { color: #697386; }
.cols { display: flex; gap: 40px; margin: 18px 0; } .cols div { width: 33%; }
.due { font-size: 15pt; margin: 10px 0 2px; }
table.items { width: 100%; border-collapse: collapse; margin-top: 16px; }
table.items th
{ text-align: left; color: #697386; font-weight: normal; border-bottom: 1px solid #e3e8ee; padding: 4px; }
table.items td { padding: 6px 4px; vertical-align: top; } .r { text-align: right; white-space: nowrap; }
.sub { color: #697386; font-size: 8pt; }
table.tot { margin-left: 45%; width: 55%; border-collapse: collapse; }
table.tot td { padding: 4px; border-top: 1px solid #e3e8ee; } table.tot tr.b td { font-weight: bold; }
.foot { margin-top: 30px; font-size: 7.5pt; color: #697386; }
"""


def saas_uk(rng: random.Random) -> Doc:
    vendor = rng.choice(["Ledgerly Software Ltd", "Quayside Apps Limited", "Fernhill Digital Ltd"])
    plan = rng.choice(["Team", "Business", "Growth"])
    price = Decimal(rng.choice([12, 15, 19, 24]))
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    prefix = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
    number = f"{prefix}-{rng.randrange(2, 40):04d}"
    change = issued - timedelta(days=rng.randrange(8, 20))
    cycle_end = issued + timedelta(days=30)
    old = rng.randrange(5, 12)
    new = old + rng.randrange(2, 8)
    frac = Decimal((issued - change).days) / Decimal(30)
    remaining = q2(new * price * frac)
    unused = q2(old * price * frac)
    storage = Decimal(rng.choice([5, 10, 20]))
    seats = q2(new * price)
    subtotal = remaining - unused + seats + storage
    vat = q2(subtotal * Decimal("0.20"))
    total = subtotal + vat
    applied = q2(Decimal(rng.randrange(500, 4000)) / 100)
    due_amt = total - applied
    d = "{d} {month} {yyyy}"
    short = "{mon} {d}, {yyyy}"
    customer = rng.choice(["Harbour Lane Studios Ltd", "Pennine Outdoor Co.", "Calder & Finch LLP"])
    body = f"""
<h1>Invoice</h1>
<table class=kv><tr><td>Invoice number</td><td>{number}</td></tr>
<tr><td>Date of issue</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Customer
ID</td><td>cus_{"".join(rng.choice("abcdefghJKLMNPQR0123456789") for _ in range(14))}</td></tr></table>
<div class=cols><div><b>{esc(vendor)}</b><br>{rng.randrange(2, 90)} Albion Street<br>Leeds LS1
6{rng.choice("ABDE")}Q
<br>United Kingdom<br>billing@{vendor.split()[0].lower()}.io<br>GB VAT {rng.randrange(100, 999)}
{rng.randrange(1000, 9999)}
 {rng.randrange(10, 99)}</div>
<div><span class=sub>Bill to</span><br>{esc(customer)}<br>{rng.randrange(1, 60)} Canal Wharf<br>Manchester
M1 {rng.randrange(1, 9)}LX
<br>United Kingdom</div><div></div></div>
<div class=due>£{money(due_amt)} due {fdate(due, d)}</div>
<div class=sub>Thanks for your business. Seats were changed on {fdate(change, d)}.</div>
<table class=items><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price</th><th
class=r>Tax</th>
<th class=r>Amount</th></tr>
<tr><td>Unused time on {old} × {plan} (at £{money(price)} / month) after {fdate(change, short)}</td>
<td class=r>{old}</td><td class=r></td><td class=r>20%</td><td class=r>-£{money(unused)}</td></tr>
<tr><td>Remaining time on {new} × {plan} (at £{money(price)} / month) after {fdate(change, short)}</td>
<td class=r>{new}</td><td class=r></td><td class=r>20%</td><td class=r>£{money(remaining)}</td></tr>
<tr><td>{plan} plan<div class=sub>{fdate(issued, short)} – {fdate(cycle_end, short)}</div></td><td
class=r>{new}</td>
<td class=r>£{money(price)}</td><td class=r>20%</td><td class=r>£{money(seats)}</td></tr>
<tr><td>Extra storage (100 GB)<div class=sub>{fdate(issued, short)} – {fdate(cycle_end, short)}</div></td>
<td class=r>1</td><td class=r>£{money(storage)}</td><td class=r>20%</td><td
class=r>£{money(storage)}</td></tr></table>
<table class=tot><tr><td>Subtotal</td><td class=r>£{money(subtotal)}</td></tr>
<tr><td>VAT - United Kingdom (20%)</td><td class=r>£{money(vat)}</td></tr>
<tr class=b><td>Total</td><td class=r>£{money(total)}</td></tr>
<tr><td>Applied balance</td><td class=r>-£{money(applied)}</td></tr>
<tr class=b><td>Amount due</td><td class=r>£{money(due_amt)}</td></tr></table>
<div class=foot>Pay online at pay.{vendor.split()[0].lower()}.io/i/{prefix.lower()} or by bank transfer to
sort code
{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, account
{rng.randrange(10**7, 10**8)}.
Registered in England and Wales, company no. {rng.randrange(10**7, 10**8)}.</div>"""
    return make(
        "saas_uk",
        "en",
        page(SAAS_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("GBP", "£"),
        vendor_name=(vendor, vendor),
        subtotal=(subtotal, money(subtotal)),
        tax=(vat, money(vat)),
    )
