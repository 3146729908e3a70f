"""Set E, invoices drawn with fpdf2: dental practice tax invoice (AUD, GST 0.00, health-fund rebate), Indian
GST invoice (INR, lakh grouping, CGST + SGST, total in words)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_e import Doc, Item, fdate, issue_date, key_of, num, r2, street
from outside_pdf_e import Pdf

ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]


TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words(n: int) -> str:
    """English words for 0 < n < 1000."""
    out = []
    if n >= 100:
        out.append(f"{ONES[n // 100]} Hundred")
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ONES[n])
    return " ".join(out)


def indian_words(v: Decimal) -> str:
    """'Indian Rupee One Lakh Twenty-Three Thousand ... Only', as Indian invoicing software spells totals."""
    rupees, paise = int(v), round((v - int(v)) * 100)
    parts = []
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand"), (1, "")):
        if rupees >= size:
            parts.append(f"{_words(rupees // size)} {name}".strip())
            rupees %= size
    tail = f" and {_words(paise)} Paise" if paise else ""
    return f"Indian Rupee {' '.join(parts)}{tail} Only"


def dental_au(rng: random.Random) -> Doc:
    d = Doc("dental_au", "fpdf2", "en")
    trading, legal = rng.choice(
        [
            ("Bayside Family Dental", "Bayside Dental Group Pty Ltd"),
            ("Smile Street Dental", "S & K Oral Health Pty Ltd"),
            ("Jacaranda Dental Care", "Jacaranda Dental Care Pty Ltd"),
        ]
    )
    issued = issue_date(rng)
    no = str(rng.randint(30000, 69999))
    codes = [
        ("011", "Comprehensive oral examination", 85, 120),
        ("022", "Intraoral periapical radiograph", 45, 60),
        ("114", "Removal of calculus - first visit", 130, 180),
        ("121", "Topical application of fluoride", 35, 55),
        ("531", "Adhesive restoration - one surface", 150, 210),
        ("532", "Adhesive restoration - two surfaces", 190, 260),
        ("311", "Removal of a tooth", 200, 280),
        ("013", "Oral examination - limited", 50, 70),
    ]
    picked = rng.sample(codes, rng.randint(2, 5))
    items = [
        Item(t, Decimal(1), Decimal(rng.randint(lo, hi)), Decimal(0), Decimal(0), c)
        for c, t, lo, hi in picked
    ]
    total = sum(it.amount for it in items)
    fund = r2(total * Decimal(rng.choice([0, 40, 55, 60])) / 100)
    paid = total - fund if rng.random() < 0.6 else Decimal(0)
    balance = total - fund - paid
    due = issued + timedelta(days=14) if balance else None
    m = lambda v: f"${num(v)}"  # noqa: E731
    p = Pdf("lsans", 9)
    p.set_fill_color(0, 128, 128)
    p.rect(18, 14, 174, 18, "F")
    p.set_text_color(255, 255, 255)
    p.at(22, 17, trading, 15, True)
    p.at(
        22,
        24,
        f"{legal}  ABN {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)}",
        8.5,
    )
    d.k("vendor_name", legal)
    p.set_text_color(0, 0, 0)
    p.block(
        18,
        36,
        [
            *street(rng, "au"),
            f"Ph (0{rng.randint(2, 8)}) {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        ],
        8.5,
    )
    p.at(120, 36, "TAX INVOICE / RECEIPT", 13, True, 72, "R")
    info = [
        ("Invoice No:", d.k("invoice_number", no)),
        ("Date:", d.k("date", fdate(issued, "DD/MM/YYYY"))),
        ("Patient:", rng.choice(["Mr Liam O'Brien", "Ms Chloe Nguyen", "Master Oscar Patel"])),
        ("Patient ID:", f"P{rng.randint(10000, 99999)}"),
        (
            "Provider:",
            f"{rng.choice(['Dr Anna Lee', 'Dr Marco Rossi', 'Dr Sarah Kim'])} (Prov. No. "
            f"{rng.randint(1000000, 9999999)}{rng.choice('ABCFHJ')})",
        ),
    ]
    for i, (a, b) in enumerate(info):
        p.row(18, 56 + i * 5, [(28, a, "L"), (100, b, "L")], 5, i == 0)
    cols = [
        (22, "Date", "L"),
        (18, "Item No.", "L"),
        (70, "Description", "L"),
        (16, "Tooth", "C"),
        (24, "Fee", "R"),
        (24, "GST", "R"),
    ]
    y = p.row(18, 86, cols, 6.5, True, (220, 240, 240), "B")
    for it in items:
        tooth = rng.choice(["", "", "16", "24", "36", "47"]) if it.code.startswith(("5", "3")) else ""
        y = p.row(
            18,
            y,
            [
                (22, fdate(issued, "DD/MM/YY"), "L"),
                (18, it.code, "L"),
                (70, it.desc, "L"),
                (16, tooth, "C"),
                (24, m(it.amount), "R"),
                (24, "$0.00", "R"),
            ],
            6,
        )
    y = p.row(18, y + 2, [(150, "Subtotal", "R"), (24, d.k("subtotal", m(total)), "R")], 6, border="T")
    y = p.row(18, y, [(150, "GST", "R"), (24, d.k("tax", m(Decimal("0.00"))), "R")], 6)
    y = p.row(18, y, [(150, "Total (incl. GST)", "R"), (24, d.k("total", m(total)), "R")], 6.5, True)
    if fund:
        y = p.row(
            18,
            y,
            [
                (150, f"Less health fund benefit ({rng.choice(['HCF', 'Bupa', 'Medibank'])})", "R"),
                (24, f"-{m(fund)}", "R"),
            ],
            6,
        )
    if paid:
        y = p.row(18, y, [(150, "Less paid - EFTPOS", "R"), (24, f"-{m(paid)}", "R")], 6)
    y = p.row(118, y + 2, [(50, "Balance owing", "L"), (24, m(balance), "R")], 8, True, (220, 240, 240))
    p.set_font("lsans", "", 8)
    p.set_xy(18, y + 8)
    due_s = f"Please pay the balance by {d.k('due_date', fdate(due, 'DD/MM/YYYY'))}. " if due else ""
    p.multi_cell(
        174,
        4,
        f"{due_s}Dental services are GST-free. All fees in {d.k('currency', 'AUD')}. Please retain "
        "this receipt for your health fund and tax records.",
    )
    d.key = key_of(no, issued, due, total, "AUD", legal, total, Decimal("0.00"))
    d.pdf = p
    return d


def zoho_in(rng: random.Random) -> Doc:
    d = Doc("zoho_in", "fpdf2", "en")
    vendor = rng.choice(
        [
            "Vedanta Cloud Solutions Private Limited",
            "Kaveri Textiles Pvt. Ltd.",
            "Nilgiri Analytics LLP",
            "Sahyadri Print Works Private Limited",
        ]
    )
    issued = issue_date(rng)
    no = f"INV-{rng.randint(1, 99999):06d}"
    terms = rng.choice([15, 30, 45])
    due = issued + timedelta(days=terms)
    pool = [
        ("Annual software subscription", "998314"),
        ("Implementation services", "998313"),
        ("Cotton shirting fabric (m)", "5208"),
        ("Offset printing - catalogues", "4911"),
        ("Data analytics retainer", "998311"),
        ("Training session", "999293"),
        ("Packing material", "4819"),
    ]
    chosen = rng.sample(pool, rng.randint(2, 5))
    items = [
        Item(t, Decimal(rng.randint(1, 40)), Decimal(rng.randint(500, 90000)), Decimal(18), Decimal(0), hsn)
        for t, hsn in chosen
    ]
    sub = sum(it.amount for it in items)
    cgst = r2(sub * 9 / 100)
    total = sub + 2 * cgst
    paid = r2(total * Decimal(rng.choice([0, 0, 20, 50])) / 100)
    m = lambda v: num(v, ",", ".", 2, True)  # noqa: E731
    p = Pdf("dvs", 8.5)
    state, code = rng.choice([("Karnataka", "29"), ("Maharashtra", "27"), ("Tamil Nadu", "33")])
    pan = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5))
    gstin = f"{code}{pan}{rng.randint(1000, 9999)}F1Z{rng.randint(1, 9)}"
    p.at(18, 15, d.k("vendor_name", vendor), 12.5, True)
    p.block(
        18,
        21,
        [
            f"{rng.randint(1, 300)}, {rng.choice(['MG Road', 'Anna Salai', 'Linking Road'])}",
            f"{state}, India",
            f"GSTIN {gstin}",
        ],
        8.5,
    )
    p.at(120, 15, "TAX INVOICE", 20, False, 72, "R")
    p.at(120, 24, f"# {d.k('invoice_number', no)}", 9.5, True, 72, "R")
    p.at(120, 31, "Balance Due", 8, False, 72, "R")
    p.at(120, 35, f"₹{m(total - paid)}", 11, True, 72, "R")
    p.block(
        18,
        48,
        [
            "Bill To",
            rng.choice(["Tranquil Hospitality Pvt. Ltd.", "Ganga Retail LLP", "Mehta & Sons"]),
            f"{state}, India",
            f"GSTIN {code}{rng.randint(10**12, 10**13 - 1)}Z5",
        ],
        8.5,
        4.4,
        True,
    )
    meta = [
        ("Invoice Date :", d.k("date", fdate(issued, "DD/MM/YYYY"))),
        ("Terms :", f"Net {terms}"),
        ("Due Date :", d.k("due_date", fdate(due, "DD/MM/YYYY"))),
        ("P.O.# :", f"PO-{rng.randint(100, 999)}"),
        ("Place Of Supply :", f"{state} ({code})"),
    ]
    for i, (a, b) in enumerate(meta):
        p.row(112, 48 + i * 4.6, [(40, a, "R"), (40, b, "R")], 4.6)
    cols = [
        (7, "#", "L"),
        (53, "Item & Description", "L"),
        (16, "HSN/SAC", "L"),
        (12, "Qty", "R"),
        (22, "Rate", "R"),
        (20, "CGST", "R"),
        (20, "SGST", "R"),
        (24, "Amount", "R"),
    ]
    p.set_text_color(255, 255, 255)
    y = p.row(18, 76, cols, 7, True, (60, 60, 60))
    p.set_text_color(0, 0, 0)
    for i, it in enumerate(items, 1):
        tax = m(r2(it.amount * 9 / 100))
        y = p.row(
            18,
            y,
            [
                (7, str(i), "L"),
                (53, it.desc, "L"),
                (16, it.code, "L"),
                (12, f"{it.qty}.00", "R"),
                (22, m(it.unit), "R"),
                (20, tax, "R"),
                (20, tax, "R"),
                (24, m(it.amount), "R"),
            ],
            6.5,
            border="B",
        )
    rows = [
        ("Sub Total", d.k("subtotal", m(sub))),
        ("CGST9 (9%)", m(cgst)),
        ("SGST9 (9%)", m(cgst)),
        ("Total", d.k("total", f"₹{m(total)}")),
    ]
    d.parts("tax", m(cgst))
    if paid:
        rows.append(("Payment Made", f"(-) {m(paid)}"))
    rows.append(("Balance Due", f"₹{m(total - paid)}"))
    for i, (a, b) in enumerate(rows):
        y = p.row(
            112,
            y + (3 if i == 0 else 0),
            [(50, a, "R"), (30, b, "R")],
            6,
            a in ("Total", "Balance Due"),
            (240, 240, 240) if a == "Balance Due" else None,
        )
    p.set_font("dvs", "", 8)
    p.set_xy(18, y + 6)
    p.multi_cell(
        174,
        4.2,
        f"Total In Words\n{indian_words(total)}\n\nAll amounts in {d.k('currency', 'INR')}. "
        "Thanks for your business.",
    )
    d.key = key_of(no, issued, due, total, "INR", vendor, sub, 2 * cgst)
    d.pdf = p
    return d
