"""Set F layouts (benchmarks/outside_invoices_f.py): Turkish e-Arşiv style fatura (KDV, TL) and Hungarian
számla (HUF without decimals, 2025. 03. 14.). Both need DejaVuSans."""

from __future__ import annotations

import random
from datetime import timedelta
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
)


def tr_fatura(rng: random.Random, path: Path) -> Inv:
    f, b = fonts(unicode=True)
    st = styles(f, b, 8.5)
    vendor = rng.choice(["Anadolu Ambalaj Sanayi ve Ticaret A.Ş.", "Ege Tekstil Pazarlama Ltd. Şti."])
    d = rand_date(rng)
    due = d + timedelta(days=rng.choice([30, 45, 60]))
    items = lines(
        rng,
        ["Koli 40x30x30", "Streç film 17 mic", "Bant 45 mm", "Palet (EUR)", "Baskılı poşet"],
        4,
        (10, 500),
        (2, 140),
    )
    net = sum(i[3] for i in items)
    kdv = q(net * Decimal("0.20"))
    total = net + kdv
    inv_no = f"AAS{d.year}{rng.randint(1, 99999):09d}"
    tr = "%d.%m.%Y"
    uuid = "-".join(f"{rng.getrandbits(n * 4):0{n}x}" for n in (8, 4, 4, 4, 12))
    story = [
        Table(
            [
                [
                    para(
                        f"<b>{vendor}</b><br/>Organize Sanayi Bölgesi 3. Cad. No: 14<br/>Manisa<br/>"
                        f"Vergi Dairesi: Mesir · VKN: {rng.randint(10**9, 10**10 - 1)}",
                        st["n"],
                    ),
                    para("e-Arşiv FATURA", st["h2"]),
                ]
            ],
            colWidths=[120 * mm, 55 * mm],
        ),
        Spacer(1, 4 * mm),
        kv(
            [
                ("Fatura No:", inv_no),
                ("Fatura Tarihi:", d.strftime(tr)),
                ("Vade Tarihi:", due.strftime(tr)),
                ("Sipariş No:", f"SP-{rng.randint(10000, 99999)}"),
                ("İrsaliye No:", f"IRS{d.year}{rng.randint(10**6, 10**7)}"),
                ("ETTN:", uuid),
            ],
            (30 * mm, 90 * mm),
            f,
            b,
            size=8.5,
            align="LEFT",
        ),
        Spacer(1, 3 * mm),
        para("SAYIN<br/>Marmara Gıda Dağıtım A.Ş.<br/>İkitelli OSB, İstanbul", st["n"]),
        Spacer(1, 4 * mm),
        grid(
            [["Sıra", "Mal Hizmet", "Miktar", "Birim Fiyat", "KDV Oranı", "Mal Hizmet Tutarı"]]
            + [
                [str(k + 1), i[0], f"{i[1]} Adet", f"{num(i[2], 'de')} TL", "%20", f"{num(i[3], 'de')} TL"]
                for k, i in enumerate(items)
            ],
            [12 * mm, 55 * mm, 22 * mm, 28 * mm, 20 * mm, 35 * mm],
            f,
            b,
            size=8,
            right_from=2,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Mal Hizmet Toplam Tutarı", f"{num(net, 'de')} TL"),
                ("Hesaplanan KDV (%20)", f"{num(kdv, 'de')} TL"),
                ("Vergiler Dahil Toplam Tutar", f"{num(total, 'de')} TL"),
                ("Ödenecek Tutar", f"{num(total, 'de')} TL"),
            ],
            (55 * mm, 35 * mm),
            f,
            b,
            size=8.5,
            bold_last=True,
        ),
        Spacer(1, 4 * mm),
        para(
            f"Yalnız: ödeme {due.strftime(tr)} tarihine kadar. IBAN TR33 0006 1005 1978 6457 8413 26", st["s"]
        ),
    ]
    render(path, story, title="Fatura")
    return Inv(
        "tr",
        "tr_e_arsiv_fatura",
        inv_no,
        d,
        due,
        total,
        "TRY",
        vendor,
        net,
        kdv,
        printed={
            "date": d.strftime(tr),
            "due_date": due.strftime(tr),
            "total": num(total, "de"),
            "subtotal": num(net, "de"),
            "tax": num(kdv, "de"),
            "currency": "TL",
        },
    )


def hu_szamla(rng: random.Random, path: Path) -> Inv:
    f, b = fonts(unicode=True)
    st = styles(f, b, 9)
    vendor = rng.choice(["Duna-Kő Építőipari Kft.", "Balaton Nyomda és Kiadó Zrt."])
    d = rand_date(rng)
    due = d + timedelta(days=8)
    items = []
    for name in rng.sample(
        ["Térkő 6 cm (m²)", "Szegélykő", "Homok (t)", "Zúzottkő (t)", "Kiszállítás", "Munkadíj (óra)"], 4
    ):
        n, unit = rng.randint(1, 60), Decimal(rng.randint(8, 900) * 10)
        items.append((name, n, unit, unit * n))
    net = sum(i[3] for i in items)
    vat = q(net * Decimal("0.27"), Decimal(1))
    total = net + vat

    def hu(x):
        return x.strftime("%Y. %m. %d.")

    inv_no = f"DK-{d.year}-{rng.randint(1, 9999):05d}"
    story = [
        para("SZÁMLA", st["h"]),
        Spacer(1, 3 * mm),
        Table(
            [
                [
                    para(
                        f"<b>Eladó</b><br/>{vendor}<br/>2400 Dunaújváros, Ipari "
                        f"park 7.<br/>Adószám: {rng.randint(10**7, 10**8 - 1)}"
                        f"-2-07<br/>Bankszámla: 11773016-{rng.randint(10**7, 10**8 - 1)}",
                        st["n"],
                    ),
                    para(
                        "<b>Vevő</b><br/>Kertvárosi Lakópark Kft.<br/>1161 Budapest, Rákosi út 12.<br/>"
                        f"Adószám: {rng.randint(10**7, 10**8 - 1)}-2-42",
                        st["n"],
                    ),
                ]
            ],
            colWidths=[90 * mm, 85 * mm],
        ),
        Spacer(1, 4 * mm),
        grid(
            [
                [
                    "Számla sorszáma",
                    "Számla kelte",
                    "Teljesítés dátuma",
                    "Fizetési határidő",
                    "Fizetés módja",
                ],
                [inv_no, hu(d), hu(d - timedelta(days=2)), hu(due), "átutalás"],
            ],
            [35 * mm] * 5,
            f,
            b,
            size=8,
            right_from=9,
        ),
        Spacer(1, 4 * mm),
        grid(
            [["Megnevezés", "Menny.", "Nettó egységár", "ÁFA", "Nettó érték"]]
            + [[i[0], str(i[1]), num(i[2], "fr", 0), "27%", num(i[3], "fr", 0)] for i in items],
            [70 * mm, 18 * mm, 30 * mm, 15 * mm, 37 * mm],
            f,
            b,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Nettó összesen", f"{num(net, 'fr', 0)} Ft"),
                ("ÁFA 27%", f"{num(vat, 'fr', 0)} Ft"),
                ("Bruttó összesen", f"{num(total, 'fr', 0)} Ft"),
                ("Fizetendő (HUF)", f"{num(total, 'fr', 0)} Ft"),
            ],
            (45 * mm, 35 * mm),
            f,
            b,
            bold_last=True,
        ),
    ]
    render(path, story, title="Számla")
    return Inv(
        "hu",
        "hu_szamla_huf",
        inv_no,
        d,
        due,
        total,
        "HUF",
        vendor,
        net,
        vat,
        decimals=0,
        printed={
            "date": hu(d),
            "due_date": hu(due),
            "total": num(total, "fr", 0),
            "subtotal": num(net, "fr", 0),
            "tax": num(vat, "fr", 0),
            "currency": "Ft",
        },
    )
