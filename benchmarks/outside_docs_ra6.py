"""Set RA receipts 16-18: a Santiago off-licence's boleta electrónica (SpA, the R.U.T. / BOLETA
ELECTRÓNICA / S.I.I. box, whole pesos as $ 23.140, 'El IVA de esta boleta es', timbre electrónico), a
Buenos Aires ice-cream parlour's tique factura B (S.R.L., CUIT, IIBB, inicio de actividades, IVA
responsable inscripto, Ley 27.743 transparency lines, CAE; a 1-bit scan) and a Pretoria supermarket's
till slip (Pty Ltd, VAT number, zero-rated basics marked #, rewards-card savings and points, VAT 15 %)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from PIL import ImageDraw

from outside_common_k import mm, money, q2
from outside_common_r import digits, fit, hm, menu, when
from outside_common_ra import amounts, split_vat, vat_za
from outside_common_t import TCase, TRoll, cuit, rut, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra16_cl_botilleria(rng: random.Random) -> TCase:
    k = VKey("CLP", "$")
    t = when(rng, 2025, 11, 23)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Cerveza Cristal 6x350cc 4990; Vino Casillero del Diablo 7490; Pisco Mistral 35° 700cc 8990; "
        "Hielo 2 kg 1500; Coca-Cola 3 L 2990; Papas fritas Lays 250g 2290; Maní salado 200g 1290; "
        "Cerveza Kunstmann Torobayo 3x 5490; Vino Gato Negro 1,5 L 4390; Ron Havana 3 años 11990",
        rng.randint(2, 5),
        qmax=3,
    )
    r.center(k.company("BOTILLERÍA EL COPIHUE"), face="dmono-b", hy=2.0)
    r.center(k.alt("Comercial El Copihue SpA"))
    r.center("Venta de bebidas alcohólicas y abarrotes")
    r.block(k.address("Av. Providencia 2150", "Providencia, Santiago"), "c")
    r.feed(0.4)
    top = r.y
    r.center(f"R.U.T.: {rut(rng)}", face="dmono-b")
    r.center("BOLETA ELECTRÓNICA", face="dmono-b")
    r.center(f"Nº {rng.randint(100000, 999999)}", face="dmono-b")
    r.center("S.I.I. - SANTIAGO ORIENTE")
    ImageDraw.Draw(r.mask).rectangle(
        (r.left + mm(6), top - mm(1), r.right - mm(6), r.y + mm(1)), outline=255, width=mm(0.5)
    )
    r.feed(0.6)
    r.text(f"Fecha Emisión: {k.date(t, '%d-%m-%Y')}  {hm(t)}")
    r.text(f"Caja {rng.randint(1, 3)}  Vendedor: {rng.choice(['Javiera', 'Matías', 'Camila'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} x $ {money(unit, 'eu', 0)}", f"$ {money(amt, 'eu', 0)}")
    total = amounts(items)
    iva = q2(total * 19 / 119, 0)
    r.rule("-")
    r.lr("TOTAL", f"$ {k.total(total, 'eu', 0)}", face="dmono-b", hy=1.8)
    cash = rng.random() < 0.5
    paid = tendered(rng, total, (1000, 5000, 10000, 20000)) if cash else total
    r.lr("Efectivo" if cash else "Tarjeta de débito", f"$ {money(paid, 'eu', 0)}")
    r.lr("Vuelto", f"$ {money(paid - total, 'eu', 0)}")
    r.text(f"El IVA de esta boleta es: $ {money(iva, 'eu', 0)}")
    r.rule("-")
    r.barcode(digits(rng, 24), height=12, digits=False)
    r.center("Timbre Electrónico SII")
    r.center("Res. 80 de 2014 - Verifique documento:")
    r.center("www.sii.cl")
    r.center("Venta prohibida a menores de 18 años")
    spec = photo(rng, "slate", 5, paper=["crumple"], crumple=0.11, quality=80, long=2500)
    case = "SpA name, R.U.T./BOLETA ELECTRÓNICA box, whole pesos '$ 23.140', IVA de esta boleta; crumpled"
    return TCase(
        "ra16_cl_botilleria", "CL", "es", "Chilean off-licence boleta", case, r.image(), r.lines, k, spec
    )


def ra17_ar_heladeria(rng: random.Random) -> TCase:
    k = VKey("ARS", "$")
    t = when(rng, 2025, 13, 23)
    r = TRoll(80, 42, "lmono", pitch=1.35)
    items = menu(
        rng,
        "1/4 kg helado 7800.00; 1/2 kg helado 13500.00; 1 kg helado 24000.00; Cucurucho 2 gustos 5200.00; "
        "Vasito 1 gusto 3800.00; Agua mineral 500ml 1900.00; Café expreso 2800.00; "
        "Bombón helado x8 6900.00; Batido de frutilla 6500.00",
        rng.randint(2, 4),
        qmax=2,
    )
    r.center(k.company("HELADERÍA DOLCE PAMPA"), face="lmono-b", hy=2.0)
    r.center(k.alt("Dolce Pampa S.R.L."))
    r.block(k.address("Av. Corrientes 3456", "C1193AAF - C.A.B.A."), "c")
    r.center(f"C.U.I.T. Nro.: {cuit(rng, '30')}")
    r.center(f"Ing. Brutos: {digits(rng, 7)}-{digits(rng, 2)}")
    r.center(f"Inicio de actividades: 01/0{rng.randint(1, 9)}/{rng.randint(2008, 2019)}")
    r.center("IVA RESPONSABLE INSCRIPTO")
    r.rule("-")
    r.center("TIQUE FACTURA B", face="lmono-b")
    r.center(f"Nro. {rng.randint(1, 9):04d}-{digits(rng, 8)}")
    r.lr(f"Fecha {k.date(t, '%d/%m/%y')}", f"Hora {hm(t, True)}")
    r.text("A CONSUMIDOR FINAL")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(f"{qty},000 x {money(unit, 'eu')}")
        r.lr(fit(name, 22), f"(21,00)  {money(amt, 'eu')}")
    total = amounts(items)
    ((_, _net, iva, _),) = split_vat({Decimal(21): total})
    r.rule("-")
    r.lr("TOTAL $", k.total(total, "eu"), face="lmono-b", hy=1.8)
    r.lr(rng.choice(["Mercado Pago QR", "Tarjeta de débito", "Efectivo"]), money(total, "eu"))
    r.rule("-")
    r.text("Régimen de Transparencia Fiscal al")
    r.text("Consumidor (Ley 27.743)")
    r.lr("IVA contenido $", money(iva, "eu"))
    r.lr("Otros Imp. Nac. Indirectos $", "0,00")
    r.rule("-")
    r.text(f"CAE: {digits(rng, 14)}")
    r.text(f"Vto. CAE: {t + timedelta(days=10):%d/%m/%Y}")
    r.qr(rng, 20)
    r.center("¡Gracias! Seguinos @dolcepampa")
    spec = scan(rng, 300, "tif", kind="bilevel", threshold=150, lid=(240, 240, 238), margin=(10, 10))
    case = "S.R.L. name, CUIT/IIBB/inicio act., IVA resp. inscripto, 'TOTAL $ 35.400,00', Ley 27.743; 1-bit"
    return TCase(
        "ra17_ar_heladeria",
        "AR",
        "es",
        "Argentinian ice-cream tique factura B",
        case,
        r.image(),
        r.lines,
        k,
        spec,
    )


def ra18_za_supermarket(rng: random.Random) -> TCase:
    k = VKey("ZAR", "R")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 42, "nmono", pitch=1.3)
    zero = menu(
        rng,
        "BROWN BREAD 700G 17.99; MAIZE MEAL 5KG 64.99; EGGS LARGE 18 54.99; FRESH MILK 2L 32.99; "
        "RICE 2KG 42.99; POTATOES 2KG 34.99; APPLES 1.5KG 29.99; DRIED BEANS 500G 24.99",
        rng.randint(2, 4),
    )
    std = menu(
        rng,
        "ROOIBOS TEA 80S 44.99; BOEREWORS 1KG 119.99; CHAKALAKA 410G 16.99; COKE 2L 26.99; "
        "WASHING POWDER 2KG 89.99; BILTONG 100G 54.99; RUSKS 500G 52.99; TOILET ROLL 9S 84.99",
        rng.randint(3, 5),
    )
    deal = rng.choice(std)
    save = q2(deal[3] * Decimal("0.15"))
    r.center(k.company("FRESHWAYS FOODS"), face="nmono-b", hy=2.2)
    r.center(k.alt("Freshways Retail (Pty) Ltd"))
    r.block(k.address("Shop 12, Lynnwood Bridge", "Lynnwood, Pretoria 0081"), "c")
    r.center(f"VAT No: {vat_za(rng)}")
    r.center(f"Tel: 012 {digits(rng, 3)} {digits(rng, 4)}")
    r.rule("-")
    lines = [(z, "#") for z in zero] + [(s, " ") for s in std]
    rng.shuffle(lines)
    for (name, _q, _u, amt), flag in lines:
        r.lr(f"{flag}{fit(name, 28)}", money(amt))
        if name == deal[0]:
            r.lr("  REWARDS PRICE", f"-{money(save)}")
    total = amounts(zero) + amounts(std) - save
    r.rule("-")
    r.lr(f"{len(lines)} ITEMS  BALANCE DUE", f"R{k.total(total)}", face="nmono-b", hy=1.8)
    card = rng.random() < 0.7
    paid = total if card else tendered(rng, total, (10, 20, 50, 100, 200))
    r.lr("CARD - MASTERCARD" if card else "CASH", money(paid))
    r.lr("CHANGE", money(paid - total))
    r.rule("-")
    vatable = amounts(std) - save
    ((_, _net, vat, _),) = split_vat({Decimal(15): vatable})
    r.lr("VATABLE AMOUNT (INCL)", money(vatable))
    r.lr("VAT 15%", money(vat))
    r.lr("ZERO RATED (#)", money(amounts(zero)))
    r.rule("-")
    r.text(f"FRESHWAYS REWARDS CARD ******{digits(rng, 4)}")
    r.lr("YOU SAVED TODAY", f"R{money(save)}")
    r.lr("POINTS EARNED", str(int(total // 10)))
    r.rule("-")
    r.text(f"{k.date(t, '%Y/%m/%d')} {hm(t)}  TILL {rng.randint(1, 14):02d}  SLIP {digits(rng, 5)}")
    r.text(f"CASHIER: {rng.choice(['THANDI', 'PIETER', 'LERATO'])}")
    r.center("KEEP YOUR SLIP FOR RETURNS")
    spec = photo(rng, "marble", 4, quality=80, long=2400)
    case = (
        "Pty Ltd name, VAT no, zero-rated lines marked #, rewards saving, 'BALANCE DUE R123.45', YYYY/MM/DD"
    )
    return TCase(
        "ra18_za_supermarket", "ZA", "en", "South African supermarket", case, r.image(), r.lines, k, spec
    )


CASES = [ra16_cl_botilleria, ra17_ar_heladeria, ra18_za_supermarket]
