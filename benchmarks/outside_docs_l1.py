"""Set L word-processor invoices 1-2: US Word "INVOICE" template with a coloured band (sales tax, deposit,
balance due), UK letter-style invoice (number in the subject line, "Please transfer ... by")."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from outside_common_l import (
    WRITER,
    Doc,
    Meta,
    dfmt,
    issue_date,
    num,
    pick_lines,
    q2,
    qty_str,
    subtotal,
    tax_of,
)
from outside_docx_l import (
    borders,
    cell_edges,
    fill,
    fill_row,
    footer,
    new_doc,
    para,
    shade,
    shade_row,
    tabbed,
    table,
)

US_ITEMS = [
    ("Business cards, 16 pt matte, box of 500", 38.0, 55.0),
    ("Vinyl banner 3 x 8 ft, grommets", 89.0, 140.0),
    ("Corrugated yard sign 18 x 24 in", 11.0, 18.0),
    ("Tri-fold brochure, 100 lb gloss (per 250)", 120.0, 190.0),
    ("Window decal, cut vinyl", 45.0, 95.0),
    ("Graphic design, per hour", 65.0, 85.0),
    ("Foam board mounting 24 x 36 in", 28.0, 42.0),
    ("Retractable banner stand with print", 165.0, 240.0),
    ("Postcards 4 x 6 in, 1,000 pcs", 79.0, 119.0),
    ("Installation on site", 60.0, 120.0),
]


META_US = Meta("L01_us_word_band", "Brightline Print & Sign LLC", "USD", "en-US", "word-band-invoice", WRITER)


def make_us(rng: random.Random, src: Path) -> Doc:
    stem, vendor, band = META_US.stem, META_US.vendor, "1F3864"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{issued.year}-{rng.randint(120, 980):04d}"
    lines = pick_lines(rng, US_ITEMS, rng.randint(5, 7), qty=(1, 4))
    net = subtotal(lines)
    tax = tax_of(net, "8.25")
    total = net + tax
    deposit = q2(int(total / 2 / 50) * 50)
    money = {"net": num(net), "tax": num(tax), "total": num(total)}
    d = new_doc("Arial", 9.5, paper="Letter", margins=1.9)
    head = table(d, 1, [11.0, 6.8])
    shade_row(head, 0, band)
    fill(head.cell(0, 0), vendor, bold=True, size=20, color="FFFFFF", before=6)
    para(head.cell(0, 0), "Print · Signs · Design", size=9, color="D9E2F3", after=6)
    fill(head.cell(0, 1), "INVOICE", "r", bold=True, size=28, color="FFFFFF", before=4)
    para(d, after=6)
    info = table(d, 4, [9.0, 4.3, 4.5])
    addr = [
        "2417 E Cesar Chavez St, Suite 110",
        "Austin, TX 78702",
        "Phone (512) 555-0148",
        "billing@brightline-print.example",
    ]
    for r, text in enumerate(addr):
        fill(info.cell(r, 0), text)
    cust = f"CUST-{rng.randint(1000, 9999)}"
    for r, (label, value) in enumerate(
        [
            ("INVOICE #", number),
            ("DATE", dfmt(issued, "{month} {d}, {yyyy}")),
            ("CUSTOMER ID", cust),
            ("", ""),
        ]
    ):
        fill(info.cell(r, 1), label, "r", bold=True, color="1F3864")
        fill(info.cell(r, 2), value, "r")
    para(d, after=8)
    bill = table(d, 2, [8.9, 8.9])
    fill_row(bill, 0, ["BILL TO", "SHIP TO"], "ll", bold=True, color="1F3864")
    fill(bill.cell(1, 0), "Dana Whitfield\nRiverbend Family Dental, PLLC\n908 W 5th St\nAustin, TX 78703")
    fill(
        bill.cell(1, 1),
        "Riverbend Family Dental, PLLC\nAttn: Front Desk\n4410 Burnet Rd, Unit B\nAustin, TX 78756",
    )
    para(d, after=8)
    terms = table(d, 2, [3.6, 3.4, 3.6, 3.4, 3.8])
    borders(terms, color="8EA9DB")
    shade_row(terms, 0, "D9E2F3")
    po = f"{rng.randint(4000, 4999)}-{rng.randint(10, 99)}"
    fill_row(
        terms,
        0,
        ["SALESPERSON", "P.O. NUMBER", "SHIP VIA", "PAYMENT TERMS", "DUE DATE"],
        "ccccc",
        bold=True,
        size=8,
    )
    fill_row(
        terms, 1, ["M. Ortega", po, "Local delivery", "Net 30", dfmt(due, "{month} {d}, {yyyy}")], "ccccc"
    )
    para(d, after=8)
    items = table(d, len(lines) + 1, [1.4, 2.2, 8.4, 2.8, 3.0])
    borders(items, outer=True, inside_h=True, inside_v=False, color="8EA9DB")
    shade_row(items, 0, band)
    fill_row(
        items,
        0,
        ["QTY", "ITEM #", "DESCRIPTION", "UNIT PRICE", "LINE TOTAL"],
        "cllrr",
        bold=True,
        color="FFFFFF",
        size=8.5,
    )
    for r, ln in enumerate(lines, start=1):
        sku = f"BP-{rng.randint(100, 999)}"
        fill_row(
            items, r, [qty_str(ln.qty), sku, ln.desc, f"${num(ln.price)}", f"${num(ln.amount)}"], "cllrr"
        )
        if r % 2 == 0:
            shade_row(items, r, "F2F5FB")
    para(d, size=4)
    sums = table(d, 5, [10.0, 5.0, 2.8])
    rows = [
        ("SUBTOTAL", f"${money['net']}"),
        ("SALES TAX (8.25%)", f"${money['tax']}"),
        ("TOTAL", f"${money['total']}"),
        ("LESS DEPOSIT RECEIVED", f"-${num(deposit)}"),
        ("BALANCE DUE", f"${num(total - deposit)}"),
    ]
    for r, (label, value) in enumerate(rows):
        strong = label in ("TOTAL", "BALANCE DUE")
        fill(sums.cell(r, 1), label, "r", bold=strong, size=8.5)
        fill(sums.cell(r, 2), value, "r", bold=strong)
    cell_edges(sums.cell(2, 2), top=True)
    shade(sums.cell(4, 2), "D9E2F3")
    para(d, f"Make all checks payable to {vendor}.", before=18, size=8.5)
    para(
        d,
        "Questions about this invoice? Call (512) 555-0148 or write to billing@brightline-print.example.",
        size=8.5,
    )
    para(d, "THANK YOU FOR YOUR BUSINESS!", bold=True, align="c", before=14, color="1F3864")
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_US.key(number, issued, due, total, tax, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{month} {d}, {yyyy}"),
        "due_date": dfmt(due, "{month} {d}, {yyyy}"),
        "total": money["total"],
        "tax": money["tax"],
        "subtotal": money["net"],
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


UK_WORK = [
    ("Supply and fit base units (oak shaker)", 180.0, 260.0),
    ("Worktop templating and fitting", 320.0, 480.0),
    ("Skirting and architrave, per metre", 14.0, 22.0),
    ("Labour, joiner day rate", 210.0, 260.0),
    ("Hinges, handles and fixings", 45.0, 95.0),
    ("Waste removal and skip hire", 180.0, 240.0),
    ("Door hanging, internal", 65.0, 90.0),
]


META_UK = Meta("L02_uk_letter", "Hollins & Marsh Joinery Ltd", "GBP", "en-GB", "letter-invoice", WRITER)


def make_uk(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_UK.stem, META_UK.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    start = issued - timedelta(days=rng.randint(12, 20))
    end = issued - timedelta(days=rng.randint(3, 6))
    number = str(rng.randint(1100, 1999))
    lines = pick_lines(rng, UK_WORK, 4, qty=(1, 5))
    net = subtotal(lines)
    tax = tax_of(net, "20")
    total = net + tax
    long = "{d} {month} {yyyy}"
    d = new_doc("Times New Roman", 11, margins=2.4)
    para(d, vendor, bold=True, size=16, align="r", color="3A3A3A")
    for text in (
        "Unit 4, Canal Side Works",
        "Mill Lane, Hebden Bridge HX7 8QD",
        "01422 555 317 · accounts@hollinsmarsh.example",
    ):
        para(d, text, align="r", size=9.5)
    para(d, after=30)
    for text in ("Mrs A. Patel", "14 Elm Row", "Todmorden", "OL14 5JX"):
        para(d, text)
    para(d, dfmt(issued, long), align="r", before=24, after=18)
    para(d, f"Invoice {number} – kitchen fitting at 14 Elm Row", bold=True, after=12)
    para(d, "Dear Mrs Patel,", after=8)
    body = (
        f"Thank you for choosing us. For the work carried out between {dfmt(start, '{d} {month}')} and "
        f"{dfmt(end, long)} we charge as follows:"
    )
    para(d, body, after=10)
    t = table(d, len(lines) + 1, [8.5, 1.6, 2.6, 3.0])
    borders(t, outer=False, inside_h=True, inside_v=False, color="BBBBBB")
    fill_row(t, 0, ["Description", "Qty", "Rate", "Amount"], "lrrr", bold=True)
    for r, ln in enumerate(lines, start=1):
        fill_row(t, r, [ln.desc, qty_str(ln.qty), f"£{num(ln.price)}", f"£{num(ln.amount)}"], "lrrr")
    para(d, after=6)
    for label, value, bold in (
        ("Net amount", num(net), False),
        ("VAT at 20%", num(tax), False),
        ("Total payable", num(total), True),
    ):
        tabbed(d, label, f"£{value}", 15.7, bold=bold, after=2)
    text = (
        f"Please transfer the total amount by {dfmt(due, long)} to our account with sort code 20-45-77, "
        f"account number {rng.randint(10000000, 99999999)}, quoting invoice number {number} as reference."
    )
    para(d, text, before=14, after=8)
    para(d, "If anything is unclear, please do get in touch.", after=14)
    para(d, "Yours sincerely,", after=30)
    para(d, "Tom Hollins")
    para(d, "Director")
    footer(
        d,
        [
            f"{vendor} · Registered in England and Wales No. 0{rng.randint(8000000, 8999999)}",
            f"Registered office as above · VAT Reg. No. GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} "
            f"{rng.randint(10, 99)}",
        ],
        size=8,
    )
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_UK.key(number, issued, due, total, tax, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, long),
        "due_date": dfmt(due, long),
        "total": num(total),
        "tax": num(tax),
        "subtotal": num(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, counts={"invoice_number": 2})


MAKERS = [make_us, make_uk]
