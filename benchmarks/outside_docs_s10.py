"""Set S receipts 28-30, Brunei (no GST or sales tax): a Bandar Seri Begawan supermarket's receipt with a
five-line address and B$ amounts, a Tutong coffee shop's slip scanned to a 1-bit PNG, and a Kuala Belait
hardware trader's receipt lying on an A4 sheet with a site note, scanned to JPEG."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_r import Case, digits, fit, hm, menu
from outside_common_s import SKey, cols, era, tendered
from outside_roll_r import Roll


def bn_tel(rng: random.Random) -> str:
    return f"{rng.choice('2347')}{digits(rng, 6)}"


def s28_bn_supermarket(rng: random.Random) -> Case:
    k = SKey("BND", "B$")
    t = era(rng, "any", 9, 22)
    r = Roll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "BERAS SIAM 10KG 16.90; AYAM PROSES 1.5KG 9.50; IKAN RUMAHAN 1KG 8.00; SUSU TEPUNG 900G 18.40; "
        "MEE KUNING 500G 1.10; BAWANG PUTIH 500G 1.80; KOPI BUBUK 200G 4.25; GULA 2KG 2.60; TELUR 30S 6.90; "
        "MINYAK SAWIT 2L 4.75; ROTI 400G 1.60; AIR BOTOL 12X600ML 4.80; SABUN CUCI 3KG 9.90",
        rng.randint(5, 9),
        qmax=3,
    )
    r.center(k.company("PASARAYA SERI MAWAR SDN BHD"), face="dmono-b", hy=1.8)
    r.center(f"(RC/{digits(rng, 8)})")
    r.block(
        k.address(
            "UNIT 5, BLOCK B, KOMPLEKS SERI MAWAR,",
            "SIMPANG 32, KAMPONG KIULAP,",
            "BANDAR SERI BEGAWAN BE1518,",
            "NEGARA BRUNEI DARUSSALAM.",
        ),
        "c",
    )
    r.center(f"TEL: +673 {bn_tel(rng)}")
    r.rule("-")
    r.center("RECEIPT")
    r.lr(f"No: {digits(rng, 9)}", f"Counter {rng.randint(1, 8)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", hm(t, True))
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 22), f"{qty}", f"{unit}", f"{amt}"], [23, -3, -7, -9])
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr(f"ITEMS: {sum(q for _, q, _, _ in items)}", "")
    r.lr("TOTAL B$", k.total(total), face="dmono-b", hy=1.6)
    card = rng.random() < 0.4
    paid = total if card else tendered(rng, total)
    r.lr("DEBIT CARD" if card else "CASH", f"{paid}")
    r.lr("CHANGE", f"{paid - total:.2f}")
    r.rule("-")
    r.center("TERIMA KASIH - THANK YOU")
    r.center("SILA DATANG LAGI")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.07,
        "place": "glass",
        "lid": (234, 234, 231),
        "margin": (10, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "jpg",
        "quality": 75,
    }
    case = "Brunei: four-line address with postcode BE1518 and country; B$; no tax; column layout"
    return Case("s28_bn_supermarket", "BN", "ms", "Brunei supermarket", case, r.image(), r.lines, k, spec)


def s29_bn_coffeeshop(rng: random.Random) -> Case:
    k = SKey("BND", "BND")
    t = era(rng, "any", 7, 16)
    r = Roll(58, 30, "lmono-b", pitch=1.35)
    items = menu(
        rng,
        "NASI KATOK 1.00; NASI LEMAK AYAM 3.50; MEE GORENG BASAH 3.00; ROTI KAHWIN 1.50; KOPI SUSU 1.20; "
        "TEH TARIK 1.20; KUEH MELAYU 0.50; AMBUYAT SET 8.00; AIR KATIRA 2.00",
        rng.randint(3, 5),
        qmax=4,
    )
    r.center(k.company("KEDAI KOPI DAN MAKAN SRI TUTONG"))
    r.center(f"BUS. REG: P/{digits(rng, 5)}/{t.year - rng.randint(2, 9)}")
    r.block(k.address("NO. 3, BANGUNAN HJ AHMAD,", "JALAN ENCHE AWANG,", "TUTONG TA1141, BRUNEI."), "c")
    r.center(f"TEL: {bn_tel(rng)}")
    r.rule("=")
    r.text(f"BIL: {digits(rng, 5)}  {k.date(t, '%d-%m-%y')} {hm(t)}")
    r.rule("=")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 20)}", f"{amt}")
    total = sum((a for *_, a in items), Decimal(0))
    cash = tendered(rng, total)
    r.rule("-")
    r.lr("JUMLAH BND", k.total(total), hy=1.6)
    r.lr("TUNAI", f"{cash}")
    r.lr("BAKI", f"{cash - total:.2f}")
    r.rule("-")
    r.center("TERIMA KASIH")
    spec = {
        "place": "glass",
        "lid": (244, 244, 242),
        "margin": (10, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "bilevel",
        "threshold": 140,
        "dpi": 200,
        "fmt": "png",
    }
    case = "name over the full width of a 58 mm slip; Malay totals (JUMLAH, TUNAI, BAKI); 1-bit scan"
    return Case(
        "s29_bn_coffeeshop", "BN", "ms", "Brunei coffee shop", case, r.image(cut="torn"), r.lines, k, spec
    )


def s30_bn_hardware(rng: random.Random) -> Case:
    k = SKey("BND", "B$")
    t = era(rng, "any", 8, 17)
    r = Roll(80, 44, "nmono-b", pitch=1.35)
    items = menu(
        rng,
        'CEMENT 50KG 7.80; SAND (LORRY) 85.00; PLYWOOD 12MM 4X8 32.00; NAIL 3" 1KG 2.40; GI WIRE 1KG 3.60; '
        'PVC PIPE 4" 20.50; PAINT EMULSION 5L 38.00; ROLLER 9" 6.50; TILE ADHESIVE 25KG 14.00; '
        "WATER TANK 500L 189.00; SILICONE GUN 9.90",
        rng.randint(3, 6),
        qmax=10,
    )
    r.big("CHUAN HENG JAYA", face="bookman-b", height=5.2)
    r.center(k.company("SYARIKAT CHUAN HENG JAYA HARDWARE"))
    k.alt("CHUAN HENG JAYA")
    r.block(
        k.address("LOT 45, SIMPANG 10, JALAN PANDAN,", "KUALA BELAIT KA1131,", "NEGARA BRUNEI DARUSSALAM."),
        "c",
    )
    r.center(f"TEL: 3{digits(rng, 6)}  FAX: 3{digits(rng, 6)}")
    r.rule("-")
    r.center("CASH RECEIPT")
    r.lr(f"No. CR-{digits(rng, 6)}", f"Date: {k.date(t, '%d.%m.%Y')}")
    r.lr(f"Customer: {rng.choice(['CASH', 'SYKT BINAAN ABC', 'MR. WONG'])}", f"Time: {hm(t)}")
    r.rule("-")
    cols(r, ["ITEM", "QTY", "PRICE", "TOTAL"], [22, -5, -8, -9])
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 21), str(qty), f"{unit}", f"{amt}"], [22, -5, -8, -9])
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("GRAND TOTAL (B$)", k.total(total))
    r.lr("PAID", rng.choice(["CASH", "CHEQUE", "DEBIT CARD"]))
    r.rule("-")
    r.text("Goods sold are not returnable or")
    r.text("exchangeable. Please check before leaving.")
    r.feed()
    r.lr("Received by:", "______________")
    spec = {
        "paper": ["fold"],
        "folds": 1,
        "place": "a4",
        "at": (30, 30),
        "angle": rng.uniform(-4, 4),
        "marks": [{"type": "note", "lines": ["Site KB-2", "materials"], "at": (160, 200), "size": 16}],
        "kind": "scan",
        "dpi": 150,
        "fmt": "jpg",
        "quality": 75,
    }
    case = "trading name as a logo, 'SYARIKAT' legal name; dotted date; lying askew on an A4 sheet, 150 dpi"
    return Case("s30_bn_hardware", "BN", "en", "Brunei hardware shop", case, r.image(), r.lines, k, spec)


CASES = [s28_bn_supermarket, s29_bn_coffeeshop, s30_bn_hardware]
