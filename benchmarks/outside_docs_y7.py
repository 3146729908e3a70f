"""Set Y templates: Indian GST e-invoice as the IRP prints it (IRN, Ack No), Saudi ZATCA tax invoice."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import hexs, later, pick_items, qr_svg

IN_CSS = """
@page { size: A4; margin: 10mm 11mm; } body { font: 7.8pt 'DejaVu Sans Condensed', 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; align-items: flex-start; } h1 { font-size: 12pt;
 margin: 0; text-align: center; } h2
{ font-size: 8.5pt; background: #e6e6e6; margin: 3mm 0 1mm; padding: 2px 4px; }
table.kv { width: 100%; border-collapse: collapse; } table.kv td { padding: 1px 3px; vertical-align: top; }
.two { display: flex; gap: 4mm; } .two > div { flex: 1; } table.g { width: 100%; border-collapse: collapse; }
table.g th, table.g td { border: 1px solid #999; padding: 2px; } table.g th
{ font-size: 6.8pt; background: #f4f4f4; }
.r { text-align: right !important; white-space: nowrap; }
"""

IN_ITEMS = [
    ("Stainless steel fasteners M8 (box of 500)", "998599", 1800, 4200),
    ("Hydraulic hose assembly 1/2 in", "400931", 650, 1900),
    ("Bearing 6205 ZZ", "848210", 90, 260),
    ("Industrial gear oil ISO VG 220 (20 L)", "271019", 5200, 8900),
    ("Pneumatic cylinder 50x100", "841231", 2600, 6100),
]


def gst_irn_in(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Shree Ganesh Engineering Works Pvt Ltd", "Kaveri Industrial Supplies LLP", "Ashok Hydraulics"]
    )
    issued = issue_date(rng)
    fy = issued.year if issued.month > 3 else issued.year - 1
    number = f"SGE/{fy % 100}-{fy % 100 + 1}/{rng.randrange(1, 3000):04d}"
    d, f = "{dd}/{mm}/{yyyy}", "in"
    inter = rng.random() < 0.5
    state = "27"
    lines = pick_items(rng, IN_ITEMS, 3, 10)
    net = sum(a for *_, a in lines)
    gst = q2(net * Decimal("0.18"))
    half = q2(gst / 2)
    gst = gst if inter else half * 2
    raw = net + gst
    total = raw.quantize(Decimal(1), "ROUND_HALF_UP")
    ro = total - raw
    ack = f"{rng.randrange(11, 13)}{rng.randrange(10**12, 10**13)}"
    ack_t = (
        f"{fdate(issued + timedelta(days=rng.choice([0, 0, 1])), '{yyyy}-{mm}-{dd}')} {rng.randrange(9, 19)}:"
        f"{rng.randrange(10, 59)}:00"
    )
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td>{h}</td>"
        f"<td class=r>{q}</td><td>NOS</td><td class=r>{money(p, f)}</td>"
        f"<td class=r>0.00</td><td class=r>{money(a, f)}</td>"
        f"<td class=r>18.00 + 0 | 0 + 0</td><td class=r>0.00</td>"
        f"<td class=r>{money(q2(a * Decimal('1.18')), f)}</td></tr>"
        for i, (n, h, q, p, a) in enumerate(lines)
    )
    tax_cols = (
        f"<td class=r>0.00</td><td class=r>0.00</td><td class=r>{money(gst, f)}</td>"
        if inter
        else f"<td class=r>{money(half, f)}</td><td class=r>{money(half, f)}</td><td class=r>0.00</td>"
    )
    body = f"""<div class=hd><div style="width:60%"><h1>e-Invoice</h1>
<h2>1. e-Invoice Details</h2><table class=kv><tr><td>IRN :</td><td style="word-break:break-all">{
        hexs(rng, 64)
    }</td>
</tr><tr><td>Ack. No :</td><td>{ack}</td></tr><tr><td>Ack. Date :</td><td>{ack_t}</td></tr></table></div>
<div style="text-align:center">{qr_svg(rng, 34, 33)}<br>Signed QR Code</div></div>
<h2>2. Transaction Details</h2><table class=kv><tr><td>Supply Type Code : B2B</td><td>Document No : {
        number
    }</td>
<td>IGST applicable despite Supplier and Recipient located in same State : No</td></tr><tr><td>Place of Supply
:
{"KARNATAKA" if inter else "MAHARASHTRA"}</td><td>Document Type : Tax Invoice</td><td>Document Date : {
        fdate(issued, d)
    }</td></tr></table>
<h2>3. Party Details</h2><div class=two><div><b>Supplier :</b><br>GSTIN : {state}{hexs(rng, 10, True)}1Z{
        rng.randrange(1, 9)
    }<br>{esc(legal)}<br>Plot {rng.randrange(1, 99)}, MIDC {rng.choice(["Bhosari", "Ambad", "Waluj"])}<br>
{rng.choice(["Pune", "Nashik", "Aurangabad"])} 4{rng.randrange(10000, 99999)}<br>MAHARASHTRA</div><div>
<b>Recipient :</b><br>GSTIN : {"29" if inter else "27"}{hexs(rng, 10, True)}1Z{rng.randrange(1, 9)}<br>{
        rng.choice(["Deccan Auto Components Ltd", "Sahyadri Pumps Pvt Ltd", "Tungabhadra Mills Ltd"])
    }<br>{
        "Peenya Industrial Area, Bengaluru 560058<br>KARNATAKA"
        if inter
        else "Chakan, Pune 410501<br>MAHARASHTRA"
    }
</div></div>
<h2>4. Details of Goods / Services</h2><table class=g><tr><th>Sl No</th><th>Item Description</th><th>HSN
Code</th>
<th>Quantity</th><th>Unit</th><th>Unit Price (Rs)</th><th>Discount (Rs)</th><th>Taxable Amount (Rs)</th>
<th>Tax Rate (GST + Cess | State Cess + Cess Non.Advol)</th><th>Other charges (Rs)</th><th>Total</th></tr>{
        rows
    }
</table><table class=g style="margin-top:2mm"><tr><th>Tax'ble Amt</th><th>CGST Amt</th><th>SGST Amt</th>
<th>IGST Amt</th><th>CESS Amt</th><th>State CESS Amt</th><th>Discount</th><th>Other Charges</th><th>Round off
Amt</th>
<th>Total Inv. Amt</th></tr><tr><td class=r>{money(net, f)}</td>{
        tax_cols
    }<td class=r>0.00</td><td class=r>0.00</td>
<td class=r>0.00</td><td class=r>0.00</td><td class=r>{money(ro, f)}</td><td class=r>{
        money(total, f)
    }</td></tr>
</table><p style="font-size:6.5pt;margin-top:4mm">Generated By : {state}{
        hexs(rng, 10, True)
    }1Z5 &nbsp; Print Date :
{fdate(issued + timedelta(days=rng.randrange(1, 5)), d)} &nbsp; Digitally signed by NIC-IRP on: {ack_t}</p>"""
    return make(
        "gst_irn_in",
        "en",
        page(IN_CSS, body, "en"),
        repeats=frozenset({"tax"} if not inter else set()),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        total=(total, money(total, f)),
        currency=("INR", "Rs"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(gst, money(gst, f) if inter else (money(half, f), money(half, f))),
    )


SA_CSS = """
@page { size: A4; margin: 14mm; } body { font: 8.8pt 'DejaVu Sans'; color: #222; } .hd { display: flex;
 justify-content: space-between; align-items: center; border-bottom: 2px solid #006c35; padding-bottom: 4px; }
h1 { font-size: 15pt; color: #006c35; margin: 0; } .sub { font-size: 8pt; color: #555; } table.kv {
 border-collapse: collapse; width: 100%; margin-top: 4mm; } table.kv td { border: 1px solid #cfd8d3; padding:
 2px 5px; } table.kv td.l { background: #eef5f0; width: 25%; } table.it { width: 100%; border-collapse:
 collapse; margin-top: 5mm; } table.it th
{ background: #006c35; color: #fff; padding: 3px; font-size: 7.5pt; }
table.it td { border-bottom: 1px solid #ddd; padding: 3px; } .r { text-align: right !important; white-space:
 nowrap; } table.t { margin: 4mm 0 0 auto; border-collapse: collapse; width: 60%; } table.t td { border: 1px
 solid #cfd8d3; padding: 2px 6px; } .b td { font-weight: bold; background: #eef5f0; font-size: 10pt; }
"""

SA_ITEMS = [
    ("Split AC 24,000 BTU supply", "unit", 2400, 3900),
    ("Installation labour", "job", 250, 600),
    ("Copper pipe 3/8 in (per m)", "m", 25, 45),
    ("Annual maintenance contract", "year", 900, 2400),
    ("Refrigerant gas top-up", "unit", 120, 300),
]


def zatca_sa(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Al Noor Cooling Trading Est.", "Riyadh Air Systems Co. Ltd.", "Gulf Breeze Contracting Co."]
    )
    issued = issue_date(rng)
    due = later(issued, 30) if rng.random() < 0.6 else None
    number = f"INV-{issued.year}-{rng.randrange(1, 99999):05d}"
    d, f = "{yyyy}-{mm}-{dd}", "en"
    lines = pick_items(rng, SA_ITEMS, 3, 6)
    gross = sum(a for *_, a in lines)
    disc = q2(gross * Decimal(rng.choice([0, 5, 10])) / 100)
    net = gross - disc
    vat = q2(net * Decimal("0.15"))
    total = net + vat
    vatno = f"3{rng.randrange(10**12, 10**13)}3"
    rows = "".join(
        f"<tr><td>{n}</td><td class=r>{q}</td><td class=r>{money(p, f)}</td><td class=r>15%</td>"
        f"<td class=r>{money(q2(a * Decimal('0.15')), f)}</td>"
        f"<td class=r>{money(q2(a * Decimal('1.15')), f)}</td></tr>"
        for n, u, q, p, a in lines
    )
    due_row = f"<tr><td class=l>Due Date</td><td>{fdate(due, d)}</td></tr>" if due else ""
    body = f"""<div class=hd><div><h1>Tax Invoice</h1><span class=sub>Fatoorah Dareebiyah</span></div>{
        qr_svg(rng, 30)
    }
</div>
<table class=kv><tr><td class=l>Invoice Number</td><td>{number}</td><td class=l>Seller</td><td>{
        esc(legal)
    }</td></tr>
<tr><td class=l>Invoice Issue Date</td><td>{fdate(issued, d)}</td><td class=l>Seller VAT Number</td><td>{
        vatno
    }</td>
</tr><tr><td class=l>Date of Supply</td><td>{fdate(issued - timedelta(days=rng.randrange(1, 8)), d)}</td>
<td class=l>CR Number</td><td>10{rng.randrange(10**7, 10**8)}</td></tr>{due_row}</table>
<table class=kv><tr><td class=l>Buyer</td><td>{
        rng.choice(["Al Safwa Medical Center", "Nakheel Residential Compound", "Dar Al Qalam School"])
    }</td><td class=l>Buyer VAT Number</td><td>3{
        rng.randrange(10**12, 10**13)
    }3</td></tr><tr><td class=l>Address
</td><td colspan=3>{rng.choice(["King Fahd Road, Al Olaya", "Prince Sultan St, Al Rawdah"])}, {
        rng.choice(["Riyadh 12214", "Jeddah 23433", "Dammam 32241"])
    }, Saudi Arabia</td></tr></table>
<table class=it><tr><th>Nature of goods or services</th><th>Quantity</th><th>Unit Price</th><th>Tax Rate</th>
<th>Tax Amount</th><th>Item Subtotal (Including VAT)</th></tr>{rows}</table>
<table class=t><tr><td>Total (Excluding VAT)</td><td class=r>{money(gross, f)} SAR</td></tr>
<tr><td>Discount</td><td class=r>{
        money(disc, f)
    } SAR</td></tr><tr><td>Total Taxable Amount (Excluding VAT)</td>
<td class=r>{money(net, f)} SAR</td></tr><tr><td>Total VAT 15%</td><td class=r>{money(vat, f)} SAR</td></tr>
<tr class=b><td>Total Amount Due</td><td class=r>{money(total, f)} SAR</td></tr></table>
<p class=sub style="margin-top:8mm">This invoice was generated electronically and reported to ZATCA (FATOORA
phase 2). Bank: {rng.choice(["Al Rajhi Bank", "SNB", "Riyad Bank"])} IBAN SA{rng.randrange(10, 99)}
{rng.randrange(10**19, 10**20)}</p>"""
    return make(
        "zatca_sa",
        "en",
        page(SA_CSS, body, "en"),
        repeats=frozenset({"vendor_name"} | (set() if disc else {"subtotal"})),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)) if due else None,
        total=(total, money(total, f)),
        currency=("SAR", "SAR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(vat, money(vat, f)),
    )
