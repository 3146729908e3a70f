"""Set X receipts 1-3: a Vilnius supermarket's kvitas (UAB legal name in „quotes", PVM and company codes,
ISO date, PVM 21 %), a Luxembourg taximeter receipt on 58 mm (S.à r.l., TVA LU, licence and plate, tariff
and km, TVA 3 %) and a Sarajevo pharmacy's fiscal račun (JIB, PDV broj, IBFM, '23,45 KM', PDV 17 %)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import jib_ba, photo, pvm_lt, scan, tva_lu


def x01_lt_supermarket(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 8, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Duona Bočių 800g 1.79; Pienas 2.5% 1L 1.15; Kiaušiniai M 10vnt 2.69; Varškė 9% 200g 1.39; "
        "Sūris Džiugas 180g 3.99; Obuoliai Lietuviški kg 1.29; Bulvės kg 0.69; Kefyras 1L 1.09; "
        "Rūkyta dešra 300g 3.49; Kava Paulig 500g 6.99; Šaltibarščių rinkinys 2.19; Agurkai kg 2.49",
        rng.randint(4, 7),
        qmax=3,
    )
    r.big(k.company("TAUPA"), face="dmono-b", height=6.5)
    r.center(k.alt("UAB „Taupos prekyba“"))
    r.block(k.address("Kalvarijų g. 143", "LT-08221 Vilnius"), "c")
    r.center(f"Įmonės kodas {digits(rng, 9)}")
    r.center(f"PVM mokėtojo kodas {pvm_lt(rng)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.lr(fit(name, 32), f"{money(amt)} A")
        if qty > 1:
            r.text(f"   {qty} x {money(unit)}")
    total = sum((a for *_, a in items), Decimal(0))
    disc = q2(total * Decimal("0.05")) if rng.random() < 0.5 else Decimal(0)
    if disc:
        r.lr("Taupa kortelės nuolaida", f"-{money(disc)}")
    pay = total - disc
    r.rule("=")
    r.lr("MOKĖTI EUR", k.total(pay), face="dmono-b", hy=1.8)
    card = rng.random() < 0.6
    given = pay if card else tendered(rng, pay, (1, 5, 10, 20, 50))
    r.lr("Mokėjimo kortelė" if card else "Grynieji", money(given))
    if not card:
        r.lr("Grąža", money(given - pay))
    r.rule("-")
    net, vat = vat_in(pay, Decimal(21))
    cols(r, ["PVM", "Be PVM", "PVM", "Su PVM"], [10, -11, -10, -11])
    cols(r, ["A 21%", money(net), money(vat), money(pay)], [10, -11, -10, -11])
    r.rule("-")
    r.text(f"{k.date(t, '%Y-%m-%d')} {hm(t, True)}  Kasa {rng.randint(1, 9)}")
    r.text(f"Kvito Nr. {digits(rng, 6)}  Kasininkas {rng.choice(['Rūta', 'Jonas', 'Eglė'])}")
    r.text(f"Kasos aparato Nr. KA{digits(rng, 8)}")
    r.center("AČIŪ, KAD PERKATE!")
    spec = photo(rng, "wood", 4, paper=["crumple"], crumple=0.11, quality=80, long=2500)
    case = "brand over UAB „...“ legal name, įmonės and PVM codes, 'MOKĖTI EUR', ISO date at the foot"
    return TCase(
        "x01_lt_supermarket", "LT", "lt", "Lithuanian supermarket", case, r.image(), r.lines, k, spec
    )


def x02_lu_taxi(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 6, 23)
    r = TRoll(58, 32, "lmono", pitch=1.3)
    km = Decimal(rng.randint(30, 260)) / 10
    start, per_km = Decimal("2.90"), Decimal(rng.choice(["2.60", "2.80"]))
    wait = Decimal(rng.randint(0, 8)) * Decimal("0.50")
    fare = q2(start + km * per_km + wait)
    r.center(k.company("TAXI LUX EXPRESS"), face="lmono-b")
    r.center(k.alt("Lux Express Taxis S.à r.l."))
    r.block(k.address("12, rue de Hollerich", "L-1741 Luxembourg"), "c")
    r.center(f"TVA {tva_lu(rng)}")
    r.center(f"RCS B{rng.randint(100000, 289999)}")
    r.rule("-")
    r.text(f"Licence n° {rng.randint(100, 999)}")
    r.text(f"Véhicule {rng.choice(['TX', 'LX'])} {digits(rng, 4)}")
    r.text(f"Chauffeur {digits(rng, 4)}")
    r.text(f"Date {k.date(t, '%d/%m/%Y')}")
    end = t + timedelta(minutes=rng.randint(8, 35))
    r.lr("Début", hm(t))
    r.lr("Fin", hm(end))
    r.lr("Distance", f"{money(km, 'eu', 1)} km")
    r.rule("-")
    r.lr("Prise en charge", money(start, "eu"))
    r.lr(f"Tarif 1  {money(per_km, 'eu')}/km", money(q2(km * per_km), "eu"))
    r.lr("Attente", money(wait, "eu"))
    r.rule("=")
    r.lr("TOTAL EUR", k.total(fare, "eu"), face="lmono-b", hy=1.6)
    net, vat = vat_in(fare, Decimal(3))
    r.lr("dont TVA 3%", money(vat, "eu"))
    r.lr("Montant HT", money(net, "eu"))
    r.text(rng.choice(["Payé en espèces", "Payé par carte"]))
    r.center("Merci et bonne route")
    spec = scan(rng, 300, "tif", paper=["fold"], folds=1, crumple=0.09, margin=(14, 12))
    case = "58 mm taximeter slip, S.à r.l. legal name, TVA LU / RCS, licence and plate, km, TVA 3 %; folded"
    return TCase("x02_lu_taxi", "LU", "fr", "Luxembourg taxi", case, r.image(), r.lines, k, spec)


def x03_ba_pharmacy(rng: random.Random) -> TCase:
    k = VKey("BAM", "KM")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 40, "lmono", pitch=1.3)
    items = menu(
        rng,
        "BRUFEN 400MG TBL 30X 6.85; CAFFETIN TBL 12X 4.20; ASPIRIN C SUM 10X 8.90; VITAMIN C 1000 20X 9.50; "
        "NAZOL SPREJ 10ML 7.40; BEPANTHEN KREMA 30G 12.60; PLIVIT D3 KAPI 11.90; FERVEX VRECICE 8X 14.30; "
        "PROBIOTIK KAPS 10X 16.80; FLASTER 20KOM 3.50",
        rng.randint(2, 4),
        qmax=2,
    )
    r.center(k.company("APOTEKA VITALIS"), face="lmono-b", wx=1.3, hy=2.0)
    r.center(k.alt("VITALIS d.o.o. Sarajevo"))
    r.block(k.address("Titova 17", "71000 Sarajevo"), "c")
    r.center(f"JIB: {jib_ba(rng)}")
    r.center(f"PDV broj: 2{digits(rng, 11)}")
    r.rule("-")
    r.center("FISKALNI RAČUN", face="lmono-b")
    r.lr(f"Broj: {digits(rng, 6)}", f"Kasa: {rng.randint(1, 4)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 40))
        r.lr(f"  {qty} x {money(unit, 'eu')}", f"{money(amt, 'eu')} E")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("UKUPNO KM", k.total(total, "eu"), face="lmono-b", hy=1.8)
    cash = rng.random() < 0.5
    paid = tendered(rng, total, (1, 5, 10, 20, 50)) if cash else total
    r.lr("GOTOVINA" if cash else "KARTICA", money(paid, "eu"))
    if cash:
        r.lr("POVRAT", money(paid - total, "eu"))
    net, vat = vat_in(total, Decimal(17))
    r.lr("Osnovica E 17%", money(net, "eu"))
    r.lr("PDV E 17%", money(vat, "eu"))
    r.rule("-")
    r.text(f"{k.date(t, '%d.%m.%Y.')} {hm(t, True)}")
    r.text(f"BF: {digits(rng, 6)}  ZR: {digits(rng, 4)}")
    r.text(f"IBFM: {rng.choice(['AC', 'BK', 'DE'])}{digits(rng, 6)}")
    r.center("FISKALNI RAČUN", face="lmono-b")
    r.center("Hvala na povjerenju!")
    spec = scan(rng, 200, "jpg", rotate=180, quality=82)
    case = "d.o.o. legal name, JIB and PDV broj, label E, 'UKUPNO KM', IBFM, 'DD.MM.YYYY.'; upside down"
    return TCase("x03_ba_pharmacy", "BA", "bs", "Bosnian pharmacy", case, r.image(), r.lines, k, spec)


CASES = [x01_lt_supermarket, x02_lu_taxi, x03_ba_pharmacy]
