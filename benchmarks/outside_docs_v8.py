"""Set V receipts 22-24: a Guatemala City fuel station's FEL factura (S.A., NIT, serie and UUID
authorisation, gallons, IDP and IVA included, Q), an Ecuadorian electronics shop's e-mailed RIDE (a
born-digital A4 PDF: CIA. LTDA., RUC, clave de acceso, subtotal 15 %/0 %, USD) and a Montevideo parrilla's
e-Ticket with the card slip stapled below (RUT, cubierto, tip added on the terminal)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, stack, when
from outside_common_t import EReceipt, TCase, TRoll
from outside_common_v import VKey, nit_gt, ruc_ec, rut_uy


def v22_gt_fuel(rng: random.Random) -> TCase:
    k = VKey("GTQ", "Q")
    t = when(rng, 2025, 6, 22)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    fuel, price = rng.choice(
        [("SUPER", Decimal("33.49")), ("REGULAR", Decimal("31.29")), ("DIESEL", Decimal("29.89"))]
    )
    amount = Decimal(rng.choice([100, 150, 200, 250, 300, 400]))
    gal = (amount / price).quantize(Decimal("0.001"))
    r.center(k.company("SERVICENTRO LAS AMERICAS"), face="lmono-b", hy=1.8)
    r.center(k.alt("Inversiones Petroleras Las Américas, S.A."))
    r.center(f"NIT: {nit_gt(rng)}")
    r.block(k.address("Calzada Roosevelt 22-43, Zona 11", "Ciudad de Guatemala"), "c")
    r.rule("-")
    r.center("DOCUMENTO TRIBUTARIO ELECTRÓNICO")
    r.center("FACTURA", face="lmono-b")
    r.text(f"Serie: {uuid.UUID(int=rng.getrandbits(128)).hex[:8].upper()}  Número: {digits(rng, 10)}")
    r.text("Autorización:")
    r.text(str(uuid.UUID(int=rng.getrandbits(128))).upper())
    r.text(f"Fecha de emisión: {k.date(t, '%d/%m/%Y')} {hm(t, True)}")
    r.text("NIT comprador: CF")
    r.text("Nombre: CONSUMIDOR FINAL")
    r.rule("-")
    r.text(f"Bomba {rng.randint(1, 8)}  {fuel}")
    r.lr(f"  {gal} gal x Q {money(price)}", f"Q {money(amount)}")
    r.rule("-")
    r.lr("TOTAL", f"Q {k.total(amount)}", face="lmono-b", hy=1.8)
    r.lr(rng.choice(["EFECTIVO", "TARJETA"]), f"Q {money(amount)}")
    idp = {"SUPER": Decimal("4.70"), "REGULAR": Decimal("4.60"), "DIESEL": Decimal("1.30")}[fuel]
    r.text(f"IDP incluido Q {money(q2(idp * gal))} (Q {idp}/gal)")
    r.text(f"IVA 12% incluido Q {money(q2((amount - q2(idp * gal)) * 12 / 112))}")
    r.rule("-")
    r.text("Sujeto a pagos trimestrales ISR")
    r.text("Certificador: INFILE, S.A.  NIT: 12521337")
    r.center("Gracias por su preferencia")
    spec = {"place": "table", "table": "slate", "angle": rng.uniform(-3, 3), "kind": "photo", "fmt": "jpg"}
    spec |= {"quality": 80, "long": 2600, "rotate": 270}
    case = "FEL factura, S.A. legal name, NIT, UUID authorisation, gallons x price, IDP and IVA included, 'Q'"
    return TCase("v22_gt_fuel", "GT", "es", "Guatemalan fuel station", case, r.image(), r.lines, k, spec)


def v23_ec_electronics_email(rng: random.Random) -> TCase:
    k = VKey("USD", "USD")
    t = when(rng, 2025, 9, 21)
    items = menu(
        rng,
        "Audífonos inalámbricos BT 5.3 39.90; Mouse óptico USB 12.50; Teclado inalámbrico ES 29.99; "
        "Cargador USB-C 30W 24.90; Memoria USB 64GB 9.99; Disco SSD 1TB 79.00; Router WiFi 6 AX1500 89.90; "
        "Cable HDMI 2m 8.50",
        rng.randint(2, 4),
        qmax=2,
    )
    e = EReceipt(210, 16, "dejavu")
    e.bar(k.company("ELECTRO ANDES"), (20, 90, 60))
    e.text(k.alt("ELECTROANDES CIA. LTDA."), bold=True)
    for line in k.address("Av. Amazonas N34-120 y Av. Atahualpa", "Quito - Ecuador"):
        e.text(line)
    e.text(f"R.U.C.: {ruc_ec(rng)}")
    e.text("OBLIGADO A LLEVAR CONTABILIDAD: SI", size=8)
    e.feed(3)
    e.text(f"FACTURA No. 001-002-{digits(rng, 9)}", size=12, bold=True)
    e.text("NÚMERO DE AUTORIZACIÓN / CLAVE DE ACCESO:", size=8)
    e.text(f"{t:%d%m%Y}01{digits(rng, 13)}1001002{digits(rng, 9)}{digits(rng, 9)}", size=8)
    e.text(f"FECHA Y HORA DE AUTORIZACIÓN: {t:%Y-%m-%dT%H:%M:%S}-05:00", size=8)
    e.text("AMBIENTE: PRODUCCIÓN   EMISIÓN: NORMAL", size=8)
    e.feed(3)
    e.lr("Razón Social / Nombres: CONSUMIDOR FINAL", "Identificación: 9999999999999")
    e.lr(f"Fecha Emisión: {k.date(t, '%d/%m/%Y')}", "Guía de remisión: -")
    e.feed(3)
    widths = [24.0, -14.0, 80.0, -22.0, -18.0, -20.0]
    e.row(
        ["Cod. Principal", "Cant.", "Descripción", "P. Unitario", "Descuento", "Precio Total"],
        widths,
        8,
        True,
    )
    e.rule(1)
    sub = Decimal(0)
    for name, qty, unit, amt in items:
        e.row([f"EA{digits(rng, 5)}", str(qty), name, money(unit), "0.00", money(amt)], widths, 8.5)
        sub += amt
    e.rule(2)
    iva = q2(sub * Decimal("0.15"))
    total = sub + iva
    for label, v in (("SUBTOTAL 15%", sub), ("SUBTOTAL 0%", Decimal(0)), ("SUBTOTAL SIN IMPUESTOS", sub)):
        e.lr(label, money(v))
    e.lr("TOTAL DESCUENTO", "0.00")
    e.lr("IVA 15%", money(iva))
    e.lr("VALOR TOTAL (USD)", k.total(total), bold=True, size=11)
    e.feed(3)
    e.lr("Forma de pago: TARJETA DE CRÉDITO", money(total))
    e.text(f"Correo: cliente{digits(rng, 3)}@correo.ec", size=8)
    data, image = e.output()
    spec = {"place": "email", "kind": "e-receipt", "fmt": "pdf"}
    case = "born-digital A4 RIDE, name on a green band, CIA. LTDA. legal name, RUC, clave de acceso, IVA 15 %"
    return TCase(
        "v23_ec_electronics_email",
        "EC",
        "es",
        "Ecuadorian e-mailed RIDE",
        case,
        image,
        e.lines,
        k,
        spec,
        data,
    )


def v24_uy_parrilla(rng: random.Random) -> TCase:
    k = VKey("UYU", "UYU")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Asado de tira 690.00; Entraña 790.00; Chivito al plato 620.00; Provoleta 320.00; "
        "Morcilla dulce 210.00; Ensalada mixta 240.00; Papas fritas 220.00; Medio y medio 580.00; "
        "Agua mineral 150.00; Flan casero 230.00",
        rng.randint(3, 5),
        qmax=2,
    )
    guests = rng.randint(2, 4)
    r.center(k.company("PARRILLA LA ESTIBA"), face="dmono-b", hy=2.0)
    r.center(k.alt("La Estiba S.R.L."))
    r.center(f"RUT {rut_uy(rng)}")
    r.block(k.address("Piedras 237, Ciudad Vieja", "Montevideo"), "c")
    r.rule("-")
    r.lr("e-Ticket", f"Serie A Nro {digits(rng, 6)}")
    r.lr(f"Fecha: {k.date(t, '%d/%m/%Y')}", hm(t))
    r.lr(f"Mesa {rng.randint(1, 25)}", f"Cubiertos {guests}")
    r.text("Moneda: UYU")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 28)}", money(amt, "eu"))
    cover = Decimal(60) * guests
    r.lr(f"{guests} Cubierto", money(cover, "eu"))
    bill = sum((a for *_, a in items), Decimal(0)) + cover
    r.rule("-")
    r.lr("TOTAL $", money(bill, "eu"), face="dmono-b", hy=1.8)
    r.lr("IVA 10% incluido", money(q2(bill * 10 / 110), "eu"))
    r.center("Propina no incluida")
    r.center("Consulte su e-Ticket en www.dgi.gub.uy")
    tip = q2(bill * Decimal(rng.choice([8, 10, 10, 12])) / 100).quantize(Decimal(1))
    s = TRoll(58, 26, "lmono", pitch=1.3, top=9)
    pay = t + timedelta(minutes=rng.randint(45, 120))
    s.center(rng.choice(["VISA CREDITO", "OCA", "MASTER DEBITO"]))
    s.text("PARRILLA LA ESTIBA")
    s.text(f"Terminal {digits(rng, 8)}")
    s.text(f"{pay:%d/%m/%y} {hm(pay)}")
    s.text(f"Tarjeta ************{digits(rng, 4)}")
    s.lr("Importe", money(bill, "eu"))
    s.lr("Propina", money(tip, "eu"))
    s.lr("TOTAL UYU", k.total(bill + tip, "eu"), face="lmono-b")
    s.center("Aprobada")
    s.center("Copia cliente")
    image = stack(r.image(), s.image(), overlap=6, dx=rng.uniform(6, 16), angle=rng.uniform(-4, 4))
    spec = {
        "place": "glass",
        "lid": (214, 214, 210),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "colour": True,
    }
    spec |= {"dpi": 300, "fmt": "jpg", "quality": 82}
    case = "S.R.L. legal name, RUT, cubierto per guest, 'TOTAL $', card slip with propina stapled below"
    return TCase(
        "v24_uy_parrilla",
        "UY",
        "es",
        "Uruguayan parrilla + card slip",
        case,
        image,
        r.lines + s.lines,
        k,
        spec,
    )


CASES = [v22_gt_fuel, v23_ec_electronics_email, v24_uy_parrilla]
