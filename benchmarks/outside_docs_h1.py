"""Set H, English Story layouts: US shop order, UK facilities invoice, Irish solicitor's fee note."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from outside_common_h import (
    Line,
    en,
    esc,
    issue_due,
    make_key,
    meta,
    month_name,
    pick_lines,
    r2,
    rows,
    shift,
    story_pdf,
    tax_of,
    total_of,
)


def us_shop_order(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Online-store order invoice: order number/date decoys, shipping, sales tax, paid by card (0 due)."""
    vendor = "Northwind Outfitters LLC"
    number = f"INV-{rng.randint(20000, 89999)}"
    order_day, _ = issue_due(rng, 0)
    issue = shift(order_day, rng.randint(1, 3))
    catalog = [
        ("Trailhead Fleece Jacket / M / Charcoal", 59, 129),
        ("Merino Crew Socks 3-Pack / L", 18, 29),
        ("Ridgeline 28L Daypack / Olive", 69, 149),
        ("Packable Rain Shell / S / Navy", 89, 179),
        ("Insulated Bottle 750 ml / Slate", 24, 39),
        ("Camp Mug Enamel / Cream", 12, 22),
    ]
    lines = pick_lines(rng, catalog, rng.randint(3, 4), (1, 3))
    sub = total_of(lines)
    ship = Decimal(rng.choice(["8.95", "12.50", "14.95"]))
    tax = tax_of(sub + ship, "10.35")
    total = sub + ship + tax
    us = f"{month_name('en', issue)} {issue.day}, {issue.year}"
    order = f"{month_name('en', order_day)} {order_day.day}, {order_day.year}"
    items = "".join(
        f"<tr><td>{esc(ln.desc)}<br/><span class='small'>SKU NW-{rng.randint(10000, 99999)}</span></td>"
        f"<td class='c'>{ln.qty}</td><td class='r'>${en(ln.unit)}</td>"
        f"<td class='r'>${en(ln.amount)}</td></tr>"
        for ln in lines
    )
    part1 = rows(
        [
            ["Subtotal", f"${en(sub)}"],
            ["Shipping (UPS Ground)", f"${en(ship)}"],
            ["Tax (WA 10.35%)", f"${en(tax)}"],
        ],
        "lr",
    )
    part2 = rows(
        [
            [f"Paid - Visa ending in {rng.randint(1000, 9999)}", f"-${en(total)}"],
            ["Outstanding", "$0.00 USD"],
        ],
        "lr",
    )
    body = f"""
<table><tr><td><p style="font-size:20pt;letter-spacing:2px">northwind</p>
<p>1423 Westlake Ave N<br/>Seattle, WA 98109<br/>hello@northwind-outfitters.com</p></td>
<td class="r"><h1>Invoice</h1><p>Invoice number <b>{number}</b><br/>Invoice date {us}</p>
<p>Order #NW{rng.randint(1000, 9999)}<br/>Order date {order}</p></td></tr></table>
<table style="margin:14px 0"><tr><td><b>Bill to</b><br/>Harborview Mutual Insurance Co.<br/>Attn: Accounts
Payable
<br/>600 University St, Ste 2100<br/>Seattle, WA 98101</td><td><b>Ship to</b><br/>Harborview Mutual - Claims
Floor 12
<br/>600 University St<br/>Seattle, WA 98101</td></tr></table>
<table class="items"><tr><th>Item</th><th class="c">Qty</th><th class="r">Price</th><th
class="r">Total</th></tr>
{items}</table>
<div style="margin-left:50%;margin-top:10px"><table>
{part1}
<tr class="b"><td>Total</td><td class="r">${en(total)} USD</td></tr>
{part2}
</table></div>
<p style="margin-top:30px" class="small">Thank you for shopping with us! Returns accepted within 30 days of
delivery. {vendor} - 1423 Westlake Ave N, Seattle, WA 98109.</p>"""
    css = ".items th {border-bottom: 1px solid #333;} .items td {border-bottom: 1px solid #ddd;}"
    story_pdf(path, [body], css, size="letter")
    return make_key(
        meta("en-US", "us_shop_order"),
        invoice_number=(number, number),
        date=(issue, us),
        total=(total, f"${en(total)}"),
        currency=("USD", "USD"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, f"${en(sub)}"),
        tax=(tax, f"${en(tax)}"),
    )


def uk_facilities_sage(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Accounting-package invoice: boxed header table, per-line VAT, account and order decoys."""
    vendor = "Castlegate Facilities Management Ltd"
    number = str(rng.randint(10400, 18999))
    issue, due = issue_due(rng, 30)
    month = f"{month_name('en', issue)} {issue.year}"
    catalog = [
        (f"Contract cleaning - {month}", 2850, 4200),
        ("Window cleaning, external (quarterly)", 380, 640),
        ("Washroom consumables", 140, 320),
        (f"Reactive call-out - blocked drain (job {rng.randint(4000, 4999)})", 95, 240),
        ("Grounds maintenance", 260, 480),
        ("Pest control visit", 85, 160),
    ]
    lines = pick_lines(rng, catalog, 4, (1, 1))
    vats = [tax_of(ln.amount, "20") for ln in lines]
    sub, tax = total_of(lines), sum(vats, Decimal("0.00"))
    total = sub + tax
    d = issue.strftime("%d/%m/%Y")
    items = rows(
        [
            ["1.00", ln.desc, en(ln.unit), en(ln.amount), "20.00", en(v)]
            for ln, v in zip(lines, vats, strict=True)
        ],
        "rlrrrr",
    )
    part3 = rows(
        [["Total Net Amount", f"£{en(sub)}"], ["Total VAT Amount", f"£{en(tax)}"], ["Carriage", "£0.00"]],
        "lr",
    )
    body = f"""
<table><tr><td><h2>{esc(vendor)}</h2><p>Unit 4, Riverside Park<br/>Bristol BS2 0QS<br/>Tel 0117 496
0321</p></td>
<td class="r"><p style="font-size:22pt" class="b">INVOICE</p></td></tr></table>
<table class="grid" style="margin:10px 0"><tr><th>Invoice No.</th><th>Invoice/Tax Date</th><th>Account
Ref.</th>
<th>Customer Order No.</th></tr><tr><td>{number}</td><td>{d}</td><td>HALB00{rng.randint(1, 9)}</td>
<td>PO-{rng.randint(550000, 559999)}</td></tr></table>
<table><tr><td><b>Invoice Address</b><br/>Halberd Assurance plc<br/>Accounts Payable<br/>20 Temple
Way<br/>Bristol BS1 6AG
</td><td><b>Delivery Address</b><br/>Halberd Assurance plc<br/>Contract FM/2023/117<br/>Temple Quay
House</td></tr>
</table>
<table class="grid" style="margin-top:12px"><tr><th class="r">Quantity</th><th>Details</th><th class="r">Unit
Price</th>
<th class="r">Net Amt</th><th class="r">VAT %</th><th class="r">VAT</th></tr>{items}</table>
<table style="margin-top:12px"><tr><td style="width:50%" class="small">Payment due:
{due.strftime("%d/%m/%Y")}<br/>
Bank: Lloyds Bank - Sort code 30-94-57 - Account 28816604<br/>Please quote the invoice number with your
payment.
</td><td style="width:50%"><table class="grid">
{part3}
<tr class="b"><td>Invoice Total</td><td class="r">£{en(total)}</td></tr></table></td></tr></table>
<p class="small" style="margin-top:24px">Registered in England and Wales No. 08812345. VAT Reg No. GB 284 5519
07.</p>"""
    css = ".grid td, .grid th {border: 0.6px solid #555;} .grid th {background-color: #e6e6e6;}"
    story_pdf(path, [body], css)
    return make_key(
        meta("en-GB", "uk_facilities_sage"),
        invoice_number=(number, number),
        date=(issue, d),
        due_date=(due, due.strftime("%d/%m/%Y")),
        total=(total, f"£{en(total)}"),
        currency=("GBP", "£"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, f"£{en(sub)}"),
        tax=(tax, f"£{en(tax)}"),
    )


def ie_solicitor_fee_note(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Law-firm fee note: fees + VAT + non-VATable outlays, payment on account; no net sum printed."""
    vendor = "Brennan Kavanagh LLP"
    number = f"{rng.randint(24, 25)}/{rng.randint(100, 999):04d}"
    issue, _ = issue_due(rng, 28)
    suffix = "th" if 11 <= issue.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(issue.day % 10, "th")
    shown = f"{issue.day}{suffix} {month_name('en', issue)} {issue.year}"
    fees = r2(rng.randint(1800, 4200) * 5)
    vat = tax_of(fees, "23")
    outlays = [
        Line("Stamp Duty", Decimal(1), r2(rng.randint(2500, 9500))),
        Line("Land Registry fees", Decimal(1), Decimal("400.00")),
        Line("Law searches", Decimal(1), r2(rng.randint(180, 260))),
        Line("Commissioner's fees", Decimal(1), Decimal("20.00")),
    ]
    out_total = total_of(outlays)
    total = fees + vat + out_total
    paid = Decimal("500.00")
    part4 = rows(
        [["Professional Fees", "", f"€{en(fees)}"], ["VAT @ 23%", "", f"€{en(vat)}"], ["Outlays:", "", ""]],
        "lrr",
    )
    part5 = rows([[f"   {o.desc}", f"€{en(o.amount)}", ""] for o in outlays], "lrr")
    part6 = rows([["Total Outlays", "", f"€{en(out_total)}"]], "lrr")
    part7 = rows(
        [["Less: Paid on account", "", f"€{en(paid)}"], ["BALANCE DUE", "", f"€{en(total - paid)}"]], "lrr"
    )
    body = f"""
<p class="c" style="font-size:15pt;letter-spacing:3px">BRENNAN KAVANAGH</p>
<p class="c small">SOLICITORS - 38 Fitzwilliam Place, Dublin 2, D02 XK38 - DX 109 012</p>
<table style="margin-top:18px"><tr><td>Ms Aoife Gallagher<br/>12 Orchard Close<br/>Naas<br/>Co. Kildare</td>
<td class="r">Our Ref: PB/{rng.randint(40000, 49999)}/GAL<br/>Your Ref: -<br/>Fee Note No: {number}<br/>
Date: {shown}</td></tr></table>
<p class="c b" style="margin:16px 0;font-size:13pt">FEE NOTE</p>
<p>RE: PURCHASE OF {rng.randint(2, 60)} MEADOW VIEW, NAAS, CO. KILDARE - FOLIO
KE{rng.randint(10000, 99999)}F</p>
<p>To our professional fees for acting on your behalf in the above purchase, including investigating title,
raising requisitions, attending to the loan cheque, completion and registration of title.</p>
<div style="margin:10px 10% 0 10%"><table>
{part4}
{part5}
{part6}
<tr class="b"><td>TOTAL</td><td></td><td class="r">€{en(total)}</td></tr>
{part7}
</table></div>
<p style="margin-top:20px" class="small">Payment within 28 days of the date hereof would be appreciated.
Outlays are not subject to VAT. VAT No. IE 6388047V. {vendor} is regulated by the Law Society of
Ireland.</p>"""
    story_pdf(path, [body], "body {font-family: serif; font-size: 10pt;}")
    return make_key(
        meta("en-IE", "ie_solicitor_fee_note"),
        invoice_number=(number, number),
        date=(issue, shown),
        total=(total, f"€{en(total)}"),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        tax=(vat, f"€{en(vat)}"),
    )


DOCS = [us_shop_order, uk_facilities_sage, ie_solicitor_fee_note]
