"""Set L spreadsheet invoices 13-14: Irish Excel "service invoice" (dated service rows, VAT 23 %, terms
only), South African "sales invoice" (discount column, delivery date, amount paid and balance due)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import CALC, Doc, Line, Meta, dfmt, issue_date, num, q2, subtotal, tax_of
from outside_xlsx_l import Sheet

IE_SERVICES = [
    ("On-site support visit", 95),
    ("Remote support session", 75),
    ("Network cabling and patching", 85),
    ("Microsoft 365 migration", 95),
    ("Laptop setup and imaging", 75),
    ("Firewall configuration", 110),
    ("Backup check and restore test", 85),
]


META_IE = Meta(
    "L13_ie_service_invoice", "Liffey Valley IT Support Ltd", "EUR", "en-IE", "excel-service-invoice", CALC
)


def make_ie(rng: random.Random, src: Path) -> Doc:
    stem, vendor, navy = META_IE.stem, META_IE.vendor, "1F4E79"
    issued = issue_date(rng)
    number = f"IE-{issued.year % 100}-{rng.randint(100, 999):04d}"
    days = sorted(rng.sample(range(3, 30), 6), reverse=True)
    lines = []
    for back, (desc, rate) in zip(days, rng.sample(IE_SERVICES, 6), strict=True):
        ln = Line(desc, Decimal(rng.randint(2, 12)) / 2, Decimal(rate))
        ln.extra["date"] = (issued - timedelta(days=back)).isoformat()
        lines.append(ln)
    net = subtotal(lines)
    vat = tax_of(net, "23")
    total = net + vat
    eur, dmy = '[$-1809]"€"#,##0.00', "DD/MM/YYYY"
    s = Sheet("Invoice")
    s.widths({"A": 13, "B": 44, "C": 9, "D": 14, "E": 15})
    s.put("A1", vendor, bold=True, size=18, color=navy, merge="C1")
    s.put("D1", "SERVICE INVOICE", bold=True, size=14, color=navy, align="r", merge="E1")
    s.height(1, 30)
    for r, text in enumerate(
        [
            "Unit 9, Ballycoolin Business Park",
            "Dublin 15, D15 XR2T",
            "Tel. +353 1 555 0192 · accounts@liffeyvalleyit.example",
            f"VAT No. IE {rng.randint(1000000, 9999999)}V",
        ],
        start=2,
    ):
        s.put(f"A{r}", text, size=9, merge=f"B{r}")
    s.put("D3", "Invoice No.", bold=True, align="r")
    s.put("E3", number, align="r")
    s.put("D4", "Invoice Date", bold=True, align="r")
    s.put("E4", issued, align="r", fmt=dmy)
    s.put("D5", "Customer ID", bold=True, align="r")
    s.put("E5", f"C-{rng.randint(100, 999):04d}", align="r")
    s.put("A7", "Bill To", bold=True, fill="DDEBF7", merge="B7")
    for r, text in enumerate(
        [
            "Fitzgerald & Doyle Solicitors",
            "Attn: Office Manager",
            "22 Main Street",
            "Swords, Co. Dublin, K67 E2W4",
        ],
        start=8,
    ):
        s.put(f"A{r}", text, merge=f"B{r}")
    s.row(
        13,
        1,
        ["Date", "Description", "Hours", "Rate", "Amount"],
        aligns="llrrr",
        bold=True,
        color="FFFFFF",
        fill=navy,
    )
    for i in range(12):
        r = 14 + i
        if i < len(lines):
            ln = lines[i]
            s.row(
                r,
                1,
                [issued - timedelta(days=days[i]), ln.desc, ln.qty, ln.price, ln.amount],
                fmts=[dmy, None, "0.0", eur, eur],
                aligns="llrrr",
            )
        s.grid(f"A{r}:E{r}", color="BDD7EE")
    for r, (label, value) in enumerate((("Subtotal", net), ("VAT @ 23%", vat), ("TOTAL", total)), start=27):
        s.put(f"D{r}", label, bold=(label == "TOTAL"), align="r")
        s.put(f"E{r}", value, bold=(label == "TOTAL"), align="r", fmt=eur)
    s.shade("D29:E29", "DDEBF7")
    s.outline("D29:E29", style="thin", color=navy)
    s.put("A27", "Payment terms: 30 days from invoice date.", size=9, merge="B27")
    s.put(
        "A28",
        f"Bank transfer: IBAN IE29 AIBK 9311 5212 {rng.randint(1000, 9999)} 78 · BIC AIBKIE2D",
        size=9,
        merge="B28",
    )
    s.put("A29", "Please quote the invoice number with your payment.", size=9, merge="B29")
    s.put("A32", "Thank you for your business!", italic=True, align="c", merge="E32", color=navy)
    s.page("A1:E33")
    path = s.save(src / f"{stem}.xlsx")
    key = META_IE.key(number, issued, None, total, vat, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}/{mm}/{yyyy}"),
        "total": num(total),
        "tax": num(vat),
        "subtotal": num(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


ZA_GOODS = [
    ("Dome tent 4-person", 1899.0, 2999.0),
    ("Sleeping bag -5 °C", 699.0, 1199.0),
    ("Gas cooker 2-plate", 549.0, 899.0),
    ("Camping chair, folding", 249.0, 429.0),
    ("Cooler box 45 L", 799.0, 1299.0),
    ("Headlamp 300 lm", 199.0, 349.0),
    ("Roof-top tent awning", 2999.0, 4599.0),
    ("Water jerry can 20 L", 179.0, 289.0),
]


META_ZA = Meta(
    "L14_za_sales_invoice", "Karoo Outdoor Supplies (Pty) Ltd", "ZAR", "en-ZA", "excel-sales-invoice", CALC
)


def make_za(rng: random.Random, src: Path) -> Doc:
    stem, vendor, dark = META_ZA.stem, META_ZA.vendor, "7F4F24"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    delivery = issued + timedelta(days=rng.randint(2, 5))
    number = f"INV{rng.randint(10000, 39999)}"
    lines = []
    for desc, lo, hi in rng.sample(ZA_GOODS, 5):
        price = Decimal(str(lo)) + 10 * rng.randint(0, int((hi - lo) / 10))
        ln = Line(desc, Decimal(rng.randint(2, 12)), price)
        ln.extra["disc"] = str(q2(ln.qty * price * Decimal(rng.choice([0, 0, 5, 10])) / 100))
        lines.append(ln)
    disc = [Decimal(ln.extra["disc"]) for ln in lines]
    net = subtotal(lines) - sum(disc, Decimal(0))
    vat = tax_of(net, "15")
    total = net + vat
    paid = q2(int(total * Decimal("0.4") / 100) * 100)
    rand, ymd = '"R" #,##0.00', "YYYY/MM/DD"
    s = Sheet("Sales Invoice")
    s.widths({"A": 8, "B": 12, "C": 36, "D": 14, "E": 16, "F": 16})
    s.put("A1", vendor, bold=True, size=18, color=dark, merge="D1")
    s.put("E1", "INVOICE", bold=True, size=24, color="A6A6A6", align="r", merge="F1")
    s.height(1, 34)
    s.put("A2", "Camping · Hiking · 4x4 Equipment", italic=True, color=dark, merge="C2")
    for r, text in enumerate(
        [
            "42 Voortrekker Road, Bellville, 7530",
            "Tel: 021 555 0148 | sales@karoo-outdoor.example",
            f"VAT Reg. No. 4{rng.randint(100000000, 999999999)}",
        ],
        start=3,
    ):
        s.put(f"A{r}", text, size=9, merge=f"C{r}")
    for r, (label, value, fmt) in enumerate(
        (
            ("DATE:", issued, ymd),
            ("INVOICE #", number, None),
            ("CUSTOMER ID", f"KOS{rng.randint(100, 999)}", None),
        ),
        start=3,
    ):
        s.put(f"E{r}", label, bold=True, align="r", size=9)
        s.put(f"F{r}", value, align="r", fmt=fmt)
    s.put("A7", "TO", bold=True, color=dark)
    s.put("D7", "SHIP TO", bold=True, color=dark)
    for r, (a, b) in enumerate(
        zip(
            ["Bushveld Adventures CC", "Attn: Accounts", "PO Box 1187", "Nelspruit, 1200"],
            ["Bushveld Adventures CC", "Stand 14, R40 Road", "White River, 1240", ""],
            strict=True,
        ),
        start=8,
    ):
        s.put(f"A{r}", a, merge=f"C{r}")
        s.put(f"D{r}", b, merge=f"F{r}")
    s.row(
        13,
        1,
        ["SALESPERSON", "", "JOB", "SHIPPING METHOD", "DELIVERY DATE", "DUE DATE"],
        bold=True,
        size=8,
        fill="EFE4D8",
        aligns="cccccc",
    )
    s.ws.merge_cells("A13:B13")
    s.row(
        14,
        1,
        ["Pieter Botha", "", f"Order {rng.randint(5000, 5999)}", "Courier", delivery, due],
        fmts=[None, None, None, None, ymd, ymd],
        aligns="cccccc",
    )
    s.ws.merge_cells("A14:B14")
    s.grid("A13:F14", color="BFA58A")
    s.row(
        16,
        1,
        ["QTY", "ITEM #", "DESCRIPTION", "UNIT PRICE", "DISCOUNT", "LINE TOTAL"],
        bold=True,
        size=8,
        fill=dark,
        color="FFFFFF",
        aligns="cllrrr",
    )
    for i in range(10):
        r = 17 + i
        if i < len(lines):
            ln = lines[i]
            s.row(
                r,
                1,
                [
                    int(ln.qty),
                    f"KO-{rng.randint(1000, 9999)}",
                    ln.desc,
                    ln.price,
                    disc[i] or None,
                    ln.amount - disc[i],
                ],
                fmts=[None, None, None, rand, rand, rand],
                aligns="cllrrr",
            )
        s.grid(f"A{r}:F{r}", color="BFA58A")
    rows = [
        ("TOTAL DISCOUNT", sum(disc, Decimal(0))),
        ("SUBTOTAL", net),
        ("VAT 15%", vat),
        ("TOTAL", total),
        ("AMOUNT PAID", paid),
        ("BALANCE DUE", total - paid),
    ]
    for r, (label, value) in enumerate(rows, start=28):
        strong = label in ("TOTAL", "BALANCE DUE")
        s.put(f"E{r}", label, bold=strong, align="r", size=9)
        s.put(f"F{r}", value, bold=strong, align="r", fmt=rand)
    s.rule("F31:F31", "top")
    s.shade("E33:F33", "EFE4D8")
    s.put(
        "A29",
        "Make all EFT payments to Karoo Outdoor Supplies, FNB Bellville, branch 250655,",
        size=8,
        merge="C29",
    )
    s.put(
        "A30",
        f"account {rng.randint(60000000000, 69999999999)}. Use the invoice number as reference.",
        size=8,
        merge="C30",
    )
    s.put("A35", "THANK YOU FOR YOUR BUSINESS!", bold=True, align="c", merge="F35", color=dark)
    s.page("A1:F36")
    path = s.save(src / f"{stem}.xlsx")
    key = META_ZA.key(number, issued, due, total, vat, net)
    ymd_p = "{yyyy}/{mm}/{dd}"
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, ymd_p),
        "due_date": dfmt(due, ymd_p),
        "total": num(total),
        "tax": num(vat),
        "subtotal": num(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


MAKERS = [make_ie, make_za]
