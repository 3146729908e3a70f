"""Set J templates: Irish freelancer invoice (word-processor template), Indian chartered accountants' bill."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

WORD_CSS = """
@page { size: A4; margin: 25mm 22mm; }
body { font: 10.5pt 'Liberation Sans'; color: #222; }
.title { text-align: right; font-size: 30pt; color: #2e74b5; letter-spacing: 3px; }
table.hdr { width: 100%; margin-top: 12px; } table.hdr td { vertical-align: top; }
.lbl { font-weight: bold; color: #2e74b5; font-size: 9pt; }
table.meta { margin-left: auto; border-collapse: collapse; } table.meta td { padding: 2px 6px; }
table.lines { width: 100%; border-collapse: collapse; margin-top: 22px; }
table.lines th { background: #2e74b5; color: white; padding: 5px; font-size: 9.5pt; }
table.lines td { border: 1px solid #9cc2e5; padding: 5px; } .r { text-align: right; }
table.tot { margin-left: auto; border-collapse: collapse; margin-top: 6px; }
table.tot td { padding: 3px 6px; } table.tot tr.g td { border-top: 2px solid #2e74b5; font-weight: bold; }
p.terms { margin-top: 28px; font-size: 9.5pt; }
"""

JOBS = [
    ("Website copy: home, about and services pages", 60, 90),
    ("Brand naming workshop (half day) and write-up", 35, 60),
    ("Product descriptions, spring catalogue", 40, 80),
    ("Email newsletter series, 4 issues", 45, 75),
    ("Case study interviews and drafting", 50, 85),
    ("Proofreading and style-guide review", 35, 55),
    ("Social media content calendar", 40, 70),
]


def freelance_ie(rng: random.Random) -> Doc:
    first, last = rng.choice([("Niamh", "Kavanagh"), ("Ciarán", "Ó Dálaigh"), ("Aoife", "Brennan")])
    vendor = f"{first} {last} Copywriting Ltd"
    issued = issue_date(rng)
    start = (issued.replace(day=1) - timedelta(days=1)).replace(day=1)
    end = issued.replace(day=1) - timedelta(days=1)
    number = f"{first[0]}{last.replace('Ó ', 'O')[0]}-{rng.randrange(20, 140):04d}"
    rate = Decimal(rng.choice([55, 60, 65, 70, 75]))
    rows, subtotal = [], Decimal(0)
    for desc, lo, hi in rng.sample(JOBS, rng.randrange(3, 6)):
        hours = Decimal(rng.randrange(lo, hi)) / 4
        amt = q2(hours * rate)
        subtotal += amt
        rows.append(
            f"<tr><td>{desc}</td><td class=r>{hours:.2f}</td><td class=r>€{money(rate)}</td>"
            f"<td class=r>€{money(amt)}</td></tr>"
        )
    vat = q2(subtotal * Decimal("0.23"))
    total = subtotal + vat
    dfmt = "{dd}/{mm}/{yyyy}"
    client = rng.choice(["Wild Atlantic Tours DAC", "Liffey Valley Interiors Ltd", "Greenway Cycles Ltd"])
    body = f"""
<div class=title>INVOICE</div>
<table class=hdr><tr><td style="width:55%"><span class=lbl>From:</span><br><b>{esc(vendor)}</b><br>
{rng.randrange(2, 80)} Mountjoy Square<br>Dublin 1, D01 {rng.choice("EFHK")}{rng.randrange(100, 999)}<br>
Tel: 087 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}<br>
VAT No: IE {rng.randrange(1000000, 9999999)}{rng.choice(["TH", "WH", "FA"])}</td>
<td><table class=meta><tr><td class=lbl>DATE:</td><td>{fdate(issued, dfmt)}</td></tr>
<tr><td class=lbl>INVOICE NO.:</td><td>{number}</td></tr>
<tr><td class=lbl>YOUR PO:</td><td>{rng.randrange(4500000000, 4599999999)}</td></tr></table></td></tr>
<tr><td><br><span class=lbl>To:</span><br>Accounts Payable<br>{esc(client)}<br>
Unit {rng.randrange(1, 30)}, Galway Business Park<br>Galway, H91
{rng.choice("ACDX")}{rng.randrange(100, 999)}</td><td></td></tr>
</table>
<table
class=lines><tr><th>DESCRIPTION</th><th>HOURS</th><th>RATE</th><th>AMOUNT</th></tr>{"".join(rows)}</table>
<table class=tot><tr><td>Subtotal</td><td class=r>€{money(subtotal)}</td></tr>
<tr><td>VAT @ 23%</td><td class=r>€{money(vat)}</td></tr>
<tr class=g><td>TOTAL</td><td class=r>€{money(total)}</td></tr></table>
<p class=terms>Work period: {fdate(start, dfmt)} to {fdate(end, dfmt)}.<br>
Payment terms: 30 days from date of invoice.<br>
Please pay by bank transfer to IBAN IE{rng.randrange(10, 99)} AIBK 9311 {rng.randrange(1000, 9999)}
{rng.randrange(1000, 9999)} {rng.randrange(10, 99)}, BIC AIBKIE2D, quoting the invoice number.<br><br>
Thank you for your business!</p>"""
    return make(
        "freelance_ie",
        "en",
        page(WORD_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, dfmt)),
        due_date=None,
        total=(total, money(total)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(subtotal, money(subtotal)),
        tax=(vat, money(vat)),
    )


ONES = [
    *[
        "Zero",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
    ],
    *["Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"],
]
TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand"), (100, "Hundred")):
        if n >= size:
            rest = n % size
            return f"{_words(n // size)} {name}" + (f" {_words(rest)}" if rest else "")
    raise AssertionError(n)


def rupees_in_words(x: Decimal) -> str:
    paise = int((x * 100) % 100)
    text = f"Rupees {_words(int(x))}"
    return text + (f" and {_words(paise)} Paise" if paise else "") + " Only"


CA_CSS = """
@page { size: A4; margin: 15mm 18mm; }
body { font: 9.5pt 'DejaVu Serif'; }
.lh { text-align: center; border-bottom: 3px double #333; padding-bottom: 6px; }
.lh .n { font-size: 17pt; font-weight: bold; letter-spacing: 1px; } .lh .s { font-size: 9pt; }
table.two { width: 100%; margin: 10px 0; } table.two td { vertical-align: top; width: 50%; }
table.fees { width: 100%; border-collapse: collapse; }
table.fees th, table.fees td { border: 1px solid #444; padding: 4px 6px; } .r
{ text-align: right; white-space: nowrap; }
table.fees tr.t td { font-weight: bold; }
.words { margin: 6px 0; font-style: italic; } .sig { margin-top: 30px; text-align: right; }
"""

FEES = [
    ("Statutory audit of accounts for the financial year {fy}", 60000, 250000),
    ("Tax audit under section 44AB of the Income-tax Act, 1961 for FY {fy}", 25000, 90000),
    ("Filing of GSTR-9 / GSTR-9C annual return for FY {fy}", 15000, 45000),
    ("Internal audit, quarter ended {q}", 30000, 120000),
    ("Certification of Form 15CB (foreign remittances), {k} certificates", 2500, 9000),
    ("ROC annual filings (AOC-4 and MGT-7) for FY {fy}", 8000, 20000),
]


def _pan(rng: random.Random, kind: str) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (
        "".join(rng.choice(letters) for _ in range(3))
        + kind
        + rng.choice(letters)
        + f"{rng.randrange(1000, 9999)}"
        + rng.choice(letters)
    )


def fees_in(rng: random.Random) -> Doc:
    firm = rng.choice(["RAO & IYER ASSOCIATES LLP", "MEHTA KULKARNI & CO LLP", "SEN GUPTA & PARTNERS LLP"])
    issued = issue_date(rng)
    fy_start = issued.year - 1 if issued.month <= 3 else issued.year
    fy = f"{fy_start - 1}-{fy_start % 100:02d}"
    number = (
        f"{''.join(w[0] for w in firm.split()[:2] if w != '&')}/{fy_start}-{(fy_start + 1) % 100:02d}/"
        f"{rng.randrange(40, 400):04d}"
    )
    rows, taxable = [], Decimal(0)
    for i, (desc, lo, hi) in enumerate(rng.sample(FEES, rng.randrange(3, 5)), 1):
        amt = Decimal(rng.randrange(lo // 500, hi // 500) * 500)
        taxable += amt
        text = desc.format(fy=fy, q=f"30-09-{fy_start}", k=rng.randrange(3, 12))
        rows.append(f"<tr><td>{i}</td><td>{text}</td><td>998222</td><td class=r>{money(amt, 'in')}</td></tr>")
    cgst = sgst = q2(taxable * Decimal("0.09"))
    total = taxable + cgst + sgst
    advance = Decimal(rng.randrange(2, 8) * 10000)
    adv_date = issued - timedelta(days=rng.randrange(40, 90))
    dfmt = "{dd}-{mm}-{yyyy}"
    state = rng.choice([("Karnataka", "29"), ("Maharashtra", "27"), ("Tamil Nadu", "33")])
    client = rng.choice(
        [
            "Sahyadri Agro Foods Private Limited",
            "Vels Precision Castings Pvt. Ltd.",
            "Konkan Coastal Resorts Private Limited",
        ]
    )
    pan, own = _pan(rng, "C"), _pan(rng, "F")
    city = rng.choice(
        [
            ("Residency Road, Bengaluru 560025", "80", "S"),
            ("FC Road, Pune 411004", "20", "W"),
            ("Cathedral Road, Chennai 600086", "44", "S"),
        ]
    )
    body = f"""
<div class=lh><div class=n>{esc(firm)}</div><div class=s>CHARTERED ACCOUNTANTS</div>
<div class=s>{rng.randrange(2, 90)}, {rng.choice(["2nd", "3rd", "4th"])} Floor, {city[0]} &middot;
Ph: +91 {city[1]} {rng.randrange(2000, 2999)} {rng.randrange(1000, 9999)} &middot;
FRN: {rng.randrange(10000, 99999):06d}{city[2]} &middot; LLPIN:
AA{rng.choice("BCDF")}-{rng.randrange(1000, 9999)}</div></div>
<h3 style="text-align:center;margin:8px 0">TAX INVOICE / FEE BILL</h3>
<table class=two><tr><td><b>To,</b><br>The Board of Directors<br>{esc(client)}<br>
Plot {rng.randrange(10, 300)}, Industrial Area Phase II<br>GSTIN: {state[1]}{pan}1Z{rng.randrange(1, 9)}<br>
Place of supply: {state[0]} ({state[1]})</td>
<td style="text-align:right">Bill No.: {number}<br>Date: {fdate(issued, dfmt)}<br>
Client Code: C{rng.randrange(100, 999)}<br>GSTIN: {state[1]}{own}1Z{rng.randrange(1, 9)}<br>PAN:
{own}</td></tr></table>
<p>Being professional fees for services rendered as under:</p>
<table class=fees><tr><th>Sr.</th><th>Particulars</th><th>SAC</th><th>Amount (₹)</th></tr>{"".join(rows)}
<tr class=t><td></td><td colspan=2>Total taxable value</td><td class=r>{money(taxable, "in")}</td></tr>
<tr><td></td><td colspan=2>Add: CGST @ 9%</td><td class=r>{money(cgst, "in")}</td></tr>
<tr><td></td><td colspan=2>Add: SGST @ 9%</td><td class=r>{money(sgst, "in")}</td></tr>
<tr class=t><td></td><td colspan=2>Grand Total</td><td class=r>₹ {money(total, "in")}</td></tr>
<tr><td></td><td colspan=2>Less: Advance received on {fdate(adv_date, dfmt)}</td><td
class=r>{money(advance, "in")}</td></tr>
<tr class=t><td></td><td colspan=2>Balance payable</td><td
class=r>{money(total - advance, "in")}</td></tr></table>
<div class=words>(Grand Total in words: {rupees_in_words(total)})</div>
<p>Payable within 15 days of receipt. Kindly deduct TDS u/s 194J @ 10% on fees and issue Form 16A.<br>
Bank: HDFC Bank, A/c No. 5020{rng.randrange(10**9, 10**10)}, IFSC HDFC000{rng.randrange(1000, 9999)}.</p>
<div class=sig>Authorised Signatory<br><br><br>Partner
(M. No. {rng.randrange(200000, 299999)})</div>"""
    return make(
        "fees_in",
        "en",
        page(CA_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, dfmt)),
        due_date=None,
        total=(total, money(total, "in")),
        currency=("INR", "₹"),
        vendor_name=(firm, firm),
        subtotal=(taxable, money(taxable, "in")),
        tax=(cgst + sgst, (money(cgst, "in"), money(sgst, "in"))),
    )
