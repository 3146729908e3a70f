"""Set W templates: Sage-style UK invoice (boxed layout), FreshBooks-style Canadian invoice with GST + PST."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

SAGE_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'Nimbus Sans'; }
.hd { display: flex; justify-content: space-between; } .hd h1 { font-size: 18pt; margin: 0; }
.box { border: 1px solid #000; padding: 4px 6px; } .row { display: flex; gap: 8px; margin-top: 8px; }
.row .box { flex: 1; min-height: 70px; } table.k { border-collapse: collapse; } table.k td { border: 1px solid
 #000; padding: 2px 6px; } table.it { width: 100%; border-collapse: collapse; margin-top: 10px; }
table.it th, table.it td { border: 1px solid #000; padding: 3px 4px; } table.it th { background: #ddd; }
table.it td { border-top: none; border-bottom: none; height: 16px; } .r { text-align: right !important;
 white-space: nowrap; } .ft { display: flex; justify-content: space-between; margin-top: 8px; }
table.s td { border: 1px solid #000; padding: 3px 8px; }
"""

SAGE_GOODS = [
    ("FLT-200", "Air filter panel G4 592x592", 6, 14),
    ("BLT-A42", "V-belt A42 classical", 5, 11),
    ("MTR-075", "Motor 0.75kW 4-pole B3", 120, 190),
    ("CTL-DX3", "Thermostat controller DX3", 45, 85),
    ("DCT-150", "Flexible ducting 150mm x 10m", 18, 34),
    ("LAB-ENG", "Engineer labour (hours)", 48, 65),
]


def sage_uk(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Pennine Air Systems Ltd", "Thameside HVAC Supplies Limited", "Clyde Ventilation Ltd"]
    )
    issued = issue_date(rng)
    due = (issued.replace(day=28) + timedelta(days=5)).replace(day=1) + timedelta(days=29)
    number = str(rng.randrange(10000, 39999))
    order = str(rng.randrange(40000, 89999))
    d = "{dd}/{mm}/{yyyy}"
    rows, net = [], Decimal(0)
    for code, desc, lo, hi in rng.sample(SAGE_GOODS, 5):
        qty = rng.randrange(1, 12)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        disc = rng.choice([0, 0, 5, 10])
        amt = q2(qty * price * (100 - disc) / 100)
        net += amt
        rows.append(
            f"<tr><td>{code}</td><td>{qty}.00</td><td>{desc}</td><td class=r>{money(price)}</td>"
            f"<td class=r>{disc:.2f}%</td><td class=r>{money(amt)}</td><td class=r>T1</td></tr>"
        )
    carriage = Decimal(rng.choice([0, 9, 12, 15]))
    net += carriage
    vat = q2(net * Decimal("0.20"))
    total = net + vat
    acct = f"{rng.choice(['BRIG', 'HALL', 'NORT', 'WEST'])}{rng.randrange(1, 99):03d}"
    vatno = f"GB {rng.randrange(100, 999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}"
    body = f"""
<div class=hd><div><b style="font-size:12pt">{esc(legal)}</b><br>Unit {rng.randrange(1, 40)},
{rng.choice(["Brunel Way", "Riverside Park", "Station Road Ind. Est."])}<br>{
        rng.choice(["Leeds LS12 4RT", "Reading RG2 0QX", "Glasgow G51 2BZ"])
    }<br>Tel: 0{rng.randrange(113, 199)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}</div>
<div style="text-align:right"><h1>INVOICE</h1>Page 1</div></div>
<div class=row><div class=box><b>Invoice Address</b><br>{
        rng.choice(["Brightwell Facilities Ltd", "Halls Property Management", "Northgate Schools Trust"])
    }<br>{rng.randrange(1, 99)} High Street<br>{
        rng.choice(["York YO1 7HH", "Bath BA1 1SU", "Derby DE1 2AA"])
    }</div>
<div class=box><b>Delivery Address</b><br>Site: {rng.choice(["Plant Room B", "Block C Roof", "Main Office"])}
<br>{rng.randrange(1, 99)} Mill Lane</div>
<div class=box style="flex:1.2"><table class=k><tr><td>Invoice No.</td><td>{number}</td></tr>
<tr><td>Invoice/Tax Date</td><td>{fdate(issued, d)}</td></tr><tr><td>Order No.</td><td>{order}</td></tr>
<tr><td>Account Ref</td><td>{acct}</td></tr><tr><td>Your Ref</td><td>PO{rng.randrange(1000, 9999)}</td></tr>
</table></div></div>
<table class=it><tr><th>Product Code</th><th>Quantity</th><th>Description</th><th>Unit Price</th><th>Disc
%</th>
<th>Net Amount</th><th>VAT</th></tr>{"".join(rows)}
<tr><td></td><td></td><td>Carriage</td><td></td><td></td><td class=r>{
        money(carriage)
    }</td><td class=r>T1</td></tr>
</table>
<div class=ft><div style="width:55%">VAT Reg No. {vatno}<br>Payment due by {fdate(due, d)}.<br>Bank: {
        rng.choice(["Barclays", "Lloyds", "NatWest"])
    } Sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)} Account
{rng.randrange(10**7, 10**8)}<br>T1 = Standard rate 20.00%</div>
<table class=s><tr><td>Total Net Amount</td><td class=r>{money(net)}</td></tr>
<tr><td>Total VAT Amount</td><td class=r>{money(vat)}</td></tr>
<tr><td><b>Invoice Total</b></td><td class=r><b>£{money(total)}</b></td></tr></table></div>"""
    return make(
        "sage_uk",
        "en",
        page(SAGE_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("GBP", "£"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(vat, money(vat)),
    )


FB_CSS = """
@page { size: Letter; margin: 16mm; } body { font: 9pt 'URW Gothic'; color: #2b2b2b; }
.hd { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: 10px; }
.gray { color: #777; font-size: 8pt; } .meta { display: flex; gap: 40px; margin: 16px 0; }
.due { text-align: right; } .due .big { font-size: 20pt; color: #0075dd; }
table.it { width: 100%; border-collapse: collapse; } table.it th { color: #777; font-size: 8pt; text-align:
 left; border-top: 4px solid #0075dd; padding: 6px 4px; } table.it td { padding: 7px 4px; border-bottom:
 1px solid #eee; } .r { text-align: right !important; white-space: nowrap; } table.t { margin: 10px 0 0 auto;
 width: 40%; } table.t td { padding: 3px 4px; } .st td { font-weight: bold; border-top: 1px solid #ccc; }
"""

FB_LINES = [
    ("Brand strategy workshop", "Half-day session, two facilitators", 900, 1800, False),
    ("Logo refinement", "Three revision rounds", 600, 1200, False),
    ("Photography", "Product shoot, per hour", 110, 160, True),
    ("Copywriting", "Website copy, per hour", 75, 115, True),
    ("Print proofs", "Business cards and letterhead proofs", 60, 140, False),
]


def freshbooks_ca(rng: random.Random) -> Doc:
    prov, pst_name, pst_rate = rng.choice([("BC", "PST", "7"), ("SK", "PST", "6"), ("MB", "RST", "7")])
    legal = rng.choice(
        ["Foxglove Studio Inc.", "Larch & Line Design Co. Ltd.", "Northern Pixel Creative Inc."]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([14, 30]))
    number = f"{rng.randrange(40, 900):07d}"
    d = "{mon} {dd}, {yyyy}"
    rows, net = [], Decimal(0)
    for name, desc, lo, hi, hourly in rng.sample(FB_LINES, 4):
        qty = rng.randrange(2, 14) if hourly else 1
        rate = Decimal(rng.randrange(lo, hi))
        amt = qty * rate
        net += amt
        rows.append(
            f"<tr><td><b>{name}</b><br><span class=gray>{desc}</span></td><td class=r>${money(rate)}</td>"
            f"<td class=r>{qty}</td><td class=r>${money(amt)}</td></tr>"
        )
    gst = q2(net * Decimal("0.05"))
    pst = q2(net * Decimal(pst_rate) / 100)
    total = net + gst + pst
    paid = q2(total * Decimal(rng.choice([0, 50])) / 100)
    bn = f"{rng.randrange(10**8, 10**9)} RT0001"
    body = f"""
<div class=hd><div><b style="font-size:13pt">{esc(legal)}</b><br><span class=gray>{rng.randrange(100, 2999)}
{rng.choice(["Main Street", "Broadway", "Albert Street"])}<br>{
        {"BC": "Vancouver, BC V5T 1R9", "SK": "Regina, SK S4P 3Y2", "MB": "Winnipeg, MB R3C 0V8"}[prov]
    }<br>GST/HST No. {bn}</span></div><div class=gray>hello@{legal.split()[0].lower()}.ca</div></div>
<div class=meta><div><span class=gray>Billed To</span><br>{
        rng.choice(["Kettle River Brewing", "Shuswap Yoga Co.", "Prairie Sky Dental"])
    }<br>{rng.randrange(10, 999)} {rng.choice(["Hill Ave", "Lake Rd", "1st St"])}</div>
<div><span class=gray>Date of Issue</span><br>{fdate(issued, d)}<br><span class=gray>Due Date</span><br>
{fdate(due, d)}</div><div><span class=gray>Invoice Number</span><br>{
        number
    }<br><span class=gray>Reference</span>
<br>Rebrand {issued.year}</div>
<div class=due style="flex:1"><span class=gray>Amount Due (CAD)</span><br><span class=big>${
        money(total - paid)
    }</span></div></div>
<table class=it><tr><th>Description</th><th class=r>Rate</th><th class=r>Qty</th><th class=r>Line
Total</th></tr>
{"".join(rows)}</table>
<table class=t><tr><td>Subtotal</td><td class=r>{money(net)}</td></tr>
<tr><td>GST (5%)</td><td class=r>{money(gst)}</td></tr><tr><td>{pst_name} ({prov}) ({pst_rate}%)</td>
<td class=r>{money(pst)}</td></tr><tr class=st><td>Total</td><td class=r>{money(total)}</td></tr>
<tr><td>Amount Paid</td><td class=r>{money(paid)}</td></tr>
<tr class=st><td>Amount Due (CAD)</td><td class=r>${money(total - paid)}</td></tr></table>
<p class=gray style="margin-top:24px">Terms: payment by e-Transfer or credit card via the client portal.
Thank you!</p>"""
    return make(
        "freshbooks_ca",
        "en",
        page(FB_CSS, body, "en"),
        repeats=frozenset() if paid else frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("CAD", "CAD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(gst + pst, (money(gst), money(pst))),
    )
