"""Set L word-processor invoices 11-12: Nigerian invoice (naira, VAT 7.5 %, payment terms only), Australian
tax invoice with the number and date in one sentence ("Tax Invoice No. 4471 dated 4 May 2025")."""

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
    qty_str,
    subtotal,
    tax_of,
)
from outside_docx_l import (
    borders,
    fill,
    fill_row,
    footer,
    new_doc,
    para,
    shade_row,
    tabbed,
    table,
)

NG_ITEMS = [
    ("Cold room panel 100 mm (per m²)", 42000.0, 58000.0),
    ("Condensing unit 5 HP, installation", 850000.0, 1250000.0),
    ("Evaporator coil servicing", 65000.0, 110000.0),
    ("Refrigerant gas R404A (per kg)", 18000.0, 26000.0),
    ("Technician call-out and diagnosis", 25000.0, 40000.0),
    ("Door heater cable replacement", 45000.0, 70000.0),
]


META_NG = Meta(
    "L11_ng_invoice_terms",
    "Olumide Cold Room Services Limited",
    "NGN",
    "en-NG",
    "word-band-invoice-terms",
    WRITER,
)


def make_ng(rng: random.Random, src: Path) -> Doc:
    stem, vendor, green = META_NG.stem, META_NG.vendor, "00703C"
    issued = issue_date(rng)
    number = f"OCR/{issued.year}/{rng.randint(100, 999):04d}"
    lines = pick_lines(rng, NG_ITEMS, 4, qty=(1, 4), step=500.0)
    net = subtotal(lines)
    vat = tax_of(net, "7.5")
    total = net + vat
    d = new_doc("Calibri", 10, margins=2.0)
    head = table(d, 1, [11.0, 6.0])
    shade_row(head, 0, green)
    fill(head.cell(0, 0), vendor, bold=True, size=15, color="FFFFFF", before=6, after=6)
    fill(head.cell(0, 1), "INVOICE", "r", bold=True, size=22, color="FFFFFF", before=4)
    para(d, "14 Kudirat Abiola Way, Oregun, Ikeja, Lagos · 0803 555 2290 · RC 1497732", size=8.5, after=14)
    top = table(d, 5, [8.4, 4.2, 4.4])
    cust = [
        "Bill To:",
        "Mama Tee Frozen Foods Ltd",
        "Plot 9, Agege Motor Road",
        "Mushin, Lagos",
        "Attn: Mr. Chinedu Okafor",
    ]
    info = [
        ("Invoice No:", number),
        ("Invoice Date:", dfmt(issued, "{dd}/{mm}/{yyyy}")),
        ("Payment Terms:", "14 days"),
        ("Customer Ref:", f"MTF-{rng.randint(100, 999)}"),
        ("TIN:", f"{rng.randint(10000000, 99999999)}-0001"),
    ]
    for r in range(5):
        fill(top.cell(r, 0), cust[r], bold=(r == 0))
        fill(top.cell(r, 1), info[r][0], "r", bold=True)
        fill(top.cell(r, 2), info[r][1], "r")
    para(d, after=12)
    t = table(d, len(lines) + 1, [1.3, 7.7, 1.4, 3.2, 3.4])
    borders(t, color="7FB89A")
    shade_row(t, 0, "DCEFE4")
    fill_row(t, 0, ["S/N", "Description", "Qty", "Unit Price (₦)", "Amount (₦)"], "clrrr", bold=True)
    for r, ln in enumerate(lines, start=1):
        fill_row(t, r, [str(r), ln.desc, qty_str(ln.qty), num(ln.price), num(ln.amount)], "clrrr")
    para(d, after=6)
    for label, value, bold in (
        ("Sub-Total", f"₦{num(net)}", False),
        ("VAT (7.5%)", f"₦{num(vat)}", False),
        ("TOTAL", f"₦{num(total)}", True),
    ):
        tabbed(d, label, value, 17.0, bold=bold, after=2, align="l")
    para(d, "Payment Details", bold=True, before=16, color=green)
    para(d, f"Account Name: {vendor}")
    para(d, f"Account Number: {rng.randint(10**9, 10**10 - 1)}")
    para(d, "Bank: Lagoon Trust Bank Plc", after=10)
    para(
        d,
        "Kindly make payment within 14 days of the invoice date. Goods and workmanship carry a 6-month "
        "warranty.",
        size=9,
        italic=True,
    )
    footer(d, ["Thank you for your patronage!"], size=9, color=green)
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_NG.key(number, issued, None, total, vat, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}/{mm}/{yyyy}"),
        "total": num(total),
        "tax": num(vat),
        "subtotal": num(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


AU_ITEMS = [
    ("Replace hot water system, 315 L electric", 1650.0, 2300.0),
    ("Labour – licensed plumber (per hour)", 110.0, 145.0),
    ("Blocked drain clearing with jetter", 280.0, 420.0),
    ("Tempering valve supply and install", 185.0, 260.0),
    ("Gas compliance certificate", 95.0, 140.0),
    ("Materials and fittings", 60.0, 180.0),
]


META_AU = Meta(
    "L12_au_inline_tax_invoice",
    "Coastline Plumbing & Gas Pty Ltd",
    "AUD",
    "en-AU",
    "word-inline-tax-invoice",
    WRITER,
)


def make_au(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_AU.stem, META_AU.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    attended = issued - timedelta(days=rng.randint(1, 5))
    number = str(rng.randint(3000, 8999))
    lines = pick_lines(rng, AU_ITEMS, 4, qty=(1, 3))
    net = subtotal(lines)
    gst = tax_of(net, "10")
    total = net + gst
    d = new_doc("Arial", 10, margins=2.0)
    head = table(d, 2, [11.0, 6.0])
    fill(head.cell(0, 0), vendor, bold=True, size=18, color="006D77")
    fill(
        head.cell(1, 0),
        f"ABN {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)} · Lic. No. {rng.randint(100000, 999999)}C",
        size=9,
    )
    fill(head.cell(0, 1), "5/38 Industrial Drive\nBurleigh Heads QLD 4220\n07 5555 0193", "r", size=9)
    para(d, after=14)
    para(
        d,
        f"Tax Invoice No. {number} dated {dfmt(issued, '{d} {month} {yyyy}')}",
        bold=True,
        size=13,
        color="006D77",
        after=10,
    )
    top = table(d, 4, [8.5, 8.5])
    left = ["Bill to:", "Harbourview Strata Management", "PO Box 412", "Southport QLD 4215"]
    right = [
        f"Job no.: J-{rng.randint(2000, 2999)}",
        "Site: Unit 7, 22 Marine Parade, Coolangatta",
        f"Attended: {dfmt(attended, '{d}/{mm}/{yyyy}')}",
        f"Your order no.: {rng.randint(40000, 49999)}",
    ]
    for r in range(4):
        fill(top.cell(r, 0), left[r], bold=(r == 0))
        fill(top.cell(r, 1), right[r])
    para(d, after=12)
    t = table(d, len(lines) + 1, [9.0, 1.5, 3.0, 3.5])
    borders(t, outer=False, inside_h=True, inside_v=False, color="83C5BE")
    shade_row(t, 0, "006D77")
    fill_row(t, 0, ["Description", "Qty", "Unit price", "Amount (ex GST)"], "lrrr", bold=True, color="FFFFFF")
    for r, ln in enumerate(lines, start=1):
        fill_row(t, r, [ln.desc, qty_str(ln.qty), f"${num(ln.price)}", f"${num(ln.amount)}"], "lrrr")
    para(d, after=6)
    for label, value, bold in (
        ("Subtotal (ex GST)", num(net), False),
        ("GST", num(gst), False),
        ("Total (inc GST)", num(total), True),
    ):
        tabbed(d, label, f"${value}", 17.0, bold=bold, after=2, align="l")
    para(d, f"Due date: {dfmt(due, '{dd}/{mm}/{yyyy}')}", bold=True, before=14, after=4)
    para(
        d,
        f"Direct deposit: BSB 064-{rng.randint(100, 999)} · Account {rng.randint(10000000, 99999999)} · "
        f"Reference {number}",
        after=4,
    )
    para(d, "All amounts are in Australian dollars (AUD). Workmanship guaranteed for 12 months.", size=9)
    footer(d, ["Thank you for choosing Coastline – licensed plumbers and gasfitters since 2009"], size=8)
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_AU.key(number, issued, due, total, gst, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{d} {month} {yyyy}"),
        "due_date": dfmt(due, "{dd}/{mm}/{yyyy}"),
        "total": num(total),
        "tax": num(gst),
        "subtotal": num(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, counts={"invoice_number": 2})


MAKERS = [make_ng, make_au]
