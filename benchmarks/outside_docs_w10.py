"""Set W templates: Tally-style Indian tax invoice (HSN summary, words), MYOB-style AU tax invoice."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2


def words(text: str) -> list[str]:
    """Split a word list (a str.split call that ruff's SIM905 would want spelled out)."""
    return text.split()


ONES = words(
    "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
    "Fifteen Sixteen Seventeen Eighteen Nineteen"
)
TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _below_1000(n: int) -> list[str]:
    out = []
    if n >= 100:
        out += [ONES[n // 100], "Hundred"]
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + (f" {ONES[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ONES[n])
    return out


def words_in(n: int) -> str:
    """An integer in Indian English words (lakh, crore), as Indian accounting programs print it."""
    out = []
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if n >= size:
            out += [*_below_1000(n // size), name]
            n %= size
    return " ".join(out + _below_1000(n)) or "Zero"


TALLY_CSS = """
@page { size: A4; margin: 10mm; } body { font: 8pt 'Liberation Serif'; } h1 { text-align: center; font-size:
 12pt; margin: 0 0 3px; } table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000;
 padding: 2px 4px; vertical-align: top; } th { font-weight: normal; } .r { text-align: right !important;
 white-space: nowrap; } .n td { border-top: none; border-bottom: none; } .b { font-weight: bold; }
"""

TALLY_GOODS = [
    ("MS Angle 50x50x5 mm", "7216", "Kg", 58, 72),
    ("GI Sheet 0.5 mm", "7210", "Kg", 78, 96),
    ("TMT Bar Fe500D 12 mm", "7214", "Kg", 54, 66),
    ("Binding Wire 18 G", "7217", "Kg", 70, 88),
    ("Welding Electrode 3.15 mm", "8311", "Pkt", 420, 560),
]


def tally_in(rng: random.Random) -> Doc:
    legal = rng.choice(["Shree Balaji Steel Traders", "Om Sai Iron & Hardware Co.", "Ganesh Metal Mart"])
    issued = issue_date(rng)
    fy = issued.year % 100 - (issued.month < 4)  # Indian financial year April-March, printed 25-26
    number = f"{rng.randrange(1, 999)}/{fy}-{fy + 1}"
    d = "{d}-{mon}-{yy}"
    st_code = rng.choice([("Gujarat", "24"), ("Rajasthan", "08"), ("Madhya Pradesh", "23")])
    rows, hsn, net = [], {}, Decimal(0)
    for i, (name, code, unit, lo, hi) in enumerate(rng.sample(TALLY_GOODS, 4)):
        qty = Decimal(rng.randrange(2, 60) * (25 if unit == "Kg" else 1))
        rate = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        amt = q2(qty * rate)
        net += amt
        hsn[code] = hsn.get(code, Decimal(0)) + amt
        rows.append(
            f"<tr class=n><td>{i + 1}</td><td><b>{name}</b></td><td>{code}</td><td class=r>{qty} {unit}</td>"
            f"<td class=r>{money(rate, 'in')}</td><td>{unit}</td><td class=r>{money(amt, 'in')}</td></tr>"
        )
    cgst = q2(net * Decimal("0.09"))
    sgst = cgst
    raw = net + cgst + sgst
    total = raw.quantize(Decimal(1), "ROUND_HALF_UP")
    roff = total - raw
    hrows = "".join(
        f"<tr><td>{c}</td><td class=r>{money(v, 'in')}</td><td>9%</td>"
        f"<td class=r>{money(q2(v * Decimal('0.09')), 'in')}"
        f"</td><td>9%</td><td class=r>{money(q2(v * Decimal('0.09')), 'in')}</td></tr>"
        for c, v in sorted(hsn.items())
    )
    pan = f"A{rng.choice('ABCD')}{rng.choice('PFH')}PS{rng.randrange(1000, 9999)}{rng.choice('KLM')}"
    gst = f"{st_code[1]}{pan}1Z{rng.randrange(1, 9)}"
    body = f"""
<h1>Tax Invoice</h1><table><tr><td rowspan=3 style="width:50%"><b>{esc(legal)}</b><br>{
        rng.randrange(1, 200)
    }, {rng.choice(["Loha Bazar", "Station Road", "GIDC Estate"])}<br>GSTIN/UIN: {gst}<br>State Name : {
        st_code[0]
    }, Code : {st_code[1]}</td><td>Invoice No.<br><b>{number}</b></td><td>Dated<br><b>{
        fdate(issued, d)
    }</b></td></tr>
<tr><td>Delivery Note<br>{rng.randrange(100, 999)}</td><td>Mode/Terms of Payment<br>{
        rng.choice(["30 Days", "Credit"])
    }</td>
</tr><tr><td>Buyer's Order No.<br>{rng.randrange(1000, 9999)}</td><td>Dated<br>{
        fdate(issued - timedelta(days=rng.randrange(3, 15)), d)
    }</td></tr><tr><td rowspan=2>Buyer (Bill to)<br><b>{
        rng.choice(["Patel Infra Projects", "Vardhman Builders", "Jain Fabricators"])
    }</b><br>GSTIN/UIN: {st_code[1]}AAEFV{rng.randrange(1000, 9999)}R1Z{rng.randrange(1, 9)}<br>State Name : {
        st_code[0]
    }, Code : {st_code[1]}</td><td>Dispatched through<br>Truck</td><td>Destination<br>Site</td></tr>
<tr><td colspan=2>Motor Vehicle No.<br>{rng.choice(["GJ", "RJ", "MP"])}-{rng.randrange(1, 40):02d}-{
        rng.choice(["AB", "CT", "TX"])
    }-{rng.randrange(1000, 9999)}</td></tr></table>
<table><tr><th>Sl No.</th><th>Description of
Goods</th><th>HSN/SAC</th><th>Quantity</th><th>Rate</th><th>per</th>
<th>Amount</th></tr>{"".join(rows)}
<tr class=n><td></td><td class=r><b>CGST</b></td><td></td><td></td><td>9 %</td><td></td><td class=r>{
        money(cgst, "in")
    }</td></tr><tr class=n><td></td><td class=r><b>SGST</b></td><td></td><td></td><td>9 %</td><td></td><td
class=r>{
        money(sgst, "in")
    }</td></tr><tr class=n><td></td><td class=r>Round Off</td><td></td><td></td><td></td><td></td><td
class=r>{
        money(roff, "in")
    }</td></tr><tr><td></td><td class=r>Total</td><td></td><td></td><td></td><td></td><td class=r><b>₹ {
        money(total, "in")
    }</b></td></tr></table>
<table><tr><td>Amount Chargeable (in words)<br><b>INR {
        words_in(int(total))
    } Only</b></td><td class=r>E. &amp; O.E</td>
</tr></table><table><tr><th>HSN/SAC</th><th>Taxable Value</th><th colspan=2>Central Tax</th><th
colspan=2>State Tax
</th></tr>{hrows}</table>
<table><tr><td style="width:55%">Company's PAN : {
        gst[2:12]
    }<br>Declaration<br>We declare that this invoice shows
the actual price of the goods described and that all particulars are true and correct.</td><td class=r>for
{esc(legal)}<br><br><br>Authorised Signatory</td></tr></table>
<p style="text-align:center">This is a Computer Generated Invoice</p>"""
    return make(
        "tally_in",
        "en",
        page(TALLY_CSS, body, "en"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=None,
        total=(total, money(total, "in")),
        currency=("INR", "INR"),
        vendor_name=(legal, legal),
        subtotal=None,
        tax=(cgst + sgst, (money(cgst, "in"), money(sgst, "in"))),
    )


MYOB_CSS = """
@page { size: A4; margin: 14mm; } body { font: 9pt 'Nimbus Sans'; } .hd { display: flex; justify-content:
 space-between; } h1 { font-size: 16pt; margin: 0; text-align: right; } table.m td { padding: 1px 6px; }
table.it { width: 100%; border-collapse: collapse; margin-top: 14px; } table.it th { border-top: 2px solid
#000;
 border-bottom: 1px solid #000; padding: 3px; text-align: left; } table.it td { padding: 3px; }
.r { text-align: right !important; white-space: nowrap; } .tot { display: flex; justify-content:
space-between;
 margin-top: 10px; border-top: 1px solid #000; padding-top: 6px; } table.t td { padding: 2px 6px; }
.bp { border: 1.5px solid #000; padding: 6px; width: 230px; margin-top: 26px; }
"""


def myob_au(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Eucalypt Electrical Pty Ltd", "Red Gum Plumbing Services Pty Ltd", "Boab Refrigeration Pty Ltd"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([7, 14, 30]))
    number = f"{rng.randrange(1000, 99999):08d}"
    d = "{dd}/{mm}/{yyyy}"
    items = [
        (
            "Labour - licensed tradesperson (hrs)",
            Decimal(rng.randrange(2, 16)) / 2,
            Decimal(rng.randrange(95, 135)),
        ),
        ("Call-out fee", Decimal(1), Decimal(rng.randrange(60, 120))),
        ("Materials as per job sheet", Decimal(1), Decimal(rng.randrange(8000, 60000)) / 100),
        ("Compliance certificate", Decimal(1), Decimal(rng.randrange(40, 90))),
    ]
    rows, net = [], Decimal(0)
    for desc, qty, price in items:
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{qty:g}</td><td>{desc}</td><td class=r>${money(price)}</td>"
            f"<td class=r>${money(amt)}</td>"
            f"<td>GST</td></tr>"
        )
    gst = q2(net / 10)
    total = net + gst
    abn = " ".join([str(rng.randrange(10, 99))] + [str(rng.randrange(100, 999)) for _ in range(3)])
    body = f"""
<div class=hd><div><b style="font-size:13pt">{esc(legal)}</b><br>ABN {abn}<br>{rng.randrange(1, 99)} {
        rng.choice(["Industrial Ave", "Trade St", "Enterprise Dr"])
    }<br>{rng.choice(["Wangara WA 6065", "Moorabbin VIC 3189", "Yatala QLD 4207"])}<br>Lic. No. {
        rng.randrange(10**5, 10**6)
    }
</div><div><h1>Tax Invoice</h1><table class=m><tr><td>Invoice No.:</td><td>{
        number
    }</td></tr><tr><td>Date:</td>
<td>{fdate(issued, d)}</td></tr><tr><td>Customer PO:</td><td>{rng.randrange(10**5, 10**6)}</td></tr>
<tr><td>Job No.:</td><td>J{rng.randrange(1000, 9999)}</td></tr></table></div></div>
<p><b>Bill To:</b><br>{rng.choice(["Strata Plan 41237", "Greenleaf Childcare Centre", "M & J Nguyen"])}<br>{
        rng.randrange(1, 99)
    } {rng.choice(["Beach Rd", "Hill St", "Park Pde"])}</p>
<table class=it><tr><th>Qty</th><th>Description</th><th class=r>Unit Price</th><th
class=r>Amount</th><th>Code</th></tr>
{"".join(rows)}</table>
<div class=tot><div>Terms: {(due - issued).days} days · Due {fdate(due, d)}</div><table class=t>
<tr><td>Subtotal:</td><td class=r>${money(net)}</td></tr><tr><td>Freight:</td><td class=r>$0.00</td></tr>
<tr><td>GST:</td><td class=r>${money(gst)}</td></tr><tr><td><b>Total Amount:</b></td><td class=r><b>${
        money(total)
    }</b>
</td></tr><tr><td>Paid to Date:</td><td class=r>$0.00</td></tr><tr><td><b>Balance Due:</b></td><td
class=r><b>${money(total)}</b></td></tr></table></div>
<div class=bp><b>BPAY</b> Biller Code: {rng.randrange(10**5, 10**6)}<br>Ref: {
        rng.randrange(10**9, 10**10)
    }<br>
<span style="font-size:7pt">Telephone &amp; Internet Banking - BPAY®. Contact your bank to make this payment
from
your cheque, savings or transaction account.</span></div>
<p>All amounts are in AUD and include GST where shown. EFT: BSB {rng.randrange(100, 999)}-{
        rng.randrange(100, 999)
    } Acc {rng.randrange(10**7, 10**8)} · Please quote
invoice number.</p>"""
    return make(
        "myob_au",
        "en",
        page(MYOB_CSS, body, "en"),
        repeats=frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("AUD", "$"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(gst, money(gst)),
    )
