"""Set N, case 1: a UK joinery invoice behind the cover e-mail that sent it (WeasyPrint)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_n import (
    US,
    Built,
    Inv,
    Shown,
    by_rate,
    digits,
    fdate,
    make_key,
    pick_items,
    q2,
    shown,
)
from outside_common_n import some_date as pick_date
from outside_data_n import JOINERY
from outside_html_n import block, esc, page, rows, weasy
from outside_scan_n import merge


def n01_uk_cover_email(rng: random.Random) -> Built:
    issued = pick_date(rng)
    inv = Inv(
        f"HJ-{rng.randint(24000, 24999)}",
        issued,
        issued + timedelta(days=30),
        "GBP",
        "Harrowfield Joinery Ltd",
        pick_items(rng, JOINERY, 5, (1, 2, 3, 4, 6, 8), Decimal(20)),
    )
    inv.taxes = [("VAT @ 20%", by_rate(inv.items)[0][2])]
    deposit = q2(inv.total * Decimal("0.25"))
    po, account = f"PO-{digits(rng, 5)}", f"NGL{digits(rng, 4)}"
    sent = issued + timedelta(days=rng.randint(2, 6))

    def gbp(x: Decimal) -> str:
        return "£" + US(x)

    p: Shown = {}
    date_fmt = "{dd}/{mm}/{yyyy}"
    meta = [
        ["Invoice No", shown(p, "invoice_number", "Invoice No", inv.number)],
        ["Invoice Date", shown(p, "date", "Invoice Date", fdate(issued, date_fmt))],
        ["Account No", account],
        ["Your Order No", po],
        ["Delivery Date", fdate(issued - timedelta(days=4), date_fmt)],
    ]
    lines = [[str(i.qty), i.desc, gbp(i.price), "20%", gbp(i.net)] for i in inv.items]
    totals = [
        ["Net total", shown(p, "subtotal", "Net total", gbp(inv.subtotal))],
        ["VAT @ 20%", shown(p, "tax", "VAT @ 20%", gbp(inv.tax))],
        ["Invoice total", shown(p, "total", "Invoice total", gbp(inv.total))],
        ["Less deposit received", "-" + gbp(deposit)],
        ["Balance due", gbp(inv.total - deposit)],
    ]
    shown(p, "currency", "", "£")
    due_text = shown(p, "due_date", "Payment due by", fdate(inv.due, "{d} {Month} {yyyy}"))
    body = f"""
<div class="top"><div class="logo">HARROWFIELD<br><span>JOINERY</span></div>
<div class="addr">Unit 4, Mill Lane Industrial Estate<br>Harrogate HG1 4QT<br>Tel 01423 558 210<br>
accounts@harrowfield-joinery.co.uk</div></div>
<h1>INVOICE</h1>
<div class="two">{
        block(
            ["Northgate Lettings Ltd", "Attn: Purchase Ledger", "22 Kingsway", "Leeds LS1 5PQ"],
            "to",
            "Invoice to",
        )
    }
{rows(meta, "meta", align="lr")}</div>
<p class="small">Site: 12 Kingsway, Leeds &middot; Job ref. {esc(po)}/KW</p>
{rows(lines, "items", ["Qty", "Description", "Unit price", "VAT", "Net"], "clrcr")}
{rows(totals, "totals", align="lr")}
<p class="pay">Payment due by {esc(due_text)}. Please quote the invoice number with your payment.</p>
<div class="foot">{esc(inv.vendor)} &middot; Registered in England and Wales No. 08812345 &middot;
VAT Reg No GB 284 5519 02<br>Barclays Bank &middot; Sort code 20-45-77 &middot; Account 43218876 &middot;
IBAN GB29 BARC 2045 7743 2188 76</div>"""
    shown(p, "vendor_name", "", inv.vendor)
    css = """
.top { display: flex; justify-content: space-between; border-bottom: 3px solid #7a4b1f; padding-bottom: 8px; }
.logo { font: bold 22pt 'URW Gothic'; color: #7a4b1f; letter-spacing: 3px; line-height: 1; }
.logo span { font-size: 13pt; letter-spacing: 9px; color: #333; }
.addr { text-align: right; font-size: 8.5pt; }
h1 { font: bold 20pt 'Liberation Serif'; color: #7a4b1f; margin: 14px 0 8px; }
.two { display: flex; justify-content: space-between; }
.bt { font-weight: bold; text-transform: uppercase; font-size: 8pt; color: #7a4b1f; }
.meta td:first-child { font-weight: bold; } .meta { border: 1px solid #bbb; }
.items { width: 100%; margin-top: 14px; } .items th { background: #7a4b1f; color: #fff; }
.items td { border-bottom: 1px solid #ddd; padding: 5px; }
.totals { margin: 10px 0 0 auto; width: 45%; } .totals tr:nth-child(3) td { font-weight: bold;
 border-top: 1px solid #333; border-bottom: 2px solid #333; }
.pay { margin-top: 18px; } .foot { position: absolute; bottom: 0; font-size: 7.5pt; color: #555;
 border-top: 1px solid #bbb; width: 100%; padding-top: 4px; }"""
    source = weasy(page(body, css))
    cover = f"""<div class="mail"><div class="hd">{esc("Sarah Whitcombe")}</div>
{
        rows(
            [
                ["From:", "Sarah Whitcombe <accounts@harrowfield-joinery.co.uk>"],
                ["Sent:", fdate(sent, "{wd}, {d} {Month} {yyyy}") + " 09:12"],
                ["To:", "Purchase Ledger <purchase.ledger@northgate-lettings.co.uk>"],
                ["Subject:", f"Invoice {inv.number} - your order {po}"],
                ["Attachments:", f"{inv.number}.pdf (84 KB)"],
            ],
            "hdr",
        )
    }
<p>Good morning,</p>
<p>Please find attached our invoice {esc(inv.number)} for the doors and fitting work at 12 Kingsway,
completed last week under your order {esc(po)}.</p>
<p>The deposit of {gbp(deposit)} you paid on {fdate(issued - timedelta(days=40), "{d} {Month}")} has been
deducted, leaving {gbp(inv.total - deposit)} to pay. Our bank details are unchanged.</p>
<p>If you have any questions please call me on 01423 558 210.</p>
<p>Kind regards,<br>Sarah Whitcombe<br>Accounts, Harrowfield Joinery</p></div>"""
    cover_css = """.hd { font-size: 15pt; border-bottom: 1px solid #888; margin-bottom: 6px; }
.hdr td:first-child { font-weight: bold; width: 28mm; } .mail { font-family: 'Liberation Sans'; }"""
    data = merge([weasy(page(cover, cover_css, pt=10.5)), source])
    key = make_key(
        inv,
        lang="en-GB",
        template="uk-joinery-cover-email",
        producer="weasyprint",
        case="cover e-mail page first (sent date, deposit and balance in the text), invoice on page 2;"
        " balance due after deposit",
    )
    return Built("n01_uk_cover_email", "pdf", data, key, source, p)


CASES = [n01_uk_cover_email]
