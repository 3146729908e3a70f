"""Set L spreadsheet invoices 17-18: Canadian consulting invoice (HST 13 %, account summary with a previous
balance), Colombian factura de venta (COP without decimals, IVA 19 %, DIAN resolution decoy)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import CALC, Doc, Line, Meta, dfmt, issue_date, num, q2, subtotal, tax_of
from outside_xlsx_l import Sheet

CA_WORK = [
    ("Strategy workshop facilitation", 225),
    ("Financial model review", 195),
    ("Board deck preparation", 175),
    ("Market sizing analysis", 195),
    ("Interviews with key customers", 175),
    ("Project management", 150),
]


META_CA = Meta(
    "L17_ca_consulting_balance", "Northbank Advisory Inc.", "CAD", "en-CA", "excel-consulting-invoice", CALC
)


def make_ca(rng: random.Random, src: Path) -> Doc:
    stem, vendor, wine = META_CA.stem, META_CA.vendor, "6E2639"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"NA-{rng.randint(200, 990):04d}"
    lines = [Line(d, Decimal(rng.randint(4, 40)) / 2, Decimal(rate)) for d, rate in rng.sample(CA_WORK, 4)]
    net = subtotal(lines)
    hst = tax_of(net, "13")
    total = net + hst
    previous = q2(rng.randint(30, 90) * 100)
    payment = previous - q2(rng.randint(5, 25) * 100)
    cad, iso = '"$"#,##0.00;("$"#,##0.00)', "YYYY-MM-DD"
    s = Sheet("Invoice")
    s.widths({"A": 40, "B": 10, "C": 13, "D": 16})
    s.put("A1", vendor, bold=True, size=20, color=wine)
    s.put("C1", "INVOICE", bold=True, size=20, color="808080", align="r", merge="D1")
    s.height(1, 32)
    for r, text in enumerate(
        [
            "181 Bay Street, Suite 2800, Toronto ON M5J 2T3",
            "416-555-0177 · ar@northbank.example",
            f"HST # {rng.randint(70000, 89999)} {rng.randint(1000, 9999)} RT0001",
        ],
        start=2,
    ):
        s.put(f"A{r}", text, size=9)
    info = [
        ("Invoice #:", number, None),
        ("Date:", issued, iso),
        ("Due date:", due, iso),
        ("Engagement:", f"ENG-{rng.randint(1000, 9999)}", None),
    ]
    for r, (label, value, fmt) in enumerate(info, start=3):
        s.put(f"C{r}", label, bold=True, align="r", size=9)
        s.put(f"D{r}", value, align="r", fmt=fmt)
    s.put("A8", "Prepared for", bold=True, color=wine)
    for r, text in enumerate(
        [
            "Maple Ridge Foods Ltd.",
            "Attn: Chief Financial Officer",
            "2250 Meadowvale Blvd",
            "Mississauga ON L5N 5S4",
        ],
        start=9,
    ):
        s.put(f"A{r}", text)
    period = issued.replace(day=1) - timedelta(days=1)
    s.put("A14", f"Professional services for {dfmt(period, '{month} {yyyy}')}", italic=True)
    s.row(
        15, 1, ["Description", "Hours", "Rate", "Amount"], bold=True, fill=wine, color="FFFFFF", aligns="lrrr"
    )
    for i, ln in enumerate(lines):
        s.row(16 + i, 1, [ln.desc, ln.qty, ln.price, ln.amount], fmts=[None, "0.0", cad, cad], aligns="lrrr")
        s.rule(f"A{16 + i}:D{16 + i}", "bottom", color="D9C3CA")
    r = 16 + len(lines) + 1
    for i, (label, value) in enumerate(
        (("Subtotal", net), ("HST (ON) 13%", hst), ("Invoice total (CAD)", total))
    ):
        s.put(f"C{r + i}", label, bold=(i == 2), align="r")
        s.put(f"D{r + i}", value, bold=(i == 2), align="r", fmt=cad)
    s.rule(f"D{r + 2}:D{r + 2}", "top")
    r += 5
    s.put(f"A{r}", "Account summary", bold=True, color=wine)
    rows = [
        ("Previous balance", previous),
        ("Payment received – thank you", -payment),
        ("This invoice", total),
        ("Total amount due", previous - payment + total),
    ]
    for i, (label, value) in enumerate(rows, start=1):
        s.put(f"A{r + i}", label, bold=(i == 4))
        s.put(f"D{r + i}", value, bold=(i == 4), align="r", fmt=cad)
    s.outline(f"A{r + 1}:D{r + 4}", style="thin", color=wine)
    s.put(
        f"A{r + 6}",
        "Please pay by EFT or cheque payable to Northbank Advisory Inc. Interest of 1.5% per month "
        "applies to overdue balances.",
        size=8,
        merge=f"D{r + 6}",
    )
    s.page(f"A1:D{r + 7}", paper="Letter")
    path = s.save(src / f"{stem}.xlsx")
    key = META_CA.key(number, issued, due, total, hst, net)
    printed = {
        "invoice_number": number,
        "date": issued.isoformat(),
        "due_date": due.isoformat(),
        "total": num(total),
        "tax": num(hst),
        "subtotal": num(net),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


CO_GOODS = [
    ("Café excelso tostado en grano 2,5 kg", 98000, 135000),
    ("Café molido tradicional 500 g", 16500, 24000),
    ("Café origen Huila 1 kg", 52000, 69000),
    ("Filtros de papel N°4 x 100", 7500, 11000),
    ("Cápsulas compatibles x 50", 48000, 65000),
    ("Aromática frutos rojos x 20", 6800, 9500),
]


META_CO = Meta(
    "L18_co_factura_venta",
    "Distribuciones Andina del Café S.A.S.",
    "COP",
    "es-CO",
    "excel-factura-de-venta",
    CALC,
    dec=0,
)


def make_co(rng: random.Random, src: Path) -> Doc:
    stem, vendor, brown = META_CO.stem, META_CO.vendor, "5B3A29"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"FV-{rng.randint(1000, 4999)}"
    lines = [
        Line(d, Decimal(rng.randint(3, 40)), Decimal(lo + 100 * rng.randint(0, (hi - lo) // 100)))
        for d, lo, hi in rng.sample(CO_GOODS, 5)
    ]
    net = subtotal(lines)
    iva = tax_of(net, "19", 0)
    total = net + iva
    cop, dmy = '[$-240A]"$" #,##0', "DD/MM/YYYY"
    s = Sheet("Factura")
    s.widths({"A": 11, "B": 40, "C": 8, "D": 16, "E": 18})
    s.put("A1", vendor, bold=True, size=16, color=brown, merge="C1")
    s.put("D1", "FACTURA DE VENTA", bold=True, size=13, align="r", merge="E1")
    s.put(
        "A2",
        f"NIT 900.{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.randint(1, 9)} · Responsable de IVA",
        size=9,
        merge="C2",
    )
    s.put("A3", "Calle 10 Sur # 50FF-28, Medellín, Antioquia · (604) 555 2210", size=9, merge="C3")
    s.put("D2", "N°", align="r", bold=True)
    s.put("E2", number, align="r", bold=True, size=12, color="C00000")
    info = [
        ("Fecha de expedición:", issued, dmy),
        ("Fecha de vencimiento:", due, dmy),
        ("Forma de pago:", "Crédito 30 días", None),
        ("Orden de compra:", f"OC-{rng.randint(1000, 9999)}", None),
    ]
    for r, (label, value, fmt) in enumerate(info, start=5):
        s.put(f"D{r}", label, size=9, align="r")
        s.put(f"E{r}", value, size=9, align="r", fmt=fmt)
    for r, (label, value) in enumerate(
        (
            ("Señores:", "Tiendas La Montaña S.A.S."),
            ("NIT:", f"901.{rng.randint(100, 999)}.{rng.randint(100, 999)}-2"),
            ("Dirección:", "Carrera 43A # 1-50, Medellín"),
            ("Teléfono:", "(604) 555 7781"),
        ),
        start=5,
    ):
        s.put(f"A{r}", label, size=9, bold=True)
        s.put(f"B{r}", value, size=9)
    s.grid("A5:B8", color="BFA999")
    s.row(
        10,
        1,
        ["Código", "Descripción", "Cant.", "Vr. unitario", "Vr. total"],
        bold=True,
        fill=brown,
        color="FFFFFF",
        aligns="llrrr",
    )
    for i in range(8):
        r = 11 + i
        if i < len(lines):
            ln = lines[i]
            s.row(
                r,
                1,
                [f"AC{rng.randint(100, 999)}", ln.desc, int(ln.qty), ln.price, ln.amount],
                fmts=[None, None, None, cop, cop],
                aligns="llrrr",
            )
        s.grid(f"A{r}:E{r}", color="BFA999")
    for r, (label, value) in enumerate(
        (("Subtotal", net), ("IVA 19%", iva), ("Total factura", total)), start=20
    ):
        s.put(f"D{r}", label, bold=(r == 22), align="r")
        s.put(f"E{r}", value, bold=(r == 22), align="r", fmt=cop)
    s.shade("D22:E22", "EADFD7")
    s.put(
        "A20",
        "Esta factura de venta se asimila en todos sus efectos a una letra de cambio",
        size=7,
        merge="C20",
    )
    s.put("A21", "(art. 774 del Código de Comercio).", size=7, merge="C21")
    s.put(
        "A24",
        f"Resolución DIAN N° 18764{rng.randint(0, 10**9 - 1):09d} del 2024-01-15, numeración autorizada "
        "FV-1 a FV-5000, vigencia 24 meses.",
        size=7,
        merge="E24",
    )
    s.put(
        "A25",
        "Consignar en cuenta de ahorros N° 045-"
        f"{rng.randint(100000, 999999)}-12 a nombre de "
        "Distribuciones Andina del Café.",
        size=7,
        merge="E25",
    )
    s.put("A26", "Valores expresados en pesos colombianos (COP).", size=7, merge="E26")
    s.put("A28", "_____________________________", align="c", merge="B28")
    s.put("A29", "Firma y sello del cliente – Recibido", size=8, align="c", merge="B29")
    s.page("A1:E30")
    path = s.save(src / f"{stem}.xlsx")
    key = META_CO.key(number, issued, due, total, iva, net)
    co = {"group": ".", "point": ",", "dec": 0}
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}/{mm}/{yyyy}"),
        "due_date": dfmt(due, "{dd}/{mm}/{yyyy}"),
        "total": num(total, **co),
        "tax": num(iva, **co),
        "subtotal": num(net, **co),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


MAKERS = [make_ca, make_co]
