"""Set K layouts 1-3 (benchmarks/outside_scans_k.py):
US auto repair shop (phone photo), UK solicitors' fee note (RECEIVED stamp), Irish electricity bill."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import Doc, Keys, Page, inv_no, items, money, q2, rand_date


def k01_us_repair(rng: random.Random) -> Doc:
    k, p = Keys(), Page(216, 279)
    vendor = rng.choice(["Riverbend Auto & Tire LLC", "Hollis Brothers Automotive LLC"]).upper()
    p.text(12, 20, k.text("vendor_name", vendor), 17, "arial-b")
    p.lines(
        12,
        26,
        ["1487 Commerce Dr, Dayton, OH 45402", "(937) 555-0148  ·  ASE Certified  ·  Shop #OH-2291"],
        9,
    )
    d = rand_date(rng)
    p.rect(140, 10, 204, 42, 0.4)
    p.text(172, 17, "REPAIR INVOICE", 12, "arial-b", "c")
    num = k.text("invoice_number", inv_no(rng, "59999"))
    rows = [("Invoice #:", num), ("R.O. #:", inv_no(rng, "3999")), ("Date:", k.date("date", d, "%m/%d/%Y"))]
    rows.append(("Promised:", (d + timedelta(days=1)).strftime("%m/%d/%Y")))
    for i, (lab, val) in enumerate(rows):
        p.text(143, 24 + i * 4.5, lab, 9, "arial-b")
        p.text(201, 24 + i * 4.5, val, 9, "arial", "r")
    p.lines(12, 48, ["CUSTOMER", "Dana Whitfield", "22 Orchard Ln, Kettering, OH 45429", "(937) 555-7710"], 9)
    vin = inv_no(rng, "1AA9AA99A9A999999")
    p.lines(
        110,
        48,
        ["VEHICLE", "2017 Honda CR-V EX  ·  Silver", f"VIN {vin}", "Mileage in 84,312  out 84,319"],
        9,
    )
    labor = [
        (t, Decimal(h))
        for t, h in [("Replace front brake pads & rotors", "1.8"), ("Diagnose ABS light", "0.7")]
    ]
    labor += [("Brake fluid flush", Decimal("0.6"))] if rng.random() < 0.6 else []
    rate = Decimal(rng.choice(["118.00", "124.50", "132.00"]))
    trows = [["LABOR", "HOURS", "RATE", "AMOUNT"]]
    trows += [[t, f"{h}", money(rate), money(q2(h * rate))] for t, h in labor]
    y = p.table(
        12, 68, [(120, "l"), (22, "r"), (25, "r"), (25, "r")], trows, 9, 5.4, "arial", "arial-b", grid=True
    )
    parts = items(
        rng, ["Ceramic brake pads (front)", "Brake rotor 296mm", "DOT 3 brake fluid 1qt"], 3, 14, 95, 2
    )
    prow = [["PART #", "DESCRIPTION", "QTY", "PRICE", "AMOUNT"]]
    prow += [[inv_no(rng, "AA-99999"), n, str(q), money(u), money(a)] for n, q, u, a in parts]
    y = p.table(
        12, y + 5, [(30, "l"), (90, "l"), (22, "r"), (25, "r"), (25, "r")], prow, 9, 5.4, "arial", "arial-b"
    )
    p.line(12, y, 204, y)
    lab_t = sum((q2(h * rate) for _, h in labor), Decimal(0))
    parts_t = sum((a for *_, a in parts), Decimal(0))
    supplies = q2(min(lab_t * Decimal("0.05"), Decimal(35)))
    sub = lab_t + parts_t + supplies
    tax = q2(parts_t * Decimal("0.0725"))
    total = sub + tax
    deposit = Decimal(rng.choice([100, 150, 200]))
    summary = [
        ("Labor", money(lab_t)),
        ("Parts", money(parts_t)),
        ("Shop supplies", money(supplies)),
        ("Subtotal", "$" + k.amount("subtotal", sub)),
        ("Sales tax 7.25% (parts)", "$" + k.amount("tax", tax)),
        ("TOTAL", "$" + k.amount("total", total)),
        ("Less deposit", "-" + money(deposit)),
        ("BALANCE DUE", "$" + money(total - deposit)),
    ]
    for i, (lab, val) in enumerate(summary):
        f = "arial-b" if lab.isupper() else "arial"
        p.text(165, y + 7 + i * 5, lab, 9.5, f, "r")
        p.text(204, y + 7 + i * 5, val, 9.5, f, "r")
    k.currency("USD", "$")
    p.lines(
        12, y + 10, ["Terms: due on receipt. Warranty 12 months / 12,000 miles on", "parts and labor."], 8.5
    )
    p.text(12, y + 30, "I authorize the above repair work.  Signature: ____________________", 8.5)
    spec = {"kind": "photo", "fmt": "jpg", "quality": 72, "dpi": 230, "warp": 0.035}
    return Doc("k01_us_repair", "en-US", "auto repair shop", [p], k, spec)


def k02_uk_legal(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", rng.choice(["Hartley Brook Solicitors LLP", "Ainsworth Kemp LLP"]))
    p.text(105, 24, vendor, 20, "serif-b", "c")
    p.text(105, 31, "7 Park Square East  ·  Leeds  ·  LS1 2NE  ·  0113 496 0712", 9, "serif", "c")
    p.text(
        105,
        35.5,
        "Authorised and regulated by the SRA (No. 612345)  ·  VAT Reg No: GB 284 5521 90",
        8,
        "serif",
        "c",
    )
    p.line(20, 39, 190, 39, 0.4)
    p.lines(
        20, 52, ["Mr and Mrs R. Okonkwo", "14 Belvedere Road", "Harrogate", "HG1 4QT"], 10.5, 5, f="serif"
    )
    d = rand_date(rng)
    num = k.text("invoice_number", inv_no(rng, "29999"))
    meta = [
        ("Invoice No.", num),
        ("Tax point", k.date("date", d, "%-d %B %Y")),
        ("Our ref", f"JB/{inv_no(rng, '9999')}/2"),
        ("Matter no.", inv_no(rng, "09999-0002")),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(128, 52 + i * 5, lab, 10, "serif-b")
        p.text(190, 52 + i * 5, val, 10, "serif", "r")
    p.text(105, 82, "FEE NOTE", 13, "serif-b", "c")
    p.lines(
        20,
        92,
        [
            "To our professional charges in connection with your purchase of 3 Linden Mews, Harrogate,",
            "including investigating title, raising enquiries, reporting on the lease, attending to",
            f"exchange of contracts and completion on {(d - timedelta(days=9)).strftime('%d/%m/%Y')}.",
        ],
        10.5,
        5.2,
        f="serif",
    )
    fees = q2(rng.randrange(1450, 2650, 25))
    searches = q2(rng.uniform(180, 320))
    lr_fee = Decimal(rng.choice([150, 295]))
    sub = fees + searches + lr_fee
    vat = q2((fees + searches) * Decimal("0.20"))
    total = sub + vat
    held = Decimal(rng.choice([500, 750, 1000]))
    rows = [
        ("Our costs", money(fees)),
        ("Search fees (local authority, water and drainage)", money(searches)),
        ("Land Registry fee (outside the scope of VAT)", money(lr_fee)),
        ("Total net of VAT", "£" + k.amount("subtotal", sub, "us")),
        ("VAT at 20% on £" + money(fees + searches), "£" + k.amount("tax", vat)),
        ("Total", "£" + k.amount("total", total)),
        ("Less: monies held on account", "(" + money(held) + ")"),
        ("Balance now due", "£" + money(total - held)),
    ]
    y = 118
    for lab, val in rows:
        bold = lab in ("Total", "Balance now due")
        p.text(20, y, lab, 10.5, "serif-b" if bold else "serif")
        p.text(190, y, val, 10.5, "serif-b" if bold else "serif", "r")
        if lab.startswith("Land") or lab == "Less: monies held on account":
            p.line(150, y + 2, 190, y + 2)
        y += 7
    k.currency("GBP", "£")
    rows = ["Payment within 14 days of the date of this fee note, please.", "Sort code 40-11-62"]
    p.lines(20, y + 8, rows, 9.5, f="serif")
    p.text(20, y + 17.2, "Account 31926819  ·  quoting our reference", 9.5, "serif")
    spec = {
        "kind": "scan",
        "fmt": "jpg",
        "quality": 85,
        "dpi": 300,
        "skew": 1.2,
        "edge": True,
        "colour": True,
    }
    spec["marks"] = [
        {
            "type": "stamp",
            "lines": ["RECEIVED", (d + timedelta(days=4)).strftime("%d %b %Y").upper(), "ACCOUNTS"],
            "at": (135, 98),
            "angle": -8,
            "color": (40, 60, 190),
        }
    ]
    return Doc("k02_uk_legal", "en-GB", "solicitors' fee note", [p], k, spec)


def k03_ie_utility(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Lumen Energy Ireland DAC")
    p.rect(15, 12, 38, 30, 0, fill=(0, 120, 90))
    p.text(26.5, 24, "L", 26, "sans-b", "c", color=(255, 255, 255))
    p.text(42, 20, "lumen", 20, "sans-b", color=(0, 120, 90))
    p.text(42, 26, "energy", 11, "sans", color=(0, 120, 90))
    p.lines(15, 44, ["Ms Aoife Brennan", "Apt 4, 19 Mill Street", "Galway", "H91 X2T4"], 10, 5)
    bill_d = rand_date(rng)
    start = bill_d - timedelta(days=64)
    end = bill_d - timedelta(days=4)
    box = [
        ("Account number", inv_no(rng, "999999999")),
        ("Bill number", k.text("invoice_number", inv_no(rng, "3999999999"))),
        ("Bill date", k.date("date", bill_d, "%d %b %Y")),
        ("Billing period", f"{start.strftime('%d %b %Y')} - {end.strftime('%d %b %Y')}"),
        ("MPRN", "1003" + inv_no(rng, "9999999")),
    ]
    p.rect(112, 12, 195, 42, 0, fill=(232, 243, 238))
    for i, (lab, val) in enumerate(box):
        p.text(115, 18 + i * 5.2, lab, 8.5)
        p.text(192, 18 + i * 5.2, val, 8.5, "sans-b", "r")
    p.text(15, 76, "Your electricity bill", 15, "sans-b", color=(0, 120, 90))
    days = (end - start).days + 1
    day_u, night_u = rng.randint(420, 900), rng.randint(150, 420)
    day_r, night_r, sc = Decimal("0.3412"), Decimal("0.1796"), Decimal("0.7241")
    lines = [
        ("Day units", f"{day_u} kWh @ €{day_r}", q2(day_u * day_r)),
        ("Night units", f"{night_u} kWh @ €{night_r}", q2(night_u * night_r)),
        ("Standing charge", f"{days} days @ €{sc}", q2(days * sc)),
        ("PSO levy", f"{days} days @ €0.0000", Decimal("0.00")),
    ]
    rows = [["Charges", "Details", "Amount"]] + [[a, b, money(c)] for a, b, c in lines]
    y = p.table(
        15, 82, [(70, "l"), (70, "l"), (40, "r")], rows, 9.5, 6.2, "sans", "sans-b", shade=(232, 243, 238)
    )
    sub = sum((c for *_, c in lines), Decimal(0))
    vat = q2(sub * Decimal("0.09"))
    total = sub + vat
    prev = q2(rng.uniform(20, 80))
    summary = [
        ("Total before VAT", k.amount("subtotal", sub)),
        ("VAT @ 9%", k.amount("tax", vat)),
        ("Total this bill", "€" + k.amount("total", total)),
        ("Balance brought forward (unpaid)", "€" + money(prev)),
    ]
    for i, (lab, val) in enumerate(summary):
        p.text(110, y + 8 + i * 6, lab, 10, "sans-b" if "this bill" in lab else "sans")
        p.text(195, y + 8 + i * 6, val, 10, "sans-b" if "this bill" in lab else "sans", "r")
    k.currency("EUR", "€")
    due = bill_d + timedelta(days=21)
    p.rect(15, y + 36, 195, y + 52, 0, fill=(0, 120, 90))
    p.text(20, y + 46, "Amount due  €" + money(total + prev), 14, "sans-b", color=(255, 255, 255))
    p.text(190, y + 46, "Pay by " + k.date("due_date", due, "%d %b %Y"), 11, "sans-b", "r", (255, 255, 255))
    p.lines(15, y + 64, [f"{vendor}, registered in Ireland No. 604417.", "VAT No. IE 3518842KH"], 7.5, 3.8)
    spec = {"kind": "scan", "fmt": "pdf", "dpi": 200, "skew": -0.7}
    spec["marks"] = [{"type": "note", "lines": [f"paid DD {due.strftime('%d/%m')}", "- MK"], "at": (170, 64)}]
    return Doc("k03_ie_utility", "en-IE", "electricity bill", [p], k, spec)


DOCS = [k01_us_repair, k02_uk_legal, k03_ie_utility]
