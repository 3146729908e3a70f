"""Set R receipts 25-27: a South African pharmacy tax invoice (cash), a German multi-storey car park's pay
machine receipt (entry the day before) and a dot-matrix taxi receipt with a tip."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import Case, Key, digits, fit, hm, menu, vat_in, when
from outside_roll_r import Roll


def r25_za_pharmacy(rng: random.Random) -> Case:
    k = Key("ZAR", "R")
    t = when(rng, lo=8, hi=19)
    r = Roll(80, 42, "lmono", pitch=1.35)
    items = menu(
        rng,
        "PARACETAMOL 500MG 24S 42.99; VITAMIN C 1000MG 30S 119.95; SUNSCREEN SPF50 200ML 189.00; "
        "THROAT LOZENGES 16S 54.50; BANDAGE ROLL 75MM 23.99; HAND SANITISER 500ML 64.99; "
        "ROOIBOS LIP BALM 32.95; ANTISEPTIC CREAM 47.50; COLD & FLU SACHETS 10S 89.99",
        rng.randint(3, 5),
        qmax=2,
    )
    r.big(k.company("FYNBOS PHARMACY"), face="gothic-b", height=6)
    r.center(k.alt("Fynbos Pharmacy (Pty) Ltd"))
    r.block(k.address("Shop 12, Gardens Centre", "Mill Street, Gardens", "Cape Town 8001"), "c")
    r.center("Tel 021 555 7310")
    r.center("VAT No: 4410273318")
    r.center("TAX INVOICE", face="lmono-b")
    r.rule("-")
    r.lr(
        f"Till 3  Slip {rng.randint(10000, 99999)}", f"Cashier: {rng.choice(['Thandi', 'Pieter', 'Naledi'])}"
    )
    r.lr(f"Date: {k.date(t, '%Y/%m/%d')}", hm(t))
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 40))
        r.lr(f"   {qty} @ R{unit}", f"R{amt}")
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(15))
    cash = Decimal(100) * (int(total) // 100 + 1)
    r.rule("-")
    r.lr("TOTAL", f"R{k.total(total)}", face="lmono-b", hy=2.0)
    r.lr("AMOUNT TENDERED", f"R{cash:.2f}")
    r.lr("CHANGE", f"R{cash - total:.2f}")
    r.feed()
    r.text("VAT 15% INCLUDED")
    r.lr("   Total excl. VAT", f"R{net}")
    r.lr("   VAT", f"R{vat}")
    r.feed()
    r.text(f"Fynbos Rewards ****{digits(rng, 4)}")
    r.lr("Points earned", str(int(total) // 10))
    r.lr("Points expire", f"{(t + timedelta(days=365)):%d/%m/%Y}")
    r.center("No refunds on scheduled medicines")
    r.center("Thank you for your support")
    spec = {
        "paper": ["fold"],
        "folds": 1,
        "place": "glass",
        "lid": (205, 205, 200),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "three address lines; cash with AMOUNT TENDERED and CHANGE; points expiry date; folded once"
    return Case("r25_za_pharmacy", "ZA", "en", "South African pharmacy", case, r.image(), r.lines, k, spec)


def r26_de_parkhaus(rng: random.Random) -> Case:
    k = Key("EUR", "EUR")
    t = when(rng, lo=8, hi=12)
    r = Roll(58, 32, "dmono", pitch=1.35)
    stay = timedelta(minutes=rng.randint(13 * 60, 17 * 60))
    entry = t - stay
    hours = int(stay.total_seconds() // 3600) + 1
    fee = min(Decimal(hours) * Decimal("1.50"), Decimal("24.00"))
    mwst = vat_in(fee, Decimal(19))[1]
    cash = Decimal(rng.choice([30, 50]))
    r.center("Quittung / Receipt", face="dmono-b")
    r.big(k.company("PARKHAUS ALTSTADT"), face="dmono-b", height=3.6)
    r.center(k.alt("Parkhaus Altstadt Betriebs GmbH"))
    r.block(k.address("Schmiedstraße 9", "90403 Nürnberg"), "c")
    r.center("USt-IdNr. DE812441220")
    r.rule("-")
    r.text("Kassenautomat 2")
    r.text(f"Ticket-Nr. {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")
    r.text(f"Einfahrt  {entry:%d.%m.%Y} {hm(entry)}")
    r.text(f"Bezahlt   {k.date(t, '%d.%m.%Y')} {hm(t)}")
    mins = int(stay.total_seconds() // 60)
    r.text(f"Parkdauer {mins // 60} Std {mins % 60} Min")
    r.rule("-")
    r.lr("Betrag EUR", k.total(fee, "eu"), face="dmono-b")
    r.lr("inkl. 19% MwSt", money(mwst, "eu"))
    r.lr("Gegeben", money(cash, "eu"))
    r.lr("Rückgeld", money(cash - fee, "eu"))
    r.rule("-")
    r.text(f"Ausfahrt bis {t + timedelta(minutes=15):%d.%m.%Y %H:%M}")
    r.text("1,50 EUR/Std, max. 24,00 EUR")
    r.center("Gute Fahrt!")
    spec = {
        "place": "glass",
        "lid": (238, 238, 236),
        "margin": (10, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "colour": True,
        "dpi": 250,
        "rotate": 180,
        "fmt": "jpg",
        "quality": 80,
    }
    case = (
        "entry date the day before the payment date; exit-by timestamp; tariff maximum; scanned upside down"
    )
    return Case("r26_de_parkhaus", "DE", "de", "German car park receipt", case, r.image(), r.lines, k, spec)


def r27_us_taxi(rng: random.Random) -> Case:
    k = Key("USD", "$")
    t = when(rng, lo=6, hi=23)
    r = Roll(58, 24, "nmono-b", dots=3, thermal=False, ink=(70, 48, 96), paper=(246, 244, 236), pitch=1.55)
    miles = Decimal(rng.randint(20, 120)) / 10
    fare = q2(Decimal("3.00") + miles * Decimal("3.50") + Decimal(rng.randint(0, 8)) * Decimal("0.70"))
    extras = [("EXTRAS", Decimal("1.00")), ("MTA TAX", Decimal("0.50")), ("IMP SURCH", Decimal("1.00"))]
    extras.append(("CONG SURCH", Decimal("2.50")))
    sub = fare + sum((v for _, v in extras), Decimal(0))
    tip = q2(sub * Decimal(rng.choice(["0.15", "0.20", "0.25"])))
    total = sub + tip
    end = t + timedelta(minutes=rng.randint(12, 45))
    r.center(k.company("YELLOW APPLE CAB CO"))
    r.block(k.address("32-10 QUEENS BLVD", "L.I.C., NY 11101"), "c")
    r.center("(212) 555-0119")
    r.rule("-")
    r.lr("MEDALLION", f"{rng.randint(1, 9)}{rng.choice('ABCDEFGHJK')}{rng.randint(10, 99)}")
    r.lr("DRIVER", digits(rng, 7))
    r.lr("DATE", k.date(t, "%m/%d/%Y"))
    r.lr("START", hm(t))
    r.lr("END", hm(end))
    r.lr("TRIP #", digits(rng, 4))
    r.lr("RATE", "#1 STANDARD")
    r.lr("MILES", f"{miles}")
    r.rule("-")
    r.lr("FARE", f"${fare}")
    for label, v in extras:
        r.lr(label, f"${v}")
    r.lr("TOLLS", "$0.00")
    r.lr("TIP", f"${tip}")
    r.lr("TOTAL", f"${k.total(total)}")
    r.rule("-")
    r.text("PAID BY CREDIT CARD")
    r.lr("CARD", f"XXXX{digits(rng, 4)}")
    r.lr("AUTH", digits(rng, 6))
    r.center("THANK YOU")
    r.center("COMPLAINTS CALL 311")
    spec = {
        "place": "table",
        "table": "grey",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 72,
        "long": 2000,
        "fill": 0.8,
    }
    case = "dot-matrix purple ribbon print; fare, surcharges and tip lines before TOTAL; card tip included"
    return Case(
        "r27_us_taxi", "US", "en", "US taxi meter receipt", case, r.image(cut="torn"), r.lines, k, spec
    )


CASES = [r25_za_pharmacy, r26_de_parkhaus, r27_us_taxi]
