"""Set V receipts 4-6: a Novi Sad pharmacy's fiscal receipt (ESIR/PFR block, PIB, tax labels Đ/E, QR), a
Bratislava café's eKasa doklad (IČO, DIČ, IČ DPH, OKP code, 23/19 % DPH) and a Ljubljana gostilna's račun
(ID za DDV, ZOI/EOR, DDV 9,5/22 %, date written 15. 3. 2025)."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from outside_common_k import money
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll
from outside_common_v import VKey, ico_sk, pib_rs


def v04_rs_pharmacy(rng: random.Random) -> TCase:
    k = VKey("RSD", "RSD")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 40, "dmono", pitch=1.3)
    meds = menu(
        rng,
        "Brufen 400mg 30 tbl 345.00; Febricet 500mg 12 tbl 189.00; Vitamin C 1000 20 tbl 520.00; "
        "Panklav 625mg 14 tbl 612.00; Probiotik kaps 20 1150.00; Kapi za nos 10ml 298.00",
        rng.randint(2, 3),
        qmax=2,
    )
    cosm = menu(rng, "Krema za ruke 75ml 390.00; Šampon 250ml 649.00; Flasteri 20 kom 240.00", 1, qmax=2)
    r.center(k.company("APOTEKA LIPA"), face="dmono-b", wx=1.5, hy=2.0)
    r.block(k.address("Bulevar oslobođenja 12", "21000 Novi Sad"), "c")
    r.center("============ FISKALNI RAČUN ============"[1:-1])
    pib = pib_rs(rng)
    r.lr("PIB:", pib)
    r.lr("Preduzeće:", k.alt("LIPA FARM DOO NOVI SAD"))
    r.lr("Mesto prodaje:", "APOTEKA LIPA 3")
    r.lr("Kasir:", rng.choice(["Jelena", "Milica", "Dragan"]))
    r.lr("ESIR broj:", f"{rng.randint(100, 999)}/2.{rng.randint(0, 9)}")
    r.center("----------- PROMET PRODAJA -----------")
    cols(r, ["Naziv", "Cena", "Kol.", "Ukupno"], [14, -10, -5, -11])
    g20 = g10 = Decimal(0)
    for name, qty, unit, amt in meds + cosm:
        low = (name, qty, unit, amt) in meds
        r.text(f"{fit(name, 34)} ({'E' if low else 'Đ'})")
        cols(r, ["", money(unit, "eu"), str(qty), money(amt, "eu")], [14, -10, -5, -11])
        g10 += amt if low else 0
        g20 += 0 if low else amt
    total = g10 + g20
    r.rule("-")
    r.lr("Ukupan iznos:", k.total(total, "eu"), face="dmono-b")
    card = rng.random() < 0.6
    r.lr("Platna kartica:" if card else "Gotovina:", money(total, "eu"))
    r.rule("=")
    cols(r, ["Oznaka", "Ime", "Stopa", "Porez"], [8, 9, -10, -13])
    taxes = [("Đ", "O-PDV", 20, g20), ("E", "P-PDV", 10, g10)]
    for mark, nm, rate, g in taxes:
        cols(r, [mark, nm, f"{rate},00%", money(vat_in(g, Decimal(rate))[1], "eu")], [8, 9, -10, -13])
    r.rule("-")
    r.lr("Ukupan iznos poreza:", money(sum((vat_in(g, Decimal(x))[1] for *_, x, g in taxes)), "eu"))
    r.rule("=")
    r.lr("PFR vreme:", f"{k.date(t, '%d.%m.%Y.')} {hm(t, True)}")
    code = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVZ23456789") for _ in range(8))
    r.lr("PFR broj računa:", f"{code}-{code[::-1]}-{rng.randint(1000, 9999)}")
    r.lr("Brojač računa:", f"{rng.randint(1000, 9999)}/{rng.randint(10000, 20000)}PP")
    r.center("Iznosi su u RSD")
    r.rule("=")
    r.qr(rng, 26)
    r.center("======== KRAJ FISKALNOG RAČUNA ========")
    spec = {"place": "table", "table": "grey", "angle": rng.uniform(-3, 3), "kind": "photo", "fmt": "jpg"}
    spec |= {"quality": 82, "long": 2600, "rotate": 90}
    case = (
        "name and address over the fiscal block (PIB, DOO as Preduzeće), labels Đ/E, PFR time '15.03.2025.'"
    )
    return TCase("v04_rs_pharmacy", "RS", "sr", "Serbian pharmacy", case, r.image(), r.lines, k, spec)


def v05_sk_cafe(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    drinks = menu(
        rng,
        "Espresso 2.20; Cappuccino 3.40; Flat white 3.90; Čaj zelený 2.80; Kofola 0,3l 2.50; "
        "Minerálka 0,33l 2.30; Limonáda domáca 3.90; Horúca čokoláda 3.60",
        rng.randint(2, 4),
        qmax=2,
    )
    food = menu(rng, "Croissant maslový 2.40; Cheesecake 4.50; Bageta šunka 5.20; Medovník 3.90", 1, qmax=2)
    r.center(k.company("KAVIAREŇ MODRÝ DVOR"), face="lmono-b", hy=1.8)
    r.center(k.alt("Modrý dvor s.r.o."))
    r.block(k.address("Panská 18", "811 01 Bratislava"), "c")
    dic = f"202{digits(rng, 7)}"
    r.center(f"IČO: {ico_sk(rng)}  DIČ: {dic}")
    r.center(f"IČ DPH: SK{dic}")
    r.center(f"Kód pokladnice: {digits(rng, 17)}")
    r.rule("-")
    r.center("POKLADNIČNÝ DOKLAD", face="lmono-b")
    r.text(f"Číslo dokladu: {rng.randint(100, 9999)}")
    r.rule("-")
    g23 = g19 = Decimal(0)
    for name, qty, unit, amt in drinks + food:
        eat = (name, qty, unit, amt) in food
        r.lr(f"{fit(name, 22)} {qty} x {money(unit, 'eu')}", f"{money(amt, 'eu')} {'B' if eat else 'A'}")
        g19 += amt if eat else 0
        g23 += 0 if eat else amt
    total = g23 + g19
    r.rule("-")
    r.lr("SPOLU EUR", k.total(total, "eu"), face="lmono-b", hy=1.8)
    r.lr(rng.choice(["Platba kartou", "Hotovosť"]), money(total, "eu"))
    r.rule("-")
    for code, rate, g in (("A", 23, g23), ("B", 19, g19)):
        net, vat = vat_in(g, Decimal(rate))
        r.lr(f"{code} {rate}% Základ {money(net, 'eu')}", f"DPH {money(vat, 'eu')}")
    r.rule("-")
    r.text(f"Dátum: {k.date(t, '%d.%m.%Y')} {hm(t, True)}")
    okp = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    r.text("OKP: " + "-".join(okp[i : i + 8] for i in range(0, 40, 8))[:37])
    r.text(f"UID: O-{uuid.UUID(int=rng.getrandbits(128)).hex[:32].upper()}")
    r.center("Ďakujeme za návštevu!")
    spec = {"paper": ["grey"], "place": "glass", "lid": (234, 234, 230), "margin": (12, 10)}
    spec |= {"angle": rng.uniform(-1.5, 1.5), "kind": "scan", "dpi": 200, "fmt": "jpg", "quality": 78}
    case = (
        "s.r.o. legal name, IČO/DIČ/IČ DPH, eKasa pokladničný doklad, "
        "23/19 % DPH, OKP and UID; faded grey scan"
    )
    return TCase("v05_sk_cafe", "SK", "sk", "Slovak café", case, r.image(), r.lines, k, spec)


def v06_si_gostilna(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    food = menu(
        rng,
        "Goveja juha z rezanci 4.50; Ričet 7.90; Kranjska klobasa 9.80; Štruklji s skuto 8.50; "
        "Dunajski zrezek 15.90; Postrv na žaru 17.50; Prekmurska gibanica 5.90; Potica 4.80",
        rng.randint(2, 4),
        qmax=2,
    )
    drinks = menu(rng, "Cviček 0,2l 3.20; Laško pivo 0,5l 3.90; Radenska 0,25l 2.60; Kava 1.80", 2, qmax=3)
    r.center(k.company("GOSTILNA PRI LIPI"), face="dmono-b", hy=2.0)
    r.center(k.alt("Lipa gostinstvo d.o.o."))
    r.block(k.address("Trubarjeva cesta 22", "1000 Ljubljana"), "c")
    r.center(f"ID za DDV: SI{digits(rng, 8)}")
    r.rule("-")
    r.text(f"RAČUN št.: PP1-BL{rng.randint(1, 3)}-{rng.randint(1000, 9999)}")
    r.text(f"Datum: {k.date(t, '%-d. %-m. %Y')} ob {hm(t)}")
    r.text(f"Miza: {rng.randint(1, 20)}   Natakar: {rng.choice(['Rok', 'Nina', 'Matej'])}")
    r.rule("-")
    g95 = g22 = Decimal(0)
    for name, qty, unit, amt in food + drinks:
        eat = (name, qty, unit, amt) in food
        r.lr(f"{qty} x {fit(name, 26)}", money(amt, "eu"))
        g95 += amt if eat else 0
        g22 += 0 if eat else amt
    total = g95 + g22
    r.rule("=")
    r.lr("ZA PLAČILO EUR", k.total(total, "eu"), face="dmono-b", hy=2.0)
    r.lr("Plačilna kartica", money(total, "eu"))
    r.rule("-")
    cols(r, ["Stopnja", "Osnova", "DDV", "Skupaj"], [10, -11, -9, -12])
    for rate, label, g in ((Decimal("9.5"), "9,5 %", g95), (Decimal(22), "22 %", g22)):
        net, vat = vat_in(g, rate)
        cols(r, [label, money(net, "eu"), money(vat, "eu"), money(g, "eu")], [10, -11, -9, -12])
    r.rule("-")
    r.text(f"ZOI: {uuid.UUID(int=rng.getrandbits(128)).hex}")
    r.text(f"EOR: {uuid.UUID(int=rng.getrandbits(128))}")
    r.center("Hvala za obisk!")
    spec = {"place": "table", "table": "marble", "angle": rng.uniform(-6, 6), "kind": "photo", "fmt": "jpg"}
    spec |= {"quality": 84, "long": 2400}
    case = (
        "d.o.o. legal name, ID za DDV, date '7. 3. 2025' with spaces, DDV 9,5/22 %, ZOI/EOR; photo on marble"
    )
    return TCase("v06_si_gostilna", "SI", "sl", "Slovenian gostilna", case, r.image(), r.lines, k, spec)


CASES = [v04_rs_pharmacy, v05_sk_cafe, v06_si_gostilna]
