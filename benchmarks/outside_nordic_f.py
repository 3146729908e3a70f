"""Set F layouts (benchmarks/outside_invoices_f.py): Danish faktura with labels above values in boxes and
Norwegian faktura (15 % and 25 % MVA, KID) with a diagonal 'KOPI' watermark."""

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
    watermark,
)


def _boxes(pairs: list[tuple[str, str]], width: float, f: str, b: str) -> Table:
    """Form-like boxes: a small label on top of each value, one box per column."""
    t = Table([[p[0] for p in pairs], [p[1] for p in pairs]], colWidths=[width / len(pairs)] * len(pairs))
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), f, 6.5),
                ("FONT", (0, 1), (-1, 1), b, 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#555555")),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0, colors.white),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.black),
                ("TOPPADDING", (0, 1), (-1, 1), 1),
            ]
        )
    )
    return t


def dk_faktura(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Kobberholm Trælast ApS", "Nørrebro Kaffebrænderi A/S"])
    d = rand_date(rng, min_day=13)
    due = d + timedelta(days=8)
    items = lines(
        rng,
        [
            "Espresso blend 1 kg",
            "Filterkaffe 500 g",
            "Kaffefiltre 100 stk.",
            "Chai sirup",
            "Mælkekande 0,6 l",
            "Service af espressomaskine",
        ],
        4,
        (1, 20),
        (40, 950),
    )
    net = sum(i[3] for i in items)
    moms = q(net * Decimal("0.25"))
    total = net + moms
    inv_no = str(rng.randint(10000, 99999))
    dk = "%d-%m-%Y"
    w = 174 * mm
    story = [
        Table(
            [
                [
                    para(
                        f"<b>{vendor}</b><br/>Jægersborggade 9, 2200 "
                        f"København N<br/>CVR-nr. {rng.randint(10**7, 10**8)}",
                        st["n"],
                    ),
                    para("FAKTURA", st["h"]),
                ]
            ],
            colWidths=[120 * mm, 54 * mm],
        ),
        Spacer(1, 6 * mm),
        _boxes(
            [
                ("Fakturanr.", inv_no),
                ("Fakturadato", d.strftime(dk)),
                ("Kundenr.", str(rng.randint(100, 9999))),
                ("Ordrenr.", str(rng.randint(50000, 59999))),
                ("Forfaldsdato", due.strftime(dk)),
            ],
            w,
            f,
            b,
        ),
        Spacer(1, 2 * mm),
        _boxes(
            [
                ("Faktureres til", "Café Søpavillonen"),
                ("Leveringsadresse", "Gyldenløvesgade 24, 1600 Kbh V"),
                ("Leveringsdato", (d - timedelta(days=1)).strftime(dk)),
            ],
            w,
            f,
            b,
        ),
        Spacer(1, 5 * mm),
        grid(
            [["Varenr.", "Beskrivelse", "Antal", "Enhedspris", "Beløb"]]
            + [
                [str(rng.randint(1000, 9999)), i[0], str(i[1]), num(i[2], "de"), num(i[3], "de")]
                for i in items
            ],
            [20 * mm, 80 * mm, 18 * mm, 28 * mm, 28 * mm],
            f,
            b,
            right_from=2,
        ),
        Spacer(1, 4 * mm),
        _boxes(
            [
                ("Subtotal ekskl. moms", num(net, "de")),
                ("Moms 25 %", num(moms, "de")),
                ("Valuta", "DKK"),
                ("I alt", num(total, "de")),
            ],
            w,
            f,
            b,
        ),
        Spacer(1, 5 * mm),
        para(
            f"Betalingsbetingelser: Netto 8 dage. Indbetalingskort +71&lt; {rng.randint(10**14, 10**15 - 1)} "
            f"+{rng.randint(10**7, 10**8 - 1)}&lt; · Reg.nr. 5301 Kontonr. 0244 1873 12",
            st["s"],
        ),
    ]
    render(path, story, title="Faktura")
    return Inv(
        "da",
        "dk_form_boxes",
        inv_no,
        d,
        due,
        total,
        "DKK",
        vendor,
        net,
        moms,
        printed={
            "date": d.strftime(dk),
            "due_date": due.strftime(dk),
            "total": num(total, "de"),
            "subtotal": num(net, "de"),
            "tax": num(moms, "de"),
            "currency": "DKK",
        },
    )


def no_faktura(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Fjordkjøkken Engros AS", "Vestland Storhusholdning AS"])
    d = rand_date(rng)
    due = d + timedelta(days=14)
    food = lines(
        rng,
        ["Laks filet 5 kg", "Brunost 1 kg", "Flatbrød", "Rømme 10 l", "Poteter 25 kg"],
        3,
        (1, 12),
        (45, 640),
    )
    other = lines(rng, ["Engangshansker", "Tørkepapir", "Oppvaskmiddel 5 l", "Frakt"], 2, (1, 6), (60, 420))
    n15, n25 = sum(i[3] for i in food), sum(i[3] for i in other)
    v15, v25 = q(n15 * Decimal("0.15")), q(n25 * Decimal("0.25"))
    net, vat, total = n15 + n25, v15 + v25, n15 + n25 + v15 + v25
    inv_no = str(rng.randint(20000, 29999))
    no = "%d.%m.%Y"
    rows = [
        [i[0], str(i[1]), num(i[2], "fr"), rate, num(i[3], "fr")]
        for group, rate in ((food, "15 %"), (other, "25 %"))
        for i in group
    ]
    story = [
        para(vendor, st["h"]),
        para(
            f"Org.nr. {rng.randint(900, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
            "MVA · Sandviksbodene 66, 5035 Bergen",
            st["s"],
        ),
        Spacer(1, 8 * mm),
        Table(
            [
                [
                    para("Restaurant Bryggen Stue AS<br/>Bryggen 11<br/>5003 Bergen", st["n"]),
                    kv(
                        [
                            ("FAKTURA", ""),
                            ("Fakturanr.", inv_no),
                            ("Fakturadato", d.strftime(no)),
                            ("Forfallsdato", due.strftime(no)),
                            ("Kundenr.", str(rng.randint(1000, 9999))),
                            ("KID", f"{rng.randint(10**12, 10**13 - 1)}"),
                        ],
                        (28 * mm, 40 * mm),
                        f,
                        b,
                        align="LEFT",
                    ),
                ]
            ],
            colWidths=[105 * mm, 70 * mm],
        ),
        Spacer(1, 6 * mm),
        grid(
            [["Beskrivelse", "Antall", "Pris", "MVA", "Beløp"], *rows],
            [80 * mm, 18 * mm, 27 * mm, 18 * mm, 30 * mm],
            f,
            b,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Sum eks. mva", num(net, "fr")),
                ("MVA 15 %", num(v15, "fr")),
                ("MVA 25 %", num(v25, "fr")),
                ("Å betale NOK", num(total, "fr")),
            ],
            (55 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 6 * mm),
        para(
            f"Betales til konto 1503.42.17788 innen {due.strftime(no)}. Husk KID ved betaling. "
            "Ved for sen betaling beregnes forsinkelsesrente.",
            st["s"],
        ),
    ]
    render(path, story, on_page=watermark("KOPI", b), title="Faktura")
    return Inv(
        "nb",
        "no_watermark_kopi",
        inv_no,
        d,
        due,
        total,
        "NOK",
        vendor,
        net,
        vat,
        printed={
            "date": d.strftime(no),
            "due_date": due.strftime(no),
            "total": num(total, "fr"),
            "subtotal": num(net, "fr"),
            "tax": (num(v15, "fr"), num(v25, "fr")),
            "currency": "NOK",
        },
    )
