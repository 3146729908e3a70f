"""Set U templates: Japanese consultancy invoice in English (JPY), NZ construction payment claim."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

JP_CSS = """
@page { size: A4; margin: 16mm; } body { font: 9pt 'DejaVu Sans'; } h1 { text-align: center; letter-spacing:
6px;
 font-size: 16pt; border-bottom: 3px double #000; padding-bottom: 4px; } .two { display: flex;
 justify-content: space-between; } .amt { border: 2px solid #000; padding: 6px 12px; font-size: 13pt;
 display: inline-block; margin: 10px 0; } table.t { width: 100%; border-collapse: collapse; } table.t th,
 table.t td { border: 1px solid #555; padding: 3px 5px; } table.t th { background: #eee; }
.r { text-align: right !important; white-space: nowrap; } .seal { border: 2px solid #c92a2a; color: #c92a2a;
 width: 44px; height: 44px; text-align: center; font-size: 7pt; display: inline-block; }
"""


def consult_jp(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Kaizen Advisory Co., Ltd.", "Sakura Digital Consulting K.K.", "Hoshino Management Partners Inc."]
    )
    issued = issue_date(rng)
    month_end = (issued.replace(day=1) + timedelta(days=32)).replace(day=1) + timedelta(days=31)
    due = month_end.replace(day=1) - timedelta(days=1)
    number = f"{issued:%Y%m}-{rng.randrange(1, 99):03d}"
    d = "{yyyy}/{mm}/{dd}"
    items = [
        ("Business process review - Phase 2 (fixed fee)", 1, "set", rng.randrange(80, 300) * 10000),
        ("Senior consultant, on-site workshops", rng.randrange(3, 12), "days", 180000),
        ("Consultant, analysis and reporting", rng.randrange(5, 20), "days", 120000),
        ("Travel expenses Tokyo - Osaka (actual cost)", 2, "trips", rng.randrange(27000, 30000)),
    ]
    net = sum(q * u for _, q, _, u in items)
    tax = int(net * 10 // 100)
    total = net + tax
    rows = "".join(
        f"<tr><td>{esc(t)}</td><td class=r>{q}</td><td>{un}</td><td class=r>{u:,}</td>"
        f"<td class=r>{q * u:,}</td></tr>"
        for t, q, un, u in items
    )
    body = f"""
<h1>INVOICE (Seikyusho)</h1>
<div class=two><div style="font-size:11pt">{
        rng.choice(["Marunaka Foods Co., Ltd.", "Aoba Precision K.K.", "Tsubasa Logistics Inc."])
    } Onchu<br><span style="font-size:8.5pt">Attn: Accounting Department</span>
<div class=amt>Amount billed: ¥{total:,} (tax incl.)</div></div>
<div style="text-align:right">No. {number}<br>Issue date: {fdate(issued, d)}<br><br><b>{esc(legal)}</b><br>
{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} Marunouchi, Chiyoda-ku, Tokyo 100-0005<br>
Registration No. T{rng.randrange(10**12, 10**13)}<br><span class=seal>SEAL</span></div></div>
<p>We hereby invoice you as follows for the services of {
        fdate(issued.replace(day=1) - timedelta(days=1), "{month} {yyyy}")
    }.</p>
<table class=t><tr><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th><th>Amount (JPY)</th></tr>{
        rows
    }
<tr><td colspan=4 class=r>Subtotal (excl. tax)</td><td class=r>{net:,}</td></tr>
<tr><td colspan=4 class=r>Consumption tax 10%</td><td class=r>{tax:,}</td></tr>
<tr><td colspan=4 class=r><b>Total</b></td><td class=r><b>{total:,}</b></td></tr></table>
<p>Payment due: {fdate(due, d)} by bank transfer to MUFG Bank, {
        rng.choice(["Marunouchi", "Shinjuku", "Otemachi"])
    }
Branch, Ordinary account {rng.randrange(10**6, 10**7)}. Transfer fees to be borne by the payer.</p>"""
    doc = make(
        "consult_jp",
        "en",
        page(JP_CSS, body, "en"),
        repeats=frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, f"{total:,}"),
        currency=("JPY", "JPY"),
        vendor_name=(legal, legal),
        subtotal=(net, f"{net:,}"),
        tax=(tax, f"{tax:,}"),
    )
    doc.key.update(total=str(total), subtotal=str(net), tax=str(tax))  # yen has no decimals, as in set E
    return doc


NZ_CSS = """
@page { size: A4 landscape; margin: 12mm; } body { font: 8.3pt 'Liberation Sans'; } .hd { display: flex;
 justify-content: space-between; } .hd b { font-size: 14pt; } table.c { width: 100%; border-collapse:
collapse;
 margin-top: 8px; } table.c th, table.c td { border: 1px solid #888; padding: 2px 4px; } table.c th {
background:
 #e9ecef; font-size: 7.5pt; } .r { text-align: right !important; white-space: nowrap; } table.s { margin:
8px 0 0 auto;
 } table.s td { padding: 2px 8px; } .k td { font-weight: bold; border-top: 1px solid #000; }
"""

TRADES = [
    "Site establishment",
    "Excavation & drainage",
    "Concrete foundations",
    "Timber framing",
    "Roofing",
    "Windows & joinery",
    "Electrical rough-in",
    "Plumbing rough-in",
    "Gib stopping",
    "Exterior cladding",
]


def claim_nz(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Totara Build Limited", "Kauri Coast Construction Ltd", "Southern Alps Builders Limited"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=20)
    number = f"PC{rng.randrange(100, 999)}-{rng.randrange(4, 12):02d}"
    d = "{dd}.{mm}.{yyyy}"
    rows, sched, done, prev = [], Decimal(0), Decimal(0), Decimal(0)
    for t in rng.sample(TRADES, 8):
        v = Decimal(rng.randrange(80, 900) * 100)
        pp = rng.choice([0, 25, 50, 60, 80, 100])
        pn = min(100, pp + rng.choice([0, 20, 40]))
        a, b = q2(v * pn / 100), q2(v * pp / 100)
        sched, done, prev = sched + v, done + a, prev + b
        rows.append(
            f"<tr><td>{t}</td><td class=r>{money(v)}</td><td class=r>{pp}%</td><td class=r>{pn}%</td>"
            f"<td class=r>{money(a)}</td><td class=r>{money(b)}</td><td class=r>{money(a - b)}</td></tr>"
        )
    claim = done - prev
    ret = q2(claim * Decimal("0.10"))
    net = claim - ret
    gst = q2(net * Decimal("0.15"))
    total = net + gst
    body = f"""
<div class=hd><div><b>{esc(legal)}</b><br>GST No. {rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{
        rng.randrange(100, 999)
    } · {rng.randrange(1, 200)} Ferry Road, Christchurch 8011</div>
<div style="text-align:right"><b>PAYMENT CLAIM / TAX INVOICE</b><br>Invoice no. {number}<br>Date
{fdate(issued, d)}<br>Payment due {fdate(due, d)}</div></div>
<p>Payer: {rng.choice(["Harrison Family Trust", "Wakatipu Holdings Ltd", "Rangi & Mere Tane"])} · Project: new
dwelling, Lot {rng.randrange(1, 90)} DP {rng.randrange(10**5, 10**6)} · Contract sum ${money(sched)} excl.
GST ·
Claim period to {fdate(issued - timedelta(days=rng.randrange(2, 6)), d)}</p>
<table class=c><tr><th>Item</th><th>Contract value</th><th>Previous %</th><th>Complete %</th><th>Value to
date</th>
<th>Previously claimed</th><th>This claim</th></tr>{"".join(rows)}</table>
<table class=s><tr><td>Gross value of this claim</td><td class=r>${money(claim)}</td></tr>
<tr><td>Less retention 10% (held in trust, Construction Contracts Act 2002)</td><td
class=r>-${money(ret)}</td></tr>
<tr><td>Net claim excl. GST</td><td class=r>${money(net)}</td></tr>
<tr><td>GST 15%</td><td class=r>${money(gst)}</td></tr>
<tr class=k><td>Total claimed incl. GST (NZD)</td><td class=r>${money(total)}</td></tr></table>
<p style="font-size:7pt">This is a payment claim under the Construction Contracts Act 2002. If you do not
pay the
claimed amount in full by the due date or provide a payment schedule within 20 working days, you may become
liable to pay the full amount claimed and the payee may recover it as a debt in court.</p>"""
    return make(
        "claim_nz",
        "en",
        page(NZ_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("NZD", "NZD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(gst, money(gst)),
    )
