"""Set S receipts 1-3: a Johor hardware shop's tax invoice (name over two lines, GST-inclusive prices,
rounding, GST summary), a Kuala Lumpur bookshop (trading name as a logo, zero-rated books) and an Ipoh
kopitiam's 58 mm receipt from the SST years, photographed on a marble table top."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, digits, fit, hm, menu, vat_in
from outside_common_s import SKey, cols, era, gst_no, my_tel, rob, roc, round5, tendered
from outside_roll_r import Roll


def s01_my_hardware(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 8, 18)
    r = Roll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        'PVC PIPE 1/2" X 6M 9.86; PVC ELBOW 1/2" 0.64; BALL VALVE 3/4" 12.72; TEFLON TAPE 1.27; '
        'WALL PLUG 6MM (100) 3.50; CONCRETE NAIL 2" 1KG 6.80; PAINT BRUSH 2" 4.50; SANDPAPER #120 0.90; '
        'MASKING TAPE 24MM 2.80; CABLE TIE 8" (100) 5.50; SILICONE SEALANT 13.90; HACKSAW BLADE 3.20; '
        'DOOR HINGE 4" 7.42; PADLOCK 40MM 15.90; SPRAY PAINT BLACK 8.48',
        rng.randint(5, 8),
        qmax=6,
    )
    r.center("SENG HUAT HARDWARE &", face="dmono-b", hy=1.6)
    r.center("TRADING SDN. BHD.", face="dmono-b", hy=1.6)
    k.company("SENG HUAT HARDWARE & TRADING SDN. BHD.")
    r.center(roc(rng))
    r.block(k.address("NO. 23, JALAN PERMAS 10/2,", "BANDAR BARU PERMAS JAYA,", "81750 MASAI, JOHOR."), "c")
    r.center(f"TEL: {my_tel(rng, '07')}  FAX: {my_tel(rng, '07')}")
    r.center(f"GST REG NO: {gst_no(rng)}")
    r.feed(0.5)
    r.center("TAX INVOICE", face="dmono-b")
    r.feed(0.5)
    r.text(f"INV NO : CS{t:%y%m}-{digits(rng, 5)}")
    r.text(f"DATE   : {k.date(t, '%d/%m/%Y')}   TIME: {hm(t, True)}")
    r.text(f"CASHIER: {rng.choice(['SITI', 'AH MEI', 'KUMAR', 'FARAH'])}   COUNTER: 01")
    r.rule("-")
    cols(r, ["ITEM", "QTY", "U/P", "AMOUNT", "TX"], [18, -4, -7, -9, -4])
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(f"{digits(rng, 6)} {fit(name, 35)}")
        cols(r, ["", str(qty), f"{unit}", f"{amt}", "SR"], [18, -4, -7, -9, -4])
    r.rule("-")
    gross = sum((a for *_, a in items), Decimal(0))
    net, gst = vat_in(gross, Decimal(6))
    paid = round5(gross)
    cash = tendered(rng, paid)
    r.lr(f"TOTAL QTY: {sum(q for _, q, _, _ in items)}", "")
    r.lr("TOTAL INCL. GST", f"{gross}")
    r.lr("ROUNDING ADJ", f"{paid - gross:.2f}")
    r.lr("NETT TOTAL  RM", k.total(paid), face="dmono-b")
    r.lr("CASH", f"{cash}")
    r.lr("CHANGE", f"{cash - paid:.2f}")
    r.rule("-")
    r.text("GST SUMMARY      AMOUNT(RM)     TAX(RM)")
    cols(r, ["SR @ 6%", f"{net}", f"{gst}"], [14, -13, -12])
    r.rule("-")
    r.center("GOODS SOLD ARE NOT RETURNABLE")
    r.center("THANK YOU, PLEASE COME AGAIN")
    spec = {
        "place": "glass",
        "lid": (238, 238, 234),
        "margin": (12, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "fmt": "jpg",
        "quality": 80,
    }
    case = "company name double height over two lines; item code lines; GST-inclusive; rounding; GST summary"
    return Case("s01_my_hardware", "MY", "en", "Malaysian hardware shop", case, r.image(), r.lines, k, spec)


def s02_my_bookshop(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 10, 21)
    r = Roll(80, 44, "lmono", pitch=1.3)
    books = menu(
        rng,
        "KAMUS DWIBAHASA EDISI 4 45.00; BUKU LATIHAN MATEMATIK T4 14.90; NOVEL: HUJAN DI KAMPUNG 25.00; "
        "ATLAS DUNIA PELAJAR 19.90; SPM BIOLOGY REVISION 21.50; CHILDREN PICTURE BOOK 12.90",
        rng.randint(1, 3),
    )
    stationery = menu(
        rng,
        "BALL PEN 0.7 BLUE (3) 3.90; A4 PAPER 70GSM 500S 11.50; FILE FOLDER F4 2.50; CORRECTION TAPE 4.20; "
        "EXERCISE BOOK 80PG 1.30; HIGHLIGHTER SET 6.90; SCIENTIFIC CALC 49.90; GLUE STICK 21G 2.20",
        rng.randint(2, 4),
        qmax=3,
    )
    r.big("PUSTAKA CAHAYA ILMU", face="c059-b", height=5.0)
    k.alt("PUSTAKA CAHAYA ILMU")
    r.center(k.company("CAHAYA ILMU BOOKSTORE SDN BHD"))
    r.center(roc(rng))
    r.block(k.address("LOT G-12, KOMPLEKS SERI MUTIARA,", "JALAN DAMAI SUTERA,", "50050 KUALA LUMPUR."), "c")
    r.center(f"Tel: {my_tel(rng, '03')}")
    r.center(f"GST ID: {gst_no(rng)}")
    r.rule("=")
    r.center("SIMPLIFIED TAX INVOICE")
    r.rule("=")
    r.text(f"Date: {k.date(t, '%d/%m/%y')} Time: {hm(t)}")
    r.lr(f"Receipt: {rng.randint(1, 4)}{digits(rng, 6)}", f"POS: 0{rng.randint(1, 3)}")
    r.rule("-")
    lines = [(n, q, u, a, "ZR") for n, q, u, a in books] + [(n, q, u, a, "SR") for n, q, u, a in stationery]
    rng.shuffle(lines)
    for name, qty, unit, amt, code in lines:
        r.text(fit(name, 44))
        r.lr(f"  {digits(rng, 13)}  {qty} x {unit}", f"{amt} {code}")
    zr = sum((a for *_, a, c in lines if c == "ZR"), Decimal(0))
    sr = sum((a for *_, a, c in lines if c == "SR"), Decimal(0))
    net, gst = vat_in(sr, Decimal(6))
    total = zr + sr
    paid = round5(total)
    r.rule("-")
    r.lr("Total Incl. GST", f"{total}")
    if paid != total:
        r.lr("Rounding", f"{paid - total:.2f}")
    r.lr("Total Payable RM", k.total(paid), face="lmono-b")
    card = rng.random() < 0.5
    cash = paid if card else tendered(rng, paid)
    r.lr("MASTERCARD" if card else "Cash", f"{cash}")
    r.lr("Change", f"{cash - paid:.2f}")
    r.rule("-")
    cols(r, ["GST Code", "Amt (RM)", "GST (RM)"], [12, -16, -16])
    cols(r, ["SR 6%", f"{net}", f"{gst}"], [12, -16, -16])
    cols(r, ["ZR 0%", f"{zr}", "0.00"], [12, -16, -16])
    r.rule("-")
    pts = int(paid)
    r.text(f"Member: 6011{digits(rng, 8)}")
    r.text(f"Points earned: {pts}   Balance: {pts + rng.randint(50, 900)}")
    r.feed()
    r.center("Exchange within 7 days with receipt.")
    r.center("Thank you for shopping with us!")
    spec = {
        "paper": ["fade"],
        "fade": 0.35,
        "place": "glass",
        "lid": (232, 232, 228),
        "margin": (10, 10),
        "angle": rng.uniform(-1, 1),
        "kind": "scan",
        "dpi": 300,
        "fmt": "png",
    }
    case = "trading name as a serif logo above the legal name; books ZR, stationery SR; points; faded"
    return Case("s02_my_bookshop", "MY", "en", "Malaysian bookshop", case, r.image(), r.lines, k, spec)


def s03_my_kopitiam(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 7, 15)
    r = Roll(58, 32, "nmono-b", pitch=1.35)
    items = menu(
        rng,
        "KOPI O 1.60; KOPI SUSU 2.00; TEH C PENG 2.50; MILO AIS 2.80; ROTI BAKAR KAYA 2.50; "
        "TELUR SEPARUH MASAK 2.20; IPOH HOR FUN 6.50; CURRY MEE 7.00; NASI AYAM 7.50; TAUGE AYAM 9.00",
        rng.randint(3, 5),
        qmax=3,
    )
    r.center(k.company("KEDAI KOPI YIK LOONG"), hy=2.0)
    r.center(f"({rob(rng, 'AA')})")
    r.block(k.address("NO. 8, JALAN BENDAHARA,", "30250 IPOH, PERAK."), "c")
    r.center(f"TEL: {my_tel(rng, '05')}")
    r.rule("-")
    r.center("RECEIPT")
    r.text(f"NO: {digits(rng, 6)}    MEJA: {rng.randint(1, 24)}")
    r.text(f"{k.date(t, '%d-%m-%Y')}  {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 22)}", f"{amt}")
    total = sum((a for *_, a in items), Decimal(0))
    cash = tendered(rng, total)
    r.rule("-")
    r.lr("TOTAL RM", k.total(total), hy=1.6)
    r.lr("CASH", f"{q2(cash)}")
    r.lr("CHANGE", f"{cash - total:.2f}")
    r.rule("-")
    r.center("TERIMA KASIH")
    r.center("SILA DATANG LAGI")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.08,
        "place": "table",
        "table": "marble",
        "angle": rng.uniform(-4, 4),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 78,
        "long": 2200,
    }
    case = "58 mm kopitiam slip, double-height shop name, no tax (SST years); Malay footer; phone photo"
    return Case(
        "s03_my_kopitiam", "MY", "ms", "Malaysian kopitiam", case, r.image(cut="torn"), r.lines, k, spec
    )


CASES = [s01_my_hardware, s02_my_bookshop, s03_my_kopitiam]
