"""Set Y templates: Peruvian SUNAT factura electrónica (F001-, IGV 18 %), Colombian DIAN factura (CUFE)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import hexs, later, pick_items, qr_svg

PE_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.5pt 'DejaVu Sans'; } .hd { display: flex; justify-content:
 space-between; } .box { border: 2px solid #000; border-radius: 6px; text-align: center; padding: 6px 10px;
 width: 62mm; font-weight: bold; font-size: 10.5pt; } table.kv
{ width: 100%; margin-top: 4mm; border: 1px solid
 #000; border-radius: 4px; } table.kv td { padding: 1px 4px; } table.it
{ width: 100%; border-collapse: collapse;
 margin-top: 4mm; } table.it th { background: #ddd; border: 1px solid #000; padding: 2px; font-size: 7.5pt; }
table.it td { border: 1px solid #000; padding: 2px 4px; } .r
{ text-align: right !important; white-space: nowrap; }
.bot { display: flex; justify-content: space-between; margin-top: 4mm; } table.t
{ border-collapse: collapse; }
table.t td { border: 1px solid #000; padding: 2px 6px; } .b td { font-weight: bold; }
"""

PE_ITEMS = [
    ("SERVICIO DE MANTENIMIENTO DE SOFTWARE ERP", "ZZ", 800, 2500),
    ("LICENCIA DE USO ANUAL MODULO CONTABLE", "NIU", 1200, 3600),
    ("SOPORTE TECNICO PRESENCIAL (HORA)", "HUR", 80, 150),
    ("CAPACITACION A USUARIOS", "ZZ", 500, 1500),
]


def sunat_pe(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["SISTEMAS CONTABLES DEL PERU S.A.C.", "INNOVA SOFTWARE E.I.R.L.", "TECNOLOGIA ANDINA S.A."]
    )
    issued = issue_date(rng)
    due = later(issued, rng.choice([15, 30]))
    number = f"F{rng.randrange(1, 4):03d}-{rng.randrange(1, 99999):08d}"
    d, f = "{dd}/{mm}/{yyyy}", "en"
    lines = pick_items(rng, PE_ITEMS, 3, 4)
    net = sum(a for *_, a in lines)
    igv = q2(net * Decimal("0.18"))
    total = net + igv
    spot = q2(total * Decimal("0.12")) if total > 700 else None
    rows = "".join(
        f"<tr><td class=r>{q}</td><td>{u}</td><td>{n}</td>"
        f"<td class=r>{money(p, f)}</td><td class=r>{money(a, f)}</td></tr>"
        for n, u, q, p, a in lines
    )
    spot_txt = (
        f"<p>Operación sujeta al Sistema de Pago de Obligaciones Tributarias con el Gobierno Central "
        f"(SPOT) – "
        f"Detracción 12%: S/ {money(spot, f)}. Cta. Banco de la Nación N° 00-{rng.randrange(100, 999)}-"
        f"{rng.randrange(100000, 999999)}</p>"
        if spot
        else ""
    )
    body = f"""<div class=hd><div><b style="font-size:12pt">{esc(legal)}</b><br>AV. {
        rng.choice(["JAVIER PRADO ESTE", "AREQUIPA", "LA MARINA"])
    } NRO. {rng.randrange(100, 4000)}<br>{
        rng.choice(["SAN ISIDRO - LIMA - LIMA", "MIRAFLORES - LIMA - LIMA"])
    }</div>
<div class=box>FACTURA ELECTRÓNICA<br>RUC: 20{rng.randrange(10**8, 10**9)}<br>{number}</div></div>
<table class=kv><tr><td>Fecha de Emisión</td><td>: {
        fdate(issued, d)
    }</td><td>Forma de pago</td><td>: Crédito</td>
</tr><tr><td>Señor(es)</td><td>: {
        rng.choice(["DISTRIBUIDORA NORTE S.A.C.", "CLINICA SAN PABLO S.A.", "AGRICOLA ICA S.A."])
    }
</td><td>Fecha de Vencimiento</td><td>: {fdate(due, d)}</td></tr><tr><td>RUC</td><td>: 20{
        rng.randrange(10**8, 10**9)
    }
</td><td>Tipo de Moneda</td><td>: SOLES</td></tr><tr><td>Dirección del Cliente</td><td colspan=3>: CAL. LOS
PINOS
{rng.randrange(100, 999)} - {rng.choice(["SURCO", "TRUJILLO", "ICA"])}</td></tr></table>
<table class=it><tr><th>Cantidad</th><th>Unidad Medida</th><th>Descripción</th><th>Valor Unitario</th>
<th>Valor de Venta</th></tr>{rows}</table>
<div class=bot><div style="width:55%">{qr_svg(rng, 26)}<br>Código Hash: {
        hexs(rng, 28)
    }=<br>Representación impresa
de la FACTURA ELECTRÓNICA, consulte en www.sunat.gob.pe</div>
<table class=t><tr><td>Op. Gravada</td><td class=r>S/ {money(net, f)}</td></tr><tr><td>Op. Exonerada</td>
<td class=r>S/ 0.00</td></tr><tr><td>Op. Inafecta</td><td class=r>S/ 0.00</td></tr><tr><td>I.G.V. 18%</td>
<td class=r>S/ {money(igv, f)}</td></tr><tr class=b><td>Importe Total</td><td class=r>S/ {
        money(total, f)
    }</td></tr>
</table></div>{spot_txt}"""
    return make(
        "sunat_pe",
        "es",
        page(PE_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("PEN", "SOLES"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(igv, money(igv, f)),
    )


CO_CSS = """
@page { size: Letter; margin: 12mm 14mm; } body { font: 8.3pt 'Liberation Sans'; color: #222; } .hd
{ display: flex;
 justify-content: space-between; border-bottom: 2px solid #f2b705; padding-bottom: 4px; } h1
{ font-size: 12pt;
 margin: 0; } .res { font-size: 6.5pt; color: #555; } table.kv { width: 100%; border-collapse: collapse;
 margin-top: 4mm; } table.kv td { border: 1px solid #ccc; padding: 2px 4px; } .lab
{ font-size: 6.5pt; color: #777;
 display: block; } table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; } table.it th {
 background: #333; color: #fff; padding: 3px; font-size: 7pt; } table.it td { border-bottom: 1px solid #ddd;
 padding: 3px; } .r { text-align: right !important; white-space: nowrap; } .bot { display: flex;
 justify-content: space-between; margin-top: 4mm; gap: 5mm; } table.t td { padding: 2px 6px; } .b td {
 font-weight: bold; font-size: 10pt; border-top: 1px solid #333; }
"""

CO_ITEMS = [
    ("Café verde tipo exportación (saco 70 kg)", "SACO", 900000, 1500000),
    ("Tostión y empaque por kg", "KG", 6000, 11000),
    ("Bolsa válvula 500 g", "UND", 900, 1800),
    ("Flete Manizales - Bogotá", "VIAJE", 450000, 900000),
]


def dian_co(rng: random.Random) -> Doc:
    legal = rng.choice(
        [
            "Cafés Especiales del Quindío S.A.S.",
            "Tostadora La Montaña S.A.S.",
            "Comercializadora Andina Ltda.",
        ]
    )
    issued = issue_date(rng)
    due = later(issued, rng.choice([30, 60]))
    prefix = rng.choice(["FE", "FEV", "SETP"])
    number = f"{prefix}{rng.randrange(100, 99999)}"
    d, f = "{yyyy}-{mm}-{dd}", "de"
    lines = pick_items(rng, CO_ITEMS, 3, 12)
    net = sum(a for *_, a in lines)
    iva = q2(net * Decimal("0.19"))
    rete = q2(net * Decimal("0.025"))
    total = net + iva
    nit = (
        f"{rng.randrange(800, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}-{rng.randrange(0, 9)}"
    )
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td>{u}</td><td class=r>{q}</td><td class=r>$ {money(p, f)}</td>"
        f"<td class=r>19%</td><td class=r>$ {money(a, f)}</td></tr>"
        for i, (n, u, q, p, a) in enumerate(lines)
    )
    gen = issued + timedelta(days=0)
    body = f"""<div class=hd><div><h1>{esc(legal)}</h1>NIT {
        nit
    }<br>Responsable de IVA · Régimen ordinario<br>{
        rng.choice(
            ["Cra. 14 # 20-35, Armenia", "Calle 23 # 21-45, Manizales", "Av. El Poblado # 8-12, Medellín"]
        )
    }</div><div style="text-align:right"><b style="font-size:11pt">FACTURA ELECTRÓNICA DE VENTA</b><br>No. {
        number
    }
<div class=res>Resolución DIAN No. 1876{rng.randrange(10**9, 10**10)} de {
        fdate(issued.replace(month=1, day=15) - timedelta(days=365), d)
    }<br>Prefijo {prefix} del 1 al 100000 · Vigencia 24 meses</div></div></div>
<table class=kv><tr><td><span class=lab>Adquiriente</span>{
        rng.choice(["Almacenes La 14 S.A.", "Café Bogotá Gourmet S.A.S.", "Hoteles Estelar S.A."])
    }</td><td><span class=lab>NIT</span>{rng.randrange(800, 999)}.{rng.randrange(100, 999)}.{
        rng.randrange(100, 999)
    }-{rng.randrange(0, 9)}</td><td><span class=lab>Fecha de emisión</span>{
        fdate(issued, d)
    }</td></tr><tr><td>
<span class=lab>Forma de pago</span>Crédito</td><td><span class=lab>Medio de pago</span>Transferencia</td><td>
<span class=lab>Fecha de vencimiento</span>{
        fdate(due, d)
    }</td></tr><tr><td><span class=lab>Moneda</span>COP</td><td
colspan=2><span class=lab>Orden de compra</span>OC-{rng.randrange(1000, 9999)}</td></tr></table>
<table class=it><tr><th>#</th><th>Descripción</th><th>U.M.</th><th>Cant.</th><th>Valor
unitario</th><th>IVA</th>
<th>Valor total</th></tr>{rows}</table>
<div class=bot><div style="font-size:6.5pt;width:58%">{qr_svg(rng, 24)}<br>CUFE: {
        hexs(rng, 96)
    }<br>Fecha y hora
de generación: {fdate(gen, d)}T{rng.randrange(8, 18):02d}:{
        rng.randrange(10, 59)
    }:00-05:00<br>Proveedor tecnológico:
{rng.choice(["Facturador Nube S.A.S.", "eFactura Colombia S.A.S."])} · Documento validado por la DIAN</div>
<table class=t><tr><td>Subtotal</td><td class=r>$ {money(net, f)}</td></tr><tr><td>Descuentos</td>
<td class=r>$ 0,00</td></tr><tr><td>IVA 19%</td><td class=r>$ {
        money(iva, f)
    }</td></tr><tr class=b><td>Total factura
</td><td class=r>$ {money(total, f)}</td></tr><tr><td>Retención en la fuente 2,5% (informativa)</td>
<td class=r>$ {money(rete, f)}</td></tr></table></div>"""
    return make(
        "dian_co",
        "es",
        page(CO_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("COP", "COP"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(iva, money(iva, f)),
    )
