"""Set S receipts 16-18: a Klang electrical shop's GST invoice with a four-figure total, serial numbers
and warranty lines (crumpled), a Kuala Lumpur Japanese restaurant's bill with service charge and 6% SST
photographed on a dark table, and a fast-food counter receipt with a big order number (150 dpi)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import Case, digits, fit, hm, menu, vat_in
from outside_common_s import SKey, cols, era, gst_no, my_tel, roc, roc_new, round5, sst_no, tendered
from outside_roll_r import Roll


def s16_my_electrical(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 10, 20)
    r = Roll(80, 44, "dmono", pitch=1.3)
    big = rng.choice([('LED TV 43" FULL HD', "1299.00"), ("WASHING MACHINE 8KG", "1149.00")])
    small = menu(
        rng,
        'STAND FAN 16" 139.00; RICE COOKER 1.8L 159.00; ELECTRIC KETTLE 1.7L 69.90; '
        "STEAM IRON 2000W 119.00; LED BULB 9W 4PCS 35.90; EXTENSION SOCKET 4-WAY 42.50; BLENDER 1.5L 189.00",
        rng.randint(1, 3),
        qmax=2,
    )
    items = [(big[0], 1, Decimal(big[1]), Decimal(big[1])), *small]
    r.center(k.company("KILAT JAYA ELECTRICAL SDN. BHD."), face="dmono-b", wx=1.0, hy=1.5)
    r.center(roc(rng))
    r.block(k.address("NO. 18, LORONG SENTOSA 2A,", "TAMAN SENTOSA PERDANA,", "41200 KLANG, SELANGOR."), "c")
    r.center(f"TEL: {my_tel(rng, '03')}   FAX: {my_tel(rng, '03')}")
    r.center(f"GST REG NO.: {gst_no(rng)}")
    r.rule("=")
    r.center("TAX INVOICE", face="dmono-b")
    r.lr(f"INVOICE NO: KJ{digits(rng, 6)}", f"DATE: {k.date(t, '%d/%m/%Y')}")
    r.lr(f"SALESMAN: {rng.choice(['ALAN', 'MUTHU', 'HAFIZ'])}", f"TIME: {hm(t)}")
    r.rule("-")
    cols(r, ["DESCRIPTION", "QTY", "PRICE", "AMOUNT"], [22, -4, -9, -9])
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 21), str(qty), money(unit), money(amt)], [22, -4, -9, -9])
        if unit > 100:
            r.text(f"  S/N: {rng.choice('ABCDEFGH')}{digits(rng, 9)}")
    total = sum((a for *_, a in items), Decimal(0))
    net, gst = vat_in(total, Decimal(6))
    r.rule("-")
    r.lr("TOTAL EXCL. GST", money(net))
    r.lr("GST @ 6%", money(gst))
    r.lr("TOTAL INCL. GST RM", k.total(total), face="dmono-b")
    card = rng.choice(["MASTERCARD", "VISA", "DEBIT"])
    r.lr(f"{card} ****{digits(rng, 4)}", money(total))
    r.rule("-")
    r.text("GST SUMMARY:  SR 6%")
    r.text(f"  AMOUNT RM {money(net)}  TAX RM {money(gst)}")
    r.rule("-")
    r.text("* WARRANTY SUBJECT TO MANUFACTURER TERMS")
    r.text("* PLEASE KEEP THIS INVOICE FOR WARRANTY")
    r.text("* GOODS SOLD ARE NOT RETURNABLE")
    r.feed()
    r.lr("CUSTOMER SIGNATURE", "________________")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.12,
        "creases": 9,
        "place": "glass",
        "lid": (228, 228, 224),
        "margin": (12, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "jpg",
        "quality": 72,
    }
    case = "four-figure total with thousands separator; serial-number lines; GST split; crumpled"
    return Case(
        "s16_my_electrical", "MY", "en", "Malaysian electrical shop", case, r.image(), r.lines, k, spec
    )


def s17_my_japanese(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 12, 22)
    t = t.replace(year=2019) if t.year == 2018 else t
    r = Roll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "SALMON SASHIMI (5PC) 28.00; CHICKEN TERIYAKI SET 24.90; SABA SHIOYAKI SET 26.90; "
        "TEMPURA UDON 22.00; CALIFORNIA MAKI 16.00; GYOZA (6PC) 12.00; CHAWANMUSHI 7.50; EDAMAME 8.00; "
        "OCHA (HOT) 3.00; UNAGI DON 38.00; GREEN TEA ICE CREAM 9.90; KATSU CURRY RICE 23.90",
        rng.randint(4, 7),
        qmax=3,
    )
    r.big("SAKURA-TEI", face="p052-b", height=5.5)
    r.center("JAPANESE DINING")
    k.alt("SAKURA-TEI")
    r.center(k.company("HANA DINING CONCEPT SDN BHD"))
    r.center(roc_new(rng, 2016))
    r.block(
        k.address(
            "LOT F-08, FIRST FLOOR, PLAZA DAMAI SUTERA,", "JALAN MELATI GEMILANG,", "50250 KUALA LUMPUR."
        ),
        "c",
    )
    r.center(f"SST REG NO : {sst_no(rng, t)}")
    r.rule("-")
    r.lr(f"Table: {rng.randint(1, 40)}", f"Pax: {rng.randint(1, 5)}")
    r.lr(f"Check: {digits(rng, 5)}", f"Server: {rng.choice(['Yuki', 'Amir', 'Mei Ling'])}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty:>2} {fit(name, 30)}", f"{amt}")
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    sst = q2((sub + svc) * Decimal("0.06"))
    total = sub + svc + sst
    paid = round5(total)
    r.rule("-")
    r.lr("Sub Total", f"{sub}")
    r.lr("Service Charge 10%", f"{svc}")
    r.lr("Service Tax 6%", f"{sst}")
    r.lr("Rounding", f"{paid - total:.2f}")
    r.rule("-")
    r.lr("GRAND TOTAL (RM)", k.total(paid), face="lmono-b", hy=1.6)
    r.rule("-")
    cash = tendered(rng, paid)
    r.lr("Cash", f"{cash}")
    r.lr("Change", f"{cash - paid:.2f}")
    r.feed()
    r.center("Arigatou gozaimasu!")
    r.center("Follow us @sakuratei.kl")
    spec = {
        "place": "table",
        "table": "slate",
        "angle": rng.uniform(-3, 3),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 70,
        "long": 2400,
        "fill": 0.82,
    }
    case = "brand logo over the legal name and 2019 company number; service charge plus 6% SST; dark table"
    return Case(
        "s17_my_japanese", "MY", "en", "Malaysian Japanese restaurant", case, r.image(), r.lines, k, spec
    )


def s18_my_fastfood(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 10, 23)
    r = Roll(80, 42, "nmono-b", pitch=1.3)
    items = menu(
        rng,
        "DRUMSTICK COMBO 2PC 14.95; SPICY BURGER MEAL 13.45; NUGGETS 6PC 8.85; CHEESY WEDGES (R) 5.60; "
        "COLESLAW (R) 3.80; CORN CUP 3.80; SOFT DRINK (L) 4.25; BUCKET 9PC 49.90; SUNDAE CHOC 3.95; "
        "RICE BOWL CURRY 10.95",
        rng.randint(2, 5),
        qmax=2,
    )
    order = rng.randint(100, 999)
    r.center("GOLDEN DRUMSTICK", face="nmono-b", wx=1.5, hy=2.0)
    r.center(k.company("DRUMSTICK FOOD SERVICES SDN BHD"))
    k.alt("GOLDEN DRUMSTICK")
    r.center(roc(rng))
    r.block(k.address("NO. 1, JALAN PERSIARAN 2/8,", "SEKSYEN 2, 43650 BANDAR BARU BANGI,", "SELANGOR"), "c")
    r.center(f"GST ID No: {gst_no(rng)}")
    r.center("TAX INVOICE")
    r.feed(0.5)
    r.center(f"ORDER {order}", face="nmono-b", wx=2.0, hy=2.0)
    r.center(rng.choice(["EAT IN", "TAKE AWAY"]))
    r.feed(0.5)
    r.text(f"{k.date(t, '%d-%m-%Y')} {hm(t, True)}  POS{rng.randint(1, 6)}  #{digits(rng, 5)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {name}", f"{amt}")
    total = sum((a for *_, a in items), Decimal(0))
    gst = vat_in(total, Decimal(6))[1]
    paid = round5(total)
    r.rule("-")
    r.lr("Total (Incl GST)", f"{total}")
    r.lr("Rounding", f"{paid - total:.2f}")
    r.lr("TOTAL PAID RM", k.total(paid), scale=1.2)
    cash = tendered(rng, paid)
    r.lr("Cash Tendered", f"{cash}")
    r.lr("Change", f"{cash - paid:.2f}")
    r.lr("GST 6% included", f"{gst}")
    r.rule("-")
    r.center("Tell us about your visit:")
    r.center(f"survey code {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}")
    r.center("THANK YOU & HAVE A NICE DAY")
    spec = {
        "paper": ["fade"],
        "fade": 0.3,
        "place": "glass",
        "lid": (236, 236, 232),
        "margin": (10, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 150,
        "fmt": "jpg",
        "quality": 72,
    }
    case = "brand in wide double type over the legal name; huge order number; rounding; 150 dpi faded"
    return Case(
        "s18_my_fastfood", "MY", "en", "Malaysian fast-food counter", case, r.image(), r.lines, k, spec
    )


CASES = [s16_my_electrical, s17_my_japanese, s18_my_fastfood]
