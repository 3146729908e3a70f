"""Set N, case 16: an Indian GST tax invoice printed "DUPLICATE FOR TRANSPORTER" with a DUPLICATE watermark
(WeasyPrint)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_n import (
    INDIA,
    Built,
    Inv,
    Shown,
    digits,
    fdate,
    make_key,
    pick_items,
    q2,
    words,
)
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import PACKAGING
from outside_html_n import esc, page, rows, weasy

ONES = words(
    "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen "
    "Seventeen Eighteen Nineteen"
)


TENS = words("_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety")


def words_in(n: int) -> str:
    """An amount in words the Indian way (lakh, crore)."""

    def small(k: int) -> str:
        if k < 20:
            return ONES[k]
        if k < 100:
            return TENS[k // 10] + ("" if k % 10 == 0 else " " + ONES[k % 10])
        return ONES[k // 100] + " Hundred" + ("" if k % 100 == 0 else " " + small(k % 100))

    parts = []
    for unit, size in (("Crore", 10**7), ("Lakh", 10**5), ("Thousand", 10**3)):
        if n >= size:
            parts.append(f"{small(n // size)} {unit}")
            n %= size
    if n or not parts:
        parts.append(small(n))
    return " ".join(parts)


def n16_in_duplicate(rng: random.Random) -> Built:
    issued = pick_date(rng)
    chosen = rng.sample(PACKAGING, 4)
    items = pick_items(
        rng, [(d, lo, hi) for d, _, lo, hi in chosen], 4, (50, 100, 200, 250, 500, 1000), Decimal(18)
    )
    hsn = {d: h for d, h, _, _ in chosen}
    inv = Inv(
        f"SGPI/{issued.year % 100}-{issued.year % 100 + 1}/{rng.randint(100, 999):04d}",
        issued,
        None,
        "INR",
        "Shree Ganesh Packaging Industries Pvt. Ltd.",
        items,
    )
    half = q2(inv.subtotal * Decimal("0.09"))
    inv.taxes = [("CGST @9%", half), ("SGST @9%", half)]
    p: Shown = {}
    d_in = "{d}-{Mon}-{yyyy}"

    def inr(x: Decimal) -> str:
        return INDIA(x)

    v = inv.vendor
    put(p, "vendor_name", "", v)
    cells = [
        [
            f"<b>{esc(v)}</b><br>Plot No. C-47, MIDC Bhosari<br>Pune 411026<br>GSTIN/UIN: 27AAECS1234F1Z5<br>"
            "State Name: Maharashtra, Code: 27<br>E-Mail: accounts@shreeganeshpack.in",
            f"Invoice No.<br><b>{put(p, 'invoice_number', 'Invoice No.', inv.number)}</b>",
            f"Dated<br><b>{put(p, 'date', 'Dated', fdate(issued, d_in))}</b>",
        ],
        [
            "<b>Consignee (Ship to)</b><br>Kaveri Foods &amp; Beverages LLP<br>Gat No. 212, Chakan<br>Pune "
            "410501"
            "<br>GSTIN/UIN: 27AAKFK7788L1Z2",
            f"Delivery Note<br>DN-{digits(rng, 4)}",
            "Mode/Terms of Payment<br>30 Days",
        ],
        [
            "<b>Buyer (Bill to)</b><br>Kaveri Foods &amp; Beverages LLP<br>Office 5, Baner Road<br>Pune "
            "411045"
            "<br>State Name: Maharashtra, Code: 27",
            f"Buyer's Order No.<br>PO/KFB/{digits(rng, 4)}",
            f"Dated<br>{fdate(issued - timedelta(days=9), d_in)}",
        ],
        ["", f"Dispatch Doc No.<br>LR-{digits(rng, 6)}", f"e-Way Bill No.<br>{digits(rng, 12)}"],
    ]
    top = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    item_rows = "".join(
        f"<tr><td class='c'>{n}</td><td><b>{esc(i.desc)}</b></td><td>{hsn[i.desc]}</td>"
        f"<td class='r'>{i.qty:.0f} Nos</td><td class='r'>{inr(i.price)}</td><td>Nos</td>"
        f"<td class='r'>{inr(i.net)}</td></tr>"
        for n, i in enumerate(items, start=1)
    )
    tax_rows = "".join(
        f"<tr><td></td><td class='r'><b>{label}</b></td><td></td><td></td><td class='r'>9</td>"
        f"<td>%</td><td class='r'>{inr(t)}</td></tr>"
        for label, t in inv.taxes
    )
    total = put(p, "total", "Total", "₹ " + inr(inv.total))
    put(p, "currency", "", "₹")
    hsn_rows = rows(
        [
            [
                "Total",
                put(p, "subtotal", "Total", inr(inv.subtotal)),
                "",
                inr(half),
                "",
                inr(half),
                put(p, "tax", "Total", inr(inv.tax)),
            ]
        ],
        "hsn",
        [
            "HSN/SAC",
            "Taxable Value",
            "CGST Rate",
            "CGST Amount",
            "SGST Rate",
            "SGST Amount",
            "Total Tax Amount",
        ],
        "lrrrrrr",
    )
    rupees = int(inv.total)
    paise = int((inv.total - rupees) * 100)
    body = f"""<div class="wm">DUPLICATE</div><div class="title"><span></span><span>Tax Invoice</span>
<span class="dup">(DUPLICATE FOR TRANSPORTER)</span></div><table class="g">{top}</table>
<table class="g items"><tr><th>Sl No.</th><th>Description of Goods</th><th>HSN/SAC</th><th>Quantity</th>
<th>Rate</th><th>per</th><th>Amount</th></tr>{item_rows}{tax_rows}
<tr class="tot"><td></td><td class="r">Total</td><td></td><td></td><td></td><td></td><td class="r">{
        total
    }</td></tr>
</table><p>Amount Chargeable (in words)<br><b>Indian Rupees {words_in(rupees)}{
        f" and {words_in(paise)} paise" if paise else ""
    } Only</b></p>{hsn_rows}
<p>Company's Bank Details: HDFC Bank, A/c No. 50200012345678, IFS Code HDFC0001234, Bhosari Branch<br>
Company's PAN: AAECS1234F</p><p class="r">for {esc(v)}<br><br><br>Authorised Signatory</p>
<p class="c small">SUBJECT TO PUNE JURISDICTION &middot; This is a Computer Generated Invoice</p>"""
    css = """.title { display: flex; justify-content: space-between; font-weight: bold; font-size: 12pt; }
.title span { width: 33%; text-align: center; } .title .dup { text-align: right; font-size: 8pt;
 font-style: italic; } .g { width: 100%; border: 1px solid #000; } .g td, .g th {
 border: 1px solid #000; font-size: 8.5pt; } .items td { border-top: none; border-bottom: none; }
.items .tot td { border-top: 1px solid #000; font-weight: bold; } .hsn { width: 100%; } .hsn td, .hsn th {
 border: 1px solid #000; font-size: 8pt; } .wm { position: fixed; top: 95mm; left: 5mm; font: bold 78pt
 'Liberation Sans'; color: rgba(150, 150, 150, 0.28); transform: rotate(-35deg); }"""
    source = weasy(page(body, css, margin="10mm", font="DejaVu Sans", pt=8.5))
    key = make_key(
        inv,
        lang="en-IN",
        template="in-tally-gst-duplicate",
        producer="weasyprint",
        case="DUPLICATE watermark across the page; Tally-style grid with order, dispatch, e-way bill "
        "numbers and dates; CGST + SGST; lakh grouping; amount in words; terms only, no due date",
    )
    return Built("n16_in_duplicate", "pdf", source, key, source, p)


CASES = [n16_in_duplicate]
