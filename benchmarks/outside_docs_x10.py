"""Set X receipts 28-30: an Asunción supermarket's factura (S.A., RUC, timbrado with its validity dates,
IVA 10 % and 5 %, whole guaraníes as Gs. 125.000; taped to an A4 sheet with a stamp), a Nassau straw
market stall's 58 mm slip from a handheld printer (no legal name, TIN, VAT 10 % included, B$; photo
upside down) and a Manama electronics shop's e-mailed receipt (a narrow born-digital PDF: W.L.L., CR and
VAT numbers, VAT 10 % added, three-decimal dinars BD 45.350)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import ampm, digits, fit, hm, menu, when
from outside_common_s import cols
from outside_common_t import EReceipt, TCase, TRoll, tendered
from outside_common_v import VKey, m3, q3
from outside_common_x import EMAIL, photo, ruc_py


def x28_py_supermarket(rng: random.Random) -> TCase:
    k = VKey("PYG", "Gs.")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    ten = menu(
        rng,
        "Coca-Cola 2L 12500; Galletitas Tía Maruca 6500; Detergente 750ml 14900; Papel higiénico x4 11900; "
        "Cerveza Pilsen 1L 9900; Yerba Kurupí 500g 15900; Chipa x6 12000; Mortadela kg 32000",
        rng.randint(2, 4),
        qmax=3,
    )
    five = menu(
        rng,
        "Leche Trébol 1L 7900; Arroz 1kg 8500; Azúcar 1kg 6900; Harina 1kg 5200; Aceite 900ml 16500; "
        "Huevos x12 18000; Mandioca kg 4500; Fideos 500g 6200",
        rng.randint(2, 4),
        qmax=3,
    )
    r.center(k.company("SUPERMERCADO ÑANDUTÍ"), face="lmono-b", hy=2.0)
    r.center(k.alt("Comercial Ñandutí S.A."))
    r.block(k.address("Avda. Mariscal López 3421", "Asunción - Paraguay"), "c")
    r.center(f"RUC: {ruc_py(rng)}")
    r.rule("-")
    r.text(f"Timbrado N°: {digits(rng, 8)}")
    r.text(f"Inicio vigencia: 01/{rng.randint(1, 6):02d}/{t.year - 1}")
    r.text(f"FACTURA N° 001-0{rng.randint(10, 40)}-{digits(rng, 7)}")
    r.text("Condición de venta: CONTADO")
    r.text(f"Fecha: {k.date(t, '%d/%m/%Y')} {hm(t, True)}")
    r.text("RUC/CI: 44444401-7  SIN NOMBRE")
    r.rule("-")
    cols(r, ["Descripción", "Cant", "Precio", "IVA", "Total"], [18, -4, -8, -4, -10])
    for group, tag in ((ten, "10%"), (five, "5%")):
        for name, qty, unit, amt in group:
            cols(
                r,
                [fit(name, 17), str(qty), money(unit, "eu", 0), tag, money(amt, "eu", 0)],
                [18, -4, -8, -4, -10],
            )
    g10 = sum((a for *_, a in ten), Decimal(0))
    g5 = sum((a for *_, a in five), Decimal(0))
    total = g10 + g5
    r.rule("-")
    r.lr("TOTAL A PAGAR Gs.", k.total(total, "eu", 0), face="lmono-b", hy=1.8)
    paid = tendered(rng, total, (10000, 50000, 100000))
    r.lr("Efectivo", money(paid, "eu", 0))
    r.lr("Vuelto", money(paid - total, "eu", 0))
    r.text("LIQUIDACIÓN DEL IVA")
    i10, i5 = q2(g10 / 11, 0), q2(g5 / 21, 0)
    r.lr("IVA 10%", money(i10, "eu", 0))
    r.lr("IVA 5%", money(i5, "eu", 0))
    r.lr("Total IVA", money(i10 + i5, "eu", 0))
    r.rule("-")
    r.center("Original: cliente")
    r.center("¡Gracias por su compra! Aguyje!")
    spec = {"place": "a4", "at": (45, 26), "angle": rng.uniform(-2, 2), "tape": True}
    spec["marks"] = [
        {"type": "stamp", "lines": ["RECIBIDO", "ADMINISTRACION"], "at": (138, 40), "angle": 8},
        {"type": "note", "lines": ["caja chica - oficina"], "at": (120, 250), "size": 14},
    ]
    spec |= {"kind": "scan", "dpi": 200, "fmt": "jpg", "quality": 82}
    case = (
        "S.A. legal name, RUC, timbrado and vigencia, IVA 10/5 % columns, 'TOTAL A PAGAR Gs. 125.000'; on A4"
    )
    return TCase(
        "x28_py_supermarket", "PY", "es", "Paraguayan supermarket", case, r.image(), r.lines, k, spec
    )


def x29_bs_market_stall(rng: random.Random) -> TCase:
    k = VKey("BSD", "B$")
    t = when(rng, 2025, 9, 17)
    r = TRoll(58, 30, "dmono", pitch=1.35)
    items = menu(
        rng,
        "Straw Bag Large 45.00; Straw Hat 25.00; Conch Shell Necklace 15.00; Wood Carving Turtle 35.00; "
        "Guava Jam 8oz 9.00; Bahamas T-Shirt 18.00; Beaded Bracelet 6.00; Hand Fan 8.00; "
        "Coconut Candy 5.00; Fridge Magnet 4.00",
        rng.randint(2, 4),
        qmax=3,
    )
    r.center(k.company("MAMA LOU'S STRAW WORKS"), face="dmono-b")
    r.block(k.address("Stall 112, Straw Market", "Bay Street, Nassau"), "c")
    r.center(f"TIN {rng.randint(100000000, 119999999)}")
    r.center(f"Tel (242) 3{digits(rng, 2)}-{digits(rng, 4)}")
    r.rule("-")
    r.text(f"{k.date(t, '%m/%d/%Y')} {ampm(t)}")
    r.text(f"Sale #{rng.randint(100, 999)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.text(fit(name, 30))
        r.lr(f"  x{qty}", f"B${money(amt)}")
    total = sum((a for *_, a in items), Decimal(0))
    disc = Decimal(rng.choice([0, 5, 10])) if total > 40 else Decimal(0)
    if disc:
        r.lr("Discount", f"-B${money(disc)}")
    pay = total - disc
    r.rule("-")
    r.lr("TOTAL", f"B${k.total(pay)}", face="dmono-b", hy=1.6)
    r.text("VAT 10% included")
    r.lr(rng.choice(["Cash", "Card", "Cash USD"]), f"B${money(pay)}")
    r.center("Handmade in The Bahamas")
    r.center("Thank you!")
    spec = photo(rng, "wood", 5, quality=78, long=2400, rotate=180)
    case = (
        "58 mm handheld-printer slip, no legal name, TIN, discount, 'TOTAL B$62.00', MM/DD/YYYY; upside down"
    )
    return TCase(
        "x29_bs_market_stall", "BS", "en", "Bahamian market stall", case, r.image(), r.lines, k, spec
    )


def x30_bh_electronics_email(rng: random.Random) -> TCase:
    k = VKey("BHD", "BD")
    t = when(rng, 2025, 9, 22)
    items = menu(
        rng,
        "USB-C Charger 65W 14.500; Wireless Earbuds 29.900; Phone Case Clear 4.750; "
        "Power Bank 20000mAh 12.350; Smart Watch Band 6.200; HDMI Cable 2m 3.900; "
        "Screen Protector 3.500; Bluetooth Speaker 24.750; "
        "Keyboard Wireless AR/EN 11.900",
        rng.randint(2, 4),
        qmax=2,
    )
    e = EReceipt(100, 8, "dejavu")
    e.text(k.company("SEEF GADGETS"), "C", 15, True, 8)
    e.text(k.alt("Seef Gadgets Trading W.L.L."), "C", 9, True)
    for line in k.address("Shop 14, Building 2102, Road 2825", "Block 428, Seef", "Kingdom of Bahrain"):
        e.text(line, "C", 8.5)
    e.text(f"CR No. {rng.randint(10000, 159999)}-{rng.randint(1, 9)}", "C", 8)
    e.text(f"VAT Account No. 2200{digits(rng, 8)}002", "C", 8)
    e.rule(3)
    e.text("TAX INVOICE", "C", 11, True)
    e.lr(f"Invoice: SG-{digits(rng, 6)}", f"{k.date(t, '%d %b %Y')} {hm(t)}", 8.5)
    e.lr("Order: online (click & collect)", f"#{digits(rng, 5)}", 8.5)
    e.rule(2)
    sub = Decimal(0)
    for name, qty, unit, amt in items:
        e.text(name, size=8.5)
        e.lr(f"   {qty} x {m3(unit)}", m3(q3(amt)), 8.5)
        sub += q3(amt)
    vat = q3(sub / 10)
    total = sub + vat
    e.rule(2)
    e.lr("Subtotal (excl. VAT)", m3(sub), 9)
    e.lr("VAT 10%", m3(vat), 9)
    e.lr("TOTAL", f"BD {k.total(total, 'us', 3)}", 11, True)
    e.lr(rng.choice(["BenefitPay", "Debit card", "Credit card"]), m3(total), 9)
    e.rule(2)
    e.text("Exchange within 7 days with this receipt.", "C", 7.5)
    e.text("Thank you for shopping with Seef Gadgets", "C", 7.5)
    data, image = e.output()
    case = (
        "narrow born-digital PDF, W.L.L. legal name, CR and VAT account numbers, VAT 10 % added, 'BD 45.350'"
    )
    return TCase(
        "x30_bh_electronics_email",
        "BH",
        "en",
        "Bahraini e-mailed receipt",
        case,
        image,
        e.lines,
        k,
        EMAIL,
        data,
    )


CASES = [x28_py_supermarket, x29_bs_market_stall, x30_bh_electronics_email]
