"""Set T receipts 10-12: a Doha hotel's minibar slip charged to the room (service charge, no VAT), taped to
an expense sheet, a Nairobi supermarket's eTIMS receipt paid by M-PESA (KRA PIN, VAT A/E codes, branch
address at the bottom) and a Lagos grill house's bill with service charge, VAT and consumption tax (₦)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TKey, TRoll, kra_pin, tendered


def t10_qa_minibar(rng: random.Random) -> TCase:
    k = TKey("QAR", "QAR")
    t = when(rng, 2025, 7, 23)
    r = TRoll(80, 42, "nmono", pitch=1.35)
    items = menu(
        rng,
        "Still Water 500ml 15.00; Sparkling Water 330ml 18.00; Coca-Cola 330ml 20.00; "
        "Orange Juice 250ml 22.00; Red Bull 250ml 28.00; Pringles Original 30.00; "
        "Mixed Nuts 45.00; Chocolate Bar 25.00; "
        "Gummy Bears 20.00; Ice Tea Peach 20.00",
        rng.randint(3, 5),
        qmax=2,
    )
    room = rng.randint(301, 1920)
    r.big(k.company("THE CORNICHE PEARL HOTEL"), face="p052-b", height=4.2)
    r.center(k.alt("Corniche Pearl Hospitality W.L.L."))
    r.block(
        k.address("Al Corniche Street, West Bay", f"P.O. Box {rng.randint(20000, 29999)}, Doha, Qatar"), "c"
    )
    r.center(f"Tel: +974 4400 {digits(rng, 4)}")
    r.rule("=")
    r.center("MINIBAR CONSUMPTION", face="nmono-b")
    r.rule("=")
    r.lr("Room No.", str(room))
    r.lr("Guest", rng.choice(["Mr. J. Okonkwo", "Ms. E. Lindberg", "Mr. R. Pillai"]))
    r.lr("Date", k.date(t, "%d-%b-%Y"))
    r.lr("Time", hm(t))
    r.lr("Check No.", f"MB{digits(rng, 6)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} x {fit(name, 26)}", f"{amt}")
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    total = sub + svc
    r.rule("-")
    r.lr("Subtotal", f"{sub}")
    r.lr("Service Charge 10%", f"{svc}")
    r.lr("TOTAL QAR", k.total(total), face="nmono-b", hy=1.6)
    r.lr("Settlement", "Charged to Room")
    r.feed()
    sign_at = 25 + r.y * 25.4 / 300 + 3  # mm down the A4 sheet where the slip's signature line is
    r.text("Guest signature: ____________________")
    r.feed()
    r.center("Thank you for staying with us")
    spec = {
        "paper": ["fold"],
        "folds": 1,
        "crumple": 0.08,
        "place": "a4",
        "at": (25, 25),
        "angle": rng.uniform(-2, 2),
        "tape": True,
        "marks": [
            {"type": "signature", "at": (40, sign_at), "width": 35},
            {
                "type": "note",
                "lines": [f"Doha trip - room {room}", "minibar, client visit"],
                "at": (140, 70),
                "size": 15,
            },
        ],
        "kind": "scan",
        "colour": True,
        "dpi": 200,
        "fmt": "pdf",
    }
    case = "serif hotel name, W.L.L. legal name, P.O. Box address, 15-Mar-2025, service charge; taped on A4"
    return TCase("t10_qa_minibar", "QA", "en", "Qatari hotel minibar slip", case, r.image(), r.lines, k, spec)


def t11_ke_supermarket(rng: random.Random) -> TCase:
    k = TKey("KES", "KSh")
    t = when(rng, 2025, 8, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "A:UNGA JOGOO MAIZE 2KG 189.00; E:BROOKSIDE MILK 500ML 65.00; E:SUPALOAF BREAD 400G 70.00; "
        "A:KABRAS SUGAR 1KG 175.00; A:FRESH FRI OIL 1L 349.00; A:KETEPA TEA 250G 155.00; "
        "A:ROYCO MCHUZI MIX 200G 120.00; A:OMO 1KG 325.00; E:SUKUMA WIKI BUNCH 30.00; E:TOMATOES KG 120.00; "
        "A:DORMANS COFFEE 100G 410.00; A:MENENGAI BAR SOAP 1KG 240.00",
        rng.randint(5, 8),
        qmax=3,
    )
    r.big(k.company("QUICKWAY SUPERMARKET"), face="dmono-b", height=4.0)
    r.center(f"PIN: {kra_pin(rng)}")
    r.center(f"Tel: 07{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}")
    r.rule("-")
    r.center("TAX INVOICE")
    r.lr(f"Receipt: {digits(rng, 3)}-{digits(rng, 6)}", f"Till {rng.randint(1, 12)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", hm(t, True))
    r.text(f"Served by: {rng.choice(['Wanjiru', 'Otieno', 'Achieng', 'Kiprono'])}")
    r.rule("-")
    gross_a = gross_e = Decimal(0)
    for entry, qty, unit, amt in items:
        code, _, name = entry.partition(":")
        r.text(fit(name, 42))
        cols(r, [f"  {qty} x {money(unit)}", money(amt), code], [24, -15, -3])
        gross_a += amt if code == "A" else 0
        gross_e += amt if code == "E" else 0
    total = gross_a + gross_e
    net_a, vat_a = vat_in(gross_a, Decimal(16))
    r.rule("-")
    r.lr("TOTAL KSh", k.total(total), face="dmono-b", hy=1.8)
    mpesa = rng.random() < 0.6
    cash = total if mpesa else tendered(rng, total, (50, 100, 200, 500, 1000))
    r.lr("M-PESA" if mpesa else "CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    if mpesa:
        r.text(f"M-PESA Ref: {rng.choice('RSTU')}{rng.choice('ABCDEFGH')}{digits(rng, 2)}XK{digits(rng, 4)}")
    r.rule("-")
    cols(r, ["CODE", "RATE", "SALES", "VAT"], [6, -8, -14, -14])
    cols(r, ["A", "16%", money(net_a), money(vat_a)], [6, -8, -14, -14])
    cols(r, ["E", "0%", money(gross_e), "0.00"], [6, -8, -14, -14])
    r.rule("-")
    r.text(f"CU Serial No: KRAMW0{digits(rng, 11)}")
    r.text(f"CU Invoice No: 0{digits(rng, 8)}{digits(rng, 10)}")
    r.qr(rng, 20)
    r.block(k.address("Moi Avenue, Opp. Kencom House", "P.O. Box 48210-00100, Nairobi"), "c")
    r.center("Thank you for shopping with us!")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.13,
        "creases": 9,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-4, 4),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 74,
        "long": 2600,
    }
    case = (
        "KRA PIN under the name, VAT codes A/E, M-PESA, eTIMS CU numbers and QR, branch address at the bottom"
    )
    return TCase("t11_ke_supermarket", "KE", "en", "Kenyan supermarket", case, r.image(), r.lines, k, spec)


def t12_ng_restaurant(rng: random.Random) -> TCase:
    k = TKey("NGN", "₦")
    t = when(rng, 2025, 12, 23)
    r = TRoll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        "Jollof Rice & Chicken 6500.00; Pounded Yam & Egusi 7000.00; Suya Platter 9500.00; "
        "Peppered Snail 8500.00; Asun 5500.00; Fried Plantain 2000.00; Chapman 3500.00; "
        "Star Lager 2000.00; Bottled Water 1000.00; Zobo 1500.00; Catfish Pepper Soup 9000.00",
        rng.randint(4, 6),
        qmax=3,
    )
    r.center(k.company("OBALENDE GRILL HOUSE"), face="dmono-b", wx=1.2, hy=2.0)
    r.block(k.address("14 Adeola Odeku Street,", "Victoria Island, Lagos"), "c")
    r.center(f"TIN: {digits(rng, 8)}-0001")
    r.center(f"Tel: 0803 {digits(rng, 3)} {digits(rng, 4)}")
    r.rule("=")
    r.lr(f"Bill No: {digits(rng, 5)}", f"Table: {rng.choice(['T', 'P', 'B'])}{rng.randint(1, 30)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t)}")
    r.lr(f"Waiter: {rng.choice(['Chinedu', 'Aisha', 'Tunde', 'Blessing'])}", f"Covers: {rng.randint(2, 6)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 24)}", money(amt))
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    vat = q2(sub * Decimal("0.075"))
    cons = q2(sub * Decimal("0.05"))
    total = sub + svc + vat + cons
    r.rule("-")
    r.lr("Sub Total", money(sub))
    r.lr("Service Charge 10%", money(svc))
    r.lr("VAT 7.5%", money(vat))
    r.lr("Consumption Tax 5%", money(cons))
    r.rule("-")
    r.lr("TOTAL", "₦" + k.total(total), face="dmono-b", hy=1.8)
    r.lr(rng.choice(["POS (Card)", "Bank Transfer"]), money(total))
    r.rule("-")
    r.center("Service charge is not a tip.")
    r.center("Thank you, do come again!")
    spec = {
        "place": "glass",
        "lid": (238, 238, 234),
        "margin": (12, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 150,
        "fmt": "jpg",
        "quality": 72,
    }
    case = (
        "double-size name, TIN, service charge 10% + VAT 7.5% + consumption tax 5% on top, ₦ total; 150 dpi"
    )
    return TCase(
        "t12_ng_restaurant", "NG", "en", "Nigerian restaurant bill", case, r.image(), r.lines, k, spec
    )


CASES = [t10_qa_minibar, t11_ke_supermarket, t12_ng_restaurant]
