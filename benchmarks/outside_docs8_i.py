"""Set I layouts: Singapore (GST, credit note applied), Malta (utility-style bill with an
account summary) and Japan (amount box first, 10 % and reduced 8 % consumption tax)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from outside_common_i import (
    Doc,
    Num,
    finish,
    make_lines,
    page,
    pick_date,
    q,
    table,
    total_of,
)


def credit_sg(rng: random.Random) -> Doc:
    vendor = rng.choice(["Lion City Analytics Pte. Ltd.", "Merlion Data & Insights Pte. Ltd."])
    fmt = Num()
    cat = (
        "Analytics platform - Pro plan|Additional user seats|Data onboarding (one-off)|"
        "Priority support add-on|Custom report development|API usage overage"
    )
    lines = make_lines(rng, cat, 4, 45, 6800, qmax=12)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.09"), 2)
    total = sub + tax
    credit = q(Decimal(rng.randint(50, 900)), 2)
    issued = pick_date(rng, months=(1, 11))
    due = issued + timedelta(days=30)

    def d(x: date) -> str:
        return f"{x.day} {x:%B} {x.year}"

    number = f"SG-{rng.randint(10000, 99999)}"
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit), "9%", fmt(ln.amount)] for ln in lines]
    body = f"""<table><tr><td><h1>Tax Invoice</h1><p class="nm">{vendor}</p><p class="small">UEN / GST Reg.
No.
20{rng.randint(10**7, 10**8 - 1)}K<br>71 Ayer Rajah Crescent, #05-12, Singapore 139951</p></td>
<td class="due"><span>Amount due</span><br><b>S${fmt(total - credit)}</b><br><span>Due
{d(due)}</span></td></tr></table>
<table class="two"><tr><td><span class="lab">BILLED TO</span><br>Straits Shipping Holdings Pte. Ltd.<br>
10 Pasir Panjang Road, Singapore 117438<br>Attn: Accounts Payable</td><td><span class="lab">INVOICE
DETAILS</span>
<br>Invoice number: <b>{number}</b><br>Issue date: {d(issued)}<br>Due date: {d(due)}<br>Subscription period:
{issued:%d/%m/%Y} - {issued + timedelta(days=29):%d/%m/%Y}<br>Customer ID:
cus_{rng.randint(10**5, 10**6)}</td></tr></table>
{table("Description|Qty|Unit price|GST|Amount (SGD)", rows, {1, 2, 3, 4})}
<table class="tot"><tr><td>Subtotal</td><td>{fmt(sub)}</td></tr><tr><td>GST 9%</td><td>{fmt(tax)}</td></tr>
<tr class="b"><td>Total (SGD)</td><td>{fmt(total)}</td></tr><tr><td>Less: Credit note
CN-{rng.randint(100, 999)} applied
</td><td>-{fmt(credit)}</td></tr><tr class="b"><td>Amount due
(SGD)</td><td>{fmt(total - credit)}</td></tr></table>
<table class="pay"><tr><td class="qr"></td><td>Pay by PayNow to UEN 20{rng.randint(10**7, 10**8 - 1)}K,
reference
{number}, or bank transfer to DBS
072-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}.</td></tr></table>"""
    css = (
        "h1{font-size:20pt;color:#0b7a75} .nm{font-weight:bold;font-size:11pt}"
        " .due{background:#0b7a75;color:#fff;"
        "width:34%;padding:10px!important;text-align:right} .due b{font-size:17pt} .two{margin:14px 0}"
        " .two td{width:50%} .lab{font-size:7.5pt;letter-spacing:1px;color:#0b7a75} .items"
        " th{background:#e6f3f2}"
        " .items td{border-bottom:1px solid #e6e6e6} .tot{width:48%;margin:10px 0 10px auto}"
        " .tot td:last-child{text-align:right} .qr{width:26mm;height:26mm;border:4px solid #7b2d8e}"
        " .pay{margin-top:14px}"
    )
    html = page(body, css, "Liberation Sans")
    dates = (issued, d(issued)), (due, d(due))
    return finish("credit_sg", "en", html, fmt, number, vendor, ("SGD", "SGD"), dates, (sub, tax, total))


def utility_mt(rng: random.Random) -> Doc:
    vendor = rng.choice(["Valletta Broadband Services Ltd.", "Malta Fibre Link Limited"])
    fmt = Num()
    cat = (
        "Fibre 1 Gbps - monthly fee|Static IP address|Mobile line 1 - bundle|"
        "Mobile line 2 - bundle|TV package Plus|Router rental"
    )
    lines = make_lines(rng, cat, 4, 4, 65, qmax=2)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.18"), 2)
    total = sub + tax
    prev, paid = Decimal(rng.randint(9000, 19000)) / 100, Decimal(rng.randint(5000, 8000)) / 100
    issued = pick_date(rng, months=(2, 12))
    due = issued + timedelta(days=21)
    start = date(issued.year, issued.month - 1, 1)
    number = f"{rng.randint(10**7, 10**8 - 1)}"
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for ln in lines]
    body = f"""<table><tr><td><h2>{vendor}</h2><p class="small">Triq il-Kbira, Mosta MST 1017, Malta
&middot; VAT No.
MT{rng.randint(10**7, 10**8 - 1)} &middot; C {rng.randint(10000, 99999)}</p></td><td class="r"><b>Your
bill</b></td></tr></table>
<table class="sum"><tr><td class="acc">Invoice No. {number}<br>Account No.
{rng.randint(10**6, 10**7 - 1)}<br>Date of
issue: {issued:%d/%m/%Y}<br>Billing period: {start:%d/%m/%Y} -
{issued.replace(day=1) - timedelta(days=1):%d/%m/%Y}
<br>Pay by: {due:%d/%m/%Y}</td><td><table class="bal"><tr><td>Previous
balance</td><td>€{fmt(prev)}</td></tr>
<tr><td>Payment received, thank you</td><td>-€{fmt(paid)}</td></tr><tr><td>Balance brought forward</td>
<td>€{fmt(prev - paid)}</td></tr><tr><td>Current charges</td><td>€{fmt(total)}</td></tr><tr class="b big">
<td>Total amount due</td><td>€{fmt(prev - paid + total)}</td></tr></table></td></tr></table>
<p>Mr Joseph Camilleri, 14 Triq San Pawl, Naxxar NXR 1234</p><h3>Current charges</h3>
{table("Service|Qty|Rate|Amount (EUR)", rows, {1, 2, 3})}
<table class="tot"><tr><td>Net amount</td><td>{fmt(sub)}</td></tr><tr><td>VAT @
18%</td><td>{fmt(tax)}</td></tr>
<tr class="b"><td>Current charges incl. VAT</td><td>€{fmt(total)}</td></tr></table>"""
    css = (
        ".sum{background:#fdf2e6;margin:10px 0} .acc{width:45%;border-right:1px solid #e0a060} .bal"
        " td:last-child,"
        " .tot td:last-child{text-align:right} .big{font-size:12pt;color:#b85c00}"
        " h3{margin-top:10px;color:#b85c00}"
        " .items th{border-bottom:1px solid #b85c00} .tot{width:50%;margin:8px 0 0 auto}"
    )
    html = page(body, css, "DejaVu Sans")
    dates = (issued, f"{issued:%d/%m/%Y}"), (due, f"{due:%d/%m/%Y}")
    return finish("utility_mt", "en", html, fmt, number, vendor, ("EUR", "€"), dates, (sub, tax, total))


def reduced_jp(rng: random.Random) -> Doc:
    vendor = rng.choice(["Sakura Trading Co., Ltd.", "Hokuriku Foods Distribution Co., Ltd."])
    fmt = Num(0)
    std = make_lines(
        rng, "Paper cups 8 oz (case)|Delivery charge|Kitchen towels (case)", 2, 300, 24000, step="10", qmax=10
    )
    red = make_lines(
        rng,
        "Green tea leaves 1 kg *|Rice crackers (case) *|Miso paste 5 kg *",
        2,
        800,
        18000,
        step="10",
        qmax=10,
    )
    b10, b8 = total_of(std), total_of(red)
    t10, t8 = Decimal(int(b10 * Decimal("0.10"))), Decimal(int(b8 * Decimal("0.08")))  # rounded down per rate
    sub, tax = b10 + b8, t10 + t8
    total = sub + tax
    issued = pick_date(rng, months=(1, 11))
    due = date(issued.year, issued.month + 1, 28)
    number = f"{issued:%Y%m}-{rng.randint(100, 999)}"
    rows = [[ln.desc, str(ln.qty), f"¥{fmt(ln.unit)}", f"¥{fmt(ln.amount)}"] for ln in std + red]
    body = f"""<table><tr><td style="width:55%"><p class="to">Kansai Cafe Holdings Inc. &nbsp; Messrs.</p>
<div class="amt">Invoice Amount <b>¥{fmt(total)}</b> (tax included)</div><p>Payment due date:
{due:%Y/%m/%d}</p>
<p>Transfer to: MUFG Bank, Umeda Branch, Ordinary {rng.randint(10**6, 10**7 - 1)}</p></td><td class="iss">
<p>No. {number}<br>Date: {issued:%Y/%m/%d}</p><b>{vendor}</b><br>2-4-9 Nihonbashi, Chuo-ku, Tokyo
103-0027<br>
Registration No. T{rng.randint(10**12, 10**13 - 1)}<div class="seal">SEAL</div></td></tr></table>
<h2>INVOICE</h2>
{table("Description|Qty|Unit price|Amount", rows, {1, 2, 3})}
<table class="tot"><tr><td>Subtotal</td><td>¥{fmt(sub)}</td></tr><tr><td>Consumption
tax</td><td>¥{fmt(tax)}</td></tr>
<tr class="b"><td>Total</td><td>¥{fmt(total)}</td></tr></table>
{
        table(
            "Breakdown|Taxable amount|Consumption tax",
            [
                ["10% items", f"¥{fmt(b10)}", f"¥{fmt(t10)}"],
                ["8% items (reduced rate)", f"¥{fmt(b8)}", f"¥{fmt(t8)}"],
            ],
            {1, 2},
            "bd",
        )
    }
<p class="small">* Reduced tax rate item (8%). Delivered {issued - timedelta(days=5):%Y/%m/%d}.</p>"""
    css = (
        ".to{font-size:12pt;border-bottom:1px solid #000} .amt{border:2px solid"
        " #000;padding:8px;font-size:11pt;"
        "margin:10px 0} .amt b{font-size:15pt} .iss{font-size:8.5pt;position:relative}"
        " .seal{position:absolute;"
        "right:6px;bottom:0;width:46px;height:46px;border:2px solid #c33;color:#c33;text-align:center;"
        "line-height:42px;font-size:8pt} h2{text-align:center;letter-spacing:10px;margin:12px 0}"
        " .items th{background:#eee;border:1px solid #999} .items td{border:1px solid #999} .tot{width:40%;"
        "margin:8px 0 8px auto} .tot td{border-bottom:1px solid #999} .tot td:last-child{text-align:right}"
        " .bd{width:60%} .bd td,.bd th{border:1px solid #bbb;font-size:8pt}"
    )
    html = page(body, css, "DejaVu Sans")
    dates = (issued, f"{issued:%Y/%m/%d}"), (due, f"{due:%Y/%m/%d}")
    return finish("reduced_jp", "en", html, fmt, number, vendor, ("JPY", "¥"), dates, (sub, tax, total))
