"""Set I layouts: Thailand (tax invoice / receipt) and India (Tally-style grid with CGST +
SGST; SaaS-style IGST invoice with round-off and a payment)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_i import (
    Doc,
    Num,
    en_words,
    finish,
    make_lines,
    nw,
    page,
    pick_date,
    q,
    table,
    total_of,
)


def taxinv_th(rng: random.Random) -> Doc:
    vendor = rng.choice(["Siam Precision Parts Co., Ltd.", "Chao Phraya Metalworks Co., Ltd."])
    fmt = Num()
    cat = (
        "Stainless bracket SB-220|Bearing housing BH-45|CNC machining service (hr)|"
        "Hex bolt M10 (box)|Aluminium plate 3 mm|Surface treatment - anodizing"
    )
    lines = make_lines(rng, cat, 5, 120, 9800, step="0.25", qmax=12)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.07"), 2)
    total = sub + tax
    issued = pick_date(rng)
    due = issued + timedelta(days=45)
    number = f"IV{issued:%y%m}-{rng.randint(1, 999):04d}"

    def d(x):
        return f"{x.day} {x:%b} {x.year}"

    baht, satang = divmod(int(total * 100), 100)
    words = f"{en_words(baht)} Baht" + (f" and {en_words(satang)} Satang" if satang else " Only")
    rows = [[str(i), ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for i, ln in enumerate(lines, 1)]
    body = f"""<table><tr><td><h2>{vendor}</h2><p>88/9 Moo 4, Bangna-Trad Rd. Km. 23, Bang Sao Thong,
Samut Prakan 10570</p><p>Tax ID 0105558{rng.randint(100000, 999999)} (Head Office)</p></td>
<td class="r"><div class="stamp">ORIGINAL</div><h1>TAX INVOICE / RECEIPT</h1></td></tr></table>
<table class="boxes"><tr><td class="bx"><b>Customer</b><br>Eastern Seaboard Automotive Co., Ltd.<br>
700/12 Amata City, Chonburi 20000<br>Tax ID 0205549{rng.randint(100000, 999999)} Branch 00001</td><td
class="bx">
<table><tr><td>No.</td><td>{nw(number)}</td></tr><tr><td>Date</td><td>{nw(d(issued))}</td></tr>
<tr><td>Due Date</td><td>{nw(d(due))}</td></tr>
<tr><td>Quotation</td><td>QT{issued:%y}03-{rng.randint(10, 99)}</td></tr>
<tr><td>Customer PO</td><td>4500{rng.randint(100000, 999999)}</td></tr></table></td></tr></table>
{table("No.|Description|Qty|Unit Price|Amount (THB)", rows, {2, 3, 4})}
<table class="foot"><tr><td class="words">({words})</td><td><table>
<tr><td>Amount before VAT</td><td class="r">{fmt(sub)}</td></tr><tr><td>VAT 7%</td><td
class="r">{fmt(tax)}</td></tr>
<tr class="b"><td>Grand Total</td><td class="r">{fmt(total)}</td></tr></table></td></tr></table>
<table class="sig"><tr><td>Received by ______________<br>Date ____/____/______</td>
<td>Authorized signature ______________<br>Date ____/____/______</td></tr></table>"""
    css = (
        ".stamp{display:inline-block;border:2px solid #1b5e9e;color:#1b5e9e;padding:2px 8px}"
        " h1{font-size:14pt;color:#1b5e9e} .boxes{margin:8px 0;border-spacing:6px;border-collapse:separate}"
        " .bx{border:1px solid #1b5e9e;border-radius:6px;width:50%} .items th{background:#1b5e9e;color:#fff}"
        " .items td{border-bottom:1px solid #ccd} .foot{margin-top:8px} .words{width:55%;font-style:italic;"
        "background:#eef3f9;padding:8px!important} .sig{margin-top:40px} .sig td{width:50%;text-align:center}"
    )
    html = page(body, css, "DejaVu Sans Condensed")
    dates = (issued, d(issued)), (due, d(due))
    return finish("taxinv_th", "en", html, fmt, number, vendor, ("THB", "THB"), dates, (sub, tax, total))


def in_words(n: int) -> str:
    """Indian-style words: "One Lakh Twenty-Three Thousand Four Hundred Five"."""
    parts = []
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if n >= size:
            parts.append(f"{en_words(n // size)} {name}")
            n %= size
    if n or not parts:
        parts.append(en_words(n))
    return " ".join(parts)


def tally_in(rng: random.Random) -> Doc:
    vendor = rng.choice(["Shree Venkatesh Enterprises Pvt. Ltd.", "Kaveri Electricals & Controls Pvt. Ltd."])
    fmt = Num(lakh=True)
    cat = [
        ("MCB 32A Double Pole", "85362030"),
        ("Copper Cable 4 sq mm (90 m)", "85444999"),
        ("LED Panel 36W", "94059900"),
        ("Distribution Board 8-way", "85371000"),
        ("Installation charges", "998719"),
        ("Control Panel Wiring", "998719"),
    ]
    picks = rng.sample(cat, 4)
    lines = make_lines(rng, [p[0] for p in picks], 4, 450, 38000, qmax=20)
    hsn = dict(picks)
    sub = total_of(lines)
    cgst = q(sub * Decimal("0.09"), 2)
    tax = cgst * 2
    total = sub + tax
    issued = pick_date(rng, months=(4, 12))
    number = f"SVE/25-26/{rng.randint(100, 999):04d}"
    shown = f"{issued.day}-{issued:%b}-{issued:%y}"
    order = issued - timedelta(days=rng.randint(8, 20))
    rows = [
        [str(i), f"<b>{ln.desc}</b>", hsn[ln.desc], f"{ln.qty} Nos", fmt(ln.unit), "Nos", fmt(ln.amount)]
        for i, ln in enumerate(lines, 1)
    ]
    rows += [
        ["", "", "", "", "", "", f"<span class=ul>{fmt(sub)}</span>"],
        ["", "<b><i>Output CGST @ 9%</i></b>", "", "", "9 %", "", fmt(cgst)],
        ["", "<b><i>Output SGST @ 9%</i></b>", "", "", "9 %", "", fmt(cgst)],
        ["", "Total", "", f"{sum(ln.qty for ln in lines)} Nos", "", "", f"<b>₹ {fmt(total)}</b>"],
    ]
    items = table("Sl No.|Description of Goods|HSN/SAC|Quantity|Rate|per|Amount", rows, {3, 4, 6})
    summary = table(
        ("HSN/SAC|Taxable Value|Central Tax Rate|Amount|State Tax Rate|Amount|Total Tax Amount"),
        [["", fmt(sub), "9%", fmt(cgst), "9%", fmt(cgst), fmt(tax)]],
        {1, 3, 5, 6},
        "hsn",
    )
    body = f"""<table class="t"><tr><td class="c" style="border:0"><b style="font-size:12pt">Tax Invoice</b>
<span style="float:right"><i>(ORIGINAL FOR RECIPIENT)</i></span></td></tr></table>
<table class="grid"><tr><td rowspan="4" style="width:50%"><b>{vendor}</b><br>No. 14, 2nd Cross, Peenya
Industrial Area, Bengaluru<br>GSTIN/UIN: 29AAB{rng.randint(1000, 9999)}K1Z5<br>State Name : Karnataka, Code
: 29</td>
<td>Invoice No.<br><b>{number}</b></td><td>Dated<br><b>{shown}</b></td></tr>
<tr><td>Delivery Note<br>DN-{rng.randint(100, 999)}</td><td>Mode/Terms of Payment<br>30 Days</td></tr>
<tr><td>Reference No. &amp; Date.<br>QTN-{rng.randint(10, 99)} dt. {order - timedelta(days=9):%d-%b-%y}</td>
<td>Other References<br></td></tr><tr><td>Buyer's Order No.<br>PO/{rng.randint(1000, 9999)}</td>
<td>Dated<br>{order.day}-{order:%b-%y}</td></tr><tr><td rowspan="2">Buyer (Bill to)<br><b>Mysore Agro Foods
Ltd.</b><br>Hebbal Industrial Area, Mysuru<br>GSTIN/UIN: 29AAC{rng.randint(1000, 9999)}M1Z2<br>
State Name : Karnataka, Code : 29</td><td>Dispatch Doc No.<br>{rng.randint(1000, 9999)}</td>
<td>Delivery Note Date<br>{issued.day}-{issued:%b-%y}</td></tr><tr><td>Dispatched through<br>By Road</td>
<td>Destination<br>Mysuru</td></tr></table>{items}
<table class="t"><tr><td>Amount Chargeable (in words)<br><b>INR {in_words(int(total))} and
{en_words(int(total * 100) % 100)} paise Only</b></td><td class="r"><i>E. &amp;
O.E</i></td></tr></table>{summary}
<table class="t"><tr><td style="width:55%">Company's PAN :
AAB{rng.randint(1000, 9999)}K<br><u>Declaration</u><br>We
declare that this invoice shows the actual price of the goods described and that all particulars are true
and
correct.</td><td>Company's Bank Details<br>Bank Name : Canara Bank<br>A/c No. :
0412201{rng.randint(100000, 999999)}
<br>Branch &amp; IFS Code : Peenya &amp; CNRB0000412<br><br><div class="r">for {vendor}<br><br>Authorised
Signatory</div></td></tr></table><p class="c small">This is a Computer Generated Invoice</p>"""
    css = (
        ".grid td,.items td,.items th,.hsn td,.hsn th,.t td{border:1px solid #000} .items td{border-top:0;"
        "border-bottom:0} .items th{border:1px solid #000} .ul{border-top:1px solid #000}"
        " .grid td{font-size:8.5pt}"
    )
    html = page(body, css, "Liberation Sans", "10mm")
    dates = (issued, shown), None
    return finish("tally_in", "en", html, fmt, number, vendor, ("INR", "₹"), dates, (sub, tax, total))


def igst_in(rng: random.Random) -> Doc:
    vendor = rng.choice(["Nimbus Cloudworks India Private Limited", "Pragati Analytics LLP"])
    fmt = Num(lakh=True)
    cat = (
        "Data pipeline development (hrs)|Dashboard licence - annual|"
        "Cloud hosting - Sep 2025|Support retainer|Data migration services|"
        "Training workshop (per day)"
    )
    lines = make_lines(rng, cat, 4, 2500, 95000, step="0.5", qmax=6)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.18"), 2)
    total = q(sub + tax, 0)
    rounding = total - sub - tax
    paid = q(total * Decimal("0.4"), -3)
    issued = pick_date(rng)
    due = issued + timedelta(days=45)
    number = f"INV-{rng.randint(100, 999):06d}"
    rows = [
        [
            str(i),
            ln.desc,
            "998314",
            f"{ln.qty}.00",
            fmt(ln.unit),
            "18%",
            fmt(q(ln.amount * Decimal("0.18"), 2)),
            fmt(ln.amount),
        ]
        for i, ln in enumerate(lines, 1)
    ]
    body = f"""<table><tr><td><div class="logo">{vendor[0]}</div><b>{vendor}</b><br>4th Floor, Cyber Towers,
HITEC City, Hyderabad Telangana 500081<br>GSTIN 36AAF{rng.randint(1000, 9999)}Q1ZP</td>
<td class="r"><h1>TAX INVOICE</h1><p># {number}</p><p class="small">Balance Due</p>
<p class="bd">₹{fmt(total - paid)}</p></td></tr></table>
<table class="two"><tr><td><span class="lab">Bill To</span><br><b>Orbit Retail Ventures Pvt Ltd</b><br>
Lower Parel, Mumbai 400013<br>Maharashtra<br>GSTIN 27AAD{rng.randint(1000, 9999)}L1Z9</td>
<td><span class="lab">Ship To</span><br>Orbit Retail Ventures Pvt Ltd<br>Andheri East, Mumbai 400069</td>
<td><table class="kv"><tr><td>Invoice Date :</td><td>{issued:%d/%m/%Y}</td></tr><tr><td>Terms :</td>
<td>Net 45</td></tr><tr><td>Due Date :</td><td>{due:%d/%m/%Y}</td></tr><tr><td>P.O.# :</td>
<td>ORV-{rng.randint(1000, 9999)}</td></tr></table></td></tr></table>
<p>Place Of Supply: Maharashtra (27)</p>
{table("#|Item &amp; Description|HSN/SAC|Qty|Rate|IGST %|IGST Amt|Amount", rows, {3, 4, 5, 6, 7})}
<table class="tot"><tr><td>Sub Total</td><td>{fmt(sub)}</td></tr><tr><td>IGST18
(18%)</td><td>{fmt(tax)}</td></tr>
<tr><td>Rounding</td><td>{fmt(rounding)}</td></tr><tr class="b"><td>Total</td><td>₹{fmt(total)}</td></tr>
<tr><td>Payment Made</td><td class="red">(-) {fmt(paid)}</td></tr><tr class="b hl"><td>Balance Due</td>
<td>₹{fmt(total - paid)}</td></tr></table>
<p>Total In Words: <i><b>Indian Rupee {in_words(int(total))} Only</b></i></p>
<p class="small">Thanks for your business. Bank: HDFC Bank, A/c 5020004{rng.randint(1000000, 9999999)},
IFSC HDFC0000521.</p>"""
    css = (
        ".logo{width:34px;height:34px;background:#4a3aa8;color:#fff;font-size:20pt;text-align:center;"
        "float:left;margin-right:8px} h1{font-size:22pt;font-weight:normal}"
        " .bd{font-size:13pt;font-weight:bold}"
        " .two{margin:14px 0} .lab{color:#777} .kv td{padding:1px 4px} .items"
        " th{background:#3b3b3b;color:#fff}"
        " .items td{border-bottom:1px solid #ddd} .tot{width:45%;margin:8px 0 8px auto}"
        " .tot td:last-child{text-align:right} .hl{background:#f1f1f1} .red{color:#b00}"
    )
    html = page(body, css, "DejaVu Sans")
    dates = (issued, f"{issued:%d/%m/%Y}"), (due, f"{due:%d/%m/%Y}")
    return finish(
        "igst_in", "en", html, fmt, number, vendor, ("INR", "₹"), dates, (sub, tax, total), rounding
    )
