"""Set V receipts 7-9: a Tallinn bookshop's kviitung taped to an expense sheet (OÜ, reg. kood, KMKR,
books at 9 % and other goods at the standard rate of the date), a Riga taxi's taximeter čeks (SIA legal
name, start and end times, km tariff, 12 % PVN) and a Reykjavík bakery-café's receipt (ehf., kennitala,
whole krónur printed 3.480 kr.)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_t import TCase, TRoll
from outside_common_v import VKey, kennitala


def v07_ee_bookshop(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 9, 20)
    std = 24 if t.date() >= date(2025, 7, 1) else 22
    r = TRoll(80, 42, "nmono", pitch=1.3)
    books = menu(
        rng,
        "Tammsaare. Tõde ja õigus I 24.90; Kross. Keisri hull 19.90; Kivirähk. Rehepapp 17.50; "
        "Eesti-inglise sõnaraamat 32.00; Tallinna vanalinn. Teejuht 14.90; Lutsu. Kevade 12.90; "
        "Python algajale 38.50",
        rng.randint(1, 3),
    )
    other = menu(rng, "Märkmik A5 6.90; Kinkekott 1.50; Järjehoidja 3.50; Pastapliiats 2.90", 1, qmax=2)
    r.center(k.company("RAAMATUPOOD VANA LINN"), face="nmono-b", hy=1.8)
    r.center(k.alt("Vana Linna Raamat OÜ"))
    r.block(k.address("Viru tn 23", "10140 Tallinn"), "c")
    r.center(f"Reg. kood {rng.choice('1')}{digits(rng, 7)}")
    r.center(f"KMKR: EE10{digits(rng, 7)}")
    r.rule("-")
    r.lr(f"Kviitung nr {digits(rng, 6)}", f"Kassa {rng.randint(1, 3)}")
    r.text(f"{k.date(t, '%d.%m.%Y')} {hm(t)}  Müüja: {rng.choice(['Kati', 'Marko', 'Liis'])}")
    r.rule("-")
    g9 = gs = Decimal(0)
    for name, qty, unit, amt in books + other:
        book = (name, qty, unit, amt) in books
        r.text(fit(name, 42))
        r.lr(f"   {qty} x {money(unit, 'eu')}", f"{money(amt, 'eu')} {'B' if book else 'A'}")
        g9 += amt if book else 0
        gs += 0 if book else amt
    total = g9 + gs
    r.rule("-")
    r.lr("KOKKU EUR", k.total(total, "eu"), face="nmono-b", hy=1.8)
    r.lr("Pangakaart", money(total, "eu"))
    r.rule("-")
    for code, rate, g in (("A", std, gs), ("B", 9, g9)):
        net, vat = vat_in(g, Decimal(rate))
        r.lr(f"{code} KM {rate}%  summa {money(net, 'eu')}", f"KM {money(vat, 'eu')}")
    r.rule("-")
    r.center("Aitäh ostu eest!")
    r.center("Tagastamine 14 päeva jooksul")
    spec = {"place": "a4", "at": (28, 30), "angle": rng.uniform(-2, 2), "tape": True}
    spec["marks"] = [
        {"type": "signature", "at": (128, 215), "width": 35},
        {"type": "note", "lines": ["Konverents - raamatud", "projekt 14/2"], "at": (142, 60), "size": 15},
    ]
    spec |= {"kind": "scan", "dpi": 200, "fmt": "pdf"}
    case = (
        "OÜ legal name, reg. kood and KMKR, books at KM 9 %, "
        "DD.MM.YYYY; taped to an A4 expense sheet, PDF scan"
    )
    return TCase("v07_ee_bookshop", "EE", "et", "Estonian bookshop", case, r.image(), r.lines, k, spec)


def v08_lv_taxi(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 6, 22)
    end = t + timedelta(minutes=rng.randint(9, 35))
    r = TRoll(58, 30, "lmono", pitch=1.4)
    km = Decimal(rng.randint(32, 190)) / 10
    per_km, start = Decimal("0.79"), Decimal("1.95")
    ride = q2(km * per_km)
    wait = Decimal(rng.choice(["0.00", "0.40", "1.20"]))
    total = start + ride + wait
    r.center(k.company("BALTIC CAB"), face="lmono-b", wx=1.5, hy=2.0)
    r.center(k.alt('SIA "Baltic Cab"'))
    r.block(k.address("Krasta iela 42", "Rīga, LV-1003"), "c")
    reg = f"4000{digits(rng, 7)}"
    r.center(f"Reģ. Nr. {reg}")
    r.center(f"PVN Nr. LV{reg}")
    r.rule("-")
    r.text(f"ČEKS Nr. {digits(rng, 6)}")
    r.text(f"Auto: {rng.choice(['KX', 'MN', 'TA'])}-{digits(rng, 4)}  Vad.: {digits(rng, 4)}")
    r.text(f"Sākums: {k.date(t, '%d.%m.%Y.')} {hm(t)}")
    r.text(f"Beigas: {end:%d.%m.%Y.} {hm(end)}")
    r.rule("-")
    r.lr("Tarifs 1", f"{money(per_km, 'eu')} EUR/km")
    r.lr("Nobraukts", f"{money(km, 'eu', 1)} km")
    r.lr("Iesēšanās", money(start, "eu"))
    r.lr("Brauciens", money(ride, "eu"))
    r.lr("Gaidīšana", money(wait, "eu"))
    r.rule("=")
    r.lr("KOPĀ EUR", k.total(total, "eu"), face="lmono-b", hy=2.0)
    r.lr("t.sk. PVN 12%", money(vat_in(total, Decimal(12))[1], "eu"))
    r.lr("Samaksāts:", rng.choice(["karte", "skaidrā"]))
    r.rule("-")
    r.center("Paldies par braucienu!")
    r.center(f"Tālr. +371 2{digits(rng, 7)}")
    spec = {"paper": ["fold"], "folds": 1, "crumple": 0.09, "place": "glass", "lid": (240, 240, 236)}
    spec |= {"margin": (14, 12), "angle": rng.uniform(-1.5, 1.5), "kind": "scan", "dpi": 300, "fmt": "tif"}
    case = (
        "58 mm taximeter čeks, SIA legal name in quotes, start/end "
        "'DD.MM.YYYY.', km tariff, PVN 12 %; fold, tif"
    )
    return TCase("v08_lv_taxi", "LV", "lv", "Latvian taxi", case, r.image(), r.lines, k, spec)


def v09_is_bakery(rng: random.Random) -> TCase:
    k = VKey("ISK", "kr.")
    t = when(rng, 2025, 7, 17)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Kanilsnúður 690; Kleina 390; Rúgbrauð heilt 1190; Súrdeigsbrauð 1490; Skyrterta sneið 1250; "
        "Kaffi latte 790; Americano 590; Heitt súkkulaði 750; Pönnukaka m/rjóma 650; Ástarpungur 450",
        rng.randint(3, 5),
        qmax=3,
    )
    r.center(k.company("BRAUÐHÚSIÐ"), face="dmono-b", wx=1.6, hy=2.0)
    r.center(k.alt("Brauðhúsið ehf."))
    r.block(k.address("Laugavegur 51", "101 Reykjavík"), "c")
    r.center(f"Kt. {kennitala(rng)}  VSK nr. {digits(rng, 6)}")
    r.rule("-")
    r.lr(f"Sala nr. {digits(rng, 5)}", f"{k.date(t, '%d.%m.%Y')} {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 24)}", f"{money(amt, 'eu', 0)} kr.")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("Samtals", f"{k.total(total, 'eu', 0)} kr.", face="dmono-b", hy=1.8)
    r.lr(f"Kort {rng.choice(['VISA', 'MASTERCARD'])} ****{digits(rng, 4)}", f"{money(total, 'eu', 0)} kr.")
    net = (total / Decimal("1.11")).quantize(Decimal(1))
    r.lr("Þar af VSK 11%", f"{money(total - net, 'eu', 0)} kr.")
    r.rule("-")
    r.center("Takk fyrir komuna!")
    spec = {"place": "table", "table": "slate", "angle": rng.uniform(-4, 4), "kind": "photo", "fmt": "jpg"}
    spec |= {"quality": 80, "long": 2400}
    case = "ehf. legal name, kennitala, whole krónur '3.480 kr.', VSK 11 % included; photo on a dark table"
    return TCase("v09_is_bakery", "IS", "is", "Icelandic bakery-café", case, r.image(), r.lines, k, spec)


CASES = [v07_ee_bookshop, v08_lv_taxi, v09_is_bakery]
