"""Set F layouts (benchmarks/outside_invoices_f.py): Spanish factura simplificada on till-roll width (IVA
included, two rates) and US wholesale invoice (ordered / shipped / back-ordered, sales tax, freight
after tax)."""

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
    num,
    para,
    q,
    rand_date,
    render,
    styles,
)


def es_simplificada(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 7.5)
    vendor = rng.choice(["Cafetería Rías Baixas, S.L.", "Mesón O Castelo, S.L.U."])
    d = rand_date(rng, min_day=13)
    menu10 = lines(
        rng,
        ["Menú del día", "Pulpo a feira", "Tortilla", "Caña", "Agua 1,5 l", "Café solo", "Tarta"],
        5,
        (1, 4),
        (2, 18),
    )
    menu21 = lines(rng, ["Botella vino Albariño (para llevar)", "Bolsa regalo"], 1, (1, 2), (9, 24))
    rows, parts = [], {}
    for rate, group in ((10, menu10), (21, menu21)):
        gross = sum(i[3] for i in group)
        base = q(gross / (1 + Decimal(rate) / 100))
        parts[rate] = (base, gross - base, gross)
        rows += [[f"{i[1]} {i[0]}", num(i[3], "de")] for i in group]
    net = sum(p[0] for p in parts.values())
    vat = sum(p[1] for p in parts.values())
    total = net + vat
    paid = q(Decimal((int(total) // 10 + 1) * 10))
    inv_no = f"T{d.year % 100}-{rng.randint(1000, 99999):06d}"
    fecha = d.strftime("%d/%m/%Y")
    w = 76 * mm
    story = [
        para(vendor, st["c"]),
        para("NIF B-36123456<br/>Rúa do Franco 21, 15705 Santiago", st["c"]),
        Spacer(1, 3 * mm),
        para("FACTURA SIMPLIFICADA", st["c"]),
        para(f"Nº: {inv_no}", st["c"]),
        para(
            f"Fecha: {fecha} {rng.randint(12, 15)}:{rng.randint(10, 59)} · Mesa {rng.randint(1, 30)} · "
            f"Camarero {rng.randint(1, 9)}",
            st["c"],
        ),
        Spacer(1, 2 * mm),
        grid([["Uds. Concepto", "Importe"], *rows], [w - 18 * mm, 18 * mm], f, b, size=7.5, box=False),
        Spacer(1, 2 * mm),
        kv(
            [("TOTAL (IVA incluido)", f"{num(total, 'de')} €")],
            (w - 22 * mm, 22 * mm),
            f,
            b,
            size=9,
            bold_last=True,
        ),
        Spacer(1, 2 * mm),
        grid(
            [["Tipo", "Base imp.", "Cuota", "Total"]]
            + [[f"IVA {r}%", num(p[0], "de"), num(p[1], "de"), num(p[2], "de")] for r, p in parts.items()],
            [14 * mm, 20 * mm, 20 * mm, 20 * mm],
            f,
            b,
            size=7,
            box=False,
        ),
        Spacer(1, 2 * mm),
        kv(
            [("Entregado", num(paid, "de")), ("Cambio", num(paid - total, "de"))],
            (w - 22 * mm, 22 * mm),
            f,
            b,
            size=7.5,
        ),
        Spacer(1, 3 * mm),
        para("Gracias por su visita", st["c"]),
    ]
    render(path, story, pagesize=(80 * mm, 190 * mm), margin=2 * mm, title="Factura simplificada")
    return Inv(
        "es",
        "es_factura_simplificada_roll",
        inv_no,
        d,
        None,
        total,
        "EUR",
        vendor,
        net,
        vat,
        printed={
            "date": fecha,
            "total": num(total, "de"),
            "subtotal": tuple(num(p[0], "de") for p in parts.values()),
            "tax": tuple(num(p[1], "de") for p in parts.values()),
            "currency": "€",
        },
    )


def us_wholesale(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 8.5)
    vendor = rng.choice(["Gulf Coast Janitorial Supply Co.", "Tri-County Restaurant Supply, Inc."])
    d = rand_date(rng, min_day=13)
    due = next(d + timedelta(days=k) for k in range(30, 50) if (d + timedelta(days=k)).day > 12)
    names = [
        "Trash liners 40-45 gal (250/cs)",
        "Nitrile gloves L (10x100)",
        "Multi-fold towels (16/cs)",
        "Degreaser conc. 4x1 gal",
        "Floor finish 5 gal",
        "Toilet tissue 2-ply (96/cs)",
        "Mop head 24 oz",
        "Hand soap foam 1000 ml (6/cs)",
        "Sanitizer quat 2x2.5 l",
    ]
    rows, net = [], Decimal(0)
    for name in rng.sample(names, 6):
        ordered = rng.randint(2, 30)
        shipped = ordered - (rng.randint(1, ordered - 1) if rng.random() < 0.3 else 0)
        unit = Decimal(rng.randint(900, 12000)) / 100
        amt = q(unit * shipped)
        net += amt
        rows.append(
            [
                f"{rng.randint(10000, 99999)}",
                name,
                str(ordered),
                str(shipped),
                str(ordered - shipped),
                num(unit),
                num(amt),
            ]
        )
    tax = q(net * Decimal("0.0825"))
    freight = q(Decimal(rng.randint(2500, 14000)) / 100)
    total = net + tax + freight
    us = "%m/%d/%Y"
    inv_no = f"{rng.randint(400000, 499999)}"
    info = Table(
        [
            ["Customer No.", "Customer PO", "Ship Via", "Terms", "Salesperson", "Order No."],
            [
                str(rng.randint(1000, 9999)),
                f"{rng.randint(10000, 99999)}",
                "Our truck",
                "2% 10, Net 30",
                "RJ",
                f"SO-{rng.randint(200000, 299999)}",
            ],
        ],
        colWidths=[29 * mm] * 6,
    )
    info.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f, 8),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
            ]
        )
    )
    story = [
        Table(
            [
                [
                    para(
                        f"<b>{vendor}</b><br/>4100 Industrial Blvd, Houston, TX 77023<br/>(713) 555-0142",
                        st["n"],
                    ),
                    kv(
                        [
                            ("INVOICE", ""),
                            ("Invoice No.", inv_no),
                            ("Invoice Date", d.strftime(us)),
                            ("Ship Date", (d - timedelta(days=1)).strftime(us)),
                            ("Due Date", due.strftime(us)),
                        ],
                        (28 * mm, 30 * mm),
                        f,
                        b,
                        align="LEFT",
                    ),
                ]
            ],
            colWidths=[115 * mm, 60 * mm],
        ),
        Spacer(1, 4 * mm),
        Table(
            [
                [
                    para(
                        "<b>Sold To</b><br/>Bayou City Property Mgmt "
                        "LLC<br/>PO Box 22187<br/>Houston, TX 77227",
                        st["n"],
                    ),
                    para(
                        "<b>Ship To</b><br/>Westheimer Office Park, Bldg "
                        "C<br/>6200 Westheimer Rd<br/>Houston, TX 77057",
                        st["n"],
                    ),
                ]
            ],
            colWidths=[87 * mm, 87 * mm],
            style=[("BOX", (0, 0), (0, 0), 0.5, colors.black), ("BOX", (1, 0), (1, 0), 0.5, colors.black)],
        ),
        Spacer(1, 3 * mm),
        info,
        Spacer(1, 3 * mm),
        grid(
            [["Item", "Description", "Ordered", "Shipped", "B/O", "Unit Price", "Extension"], *rows],
            [16 * mm, 62 * mm, 15 * mm, 15 * mm, 12 * mm, 22 * mm, 27 * mm],
            f,
            b,
            size=8,
            right_from=2,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Subtotal", num(net)),
                ("Sales Tax 8.25%", num(tax)),
                ("Freight", num(freight)),
                ("Invoice Total USD", num(total)),
            ],
            (40 * mm, 27 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 4 * mm),
        para(
            f"Take 2% ({num(q(total * Decimal('0.02')))}) if paid "
            "within 10 days. Back-ordered items will ship and be "
            "invoiced separately. Returns require an RMA; 20% restocking fee.",
            st["s"],
        ),
    ]
    render(path, story, pagesize=(215.9 * mm, 279.4 * mm), margin=15 * mm, title="Invoice")
    return Inv(
        "en",
        "us_wholesale_backorder",
        inv_no,
        d,
        due,
        total,
        "USD",
        vendor,
        net,
        tax,
        printed={
            "date": d.strftime(us),
            "due_date": due.strftime(us),
            "total": num(total),
            "subtotal": num(net),
            "tax": num(tax),
            "currency": "USD",
        },
    )
