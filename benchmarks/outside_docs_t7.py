"""Set T receipts 19-21: a Brussels brasserie's ticket in French with its Bancontact slip stapled below (tip
added on the terminal), a Prague bookshop's účtenka (Kč, IČO/DIČ, books at 0 % and stationery at 21 %,
Czech month name) and a Hungarian fuel station's nyugta (forint without fillér, 27 % ÁFA, year-first date)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money
from outside_common_r import digits, fit, hm, menu, stack, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TKey, TRoll


def t19_be_brasserie(rng: random.Random) -> TCase:
    k = TKey("EUR", "EUR")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    food = menu(
        rng,
        "Croquettes crevettes 16.50; Moules marinière 26.00; Carbonnade flamande 22.50; "
        "Vol-au-vent 21.00; Steak frites 27.50; Waterzooi 23.00; Dame blanche 8.50; Gaufre 7.00",
        rng.randint(2, 4),
        qmax=2,
    )
    drinks = menu(
        rng,
        "Orval 33cl 6.50; Duvel 33cl 5.80; Kriek 25cl 4.80; Eau plate 50cl 4.50; Café 3.20; Coca-Cola 3.60",
        rng.randint(2, 3),
        qmax=3,
    )
    r.center(k.company("BRASSERIE LE SABLON"), face="dmono-b", hy=2.0)
    r.center(k.alt("SRL Les Amis du Sablon"))
    r.block(k.address("Rue de la Régence 12", "1000 Bruxelles"), "c")
    r.center(f"TVA BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}")
    r.rule("-")
    r.lr(f"Table {rng.randint(1, 40)}", f"Couverts {rng.randint(2, 4)}")
    r.lr(f"Ticket n° {digits(rng, 6)}", f"Serveur: {rng.choice(['Karim', 'Sofie', 'Luc'])}")
    r.rule("-")
    g12 = g21 = Decimal(0)
    for name, qty, _unit, amt in food + drinks:
        rate = 21 if (name, qty, _unit, amt) in drinks else 12
        r.lr(f"{qty} {fit(name, 26)}", f"{money(amt, 'eu')} {'B' if rate == 12 else 'A'}")
        g12 += amt if rate == 12 else 0
        g21 += amt if rate == 21 else 0
    total = g12 + g21
    r.rule("-")
    r.lr("TOTAL TVAC EUR", money(total, "eu"), face="dmono-b", hy=2.0)
    r.lr("Bancontact", money(total, "eu"))
    r.rule("-")
    cols(r, ["Taux", "HTVA", "TVA", "TVAC"], [10, -10, -10, -12])
    for code, rate, gross in (("A", 21, g21), ("B", 12, g12)):
        net, vat = vat_in(gross, Decimal(rate))
        cols(
            r,
            [f"{code} {rate}%", money(net, "eu"), money(vat, "eu"), money(gross, "eu")],
            [10, -10, -10, -12],
        )
    r.rule("-")
    r.text(f"{k.date(t, '%d/%m/%Y')} {hm(t, True)}  SCE BMC{digits(rng, 8)}")
    r.text(f"Ticket de caisse - FDM {digits(rng, 6)}/{digits(rng, 4)}")
    r.center("Merci et à bientôt !")
    tip = Decimal(rng.choice(["2.00", "3.50", "5.00", "4.00"]))
    s = TRoll(58, 24, "lmono", pitch=1.3, top=9)
    pay = t + timedelta(minutes=rng.randint(40, 110))
    for line in ("BANCONTACT", "PAIEMENT", "SANS CONTACT"):
        s.center(line)
    s.text("BRASSERIE LE SABLON")
    s.text("BRUXELLES")
    s.text(f"Terminal {digits(rng, 8)}")
    s.text(f"{pay:%d/%m/%Y} {hm(pay)}")
    s.text(f"Carte ************{digits(rng, 4)}")
    s.lr("Montant", money(total, "eu"))
    s.lr("Pourboire", money(tip, "eu"))
    s.lr("TOTAL EUR", k.total(total + tip, "eu"), face="lmono-b")
    s.center("Autorisation OK")
    s.center("Ticket client")
    image = stack(r.image(), s.image(), overlap=6, dx=rng.uniform(8, 18), angle=rng.uniform(-4, 4))
    spec = {
        "place": "glass",
        "lid": (214, 214, 210),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "colour": True,
        "dpi": 300,
        "fmt": "jpg",
        "quality": 82,
    }
    case = (
        "SRL legal name under the name, TVA 12/21% summary, date at the foot, Bancontact slip + tip stapled"
    )
    return TCase(
        "t19_be_brasserie",
        "BE",
        "fr",
        "Belgian brasserie + Bancontact slip",
        case,
        image,
        r.lines + s.lines,
        k,
        spec,
    )


def t20_cz_bookshop(rng: random.Random) -> TCase:
    k = TKey("CZK", "Kč")
    t = when(rng, 2025, 9, 19)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    books = menu(
        rng,
        "Čapek: Válka s mloky 349; Hrabal: Obsluhoval jsem 399; Kundera: Žert 429; Němcová: Babička 249; "
        "Průvodce Praha 2025 299; Atlas světa 599; Dětská encyklopedie 449; Kuchařka české kuchyně 499",
        rng.randint(1, 3),
    )
    other = menu(
        rng,
        "Záložka kožená 89; Pohlednice Praha 25; Diář 2026 A5 279; Propiska Parker 390; Blok A5 69",
        rng.randint(1, 2),
        qmax=3,
    )
    r.center(k.company("Knihkupectví Na Můstku"), face="lmono-b", wx=1.2, hy=1.8)
    r.center(k.alt("Literární dům s.r.o."))
    r.block(k.address("Na Můstku 8", "110 00 Praha 1"), "c")
    r.center(f"IČO: {digits(rng, 8)}  DIČ: CZ{digits(rng, 8)}")
    r.rule("-")
    r.text(f"Účtenka č. {t.year}/{digits(rng, 6)}")
    r.text(f"Datum: {k.date(t, '%-d. %B %Y', 'cs')}  {hm(t)}")
    r.text(f"Pokladna: {rng.randint(1, 3)}  Prodavač: {rng.choice(['Eva', 'Petr', 'Jana'])}")
    r.rule("-")
    g0 = g21 = Decimal(0)
    for name, qty, unit, amt in books:
        r.text(fit(name, 42))
        r.lr(f"  {qty} ks x {money(unit, 'fr')}", f"{money(amt, 'fr')} 0%")
        g0 += amt
    for name, qty, unit, amt in other:
        r.text(fit(name, 42))
        r.lr(f"  {qty} ks x {money(unit, 'fr')}", f"{money(amt, 'fr')} 21%")
        g21 += amt
    total = g0 + g21
    r.rule("-")
    r.lr("CELKEM Kč", k.total(total, "fr"), face="lmono-b", hy=1.8)
    r.lr("Platební karta", money(total, "fr"))
    r.rule("-")
    cols(r, ["Sazba", "Základ", "DPH", "Celkem"], [8, -12, -10, -12])
    cols(r, ["0 %", money(g0, "fr"), money(Decimal(0), "fr"), money(g0, "fr")], [8, -12, -10, -12])
    net, vat = vat_in(g21, Decimal(21))
    cols(r, ["21 %", money(net, "fr"), money(vat, "fr"), money(g21, "fr")], [8, -12, -10, -12])
    r.rule("-")
    r.center("Děkujeme za nákup!")
    r.center("Reklamace do 30 dnů s účtenkou.")
    spec = {
        "paper": ["fade"],
        "fade": 0.5,
        "streaks": 4,
        "place": "glass",
        "lid": (238, 238, 234),
        "margin": (12, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 300,
        "fmt": "jpg",
        "quality": 85,
    }
    case = "s.r.o. legal name under the shop name, IČO/DIČ, '15. března 2025', 1 234,00 Kč, DPH 0%/21%; faded"
    return TCase("t20_cz_bookshop", "CZ", "cs", "Czech bookshop", case, r.image(), r.lines, k, spec)


def t21_hu_fuel(rng: random.Random) -> TCase:
    k = TKey("HUF", "Ft")
    t = when(rng, 2025, 6, 23)
    r = TRoll(58, 32, "dmono", pitch=1.35)
    fuel, price = rng.choice([("95 BENZIN", Decimal("609.9")), ("DÍZEL", Decimal("619.9"))])
    litres = Decimal(rng.randint(1800, 4800)) / 100
    amount = (litres * price).quantize(Decimal(1))
    extra = (
        menu(rng, "SZÉLVÉDŐMOSÓ 2L 1990; KÁVÉ ESPRESSO 590; ÁSVÁNYVÍZ 0,5L 390", 1)
        if rng.random() < 0.5
        else []
    )
    total = amount + sum((a for *_, a in extra), Decimal(0))
    r.center(k.company("ALFÖLD TANK"), face="dmono-b", hy=2.0, wx=1.3)
    r.center(k.alt("Alföld-Tank Kft."))
    r.block(k.address("6000 Kecskemét,", "Izsáki út 14."), "c")
    r.center(f"Adószám: {digits(rng, 8)}-2-03")
    r.rule("-")
    r.center("NYUGTA", face="dmono-b")
    r.text(f"Kút: {rng.randint(1, 8)}  {fuel}")
    r.lr(f"{money(litres, 'eu')} l x {money(price, 'fr', 1)}", f"{money(amount, 'fr', 0)} Ft")
    for name, _q, _u, amt in extra:
        r.lr(fit(name, 20), f"{money(amt, 'fr', 0)} Ft")
    r.rule("-")
    r.lr("ÖSSZESEN:", f"{k.total(total, 'fr', 0)} Ft", face="dmono-b", hy=1.7)
    r.lr("BANKKÁRTYA", f"{money(total, 'fr', 0)} Ft")
    net = (total / Decimal("1.27")).quantize(Decimal(1))
    r.lr("C00 27% ÁFA", f"{money(total - net, 'fr', 0)} Ft")
    r.rule("-")
    r.text(f"{k.date(t, '%Y.%m.%d.')} {hm(t)}")
    r.text(f"NYUGTASZÁM: {digits(rng, 4)}/{digits(rng, 5)}")
    r.text(f"AP A{digits(rng, 8)}")
    r.text(f"NAV ELLENŐRZŐ KÓD: {digits(rng, 5)}")
    r.center("KÖSZÖNJÜK A VÁSÁRLÁST!")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.09,
        "place": "table",
        "table": "grey",
        "angle": rng.uniform(-4, 4),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 78,
        "long": 2200,
        "rotate": 270,
    }
    case = (
        "58 mm nyugta, Kft. legal name, postcode-first address, 21 450 Ft, '2025.03.15.' at the foot; photo"
    )
    return TCase("t21_hu_fuel", "HU", "hu", "Hungarian fuel station", case, r.image(), r.lines, k, spec)


CASES = [t19_be_brasserie, t20_cz_bookshop, t21_hu_fuel]
