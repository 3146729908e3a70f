"""Set J templates: Canadian web-shop order invoice, Singapore wholesale distributor invoice (two pages)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

SHOP_CSS = """
@page { size: Letter; margin: 15mm 18mm; }
body { font: 10pt 'Liberation Sans'; color: #333; }
.logo { font: bold 26pt 'DejaVu Serif'; color: #2f5d50; margin-bottom: 2px; }
.tag { color: #888; font-size: 9pt; margin-bottom: 18px; }
.grid { display: flex; justify-content: space-between; margin-bottom: 18px; } .grid > div { width: 32%; }
h4 { margin: 0 0 4px; font-size: 9pt; text-transform: uppercase; color: #2f5d50; }
table.it { width: 100%; border-collapse: collapse; }
table.it th { border-bottom: 2px solid #2f5d50; text-align: left; padding: 6px 4px; font-size: 9pt; }
table.it td { border-bottom: 1px solid #e4e4e4; padding: 6px 4px; } .r
{ text-align: right; white-space: nowrap; }
.sku { color: #999; font-size: 8pt; }
table.sum { margin: 12px 0 0 auto; width: 48%; } table.sum td { padding: 3px 4px; }
table.sum tr.g td { font-size: 13pt; font-weight: bold; border-top: 2px solid #2f5d50; padding-top: 6px; }
.note { margin-top: 24px; font-size: 8.5pt; color: #777; }
"""

GOODS = [
    ("Merino crew socks, 3-pack", "SOC-MER-3", 24, 36),
    ("Packable down vest - Spruce / M", "VST-DWN-SPM", 129, 189),
    ("Waxed canvas tote", "BAG-WAX-TOT", 58, 84),
    ("Trail running cap - Charcoal", "CAP-TRL-CH", 28, 38),
    ("Insulated bottle 750 ml", "BTL-INS-750", 32, 44),
    ("Wool toque - Rust", "TOQ-WOL-RU", 26, 36),
    ("Rain shell jacket - Navy / L", "JKT-RSH-NVL", 179, 249),
    ("Leather card wallet", "WAL-LTH-CRD", 45, 65),
]


def shop_ca(rng: random.Random) -> Doc:
    shop = rng.choice(
        ["Maple & Pine Outfitters Inc.", "Coastline Gear Co. Ltd.", "Northern Loft Supply Inc."]
    )
    issued = issue_date(rng)
    ordered = issued - timedelta(days=rng.randrange(1, 4))
    number = f"INV-{issued.year % 100}{rng.randrange(10000, 99999)}"
    order = f"#{rng.randrange(1001, 9999)}"
    rows, items = [], Decimal(0)
    for name, sku, lo, hi in rng.sample(GOODS, rng.randrange(3, 6)):
        qty = rng.choice([1, 1, 1, 2, 3])
        price = Decimal(rng.randrange(lo, hi)) - Decimal("0.01")
        amt = price * qty
        items += amt
        rows.append(
            f"<tr><td>{name}<div class=sku>SKU {sku}</div></td><td class=r>{qty}</td>"
            f"<td class=r>${money(price)}</td><td class=r>${money(amt)}</td></tr>"
        )
    pct = rng.choice([10, 15, 20])
    code = rng.choice(["WELCOME", "SPRING", "FALL", "LOYAL"]) + str(pct)
    disc = q2(items * pct / 100)
    ship = Decimal(rng.choice(["12.95", "15.50", "9.99", "18.75"]))
    net = items - disc + ship
    gst = q2(net * Decimal("0.05"))
    pst = q2((items - disc) * Decimal("0.07"))
    total = net + gst + pst
    fmt = "{month} {d}, {yyyy}"
    body = f"""
<div class=logo>{esc(shop)}</div><div class=tag>Thoughtfully made gear for the West Coast</div>
<div class=grid><div><h4>Invoice</h4>Invoice number: {number}<br>Invoice date: {fdate(issued, fmt)}<br>
Order {order} placed {fdate(ordered, fmt)}</div>
<div><h4>Bill to</h4>{rng.choice(["Priya Natarajan", "Marc-André Gagnon", "Jessica Wong"])}<br>
{rng.randrange(100, 4999)} {rng.choice(["W 10th Ave", "Fairfield Rd", "Commercial Dr"])}<br>
{rng.choice(["Vancouver BC V6K 2L4", "Victoria BC V8S 1J6", "Kelowna BC V1Y 6H2"])}</div>
<div><h4>Ship to</h4>Same as billing address<br>Canada Post Expedited Parcel<br>
Tracking {rng.randrange(10**15, 10**16)}</div></div>
<table class=it><tr><th>Item</th><th class=r>Qty</th><th class=r>Price</th><th class=r>Line total</th></tr>
{"".join(rows)}</table>
<table class=sum><tr><td>Items</td><td class=r>${money(items)}</td></tr>
<tr><td>Discount ({code})</td><td class=r>-${money(disc)}</td></tr>
<tr><td>Shipping</td><td class=r>${money(ship)}</td></tr>
<tr><td><b>Subtotal</b></td><td class=r><b>${money(net)}</b></td></tr>
<tr><td>GST 5%</td><td class=r>${money(gst)}</td></tr>
<tr><td>PST 7%</td><td class=r>${money(pst)}</td></tr>
<tr class=g><td>Total</td><td class=r>CAD ${money(total)}</td></tr></table>
<p>Paid with Visa ending in {rng.randrange(1000, 9999)} &mdash; thank you for your order!</p>
<div class=note>GST/HST No. {rng.randrange(10**8, 10**9)} RT0001 &middot; PST No.
PST-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)} &middot; Returns accepted within 30 days of
delivery &middot;
Questions? hello@{shop.split()[0].lower()}.ca or
1-888-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}</div>"""
    return make(
        "shop_ca",
        "en",
        page(SHOP_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, fmt)),
        due_date=None,
        total=(total, money(total)),
        currency=("CAD", "CAD"),
        vendor_name=(shop, shop),
        subtotal=(net, money(net)),
        tax=(gst + pst, (money(gst), money(pst))),
    )


WHOLESALE_CSS = """
@page { size: A4; margin: 14mm 12mm 18mm 12mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; } }
body { font: 8.5pt 'DejaVu Sans Condensed', 'DejaVu Sans'; }
.head
{ display: flex; justify-content: space-between; border-bottom: 1.5px solid #000; padding-bottom: 4px; }
.co { font-size: 14pt; font-weight: bold; }
.ti { text-align: center; font-size: 13pt; font-weight: bold; margin: 6px 0; letter-spacing: 2px; }
table.bx { width: 100%; border-collapse: collapse; } table.bx td
{ border: 1px solid #000; padding: 3px 5px; }
table.li { width: 100%; border-collapse: collapse; margin-top: 6px; }
table.li th { border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px; text-align: left; }
table.li td { padding: 2px 3px; } .r { text-align: right !important; white-space: nowrap; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
table.tt { margin: 8px 0 0 auto; border-collapse: collapse; }
table.tt td { border: 1px solid #000; padding: 3px 8px; } .fine { font-size: 7.5pt; margin-top: 12px; }
"""

PRODUCTS = [
    ("Jasmine fragrant rice 5kg", "BAG", 9, 14),
    ("Sunflower oil 2L", "BTL", 5, 8),
    ("Instant noodles curry 5x80g", "PKT", 2, 4),
    ("Evaporated milk 390g", "CAN", 1, 2),
    ("Oyster sauce 510g", "BTL", 3, 5),
    ("Light soy sauce 640ml", "BTL", 2, 4),
    ("Canned sardines tomato 425g", "CAN", 2, 3),
    ("Coffee mix 3-in-1 30s", "PKT", 6, 9),
    ("Milo tin 1.5kg", "TIN", 19, 25),
    ("Plain flour 1kg", "PKT", 1, 3),
    ("Castor sugar 2kg", "PKT", 3, 5),
    ("Bottled water 1.5L x12", "CTN", 6, 9),
    ("Dishwashing liquid 900ml", "BTL", 2, 4),
    ("Tissue box 3ply 5s", "PKT", 4, 7),
    ("Coconut milk 400ml", "CAN", 1, 3),
    ("Chilli sauce 340g", "BTL", 2, 3),
    ("Green tea bags 100s", "BOX", 4, 7),
    ("Laundry detergent 3kg", "BAG", 10, 15),
    ("Frozen prawn dumplings 1kg", "PKT", 11, 16),
    ("Corn flakes 500g", "BOX", 4, 6),
    ("Peanut butter 510g", "JAR", 4, 7),
    ("Kaya spread 400g", "JAR", 3, 5),
    ("Basmati rice 10kg", "BAG", 22, 30),
    ("Canned button mushrooms 425g", "CAN", 1, 3),
]


def wholesale_sg(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Lim Brothers Trading Pte. Ltd.", "Tan & Ong Provisions Pte Ltd", "Seng Huat Food Supply Pte Ltd"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"INV{issued.year % 100}{issued.month:02d}-{rng.randrange(1000, 9999)}"
    dfmt = "{dd}/{mm}/{yyyy}"
    rows, sub = [], Decimal(0)
    for n in range(1, rng.randrange(62, 72)):
        name, uom, lo, hi = rng.choice(PRODUCTS)
        qty = rng.choice([6, 10, 12, 20, 24, 36, 48])
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        disc = rng.choice([0, 0, 0, 5, 10])
        amt = q2(qty * price * (100 - disc) / 100)
        sub += amt
        code = f"{name[:2].upper()}{rng.randrange(100, 999)}"
        rows.append(
            f"<tr><td>{n}</td><td>{code}</td><td>{name}</td><td class=r>{qty}</td><td>{uom}</td>"
            f"<td class=r>{money(price)}</td><td class=r>{disc or ''}</td><td class=r>{money(amt)}</td></tr>"
        )
    gst = q2(sub * Decimal("0.09"))
    total = sub + gst
    uen = f"{rng.randrange(1995, 2020)}{rng.randrange(10000, 99999)}{rng.choice('CDEGHKMNRZ')}"
    body = f"""
<div class=head><div><div class=co>{esc(vendor)}</div>
{rng.randrange(2, 60)} Senoko Loop #0{rng.randrange(1, 6)}-{rng.randrange(10, 40)}, Singapore
7583{rng.randrange(10, 99)}
<br>Tel: 6758 {rng.randrange(1000, 9999)} &middot; Fax: 6758 {rng.randrange(1000, 9999)}</div>
<div style="text-align:right">Co. Reg. No: {uen}<br>GST Reg. No:
M{rng.randrange(2, 9)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(1, 9)}</div></div>
<div class=ti>TAX INVOICE</div>
<table class=bx><tr><td rowspan=4 style="width:52%">Bill To:<br>
<b>{esc(rng.choice(["Ah Seng Minimart", "Happy Valley Supermarket Pte Ltd", "Kopi Corner F&B Pte Ltd"]))}</b>
<br>
Blk {rng.randrange(100, 800)} Ang Mo Kio Ave {rng.randrange(1, 10)} #01-{rng.randrange(1000, 4000)}<br>
Singapore 56{rng.randrange(1000, 9999)}<br>Attn: Purchasing</td>
<td>Invoice No</td><td>{number}</td></tr>
<tr><td>Invoice Date</td><td>{fdate(issued, dfmt)}</td></tr>
<tr><td>D/O No / P/O No</td><td>DO{rng.randrange(100000, 999999)} / PO-{rng.randrange(1000, 9999)}</td></tr>
<tr><td>Terms / Due Date</td><td>30 Days / {fdate(due, dfmt)}</td></tr></table>
<table class=li><thead><tr><th>No</th><th>Code</th><th>Description</th><th class=r>Qty</th><th>UOM</th>
<th class=r>U/Price</th><th class=r>Disc%</th><th
class=r>Amount</th></tr></thead><tbody>{"".join(rows)}</tbody></table>
<table class=tt><tr><td>Sub-Total</td><td class=r>{money(sub)}</td></tr>
<tr><td>GST @ 9%</td><td class=r>{money(gst)}</td></tr>
<tr><td><b>Total Amount (SGD)</b></td><td class=r><b>{money(total)}</b></td></tr></table>
<div class=fine>E. &amp; O. E. Goods sold are not returnable. Cheques should be crossed and made payable to
the company.
PayNow UEN {uen}. Interest of 1.5% per month is charged on overdue accounts.<br><br>
Received the above goods in good order and condition: ______________________ (Company stamp &amp;
signature)</div>"""
    return make(
        "wholesale_sg",
        "en",
        page(WHOLESALE_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, dfmt)),
        due_date=(due, fdate(due, dfmt)),
        total=(total, money(total)),
        currency=("SGD", "SGD"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, money(sub)),
        tax=(gst, money(gst)),
    )
