"""Set RA receipts 4-6: a Madrid churrería's factura simplificada (S.L., NIF, units/price/amount columns,
base imponible and cuota IVA 10 %, entregado and cambio), a Utrecht bicycle shop's bon (B.V., KvK and BTW
numbers, labour and parts, BTW 21 % specified, PIN payment with the terminal lines) and a Kraków pharmacy's
paragon fiskalny (Sp. z o.o., NIP, PTU A 23 % / B 8 %, 'SUMA PLN', ISO date at the top)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money
from outside_common_r import digits, fit, hm, menu, when
from outside_common_ra import amounts, btw_nl, nif_es, nip_pl, split_vat
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra04_es_churreria(rng: random.Random) -> TCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 8, 13)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Ración de churros 2.80; Ración de porras 3.20; Chocolate a la taza 2.90; Café con leche 1.80; "
        "Café solo 1.40; Cortado 1.50; Zumo de naranja 3.20; Tostada con tomate 2.60; Colacao 2.20; "
        "Agua mineral 0,5L 1.50",
        rng.randint(3, 6),
        qmax=4,
    )
    r.center(k.company("CHURRERÍA LA ESQUINA DORADA"), face="lmono-b")
    r.center(k.alt("Esquina Dorada Hostelería, S.L."))
    r.center(f"NIF: {nif_es(rng)}")
    r.block(k.address("C/ de Toledo, 41", "28005 Madrid"), "c")
    r.center(f"Tel. 91 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}")
    r.rule("=")
    r.center("FACTURA SIMPLIFICADA", face="lmono-b")
    r.text(f"Nº: T{rng.randint(1, 3)}/{t.year}/{digits(rng, 6)}")
    r.lr(f"Fecha: {k.date(t, '%d/%m/%Y')}", f"Hora: {hm(t)}")
    r.lr(f"Mesa: {rng.choice(['BARRA', '4', '7', '12', 'TERRAZA 2'])}", f"Camarero: {rng.randint(1, 9)}")
    r.rule("-")
    widths = [4, 22, -7, -9]
    cols(r, ["Ud", "Descripción", "Precio", "Importe"], widths)
    for name, qty, unit, amt in items:
        cols(r, [str(qty), fit(name, 21), money(unit, "eu"), money(amt, "eu")], widths)
    total = amounts(items)
    ((_, base, iva, _),) = split_vat({Decimal(10): total})
    r.rule("-")
    r.lr("Base imponible 10%", money(base, "eu"))
    r.lr("Cuota IVA 10%", money(iva, "eu"))
    r.lr("TOTAL (IVA incl.) €", k.total(total, "eu"), face="lmono-b", hy=1.8)
    if rng.random() < 0.6:
        paid = tendered(rng, total, (1, 5, 10, 20))
        r.lr("Entregado", money(paid, "eu"))
        r.lr("Cambio", money(paid - total, "eu"))
    else:
        r.lr("Tarjeta", money(total, "eu"))
    r.rule("-")
    r.center("IVA INCLUIDO - GRACIAS POR SU VISITA")
    r.center("Abierto todos los días desde las 7:00")
    spec = photo(rng, "wood", 6, quality=78, long=2400)
    case = "S.L. legal name, NIF above the address, 'FACTURA SIMPLIFICADA', base imponible / cuota IVA 10 %"
    return TCase("ra04_es_churreria", "ES", "es", "Spanish churrería", case, r.image(), r.lines, k, spec)


def ra05_nl_fietsenwinkel(rng: random.Random) -> TCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 9, 18)
    r = TRoll(80, 40, "dmono", pitch=1.35)
    parts = menu(
        rng,
        "Binnenband 28 inch 8.95; Buitenband Schwalbe 28x1.40 32.95; Fietsslot AXA ring 39.95; "
        "Fietsbel 6.50; LED verlichtingsset 24.95; Kettingolie 100ml 7.95; Remblokjes set 9.95; "
        "Fietstas enkel 34.95; "
        "Zadeldek gel 12.50; Spatbord voor 14.95",
        rng.randint(2, 4),
    )
    labour = menu(
        rng,
        "Arbeid bandenwissel 12.50; Arbeid remmen afstellen 17.50; Arbeid kleine beurt 49.00; "
        "Arbeid versnelling afstellen 19.50",
        1,
    )
    r.center(k.company("RIJWIELHANDEL DE SPAAK"), face="dmono-b", hy=2.0)
    r.block(k.address("Oudegracht 210", "3511 NS Utrecht"), "c")
    r.center(f"Tel 030 {digits(rng, 3)} {digits(rng, 4)}")
    r.center(k.alt("De Spaak Tweewielers B.V."))
    r.center(f"KvK {digits(rng, 8)}  BTW {btw_nl(rng)}")
    r.rule("-")
    r.lr(f"Bon {digits(rng, 6)}", f"{k.date(t, '%d-%m-%Y')} {hm(t)}")
    r.text(f"Werkorder {rng.randint(2000, 9999)}  Medew. {rng.choice(['Sanne', 'Daan', 'Fleur'])}")
    r.rule("-")
    for name, _qty, _unit, amt in labour + parts:
        r.lr(fit(name, 30), money(amt, "eu"))
    total = amounts(labour) + amounts(parts)
    ((_, net, btw, _),) = split_vat({Decimal(21): total})
    r.rule("-")
    r.lr("Totaal €", k.total(total, "eu"), face="dmono-b", hy=1.8)
    r.lr("PIN", money(total, "eu"))
    r.rule("-")
    r.text("BTW-specificatie")
    cols(r, ["", "Excl.", "BTW", "Incl."], [10, -10, -10, -10])
    cols(r, ["21%", money(net, "eu"), money(btw, "eu"), money(total, "eu")], [10, -10, -10, -10])
    r.rule("-")
    r.text(f"Terminal {rng.choice('ABCDEF')}{digits(rng, 6)}  Merchant {digits(rng, 6)}")
    r.text(f"{rng.choice(['Maestro', 'V PAY', 'Mastercard'])}  Kaart xxxx xxxx xxxx {digits(rng, 4)}")
    r.text(f"Autorisatiecode {digits(rng, 6)}  Contactless")
    r.feed(0.5)
    r.center("Garantie alleen met deze bon")
    r.center("Bedankt en goede rit!")
    spec = scan(rng, 200, "jpg", quality=80, margin=(12, 12), lid=(232, 232, 228))
    case = (
        "address before the B.V. name, KvK and BTW on one line, labour + parts, BTW-specificatie, PIN lines"
    )
    return TCase("ra05_nl_fietsenwinkel", "NL", "nl", "Dutch bicycle shop", case, r.image(), r.lines, k, spec)


def ra06_pl_apteka(rng: random.Random) -> TCase:
    k = VKey("PLN", "PLN")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    meds = menu(
        rng,
        "IBUPROM 200MG 10TABL 9.99; APAP EXTRA 24TABL 16.49; RUTINOSCORBIN 150TABL 14.99; "
        "STREPSILS INTENSIVE 24PAST 24.99; NEOSINE FORTE 20TABL 32.90; OTRIVIN 0,1% AEROZOL 21.49; "
        "ESPUMISAN 40MG 25KAPS 12.99; ENTEROL 250 10KAPS 27.90",
        rng.randint(1, 3),
        qmax=2,
    )
    other = menu(
        rng,
        "ZIAJA KREM MED 50ML 18.99; CERAVE ZEL MYJACY 236ML 49.99; PLASTRY HANSAPLAST 20SZT 11.49; "
        "SZCZOTECZKA ELMEX 14.99",
        rng.randint(1, 2),
    )
    r.center(k.company("APTEKA POD SOSNAMI"), face="dmono-b", hy=2.0)
    r.center(k.alt("Farmapol Sosnowski Sp. z o.o."))
    r.block(k.address("ul. Długa 15", "31-147 Kraków"), "c")
    r.center(f"NIP {nip_pl(rng)}")
    r.rule("-")
    r.lr(k.date(t, "%Y-%m-%d"), f"nr wydr. {digits(rng, 6)}")
    r.center("PARAGON FISKALNY", face="dmono-b", hy=1.6)
    r.rule("-")
    lines = [(m, "B") for m in meds] + [(o, "A") for o in other]
    for (name, qty, unit, amt), tag in lines:
        r.text(fit(name, 42))
        r.lr(f"   {qty} x{money(unit, 'eu')}", f"{money(amt, 'eu')}{tag}")
    a, b = amounts(other), amounts(meds)
    total = a + b
    r.rule("-")
    (_, _, vb, gb), (_, _, va, ga) = split_vat({Decimal(8): b, Decimal(23): a})
    r.lr("Sprzed. opodatk. A", money(ga, "eu"))
    r.lr("Kwota PTU A 23%", money(va, "eu"))
    r.lr("Sprzed. opodatk. B", money(gb, "eu"))
    r.lr("Kwota PTU B 8%", money(vb, "eu"))
    r.lr("Suma PTU", money(va + vb, "eu"))
    r.lr("SUMA PLN", k.total(total, "eu"), face="dmono-b", hy=2.0)
    r.rule("-")
    if rng.random() < 0.5:
        paid = tendered(rng, total, (10, 20, 50, 100))
        r.lr("Gotówka", money(paid, "eu"))
        r.lr("Reszta", money(paid - total, "eu"))
    else:
        r.lr("Karta płatnicza", money(total, "eu"))
    r.text(f"{digits(rng, 5)} #Kasa 2  Kasjer: mgr farm. {rng.choice(['A. Nowak', 'K. Wójcik'])}")
    r.text(f"{k.date(t, '%Y-%m-%d')} {hm(t)}")
    r.center(f"{rng.choice(['BFA', 'CCO', 'EAO'])} {digits(rng, 8)}", face="dmono-b")
    r.center("Dziękujemy, zapraszamy ponownie")
    spec = photo(rng, "white", 4, paper=["crumple"], crumple=0.12, quality=80, long=2500)
    case = "Sp. z o.o. legal name, NIP, 'PARAGON FISKALNY', PTU A 23 % / B 8 % block, 'SUMA PLN'; crumpled"
    return TCase("ra06_pl_apteka", "PL", "pl", "Polish pharmacy paragon", case, r.image(), r.lines, k, spec)


CASES = [ra04_es_churreria, ra05_nl_fietsenwinkel, ra06_pl_apteka]
