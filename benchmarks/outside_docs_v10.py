"""Set V receipts 28-30: an Amman supermarket's receipt (JD with three decimals, tax number, sales tax
16 % and 4 % included), a Muscat fuel station's tax invoice (SAOG legal name, VATIN, litres at baisa
prices, zero-rated fuel, R.O. 10.378) and a Kuwaiti electronics shop's e-mailed receipt (a born-digital
80 mm PDF: W.L.L. legal name, C.R. number, KD amounts, KNET, no VAT)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from outside_common_r import digits, fit, hm, menu, when
from outside_common_t import EReceipt, TCase, TRoll
from outside_common_v import VKey, m3, q3


def v28_jo_supermarket(rng: random.Random) -> TCase:
    k = VKey("JOD", "JD")
    t = when(rng, 2025, 9, 23)
    r = TRoll(80, 40, "dmono", pitch=1.3)
    basic = menu(
        rng,
        "KHUBZ ARABI 1KG 0.350; LABNEH 500G 1.750; HUMMUS TAHINI 0.950; RICE EGYPTIAN 1KG 1.100; "
        "SUGAR 2KG 1.300; FRESH CHICKEN 1KG 2.650; TOMATOES KG 0.450; CUCUMBER KG 0.550; EGGS 30 3.250",
        rng.randint(3, 5),
        qmax=3,
    )
    other = menu(
        rng,
        "OLIVE OIL 1L 5.500; NESCAFE 200G 4.250; PEPSI 2.25L 0.950; SHAMPOO 400ML 2.750; TISSUES 5PK 1.650",
        rng.randint(1, 2),
        qmax=2,
    )
    r.center(k.company("AL NOOR SUPERMARKET"), face="dmono-b", hy=2.0)
    r.center(k.alt("Al Noor Trading Est."))
    r.block(k.address("Mecca Street, Building 112", "Amman, Jordan"), "c")
    r.center(f"Tax No: 0{digits(rng, 8)}")
    r.rule("-")
    r.lr(f"Invoice: {digits(rng, 7)}", f"POS {rng.randint(1, 9)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", hm(t))
    r.rule("-")
    g4 = g16 = Decimal(0)
    for name, qty, unit, amt in basic + other:
        low = (name, qty, unit, amt) in basic
        r.text(fit(name, 40))
        r.lr(f"   {qty} x {m3(unit)}", f"{m3(amt)} {'B' if low else 'A'}")
        g4 += amt if low else 0
        g16 += 0 if low else amt
    total = g4 + g16
    r.rule("-")
    r.lr("TOTAL JD", k.total(total, "us", 3), face="dmono-b", hy=1.8)
    cash = (total / 5).to_integral_value(ROUND_HALF_UP) * 5 + 5 if rng.random() < 0.5 else total
    r.lr("CASH" if cash != total else "VISA", m3(cash))
    if cash != total:
        r.lr("CHANGE", m3(cash - total))
    r.rule("-")
    for code, rate, g in (("A", 16, g16), ("B", 4, g4)):
        r.lr(f"{code} Sales Tax {rate}% incl.", m3(q3(g * rate / (100 + rate))))
    r.rule("-")
    r.center("Thank you - Shukran")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.12,
        "place": "table",
        "table": "grey",
        "angle": rng.uniform(-5, 5),
    }
    spec |= {"kind": "photo", "fmt": "jpg", "quality": 78, "long": 2400}
    case = (
        "Est. legal name, tax no, three-decimal dinars 'TOTAL JD 12.350', sales tax 16/4 % included; crumpled"
    )
    return TCase("v28_jo_supermarket", "JO", "en", "Jordanian supermarket", case, r.image(), r.lines, k, spec)


def v29_om_fuel(rng: random.Random) -> TCase:
    k = VKey("OMR", "R.O.")
    t = when(rng, 2025, 6, 22)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    fuel, price = rng.choice(
        [("M91 SUPER", Decimal("0.229")), ("M95 SPECIAL", Decimal("0.239")), ("DIESEL", Decimal("0.258"))]
    )
    litres = Decimal(rng.randint(1500, 6500)) / 100
    amount = q3(litres * price)
    r.center(k.company("NOOR FUEL STATION"), face="lmono-b", hy=2.0)
    r.center(k.alt("Noor Oil Marketing SAOG"))
    r.block(k.address("Sultan Qaboos Street, Al Khuwair", "Muscat, Sultanate of Oman"), "c")
    r.center(f"VATIN: OM11{digits(rng, 8)}  CR: {digits(rng, 7)}")
    r.rule("-")
    r.center("TAX INVOICE", face="lmono-b")
    r.lr(f"Invoice No: {digits(rng, 8)}", f"Pump: {rng.randint(1, 12)}")
    r.lr(f"Date: {k.date(t, '%d-%m-%Y')}", f"Time: {hm(t, True)}")
    r.rule("-")
    r.text(fuel)
    r.lr("Volume (L)", f"{litres:.2f}")
    r.lr("Unit price (R.O./L)", m3(price))
    r.lr("Amount", m3(amount))
    r.lr("VAT 0% (zero-rated)", m3(Decimal(0)))
    r.rule("=")
    r.lr("TOTAL R.O.", k.total(amount, "us", 3), face="lmono-b", hy=1.8)
    r.lr(rng.choice(["CASH", "CARD", "NFC"]), m3(amount))
    r.rule("-")
    r.text(f"Vehicle: {rng.randint(1000, 99999)} {rng.choice(['A', 'AB', 'RM', 'DB'])}")
    r.center("Thank you - Drive safely")
    spec = {"paper": ["fade"], "fade": 0.5, "streaks": 4, "place": "glass", "lid": (238, 238, 234)}
    spec |= {"margin": (12, 10), "angle": rng.uniform(-1.5, 1.5), "kind": "scan", "dpi": 300, "fmt": "jpg"}
    spec |= {"quality": 84}
    case = (
        "SAOG legal name, VATIN/CR, litres at R.O./L baisa prices, zero-rated VAT, 'TOTAL R.O. 10.378'; faded"
    )
    return TCase("v29_om_fuel", "OM", "en", "Omani fuel station", case, r.image(), r.lines, k, spec)


def v30_kw_electronics_email(rng: random.Random) -> TCase:
    k = VKey("KWD", "KD")
    t = when(rng, 2025, 10, 22)
    items = menu(
        rng,
        "Wireless Earbuds Pro 24.900; Phone Case MagSafe 6.500; 65W GaN Charger 11.750; "
        "Smart Watch Band 4.250; Power Bank 20000mAh 9.990; HDMI Cable 2m 3.500; Bluetooth Speaker 18.500",
        rng.randint(2, 4),
        qmax=2,
    )
    e = EReceipt(80, 6, "liberation")
    e.bar(k.company("GADGET HOUSE"), (120, 20, 40), size=13)
    e.text(k.alt("Gadget House General Trading Co. W.L.L."), size=7, bold=True, h=4)
    for line in k.address("Al Rai, Block 1, Street 18", "Farwaniya, Kuwait"):
        e.text(line, size=7.5, h=4)
    e.text(f"C.R. No. {digits(rng, 6)}", size=7.5, h=4)
    e.feed(2)
    e.text("E-RECEIPT", "C", 10, True)
    e.lr("Receipt No:", f"GH-{digits(rng, 6)}", size=7.5, h=4)
    e.lr("Date:", f"{k.date(t, '%d %B %Y')} {hm(t)}", size=7.5, h=4)
    e.lr("Branch:", "Al Rai", size=7.5, h=4)
    e.rule(1.5)
    sub = Decimal(0)
    for name, qty, unit, amt in items:
        e.text(name, size=7.5, h=4)
        e.lr(f"  {qty} x {m3(unit)}", m3(amt), size=7.5, h=4)
        sub += amt
    e.rule(1.5)
    disc = q3(sub * Decimal("0.10")) if rng.random() < 0.5 else Decimal(0)
    e.lr("Subtotal", m3(sub), size=7.5, h=4)
    if disc:
        e.lr("Member discount 10%", f"-{m3(disc)}", size=7.5, h=4)
    e.lr("TOTAL KD", k.total(sub - disc, "us", 3), size=10, bold=True, h=6)
    e.lr("Paid by KNET", m3(sub - disc), size=7.5, h=4)
    e.feed(2)
    e.text("Exchange within 14 days with receipt.", "C", 6.5, h=3.5)
    e.text("Thank you for shopping at Gadget House", "C", 6.5, h=3.5)
    data, image = e.output()
    spec = {"place": "email", "kind": "e-receipt", "fmt": "pdf"}
    case = "born-digital 80 mm PDF, name on a red band, W.L.L. legal name, C.R. No., 'TOTAL KD 45.750', KNET"
    return TCase(
        "v30_kw_electronics_email",
        "KW",
        "en",
        "Kuwaiti e-mailed receipt",
        case,
        image,
        e.lines,
        k,
        spec,
        data,
    )


CASES = [v28_jo_supermarket, v29_om_fuel, v30_kw_electronics_email]
