"""Set E, invoices drawn with fpdf2: US small-business invoice (core Helvetica, sales tax, balance due),
multi-page Swiss ERP invoice (CHF, carried-forward page totals), Belgian factuur (totals strip)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, r2, street, tax_by_rate
from outside_pdf_e import Pdf


def quickbooks_us(rng: random.Random) -> Doc:
    d = Doc("quickbooks_us", "fpdf2", "en")
    vendor = rng.choice(
        [
            "Cedar & Pine Woodworks LLC",
            "Brightside Cleaning Co.",
            "Mesa Verde Irrigation, Inc.",
            "Harbor Light Photography LLC",
        ]
    )
    issued = issue_date(rng)
    no = str(rng.randint(1001, 1999))
    terms = rng.choice([15, 30])
    due = issued + timedelta(days=terms)
    pool = [
        "Custom bookshelf",
        "Deep clean - 3 bed home",
        "Drip line repair",
        "Event photography (hr)",
        "Materials",
        "Sprinkler head replacement",
        "Window cleaning",
        "Photo retouching",
        "Delivery",
        "Walnut finish upgrade",
    ]
    items = make_items(rng, pool, rng.randint(2, 6), 20, 950, None, True, 6)
    taxable = [it for it in items if rng.random() < 0.7] or items[:1]
    rate = rng.choice([Decimal("7.25"), Decimal("8.25"), Decimal("6.5")])
    sub = sum(it.amount for it in items)
    tax = r2(sum(it.amount for it in taxable) * rate / 100)
    total = sub + tax
    paid = r2(total * Decimal(rng.choice([0, 0, 50])) / 100)
    m = lambda v: num(v)  # noqa: E731
    p = Pdf("helvetica", 9)
    p.at(18, 15, d.k("vendor_name", vendor), 12, True)
    p.block(18, 21, [*street(rng, "us"), f"{vendor.split()[0].lower()}@example.com"], 8.5)
    p.set_text_color(44, 160, 28)
    p.at(18, 40, "INVOICE", 22)
    p.set_text_color(0, 0, 0)
    p.block(
        18,
        54,
        [
            "BILL TO",
            rng.choice(["Jordan Ellis", "Riverbend Apartments", "Kim & Alex Foster"]),
            *street(rng, "us"),
        ],
        8.5,
        4.3,
        True,
    )
    p.block(75, 54, ["SHIP TO", "Same as billing"], 8.5, 4.3, True)
    meta = [
        ("INVOICE #", d.k("invoice_number", no)),
        ("DATE", d.k("date", fdate(issued, "MM/DD/YYYY"))),
        ("DUE DATE", d.k("due_date", fdate(due, "MM/DD/YYYY"))),
        ("TERMS", f"Net {terms}"),
    ]
    for i, (a, b) in enumerate(meta):
        p.row(130, 54 + i * 4.5, [(30, a, "R"), (32, b, "R")], 4.5, i == 0)
    p.row(18, 76, [(40, "P.O. NUMBER", "L"), (40, "SALES REP", "L")], 5, True, size=7.5)
    p.row(
        18,
        81,
        [(40, str(rng.randint(4000, 4999)), "L"), (40, rng.choice(["JM", "KT", "AR"]), "L")],
        5,
        size=8.5,
    )
    cols = [
        (22, "DATE", "L"),
        (46, "ACTIVITY", "L"),
        (14, "TAX", "C"),
        (16, "QTY", "R"),
        (26, "RATE", "R"),
        (50, "AMOUNT", "R"),
    ]
    y = p.row(18, 92, cols, 6.5, True, (220, 238, 215), size=8)
    for it in items:
        y = p.row(
            18,
            y,
            [
                (22, fdate(issued, "MM/DD/YYYY"), "L"),
                (46, it.desc, "L"),
                (14, "T" if it in taxable else "", "C"),
                (16, str(it.qty), "R"),
                (26, m(it.unit), "R"),
                (50, m(it.amount), "R"),
            ],
            6.5,
        )
    p.set_draw_color(180, 180, 180)
    p.line(18, y + 2, 192, y + 2)
    rows = [
        ("SUBTOTAL", d.k("subtotal", m(sub))),
        (f"TAX ({rate}%)", d.k("tax", m(tax))),
        ("TOTAL", d.k("total", m(total))),
    ]
    if paid:
        rows.append(("PAYMENT", f"-{m(paid)}"))
    y += 5
    for a, b in rows:
        y = p.row(112, y, [(50, a, "R"), (30, b, "R")], 5.5)
    p.set_draw_color(0, 0, 0)
    p.rect(112, y + 3, 80, 12)
    p.row(
        112,
        y + 5,
        [(40, "BALANCE DUE", "R"), (40, f"{d.k('currency', 'USD')} ${m(total - paid)}", "R")],
        8,
        True,
        size=12,
    )
    p.set_font("helvetica", "", 8)
    p.set_xy(18, y + 24)
    p.multi_cell(174, 4, "Thank you for your business. Pay online or mail a check to the address above.")
    d.key = key_of(no, issued, due, total, "USD", vendor, sub, tax)
    d.pdf = p
    return d


def sap_ch(rng: random.Random) -> Doc:
    d = Doc("sap_ch", "fpdf2", "de")
    vendor = rng.choice(["Alpensee Maschinenbau AG", "Rheintal Präzisionstechnik AG", "Jura Hydraulik GmbH"])
    issued = issue_date(rng)
    no = str(rng.randint(90000000, 90999999))
    due = issued + timedelta(days=30)
    parts = [
        "Dichtungssatz",
        "Kugellager 6204-2RS",
        "Hydraulikschlauch DN10",
        "Zylinderschraube M8x30",
        "Sensor induktiv",
        "Filterelement 10 µm",
        "Kupplung elastisch",
        "Antriebsriemen",
        "Spannhülse",
        "Servicepauschale",
        "Schmierfett 400 g",
        "Druckventil",
        "Führungsschiene 500 mm",
        "Linearlager",
        "Steckverbinder M12",
        "Zahnrad Z32",
        "Montagestunde Techniker",
        "Anfahrtspauschale",
        "Ölwechsel Hydraulik",
        "O-Ring 20x2",
    ]
    items = make_items(rng, parts, rng.randint(46, 56), 4, 900, [Decimal("8.1")], True, 20)
    net = sum(it.amount for it in items)
    vat = r2(net * Decimal("8.1") / 100)
    total = net + vat
    m = lambda v: num(v, "'", ".")  # noqa: E731
    p = Pdf("lnarrow", 9)
    uid = f"CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    p.foot = f"{vendor} · MWST-Nr. {uid} MWST · Seite {{page}}"
    p.at(18, 13, d.k("vendor_name", vendor), 13, True)
    p.at(
        18,
        19,
        f"{rng.choice(['Industriestrasse', 'Werkstrasse'])} {rng.randint(1, 80)} · "
        f"{rng.randint(1000, 9699)} {rng.choice(['Thun', 'Aarau', 'Chur'])}",
        8.5,
    )
    p.block(
        18,
        42,
        [
            rng.choice(["Holzbau Gerber AG", "Käserei Moser GmbH", "Bergbahnen Flims AG"]),
            "Kreditoren",
            f"Postfach {rng.randint(100, 999)}",
            f"{rng.randint(1000, 9699)} {rng.choice(['Bern', 'Sion'])}",
        ],
        9.5,
        4.6,
    )
    meta = [
        ("Rechnung", ""),
        ("Belegnummer", d.k("invoice_number", no)),
        ("Belegdatum", d.k("date", fdate(issued, "DD.MM.YYYY"))),
        ("Kundennummer", str(rng.randint(100000, 199999))),
        ("Ihre Bestellung", f"4500{rng.randint(100000, 999999)}"),
        ("Lieferschein", f"80{rng.randint(100000, 999999)}"),
        ("Währung", d.k("currency", "CHF")),
    ]
    for i, (a, b) in enumerate(meta):
        p.row(122, 40 + i * 4.6, [(32, a, "L"), (38, b, "R")], 4.6, i == 0)
    cols = [
        (10, "Pos.", "L"),
        (24, "Material", "L"),
        (66, "Bezeichnung", "L"),
        (14, "Menge", "R"),
        (10, "ME", "L"),
        (22, "Preis/ME", "R"),
        (28, "Betrag CHF", "R"),
    ]
    y = p.row(18, 82, cols, 6, True, border="TB")
    running = Decimal(0)
    for i, it in enumerate(items, 1):
        if y > 262:
            p.row(18, y + 1, [(146, "Übertrag", "R"), (28, m(running), "R")], 5.5, True, border="T")
            p.add_page()
            y = p.row(18, 15, [(146, "Übertrag", "R"), (28, m(running), "R")], 5.5, True)
            y = p.row(18, y + 2, cols, 6, True, border="TB")
        running += it.amount
        y = p.row(
            18,
            y,
            [
                (10, f"{i * 10:04d}", "L"),
                (24, f"{it.code}{i:02d}", "L"),
                (66, it.desc, "L"),
                (14, str(it.qty), "R"),
                (10, "ST", "L"),
                (22, m(it.unit), "R"),
                (28, m(it.amount), "R"),
            ],
            5,
        )
    if y > 240:
        p.add_page()
        y = 15
    y = p.row(96, y + 4, [(68, "Total netto", "L"), (28, d.k("subtotal", m(net)), "R")], 5.5, border="T")
    y = p.row(96, y, [(68, f"MWST 8.1% von CHF {m(net)}", "L"), (28, d.k("tax", m(vat)), "R")], 5.5)
    p.rect(96, y + 1, 96, 8)
    y = p.row(96, y + 1.5, [(68, "Rechnungsbetrag CHF", "L"), (28, d.k("total", m(total)), "R")], 7, True)
    p.set_xy(18, y + 8)
    p.set_font("lnarrow", "", 9)
    p.multi_cell(
        174,
        4.5,
        f"Zahlbar bis {d.k('due_date', fdate(due, 'DD.MM.YYYY'))} netto. Lieferung gemäss unseren "
        "Allgemeinen Verkaufs- und Lieferbedingungen.",
    )
    d.key = key_of(no, issued, due, total, "CHF", vendor, net, vat)
    d.pdf = p
    return d


def factuur_be(rng: random.Random) -> Doc:
    d = Doc("factuur_be", "fpdf2", "nl")
    vendor = rng.choice(
        [
            "Vlaamse Dakwerken BV",
            "Schrijnwerkerij Peeters BV",
            "Elektro Maes & Zonen CommV",
            "Antwerpse Glashandel NV",
        ]
    )
    issued = issue_date(rng)
    no = f"{issued.year % 100}{rng.randint(1, 2999):04d}"
    due = issued + timedelta(days=rng.choice([15, 30]))
    pool = [
        "Plaatsen dakgoot zink (lm)",
        "Werkuren vakman",
        "Verplaatsingskosten",
        "Binnendeur eik op maat",
        "Stopcontact dubbel",
        "Dubbel glas 4/15/4 (m²)",
        "Afbraakwerken",
        "Container 10 m³",
        "Silicone kit",
        "Keuringsverslag AREI",
        "Dakisolatie PIR 120 mm (m²)",
    ]
    items = make_items(rng, pool, rng.randint(3, 7), 12, 1400, [Decimal(21), Decimal(6)], True, 14)
    groups = tax_by_rate(items)
    net = sum(b for _, b, _ in groups)
    tax = sum(t for *_, t in groups)
    total = net + tax
    m = lambda v: num(v, ".", ",")  # noqa: E731
    p = Pdf("dvs", 8.5)
    p.at(18, 14, d.k("vendor_name", vendor), 14, True)
    p.block(
        18,
        21,
        [
            *street(rng, "nl")[:1],
            f"{rng.randint(1000, 9999)} {rng.choice(['Gent', 'Mechelen', 'Hasselt'])}",
            f"Ondernemingsnummer BE 0{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
            f"RPR {rng.choice(['Gent', 'Antwerpen'])}",
        ],
        8.5,
    )
    p.rect(112, 14, 80, 26)
    p.block(
        115,
        16,
        [
            rng.choice(["Dhr. en Mevr. Janssens-Claes", "Bouwbedrijf De Smet BV", "VZW De Linde"]),
            *street(rng, "nl")[:1],
            f"{rng.randint(1000, 9999)} {rng.choice(['Leuven', 'Brugge', 'Aalst'])}",
            f"BTW BE 0{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        ],
        9,
        4.8,
    )
    p.at(18, 48, "FACTUUR", 18, True)
    meta = [
        ("Factuurnummer", d.k("invoice_number", no)),
        ("Factuurdatum", d.k("date", fdate(issued, "DD-MM-YYYY"))),
        ("Vervaldag", d.k("due_date", fdate(due, "DD-MM-YYYY"))),
        ("Klantnummer", f"K{rng.randint(1000, 9999)}"),
        ("Werf", rng.choice(["Kerkstraat 12, Lier", "Nieuwbouw Lot 4", "Renovatie badkamer"])),
    ]
    for i, (a, b) in enumerate(meta):
        p.row(18 + (i % 3) * 58, 60 + (i // 3) * 10, [(58, a, "L")], 4.5, True, size=7.5)
        p.row(18 + (i % 3) * 58, 64.5 + (i // 3) * 10, [(58, b, "L")], 4.5)
    cols = [
        (86, "Omschrijving", "L"),
        (16, "Aantal", "R"),
        (26, "Eenheidsprijs", "R"),
        (14, "Btw", "R"),
        (32, "Bedrag excl. btw", "R"),
    ]
    y = p.row(18, 84, cols, 6.5, True, (230, 230, 230), "TB")
    for it in items:
        y = p.row(
            18,
            y,
            [
                (86, it.desc, "L"),
                (16, m(it.qty), "R"),
                (26, m(it.unit), "R"),
                (14, f"{it.rate}%", "R"),
                (32, m(it.amount), "R"),
            ],
            6,
        )
    heads = [("Totaal excl. btw", m(net))] + [(f"Btw {r}%", m(t)) for r, _, t in groups]
    heads.append(("Totaal incl. btw", m(total)))
    w = 174 / len(heads)
    y = p.row(18, y + 8, [(w, a, "C") for a, _ in heads], 6, True, (230, 230, 230), 1, 8)
    y = p.row(18, y, [(w, b, "C") for _, b in heads], 7, border=1)
    d.k("subtotal", m(net))
    d.parts("tax", *(m(t) for *_, t in groups))
    d.k("total", m(total))
    p.row(112, y + 5, [(40, "Te betalen", "L"), (40, f"€ {m(total)}", "R")], 9, True, (255, 236, 179), 1, 12)
    d.k("currency", "€")
    ogm = f"+++{rng.randint(100, 999)}/{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}+++"
    p.set_font("dvs", "", 8)
    p.set_xy(18, y + 22)
    note = (
        "Btw-tarief 6 %: renovatie van een privéwoning ouder dan 10 jaar, verklaring van de klant.\n"
        if len(groups) > 1
        else ""
    )
    p.multi_cell(
        174,
        4.2,
        f"{note}Gelieve te betalen op rekening BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} met gestructureerde mededeling {ogm}.",
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, net, tax)
    d.pdf = p
    return d
