"""Set E, HTML invoices rendered by headless Chromium: shared page helpers, accounting-software tax invoice
(AU), payment-platform receipt, marketplace seller invoice."""

from __future__ import annotations

import html
import random
from datetime import timedelta
from decimal import Decimal

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, r2, street, tax_by_rate

BASE_CSS = (
    "body{margin:0;font-variant-ligatures:none;font-kerning:none}table{border-collapse:collapse}"
    "td,th{vertical-align:top;text-align:left}.r{text-align:right}@page{size:A4;margin:14mm}"
)


EN_SERVICES = [
    "Brand identity workshop",
    "Website maintenance (monthly)",
    "Hosting - business plan",
    "Copywriting, 5 pages",
    "Photography session, half day",
    "Logo revisions",
    "SEO audit",
    "Social media content pack",
    "Consulting hours",
    "Printed brochures A5 (500)",
    "Domain renewal",
    "Email marketing setup",
    "Video editing",
    "Analytics dashboard setup",
    "Stock image licence",
    "Travel time",
]


GOODS = [
    "Stainless steel water bottle 750 ml",
    "USB-C charging cable 2 m",
    "Ceramic coffee mug, set of 4",
    "Cotton bath towel 70x140",
    "LED desk lamp with dimmer",
    "Wireless mouse",
    "Notebook A5 dotted",
    "Bamboo cutting board",
    "Phone case, clear",
    "Kitchen scale digital",
    "Yoga mat 6 mm",
    "Travel adapter",
]


def e(text: object) -> str:
    return html.escape(str(text))


def page(lang: str, css: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Invoice</title>'
        f"<style>{BASE_CSS}{css}</style></head><body>{body}</body></html>"
    )


def xero_au(rng: random.Random) -> Doc:
    d = Doc("xero_au", "chromium", "en")
    stem = rng.choice(["Kookaburra Creative", "Saltbush Digital", "Wattle & Gum Studio", "Harbourline Media"])
    vendor = f"{stem} Pty Ltd"
    no = f"INV-{rng.randint(12, 4999):04d}"
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([7, 14, 30]))
    items = make_items(
        rng, EN_SERVICES, rng.randint(3, 7), 40, 1800, [Decimal(10)] * 4 + [Decimal(0)], True, 8, 0.4
    )
    sub = sum(it.amount for it in items)
    gst = sum(t for r, _, t in tax_by_rate(items) if r)
    total = sub + gst
    paid = r2(total * Decimal(rng.choice([0, 0, 30, 50])) / 100)
    m = lambda v: num(v)  # noqa: E731
    rows = "".join(
        f"<tr><td>{e(it.desc)}</td><td class=r>{it.qty}.00</td><td class=r>{m(it.unit)}</td>"
        f"<td class=r>{f'{it.disc}%' if it.disc else ''}</td>"
        f"<td class=r>{'10%' if it.rate else 'GST Free'}</td>"
        f"<td class=r>{m(it.amount)}</td></tr>"
        for it in items
    )
    initials = "".join(w[0] for w in stem.replace("&", "").split())
    body = f"""
<table style="width:100%"><tr>
<td style="width:42%"><div class=title>TAX INVOICE</div><div class=cust>{
        e(rng.choice(["Bluegum Cafe", "Coastal Physio", "Mitchell Legal"]))
    }<br>Attention: Accounts<br>{"<br>".join(e(s) for s in street(rng, "au"))}<br>AUSTRALIA</div></td>
<td style="width:25%" class=info><b>Invoice Date</b><br>{e(d.k("date", fdate(issued, "D MMM YYYY")))}<br><br>
<b>Invoice Number</b><br>{e(d.k("invoice_number", no))}<br><br><b>Reference</b><br>PO {
        rng.randint(1000, 9999)
    }<br><br>
<b>ABN</b><br>{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {
        rng.randint(100, 999)
    }</td>
<td class=from><div class=logo>{e(initials)}</div>{e(d.k("vendor_name", vendor))}<br>
{"<br>".join(e(s) for s in street(rng, "au"))}<br>AUSTRALIA</td></tr></table>
<table class=items><tr><th>Description</th><th class=r>Quantity</th><th class=r>Unit Price</th><th
class=r>Disc.</th>
<th class=r>GST</th><th class=r>Amount {e(d.k("currency", "AUD"))}</th></tr>{rows}</table>
<table class=tot><tr><td>Subtotal</td><td class=r>{e(d.k("subtotal", m(sub)))}</td></tr>
<tr><td>TOTAL GST 10%</td><td class=r>{e(d.k("tax", m(gst)))}</td></tr>
<tr class=strong><td>Invoice Total AUD</td><td class=r>{e(d.k("total", m(total)))}</td></tr>
<tr><td>Less Amount Paid</td><td class=r>{m(paid)}</td></tr>
<tr class=strong><td>AMOUNT DUE AUD</td><td class=r>{m(total - paid)}</td></tr></table>
<p class=due>Due Date: {e(d.k("due_date", fdate(due, "D MMM YYYY")))}<br>Please pay by EFT to BSB
{rng.randint(100, 999)}-{rng.randint(100, 999)}, Account {rng.randint(10000000, 99999999)}. Use {
        e(no)
    } as reference.</p>
<div class=advice><div class=title2>PAYMENT ADVICE</div><table style="width:100%"><tr><td>To: {e(vendor)}<br>
{
        "<br>".join(e(s) for s in street(rng, "au"))
    }</td><td><b>Customer</b><br><b>Invoice Number</b><br><b>Amount Due</b><br>
<b>Due Date</b><br><b>Amount Enclosed</b></td><td>Accounts<br>{e(no)}<br>{m(total - paid)}<br>{
        fdate(due, "D MMM YYYY")
    }
<br>______________<br>Enter the amount you are paying above</td></tr></table></div>"""
    css = (
        "body{font-family:'Liberation Sans',Arial;font-size:9.5pt;color:#222}.title{font-size:22pt;"
        "margin-bottom:14px}"
        ".logo{width:60px;height:60px;background:#1b6ca8;color:#fff;font-size:22pt;text-align:center;"
        "line-height:60px;margin-bottom:8px}.items{width:100%;margin-top:30px}"
        ".items th{border-bottom:1px solid #000;"
        "padding:4px}.items td{border-bottom:1px solid #ddd;padding:5px 4px}.tot{margin:10px 0 0 auto;"
        "width:45%}"
        ".tot td{padding:4px}.strong td{font-weight:bold;border-top:1px solid #000}.due{margin-top:30px}"
        ".advice{margin-top:60px;border-top:1px dashed #777;padding-top:10px}.title2{font-size:15pt}"
    )
    d.key = key_of(no, issued, due, total, "AUD", vendor, sub, gst)
    d.html = page("en-AU", css, body)
    return d


def stripe_receipt(rng: random.Random) -> Doc:
    d = Doc("stripe_receipt", "chromium", "en")
    cur, sym, place = rng.choice([("USD", "$", "US"), ("GBP", "£", "UK"), ("EUR", "€", "IE")])
    vendor = rng.choice(
        ["Loomwork Labs, Inc.", "Parcelbird Inc.", "Quillstack Software Ltd", "Fernhill Analytics LLC"]
    )
    hexs = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
    no = f"{hexs}-{rng.randint(1, 40):04d}"
    paid_on = issue_date(rng)
    plan = rng.choice(["Pro plan", "Team plan", "Business plan"])
    seats = rng.randint(1, 12)
    price = Decimal(rng.choice(["9.00", "12.00", "15.00", "29.00", "49.00", "99.00"]))
    items = [(f"{plan} (per seat)", seats, price)]
    if rng.random() < 0.6:
        items.append(("Additional storage 100 GB", 1, Decimal(rng.choice(["5.00", "10.00", "20.00"]))))
    sub = sum(Decimal(q) * p for _, q, p in items)
    rate = rng.choice([None, {"USD": Decimal("8.875"), "GBP": Decimal(20), "EUR": Decimal(23)}[cur]])
    tax = r2(sub * rate / 100) if rate is not None else None
    total = sub + (tax or 0)
    m = lambda v: f"{sym}{num(v)}"  # noqa: E731
    date_s = fdate(paid_on, "MMMM D, YYYY")
    period = f"{fdate(paid_on, 'MMM D')} – {fdate(paid_on + timedelta(days=30), 'MMM D, YYYY')}"
    rows = "".join(
        f"<tr><td>{e(desc)}<div class=muted>{e(period)}</div></td><td class=r>{q}</td><td class=r>{m(p)}</td>"
        f"<td class=r>{m(Decimal(q) * p)}</td></tr>"
        for desc, q, p in items
    )
    if tax is not None:
        label = "Sales Tax" if cur == "USD" else "VAT"
        where = {"USD": "New York", "GBP": "United Kingdom", "EUR": "Ireland"}[cur]
        tax_row = (
            f"<tr><td>{label} - {where} ({rate}% on {m(sub)})</td>"
            f"<td class=r>{e(d.k('tax', m(tax)))}</td></tr>"
        )
        sub_rows = (
            f"<tr><td>Total excluding tax</td><td class=r>{e(d.k('subtotal', m(sub)))}</td></tr>{tax_row}"
        )
    else:
        sub_rows = f"<tr><td>Subtotal</td><td class=r>{e(d.k('subtotal', m(sub)))}</td></tr>"
    body = f"""<div class=top><span class=h1>Receipt</span><span class=brand>{
        e(vendor.split(",")[0].split(" ")[0])
    }</span></div>
<table class=meta><tr><td>Invoice number</td><td>{e(d.k("invoice_number", no))}</td></tr>
<tr><td>Receipt number</td><td>{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}</td></tr>
<tr><td>Date paid</td><td>{e(d.k("date", date_s))}</td></tr>
<tr><td>Payment method</td><td>{rng.choice(["Visa", "Mastercard", "Amex"])} - {
        rng.randint(1000, 9999)
    }</td></tr></table>
<table class=parties><tr><td><b>{e(d.k("vendor_name", vendor))}</b><br>{
        "<br>".join(e(s) for s in street(rng, place.lower()))
    }<br>
billing@{e(vendor.split(" ")[0].lower().strip(","))}.com</td><td><b>Bill to</b><br>{
        e(rng.choice(["Dana Whitfield", "Arjun Mehta", "Claire Dubois"]))
    }<br>{"<br>".join(e(s) for s in street(rng, "en"))}</td></tr></table>
<div class=paid>{e(d.k("total", m(total)))} {e(d.k("currency", cur))} paid on {e(date_s)}</div>
<table class=items><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price</th><th
class=r>Amount</th></tr>
{rows}</table><table class=sum>{sub_rows}<tr><td>Total</td><td class=r>{m(total)}</td></tr>
<tr class=b><td>Amount paid</td><td class=r>{m(total)}</td></tr></table>
<p class=muted>Questions? Contact us at support@{e(vendor.split(" ")[0].lower().strip(","))}.com.</p>
<p class=foot>{e(no)} · {m(total)} paid on {e(date_s)} · Page 1 of 1</p>"""
    css = (
        "body{font-family:'DejaVu Sans';font-size:8.5pt;color:#1a1a1a}.h1{font-size:20pt;font-weight:bold}"
        ".brand{float:right;font-size:14pt;color:#635bff}.meta{margin-top:18px}"
        ".meta td{padding:2px 24px 2px 0}"
        ".parties{margin-top:20px;width:70%}.parties td{width:50%}.paid{font-size:15pt;"
        "font-weight:bold;margin:26px 0}"
        ".items{width:100%}.items th{color:#555;font-weight:normal;border-bottom:1px solid #ccc;padding:4px}"
        ".items td{padding:6px 4px}.muted{color:#777}.sum{width:50%;margin-left:auto}.sum td{padding:4px;"
        "border-top:1px solid #ddd}.b td{font-weight:bold}.foot{margin-top:120px;color:#777;font-size:7.5pt}"
    )
    d.key = key_of(no, paid_on, None, total, cur, vendor, sub, tax)
    d.html = page("en", css, body)
    return d


def marketplace(rng: random.Random) -> Doc:
    d = Doc("marketplace", "chromium", "en")
    cur, sym, rate, cc = rng.choice([("GBP", "£", Decimal(20), "GB"), ("EUR", "€", Decimal(19), "DE")])
    uk = ["Harrowgate Home Ltd", "Brookvale Trading Ltd", "Pemberton & Hale Ltd"]
    vendor = rng.choice(
        uk
        if cur == "GBP"
        else ["Kessler Haushaltswaren GmbH", "Nordwerk Direct GmbH", "Haus & Hof Versand KG"]
    )
    order_no = f"{rng.randint(202, 408)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"
    letters = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
    no = f"{cc}{rng.randint(10, 99)}{letters}{rng.randint(10000, 99999)}"
    issued = issue_date(rng)
    ordered = issued - timedelta(days=rng.randint(1, 5))
    items = make_items(rng, GOODS, rng.randint(1, 4), 6, 140, [rate], True, 3)
    ship = Decimal(rng.choice(["0.00", "3.99", "4.49"]))
    gross = lambda v: r2(v * (100 + rate) / 100)  # noqa: E731
    m = lambda v: f"{sym}{num(v)}"  # noqa: E731
    lines = [(it.desc, it.qty, it.unit, it.amount) for it in items]
    if ship:
        lines.append(("Shipping charges", Decimal(1), ship, ship))
    net = sum(a for *_, a in lines)
    total = sum(gross(u) * q for _, q, u, _ in lines)  # VAT computed per line on the unit price, as shops do
    vat = total - net
    rows = "".join(
        f"<tr><td>{e(ds)}<br><span class=s>ASIN: B0{rng.randint(10000000, 99999999)}</span></td>"
        f"<td class=r>{q}</td>"
        f"<td class=r>{m(u)}</td><td class=r>{rate}%</td><td class=r>{m(gross(u))}</td>"
        f"<td class=r>{m(gross(u) * q)}</td></tr>"
        for ds, q, u, a in lines
    )
    addr = lambda: "<br>".join(e(s) for s in street(rng, "uk" if cur == "GBP" else "de"))  # noqa: E731
    buyer = rng.choice(["Tom Ashby", "Lena Fischer", "Priya Nair"])
    body = f"""<div class=logo>shopwise<span>.eu</span></div>
<div class=ttl>Invoice</div><div class=paid>Paid</div>
<table class=hdr><tr><td><b>Sold by</b><br>{e(d.k("vendor_name", vendor))}<br>{addr()}<br>VAT #
{cc}{rng.randint(100000000, 999999999)}</td>
<td><b>Invoice date / Delivery date</b><br>{e(d.k("date", fdate(issued, "D MMMM YYYY")))}<br><br><b>Invoice
#</b><br>
{e(d.k("invoice_number", no))}<br><br><b>Total payable</b><br>{e(m(total))}</td></tr></table>
<table class=addr><tr><td><b>Billing address</b><br>{e(buyer)}<br>{addr()}</td><td><b>Shipping address</b>
<br>{e(buyer)}<br>
{addr()}</td></tr></table>
<table class=ord><tr><td><b>Order information</b><br>Order date {fdate(ordered, "D MMMM YYYY")}<br>Order #
{e(order_no)}</td>
<td>For questions about your order, visit shopwise.eu/contact<br>Payment reference
{rng.randint(10**9, 10**10 - 1)}</td></tr>
</table><table class=items><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price<br>(excl.
VAT)</th>
<th class=r>VAT rate</th><th class=r>Unit price<br>(incl. VAT)</th><th class=r>Item subtotal<br>(incl.
VAT)</th></tr>{rows}
<tr class=f><td colspan=4></td><td class=r>Total</td><td class=r>{m(total)}</td></tr></table>
<table class=vat><tr><th>VAT rate</th><th class=r>Item subtotal (excl. VAT)</th><th class=r>VAT
subtotal</th></tr>
<tr><td>{rate}%</td><td class=r>{e(d.k("subtotal", m(net)))}</td><td class=r>{e(d.k("tax", m(vat)))}</td></tr>
<tr class=f><td>Total</td><td class=r>{m(net)}</td><td class=r>{m(vat)}</td></tr></table>
<div class=box>Invoice total <b>{e(d.k("total", m(total)))}</b> ({e(d.k("currency", cur))})</div>
<p class=s>This invoice was issued by the seller named above. shopwise.eu is a marketplace and is not the
seller of these
goods. Page 1 of 1</p>"""
    css = (
        "body{font-family:'Liberation Sans';font-size:8.5pt}.logo{font-size:20pt;font-weight:bold}"
        ".logo span{color:#f90}"
        ".ttl{font-size:16pt;margin-top:8px}.paid{float:right;margin-top:-26px;border:2px solid #393;"
        "color:#393;"
        "padding:2px 10px;font-weight:bold}.hdr,.addr,.ord{width:100%;margin-top:12px}"
        ".hdr td,.addr td,.ord td{width:50%;"
        "padding:4px;border:1px solid #ccc}.items{width:100%;margin-top:14px}.items th{background:#eee;"
        "padding:4px;"
        "font-size:8pt}.items td{padding:4px;border-bottom:1px solid #ddd}.f td{font-weight:bold}"
        ".s{color:#666;"
        "font-size:7.5pt}.vat{margin:12px 0 0 auto;width:55%}.vat th,.vat td{padding:3px;"
        "border-bottom:1px solid #ddd}"
        ".box{margin:14px 0 0 auto;width:40%;border:2px solid #000;padding:8px;font-size:11pt;"
        "text-align:right}"
    )
    d.key = key_of(no, issued, None, total, cur, vendor, net, vat)
    d.html = page("en", css, body)
    return d
