"""Set V receipts 1-3: a Iași supermarket's bon fiscal (lei, CIF, TVA rates of the date, ID unic), a Sofia
airport duty-free receipt in English with leva and euro both printed, and a Zagreb bakery's račun (EUR,
OIB, ZKI and JIR fiscal codes, date with a trailing dot)."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey, cui_ro, eik_bg, oib_hr


def v01_ro_supermarket(rng: random.Random) -> TCase:
    k = VKey("RON", "LEI")
    t = when(rng, 2025, 8, 22)
    high, low = (21, 11) if t.date() >= date(2025, 8, 1) else (19, 9)
    r = TRoll(80, 40, "lmono", pitch=1.3)
    food = menu(
        rng,
        "PAINE FELIATA 500G 6.49; LAPTE 3.5% 1L 8.99; OUA M 10BUC 13.49; CASCAVAL 400G 21.99; "
        "IAURT GRECESC 4.79; MERE GOLDEN KG 5.99; CARTOFI ALBI KG 2.99; ULEI FLOARE 1L 9.49; "
        "ZAHAR 1KG 5.29; CAFEA MACINATA 250G 18.99; SALAM SASESC 14.89; ROSII KG 9.99",
        rng.randint(4, 7),
        qmax=3,
    )
    other = menu(rng, "DETERGENT VASE 900ML 11.99; HARTIE IGIENICA 8R 19.99; APA PLATA 2L 3.29", 1, qmax=2)
    r.center(k.company("VITAMARKET"), face="lmono-b", wx=1.6, hy=2.0)
    r.center(k.alt("S.C. VITAMARKET RETAIL S.R.L."))
    r.block(k.address("STR. PACURARI NR. 121", "IASI, JUD. IASI"), "c")
    r.center(f"C.I.F.: {cui_ro(rng)}")
    r.center(f"NR. REG. COM.: J22/{rng.randint(100, 3999)}/20{rng.randint(5, 19):02d}")
    r.rule("-")
    gross = {"A": Decimal(0), "B": Decimal(0)}
    for name, qty, unit, amt in food + other:
        code = "A" if (name, qty, unit, amt) in other else "B"
        r.text(f"{qty}.000 BUC x {money(unit)}")
        r.lr(fit(name, 30), f"{money(amt)} {code}")
        gross[code] += amt
    total = gross["A"] + gross["B"]
    r.rule("-")
    r.lr("SUBTOTAL", money(total))
    r.lr("TOTAL", k.total(total), face="lmono-b", hy=1.8)
    cash = rng.random() < 0.5
    paid = tendered(rng, total, (1, 5, 10, 50, 100)) if cash else total
    r.lr("NUMERAR" if cash else "CARD", money(paid))
    if cash:
        r.lr("REST", money(paid - total))
    r.rule("-")
    for code, rate in (("A", high), ("B", low)):
        r.lr(f"TOTAL TVA {code} {rate},00%", money(vat_in(gross[code], Decimal(rate))[1]))
    r.lr("TOTAL TVA BON", money(sum((vat_in(gross[c], Decimal(x))[1] for c, x in (("A", high), ("B", low))))))
    r.rule("-")
    r.center("BON FISCAL", face="lmono-b")
    r.lr(f"DATA: {k.date(t, '%d/%m/%Y')}", f"ORA: {hm(t, True)}")
    r.text(f"BON: {digits(rng, 4)}  Z: {digits(rng, 4)}  CASA: {rng.randint(1, 9)}")
    r.text(f"ID UNIC: {digits(rng, 10)}{digits(rng, 10)}")
    r.center("LEI - VA MULTUMIM!")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.11,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-4, 4),
    }
    spec |= {"kind": "photo", "fmt": "jpg", "quality": 80, "long": 2500}
    case = (
        "S.R.L. legal name under the shop name, CIF, '1.000 BUC x' "
        "lines, TVA A/B, date DD/MM/YYYY at the foot"
    )
    return TCase("v01_ro_supermarket", "RO", "ro", "Romanian supermarket", case, r.image(), r.lines, k, spec)


def v02_bg_dutyfree(rng: random.Random) -> TCase:
    k = VKey("BGN", "BGN")
    day = date(2025, 8, 10) + timedelta(days=rng.randrange(0, 140))
    t = datetime(day.year, day.month, day.day, rng.randint(5, 21), rng.randint(0, 59), rng.randint(0, 59))
    rate = Decimal("1.95583")
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Johnnie Walker Black 1L 78.90; Bulgarian Rose Oil 10ml 45.50; Tomatin 12Y 70cl 89.00; "
        "Mastika Peshtera 1L 24.90; Rakia Burgas 63 1L 32.40; "
        "Toblerone 360g 19.90; Chanel No5 EDP 50ml 279.00; "
        "Marlboro Gold 200 119.00; Lindt Lindor 337g 29.90; Rose Hand Cream 75ml 14.50",
        rng.randint(2, 4),
        qmax=2,
    )
    r.big(k.company("SOFIA DUTY FREE"), face="dmono-b", height=4.2)
    r.center(k.alt("Travel Retail Bulgaria EOOD"))
    r.block(k.address("Sofia Airport, Terminal 2", "Departures, Airside", "1540 Sofia, Bulgaria"), "c")
    eik = eik_bg(rng)
    r.center(f"EIK {eik}  VAT No BG{eik}")
    r.rule("=")
    r.center("FISCAL RECEIPT")
    r.lr(f"Receipt {digits(rng, 7)}", f"POS {rng.randint(1, 12):02d}")
    r.lr(
        f"Flight {rng.choice(['FB471', 'W64312', 'LH1427', 'OS796'])}",
        f"Seat {rng.randint(2, 32)}{rng.choice('ACDF')}",
    )
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} x {money(unit)} BGN", f"{money(amt)} A")
        r.lr("", f"{money(q2(amt / rate))} EUR")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL BGN", k.total(total), face="dmono-b", hy=1.8)
    r.lr("TOTAL EUR", money(q2(total / rate)), face="dmono-b")
    r.lr(f"VISA ***{digits(rng, 4)}", f"{money(total)} BGN")
    r.lr("VAT A 20%", money(vat_in(total, Decimal(20))[1]))
    r.text("Fixed rate 1 EUR = 1.95583 BGN")
    r.rule("-")
    r.text(f"{k.date(t, '%d.%m.%Y')} {hm(t, True)}")
    r.text(f"UNP: DT{digits(rng, 6)}-{digits(rng, 4)}-{digits(rng, 7)}")
    r.text(f"FP No {digits(rng, 8)}  FD {digits(rng, 6)}")
    r.center("Thank you and have a nice flight")
    spec = {
        "place": "glass",
        "lid": (216, 216, 212),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "colour": True,
    }
    spec |= {"dpi": 300, "fmt": "jpg", "quality": 84}
    case = (
        "EOOD legal name, EIK/VAT BG, prices and total in leva and "
        "euro (fixed rate), boarding data; DD.MM.YYYY"
    )
    return TCase(
        "v02_bg_dutyfree", "BG", "en", "Bulgarian airport duty-free", case, r.image(), r.lines, k, spec
    )


def v03_hr_bakery(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 6, 14)
    r = TRoll(58, 32, "dmono", pitch=1.3)
    bread = menu(
        rng,
        "Kruh polubijeli 1.60; Kukuruzni kruh 2.10; Kifla 0.45; Burek sir 2.80; Burek meso 2.90; "
        "Integralni kruh 2.40; Pereci 0.60; Zemička 0.50",
        rng.randint(2, 4),
        qmax=4,
    )
    sweet = menu(
        rng, "Croissant čoko 1.50; Štrudla jabuka 2.20; Kava s mlijekom 1.80; Jogurt 1.10", 1, qmax=2
    )
    r.center(k.company("PEKARNICA ZRNO"), face="dmono-b", hy=2.0)
    r.center(k.alt("ZRNO d.o.o."))
    r.block(k.address("Ilica 142", "10000 Zagreb"), "c")
    r.center(f"OIB: {oib_hr(rng)}")
    r.rule("-")
    r.text(f"Račun br: {digits(rng, 4)}/PJ1/1")
    r.text(f"Datum: {k.date(t, '%d.%m.%Y.')} {hm(t, True)}")
    r.text(f"Blagajnik: {rng.choice(['Ana', 'Ivana', 'Marko'])}")
    r.rule("-")
    g5 = g13 = Decimal(0)
    for name, qty, unit, amt in bread + sweet:
        low = (name, qty, unit, amt) in bread
        r.text(fit(name, 32))
        r.lr(f" {qty} x {money(unit, 'eu')}", money(amt, "eu"))
        g5 += amt if low else 0
        g13 += 0 if low else amt
    total = g5 + g13
    r.rule("=")
    r.lr("UKUPNO EUR", k.total(total, "eu"), face="dmono-b", hy=1.8)
    r.lr("Način plaćanja:", rng.choice(["Gotovina", "Kartica"]))
    r.rule("-")
    r.text("Porez   Osnovica   Iznos")
    for rate, g in ((5, g5), (13, g13)):
        net, vat = vat_in(g, Decimal(rate))
        r.text(f"PDV {rate:>2}% {money(net, 'eu'):>9} {money(vat, 'eu'):>7}")
    r.rule("-")
    zki = uuid.UUID(int=rng.getrandbits(128)).hex
    r.text(f"ZKI: {zki[:26]}")
    r.text(f"     {zki[26:]}")
    jir = str(uuid.UUID(int=rng.getrandbits(128)))
    r.text(f"JIR: {jir[:24]}")
    r.text(f"     {jir[24:]}")
    r.center("Hvala i doviđenja!")
    spec = {"paper": ["fade"], "fade": 0.45, "streaks": 3, "place": "glass", "lid": (238, 238, 234)}
    spec |= {"margin": (12, 10), "angle": rng.uniform(-1.5, 1.5), "kind": "scan", "dpi": 200, "fmt": "png"}
    case = "58 mm račun, d.o.o. legal name, OIB, PDV 5/13%, '15.03.2025.' with a trailing dot, ZKI/JIR; faded"
    return TCase("v03_hr_bakery", "HR", "hr", "Croatian bakery", case, r.image(), r.lines, k, spec)


CASES = [v01_ro_supermarket, v02_bg_dutyfree, v03_hr_bakery]
