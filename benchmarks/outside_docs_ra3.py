"""Set RA receipts 7-9: a Prague pub's účtenka of the EET years (s.r.o., IČO and DIČ, DPH 15 % / 21 %,
'CELKEM Kč 1 234,00', provozovna and pokladna, FIK and BKP codes, on a condensed Latin Modern face), a
Stockholm florist's kvitto (AB, org.nr and momsreg.nr, moms 25 % / 12 % table, card terminal lines,
kontrollenhet; photographed turned 90 degrees) and an Espoo fuel station's kuitti (Oy, Y-tunnus, pump and
litres x price, shop items, ALV 25,5 % / 14 % table)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, when
from outside_common_ra import amounts, bkp, code, dic_cz, fik, orgnr_se, pct, split_vat, ytunnus
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra07_cz_hospoda(rng: random.Random) -> TCase:
    k = VKey("CZK", "Kč")
    t = when(rng, 2019, 12, 23)
    r = TRoll(80, 48, "lmcond", pitch=1.25)
    food = menu(
        rng,
        "Svíčková na smetaně, knedlík 169; Guláš, 5 houskových knedlíků 149; Smažený sýr, hranolky 149; "
        "Utopenec s cibulí 69; Tatarák, 4 topinky 219; Pečené koleno 1 kg 299; Bramboráky 3 ks 99; "
        "Kofola točená 0,5l 39; Mattoni 0,33l 35",
        rng.randint(2, 4),
        qmax=2,
    )
    drinks = menu(
        rng,
        "Pilsner Urquell 0,5l 49; Kozel 11° 0,5l 39; Radegast 12° 0,5l 42; Becherovka 4cl 55; "
        "Slivovice 4cl 65; Frankovka 0,2l 45",
        rng.randint(2, 3),
        qmax=6,
    )
    ico, dic = dic_cz(rng)
    r.center(k.company("HOSPODA U TŘÍ KOHOUTŮ"), face="lmlt-b", hy=2.0)
    r.center(k.alt("Tři kohouti s.r.o."))
    r.block(k.address("Nerudova 21", "118 00 Praha 1"), "c")
    r.center(f"IČO: {ico}  DIČ: {dic}")
    r.rule("-")
    r.lr(f"Účtenka č. {t.year}/{digits(rng, 6)}", f"Stůl {rng.randint(1, 24)}")
    r.text(f"Obsluha: {rng.choice(['Pavel', 'Jana', 'Tomáš'])}")
    r.rule("-")
    widths = [4, 28, -7, -9]
    cols(r, ["Ks", "Položka", "Cena", "Celkem"], widths)
    for (name, qty, unit, amt), tag in [(f, "A") for f in food] + [(d, "B") for d in drinks]:
        cols(r, [str(qty), fit(name, 27), money(unit, "fr", 0), f"{money(amt, 'fr')}{tag}"], widths)
    low, high = amounts(food), amounts(drinks)
    total = low + high
    r.rule("-")
    r.lr("CELKEM Kč", k.total(total, "fr"), face="lmlt-b", hy=2.0)
    cash = rng.random() < 0.6
    if cash:
        paid = tendered(rng, total, (100, 200, 500, 1000))
        r.lr("Hotově přijato", money(paid, "fr"))
        r.lr("Vráceno", money(paid - total, "fr"))
    else:
        r.lr("Platební karta", money(total, "fr"))
    r.rule("-")
    widths = [8, -13, -13, -14]
    cols(r, ["DPH", "Základ", "Daň", "Celkem"], widths)
    for (rate, net, vat, gross), tag in zip(
        split_vat({Decimal(15): low, Decimal(21): high}), "AB", strict=True
    ):
        cols(r, [f"{tag} {rate}%", money(net, "fr"), money(vat, "fr"), money(gross, "fr")], widths)
    r.rule("-")
    r.lr(f"Provozovna: {rng.randint(11, 19)}", f"Pokladna: HOS0{rng.randint(1, 3)}")
    r.text(f"Datum: {k.date(t, '%d.%m.%Y')} {hm(t, True)}")
    r.text("Režim tržby: běžný")
    r.text(f"FIK: {fik(rng)}")
    r.text("BKP:")
    b = bkp(rng)
    r.block([b[:26], b[27:]])
    r.center("Děkujeme za návštěvu, na zdraví!")
    spec = scan(rng, 200, "jpg", paper=["grey"], lid=(232, 232, 228), quality=78)
    case = (
        "s.r.o. legal name, IČO/DIČ, food A 15 % and drinks B 21 %, 'CELKEM Kč', EET FIK and BKP; faded grey"
    )
    return TCase("ra07_cz_hospoda", "CZ", "cs", "Czech pub účtenka (EET)", case, r.image(), r.lines, k, spec)


def ra08_se_blomster(rng: random.Random) -> TCase:
    k = VKey("SEK", "SEK")
    t = when(rng, 2025, 10, 19)
    r = TRoll(80, 42, "lmono", pitch=1.35)
    flowers = menu(
        rng,
        "Tulpaner 10-pack 149.00; Säsongsbukett 395.00; Orkidé Phalaenopsis 249.00; Monstera 19cm 299.00; "
        "Rosor 7 st röda 219.00; Olivträd 12cm 179.00; Amaryllis i kruka 159.00; Kruka keramik 129.00",
        rng.randint(1, 3),
        qmax=2,
    )
    sweets = menu(rng, "Choklad Marabou ask 69.00; Kakaobönor dragerade 59.00; Praliner 8 st 119.00", 1)
    card = menu(rng, "Kort med kuvert 35.00; Presentband 20.00", rng.randint(0, 1))
    r.center(k.company("BLOMSTERBODEN"), face="lmono-b", wx=1.4, hy=2.0)
    r.center(k.alt("Blomsterboden Vasastan AB"))
    r.block(k.address("Odengatan 58", "113 22 Stockholm"), "c")
    org = orgnr_se(rng)
    r.center(f"Org.nr {org}")
    r.center(f"Momsreg.nr SE{org.replace('-', '')}01")
    r.rule("-")
    r.center("KVITTO")
    for name, qty, unit, amt in flowers + card + sweets:
        r.lr(fit(name, 30), money(amt, "fr"))
        if qty > 1:
            r.text(f"  {qty} st à {money(unit, 'fr')}")
    high, low = amounts(flowers) + amounts(card), amounts(sweets)
    total = high + low
    r.rule("-")
    r.lr("ATT BETALA SEK", k.total(total, "fr"), face="lmono-b", hy=1.8)
    r.lr("Kort", money(total, "fr"))
    r.rule("-")
    widths = [8, -11, -11, -12]
    cols(r, ["Moms%", "Moms", "Netto", "Brutto"], widths)
    for rate, net, vat, gross in split_vat({Decimal(12): low, Decimal(25): high}):
        cols(r, [f"{rate}", money(vat, "fr"), money(net, "fr"), money(gross, "fr")], widths)
    r.rule("-")
    r.text(f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} ************{digits(rng, 4)}")
    r.text(f"KÖP  Kontaktlös  Ref {digits(rng, 12)}")
    r.text(f"Term {digits(rng, 8)}  Godkänd {digits(rng, 6)}")
    r.rule("-")
    r.text(f"{k.date(t, '%Y-%m-%d')} {hm(t)}  Kvittonr {rng.randint(1000, 99999)}")
    r.text(f"Kassa 1  Säljare {rng.choice(['Elin', 'Oskar', 'Maja'])}")
    r.text(f"Kontrollenhet: {code(rng, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}")
    r.center("Öppet köp 14 dagar på icke-levande varor")
    r.center("Tack för ditt besök!")
    spec = photo(rng, "slate", 3, quality=82, long=2600, rotate=90)
    case = "big brand over AB name, org.nr and momsreg.nr, 25 % / 12 % moms table, 'ATT BETALA SEK'; turned"
    return TCase("ra08_se_blomster", "SE", "sv", "Swedish florist kvitto", case, r.image(), r.lines, k, spec)


def ra09_fi_huoltoasema(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 6, 22)
    r = TRoll(80, 40, "dmono", pitch=1.35)
    fuel, price = rng.choice(
        [("Futura 95E10", "1.879"), ("Futura 98E5", "1.989"), ("Futura Diesel", "1.759")]
    )
    litres = Decimal(rng.randint(1500, 5800)) / 100
    fuel_amt = q2(litres * Decimal(price))
    shop = menu(
        rng,
        "Kahvi iso 2.90; Munkki 2.20; Karjalanpiirakka 2kpl 3.40; Energiajuoma 0,5l 2.95; "
        "Lasinpesuneste 4l 8.90; Autopesu Premium 15.00; Tuulilasinpyyhin 12.90",
        rng.randint(1, 3),
    )
    eats = {"Kahvi iso", "Munkki", "Karjalanpiirakka 2kpl", "Energiajuoma 0,5l"}
    r.center(k.company("TAPIOLAN HUOLTO"), face="dmono-b", hy=2.0)
    r.center(k.alt("Tapiolan Huolto Oy"))
    r.block(k.address("Merituulentie 4", "02200 Espoo"), "c")
    r.center(f"Y-tunnus {ytunnus(rng)}")
    r.rule("-")
    r.lr(f"{k.date(t, '%d.%m.%Y')} {hm(t)}", f"Kuitti {digits(rng, 5)}")
    r.rule("-")
    r.text(f"Pumppu {rng.randint(1, 8)}  {fuel}")
    r.lr(f"  {money(litres, 'eu')} l x {money(Decimal(price), 'eu', 3)} €/l", money(fuel_amt, "eu"))
    for name, _qty, _unit, amt in shop:
        r.lr(fit(name, 30), money(amt, "eu"))
    low = amounts([s for s in shop if s[0] in eats])
    high = fuel_amt + amounts([s for s in shop if s[0] not in eats])
    total = low + high
    r.rule("-")
    r.lr("YHTEENSÄ EUR", k.total(total, "eu"), face="dmono-b", hy=1.8)
    r.lr(rng.choice(["Pankkikortti", "Luottokortti"]), money(total, "eu"))
    r.rule("-")
    widths = [8, -10, -10, -12]
    cols(r, ["ALV%", "Veroton", "Vero", "Verollinen"], widths)
    groups = {Decimal("14"): low, Decimal("25.5"): high} if low else {Decimal("25.5"): high}
    for rate, net, vat, gross in split_vat(groups):
        cols(r, [pct(rate), money(net, "eu"), money(vat, "eu"), money(gross, "eu")], widths)
    r.rule("-")
    r.text(f"Kortti ************{digits(rng, 4)}  Lähimaksu")
    r.text(f"Arkistointitunnus {digits(rng, 12)}")
    r.center("Kiitos käynnistä - hyvää matkaa!")
    spec = photo(rng, "grey", 4, paper=["fold"], folds=1, crumple=0.09, quality=80, long=2400)
    case = "Oy legal name, Y-tunnus, pump litres x price, shop items, ALV 25,5 % / 14 % table, 'YHTEENSÄ EUR'"
    return TCase(
        "ra09_fi_huoltoasema", "FI", "fi", "Finnish fuel station kuitti", case, r.image(), r.lines, k, spec
    )


CASES = [ra07_cz_hospoda, ra08_se_blomster, ra09_fi_huoltoasema]
