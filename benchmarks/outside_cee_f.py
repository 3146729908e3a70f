"""Set F layouts (benchmarks/outside_invoices_f.py): Czech faktura - daňový doklad (21 % and 12 % DPH,
rounding to whole koruna) and Romanian factură with supplier/buyer boxes (lei, RON). Both need
DejaVuSans."""

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


def cz_faktura(rng: random.Random, path: Path) -> Inv:
    f, b = fonts(unicode=True)
    st = styles(f, b, 8.5)
    vendor = rng.choice(["Vltavská strojírna s.r.o.", "Řemeslné pekařství Novák s.r.o."])
    d = rand_date(rng)
    due = d + timedelta(days=14)
    i21 = lines(rng, ["Servis linky", "Náhradní díly", "Doprava", "Montáž"], 2, (1, 10), (300, 9000))
    i12 = lines(rng, ["Chléb kmínový", "Rohlíky (100 ks)", "Koláče"], 2, (5, 40), (20, 300))
    n21, n12 = sum(i[3] for i in i21), sum(i[3] for i in i12)
    v21, v12 = q(n21 * Decimal("0.21")), q(n12 * Decimal("0.12"))
    exact = n21 + n12 + v21 + v12
    total = q(exact, Decimal(1))
    inv_no = f"{d.year}{rng.randint(10000, 99999):06d}"
    cz = "%d.%m.%Y"
    parties = Table(
        [
            [
                para(
                    f"<b>Dodavatel</b><br/>{vendor}<br/>Průmyslová 1480/12, 370 01 České Budějovice<br/>"
                    f"IČO: {rng.randint(10**7, 10**8 - 1)}<br/>DIČ: CZ{rng.randint(10**7, 10**8 - 1)}",
                    st["n"],
                ),
                para(
                    "<b>Odběratel</b><br/>Hotel Šumava a.s.<br/>Náměstí 4, 384 51 Volary<br/>"
                    f"IČO: {rng.randint(10**7, 10**8 - 1)}",
                    st["n"],
                ),
            ]
        ],
        colWidths=[90 * mm, 85 * mm],
    )
    parties.setStyle(
        TableStyle([("BOX", (0, 0), (0, 0), 0.5, colors.black), ("BOX", (1, 0), (1, 0), 0.5, colors.black)])
    )
    story = [
        para(f"Faktura – daňový doklad č. {inv_no}", st["h2"]),
        Spacer(1, 3 * mm),
        parties,
        Spacer(1, 3 * mm),
        kv(
            [
                ("Datum vystavení:", d.strftime(cz)),
                ("Datum uskutečnění zdanitelného plnění:", (d - timedelta(days=3)).strftime(cz)),
                ("Datum splatnosti:", due.strftime(cz)),
                ("Variabilní symbol:", inv_no),
                ("Konstantní symbol:", "0308"),
                ("Forma úhrady:", "převodem, č. ú. 2801234567/2010"),
            ],
            (68 * mm, 70 * mm),
            f,
            b,
            size=8.5,
            align="LEFT",
        ),
        Spacer(1, 4 * mm),
        grid(
            [["Označení dodávky", "Množství", "Cena/MJ", "DPH", "Bez DPH"]]
            + [
                [i[0], str(i[1]), num(i[2], "fr"), r, num(i[3], "fr")]
                for g, r in ((i21, "21 %"), (i12, "12 %"))
                for i in g
            ],
            [75 * mm, 20 * mm, 25 * mm, 15 * mm, 35 * mm],
            f,
            b,
            size=8.5,
        ),
        Spacer(1, 3 * mm),
        grid(
            [
                ["Sazba", "Základ DPH", "DPH", "Celkem"],
                ["21 %", num(n21, "fr"), num(v21, "fr"), num(n21 + v21, "fr")],
                ["12 %", num(n12, "fr"), num(v12, "fr"), num(n12 + v12, "fr")],
            ],
            [25 * mm, 35 * mm, 35 * mm, 35 * mm],
            f,
            b,
            size=8.5,
        ),
        Spacer(1, 2 * mm),
        kv(
            [("Zaokrouhlení", num(total - exact, "fr")), ("Celkem k úhradě", f"{num(total, 'fr')} Kč")],
            (45 * mm, 35 * mm),
            f,
            b,
            size=10,
            bold_last=True,
        ),
        Spacer(1, 5 * mm),
        para(
            "Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Českých "
            f"Budějovicích, oddíl C, vložka {rng.randint(1000, 30000)}.",
            st["s"],
        ),
    ]
    render(path, story, title="Faktura")
    return Inv(
        "cs",
        "cz_danovy_doklad_rounding",
        inv_no,
        d,
        due,
        total,
        "CZK",
        vendor,
        n21 + n12,
        v21 + v12,
        printed={
            "date": d.strftime(cz),
            "due_date": due.strftime(cz),
            "total": num(total, "fr"),
            "subtotal": (num(n21, "fr"), num(n12, "fr")),
            "tax": (num(v21, "fr"), num(v12, "fr")),
            "currency": "Kč",
        },
    )


def ro_factura(rng: random.Random, path: Path) -> Inv:
    f, b = fonts(unicode=True)
    st = styles(f, b, 8.5)
    vendor = rng.choice(["Someș Transport și Logistică S.R.L.", "Carpați Mobilier Tehnic S.A."])
    d = rand_date(rng)
    due = d + timedelta(days=30)
    items = lines(
        rng,
        [
            "Transport marfă Cluj - Arad",
            "Manipulare paleți",
            "Depozitare (zile-palet)",
            "Taxă de drum",
            "Asigurare marfă",
        ],
        3,
        (1, 40),
        (15, 2500),
    )
    net = sum(i[3] for i in items)
    vat = q(net * Decimal("0.19"))
    total = net + vat
    inv_no = f"CJX-{rng.randint(1000, 99999):06d}"
    ro = "%d.%m.%Y"

    def party(title: str, name: str, city: str) -> object:
        return para(
            f"<b>{title}</b><br/>{name}<br/>Nr. Reg. Com.: J{rng.randint(10, 40)}/{rng.randint(100, 9999)}/"
            f"{rng.randint(2005, 2020)}<br/>CIF: RO{rng.randint(10**6, 10**8)}<br/>{city}",
            st["n"],
        )

    boxes = Table(
        [
            [
                party("Furnizor", vendor, "Str. Fabricii 22, Cluj-Napoca"),
                para(
                    f"<b>FACTURĂ</b><br/>Nr. {inv_no}<br/>Data emiterii: {d.strftime(ro)}<br/>"
                    f"Data scadenței: {due.strftime(ro)}<br/>Cota TVA: 19%",
                    st["c"],
                ),
                party("Cumpărător", "Vestic Agro Distribuție S.R.L.", "Calea Aurel Vlaicu 10, Arad"),
            ]
        ],
        colWidths=[65 * mm, 45 * mm, 65 * mm],
    )
    boxes.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.6, colors.black),
                ("BOX", (2, 0), (2, 0), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        boxes,
        Spacer(1, 5 * mm),
        grid(
            [
                [
                    "Nr.",
                    "Denumirea serviciilor",
                    "U.M.",
                    "Cant.",
                    "Preț unitar lei",
                    "Valoarea lei",
                    "Valoarea TVA lei",
                ]
            ]
            + [
                [
                    str(k + 1),
                    i[0],
                    "buc",
                    str(i[1]),
                    num(i[2], "de"),
                    num(i[3], "de"),
                    num(q(i[3] * Decimal("0.19")), "de"),
                ]
                for k, i in enumerate(items)
            ],
            [9 * mm, 58 * mm, 11 * mm, 13 * mm, 30 * mm, 27 * mm, 27 * mm],
            f,
            b,
            size=7.5,
            right_from=3,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Total fără TVA", f"{num(net, 'de')} lei"),
                ("TVA 19%", f"{num(vat, 'de')} lei"),
                ("Total de plată (RON)", f"{num(total, 'de')} lei"),
            ],
            (50 * mm, 35 * mm),
            f,
            b,
            size=9,
            bold_last=True,
        ),
        Spacer(1, 6 * mm),
        para(
            "Cont IBAN RO49 AAAA 1B31 0075 9384 0000 · Aviz de "
            f"însoțire nr. {rng.randint(1000, 9999)} · Comandă "
            f"nr. {rng.randint(100, 999)} din {(d - timedelta(days=9)).strftime(ro)}",
            st["s"],
        ),
    ]
    render(path, story, title="Factura")
    # the per-line VAT column may not add up to the VAT on the total, as on many real Romanian invoices
    return Inv(
        "ro",
        "ro_factura_boxes",
        inv_no,
        d,
        due,
        total,
        "RON",
        vendor,
        net,
        vat,
        printed={
            "date": d.strftime(ro),
            "due_date": due.strftime(ro),
            "total": num(total, "de"),
            "subtotal": num(net, "de"),
            "tax": num(vat, "de"),
            "currency": "RON",
        },
    )
