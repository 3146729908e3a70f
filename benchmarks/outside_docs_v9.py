"""Set V receipts 25-27: a La Paz stationer's factura con derecho a crédito fiscal (S.R.L., NIT, CUF,
buyer's NIT, 'Son:' line, Bs), a Kathmandu restaurant's abbreviated tax invoice (Pvt. Ltd., PAN/VAT,
10 % service charge and 13 % VAT added, AD date beside the Bikram Sambat miti, Rs.) and a Phnom Penh
café's receipt in dollars with the riel amount as well (Co., Ltd., VATTIN, 15-Mar-2025)."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey


def v25_bo_libreria(rng: random.Random) -> TCase:
    k = VKey("BOB", "Bs")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Cuaderno espiral 100 hojas 12.00; Bolígrafo azul caja x12 30.00; Lápiz negro HB 2.50; "
        "Resma papel bond carta 45.00; Marcador permanente 7.00; Carpeta archivador 18.50; "
        "Calculadora científica 120.00; Goma de borrar 2.00; Regla 30 cm 5.00; Mochila escolar 185.00",
        rng.randint(3, 5),
        qmax=4,
    )
    r.center(k.company("LIBRERÍA ILLIMANI"), face="dmono-b", hy=2.0)
    r.center(k.alt("Illimani Papelería S.R.L."))
    r.center("CASA MATRIZ - Punto de Venta: 0")
    r.block(k.address("Av. 16 de Julio N° 1480, El Prado", "La Paz - Bolivia"), "c")
    r.rule("-")
    r.center("FACTURA", face="dmono-b")
    r.center("(Con Derecho a Crédito Fiscal)")
    r.lr("NIT:", f"{digits(rng, 9)}01{rng.randint(0, 9)}")
    r.lr("FACTURA N°:", str(rng.randint(100, 9999)))
    cuf = "".join(rng.choice("0123456789ABCDEF") for _ in range(56))
    r.text(f"CUF: {cuf[:36]}")
    r.text(f"     {cuf[36:]}")
    r.lr("Fecha:", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.lr("NIT/CI/CEX:", digits(rng, 7))
    r.lr("Nombre/Razón Social:", rng.choice(["MAMANI", "QUISPE", "ROJAS"]))
    r.rule("-")
    cols(r, ["Detalle", "Cant", "P.Unit", "Subtotal"], [18, -5, -9, -10])
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        cols(r, ["", str(qty), money(unit), money(amt)], [18, -5, -9, -10])
    sub = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("SUBTOTAL Bs", money(sub))
    r.lr("DESCUENTO Bs", "0.00")
    r.lr("TOTAL Bs", k.total(sub), face="dmono-b", hy=1.8)
    r.lr("MONTO A PAGAR Bs", money(sub))
    r.lr("IMPORTE BASE CRÉDITO FISCAL", money(sub))
    whole, cents = divmod(int(sub * 100), 100)
    r.text(f"Son: {whole} {cents:02d}/100 Bolivianos")
    r.rule("-")
    r.center("ESTA FACTURA CONTRIBUYE AL DESARROLLO")
    r.center("DEL PAÍS, EL USO ILÍCITO SERÁ")
    r.center("SANCIONADO PENALMENTE DE ACUERDO A LEY")
    r.qr(rng, 22)
    spec = {"paper": ["grey"], "place": "glass", "lid": (232, 232, 228), "margin": (10, 10)}
    spec |= {"angle": rng.uniform(-1.5, 1.5), "kind": "scan", "dpi": 200, "fmt": "jpg", "quality": 76}
    case = "S.R.L. legal name, factura con derecho a crédito fiscal, NIT, CUF, buyer's NIT, 'TOTAL Bs'; faded"
    return TCase("v25_bo_libreria", "BO", "es", "Bolivian stationer", case, r.image(), r.lines, k, spec)


def miti(d: date) -> str:
    """An approximate Bikram Sambat date (Baisakh 1 falls about 14 April), as Nepali bills print it."""
    new_year = date(d.year, 4, 14)
    start = new_year if d >= new_year else date(d.year - 1, 4, 14)
    days = (d - start).days
    month, day = min(11, int(days // 30.45)), int(days - int(days // 30.45) * 30.45) + 1
    return f"{start.year + 57}-{month + 1:02d}-{min(day, 32):02d}"


def v26_np_restaurant(rng: random.Random) -> TCase:
    k = VKey("NPR", "Rs.")
    t = when(rng, 2025, 11, 22)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Thakali Khana Set Veg 650.00; Thakali Khana Set Chicken 850.00; Chicken Momo Steam 380.00; "
        "Buff Momo Fried 360.00; Buff Sukuti 450.00; Aloo Jeera 250.00; Masala Tea 120.00; "
        "Everest Beer 650ml 650.00; Sweet Lassi 250.00; Mineral Water 1L 60.00",
        rng.randint(3, 6),
        qmax=2,
    )
    r.center(k.company("THAMEL THAKALI KITCHEN"), face="lmono-b", hy=2.0)
    r.center(k.alt("Thakali Kitchen Pvt. Ltd."))
    r.block(k.address("Thamel Marg, Ward No. 26", "Kathmandu, Nepal"), "c")
    r.center(f"PAN/VAT No: 60{digits(rng, 7)}")
    r.rule("-")
    r.center("ABBREVIATED TAX INVOICE", face="lmono-b")
    r.lr(f"Bill No: {digits(rng, 5)}", f"Table: {rng.randint(1, 20)}")
    r.lr(f"Date: {k.date(t, '%Y-%m-%d')}", f"Miti: {miti(t.date())}")
    r.lr(f"Time: {hm(t)}", f"Waiter: {rng.choice(['Suman', 'Pasang', 'Anita'])}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 30)}", money(amt))
    sub = sum((a for *_, a in items), Decimal(0))
    sc = q2(sub * Decimal("0.10"))
    vat = q2((sub + sc) * Decimal("0.13"))
    total = sub + sc + vat
    r.rule("-")
    r.lr("Sub Total", money(sub))
    r.lr("Service Charge 10%", money(sc))
    r.lr("Taxable Amount", money(sub + sc))
    r.lr("VAT 13%", money(vat))
    r.lr("Grand Total Rs.", k.total(total), face="lmono-b", hy=1.8)
    cash = tendered(rng, total, (100, 500, 1000))
    r.lr("Cash", money(cash))
    r.lr("Change", money(cash - total))
    r.rule("-")
    r.center("Dhanyabad! Please visit again")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.09,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-4, 4),
    }
    spec |= {"kind": "photo", "fmt": "jpg", "quality": 80, "long": 2600}
    case = (
        "Pvt. Ltd. legal name, PAN/VAT, AD date with BS miti beside it, service 10 % + VAT 13 % added, 'Rs.'"
    )
    return TCase("v26_np_restaurant", "NP", "en", "Nepali restaurant", case, r.image(), r.lines, k, spec)


def v27_kh_cafe(rng: random.Random) -> TCase:
    k = VKey("USD", "USD")
    t = when(rng, 2025, 7, 19)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Iced Latte 2.75; Cappuccino Hot 2.50; Khmer Iced Coffee 1.75; Passion Fruit Soda 2.25; "
        "Mango Smoothie 3.00; Croissant 1.80; Chicken Num Pang 3.50; Banana Cake 2.00; Green Tea Frappe 3.25",
        rng.randint(2, 5),
        qmax=2,
    )
    rate = 4100
    r.center(k.company("MEKONG BEAN CAFE"), face="dmono-b", hy=2.0)
    r.center(k.alt("Mekong Bean Co., Ltd."))
    r.block(k.address("No. 45, Street 240", "Sangkat Chey Chumneah, Daun Penh", "Phnom Penh, Cambodia"), "c")
    r.center(f"VATTIN: K00{rng.randint(1, 9)}-90{digits(rng, 7)}")
    r.rule("-")
    r.lr(f"Receipt: MB{digits(rng, 6)}", f"Table: {rng.randint(1, 12)}")
    r.lr(f"Date: {k.date(t, '%d-%b-%Y')}", hm(t))
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 26)}", f"$ {money(amt)}")
    sub = sum((a for *_, a in items), Decimal(0))
    vat = q2(sub * Decimal("0.10"))
    total = sub + vat
    riel = int(total * rate / 100 + Decimal("0.5")) * 100
    r.rule("-")
    r.lr("Sub Total", f"$ {money(sub)}")
    r.lr("VAT 10%", f"$ {money(vat)}")
    r.lr("Total (USD)", f"$ {k.total(total)}", face="dmono-b", hy=1.8)
    r.lr("Total (KHR)", f"{money(Decimal(riel), 'us', 0)} Riel")
    r.text(f"Exchange rate: 1 USD = {rate:,} KHR")
    r.lr("Paid by", rng.choice(["ABA KHQR", "Cash USD", "Visa"]))
    r.rule("-")
    r.center("Wi-Fi: mekongbean / Akun chran!")
    spec = {"paper": ["fade"], "fade": 0.4, "streaks": 2, "place": "glass", "lid": (238, 238, 234)}
    spec |= {"margin": (12, 10), "angle": rng.uniform(-1.5, 1.5), "kind": "scan", "dpi": 200, "fmt": "png"}
    case = (
        "Co., Ltd. legal name, VATTIN, dollars with the riel total beside them, VAT 10 % added, 15-Mar-2025"
    )
    return TCase("v27_kh_cafe", "KH", "en", "Cambodian café", case, r.image(), r.lines, k, spec)


CASES = [v25_bo_libreria, v26_np_restaurant, v27_kh_cafe]
