"""Set R receipts 13-15: an Italian documento commerciale (scontrino), a Dutch supermarket with its PIN
slip on the same roll, and a Swedish konditori kvitto scanned as a 1-bit TIFF."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import Case, Key, digits, fit, hm, menu, vat_in, when
from outside_roll_r import Roll


def r13_it_scontrino(rng: random.Random) -> Case:
    k = Key("EUR", "€")
    t = when(rng, lo=7, hi=20)
    r = Roll(80, 42, "lmono", pitch=1.3)
    bar = menu(
        rng,
        "CAFFE' 1.20; CAPPUCCINO 1.60; BRIOCHE 1.40; SPREMUTA 3.50; BICERIN 4.00; GIANDUIOTTI 100G 5.80; "
        "TORTA NOCCIOLE 3.80; PASTE MIGNON 6.50; MAROCCHINO 1.80; TRAMEZZINO 3.20",
        rng.randint(3, 5),
        qmax=3,
    )
    shop = menu(rng, "BOTTIGLIA MOSCATO 14.00; LATTINA BIBITA 2.50; CIOCCOLATO REGALO 9.90", 1)
    r.big(k.company("PASTICCERIA BELLAVISTA"), face="lmono-b", height=4)
    r.center(k.alt("di Rossi Giulia & C. s.n.c."))
    r.block(k.address("Via Garibaldi, 112", "10122 Torino (TO)"), "c")
    r.center("P.IVA 09871230015")
    r.center("Tel. 011 555 8841")
    r.feed()
    r.center("DOCUMENTO COMMERCIALE", face="lmono-b")
    r.center("di vendita o prestazione")
    r.feed(0.5)
    r.text(f"{'DESCRIZIONE':<24}{'IVA':>6}{'Prezzo(€)':>12}")
    tax = Decimal(0)
    for (name, qty, unit, amt), rate in [(i, 10) for i in bar] + [(i, 22) for i in shop]:
        if qty > 1:
            r.text(f"{qty} x {money(unit, 'eu')}")
        r.text(f"{fit(name, 23):<24}{str(rate) + '%':>6}{money(amt, 'eu'):>12}")
        tax += vat_in(amt, Decimal(rate))[1]
    total = sum((a for *_, a in bar + shop), Decimal(0))
    cash = Decimal(20) if total <= 20 else Decimal(50)
    r.rule("-")
    r.lr("SUBTOTALE", money(total, "eu"))
    r.lr("TOTALE COMPLESSIVO", k.total(total, "eu"), face="lmono-b")
    r.lr("DI CUI IVA", money(tax, "eu"))
    r.lr("PAGAMENTO CONTANTE", money(cash, "eu"))
    r.lr("RESTO", money(cash - total, "eu"))
    r.lr("IMPORTO PAGATO", money(total, "eu"))
    r.feed()
    r.lr(
        f"{k.date(t, '%d-%m-%Y')} {hm(t)}",
        f"DOCUMENTO N. {rng.randint(100, 999):04d}-{rng.randint(1, 999):04d}",
    )
    r.center(f"RT 99MEX{digits(rng, 6)}")
    r.center("Codice Lotteria: ")
    r.feed()
    r.center("ARRIVEDERCI E GRAZIE")
    spec = {
        "paper": ["fold"],
        "folds": 2,
        "crumple": 0.12,
        "place": "a4",
        "at": (110, 30),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "pdf",
    }
    case = "TOTALE COMPLESSIVO then cash, RESTO and IMPORTO PAGATO; IVA per line; folded; small on an A4 PDF"
    return Case("r13_it_scontrino", "IT", "it", "Italian scontrino", case, r.image(), r.lines, k, spec)


def r14_nl_supermarkt(rng: random.Random) -> Case:
    k = Key("EUR", "EUR")
    t = when(rng, lo=8, hi=21)
    r = Roll(80, 44, "dmono", pitch=1.3)
    food = menu(
        rng,
        "HALFVOLLE MELK 1L 1.19; GOUDA JONG 48+ 4.85; VOLKORENBROOD 2.49; HAGELSLAG PUUR 2.79; "
        "APPELS ELSTAR 1KG 2.29; KIPFILET 500G 5.99; STROOPWAFELS 1.89; BANANEN 1.49; KOFFIE SNELFILTER 4.39",
        rng.randint(5, 7),
        qmax=2,
    )
    other = menu(rng, "AFWASMIDDEL 1.59; WC PAPIER 8R 4.29; BIER 6X33CL 5.49", 1)
    r.big(k.company("Versmarkt van Dijk"), face="arial-b", height=6)
    r.block(k.address("Kerkstraat 21", "3581 RB Utrecht"), "c")
    r.center("Tel 030-5552210")
    r.center("www.versmarktvandijk.nl")
    r.rule("-")
    r.lr("OMSCHRIJVING", "BEDRAG")
    g = {9: Decimal(0), 21: Decimal(0)}
    bonus = Decimal(0)
    for (name, qty, unit, amt), rate in [(i, 9) for i in food] + [(i, 21) for i in other]:
        r.lr(f"{qty if qty > 1 else ''} {name}".strip(), money(amt, "plainc"))
        g[rate] += amt
        if rng.random() < 0.3:
            b = q2(unit / 2)
            r.lr("  BONUS 2E HALVE PRIJS", f"-{money(b, 'plainc')}")
            g[rate] -= b
            bonus += b
    total = g[9] + g[21]
    r.rule("-")
    r.lr(f"{len(food) + len(other)} ARTIKELEN   SUBTOTAAL", money(total, "plainc"))
    r.lr("TOTAAL", k.total(total, "plainc"), face="dmono-b", hy=2.0)
    r.lr("BETAALD MET PIN", money(total, "plainc"))
    r.lr("JE VOORDEEL", money(bonus, "plainc"))
    r.feed()
    r.text(f"{'BTW':<6}{'OVER':>12}{'BTW':>12}")
    for rate in (9, 21):
        net, vat = vat_in(g[rate], Decimal(rate))
        r.text(f"{str(rate) + '%':<6}{money(net, 'plainc'):>12}{money(vat, 'plainc'):>12}")
    r.feed()
    r.text(f"KASSA {rng.randint(1, 8)}  BON {digits(rng, 4)}  MEDEW. {rng.choice(['ANOUK', 'DAAN', 'SEM'])}")
    r.text(f"{k.date(t, '%d-%m-%Y')} {hm(t)}")
    r.rule("*")
    r.center("Klantticket")
    for label, value in (
        ("Terminal", f"CT{digits(rng, 6)}"),
        ("Merchant", digits(rng, 6)),
        ("Periode", digits(rng, 4)),
        ("Transactie", digits(rng, 8)),
    ):
        r.lr(label, value)
    r.text("Maestro        (A0000000043060)")
    r.lr("Kaart", f"xxxxxxxxxxxxxxx{digits(rng, 4)}")
    r.lr("Kaartserienummer", "1")
    r.text("BETALING")
    r.lr("Datum", f"{t:%d/%m/%Y} {hm(t)}")
    r.lr("Autorisatiecode", f"{rng.choice('ABCDEFGH')}{digits(rng, 1)}Q{digits(rng, 3)}")
    r.lr("Totaal", f"{money(total, 'plainc')} EUR")
    r.text("Contactless")
    r.center("Bedankt en tot ziens!")
    spec = {
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 70,
        "long": 2600,
        "fill": 0.9,
    }
    case = "bonus discounts; subtotal equals total; PIN slip on the same roll with its own date format"
    return Case(
        "r14_nl_supermarkt",
        "NL",
        "nl",
        "Dutch supermarket + PIN",
        case,
        r.image(cut="torn"),
        r.lines,
        k,
        spec,
    )


def r15_se_kvitto(rng: random.Random) -> Case:
    k = Key("SEK", "SEK")
    t = when(rng, lo=8, hi=18)
    r = Roll(80, 42, "lmono", pitch=1.35)
    items = menu(
        rng,
        "Kanelbulle 35.00; Kardemummabulle 38.00; Kaffe bryggt 32.00; Cappuccino 45.00; Räksmörgås 129.00; "
        "Prinsesstårta bit 65.00; Kladdkaka 49.00; Te 30.00; Smörgås ost 69.00; Chokladboll 25.00",
        rng.randint(3, 5),
        qmax=2,
    )
    r.big(k.company("KONDITORI VALLMO"), face="scond-b", height=5)
    r.center(k.alt("Vallmo Bageri AB"))
    r.center("Org.nr 556812-4471")
    r.block(k.address("Götgatan 44", "118 26 Stockholm"), "c")
    r.center("08-555 412 90")
    r.rule("-")
    r.lr(f"Kvitto nr {rng.randint(10000, 99999)}", "Kassa 2")
    r.text(f"Kassör: {rng.choice(['Elin', 'Oskar', 'Maja'])}")
    r.text(f"Datum {k.date(t, '%Y-%m-%d')}  {hm(t)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        label = name if qty == 1 else f"{qty} {name} à {money(unit, 'fr')}"
        r.lr(label, money(amt, "fr"))
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(12))
    r.rule("-")
    r.lr("Totalt SEK", k.total(total, "fr"), face="lmono-b", scale=1.2)
    r.lr("Kort", money(total, "fr"))
    r.feed()
    r.text(f"{'Moms%':<8}{'Moms':>10}{'Netto':>11}{'Brutto':>11}")
    r.text(f"{'12,00':<8}{money(vat, 'fr'):>10}{money(net, 'fr'):>11}{money(total, 'fr'):>11}")
    r.feed()
    r.lr("VISA", f"************{digits(rng, 4)}")
    r.lr("Kontaktlös", f"Ref {digits(rng, 6)}")
    r.lr("Godkänd", f"{t:%y%m%d} {hm(t)}")
    r.feed()
    r.center("Spara kvittot")
    r.center("Välkommen åter!")
    spec = {
        "place": "glass",
        "lid": (250, 250, 250),
        "margin": (10, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "bilevel",
        "threshold": 140,
        "dpi": 200,
        "fmt": "tif",
    }
    case = "1-bit (G4 TIFF) scan; ISO date; amounts with decimal commas; moms table repeats the total"
    return Case("r15_se_kvitto", "SE", "sv", "Swedish konditori kvitto", case, r.image(), r.lines, k, spec)


CASES = [r13_it_scontrino, r14_nl_supermarkt, r15_se_kvitto]
