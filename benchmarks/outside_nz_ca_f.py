"""Set F layouts (benchmarks/outside_invoices_f.py): dense 7 pt New Zealand tax invoice (20th of the month
following) and Canadian HST invoice stamped 'PAID' (balance due 0.00)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from outside_common_f import (
    Inv,
    fonts,
    grid,
    kv,
    lines,
    num,
    para,
    q,
    rand_date,
    render,
    styles,
    watermark,
)


def nz_dense(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 7)
    vendor = rng.choice(["Kauri Coast Building Supplies Limited", "Waitaki Trade Depot Ltd"])
    d = rand_date(rng, min_day=13)
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 20)
    names = [
        "Framing 90x45 H1.2 /m",
        "Gib board 10mm 2.4m",
        "Screws 8g x 32 (1000)",
        "Building paper roll",
        "Treated post 100x100 2.4m",
        "Concrete 20kg bag",
        "Sika flex",
        "Deck screws SS (500)",
        "Joist hanger",
        "Bolt M12 x 150 galv",
        "Weatherboard 180mm /m",
        "Paint undercoat 10L",
        "Sandpaper 120 grit (50)",
        "Silicone clear",
        "Fence rail 150x50 /m",
        "Nails 75mm 5kg",
        "Insulation R2.6 batts",
        "Flashing tape",
        "Timber oil 4L",
        "Builders film 4m",
        "Tile adhesive 20kg",
        "Wall plug pack",
        "Hinges 100mm pair",
    ]
    items = lines(rng, names, 20, (1, 60), (3, 140))
    net = sum(i[3] for i in items)
    gst = q(net * Decimal("0.15"))
    total = net + gst
    nz = "%d/%m/%Y"
    inv_no = f"INV-{rng.randint(100000, 999999)}"
    head = Table(
        [
            [
                para(
                    f"<b>{vendor}</b><br/>42 Thames Street, Oamaru 9400<br/>GST No. {rng.randint(100, 130)}-"
                    f"{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                    st["n"],
                ),
                kv(
                    [
                        ("Tax Invoice", inv_no),
                        ("Date", d.strftime(nz)),
                        ("Account", f"A{rng.randint(1000, 9999)}"),
                        ("Your order", f"Job {rng.randint(100, 999)} - Thompson reno"),
                    ],
                    (20 * mm, 40 * mm),
                    f,
                    b,
                    size=7,
                    align="LEFT",
                ),
                kv(
                    [
                        ("Delivered", (d - timedelta(days=1)).strftime(nz)),
                        ("Docket", str(rng.randint(50000, 99999))),
                        ("Due date", nxt.strftime(nz)),
                        ("Terms", "20th of month following"),
                    ],
                    (18 * mm, 38 * mm),
                    f,
                    b,
                    size=7,
                    align="LEFT",
                ),
            ]
        ],
        colWidths=[62 * mm, 62 * mm, 58 * mm],
    )
    story = [
        head,
        Spacer(1, 3 * mm),
        grid(
            [["Code", "Description", "Qty", "Unit excl", "Disc", "Ext excl GST"]]
            + [
                [f"{rng.randint(100000, 999999)}", i[0], str(i[1]), num(i[2]), "0%", num(i[3])] for i in items
            ],
            [20 * mm, 80 * mm, 14 * mm, 22 * mm, 12 * mm, 30 * mm],
            f,
            b,
            size=7,
            right_from=2,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Total excl. GST", num(net)),
                ("GST 15%", num(gst)),
                ("Total incl. GST NZ$", num(total)),
                ("Paid to date", "0.00"),
                ("Balance owing", num(total)),
            ],
            (40 * mm, 24 * mm),
            f,
            b,
            size=7,
        ),
        Spacer(1, 2 * mm),
        para(
            "Goods remain the property of the seller until paid "
            "in full (PPSA). Bank: 03-1702-0456789-00, reference "
            "your account number. Claims within 7 days.",
            st["s"],
        ),
    ]
    render(path, story, margin=10 * mm, title="Tax Invoice")
    return Inv(
        "en",
        "nz_dense_7pt",
        inv_no,
        d,
        nxt,
        total,
        "NZD",
        vendor,
        net,
        gst,
        printed={
            "date": d.strftime(nz),
            "due_date": nxt.strftime(nz),
            "total": num(total),
            "subtotal": num(net),
            "tax": num(gst),
            "currency": "NZ$",
        },
    )


def ca_hst_paid(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9.5)
    vendor = rng.choice(["Maple Ridge IT Services Inc.", "Lakeshore Signage & Print Ltd."])
    d = rand_date(rng)
    due = d + timedelta(days=30)
    items = lines(
        rng,
        [
            "Managed services - Silver plan",
            "Microsoft 365 Business Standard",
            "On-site support (hrs)",
            "Firewall licence renewal",
            "Laptop imaging",
        ],
        3,
        (1, 12),
        (25, 700),
    )
    net = sum(i[3] for i in items)
    hst = q(net * Decimal("0.13"))
    total = net + hst
    inv_no = f"{rng.randint(10000, 99999)}"
    story = [
        Table(
            [
                [
                    para(
                        f"<b>{vendor}</b><br/>2200 Yonge St, Toronto ON "
                        f"M4S 2C6<br/>HST # {rng.randint(70000, 89999)} "
                        f"{rng.randint(1000, 9999)} RT0001",
                        st["n"],
                    ),
                    para(
                        f"<b>INVOICE {inv_no}</b><br/>Invoice date: "
                        f"{d.isoformat()}<br/>Due date: {due.isoformat()}<br/>"
                        f"PO: {rng.randint(4500000, 4599999)}",
                        st["r"],
                    ),
                ]
            ],
            colWidths=[100 * mm, 75 * mm],
        ),
        Spacer(1, 8 * mm),
        para("Bill to: Humber Bay Physiotherapy Clinic, 9 Park Lawn Rd, Etobicoke ON", st["n"]),
        Spacer(1, 4 * mm),
        grid(
            [["Item", "Qty", "Rate", "Amount"]] + [[i[0], str(i[1]), num(i[2]), num(i[3])] for i in items],
            [100 * mm, 15 * mm, 25 * mm, 30 * mm],
            f,
            b,
            box=False,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Subtotal", f"${num(net)}"),
                ("HST 13% (ON)", f"${num(hst)}"),
                ("Total CAD", f"${num(total)}"),
                (
                    f"Payment received {(d + timedelta(days=rng.randint(2, 9))).isoformat()} "
                    f"(Visa ****{rng.randint(1000, 9999)})",
                    f"-${num(total)}",
                ),
                ("Balance due", "$0.00"),
            ],
            (80 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 6 * mm),
        para("All amounts in Canadian dollars. Thank you for your business!", st["s"]),
    ]
    render(path, story, on_page=watermark("PAID", b, size=150, gray=0.9), title="Invoice")
    return Inv(
        "en",
        "ca_hst_paid_stamp",
        inv_no,
        d,
        due,
        total,
        "CAD",
        vendor,
        net,
        hst,
        printed={
            "date": d.isoformat(),
            "due_date": due.isoformat(),
            "total": f"${num(total)}",
            "subtotal": f"${num(net)}",
            "tax": f"${num(hst)}",
            "currency": "CAD",
        },
    )
