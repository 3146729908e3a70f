"""Set F layouts (benchmarks/outside_invoices_f.py): Irish reverse-charge invoice (VAT 0 %, canvas-drawn
letterhead) and South African tax invoice (2025/03/14, R 1 234.56, deposit deducted)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from outside_common_f import (
    Inv,
    fonts,
    grid,
    kv,
    lines,
    month,
    num,
    ordinal,
    para,
    q,
    rand_date,
    render,
    styles,
)


def ie_reverse_charge(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Liffey Analytics Limited", "Corrib Software Engineering Ltd"])
    d = rand_date(rng)
    items = lines(
        rng,
        [
            "Data pipeline development (days)",
            "Dashboard design (days)",
            "Cloud hosting - monthly",
            "Project management (days)",
            "Training workshop",
        ],
        3,
        (1, 15),
        (450, 1200),
        step=2500,
    )
    net = sum(i[3] for i in items)
    written = f"{ordinal(d.day)} {month(d)} {d.year}"
    inv_no = f"LA{d.year}{rng.randint(100, 999)}"
    cro, vat_no = rng.randint(500000, 799999), rng.randint(1000000, 9999999)
    ids = f"Grand Canal Dock, Dublin 2 · CRO {cro} · VAT No. IE{vat_no}KH"

    def band(canv, doc) -> None:
        w, h = doc.pagesize
        canv.saveState()
        canv.setFillColor(colors.HexColor("#0b5d4b"))
        canv.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(b, 16)
        canv.drawString(18 * mm, h - 15 * mm, vendor)
        canv.setFont(f, 8)
        canv.drawString(18 * mm, h - 21 * mm, ids)
        canv.restoreState()

    story = [
        Spacer(1, 18 * mm),
        Table(
            [
                [
                    para(
                        "Invoice to:<br/>Rheinland Logistik GmbH<br/>"
                        "Speditionstraße 5<br/>40221 Düsseldorf, Germany<br/>"
                        f"VAT No. DE{rng.randint(10**8, 10**9 - 1)}",
                        st["n"],
                    ),
                    kv(
                        [
                            ("Invoice number", inv_no),
                            ("Invoice date", written),
                            ("Purchase order", str(rng.randint(4500000000, 4599999999))),
                            ("Terms", "30 days"),
                        ],
                        (30 * mm, 45 * mm),
                        f,
                        b,
                        align="LEFT",
                    ),
                ]
            ],
            colWidths=[95 * mm, 80 * mm],
        ),
        Spacer(1, 8 * mm),
        grid(
            [["Description", "Qty", "Unit price", "Net amount"]]
            + [[i[0], str(i[1]), f"€{num(i[2])}", f"€{num(i[3])}"] for i in items],
            [95 * mm, 15 * mm, 30 * mm, 35 * mm],
            f,
            b,
        ),
        Spacer(1, 2 * mm),
        kv(
            [("Net total", f"€{num(net)}"), ("VAT 0%", "€0.00"), ("Invoice total", f"€{num(net)}")],
            (35 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 5 * mm),
        para(
            "Reverse charge: VAT to be accounted for by the "
            "recipient, Article 196 Council Directive 2006/112/EC. "
            "IBAN IE29 AIBK 9311 5212 3456 78 · BIC AIBKIE2D.",
            st["s"],
        ),
    ]
    render(path, story, on_page=band, title="Invoice")
    return Inv(
        "en",
        "ie_reverse_charge_letterhead",
        inv_no,
        d,
        None,
        net,
        "EUR",
        vendor,
        net,
        Decimal(0),
        printed={
            "date": written,
            "total": f"€{num(net)}",
            "subtotal": f"€{num(net)}",
            "tax": "€0.00",
            "currency": "€",
        },
    )


def za_tax_invoice(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Karoo Solar Installations (Pty) Ltd", "Table Bay Shopfitters CC"])
    d = rand_date(rng)
    due = d + timedelta(days=30)
    items = lines(
        rng,
        [
            "5 kW hybrid inverter",
            "Lithium battery 5.12 kWh",
            "Solar panel 550 W",
            "Mounting kit",
            "DC isolator & cabling",
            "Installation labour",
            "CoC certificate",
        ],
        5,
        (1, 10),
        (450, 28000),
    )
    net = sum(i[3] for i in items)
    vat = q(net * Decimal("0.15"))
    total = net + vat
    deposit = q(total * Decimal("0.5"), Decimal(1))
    za = "%Y/%m/%d"
    inv_no = f"INV{rng.randint(1000, 9999)}"

    def r(x):
        return f"R {num(x, 'za')}"

    head = Table(
        [
            ["TAX INVOICE", ""],
            ["Invoice No", inv_no],
            ["Date", d.strftime(za)],
            ["Due Date", due.strftime(za)],
            ["Quote Ref", f"Q{rng.randint(1000, 9999)}"],
            ["Customer VAT No", str(rng.randint(4 * 10**9, 5 * 10**9))],
        ],
        colWidths=[35 * mm, 45 * mm],
    )
    head.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f, 9),
                ("FONT", (0, 0), (-1, 0), b, 13),
                ("GRID", (0, 1), (-1, -1), 0.5, colors.black),
                ("SPAN", (0, 0), (1, 0)),
            ]
        )
    )
    story = [
        Table(
            [
                [
                    para(
                        f"<b>{vendor}</b><br/>14 Voortrekker Road, Beaufort West "
                        f"6970<br/>Reg No 2016/{rng.randint(100000, 999999)}/07"
                        f"<br/>VAT No {rng.randint(4 * 10**9, 5 * 10**9)}",
                        st["n"],
                    ),
                    head,
                ]
            ],
            colWidths=[95 * mm, 80 * mm],
        ),
        Spacer(1, 6 * mm),
        para("Bill To: Van der Merwe Family Trust, Plot 22, Prince Albert Road", st["n"]),
        Spacer(1, 4 * mm),
        grid(
            [["Description", "Qty", "Unit Price", "Amount"]]
            + [[i[0], str(i[1]), r(i[2]), r(i[3])] for i in items],
            [90 * mm, 15 * mm, 32 * mm, 37 * mm],
            f,
            b,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Total Excl. VAT", r(net)),
                ("VAT @ 15%", r(vat)),
                ("Total Incl. VAT", r(total)),
                ("Less deposit received", f"-{r(deposit)}"),
                ("Amount Due", r(total - deposit)),
            ],
            (45 * mm, 35 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 5 * mm),
        para(
            f"Banking details: FNB Cheque account 6281 {rng.randint(100000, 999999)}, branch code 250655. "
            "Use the invoice number as reference.",
            st["s"],
        ),
    ]
    render(path, story, title="Tax Invoice")
    return Inv(
        "en",
        "za_tax_invoice_deposit",
        inv_no,
        d,
        due,
        total,
        "ZAR",
        vendor,
        net,
        vat,
        printed={
            "date": d.strftime(za),
            "due_date": due.strftime(za),
            "total": r(total),
            "subtotal": r(net),
            "tax": r(vat),
            "currency": "R",
        },
    )
