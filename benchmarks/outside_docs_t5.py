"""Set T receipts 13-15: a Cairo koshary shop's 58 mm receipt (LE, 14% VAT, e-receipt QR), a Lahore bakery's
FBR-integrated sales tax invoice (Rs., NTN and STRN, the POS service fee) scanned in black and white, and a
Dhaka supershop's Mushak-6.3 receipt (Tk, BIN, paid by bKash), folded and scanned sideways."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TKey, TRoll, tendered


def t13_eg_koshary(rng: random.Random) -> TCase:
    k = TKey("EGP", "LE")
    t = when(rng, 2025, 11, 23)
    r = TRoll(58, 32, "dmono", pitch=1.35)
    items = menu(
        rng,
        "Koshary Small 35.00; Koshary Medium 50.00; Koshary Large 65.00; Koshary Family 120.00; "
        "Extra Sauce 5.00; Extra Crispy Onion 10.00; Rice Pudding 25.00; Om Ali 40.00; Pepsi Can 20.00; "
        "Water 10.00",
        rng.randint(3, 5),
        qmax=3,
    )
    r.center(k.company("KOSHARY EL NOUR"), face="dmono-b", hy=2.0, wx=1.2)
    r.block(k.address("12 Talaat Harb St., Downtown", "Cairo"), "c")
    r.center(f"Tax Reg. No: {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}")
    r.center(f"Hotline: 19{digits(rng, 3)}")
    r.rule("-")
    r.text(f"Order # {rng.randint(100, 999)}   Take away")
    r.text(f"{k.date(t, '%d/%m/%Y')}  {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 20)}", f"{amt}")
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(14))
    r.rule("-")
    r.lr("Net", f"{net}")
    r.lr("VAT 14%", f"{vat}")
    r.lr("TOTAL LE", k.total(total), face="dmono-b", hy=1.7)
    cash = tendered(rng, total, (10, 20, 50, 100, 200))
    r.lr("Cash", f"{q2(cash)}")
    r.lr("Change", f"{cash - total:.2f}")
    r.rule("-")
    r.center("ETA e-Receipt")
    r.qr(rng, 18)
    r.center("Shokran! Thank you")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.1,
        "place": "table",
        "table": "marble",
        "angle": rng.uniform(-5, 5),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 75,
        "long": 2000,
        "fill": 0.8,
    }
    case = "58 mm, double-size name, LE amounts, VAT 14% included, cash and change, ETA e-receipt QR; photo"
    return TCase(
        "t13_eg_koshary", "EG", "en", "Egyptian koshary shop", case, r.image(cut="torn"), r.lines, k, spec
    )


def t14_pk_bakery(rng: random.Random) -> TCase:
    k = TKey("PKR", "Rs.")
    t = when(rng, 2025, 9, 23)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "CHICKEN PATTIES 140.00; VEGETABLE SAMOSA 60.00; CAKE RUSK 400G 450.00; GULAB JAMUN 1KG 1400.00; "
        "CHOCOLATE FUDGE CAKE 2LB 2600.00; NIMKO MIX 500G 520.00; BREAD LARGE 230.00; "
        "BAKARKHANI 6PC 240.00; PINEAPPLE PASTRY 220.00; DOUBLE ROTI 190.00; CHICKEN SANDWICH 350.00",
        rng.randint(3, 6),
        qmax=4,
    )
    r.big("GOLDEN CRUST BAKERS", face="bookman-b", height=4.5)
    r.center("& SWEETS")
    k.company("GOLDEN CRUST BAKERS & SWEETS")
    r.block(k.address("Shop 4-5, Main Market, Gulberg II", "Lahore"), "c")
    r.center(f"NTN: {digits(rng, 7)}-{digits(rng, 1)}   STRN: {digits(rng, 13)}")
    r.center(f"Ph: 042-357{digits(rng, 5)}")
    r.rule("=")
    r.center("SALES TAX INVOICE", face="lmono-b")
    r.lr(f"Inv#: {digits(rng, 6)}", f"Counter: {rng.randint(1, 4)}")
    r.lr(f"Date: {k.date(t, '%d-%b-%Y')}", hm(t, True))
    r.text(f"Cashier: {rng.choice(['ADNAN', 'BILAL', 'SANA', 'USMAN'])}")
    r.rule("-")
    cols(r, ["Item", "Qty", "Rate", "Amount"], [20, -4, -8, -10])
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 19), str(qty), money(unit, "us", 0), money(amt)], [20, -4, -8, -10])
    gross = sum((a for *_, a in items), Decimal(0))
    net, gst = vat_in(gross, Decimal(18))
    fee = Decimal("1.00")
    total = gross + fee
    r.rule("-")
    r.lr("Gross Amount (Excl. GST)", money(net))
    r.lr("GST @ 18%", money(gst))
    r.lr("POS Service Fee", money(fee))
    r.lr("NET PAYABLE Rs.", k.total(total), face="lmono-b", hy=1.7)
    cash = tendered(rng, total, (100, 500, 1000, 5000))
    r.lr("Cash Received", money(cash))
    r.lr("Balance", money(cash - total))
    r.rule("-")
    r.text(f"FBR Invoice #: {digits(rng, 6)}{t:%y%m%d}{digits(rng, 8)}")
    r.qr(rng, 20)
    r.center("Verify this invoice through FBR TaxAsaan")
    r.center("No return or exchange of food items")
    spec = {
        "place": "glass",
        "lid": (240, 240, 238),
        "margin": (10, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "bilevel",
        "threshold": 160,
        "dpi": 300,
        "fmt": "tif",
    }
    case = (
        "name over two lines (Bookman logo), NTN/STRN, 15-Mar-2025, GST 18% incl., Rs. 1 POS fee; 1-bit tif"
    )
    return TCase("t14_pk_bakery", "PK", "en", "Pakistani bakery", case, r.image(), r.lines, k, spec)


def t15_bd_supershop(rng: random.Random) -> TCase:
    k = TKey("BDT", "Tk")
    t = when(rng, 2024, 9, 22)
    r = TRoll(80, 44, "nmono", pitch=1.3)
    items = menu(
        rng,
        "MINIKET RICE 5KG 420.00; SOYBEAN OIL 2L 398.00; MOSHUR DAL 1KG 135.00; FARM EGG 12PCS 150.00; "
        "ONION DESHI 1KG 80.00; POTATO 1KG 55.00; SUGAR 1KG 140.00; MILK POWDER 500G 450.00; "
        "TEA 400G 260.00; ATTA 2KG 130.00; DETERGENT 1KG 185.00; BROILER CHICKEN 1KG 210.00",
        rng.randint(5, 8),
        qmax=2,
    )
    r.center(k.company("DAILY BAZAR SUPERSHOP"), face="nmono-b", hy=2.0)
    r.block(k.address("House 32, Road 11, Dhanmondi", "Dhaka 1209"), "c")
    r.center(f"BIN: 00{digits(rng, 7)}-0{digits(rng, 3)}")
    r.center(f"Hotline: 096{digits(rng, 8)}")
    r.center("Mushak-6.3")
    r.rule("-")
    r.lr(f"Invoice No: DB{digits(rng, 8)}", "")
    r.lr(f"Date: {k.date(t, '%d-%m-%Y')}", f"Time: {hm(t)}")
    r.rule("-")
    cols(r, ["Description", "Qty", "Price", "Total"], [22, -5, -8, -9])
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 21), str(qty), f"{unit}", f"{amt}"], [22, -5, -8, -9])
    gross = sum((a for *_, a in items), Decimal(0))
    disc = q2(gross * Decimal("0.03")) if rng.random() < 0.5 else Decimal(0)
    after = gross - disc
    _net, vat = vat_in(after, Decimal(5))
    paid = q2(after.quantize(Decimal(1)))
    r.rule("-")
    r.lr("Sub Total", f"{gross}")
    if disc:
        r.lr("Member Discount 3%", f"-{disc}")
    r.lr("VAT 5% (Incl.)", f"{vat}")
    r.lr("Rounding", f"{paid - after:.2f}")
    r.lr("Net Payable Tk", k.total(paid, "plain"), face="nmono-b", hy=1.6)
    r.lr("Paid by bKash", f"{paid}")
    r.text(f"TrxID: {rng.choice('ABCDEFGH')}{rng.choice('KLMN')}{digits(rng, 2)}X{digits(rng, 5)}")
    r.rule("-")
    r.center("Goods once sold will be exchanged")
    r.center("within 3 days with this receipt.")
    spec = {
        "paper": ["fold"],
        "folds": 3,
        "crumple": 0.12,
        "place": "a4",
        "at": (10, 70),
        "angle": 90 + rng.uniform(-1.5, 1.5),
        "tape": False,
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "double-height name, BIN and Mushak-6.3, discount, VAT 5% incl., rounding, bKash; sideways on A4"
    return TCase("t15_bd_supershop", "BD", "en", "Bangladeshi supershop", case, r.image(), r.lines, k, spec)


CASES = [t13_eg_koshary, t14_pk_bakery, t15_bd_supershop]
