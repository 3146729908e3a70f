"""Set S receipts 25-27: a Singapore mobile-accessories shop's tax invoice (GST 7% included, serial and
warranty lines, 300 dpi), a Singapore Chinese restaurant's bill with 10% service charge and 7% GST on top
(scanned on its side), and a Singapore bookshop with a member discount and an ISO-style date, faded."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, digits, fit, hm, menu, vat_in
from outside_common_s import SKey, cols, emblem, era, round5, tendered, uen
from outside_roll_r import Roll


def s25_sg_electronics(rng: random.Random) -> Case:
    k = SKey("SGD", "S$")
    t = era(rng, "any", 11, 21)
    r = Roll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "POWER BANK 10000MAH 39.90; USB-C CABLE 1M 12.90; FAST CHARGER 18W 29.00; TEMPERED GLASS 15.00; "
        "PHONE CASE CLEAR 19.90; BLUETOOTH EARPHONE 59.00; MICRO SD 64GB 22.00; CAR HOLDER 25.00",
        rng.randint(2, 4),
        qmax=2,
    )
    gst_id = uen(rng)
    r.center(k.company("TECHLINE DIGITAL PTE. LTD."), face="lmono-b", wx=1.1, hy=1.6)
    r.center(f"Co. Reg. / GST Reg. No.: {gst_id}")
    r.block(k.address("101 ROCHOR CANAL ROAD", "#03-21 CANAL POINT", "SINGAPORE 188457"), "c")
    r.center(f"Tel: 6{digits(rng, 3)} {digits(rng, 4)}")
    r.rule("=")
    r.center("TAX INVOICE")
    r.lr(f"Inv No: TD{digits(rng, 7)}", f"Staff: {rng.choice(['KEN', 'JASMINE', 'RAJ'])}")
    r.lr(f"Date: {k.date(t, '%d %b %Y')}", f"Time: {hm(t)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} x S${unit}", f"S${amt}")
        if unit > 30:
            r.text(f"  SN: {digits(rng, 12)}")
    total = sum((a for *_, a in items), Decimal(0))
    gst = vat_in(total, Decimal(7))[1]
    r.rule("-")
    r.lr("Total Qty", str(sum(q for _, q, _, _ in items)))
    r.lr("TOTAL (GST incl.)", f"S${k.total(total)}", face="lmono-b")
    r.lr("GST 7% incl.", f"S${gst}")
    r.lr(rng.choice(["NETS", "VISA", "PAYNOW"]), f"S${total}")
    r.rule("-")
    r.text("* 7 days exchange for defective items")
    r.text("  with original receipt and packaging.")
    r.text("* 1 year local warranty where stated.")
    r.center("Thank you for shopping with us!")
    spec = {
        "place": "glass",
        "lid": (238, 238, 236),
        "margin": (10, 10),
        "angle": rng.uniform(-1, 1),
        "kind": "scan",
        "dpi": 300,
        "fmt": "jpg",
        "quality": 82,
    }
    case = "Singapore mall unit address; UEN doubling as GST number; S$ on every amount; 300 dpi"
    return Case(
        "s25_sg_electronics", "SG", "en", "Singapore electronics shop", case, r.image(), r.lines, k, spec
    )


def s26_sg_restaurant(rng: random.Random) -> Case:
    k = SKey("SGD", "SGD")
    t = era(rng, "any", 12, 22)
    r = Roll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        "Roast Duck (Half) 24.00; Sambal Kangkong 12.00; Cereal Prawns (M) 28.00; Hot Plate Tofu 16.00; "
        "Yang Chow Fried Rice (S) 14.00; Steamed Seabass 36.00; Herbal Chicken Soup 22.00; Lime Juice 3.50; "
        "Chinese Tea (per pax) 1.50; Plain Rice 1.20",
        rng.randint(4, 6),
        qmax=4,
    )
    emblem(r, "LP", 13, "c059-b")
    r.center("LOTUS PAVILION", face="dmono-b", hy=1.8)
    r.center(k.company("LOTUS PAVILION RESTAURANT PTE LTD"))
    k.alt("LOTUS PAVILION")
    r.block(k.address("8 KEPPEL BAY VIEW #02-05", "SINGAPORE 098417"), "c")
    r.center(f"GST Reg: {uen(rng)}")
    r.rule("-")
    r.lr(f"Table {rng.randint(1, 30)}", f"Pax {rng.randint(2, 8)}")
    r.lr(f"Bill# {digits(rng, 6)}", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [f"{qty}", fit(name, 27), f"{amt}"], [3, 29, -10])
        if qty > 1:
            r.text(f"     @ {unit}")
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    gst = q2((sub + svc) * Decimal("0.07"))
    total = sub + svc + gst
    r.rule("-")
    r.lr("Subtotal", f"{sub}")
    r.lr("10% Service Charge", f"{svc}")
    r.lr("7% GST", f"{gst}")
    r.lr("TOTAL SGD", k.total(total), face="dmono-b", hy=1.6)
    r.lr(rng.choice(["VISA", "MASTERCARD", "NETS"]), f"{total}")
    r.rule("-")
    r.center("Thank you for dining with us")
    r.center("Reservations: lotuspavilion.sg")
    spec = {
        "paper": ["fold"],
        "folds": 1,
        "place": "glass",
        "lid": (226, 226, 222),
        "margin": (12, 12),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "rotate": 90,
        "fmt": "jpg",
        "quality": 76,
    }
    case = "logo, brand and legal name; service charge then GST on top, no rounding; folded; turned 90"
    return Case("s26_sg_restaurant", "SG", "en", "Singapore restaurant", case, r.image(), r.lines, k, spec)


def s27_sg_bookshop(rng: random.Random) -> Case:
    k = SKey("SGD", "$")
    t = era(rng, "any", 10, 21)
    r = Roll(80, 44, "nmono", pitch=1.3)
    items = menu(
        rng,
        "ASSESSMENT BOOK P5 MATHS 12.90; GUIDE TO SG HISTORY 24.95; CHILDREN STORYBOOK 8.90; "
        "A4 RING FILE 2.40; MECHANICAL PENCIL 0.5 3.20; GEL PEN 3PK 4.50; COLOUR PENCILS 24 9.80; "
        "ERASER 2PK 1.20; ENGLISH DICTIONARY 29.90; NOTEBOOK B5 3.60",
        rng.randint(3, 6),
        qmax=3,
    )
    r.center(k.company("PAGES & PENS BOOKSTORE PTE. LTD."), face="nmono-b")
    r.center(f"GST Reg No. {uen(rng)}")
    r.block(k.address("BLK 512 TAMPINES CENTRAL 1", "#01-228", "SINGAPORE 520512"), "c")
    r.rule("-")
    r.text(f"{k.date(t, '%Y-%m-%d')} {hm(t, True)}  POS02  #{digits(rng, 6)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.lr(fit(name, 30), f"{amt}")
        if qty > 1:
            r.text(f"   {qty} X {unit}")
    sub = sum((a for *_, a in items), Decimal(0))
    disc = q2(sub * Decimal("0.10"))
    total = round5(sub - disc) if rng.random() < 0.5 else sub - disc
    r.rule("-")
    r.lr("SUBTOTAL", f"{sub}")
    r.lr("MEMBER 10% DISC", f"-{disc}")
    if total != sub - disc:
        r.lr("ROUNDING", f"{total - (sub - disc):.2f}")
    r.lr("TOTAL", f"${k.total(total)}", face="nmono-b")
    cash = tendered(rng, total)
    r.lr("CASH", f"{cash}")
    r.lr("CHANGE", f"{cash - total:.2f}")
    r.lr("GST 7% INCLUSIVE", f"{vat_in(total, Decimal(7))[1]}")
    r.rule("-")
    r.text(f"MEMBER: PPM{digits(rng, 7)}   EXP {t.year + 1}")
    r.center("NO REFUND. EXCHANGE WITHIN 14 DAYS.")
    spec = {
        "paper": ["fade"],
        "fade": 0.4,
        "place": "glass",
        "lid": (232, 232, 230),
        "margin": (10, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 150,
        "fmt": "jpg",
        "quality": 70,
    }
    case = "ISO-style date; member discount; cash rounding on some; GST inclusive line; faded, 150 dpi"
    return Case("s27_sg_bookshop", "SG", "en", "Singapore bookshop", case, r.image(), r.lines, k, spec)


CASES = [s25_sg_electronics, s26_sg_restaurant, s27_sg_bookshop]
