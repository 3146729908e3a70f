"""Set RA receipts 22-24: a Subang Jaya restaurant's receipt (Sdn. Bhd., SSM number, SST ID, service tax
6 %, rounding adjustment to 5 sen, cash and change), a Makati grocery's official receipt of 2023 (VAT REG
TIN, MIN and S/N, VATable and VAT-exempt lines, the VATable / VAT-exempt / zero-rated / VAT summary; scanned
upside down) and a Tokyo Haneda airport shop's receipt printed in romaji and English (Co., Ltd., qualified
invoice T-number, reduced 8 % items marked *, tax by rate, whole yen)."""

from __future__ import annotations

import random
from datetime import datetime
from decimal import ROUND_DOWN, Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, when
from outside_common_ra import amounts, t_number
from outside_common_s import cols, roc_new, round5, sst_no
from outside_common_t import TCase, TRoll, ph_tin, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra22_my_restoran(rng: random.Random) -> TCase:
    k = VKey("MYR", "RM")
    t = when(rng, 2025, 11, 22)
    r = TRoll(80, 42, "lmono", pitch=1.35)
    items = menu(
        rng,
        "Nasi Lemak Ayam Goreng 12.90; Mee Goreng Mamak 9.50; Roti Canai 2pcs 3.60; Teh Tarik 3.00; "
        "Milo Ais 4.20; Nasi Goreng Kampung 11.50; Ayam Percik 14.90; Sirap Bandung 3.80; Cendol 6.50; "
        "Kuey Teow Goreng 10.50; Sup Tulang 13.90; Air Kelapa 5.50",
        rng.randint(3, 6),
        qmax=3,
    )
    r.center(k.company("RESTORAN SELERA KAMPUNG"), face="lmono-b", hy=2.0)
    r.center(f"{k.alt('Selera Kampung Food Sdn. Bhd.')}")
    r.center(roc_new(rng, rng.randint(2015, 2021)))
    r.block(k.address("No. 18, Jalan SS 15/4", "47500 Subang Jaya, Selangor"), "c")
    r.center(f"SST ID: {sst_no(rng, datetime(2018, 9, 1))}")
    r.rule("-")
    r.lr(f"Inv: {rng.choice(['SK', 'SJ'])}{digits(rng, 6)}", f"Table: {rng.randint(1, 30)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t)}")
    r.text(f"Cashier: {rng.choice(['Aisyah', 'Hafiz', 'Mei Ling'])}")
    r.rule("-")
    widths = [26, -5, -11]
    cols(r, ["Item", "Qty", "Amount"], widths)
    for name, qty, _unit, amt in items:
        cols(r, [fit(name, 25), str(qty), money(amt)], widths)
    sub = amounts(items)
    sst = q2(sub * Decimal("0.06"))
    raw = sub + sst
    total = round5(raw)
    r.rule("-")
    r.lr("Sub Total", money(sub))
    r.lr("Service Tax 6%", money(sst))
    r.lr("Rounding Adj", f"{'-' if total < raw else ''}{money(abs(total - raw))}")
    r.lr("TOTAL (RM)", k.total(total), face="lmono-b", hy=1.8)
    paid = tendered(rng, total, (1, 5, 10, 50, 100))
    r.lr("Cash", money(paid))
    r.lr("Change", money(paid - total))
    r.rule("-")
    r.center("Terima kasih, sila datang lagi!")
    r.center("Thank you, please come again")
    spec = photo(rng, "slate", 5, paper=["fold"], folds=1, crumple=0.1, quality=80, long=2400)
    case = (
        "Sdn. Bhd. name, SSM no, SST ID, service tax 6 %, rounding adj to 5 sen, 'TOTAL (RM)'; folded photo"
    )
    return TCase(
        "ra22_my_restoran", "MY", "en", "Malaysian restaurant (SST)", case, r.image(), r.lines, k, spec
    )


def ra23_ph_grocery(rng: random.Random) -> TCase:
    k = VKey("PHP", "PHP")
    t = when(rng, 2023, 8, 21)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    exempt = menu(
        rng,
        "RICE DINORADO 5KG 320.00; EGGS LARGE 12S 96.00; TILAPIA PER KG 150.00; KANGKONG BUNDLE 20.00; "
        "TOMATO PER KG 80.00; BANANA LAKATAN KG 90.00; PORK KASIM KG 310.00",
        rng.randint(2, 4),
    )
    vatable = menu(
        rng,
        "LUCKY ME PANCIT CANTON 6S 96.00; NESCAFE 3IN1 10S 89.50; COKE 1.5L 78.00; SAFEGUARD SOAP 3S 142.00; "
        "DATU PUTI VINEGAR 1L 48.75; ALASKA EVAP 370ML 42.50; SKYFLAKES 10S 67.25; DOWNY 1L 198.00",
        rng.randint(3, 5),
        qmax=3,
    )
    r.center(k.company("BAYANIHAN GROCERY"), face="dmono-b", hy=2.0)
    r.center(f"Owned & Operated by: {k.alt('Bayanihan Retail Corp.')}")
    r.block(k.address("123 Rizal Ave., Brgy. Poblacion", "Makati City, Metro Manila"), "c")
    r.center(f"VAT REG TIN: {ph_tin(rng)}")
    r.center(f"MIN: {digits(rng, 14)}")
    r.center(f"S/N: {rng.choice(['FV', 'KX', 'TJ'])}{digits(rng, 8)}")
    r.rule("-")
    r.center("OFFICIAL RECEIPT", face="dmono-b")
    r.lr(f"OR#: {digits(rng, 10)}", f"TRM#: {rng.randint(1, 12):03d}")
    r.lr(k.date(t, "%m/%d/%Y"), hm(t, True))
    r.rule("-")
    for (name, qty, unit, amt), tag in [(e, "E") for e in exempt] + [(v, "V") for v in vatable]:
        r.text(fit(name, 42))
        r.lr(f"  {qty} @ {money(unit)}", f"{money(amt)} {tag}")
    ex, vt = amounts(exempt), amounts(vatable)
    total = ex + vt
    vat = q2(vt * 12 / 112)
    r.rule("-")
    r.lr("TOTAL", f"PHP {k.total(total)}", face="dmono-b", hy=1.8)
    paid = tendered(rng, total, (20, 50, 100, 500, 1000))
    r.lr("CASH", money(paid))
    r.lr("CHANGE", money(paid - total))
    r.rule("-")
    r.lr("VATable Sales", money(vt - vat))
    r.lr("VAT-Exempt Sales", money(ex))
    r.lr("Zero-Rated Sales", "0.00")
    r.lr("VAT Amount (12%)", money(vat))
    r.lr("No. of Items", str(sum(q for _, q, *_ in exempt + vatable)))
    r.rule("-")
    r.text("Customer Name: ________________________")
    r.text("Address: ______________________________")
    r.text("TIN: __________________________________")
    r.text(f"Accred. No. 0{digits(rng, 14)}")
    r.text(f"PTU No. FP{digits(rng, 6)}-{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 5)}")
    r.center("THIS SERVES AS AN OFFICIAL RECEIPT")
    r.center("Salamat po! Come again")
    spec = scan(rng, 200, "png", rotate=180, lid=(238, 238, 234))
    case = (
        "'Owned & Operated by' Corp. line, VAT REG TIN/MIN/S/N, E and V lines, VAT summary, 2023; upside down"
    )
    return TCase(
        "ra23_ph_grocery",
        "PH",
        "en",
        "Philippine grocery official receipt",
        case,
        r.image(),
        r.lines,
        k,
        spec,
    )


def yen_tax(gross: Decimal, rate: int) -> Decimal:
    return (gross * rate / (100 + rate)).quantize(Decimal(1), ROUND_DOWN)


def ra24_jp_airport(rng: random.Random) -> TCase:
    k = VKey("JPY", "¥")
    t = when(rng, 2025, 6, 21)
    r = TRoll(80, 40, "dmono", pitch=1.35)
    food = menu(
        rng,
        "Tokyo Banana 8pcs 1296; Matcha KitKat 12pcs 1080; Sencha Green Tea 100g 1620; "
        "Shiroi Koibito 12pcs 1296; Yokan Red Bean 1404; Rice Crackers Assort 1188; Wagashi Box 9pcs 2160",
        rng.randint(1, 3),
        qmax=2,
    )
    goods = menu(
        rng,
        "Sake Junmai Ginjo 720ml 2310; Furoshiki Cloth 1650; Chopsticks Set 2200; Tenugui Towel 1100; "
        "Daruma Keychain 880; Sake Cup Set 3300; Folding Fan 1980",
        rng.randint(1, 3),
    )
    r.big(k.company("SORA MIYAGE"), face="dmono-b", height=6.0)
    r.center("Haneda Airport Gift Shop")
    r.center(k.alt("Sora Shoji Co., Ltd."))
    r.block(k.address("Haneda Airport Terminal 3, 3F", "2-6-5 Hanedakuko, Ota-ku, Tokyo"), "c")
    r.center(f"TEL 03-{digits(rng, 4)}-{digits(rng, 4)}")
    r.center(f"Registration No. {t_number(rng)}")
    r.rule("-")
    r.center("RYOSHUSHO / RECEIPT", face="dmono-b")
    r.text(f"{k.date(t, '%Y/%m/%d')} ({t:%a}) {hm(t)}")
    r.text(f"Reg {rng.randint(1, 6):02d}  No.{digits(rng, 4)}  Staff {digits(rng, 3)}")
    r.rule("-")
    for (name, qty, unit, amt), mark in [(f, "*") for f in food] + [(g, " ") for g in goods]:
        if qty > 1:
            r.lr(f"{mark}{fit(name, 26)}", "")
            r.lr(f"   {qty} x @{money(unit, 'us', 0)}", f"¥{money(amt, 'us', 0)}")
        else:
            r.lr(f"{mark}{fit(name, 26)}", f"¥{money(amt, 'us', 0)}")
    low, high = amounts(food), amounts(goods)
    total = low + high
    r.rule("-")
    r.lr(f"Subtotal ({sum(q for _, q, *_ in food + goods)} items)", f"¥{money(total, 'us', 0)}")
    r.lr("TOTAL", f"¥{k.total(total, 'us', 0)}", face="dmono-b", hy=2.0)
    r.lr(f"(10% taxable ¥{money(high, 'us', 0)}", f"tax ¥{money(yen_tax(high, 10), 'us', 0)})")
    r.lr(f"( 8% taxable ¥{money(low, 'us', 0)}", f"tax ¥{money(yen_tax(low, 8), 'us', 0)})")
    r.lr(f"Credit {rng.choice(['VISA', 'Mastercard', 'JCB', 'AMEX'])}", f"¥{money(total, 'us', 0)}")
    r.text("* = reduced tax rate item (8%)")
    r.rule("-")
    r.center("Arigato gozaimashita!")
    r.center("Have a nice flight")
    spec = photo(rng, "white", 4, paper=["fold"], folds=1, crumple=0.08, quality=82, long=2400)
    case = (
        "romaji/English airport shop, brand over Co., Ltd., T-number, * reduced 8 % items, whole-yen '¥6,336'"
    )
    return TCase(
        "ra24_jp_airport", "JP", "en", "Japanese airport shop (romaji)", case, r.image(), r.lines, k, spec
    )


CASES = [ra22_my_restoran, ra23_ph_grocery, ra24_jp_airport]
