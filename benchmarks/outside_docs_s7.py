"""Set S receipts 19-21: a Petaling Jaya clinic's official receipt (medical services exempt, patient and
panel lines) taped to an A4 claim form, a Kuala Lumpur car park's short tax invoice with entry and exit
times (faded, 300 dpi), and a Penang hawker stall's slip from a small Bluetooth printer, photographed."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import q2
from outside_common_r import Case, digits, hm, menu
from outside_common_s import SKey, era, gst_no, my_tel, rob, roc, tendered
from outside_roll_r import Roll


def s19_my_clinic(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "gst", 9, 21)
    r = Roll(80, 42, "cond", prop=True, pitch=1.45)
    meds = menu(
        rng,
        "Paracetamol 500mg x 10 3.00; Amoxicillin 250mg x 21 18.00; Chlorpheniramine 4mg x 10 4.00; "
        "Cough Mixture 100ml 8.00; Lozenges x 12 6.00; Omeprazole 20mg x 14 21.00; Antiseptic Cream 9.00",
        rng.randint(2, 4),
    )
    consult = Decimal(rng.choice(["30.00", "35.00", "40.00"]))
    r.big("KLINIK KELUARGA SEJAHTERA", face="cond-b", height=3.8)
    r.center(k.company("SEJAHTERA MEDICAL CARE SDN. BHD."), face="cond-b")
    k.alt("KLINIK KELUARGA SEJAHTERA")
    r.center(roc(rng))
    r.block(k.address("No. 21, Jalan SS 2/64,", "47300 Petaling Jaya,", "Selangor Darul Ehsan."), "c")
    r.center(f"Tel: {my_tel(rng, '03')}   Fax: {my_tel(rng, '03')}")
    r.center(f"GST No: {gst_no(rng)}", scale=0.9)
    r.rule()
    r.center("OFFICIAL RECEIPT", face="cond-b", scale=1.15)
    r.lr(f"Receipt No: OR{t:%y}/{digits(rng, 5)}", f"Date: {k.date(t, '%d-%b-%Y')}")
    r.lr(f"Patient: {rng.choice(['TAN AH KOW', 'NURUL HUDA BT ISMAIL', 'R. KANNAN'])}", f"Time: {hm(t)}")
    r.lr(f"IC: {rng.randint(60, 99)}{digits(rng, 4)}-{rng.randint(1, 14):02d}-XXXX", "Panel: -")
    r.rule()
    r.lr("Consultation", f"{consult}")
    for name, _qty, _unit, amt in meds:
        r.lr(name, f"{amt}")
    total = sum((a for *_, a in meds), consult)
    r.rule()
    r.lr("Total (GST Exempt)", f"{total}")
    r.lr("Amount Paid (RM)", k.total(total), face="cond-b", scale=1.15)
    r.lr("Payment Mode", rng.choice(["CASH", "NETS/DEBIT", "CREDIT CARD"]))
    r.rule()
    r.text(
        f"Dr. {rng.choice(['Lim Wei Jian', 'Siti Aishah', 'Ravi Shankar'])} (MMC {digits(rng, 5)})", scale=0.9
    )
    r.text("MC issued: 1 day", scale=0.9)
    r.center("Get well soon. Thank you.")
    spec = {
        "place": "a4",
        "at": (55, 40),
        "angle": rng.uniform(-2, 2),
        "tape": True,
        "marks": [
            {"type": "note", "lines": ["Klinik - claim", "Dept. 4 / HR"], "at": (160, 230), "size": 15},
            {"type": "signature", "at": (150, 262), "width": 38},
        ],
        "kind": "scan",
        "dpi": 200,
        "fmt": "pdf",
    }
    case = "clinic brand over the legal name; exempt services; date as 12-Mar-2017; taped on A4 with a note"
    return Case("s19_my_clinic", "MY", "en", "Malaysian clinic receipt", case, r.image(), r.lines, k, spec)


def s20_my_carpark(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t_in = era(rng, "gst", 7, 12)
    t_out = t_in + timedelta(hours=rng.randint(1, 9), minutes=rng.randint(0, 59))
    hours = (t_out - t_in).seconds // 3600 + 1
    fee = q2(Decimal("3.00") + Decimal("2.00") * (hours - 1))
    gst = q2(fee * 6 / 106)
    r = Roll(58, 30, "dmono", pitch=1.35)
    r.center(k.company("PARKING SUTERA SDN BHD"), face="dmono-b")
    r.center(roc(rng))
    r.block(k.address("BASEMENT 2, MENARA SUTERA,", "JALAN AMPANG HILIR 5,", "50450 KUALA LUMPUR."), "c")
    r.center(f"GST REG: {gst_no(rng)}")
    r.rule("-")
    r.center("TAX INVOICE")
    r.text(f"TKT NO : {digits(rng, 10)}")
    r.text(f"ENTRY  : {t_in:%d/%m/%y} {hm(t_in)}")
    r.text(f"EXIT   : {k.date(t_out, '%d/%m/%y')} {hm(t_out)}")
    r.text(f"DURATION : {hours - 1}H {(t_out - t_in).seconds // 60 % 60}M")
    r.text(f"STATION: EXIT {rng.randint(1, 3)}  VEH: CAR")
    r.rule("-")
    r.lr("PARKING FEE", f"{fee}")
    r.lr("GST 6% (INCL)", f"{gst}")
    r.lr("TOTAL RM", k.total(fee), face="dmono-b")
    r.lr("PAID", rng.choice(["CASH", "TOUCH N GO"]))
    r.rule("-")
    r.center("THANK YOU. DRIVE SAFELY")
    r.center("LOST TICKET RM30.00")
    spec = {
        "paper": ["fade"],
        "fade": 0.5,
        "streaks": 5,
        "place": "glass",
        "lid": (240, 240, 236),
        "margin": (14, 12),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 300,
        "fmt": "png",
    }
    case = "short 58 mm ticket; entry and exit stamps (key is the exit date); GST included; badly faded"
    return Case("s20_my_carpark", "MY", "en", "Malaysian car park", case, r.image(), r.lines, k, spec)


def s21_my_hawker(rng: random.Random) -> Case:
    k = SKey("MYR", "RM")
    t = era(rng, "sst", 11, 23)
    r = Roll(58, 26, "sans-b", prop=True, pitch=1.4)
    items = menu(
        rng,
        "CKT BIASA 7.00; CKT BESAR 9.00; CKT TELUR ITIK 10.00; OYSTER OMELETTE 12.00; "
        "LOBAK 8.00; KOPI O AIS 2.20; AIR TEBU 3.00; TEH O AIS LIMAU 2.50",
        rng.randint(2, 4),
        qmax=3,
    )
    r.center(k.company("AH SENG CHAR KOAY TEOW"))
    r.center(f"({rob(rng, 'PG')})", face="sans", scale=0.85)
    r.block(
        k.address("GERAI 14, MEDAN SELERA SRI BAYU,", "11900 BAYAN LEPAS, P. PINANG."),
        "c",
        face="sans",
        scale=0.85,
    )
    r.center(f"H/P: 012-{digits(rng, 3)} {digits(rng, 4)}", face="sans", scale=0.85)
    r.rule("-")
    r.text(f"Order #{rng.randint(1, 99)}   Table {rng.randint(1, 60)}", face="sans")
    r.text(f"{k.date(t, '%d/%m/%y')} {hm(t)}", face="sans")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} x {name}" if qty > 1 else name, f"{amt}", face="sans")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL RM", k.total(total), scale=1.3)
    cash = tendered(rng, total)
    r.lr("Cash", f"{cash}", face="sans")
    r.lr("Change", f"{cash - total:.2f}", face="sans")
    r.rule("-")
    r.center("Terima kasih!", face="sans")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.14,
        "creases": 10,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-4, 4),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 68,
        "long": 2000,
        "fill": 0.78,
        "blur": 1.2,
    }
    case = "tiny Bluetooth-printer slip in bold sans; abbreviated dishes; crumpled, phone photo, JPEG q68"
    return Case(
        "s21_my_hawker", "MY", "en", "Malaysian hawker stall", case, r.image(cut="torn"), r.lines, k, spec
    )


CASES = [s19_my_clinic, s20_my_carpark, s21_my_hawker]
