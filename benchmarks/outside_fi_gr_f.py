"""Set F layouts (benchmarks/outside_invoices_f.py): Finnish lasku with a bank transfer form (ALV 25,5 %,
viitenumero) and Greek τιμολόγιο παροχής υπηρεσιών (ΦΠΑ 24 %, needs DejaVuSans)."""

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
    para,
    q,
    rand_date,
    render,
    styles,
)


def fi_lasku(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Saimaan Sähkö ja Valaistus Oy", "Pohjolan Kahvipaahtimo Oy"])
    d = rand_date(rng)
    due = d + timedelta(days=14)
    items = lines(
        rng,
        ["Asennustyö (h)", "Valaisin LED 40 W", "Kaapeli MMJ 3x2,5 (m)", "Kytkin", "Matkakulut"],
        4,
        (1, 30),
        (4, 180),
    )
    net = sum(i[3] for i in items)
    vat = q(net * Decimal("0.255"))
    total = net + vat
    inv_no = str(rng.randint(1000, 9999))
    ref = f"{inv_no}{rng.randint(10, 99)}"

    def fi(x):
        return f"{x.day}.{x.month}.{x.year}"

    giro = Table(
        [
            ["Saajan tilinumero", "FI21 1234 5600 0007 85", "Viitenumero", ref],
            ["Saaja", vendor, "Eräpäivä", fi(due)],
            ["Maksaja", "As Oy Kuopion Satama", "Euro", num(total, "fr")],
        ],
        colWidths=[32 * mm, 70 * mm, 25 * mm, 45 * mm],
    )
    giro.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f, 8),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("FONT", (3, 0), (3, -1), b, 10),
            ]
        )
    )
    story = [
        Table(
            [
                [
                    para(
                        f"<b>{vendor}</b><br/>Satamakatu 4, 57100 Savonlinna<br/>"
                        f"Y-tunnus {rng.randint(10**6, 10**7 - 1)}-"
                        f"{rng.randint(1, 9)}",
                        st["n"],
                    ),
                    kv(
                        [
                            ("LASKU", ""),
                            ("Laskun numero", inv_no),
                            ("Laskun päiväys", fi(d)),
                            ("Asiakasnumero", str(rng.randint(100, 999))),
                            ("Maksuehto", "14 pv netto"),
                            ("Viitteenne", "Hissikuilun valaistus"),
                        ],
                        (30 * mm, 40 * mm),
                        f,
                        b,
                        align="LEFT",
                    ),
                ]
            ],
            colWidths=[100 * mm, 75 * mm],
        ),
        Spacer(1, 10 * mm),
        grid(
            [["Tuote", "Määrä", "À-hinta", "Alv %", "Veroton"]]
            + [[i[0], str(i[1]), num(i[2], "fr"), "25,5", num(i[3], "fr")] for i in items],
            [75 * mm, 18 * mm, 25 * mm, 18 * mm, 34 * mm],
            f,
            b,
            box=False,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Veroton yhteensä", num(net, "fr")),
                ("ALV 25,5 %", num(vat, "fr")),
                ("Yhteensä EUR", num(total, "fr")),
            ],
            (45 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 4 * mm),
        para("Viivästyskorko 11,5 %. Huomautukset 7 päivän kuluessa.", st["s"]),
        Spacer(1, 40 * mm),
        para("TILISIIRTO / GIRERING", st["b"]),
        giro,
    ]
    render(path, story, title="Lasku")
    return Inv(
        "fi",
        "fi_lasku_giro_form",
        inv_no,
        d,
        due,
        total,
        "EUR",
        vendor,
        net,
        vat,
        printed={
            "date": fi(d),
            "due_date": fi(due),
            "total": num(total, "fr"),
            "subtotal": num(net, "fr"),
            "tax": num(vat, "fr"),
            "currency": "EUR",
        },
    )


def gr_timologio(rng: random.Random, path: Path) -> Inv:
    f, b = fonts(unicode=True)
    st = styles(f, b, 9)
    vendor = rng.choice(["ΑΦΟΙ ΠΑΠΑΔΟΠΟΥΛΟΙ Ο.Ε.", "ΤΕΧΝΙΚΗ ΑΙΓΑΙΟΥ Μ.Ι.Κ.Ε."])
    d = rand_date(rng)
    due = d + timedelta(days=30)
    items = lines(
        rng,
        [
            "Συντήρηση κλιματιστικών",
            "Ανταλλακτικά",
            "Εργασία τεχνικού (ώρες)",
            "Μεταφορικά",
            "Υλικά εγκατάστασης",
        ],
        3,
        (1, 8),
        (20, 600),
    )
    net = sum(i[3] for i in items)
    vat = q(net * Decimal("0.24"))
    total = net + vat
    inv_no = f"{rng.randint(1000, 9999):06d}"
    gr = "%d/%m/%Y"
    written = f"{d.day} {month(d, 'el')} {d.year}"
    story = [
        para(vendor, st["h2"]),
        para(
            f"Λεωφ. Συγγρού 140, 17671 Καλλιθέα · Α.Φ.Μ. {rng.randint(10**8, 10**9 - 1)} · Δ.Ο.Υ. Καλλιθέας",
            st["s"],
        ),
        Spacer(1, 6 * mm),
        para("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", st["h2"]),
        kv(
            [
                ("Αριθμός:", inv_no),
                ("Ημερομηνία:", d.strftime(gr)),
                ("Πελάτης:", "ΞΕΝΟΔΟΧΕΙΑ ΡΟΔΟΥ Α.Ε."),
                ("Α.Φ.Μ. πελάτη:", str(rng.randint(10**8, 10**9 - 1))),
                ("Τρόπος πληρωμής:", f"Επί πιστώσει, λήξη {due.strftime(gr)}"),
            ],
            (35 * mm, 90 * mm),
            f,
            b,
            align="LEFT",
        ),
        Spacer(1, 4 * mm),
        grid(
            [["Περιγραφή", "Ποσότητα", "Τιμή μονάδας", "ΦΠΑ %", "Αξία"]]
            + [[i[0], str(i[1]), num(i[2], "de"), "24", num(i[3], "de")] for i in items],
            [75 * mm, 20 * mm, 28 * mm, 15 * mm, 32 * mm],
            f,
            b,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Καθαρή αξία", f"{num(net, 'de')} €"),
                ("ΦΠΑ 24%", f"{num(vat, 'de')} €"),
                ("Πληρωτέο ποσό", f"{num(total, 'de')} €"),
            ],
            (45 * mm, 32 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 5 * mm),
        para(
            f"Αθήνα, {written}. ΜΑΡΚ {rng.randint(4 * 10**14, 5 * 10**14)} "
            f"· UID {rng.randint(10**9, 10**10)}",
            st["s"],
        ),
    ]
    render(path, story, title="Τιμολόγιο")
    return Inv(
        "el",
        "gr_timologio",
        inv_no,
        d,
        due,
        total,
        "EUR",
        vendor,
        net,
        vat,
        printed={
            "date": d.strftime(gr),
            "due_date": due.strftime(gr),
            "total": num(total, "de"),
            "subtotal": num(net, "de"),
            "tax": num(vat, "de"),
            "currency": "€",
        },
    )
