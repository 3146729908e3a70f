"""Set X receipts 4-6: a Tirana café bar's fiscal invoice (sh.p.k., NIPT, NIVF/NSLF codes, whole lek printed
as 1250.00 Lek), a Kotor konoba's fiscal račun taped to an A4 sheet (PIB, PDV number, IKOF/JIKR, PDV 21 %,
EUR) and a Chișinău car park's bon fiscal (S.R.L., cod fiscal IDNO, entry and exit times, TVA 20 %, lei);
the last as a 1-bit scan."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import idno_md, nipt_al, photo, pib_me, scan


def x04_al_cafe(rng: random.Random) -> TCase:
    k = VKey("ALL", "Lek")
    t = when(rng, 2025, 7, 23)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Kafe ekspres 100; Kapuçino 180; Makiato 120; Çaj mali 150; Lëng portokalli 300; "
        "Ujë Tepelena 0.5L 100; Birrë Korça 250; Kruasan 150; Sanduiç proshutë 350; Bakllava 200; "
        "Raki rrushi 200; Coca-Cola 200",
        rng.randint(2, 5),
        qmax=3,
    )
    r.center(k.company("BAR KAFE TIRANA E RE"), face="dmono-b", hy=2.0)
    r.center(k.alt("TIRANA E RE sh.p.k."))
    r.block(k.address("Rruga Myslym Shyri, Nr. 24", "1001 Tiranë"), "c")
    r.center(f"NIPT: {nipt_al(rng)}")
    r.rule("-")
    r.center("FATURË TATIMORE", face="dmono-b")
    r.text(f"Nr. fature: {rng.randint(10, 9999)}/{t.year}")
    r.text(f"Data: {k.date(t, '%d.%m.%Y')} {hm(t, True)}")
    r.text(f"Kamarier: {rng.choice(['Erion', 'Klea', 'Arber'])}  Tavolina {rng.randint(1, 20)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} x {fit(name, 24)}", money(amt, "plain"))
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    net, vat = vat_in(total, Decimal(20))
    r.lr("Vlera pa TVSH", money(net, "plain"))
    r.lr("TVSH 20%", money(vat, "plain"))
    r.lr("TOTALI (Lek)", k.total(total, "plain"), face="dmono-b", hy=1.8)
    r.lr("Mënyra e pagesës", "Para në dorë")
    r.rule("-")
    r.text(f"NIVF: {uuid.UUID(int=rng.getrandbits(128))}")
    r.text(f"NSLF: {uuid.UUID(int=rng.getrandbits(128)).hex.upper()}")
    r.text(f"Kodi i operatorit: {rng.choice('abcdefgh')}{rng.choice('xyzq')}{digits(rng, 3)}")
    r.text(f"Kodi i biznesit: {rng.choice('klmn')}{rng.choice('rstu')}{digits(rng, 3)}")
    r.qr(rng, 20)
    r.center("Faleminderit!")
    spec = photo(rng, "slate", 4, quality=80, long=2400)
    case = "sh.p.k. legal name, NIPT, 'FATURË TATIMORE', NIVF/NSLF, whole lek as 1250.00; photo on slate"
    return TCase("x04_al_cafe", "AL", "sq", "Albanian café bar", case, r.image(), r.lines, k, spec)


def x05_me_konoba(rng: random.Random) -> TCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 12, 23)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Njeguški pršut 100g 9.50; Crni rižot 14.00; Lignje na žaru 16.50; Riba dana kg 58.00; "
        "Teleća čorba 5.50; Šopska salata 6.00; Kačamak 8.00; Vranac 0.75L 24.00; Krstač čaša 4.50; "
        "Nikšićko pivo 3.00; Voda Rosa 0.75L 3.50; Palačinke 5.00",
        rng.randint(3, 6),
        qmax=2,
    )
    r.center(k.company("KONOBA STARI MLIN"), face="lmono-b", wx=1.3, hy=2.0)
    r.center(k.alt("Stari mlin d.o.o."))
    r.block(k.address("Ljuta bb", "85330 Kotor, Crna Gora"), "c")
    r.center(f"PIB: {pib_me(rng)}  PDV: 30/31-{digits(rng, 5)}-{rng.randint(0, 9)}")
    r.rule("=")
    r.lr(f"RAČUN br. {rng.randint(100, 9999)}/{t.year}", f"Sto {rng.randint(1, 30)}")
    r.lr(f"Datum: {k.date(t, '%d.%m.%Y')}", f"Vrijeme: {hm(t, True)}")
    op = f"{rng.choice('ab')}{rng.choice('cd')}{digits(rng, 3)}{rng.choice('ef')}{digits(rng, 3)}"
    r.text(f"Kod operatera: {op}")
    r.rule("-")
    r.text("Naziv              Kol.   Cijena    Iznos")
    for name, qty, unit, amt in items:
        r.text(f"{fit(name, 18):<18} {qty:>4} {money(unit, 'eu'):>8} {money(amt, 'eu'):>8}")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    net, vat = vat_in(total, Decimal(21))
    r.lr("Osnovica 21%", money(net, "eu"))
    r.lr("PDV 21%", money(vat, "eu"))
    r.lr("UKUPNO ZA PLAĆANJE", f"{k.total(total, 'eu')} €", face="lmono-b", hy=1.8)
    r.lr("Način plaćanja:", rng.choice(["Gotovina", "Kartica"]))
    r.rule("-")
    r.text(f"IKOF: {uuid.UUID(int=rng.getrandbits(128)).hex.upper()}")
    r.text(f"JIKR: {uuid.UUID(int=rng.getrandbits(128))}")
    r.qr(rng, 20)
    r.center("Hvala na posjeti!")
    spec = {"place": "a4", "at": (40, 28), "angle": rng.uniform(-3, 3), "tape": True}
    spec["marks"] = [
        {"type": "note", "lines": ["Kotor - vecera s klijentom", "4 osobe"], "at": (118, 230), "size": 14},
    ]
    spec |= {"kind": "scan", "dpi": 200, "fmt": "jpg", "quality": 82}
    case = "d.o.o. legal name, PIB/PDV, columned račun, 'UKUPNO ZA PLAĆANJE 45,50 €', IKOF/JIKR; taped to A4"
    return TCase("x05_me_konoba", "ME", "sr", "Montenegrin konoba", case, r.image(), r.lines, k, spec)


def x06_md_parking(rng: random.Random) -> TCase:
    k = VKey("MDL", "MDL")
    t = when(rng, 2025, 7, 16)
    stay = timedelta(minutes=rng.randint(25, 330))
    out = t + stay
    hours = -(-int(stay.total_seconds()) // 3600)
    rate = Decimal(rng.choice([10, 15, 20]))
    total = rate * hours
    r = TRoll(80, 40, "lmono", pitch=1.35)
    r.center(k.company("PARCARE CENTRAL"), face="lmono-b", wx=1.4, hy=2.0)
    r.center(k.alt('S.R.L. "PARK SERVICE GRUP"'))
    r.block(k.address("bd. Ștefan cel Mare și Sfînt 134", "MD-2012 Chișinău"), "c")
    r.center(f"Cod fiscal: {idno_md(rng)}")
    r.center(f"Cod TVA: {digits(rng, 7)}")
    r.rule("-")
    r.text(f"Nr. MEF: J{digits(rng, 9)}")
    r.text(f"Tichet nr. {digits(rng, 8)}")
    r.text(f"Intrare: {t:%d.%m.%Y} {hm(t)}")
    r.text(f"Ieșire:  {out:%d.%m.%Y} {hm(out)}")
    r.text(f"Durata: {hours} h  Tarif {money(rate)} lei/ora")
    r.rule("-")
    r.lr(f"PARCARE {hours} h", f"{money(total)} A")
    vat = vat_in(total, Decimal(20))[1]
    r.rule("-")
    r.lr("TOTAL MDL", k.total(total), face="lmono-b", hy=1.8)
    cash = rng.random() < 0.6
    paid = tendered(rng, total, (10, 50, 100, 200)) if cash else total
    r.lr("NUMERAR" if cash else "CARD", money(paid))
    if cash:
        r.lr("REST", money(paid - total))
    r.lr("TVA A = 20.00%", money(vat))
    r.rule("-")
    r.text(f"{k.date(out, '%d.%m.%Y')} {hm(out, True)}  BON {digits(rng, 5)}")
    r.center("BON FISCAL", face="lmono-b")
    r.center("Va multumim! Drum bun!")
    spec = scan(rng, 300, "tif", kind="bilevel", threshold=150, lid=(240, 240, 238), margin=(10, 10))
    case = "S.R.L. \"...\" legal name, cod fiscal IDNO, entry/exit, 'TOTAL MDL', TVA 20 %; 1-bit scan"
    return TCase("x06_md_parking", "MD", "ro", "Moldovan car park", case, r.image(), r.lines, k, spec)


CASES = [x04_al_cafe, x05_me_konoba, x06_md_parking]
