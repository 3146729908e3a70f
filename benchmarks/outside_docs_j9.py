"""Set J templates: Spanish factura (IVA 10 % and 21 %), Mexican CFDI 4.0 printed representation."""

from __future__ import annotations

import random
import string
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

ES_CSS = """
@page { size: A4; margin: 15mm; }
body { font: 9pt 'Liberation Sans'; }
.t { font: bold 22pt 'Liberation Sans'; color: #c0392b; text-align: right; }
.parties { display: flex; gap: 6mm; margin: 5mm 0; } .parties > div
{ flex: 1; border: 1px solid #bbb; padding: 3mm; }
.parties h4 { margin: 0 0 2mm; font-size: 8pt; color: #c0392b; text-transform: uppercase; }
table.d { border-collapse: collapse; margin-bottom: 4mm; } table.d td
{ border: 1px solid #bbb; padding: 2px 8px; }
table.d td:first-child { background: #f6f6f6; }
table.l { width: 100%; border-collapse: collapse; } table.l th
{ background: #c0392b; color: #fff; padding: 4px; }
table.l td { border-bottom: 1px solid #eee; padding: 3px 4px; } .r
{ text-align: right !important; white-space: nowrap; }
table.iva { border-collapse: collapse; margin-top: 5mm; } table.iva th, table.iva td
{ border: 1px solid #bbb; padding: 3px 8px; }
.tf { margin-top: 3mm; text-align: right; font-size: 12pt; font-weight: bold; }
.pie { margin-top: 8mm; font-size: 7.5pt; color: #666; }
"""

EVENTOS = [
    ("Servicio de catering, menú cóctel por persona", 10, 28, 55),
    ("Servicio de camareros (horas)", 21, 18, 26),
    ("Alquiler de mobiliario (mesas altas y taburetes)", 21, 6, 14),
    ("Alquiler de carpa 10x20 m", 21, 900, 1800),
    ("Montaje y desmontaje", 21, 250, 600),
    ("Barra libre de refrescos y agua, por persona", 10, 6, 11),
]


def factura_es(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Eventos Costa Blanca, S.L.", "Catering Hermanos Ruiz, S.L.", "Banquetes La Alameda, S.A."]
    )
    issued = issue_date(rng)
    op = issued - timedelta(days=rng.randrange(3, 12))
    due = issued + timedelta(days=rng.choice([30, 45, 60]))
    number = f"{rng.choice('ABF')}{issued.year % 100}/{rng.randrange(10, 999):04d}"
    d = "{dd}/{mm}/{yyyy}"
    pax = rng.randrange(40, 250)
    rows, base = [], {10: Decimal(0), 21: Decimal(0)}
    for text, rate, lo, hi in rng.sample(EVENTOS, 5):
        qty = (
            pax
            if "persona" in text
            else rng.randrange(1, 40)
            if "horas" in text or "mobiliario" in text
            else 1
        )
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        dto = rng.choice([0, 0, 5, 10])
        amt = q2(qty * price * (100 - dto) / 100)
        base[rate] += amt
        rows.append(
            f"<tr><td>{text}</td><td class=r>{qty}</td><td class=r>{money(price, 'de')}</td>"
            f"<td class=r>{dto or ''}</td><td class=r>{rate} %</td><td class=r>{money(amt, 'de')}</td></tr>"
        )
    cuota = {r: q2(b * r / 100) for r, b in base.items()}
    sub = base[10] + base[21]
    total = sub + cuota[10] + cuota[21]
    cif = f"B{rng.randrange(10**7, 10**8)}"
    client = rng.choice(
        ["Laboratorios Mediterráneo, S.A.", "Asociación Vecinal El Pla", "Grupo Ferrán Inversiones, S.L."]
    )
    body = f"""
<div class=t>FACTURA</div>
<div class=parties><div><h4>Datos del emisor</h4>Razón social: {esc(vendor)}<br>CIF: {cif}<br>
{rng.choice(["Avda. de la Estación", "C/ Pintor Sorolla", "C/ Mayor"])}, {rng.randrange(1, 99)}<br>
{rng.choice(["03001 Alicante", "46002 Valencia", "29001 Málaga"])}<br>Tel.
96{rng.randrange(1000000, 9999999)}</div>
<div><h4>Datos del cliente</h4>{client}<br>
NIF: A{rng.randrange(10**7, 10**8)}<br>{rng.choice(["C/ Colón", "Gran Vía", "Paseo de la Castellana"])},
{rng.randrange(1, 200)}<br>
{rng.choice(["28046 Madrid", "46004 Valencia", "08008 Barcelona"])}<br>Cód. cliente:
{rng.randrange(430000, 439999)}</div></div>
<table class=d><tr><td>Número de factura</td><td>{number}</td></tr><tr><td>Fecha de
expedición</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Fecha del evento</td><td>{fdate(op, d)} ({pax} invitados)</td></tr>
<tr><td>Presupuesto aceptado</td><td>P-{rng.randrange(1000, 9999)}</td></tr></table>
<table class=l><tr><th>Concepto</th><th class=r>Cant.</th><th class=r>Precio</th><th class=r>Dto. %</th><th
class=r>IVA</th>
<th class=r>Importe</th></tr>{"".join(rows)}</table>
<table class=iva><tr><th>Base imponible</th><th>% IVA</th><th>Cuota IVA</th></tr>
<tr><td class=r>{money(base[10], "de")}</td><td class=r>10 %</td><td
class=r>{money(cuota[10], "de")}</td></tr>
<tr><td class=r>{money(base[21], "de")}</td><td class=r>21 %</td><td
class=r>{money(cuota[21], "de")}</td></tr>
<tr><td class=r><b>{money(sub, "de")}</b></td><td></td><td></td></tr></table>
<div class=tf>TOTAL FACTURA: {money(total, "de")} €</div>
<p>Forma de pago: transferencia bancaria a ES{rng.randrange(10, 99)} 2100 {rng.randrange(1000, 9999)}
{rng.randrange(10, 99)}
{rng.randrange(10**9, 10**10)}. Vencimiento: {fdate(due, d)}.</p>
<div class=pie>Inscrita en el Registro Mercantil de {rng.choice(["Alicante", "Valencia", "Málaga"])}, tomo
{rng.randrange(1000, 4999)},
folio {rng.randrange(1, 220)}, hoja {rng.choice("AVM")}-{rng.randrange(10000, 99999)}. Sus datos personales
se tratan conforme al RGPD
(UE) 2016/679; puede ejercer sus derechos escribiendo a la dirección del emisor.</div>"""
    return make(
        "factura_es",
        "es",
        page(ES_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, money(sub, "de")),
        tax=(cuota[10] + cuota[21], (money(cuota[10], "de"), money(cuota[21], "de"))),
    )


UNI = [
    "CERO",
    "UN",
    "DOS",
    "TRES",
    "CUATRO",
    "CINCO",
    "SEIS",
    "SIETE",
    "OCHO",
    "NUEVE",
    "DIEZ",
    "ONCE",
    "DOCE",
    "TRECE",
    "CATORCE",
    "QUINCE",
]
DEC = ["_", "DIECI", "VEINTI", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
CEN = (
    "_ CIENTO DOSCIENTOS TRESCIENTOS CUATROCIENTOS QUINIENTOS SEISCIENTOS SETECIENTOS OCHOCIENTOS NOVECIENTOS"
)


def _letra(n: int) -> str:
    if n < 16:
        return UNI[n]
    if n < 30:
        return "VEINTE" if n == 20 else DEC[n // 10] + UNI[n % 10]
    if n < 100:
        return DEC[n // 10] + ("" if n % 10 == 0 else " Y " + UNI[n % 10])
    if n < 1000:
        return (
            "CIEN" if n == 100 else CEN.split(" ")[n // 100] + ("" if n % 100 == 0 else " " + _letra(n % 100))
        )
    if n < 10**6:
        head = "MIL" if n // 1000 == 1 else _letra(n // 1000) + " MIL"
        return head + ("" if n % 1000 == 0 else " " + _letra(n % 1000))
    head = "UN MILLON" if n // 10**6 == 1 else _letra(n // 10**6) + " MILLONES"
    return head + ("" if n % 10**6 == 0 else " " + _letra(n % 10**6))


PRODUCTOS = [
    ("Rodamiento de bolas 6205-2RS", "31171504"),
    ("Banda en V A-42", "31171700"),
    ("Guante de nitrilo caja c/100", "46181504"),
    ("Disco de corte 4 1/2 in", "27111900"),
    ("Aceite hidráulico ISO 68 cubeta 19 L", "15121902"),
    ("Tornillo hexagonal 3/8 x 2 in, caja", "31161500"),
]


def cfdi_mx(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "COMERCIALIZADORA DEL BAJIO SA DE CV",
            "DISTRIBUIDORA INDUSTRIAL NORTEÑA SA DE CV",
            "SUMINISTROS TECNICOS DE OCCIDENTE S DE RL DE CV",
        ]
    )
    issued = issue_date(rng)
    clock = f"{rng.randrange(8, 19):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}"
    stamp = f"{issued.isoformat()}T{clock}"
    number = f"{rng.choice(['A', 'F', 'FA'])}-{rng.randrange(1000, 99999)}"
    uuid = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(k)) for k in (8, 4, 4, 4, 12))
    rows, sub = [], Decimal(0)
    for name, clave in rng.sample(PRODUCTOS, rng.randrange(3, 6)):
        qty = rng.randrange(1, 60)
        price = Decimal(rng.randrange(3000, 250000)) / 100
        amt = q2(qty * price)
        sub += amt
        rows.append(
            f"<tr><td>{clave}</td><td class=r>{qty}</td><td>H87 Pieza</td><td>{name}</td>"
            f"<td class=r>{money(price)}</td><td class=r>{money(amt)}</td><td>02</td></tr>"
        )
    iva = q2(sub * Decimal("0.16"))
    total = sub + iva
    letra = f"{_letra(int(total))} PESOS {int(total % 1 * 100):02d}/100 M.N."
    rfc, buyer_rfc = (
        "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        + f"{rng.randrange(90, 120) % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(3))
        for _ in range(2)
    )
    buyer = rng.choice(
        ["MANUFACTURAS AUTOMOTRICES DEL NORTE", "EMBOTELLADORA LA PERLA", "GRUPO CONSTRUCTOR AZTLAN"]
    )
    seal = "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(300))
    body = f"""
<div class=h><div><div class=em>{esc(vendor)}</div>RFC: {rfc}<br>Régimen fiscal: 601 General de Ley Personas
Morales<br>
Lugar de expedición: {rng.choice(["37000", "64000", "44100"])}</div>
<table class=bx><tr><th colspan=2>FACTURA</th></tr><tr><td>Serie y folio</td><td>{number}</td></tr>
<tr><td>Folio fiscal</td><td style="font-size:7pt">{uuid}</td></tr><tr><td>Fecha de
emisión</td><td>{stamp}</td></tr>
<tr><td>Tipo de comprobante</td><td>I - Ingreso</td></tr></table></div>
<div class=rc><b>Receptor:</b> {buyer} SA DE CV &middot; RFC: {buyer_rfc} &middot; Uso CFDI: G01 Adquisición
de mercancías &middot; Domicilio fiscal:
{rng.randrange(10000, 99999)}
&middot; Régimen: 601</div>
<table class=c><tr><th>Clave prod./serv.</th><th>Cant.</th><th>Unidad</th><th>Descripción</th><th>Valor
unitario</th>
<th>Importe</th><th>Obj. imp.</th></tr>{"".join(rows)}</table>
<table class=tt><tr><td>Subtotal</td><td class=r>$ {money(sub)}</td></tr>
<tr><td>IVA Trasladado 16%</td><td class=r>$ {money(iva)}</td></tr>
<tr><td><b>Total</b></td><td class=r><b>$ {money(total)}</b></td></tr></table>
<p><b>Importe con letra:</b> {letra}<br>Moneda: MXN &middot; Forma de pago: 99 Por definir &middot; Método
de pago: PPD
Pago en parcialidades o diferido &middot; Condiciones de pago: Crédito 30 días &middot; Pedido
{rng.randrange(10000, 99999)}</p>
<div class=seal><b>Sello digital del CFDI:</b><br>{seal[:150]}<br>{seal[150:]}<br><b>Cadena original del
complemento de
certificación:</b>
||1.1|{uuid}|{stamp[:11]}{rng.randrange(8, 19):02d}:{rng.randrange(0, 60):02d}:00|SAT970701NN3|
{seal[:40]}|00001000000{rng.randrange(100000000, 999999999)}||<br>Este documento es una representación
impresa de un CFDI.</div>"""
    return make(
        "cfdi_mx",
        "es",
        page(MX_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, stamp),
        due_date=None,
        total=(total, money(total)),
        currency=("MXN", "MXN"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, money(sub)),
        tax=(iva, money(iva)),
    )


MX_CSS = """
@page { size: Letter; margin: 12mm; }
body { font: 8.5pt 'DejaVu Sans Condensed', 'DejaVu Sans'; }
.h { display: flex; justify-content: space-between; }
.em { font-size: 11pt; font-weight: bold; color: #0b4f6c; white-space: nowrap; }
table.bx { border-collapse: collapse; } table.bx td, table.bx th
{ border: 1px solid #0b4f6c; padding: 2px 5px; }
table.bx th { background: #0b4f6c; color: white; }
.rc { margin: 4mm 0; border: 1px solid #0b4f6c; padding: 2mm; }
table.c { width: 100%; border-collapse: collapse; } table.c th
{ background: #0b4f6c; color: white; padding: 3px; }
table.c td { border: 1px solid #c9d6df; padding: 2px 3px; } .r
{ text-align: right !important; white-space: nowrap; }
table.tt { margin: 3mm 0 0 auto; border-collapse: collapse; } table.tt td
{ border: 1px solid #c9d6df; padding: 2px 8px; }
.seal { font: 6.5pt 'DejaVu Sans Mono'; word-break: break-all; margin-top: 4mm; color: #444; }
"""
