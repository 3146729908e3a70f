"""Set R receipts 1-3: a US supermarket, a US pharmacy (long, cash with change due) and a pay-at-pump
gas station slip."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, Key, ampm, digits, fit, hm, menu, when
from outside_roll_r import Roll


def r01_us_grocery(rng: random.Random) -> Case:
    k = Key("USD", "$")
    t = when(rng, lo=9, hi=21)
    r = Roll(80, 44, "lmono", pitch=1.35)
    store, reg, trans = f"0{rng.randint(300, 699)}", f"{rng.randint(1, 14):02d}", digits(rng, 3)
    food = menu(
        rng,
        "HL 2% MILK GAL 3.49; LARGE EGGS 12CT 2.99; BANANAS 0.68; HONEYCRISP APPLES 4.12; WHEAT BREAD 2.79; "
        "SHARP CHEDDAR 8OZ 3.29; GROUND BEEF 80/20 5.99; BABY SPINACH 10OZ 2.50; ORANGE JUICE 52OZ 4.29; "
        "GREEK YOGURT 4PK 3.79; GROUND COFFEE 12OZ 8.99; SPAGHETTI 16OZ 1.25; PEANUT BUTTER 2.89",
        rng.randint(6, 8),
        qmax=3,
    )
    house = menu(
        rng, "PAPER TOWELS 6PK 8.99; DISH SOAP 24OZ 2.99; TRASH BAGS 30CT 7.49; AA BATTERY 4PK 5.49", 2
    )
    r.big("HARVEST LANE", face="bookman-b", height=7.5)
    r.big("MARKET", face="bookman-b", height=4.2)
    k.company("HARVEST LANE MARKET")
    r.feed(0.6)
    r.center(f"Store {store}   Mgr: Dana Whitfield")
    r.block(k.address("2180 N High St", "Columbus, OH 43201"), "c")
    r.center("(614) 555-0187")
    r.feed()
    sub = taxable = saved = Decimal(0)
    for name, qty, unit, amt in food + house:
        flag = "T" if (name, qty, unit, amt) in house else "F"
        if qty > 1:
            r.text(f"  {qty} @ {unit}")
        r.lr(fit(name, 32), f"{amt} {flag}")
        sub += amt
        taxable += amt if flag == "T" else 0
        if rng.random() < 0.35:
            s = q2(amt * Decimal("0.15"))
            r.lr("   SC HL CARD SAVINGS", f"{s}-{flag}")
            sub -= s
            saved += s
            taxable -= s if flag == "T" else 0
    tax = q2(taxable * Decimal("0.075"))
    total = sub + tax
    r.feed()
    r.lr("        SUBTOTAL", f"{sub}")
    r.lr("        TAX", f"{tax}")
    r.lr(" **** BALANCE", k.total(total), face="lmono-b")
    r.feed()
    r.lr("VISA CREDIT", f"{total}")
    r.lr("CHANGE", "0.00")
    r.feed()
    r.text(f"VISA CREDIT ************{digits(rng, 4)}")
    r.text(f"Ref #: {digits(rng, 6)}  Auth #: {digits(rng, 5)}C")
    r.text("AID: A0000000031010   Entry: Contactless")
    r.feed()
    r.text(f"TOTAL NUMBER OF ITEMS SOLD = {sum(q for _, q, _, _ in food + house):>3}")
    r.text(
        f"{k.date(t, '%m/%d/%y')} {ampm(t).replace(' ', '').lower()} {store} {reg} {trans} {digits(rng, 3)}"
    )
    r.feed()
    r.center(f"TOTAL SAVINGS THIS TRIP ${saved + Decimal('1.25')}", face="lmono-b")
    r.center("Includes $1.25 digital coupon")
    r.center(f"Fuel points earned today: {int(total)}")
    exp = (t.replace(day=1) + timedelta(days=62)).replace(day=1) - timedelta(days=1)
    r.center(f"Fuel points expire {exp:%m/%d/%y}")
    r.feed()
    r.barcode(f"{store}{reg}{trans}{t:%m%d%y}")
    r.center("Thank you for shopping Harvest Lane!")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.08,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 70,
        "long": 2400,
    }
    case = (
        "two-line logo name; loyalty savings lines; item tax flags; date line full of store/register numbers"
    )
    return Case("r01_us_grocery", "US", "en", "US supermarket", case, r.image(cut="torn"), r.lines, k, spec)


def r02_us_pharmacy(rng: random.Random) -> Case:
    k = Key("USD", "$")
    t = when(rng, lo=8, hi=21)
    r = Roll(80, 42, "dmono", pitch=1.3)
    store, trn = str(rng.randint(1000, 9999)), digits(rng, 4)
    items = menu(
        rng,
        "ALLERGY RELIEF 24HR 30CT 18.99; IBUPROFEN 200MG 100CT 9.49; SALINE NASAL SPRAY 5.79; "
        "DAILY MULTIVITAMIN 8.99; HAND CREAM 3OZ 6.49; LIP BALM 2PK 3.99; TOOTHPASTE 4.1OZ 4.29; "
        "GREETING CARD 5.99; SPARKLING WATER 3.49; PROTEIN BAR 2.29; COTTON ROUNDS 2.99",
        rng.randint(4, 6),
        qmax=2,
    )
    r.big(k.company("greenleaf pharmacy"), face="gothic-b", height=6.5)
    r.center(f"STORE {store}")
    r.block(k.address("455 MASSACHUSETTS AVE", "CAMBRIDGE, MA 02139"), "c")
    r.center("(617) 555-0144")
    r.feed()
    r.text(f"REG#03 TRN#{trn} CSHR#{digits(rng, 4)} STR#{store}")
    r.feed()
    sub = Decimal(0)
    copay = Decimal(rng.choice(["5.00", "10.00", "15.00"]))
    r.lr(f"RX#{digits(rng, 7)} COPAY", f"{copay} N")
    for name, qty, unit, amt in items:
        r.lr(fit(name, 32) if qty == 1 else f"{qty} {fit(name, 28)}", f"{amt} T")
        if qty > 1:
            r.text(f"   {qty} @ {unit}")
        sub += amt
    cpn = Decimal(rng.choice(["2.00", "3.00", "4.00"]))
    r.lr("REWARDS COUPON", f"{cpn}-")
    taxable = sub - cpn
    sub = taxable + copay
    tax = q2(taxable * Decimal("0.0625"))
    total = sub + tax
    cash = Decimal(int(total // 20 + 1) * 20).quantize(Decimal("0.01"))
    r.feed()
    r.lr(f"{len(items) + 1} ITEMS  SUBTOTAL", f"{sub}")
    r.lr("MA 6.25% TAX", f"{tax}")
    r.lr("TOTAL", k.total(total), face="dmono-b", wx=1.0)
    r.lr("CASH", f"{cash}")
    r.lr("CHANGE DUE", f"{cash - total}", face="dmono-b")
    r.feed()
    r.text(f"REWARDS CARD# ************{digits(rng, 4)}")
    r.text(f"YEAR TO DATE SAVINGS       ${rng.randint(20, 90)}.{digits(rng, 2)}")
    r.text(f"YOU SAVED ${cpn} ON THIS PURCHASE")
    r.feed()
    r.center(k.date(t, "%B %-d, %Y", upper=True) + "  " + ampm(t))
    r.barcode(f"{store}{trn}{t:%y%m%d}", height=9)
    r.center(f"RETURNS WITH RECEIPT THRU {(t + timedelta(days=30)):%m/%d/%Y}")
    r.center("REFUNDS ON PRESCRIPTIONS NOT PERMITTED")
    r.feed()
    r.rule("*")
    r.center("$3 OFF YOUR $15 PURCHASE", face="dmono-b", wx=1.0)
    r.center(f"EXPIRES {(t + timedelta(days=14)):%m/%d/%Y}")
    r.center("One coupon per customer. Excludes Rx,")
    r.center("gift cards, stamps, tobacco and lottery.")
    r.barcode("9" + digits(rng, 11), height=8)
    r.rule("*")
    r.center("How was your visit? Tell us at")
    r.center("greenleafrx.com/survey  Survey ID")
    r.center(f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")
    spec = {
        "paper": ["fold"],
        "folds": 2,
        "place": "glass",
        "lid": (214, 214, 210),
        "angle": rng.uniform(1.5, 3.0),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "long slip with coupons; cash, CHANGE DUE; return-by and coupon expiry dates; folded in three"
    return Case("r02_us_pharmacy", "US", "en", "US pharmacy", case, r.image(), r.lines, k, spec)


def r03_us_gas(rng: random.Random) -> Case:
    k = Key("USD", "$")
    t = when(rng, lo=6, hi=22)
    r = Roll(58, 30, "nmono-b", pitch=1.3)
    price = Decimal(f"3.{rng.randint(199, 699)}")
    gal = Decimal(rng.randint(8000, 16000)) / 1000
    total = q2(gal * price)
    r.center("WELCOME TO")
    r.big(k.company("RIDGELINE FUEL STOP"), height=3.6)
    r.block(k.address("1901 US-287", "LARAMIE, WY 82072"), "c")
    r.center("307-555-0163")
    r.feed()
    r.lr(f"DATE {k.date(t, '%m/%d/%Y')}", f"TIME {hm(t)}")
    r.lr(f"TRAN# {digits(rng, 7)}", f"PUMP# {rng.randint(1, 12):02d}")
    r.rule("-")
    r.lr("GALLONS", f"{gal:.3f}")
    r.lr("PRICE/GAL", f"$ {price}")
    r.lr("FUEL SALE", f"$ {total}")
    r.rule("-")
    r.lr("REGULAR UNL", f"{total}")
    r.lr("SUBTOTAL", f"{total}")
    r.lr("TAX", "0.00")
    r.lr("TOTAL", f"$ {k.total(total)}")
    r.rule("-")
    r.text("DEBIT")
    r.text(f"XXXXXXXXXXXX{digits(rng, 4)}")
    r.lr("APPROVAL", digits(rng, 6))
    r.lr("SEQ", digits(rng, 3))
    r.lr("ENTRY METHOD", "CHIP")
    r.text("AID A0000000980840")
    r.feed()
    r.center("CUSTOMER COPY")
    r.center("THANK YOU")
    r.center("PLEASE COME AGAIN")
    spec = {
        "paper": ["grey"],
        "place": "glass",
        "lid": (240, 240, 238),
        "margin": (10, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "tif",
    }
    case = "58 mm pay-at-pump slip, faded grey thermal; gallons and price per gallon beside the total"
    return Case("r03_us_gas", "US", "en", "US gas station", case, r.image(cut="torn"), r.lines, k, spec)


CASES = [r01_us_grocery, r02_us_pharmacy, r03_us_gas]
