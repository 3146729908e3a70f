"""Set X receipts 13-15: an Antananarivo pharmacy's ticket in French (SARL, NIF, STAT, RCS, whole ariary as
45 600 Ar; faded), a Dakar bakery's ticket (SARL, NINEA, RCCM, TVA 18 %, 3 450 FCFA; crumpled photo) and an
Abidjan supermarket's ticket de caisse (SA, compte contribuable, RCCM, TVA 18 %, cash with change, lying
on an A4 sheet)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import ncc_ci, nif_mg, ninea_sn, photo, scan, stat_mg


def x13_mg_pharmacy(rng: random.Random) -> TCase:
    k = VKey("MGA", "Ar")
    t = when(rng, 2025, 8, 19)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "DOLIPRANE 1000MG CP B/8 4600; EFFERALGAN 500MG B/16 5200; AMOXICILLINE 500 GEL B/12 8900; "
        "SMECTA SACH B/10 9800; COARTEM 80/480 B/6 24500; VITAMINE C UPSA B/20 11200; "
        "SERUM PHYSIO UNIDOSE 3500; MOUSTIQUAIRE IMPREGNEE 18000; SPASFON LYOC B/10 12600; ORS SACHET 800",
        rng.randint(2, 4),
        qmax=2,
    )
    r.center(k.company("PHARMACIE DE L'AVENUE"), face="dmono-b", hy=2.0)
    r.center(k.alt("PHARMAVENUE SARL"))
    r.block(k.address("Lot IVG 204 Avenue de l'Indépendance", "Analakely - Antananarivo 101"), "c")
    r.center(f"NIF: {nif_mg(rng)}")
    r.center(f"STAT: {stat_mg(rng)}")
    r.center(f"RCS Antananarivo {rng.randint(2005, 2021)} B {digits(rng, 5)}")
    r.rule("-")
    r.lr(f"Ticket N° {digits(rng, 6)}", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.text(f"Vendeur: {rng.choice(['Hery', 'Fara', 'Tiana'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"   {qty} x {money(unit, 'fr', 0)}", money(amt, "fr", 0))
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("=")
    r.lr("TOTAL A PAYER", f"{k.total(total, 'fr', 0)} Ar", face="dmono-b", hy=1.8)
    cash = rng.random() < 0.7
    paid = tendered(rng, total, (1000, 5000, 10000, 20000)) if cash else total
    r.lr("Espèces" if cash else "MVola", money(paid, "fr", 0))
    r.lr("Rendu", money(paid - total, "fr", 0))
    r.text("Médicaments exonérés de TVA")
    r.rule("-")
    r.center("Médicaments ni repris ni échangés")
    r.center("Misaotra tompoko!")
    spec = scan(rng, 200, "png", paper=["fade"], fade=0.45, streaks=3, lid=(238, 238, 234))
    case = "SARL legal name, NIF/STAT/RCS, whole ariary '45 600 Ar', exempt from TVA, MVola or cash; faded"
    return TCase("x13_mg_pharmacy", "MG", "fr", "Malagasy pharmacy", case, r.image(), r.lines, k, spec)


def x14_sn_bakery(rng: random.Random) -> TCase:
    k = VKey("XOF", "FCFA")
    t = when(rng, 2025, 6, 20)
    r = TRoll(58, 32, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Baguette 150; Pain de mie 1000; Croissant 400; Pain au chocolat 500; Tapalapa 100; "
        "Chausson pommes 600; Fataya x3 750; Jus bissap 500; Jus bouye 600; Café Touba 200; "
        "Gâteau coco 350; Éclair café 700",
        rng.randint(3, 5),
        qmax=4,
    )
    r.center(k.company("BOULANGERIE TERANGA"), face="lmono-b", hy=2.0)
    r.center(k.alt("TERANGA PAIN SARL"))
    r.block(k.address("Av. Cheikh Anta Diop, Fann", "Dakar - Sénégal"), "c")
    r.center(f"NINEA {ninea_sn(rng)}")
    r.center(f"RCCM SN-DKR-{rng.randint(2010, 2022)}-B-{digits(rng, 5)}")
    r.rule("-")
    r.text(f"Ticket: {digits(rng, 5)}  Caisse {rng.randint(1, 3)}")
    r.text(f"Le {k.date(t, '%d/%m/%Y')} à {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 20)}", money(amt, "fr", 0))
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL TTC", k.total(total, "fr", 0), face="lmono-b", hy=1.8)
    r.lr("dont TVA 18%", money(vat_in(total, Decimal(18))[1], "fr", 0))
    cash = rng.random() < 0.6
    paid = tendered(rng, total, (500, 1000, 2000, 5000)) if cash else total
    r.lr("ESPECES" if cash else "WAVE", money(paid, "fr", 0))
    r.lr("RENDU", money(paid - total, "fr", 0))
    r.text("Montants en FCFA")
    r.center("Jërëjëf ! Merci de votre visite")
    spec = photo(rng, "wood", 5, paper=["crumple"], crumple=0.12, quality=78, long=2400)
    case = (
        "58 mm ticket, SARL legal name, NINEA/RCCM, whole francs '3 450', 'Montants en FCFA'; crumpled photo"
    )
    return TCase("x14_sn_bakery", "SN", "fr", "Senegalese bakery", case, r.image(), r.lines, k, spec)


def x15_ci_supermarket(rng: random.Random) -> TCase:
    k = VKey("XOF", "FCFA")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "RIZ PARFUME 5KG 5500; HUILE DINOR 1L 1600; SUCRE MORCEAUX 1KG 950; LAIT NIDO 400G 3200; "
        "SPAGHETTI PANZANI 500G 650; TOMATE CONCENTREE 400G 750; SARDINES 125G 500; EAU AWA 1.5L 350; "
        "SAVON DUX 400; ATTIEKE 1KG 1000; BANANE PLANTAIN KG 600; POULET ENTIER 3800; MAGGI CUBES X50 1200",
        rng.randint(4, 8),
        qmax=3,
    )
    r.big(k.company("PRIMA MARCHÉ"), face="lmono-b", height=5.5)
    r.center(k.alt("PRIMA DISTRIBUTION SA"))
    r.block(k.address("Boulevard Latrille, Cocody", "Abidjan - Côte d'Ivoire"), "c")
    r.center(f"CC {ncc_ci(rng)}  RCCM CI-ABJ-{rng.randint(2008, 2021)}-B-{digits(rng, 5)}")
    r.center("Régime: Réel Normal  Centre: DGE")
    r.rule("-")
    cols(r, ["Désignation", "Qté", "P.U.", "Montant"], [22, -4, -8, -10])
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 21), str(qty), money(unit, "fr", 0), money(amt, "fr", 0)], [22, -4, -8, -10])
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr(f"{sum(q for _, q, _, _ in items)} articles", "")
    r.lr("NET A PAYER FCFA", k.total(total, "fr", 0), face="lmono-b", hy=1.8)
    paid = tendered(rng, total, (1000, 2000, 5000, 10000))
    r.lr("ESPECES", money(paid, "fr", 0))
    r.lr("MONNAIE RENDUE", money(paid - total, "fr", 0))
    net, vat = vat_in(total, Decimal(18))
    r.lr("Total HT", money(net, "fr", 0))
    r.lr("TVA 18%", money(vat, "fr", 0))
    r.rule("-")
    r.text(f"{k.date(t, '%d/%m/%Y')} {hm(t, True)} Caisse {rng.randint(1, 12):02d} Tick {digits(rng, 5)}")
    r.center("Merci de votre fidélité !")
    spec = {"place": "a4", "at": (55, 30), "angle": rng.uniform(-3, 3), "tape": False}
    spec |= {"kind": "scan", "dpi": 200, "fmt": "png"}
    case = "SA legal name, CC/RCCM, columns, 'NET A PAYER FCFA 12 350', cash and change; lying on an A4 sheet"
    return TCase("x15_ci_supermarket", "CI", "fr", "Ivorian supermarket", case, r.image(), r.lines, k, spec)


CASES = [x13_mg_pharmacy, x14_sn_bakery, x15_ci_supermarket]
