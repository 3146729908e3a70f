"""Set R receipts 10-12: a German Drogerie receipt with its girocard slip on the same roll, a French
boulangerie ticket (TOTAL TTC, TVA) and a Spanish bar's factura simplificada."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import Case, Key, digits, fit, hm, menu, vat_in, when
from outside_roll_r import Roll


def r10_de_drogerie(rng: random.Random) -> Case:
    k = Key("EUR", "EUR")
    t = when(rng, lo=8, hi=20)
    r = Roll(80, 44, "dmono", pitch=1.3)
    care = menu(
        rng,
        "Duschgel Sensitiv 300ml 0.95; Shampoo Repair 250ml 1.75; Zahnpasta Kräuter 0.65; "
        "Sonnencreme LSF 30 4.95; Deo Roller 1.45; Wattepads 120St 0.85; Handcreme 0.95; "
        "Waschmittel 20WL 4.45; Zahnbürste mittel 1.25; Haarspray 1.95; Feuchttücher 1.15",
        rng.randint(5, 7),
        qmax=3,
    )
    food = menu(
        rng,
        "Bio Haferflocken 500g 1.29; Studentenfutter 200g 2.49; Tee Pfefferminz 1.35; Reiswaffeln 0.99",
        2,
    )
    fil, bon = rng.randint(1000, 2999), rng.randint(100, 999)
    r.big(k.company("FLORA Drogeriemarkt"), face="gothic-b", height=6)
    r.center(f"Filiale {fil}")
    r.block(k.address("Königstraße 18", "70173 Stuttgart"), "c")
    r.center("Tel. 0711 555 4410")
    r.feed()
    r.lr("", "EUR")
    gross = {"1": Decimal(0), "2": Decimal(0)}
    for (name, qty, unit, amt), code in [(i, "1") for i in care] + [(i, "2") for i in food]:
        if qty > 1:
            r.text(f"{qty} x {money(unit, 'eu')}", indent=1)
        r.lr(fit(name, 34), f"{money(amt, 'eu')} {code}")
        gross[code] += amt
    sub = gross["1"] + gross["2"]
    coupon = q2(gross["1"] * Decimal("0.10"))
    gross["1"] -= coupon
    total = sub - coupon
    r.rule("-")
    r.lr("Zwischensumme", money(sub, "eu"))
    r.lr("Coupon 10% Pflege", f"-{money(coupon, 'eu')} 1")
    r.lr("SUMME EUR", k.total(total, "eu"), face="dmono-b", hy=2.0)
    r.lr("EC-Cash/girocard", money(total, "eu"))
    r.feed()
    r.text(f"PAYBACK-Nr. ######{digits(rng, 4)}")
    r.lr("Punkte mit diesem Einkauf", str(int(total)))
    r.feed()
    r.text(f"{'MwSt-Satz':<12}{'Netto':>10}{'MwSt':>10}{'Brutto':>10}")
    for code, rate in (("1", Decimal(19)), ("2", Decimal(7))):
        net, vat = vat_in(gross[code], rate)
        r.text(
            f"{code}={rate:>2},00%{'':<3}" + "".join(f"{money(v, 'eu'):>10}" for v in (net, vat, gross[code]))
        )
    r.rule("*")
    r.center("Kundenbeleg", face="dmono-b")
    r.center("FLORA Drogeriemarkt Filiale " + str(fil))
    r.center("Königstr. 18, Stuttgart")
    r.lr("Terminal-ID", digits(rng, 8))
    r.lr("TA-Nr.", f"{digits(rng, 6)}  BNr {bon:04d}")
    r.text("girocard")
    r.text(f"Nr. ############{digits(rng, 4)} 0001")
    r.lr("gültig bis", f"{rng.randint(1, 12):02d}/{rng.randint(26, 29)}")
    r.lr(f"Datum {t:%d.%m.%Y}", f"Uhrzeit {hm(t)} Uhr")
    r.lr("Betrag EUR", money(total, "eu"), face="dmono-b")
    r.center("Zahlung erfolgt")
    r.center("Bitte Beleg aufbewahren")
    r.rule("*")
    r.text(f"{k.date(t, '%d.%m.%y')} {hm(t)}  {fil}/2  {bon}/{digits(rng, 4)}")
    r.center("Umtausch innerhalb von 4 Wochen")
    r.center(k.alt("Flora Drogeriemarkt GmbH & Co. KG") + ", Karlsruhe", scale=0.9)
    spec = {
        "paper": ["fade"],
        "fade": 0.35,
        "place": "a4",
        "at": (60, 20),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "fmt": "tif",
    }
    case = "girocard slip on the same roll repeats the amount; coupon; Zwischensumme; faded, on an A4 scan"
    return Case(
        "r10_de_drogerie", "DE", "de", "German Drogerie + girocard", case, r.image(), r.lines, k, spec
    )


def r11_fr_boulangerie(rng: random.Random) -> Case:
    k = Key("EUR", "EUR")
    t = when(rng, lo=7, hi=19)
    r = Roll(58, 32, "lmcond", pitch=1.25)
    items = menu(
        rng,
        "Baguette Tradition 1.30; Croissant 1.30; Pain au chocolat 1.40; Tarte citron 4.80; "
        "Pain de campagne 3.60; Éclair café 3.20; Chausson aux pommes 1.90; Flan pâtissier 3.10; "
        "Financier 1.60; Brioche tressée 5.40",
        rng.randint(3, 5),
        qmax=3,
    )
    coffee = rng.random() < 0.5
    r.big("Boulangerie - Pâtisserie", face="script", height=3.6)
    r.big(k.company("AU PAIN DORÉ"), face="lmlt-b", height=4.5)
    r.center(k.alt("SARL FOURNIL DES ARTS"))
    r.block(k.address("27 rue des Martyrs", "75009 PARIS"), "c")
    r.center("Tél : 01 45 55 12 09")
    r.center("SIRET 812 445 119 00027")
    r.center("TVA FR41812445119")
    r.feed()
    r.lr(f"Ticket n° {rng.randint(100, 9999):05d}", "Caisse 01")
    r.text(f"Vendeur : {rng.choice(['Léa', 'Inès', 'Hugo', 'Chloé'])}")
    r.rule("-")
    g55 = Decimal(0)
    for name, qty, unit, amt in items:
        r.lr(f"{qty} {name}", money(amt, "plainc"))
        if qty > 1:
            r.text(f"   {qty} x {money(unit, 'plainc')}")
        g55 += amt
    g10 = Decimal("1.50") if coffee else Decimal(0)
    if coffee:
        r.lr("1 Café à emporter", "1,50")
    total = g55 + g10
    cash = Decimal(20) if total <= 20 else Decimal(50)
    r.rule("-")
    r.lr("TOTAL TTC", f"{k.total(total, 'plainc')} EUR", hy=1.7)
    r.lr("Espèces", money(cash, "plainc"))
    r.lr("Rendu", money(cash - total, "plainc"))
    r.feed()
    r.text(f"{'Taux':<7}{'HT':>8}{'TVA':>8}{'TTC':>9}")
    for rate, gross in ((Decimal("5.5"), g55), (Decimal(10), g10)):
        if gross:
            net, vat = vat_in(gross, rate)
            r.text(
                f"{money(rate, 'plainc') + '%':<7}{money(net, 'plainc'):>8}{money(vat, 'plainc'):>8}"
                f"{money(gross, 'plainc'):>9}"
            )
    r.feed()
    r.center(f"le {k.date(t, '%d/%m/%Y')} à {hm(t)}")
    r.center("Merci de votre visite")
    r.center("A bientôt !")
    spec = {
        "place": "table",
        "table": "marble",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 80,
        "long": 2000,
        "fill": 0.8,
    }
    case = "58 mm condensed font; script heading above the name; legal SARL name; TVA table; cash with Rendu"
    return Case(
        "r11_fr_boulangerie", "FR", "fr", "French boulangerie", case, r.image(cut="torn"), r.lines, k, spec
    )


def r12_es_bar(rng: random.Random) -> Case:
    k = Key("EUR", "€")
    t = when(rng, lo=12, hi=23)
    r = Roll(80, 42, "nmono-b", pitch=1.3)
    items = menu(
        rng,
        "CAÑA 2.20; DOBLE 3.10; TINTO VERANO 3.50; AGUA 1.80; CROQUETAS JAMÓN 9.50; PATATAS BRAVAS 6.50; "
        "TORTILLA PINCHO 3.20; CALAMARES 12.00; PIMIENTOS PADRÓN 7.50; JAMÓN IBÉRICO 18.00; ACEITUNAS 2.50",
        rng.randint(4, 6),
        qmax=3,
    )
    r.big(k.company("CERVECERÍA EL FARO"), face="arial-b", height=4.5)
    r.center(k.alt("Hostelería Faro Norte S.L."))
    r.center("CIF: B87412256")
    r.block(k.address("C/ de Ponzano, 37", "28003 Madrid"), "c")
    r.center("Tlf: 915 55 41 20")
    r.rule("=")
    r.center("FACTURA SIMPLIFICADA", face="nmono-b", hy=1.6)
    r.lr(f"Nº: T1-{rng.randint(1000, 99999):06d}", f"Mesa: {rng.randint(1, 30)}")
    r.lr(f"Fecha: {k.date(t, '%d/%m/%Y')}", f"Hora: {hm(t)}")
    r.text(f"Camarero: {rng.choice(['Javi', 'Lucía', 'Manolo', 'Carmen'])}")
    r.rule("-")
    r.text(f"{'Uds':<4}{'Descripción':<21}{'Precio':>8}{'Importe':>9}")
    for name, qty, unit, amt in items:
        r.text(f"{qty:<4}{fit(name, 20):<21}{money(unit, 'eu'):>8}{money(amt, 'eu'):>9}")
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(10))
    cash = Decimal(50) if total < 50 else Decimal(100)
    r.rule("-")
    r.lr("BASE IMPONIBLE", money(net, "eu"))
    r.lr("IVA 10%", money(vat, "eu"))
    r.lr("TOTAL (IVA INCL.)", f"{k.total(total, 'eu')} €", face="nmono-b", scale=1.15)
    r.lr("Entregado", money(cash, "eu"))
    r.lr("Cambio", money(cash - total, "eu"))
    r.feed()
    r.center("Gracias por su visita")
    r.center("IVA incluido en todos los precios")
    spec = {
        "place": "glass",
        "lid": (245, 245, 243),
        "margin": (8, 8),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "colour": True,
        "dpi": 240,
        "rotate": 270,
        "fmt": "jpg",
        "quality": 85,
    }
    case = "Courier-like font; legal S.L. name under the trading name; IVA base table; turned 270 degrees"
    return Case(
        "r12_es_bar", "ES", "es", "Spanish bar factura simplificada", case, r.image(), r.lines, k, spec
    )


CASES = [r10_de_drogerie, r11_fr_boulangerie, r12_es_bar]
