"""Set E, invoices drawn with fpdf2: French micro-entreprise facture (art. 293 B), Spanish factura with
recargo de equivalencia, Canadian bilingual invoice (CAD, GST + QST)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, r2, street, tax_by_rate
from outside_pdf_e import Pdf


def facture_fr(rng: random.Random) -> Doc:
    d = Doc("facture_fr", "fpdf2", "fr")
    vendor = rng.choice(["Lucie Marchand EI", "Thomas Girard EI", "Camille Roux Entrepreneur individuel"])
    issued = issue_date(rng)
    no = f"FA-{issued.year}-{rng.randint(1, 150):03d}"
    due = issued + timedelta(days=30) if rng.random() < 0.6 else None
    pool = [
        "Traduction anglais-français (mot)",
        "Relecture",
        "Cours particulier (heure)",
        "Création de site vitrine",
        "Séance de coaching",
        "Rédaction d'articles",
        "Montage vidéo (jour)",
        "Frais de déplacement",
    ]
    items = make_items(rng, pool, rng.randint(1, 4), 30, 900, None, True, 6)
    total = sum(it.amount for it in items)
    m = lambda v: f"{num(v, ' ', ',')} €"  # noqa: E731
    p = Pdf("dvserif", 9.5)
    p.at(18, 15, d.k("vendor_name", vendor), 14, True)
    p.block(
        18,
        22,
        [
            *street(rng, "fr"),
            f"SIRET {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
            f"{rng.randint(10000, 99999)}",
            "contact@" + vendor.split()[1].lower() + ".fr",
        ],
        9,
    )
    p.block(
        120,
        40,
        [
            "Facturé à :",
            rng.choice(["Éditions du Lac", "Association Les Tilleuls", "M. Benoît Lefèvre"]),
            *street(rng, "fr"),
        ],
        9.5,
        4.6,
        True,
    )
    p.at(18, 70, f"FACTURE N° {d.k('invoice_number', no)}", 15, True)
    lines = [
        f"Date d'émission : {d.k('date', fdate(issued, 'D MMMM YYYY', 'fr'))}",
        f"Date de la prestation : {fdate(issued - timedelta(days=rng.randint(2, 20)), 'D MMMM YYYY', 'fr')}",
        f"Échéance : {d.k('due_date', fdate(due, 'D MMMM YYYY', 'fr'))}" if due else "Paiement à réception",
    ]
    p.block(18, 80, lines, 9.5, 5)
    y = p.row(
        18,
        100,
        [(92, "Désignation", "L"), (16, "Qté", "R"), (36, "Prix unitaire HT", "R"), (30, "Total HT", "R")],
        7,
        True,
        (240, 234, 220),
        "TB",
    )
    for it in items:
        y = p.row(
            18,
            y,
            [
                (92, it.desc, "L"),
                (16, num(it.qty, " ", ",", 0), "R"),
                (36, m(it.unit), "R"),
                (30, m(it.amount), "R"),
            ],
            7,
            border="B",
        )
    p.set_draw_color(0, 0, 0)
    p.rect(118, y + 6, 74, 22)
    p.row(120, y + 8, [(40, "Total HT", "L"), (30, d.k("subtotal", m(total)), "R")], 6)
    p.row(120, y + 14, [(70, "TVA non applicable, art. 293 B du CGI", "L")], 6, size=7.5)
    p.row(120, y + 20, [(40, "Net à payer", "L"), (30, d.k("total", m(total)), "R")], 7, True)
    d.k("currency", "€")
    p.set_font("dvserif", "", 8)
    p.set_xy(18, y + 40)
    p.multi_cell(
        174,
        4,
        "Pas d'escompte pour paiement anticipé. En cas de retard, pénalités au taux de trois fois le "
        "taux d'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement.\n"
        f"Règlement par virement : IBAN FR76 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, total, None)
    d.pdf = p
    return d


def factura_es(rng: random.Random) -> Doc:
    d = Doc("factura_es", "fpdf2", "es")
    vendor = rng.choice(
        [
            "Distribuciones Levante, S.L.",
            "Conservas del Cantábrico, S.A.",
            "Papelería Ibérica, S.L.",
            "Droguería Hermanos Ortega, S.L.",
        ]
    )
    issued = issue_date(rng)
    no = f"A/{issued.year}/{rng.randint(1, 900)}"
    due = issued + timedelta(days=rng.choice([30, 60]))
    pool = [
        "Aceite de oliva virgen extra 5 l",
        "Bonito del norte 250 g",
        "Papel higiénico 48 rollos",
        "Lejía 2 l",
        "Cuadernos A4 cuadrícula",
        "Bolígrafos azul caja 50",
        "Detergente 3 l",
        "Anchoas en aceite 50 g",
        "Tomate frito 400 g",
        "Rotuladores fluorescentes",
        "Arroz bomba 1 kg",
        "Mejillones en escabeche",
    ]
    items = make_items(
        rng, pool, rng.randint(3, 8), 3, 90, [Decimal(21), Decimal(21), Decimal(10)], True, 40, 0.3
    )
    re_rate = {Decimal(21): Decimal("5.2"), Decimal(10): Decimal("1.4"), Decimal(4): Decimal("0.5")}
    groups = [(r, b, t, r2(b * re_rate[r] / 100)) for r, b, t in tax_by_rate(items)]
    base = sum(g[1] for g in groups)
    iva = sum(g[2] for g in groups)
    rec = sum(g[3] for g in groups)
    total = base + iva + rec
    m = lambda v: num(v, ".", ",")  # noqa: E731
    p = Pdf("lsans", 9)
    p.set_fill_color(178, 34, 34)
    p.rect(0, 0, 210, 8, "F")
    p.at(18, 14, d.k("vendor_name", vendor), 14, True)
    p.block(18, 21, [*street(rng, "es"), f"CIF: B{rng.randint(10000000, 99999999)}"], 9)
    p.at(140, 14, "FACTURA", 20, True, 52, "R")
    p.rect(18, 40, 84, 28)
    p.block(
        20,
        42,
        [
            "CLIENTE",
            rng.choice(["Ultramarinos La Esquina", "Supermercado Hnos. Gil", "Estanco Plaza"]),
            *street(rng, "es"),
            f"NIF: {rng.randint(10000000, 99999999)}{rng.choice('TRWAGMYFPDX')}",
        ],
        8.5,
        4.6,
        True,
    )
    meta = [
        ("Nº factura", d.k("invoice_number", no)),
        ("Fecha", d.k("date", fdate(issued, "DD/MM/YYYY"))),
        ("Vencimiento", d.k("due_date", fdate(due, "DD/MM/YYYY"))),
        ("Forma de pago", "Transferencia"),
        ("Albarán", f"ALB-{rng.randint(1000, 9999)}"),
    ]
    for i, (a, b) in enumerate(meta):
        p.row(118, 40 + i * 5.6, [(30, a, "L"), (44, b, "R")], 5.6, border=1)
    cols = [
        (20, "Código", "L"),
        (74, "Descripción", "L"),
        (16, "Cant.", "R"),
        (20, "Precio", "R"),
        (16, "Dto. %", "R"),
        (28, "Importe", "R"),
    ]
    y = p.row(18, 76, cols, 6.5, True, (240, 240, 240), 1)
    for it in items:
        y = p.row(
            18,
            y,
            [
                (20, it.code, "L"),
                (74, it.desc, "L"),
                (16, str(it.qty), "R"),
                (20, m(it.unit), "R"),
                (16, m(it.disc) if it.disc else "", "R"),
                (28, m(it.amount), "R"),
            ],
            6,
            border="LR",
        )
    p.line(18, y, 192, y)
    cols = [
        (30, "Base imponible", "R"),
        (18, "% IVA", "R"),
        (26, "Cuota IVA", "R"),
        (18, "% R.E.", "R"),
        (26, "Cuota R.E.", "R"),
        (56, "", "R"),
    ]
    y = p.row(18, y + 8, cols, 6, True, (240, 240, 240), 1, 8)
    for r, b, t, c in groups:
        y = p.row(
            18,
            y,
            [
                (30, m(b), "R"),
                (18, m(r), "R"),
                (26, m(t), "R"),
                (18, m(re_rate[r]), "R"),
                (26, m(c), "R"),
                (56, "", "R"),
            ],
            6,
            border=1,
        )
    y = p.row(
        18,
        y,
        [
            (30, d.k("subtotal", m(base)), "R"),
            (18, "", "R"),
            (26, m(iva), "R"),
            (18, "", "R"),
            (26, m(rec), "R"),
            (56, "", "R"),
        ],
        6,
        True,
        border=1,
    )
    d.parts("tax", m(iva), m(rec))
    p.set_fill_color(178, 34, 34)
    p.set_text_color(255, 255, 255)
    p.row(
        132,
        y + 6,
        [(30, "TOTAL FACTURA", "L"), (30, d.k("total", f"{m(total)} €"), "R")],
        9,
        True,
        (178, 34, 34),
    )
    p.set_text_color(0, 0, 0)
    d.k("currency", "€")
    p.set_font("lsans", "", 7.5)
    p.set_xy(18, y + 22)
    p.multi_cell(
        174,
        3.8,
        "Operación sujeta a recargo de equivalencia (art. 154 y ss. Ley 37/1992 del IVA).\nIBAN ES"
        f"{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)} "
        f"{rng.randint(10**9, 10**10 - 1)}. Inscrita en el Registro Mercantil de "
        f"{rng.choice(['Valencia', 'Santander', 'Madrid'])}, tomo {rng.randint(1000, 9999)}.",
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, base, iva + rec)
    d.pdf = p
    return d


def canada_ca(rng: random.Random) -> Doc:
    d = Doc("canada_ca", "fpdf2", "en")
    vendor = rng.choice(
        [
            "Érable Solutions Inc.",
            "Laurentian Outfitters Ltd.",
            "Boréal Traduction inc.",
            "Saint-Laurent Audio Visuel Ltée",
        ]
    )
    issued = issue_date(rng)
    no = f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    due = issued + timedelta(days=30)
    pool = [
        "Consulting / Services-conseils",
        "Rental - camera kit / Location",
        "Translation EN-FR / Traduction",
        "Snowshoes, pair / Raquettes",
        "Technical support / Soutien",
        "Shipping / Livraison",
        "Licence / Licence",
    ]
    items = make_items(rng, pool, rng.randint(2, 5), 30, 2200, None, True, 6)
    sub = sum(it.amount for it in items)
    gst = r2(sub * 5 / 100)
    qst = r2(sub * Decimal("9.975") / 100)
    total = sub + gst + qst
    m = lambda v: f"{num(v)} $"  # noqa: E731
    p = Pdf("lserif", 9.5)
    p.at(18, 14, d.k("vendor_name", vendor), 15, True)
    p.block(
        18,
        21,
        [
            f"{rng.randint(100, 9999)}, rue {rng.choice(['Saint-Denis', 'Sherbrooke', 'Principale'])}",
            f"{rng.choice(['Montréal', 'Québec', 'Gatineau'])} (QC) H{rng.randint(1, 9)}X {rng.randint(1, 9)}"
            f"{rng.choice('ABC')}{rng.randint(1, 9)}",
            f"GST/TPS # {rng.randint(10**8, 10**9 - 1)} RT0001",
            f"QST/TVQ # {rng.randint(10**9, 10**10 - 1)} TQ0001",
        ],
        8.5,
    )
    p.at(120, 14, "INVOICE / FACTURE", 15, True, 72, "R")
    meta = [
        ("Invoice No. / N° de facture", d.k("invoice_number", no)),
        ("Date", d.k("date", fdate(issued, "YYYY-MM-DD"))),
        ("Due date / Échéance", d.k("due_date", fdate(due, "YYYY-MM-DD"))),
        ("Currency / Devise", d.k("currency", "CAD")),
    ]
    for i, (a, b) in enumerate(meta):
        p.row(104, 24 + i * 5, [(52, a, "L"), (36, b, "R")], 5)
    p.block(
        18,
        50,
        [
            "Bill to / Facturer à",
            rng.choice(["Pourvoirie du Lac Vert", "Clinique Santé Plus", "Mme Julie Tremblay"]),
            f"{rng.randint(10, 999)}, boul. {rng.choice(['René-Lévesque', 'Laurier'])}",
            "Québec (QC)",
        ],
        9,
        4.6,
        True,
    )
    cols = [
        (96, "Description", "L"),
        (16, "Qty / Qté", "R"),
        (30, "Unit price / Prix", "R"),
        (32, "Amount / Montant", "R"),
    ]
    y = p.row(18, 76, cols, 7, True, (225, 230, 240), "TB", 8.5)
    for it in items:
        y = p.row(
            18,
            y,
            [(96, it.desc, "L"), (16, str(it.qty), "R"), (30, m(it.unit), "R"), (32, m(it.amount), "R")],
            6.5,
        )
    rows = [
        ("Subtotal / Sous-total", d.k("subtotal", m(sub))),
        ("GST/TPS 5%", m(gst)),
        ("QST/TVQ 9.975%", m(qst)),
        ("Total (CAD)", d.k("total", m(total))),
    ]
    d.parts("tax", m(gst), m(qst))
    y += 3
    for a, b in rows:
        y = p.row(
            104,
            y,
            [(56, a, "L"), (32, b, "R")],
            6,
            a.startswith("Total"),
            border="T" if a.startswith("Total") else 0,
        )
    p.set_font("lserif", "", 8.5)
    p.set_xy(18, y + 8)
    p.multi_cell(
        174,
        4.4,
        "Payment by Interac e-Transfer or cheque. Net 30. / Paiement par virement Interac ou chèque. "
        "Net 30 jours.",
    )
    d.key = key_of(no, issued, due, total, "CAD", vendor, sub, gst + qst)
    d.pdf = p
    return d
