"""Set S receipts 4-6: a Penang mamak restaurant (GST added on top, total before and after rounding,
date and time printed at the bottom), a Selangor bakery of the SST years with a round logo and a
trading name, and a Melaka pharmacy's tax invoice taped to an A4 claim sheet (SR and ZR items)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_r import Case, digits, fit, hm, menu, vat_in
from outside_common_s import SKey, cols, emblem, era, gst_no, my_tel, rob, roc, roc_new, round5, tendered
from outside_roll_r import Roll


def s04_my_mamak(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 7, 23)
    r = Roll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "ROTI CANAI 1.20; ROTI TELUR 2.30; TEH TARIK 1.80; NESCAFE TARIK 2.50; MILO AIS 2.80; "
        "NASI KANDAR AYAM GORENG 8.50; NASI KANDAR SOTONG 10.00; MEE GORENG MAMAK 6.00; "
        "MAGGI GORENG 5.50; TOSAI 1.80; LIMAU AIS 2.00; MURTABAK DAGING 7.50; SIRAP BANDUNG 2.30",
        rng.randint(4, 7),
        qmax=4,
    )
    r.center(k.company("RESTORAN SRI PELITA MAJU"), face="lmono-b", wx=1.2)
    r.center(f"({rob(rng, '')})")
    r.block(k.address("NO. 112, LEBUH KAPAL LAMA,", "10300 GEORGETOWN, PULAU PINANG."), "c")
    r.center(f"TEL : {my_tel(rng, '04')}")
    r.center(f"GST NO : {gst_no(rng)}")
    r.feed()
    r.center("TAX INVOICE")
    r.lr(f"Bill No : {digits(rng, 7)}", f"Table : {rng.choice(['A', 'B', 'C'])}{rng.randint(1, 20)}")
    r.text(f"Waiter  : {rng.choice(['RAJU', 'ALI', 'MUTHU', 'HASSAN'])}")
    r.rule("-")
    cols(r, ["Qty", "Description", "Price", "Total"], [5, 23, -7, -9])
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [str(qty), fit(name, 22), f"{unit}", f"{amt}"], [5, 23, -7, -9])
    sub = sum((a for *_, a in items), Decimal(0))
    gst = (sub * Decimal("0.06")).quantize(Decimal("0.01"))
    total = sub + gst
    paid = round5(total)
    cash = tendered(rng, paid)
    r.rule("-")
    r.lr("Sub Total (Excl GST)", f"{sub}")
    r.lr("GST 6%", f"{gst}")
    r.lr("Total (Incl GST)", f"{total}")
    r.lr("Rounding Adj", f"{paid - total:.2f}")
    r.lr("TOTAL (RM)", k.total(paid), face="lmono-b")
    r.lr("Cash", f"{cash}")
    r.lr("Change", f"{cash - paid:.2f}")
    r.rule("-")
    r.text(f"GST Summary  SR 6%  {sub:>9}  {gst:>7}")
    r.rule("-")
    r.center("TERIMA KASIH - THANK YOU")
    r.center(f"{k.date(t, '%Y-%m-%d')} {hm(t, True)}  #{rng.randint(1, 3)}")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.1,
        "place": "glass",
        "lid": (226, 226, 222),
        "margin": (10, 12),
        "angle": rng.uniform(-2.5, 2.5),
        "kind": "scan",
        "dpi": 150,
        "fmt": "jpg",
        "quality": 70,
    }
    case = "GST on top of prices; total before and after rounding; ISO-like date only at the foot; 150 dpi"
    return Case("s04_my_mamak", "MY", "en", "Malaysian mamak restaurant", case, r.image(), r.lines, k, spec)


def s05_my_bakery(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 8, 21)
    t = t.replace(year=2019) if t.year == 2018 else t  # the new 12-digit company number came in 2019
    r = Roll(80, 40, "sans", prop=True, pitch=1.4)
    items = menu(
        rng,
        "Kaya Bun 1.80; Chicken Floss Bun 2.60; Butter Sugar Loaf 4.20; Pandan Chiffon (S) 9.90; "
        "Egg Tart 1.90; Curry Puff 1.70; Wholemeal Loaf 5.60; Sausage Roll 2.40; Cheese Danish 3.50; "
        "Red Bean Bun 1.80; Blueberry Muffin 3.20; Swiss Roll Slice 2.80",
        rng.randint(4, 7),
        qmax=4,
    )
    emblem(r, "M", 15, "c059-b")
    r.big("Roti Mentega", face="serif-bi", height=4.6)
    k.alt("Roti Mentega")
    r.center(k.company("ROTI MENTEGA (M) SDN. BHD."), face="sans-b")
    r.center(f"CO. REG. NO: {roc_new(rng, 2017)}", scale=0.9)
    r.block(k.address("No. 7, Jalan SS 15/4B,", "47500 Subang Jaya, Selangor."), "c")
    r.center(f"Tel: {my_tel(rng, '03')}")
    r.rule()
    r.center("RECEIPT", face="sans-b")
    r.lr("Receipt No", f"RM{t:%y}{digits(rng, 6)}")
    r.lr("Date", f"{k.date(t, '%d.%m.%Y')} {hm(t)}")
    r.lr("Cashier", rng.choice(["Nurul", "Jessie", "Priya"]))
    r.rule()
    for name, qty, unit, amt in items:
        r.lr(f"{name}  x{qty}" if qty > 1 else name, f"{amt}")
        if qty > 1:
            r.text(f"     @ {unit}", scale=0.85)
    total = sum((a for *_, a in items), Decimal(0))
    r.rule()
    r.lr("Total Items", str(sum(q for _, q, _, _ in items)))
    r.lr("TOTAL (RM)", k.total(total), face="sans-b", scale=1.2)
    pay = rng.choice(["Debit Card", "Cash"])
    r.lr(pay, f"{total}")
    r.rule()
    r.center(f"Mentega Rewards: +{int(total)} pts")
    r.center("Best consumed within 2 days.")
    r.center("Thank you & see you again!")
    spec = {
        "place": "table",
        "table": "white",
        "angle": rng.uniform(-3, 3),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 80,
        "long": 2600,
        "fill": 0.86,
    }
    case = (
        "round logo, italic trading name, legal name with the 2019 company number; proportional font; photo"
    )
    return Case("s05_my_bakery", "MY", "en", "Malaysian bakery", case, r.image(), r.lines, k, spec)


def s06_my_pharmacy(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 9, 22)
    r = Roll(80, 42, "nmono-b", pitch=1.35)
    sr = menu(
        rng,
        "VITAMIN C 1000MG 30S 32.90; HAND SANITIZER 50ML 6.30; FACE MASK 3PLY 50S 18.50; "
        "PLASTER STRIPS 20S 4.80; THERMOMETER DIGITAL 24.90; COTTON BUDS 200S 3.95; "
        "LIP BALM 4G 12.70; SUNBLOCK SPF50 60ML 39.90",
        rng.randint(1, 3),
    )
    zr = menu(
        rng,
        "PARACETAMOL 500MG 10S 3.20; COUGH SYRUP 90ML 12.80; LORATADINE 10MG 10S 9.50; "
        "ORAL REHYDRATION SALT 5S 6.00; ANTACID TAB 20S 7.60; EYE DROPS 10ML 11.90",
        rng.randint(2, 3),
    )
    r.center(k.company("FARMASI SEJAHTERA SDN BHD"), hy=2.0)
    r.center(roc(rng))
    r.block(k.address("NO. 5 & 7, JALAN KOTA LAKSAMANA 3/15,", "TAMAN KOTA LAKSAMANA,", "75200 MELAKA."), "c")
    r.center(f"TEL: {my_tel(rng, '06')}")
    r.center(f"GST REG NO: {gst_no(rng)}")
    r.rule("=")
    r.center("TAX INVOICE")
    r.text(f"Doc No  : TI-{digits(rng, 6)}")
    r.text(f"Date    : {k.date(t, '%d %b %Y')} {hm(t)}")
    r.text(f"Staff   : {rng.choice(['PH. LEE', 'PH. AZURA', 'PH. DEVI'])}")
    r.rule("-")
    lines = [(n, q, u, a, "SR") for n, q, u, a in sr] + [(n, q, u, a, "ZR") for n, q, u, a in zr]
    for name, qty, unit, amt, code in lines:
        r.text(fit(name, 42))
        r.lr(f"   {qty} @ {unit}", f"{amt} {code}")
    sr_sum = sum((a for *_, a, c in lines if c == "SR"), Decimal(0))
    zr_sum = sum((a for *_, a, c in lines if c == "ZR"), Decimal(0))
    net, gst = vat_in(sr_sum, Decimal(6))
    total = sr_sum + zr_sum
    paid = round5(total)
    r.rule("-")
    r.lr(f"{len(lines)} ITEM(S)  TOTAL INCL. GST", f"{total}")
    r.lr("ROUNDING", f"{paid - total:.2f}")
    r.lr("AMOUNT DUE", k.total(paid), hy=1.5)
    cash = tendered(rng, paid)
    r.lr("CASH TENDERED", f"{cash}")
    r.lr("CHANGE", f"{cash - paid:.2f}")
    r.rule("-")
    r.text("GST SUMMARY   EXCL.GST    GST   INCL.GST")
    cols(r, ["SR 6%", f"{net}", f"{gst}", f"{sr_sum}"], [8, -13, -8, -11])
    cols(r, ["ZR 0%", f"{zr_sum}", "0.00", f"{zr_sum}"], [8, -13, -8, -11])
    r.rule("-")
    r.center("MEDICINES SOLD ARE NOT RETURNABLE")
    r.center("GET WELL SOON")
    spec = {
        "paper": ["fade"],
        "fade": 0.25,
        "place": "a4",
        "at": (40, 30),
        "angle": rng.uniform(-3, 3),
        "tape": True,
        "marks": [{"type": "note", "lines": ["Medical claim", f"{t:%b %Y}"], "at": (160, 60), "size": 15}],
        "kind": "scan",
        "colour": True,
        "dpi": 200,
        "fmt": "pdf",
    }
    case = "double-height name; three-line address; SR and ZR GST summary; taped on an A4 claim sheet (PDF)"
    return Case("s06_my_pharmacy", "MY", "en", "Malaysian pharmacy", case, r.image(), r.lines, k, spec)


CASES = [s04_my_mamak, s05_my_bakery, s06_my_pharmacy]
