"""Set J templates: Kenyan hospital final bill (insurer's share, no VAT), Australian progress claim."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

HOSP_CSS = """
@page { size: A4; margin: 12mm 15mm; }
body { font: 9pt 'Liberation Sans'; }
.lh { text-align: center; } .lh .n { font: bold 18pt 'Liberation Serif'; color: #005b7f; }
.lh .m { font-size: 8pt; color: #444; } .bt { text-align: center; font-weight: bold; font-size: 12pt;
  border-top: 2px solid #005b7f; border-bottom: 2px solid #005b7f; margin: 8px 0; padding: 3px; }
table.p { width: 100%; } table.p td { padding: 1px 4px; width: 25%; } .k { color: #555; }
table.b { width: 100%; border-collapse: collapse; margin-top: 8px; }
table.b th { background: #005b7f; color: white; padding: 4px; text-align: left; }
table.b td { padding: 2px 4px; border-bottom: 1px solid #e2e2e2; } .r
{ text-align: right; white-space: nowrap; }
tr.dep td { font-weight: bold; background: #eef5f8; }
table.s { width: 55%; margin: 10px 0 0 auto; border-collapse: collapse; } table.s td { padding: 3px 4px; }
table.s tr.g td { border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; font-weight: bold; }
"""

DEPTS = {
    "Consultation": [("Specialist consultation", 3500, 8000), ("Ward round review", 2500, 4000)],
    "Laboratory": [
        ("Full haemogram", 1200, 1800),
        ("Urea, electrolytes & creatinine", 2500, 3500),
        ("Malaria antigen test", 800, 1200),
        ("Blood culture & sensitivity", 3500, 5000),
    ],
    "Radiology": [("Chest X-ray PA", 2500, 3500), ("Abdominal ultrasound", 4500, 7000)],
    "Pharmacy": [
        ("Ceftriaxone 1g inj", 450, 900),
        ("Paracetamol 1g IV", 350, 600),
        ("Normal saline 500ml", 250, 400),
        ("Omeprazole 40mg inj", 600, 950),
    ],
    "Nursing": [("Nursing care per day", 2500, 4000), ("IV cannulation", 800, 1500)],
    "Theatre": [("Theatre fee (minor)", 25000, 45000), ("Anaesthetist fee", 15000, 30000)],
}


def hospital_ke(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Westlands Medicare Hospital Ltd",
            "Rift Valley Cottage Hospital Limited",
            "Coast Mercy Hospital Ltd",
        ]
    )
    issued = issue_date(rng)
    days = rng.randrange(2, 6)
    admitted = issued - timedelta(days=days)
    number = f"IP{issued.year % 100}-{rng.randrange(10000, 99999)}"
    d = "{dd}-{mon}-{yyyy}"
    rows, total = [], Decimal(0)
    ward = Decimal(rng.choice([6500, 8500, 12000]))
    rows.append("<tr class=dep><td colspan=4>Accommodation</td></tr>")
    rows.append(
        f"<tr><td>General ward bed charges</td><td class=r>{days}</td><td class=r>{money(ward)}</td>"
        f"<td class=r>{money(ward * days)}</td></tr>"
    )
    total += ward * days
    for dep in rng.sample(sorted(DEPTS), 4):
        rows.append(f"<tr class=dep><td colspan=4>{dep}</td></tr>")
        for name, lo, hi in rng.sample(DEPTS[dep], min(2, len(DEPTS[dep]))):
            qty = days if "per day" in name else rng.randrange(1, 4) * (1 if dep != "Pharmacy" else days)
            price = Decimal(rng.randrange(lo // 50, hi // 50) * 50)
            total += price * qty
            rows.append(
                f"<tr><td>{name}</td><td class=r>{qty}</td><td class=r>{money(price)}</td>"
                f"<td class=r>{money(price * qty)}</td></tr>"
            )
    insurer = rng.choice(["AAR Insurance Kenya", "Jubilee Health Insurance", "Britam General"])
    cover = q2(total * Decimal(rng.randrange(60, 90)) / 100)
    deposit = Decimal(rng.randrange(2, 10) * 1000)
    balance = total - cover - deposit
    body = f"""
<div class=lh><div class=n>{esc(vendor)}</div><div class=m>P.O. Box
{rng.randrange(10000, 99999)}-00{rng.randrange(100, 800)}
&middot; Tel +254 20 {rng.randrange(2000000, 4999999)} &middot; KRA PIN
P05{rng.randrange(10**7, 10**8)}{rng.choice("KMQX")}
&middot; accounts@hospital.co.ke</div></div>
<div class=bt>FINAL INVOICE - INPATIENT</div>
<table class=p><tr><td class=k>Patient
name</td><td>{rng.choice(["Wanjiru Kamau", "Otieno Ochieng", "Amina Hassan"])}</td>
<td class=k>Invoice No.</td><td>{number}</td></tr>
<tr><td class=k>Patient No.</td><td>OP{rng.randrange(100000, 999999)}</td><td class=k>Invoice date</td>
<td>{fdate(issued, d)}</td></tr>
<tr><td class=k>Admitted</td><td>{fdate(admitted, d)}</td><td
class=k>Discharged</td><td>{fdate(issued, "{dd}/{mm}/{yy}")}</td></tr>
<tr><td class=k>Payer</td><td>{insurer}</td><td class=k>Member
No.</td><td>{rng.randrange(10**6, 10**7)}-0{rng.randrange(1, 5)}</td></tr>
<tr><td class=k>Attending doctor</td><td>Dr. {rng.choice(["M. Njoroge", "S. Patel", "F. Achieng"])}</td>
<td class=k>Ward / Bed</td><td>{rng.choice(["Jasmine", "Baobab", "Acacia"])} /
{rng.randrange(1, 30)}</td></tr></table>
<table class=b><tr><th>Service</th><th class=r>Qty</th><th class=r>Unit price</th><th
class=r>Amount</th></tr>
{"".join(rows)}</table>
<table class=s><tr class=g><td>TOTAL BILL (KES)</td><td class=r>{money(total)}</td></tr>
<tr><td>Less: {insurer} (pre-authorised)</td><td class=r>({money(cover)})</td></tr>
<tr><td>Less: Deposit paid, receipt RC{rng.randrange(100000, 999999)}</td><td
class=r>({money(deposit)})</td></tr>
<tr class=g><td>BALANCE DUE FROM PATIENT</td><td class=r>{money(balance)}</td></tr></table>
<p style="font-size:8pt">Medical services are exempt from VAT. The balance is payable before discharge by
M-PESA
Paybill {rng.randrange(200000, 999999)} (account: your patient number) or card. Thank you for choosing us;
get well soon.</p>"""
    return make(
        "hospital_ke",
        "en",
        page(HOSP_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=None,
        total=(total, money(total)),
        currency=("KES", "KES"),
        vendor_name=(vendor, vendor),
        subtotal=None,
        tax=None,
    )


CLAIM_CSS = """
@page { size: A4 landscape; margin: 12mm 14mm; }
body { font: 8.5pt 'DejaVu Sans'; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.firm { font: bold 15pt 'DejaVu Sans'; color: #7a4b12; } h1
{ font-size: 14pt; margin: 0; text-align: right; }
table.info td { padding: 1px 8px 1px 0; }
table.pc { width: 100%; border-collapse: collapse; margin-top: 10px; }
table.pc th { border: 1px solid #555; background: #efe6d8; padding: 3px; }
table.pc td { border: 1px solid #999; padding: 2px 4px; } .r { text-align: right; white-space: nowrap; }
table.pc tr.t td { font-weight: bold; background: #f7f2ea; }
table.sm { margin: 8px 0 0 auto; border-collapse: collapse; } table.sm td
{ border: 1px solid #555; padding: 3px 8px; }
.sop { font-size: 7.5pt; margin-top: 8px; }
"""

STAGES = [
    "Preliminaries & site establishment",
    "Demolition & strip-out",
    "Partitions & ceilings",
    "Electrical services",
    "Mechanical services (HVAC)",
    "Hydraulic services",
    "Joinery",
    "Floor finishes",
    "Painting",
    "Fire services",
    "Data & communications",
]


def claim_au(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Ironbark Building Group Pty Ltd",
            "Southern Cross Interiors Pty Ltd",
            "Tallowood Constructions Pty Ltd",
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=15)
    period_end = issued.replace(day=1) - timedelta(days=1)
    claim_no = rng.randrange(3, 11)
    number = f"{rng.randrange(2000, 9000)}"
    d = "{dd}/{mm}/{yyyy}"
    rows, sched, to_date, prev = [], Decimal(0), Decimal(0), Decimal(0)
    for stage in rng.sample(STAGES, 9):
        value = Decimal(rng.randrange(200, 2500) * 100)
        p_prev = rng.choice([0, 20, 25, 40, 50, 60, 75])
        p_now = min(100, p_prev + rng.choice([0, 10, 15, 25, 35]))
        v_now, v_prev = q2(value * p_now / 100), q2(value * p_prev / 100)
        sched, to_date, prev = sched + value, to_date + v_now, prev + v_prev
        cells = [money(value), f"{p_now}%", money(v_now), money(v_prev), money(v_now - v_prev)]
        rows.append(f"<tr><td>{stage}</td>" + "".join(f"<td class=r>{c}</td>" for c in cells) + "</tr>")
    var = Decimal(rng.randrange(30, 180) * 100)
    cells = [money(var), "100%", money(var), "0.00", money(var)]
    vname = f"Variation V0{rng.randrange(1, 9)} - additional power &amp; data outlets"
    rows.append(f"<tr><td>{vname}</td>" + "".join(f"<td class=r>{c}</td>" for c in cells) + "</tr>")
    sched, to_date = sched + var, to_date + var
    claim = to_date - prev
    gst = q2(claim / 10)
    total = claim + gst
    retention = q2(claim * Decimal("0.05"))
    payable = total - retention
    body = f"""
<div class=top><div><div class=firm>{esc(vendor)}</div>ABN {rng.randrange(10, 99)} {rng.randrange(100, 999)}
{rng.randrange(100, 999)} {rng.randrange(100, 999)} &middot; Builder's licence
{rng.randrange(100000, 999999)}C<br>
Unit {rng.randrange(1, 20)}, {rng.randrange(2, 90)} Parramatta Road, Camperdown NSW 2050</div>
<div><h1>TAX INVOICE - PROGRESS CLAIM No. {claim_no}</h1>
<table class=info><tr><td>Invoice
No.</td><td>{number}</td></tr><tr><td>Date</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Work to</td><td>{fdate(period_end, d)}</td></tr><tr><td>Due
date</td><td>{fdate(due, d)}</td></tr></table></div></div>
<p>To: {rng.choice(["Harbourside Office Trust", "Meridian Legal Pty Ltd", "Bluegum Health Services Ltd"])}
&middot; Project: Level {rng.randrange(2, 12)} office fit-out, {rng.randrange(10, 400)} George Street,
Sydney &middot;
Contract ref. C-{rng.randrange(1000, 9999)}</p>
<table class=pc><tr><th>Trade / item</th><th>Scheduled value</th><th>% complete</th><th>Completed to
date</th>
<th>Previously claimed</th><th>This claim</th></tr>{"".join(rows)}
<tr class=t><td>Adjusted contract sum / totals (excl. GST)</td><td class=r>{money(sched)}</td><td></td>
<td class=r>{money(to_date)}</td><td class=r>{money(prev)}</td><td></td></tr></table>
<table class=sm><tr><td>Amount of this claim (excl. GST)</td><td class=r>{money(claim)}</td></tr>
<tr><td>GST (10%)</td><td class=r>{money(gst)}</td></tr>
<tr><td><b>Total this claim incl. GST (AUD)</b></td><td class=r><b>{money(total)}</b></td></tr>
<tr><td>Less retention 5% of claim</td><td class=r>-{money(retention)}</td></tr>
<tr><td>Net amount payable</td><td class=r>{money(payable)}</td></tr></table>
<div class=sop>This is a payment claim made under the Building and Construction Industry Security of Payment
Act 1999 (NSW).
EFT: BSB 062-{rng.randrange(100, 999)}, account {rng.randrange(10**7, 10**8)}. Retention held to date will
be released
at practical completion and the end of the defects liability period.</div>"""
    return make(
        "claim_au",
        "en",
        page(CLAIM_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("AUD", "AUD"),
        vendor_name=(vendor, vendor),
        subtotal=(claim, money(claim)),
        tax=(gst, money(gst)),
    )
