"""Set G layouts 7-9: Mexican CFDI print, Chilean factura electrónica, Argentinian factura A."""

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
    render,
    rows,
    source,
    uuid,
)

CFDI = """
#grid(columns: (1fr, auto), column-gutter: 14pt,
  stack(spacing: 3pt, text(size: 11pt, weight: "bold", @vendor),
    [Lugar de expedición: 37000]),
  table(columns: 2, stroke: 0.4pt, inset: 3pt, table.cell(colspan: 2, fill: rgb("#d9e2f3"), strong[FACTURA]),
    [Serie y folio], @num, [Folio fiscal], @uuid, [No. de serie del CSD], @csd,
    [Fecha y hora de emisión], @issued, [Fecha y hora de certificación], @cert))
#v(6pt)
#block(stroke: 0.4pt, inset: 5pt, width: 100%, stack(spacing: 3pt, strong[Emisor], [Nombre emisor: #@vendor],
  [RFC emisor: #@rfc1], [Régimen fiscal: 601 - General de Ley Personas Morales]))
#block(stroke: 0.4pt, inset: 5pt, width: 100%, stack(spacing: 3pt, strong[Receptor],
  [Aseguradora Patria del Norte, S.A. de C.V.], [RFC receptor: #@rfc2], [Uso CFDI: G03 - Gastos en general],
  [Domicilio fiscal receptor: 64000  Régimen fiscal receptor: 601]))
#table(columns: (auto, auto, auto, 1fr, auto, auto), align: (left, right, left, left, right, right),
  stroke: 0.3pt, inset: 3pt, @@rows)
#grid(columns: (1fr, auto), column-gutter: 14pt,
  stack(spacing: 3pt, [Moneda: MXN - Peso Mexicano], [Forma de pago: 99 - Por definir],
    [Método de pago: PPD - Pago en parcialidades o diferido], [Tipo de comprobante: I - Ingreso],
    [Exportación: 01 - No aplica]), @@totals)
#v(8pt)
#text(size: 6pt, font: "DejaVu Sans Mono", stack(spacing: 2pt, [Sello digital del CFDI:], @s1, @s2,
  [Sello del SAT:], @s3, @s4))
#align(center, text(size: 7pt)[Este documento es una representación impresa de un CFDI 4.0])
"""


def cfdi_mx(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Distribuidora Industrial del Bajío, S.A. de C.V.",
            "Servicios Logísticos Anáhuac, S. de R.L. de C.V.",
        ]
    )
    num, d = f"FA-{rng.randint(1000, 9999)}", issue(rng)
    pool = [
        ("Guantes de nitrilo caja 100 pzas", 180, 320),
        ("Casco de seguridad clase E", 210, 450),
        ("Servicio de mantenimiento preventivo montacargas", 3500, 9000),
        ("Tarima de madera 120x100", 160, 290),
        ("Flete local Guanajuato - León", 1800, 4200),
        ("Chaleco reflejante talla G", 85, 160),
        ("Cinta canela 48 mm x 150 m", 28, 55),
    ]
    lines = items(rng, pool, 5, qmax=20)
    sub = sum(i.amount for i in lines)
    iva = pct(sub, 16)
    total = sub + iva
    t = f"{d.isoformat()}T{rng.randint(8, 17):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    v = dict(
        vendor=vendor,
        rfc1=f"DIB{digits(rng, 6)}K{digits(rng, 2)}",
        rfc2=f"APN{digits(rng, 6)}3T{digits(rng, 1)}",
    )
    v |= dict(num=num, uuid=uuid(rng), csd="0000100000050" + digits(rng, 7), issued=t, cert=t[:-2] + "59")
    sello = [hexs(rng, 96) for _ in range(4)]
    v |= dict(s1=sello[0], s2=sello[1], s3=sello[2], s4=sello[3])
    data = [
        [digits(rng, 8), str(i.qty), "H87 - Pieza", i.desc, money(i.price), money(i.amount)] for i in lines
    ]
    v["rows"] = rows(
        ["ClaveProdServ", "Cantidad", "Clave unidad", "Descripción", "Valor unitario", "Importe"], data
    )
    v["totals"] = kv(
        [
            ("Subtotal", "$" + money(sub)),
            ("IVA Trasladado 16%", "$" + money(iva)),
            ("Total", "$" + money(total)),
        ]
    )
    pr = {"invoice_number": num, "date": d.isoformat(), "total": "$" + money(total), "currency": "MXN"}
    pr |= {"vendor_name": vendor, "subtotal": money(sub), "tax": money(iva)}
    src = source(render(CFDI, v), "DejaVu Sans", size="7.5pt", margin="1.2cm")
    return Doc("cfdi", "es", src, key(num, d, None, total, "MXN", vendor, sub, iva), pr)


CHILE = """
#grid(columns: (1fr, auto), column-gutter: 20pt,
  stack(spacing: 4pt, text(size: 14pt, weight: "bold", @vendor),
    [Giro: Venta al por mayor de insumos agrícolas], [Av. Libertador Bernardo O'Higgins 1449, Santiago],
    [Fono: +56 2 2345 6789]),
  block(stroke: 2pt + rgb("#c00000"), inset: 10pt, align(center, stack(spacing: 6pt,
    text(fill: rgb("#c00000"), weight: "bold", @rut1), text(fill: rgb("#c00000"),
  weight: "bold")[FACTURA ELECTRÓNICA],
    text(fill: rgb("#c00000"), weight: "bold", @folio)))))
#align(right, text(fill: rgb("#c00000"))[S.I.I. - SANTIAGO CENTRO])
#v(6pt)
#table(columns: (auto, 1fr, auto, 1fr), stroke: 0.4pt, inset: 4pt,
  [Señor(es)], [Compañía de Seguros Cordillera S.A.], [R.U.T.], @rut2,
  [Fecha Emisión], @issued, [Fecha Vencimiento], @due,
  [Orden de Compra], @oc, [Guía de Despacho], @guia,
  [Condición de venta], [Crédito 30 días], [Moneda], [Peso chileno (CLP)])
#table(columns: (auto, 1fr, auto, auto, auto, auto), align: (left, left, right, right, right, right),
  stroke: (x, y) => if y == 0 { (bottom: 1pt) } else { (bottom: 0.2pt + gray) }, @@rows)
#grid(columns: (1fr, auto), column-gutter: 20pt,
  block(stroke: 0.5pt, inset: 8pt, stack(spacing: 4pt, text(size: 7pt)[Timbre Electrónico SII],
    text(size: 7pt)[Res. 80 de 2014 - Verifique documento: www.sii.cl], text(size: 7pt, @ted))), @@totals)
"""


def factura_cl(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Comercial Los Aromos SpA", "Sociedad Agrícola Valle Verde Ltda.", "Importadora Andes Sur S.A."]
    )
    num, d = str(rng.randint(1200, 98000)), issue(rng)
    due = plus(d, 30)
    pool = [
        ("Fertilizante NPK 25 kg", 18000, 32000),
        ("Malla antiáfidos rollo 100 m", 90000, 160000),
        ("Cinta de riego 16 mm (rollo)", 45000, 85000),
        ("Semilla tomate híbrido sobre 1000", 22000, 41000),
        ("Pulverizador de espalda 20 L", 35000, 60000),
        ("Guantes de trabajo par", 2500, 5000),
    ]
    lines = items(rng, pool, 4, dp=0, qmax=12, step=10)
    neto = sum(i.amount for i in lines)
    iva = pct(neto, 19, 0)
    total = neto + iva

    def p(x: D) -> str:
        return "$ " + money(x, "eu", 0)

    def ld(x: date) -> str:
        return f"{x.day} de {month_name(x, 'es')} de {x.year}"

    rut = f"{rng.randint(76, 77)}.{digits(rng, 3)}.{digits(rng, 3)}-{rng.choice('0123456789K')}"
    v = dict(
        vendor=vendor,
        rut1=f"R.U.T.: {rut}",
        folio=f"Nº {num}",
        rut2=f"96.{digits(rng, 3)}.{digits(rng, 3)}-5",
    )
    v |= dict(issued=ld(d), due=ld(due), oc=f"4500{digits(rng, 6)} del {dmy(plus(d, -9), '-')}")
    v |= dict(
        guia=f"{digits(rng, 5)} del {dmy(plus(d, -2), '-')}", ted=f"{digits(rng, 10)} {hexs(rng, 16, True)}"
    )
    data = [[f"AR-{digits(rng, 4)}", i.desc, str(i.qty), p(i.price), "0 %", p(i.amount)] for i in lines]
    v["rows"] = rows(["Código", "Descripción", "Cantidad", "Precio", "% Desc.", "Valor"], data)
    v["totals"] = kv(
        [("Monto Neto", p(neto)), ("Monto Exento", p(D(0))), ("I.V.A. 19%", p(iva)), ("Total", p(total))]
    )
    pr = {"invoice_number": num, "date": ld(d), "due_date": ld(due), "total": p(total), "currency": "CLP"}
    pr |= {"vendor_name": vendor, "subtotal": p(neto), "tax": p(iva)}
    src = source(render(CHILE, v), "Liberation Sans", size="9pt")
    return Doc("factura_cl", "es", src, key(num, d, due, total, "CLP", vendor, neto, iva, 0), pr)


AFIP = """
#align(center, text(size: 8pt)[ORIGINAL])
#block(stroke: 0.8pt, width: 100%, inset: 0pt, grid(columns: (1fr, auto, 1fr),
  block(inset: 8pt, stack(spacing: 4pt, text(size: 13pt, weight: "bold", @vendor),
    [Razón Social: #@vendor], [Domicilio Comercial: Av. Corrientes 2345 - CABA],
    [Condición frente al IVA: IVA Responsable Inscripto])),
  block(stroke: 0.8pt, inset: 6pt, align(center, stack(spacing: 3pt, text(size: 26pt, weight: "bold")[A],
    text(size: 7pt)[COD. 01]))),
  block(inset: 8pt, stack(spacing: 4pt, text(size: 14pt, weight: "bold")[FACTURA], @num, @pv,
    [Fecha de Emisión: #@issued], [CUIT: #@cuit], [Ingresos Brutos: #@iibb], @start))))
#block(stroke: 0.5pt, width: 100%, inset: 6pt, grid(columns: (1fr, 1fr, 1fr), @from, @to, @duedate))
#block(stroke: 0.5pt, width: 100%, inset: 6pt, grid(columns: (1fr, 1fr), row-gutter: 4pt,
  [CUIT: #@cuit2], [Apellido y Nombre / Razón Social: Seguros La Porteña S.A.],
  [Condición frente al IVA: IVA Responsable Inscripto], [Condición de venta: Cuenta Corriente]))
#table(columns: (auto, 1fr, auto, auto, auto, auto, auto, auto), align: (left, left, right, left, right,
  right,
  right, right), fill: (x, y) => if y == 0 { rgb("#cccccc") }, stroke: none, @@rows)
#v(1fr)
#block(stroke: 0.8pt, width: 100%, inset: 8pt, grid(columns: (1fr, auto), [Moneda: ARS - Pesos Argentinos],
  @@totals))
#grid(columns: (1fr, auto), [Comprobante Autorizado], stack(spacing: 3pt, [CAE N°: #@cae], @caevto))
"""


def factura_a_ar(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Metalúrgica San Telmo S.R.L.", "Agroinsumos Pampa Húmeda S.A.", "Gráfica del Plata S.A."]
    )
    pv, nro = f"{rng.randint(1, 12):04d}", f"{rng.randint(1, 9999):08d}"
    num, d = f"{pv}-{nro}", issue(rng)
    due = plus(d, 30)
    pool = [
        ("Servicio de mantenimiento mensual", 180000, 420000, 21),
        ("Repuesto válvula esférica 2 pulg.", 38000, 65000, 21),
        ("Libros técnicos (edición 2025)", 25000, 48000, 10.5),
        ("Bulón galvanizado 1/2 x 3 (caja)", 9000, 16000, 21),
        ("Alimento balanceado 40 kg", 30000, 52000, 10.5),
        ("Capacitación en seguridad e higiene", 250000, 390000, 21),
    ]
    pick = rng.sample(pool, 5)
    lines = items(rng, [(a, b, c) for a, b, c, _ in pick], 5, qmax=6)
    rate = {a: D(str(r)) for a, _, _, r in pick}
    net = sum(i.amount for i in lines)
    iva = {r: pct(sum(i.amount for i in lines if rate[i.desc] == r), r) for r in (D(21), D("10.5"))}
    total = net + sum(iva.values())

    def p(x: D) -> str:
        return "$ " + money(x, "eu")

    data = [
        [
            f"{k + 1:03d}",
            i.desc,
            str(i.qty),
            "unidades",
            p(i.price),
            "0,00",
            f"{rate[i.desc]}%".replace(".", ","),
            p(i.amount),
        ]
        for k, i in enumerate(lines)
    ]
    v = dict(
        vendor=vendor, num=f"Nº {num}", pv=f"Punto de Venta: {pv}   Comp. Nro: {nro}", issued=dmy(d, "/")
    )
    v |= dict(
        cuit=f"30-{digits(rng, 8)}-{rng.randint(0, 9)}", iibb=f"901-{digits(rng, 6)}-{rng.randint(1, 9)}"
    )
    v |= dict(start=f"Fecha de Inicio de Actividades: {dmy(plus(d, -rng.randint(2000, 6000)), '/')}")
    first = d.replace(day=1)
    v |= dict(to=f"Hasta: {dmy(plus(plus(first, 32).replace(day=1), -1), '/')}")
    v["from"] = f"Período Facturado Desde: {dmy(first, '/')}"
    v |= dict(
        duedate=f"Fecha de Vto. para el pago: {dmy(due, '/')}",
        cuit2=f"30-{digits(rng, 8)}-{rng.randint(0, 9)}",
    )
    v |= dict(cae=digits(rng, 14), caevto=f"Fecha de Vto. de CAE: {dmy(plus(d, 10), '/')}")
    v["rows"] = rows(
        [
            "Código",
            "Producto / Servicio",
            "Cantidad",
            "U. Medida",
            "Precio Unit.",
            "% Bonif",
            "Alícuota IVA",
            "Subtotal",
        ],
        data,
    )
    v["totals"] = kv(
        [
            ("Importe Neto Gravado: $", money(net, "eu")),
            ("IVA 27%: $", "0,00"),
            ("IVA 21%: $", money(iva[D(21)], "eu")),
            ("IVA 10.5%: $", money(iva[D("10.5")], "eu")),
            ("IVA 5%: $", "0,00"),
            ("IVA 2.5%: $", "0,00"),
            ("IVA 0%: $", "0,00"),
            ("Importe Otros Tributos: $", "0,00"),
            ("Importe Total: $", money(total, "eu")),
        ],
        bold_last=True,
    )
    tax = sum(iva.values())
    pr = {"invoice_number": num, "date": dmy(d, "/"), "due_date": dmy(due, "/"), "total": money(total, "eu")}
    pr |= {"currency": "ARS", "vendor_name": vendor, "subtotal": money(net, "eu")}
    pr["tax"] = [money(iva[D(21)], "eu"), money(iva[D("10.5")], "eu")]
    src = source(render(AFIP, v), "DejaVu Serif", size="8pt", margin="1.3cm")
    return Doc("factura_a_ar", "es", src, key(num, d, due, total, "ARS", vendor, net, tax), pr)


BUILDERS = [cfdi_mx, factura_cl, factura_a_ar]
