"""Set R receipts 28-30: a Zürich hotel's minibar slip (charged to the room, arrival and departure
dates), a Copenhagen bakery paid by Dankort, and a Lyon brasserie note with its CB card slip stapled."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money
from outside_common_r import Case, Key, digits, fit, hm, menu, stack, vat_in, when
from outside_roll_r import Roll


def r28_ch_hotel_minibar(rng: random.Random) -> Case:
    k = Key("CHF", "CHF")
    t = when(rng, lo=7, hi=23)
    r = Roll(80, 42, "nmono-b", pitch=1.35)
    items = menu(
        rng,
        "Mineralwasser 5dl 6.00; Cola 3.3dl 6.50; Bier 3.3dl 7.50; Weisswein 2dl 14.00; Erdnüsse 8.50; "
        "Schokolade 100g 6.50; Orangensaft 2dl 6.00; Chips 9.00; Prosecco 2dl 18.00",
        rng.randint(3, 5),
        qmax=2,
    )
    arrival = t - timedelta(days=rng.randint(1, 3))
    departure = t + timedelta(days=rng.randint(1, 3))
    room = rng.randint(101, 640)
    r.big(k.company("HOTEL BELLERIVE AM SEE"), face="c059-b", height=4.5)
    r.center("****")
    r.block(k.address("Seestrasse 120", "8002 Zürich"), "c")
    r.center("Tel. +41 44 555 12 00")
    r.center("MWST-Nr. CHE-114.882.771 MWST")
    r.rule("=")
    r.center("MINIBAR", face="nmono-b", hy=2.0)
    r.lr("Zimmer / Room", str(room))
    r.lr("Gast / Guest", rng.choice(["Hr. Lindqvist", "Fr. Moreau", "Mr. Okafor"]))
    r.lr("Anreise / Arrival", f"{arrival:%d.%m.%Y}")
    r.lr("Abreise / Departure", f"{departure:%d.%m.%Y}")
    r.lr("Datum / Date", f"{k.date(t, '%d.%m.%Y')} {hm(t)}")
    r.lr("Beleg-Nr.", f"MB-{digits(rng, 6)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {name}", money(amt, "ch"))
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("Total CHF", k.total(total, "ch"), face="nmono-b", scale=1.15)
    r.lr("inkl. MWST 8.1%", money(vat_in(total, Decimal("8.1"))[1], "ch"))
    r.feed()
    r.text("Belastet auf Zimmer / Charged to room")
    r.text(f"Folio {digits(rng, 6)}   Kellner: MB01")
    r.feed()
    r.text("Unterschrift / Signature:")
    sign_at = 35 + r.y * 25.4 / 300 + 3  # mm down the A4 sheet where the slip's signature line is
    r.feed(2)
    r.text("_" * 34, record=False)
    r.center("Vielen Dank - Thank you")
    spec = {
        "place": "a4",
        "at": (25, 35),
        "angle": rng.uniform(-2, 2),
        "tape": True,
        "marks": [
            {"type": "signature", "at": (65, sign_at), "width": 35},
            {
                "type": "note",
                "lines": [f"Zimmer {room} - Zürich", "Reisekosten Q4"],
                "at": (150, 70),
                "size": 15,
            },
        ],
        "kind": "scan",
        "colour": True,
        "dpi": 200,
        "fmt": "pdf",
    }
    case = "charged to the room; arrival, departure and charge dates; signature; taped to an A4 sheet"
    return Case(
        "r28_ch_hotel_minibar", "CH", "de", "Swiss hotel minibar slip", case, r.image(), r.lines, k, spec
    )


def r29_dk_bageri(rng: random.Random) -> Case:
    k = Key("DKK", "DKK")
    t = when(rng, lo=6, hi=17)
    r = Roll(80, 40, "lmono", pitch=1.35)
    items = menu(
        rng,
        "Rugbrød 38.00; Tebirkes 15.00; Kanelsnegl 24.00; Spandauer 22.00; Kaffe 32.00; Hindbærsnitte 20.00; "
        "Grovbolle 8.00; Croissant 18.00; Cappuccino 42.00; Drømmekage 28.00",
        rng.randint(3, 5),
        qmax=3,
    )
    r.big(k.company("KORNBLOMST BAGERI"), face="scond-b", height=5)
    r.block(k.address("Nørrebrogade 58", "2200 København N"), "c")
    r.center("Tlf. 35 55 41 20")
    r.center("CVR 38441209")
    r.rule("-")
    r.lr(f"Bon {rng.randint(10000, 99999)}", "Kasse 1")
    r.text(f"Eksp.: {rng.choice(['Mads', 'Freja', 'Ida'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.lr(name if qty == 1 else f"{qty} stk {name} à {money(unit, 'eu')}", money(amt, "eu"))
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("I ALT DKK", k.total(total, "eu"), face="lmono-b", hy=2.0)
    r.lr("Dankort", money(total, "eu"))
    r.lr("Heraf moms 25%", money(vat_in(total, Decimal(25))[1], "eu"))
    r.feed()
    r.text("DANKORT-VISA")
    r.text(f"XXXX XXXX XXXX {digits(rng, 4)}")
    r.lr("Kontaktløs", f"Ref {digits(rng, 6)}")
    r.text("GODKENDT")
    r.feed()
    r.lr(f"Dato {k.date(t, '%d.%m.%Y')}", f"Kl. {hm(t)}")
    r.center("Tak for besøget!")
    spec = {
        "place": "table",
        "table": "marble",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 75,
        "long": 2200,
    }
    case = "I ALT total; moms included line; card block between total and date; marble table photo"
    return Case("r29_dk_bageri", "DK", "da", "Danish bakery", case, r.image(cut="torn"), r.lines, k, spec)


def r30_fr_brasserie_cb(rng: random.Random) -> Case:
    k = Key("EUR", "€")
    t = when(rng, lo=12, hi=23)
    r = Roll(80, 42, "dmono", pitch=1.3)
    food = menu(
        rng,
        "Salade lyonnaise 14.50; Quenelle sauce Nantua 19.00; Andouillette 18.50; Tablier de sapeur 17.00; "
        "Saucisson brioché 12.00; Cervelle de canut 8.50; Tarte aux pralines 8.00; Café 2.50",
        rng.randint(3, 5),
        qmax=2,
    )
    wine = menu(
        rng, "Kir 6.00; Côtes du Rhône 75cl 28.00; Pot lyonnais 46cl 19.00; Bière pression 5.50", 2, qmax=2
    )
    r.center("Brasserie", face="script", scale=2.0)
    r.big(k.company("LE COMPTOIR LYONNAIS"), face="p052-b", height=4.5)
    r.center(k.alt("SAS Comptoir Bellecour"))
    r.block(k.address("14 place Bellecour", "69002 Lyon"), "c")
    r.center("Tél. 04 78 55 21 40")
    r.center("SIRET 881 442 019 00014 - NAF 5610A")
    r.center("TVA intracom. FR28881442019")
    r.rule("-")
    r.lr(
        f"Table {rng.randint(1, 40)}  Couverts {rng.randint(2, 4)}",
        f"Serveur : {rng.choice(['Hugo', 'Manon'])}",
    )
    r.text(f"Note n° {rng.randint(10000, 99999)}")
    r.rule("-")
    g10 = g20 = Decimal(0)
    for (name, qty, _unit, amt), rate in [(i, 10) for i in food] + [(i, 20) for i in wine]:
        r.lr(f"{qty} {fit(name, 30)}", money(amt, "plainc"))
        if rate == 10:
            g10 += amt
        else:
            g20 += amt
    total = g10 + g20
    r.rule("-")
    r.lr("TOTAL TTC", f"{k.total(total, 'plainc')} €", face="dmono-b", hy=2.0)
    r.text(f"{'Taux':<8}{'HT':>10}{'TVA':>10}{'TTC':>10}")
    for rate, gross in ((10, g10), (20, g20)):
        net, vat = vat_in(gross, Decimal(rate))
        r.text(f"{str(rate) + ',0%':<8}" + "".join(f"{money(v, 'plainc'):>10}" for v in (net, vat, gross)))
    r.lr("Carte bancaire", money(total, "plainc"))
    r.text("Service compris")
    r.center(f"Le {k.date(t, '%d/%m/%Y')} à {hm(t)}")
    r.center("Merci et à bientôt !")
    s = Roll(58, 24, "lmono", pitch=1.3, top=9)
    pay = t + timedelta(minutes=rng.randint(50, 120))
    for line in ("CARTE BANCAIRE", "SANS CONTACT", "A0000000421010", "CB"):
        s.center(line)
    s.text(f"LE {pay:%d/%m/%y} A {hm(pay, True)}")
    s.text("LE COMPTOIR LYONNAIS")
    s.text("69002 LYON")
    s.text(f"{digits(rng, 7)}")
    s.text(f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}")
    s.text(f"############{digits(rng, 4)}")
    s.text(f"{rng.randbytes(6).hex().upper()}")
    s.text("MONTANT =")
    s.text(f"{money(total, 'plainc')} EUR", "r", face="lmono-b")
    s.center("DEBIT")
    s.center("TICKET CLIENT")
    s.center("A CONSERVER")
    image = stack(r.image(), s.image(), overlap=5, dx=rng.uniform(10, 20), angle=rng.uniform(-4, 4))
    spec = {
        "place": "glass",
        "lid": (215, 215, 212),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "colour": True,
        "dpi": 300,
        "fmt": "png",
    }
    case = "script 'Brasserie' above the name; TVA at two rates; CB slip stapled below with its own date form"
    return Case(
        "r30_fr_brasserie_cb",
        "FR",
        "fr",
        "French brasserie + CB slip",
        case,
        image,
        r.lines + s.lines,
        k,
        spec,
    )


CASES = [r28_ch_hotel_minibar, r29_dk_bageri, r30_fr_brasserie_cb]
