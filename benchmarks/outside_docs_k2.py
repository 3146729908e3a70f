"""Set K layouts 4-6 (benchmarks/outside_scans_k.py):
Australian freight tax invoice (true 200 x 100 dpi fax TIFF), Canadian physiotherapy invoice (photocopy),
two-page Indian GST wholesale invoice (multi-page TIFF)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import Doc, Keys, Page, fdate, inv_no, items, money, q2, rand_date, wordlist


def k04_au_freight(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Southern Cross Linehaul Pty Ltd")
    p.text(15, 22, vendor, 18, "arial-b")
    p.text(
        15, 29, "ABN 41 602 118 377  ·  18 Doherty Rd, Altona North VIC 3025  ·  (03) 9391 4400", 10, "arial"
    )
    p.text(195, 44, "TAX INVOICE", 20, "arial-b", "r")
    d = rand_date(rng)
    num = k.text("invoice_number", inv_no(rng, "SCL-999999"))
    meta = [
        ("Invoice No:", num),
        ("Invoice Date:", k.date("date", d, "%d/%m/%Y")),
        ("Due Date:", k.date("due_date", d + timedelta(days=30), "%d/%m/%Y")),
        ("Account:", inv_no(rng, "SCX9999")),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(120, 54 + i * 6.5, lab, 12, "arial-b")
        p.text(195, 54 + i * 6.5, val, 12, "arial", "r")
    p.lines(
        15, 54, ["Bill to:", "Gumtree Homewares Pty Ltd", "Unit 3, 40 Kent Rd", "Mascot NSW 2020"], 12, 6.5
    )
    places = ["MELBOURNE", "SYDNEY", "ADELAIDE", "BRISBANE", "CANBERRA", "ALBURY"]
    rows = [["Date", "Con Note", "From", "To", "Kg", "Amount (AUD)"]]
    amounts = []
    for i in range(rng.randint(5, 7)):
        a = q2(rng.uniform(60, 480))
        amounts.append(a)
        day = (d - timedelta(days=12 - i)).strftime("%d/%m/%y")
        frm, to = rng.sample(places, 2)
        rows.append([day, inv_no(rng, "SC9999999"), frm, to, str(rng.randint(20, 900)), money(a)])
    cols = [(24, "l"), (34, "l"), (34, "l"), (34, "l"), (18, "r"), (36, "r")]
    y = p.table(15, 86, cols, rows, 11, 7.5, "arial", "arial-b", grid=True)
    freight = sum(amounts, Decimal(0))
    levy = q2(freight * Decimal("0.185"))
    sub = freight + levy
    gst = q2(sub * Decimal("0.10"))
    summary = [
        ("Freight", money(freight)),
        ("Fuel levy 18.5%", money(levy)),
        ("Total ex GST", k.amount("subtotal", sub)),
        ("GST", k.amount("tax", gst)),
        ("TOTAL INC GST  $", k.amount("total", sub + gst)),
    ]
    for i, (lab, val) in enumerate(summary):
        p.text(160, y + 9 + i * 7, lab, 12, "arial-b" if "TOTAL" in lab else "arial", "r")
        p.text(195, y + 9 + i * 7, val, 12, "arial-b" if "TOTAL" in lab else "arial", "r")
    k.currency("AUD")
    p.lines(15, y + 55, ["EFT: BSB 063-182  Acc 1042 7781", "Ref: your invoice number"], 11, 6)
    header = f"{d.strftime('%d/%m/%Y')} 16:42  FROM: SOUTHERN CROSS LH  +61 3 9391 4499"
    header += "   TO: 0296674120   P.001/001"
    spec = {"kind": "fax", "fmt": "tif", "skew": 0.5, "header": header, "threshold": 145}
    return Doc("k04_au_freight", "en-AU", "freight tax invoice (fax)", [p], k, spec)


def k05_ca_physio(rng: random.Random) -> Doc:
    k, p = Keys(), Page(216, 279)
    vendor = k.text("vendor_name", "Lakeshore Physiotherapy & Wellness Inc.")
    p.text(108, 18, vendor, 15, "dserif-b", "c")
    p.text(108, 24, "2210 Lake Shore Blvd W, Toronto ON  M8V 1A6  ·  416-555-0199", 9, "dserif", "c")
    p.text(108, 28.5, "HST Reg # 81234 5678 RT0001", 8.5, "dserif", "c")
    p.line(15, 32, 201, 32, 0.5)
    d = rand_date(rng)
    num = k.text("invoice_number", inv_no(rng, "10999"))
    left = ["Patient: Marc-André Tremblay", "DOB: 1979-05-14", f"Claim #: {inv_no(rng, 'SL9999999')}"]
    p.lines(15, 42, left, 10, 5.2)
    right = [
        ("Invoice:", num),
        ("Invoice Date:", k.date("date", d, "%Y-%m-%d")),
        ("Practitioner:", "J. Singh PT"),
    ]
    right.append(("Reg. #:", inv_no(rng, "99999")))
    for i, (lab, val) in enumerate(right):
        p.text(140, 42 + i * 5.2, lab, 10, "sans-b", "r")
        p.text(143, 42 + i * 5.2, val, 10)
    rows = [["Service date", "Code", "Description", "Fee"]]
    fees = []
    for i in range(rng.randint(3, 5)):
        f, desc = rng.choice(
            [(Decimal("95.00"), "Treatment, 30 min"), (Decimal("140.00"), "Initial assessment")]
        )
        fees.append(f)
        rows.append([(d - timedelta(days=7 * (4 - i))).isoformat(), inv_no(rng, "PT99"), desc, money(f)])
    y = p.table(
        15, 70, [(35, "l"), (25, "l"), (95, "l"), (31, "r")], rows, 10, 6, "sans", "sans-b", grid=True
    )
    sub = sum(fees, Decimal(0))
    paid = q2(sub * Decimal(rng.choice(["0.8", "0.7", "0.5"])))
    summary = [
        ("Subtotal", k.amount("subtotal", sub)),
        ("HST (exempt health service)", k.amount("tax", Decimal(0))),
        ("Total (CAD)", k.amount("total", sub)),
        ("Paid by insurer - Sun Life", "-" + money(paid)),
        ("Patient balance", money(sub - paid)),
    ]
    for i, (lab, val) in enumerate(summary):
        p.text(170, y + 8 + i * 6, lab, 10, "sans-b" if "Total" in lab else "sans", "r")
        p.text(201, y + 8 + i * 6, val, 10, "sans-b" if "Total" in lab else "sans", "r")
    k.currency("CAD")
    p.lines(
        15,
        y + 50,
        ["Payment due upon receipt. Interac e-Transfer to billing@lakeshorephysio.ca", "Thank you!"],
        9,
    )
    spec = {"kind": "copy", "fmt": "png", "dpi": 200, "skew": -1.0}
    return Doc("k05_ca_physio", "en-CA", "physiotherapy invoice", [p], k, spec)


GOODS = wordlist(
    "Hex Bolt M8x40 Zinc (100 pc); Hex Nut M8 (100 pc); Flat Washer 8mm (200 pc); "
    "Wood Screw 4x40 (500 pc); Anchor Fastener 10mm (50 pc); Cable Tie 300mm (100 pc); "
    "PVC Tape 19mm Black; Drill Bit HSS 6mm; Drill Bit HSS 8mm; Cutting Wheel 4in; "
    "Grinding Disc 4in; Hacksaw Blade 12in; Measuring Tape 5m; Spirit Level 24in; "
    "Claw Hammer 500g; Screwdriver Set 6 pc; Combination Plier 8in; Adjustable Spanner 10in; "
    "Allen Key Set Metric; Silicone Sealant 280ml; M-Seal 100g; Teflon Tape 12mm; "
    "Sandpaper 120 (50 sh); Paint Brush 2in; Putty Knife 3in; Wire Brush Steel; "
    "Safety Gloves (pair); Safety Goggles; Door Hinge 4in SS; Tower Bolt 6in; Padlock 50mm; "
    "Extension Board 4-way; LED Bulb 9W; Copper Wire 1.5 sq mm (90m); MCB 16A SP; "
    "Switch 6A Modular; Socket 16A Modular; Junction Box 4in; Conduit Pipe 20mm (3m); "
    "Ball Valve 1/2in; Pipe Wrench 14in; Chain Pulley Hook"
)


def k06_in_wholesale(rng: random.Random) -> Doc:
    k, p1, p2 = Keys(), Page(), Page()
    vendor = k.text("vendor_name", "Mahalaxmi Hardware & Tools Pvt. Ltd.")
    d = rand_date(rng)
    num = k.text("invoice_number", f"MHT/25-26/{inv_no(rng, '1999')}")
    shown_date = k.date("date", d, "%d-%b-%Y")
    lines = items(rng, GOODS, 36, 40, 2400, 12)
    cells = [
        ("Invoice No.", num, "Dated", shown_date),
        ("Delivery Note", inv_no(rng, "DN-9999"), "Mode/Terms of Payment", "30 Days"),
        ("Buyer's Order No.", inv_no(rng, "PO/9999"), "Dated", fdate(d - timedelta(days=9), "%d-%b-%Y")),
        ("Dispatch Doc No.", inv_no(rng, "LR99999"), "Delivery Note Date", fdate(d, "%d-%b-%Y")),
    ]
    for page_no, p in enumerate((p1, p2), 1):
        p.text(105, 12, "Tax Invoice" + (" (continued)" if page_no == 2 else ""), 12, "sans-b", "c")
        p.rect(10, 15, 200, 60, 0.3)
        p.line(105, 15, 105, 60, 0.3)
        p.text(12, 20, vendor, 10, "sans-b")
        seller = [
            "Plot 14, Bhosari MIDC, Pune 411026",
            "GSTIN/UIN: 27AABCM4471F1Z5",
            "State Name: Maharashtra, Code: 27",
        ]
        p.lines(12, 24.5, seller, 8, 4)
        p.lines(12, 40, ["Buyer (Bill to)", "Deccan Infra Projects LLP", "GSTIN/UIN: 27AAKFD2210Q1ZV"], 8, 4)
        for i, (a, av, b, bv) in enumerate(cells):
            top = 15 + i * 11.25
            p.line(105, top, 200, top, 0.2)
            p.line(152, top, 152, top + 11.25, 0.2)
            p.text(107, top + 4, a, 7.5)
            p.text(107, top + 9, av, 8.5, "sans-b")
            p.text(154, top + 4, b, 7.5)
            p.text(154, top + 9, bv, 8.5, "sans-b")
        chunk = lines[:22] if page_no == 1 else lines[22:]
        first = 1 if page_no == 1 else 23
        rows = [wordlist("Sl; Description of Goods; HSN/SAC; Qty; Rate; per; Amount")]
        for i, (name, qty, unit, amt) in enumerate(chunk, first):
            rows.append(
                [str(i), name, inv_no(rng, "7399"), f"{qty} Nos", money(unit, "in"), "Nos", money(amt, "in")]
            )
        cols = [(9, "r"), (72, "l"), (18, "l"), (19, "r"), (26, "r"), (11, "l"), (35, "r")]
        y = p.table(10, 62, cols, rows, 8, 5.6, "sans", "sans-b", grid=True)
        if page_no == 1:
            p.text(200, y + 5, "continued to page number 2", 8, "sans-i", "r")
    sub = sum((a for *_, a in lines), Decimal(0))
    cgst = q2(sub * Decimal("0.09"))
    total = sub + 2 * cgst
    shown = k.tax_sum([cgst, cgst], "in")
    summary = [
        ("Taxable Value", k.amount("subtotal", sub, "in")),
        ("Output CGST @ 9%", shown[0]),
        ("Output SGST @ 9%", shown[1]),
        ("Total", "₹ " + k.amount("total", total, "in")),
    ]
    for i, (lab, val) in enumerate(summary):
        p2.text(160, y + 8 + i * 6, lab, 9, "sans-b" if lab == "Total" else "sans", "r")
        p2.text(199, y + 8 + i * 6, val, 9, "sans-b" if lab == "Total" else "sans", "r")
    k.currency("INR", "₹")
    p2.text(10, y + 40, "Amount Chargeable (in words): INR as per total above  E. & O.E", 8)
    p2.text(10, y + 46, "Company's Bank: HDFC Bank, A/c 50200041127733, IFSC HDFC0001942", 8)
    p2.text(200, y + 60, f"for {vendor}", 9, "sans-b", "r")
    p2.text(200, y + 75, "Authorised Signatory", 8, "sans", "r")
    spec = {"kind": "scan", "fmt": "tif", "dpi": 200, "skews": [0.6, -1.1], "noise": 5.0}
    return Doc("k06_in_wholesale", "en-IN", "GST wholesale invoice, 2 pages", [p1, p2], k, spec)


DOCS = [k04_au_freight, k05_ca_physio, k06_in_wholesale]
