"""Set W templates: Zoho-style Indian tax invoice (IGST), Stripe-style paid subscription invoice."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_w10 import words_in

ZOHO_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.5pt 'DejaVu Sans'; color: #333; }
.frame { border: 1px solid #999; } .hd { display: flex; justify-content: space-between; padding: 10px;
 border-bottom: 1px solid #999; } .hd h1 { font-size: 20pt; font-weight: normal; margin: 0; }
.two { display: flex; border-bottom: 1px solid #999; } .two > div { flex: 1; padding: 6px 10px; }
.two > div + div { border-left: 1px solid #999; } table.m td { padding: 1px 8px 1px 0; }
table.it { width: 100%; border-collapse: collapse; } table.it th { background: #f2f3f4; padding: 4px;
 border-bottom: 1px solid #999; font-size: 7.5pt; } table.it td { padding: 4px; border-bottom: 1px solid
#ddd; }
.r { text-align: right !important; white-space: nowrap; } .bot { display: flex; } .bot > div { flex: 1;
 padding: 8px 10px; } table.t { width: 100%; } table.t td { padding: 2px 4px; } .b td { font-weight: bold; }
"""

ZOHO_ITEMS = [
    ("Annual maintenance contract - CNC machines", "998719", 45000, 120000),
    ("Spindle bearing replacement (service)", "998719", 8000, 25000),
    ("PLC programming and commissioning", "998732", 15000, 60000),
    ("Hydraulic power pack overhaul", "998719", 12000, 40000),
    ("Operator training (per day)", "999293", 6000, 12000),
]


def zoho_in(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Sahyadri Machine Services Pvt. Ltd.", "Kaveri Automation LLP", "Narmada Engineering Works Pvt Ltd"]
    )
    issued = issue_date(rng)
    terms = rng.choice([15, 30, 45])
    due = issued + timedelta(days=terms)
    number = f"INV-{rng.randrange(1, 999):06d}"
    d = "{dd}/{mm}/{yyyy}"
    rows, net, igst = [], Decimal(0), Decimal(0)
    for i, (name, sac, lo, hi) in enumerate(rng.sample(ZOHO_ITEMS, 3)):
        qty = rng.randrange(1, 4)
        rate = Decimal(rng.randrange(lo, hi))
        amt = qty * rate
        net += amt
        igst += q2(amt * Decimal("0.18"))
        rows.append(
            f"<tr><td>{i + 1}</td><td>{name}<br><span style='color:#888'>SAC: {sac}</span></td>"
            f"<td class=r>{qty}.00</td><td class=r>{money(rate, 'in')}</td><td class=r>18%</td>"
            f"<td class=r>{money(q2(amt * Decimal('0.18')), 'in')}</td>"
            f"<td class=r>{money(amt, 'in')}</td></tr>"
        )
    total = net + igst
    rupees, paise = divmod(int(total * 100), 100)
    words = f"Indian Rupee {words_in(rupees)}" + (f" and {words_in(paise)} Paise" if paise else "") + " Only"
    st = rng.choice(["27", "29", "33"])
    pan = f"AAB{rng.choice('CFPH')}{rng.choice('KMRS')}{rng.randrange(1000, 9999)}{rng.choice('ABQ')}"
    gstin = f"{st}{pan}1Z{rng.randrange(1, 9)}"
    body = f"""
<div class=frame><div class=hd><div><b style="font-size:11pt">{esc(legal)}</b><br>Plot {rng.randrange(1, 99)},
MIDC {rng.choice(["Bhosari", "Ambad", "Chakan"])}<br>{rng.choice(["Pune", "Nashik"])}, Maharashtra<br>GSTIN {
        gstin
    }
</div><div style="text-align:right"><h1>TAX INVOICE</h1># {number}<br><br>Balance Due<br><b>₹{
        money(total, "in")
    }</b></div></div>
<div class=two><div>Bill To<br><b>{
        rng.choice(["Deccan Auto Components Ltd", "Surya Precision Tools", "Malabar Castings Pvt Ltd"])
    }</b><br>{rng.choice(["Peenya Industrial Area, Bengaluru", "Ambattur, Chennai", "Hosur Road, Bengaluru"])}
<br>GSTIN {rng.choice(["29", "33"])}AAC{rng.choice("CF")}T{rng.randrange(1000, 9999)}K1Z{
        rng.randrange(1, 9)
    }</div>
<div><table class=m><tr><td>Invoice Date :</td><td>{fdate(issued, d)}</td></tr><tr><td>Terms :</td>
<td>Net {terms}</td></tr><tr><td>Due Date :</td><td>{fdate(due, d)}</td></tr><tr><td>P.O.# :</td>
<td>PO/{issued.year}/{rng.randrange(100, 999)}</td></tr><tr><td>Place Of Supply :</td><td>{
        rng.choice(["Karnataka (29)", "Tamil Nadu (33)"])
    }</td></tr></table></div></div>
<table class=it><tr><th>#</th><th style="text-align:left">Item &amp; Description</th><th class=r>Qty</th>
<th class=r>Rate</th><th class=r>IGST %</th><th class=r>IGST Amt</th><th class=r>Amount</th></tr>{
        "".join(rows)
    }
</table>
<div class=bot><div>Total In Words<br><b><i>{words}</i></b><br><br>Notes<br>Thanks for your business.<br><br>
Bank: {rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank"])}, A/c {rng.randrange(10**11, 10**12)}, IFSC
{rng.choice(["HDFC", "ICIC", "UTIB"])}000{rng.randrange(1000, 9999)}</div><div><table class=t>
<tr><td class=r>Sub Total</td><td class=r>{money(net, "in")}</td></tr>
<tr><td class=r>IGST18 (18%)</td><td class=r>{money(igst, "in")}</td></tr>
<tr class=b><td class=r>Total</td><td class=r>₹{money(total, "in")}</td></tr>
<tr class=b><td class=r>Balance Due</td><td class=r>₹{money(total, "in")}</td></tr></table>
<br><br><div style="text-align:center">Authorized Signature</div></div></div></div>"""
    return make(
        "zoho_in",
        "en",
        page(ZOHO_CSS, body, "en"),
        repeats=frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "in")),
        currency=("INR", "₹"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "in")),
        tax=(igst, money(igst, "in")),
    )


STRIPE_CSS = """
@page { size: Letter; margin: 18mm 20mm; } body { font: 9pt 'Liberation Sans'; color: #1a1f36; }
h1 { font-size: 20pt; margin: 0 0 14px; } .hd { display: flex; justify-content: space-between; }
table.m td { padding: 1px 16px 1px 0; } .cols { display: flex; gap: 60px; margin: 18px 0; }
.big { font-size: 15pt; font-weight: bold; margin: 12px 0 2px; } table.it { width: 100%; border-collapse:
 collapse; margin-top: 14px; } table.it th { color: #697386; font-weight: normal; font-size: 8pt; text-align:
 left; border-bottom: 1px solid #e3e8ee; padding: 4px 0; } table.it td { padding: 6px 0; vertical-align: top;
}
.r { text-align: right !important; white-space: nowrap; } .g { color: #697386; font-size: 8pt; }
table.t { margin-left: 45%; width: 55%; border-collapse: collapse; } table.t td { padding: 5px 0;
 border-top: 1px solid #e3e8ee; } .paid { color: #0a7d48; font-weight: bold; }
"""


def stripe_us(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("Lattice Notes", "Lattice Notes, Inc."),
            ("Quillbase", "Quillbase Software LLC"),
            ("Ordo", "Ordo Labs Inc."),
        ]
    )
    issued = issue_date(rng)
    end = issued + timedelta(days=rng.choice([30, 31, 365]))
    number = f"{rng.choice('ABCDEF')}{rng.randrange(16**7, 16**8):X}-{rng.randrange(1, 30):04d}"
    d = "{month} {d}, {yyyy}"
    seats = rng.randrange(3, 25)
    price = Decimal(rng.choice([8, 10, 12, 16, 20]))
    yearly = (end - issued).days > 40
    unit = price * 12 if yearly else price
    amt = seats * unit
    disc_pct = rng.choice([0, 10, 20])
    disc = q2(amt * disc_pct / 100)
    net = amt - disc
    state, rate = rng.choice([("NY", "8.875"), ("WA", "10.1"), ("PA", "6"), ("TX", "8.25")])
    tax = q2(net * Decimal(rate) / 100)
    total = net + tax
    card = f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} - {rng.randrange(1000, 9999)}"
    disc_rows = (
        f"<tr><td>{'ANNUAL' if yearly else 'LAUNCH'}{disc_pct} ({disc_pct}% off)</td>"
        f"<td class=r>-${money(disc)}</td>"
        f"</tr>"
        if disc
        else ""
    )
    body = f"""
<div class=hd><h1>Invoice</h1><div style="font:bold 14pt 'DejaVu Sans'">{brand}</div></div>
<table class=m><tr><td>Invoice number</td><td>{number}</td></tr><tr><td>Date of issue</td><td>{
        fdate(issued, d)
    }</td>
</tr><tr><td>Date due</td><td>{fdate(issued, d)}</td></tr></table>
<div class=cols><div><b>{esc(legal)}</b><br>{rng.randrange(100, 999)} {
        rng.choice(["Brannan St", "Howard St", "Folsom St"])
    }<br>San Francisco, California 94107<br>United States<br>support@{
        brand.lower().replace(" ", "")
    }.com</div>
<div><b>Bill to</b><br>{rng.choice(["Marta Lindqvist", "Osei Mensah", "Keiko Tanaka"])}<br>{
        rng.choice(["Brooklyn, New York 11201", "Tacoma, Washington 98402", "Austin, Texas 78702"])
    }<br>United States</div></div>
<div class=big>${money(total)} paid on {fdate(issued, d)}</div>
<table class=it><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price</th><th
class=r>Amount</th></tr>
<tr><td>{brand} {"Team (Annual)" if yearly else "Team"}<br><span class=g>{fdate(issued, "{mon} {d}")} – {
        fdate(end, "{mon} {d}, {yyyy}")
    }</span></td><td class=r>{seats}</td><td class=r>${money(unit)}</td><td class=r>${
        money(amt)
    }</td></tr></table>
<table class=t><tr><td>Subtotal</td><td class=r>${money(amt)}</td></tr>{disc_rows}
<tr><td>Total excluding tax</td><td class=r>${money(net)}</td></tr>
<tr><td>Sales Tax - {state} ({rate}% on ${money(net)})</td><td class=r>${money(tax)}</td></tr>
<tr><td>Total</td><td class=r>${money(total)}</td></tr>
<tr><td><b>Amount paid</b></td><td class=r><b>${money(total)}</b></td></tr>
<tr><td>Amount due</td><td class=r>$0.00</td></tr></table>
<p class=g style="margin-top:20px">Payment history: {card} · {fdate(issued, d)} · <span class=paid>Paid</span>
· Receipt #{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}</p>"""
    return make(
        "stripe_us",
        "en",
        page(STRIPE_CSS, body, "en"),
        repeats=frozenset({"total", "date", "due_date", "subtotal"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(issued, fdate(issued, d)),
        total=(total, money(total)),
        currency=("USD", "$"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(tax, money(tax)),
    )
