"""Set T receipts 25-27: a Helsinki grocery's kuitti (Y-tunnus, ALV 14 % / 25,5 %, unpadded date, card
part), a Buenos Aires panadería's tique factura B (CUIT, IIBB, IVA contenido, 2-digit year, $ 21.350,00) in
a phone photo, and a Santiago bookshop's boleta electrónica (RUT, pesos without cents, SII timbre)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_t import TCase, TKey, TRoll, cuit, rut, tendered


def t25_fi_grocery(rng: random.Random) -> TCase:
    k = TKey("EUR", "EUR")
    t = when(rng, 2025, 8, 22)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Maito 1l 1.19 14; Ruisleipä 4.29 14; Banaani 1.89 14; Kahvi 500g 7.49 14; Juusto 500g 6.95 14; "
        "Karjalanpiirakka 6kpl 2.99 14; Jogurtti 1kg 2.45 14; Kananmuna 10kpl 3.29 14; "
        "Tiskiaine 500ml 2.79 25.5; Talouspaperi 4rl 4.99 25.5; Pantti 0.40 0; Lonkero 0,33l 2.69 25.5",
        rng.randint(5, 8),
    )
    r.text(k.company("LÄHIKAUPPA KOIVU"), face="lmono-b", hy=1.8)
    r.text(k.alt("Koivun Kauppa Oy"))
    r.block(k.address("Hämeentie 21", "00500 Helsinki"))
    r.text(f"Y-tunnus {digits(rng, 7)}-{rng.randint(0, 9)}")
    r.rule("-")
    rates: dict[str, Decimal] = {}
    for entry, _q, rate, _a in items:
        name, price = entry.rsplit(" ", 1)
        amt = Decimal(price)
        rates[str(rate)] = rates.get(str(rate), Decimal(0)) + amt
        r.lr(fit(name, 30), money(amt, "eu"))
    total = sum(rates.values(), Decimal(0))
    r.rule("-")
    r.lr(f"YHTEENSÄ ({len(items)} kpl)", k.total(total, "eu"), face="lmono-b", hy=1.6)
    r.lr("KORTTI", money(total, "eu"))
    r.rule("-")
    r.text("ALV      VEROTON      VERO    VEROLLINEN")
    for rate in sorted(rates, key=Decimal):
        gross = rates[rate]
        net, vat = vat_in(gross, Decimal(rate))
        shown = rate.replace(".", ",")
        r.text(f"{shown + ' %':<8}{money(net, 'eu'):>8}{money(vat, 'eu'):>10}{money(gross, 'eu'):>14}")
    r.rule("-")
    r.text(f"{k.date(t, '%-d.%-m.%Y')} {hm(t)}  {rng.randint(1, 4)}/{digits(rng, 4)}  {digits(rng, 6)}")
    r.rule("-")
    r.center("KORTTITAPAHTUMA")
    r.text(f"Visa Debit  ************{digits(rng, 4)}")
    r.text(f"Veloitus {money(total, 'eu')} EUR")
    r.text(f"Arkistointitunnus {digits(rng, 12)}")
    r.text("Lähimaksu, PIN OHITETTU")
    r.feed()
    r.center("KIITOS KÄYNNISTÄ!")
    spec = {
        "place": "glass",
        "lid": (240, 240, 236),
        "margin": (12, 12),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "name and Oy legal name left, Y-tunnus, 'YHTEENSÄ', ALV table, date 5.3.2025 under it, card part"
    return TCase("t25_fi_grocery", "FI", "fi", "Finnish grocery", case, r.image(), r.lines, k, spec)


def t26_ar_panaderia(rng: random.Random) -> TCase:
    k = TKey("ARS", "$")
    t = when(rng, 2025, 7, 20)
    r = TRoll(80, 42, "nmono", pitch=1.3)
    items = menu(
        rng,
        "MEDIALUNAS MANTECA X DOC 6500.00; FACTURAS SURTIDAS X DOC 7800.00; TORTA BROWNIE 18000.00; "
        "ALFAJORES MAICENA X6 4200.00; PAN DE CAMPO 3500.00; CHIPA X 250G 3900.00; PASTAFROLA 9500.00; "
        "BUDIN DE LIMON 5600.00; SANDWICH DE MIGA X 6 7200.00",
        rng.randint(2, 4),
        qmax=2,
    )
    kg = Decimal(rng.choice(["0.500", "0.750", "1.000", "0.350"]))
    bread = q2(kg * Decimal("2800"))
    r.center(k.company("PANADERÍA Y CONFITERÍA LA PERLA"), face="nmono-b")
    r.center(k.alt("LA PERLA DE ALMAGRO S.R.L."))
    r.center(f"C.U.I.T. Nro.: {cuit(rng)}")
    r.center(f"Ing. Brutos: 901-{digits(rng, 6)}-{digits(rng, 1)}")
    r.block(k.address("Av. Rivadavia 3850", "C1204AAQ - C.A.B.A."), "c")
    r.center("Inicio de actividades: 01/04/2012")
    r.center("IVA RESPONSABLE INSCRIPTO")
    r.rule("-")
    r.center("TIQUE FACTURA B")
    r.lr(f"Nro. T. 000{rng.randint(1, 9)}-{digits(rng, 8)}", "")
    r.lr(f"Fecha {k.date(t, '%d/%m/%y')}", f"Hora {hm(t, True)}")
    r.text("A CONSUMIDOR FINAL")
    r.rule("-")
    r.text(f"{money(kg, 'eu', 3)} kg x {money(Decimal(2800), 'eu')}")
    r.lr("PAN FRANCES (21,00)", money(bread, "eu"))
    for name, qty, unit, amt in items:
        r.text(f"{qty},000 x {money(unit, 'eu')}")
        r.lr(f"{fit(name, 26)} (21,00)", money(amt, "eu"))
    total = bread + sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL", f"$ {k.total(total, 'eu')}", face="nmono-b", hy=1.8)
    pay = rng.choice(["Efectivo", "Mercado Pago QR", "Tarj. Debito"])
    r.lr(pay, f"$ {money(total, 'eu')}")
    if pay == "Efectivo":
        cash = tendered(rng, total, (1000, 2000, 10000, 20000))
        r.lr("Su vuelto", f"$ {money(cash - total, 'eu')}")
    r.rule("-")
    r.text("Régimen de Transparencia Fiscal al")
    r.text("Consumidor (Ley 27.743)")
    r.lr("IVA Contenido", f"$ {money(vat_in(total, Decimal(21))[1], 'eu')}")
    r.rule("-")
    r.center(f"CAE: {digits(rng, 14)}  Vto. CAE: {t + timedelta(days=10):%d/%m/%Y}")
    r.center("¡Gracias por su compra!")
    spec = {
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-3, 3),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 80,
        "long": 2600,
        "blur": 1.2,
    }
    case = "trading name, S.R.L. and CUIT/IIBB/inicio lines, tique factura B, kg x price, 2-digit year"
    return TCase("t26_ar_panaderia", "AR", "es", "Argentine panadería", case, r.image(), r.lines, k, spec)


def t27_cl_libreria(rng: random.Random) -> TCase:
    k = TKey("CLP", "$")
    t = when(rng, 2025, 10, 20)
    r = TRoll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        "NERUDA - VEINTE POEMAS DE AMOR 12990; ALLENDE - LA CASA DE LOS ESPIRITUS 18990; "
        "BOLANO - LOS DETECTIVES SALVAJES 24990; MISTRAL - DESOLACION 9990; ZAMBRA - FORMAS DE VOLVER 14990; "
        "GUIA PATAGONIA 2025 21990; CUADERNO UNIVERSITARIO 100H 2490; LAPIZ PASTA AZUL X3 1290; "
        "MARCAPAGINAS COBRE 3990",
        rng.randint(2, 4),
        qmax=2,
    )
    r.center(k.company("LIBRERÍA PATAGONIA"), face="dmono-b", wx=1.3, hy=2.0)
    r.center(k.alt("Comercial Libros del Sur SpA"))
    r.center(f"R.U.T.: {rut(rng)}")
    r.center("Venta de libros y artículos de oficina")
    r.block(k.address("Av. Providencia 2124, Local 12", "Providencia, Santiago"), "c")
    r.rule("=")
    r.center("BOLETA ELECTRÓNICA", face="dmono-b")
    r.center(f"N° {rng.randint(100000, 999999)}")
    r.center("S.I.I. - PROVIDENCIA")
    r.rule("=")
    r.text(f"Fecha: {k.date(t, '%d-%m-%Y')}  Hora: {hm(t)}")
    r.text(f"Caja: {rng.randint(1, 3)}  Vendedor: {rng.choice(['Camila', 'Matías', 'Javiera'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} x ${money(unit, 'eu', 0)}", f"${money(amt, 'eu', 0)}")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL", f"${k.total(total, 'eu', 0)}", face="dmono-b", hy=1.8)
    r.lr(rng.choice(["Redcompra Débito", "Tarjeta Crédito"]), f"${money(total, 'eu', 0)}")
    iva = vat_in(total, Decimal(19))[1].quantize(Decimal(1))
    r.text(f"El IVA de esta boleta es: ${money(iva, 'eu', 0)}")
    r.rule("-")
    r.barcode(digits(rng, 18), height=12, digits=False)
    r.center("Timbre Electrónico SII")
    r.center("Res. 80 de 2014 - Verifique documento:")
    r.center("www.sii.cl")
    spec = {
        "paper": ["fold"],
        "folds": 2,
        "crumple": 0.1,
        "place": "glass",
        "lid": (236, 236, 232),
        "margin": (12, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "colour": True,
        "dpi": 300,
        "fmt": "jpg",
        "quality": 80,
    }
    case = "SpA legal name and RUT, boleta electrónica, $38.970 without cents, IVA line, SII timbre; folded"
    return TCase("t27_cl_libreria", "CL", "es", "Chilean bookshop", case, r.image(), r.lines, k, spec)


CASES = [t25_fi_grocery, t26_ar_panaderia, t27_cl_libreria]
