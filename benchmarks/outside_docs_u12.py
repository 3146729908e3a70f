"""Set U templates: Mexican web-shop nota de venta (IVA-inclusive, coupon, envío), Irish trade invoice."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

MX_CSS = """
@page { size: Letter; margin: 14mm; } body { font: 9pt 'DejaVu Sans'; color: #333; } .hd { text-align:
center; }
.hd b { font-size: 17pt; color: #d6336c; } .meta { display: flex; justify-content: space-between; margin:
12px 0;
 background: #fff0f6; padding: 8px; } table.p { width: 100%; border-collapse: collapse; } table.p th
{ border-bottom: 2px solid #d6336c; text-align: left; padding: 4px; } table.p td { padding: 4px;
 border-bottom: 1px solid #eee; } .r { text-align: right !important; white-space: nowrap; } table.s
{ margin: 10px 0 0 auto; } table.s td { padding: 2px 8px; } .k td { font-weight: bold; font-size: 11pt; }
"""

MX_ITEMS = [
    ("Huaraches de piel artesanales, talla 26", 69900, 129900),
    ("Rebozo de algodón teñido a mano", 49900, 89900),
    ("Taza de barro negro de Oaxaca (2 pzas)", 29900, 44900),
    ("Mezcal espadín 750 ml", 54900, 98900),
    ("Bolsa tejida de palma", 39900, 69900),
    ("Café de Chiapas en grano 1 kg", 28900, 42900),
]


def shop_mx(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("Tlali", "Tlali Artesanías, S.A. de C.V."),
            ("Xochi", "Comercializadora Xochi, S. de R.L. de C.V."),
            ("Mercadito Azul", "Mercadito Azul en Línea, S.A.P.I. de C.V."),
        ]
    )
    issued = issue_date(rng)
    number = f"{rng.choice(['A', 'W', 'TL'])}{rng.randrange(10**4, 10**5)}"
    order = f"#{rng.randrange(10**5, 10**6)}"
    d = "{d} de {month} de {yyyy}"
    rows, gross = [], Decimal(0)
    for name, lo, hi in rng.sample(MX_ITEMS, 3):
        qty = rng.randrange(1, 3)
        price = Decimal(rng.randrange(lo, hi)) / 100
        gross += qty * price
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty}</td><td class=r>${money(price)}</td>"
            f"<td class=r>${money(qty * price)}</td></tr>"
        )
    coupon = q2(gross * Decimal(rng.choice(["0.10", "0.15", "0.20"])))
    ship = Decimal(rng.choice(["149.00", "189.00", "99.00"]))
    total = gross - coupon + ship
    iva = q2(total * 16 / 116)
    body = f"""
<div class=hd><b>{brand}</b><br>{esc(legal)} · RFC
{legal[:3].upper()}{issued:%y%m%d}{rng.choice(["AB1", "K23", "M9P"])}<br>
{
        rng.choice(
            [
                "Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX",
                "Calle Macedonio Alcalá 407, Oaxaca, Oax.",
            ]
        )
    }</div>
<div class=meta><div>Nota de venta / Factura simplificada<br>Folio: {number}<br>Pedido en línea: {order}</div>
<div>Fecha: {fdate(issued, d, "es")}<br>Pagado con tarjeta · Envío estándar 3-5 días</div></div>
<table class=p><tr><th>Producto</th><th class=r>Cant.</th><th class=r>Precio</th><th class=r>Importe</th></tr>
{"".join(rows)}</table>
<table class=s><tr><td>Subtotal productos</td><td class=r>${money(gross)}</td></tr>
<tr><td>Cupón BIENVENIDA</td><td class=r>-${money(coupon)}</td></tr><tr><td>Envío</td><td
class=r>${money(ship)}</td></tr>
<tr class=k><td>Total MXN</td><td class=r>${money(total)}</td></tr>
<tr><td>IVA 16% incluido en el total</td><td class=r>${money(iva)}</td></tr></table>
<p style="font-size:7.5pt">Precios en pesos mexicanos con IVA incluido. Si requiere CFDI, solicítelo en el
portal de
facturación dentro del mes de su compra con el folio y el total de esta nota.</p>"""
    return make(
        "shop_mx",
        "es",
        page(MX_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d, "es")),
        due_date=None,
        total=(total, money(total)),
        currency=("MXN", "MXN"),
        vendor_name=(legal, legal),
        subtotal=None,
        tax=(iva, money(iva)),
    )


IE_CSS = """
@page { size: A4; margin: 14mm; } body { font: 8.8pt 'Liberation Serif'; } .hd { display: flex;
 justify-content: space-between; } .hd b { font: bold 16pt 'Liberation Sans'; color: #1864ab; } table.p
{ width: 100%; border-collapse: collapse; margin-top: 10px; font-family: 'Liberation Sans'; } table.p th
{ background: #1864ab; color: #fff; padding: 3px; text-align: left; } table.p td { padding: 3px;
 border-bottom: 1px solid #ddd; } .r { text-align: right !important; white-space: nowrap; } table.s
{ margin: 8px 0 0 auto; font-family: 'Liberation Sans'; } table.s td { padding: 2px 8px; }
.k td { font-weight: bold; border-top: 1.5px solid #000; }
"""

IE_ITEMS = [
    ("Hurling helmet, senior, assorted colours", 3200, 4500),
    ("Sliotar, match grade (box of 12)", 9500, 13500),
    ("GAA training bibs (set of 10)", 2800, 4200),
    ("Football size 5, match", 2400, 3900),
    ("Corner flags with springs (set of 4)", 6900, 9900),
    ("Kit bag, club crest embroidered", 2100, 3300),
]


def wholesale_ie(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Shannon Sports Wholesale Limited", "Corrib Leisure Supplies Ltd", "Liffey Team Gear DAC"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([30, 45]))
    number = f"{rng.randrange(10**5, 10**6)}"
    d = "{d}/{m}/{yyyy}"
    rows, goods = [], Decimal(0)
    for name, lo, hi in rng.sample(IE_ITEMS, 4):
        qty = rng.randrange(2, 20)
        price = Decimal(rng.randrange(lo, hi)) / 100
        goods += qty * price
        rows.append(
            f"<tr><td>{rng.randrange(1000, 9999)}</td><td>{name}</td><td class=r>{qty}</td>"
            f"<td class=r>{money(price)}</td><td class=r>{money(qty * price)}</td></tr>"
        )
    disc = q2(goods * Decimal("0.125"))
    carriage = Decimal(rng.choice(["15.00", "22.50", "35.00"]))
    net = goods - disc + carriage
    vat = q2(net * Decimal("0.23"))
    total = net + vat
    body = f"""
<div class=hd><div><b>{esc(legal)}</b><br>Unit {rng.randrange(1, 30)}, {
        rng.choice(["Ballysimon Business Park", "Ballybrit Industrial Estate", "Park West"])
    }<br>{rng.choice(["Limerick V94 X2N3", "Galway H91 F2W5", "Dublin 12"])}<br>
VAT Reg. No. IE{rng.randrange(10**6, 10**7)}{rng.choice("ABCDHK")}</div>
<div style="text-align:right"><b style="color:#000;font-size:13pt">INVOICE</b><br>Invoice No. {
        number
    }<br>Invoice
date {fdate(issued, d)}<br>Account {rng.choice(["CLA", "KIL", "ROS"])}{
        rng.randrange(100, 999)
    }<br>Delivery docket
{rng.randrange(10**4, 10**5)}</div></div>
<p>Invoice to: {rng.choice(["Clarecastle GAA Club", "Kilkenny Sports Centre", "Roscommon Community Games"])} ·
Deliver to: club grounds</p>
<table class=p><tr><th>Code</th><th>Description</th><th class=r>Qty</th><th class=r>Unit €</th><th
class=r>Line €</th>
</tr>{"".join(rows)}</table>
<table class=s><tr><td>Goods</td><td class=r>{money(goods)}</td></tr><tr><td>Trade discount 12.5%</td>
<td class=r>-{money(disc)}</td></tr><tr><td>Carriage</td><td class=r>{money(carriage)}</td></tr>
<tr><td>Total excl. VAT</td><td class=r>{money(net)}</td></tr><tr><td>VAT @ 23%</td><td class=r>{
        money(vat)
    }</td></tr>
<tr class=k><td>Invoice total EUR</td><td class=r>{money(total)}</td></tr></table>
<p>Payment due by {fdate(due, d)}. EFT to AIB, IBAN IE{rng.randrange(10, 99)} AIBK 9{
        rng.randrange(10**12, 10**13)
    }.
Prices exclude VAT. Title passes on payment.</p>"""
    return make(
        "wholesale_ie",
        "en",
        page(IE_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(vat, money(vat)),
    )
