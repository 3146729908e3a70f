"""Set S receipts 10-12: a Kota Bharu convenience chain's tax invoice (name with S/B, item barcodes, total
before and after rounding adjustment, GST summary; 150 dpi), a Kuching photo studio's receipt with 6%
service tax set in a proportional font and photographed, and a Butterworth car workshop's dot-matrix cash
bill on wide pink carbonless paper under a pre-printed letterhead."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, digits, fit, hm, menu, vat_in
from outside_common_s import SKey, cols, era, gst_no, my_tel, rob, round5, sst_no, tendered
from outside_roll_r import Roll


def s10_my_convenience(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 8, 23)
    r = Roll(80, 42, "nmono", pitch=1.3)
    items = menu(
        rng,
        "100PLUS 500ML 2.10; NESCAFE KALENG 240ML 2.45; SUSU SEGAR 1L 6.85; ROTI SANDWICH 2.30; "
        "MAGGI KARI 5X79G 4.55; KACANG TANAH 150G 3.05; SABUN MANDI 3X 5.95; TISU POKET 10S 2.95; "
        "AIR KOTAK LAICI 1.15; GULA-GULA 1.05; KOPI 3IN1 15S 9.35; BISKUT CRACKER 2.75; SOS CILI 340G 2.85",
        rng.randint(4, 8),
        qmax=3,
    )
    r.center(k.company("77 PANTAS MART S/B"), face="nmono-b", wx=1.4, hy=1.4)
    r.center(f"({rng.randint(500000, 999999)}-{rng.choice('ATXK')})")
    r.block(k.address("LOT 2310, JALAN KENANGA MUTIARA,", "15150 KOTA BHARU, KELANTAN."), "c")
    r.center(f"GST ID : {gst_no(rng)}")
    r.center("Tax Invoice")
    r.text(f"Date : {k.date(t, '%d-%m-%Y')} {hm(t, True)}")
    r.text(f"Inv No : {rng.randint(1000, 4999)}{digits(rng, 6)}  Ctr: {rng.randint(1, 3)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(f"{digits(rng, 13)} {fit(name, 26)}")
        cols(r, [f"  {qty} x {unit}", f"{amt}", "SR"], [24, -14, -4])
    total = sum((a for *_, a in items), Decimal(0))
    net, gst = vat_in(total, Decimal(6))
    paid = round5(total)
    cash = tendered(rng, paid)
    r.rule("-")
    r.lr("Total Sales (Incl GST) :", f"{total}")
    r.lr("Rounding Adjustment :", f"{paid - total:.2f}")
    r.lr("Total After Adj Incl GST :", k.total(paid), face="nmono-b")
    r.lr("Cash :", f"{cash}")
    r.lr("Change :", f"{cash - paid:.2f}")
    r.feed(0.5)
    r.text("GST Summary        Amount(RM)   Tax(RM)")
    cols(r, ["SR @ 6%", f"{net}", f"{gst}"], [12, -17, -10])
    r.feed(0.5)
    r.center("Thank You. Please Come Again.")
    r.center("Exchange within 3 days with receipt.")
    spec = {
        "place": "glass",
        "lid": (228, 228, 224),
        "margin": (8, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 150,
        "fmt": "jpg",
        "quality": 65,
    }
    case = "chain-store layout: wide double name, barcode lines, 'Total After Adj Incl GST'; 150 dpi JPEG q65"
    return Case(
        "s10_my_convenience", "MY", "en", "Malaysian convenience store", case, r.image(), r.lines, k, spec
    )


def s11_my_photo(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 10, 20)
    r = Roll(80, 38, "arial", prop=True, pitch=1.45)
    items = menu(
        rng,
        "Passport Photo (8 pcs) 15.00; Photo Print 4R 0.80; Photo Print 5R 1.50; Photo Print A4 8.00; "
        "Photo Frame 8R 25.00; Document Scan 2.00; Photo Restoration 45.00; Lamination A4 3.00",
        rng.randint(2, 4),
        qmax=20,
    )
    r.big(k.company("SINAR FOTO STUDIO"), face="arial-b", height=4.5)
    r.center(f"({rob(rng, 'KCH/')})", scale=0.9)
    r.block(k.address("No. 45, Ground Floor, Jalan Song Indah 2,", "93100 Kuching, Sarawak."), "c")
    r.center(f"Tel: 082-{digits(rng, 6)}   H/P: 016-{digits(rng, 3)} {digits(rng, 4)}")
    r.center(f"SST Reg. No.: {sst_no(rng, t)}", scale=0.9)
    r.rule()
    r.center("OFFICIAL RECEIPT", face="arial-b")
    r.lr(f"No: OR-{digits(rng, 5)}", f"Date: {k.date(t, '%d %B %Y')}")
    r.lr("Customer: Walk-in", f"Time: {hm(t)}")
    r.rule()
    for name, qty, unit, amt in items:
        r.lr(f"{name} x {qty}" if qty > 1 else name, f"{amt}")
        if qty > 1:
            r.text(f"    @ RM {unit}", scale=0.85)
    sub = sum((a for *_, a in items), Decimal(0))
    tax = q2(sub * Decimal("0.06"))
    total = sub + tax
    paid = round5(total)
    r.rule()
    r.lr("Sub Total", f"{sub}")
    r.lr("Service Tax 6%", f"{tax}")
    r.lr("Rounding", f"{paid - total:.2f}")
    r.lr("Grand Total (RM)", k.total(paid), face="arial-b", scale=1.15)
    r.lr("Paid by", rng.choice(["Cash", "E-Wallet", "Debit Card"]))
    r.rule()
    r.center("Photos not collected after 30 days")
    r.center("will be disposed. Thank you!")
    spec = {
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-3, 3),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 74,
        "long": 2400,
        "fill": 0.8,
    }
    case = "proportional font; date written with the month name; 6% service tax and rounding; phone photo"
    return Case("s11_my_photo", "MY", "en", "Malaysian photo studio", case, r.image(), r.lines, k, spec)


def s12_my_workshop(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 9, 18)
    r = Roll(140, 60, "dmono", dots=3, thermal=False, ink=(58, 52, 74), paper=(250, 232, 236), pitch=1.5)
    parts = menu(
        rng,
        "ENGINE OIL 10W-40 4L 98.00; OIL FILTER 18.00; AIR FILTER 35.00; SPARK PLUG 12.50; "
        "BRAKE PAD (FRONT) 120.00; WIPER BLADE 22.00; COOLANT 1L 16.00; BATTERY NS60 225.00; "
        "FAN BELT 45.00; BRAKE FLUID DOT3 14.00",
        rng.randint(3, 5),
        qmax=4,
    )
    labour = Decimal(rng.choice(["30.00", "40.00", "60.00", "80.00"]))
    r.dots = 0  # the letterhead is pre-printed on the form, only the bill itself is dot-matrix
    r.center(k.company("BENG HUAT AUTO SERVICE & TRADING"), face="serif-b", scale=1.5, exact=True)
    r.center(f"({rob(rng, 'PG')})", face="serif", exact=True)
    r.block(
        k.address("NO. 27, JALAN SEMANGAT JAYA 4,", "12300 BUTTERWORTH, PULAU PINANG."),
        "c",
        face="serif",
        exact=True,
    )
    r.center(f"TEL: {my_tel(rng, '04')}   GST REG NO: {gst_no(rng)}", face="serif", exact=True)
    r.feed(0.5)
    r.center("CASH BILL / TAX INVOICE", face="serif-b", scale=1.2, exact=True)
    r.dots = 3
    r.feed(0.5)
    car = f"P{rng.choice(['KE', 'JR', 'MB', 'NS'])} {rng.randint(1000, 9999)}"
    r.lr(f"NO: {digits(rng, 6)}", f"DATE: {k.date(t, '%d/%m/%Y')}")
    r.lr(f"CAR NO: {car}", f"MILEAGE: {rng.randint(20, 180)},{digits(rng, 3)} KM")
    r.rule("-")
    cols(r, ["QTY", "DESCRIPTION", "U/PRICE", "AMOUNT", "TAX"], [6, 30, -10, -10, -4])
    r.rule("-")
    for name, qty, unit, amt in parts:
        cols(r, [str(qty), name, f"{unit}", f"{amt}", "SR"], [6, 30, -10, -10, -4])
    cols(r, ["1", "LABOUR / SERVICE CHARGE", f"{labour}", f"{labour}", "SR"], [6, 30, -10, -10, -4])
    sub = sum((a for *_, a in parts), labour)
    gst = q2(sub * Decimal("0.06"))
    total = sub + gst
    r.rule("-")
    r.lr("", f"SUB-TOTAL      {sub:>10}")
    r.lr("", f"GST 6%         {gst:>10}")
    r.lr("", f"TOTAL RM       {k.total(total):>10}")
    r.feed()
    r.text("GOODS SOLD ARE NOT RETURNABLE.")
    r.text("WARRANTY 1 MONTH OR 1,000 KM WHICHEVER COMES FIRST.")
    r.feed()
    r.lr("RECEIVED BY: ____________", "FOR BENG HUAT AUTO")
    spec = {
        "place": "glass",
        "lid": (232, 232, 230),
        "margin": (8, 8),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "colour": True,
        "dpi": 200,
        "fmt": "jpg",
        "quality": 80,
    }
    case = "pre-printed serif letterhead over a dot-matrix bill on wide pink paper; GST added; colour scan"
    return Case(
        "s12_my_workshop", "MY", "en", "Malaysian car workshop cash bill", case, r.image(), r.lines, k, spec
    )


CASES = [s10_my_convenience, s11_my_photo, s12_my_workshop]
