"""Set N, cases 17-18: a New Zealand tax invoice with a tear-off payment advice at the bottom, and a
Singapore invoice photographed on a desk with a phone (JPEG: perspective, uneven light)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

import numpy as np

from outside_common_n import US, Built, Inv, Shown, by_rate, digits, fdate, make_key, pick_items
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import ELECTRICAL, PRINTING
from outside_html_n import block, esc, page, rows, weasy
from outside_scan_n import encode, photo, render


def n17_nz_remittance(rng: random.Random) -> Built:
    issued = pick_date(rng)
    items = pick_items(rng, ELECTRICAL, 5, (1, 1, 2, 4, 6, 8), Decimal(15))
    inv = Inv(
        f"INV-{rng.randint(1200, 2900)}",
        issued,
        issued + timedelta(days=20),
        "NZD",
        "Kauri Coast Electrical Limited",
        items,
    )
    inv.taxes = [("Total GST 15%", by_rate(items)[0][2])]
    paid = Decimal(rng.randint(20, 80) * 10)
    ref = f"Job {digits(rng, 4)} / {rng.choice(['Dargaville', 'Ruawai', 'Maungaturoto'])}"
    p: Shown = {}
    nz = "{d} {Month} {yyyy}"

    def nzd(x: Decimal) -> str:
        return US(x)

    meta = [
        ["Invoice Date", "Invoice Number", "Reference", "GST Number"],
        [
            put(p, "date", "Invoice Date", fdate(issued, nz)),
            put(p, "invoice_number", "Invoice Number", inv.number),
            ref,
            "112-345-678",
        ],
    ]
    lines = [[i.desc, f"{i.qty:.2f}", nzd(i.price), "15%", nzd(i.net)] for i in items]
    sums = [
        ["Subtotal", put(p, "subtotal", "Subtotal", nzd(inv.subtotal))],
        ["Total GST 15%", put(p, "tax", "Total GST 15%", nzd(inv.tax))],
        ["Total NZD", put(p, "total", "Total NZD", nzd(inv.total))],
        ["Less Amount Paid", nzd(paid)],
        ["Amount Due NZD", nzd(inv.total - paid)],
    ]
    put(p, "currency", "", "NZD")
    put(p, "vendor_name", "", inv.vendor)
    due = put(p, "due_date", "Due Date:", fdate(inv.due, nz))
    customer = "Northland Holiday Parks Ltd"
    advice = rows(
        [
            ["Customer", customer],
            ["Invoice Number", inv.number],
            ["Amount Due", nzd(inv.total - paid)],
            ["Due Date", fdate(inv.due, nz)],
            ["Amount Enclosed", "______________"],
        ],
        "adv",
        align="lr",
    )
    body = f"""<div class="side"></div><div class="hd"><div><h1>Tax Invoice</h1>
{block([customer, "Attention: Accounts", "PO Box 311", "Dargaville 0340"])}</div>
<div class="small r"><b>{esc(inv.vendor)}</b><br>14 Kamo Road<br>Whangārei 0112<br>09 430 2218<br>
office@kauricoastelectrical.co.nz</div></div>
{rows(meta[1:], "meta", meta[0])}
{rows(lines, "items", ["Description", "Quantity", "Unit Price", "GST", "Amount NZD"], "lrrrr")}
{rows(sums, "sums", align="lr")}
<p><b>Due Date: {due}</b><br>Bank: ANZ 06-0254-0456789-00 &middot; please use the invoice number as
reference.</p>
<div class="cut">&#9986; - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
- - - - - - - - - - - - - - - -</div>
<div class="slip"><div><h2>PAYMENT ADVICE</h2>To: {esc(inv.vendor)}<br>PO Box 1182<br>Whangārei 0140<br><br>
Direct credit: 06-0254-0456789-00</div>{advice}</div>"""
    css = """.side { position: fixed; left: -14mm; top: -14mm; bottom: -14mm; width: 6mm; background:
#d9822b; }
.hd { display: flex; justify-content: space-between; } h1 { font: 24pt 'Liberation Sans'; margin: 0 0 5mm; }
.meta { margin: 7mm 0; } .meta th { text-align: left; font-size: 8pt; color: #666; padding-right: 10mm; }
.items { width: 100%; } .items th { border-bottom: 1px solid #000; } .items td { border-bottom: 1px solid
#ddd;
 } .sums { margin: 4mm 0 0 auto; } .sums tr:nth-child(3) td, .sums tr:last-child td { font-weight: bold;
 border-top: 1px solid #000; } .cut { margin-top: 18mm; color: #777; white-space: nowrap; overflow: hidden; }
.slip { display: flex; justify-content: space-between; margin-top: 4mm; } h2 { font-size: 13pt; margin: 0 0
3mm;
 } .adv td { border-bottom: 1px solid #ccc; padding: 3px 8px; }"""
    source = weasy(page(body, css, lang="en"))
    key = make_key(
        inv,
        lang="en-NZ",
        template="nz-electrical-payment-advice",
        producer="weasyprint",
        case="tear-off payment advice at the bottom (amount due after payment, due date again, "
        "customer); job reference; amount paid",
    )
    return Built("n17_nz_remittance", "pdf", source, key, source, p)


def n18_sg_photo(rng: random.Random) -> Built:
    issued = pick_date(rng)
    items = pick_items(rng, PRINTING, 4, (1, 1, 2, 3), Decimal(9))
    inv = Inv(
        f"LCP-{issued.strftime('%y%m')}-{rng.randint(100, 399)}",
        issued,
        None,
        "SGD",
        "Lion City Print & Packaging Pte. Ltd.",
        items,
    )
    inv.taxes = [("Add 9% GST", by_rate(items)[0][2])]
    p: Shown = {}
    sg = "{d} {Mon} {yyyy}"
    meta = [
        ["Invoice No.", put(p, "invoice_number", "Invoice No.", inv.number)],
        ["Date", put(p, "date", "Date", fdate(issued, sg))],
        ["Terms", "30 Days"],
        ["D/O No.", f"DO{digits(rng, 6)}"],
        ["Your Ref.", f"PR-{digits(rng, 5)}"],
    ]
    lines = [[str(n), i.desc, f"{i.qty:.0f}", US(i.price), US(i.net)] for n, i in enumerate(items, start=1)]
    sums = [
        ["Sub-Total", put(p, "subtotal", "Sub-Total", US(inv.subtotal))],
        ["Add 9% GST", put(p, "tax", "Add 9% GST", US(inv.tax))],
        ["Grand Total (SGD)", put(p, "total", "Grand Total (SGD)", US(inv.total))],
    ]
    put(p, "currency", "", "SGD")
    put(p, "vendor_name", "", inv.vendor)
    body = f"""<div class="c"><div class="logo">LION CITY</div><b>{esc(inv.vendor)}</b><br>
<span class="small">Blk 3015 Bedok North Street 5, #04-22 Shimei East Kitchen, Singapore 486350<br>
Tel: 6241 8830 &middot; UEN / GST Reg No: 201912345K</span></div><h1>INVOICE</h1>
<div class="row">{
        block(
            [
                "Horizon Events & Exhibitions Pte Ltd",
                "10 Jurong West Street 92, #02-11",
                "Singapore 648344",
                "Attn: Ms Tan Hui Min",
            ],
            "",
            "Bill To:",
        )
    }{rows(meta, "meta", align="ll")}
</div>{rows(lines, "items", ["S/N", "Description", "Qty", "Unit Price", "Amount"], "clrrr")}
{rows(sums, "sums", align="lr")}
<p class="small">All cheques should be crossed and made payable to "{
        esc(inv.vendor)
    }". Bank transfer: DBS Bank
Ltd, A/C 072-901234-5. PayNow UEN 201912345K. Goods sold are not returnable. Interest of 1.5% per month
applies
to overdue accounts.</p><div class="sig">Received in good order &amp; condition<br><br>______________________
<br>Company stamp &amp; signature</div>"""
    css = """.logo { font: bold 22pt 'URW Gothic'; color: #b22; letter-spacing: 4px; } h1 { text-align: right;
 font-size: 16pt; border-bottom: 2px solid #b22; } .row { display: flex; justify-content: space-between; }
.bt { font-weight: bold; } .items { width: 100%; margin-top: 6mm; border: 1px solid #444; }
.items th { background: #eee; border: 1px solid #444; } .items td { border-left: 1px solid #444;
 height: 9mm; } .sums { margin: 0 0 0 auto; border: 1px solid #444; } .sums td { border: 1px solid #444; }
.sums tr:last-child td { font-weight: bold; } .sig { margin-top: 14mm; }"""
    source = weasy(page(body, css, pt=10, margin="16mm"))
    nrng = np.random.default_rng(rng.getrandbits(32))
    img = photo(render(source, 170)[0], nrng)
    key = make_key(
        inv,
        lang="en-SG",
        template="sg-printer-photo",
        producer="weasyprint+photo",
        case="phone photo (JPEG) of the sheet on a desk: perspective, warm cast, uneven light and a "
        "shadow; D/O and reference numbers; terms only, no due date",
    )
    return Built("n18_sg_photo", "jpg", encode(img, "JPEG", quality=80), key, source, p)


CASES = [n17_nz_remittance, n18_sg_photo]
