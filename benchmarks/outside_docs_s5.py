"""Set S receipts 13-15: a Kota Kinabalu florist's receipt (no tax, paid by debit card, delivery line), an
Alor Setar optical shop's GST tax invoice with a customer block and prescription note (scanned upside
down), and a Kuala Terengganu tailor's Malay-language receipt (JUMLAH, TUNAI, BAKI) photographed."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, digits, fit, hm, menu
from outside_common_s import SKey, cols, emblem, era, gst_no, my_tel, rob, roc, round5, tendered
from outside_roll_r import Roll


def s13_my_florist(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 9, 19)
    r = Roll(80, 40, "dmono", pitch=1.4)
    items = menu(
        rng,
        "HAND BOUQUET (ROSES 12 STALKS) 168.00; TABLE ARRANGEMENT 120.00; SUNFLOWER BOUQUET 85.00; "
        "BABY BREATH BUNCH 45.00; GREETING CARD 5.00; CONGRATULATORY STAND 250.00; ORCHID POT 98.00",
        rng.randint(1, 3),
    )
    delivery = Decimal(rng.choice(["15.00", "20.00", "25.00"]))
    emblem(r, "BC", 12, "script", ring=False)
    r.center(k.company("BUNGA CANTIK FLORIST & GIFTS"), face="dmono-b")
    r.center(f"({rob(rng, 'SA')})")
    r.block(k.address("LOT 12, BLOCK C, KOMPLEKS TANJUNG MEWAH,", "88000 KOTA KINABALU, SABAH."), "c")
    r.center(f"TEL: 088-{digits(rng, 6)}  WHATSAPP: 013-{digits(rng, 7)}")
    r.rule("*")
    r.lr("RECEIPT NO.", f"BC{digits(rng, 6)}")
    r.lr("DATE", k.date(t, "%d-%m-%Y"))
    r.lr("TIME", hm(t))
    r.rule("*")
    for name, _qty, _unit, amt in items:
        r.lr(fit(name, 30), f"{amt}")
    r.lr(f"DELIVERY - {rng.choice(['LIKAS', 'PENAMPANG', 'LUYANG', 'INANAM'])}", f"{delivery}")
    r.text(f"DELIVER ON: {(t + timedelta(days=rng.randint(0, 2))):%d/%m} 10AM-1PM")
    r.text("CARD MSG: HAPPY BIRTHDAY!")
    total = sum((a for *_, a in items), delivery)
    r.rule("*")
    r.lr("TOTAL AMOUNT RM", k.total(total), face="dmono-b")
    r.lr("DEBIT CARD", f"{total}")
    r.text(f"CARD NO: ************{digits(rng, 4)}  APPR: {digits(rng, 6)}")
    r.rule("*")
    r.center("FRESH FLOWERS ARE NOT RETURNABLE")
    r.center("THANK YOU!")
    spec = {
        "place": "glass",
        "lid": (240, 240, 236),
        "margin": (12, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 300,
        "fmt": "png",
    }
    case = "script monogram, no tax; delivery date after the sale date; card payment; 300 dpi PNG"
    return Case("s13_my_florist", "MY", "en", "Malaysian florist", case, r.image(), r.lines, k, spec)


def s14_my_optical(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 10, 20)
    r = Roll(80, 42, "lmono", pitch=1.35)
    frame = rng.choice([("FRAME TITANIUM RIMLESS", "388.00"), ("FRAME ACETATE FULL RIM", "268.00")])
    lens = rng.choice([("LENS 1.60 MC ANTI-BLUE (PAIR)", "320.00"), ("LENS 1.56 HMC (PAIR)", "180.00")])
    extra = menu(rng, "LENS CLEANER 60ML 15.00; CONTACT LENS SOLUTION 360ML 32.00; GLASSES CHAIN 18.00", 1)
    items = [(frame[0], 1, Decimal(frame[1])), (lens[0], 1, Decimal(lens[1]))]
    items += [(n, q, a) for n, q, _u, a in extra]
    disc = q2(sum((a for *_, a in items), Decimal(0)) * Decimal(rng.choice(["0.10", "0.15", "0.20"])))
    r.center(k.company("OPTIK PANDANGAN JELAS SDN. BHD."), face="lmono-b")
    r.center(roc(rng))
    r.block(k.address("NO. 9, JALAN PUTRA BESTARI,", "05100 ALOR SETAR,", "KEDAH DARUL AMAN."), "c")
    r.center(f"TEL / FAX: {my_tel(rng, '04')}")
    r.center(f"GST REG. NO. {gst_no(rng)}")
    r.rule("=")
    r.center("TAX INVOICE / RECEIPT")
    r.lr("Invoice", f"OPJ-{digits(rng, 5)}")
    r.lr("Date", k.date(t, "%d-%b-%Y", upper=True))
    r.lr("Customer", rng.choice(["EN. AHMAD FAUZI", "PN. ROSNAH", "MR. ONG KH"]))
    r.lr("Optometrist", rng.choice(["NUR AIN", "CHAN WY"]))
    r.rule("-")
    for name, qty, amt in items:
        r.lr(f"{qty} {fit(name, 30)}", f"{amt} SR")
    r.lr("  LESS: MEMBER DISCOUNT", f"-{disc} SR")
    total = sum((a for *_, a in items), Decimal(0)) - disc
    gst = q2(total * 6 / 106)
    r.rule("-")
    r.lr("TOTAL INCL. GST (RM)", k.total(total), face="lmono-b")
    r.lr("GST 6% INCLUDED", f"{gst}")
    r.lr(rng.choice(["VISA", "MASTER", "AMEX"]), f"{total}")
    r.rule("-")
    r.text("RX  SPH    CYL    AXIS  ADD")
    r.text(f"R  -{rng.randint(1, 16) * 25 / 100:.2f}  -0.50   180   -")
    r.text(f"L  -{rng.randint(1, 16) * 25 / 100:.2f}  -0.75   175   -")
    r.rule("-")
    r.center("Spectacles ready for collection in")
    r.center("5 working days. Deposit not refundable.")
    r.center("Thank you for your support.")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.06,
        "place": "glass",
        "lid": (232, 232, 228),
        "margin": (10, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "rotate": 180,
        "fmt": "jpg",
        "quality": 78,
    }
    case = "GST-inclusive with a member discount line; date as 12-MAR-2017; prescription block; upside down"
    return Case("s14_my_optical", "MY", "en", "Malaysian optical shop", case, r.image(), r.lines, k, spec)


def s15_my_tailor(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 9, 18)
    r = Roll(58, 32, "dmono", pitch=1.4)
    items = menu(
        rng,
        "JAHIT BAJU KURUNG 65.00; JAHIT BAJU MELAYU 75.00; POTONG KAIN 10.00; PENDEKKAN SELUAR 8.00; "
        "TUKAR ZIP 12.00; KECILKAN BAJU 15.00; JAHIT LANGSIR (MTR) 9.00; LABUCI TANGAN 45.00",
        rng.randint(2, 4),
        qmax=3,
    )
    r.center(k.company("FESYEN ANGGUN TAILOR"), face="dmono-b", hy=1.8)
    r.center(f"({rob(rng, 'TR')})")
    r.block(k.address("NO. 31, JALAN SULTAN ZAINAL,", "20000 KUALA TERENGGANU,", "TERENGGANU."), "c")
    r.center(f"TEL: 09-{digits(rng, 3)} {digits(rng, 4)}")
    r.rule("-")
    r.center("RESIT / RECEIPT")
    r.text(f"NO. RESIT : {digits(rng, 5)}")
    r.text(f"TARIKH    : {k.date(t, '%d/%m/%Y')}")
    r.text(f"MASA      : {hm(t)}")
    r.text(f"PELANGGAN : {rng.choice(['CIK AMIRA', 'PN. HASNAH', 'EN. ZAKI'])}")
    r.rule("-")
    cols(r, ["BUTIRAN", "QTY", "HARGA"], [20, -4, -8])
    for name, qty, _unit, amt in items:
        cols(r, [fit(name, 19), str(qty), f"{amt}"], [20, -4, -8])
    total = sum((a for *_, a in items), Decimal(0))
    paid = round5(total)
    cash = tendered(rng, paid)
    r.rule("-")
    r.lr("JUMLAH (RM)", k.total(paid), face="dmono-b")
    r.lr("TUNAI", f"{cash}")
    r.lr("BAKI", f"{cash - paid:.2f}")
    r.rule("-")
    r.text(f"SIAP PADA: {(t + timedelta(days=rng.randint(7, 21))):%d/%m/%Y}")
    r.center("BARANG TIDAK DIAMBIL DALAM")
    r.center("TEMPOH 3 BULAN BUKAN")
    r.center("TANGGUNGJAWAB KAMI")
    r.center("TERIMA KASIH")
    spec = {
        "place": "table",
        "table": "grey",
        "angle": rng.uniform(-3, 3),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 76,
        "long": 2200,
        "blur": 1.1,
    }
    case = "Malay labels (TARIKH, JUMLAH, TUNAI, BAKI); ready-by date after the receipt date; phone photo"
    return Case("s15_my_tailor", "MY", "ms", "Malaysian tailor", case, r.image(cut="torn"), r.lines, k, spec)


CASES = [s13_my_florist, s14_my_optical, s15_my_tailor]
