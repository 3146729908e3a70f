"""Set K layouts 10-12 (benchmarks/outside_scans_k.py):
US handwritten invoice-book page (phone photo), German tradesman's Rechnung with an Abschlag paid
(EINGEGANGEN stamp, note), French office-supplies facture with two VAT rates (photocopy, signature)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import BLUE_INK, Doc, Keys, Page, fdate, inv_no, items, money, q2, rand_date, wordlist


def k10_us_handwritten(rng: random.Random) -> Doc:
    k, p = Keys(), Page(140, 216, (252, 250, 240))  # a half-letter carbonless invoice book page
    form = (30, 30, 30)
    p.text(70, 14, k.text("vendor_name", "MESA VERDE LANDSCAPING LLC"), 12, "serif-b", "c", form)
    p.text(70, 19, "4120 N. Alvernon Way · Tucson, AZ 85718 · (520) 555-0187", 7.5, "serif", "c", form)
    p.text(10, 30, "INVOICE", 16, "serif-b", color=form)
    num = k.text("invoice_number", inv_no(rng, "4999"))
    p.text(96, 30, "No.", 10, "serif", color=form)
    p.text(104, 30, num, 14, "mono-b", color=(200, 30, 30))
    p.text(10, 40, "DATE", 8, "sans", color=form)
    p.line(22, 41, 60, 41, 0.2, form)
    p.text(70, 40, "CUSTOMER'S ORDER NO.", 7, "sans", color=form)
    p.line(107, 41, 130, 41, 0.2, form)
    d = rand_date(rng)
    hand = BLUE_INK
    p.text(25, 39.5, k.date("date", d, "%-m/%-d/%y"), 14, "hand", color=hand)
    p.text(109, 39.5, inv_no(rng, "99"), 14, "hand", color=hand)
    for i, lab in enumerate(("SOLD TO", "ADDRESS", "CITY")):
        p.text(10, 50 + i * 8, lab, 7, "sans", color=form)
        p.line(28, 51 + i * 8, 130, 51 + i * 8, 0.2, form)
    p.lines(
        31,
        49.5,
        ["Ray & Gloria Padilla", "7731 E. Calle Arroyo", "Tucson AZ 85750"],
        14,
        8,
        f="hand",
        color=hand,
    )
    heads = [("QTY", 10, 20), ("DESCRIPTION", 20, 90), ("PRICE", 90, 110), ("AMOUNT", 110, 130)]
    p.rect(10, 76, 130, 83, 0.3, color=form)
    for lab, x0, x1 in heads:
        p.text((x0 + x1) / 2, 81, lab, 7, "sans-b", "c", form)
        p.line(x0, 76, x0, 156, 0.2, form)
    p.line(130, 76, 130, 180, 0.2, form)
    for i in range(10):
        p.line(10, 90 + i * 7, 130, 90 + i * 7, 0.15, form)
    jobs = wordlist("Spring cleanup; Trim palo verde; Mulch 3 yd; Drip line repair; Haul green waste")
    lines = [
        (n, 1, Decimal(u), Decimal(u))
        for n, u in zip(rng.sample(jobs, 4), rng.sample(range(35, 240, 5), 4), strict=True)
    ]
    for i, (name, qty, unit, amt) in enumerate(lines):
        yy = 88.5 + i * 7
        p.text(13, yy, str(qty), 14, "hand", color=hand)
        p.text(22, yy, name, 14, "hand", color=hand)
        p.text(108, yy, money(unit), 13, "hand", "r", hand)
        p.text(128.5, yy, money(amt), 13, "hand", "r", hand)
    sub = sum((a for *_, a in lines), Decimal(0))
    tax = q2(sub * Decimal("0.061"))
    rows = [("SUBTOTAL", k.amount("subtotal", sub)), ("TAX 6.1%", k.amount("tax", tax))]
    rows.append(("TOTAL $", k.amount("total", sub + tax)))
    for i, (lab, val) in enumerate(rows):
        p.text(88, 162 + i * 8, lab, 8, "sans-b", "r", form)
        p.line(90, 163 + i * 8, 130, 163 + i * 8, 0.2, form)
        p.text(128.5, 161.5 + i * 8, val, 14, "hand", "r", hand)
    k.currency("USD", "$")
    p.text(10, 190, "RECEIVED BY ____________________", 7.5, "sans", color=form)
    p.text(
        10,
        200,
        "All claims and returned goods must be accompanied by this bill.  THANK YOU",
        6.5,
        "sans",
        color=form,
    )
    spec = {
        "kind": "photo",
        "fmt": "jpg",
        "quality": 70,
        "dpi": 260,
        "warp": 0.06,
        "frame": 1.3,
        "desk": (150, 120, 85),
    }
    return Doc("k10_us_handwritten", "en-US", "handwritten invoice book page", [p], k, spec)


def k11_de_handwerk(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", rng.choice(["Sanitär Vogt GmbH & Co. KG", "Haustechnik Brandner GmbH"]))
    p.text(195, 22, vendor, 15, "arial-b", "r", (0, 70, 140))
    p.text(195, 27, "Heizung · Sanitär · Solar", 9, "arial", "r", (0, 70, 140))
    p.text(25, 48, f"{vendor} · Lindenstr. 12 · 79098 Freiburg", 7, "arial")
    p.line(25, 49.5, 110, 49.5, 0.15)
    p.lines(
        25,
        56,
        ["Herrn", "Jürgen Maier", "Schwarzwaldstraße 88", "79117 Freiburg im Breisgau"],
        10.5,
        5,
        f="arial",
    )
    d = rand_date(rng)
    num = inv_no(rng, "2025-0999")
    start = d - timedelta(days=rng.randint(8, 20))
    info = [
        ("Rechnungsnummer:", k.text("invoice_number", num)),
        ("Rechnungsdatum:", k.date("date", d, "%d.%m.%Y")),
        ("Kundennummer:", inv_no(rng, "19999")),
        (
            "Leistungszeitraum:",
            f"{start.strftime('%d.%m.%Y')} - {(start + timedelta(days=4)).strftime('%d.%m.%Y')}",
        ),
        ("Auftrag vom:", (start - timedelta(days=14)).strftime("%d.%m.%Y")),
    ]
    for i, (lab, val) in enumerate(info):
        p.text(125, 56 + i * 4.8, lab, 8.5, "arial")
        p.text(195, 56 + i * 4.8, val, 8.5, "arial", "r")
    p.text(25, 98, f"Rechnung Nr. {num}", 13, "arial-b")
    p.text(25, 106, "Sehr geehrter Herr Maier,", 10, "arial")
    p.text(
        25,
        111,
        "für die ausgeführten Arbeiten (Austausch Gas-Brennwerttherme) berechnen wir wie folgt:",
        10,
        "arial",
    )
    names = ["Gas-Brennwerttherme 24 kW", "Abgassystem DN 60/100", "Ausdehnungsgefäß 25 l", "Kleinmaterial"]
    mat = items(rng, names, 4, 45, 2600, 1)
    hours = Decimal(rng.choice([6, 8, 9.5, 11]))
    wage = Decimal("68.50")
    rows = [["Pos.", "Menge", "Einheit", "Bezeichnung", "Einzelpreis", "Gesamt"]]
    for i, (n, q, u, a) in enumerate(mat, 1):
        rows.append([str(i), str(q), "Stk", n, money(u, "eu"), money(a, "eu")])
    labour = q2(hours * wage)
    rows.append(
        [
            str(len(mat) + 1),
            money(hours, "eu", 1),
            "Std",
            "Monteurstunden",
            money(wage, "eu"),
            money(labour, "eu"),
        ]
    )
    cols = [(12, "r"), (16, "r"), (16, "l"), (68, "l"), (28, "r"), (30, "r")]
    y = p.table(25, 118, cols, rows, 9, 6, "arial", "arial-b", shade=(225, 235, 245))
    net = sum((a for *_, a in mat), Decimal(0)) + labour
    vat = q2(net * Decimal("0.19"))
    total = net + vat
    paid = q2(rng.choice([500, 1000, 1500]))
    rows = [
        ("Summe netto", k.amount("subtotal", net, "eu") + " €"),
        ("zzgl. 19 % MwSt.", k.amount("tax", vat, "eu") + " €"),
        ("Rechnungsbetrag", k.amount("total", total, "eu") + " €"),
        (f"abzgl. Abschlagszahlung vom {start.strftime('%d.%m.%Y')}", "-" + money(paid, "eu") + " €"),
        ("Zahlbetrag", money(total - paid, "eu") + " €"),
    ]
    for i, (lab, val) in enumerate(rows):
        f = "arial-b" if lab in ("Rechnungsbetrag", "Zahlbetrag") else "arial"
        p.text(160, y + 8 + i * 5.5, lab, 9.5, f, "r")
        p.text(195, y + 8 + i * 5.5, val, 9.5, f, "r")
    k.currency("EUR", "€")
    due = d + timedelta(days=14)
    p.text(25, y + 44, f"Zahlbar bis {k.date('due_date', due, '%d.%m.%Y')} ohne Abzug.", 10, "arial")
    p.text(25, y + 50, f"Enthaltene Lohnkosten nach § 35a EStG: {money(labour, 'eu')} € netto", 9, "arial")
    foot = [
        ["Lindenstr. 12, 79098 Freiburg", "Tel. 0761 4471 20", f"info@{vendor.split()[1].lower()}.de"],
        ["Sparkasse Freiburg", "IBAN DE12 6805 0101 0012 3456 78", "BIC FRSPDE66XXX"],
        [
            "Amtsgericht Freiburg HRA 70421",
            "USt-IdNr. DE 284 117 903",
            f"Geschäftsführer: M. {vendor.split()[1]}",
        ],
    ]
    for i, col in enumerate(foot):
        p.lines(25 + i * 58, 278, col, 7, 3.3, f="arial", color=(90, 90, 90))
    got = d + timedelta(days=3)
    marks = [
        {"type": "stamp", "lines": ["EINGEGANGEN", got.strftime("%d.%m.%Y")], "at": (70, 84), "angle": 4},
        {"type": "note", "lines": ["sachl. richtig", "JM"], "at": (62, 258), "angle": -4, "size": 15},
    ]
    spec = {"kind": "scan", "fmt": "pdf", "dpi": 300, "skew": -1.5, "colour": True, "marks": marks}
    return Doc("k11_de_handwerk", "de-DE", "tradesman's Rechnung with Abschlag", [p], k, spec)


def k12_fr_bureau(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Bureautique Lemaire SARL")
    p.rect(15, 12, 95, 38, 0.6)
    p.text(55, 22, "BUREAUTIQUE", 14, "dserif-b", "c")
    p.text(55, 28, "LEMAIRE", 14, "dserif-b", "c")
    p.text(55, 34, "fournitures · mobilier · papeterie", 7.5, "dserif", "c")
    p.lines(15, 46, ["27 rue Nationale", "59800 Lille", "Tél. 03 20 55 41 07"], 9, 4.3)
    p.lines(
        118,
        50,
        ["Cabinet Delattre & Associés", "Service comptabilité", "4 place du Théâtre", "59000 Lille"],
        10,
        5,
    )
    d = rand_date(rng)
    num = k.text("invoice_number", "FA-2025-" + inv_no(rng, "09999"))
    p.text(15, 82, f"FACTURE N° {num}", 14, "sans-b")
    meta = [
        f"Date de facture : {k.date('date', d, '%d/%m/%Y')}",
        f"Date d'échéance : {k.date('due_date', d + timedelta(days=30), '%d/%m/%Y')}",
        f"Bon de livraison n° BL-{inv_no(rng, '99999')} du {fdate(d - timedelta(days=2), '%d/%m/%Y')}",
        f"Votre commande du {fdate(d - timedelta(days=6), '%d/%m/%Y')} · Code client C{inv_no(rng, '9999')}",
    ]
    p.lines(15, 90, meta, 9, 4.6)
    std = items(
        rng,
        wordlist(
            "Ramette papier A4 80 g (x5); Classeur à levier dos 80 mm; Stylo bille bleu (x50); "
            "Toner laser noir TN-2420; Agrafeuse 25 feuilles; Chaise de bureau ergonomique"
        ),
        4,
        3,
        190,
        8,
    )
    books = items(rng, ["Code du travail 2025 (livre)", "Memento fiscal 2025 (livre)"], 1, 28, 95, 2)
    rows = [["Réf.", "Désignation", "Qté", "P.U. HT", "Montant HT", "TVA"]]
    for n, q, u, a in std + books:
        rate = "20" if (n, q, u, a) in std else "5,5"
        rows.append([inv_no(rng, "999999"), n, str(q), money(u, "fr"), money(a, "fr"), rate])
    cols = [(20, "l"), (78, "l"), (12, "r"), (24, "r"), (28, "r"), (18, "r")]
    y = p.table(15, 112, cols, rows, 8.5, 6.2, "sans", "sans-b", grid=True)
    ht20 = sum((a for *_, a in std), Decimal(0))
    ht55 = sum((a for *_, a in books), Decimal(0))
    t20, t55 = q2(ht20 * Decimal("0.20")), q2(ht55 * Decimal("0.055"))
    total = ht20 + ht55 + t20 + t55
    shown = k.tax_sum([t55, t20], "fr")
    acompte = q2(rng.choice([100, 150, 200]))
    rows = [
        ("Total HT", k.amount("subtotal", ht20 + ht55, "fr") + " €"),
        (f"TVA 5,5 % sur {money(ht55, 'fr')}", shown[0] + " €"),
        (f"TVA 20 % sur {money(ht20, 'fr')}", shown[1] + " €"),
        ("Total TTC", k.amount("total", total, "fr") + " €"),
        ("Acompte versé", "- " + money(acompte, "fr") + " €"),
        ("Net à payer", money(total - acompte, "fr") + " €"),
    ]
    for i, (lab, val) in enumerate(rows):
        bold = lab in ("Total TTC", "Net à payer")
        p.rect(120, y + 4 + i * 6.5, 195, y + 10.5 + i * 6.5, 0.2)
        p.text(122, y + 9 + i * 6.5, lab, 9, "sans-b" if bold else "sans")
        p.text(193, y + 9 + i * 6.5, val, 9, "sans-b" if bold else "sans", "r")
    k.currency("EUR", "€")
    p.lines(
        15,
        y + 12,
        ["Règlement par virement à réception.", "Pénalités de retard : 3 fois le taux", "d'intérêt légal."],
        8,
        4,
    )
    legal = f"{vendor} au capital de 20 000 € - RCS Lille B 512 334 889 - SIRET 512 334 889 00027"
    legal += " - TVA FR12 512334889"
    p.text(105, 285, legal, 7, "sans", "c")
    marks = [
        {
            "type": "note",
            "lines": ["Bon pour accord", "le " + fdate(d + timedelta(days=5), "%d/%m")],
            "at": (50, 250),
        },
        {"type": "signature", "at": (60, 266), "width": 40},
    ]
    spec = {"kind": "copy", "fmt": "pdf", "dpi": 200, "skew": 0.9, "speckle": 0.001, "marks": marks}
    return Doc("k12_fr_bureau", "fr-FR", "office supplies facture, photocopied", [p], k, spec)


DOCS = [k10_us_handwritten, k11_de_handwerk, k12_fr_bureau]
