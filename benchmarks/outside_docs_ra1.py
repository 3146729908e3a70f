"""Set RA receipts 1-3: a Heilbronn DIY store's Kassenbon (GmbH & Co. KG, USt-IdNr, MwSt table, the
KassenSichV TSE block with serial, signature counter and base64 signature), a Paris cheese and wine shop's
ticket de caisse (SARL, SIRET, cheese by weight, TVA table by rate 5,5 % / 20 %) and a Sorrento gelateria's
documento commerciale (s.n.c., P.IVA, IVA 10 % / 22 % per line, RT serial, 'Importo pagato')."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money
from outside_common_r import digits, fit, hm, menu, when
from outside_common_ra import (
    B64,
    HEX,
    amounts,
    code,
    pct,
    piva_it,
    siret,
    split_vat,
    stnr_de,
    tva_fr,
    ust_de,
    weighed,
    wrap,
)
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra01_de_baumarkt(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Spanplattenschr. 4x40 200St 6.49; Dübel 8mm 50St 3.99; Bit-Set 32tlg 12.99; Abdeckfolie 4x5m 2.79; "
        "Malerkrepp 30mm 3.49; Wandfarbe weiß 10L 39.95; Farbrolle 25cm 7.99; Silikon transp. 310ml 5.49; "
        "Kabelbinder 100St 4.29; Arbeitshandsch. Gr.9 4.99; Schleifpapier K120 2.99; Holzleim 250g 4.49; "
        "Zollstock 2m 6.99; Verlängerung 5m 11.99; LED-Lampe E27 9W 3.29",
        rng.randint(4, 7),
        qmax=3,
    )
    r.big(k.company("HAMMERHOF"), face="dmono-b", height=7.0)
    r.center("Bau- und Gartenmarkt")
    r.center(k.alt("Hammerhof Baumarkt GmbH & Co. KG"))
    r.block(k.address("Industriestraße 27", "74076 Heilbronn"), "c")
    r.center(f"Tel. 07131 {digits(rng, 6)}")
    r.center(f"USt-IdNr. {ust_de(rng)}")
    r.center(f"St.-Nr. {stnr_de(rng)}")
    r.rule("-")
    r.lr("Artikel", "EUR")
    for name, qty, unit, amt in items:
        if qty > 1:
            r.text(f"{qty} Stk x {money(unit, 'eu')}")
        r.lr(fit(name, 32), f"{money(amt, 'eu')} A")
    total = amounts(items)
    r.rule("-")
    r.lr("SUMME", k.total(total, "eu"), face="dmono-b", wx=1.0, hy=2.0)
    r.rule("-")
    if rng.random() < 0.6:
        r.lr("Geg. Girocard", money(total, "eu"))
    else:
        paid = tendered(rng, total, (5, 10, 20, 50, 100))
        r.lr("Geg. BAR", money(paid, "eu"))
        r.lr("Zurück BAR", money(paid - total, "eu"))
    ((_, net, vat, gross),) = split_vat({Decimal(19): total})
    cols(r, ["MwSt", "Netto", "MwSt", "Brutto"], [9, -11, -11, -11])
    cols(r, ["A 19%", money(net, "eu"), money(vat, "eu"), money(gross, "eu")], [9, -11, -11, -11])
    r.rule("-")
    r.text(f"{k.date(t, '%d.%m.%Y')} {hm(t)}  Bon {digits(rng, 5)}  Kasse {rng.randint(1, 8)}")
    r.text(f"Es bediente Sie: {rng.choice(['Frau Yilmaz', 'Herr Bauer', 'Frau Krüger'])}")
    r.rule("-")
    start = t - timedelta(seconds=rng.randint(40, 200))
    r.text(f"TSE-Start:   {start:%Y-%m-%dT%H:%M:%S}.000")
    r.text(f"TSE-Ende:    {t:%Y-%m-%dT%H:%M:%S}.000")
    r.text(f"TSE-Transaktion: {rng.randint(100000, 999999)}")
    r.text(f"TSE-Sig.-Zähler: {rng.randint(200000, 2999999)}")
    r.text("TSE-Seriennummer:")
    r.block(wrap(code(rng, 64, HEX.lower()), 42))
    r.text("TSE-Signatur:")
    r.block(wrap(code(rng, 94, B64) + "==", 42))
    r.text("TSE-Zeitformat: utcTime")
    r.text("TSE-Algorithmus: ecdsa-plain-SHA384")
    r.center("Umtausch nur mit Kassenbon", scale=0.9)
    r.center("innerhalb von 30 Tagen", scale=0.9)
    r.center("Vielen Dank für Ihren Einkauf!")
    spec = scan(rng, 300, "png", margin=(12, 10), lid=(238, 238, 234))
    case = "brand, 'Bau- und Gartenmarkt', GmbH & Co. KG name, MwSt table, long TSE block (hex, base64)"
    return TCase(
        "ra01_de_baumarkt", "DE", "de", "German DIY store Kassenbon", case, r.image(), r.lines, k, spec
    )


def ra02_fr_fromagerie(rng: random.Random) -> TCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 9, 19)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    cheese = weighed(
        rng,
        "Comté 18 mois 32.90; Brie de Meaux AOP 26.50; Roquefort Papillon 29.80; Saint-Nectaire 24.90; "
        "Tomme de Savoie 22.40; Mimolette vieille 27.60; Beaufort d'été 39.50",
        rng.randint(2, 4),
        120,
        480,
    )
    food = menu(rng, "Beurre demi-sel 250g 4.20; Crème fraîche 20cl 2.90; Confiture de figues 6.80", 1)
    wine = menu(
        rng,
        "Chinon rouge 2021 14.50; Sancerre blanc 2023 21.90; Crémant d'Alsace brut 13.80; "
        "Côtes-du-Rhône 2022 9.90; Pommeau de Normandie 19.50",
        rng.randint(1, 2),
        qmax=2,
    )
    r.center(k.company("LA CAVE & LE FROMAGE"), face="lmono-b", wx=1.0, hy=2.0)
    r.center(k.alt("SARL Cave et Fromage"))
    r.block(k.address("14 rue des Martyrs", "75009 Paris"), "c")
    r.center(f"Tél. 01 48 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}")
    r.center(f"SIRET {siret(rng)}")
    r.center(f"TVA intracom. {tva_fr(rng)}")
    r.rule("=")
    r.text(f"Le {k.date(t, '%d/%m/%Y')} à {hm(t)}   Ticket n° {digits(rng, 5)}")
    r.text(f"Caisse 1  Vendeur : {rng.choice(['Camille', 'Julien', 'Inès'])}")
    r.rule("-")
    for name, kg, unit, amt in cheese:
        r.lr(fit(name, 34), f"{money(amt, 'fr')} 1")
        r.text(f"  {money(kg, 'fr', 3)} kg x {money(unit, 'fr')} €/kg")
    for name, _qty, _unit, amt in food:
        r.lr(fit(name, 34), f"{money(amt, 'fr')} 1")
    for name, qty, unit, amt in wine:
        r.lr(fit(name, 34), f"{money(amt, 'fr')} 2")
        if qty > 1:
            r.text(f"  {qty} x {money(unit, 'fr')} €")
    low, high = amounts(cheese) + amounts(food), amounts(wine)
    total = low + high
    r.rule("-")
    r.text(f"{len(cheese) + len(food) + sum(q for _, q, *_ in wine)} articles")
    r.lr("TOTAL TTC €", k.total(total, "fr"), face="lmono-b", hy=1.8)
    r.lr("Carte bancaire" if rng.random() < 0.7 else "Espèces", money(total, "fr"))
    r.rule("-")
    widths = [6, 7, -10, -10, -11]
    cols(r, ["Code", "Taux", "HT", "TVA", "TTC"], widths)
    for (rate, net, vat, gross), tag in zip(
        split_vat({Decimal("5.5"): low, Decimal(20): high}), "12", strict=True
    ):
        cols(r, [tag, f"{pct(rate)}%", *(money(v, "fr") for v in (net, vat, gross))], widths)
    r.rule("-")
    r.center("Merci de votre visite et à bientôt !")
    r.center("Conservez votre ticket", scale=0.9)
    spec = photo(rng, "marble", 5, quality=82, long=2400)
    case = (
        "SARL name, SIRET and TVA intracom., cheese by weight, TVA table by rate 5,5 % / 20 %, 'TOTAL TTC €'"
    )
    return TCase(
        "ra02_fr_fromagerie", "FR", "fr", "French cheese and wine shop", case, r.image(), r.lines, k, spec
    )


def ra03_it_gelateria(rng: random.Random) -> TCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 11, 23)
    r = TRoll(80, 42, "nmono", pitch=1.3)
    ices = menu(
        rng,
        "Cono piccolo 2 gusti 3.00; Cono medio 3 gusti 3.80; Coppetta grande 4.50; Granita al limone 3.50; "
        "Brioche con gelato 4.80; Affogato al caffè 5.00; Vaschetta 500g 12.00; Frappè nocciola 5.50",
        rng.randint(2, 4),
        qmax=3,
    )
    bar = menu(
        rng, "Limoncello bicchierino 4.00; Spritz Aperol 7.00; Birra Peroni 33cl 4.50", rng.randint(0, 1)
    )
    r.center(k.company("GELATERIA DEL PORTO"), face="nmono-b", hy=2.0)
    r.center(f"di {k.alt('Russo Marco & C. s.n.c.')}")
    r.block(k.address("Via Marina Grande 12", "80067 Sorrento (NA)"), "c")
    r.center(f"P.IVA {piva_it(rng)}")
    r.rule("-")
    r.center("DOCUMENTO COMMERCIALE", face="nmono-b")
    r.center("di vendita o prestazione")
    r.rule("-")
    cols(r, ["DESCRIZIONE", "IVA", "Prezzo(€)"], [24, -7, -11])
    for (name, qty, unit, amt), rate in [(i, 10) for i in ices] + [(b, 22) for b in bar]:
        if qty > 1:
            r.text(f"{qty} x {money(unit, 'eu')}")
        cols(r, [fit(name, 23), f"{rate}%", money(amt, "eu")], [24, -7, -11])
    total = amounts(ices) + amounts(bar)
    vat = sum(
        (v for _, _, v, _ in split_vat({Decimal(10): amounts(ices), Decimal(22): amounts(bar)})), Decimal(0)
    )
    r.rule("-")
    r.lr("TOTALE COMPLESSIVO", k.total(total, "eu"), face="nmono-b", hy=1.8)
    r.lr("di cui IVA", money(vat, "eu"))
    cash = rng.random() < 0.55
    if cash:
        paid = tendered(rng, total, (5, 10, 20, 50))
        r.lr("Pagamento contante", money(paid, "eu"))
        r.lr("Resto", money(paid - total, "eu"))
    else:
        r.lr("Pagamento elettronico", money(total, "eu"))
    r.lr("Importo pagato", money(total, "eu"))
    r.rule("-")
    r.text(f"{k.date(t, '%d-%m-%Y')} {hm(t)}")
    r.text(f"DOCUMENTO N. {rng.randint(1, 400):04d}-{rng.randint(1, 999):04d}")
    r.text(f"RT {rng.choice(['99MEX', '80EPA', '72IBM'])}{digits(rng, 6)}")
    r.center("Grazie e arrivederci!")
    spec = scan(rng, 200, "png", paper=["fade"], fade=0.45, streaks=3, lid=(236, 236, 232))
    case = (
        "s.n.c. 'di ...' line, P.IVA, IVA per line 10/22 %, 'TOTALE COMPLESSIVO' and 'Importo pagato'; faded"
    )
    return TCase(
        "ra03_it_gelateria",
        "IT",
        "it",
        "Italian gelateria documento commerciale",
        case,
        r.image(),
        r.lines,
        k,
        spec,
    )


CASES = [ra01_de_baumarkt, ra02_fr_fromagerie, ra03_it_gelateria]
