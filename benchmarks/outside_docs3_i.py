"""Set I layouts: Pakistan (two-page sales-tax invoice), UAE and Saudi Arabia (bilingual English / Arabic tax
invoices)."""

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


def salestax_pk(rng: random.Random) -> Doc:
    vendor = rng.choice(["Indus Weaving Mills (Pvt.) Limited", "Ravi Textile Processing (Pvt.) Ltd."])
    fmt = Num()
    cat = [
        f"{f} {c}"
        for f in (
            "Grey cloth",
            "Bleached sheeting",
            "Dyed poplin",
            "Printed lawn",
            "Twill drill",
            "Canvas",
            "Denim",
        )
        for c in ('58" 20x20', '63" 30x30', '67" 40x40', '98" 20x16', '110" 30x20')
    ]
    lines = make_lines(rng, cat, 32, 180, 950, step="0.50", qmax=400)
    line_tax = [q(ln.amount * Decimal("0.18"), 2) for ln in lines]
    sub = total_of(lines)
    tax = sum(line_tax, Decimal(0))
    total = sub + tax
    issued = pick_date(rng)
    due = issued + timedelta(days=60)
    number = f"STI-{issued:%y}-{rng.randint(1000, 9999)}"
    rows = [
        [str(i), ln.desc, f"{ln.qty} mtr", fmt(ln.unit), fmt(ln.amount), "18%", fmt(t), fmt(ln.amount + t)]
        for i, (ln, t) in enumerate(zip(lines, line_tax, strict=True), 1)
    ]
    party = "<td class='pb'><b>{}</b><br>{}<br>NTN: {}<br>STRN: {}</td>"
    body = f"""<h2 class="c">SALES TAX INVOICE</h2><table class="pt"><tr>
{
        party.format(
            "Supplier: " + vendor,
            "Plot 45, Sundar Industrial Estate, Lahore",
            f"{rng.randint(1000000, 9999999)}-2",
            f"03-{rng.randint(10, 99)}-9999-{rng.randint(100, 999)}-37",
        )
    }
{
        party.format(
            "Buyer: Karachi Home Linen Exports",
            "Korangi Industrial Area, Karachi",
            f"{rng.randint(1000000, 9999999)}-5",
            f"32-77-8761-{rng.randint(100, 999)}-55",
        )
    }</tr></table>
<table class="meta"><tr><th>Invoice No.</th><th>Invoice Date</th><th>Delivery Challan No.</th><th>Challan
Date</th>
<th>Buyer PO No.</th><th>Payment
Due</th><th>Currency</th></tr><tr><td>{nw(number)}</td><td>{issued:%d-%m-%Y}</td>
<td>DC-{rng.randint(10000, 99999)}</td><td>{issued - timedelta(days=2):%d-%m-%Y}</td><td>KHL/PO/{
        rng.randint(100, 999)
    }</td>
<td>{due:%d-%m-%Y}</td><td>PKR</td></tr></table>
{
        table(
            "S#|Description|Quantity|Rate|Value Excl. ST|ST Rate|Sales Tax|Value Incl. ST",
            rows,
            {2, 3, 4, 5, 6, 7},
        )
    }
<table class="tot"><tr><td>Total Value Excluding Sales Tax</td><td>PKR {fmt(sub)}</td></tr>
<tr><td>Sales Tax @ 18%</td><td>PKR {fmt(tax)}</td></tr><tr class="b"><td>Total Value Including Sales
Tax</td>
<td>PKR {fmt(total)}</td></tr></table>
<p>Rupees {en_words(int(total))} Only.</p><p class="small">FBR IRIS ref.
{rng.randint(10**6, 10**7)}DI{issued:%d%m%y}
{rng.randint(10**6, 10**7)} &middot; Goods once sold will not be taken back. Payment by crossed cheque in
favour of
{vendor} or transfer to Meezan Bank PK36 MEZN 0001 {rng.randint(1000, 9999)} 0101 2345 6789.</p>"""
    css = (
        "h2{letter-spacing:2px} .pt{border-spacing:8px;border-collapse:separate} .pb{border:1px solid"
        " #555;width:50%}"
        " .meta th,.meta td{border:1px solid #555;font-size:8pt;text-align:center} .meta th{background:#ddd}"
        " .items{margin-top:8px;font-size:8.5pt} .items th,.items td{border:1px solid #777;padding:4px}"
        " .items thead{display:table-header-group} .tot{width:60%;margin:10px 0 0 auto;border:2px solid #000}"
        " .tot td:last-child{text-align:right}"
    )
    html = page(body, css, "Liberation Sans Narrow", lang="en")
    dates = (issued, f"{issued:%d-%m-%Y}"), (due, f"{due:%d-%m-%Y}")
    return finish("salestax_pk", "en", html, fmt, number, vendor, ("PKR", "PKR"), dates, (sub, tax, total))


def bilingual_ae(rng: random.Random) -> Doc:
    vendor, arabic = rng.choice(
        [
            ("Al Noor Building Materials Trading L.L.C", "النور لتجارة مواد البناء ذ.م.م"),
            ("Gulf Breeze Building Supplies L.L.C", "نسيم الخليج لمواد البناء ذ.م.م"),
        ]
    )
    fmt = Num()
    cat = (
        "Ready-mix concrete C40 (m3)|Steel rebar 16 mm (ton)|"
        "Hollow block 20 cm (100 pcs)|Ceramic tiles 60x60 (m2)|Gypsum board 12.5 mm|"
        "Transport charges"
    )
    lines = make_lines(rng, cat, 4, 35, 3200, step="0.25", qmax=30)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.05"), 2)
    total = sub + tax
    adv = q(total / 4, 0)
    issued = pick_date(rng)
    due = issued + timedelta(days=60)
    number = f"TI-{issued:%Y}-{rng.randint(1000, 9999)}"
    rows = [[str(i), ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for i, ln in enumerate(lines, 1)]
    meta = [
        ("Invoice No.", number, "رقم الفاتورة"),
        ("Invoice Date", f"{issued:%d/%m/%Y}", "تاريخ الفاتورة"),
        ("Due Date", f"{due:%d/%m/%Y}", "تاريخ الاستحقاق"),
        ("LPO No.", f"LPO-{rng.randint(10000, 99999)}", "رقم أمر الشراء"),
        (
            "Delivery Note",
            f"DN-{rng.randint(1000, 9999)} / {issued - timedelta(days=4):%d/%m/%Y}",
            "إذن التسليم",
        ),
    ]
    tot = [
        ("Total (Excl. VAT)", fmt(sub), "الإجمالي غير شامل الضريبة"),
        ("VAT 5%", fmt(tax), "ضريبة القيمة المضافة"),
        ("Total (Incl. VAT)", fmt(total), "الإجمالي شامل الضريبة"),
        ("Advance received", fmt(adv), "دفعة مقدمة"),
        ("Balance Due", fmt(total - adv), "الرصيد المستحق"),
    ]
    trip = "".join(
        f"<tr><td>{a}</td><td class='v'>{nw(b)}</td><td class='ar'>{c}</td></tr>" for a, b, c in meta
    )
    trip2 = "".join(
        f"<tr><td>{a}</td><td class='v r'>AED {b}</td><td class='ar'>{c}</td></tr>" for a, b, c in tot
    )
    body = f"""<table class="hd"><tr><td style="width:62%"><h2>{nw(vendor)}</h2>P.O. Box
{rng.randint(10000, 99999)}, Industrial Area 13,
Sharjah, U.A.E.<br>TRN: 100{rng.randint(10**9, 10**10)}0003</td><td class="ar"><h2>{arabic}</h2>
ص.ب {rng.randint(10000, 99999)}، الشارقة</td></tr></table>
<div class="title">TAX INVOICE &nbsp; <span class="ar">فاتورة ضريبية</span></div>
<table class="mid"><tr><td style="width:48%"><b>Bill To / <span class="ar">فاتورة إلى</span></b><br>Emirates
Crest
Contracting L.L.C<br>Dubai Investments Park, Dubai<br>TRN: 100{rng.randint(10**9, 10**10)}0003</td>
<td><table class="meta">{trip}</table></td></tr></table>
{table(("No.|Description / الوصف|Qty / الكمية|Unit Price / سعر الوحدة|Amount AED / المبلغ"), rows, {2, 3, 4})}
<table class="tot">{trip2}</table>
<p class="small">All amounts in UAE Dirham (AED). Bank: Emirates NBD, IBAN AE07 0331 2345 6789 0123
{rng.randint(100, 999)}</p>"""
    css = (
        ".ar{direction:rtl;text-align:right} .title{background:#7a5c1e;color:#fff;"
        "text-align:center;font-size:14pt;padding:4px;margin:10px 0} .meta td{border-bottom:1px solid #ddd;"
        "padding:2px 4px} .v{font-weight:bold} .items th{border-top:2px solid #7a5c1e;border-bottom:2px"
        " solid "
        "#7a5c1e;font-size:8.5pt} .items td{border-bottom:1px solid #eee} .tot{width:75%;margin:10px 0 10px"
        " auto}"
        " .tot td{border-bottom:1px solid #ccc}"
    )
    html = page(body, css, "DejaVu Sans", lang="en")
    dates = (issued, f"{issued:%d/%m/%Y}"), (due, f"{due:%d/%m/%Y}")
    return finish(
        "bilingual_ae", "en+ar", html, fmt, number, vendor, ("AED", "AED"), dates, (sub, tax, total)
    )


def qr_svg(rng: random.Random, n: int = 25, px: int = 4) -> str:
    cells = "".join(
        f'<rect x="{x * px}" y="{y * px}" width="{px}" height="{px}"/>'
        for y in range(n)
        for x in range(n)
        if rng.random() < 0.5
    )
    return f'<svg width="{n * px}" height="{n * px}" xmlns="http://www.w3.org/2000/svg">{cells}</svg>'


def zatca_sa(rng: random.Random) -> Doc:
    vendor, arabic = rng.choice(
        [
            ("Al Safwa Facility Services Co.", "شركة الصفوة للخدمات"),
            ("Najd Facility Management Company", "شركة نجد لإدارة المرافق"),
        ]
    )
    fmt = Num()
    cat = (
        "Preventive maintenance visit|HVAC filter replacement|Cleaning staff (man-month)|"
        "Security guard (man-month)|Consumables kit|Emergency call-out"
    )
    lines = make_lines(rng, cat, 4, 150, 9500, qmax=10)
    sub = total_of(lines)
    taxes = [q(ln.amount * Decimal("0.15"), 2) for ln in lines]
    tax = sum(taxes, Decimal(0))
    total = sub + tax
    issued = pick_date(rng)
    supply = issued - timedelta(days=rng.randint(2, 9))
    number = f"INV-{issued:%Y}-{rng.randint(100, 999):06d}"
    rows = [
        [ln.desc, fmt(ln.unit), str(ln.qty), fmt(ln.amount), "15%", fmt(t), fmt(ln.amount + t)]
        for ln, t in zip(lines, taxes, strict=True)
    ]
    info = [
        ("Invoice Number", number, "رقم الفاتورة"),
        ("Invoice Issue Date", f"{issued:%Y-%m-%d}", "تاريخ إصدار الفاتورة"),
        ("Date of Supply", f"{supply:%Y-%m-%d}", "تاريخ التوريد"),
        ("Invoice counter (ICV)", str(rng.randint(1000, 9999)), "عداد الفاتورة"),
    ]
    side = "".join(
        f"<tr><td>{a}</td><td class='c'>{nw(b)}</td><td class='ar'>{c}</td></tr>" for a, b, c in info
    )
    vat = f"3{rng.randint(10**12, 10**13 - 1)}3"
    heads = "Nature of goods or services|Unit price|Quantity|Taxable Amount|Tax Rate|Tax Amount|"
    heads += "Item Subtotal (Including VAT)"
    body = f"""<table class="hd"><tr><td style="width:110px">{qr_svg(rng)}</td><td class="c"><h1>Tax
Invoice</h1>
<h1 class="ar" style="text-align:center">فاتورة ضريبية</h1></td><td class="r"
style="width:110px"><b>{arabic}</b></td></tr>
</table><table class="info">{side}</table>
<table class="parties"><tr><th>Seller</th><th class="ar">البائع</th><th>Buyer</th><th
class="ar">المشتري</th></tr>
<tr><td colspan="2">Name: <b>{vendor}</b><br>VAT Number: {vat}<br>CR: 1010{rng.randint(100000, 999999)}<br>
King Fahd Rd, Al Olaya, Riyadh 12214</td><td colspan="2">Name: Riyadh Towers Real Estate Co.<br>VAT Number:
3{rng.randint(10**12, 10**13 - 1)}3<br>Al Malqa, Riyadh 13521</td></tr></table>
{table(heads, rows, {1, 2, 3, 4, 5, 6})}
<table class="tot"><tr><td>Total (Excluding VAT)</td><td class="ar">الإجمالي (غير شامل ضريبة القيمة
المضافة)</td>
<td class="r">{fmt(sub)} SAR</td></tr><tr><td>Discount</td><td class="ar">الخصم</td><td class="r">0.00
SAR</td></tr>
<tr><td>Total VAT</td><td class="ar">إجمالي ضريبة القيمة المضافة</td><td class="r">{fmt(tax)} SAR</td></tr>
<tr class="b"><td>Total Amount Due</td><td class="ar">إجمالي المبلغ المستحق</td><td class="r">{fmt(total)}
SAR</td>
</tr></table><p class="small">UUID
{rng.randint(10**7, 10**8)}-4e1b-9c2d-{rng.randint(1000, 9999)}-8f1a2b3c4d5e</p>"""
    css = (
        ".ar{direction:rtl;text-align:right} h1{font-size:15pt} .info,.parties,.tot{margin-top:10px}"
        " .info td,.parties td,.parties th,.tot td{border:1px solid #888} .info td:first-child{width:30%}"
        " .parties th{background:#e9e9e9} .items{margin-top:10px;font-size:8pt} .items th{background:#e9e9e9}"
        " .items th,.items td{border:1px solid #888}"
    )
    html = page(body, css, "DejaVu Sans Condensed", lang="en")
    dates = (issued, f"{issued:%Y-%m-%d}"), None
    return finish("zatca_sa", "en+ar", html, fmt, number, vendor, ("SAR", "SAR"), dates, (sub, tax, total))
