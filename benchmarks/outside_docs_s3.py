"""Set S receipts 7-9: a Kuantan mini-market in the 2018 GST holiday (GST at 0%, faded grey slip), a
Shah Alam supermarket's long SST-era receipt (trading name, member points, folded in three) and a
Seremban petrol station's 58 mm slip (litres at the pump price, fuel zero-rated), scanned on its side."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, digits, fit, hm, menu, vat_in
from outside_common_s import SKey, cols, emblem, era, gst_no, my_tel, roc, round5, sst_no, tendered
from outside_roll_r import Roll


def s07_my_minimarket(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "zero", 8, 22)
    r = Roll(80, 40, "lmlt", pitch=1.3)
    items = menu(
        rng,
        "MILO 3IN1 18S 12.35; ROTI PUTIH 400G 3.85; TELUR GRED A 10S 4.60; GULA PASIR 1KG 2.85; "
        "BERAS WANGI 5KG 21.90; MINYAK MASAK 2KG 11.25; SARDIN TIN 425G 5.45; KICAP MANIS 345ML 3.15; "
        "SUSU PEKAT MANIS 500G 3.75; MEE SEGERA KARI 5S 4.10; TISU MUKA 4X200 8.95; SABUN BASUH 2.5KG 16.40; "
        "AIR MINERAL 1.5L 1.65; BISKUT KRIM 300G 4.95",
        rng.randint(6, 9),
        qmax=3,
    )
    r.big("PASARAYA SEGAR JAYA", face="lmlt-b", height=4.2)
    k.alt("PASARAYA SEGAR JAYA")
    r.center(f"{k.company('SEGAR JAYA MART SDN BHD')} {roc(rng)}")
    r.block(k.address("LOT 1234, JALAN BESAR SEMAMBU,", "25350 KUANTAN, PAHANG."), "c")
    r.center(f"TEL: {my_tel(rng, '09')}")
    r.center(f"GST ID: {gst_no(rng)}")
    r.rule("-")
    r.center("TAX INVOICE")
    r.text(f"Inv: {digits(rng, 10)}   {k.date(t, '%d-%m-%y')} {hm(t)}")
    r.text(f"Cashier: {rng.choice(['NORAINI', 'ZULKIFLI', 'SALMAH'])}  Counter: {rng.randint(1, 4)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.lr(fit(name, 30), f"{amt} Z")
        if qty > 1:
            r.text(f"   {qty} X {unit}")
    total = sum((a for *_, a in items), Decimal(0))
    paid = round5(total)
    cash = tendered(rng, paid)
    r.rule("-")
    r.lr(f"Total Item(s): {len(items)}", f"Qty: {sum(q for _, q, _, _ in items)}")
    r.lr("TOTAL", f"{total}")
    r.lr("ROUNDING ADJ", f"{paid - total:.2f}")
    r.lr("NETT TOTAL RM", k.total(paid), face="lmlt-b")
    r.lr("TUNAI / CASH", f"{cash}")
    r.lr("BAKI / CHANGE", f"{cash - paid:.2f}")
    r.rule("-")
    r.text("GST SUMMARY   AMOUNT(RM)   TAX(RM)")
    cols(r, ["Z @ 0%", f"{total}", "0.00"], [9, -14, -10])
    r.rule("-")
    r.center("BARANG YANG DIJUAL TIDAK")
    r.center("BOLEH DIKEMBALIKAN")
    r.center("TERIMA KASIH")
    spec = {
        "paper": ["grey"],
        "place": "glass",
        "lid": (240, 240, 238),
        "margin": (12, 12),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "GST holiday (0%, code Z); legal name and company number on one line under the trading name; grey"
    return Case("s07_my_minimarket", "MY", "ms", "Malaysian mini-market", case, r.image(), r.lines, k, spec)


def s08_my_supermarket(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 9, 22)
    r = Roll(80, 44, "dmono", pitch=1.3)
    food = menu(
        rng,
        "AYAM SEGAR 1.2KG 11.88; IKAN KEMBUNG 500G 7.90; SAWI HIJAU 250G 1.99; TOMATO 500G 2.49; "
        "BAWANG MERAH 1KG 5.99; SANTAN KOTAK 200ML 2.35; TELUR AYAM 30S 12.50; ROTI GANDUM 4.10; "
        "YOGURT STRAWBERRY 4X 6.95; KEJU SLICES 12S 8.79; PISANG BERANGAN 1.5KG 5.40; "
        "DAGING BATANG 500G 18.90",
        rng.randint(5, 8),
        qmax=3,
    )
    taxed = menu(
        rng,
        "PEWANGI FABRIK 2L 15.90; SYAMPU 400ML 17.50; UBAT GIGI 2X150G 9.99; MINUMAN RINGAN 1.5L 4.69; "
        "COKLAT SUSU 100G 5.99; TISU DAPUR 2S 6.49; BATERI AA 4S 8.90",
        rng.randint(2, 4),
    )
    r.big(k.alt("HARIAN SUPERSTORE"), face="gothic-b", height=6)
    r.center(k.company("HARIAN RETAIL (M) SDN. BHD."))
    r.center(roc(rng))
    r.block(
        k.address("LOT 2-5, PERSIARAN KAYANGAN, SEKSYEN 7,", "40000 SHAH ALAM,", "SELANGOR DARUL EHSAN."), "c"
    )
    r.center(f"TEL: {my_tel(rng, '03')}")
    r.center(f"SST ID: {sst_no(rng, t)}")
    r.rule("-")
    lines = [(n, q, u, a, "") for n, q, u, a in food] + [(n, q, u, a, "S") for n, q, u, a in taxed]
    rng.shuffle(lines)
    for name, qty, unit, amt, code in lines:
        r.lr(f"{digits(rng, 13)} {fit(name, 23)}", f"{amt} {code or ' '}")
        if qty > 1:
            r.text(f"      {qty} @ {unit}")
    total = sum((a for *_, a, _ in lines), Decimal(0))
    tax_in = vat_in(sum((a for *_, a, c in lines if c), Decimal(0)), Decimal(10))[1]
    paid = round5(total)
    r.rule("-")
    r.lr(f"SUBTOTAL ({len(lines)} ITEMS)", f"{total}")
    r.lr("ROUNDING", f"{paid - total:.2f}")
    r.lr("TOTAL", f"RM {k.total(paid)}", face="dmono-b", hy=1.8)
    card = rng.random() < 0.5
    r.lr("VISA" if card else "CASH", f"{paid if card else tendered(rng, paid)}")
    r.text(f"S = SALES TAX 10% INCLUDED: RM {tax_in}")
    r.rule("-")
    r.text(f"HARIAN CARD : ****{digits(rng, 4)}")
    r.text(f"POINTS EARNED : {int(paid)}")
    r.text(f"POINTS BALANCE: {rng.randint(200, 4000)}")
    r.rule("-")
    till = f"S{rng.randint(100, 999)} C{rng.randint(1, 20):02d} T{digits(rng, 5)}"
    r.text(f"{k.date(t, '%d/%m/%Y')} {hm(t)} {till}")
    r.center("THANK YOU FOR SHOPPING WITH US")
    r.center("PLEASE KEEP YOUR RECEIPT FOR EXCHANGE")
    r.barcode(f"{t:%y%m%d}{digits(rng, 8)}", height=8)
    spec = {
        "paper": ["fold"],
        "folds": 2,
        "place": "glass",
        "lid": (230, 230, 226),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "fmt": "jpg",
        "quality": 75,
    }
    case = "big trading-name logo; SST era taxed items flagged S; points; date only in the counter line"
    return Case("s08_my_supermarket", "MY", "ms", "Malaysian supermarket", case, r.image(), r.lines, k, spec)


def s09_my_petrol(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 6, 23)
    r = Roll(58, 32, "lmono", pitch=1.35)
    price = Decimal(rng.choice(["2.05", "2.10", "2.17", "2.20", "2.26"]))
    amount = Decimal(rng.choice(["30.00", "40.00", "50.00", "60.00", "80.00"]))
    litres = (amount / price).quantize(Decimal("0.01"))
    extra = menu(rng, "MINERAL WATER 500ML 1.20; ISOTONIC DRINK 2.50; CHOCOLATE BAR 2.90; KEROPOK 1.60", 1)
    emblem(r, "SF", 11, "gothic-b")
    r.center("SURIA FUEL")
    r.center(k.company("STESEN MINYAK TUAH JAYA SDN BHD"), scale=0.95)
    r.center(roc(rng))
    r.block(k.address("LOT 2871, JALAN SEREMBAN-TAMPIN,", "70450 SEREMBAN,", "NEGERI SEMBILAN."), "c")
    r.center(f"TEL: {my_tel(rng, '06')}")
    r.center(f"GST NO: {gst_no(rng)}")
    r.rule("-")
    r.center("TAX INVOICE")
    r.lr("DATE", k.date(t, "%d/%m/%Y"))
    r.lr("TIME", hm(t, True))
    r.lr("RCPT NO", f"{rng.randint(1, 9)}{digits(rng, 7)}")
    r.lr("PUMP", f"{rng.randint(1, 10):02d}")
    r.rule("-")
    r.text(f"RON95 {litres}L @ {price}")
    r.lr("", f"{amount} Z")
    for name, _q, _u, amt in extra:
        r.lr(fit(name, 24), f"{amt} S")
    total = amount + extra[0][3]
    net, gst = vat_in(extra[0][3], Decimal(6))
    r.rule("-")
    r.lr("TOTAL (RM)", k.total(total))
    r.lr("CASH", f"{q2(tendered(rng, total))}")
    r.rule("-")
    r.text("GST SUMMARY  AMT(RM)   GST(RM)")
    cols(r, ["S 6%", f"{net}", f"{gst}"], [6, -12, -10])
    cols(r, ["Z 0%", f"{amount}", "0.00"], [6, -12, -10])
    r.rule("-")
    r.center("THANK YOU. DRIVE SAFELY.")
    spec = {
        "paper": ["fade"],
        "fade": 0.45,
        "streaks": 4,
        "place": "glass",
        "lid": (236, 236, 232),
        "margin": (10, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "rotate": 90,
        "fmt": "jpg",
        "quality": 75,
    }
    case = (
        "brand logo and brand line above the dealer's legal name; fuel zero-rated; faded; scanned turned 90"
    )
    return Case("s09_my_petrol", "MY", "en", "Malaysian petrol station", case, r.image(), r.lines, k, spec)


CASES = [s07_my_minimarket, s08_my_supermarket, s09_my_petrol]
