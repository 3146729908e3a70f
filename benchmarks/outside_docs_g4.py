"""Set G layouts 10-12: Colombian factura electrónica, Luxembourg facture, Slovak faktúra."""

from __future__ import annotations

import random
from datetime import date

from outside_common_g import (
    D,
    Doc,
    digits,
    dmy,
    hexs,
    issue,
    items,
    key,
    kv,
    money,
    month_name,
    pct,
    plus,
    q,
    render,
    rows,
    source,
)

COLOMBIA = """
#grid(columns: (auto, 1fr, auto), column-gutter: 12pt,
  circle(radius: 22pt, fill: rgb("#1b7f5f"), align(center + horizon, text(fill: white, weight: "bold")[SA])),
  stack(spacing: 3pt, text(size: 12pt, weight: "bold", @vendor), [NIT #@nit - Responsable de IVA],
    [Cra. 7 No. 71-21 Torre B, Bogotá D.C.], text(size: 7pt, @resol)),
  block(fill: rgb("#e8f3ee"), inset: 8pt, stack(spacing: 4pt,
  text(weight: "bold")[FACTURA ELECTRÓNICA DE VENTA],
    text(size: 13pt, weight: "bold", @num))))
#v(6pt)
#table(columns: (auto, 1fr, auto, 1fr), stroke: 0.3pt + gray, inset: 4pt,
  [Adquiriente], [Seguros Cafeteros S.A.], [NIT], @nit2,
  [Fecha de generación], @gen, [Fecha de validación DIAN], @val,
  [Fecha de vencimiento], @due, [Forma de pago], [Crédito 30 días],
  [Orden de compra], @oc, [Moneda], [COP - Peso colombiano])
#table(columns: (auto, 1fr, auto, auto, auto, auto), align: (left, left, right, right, right, right),
  stroke: none, fill: (x, y) => if calc.odd(y) { rgb("#f3f3f3") }, @@rows)
#grid(columns: (1fr, auto), column-gutter: 16pt,
  stack(spacing: 4pt, text(size: 7pt)[CUFE:], text(size: 6.5pt, font: "DejaVu Sans Mono", @cufe1),
    text(size: 6.5pt, font: "DejaVu Sans Mono", @cufe2), text(size: 7pt)[Representación gráfica de la factura
    electrónica. Proveedor tecnológico: FacturaYa S.A.S.]),
  @@totals)
"""


def fe_co(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Suministros Andinos S.A.S.",
            "Ingeniería Cafetera del Quindío S.A.S.",
            "Distribuciones El Dorado Ltda.",
        ]
    )
    n = rng.randint(1200, 4800)
    num, d = f"FE-{n}", issue(rng)
    due = plus(d, 30)
    pool = [
        ("Resma papel carta 75 g", 18000, 26000),
        ("Tóner láser referencia 26A", 290000, 420000),
        ("Soporte técnico en sitio (hora)", 85000, 140000),
        ("Silla ergonómica malla", 480000, 790000),
        ("Licencia antivirus anual", 120000, 210000),
        ("Cable UTP categoría 6 (caja)", 380000, 520000),
    ]
    lines = items(rng, pool, 4, qmax=8, step=100)
    sub = sum(i.amount for i in lines)
    iva = pct(sub, 19)
    total = sub + iva
    rf, ica = pct(sub, "2.5"), q(sub * D("0.00966"))

    def p(x: D) -> str:
        return "$ " + money(x, "eu")

    t = f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    v = dict(vendor=vendor, nit=f"900.{digits(rng, 3)}.{digits(rng, 3)}-{rng.randint(0, 9)}", num=num)
    v |= dict(
        resol=f"Resolución DIAN No. 1876{digits(rng, 10)} de 2024-01-15, prefijo FE del 1 al 5000, "
        "vigencia 24 meses"
    )
    v |= dict(nit2=f"860.{digits(rng, 3)}.{digits(rng, 3)}-{rng.randint(0, 9)}", gen=f"{dmy(d, '/')} {t}")
    v |= dict(val=f"{dmy(d, '/')} {t[:-2]}59", due=dmy(due, "/"), oc=f"OC-{digits(rng, 6)}")
    cufe = hexs(rng, 96)
    v |= dict(cufe1=cufe[:48], cufe2=cufe[48:])
    data = [[f"{k + 1}", i.desc, str(i.qty), p(i.price), "19 %", p(i.amount)] for k, i in enumerate(lines)]
    v["rows"] = rows(["#", "Descripción", "Cant.", "Valor unitario", "IVA", "Valor total"], data)
    v["totals"] = kv(
        [
            ("Subtotal", p(sub)),
            ("Descuentos", p(D(0))),
            ("IVA 19 %", p(iva)),
            ("Total factura", p(total)),
            ("Retención en la fuente 2,5 %", "-" + p(rf)),
            ("ReteICA 9,66 x mil", "-" + p(ica)),
            ("Neto a pagar", p(total - rf - ica)),
        ],
        bold_last=True,
    )
    pr = {
        "invoice_number": num,
        "date": dmy(d, "/"),
        "due_date": dmy(due, "/"),
        "total": p(total),
        "currency": "COP",
    }
    pr |= {"vendor_name": vendor, "subtotal": p(sub), "tax": p(iva)}
    src = source(render(COLOMBIA, v), "DejaVu Sans", size="8pt", margin="1.5cm")
    return Doc("factura_electronica_co", "es", src, key(num, d, due, total, "COP", vendor, sub, iva), pr)


LUX = """
#grid(columns: (1fr, 1fr),
  stack(spacing: 4pt, text(size: 18pt, font: "New Computer Modern", @vendor), [12, rue de la Gare],
    [L-1611 Luxembourg], @ids),
  pad(top: 50pt, stack(spacing: 4pt, [Assurances Mutuelles du Grand-Duché S.A.],
  [Service Comptabilité Fournisseurs],
    [43, boulevard Royal], [L-2449 Luxembourg])))
#v(20pt)
#align(right, @place)
#v(8pt)
#text(size: 13pt, weight: "bold", @title)
#v(2pt)
#@ref1

#@ref2
#v(6pt)
#table(columns: (1fr, auto, auto, auto, auto), align: (left, right, right, right, right),
  stroke: (x, y) => if y == 0 { (top: 0.8pt, bottom: 0.8pt) }, @@rows)
#line(length: 100%, stroke: 0.8pt)
#align(right, @@totals)
#v(10pt)
#@terms

#text(size: 8pt, @bank)
"""


def facture_lu(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Moselle Conseil S.à r.l.", "Kirchberg Facility Services S.A.", "Atelier Weber & Fils S.à r.l."]
    )
    num, d = f"{2025}-{rng.randint(100, 999):04d}", issue(rng)
    due = plus(d, 30)
    pool = [
        ("Nettoyage des bureaux - forfait mensuel", 1800, 3600, 17),
        ("Entretien espaces verts", 400, 900, 17),
        ("Remplacement luminaires LED", 90, 180, 17),
        ("Abonnement presse professionnelle", 150, 380, 3),
        ("Ouvrages de référence juridique", 60, 140, 3),
        ("Intervention technique (heure)", 75, 95, 17),
    ]
    pick = rng.sample(pool, 5)
    lines = items(rng, [(a, b, c) for a, b, c, _ in pick], 5, qmax=4)
    rate = {a: r for a, _, _, r in pick}
    sub = sum(i.amount for i in lines)
    tva = {r: pct(sum(i.amount for i in lines if rate[i.desc] == r), r) for r in (17, 3)}
    total = sub + sum(tva.values())

    def e(x: D) -> str:
        return money(x, "sp") + " €"

    def ld(x: date) -> str:
        return f"{x.day} {month_name(x, 'fr')} {x.year}"

    v = dict(
        vendor=vendor,
        ids=f"RCS Luxembourg B{digits(rng, 6)} - TVA LU{digits(rng, 8)}",
        place=f"Luxembourg, le {ld(d)}",
    )
    v |= dict(title=f"Facture n° {num}", ref1=f"Votre commande du {ld(plus(d, -rng.randint(15, 30)))}")
    v |= dict(ref2=f"Bon de livraison n° BL-{digits(rng, 4)} du {ld(plus(d, -3))}")
    data = [[i.desc, str(i.qty), e(i.price), f"{rate[i.desc]} %", e(i.amount)] for i in lines]
    v["rows"] = rows(["Désignation", "Qté", "Prix unitaire HTVA", "TVA", "Montant HTVA"], data)
    v["totals"] = kv(
        [("Total HTVA", e(sub)), ("TVA 17 %", e(tva[17])), ("TVA 3 %", e(tva[3])), ("Total TTC", e(total))],
        bold_last=True,
    )
    v["terms"] = (
        f"Date d'échéance : {ld(due)}. Paiement par virement, en euros (EUR), "
        "en mentionnant le numéro de facture."
    )
    v["bank"] = (
        f"BCEE LU{digits(rng, 2)} 0019 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} - BIC BCEELULL"
    )
    pr = {"invoice_number": num, "date": ld(d), "due_date": ld(due), "total": e(total), "currency": "€"}
    pr |= {"vendor_name": vendor, "subtotal": e(sub), "tax": [e(tva[17]), e(tva[3])]}
    src = source(render(LUX, v), "Libertinus Serif", size="10.5pt", margin="2.2cm")
    return Doc("facture_lu", "fr", src, key(num, d, due, total, "EUR", vendor, sub, sum(tva.values())), pr)


SLOVAK = """
#text(size: 15pt, weight: "bold", @title)
#grid(columns: (1fr, 1fr), column-gutter: 8pt,
  block(stroke: 0.5pt, inset: 7pt, width: 100%, stack(spacing: 3pt, text(size: 7pt)[Dodávateľ:],
    text(weight: "bold", @vendor), [Hlavná 18, 040 01 Košice], @ico, @icdph, text(size: 7pt, @reg))),
  block(stroke: 0.5pt, inset: 7pt, width: 100%, stack(spacing: 3pt, text(size: 7pt)[Odberateľ:],
    text(weight: "bold")[Poisťovňa Dunaj, a.s.], [Einsteinova 21, 851 01 Bratislava], @ico2)))
#grid(columns: (1fr, 1fr), column-gutter: 8pt,
  block(stroke: 0.5pt, inset: 7pt, width: 100%, @@pay),
  block(stroke: 0.5pt, inset: 7pt, width: 100%, @@dates))
#table(columns: (1fr, auto, auto, auto, auto, auto, auto), align: (left, right, left, right, right, right,
  right),
  stroke: 0.4pt, inset: 3pt, fill: (x, y) => if y == 0 { rgb("#e0e0e0") }, @@rows)
#align(right, block(stroke: 0.5pt, inset: 7pt, @@totals))
#text(size: 7.5pt)[Faktúra slúži zároveň ako dodací list. Pri platbe uveďte variabilný symbol.]
"""


def faktura_sk(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Tatranská stavebná s.r.o.", "Podunajské údržbárske služby, a.s.", "Softvérové štúdio Hron s.r.o."]
    )
    num, d = f"2025{rng.randint(1, 999):06d}", issue(rng)
    due = plus(d, 14)
    pool = [
        ("Oprava strešnej krytiny", 900, 2400),
        ("Servis klimatizačných jednotiek", 120, 260),
        ("Maľovanie kancelárskych priestorov (m2)", 6, 11),
        ("Výmena zámkov - materiál a práca", 85, 190),
        ("Čistenie odkvapov", 140, 320),
        ("Revízia elektroinštalácie", 250, 480),
    ]
    lines = items(rng, pool, 4, qmax=6)
    sub = sum(i.amount for i in lines)
    dph = pct(sub, 23)
    total = sub + dph
    adv = q(total * D(rng.choice(["0.3", "0.5"])), 0)

    def e(x: D) -> str:
        return money(x, "sp") + " €"

    v = dict(title=f"FAKTÚRA - DAŇOVÝ DOKLAD č. {num}", vendor=vendor, ico=f"IČO: {digits(rng, 8)}")
    v |= dict(icdph=f"DIČ: 20{digits(rng, 8)}   IČ DPH: SK20{digits(rng, 8)}", ico2=f"IČO: {digits(rng, 8)}")
    v["reg"] = f"Zapísaná v OR Okresného súdu Košice I, oddiel Sro, vložka č. {digits(rng, 5)}/V"
    v["pay"] = kv(
        [
            ("Forma úhrady:", "prevodný príkaz"),
            ("IBAN:", f"SK{digits(rng, 2)} 1100 0000 00{digits(rng, 2)} 4512 3456"),
            ("Variabilný symbol:", num),
            ("Konštantný symbol:", "0308"),
            ("Objednávka č.:", f"OBJ-2025-{digits(rng, 3)}"),
        ]
    )
    v["dates"] = kv(
        [
            ("Dátum vyhotovenia:", dmy(d)),
            ("Dátum dodania:", dmy(plus(d.replace(day=1), -1))),
            ("Dátum splatnosti:", dmy(due)),
        ]
    )
    data = [
        [i.desc, str(i.qty), "ks", e(i.price), "23 %", e(q(i.amount * D("0.23"))), e(q(i.amount * D("1.23")))]
        for i in lines
    ]
    v["rows"] = rows(["Popis", "Množstvo", "MJ", "Cena za MJ bez DPH", "Sadzba", "DPH", "Spolu s DPH"], data)
    v["totals"] = kv(
        [
            ("Základ DPH 23 %", e(sub)),
            ("DPH 23 %", e(dph)),
            ("Celkom s DPH", e(total)),
            ("Uhradené zálohami", "-" + e(adv)),
            ("Zostáva uhradiť", e(total - adv)),
        ],
        bold_last=True,
    )
    pr = {"invoice_number": num, "date": dmy(d), "due_date": dmy(due), "total": e(total), "currency": "€"}
    pr |= {"vendor_name": vendor, "subtotal": e(sub), "tax": e(dph)}
    src = source(render(SLOVAK, v), "Liberation Sans", size="8.5pt")
    return Doc("faktura_sk", "sk", src, key(num, d, due, total, "EUR", vendor, sub, dph), pr)


BUILDERS = [fe_co, facture_lu, faktura_sk]
