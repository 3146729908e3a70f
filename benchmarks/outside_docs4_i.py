"""Set I layouts: Israel (tax invoice / receipt), Egypt (ETA e-invoice print, discounts) and
Kenya (eTIMS invoice with exempt lines)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_i import (
    Doc,
    Line,
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


def taxinv_il(rng: random.Random) -> Doc:
    vendor = rng.choice(["Carmel Solar Systems Ltd.", "Negev Solar Engineering Ltd."])
    fmt = Num()
    cat = (
        "Site survey and design|Inverter 10 kW|Mounting structure kit|"
        "Installation labour (day)|Monitoring subscription (12 months)|"
        "Cable and connectors"
    )
    lines = make_lines(rng, cat, 4, 180, 14500, qmax=4)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.18"), 2)
    total = sub + tax
    issued = pick_date(rng)
    number = str(rng.randint(20000, 29999))
    rows = [[ln.desc, str(ln.qty), f"{fmt(ln.unit)} ₪", f"{fmt(ln.amount)} ₪"] for ln in lines]
    body = f"""<div class="hd"><h2>{vendor}</h2><p>Company No.
51-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}
 &middot; 12 HaMelacha St., Haifa 3508501 &middot; Tel. 04-8{rng.randint(100000, 999999)}</p></div>
<div class="frame"><span class="he">חשבונית מס קבלה</span> <b>Tax Invoice / Receipt No. {number}</b>
<span class="orig">Original / מקור</span></div>
<table class="meta"><tr><td>To: <b>Galil Dairy Cooperative Ltd.</b><br>Kibbutz Yiftah, Upper
Galilee<br>Company No.
57-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}</td><td class="r">Date: {issued:%d/%m/%Y}<br>Allocation
No.:
{rng.randint(100000000, 999999999)}<br>Your order: {rng.randint(4500, 4999)}/{issued:%y}<br>Terms: Current +
30</td>
</tr></table>
{table("Description|Qty|Unit price|Total", rows, {1, 2, 3})}
<table class="tot"><tr><td>Total before VAT</td><td>{fmt(sub)} ₪</td></tr><tr><td>VAT 18%</td>
<td>{fmt(tax)} ₪</td></tr><tr class="b"><td>Total incl. VAT</td><td>{fmt(total)} ₪</td></tr></table>
<h3>Payment details / פרטי תשלום</h3>
{
        table(
            "Method|Bank|Branch|Account|Cheque No.|Cheque date|Amount",
            [
                [
                    "Cheque",
                    "12",
                    str(rng.randint(500, 799)),
                    str(rng.randint(100000, 999999)),
                    str(rng.randint(3000000, 3999999)),
                    f"{issued + timedelta(days=30):%d/%m/%Y}",
                    f"{fmt(total)} ₪",
                ]
            ],
            {6},
            "pay",
        )
    }
<p class="small">Total paid: {fmt(total)} ₪ &middot; Document produced by a computerised system &middot;
Page 1 of 1</p>"""
    css = (
        ".hd{text-align:right;border-bottom:3px solid #1f6f8b} .frame{border:2px solid #1f6f8b;margin:12px 0;"
        "padding:8px;font-size:12pt} .he{direction:rtl;float:right} .orig{font-size:8pt;color:#1f6f8b;"
        "margin-left:20px} .items th{border-bottom:2px solid #1f6f8b} .items td{border-bottom:1px solid #ddd}"
        " .tot{width:40%;margin:8px 0 14px 0} .tot td:last-child{text-align:right} .tot"
        " .b{background:#e3f0f4}"
        " .pay td,.pay th{border:1px solid #aaa;font-size:8.5pt} h3{font-size:10pt;margin-top:8px}"
    )
    html = page(body, css, "DejaVu Sans")
    dates = (issued, f"{issued:%d/%m/%Y}"), None
    return finish("taxinv_il", "en", html, fmt, number, vendor, ("ILS", "₪"), dates, (sub, tax, total))


def eta_eg(rng: random.Random) -> Doc:
    vendor = rng.choice(["Nile Delta Agro Industries S.A.E.", "Delta Irrigation Systems Co. S.A.E."])
    fmt = Num()
    cat = (
        "Drip irrigation kit 1 feddan|Fertiliser NPK 20-20-20 (25 kg)|"
        "Greenhouse film 200 micron (roll)|Water pump 2 HP|Seedling trays (100 pcs)|"
        "PVC pipe 63 mm (6 m)"
    )
    lines = make_lines(rng, cat, 4, 95, 18000, qmax=15)
    disc = [q(ln.amount * Decimal(rng.choice(["0", "0", "0.05", "0.10"])), 2) for ln in lines]
    sales = total_of(lines)
    net = sales - sum(disc, Decimal(0))
    taxes = [q((ln.amount - d) * Decimal("0.14"), 2) for ln, d in zip(lines, disc, strict=True)]
    tax = sum(taxes, Decimal(0))
    total = net + tax
    issued = pick_date(rng)
    number = f"INV-{rng.randint(100, 9999):05d}"
    rows = [
        [
            f"EG-{rng.randint(100000000, 999999999)}-{i}",
            ln.desc,
            "EA",
            str(ln.qty),
            fmt(ln.unit),
            fmt(ln.amount),
            fmt(d),
            fmt(ln.amount - d),
            f"T1 14% {fmt(t)}",
            fmt(ln.amount - d + t),
        ]
        for i, (ln, d, t) in enumerate(zip(lines, disc, taxes, strict=True), 1)
    ]
    hexid = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    heads = "Item Code|Description|Unit|Qty|Unit Price|Sales Total|Discount|Net Total|Taxes|Total"
    body = f"""<div class="band"><span class="big">Tax Invoice</span> <span class="r">Document Type: I
&middot;
Version 1.0 &middot; Status: Valid</span></div>
<table class="cards"><tr><td><h3>Issuer</h3>Registration Number: {rng.randint(100000000, 999999999)}<br>
Name:<br><b>{nw(vendor)}</b><br>Address: 10th of Ramadan City, Industrial Zone A3, Sharqia, Egypt</td>
<td><h3>Receiver</h3>Registration Number: {rng.randint(100000000, 999999999)}<br>Name: Upper Egypt Farms
Co.<br>
Address: Assiut Desert Road, Km 12, Assiut, Egypt</td><td><h3>Document</h3>Internal ID: <b>{number}</b><br>
Issuance Date: {issued:%Y-%m-%d} {rng.randint(8, 17)}:{rng.randint(10, 59)}<br>Date Received:
{issued + timedelta(days=1):%Y-%m-%d}<br>Purchase Order Reference: UEF-{rng.randint(1000, 9999)}<br>
Currency: EGP</td></tr></table><p class="small">UUID: {hexid}{hexid[:24]}</p>
{table(heads, rows, {3, 4, 5, 6, 7, 8, 9})}
<table class="tot"><tr><td>Total Sales Amount</td><td>{fmt(sales)}</td></tr><tr><td>Total Discount
Amount</td>
<td>{fmt(sales - net)}</td></tr><tr><td>Net Amount</td><td>{fmt(net)}</td></tr><tr><td>Value added tax
(T1)</td>
<td>{fmt(tax)}</td></tr><tr><td>Extra Discount Amount</td><td>0.00</td></tr><tr class="b"><td>Total Amount
(EGP)</td>
<td>{fmt(total)}</td></tr></table>"""
    css = (
        ".band{background:#444;color:#fff;padding:8px} .big{font-size:16pt} .band"
        " .r{float:right;font-size:8pt}"
        " .cards{border-spacing:6px;border-collapse:separate;margin-top:6px} .cards>tbody>tr>td{border:1px"
        " solid"
        " #bbb;border-radius:4px;width:33%;font-size:8.5pt} h3{font-size:10pt;color:#444}"
        " .items{font-size:7.5pt;margin-top:6px} .items th{background:#eee} .items td,.items th{border:1px"
        " solid #ccc}"
        " .tot{width:45%;margin:10px 0 0 auto} .tot td{border-bottom:1px solid #ddd} .tot"
        " td:last-child{text-align:right}"
    )
    html = page(body, css, "Liberation Sans", "10mm")
    dates = (issued, f"{issued:%Y-%m-%d}"), None
    return finish("eta_eg", "en", html, fmt, number, vendor, ("EGP", "EGP"), dates, (net, tax, total))


def etims_ke(rng: random.Random) -> Doc:
    vendor = rng.choice(["Savanna Fresh Distributors Limited", "Rift Valley Wholesalers Ltd"])
    fmt = Num()
    taxable = make_lines(
        rng,
        (
            "Cooking oil 20 L|Detergent powder 5 kg|Bottled water 500 ml (24)|"
            "Toilet paper (pack of 10)|Sugar 50 kg"
        ),
        3,
        450,
        7800,
        qmax=20,
    )
    exempt = make_lines(
        rng, ["Maize flour 2 kg (bale of 12)", "Wheat flour 2 kg (bale of 12)"], 1, 1500, 2600, qmax=30
    )
    lines: list[tuple[Line, str]] = [(ln, "B") for ln in taxable] + [(ln, "A") for ln in exempt]
    rng.shuffle(lines)
    sub_b, sub_a = total_of(taxable), total_of(exempt)
    tax = q(sub_b * Decimal("0.16"), 2)
    sub = sub_a + sub_b
    total = sub + tax
    issued = pick_date(rng)
    due = issued + timedelta(days=30)
    number = f"SFD{rng.randint(10000, 99999)}"
    cu = f"KRACU0100{rng.randint(100000, 999999)}"
    rows = [[ln.desc, tc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for ln, tc in lines]
    body = f"""<div class="c"><h2>{vendor}</h2><p>Enterprise Road, Industrial Area, P.O. Box 48213-00100,
Nairobi</p><p>PIN: P05{rng.randint(1000000, 9999999)}X &middot; Tel 0722 {rng.randint(100, 999)}
{rng.randint(100, 999)}</p>
<h1>TAX INVOICE</h1></div>
<table class="two"><tr><td><b>Bill to:</b> Mombasa Road Supermarket Ltd<br>Customer PIN:
P05{rng.randint(1000000, 9999999)}K
<br>LPO: {rng.randint(10000, 99999)}</td><td><table><tr><td>Invoice No.</td><td>{nw(number)}</td></tr>
<tr><td>Invoice Date</td><td>{issued:%d/%m/%Y}</td></tr><tr><td>Due Date</td><td>{due:%d/%m/%Y}</td></tr>
<tr><td>Delivery Date</td><td>{issued - timedelta(days=1):%d/%m/%Y}</td></tr></table></td></tr></table>
{table("Description|Tax|Qty|Price (KES)|Amount (KES)", rows, {2, 3, 4})}
<table class="low"><tr><td style="width:55%"><table class="tot"><tr><td>Total Before Tax</td>
<td>KSh {fmt(sub)}</td></tr><tr><td>Total Tax</td><td>KSh {fmt(tax)}</td></tr><tr class="b"><td>Total
Amount</td>
<td>KSh {fmt(total)}</td></tr></table>
{
        table(
            "Rate|Taxable Amount|VAT",
            [["A-EX", fmt(sub_a), "0.00"], ["B-16%", fmt(sub_b), fmt(tax)]],
            {1, 2},
            "vat",
        )
    }</td><td class="scu"><b>SCU INFORMATION</b><br>Date: {issued:%d/%m/%Y} Time:
11:{rng.randint(10, 59)}:42
<br>SCU ID: {cu}<br>CU Invoice No.: {cu}/{rng.randint(100, 999)}<br>Internal Data: 4BQK-{
        rng.randint(1000, 9999)
    }-XL2Q
<br>Receipt Signature: 7TRP-{rng.randint(1000, 9999)}-M3ZA</td></tr></table>
<p>Pay via M-PESA Paybill 522533, Account {rng.randint(1000000, 9999999)}, or KCB Bank A/C 11{
        rng.randint(10**8, 10**9)
    }.</p>"""
    css = (
        "h1{font-size:13pt;letter-spacing:3px;border-top:1px solid #000;border-bottom:1px solid"
        " #000;margin:6px 0}"
        " .two>tbody>tr>td{width:50%} .items{margin:10px 0} .items th{border-bottom:1px solid #000}"
        " .items td{border-bottom:1px dotted #999} .tot td:last-child,.vat td{text-align:right}"
        " .tot{border:1px solid #000;margin-bottom:8px} .vat td,.vat th{border:1px solid #bbb;font-size:8pt}"
        " .scu{font-size:8pt;border:1px dashed #777}"
    )
    html = page(body, css, "DejaVu Sans Mono", "12mm")
    dates = (issued, f"{issued:%d/%m/%Y}"), (due, f"{due:%d/%m/%Y}")
    return finish("etims_ke", "en", html, fmt, number, vendor, ("KES", "KSh"), dates, (sub, tax, total))
