"""Set R receipts 16-18: a Polish paragon fiskalny, an Australian café tax invoice with its EFTPOS
customer copy stapled below, and a New Zealand hardware receipt with a voided line and a refund."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money
from outside_common_r import Case, Key, digits, fit, hm, menu, stack, vat_in, when
from outside_roll_r import Roll


def r16_pl_paragon(rng: random.Random) -> Case:
    k = Key("PLN", "PLN")
    t = when(rng, lo=7, hi=21)
    r = Roll(80, 40, "dmono", pitch=1.3)
    rates = {"A": Decimal(23), "B": Decimal(8), "C": Decimal(5)}
    stock = {
        "A": "Płyn do naczyń 7.49; Chusteczki 10x 4.99; Woda gaz. 1,5L 2.79; Baterie AA 4szt 12.99",
        "B": "Kawa mielona 250g 18.99; Sok pomarańcz. 1L 6.49; Pączek z różą 3.20",
        "C": "Chleb żytni 4.99; Masło extra 200g 7.49; Mleko 3,2% 1L 3.69; Jaja L 10szt 11.99; "
        "Twaróg półtł. 5.29",
    }
    lines = [(i, c) for c, n in (("A", 1), ("B", 2), ("C", 3)) for i in menu(rng, stock[c], n, qmax=3)]
    rng.shuffle(lines)
    r.big(k.company("DELIKATESY POD LIPĄ"), face="dmono-b", height=4.2)
    r.center(k.alt("P.H.U. Kowalczyk Jan"))
    r.block(k.address("ul. Piotrkowska 154", "90-063 Łódź"), "c")
    r.center("NIP 725-184-22-19")
    r.lr(k.date(t, "%Y-%m-%d"), f"nr wydr.{digits(rng, 6)}")
    r.center("PARAGON FISKALNY", face="dmono-b", hy=2.0)
    r.rule("-")
    gross = dict.fromkeys(rates, Decimal(0))
    for (name, qty, unit, amt), code in lines:
        r.lr(fit(name, 17), f"{qty} x{money(unit, 'plainc')} {money(amt, 'plainc')}{code}")
        gross[code] += amt
    total = sum(gross.values(), Decimal(0))
    r.rule("-")
    ptu = Decimal(0)
    for code, rate in rates.items():
        vat = vat_in(gross[code], rate)[1]
        ptu += vat
        r.lr(f"Sprzedaż opodatk. {code}", money(gross[code], "plainc"))
        r.lr(f"Kwota PTU {code} {money(rate, 'plainc')}%", money(vat, "plainc"))
    r.lr("Suma PTU", money(ptu, "plainc"))
    r.lr("SUMA PLN", k.total(total, "plainc"), face="dmono-b", wx=2.0, hy=2.0)
    r.rule("-")
    cash = Decimal(100) if total > 50 else Decimal(50)
    r.lr("Gotówka", f"{money(cash, 'plainc')} PLN")
    r.lr("Reszta", f"{money(cash - total, 'plainc')} PLN")
    r.lr(f"{digits(rng, 5)} #Kasa 1  Kasjer nr 3", hm(t))
    r.center(f"{rng.choice('ABCDE')}{digits(rng, 2)} BGF {digits(rng, 8)}")
    r.center("Dziękujemy za zakupy!")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.1,
        "place": "table",
        "table": "grey",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 65,
        "long": 2600,
        "fill": 0.9,
    }
    case = "date above PARAGON FISKALNY next to the printout number; PTU lines per rate; double-size SUMA PLN"
    return Case(
        "r16_pl_paragon", "PL", "pl", "Polish paragon fiskalny", case, r.image(cut="torn"), r.lines, k, spec
    )


def r17_au_cafe_eftpos(rng: random.Random) -> Case:
    k = Key("AUD", "$")
    t = when(rng, lo=7, hi=15)
    r = Roll(80, 40, "lmono-b", pitch=1.35)
    gst_items = menu(
        rng,
        "Flat White 5.00; Long Black 4.50; Magic 5.20; Smashed Avo 21.50; Banana Bread 7.50; "
        "Bacon & Egg Roll 14.00; Chai Latte 5.50; Big Brekkie 26.00; Iced Latte 6.50",
        rng.randint(3, 5),
        qmax=2,
    )
    free = (
        menu(rng, "Beans 250g House Blend 19.00; Beans 250g Single Origin 22.00", 1)
        if rng.random() < 0.6
        else []
    )
    r.center("TAX INVOICE", face="lmono-b")
    r.big(k.company("LANEWAY ROASTERS"), face="gothic-b", height=5.5)
    r.center(k.alt("Laneway Roasters Pty Ltd"))
    r.center("ABN 51 824 753 556")
    r.block(k.address("Shop 3, 27 Degraves St", "Melbourne VIC 3000"), "c")
    r.rule("-")
    r.lr(f"Order {rng.randint(10, 400)}", f"Table {rng.randint(1, 20)}")
    r.lr(k.date(t, "%d/%m/%Y"), hm(t))
    r.rule("-")
    for name, qty, _unit, amt in gst_items:
        r.lr(f"{qty} {name} *", f"${amt}")
    for name, qty, _unit, amt in free:
        r.lr(f"{qty} {name}", f"${amt}")
    g = sum((a for *_, a in gst_items), Decimal(0))
    total = g + sum((a for *_, a in free), Decimal(0))
    gst = vat_in(g, Decimal(10))[1]
    r.rule("-")
    r.lr("Total (incl. GST)", f"${k.total(total)}", face="lmono-b", scale=1.15)
    r.lr("GST included", f"${gst}")
    r.lr("EFTPOS", f"${total}")
    r.text("* taxable item")
    r.center("Thanks! See you tomorrow")
    s = Roll(58, 30, "dmono", pitch=1.3, top=9)
    s.center("LANEWAY ROASTERS")
    s.center("MELBOURNE VIC")
    s.center("CUSTOMER COPY")
    s.feed()
    s.lr("EFTPOS", rng.choice(["SAV", "CHQ", "CR"]))
    s.lr("CARD", f"......{digits(rng, 4)}")
    s.lr("PURCHASE AUD", f"${total}")
    s.lr("TOTAL AUD", f"${total}", face="dmono-b")
    s.feed()
    s.lr("APPROVED", "00")
    s.lr("AUTH", digits(rng, 6))
    s.lr("STAN", digits(rng, 6))
    s.text(f"{t + timedelta(minutes=rng.randint(1, 30)):%d/%m/%y %H:%M}")
    s.center("PLEASE RETAIN FOR YOUR RECORDS")
    image = stack(r.image(), s.image(cut="torn"), overlap=6, dx=rng.uniform(6, 14), angle=rng.uniform(-3, 3))
    spec = {
        "paper": ["fade"],
        "fade": 0.4,
        "place": "glass",
        "lid": (226, 226, 222),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "TAX INVOICE heading above the name; GST-free beans; EFTPOS copy stapled below; faded thermal"
    return Case(
        "r17_au_cafe_eftpos", "AU", "en", "Australian café + EFTPOS", case, image, r.lines + s.lines, k, spec
    )


def r18_nz_hardware_refund(rng: random.Random) -> Case:
    k = Key("NZD", "NZD")
    t = when(rng, lo=7, hi=18)
    r = Roll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Deck Screws 8g 50mm 500pk 24.90; Wood Glue 250ml 11.40; Sandpaper 120g 5pk 8.95; "
        "Stain Brush 75mm 14.50; Masking Tape 24mm 4.99; Exterior Stain 1L 39.90; Drop Sheet 3.6m 7.90",
        rng.randint(4, 5),
        qmax=2,
    )
    r.big(k.company("TOTARA HARDWARE"), face="arial-b", height=6)
    r.center(k.alt("Totara Building Supplies Ltd"))
    r.block(k.address("88 Tory Street", "Te Aro, Wellington 6011"), "c")
    r.center("Ph 04 555 8820")
    r.center("GST No: 112-448-903")
    r.center("TAX INVOICE / RECEIPT", face="dmono-b")
    r.lr(f"Trans {digits(rng, 6)}", f"Reg 2  Op: {rng.choice(['Hemi', 'Aroha', 'Liam'])}")
    r.lr(f"Date {k.date(t, '%d/%m/%Y')}", hm(t))
    r.rule("-")
    total = Decimal(0)
    for name, qty, _unit, amt in items:
        r.lr(fit(name, 30) if qty == 1 else f"{qty} x {fit(name, 26)}", f"{amt}")
        total += amt
    void = items[0]
    r.lr(f"** VOID ** {fit(void[0], 19)}", f"-{void[3]}")
    total -= void[3]
    refund = Decimal("12.50")
    r.lr("RETURN Paint Roller 230mm", f"-{refund}")
    r.text(f"  Orig trans {digits(rng, 6)} {(t - timedelta(days=rng.randint(3, 20))):%d/%m/%Y}")
    total -= refund
    r.rule("-")
    r.lr("Total NZD", f"${k.total(total)}", face="dmono-b", hy=2.0)
    r.lr("Includes GST of", f"${vat_in(total, Decimal(15))[1]}")
    r.lr("EFTPOS", f"${total}")
    r.lr("Card", f"**** **** **** {digits(rng, 4)}")
    r.lr("Auth", digits(rng, 6))
    r.feed()
    r.center(f"Returns until {(t + timedelta(days=30)):%d/%m/%Y} with receipt")
    r.center("Trade account? Ask in store")
    spec = {
        "place": "a4",
        "at": (8, 60),
        "angle": 90 + rng.uniform(-1.5, 1.5),
        "tape": False,
        "kind": "scan",
        "dpi": 200,
        "fmt": "pdf",
    }
    case = "a voided line and a returned item with its original date; laid sideways on an A4 PDF scan"
    return Case(
        "r18_nz_hardware_refund",
        "NZ",
        "en",
        "NZ hardware with void and refund",
        case,
        r.image(),
        r.lines,
        k,
        spec,
    )


CASES = [r16_pl_paragon, r17_au_cafe_eftpos, r18_nz_hardware_refund]
