"""Set R receipts 7-9: a UK café (optional service charge, VAT summary), a Dublin pub paid in cash and
a German bakery's Bon with its MwSt table and TSE block."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import Case, Key, digits, hm, menu, vat_in, when
from outside_roll_r import Roll


def r07_uk_cafe(rng: random.Random) -> Case:
    k = Key("GBP", "£")
    t = when(rng, lo=8, hi=17)
    r = Roll(80, 38, "cond", prop=True, pitch=1.45)
    items = menu(
        rng,
        "Flat White 3.40; Oat Milk 0.40; Cheese Scone 3.25; Earl Grey Pot 2.90; Avocado Toast 8.50; "
        "Bacon Bap 6.75; Cappuccino 3.30; Carrot Cake 3.95; Fresh OJ 3.10; Shakshuka 9.95; Hot Choc 3.60",
        rng.randint(4, 6),
        qmax=2,
    )
    r.big(k.company("Bean & Bramble"), face="humor", height=7.5)
    r.center("COFFEE HOUSE", face="cond-b")
    r.block(k.address("7 Pulteney Bridge", "Bath BA2 4AT"), "c")
    r.center("01225 555 310  -  hello@beanandbramble.co.uk")
    r.center("VAT No. 341 5527 80")
    r.feed()
    r.lr(f"Table {rng.randint(1, 18)}   Covers {rng.randint(1, 4)}", "EAT IN")
    r.lr(f"Server: {rng.choice(['Priya', 'Tom', 'Ffion', 'Jakub'])}", f"#{rng.randint(100, 999)}")
    r.text(f"{k.date(t, '%a %d %b %Y')}   {hm(t)}")
    r.rule()
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} x {name}", f"£{amt}")
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    total = sub + svc
    r.rule()
    r.lr("Subtotal", f"£{sub}")
    r.lr("Optional service 10%", f"£{svc}")
    r.lr("TOTAL", f"£{k.total(total)}", face="cond-b", scale=1.3)
    r.lr("Visa Debit", f"£{total}")
    r.text(f"Card ************{digits(rng, 4)}   Contactless")
    r.feed()
    net, vat = vat_in(sub, Decimal(20))
    r.text("VAT summary", face="cond-b")
    r.lr(f"Standard 20%   Net £{net}", f"VAT £{vat}")
    r.text("Service charge is discretionary and outside the scope of VAT", scale=0.8)
    r.feed()
    r.center("Thank you! Follow us @beanandbramble")
    r.center(f"Receipt {digits(rng, 4)}-{digits(rng, 5)}")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.14,
        "creases": 9,
        "place": "glass",
        "lid": (238, 238, 236),
        "angle": rng.uniform(-2.5, 2.5),
        "kind": "scan",
        "colour": True,
        "dpi": 300,
        "fmt": "png",
    }
    case = "comic-style logo; optional service charge added to the total; VAT on the subtotal only; crumpled"
    return Case("r07_uk_cafe", "GB", "en", "UK café", case, r.image(), r.lines, k, spec)


def r08_ie_pub(rng: random.Random) -> Case:
    k = Key("EUR", "€")
    t = when(rng, lo=17, hi=23)
    r = Roll(80, 42, "dmono", pitch=1.35)
    drinks = menu(
        rng,
        "Guinness Pint 6.40; Smithwicks Pint 6.20; Hot Whiskey 8.50; Glass House White 8.00; "
        "Club Orange 3.50; Heineken Pint 6.60; Jameson 7.20",
        rng.randint(2, 3),
        qmax=3,
    )
    food = menu(
        rng,
        "Beef & Guinness Stew 18.50; Fish Chowder 12.00; Toasted Special 9.50; Bowl of Chips 5.00; "
        "Seafood Platter 24.00; Irish Breakfast 15.50",
        rng.randint(1, 3),
    )
    r.big(k.company("THE OLD FERRYMAN"), face="c059-b", height=5.5)
    r.center("Bar & Kitchen")
    r.block(k.address("12 Usher's Quay", "Dublin 8", "D08 X2V6"), "c")
    r.center("Tel: (01) 555 7722")
    r.center("VAT No. IE 9712644B")
    r.rule("=")
    staff = rng.choice(["Ciarán", "Aoife", "Niamh", "Declan"])
    r.lr(f"Table {rng.randint(1, 24)}", f"Staff: {staff}")
    r.lr(f"Receipt No: {rng.randint(100, 199)}-{digits(rng, 4)}", f"Covers: {rng.randint(1, 4)}")
    r.rule("-")
    for name, qty, _unit, amt in drinks + food:
        r.lr(f"{qty} x {name}", f"€{amt}")
    g23 = sum((a for *_, a in drinks), Decimal(0))
    g13 = sum((a for *_, a in food), Decimal(0))
    total = g23 + g13
    cash = Decimal(rng.choice([50, 100])) if total > 40 else Decimal(50)
    while cash < total:
        cash += 50
    r.rule("-")
    r.lr("TOTAL", f"€{k.total(total)}", face="dmono-b", hy=2.0)
    r.lr("Cash", f"€{cash:.2f}")
    r.lr("Change", f"€{cash - total:.2f}")
    r.rule("-")
    r.text("VAT Analysis")
    r.text(f"{'Rate':<8}{'Net':>10}{'VAT':>10}{'Gross':>10}")
    for rate, gross in ((Decimal("23"), g23), (Decimal("13.5"), g13)):
        net, vat = vat_in(gross, rate)
        r.text(f"{str(rate) + '%':<8}{net:>10}{vat:>10}{gross:>10}")
    r.feed()
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t)}")
    r.center("Sláinte! See you again soon")
    spec = {
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "rotate": 180,
        "fmt": "jpg",
        "quality": 60,
        "long": 2200,
    }
    case = "cash with change; VAT analysis at two rates; double-height total; photo upside down, JPEG q60"
    return Case("r08_ie_pub", "IE", "en", "Irish pub", case, r.image(cut="torn"), r.lines, k, spec)


def r09_de_baeckerei(rng: random.Random) -> Case:
    k = Key("EUR", "EUR")
    t = when(rng, lo=6, hi=18)
    r = Roll(80, 42, "lmono", pitch=1.3)
    baked = menu(
        rng,
        "Laugenbrezel 0.95; Roggenmischbrot 750g 3.80; Dinkelvollkornbrot 4.60; Kaiserbrötchen 0.55; "
        "Bienenstich 2.90; Mohnschnecke 2.20; Apfelstrudel 3.10; Käsekuchen 3.20; Schwarzwälder Kirsch 3.90",
        rng.randint(3, 5),
        qmax=4,
    )
    drinks = menu(rng, "Cappuccino 3.20; Milchkaffee 3.40; Kaffee 2.40; Heiße Schokolade 3.30", 1)
    r.big(k.company("Bäckerei Sonnenkorn"), face="serif-b", height=5.5)
    r.center("Meisterbäckerei seit 1962")
    r.block(k.address("Lindenstraße 42", "79098 Freiburg im Breisgau"), "c")
    r.center("Tel. 0761 555 2241")
    r.center("St.-Nr. 06015/33218")
    r.feed()
    bon = rng.randint(1000, 9999)
    r.lr(f"Bon-Nr: {bon}", f"Kasse 1  Bed.: {rng.choice(['Sabine', 'Jonas', 'Ayse'])}")
    r.rule("-")
    gross = {"A": Decimal(0), "B": Decimal(0)}
    for (name, qty, unit, amt), code in [(i, "A") for i in baked] + [(i, "B") for i in drinks]:
        if qty > 1:
            r.text(name)
            r.lr(f"  {qty} x {money(unit, 'eu')}", f"{money(amt, 'eu')} {code}")
        else:
            r.lr(name, f"{money(amt, 'eu')} {code}")
        gross[code] += amt
    total = gross["A"] + gross["B"]
    cash = Decimal(20) if total < 20 else Decimal(50)
    r.rule("-")
    r.lr("Summe EUR", k.total(total, "eu"), face="lmono-b", hy=2.0)
    r.lr("Gegeben Bar", money(cash, "eu"))
    r.lr("Rückgeld", money(cash - total, "eu"))
    r.feed()
    r.text(f"{'MwSt':<9}{'Netto':>10}{'MwSt':>10}{'Brutto':>10}")
    for code, rate in (("A", Decimal(7)), ("B", Decimal(19))):
        net, vat = vat_in(gross[code], rate)
        r.text(
            f"{code} {rate}%{'':<4}{money(net, 'eu'):>10}{money(vat, 'eu'):>10}{money(gross[code], 'eu'):>10}"
        )
    r.feed()
    end = t + timedelta(seconds=rng.randint(20, 90))
    r.text(f"TSE-Transaktion: {rng.randint(10000, 99999)}")
    r.text(f"TSE-Start: {t:%Y-%m-%dT%H:%M:%S}")
    r.text(f"TSE-Ende:  {end:%Y-%m-%dT%H:%M:%S}")
    r.text(f"TSE-Seriennr.: {rng.randbytes(10).hex()}")
    r.text(f"Signaturzähler: {rng.randint(10000, 99999)}")
    r.feed()
    r.lr(f"Datum: {k.date(t, '%d.%m.%Y')}", f"Uhrzeit: {hm(t)}")
    r.center("Vielen Dank für Ihren Einkauf!")
    spec = {
        "place": "glass",
        "lid": (28, 28, 30),
        "margin": (10, 12),
        "angle": rng.uniform(-3.5, -2.0),
        "kind": "scan",
        "dpi": 300,
        "fmt": "png",
    }
    case = "German Bon on a black scanner lid; MwSt table; TSE timestamps in ISO form; cash and Rückgeld"
    return Case("r09_de_baeckerei", "DE", "de", "German bakery Bon", case, r.image(), r.lines, k, spec)


CASES = [r07_uk_cafe, r08_ie_pub, r09_de_baeckerei]
