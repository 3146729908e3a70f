"""Set W templates: QuickBooks-style US invoice, Xero-style NZ/AU tax invoice with a payment advice."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

QB_CSS = """
@page { size: Letter; margin: 15mm 16mm; } body { font: 9pt 'Liberation Sans'; color: #333; }
.top { display: flex; justify-content: space-between; } .co b { font-size: 12pt; }
h1 { color: #2ca01c; font: 22pt 'Liberation Sans'; margin: 0 0 10px; letter-spacing: 1px; }
.grid { display: flex; gap: 30px; margin: 10px 0; } .grid div { min-width: 150px; } .lab { color: #2ca01c;
 font-size: 8pt; font-weight: bold; } table.m td { padding: 1px 8px 1px 0; }
table.it { width: 100%; border-collapse: collapse; margin-top: 10px; } table.it th { background: #dff0d8;
 color: #2ca01c; text-align: left; padding: 5px; font-size: 8pt; } table.it td { padding: 6px 5px;
 border-bottom: 1px dotted #ccc; vertical-align: top; } .r { text-align: right !important; white-space:
nowrap; }
table.t { margin: 10px 0 0 auto; width: 45%; } table.t td { padding: 3px 5px; } .bd td { font-size: 13pt;
 font-weight: bold; border-top: 1px solid #999; }
"""

QB_SERVICES = [
    ("Lawn mowing", "Weekly mowing and edging", 45, 65),
    ("Hedge trimming", "Front and side hedges", 80, 140),
    ("Mulch", "Premium hardwood mulch, per yard", 38, 52),
    ("Irrigation repair", "Replace 4 spray heads, adjust zones", 95, 180),
    ("Leaf cleanup", "Fall cleanup incl. haul-away", 120, 260),
    ("Fertilizer", "Slow-release lawn fertilizer, per bag", 28, 44),
]


def quickbooks_us(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Greenway Landscaping LLC", "Cedar Hollow Lawn & Garden, Inc.", "Sunbelt Yard Pros LLC"]
    )
    issued = issue_date(rng)
    terms = rng.choice([15, 30])
    due = issued + timedelta(days=terms)
    number = str(rng.randrange(1001, 1999))
    d = "{mm}/{dd}/{yyyy}"
    rows, net, taxable = [], Decimal(0), Decimal(0)
    for i, (act, desc, lo, hi) in enumerate(rng.sample(QB_SERVICES, 4)):
        qty = rng.randrange(1, 6)
        rate = Decimal(rng.randrange(lo, hi))
        amt = qty * rate
        net += amt
        taxable += amt if i % 2 == 0 else 0
        when = fdate(issued - timedelta(days=rng.randrange(2, 20)), d)
        rows.append(
            f"<tr><td>{when}</td><td><b>{act}</b></td><td>{desc}</td><td class=r>{qty}</td>"
            f"<td class=r>{money(rate)}</td><td class=r>{money(amt)}</td></tr>"
        )
    rate = rng.choice(["6.25", "7", "8.25", "6.5"])
    tax = q2(taxable * Decimal(rate) / 100)
    total = net + tax
    paid = q2(total * Decimal(rng.choice([0, 0, 25, 50])) / 100)
    cust = rng.choice(["Amy Kowalski", "Bayside HOA", "Dr. Raj Patel", "Oak Street Dental"])
    street = f"{rng.randrange(100, 9999)} {rng.choice(['Magnolia Ln', 'Pecan Ct', 'Ridge Rd'])}"
    city = rng.choice(["Round Rock, TX 78664", "Plano, TX 75024", "Norman, OK 73069"])
    pay_row = f"<tr><td>Payment</td><td class=r>-{money(paid)}</td></tr>" if paid else ""
    body = f"""
<div class=top><div class=co><b>{esc(legal)}</b><br>{rng.randrange(100, 999)} Commerce Blvd<br>
{rng.choice(["Austin, TX 78745", "Dallas, TX 75201", "Tulsa, OK 74103"])}
<br>office@{legal.split()[0].lower()}.com
<br>+1 (512) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}</div>
<div style="width:90px;height:60px;background:#e8f5e3;border-radius:6px"></div></div>
<h1>INVOICE</h1>
<div class=grid><div><div class=lab>BILL TO</div>{cust}<br>{street}<br>{city}</div>
<div><div class=lab>SHIP TO</div>{cust}<br>{street}<br>{city}</div>
<div><table class=m><tr><td class=lab>INVOICE #</td><td>{number}</td></tr>
<tr><td class=lab>DATE</td><td>{fdate(issued, d)}</td></tr><tr><td class=lab>DUE
DATE</td><td>{fdate(due, d)}</td></tr>
<tr><td class=lab>TERMS</td><td>Net {terms}</td></tr></table></div></div>
<table class=it><tr><th>DATE</th><th>ACTIVITY</th><th>DESCRIPTION</th><th class=r>QTY</th><th
class=r>RATE</th>
<th class=r>AMOUNT</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>SUBTOTAL</td><td class=r>{money(net)}</td></tr>
<tr><td>TAX ({rate}% on {money(taxable)})</td><td class=r>{money(tax)}</td></tr>
<tr><td>TOTAL</td><td class=r>{money(total)}</td></tr>{pay_row}
<tr class=bd><td>BALANCE DUE</td><td class=r>${money(total - paid)}</td></tr></table>
<p style="margin-top:30px;font-size:8pt">Thank you for your business! Make checks payable to {esc(legal)}.
Past-due balances accrue 1.5% per month.</p>"""
    return make(
        "quickbooks_us",
        "en",
        page(QB_CSS, body, "en"),
        repeats=frozenset({"vendor_name"} | (set() if paid else {"total"})),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("USD", "$"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(tax, money(tax)),
    )


XERO_CSS = """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'DejaVu Sans'; color: #222; }
.hd { display: flex; justify-content: space-between; } h1 { font: 20pt 'DejaVu Sans'; margin: 0 0 12px; }
.hd .c { display: flex; gap: 24px; } .lab { font-weight: bold; } table.it { width: 100%; border-collapse:
 collapse; margin-top: 22px; } table.it th { text-align: left; border-bottom: 1px solid #000; padding: 4px; }
table.it td { padding: 4px; border-bottom: 1px solid #ddd; } .r { text-align: right !important; white-space:
 nowrap; } table.t { margin: 6px 0 0 auto; width: 42%; } table.t td { padding: 3px 4px; }
.b td { font-weight: bold; border-top: 1px solid #000; } .pa { margin-top: 40px; border-top: 1px dashed #000;
 padding-top: 8px; display: flex; justify-content: space-between; } .pa h2 { font-size: 13pt; margin: 0; }
"""

XERO_ITEMS = [
    ("Website maintenance retainer - monthly", 1, 650, 1400),
    ("Content updates (hours)", 0, 95, 140),
    ("Hosting - managed WordPress, 12 months", 1, 300, 540),
    ("SSL certificate renewal", 1, 80, 160),
    ("SEO audit and report", 1, 450, 900),
    ("Design hours - landing page", 0, 110, 150),
]


def xero_anz(rng: random.Random) -> Doc:
    country = rng.choice(["NZ", "AU"])
    if country == "NZ":
        legal = rng.choice(["Kōwhai Digital Limited", "Harbourside Web Ltd", "Tui Creative Limited"])
        cur, rate, taxid = (
            "NZD",
            Decimal(15),
            f"GST Number: {rng.randrange(100, 130)}-{rng.randrange(100, 999)}-",
        )
        taxid += str(rng.randrange(100, 999))
        addr = (
            f"Level {rng.randrange(1, 9)}, {rng.randrange(10, 200)} Cuba Street<br>Te Aro<br>Wellington 6011"
        )
    else:
        legal = rng.choice(
            ["Banksia Web Pty Ltd", "Coral Coast Digital Pty Ltd", "Wattle & Co Media Pty Ltd"]
        )
        cur, rate = "AUD", Decimal(10)
        taxid = f"ABN: {rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} "
        taxid += str(rng.randrange(100, 999))
        addr = f"{rng.randrange(1, 300)} Brunswick Street<br>Fortitude Valley QLD 4006"
    issued = issue_date(rng)
    due = (issued.replace(day=1) + timedelta(days=45)).replace(day=20)
    number = f"INV-{rng.randrange(100, 9999):04d}"
    d = "{d} {mon} {yyyy}"
    rows, net = [], Decimal(0)
    for name, fixed, lo, hi in rng.sample(XERO_ITEMS, 4):
        qty = Decimal(1) if fixed else Decimal(rng.randrange(2, 24)) / 2
        price = Decimal(rng.randrange(lo, hi))
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty:.2f}</td><td class=r>{money(price)}</td>"
            f"<td class=r>{rate}%</td><td class=r>{money(amt)}</td></tr>"
        )
    gst = q2(net * rate / 100)
    total = net + gst
    paid = q2(total * Decimal(rng.choice([0, 20, 30])) / 100)
    cust = rng.choice(["Ruapehu Outdoor Gear", "Mangrove Café", "Southerly Physio Clinic"])
    ref = f"PO {rng.randrange(1000, 9999)}"
    body = f"""
<div class=hd><div><h1>TAX INVOICE</h1>{cust}<br>Attention: Accounts<br>PO Box
{rng.randrange(100, 9999)}</div>
<div class=c><div><span class=lab>Invoice Date</span><br>{fdate(issued, d)}<br><span class=lab>Invoice
Number</span>
<br>{number}<br><span class=lab>Reference</span><br>{ref}<br><span class=lab>{taxid.split(":")[0]}</span><br>
{taxid.split(": ")[1]}</div><div>{esc(legal)}<br>{addr}</div></div></div>
<table class=it><tr><th>Description</th><th class=r>Quantity</th><th class=r>Unit Price</th><th
class=r>GST</th>
<th class=r>Amount {cur}</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Subtotal</td><td class=r>{money(net)}</td></tr>
<tr><td>TOTAL GST {rate}%</td><td class=r>{money(gst)}</td></tr>
<tr class=b><td>TOTAL {cur}</td><td class=r>{money(total)}</td></tr>
<tr><td>Less Amount Paid</td><td class=r>{money(paid)}</td></tr>
<tr class=b><td>AMOUNT DUE {cur}</td><td class=r>{money(total - paid)}</td></tr></table>
<p><b>Due Date: {fdate(due, d)}</b><br>Please pay by direct credit to {esc(legal)}, account
{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}-{rng.randrange(10**6, 10**7)}-00. Reference: {number}</p>
<div class=pa><div><h2>PAYMENT ADVICE</h2>To: {esc(legal)}<br>{addr}</div>
<table><tr><td class=lab>Customer</td><td>{cust}</td></tr><tr><td class=lab>Invoice
Number</td><td>{number}</td></tr>
<tr><td class=lab>Amount Due</td><td>{money(total - paid)}</td></tr><tr><td class=lab>Due Date</td>
<td>{fdate(due, d)}</td></tr>
<tr><td class=lab>Amount Enclosed</td><td>______________</td></tr></table></div>"""
    rep = {"invoice_number", "due_date", "vendor_name"} | (set() if paid else {"total"})
    return make(
        "xero_anz",
        "en",
        page(XERO_CSS, body, "en"),
        repeats=frozenset(rep),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=(cur, cur),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(gst, money(gst)),
    )
