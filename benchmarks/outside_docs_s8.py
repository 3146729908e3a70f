"""Set S receipts 22-24: a Kajang Chinese seafood restaurant's bill from the SST years (service tax
6%, per-pax tea and rice, total twice), scanned on its side; a Singapore HDB food court's receipt with GST
7% included, paid by NETS and photographed; and a Singapore provision shop that is not GST-registered."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, digits, fit, hm, menu, vat_in
from outside_common_s import SKey, cols, era, my_tel, round5, sst_no, tendered, uen
from outside_roll_r import Roll


def s22_my_chinese(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 17, 23)
    r = Roll(80, 40, "nmono-b", pitch=1.4)
    dishes = menu(
        rng,
        "STEAMED TILAPIA (NYONYA) 38.00; KANGKUNG BELACAN 12.00; SWEET SOUR PORK 22.00; "
        "SALTED EGG SOTONG 28.00; BUTTER PRAWNS 45.00; MARMITE CHICKEN 24.00; TOFU CLAYPOT 18.00; "
        "FRIED MEEHOON 15.00; HERBAL SOUP 20.00",
        rng.randint(3, 5),
    )
    pax = rng.randint(2, 8)
    dishes += [("CHINESE TEA", pax, Decimal("1.50"), q2(Decimal("1.50") * pax))]
    dishes += [("WHITE RICE", pax, Decimal("1.50"), q2(Decimal("1.50") * pax))]
    r.center(k.company("RESTORAN HOCK SENG SEAFOOD SDN. BHD."), face="nmono-b", hy=1.4)
    r.center(f"Co. No. {rng.randint(900000, 1299999)}-{rng.choice('AHKMTUVX')}")
    r.block(k.address("NO. 6 & 8, JALAN BESAR 2/1,", "TAMAN KAJANG UTAMA,", "43000 KAJANG, SELANGOR."), "c")
    r.center(f"TEL: {my_tel(rng, '03')}")
    r.center(f"SST REG: {sst_no(rng, t)}")
    r.rule("=")
    r.lr(f"BILL NO: {digits(rng, 6)}", f"TABLE: {rng.randint(1, 30)}")
    r.lr(f"DATE: {k.date(t, '%d/%m/%Y')}", f"TIME: {hm(t)}")
    r.lr(f"PAX: {pax}", f"CASHIER: {rng.choice(['CK', 'LEE', 'MAY'])}")
    r.rule("-")
    for name, qty, unit, amt in dishes:
        cols(r, [str(qty), fit(name, 22), f"{unit}", f"{amt}"], [4, 22, -7, -7])
    sub = sum((a for *_, a in dishes), Decimal(0))
    tax = q2(sub * Decimal("0.06"))
    total = sub + tax
    paid = round5(total)
    r.rule("-")
    r.lr("SUB TOTAL", f"{sub}")
    r.lr("SERVICE TAX 6%", f"{tax}")
    r.lr("TOTAL", f"{total}")
    r.lr("ROUNDING ADJUSTMENT", f"{paid - total:.2f}")
    r.rule("-")
    r.lr("NET TOTAL (RM)", k.total(paid), hy=1.8)
    r.rule("-")
    r.center("SERVICE TAX 6% IS CHARGEABLE")
    r.center("THANK YOU. PLEASE COME AGAIN")
    spec = {
        "place": "glass",
        "lid": (230, 230, 226),
        "margin": (12, 12),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "rotate": 270,
        "fmt": "jpg",
        "quality": 78,
    }
    case = "long name with SDN. BHD.; 'Co. No.' line; service tax added; total and net total; scanned turned"
    return Case(
        "s22_my_chinese", "MY", "en", "Malaysian Chinese restaurant", case, r.image(), r.lines, k, spec
    )


def s23_sg_foodcourt(rng: random.Random) -> Case:
    k = SKey("SGD", "$")
    t = era(rng, "any", 11, 21)
    r = Roll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        "S03 CHICKEN RICE (ROAST) 4.50; S07 FISHBALL NOODLE DRY 4.00; S11 MIXED VEG RICE 2V1M 4.30; "
        "S02 KOPI-O KOSONG 1.30; S02 LIME JUICE 1.80; S05 CHAR SIEW WANTON MEE 5.00; S09 NASI PADANG 6.20; "
        "S12 YONG TAU FOO 6 PCS 5.40; S02 BARLEY ICE 1.70",
        rng.randint(2, 4),
        qmax=2,
    )
    gst_id = uen(rng)
    r.center("HAPPY TASTE", face="dmono-b", wx=1.6, hy=1.6)
    r.center(k.company("HAPPY TASTE FOOD COURT PTE LTD"))
    k.alt("HAPPY TASTE")
    r.block(k.address("BLK 725 ANG MO KIO AVE 6", "#01-4142", "SINGAPORE 560725"), "c")
    r.center(f"GST REG NO: {gst_id}")
    r.rule("-")
    r.center("TAX INVOICE")
    r.text(f"Rcpt: {digits(rng, 8)}  Term: {rng.randint(1, 4)}")
    r.text(f"{k.date(t, '%d/%m/%Y')}  {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {name}", f"${amt}")
    total = sum((a for *_, a in items), Decimal(0))
    gst = vat_in(total, Decimal(7))[1]
    r.rule("-")
    r.lr("TOTAL (INCL GST)", f"${k.total(total)}", face="dmono-b")
    r.lr("NETS", f"${total}")
    r.lr("GST 7% INCLUDED", f"${gst}")
    r.rule("-")
    r.center("THANK YOU! PLEASE RETURN YOUR TRAY")
    spec = {
        "place": "table",
        "table": "grey",
        "angle": rng.uniform(-3.5, 3.5),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 75,
        "long": 2200,
        "fill": 0.8,
    }
    case = "Singapore HDB address with unit number; GST 7% included; stall codes on items; phone photo"
    return Case("s23_sg_foodcourt", "SG", "en", "Singapore food court", case, r.image(), r.lines, k, spec)


def s24_sg_provision(rng: random.Random) -> Case:
    k = SKey("SGD", "S$")
    t = era(rng, "any", 8, 21)
    r = Roll(58, 32, "lmono", pitch=1.35)
    items = menu(
        rng,
        "EGGS 10S 2.60; WHITE BREAD 2.30; CONDENSED MILK 2.15; INSTANT NOODLES 5S 3.40; "
        "JASMINE RICE 5KG 12.80; COOKING OIL 2L 6.90; DISHWASH 900ML 3.25; TOILET ROLL 10S 6.50; "
        "ICE CREAM CUP 1.50; CANNED TUNA 3.60",
        rng.randint(3, 6),
        qmax=3,
    )
    r.center(k.company("HUP SENG PROVISION SHOP"), face="lmono-b", hy=1.6)
    r.center(f"UEN: {rng.randint(50000000, 53999999)}{rng.choice('ABCDEKLMWX')}")
    r.block(k.address("BLK 58 JALAN TENTERAM", "#01-210", "SINGAPORE 320058"), "c")
    r.center(f"TEL: 6{digits(rng, 3)} {digits(rng, 4)}")
    r.rule("-")
    r.text(f"DATE: {k.date(t, '%d-%m-%Y')}  {hm(t)}")
    r.text(f"NO. : {digits(rng, 6)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.lr(fit(name, 22), f"{amt}")
        if qty > 1:
            r.text(f"  {qty} @ {unit}")
    total = sum((a for *_, a in items), Decimal(0))
    cash = tendered(rng, total)
    r.rule("-")
    r.lr("TOTAL S$", k.total(total), face="lmono-b")
    r.lr("CASH", f"{cash}")
    r.lr("CHANGE", f"{cash - total:.2f}")
    r.rule("-")
    r.center("THANK YOU. COME AGAIN!")
    spec = {
        "paper": ["grey"],
        "place": "glass",
        "lid": (236, 236, 232),
        "margin": (11, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "small Singapore provision shop, no GST; UEN line; S$ on the total; faded grey thermal"
    return Case(
        "s24_sg_provision",
        "SG",
        "en",
        "Singapore provision shop",
        case,
        r.image(cut="torn"),
        r.lines,
        k,
        spec,
    )


CASES = [s22_my_chinese, s23_sg_foodcourt, s24_sg_provision]
