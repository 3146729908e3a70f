"""Set M fixed-pitch printouts 7-8: a Mexican CFDI factura print (enscript) and a Swedish electricity faktura
with öresavrundning and a giro stub (groff)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_m import (
    BOLD,
    Doc,
    fdate,
    issue_date,
    lr,
    make_items,
    make_key,
    money,
    num,
    q2,
    row,
    stub,
)
from outside_pools_m import MX_POOL
from outside_words_m import pesos_words


def mx_cfdi(rng: random.Random) -> Doc:
    w = 80
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv = f"FA-{rng.randint(1000, 9999)}"
    vendor = "DISTRIBUIDORA FERRETERA DEL BAJIO SA DE CV"
    items = make_items(rng, MX_POOL, rng.randint(4, 7), qty=(3, 80))
    sub = sum(it.amount for it in items)
    iva = q2(sub * Decimal("0.16"))
    total = sub + iva
    doc = Doc(
        "m07_mx_cfdi",
        "es-MX",
        "CFDI 4.0 printed representation, plain text",
        "enscript+ps2pdf",
        {},
        paper="letter",
    )
    fmt = "{d:02}/{m:02}/{Y}"
    uuid = "-".join(f"{rng.getrandbits(n * 4):0{n}X}" for n in (8, 4, 4, 4, 12))
    seal = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(228)
    )
    p = [
        lr(doc.show("vendor_name", vendor), "FACTURA", w),
        lr(f"RFC: DFB9803{num(rng, 2)}KJ4", f"NO. {doc.show('invoice_number', inv, 'NO.')}", w),
        lr("AV. LAS TORRES 1450, COL. INDUSTRIAL, LEON, GTO. CP 37490", f"SERIE FA FOLIO {inv[3:]}", w),
        "REGIMEN FISCAL: 601 GENERAL DE LEY PERSONAS MORALES",
        "=" * w,
        f"FECHA DE EXPEDICION: {doc.show('date', fdate(d, fmt), 'FECHA DE EXPEDICION')} 10:42:17"
        "   LUGAR DE EXPEDICION: 37490",
        f"FOLIO FISCAL (UUID): {uuid}",
        f"NO. DE SERIE DEL CSD: 0000100000050{num(rng, 7)}   TIPO DE COMPROBANTE: I - INGRESO",
        "-" * w,
        "RECEPTOR: CONSTRUCCIONES Y PROYECTOS ALTAMIRA SA DE CV",
        f"RFC: CPA1107{num(rng, 2)}TR3   USO CFDI: G03 GASTOS EN GENERAL   CP: 76000",
        f"CLAVE CLIENTE: {num(rng, 5)}   ORDEN DE COMPRA: OC-{num(rng, 5)}   PEDIDO: {num(rng, 6)}",
        "CONDICIONES DE PAGO: CREDITO 30 DIAS   FECHA DE VENCIMIENTO: "
        + doc.show("due_date", fdate(due, fmt), "FECHA DE VENCIMIENTO"),
        "METODO DE PAGO: PPD PAGO EN PARCIALIDADES O DIFERIDO   FORMA DE PAGO: 99 POR DEFINIR",
        "MONEDA: MXN   TIPO DE CAMBIO: 1   EXPORTACION: 01 NO APLICA",
        "-" * w,
        row(
            ("CANT", 5, ">"),
            ("UNIDAD", 6, "<"),
            ("CLAVE SAT", 9, "<"),
            ("DESCRIPCION", 30, "<"),
            ("P. UNITARIO", 12, ">"),
            ("IMPORTE", 12, ">"),
        ),
        "-" * w,
    ]
    for it in items:
        p.append(
            row(
                (str(it.qty), 5, ">"),
                (it.unit, 6, "<"),
                (f"{rng.randint(30100000, 31299999)}", 9, "<"),
                (it.desc, 30, "<"),
                (money(it.price), 12, ">"),
                (money(it.amount), 12, ">"),
            )
        )
    p += [
        "-" * w,
        lr(" " * 46 + "SUBTOTAL", "$ " + doc.show("subtotal", money(sub), "SUBTOTAL"), w),
        lr(" " * 46 + "DESCUENTO", "$ 0.00", w),
        lr(" " * 46 + "IVA TRASLADADO 16%", "$ " + doc.show("tax", money(iva), "IVA"), w),
        lr(" " * 46 + "TOTAL", "$ " + doc.show("total", money(total), "TOTAL"), w),
        "",
        "IMPORTE CON LETRA:",
        pesos_words(total),
        "",
        "SELLO DIGITAL DEL CFDI:",
        *[seal[i : i + w] for i in range(0, len(seal), w)],
        "",
        "ESTE DOCUMENTO ES UNA REPRESENTACION IMPRESA DE UN CFDI 4.0",
        "PAGARE: DEBO Y PAGARE INCONDICIONALMENTE A LA ORDEN DE " + vendor,
        "EN LEON, GTO. LA CANTIDAD CONSIGNADA EN ESTE DOCUMENTO.",
    ]
    doc.shown["currency"] = ("", "MXN")
    doc.pages = [p]
    doc.key = make_key(inv, d, due, total, iva, sub, "MXN", vendor)
    return doc


def se_el(rng: random.Random) -> Doc:
    w = 78
    d = issue_date(rng)
    due = d + timedelta(days=21)
    start = (d.replace(day=1) - timedelta(days=1)).replace(day=1)
    end = d.replace(day=1) - timedelta(days=1)
    inv, kund, ocr = "73" + num(rng, 8), num(rng, 7), num(rng, 12)
    vendor = "Mälarvik Energi AB"
    kwh = rng.randint(600, 2600)
    rows = [
        ("Elhandel rörligt pris", f"{kwh} kWh", f"{money(q2(rng.uniform(45, 130)), 'sp')} öre/kWh"),
        ("Fast månadsavgift elhandel", "1 mån", "39,00 kr"),
        ("Elnät överföringsavgift", f"{kwh} kWh", "27,60 öre/kWh"),
        ("Elnät fast abonnemang 16 A", "1 mån", f"{money(q2(rng.uniform(280, 360)), 'sp')} kr"),
        ("Energiskatt", f"{kwh} kWh", "43,90 öre/kWh"),
    ]
    amounts = []
    for _, use, price in rows:
        n = Decimal(use.split()[0])
        unit = Decimal(price.split()[0].replace(" ", "").replace(",", "."))
        amounts.append(q2(n * unit / 100) if "öre" in price else q2(n * unit))
    net = sum(amounts)
    moms = q2(net * Decimal("0.25"))
    total = (net + moms).quantize(Decimal(1))
    rnd = total - net - moms
    doc = Doc(
        "m08_se_el_faktura",
        "sv-SE",
        "electricity faktura, öresavrundning, inbetalningsavi",
        "groff+ps2pdf",
        {},
    )
    fmt = "{Y}-{m:02}-{d:02}"
    p = [
        BOLD + lr(vendor.upper(), "FAKTURA", w),
        lr("Box 412, 721 07 Västerås", "Sida 1 (1)", w),
        f"Org.nr 5567{num(rng, 2)}-{num(rng, 4)}   Momsreg.nr SE5567{num(rng, 6)}01   Godkänd för F-skatt",
        "",
        " " * 44 + "Lindqvist, Anna",
        " " * 44 + "Sjöviksvägen 7",
        " " * 44 + "723 48 Västerås",
        "",
        row(
            ("Fakturanummer", 16, "<"),
            (doc.show("invoice_number", inv, "Fakturanummer"), 20, "<"),
            ("Fakturadatum", 16, "<"),
            (doc.show("date", fdate(d, fmt), "Fakturadatum"), 12, "<"),
        ),
        row(
            ("Kundnummer", 16, "<"),
            (kund, 20, "<"),
            ("Förfallodatum", 16, "<"),
            (doc.show("due_date", fdate(due, fmt), "Förfallodatum"), 12, "<"),
        ),
        row(
            ("Anläggnings-ID", 16, "<"),
            ("735999" + num(rng, 12), 20, "<"),
            ("OCR-nummer", 16, "<"),
            (ocr, 14, "<"),
        ),
        f"Period {fdate(start, fmt)} - {fdate(end, fmt)}   "
        f"Mätarställning {rng.randint(10000, 90000)} kWh (avläst)",
        "=" * w,
        row(("Specifikation", 30, "<"), ("Förbrukning", 12, ">"), ("Pris", 17, ">"), ("Belopp kr", 15, ">")),
        "-" * w,
    ]
    for (desc, use, price), amt in zip(rows, amounts, strict=True):
        p.append(row((desc, 30, "<"), (use, 12, ">"), (price, 17, ">"), (money(amt, "sp"), 15, ">")))
    p += [
        "-" * w,
        lr(" " * 38 + "Summa exkl. moms", doc.show("subtotal", money(net, "sp"), "Summa exkl. moms"), w),
        lr(" " * 38 + "Moms 25 %", doc.show("tax", money(moms, "sp"), "Moms"), w),
        lr(" " * 38 + "Öresavrundning", money(rnd, "sp"), w),
        BOLD + lr(" " * 38 + "Att betala", doc.show("total", money(total, "sp") + " kr", "Att betala"), w),
        "=" * w,
        f"Din förbrukning de senaste 12 månaderna: {kwh * 11 + rng.randint(-900, 900)} kWh.",
        "Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen samt",
        "påminnelseavgift 60 kr.",
        "",
        "",
        "",
        stub(w, "INBETALNING/GIRERING AVI"),
        "",
        row(("Betalningsmottagare", 30, "<"), ("Bankgiro", 14, "<"), ("OCR-nummer / referens", 30, "<")),
        row((vendor, 30, "<"), (f"{num(rng, 3)}-{num(rng, 4)}", 14, "<"), (ocr, 30, "<")),
        "",
        row(("Förfallodatum", 30, "<"), ("Kronor", 14, ">"), ("öre", 5, ">")),
        row((fdate(due, fmt), 30, "<"), (str(int(total)), 14, ">"), ("00", 5, ">")),
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("", "kr")
    doc.shown["vendor_name"] = ("", vendor)
    doc.key = make_key(inv, d, due, total, moms, net, "SEK", vendor)
    return doc
