"""Set V receipts 19-21: a Santo Domingo supermarket's factura para consumidor final (S.R.L., RNC, NCF,
exempt staples and ITBIS 18 %, RD$), a San José soda's tiquete electrónico (S.A., cédula jurídica, clave,
IVA 13 % and 10 % service added, whole colones ₡12 450) and a Panama City car park's ticket (RUC with DV,
entry and exit times, ITBMS 7 %, B/.) on an expense sheet."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_CEILING, Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, when
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey, cedula_cr, rnc_do, ruc_pa


def v19_do_supermarket(rng: random.Random) -> TCase:
    k = VKey("DOP", "RD$")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    exempt = menu(
        rng,
        "ARROZ SELECTO 5LB 185.00; HABICHUELAS ROJAS 1LB 95.00; HUEVOS 30 UND 310.00; PLATANOS UND 25.00; "
        "LECHE RICA 1L 82.00; SALAMI INDUVECA 1LB 165.00; YUCA LB 35.00",
        rng.randint(3, 4),
        qmax=4,
    )
    taxed = menu(
        rng,
        "CERVEZA PRESIDENTE 650ML 150.00; REFRESCO COLA 2L 95.00; DETERGENTE 1KG 189.00; "
        "CAFE SANTO DOMINGO 1LB 245.00; GALLETAS 62.00; ACEITE CRISOL 1L 225.00",
        rng.randint(2, 3),
        qmax=3,
    )
    r.center(k.company("SUPERMERCADO LA FUENTE"), face="lmono-b", hy=2.0)
    r.center(k.alt("Supermercados La Fuente, S.R.L."))
    r.block(k.address("Av. Abraham Lincoln No. 1003", "Ens. Piantini, Santo Domingo"), "c")
    r.center(f"RNC: {rnc_do(rng)}")
    r.rule("-")
    r.center("FACTURA PARA CONSUMIDOR FINAL", face="lmono-b")
    r.text(f"NCF: B02{digits(rng, 8)}")
    r.lr(f"Fecha: {k.date(t, '%d/%m/%Y')}", f"Hora: {hm(t)}")
    r.lr(f"Caja: {rng.randint(1, 12):02d}", f"Cajero: {rng.choice(['YOKASTA', 'RAMON', 'ANA M.'])}")
    r.rule("-")
    base = itbis = Decimal(0)
    for name, qty, unit, amt in exempt + taxed:
        ex = (name, qty, unit, amt) in exempt
        r.text(fit(name, 42))
        tax = Decimal(0) if ex else q2(amt * Decimal("0.18"))
        r.lr(f"  {qty} x {money(unit)}", f"{money(amt)} {'E' if ex else 'G'}")
        base += amt
        itbis += tax
    total = base + itbis
    r.rule("-")
    r.lr("SUBTOTAL", money(base))
    r.lr("ITBIS 18%", money(itbis))
    r.lr("TOTAL RD$", k.total(total), face="lmono-b", hy=1.8)
    cash = tendered(rng, total, (100, 500, 1000, 2000))
    r.lr("EFECTIVO", money(cash))
    r.lr("CAMBIO", money(cash - total))
    r.rule("-")
    r.text("E = EXENTO   G = GRAVADO 18%")
    r.center("GRACIAS POR SU COMPRA")
    spec = {"place": "glass", "lid": (228, 228, 224), "margin": (12, 12), "angle": rng.uniform(-1.5, 1.5)}
    spec |= {"kind": "scan", "colour": True, "dpi": 200, "fmt": "jpg", "quality": 80, "rotate": 180}
    case = (
        "S.R.L. legal name, RNC, NCF, exempt/taxed lines, ITBIS 18 % added, 'TOTAL RD$'; scanned upside down"
    )
    return TCase("v19_do_supermarket", "DO", "es", "Dominican supermarket", case, r.image(), r.lines, k, spec)


def v20_cr_soda(rng: random.Random) -> TCase:
    k = VKey("CRC", "₡")
    t = when(rng, 2025, 11, 21)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Casado con pollo 3900; Casado con bistec 4500; Gallo pinto completo 2800; Olla de carne 4200; "
        "Arroz con camarones 5200; Chifrijo 3500; Refresco natural 1200; Café chorreado 1000; "
        "Agua de sapo 1100; Tres leches 1800",
        rng.randint(3, 5),
        qmax=2,
    )
    r.center(k.company("SODA LA SABANA"), face="dmono-b", wx=1.4, hy=2.0)
    r.center(k.alt("Sabores de la Sabana S.A."))
    r.center(f"Céd. Jurídica {cedula_cr(rng)}")
    r.block(k.address("Calle 42, Avenida 2, Sabana Este", "San José, Costa Rica"), "c")
    r.rule("-")
    r.center("TIQUETE ELECTRÓNICO", face="dmono-b")
    clave = f"506{t:%d%m%y}{digits(rng, 12)}{digits(rng, 20)}1{digits(rng, 8)}"
    r.text(f"Clave: {clave[:34]}")
    r.text(f"       {clave[34:]}")
    r.text(f"Consecutivo: 00100001040{digits(rng, 9)}")
    r.text(f"Fecha: {k.date(t, '%d/%m/%Y')} {hm(t)}   Mesa {rng.randint(1, 15)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 28)}", f"₡{money(amt, 'fr', 0)}")
    sub = sum((a for *_, a in items), Decimal(0))
    iva = (sub * Decimal("0.13")).quantize(Decimal(1), ROUND_CEILING)
    serv = (sub * Decimal("0.10")).quantize(Decimal(1), ROUND_CEILING)
    total = sub + iva + serv
    r.rule("-")
    r.lr("Subtotal", f"₡{money(sub, 'fr', 0)}")
    r.lr("IVA 13%", f"₡{money(iva, 'fr', 0)}")
    r.lr("Servicio 10%", f"₡{money(serv, 'fr', 0)}")
    r.lr("TOTAL", f"₡{k.total(total, 'fr', 0)}", face="dmono-b", hy=1.8)
    r.lr(rng.choice(["Tarjeta", "Efectivo", "SINPE Móvil"]), f"₡{money(total, 'fr', 0)}")
    r.rule("-")
    r.text("Autorizada mediante resolución")
    r.text("MH-DGT-RES-0027-2024 del")
    r.text("Ministerio de Hacienda")
    r.center("¡Pura vida! Gracias")
    spec = {"place": "table", "table": "white", "angle": rng.uniform(-5, 5), "kind": "photo", "fmt": "jpg"}
    spec |= {"quality": 80, "long": 2400}
    case = (
        "S.A. legal name, cédula jurídica, clave of 50 digits, IVA "
        "13 % + servicio 10 % added, '₡12 450' whole"
    )
    return TCase("v20_cr_soda", "CR", "es", "Costa Rican soda", case, r.image(), r.lines, k, spec)


def v21_pa_parking(rng: random.Random) -> TCase:
    k = VKey("PAB", "B/.")
    t = when(rng, 2025, 7, 16)
    out = t + timedelta(minutes=rng.randint(35, 300))
    r = TRoll(58, 30, "dmono", pitch=1.35)
    hours = -(-(out - t).seconds // 3600)
    rate = Decimal("1.50")
    net = rate * hours
    itbms = q2(net * Decimal("0.07"))
    total = net + itbms
    r.center(k.company("PARKING TORRES DEL MAR"), face="dmono-b")
    r.center(k.alt("Parqueos del Pacífico, S.A."))
    r.block(k.address("Calle 50 y Calle 53 Este", "Obarrio, Ciudad de Panamá"), "c")
    r.center(f"RUC {ruc_pa(rng)}")
    r.rule("-")
    r.text(f"Ticket No.: {digits(rng, 6)}")
    r.text(f"Entrada: {k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.text(f"Salida:  {out:%d/%m/%Y} {hm(out)}")
    r.text(f"Tiempo: {(out - t).seconds // 3600}h {(out - t).seconds % 3600 // 60:02d}m")
    r.lr("Tarifa/hora", f"B/. {money(rate)}")
    r.rule("-")
    r.lr("Subtotal", f"B/. {money(net)}")
    r.lr("ITBMS 7%", f"B/. {money(itbms)}")
    r.lr("TOTAL", f"B/. {k.total(total)}", face="dmono-b", hy=1.8)
    r.lr("Pagado", rng.choice(["Efectivo", "Clave", "Visa"]))
    r.rule("-")
    r.center("Gracias por su visita")
    spec = {"place": "a4", "at": (40, 30), "angle": rng.uniform(-4, 4), "tape": True}
    spec["marks"] = [
        {"type": "stamp", "lines": ["PAGADO", "CONTABILIDAD"], "at": (140, 60), "angle": -10},
        {"type": "note", "lines": ["parqueo - reunion banco"], "at": (120, 200), "size": 14},
    ]
    spec |= {"kind": "scan", "dpi": 200, "fmt": "jpg", "quality": 82}
    case = (
        "58 mm car park ticket, S.A. legal name, RUC with DV, entry/exit DD/MM/YYYY, ITBMS 7 %, 'B/.'; on A4"
    )
    return TCase("v21_pa_parking", "PA", "es", "Panamanian car park", case, r.image(), r.lines, k, spec)


CASES = [v19_do_supermarket, v20_cr_soda, v21_pa_parking]
