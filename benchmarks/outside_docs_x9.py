"""Set X receipts 25-27: a Tegucigalpa pharmacy's factura (S. de R.L., RTN, CAI, authorised range and
issue deadline, exempt and ISV 15 % lines, 'L 1,234.50'), a Managua restaurant's factura with the
suggested 10 % propina added (S.A., RUC, IVA 15 %, C$) and a San Salvador electronics shop's e-mailed DTE
(a born-digital A4 PDF: S.A. de C.V., NIT, NRC, código de generación, IVA 13 % included, USD)."""

from __future__ import annotations

import random
import uuid
from datetime import date
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_t import EReceipt, TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import EMAIL, nit_sv, photo, rtn_hn, ruc_ni, scan


def x25_hn_pharmacy(rng: random.Random) -> TCase:
    k = VKey("HNL", "L")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    meds = menu(
        rng,
        "Acetaminofén 500mg x10 35.00; Amoxicilina 500mg x21 185.00; Loratadina 10mg x10 62.50; "
        "Omeprazol 20mg x14 120.00; Suero oral 1L 48.00; Ibuprofeno 400mg x10 54.00; Vitamina C x30 145.00",
        rng.randint(1, 3),
        qmax=2,
    )
    other = menu(rng, "Protector solar 50 SPF 285.00; Shampoo anticaspa 165.00; Repelente 120ml 130.00", 1)
    cai = "-".join(uuid.UUID(int=rng.getrandbits(128)).hex.upper()[i : i + 6] for i in range(0, 30, 6))
    r.center(k.company("FARMACIA LA ESPERANZA"), face="dmono-b", hy=2.0)
    r.center(k.alt("Inversiones La Esperanza, S. de R.L."))
    r.block(k.address("Blvd. Morazán, Col. Palmira", "Tegucigalpa, M.D.C."), "c")
    r.center(f"RTN: {rtn_hn(rng)}")
    r.rule("-")
    r.text(f"CAI: {cai}-{digits(rng, 2)}")
    n = rng.randint(1000, 40000)
    r.text(f"FACTURA No. 000-001-01-{n:08d}")
    r.text(f"Fecha: {k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.text("Cliente: CONSUMIDOR FINAL  RTN: C/F")
    r.rule("-")
    for name, qty, unit, amt in meds + other:
        tag = "E" if (name, qty, unit, amt) in meds else "G"
        r.text(fit(name, 42))
        r.lr(f"  {qty} x {money(unit)}", f"{money(amt)} {tag}")
    exempt = sum((a for *_, a in meds), Decimal(0))
    taxed = sum((a for *_, a in other), Decimal(0))
    net, isv = vat_in(taxed, Decimal(15))
    total = exempt + taxed
    r.rule("-")
    r.lr("Importe exento", money(exempt))
    r.lr("Importe gravado 15%", money(net))
    r.lr("ISV 15%", money(isv))
    r.lr("TOTAL A PAGAR", f"L {k.total(total)}", face="dmono-b", hy=1.8)
    pay = rng.choice(["Efectivo", "Tarjeta"])
    paid = tendered(rng, total, (50, 100, 500)) if pay == "Efectivo" else total
    r.lr(pay, money(paid))
    r.lr("Cambio", money(paid - total))
    r.rule("-")
    r.text(f"Rango autorizado: 000-001-01-{n - n % 1000 + 1:08d}")
    r.text(f"  al 000-001-01-{n - n % 1000 + 50000:08d}")
    r.text(f"Fecha límite de emisión: {date(t.year + 1, rng.randint(1, 6), 15):%d/%m/%Y}")
    r.center("La factura es beneficio de todos. ¡Exíjala!")
    spec = scan(rng, 300, "jpg", colour=True, lid=(228, 228, 224), quality=80)
    case = (
        "S. de R.L. legal name, RTN, CAI, exempt/ISV 15 % lines, 'L 1,234.50', a later 'fecha límite' printed"
    )
    return TCase("x25_hn_pharmacy", "HN", "es", "Honduran pharmacy", case, r.image(), r.lines, k, spec)


def x26_ni_restaurant(rng: random.Random) -> TCase:
    k = VKey("NIO", "C$")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Vigorón 180.00; Nacatamal 150.00; Indio viejo 220.00; Gallo pinto con huevo 160.00; "
        "Churrasco 450.00; Pescado frito 420.00; Quesillo 120.00; Tostones con queso 140.00; "
        "Toña 95.00; Flor de Caña 7 años trago 110.00; Cacao helado 70.00; Fresco de pitahaya 65.00",
        rng.randint(3, 6),
        qmax=2,
    )
    r.center(k.company("RESTAURANTE EL GUARDABARRANCO"), face="lmono-b")
    r.center(k.alt("Gastronomía Guardabarranco, S.A."))
    r.block(k.address("Carretera a Masaya km 4.5", "Managua, Nicaragua"), "c")
    r.center(f"RUC: {ruc_ni(rng)}")
    r.rule("-")
    r.lr(f"FACTURA No. {rng.choice('AB')}{digits(rng, 6)}", f"Mesa {rng.randint(1, 30)}")
    r.lr(f"Fecha: {k.date(t, '%d/%m/%Y')}", f"Hora: {hm(t)}")
    r.text(f"Mesero: {rng.choice(['Carlos', 'Yessenia', 'Álvaro'])}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 30)}", money(amt))
    sub = sum((a for *_, a in items), Decimal(0))
    iva = q2(sub * Decimal("0.15"))
    tip = q2(sub / 10)
    total = sub + iva + tip
    r.rule("-")
    r.lr("Subtotal", money(sub))
    r.lr("IVA 15%", money(iva))
    r.lr("Propina sugerida 10%", money(tip))
    r.lr("TOTAL C$", k.total(total), face="lmono-b", hy=1.8)
    r.lr(
        f"Equivalente US$ (T/C {rng.choice(['36.62', '36.63', '36.64'])})",
        money(q2(total / Decimal("36.62"))),
    )
    r.lr(rng.choice(["Efectivo C$", "Tarjeta BAC", "Tarjeta LAFISE"]), money(total))
    r.rule("-")
    r.center("La propina es voluntaria")
    r.center("¡Gracias por su visita!")
    spec = photo(rng, "grey", 6, paper=["fold"], folds=1, crumple=0.08, quality=80, long=2400)
    case = "S.A. legal name, RUC, IVA 15 % and suggested propina 10 % added to 'TOTAL C$', US$ equivalent"
    return TCase("x26_ni_restaurant", "NI", "es", "Nicaraguan restaurant", case, r.image(), r.lines, k, spec)


def x27_sv_electronics_email(rng: random.Random) -> TCase:
    k = VKey("USD", "USD")
    t = when(rng, 2025, 9, 21)
    items = menu(
        rng,
        "Licuadora Oster 10 vel. 54.95; Plancha de vapor 29.90; Ventilador de pedestal 16in 39.99; "
        "Audífonos Bluetooth 24.50; Cafetera 12 tazas 44.90; Microondas 0.7 pies 89.00; "
        "Foco LED 9W pack 4 7.95; Extensión eléctrica 3m 6.50; Olla arrocera 1.8L 34.99",
        rng.randint(2, 4),
        qmax=2,
    )
    e = EReceipt(210, 16, "liberation")
    e.bar(k.company("ELECTRO CUSCATLÁN"), (0, 71, 160))
    e.text(k.alt("Electro Cuscatlán, S.A. de C.V."), bold=True)
    for line in k.address("Blvd. de Los Héroes, Local 12", "San Salvador, El Salvador"):
        e.text(line)
    e.text(f"NIT: {nit_sv(rng)}   NRC: {rng.randint(100000, 399999)}-{rng.randint(0, 9)}")
    e.text("Actividad económica: Venta al por menor de electrodomésticos", size=8)
    e.feed(3)
    e.text("DOCUMENTO TRIBUTARIO ELECTRÓNICO - FACTURA", size=12, bold=True)
    e.text(f"Código de generación: {str(uuid.UUID(int=rng.getrandbits(128))).upper()}", size=8)
    e.text(f"Número de control: DTE-01-M001P001-{digits(rng, 15)}", size=8)
    e.text(f"Sello de recepción: {t.year}{uuid.UUID(int=rng.getrandbits(128)).hex.upper()[:36]}", size=8)
    e.text("Modelo de facturación: Previo   Tipo de transmisión: Normal", size=8)
    e.lr(f"Fecha de emisión: {k.date(t, '%d/%m/%Y')}", f"Hora de emisión: {hm(t, True)}")
    e.lr("Receptor: Consumidor final", "Moneda: USD")
    e.feed(3)
    widths = [16.0, -12.0, 90.0, -28.0, -32.0]
    e.row(["N°", "Cant.", "Descripción", "Precio unitario", "Ventas gravadas"], widths, 8, True)
    e.rule(1)
    total = Decimal(0)
    for i, (name, qty, unit, amt) in enumerate(items, 1):
        e.row([str(i), str(qty), name, f"${money(unit)}", f"${money(amt)}"], widths, 8.5)
        total += amt
    e.rule(2)
    e.lr("Suma de ventas gravadas", f"${money(total)}")
    e.lr("IVA 13% incluido", f"${money(vat_in(total, Decimal(13))[1])}")
    e.lr("Sub-Total", f"${money(total)}")
    e.lr("Monto total de la operación", f"${money(total)}")
    e.lr("TOTAL A PAGAR", f"${k.total(total)}", bold=True, size=11)
    e.feed(3)
    whole, cents = divmod(int(total * 100), 100)
    e.text(f"Valor en letras: {whole} {cents:02d}/100 USD", size=8)
    e.text("Condición de la operación: Contado - Tarjeta de crédito", size=8)
    data, image = e.output()
    case = "born-digital A4 DTE, name on a blue band, S.A. de C.V. legal name, NIT/NRC, código de generación"
    return TCase(
        "x27_sv_electronics_email",
        "SV",
        "es",
        "Salvadoran e-mailed DTE",
        case,
        image,
        e.lines,
        k,
        EMAIL,
        data,
    )


CASES = [x25_hn_pharmacy, x26_ni_restaurant, x27_sv_electronics_email]
