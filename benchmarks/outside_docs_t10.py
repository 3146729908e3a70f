"""Set T receipts 28-30: a Medellín restaurant's factura electrónica (NIT, impoconsumo 8 %, suggested 10 %
tip added, pesos without cents) in a phone photo, a Lima convenience store's boleta de venta electrónica
(RUC, S/, IGV 18 %, ICBPER bag tax, paid by Yape or cash) and a Montreal hardware store's receipt in
French (numbered Québec inc. legal name, TPS and TVQ, ISO date, "12,99 $"), scanned to TIFF."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TKey, TRoll, nit, round_to, ruc, tendered


def t28_co_restaurant(rng: random.Random) -> TCase:
    k = TKey("COP", "$")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Bandeja Paisa 42900; Ajiaco Santafereño 36900; Sancocho de Gallina 34900; Chicharrón Carnudo 28900; "
        "Limonada de Coco 12900; Jugo de Lulo 8900; Cerveza Club Colombia 9500; Arepa con Queso 7500; "
        "Postre de Natas 11900; Patacones con Hogao 14900",
        rng.randint(3, 6),
        qmax=2,
    )
    r.center(k.company("RESTAURANTE SABOR PAISA"), face="lmono-b", hy=1.8)
    r.center(k.alt("Inversiones Sabor Paisa S.A.S."))
    r.center(f"NIT {nit(rng)}")
    r.block(k.address("Calle 10 # 40-25, El Poblado", "Medellín, Antioquia"), "c")
    r.center(f"Tel: 604 {digits(rng, 3)} {digits(rng, 4)}")
    r.center("Responsable de Impuesto al Consumo")
    r.rule("=")
    r.center("FACTURA ELECTRÓNICA DE VENTA")
    r.center(f"No. SP-{rng.randint(10000, 99999)}")
    r.lr(f"Fecha: {k.date(t, '%d/%m/%Y')}", f"Hora: {hm(t)}")
    r.lr(f"Mesa: {rng.randint(1, 30)}", f"Mesero: {rng.choice(['Andrés', 'Valentina', 'Julián'])}")
    r.text("Cliente: CONSUMIDOR FINAL")
    r.text("C.C. 222222222222")
    r.rule("-")
    cols(r, ["Cant", "Descripción", "Valor"], [5, 25, -12])
    for name, qty, _unit, amt in items:
        cols(r, [str(qty), fit(name, 24), money(amt, "eu", 0)], [5, 25, -12])
    gross = sum((a for *_, a in items), Decimal(0))
    base, inc = vat_in(gross, Decimal(8))
    base, inc = base.quantize(Decimal(1)), inc.quantize(Decimal(1))
    tip = round_to(gross * Decimal("0.10"), Decimal(100))
    total = gross + tip
    r.rule("-")
    r.lr("Subtotal", f"$ {money(base, 'eu', 0)}")
    r.lr("Impoconsumo 8%", f"$ {money(inc, 'eu', 0)}")
    r.lr("Total consumo", f"$ {money(gross, 'eu', 0)}")
    r.lr("Propina voluntaria sugerida 10%", f"$ {money(tip, 'eu', 0)}")
    r.lr("TOTAL A PAGAR", f"$ {k.total(total, 'eu', 0)}", face="lmono-b", hy=1.8)
    r.lr(rng.choice(["Tarjeta Débito", "Tarjeta Crédito", "Nequi"]), f"$ {money(total, 'eu', 0)}")
    r.rule("-")
    r.text("La propina es voluntaria. Usted puede")
    r.text("aceptarla, modificarla o rechazarla.")
    cufe = rng.randbytes(48).hex()
    r.text("CUFE:")
    r.block([cufe[i : i + 40] for i in range(0, len(cufe), 40)])
    r.qr(rng, 20)
    r.text(f"Res. DIAN {digits(rng, 14)} del {t.year - 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
    r.center("¡Gracias por su visita!")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.08,
        "place": "table",
        "table": "slate",
        "angle": rng.uniform(-4, 4),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 80,
        "long": 2600,
    }
    case = "S.A.S. legal name, NIT, impoconsumo 8% included, 10% suggested tip added, $ 125.400, CUFE and QR"
    return TCase("t28_co_restaurant", "CO", "es", "Colombian restaurant", case, r.image(), r.lines, k, spec)


def t29_pe_convenience(rng: random.Random) -> TCase:
    k = TKey("PEN", "S/")
    t = when(rng, 2025, 7, 23)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "INCA KOLA 500ML 3.50; AGUA SAN LUIS 625ML 2.20; GALLETA SODA FIELD 1.20; SUBLIME CLASICO 2.50; "
        "PAPAS LAYS CLASICAS 42G 2.90; CAFE ALTOMAYO 3.90; EMPANADA DE CARNE 6.90; PAN CON CHICHARRON 9.90; "
        "CHICLE TRIDENT 1.80; CIGARRILLOS x20 16.50; YOGURT GLORIA 1L 7.20",
        rng.randint(3, 6),
        qmax=3,
    )
    bags = rng.randint(0, 2)
    r.center(k.company("MINIMARKET EL PASO"), face="dmono-b", hy=2.0)
    r.center(k.alt("CORPORACIÓN EL PASO S.A.C."))
    r.center(f"RUC {ruc(rng)}")
    r.block(k.address("AV. JOSÉ LARCO 812", "MIRAFLORES - LIMA - LIMA"), "c")
    r.rule("-")
    r.center("BOLETA DE VENTA ELECTRÓNICA")
    r.center(f"B0{rng.randint(10, 99)}-{digits(rng, 8)}")
    r.rule("-")
    r.text(f"FECHA EMISIÓN: {k.date(t, '%d/%m/%Y')} {hm(t, True)}")
    r.text(f"CAJA: {rng.randint(1, 4):02d}  CAJERO: {rng.choice(['LROJAS', 'MQUISPE', 'JHUAMAN'])}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 26)}", f"{amt}")
    if bags:
        r.lr(f"{bags} BOLSA PLASTICA", f"{q2(Decimal('0.10') * bags)}")
    gross = sum((a for *_, a in items), Decimal(0)) + Decimal("0.10") * bags
    icbper = Decimal("0.50") * bags
    net, igv = vat_in(gross, Decimal(18))
    total = gross + icbper
    r.rule("-")
    r.lr("OP. GRAVADA S/", f"{net}")
    r.lr("IGV 18% S/", f"{igv}")
    if bags:
        r.lr("ICBPER S/", f"{q2(icbper)}")
    r.lr("IMPORTE TOTAL S/", k.total(total), face="dmono-b", hy=1.7)
    yape = rng.random() < 0.5
    cash = total if yape else tendered(rng, total, (1, 5, 10, 20, 50))
    r.lr("YAPE" if yape else "EFECTIVO S/", f"{q2(cash)}")
    r.lr("VUELTO S/", f"{cash - total:.2f}")
    r.rule("-")
    r.text("SON: " + f"{int(total)} CON {int(total * 100) % 100:02d}/100 SOLES")
    r.qr(rng, 20)
    r.center("Representación impresa de la")
    r.center("Boleta de Venta Electrónica")
    r.center("Consulte en www.sunat.gob.pe")
    spec = {
        "paper": ["grey"],
        "place": "glass",
        "lid": (232, 232, 228),
        "margin": (10, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "fmt": "jpg",
        "quality": 76,
    }
    case = (
        "S.A.C. legal name, RUC, boleta electrónica, S/ amounts, IGV 18% included, ICBPER bag tax; faded scan"
    )
    return TCase(
        "t29_pe_convenience", "PE", "es", "Peruvian convenience store", case, r.image(), r.lines, k, spec
    )


def t30_qc_quincaillerie(rng: random.Random) -> TCase:
    k = TKey("CAD", "$")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 44, "nmono", pitch=1.3)
    items = menu(
        rng,
        "Vis à bois #8 x 1-1/4 po 100 8.49; Ruban à masquer 36 mm 6.99; Ampoules DEL 60 W 4 pq 12.99; "
        "Peinture latex 3,78 L 54.99; Pinceau angulaire 2 po 7.49; Silicone blanc 300 ml 9.99; "
        "Clé à molette 10 po 19.99; Piles AA 8 pq 11.99; Rallonge 3 m 14.99; Gants de travail 8.99",
        rng.randint(3, 5),
        qmax=3,
    )
    r.center(k.company("QUINCAILLERIE BEAUBIEN"), face="nmono-b", wx=1.1, hy=1.8)
    r.center(k.alt("9123-4567 Québec inc."))
    r.block(k.address("1234, rue Beaubien Est", "Montréal (Québec) H2G 1L6"), "c")
    r.center(f"Tél. : 514 555-{digits(rng, 4)}")
    r.rule("-")
    r.lr(f"Facture : {digits(rng, 6)}", f"Caisse : {rng.randint(1, 3)}")
    r.lr(f"Date : {k.date(t, '%Y-%m-%d')}", hm(t))
    r.text(f"Commis : {rng.choice(['Sylvie', 'Marc-André', 'Karine'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 44))
        r.lr(f"   {qty} @ {money(unit, 'plainc')} $", f"{money(amt, 'plainc')} $ FP")
    sub = sum((a for *_, a in items), Decimal(0))
    tps = q2(sub * Decimal("0.05"))
    tvq = q2(sub * Decimal("0.09975"))
    total = sub + tps + tvq
    r.rule("-")
    r.lr("Sous-total", f"{money(sub, 'plainc')} $")
    r.lr("TPS 5 %", f"{money(tps, 'plainc')} $")
    r.lr("TVQ 9,975 %", f"{money(tvq, 'plainc')} $")
    r.lr("TOTAL", f"{k.total(total, 'plainc')} $", face="nmono-b", hy=1.8)
    r.lr("Interac", f"{money(total, 'plainc')} $")
    r.rule("-")
    r.text(f"TPS : {digits(rng, 9)} RT0001")
    r.text(f"TVQ : {digits(rng, 10)} TQ0001")
    r.rule("-")
    r.center("Retours acceptés dans les 30 jours")
    r.center("avec facture. Merci !")
    spec = {
        "place": "glass",
        "lid": (240, 240, 236),
        "margin": (12, 12),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 300,
        "fmt": "tif",
    }
    case = "numbered 'Québec inc.' legal name, ISO date, '12,99 $', TPS/TVQ added, tax numbers at the foot"
    return TCase(
        "t30_qc_quincaillerie", "CA", "fr", "Quebec hardware store", case, r.image(), r.lines, k, spec
    )


CASES = [t28_co_restaurant, t29_pe_convenience, t30_qc_quincaillerie]
