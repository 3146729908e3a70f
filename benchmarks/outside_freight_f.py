"""Set F layouts (benchmarks/outside_invoices_f.py): landscape freight-forwarder invoice (AWB numbers, EUR
amounts converted to USD, VAT only on local charges) and German Handwerker Schlussrechnung with an
Abschlagszahlung deducted."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
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


def freight(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 8)
    vendor = rng.choice(["Bluewater Freight Forwarding B.V.", "Scheldt Air & Ocean Logistics B.V."])
    d = rand_date(rng)
    due = d + timedelta(days=30)
    roe = Decimal("0.9234")
    charges = [
        ("AFR", "Air freight AMS-ORD", "0"),
        ("FSC", "Fuel surcharge", "0"),
        ("SSC", "Security surcharge", "0"),
        ("PUP", "Pick-up Tilburg", "0"),
        ("XRY", "X-ray screening", "0"),
        ("AWB", "AWB fee", "0"),
        ("EXC", "Export customs declaration", "21"),
        ("DOC", "Documentation fee", "21"),
        ("THC", "Terminal handling origin", "0"),
        ("ISS", "Insurance premium", "0"),
    ]
    rows, net, vat = [], Decimal(0), Decimal(0)
    for code, desc, rate in charges:
        eur = q(Decimal(rng.randint(2500, 240000)) / 100)
        usd = q(eur / roe)
        net += usd
        vat += q(usd * Decimal(rate) / 100)
        rows.append([code, desc, "EUR", num(eur), str(roe), num(usd), f"{rate}%"])
    total = net + vat
    fmt = "%d-%b-%Y"
    dd, ddue = d.strftime(fmt).upper(), due.strftime(fmt).upper()
    inv_no = f"NLAMS{d.year % 100}{rng.randint(100000, 999999)}"
    ship = [
        ("MAWB", f"176-{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"),
        ("HAWB", f"BWF{rng.randint(10**6, 10**7)}"),
        ("Flight", f"EK 9{rng.randint(100, 999)} / {(d - timedelta(days=9)).strftime(fmt).upper()}"),
        ("Pieces / Gross kg", f"{rng.randint(2, 40)} / {rng.randint(80, 2400)}"),
        ("Incoterms", "FCA Tilburg"),
        ("Customer ref. (PO)", f"PO-{rng.randint(450000, 459999)}"),
    ]
    head = Table(
        [
            [
                kv(ship, (35 * mm, 60 * mm), f, b, size=8, align="LEFT"),
                kv(
                    [
                        ("FREIGHT INVOICE", ""),
                        ("Invoice no.", inv_no),
                        ("Invoice date", dd),
                        ("Due date", ddue),
                        ("Account", f"C{rng.randint(10000, 99999)}"),
                        ("Currency", "USD"),
                    ],
                    (35 * mm, 45 * mm),
                    f,
                    b,
                    size=9,
                    align="LEFT",
                ),
            ]
        ],
        colWidths=[150 * mm, 110 * mm],
    )
    story = [
        para(vendor, st["h"]),
        para(
            "Luchthavenweg 81, 5657 EA Eindhoven · VAT NL8612.44.901.B01 · IBAN NL42 RABO 0312 4471 09",
            st["s"],
        ),
        Spacer(1, 4 * mm),
        head,
        Spacer(1, 4 * mm),
        grid(
            [["Code", "Description", "Cur.", "Orig. amount", "ROE", "Amount USD", "VAT"], *rows],
            [18 * mm, 80 * mm, 15 * mm, 30 * mm, 20 * mm, 32 * mm, 15 * mm],
            f,
            b,
            size=8,
            right_from=3,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Total excl. VAT", f"USD {num(net)}"),
                ("VAT 21% on local charges", f"USD {num(vat)}"),
                ("Invoice total", f"USD {num(total)}"),
            ],
            (60 * mm, 35 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 3 * mm),
        para(
            f"Equivalent in EUR at ROE {roe}: EUR {num(q(total * roe))} - for information only. VAT 0%: "
            "international transport, art. 146 Directive 2006/112/EC. All business is transacted under FENEX "
            "conditions.",
            st["s"],
        ),
    ]
    render(path, story, pagesize=landscape(A4), margin=12 * mm, title="Freight invoice")
    return Inv(
        "en",
        "freight_forwarder_landscape",
        inv_no,
        d,
        due,
        total,
        "USD",
        vendor,
        net,
        vat,
        printed={
            "date": dd,
            "due_date": ddue,
            "total": num(total),
            "subtotal": num(net),
            "tax": num(vat),
            "currency": "USD",
        },
    )


def de_handwerker(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(
        ["Elektro Hofmann GmbH", "Malerbetrieb Schulte & Söhne GmbH", "Sanitär Krämer GmbH & Co. KG"]
    )
    d = rand_date(rng)
    due = d + timedelta(days=14)
    items = lines(
        rng,
        [
            "Unterverteilung montiert",
            "Kabel NYM-J 5x2,5 verlegt",
            "Steckdosen UP setzen",
            "Schlitze stemmen und verputzen",
            "Leuchten montieren",
            "Prüfprotokoll E-Check",
            "Monteurstunden",
            "Helferstunden",
            "Anfahrtspauschale",
        ],
        6,
        (1, 24),
        (18, 420),
    )
    net = sum(i[3] for i in items)
    vat = q(net * Decimal("0.19"))
    total = net + vat
    abschlag = q(total * Decimal(rng.choice([30, 40, 50])) / 100, Decimal(1))
    labour = q(net * Decimal("0.45"))

    def de(x):
        return x.strftime("%d.%m.%Y")

    inv_no = f"{d.year}-{rng.randint(100, 999):04d}"
    info = kv(
        [
            ("Rechnungs-Nr.", inv_no),
            ("Kunden-Nr.", str(rng.randint(10000, 19999))),
            ("Datum", de(d)),
            ("Auftrag vom", de(d - timedelta(days=60))),
            ("Angebot", f"A-{rng.randint(1000, 9999)}"),
        ],
        (28 * mm, 35 * mm),
        f,
        b,
        align="LEFT",
    )
    addr = para(
        f"<font size=6>{vendor} · Gewerbering 12 · 34117 Kassel</font><br/>Herrn<br/>Thomas Weidner"
        "<br/>Am Lindenhof 4<br/>34128 Kassel",
        st["n"],
    )
    rows = [
        [
            str(n + 1),
            str(i[1]),
            "Std." if "stunden" in i[0] else "Stk.",
            i[0],
            num(i[2], "de"),
            num(i[3], "de"),
        ]
        for n, i in enumerate(items)
    ]
    story = [
        Table([[addr, info]], colWidths=[105 * mm, 70 * mm]),
        Spacer(1, 10 * mm),
        para(f"Schlussrechnung {inv_no}", st["h2"]),
        para(
            f"Bauvorhaben: Am Lindenhof 4, Kassel · Leistungszeitraum {de(d - timedelta(days=40))} bis "
            f"{de(d - timedelta(days=5))}",
            st["n"],
        ),
        Spacer(1, 4 * mm),
        grid(
            [["Pos.", "Menge", "Einh.", "Bezeichnung", "EP €", "GP €"], *rows],
            [10 * mm, 14 * mm, 12 * mm, 89 * mm, 22 * mm, 25 * mm],
            f,
            b,
            right_from=4,
            box=False,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Summe netto", f"{num(net, 'de')} €"),
                ("zzgl. 19 % USt.", f"{num(vat, 'de')} €"),
                ("Gesamtbetrag brutto", f"{num(total, 'de')} €"),
            ],
            (60 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        kv(
            [
                (
                    f"abzüglich Abschlagszahlung Nr. 1 vom {de(d - timedelta(days=30))}",
                    f"-{num(abschlag, 'de')} €",
                ),
                ("Verbleibender Zahlbetrag", f"{num(total - abschlag, 'de')} €"),
            ],
            (90 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 5 * mm),
        para(
            f"Zahlbar bis {de(due)} ohne Abzug. Enthaltene "
            f"Arbeitskosten gem. § 35a EStG: {num(labour, 'de')} €. "
            "Steuernummer 026 234 51207 · IBAN DE12 5205 0353 0001 2345 67 · Kasseler Sparkasse",
            st["s"],
        ),
    ]
    render(path, story, margin=20 * mm, title="Rechnung")
    return Inv(
        "de",
        "de_handwerker_abschlag",
        inv_no,
        d,
        due,
        total,
        "EUR",
        vendor,
        net,
        vat,
        printed={
            "date": de(d),
            "due_date": de(due),
            "total": num(total, "de"),
            "subtotal": num(net, "de"),
            "tax": num(vat, "de"),
            "currency": "€",
        },
    )
