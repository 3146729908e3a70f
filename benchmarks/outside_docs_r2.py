"""Set R receipts 4-6: a US restaurant (tablet POS, tip printed on the receipt), a Toronto pub's bill with
its card slip stapled below (the tip only on the slip) and a UK supermarket on an expense-claim sheet."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, Key, ampm, digits, fit, hm, menu, stack, vat_in, when
from outside_roll_r import Roll


def r04_us_restaurant_tip(rng: random.Random) -> Case:
    k = Key("USD", "$")
    t = when(rng, lo=18, hi=22)
    r = Roll(80, 36, "arial", prop=True, pitch=1.5)
    items = menu(
        rng,
        "Burrata 16.00; Roasted Carrots 13.00; Grilled Octopus 19.00; Short Rib 34.00; Half Chicken 27.00; "
        "Cacio e Pepe 22.00; Old Fashioned 14.00; Glass Sancerre 16.00; Sparkling Water 6.00; "
        "Olive Oil Cake 11.00",
        rng.randint(4, 6),
        qmax=2,
    )
    r.big(k.company("Little Fig"), face="serif-bi", height=8)
    r.feed(0.4)
    r.block(k.address("1420 W Fulton Market", "Chicago, IL 60607"), "c")
    r.center("(312) 555-0199")
    r.center("littlefigchicago.com")
    r.feed()
    r.lr(f"Server: {rng.choice(['Marisol', 'Devin', 'Priya', 'Owen'])}", f"Table {rng.randint(2, 30)}")
    r.lr(f"Order #{rng.randint(1000, 9999)}", f"Guests: {rng.randint(2, 4)}")
    r.text(f"{k.date(t, '%b %-d, %Y')} {ampm(t)}")
    r.rule()
    for name, qty, _unit, amt in items:
        r.lr(name if qty == 1 else f"{name} x {qty}", f"${amt}")
    sub = sum((a for *_, a in items), Decimal(0))
    tax = q2(sub * Decimal("0.1025"))
    pct = rng.choice([18, 20, 22])
    tip = q2(sub * pct / 100)
    total = sub + tax + tip
    r.rule()
    r.lr("Subtotal", f"${sub}")
    r.lr("Tax", f"${tax}")
    r.lr(f"Tip ({pct}%)", f"${tip}")
    r.lr("Total", f"${k.total(total)}", face="arial-b", scale=1.2)
    r.rule()
    r.lr(f"Visa **** {digits(rng, 4)}", f"${total}")
    r.lr("Auth code", f"0{digits(rng, 4)}B")
    r.text("Contactless   Approved")
    r.feed()
    r.center("Thank you for dining with us!")
    r.center(f"Receipt #{digits(rng, 4)}-{digits(rng, 4)}", scale=0.85)
    r.center(k.alt("Little Fig Hospitality LLC"), scale=0.85)
    spec = {
        "place": "table",
        "table": "white",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "rotate": 90,
        "fmt": "jpg",
        "quality": 65,
        "long": 2200,
    }
    case = "proportional tablet-POS print, script logo; tip line before the total; photo turned 90 degrees"
    return Case(
        "r04_us_restaurant_tip", "US", "en", "US restaurant with tip", case, r.image(), r.lines, k, spec
    )


def r05_ca_restaurant_slip(rng: random.Random) -> Case:
    k = Key("CAD", "$")
    t = when(rng, lo=18, hi=22)
    r = Roll(80, 42, "lmono", pitch=1.35)
    items = menu(
        rng,
        "Fish & Chips 23.00; Pub Burger 19.50; Caesar Salad 15.00; Poutine 12.50; Wings 1lb 17.00; "
        "Steam Whistle 8.75; Guinness 9.50; House Red 6oz 11.00; Sticky Toffee Pud 9.00; Nachos 18.00",
        rng.randint(4, 6),
        qmax=3,
    )
    r.big(k.company("THE COPPER KETTLE"), face="lmono-b", height=4.2)
    r.center("PUB & EATERY")
    r.block(k.address("318 Queen St W", "Toronto, ON M5V 2A2"), "c")
    r.center("Tel 416-555-0132")
    r.center(f"HST# 8{digits(rng, 4)} {digits(rng, 4)} RT0001")
    r.feed()
    server = rng.choice(["JAMIE", "SAM", "RILEY", "ALEX"])
    r.lr(f"Server: {server}", f"Table: {rng.randint(1, 40)}")
    r.lr(f"Check #: {rng.randint(1000, 9999)}", f"Guests: {rng.randint(2, 5)}")
    r.lr(f"Date: {k.date(t, '%Y-%m-%d')}", hm(t))
    r.rule("=")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {name}", f"{amt}")
    sub = sum((a for *_, a in items), Decimal(0))
    hst = q2(sub * Decimal("0.13"))
    bill = sub + hst
    r.rule("-")
    r.lr("Subtotal", f"{sub}")
    r.lr("HST 13%", f"{hst}")
    r.lr("TOTAL", f"{bill}", face="lmono-b")
    r.feed()
    r.center("GRATUITY NOT INCLUDED")
    r.center("Suggested tip (on subtotal):")
    tips = {p: q2(sub * p / 100) for p in (15, 18, 20)}
    r.center("  ".join(f"{p}%={v}" for p, v in tips.items()))
    r.center("Thank you - come again!")
    pct = rng.choice([15, 18, 20])
    tip = tips[pct]
    paid = bill + tip
    s = Roll(58, 32, "dmono", pitch=1.3, top=10)
    s.center("THE COPPER KETTLE")
    s.center("318 QUEEN ST W")
    s.center("TORONTO ON")
    s.feed()
    s.text("PURCHASE")
    s.text("MASTERCARD")
    s.text(f"ACCT: {'*' * 12}{digits(rng, 4)}")
    pay = t + timedelta(minutes=rng.randint(40, 90))
    s.text(f"DATE/TIME: {pay:%Y/%m/%d} {hm(pay, True)}")
    s.text(f"REFERENCE #: {digits(rng, 8)} {digits(rng, 3)} C")
    s.text(f"AUTH #: {digits(rng, 2)}T{digits(rng, 3)}")
    s.feed()
    s.lr("AMOUNT", f"${bill}")
    s.lr("TIP", f"${tip}")
    s.lr("TOTAL", f"${k.total(paid)}", face="dmono-b")
    s.feed()
    s.center(f"APPROVED - THANK YOU {digits(rng, 3)}")
    s.center("CUSTOMER COPY")
    s.center("RETAIN THIS COPY FOR YOUR RECORDS", scale=0.9)
    slip = s.image(cut="torn")
    image = stack(r.image(cut="torn"), slip, overlap=7, dx=rng.uniform(8, 14), angle=rng.uniform(-4, 4))
    spec = {
        "place": "table",
        "table": "slate",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 75,
        "fill": 0.9,
        "long": 2600,
    }
    case = "bill plus stapled card slip; the tip and the paid total only on the slip; suggested-tip decoys"
    return Case(
        "r05_ca_restaurant_slip",
        "CA",
        "en",
        "Canadian pub + card slip",
        case,
        image,
        r.lines + s.lines,
        k,
        spec,
    )


def r06_uk_supermarket(rng: random.Random) -> Case:
    k = Key("GBP", "£")
    t = when(rng, lo=8, hi=22)
    r = Roll(80, 40, "lmlt-b", pitch=1.35)
    food = menu(
        rng,
        "HG SEMI SKIMMED MILK 4PT 1.45; HG BRITISH BACON 300G 2.85; FREE RANGE EGGS 6PK 1.99; "
        "CHEDDAR MATURE 400G 3.60; SOURDOUGH LOAF 2.20; BANANAS LOOSE 0.76; SALAD BAG 1.10; "
        "CHICKEN BREAST 650G 4.95; BASMATI RICE 1KG 2.39; TEABAGS 80S 2.75",
        rng.randint(5, 7),
        qmax=2,
    )
    other = menu(
        rng, "KITCHEN ROLL 4PK 3.25; WASHING UP LIQUID 1.29; SPARKLING WATER 2L 0.85; CRISPS 6PK 1.75", 2
    )
    r.big(k.company("HOLLIS & GRANT"), face="p052-b", height=7)
    r.center("Food & Home")
    r.block(k.address("14-18 Market Street", "Chelmsford", "CM1 1XA"), "c")
    r.center("Tel: 01245 555014")
    r.center("VAT Reg No: GB 284 6619 02")
    r.feed()
    lines = [(n, q, u, a, "Z") for n, q, u, a in food] + [(n, q, u, a, "A") for n, q, u, a in other]
    rng.shuffle(lines)
    gross = {"A": Decimal(0), "Z": Decimal(0)}
    saving = Decimal(0)
    for name, qty, unit, amt, code in lines:
        r.lr(fit(name, 28), f"£{amt} {code}")
        if qty > 1:
            r.text(f"   {qty} x £{unit}")
        gross[code] += amt
        if rng.random() < 0.3:
            s = q2(amt * Decimal("0.2"))
            r.lr("   Member Price Saving", f"-£{s} {code}")
            gross[code] -= s
            saving += s
    total = gross["A"] + gross["Z"]
    r.feed()
    r.lr(f"{sum(q for _, q, *_ in lines)} BALANCE DUE", f"£{k.total(total)}", hy=2.0)
    r.lr("CONTACTLESS", f"£{total}")
    r.lr("CHANGE DUE", "£0.00")
    r.feed()
    r.text("VAT  RATE     NET     VAT   GROSS")
    net, vat = vat_in(gross["A"], Decimal(20))
    r.text(f"A   20.0% {net:>7} {vat:>7} {gross['A']:>7}")
    r.text(f"Z    0.0% {gross['Z']:>7} {'0.00':>7} {gross['Z']:>7}")
    r.feed()
    r.text(f"Card Number: ************{digits(rng, 4)}")
    r.text("Mastercard Debit   PAN Seq: 01")
    r.text(f"AID: A0000000041010  Auth: {digits(rng, 6)}")
    r.text(f"MID: ***{digits(rng, 5)}  TID: ****{digits(rng, 4)}")
    r.text("NO CARDHOLDER VERIFICATION")
    r.feed()
    r.text(f"Member card: ********{digits(rng, 4)}")
    r.lr("Member savings today", f"£{saving}")
    r.lr("Points this visit", str(int(total)))
    r.feed()
    r.text(
        f"{k.date(t, '%d/%m/%Y')} {hm(t)} {rng.randint(1000, 1999)} {rng.randint(1, 20)} "
        f"{digits(rng, 4)} {digits(rng, 3)}"
    )
    r.center(f"Refunds within 28 days, by {(t + timedelta(days=28)):%d/%m/%Y}")
    r.barcode(digits(rng, 14), height=8)
    spec = {
        "place": "a4",
        "at": (22, 18),
        "angle": rng.uniform(-2, 2),
        "tape": True,
        "marks": [
            {
                "type": "note",
                "lines": ["Team offsite - snacks", "cost centre 6120"],
                "at": (150, 55),
                "size": 15,
            },
            {"type": "signature", "at": (150, 250), "width": 40},
        ],
        "kind": "scan",
        "dpi": 200,
        "fmt": "pdf",
    }
    case = (
        "taped to an A4 expense sheet with pen notes; member-price savings; VAT summary; double-height total"
    )
    return Case("r06_uk_supermarket", "GB", "en", "UK supermarket", case, r.image(), r.lines, k, spec)


CASES = [r04_us_restaurant_tip, r05_ca_restaurant_slip, r06_uk_supermarket]
