"""Set L word-processor invoices 9-10: Greek τιμολόγιο πώλησης (ΦΠΑ 24 %), Indian GST tax invoice (lakh
grouping, CGST + SGST, amount in words)."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from outside_common_l import (
    WRITER,
    Doc,
    Meta,
    dfmt,
    indian,
    issue_date,
    num,
    pick_lines,
    qty_str,
    rupees_in_words,
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

EL_ITEMS = [
    ("Κλιματιστικό inverter 12000 BTU", 420.0, 640.0),
    ("Εγκατάσταση κλιματιστικού", 90.0, 150.0),
    ("Ψυκτικό υγρό R32 (kg)", 25.0, 40.0),
    ("Χαλκοσωλήνας μονωμένος 1/4-3/8 (m)", 9.0, 15.0),
    ("Βάσεις στήριξης εξωτερικής μονάδας", 18.0, 30.0),
    ("Συντήρηση κλιματιστικού", 45.0, 70.0),
]


META_EL = Meta("L09_el_timologio", "Αφοί Παπαδόπουλοι Ο.Ε.", "EUR", "el-GR", "word-timologio", WRITER)


def make_el(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_EL.stem, META_EL.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{issued.year}/{rng.randint(100, 999):04d}"
    lines = pick_lines(rng, EL_ITEMS, 4, qty=(1, 5))
    net = subtotal(lines)
    vat = tax_of(net, "24")
    total = net + vat
    el = {"group": ".", "point": ","}
    d = new_doc("Arial", 9.5, margins=2.0)
    para(d, vendor, bold=True, size=20, align="c", color="0D47A1")
    para(d, "Εμπόριο και εγκατάσταση κλιματιστικών", size=10, align="c", italic=True)
    para(d, "Λεωφ. Βουλιαγμένης 212, 172 36 Δάφνη · Τηλ. 210 555 3827", size=8.5, align="c")
    para(
        d,
        f"ΑΦΜ {rng.randint(800000000, 999999999)} · ΔΟΥ Δάφνης · ΓΕΜΗ {rng.randint(100000000, 999999999)}000",
        size=8.5,
        align="c",
        after=16,
    )
    title = table(d, 1, [17.0])
    shade(title.cell(0, 0), "0D47A1")
    fill(title.cell(0, 0), "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", "c", bold=True, size=13, color="FFFFFF", before=2, after=2)
    para(d, after=8)
    top = table(d, 5, [8.0, 4.0, 5.0])
    cust = [
        "Στοιχεία πελάτη",
        "Φαρμακείο Ελένη Κωνσταντίνου",
        "Αγίου Δημητρίου 45",
        "173 41 Άγιος Δημήτριος",
        "ΑΦΜ 112233445 · ΔΟΥ Αγ. Δημητρίου",
    ]
    info = [
        ("Αριθμός:", number),
        ("Ημερομηνία:", dfmt(issued, "{dd}/{mm}/{yyyy}")),
        ("Τρόπος πληρωμής:", "Επί πιστώσει"),
        ("Λήξη:", dfmt(due, "{dd}/{mm}/{yyyy}")),
        ("Παραγγελία:", f"ΠΑΡ-{rng.randint(1000, 9999)}"),
    ]
    for r in range(5):
        fill(top.cell(r, 0), cust[r], bold=(r == 0))
        fill(top.cell(r, 1), info[r][0], bold=True)
        fill(top.cell(r, 2), info[r][1])
    para(d, after=10)
    t = table(d, len(lines) + 1, [1.8, 7.0, 2.2, 2.8, 3.2])
    borders(t, inside_v=False, color="90A4C8")
    shade_row(t, 0, "E3EAF6")
    fill_row(t, 0, ["Κωδικός", "Περιγραφή", "Ποσότητα", "Τιμή μονάδας", "Αξία"], "llrrr", bold=True, size=8.5)
    for r, ln in enumerate(lines, start=1):
        code = f"K{rng.randint(1000, 9999)}"
        fill_row(
            t,
            r,
            [code, ln.desc, qty_str(ln.qty, ","), f"{num(ln.price, **el)} €", f"{num(ln.amount, **el)} €"],
            "llrrr",
        )
    para(d, after=8)
    for label, value, bold in (
        ("Καθαρή αξία", num(net, **el), False),
        ("ΦΠΑ 24%", num(vat, **el), False),
        ("Πληρωτέο ποσό", num(total, **el), True),
    ):
        tabbed(d, label, f"{value} €", 17.0, bold=bold, after=2, size=10.5 if bold else None)
    para(
        d,
        "Παρακαλούμε η εξόφληση να γίνει με κατάθεση στον λογαριασμό IBAN GR16 0110 1250 0000 0001 "
        f"{rng.randint(1000, 9999)} 300.",
        before=18,
        size=8.5,
    )
    para(d, "Ευχαριστούμε για την προτίμηση!", size=8.5, italic=True)
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_EL.key(number, issued, due, total, vat, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}/{mm}/{yyyy}"),
        "due_date": dfmt(due, "{dd}/{mm}/{yyyy}"),
        "total": num(total, **el),
        "tax": num(vat, **el),
        "subtotal": num(net, **el),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


IN_ITEMS = [
    ("Corrugated box 5-ply 18x12x12 in", "4819", 28.0, 46.0),
    ("Corrugated box 3-ply 12x10x8 in", "4819", 12.0, 21.0),
    ("BOPP tape 48 mm x 65 m, brown", "3919", 24.0, 38.0),
    ("Stretch wrap film 23 micron roll", "3920", 780.0, 1150.0),
    ("Bubble wrap roll 1 m x 100 m", "3921", 950.0, 1400.0),
    ("Printed mailer box with logo", "4819", 19.0, 33.0),
]


META_IN = Meta(
    "L10_in_gst_tax_invoice",
    "Shreeji Packaging Solutions Pvt. Ltd.",
    "INR",
    "en-IN",
    "word-gst-tax-invoice",
    WRITER,
)


def make_in(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_IN.stem, META_IN.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    order = issued - timedelta(days=rng.randint(4, 12))
    fy = issued.year if issued.month >= 4 else issued.year - 1
    number = f"SPS/{fy % 100}-{(fy + 1) % 100}/{rng.randint(100, 990):04d}"
    lines = pick_lines(rng, [(a, lo, hi) for a, _, lo, hi in IN_ITEMS], 4, qty=(20, 400), step=0.5)
    hsn = {a: h for a, h, _, _ in IN_ITEMS}
    net = subtotal(lines)
    cgst = tax_of(net, "9")
    sgst = tax_of(net, "9")
    total = net + cgst + sgst
    dd = "{dd}-{mon}-{yyyy}"
    d = new_doc("Arial", 9, margins=1.6)
    para(d, vendor, bold=True, size=17, align="c", color="7B2C00")
    para(
        d, "Plot 47, GIDC Estate, Vatva, Ahmedabad – 382445, Gujarat · +91 79 5550 2187", size=8.5, align="c"
    )
    gstin = f"24AAKCS{rng.randint(1000, 9999)}M1Z5"
    para(
        d,
        f"GSTIN: {gstin} · PAN: AAKCS{rng.randint(1000, 9999)}M · "
        f"CIN: U25209GJ2016PTC0{rng.randint(10000, 99999)}",
        size=8.5,
        align="c",
        after=8,
    )
    title = table(d, 1, [17.8])
    shade(title.cell(0, 0), "F4E1D2")
    fill(title.cell(0, 0), "TAX INVOICE", "c", bold=True, size=13, before=2, after=2)
    grid = table(d, 4, [4.2, 4.7, 4.2, 4.7])
    borders(grid, color="999999")
    cells = [
        ("Invoice No.", number, "Buyer's Order No.", f"PO/{rng.randint(1000, 9999)}"),
        ("Invoice Date", dfmt(issued, dd), "Order Dated", dfmt(order, dd)),
        ("Due Date", dfmt(due, dd), "Place of Supply", "Gujarat (24)"),
        (
            "Payment Terms",
            "30 days",
            "E-Way Bill No.",
            f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        ),
    ]
    for r, row in enumerate(cells):
        fill_row(grid, r, list(row), "llll")
        for c in (0, 2):
            shade(grid.cell(r, c), "FBF3EC")
    para(d, after=6)
    bill = table(d, 2, [8.9, 8.9])
    borders(bill, inside_h=False, color="999999")
    fill_row(bill, 0, ["Bill To", "Ship To"], "ll", bold=True)
    fill(bill.cell(1, 0), "Aarav Organics LLP\n12, Naroda Road, Ahmedabad 380025\nGSTIN: 24AAQFA8812K1Z3")
    fill(bill.cell(1, 1), "Aarav Organics LLP – Warehouse 2\nChangodar Industrial Area, Ahmedabad 382213")
    para(d, after=6)
    t = table(d, len(lines) + 1, [0.9, 7.3, 1.6, 1.8, 2.6, 3.6])
    borders(t, color="999999")
    shade_row(t, 0, "F4E1D2")
    fill_row(
        t, 0, ["Sl.", "Description of Goods", "HSN", "Qty", "Rate (₹)", "Amount (₹)"], "clcrrr", bold=True
    )
    for r, ln in enumerate(lines, start=1):
        fill_row(
            t,
            r,
            [str(r), ln.desc, hsn[ln.desc], f"{qty_str(ln.qty)} Nos", indian(ln.price), indian(ln.amount)],
            "clcrrr",
        )
    sums = table(d, 4, [12.2, 2.0, 3.6])
    for r, (label, value) in enumerate(
        (
            ("Taxable Value", indian(net)),
            ("CGST @ 9%", indian(cgst)),
            ("SGST @ 9%", indian(sgst)),
            ("Total Invoice Value", f"₹{indian(total)}"),
        )
    ):
        fill(sums.cell(r, 0), label, "r", bold=(r == 3))
        fill(sums.cell(r, 2), value, "r", bold=(r == 3))
    cell_edges(sums.cell(3, 2), top=True, bottom=True)
    para(d, "Amount Chargeable (in words):", before=8, size=8.5)
    para(d, rupees_in_words(total), bold=True, after=8)
    para(
        d,
        f"Bank: Western India Co-operative Bank · A/c No. {rng.randint(10**11, 10**12 - 1)} · "
        "IFSC WICB0000417",
        size=8.5,
    )
    para(
        d,
        "Declaration: We declare that this invoice shows the actual price of the goods described and that "
        "all particulars are true and correct.",
        size=8,
        after=18,
    )
    para(d, f"for {vendor}", align="r", bold=True, after=20)
    para(d, "Authorised Signatory", align="r", size=8.5)
    footer(d, ["Subject to Ahmedabad jurisdiction · This is a computer generated invoice"])
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_IN.key(number, issued, due, total, cgst + sgst, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, dd),
        "due_date": dfmt(due, dd),
        "total": indian(total),
        "tax cgst": indian(cgst),
        "subtotal": indian(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, counts={})


MAKERS = [make_el, make_in]
