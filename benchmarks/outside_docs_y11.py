"""Set Y templates: Malaysian LHDN MyInvois e-invoice (UIN, SST), Philippine BIR-compliant service invoice."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import later, pick_items, qr_svg

MY_CSS = """
@page { size: A4; margin: 13mm; } body { font: 8.5pt 'Nimbus Sans', 'Liberation Sans'; } .hd { display: flex;
 justify-content: space-between; } h1 { font-size: 16pt; color: #003b71; margin: 0 0 2mm; } table.kv {
 border-collapse: collapse; } table.kv td { padding: 1px 6px 1px 0; vertical-align: top; } .lab
{ color: #555; }
.two { display: flex; gap: 6mm; margin-top: 4mm; } .two > div { flex: 1; border-top: 2px solid #003b71;
 padding-top: 2px; } table.it { width: 100%; border-collapse: collapse; margin-top: 5mm; } table.it th {
 background: #e5edf5; padding: 3px; font-size: 7.5pt; text-align: left; } table.it td
{ border-bottom: 1px solid
 #dde; padding: 3px; } .r { text-align: right !important; white-space: nowrap; } table.t
{ margin: 3mm 0 0 auto; }
table.t td { padding: 2px 6px; } .b td
{ font-weight: bold; font-size: 10.5pt; border-top: 1px solid #003b71; }
.val { display: flex; gap: 4mm; margin-top: 6mm; font-size: 7pt; align-items: center; }
"""

MY_ITEMS = [
    ("Cloud accounting subscription (monthly)", "MON", 180, 650),
    ("Payroll processing per employee", "EA", 12, 25),
    ("Implementation & data migration", "EA", 1500, 4800),
    ("On-site training (day)", "DAY", 900, 1600),
    ("Support hours", "HUR", 120, 220),
]


def myinvois_my(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Kinabalu Cloud Solutions Sdn. Bhd.", "Seri Mahkota Systems Sdn. Bhd.", "Pelangi Tech Enterprise"]
    )
    issued = issue_date(rng)
    due = later(issued, 30)
    number = f"INV{issued.year % 100}{issued.month:02d}-{rng.randrange(1, 9999):04d}"
    d, f = "{dd}/{mm}/{yyyy}", "en"
    lines = pick_items(rng, MY_ITEMS, 3, 8)
    gross = sum(a for *_, a in lines)
    disc = q2(gross * Decimal(rng.choice([0, 0, 5])) / 100)
    net = gross - disc
    sst = q2(net * Decimal("0.08"))
    total = net + sst
    uin = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(26))
    t = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}"
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td>{u}</td><td class=r>{q}</td><td class=r>{money(p, f)}</td>"
        f"<td class=r>8%</td><td class=r>{money(a, f)}</td></tr>"
        for i, (n, u, q, p, a) in enumerate(lines)
    )
    body = f"""<div class=hd><div><b style="font-size:12pt">{esc(legal)}</b><br>{
        rng.choice(["Jalan Tun Razak", "Jalan Ampang", "Jalan Lintas"])
    } No. {rng.randrange(1, 200)}, {
        rng.choice(["50400 Kuala Lumpur", "88300 Kota Kinabalu", "10450 George Town"])
    }
<br>Supplier TIN: C{rng.randrange(10**9, 10**10)}0<br>Registration No.: {rng.randrange(2010, 2023)}01{
        rng.randrange(10**5, 10**6)
    }<br>SST Registration No.: W10-{rng.randrange(1000, 9999)}-{rng.randrange(10**7, 10**8)}</div>
<div><h1>E-INVOICE</h1><table class=kv><tr><td class=lab>e-Invoice Type</td><td>01 - Invoice</td></tr>
<tr><td class=lab>e-Invoice Version</td><td>1.1</td></tr><tr><td class=lab>Invoice No.</td><td>{
        number
    }</td></tr>
<tr><td class=lab>Unique Identifier No.</td><td>{uin}</td></tr><tr><td class=lab>Invoice Date & Time</td><td>{
        fdate(issued, d)
    } {t}</td></tr><tr><td class=lab>Due Date</td><td>{fdate(due, d)}</td></tr></table></div></div>
<div class=two><div><b>Buyer</b><br>{
        rng.choice(["Syarikat Maju Jaya Sdn. Bhd.", "Klinik Mutiara", "Hotel Permai Bhd."])
    }
<br>Buyer TIN: C{
        rng.randrange(10**9, 10**10)
    }0<br>Shah Alam, Selangor</div><div><b>Payment</b><br>Currency: MYR<br>
Mode: Bank transfer<br>Maybank {rng.randrange(10**11, 10**12)}</div></div>
<table class=it><tr><th>No.</th><th>Description</th><th>Unit</th><th>Qty</th><th>Unit Price</th><th>Tax
Rate</th>
<th>Subtotal (MYR)</th></tr>{rows}</table>
<table class=t><tr><td>Subtotal</td><td class=r>{money(gross, f)}</td></tr><tr><td>Total Discount</td>
<td class=r>{money(disc, f)}</td></tr><tr><td>Total Excluding Tax</td><td class=r>{money(net, f)}</td></tr>
<tr><td>Tax Amount (Service Tax 8%)</td><td class=r>{money(sst, f)}</td></tr><tr><td>Total Including Tax</td>
<td class=r>{money(total, f)}</td></tr><tr class=b><td>Total Payable Amount (MYR)</td><td class=r>{
        money(total, f)
    }</td>
</tr></table>
<div class=val>{qr_svg(rng, 26)}<div>Validated by LHDNM MyInvois<br>Date and Time of Validation: {
        fdate(issued + timedelta(days=rng.choice([0, 1])), d)
    } {t}<br>This document is a visual representation of an e-Invoice.</div></div>"""
    return make(
        "myinvois_my",
        "en",
        page(MY_CSS, body, "en"),
        repeats=frozenset({"total", "date"} | (set() if disc else {"subtotal"})),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("MYR", "MYR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(sst, money(sst, f)),
    )


PH_CSS = """
@page { size: 8.5in 11in; margin: 12mm; } body { font: 8.5pt 'Liberation Serif'; } .hd { text-align: center; }
.hd b { font-size: 13pt; } .no { display: flex; justify-content: space-between; margin-top: 4mm; } .no .n {
 color: #c00; font: bold 13pt 'Liberation Mono'; } table.kv { width: 100%; border-collapse: collapse;
 margin-top: 2mm; } table.kv td { border-bottom: 1px solid #000; padding: 2px 3px; } table.it { width: 100%;
 border-collapse: collapse; margin-top: 3mm; } table.it th, table.it td
{ border: 1px solid #000; padding: 2px 3px; }
.r { text-align: right !important; white-space: nowrap; } .bot { display: flex; gap: 4mm; margin-top: 3mm; }
.bot table { border-collapse: collapse; flex: 1; } .bot td { border: 1px solid #000; padding: 2px 4px; }
.b td { font-weight: bold; } .atp { font-size: 6.5pt; margin-top: 6mm; }
"""

PH_ITEMS = [
    ("Janitorial services - monthly contract", 18000, 65000),
    ("Pest control treatment", 3500, 9000),
    ("Aircon cleaning (per unit)", 900, 1800),
    ("Security guard services - 12 hr shift", 22000, 48000),
]


def bir_ph(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Cleanpro Facility Services Inc.", "Bayanihan Maintenance Corp.", "Luzon Allied Services Co."]
    )
    issued = issue_date(rng)
    number = f"{rng.randrange(1, 99999):07d}"
    d, f = "{month} {d}, {yyyy}", "en"
    rows, gross = [], Decimal(0)
    for n, lo, hi in rng.sample(PH_ITEMS, 2):
        q = Decimal(rng.randrange(1, 4))
        p = Decimal(rng.randrange(lo, hi))
        gross += q * p
        rows.append(
            f"<tr><td>{n}</td><td class=r>{q}</td><td class=r>{money(p, f)}</td>"
            f"<td class=r>{money(q * p, f)}</td></tr>"
        )
    vatable = q2(gross / Decimal("1.12"))
    vat = gross - vatable
    ewt = q2(vatable * Decimal("0.02"))
    due_amt = gross - ewt
    tin = f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-00000"
    body = f"""<div class=hd><b>{esc(legal).upper()}</b><br>{rng.randrange(1, 999)} {
        rng.choice(["Shaw Blvd.", "Ortigas Ave.", "Katipunan Ave."])
    }, {rng.choice(["Mandaluyong City", "Pasig City", "Quezon City"])}, Metro Manila<br>VAT Reg. TIN: {
        tin
    }</div>
<div class=no><b style="font-size:12pt">SERVICE INVOICE</b><span>No. <span class=n>{
        number
    }</span></span></div>
<table class=kv><tr><td>Date: {
        fdate(issued, d)
    }</td><td>Terms: 30 days</td></tr><tr><td colspan=2>Registered Name:
{rng.choice(["Megaworld Office Tower Condo Corp.", "St. Luke's Clinic Pasig", "Ayala Ridge HOA"])}</td></tr>
<tr><td>TIN: {rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-000</td>
<td>Business Address: Makati City</td></tr></table>
<table class=it><tr><th>Item Description / Nature of Service</th><th>Quantity</th><th>Unit
Cost/Price</th><th>Amount</th>
</tr>{"".join(rows)}</table>
<div class=bot><table><tr><td>VATable Sales</td><td class=r>{
        money(vatable, f)
    }</td></tr><tr><td>VAT-Exempt Sales</td>
<td class=r>0.00</td></tr><tr><td>Zero-Rated Sales</td><td class=r>0.00</td></tr><tr><td>VAT Amount</td>
<td class=r>{money(vat, f)}</td></tr></table>
<table><tr><td>Total Sales (VAT Inclusive)</td><td class=r>{money(gross, f)}</td></tr><tr><td>Less: VAT</td>
<td class=r>{money(vat, f)}</td></tr><tr><td>Amount: Net of VAT</td><td class=r>{money(vatable, f)}</td></tr>
<tr><td>Less: Discount (SC/PWD/NAAC/MOV/SP)</td><td class=r>0.00</td></tr><tr><td>Less: Withholding Tax</td>
<td class=r>{money(ewt, f)}</td></tr><tr class=b><td>TOTAL AMOUNT DUE (PHP)</td><td class=r>{
        money(due_amt, f)
    }</td>
</tr></table></div>
<p>Received the above services in good order and condition. By: ________________ Cashier/Authorized
Representative</p>
<div class=atp>{qr_svg(rng, 14)} {rng.randrange(10, 99)} Bklts. (50x3) {number[:3]}0001-{number[:3]}5000 · BIR
Authority to Print No. OCN {rng.randrange(10**14, 10**15)}AU · Date Issued: {
        fdate(issued.replace(month=1, day=10) - timedelta(days=365), d)
    } · Printer: Sampaguita Printing Press, TIN 004-{rng.randrange(100, 999)}-{
        rng.randrange(100, 999)
    }-000</div>"""
    return make(
        "bir_ph",
        "en",
        page(PH_CSS, body, "en"),
        repeats=frozenset({"tax", "subtotal"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        total=(gross, money(gross, f)),
        currency=("PHP", "PHP"),
        vendor_name=(legal.upper(), legal.upper()),
        subtotal=(vatable, money(vatable, f)),
        tax=(vat, money(vat, f)),
    )
