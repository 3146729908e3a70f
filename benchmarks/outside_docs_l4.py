"""Set L word-processor invoices 7-8: Polish faktura VAT whose item table runs onto page 2 (repeated header
row), Hungarian számla (HUF without decimals, per-line ÁFA)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import (
    WRITER,
    Doc,
    Meta,
    dfmt,
    issue_date,
    num,
    pick_lines,
    pick_units,
    qty_str,
    subtotal,
    tax_of,
)
from outside_docx_l import (
    borders,
    cell_edges,
    fill,
    fill_row,
    footer,
    new_doc,
    para,
    repeat_header,
    shade_row,
    tabbed,
    table,
)

PL_BASE = [
    ("Przewód YDY 3x2,5 mm² 450/750V", "m", 3.2, 5.6, 50, 300),
    ("Przewód YDYp 3x1,5 mm² płaski", "m", 2.1, 3.4, 50, 300),
    ("Gniazdo podtynkowe podwójne z uziemieniem", "szt.", 14.0, 22.0, 5, 40),
    ("Łącznik schodowy podtynkowy", "szt.", 9.0, 15.0, 5, 30),
    ("Wyłącznik nadprądowy B16 1P", "szt.", 11.0, 17.0, 6, 36),
    ("Wyłącznik różnicowoprądowy 40A 30mA 4P", "szt.", 95.0, 140.0, 1, 6),
    ("Rozdzielnica natynkowa 24 moduły", "szt.", 85.0, 130.0, 1, 4),
    ("Puszka instalacyjna fi 60 (50 szt.)", "opak.", 24.0, 39.0, 1, 8),
    ("Oprawa LED hermetyczna 36W", "szt.", 48.0, 79.0, 2, 20),
    ("Rura karbowana RKGL 20 mm", "m", 0.9, 1.6, 25, 200),
    ("Listwa zaciskowa 12-torowa", "szt.", 6.0, 11.0, 2, 20),
    ("Ramka pojedyncza", "szt.", 3.5, 7.0, 5, 40),
    ("Ramka podwójna", "szt.", 6.0, 11.0, 5, 30),
]


PL_COLOURS = ("biały", "szary", "czarny", "kremowy", "antracyt", "beżowy")


META_PL = Meta(
    "L07_pl_faktura_2pages",
    "Hurtownia Elektryczna Iskra Sp. z o.o.",
    "PLN",
    "pl-PL",
    "word-faktura-vat-multipage",
    WRITER,
)


def make_pl(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_PL.stem, META_PL.vendor
    issued = issue_date(rng)
    sold = issued - timedelta(days=1)
    due = issued + timedelta(days=14)
    number = f"FV/{rng.randint(100, 480)}/{issued.month:02d}/{issued.year}"
    pool = [(f"{name} {colour}", *rest) for name, *rest in PL_BASE for colour in PL_COLOURS]
    lines = pick_units(rng, pool, 62)
    net = subtotal(lines)
    vat = tax_of(net, "23")
    total = net + vat
    pl = {"group": " ", "point": ","}
    d = new_doc("Arial", 9, margins=1.8)
    head = table(d, 3, [10.4, 7.0])
    fill(head.cell(0, 0), vendor, bold=True, size=15, color="B22222")
    fill(head.cell(1, 0), "ul. Głogowska 214, 60-104 Poznań", size=9)
    fill(head.cell(2, 0), "NIP 779-24-18-553 · tel. 61 555 40 12", size=9)
    for r, (label, value) in enumerate(
        (
            ("Miejsce wystawienia:", "Poznań"),
            ("Data wystawienia:", issued.isoformat()),
            ("Data sprzedaży:", sold.isoformat()),
        )
    ):
        fill(head.cell(r, 1), f"{label} {value}", "r")
    para(d, f"Faktura VAT nr {number}", bold=True, size=14, align="c", before=14, after=10)
    parties = table(d, 5, [8.7, 8.7])
    borders(parties, outer=False, inside_h=False, inside_v=False)
    left = ["Sprzedawca:", vendor, "ul. Głogowska 214", "60-104 Poznań", "NIP: 779-24-18-553"]
    right = [
        "Nabywca:",
        "ELMONT Usługi Elektryczne Piotr Nowak",
        "ul. Polna 8",
        "62-020 Swarzędz",
        f"NIP: 782-{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
    ]
    for r in range(5):
        fill(parties.cell(r, 0), left[r], bold=(r == 0))
        fill(parties.cell(r, 1), right[r], bold=(r == 0))
    para(d, after=8)
    t = table(d, len(lines) + 1, [0.9, 7.0, 1.4, 1.4, 2.3, 2.6, 1.3])
    borders(t, color="777777")
    shade_row(t, 0, "E8E8E8")
    repeat_header(t)
    fill_row(
        t,
        0,
        ["Lp.", "Nazwa towaru lub usługi", "J.m.", "Ilość", "Cena netto", "Wartość netto", "VAT"],
        "clcrrrc",
        bold=True,
        size=8,
    )
    for r, ln in enumerate(lines, start=1):
        fill_row(
            t,
            r,
            [str(r), ln.desc, ln.unit, qty_str(ln.qty), num(ln.price, **pl), num(ln.amount, **pl), "23%"],
            "clcrrrc",
            size=8,
        )
    para(d, after=8)
    s = table(d, 3, [6.0, 2.4, 3.0, 3.0, 3.0])
    borders(s, color="777777")
    shade_row(s, 0, "E8E8E8")
    fill_row(
        s, 0, ["", "Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"], "lcrrr", bold=True, size=8
    )
    fill_row(s, 1, ["", "23%", num(net, **pl), num(vat, **pl), num(total, **pl)], "lcrrr")
    fill_row(s, 2, ["Razem:", "", num(net, **pl), num(vat, **pl), num(total, **pl)], "rcrrr", bold=True)
    para(d, f"Do zapłaty: {num(total, **pl)} PLN", bold=True, size=12, before=10, after=6)
    para(d, "Sposób płatności: przelew")
    para(d, f"Termin płatności: {due.isoformat()}")
    para(
        d,
        f"Numer konta: PL{rng.randint(10, 99)} 1090 1014 0000 0712 {rng.randint(1000, 9999)} 2874",
        after=30,
    )
    sig = table(d, 1, [8.7, 8.7])
    fill(sig.cell(0, 0), "Osoba upoważniona do odbioru", "c", size=8)
    fill(sig.cell(0, 1), "Osoba upoważniona do wystawienia", "c", size=8)
    cell_edges(sig.cell(0, 0), top=True, sz=4)
    cell_edges(sig.cell(0, 1), top=True, sz=4)
    footer(
        d, [f"{vendor} · KRS 0000{rng.randint(100000, 999999)} · Sąd Rejonowy Poznań – Nowe Miasto i Wilda"]
    )
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_PL.key(number, issued, due, total, vat, net)
    printed = {
        "invoice_number": number,
        "date": issued.isoformat(),
        "due_date": due.isoformat(),
        "total": num(total, **pl),
        "tax": num(vat, **pl),
        "subtotal": num(net, **pl),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


HU_ITEMS = [
    ("Irodai forgószék, hálós háttámla", 38000.0, 62000.0),
    ("Íróasztal 160x80 cm, bükk", 54000.0, 89000.0),
    ("Görgős konténer 3 fiókkal", 27000.0, 41000.0),
    ("Tárgyalóasztal 8 fős", 120000.0, 180000.0),
    ("Szerelés és helyszíni összeállítás", 15000.0, 30000.0),
    ("Kiszállítás Budapesten belül", 9000.0, 16000.0),
]


META_HU = Meta("L08_hu_szamla", "Kovács és Társa Kft.", "HUF", "hu-HU", "word-szamla", WRITER, dec=0)


def make_hu(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_HU.stem, META_HU.vendor
    issued = issue_date(rng)
    done = issued - timedelta(days=rng.randint(1, 4))
    due = issued + timedelta(days=15)
    number = f"KT-{issued.year}/{rng.randint(40, 900):04d}"
    lines = pick_lines(rng, HU_ITEMS, 4, qty=(1, 6), step=500.0)
    vats = [tax_of(ln.amount, "27", 0) for ln in lines]
    net = subtotal(lines)
    vat = sum(vats, Decimal(0))
    total = net + vat
    hu = {"group": " ", "point": ",", "dec": 0}
    hd = "{yyyy}.{mm}.{dd}."
    d = new_doc("Arial", 9, margins=1.8)
    para(d, vendor, bold=True, size=18, color="1D5C63")
    para(d, "Irodabútor – tervezés, forgalmazás, szerelés", size=9, color="1D5C63", after=6)
    para(d, "SZÁMLA", bold=True, size=20, align="c", after=2)
    para(d, "Eredeti példány", size=8, align="c", after=10)
    parties = table(d, 5, [8.7, 8.7])
    borders(parties, inside_h=False, color="888888")
    sell = [
        "Eladó",
        vendor,
        "1138 Budapest, Váci út 152.",
        f"Adószám: {rng.randint(10000000, 29999999)}-2-41",
        f"Bankszámla: 11600006-{rng.randint(10000000, 99999999)}",
    ]
    buy = ["Vevő", "Duna Ügyvédi Iroda", "1054 Budapest, Báthory utca 12.", "Adószám: 18265447-2-41", ""]
    for r in range(5):
        fill(parties.cell(r, 0), sell[r], bold=(r <= 1))
        fill(parties.cell(r, 1), buy[r], bold=(r <= 1))
    para(d, after=8)
    info = table(d, 2, [3.6, 3.4, 3.4, 3.6, 3.4])
    borders(info, color="888888")
    shade_row(info, 0, "DDEBEC")
    fill_row(
        info,
        0,
        ["Számla sorszáma", "Teljesítés dátuma", "Kiállítás dátuma", "Fizetési határidő", "Fizetési mód"],
        "ccccc",
        bold=True,
        size=8,
    )
    fill_row(info, 1, [number, dfmt(done, hd), dfmt(issued, hd), dfmt(due, hd), "Átutalás"], "ccccc")
    para(d, "Pénznem: HUF", size=8, before=6, after=4)
    t = table(d, len(lines) + 1, [5.4, 1.3, 1.1, 2.3, 1.2, 2.1, 1.9, 2.1])
    borders(t, color="888888")
    shade_row(t, 0, "DDEBEC")
    fill_row(
        t,
        0,
        [
            "Megnevezés",
            "Menny.",
            "Egys.",
            "Nettó egységár",
            "ÁFA",
            "Nettó érték",
            "ÁFA érték",
            "Bruttó érték",
        ],
        "lrcrcrrr",
        bold=True,
        size=7.5,
    )
    for r, (ln, v) in enumerate(zip(lines, vats, strict=True), start=1):
        fill_row(
            t,
            r,
            [
                ln.desc,
                qty_str(ln.qty),
                "db",
                num(ln.price, **hu),
                "27%",
                num(ln.amount, **hu),
                num(v, **hu),
                num(ln.amount + v, **hu),
            ],
            "lrcrcrrr",
            size=8,
        )
    para(d, after=8)
    for label, value, bold in (
        ("Nettó összesen:", f"{num(net, **hu)} Ft", False),
        ("ÁFA összesen (27%):", f"{num(vat, **hu)} Ft", False),
        ("Bruttó összesen:", f"{num(total, **hu)} Ft", True),
    ):
        tabbed(d, label, value, 17.4, bold=bold, after=2)
    para(d, f"Fizetendő: {num(total, **hu)} Ft", bold=True, size=12, align="r", before=6, after=14)
    para(
        d, "A számla a 2007. évi CXXVII. törvény (Áfa tv.) 169. §-a szerinti adattartalommal készült.", size=8
    )
    footer(d, [f"{vendor} · Cégjegyzékszám: 01-09-{rng.randint(100000, 999999)} · www.kovacstarsa.example"])
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_HU.key(number, issued, due, total, vat, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, hd),
        "due_date": dfmt(due, hd),
        "total": num(total, **hu),
        "tax": num(vat, **hu),
        "subtotal": num(net, **hu),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


MAKERS = [make_pl, make_hu]
