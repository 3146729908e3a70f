"""Set I layouts: South Korea (supplier / recipient grid), Hong Kong (no tax, deposit) and
Taiwan (dotted leaders, business tax)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from outside_common_i import (
    Doc,
    Num,
    finish,
    make_lines,
    nw,
    page,
    pick_date,
    q,
    table,
    total_of,
)


def grid_kr(rng: random.Random) -> Doc:
    vendor = rng.choice(["Hanbit Robotics Co., Ltd.", "Seorim Precision Co., Ltd."])
    fmt = Num(0)
    cat = (
        "Servo motor SM-400|Controller board CB-12|Gripper assembly|Vision sensor VS-2|"
        "Integration engineering (day)|Cable harness set"
    )
    lines = make_lines(rng, cat, 4, 20_000, 3_000_000, step="100", qmax=10)
    taxes = [q(ln.amount * Decimal("0.10"), 0) for ln in lines]
    sub = total_of(lines)
    tax = sum(taxes, Decimal(0))
    total = sub + tax
    issued = pick_date(rng)
    due = issued + timedelta(days=30)
    number = f"HR-{issued:%y%m}-{rng.randint(10, 99):03d}"
    rows = [
        [
            f"{issued.month:02d}",
            f"{issued.day - 2:02d}",
            ln.desc,
            "EA",
            str(ln.qty),
            fmt(ln.unit),
            fmt(ln.amount),
            fmt(t),
        ]
        for ln, t in zip(lines, taxes, strict=True)
    ]
    half = (
        "<td class='side'>{}</td><td><table class='in'><tr><td>Reg. No.</td><td colspan=3>{}</td></tr><tr>"
        "<td>Company</td><td>{}</td><td>Rep.</td><td>{}</td></tr><tr><td>Address</td><td"
        " colspan=3>{}</td></tr>"
        "<tr><td>Business</td><td>{}</td><td>Item</td><td>{}</td></tr></table></td>"
    )
    body = f"""<table class="head"><tr><td><h1>INVOICE</h1></td><td class="r">Invoice No.
<b>{number}</b><br>
Date {issued:%Y.%m.%d}<br>Payment due {due:%Y.%m.%d}</td></tr></table>
<table class="grid"><tr>{
        half.format(
            "S<br>U<br>P<br>P<br>L<br>I<br>E<br>R",
            f"1{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
            nw(vendor),
            "Kim Min-jun",
            "55 Gasan digital 1-ro, Geumcheon-gu, Seoul",
            "Manufacturing",
            "Robot parts",
        )
    }
{
        half.format(
            "B<br>U<br>Y<br>E<br>R",
            f"2{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
            "Daehan Motors Inc.",
            "Park Ji-ho",
            "120 Yeonam-ro, Ulsan",
            "Manufacturing",
            "Auto parts",
        )
    }</tr></table>
<table class="sv"><tr><th>Date written</th><th>Supply value</th><th>Tax amount</th><th>Remarks</th></tr>
<tr><td>{issued:%Y.%m.%d}</td><td class="r">{fmt(sub)}</td><td class="r">{fmt(tax)}</td><td>e-Tax invoice
approval
No. {issued:%Y%m%d}-410000{rng.randint(10, 99)}-{rng.randint(10**7, 10**8 - 1)}</td></tr></table>
{table("Mo|Day|Item|Spec|Qty|Unit price|Supply value|Tax", rows, {4, 5, 6, 7})}
<table class="bottom"><tr><th>Total amount</th><th>Cash</th><th>Check</th><th>Note</th><th>Credit</th><td
rowspan="2"
class="c">This amount is<br><b>BILLED</b></td></tr><tr><td
class="r">₩{fmt(total)}</td><td></td><td></td><td></td>
<td class="r">{fmt(total)}</td></tr></table><p>All amounts in KRW. Bank: Shinhan Bank
140-0{rng.randint(10, 99)}-{rng.randint(100000, 999999)}
(Hanbit Robotics).</p>"""
    css = (
        "h1{color:#1d4e9e;letter-spacing:6px} .grid,.sv,.items,.bottom{border:2px solid"
        " #1d4e9e;margin-top:6px}"
        " .grid td,.in td,.sv td,.sv th,.items td,.items th,.bottom td,.bottom th{border:1px solid #1d4e9e;"
        "font-size:8.5pt} .side{width:18px;text-align:center;background:#e8eef8;font-weight:bold}"
        " .in{border:0}"
        " .in td:nth-child(odd){color:#1d4e9e;width:60px}"
        " th{color:#1d4e9e;font-weight:normal;background:#f4f7fc}"
    )
    html = page(body, css, "DejaVu Sans")
    dates = (issued, f"{issued:%Y.%m.%d}"), (due, f"{due:%Y.%m.%d}")
    return finish("grid_kr", "en", html, fmt, number, vendor, ("KRW", "₩"), dates, (sub, tax, total))


def deposit_hk(rng: random.Random) -> Doc:
    vendor = rng.choice(["Harbour Light Interiors Limited", "Kowloon Bay Fit-Out Company Limited"])
    fmt = Num()
    cat = (
        "Feature wall panelling|Custom reception counter|LED strip lighting (per m)|"
        "Carpet tiles supply & lay (sq ft)|Glass partition|Site protection & cleaning"
    )
    lines = make_lines(rng, cat, 4, 35, 48000, step="0.50", qmax=6)
    total = total_of(lines)
    dep = q(total * Decimal("0.5"), -2)
    issued = pick_date(rng, months=(1, 11))
    due = issued + timedelta(days=14)
    number = f"HLI{issued:%y}{rng.randint(1000, 9999)}"
    shown = f"{issued.day} {issued:%B} {issued.year}"
    due_shown = f"{due.day} {due:%B} {due.year}"
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for ln in lines]
    body = f"""<table><tr><td><div class="logo">HL</div></td><td class="r"><b
class="nm">{vendor}</b><br>Unit 1803, 18/F,
Tower 2, Metroplaza, 223 Hing Fong Road, Kwai Fong, N.T., Hong Kong<br>Tel 2481 {rng.randint(1000, 9999)}
&middot;
BR No. {rng.randint(10**7, 10**8 - 1)}</td></tr></table><div class="title">INVOICE</div>
<table class="meta"><tr><th>Invoice No.</th><th>Date</th><th>Customer A/C</th><th>Quotation
Ref.</th><th>Sales</th>
</tr><tr><td>{number}</td><td>{nw(shown)}</td>
<td>C{rng.randint(1000, 9999)}</td><td>Q-{rng.randint(1000, 9999)}</td>
<td>Ms. Wong</td></tr></table>
<table class="parties"><tr><td><b>Bill To</b><br>Pacific Crest Asset Management Limited<br>32/F, One Island
East,
Quarry Bay, Hong Kong</td><td><b>Site</b><br>Pacific Crest office, 12/F<br>Works completed
{(issued - timedelta(days=3)):%d/%m/%Y}
</td></tr></table>
{table("Description|Qty|Unit Price (HK$)|Amount (HK$)", rows, {1, 2, 3})}
<table class="tot"><tr class="b"><td>TOTAL</td><td>HK${fmt(total)}</td></tr><tr><td>Less: Deposit received
(Receipt No. R{rng.randint(10000, 99999)})</td><td>(HK${fmt(dep)})</td></tr><tr class="b bal"><td>BALANCE
DUE</td>
<td>HK${fmt(total - dep)}</td></tr></table>
<p>Payment due on or before {nw(due_shown)}. Crossed cheque payable to "{vendor}" or FPS ID
{rng.randint(1000000, 9999999)}. HSBC A/C 004-{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-838.</p>
<p class="small">E. &amp; O.E. Goods remain the property of the company until full payment is
received.</p>"""
    css = (
        ".logo{width:60px;height:60px;background:#222;color:#d4af37;font-size:24pt;text-align:center;"
        "line-height:60px} .nm{font-size:13pt} .title{border:3px double #222;width:40%;margin:12px auto;"
        "text-align:center;font-size:16pt;letter-spacing:8px} .meta th,.meta td{border:1px solid #444;"
        "text-align:center} .meta th{background:#eee} .parties{margin:10px 0} .parties td{width:50%}"
        " .items th{border-top:1px solid #222;border-bottom:1px solid #222} .tot{width:60%;margin:10px 0 10px"
        " auto} .tot td:last-child{text-align:right} .bal td{border-top:2px solid #222}"
    )
    html = page(body, css, "Liberation Serif")
    dates = (issued, shown), (due, due_shown)
    return finish("deposit_hk", "en", html, fmt, number, vendor, ("HKD", "HK$"), dates, (None, None, total))


def leaders_tw(rng: random.Random) -> Doc:
    vendor = rng.choice(["Formosa Lens Technology Co., Ltd.", "Hsinchu Photonics Co., Ltd."])
    fmt = Num(0)
    cat = (
        "Optical lens module OL-7|Lens holder LH-22|IR cut filter 6 mm|"
        "Calibration service|Anti-reflective coating (lot)|Sample kit"
    )
    lines = make_lines(rng, cat, 4, 120, 48000, step="5", qmax=50)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.05"), 0)
    total = sub + tax
    issued = pick_date(rng, months=(1, 10))
    due = date(issued.year, issued.month + 2, 1) - timedelta(days=1)  # end of the following month
    number = f"TW{issued:%y}-{rng.randint(1000, 9999)}"
    kv = [
        ("Invoice No.", number),
        ("Invoice Date", f"{issued:%Y/%m/%d}"),
        ("Payment Terms", "EOM 30 days"),
        ("Due Date", f"{due:%Y/%m/%d}"),
        ("Delivery Order", f"DO-{rng.randint(10000, 99999)}"),
        ("Seller UBN", str(rng.randint(10**7, 10**8 - 1))),
        ("Buyer UBN", str(rng.randint(10**7, 10**8 - 1))),
    ]
    lead = "".join(f"<div class='ld'><span>{a}</span><span class='v'>{nw(b)}</span></div>" for a, b in kv)
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for ln in lines]
    body = f"""<table><tr><td><h2>{vendor}</h2>No. 8, Keya Rd., Daya Dist., Taichung City 428, Taiwan
(R.O.C.)</td>
<td class="r"><h1>INVOICE</h1></td></tr></table>
<table class="mid"><tr><td style="width:50%"><b>Sold to</b><br>Pacific Vision Devices Pte. Ltd. (Taiwan
Branch)<br>
No. 1, Lixing 6th Rd., Hsinchu Science Park</td><td>{lead}</td></tr></table>
{table("Item|Qty|Unit Price|Amount", rows, {1, 2, 3})}
<div class="tot">{
        "".join(
            f"<div class='ld'><span>{a}</span><span class='v'>NT$ {fmt(b)}</span></div>"
            for a, b in (("Sales Amount", sub), ("Business Tax (5%)", tax), ("Total", total))
        )
    }</div>
<p class="small">Please remit to Cathay United Bank, A/C 0{rng.randint(10**10, 10**11 - 1)}, in New Taiwan
Dollars
(TWD). Bank charges are for the payer's account.</p>"""
    css = (
        "h1{font-weight:normal;letter-spacing:4px;color:#566} .mid{margin:14px 0}"
        " .ld{display:flex;margin:2px 0}"
        " .ld span:first-child{flex:1;border-bottom:1px dotted #888;margin-right:6px} .ld"
        " .v{font-weight:bold}"
        " .items th{border-bottom:1px solid #566;color:#566} .items td{border-bottom:1px dotted #ccc}"
        " .tot{width:50%;margin:12px 0 12px auto} .tot .ld:last-child{font-size:12pt}"
    )
    html = page(body, css, "DejaVu Sans")
    dates = (issued, f"{issued:%Y/%m/%d}"), (due, f"{due:%Y/%m/%d}")
    return finish("leaders_tw", "en", html, fmt, number, vendor, ("TWD", "NT$"), dates, (sub, tax, total))
