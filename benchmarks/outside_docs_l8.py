"""Set L spreadsheet invoices 15-16: Philippine BIR-style service invoice (VAT-inclusive prices, VATable
sales, withholding tax), Singapore timesheet invoice over two pages (hours x rate, GST 9 %)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import CALC, Doc, Line, Meta, dfmt, issue_date, num, q2, subtotal, tax_of
from outside_xlsx_l import Sheet

PH_SERVICES = [
    ("Aircon general cleaning, split type 1.5 HP", "unit", 1200.0, 1800.0),
    ("Freon recharging R32", "unit", 2500.0, 3800.0),
    ("Capacitor replacement", "pc", 950.0, 1500.0),
    ("Window type aircon cleaning", "unit", 800.0, 1200.0),
    ("Service call / inspection", "lot", 500.0, 900.0),
    ("Ceiling cassette deep cleaning", "unit", 2800.0, 4200.0),
]


META_PH = Meta(
    "L15_ph_service_invoice",
    "Mabuhay Aircon Services Inc.",
    "PHP",
    "en-PH",
    "excel-bir-service-invoice",
    CALC,
)


def make_ph(rng: random.Random, src: Path) -> Doc:
    stem, vendor, red = META_PH.stem, META_PH.vendor, "C00000"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{rng.randint(1000, 9999):07d}"
    lines = [
        Line(d, Decimal(rng.randint(1, 8)), Decimal(str(lo)) + 50 * rng.randint(0, int((hi - lo) / 50)), u)
        for d, u, lo, hi in rng.sample(PH_SERVICES, 4)
    ]
    total = subtotal(lines)
    net = q2(total / Decimal("1.12"))
    vat = total - net
    wt = tax_of(net, "2")
    peso, mdy = '"₱"#,##0.00', "MMMM D, YYYY"
    s = Sheet("Service Invoice")
    s.widths({"A": 8, "B": 8, "C": 42, "D": 22, "E": 16})
    s.put("A1", vendor.upper(), bold=True, size=16, align="c", merge="E1", color="1F4E79")
    for r, text in enumerate(
        [
            f"VAT Reg. TIN: 008-{rng.randint(100, 999)}-{rng.randint(100, 999)}-000",
            "Unit 3, 118 Kamuning Road, Quezon City 1103, Metro Manila",
            "Tel. (02) 8555-4127 · 0917 555 0199",
        ],
        start=2,
    ):
        s.put(f"A{r}", text, size=9, align="c", merge=f"E{r}")
    s.put("A6", "SERVICE INVOICE", bold=True, size=16, merge="C6")
    s.put("D6", "No.", bold=True, align="r")
    s.put("E6", number, bold=True, size=13, color=red, align="r")
    for r, (label, value) in enumerate(
        (
            ("Registered Name:", "Sampaguita Bakeshop Corporation"),
            ("TIN:", f"{rng.randint(100, 999)}-456-789-000"),
            ("Business Address:", "45 Visayas Ave., Quezon City"),
        ),
        start=8,
    ):
        s.put(f"A{r}", label, size=9, merge=f"B{r}")
        s.put(f"C{r}", value, size=9)
    for r, (label, value, fmt) in enumerate(
        (
            ("Date:", issued, mdy),
            ("Terms:", "30 days", None),
            ("Due Date:", due, mdy),
            ("P.O. No.:", f"SBC-{rng.randint(100, 999)}", None),
        ),
        start=8,
    ):
        s.put(f"D{r}", label, size=9, align="r")
        s.put(f"E{r}", value, size=9, align="r", fmt=fmt)
    s.row(
        13,
        1,
        ["QTY", "UNIT", "ARTICLES / NATURE OF SERVICE", "UNIT PRICE", "AMOUNT"],
        bold=True,
        size=9,
        fill="D9E1F2",
        aligns="cclrr",
    )
    for i in range(8):
        r = 14 + i
        if i < len(lines):
            ln = lines[i]
            s.row(
                r,
                1,
                [int(ln.qty), ln.unit, ln.desc, ln.price, ln.amount],
                fmts=[None, None, None, peso, peso],
                aligns="cclrr",
            )
        s.grid(f"A{r}:E{r}", color="808080")
    left = [
        ("VATable Sales", net),
        ("VAT-Exempt Sales", Decimal(0)),
        ("Zero-Rated Sales", Decimal(0)),
        ("VAT Amount", vat),
    ]
    right = [
        ("Total Sales (VAT Inclusive)", total),
        ("Less: VAT", vat),
        ("Amount: Net of VAT", net),
        ("Add: VAT", vat),
        ("Less: Withholding Tax", wt),
        ("TOTAL AMOUNT DUE", total - wt),
    ]
    for r, (label, value) in enumerate(left, start=23):
        s.put(f"A{r}", label, size=9, merge=f"B{r}")
        s.put(f"C{r}", value, size=9, fmt=peso, align="l", indent=8)
    for r, (label, value) in enumerate(right, start=23):
        strong = label.startswith("TOTAL")
        s.put(f"D{r}", label, size=9, bold=strong, align="r")
        s.put(f"E{r}", value, size=9, bold=strong, fmt=peso, align="r")
    s.grid("D23:E28", color="808080")
    s.put("A31", "Received the above services in good order and condition.", size=8, italic=True, merge="C31")
    s.put("D33", "By: ______________________", size=9, align="r", merge="E33")
    s.put(
        "A35",
        f"BIR Authority to Print No. 2AU000{rng.randint(1000000, 9999999)} · Date Issued: 01/15/2024 · "
        "50 Bklts. (50x3) 0001-2500",
        size=7,
        merge="E35",
    )
    s.page("A1:E35", paper="Letter")
    path = s.save(src / f"{stem}.xlsx")
    key = META_PH.key(number, issued, due, total, vat, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{month} {d}, {yyyy}"),
        "due_date": dfmt(due, "{month} {d}, {yyyy}"),
        "total": num(total),
        "tax": num(vat),
        "subtotal": num(net),
        "vendor_name": vendor.upper(),
    }
    return Doc(stem, key, printed, path, words=s.words)


SG_TASKS = [
    "Data pipeline build",
    "Dashboard design",
    "Stakeholder workshop",
    "Model validation",
    "Data quality checks",
    "Documentation",
    "Sprint review",
    "SQL optimisation",
]


META_SG = Meta(
    "L16_sg_timesheet_2pages",
    "Lionpeak Analytics Pte. Ltd.",
    "SGD",
    "en-SG",
    "excel-timesheet-invoice-multipage",
    CALC,
)


def make_sg(rng: random.Random, src: Path) -> Doc:
    stem, vendor, teal = META_SG.stem, META_SG.vendor, "00827F"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    first = (issued.replace(day=1) - timedelta(days=1)).replace(day=1)
    last = issued.replace(day=1) - timedelta(days=1)
    number = f"LPA-{issued.year}-{rng.randint(40, 400):04d}"
    staff = {"Tan Wei Ming": Decimal(180), "Priya Raman": Decimal(150), "Jonas Lim": Decimal(120)}
    lines = []
    day = first
    while day <= last:
        if day.weekday() < 5:
            for who in staff:
                for task in rng.sample(SG_TASKS, rng.choice([1, 1, 2])):
                    ln = Line(task, Decimal(rng.randint(3, 10)) / 2, staff[who])
                    ln.extra.update(who=who, day=day.isoformat())
                    lines.append(ln)
        day += timedelta(days=1)
    net = subtotal(lines)
    gst = tax_of(net, "9")
    total = net + gst
    sgd, dmy = '"S$"#,##0.00', "DDD DD/MM/YYYY"
    s = Sheet("Timesheet invoice")
    s.widths({"A": 17, "B": 18, "C": 28, "D": 9, "E": 12, "F": 15})
    s.put("A1", vendor, bold=True, size=17, color=teal, merge="D1")
    s.put("E1", "TAX INVOICE", bold=True, size=15, align="r", merge="F1")
    s.height(1, 28)
    s.put(
        "A2",
        f"UEN 2019{rng.randint(10000, 99999)}K · GST Reg. No. 2019{rng.randint(10000, 99999)}K",
        size=9,
        merge="D2",
    )
    s.put("A3", "71 Ayer Rajah Crescent, #05-12, Singapore 139951", size=9, merge="D3")
    info = [
        ("Invoice No.", number, None),
        ("Invoice Date", issued, "D MMM YYYY"),
        ("Due Date", due, "D MMM YYYY"),
        ("PO No.", f"PO{rng.randint(300000, 399999)}", None),
    ]
    for r, (label, value, fmt) in enumerate(info, start=3):
        s.put(f"E{r}", label, bold=True, align="r", size=9)
        s.put(f"F{r}", value, align="r", fmt=fmt)
    s.put("A6", "Bill To", bold=True, color=teal)
    for r, text in enumerate(
        [
            "Marina Harbour Logistics Pte. Ltd.",
            "Finance Department",
            "10 Pasir Panjang Road, #12-01, Singapore 117438",
        ],
        start=7,
    ):
        s.put(f"A{r}", text, merge=f"C{r}")
    s.put(
        "A11",
        f"Timesheet for the period {dfmt(first, '{d} {mon} {yyyy}')} to {dfmt(last, '{d} {mon} {yyyy}')}",
        bold=True,
        merge="F11",
    )
    s.row(
        12,
        1,
        ["Date", "Consultant", "Task", "Hours", "Rate", "Amount"],
        bold=True,
        fill=teal,
        color="FFFFFF",
        aligns="lllrrr",
    )
    r = 13
    for ln in lines:
        s.row(
            r,
            1,
            [date.fromisoformat(ln.extra["day"]), ln.extra["who"], ln.desc, ln.qty, ln.price, ln.amount],
            fmts=[dmy, None, None, "0.0", sgd, sgd],
            aligns="lllrrr",
        )
        s.rule(f"A{r}:F{r}", "bottom", color="BFE0DF")
        r += 1
    hours = sum((ln.qty for ln in lines), Decimal(0))
    s.put(f"C{r + 1}", "Total hours", bold=True, align="r")
    s.put(f"D{r + 1}", hours, bold=True, align="r", fmt="0.0")
    for i, (label, value) in enumerate((("Subtotal", net), ("GST 9%", gst), ("Total (SGD)", total))):
        s.put(f"E{r + 1 + i}", label, bold=(i == 2), align="r")
        s.put(f"F{r + 1 + i}", value, bold=(i == 2), align="r", fmt=sgd)
    s.outline(f"E{r + 3}:F{r + 3}", style="thin", color=teal)
    s.put(
        f"A{r + 5}",
        "Payment by PayNow (UEN) or bank transfer to DBS Bank 072-"
        f"{rng.randint(100000, 999999)}-"
        f"{rng.randint(1, 9)}. Please quote the invoice number.",
        size=9,
        merge=f"F{r + 5}",
    )
    s.page(f"A1:F{r + 6}", pages_tall=0, title_rows="12:12", footer="Lionpeak Analytics – timesheet invoice")
    path = s.save(src / f"{stem}.xlsx")
    key = META_SG.key(number, issued, due, total, gst, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{d} {mon} {yyyy}"),
        "due_date": dfmt(due, "{d} {mon} {yyyy}"),
        "total": num(total),
        "tax": num(gst),
        "subtotal": num(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


MAKERS = [make_ph, make_sg]
