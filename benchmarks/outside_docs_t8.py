"""Set T receipts 22-24: an Athens souvlaki grill's 58 mm apodeixi (Greek headings, Latin shop lines, owner's
name, ΑΦΜ, ΦΠΑ 13 %/24 %), an Istanbul clothing shop's ÖKC fiş (starred amounts, KDV, card part with TL) and
an Oslo parking operator's e-mailed PDF receipt (org.nr. MVA, Norwegian month name, kr)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_t import EReceipt, TCase, TKey, TRoll, tendered


def t22_gr_souvlaki(rng: random.Random) -> TCase:
    k = TKey("EUR", "€")
    t = when(rng, 2025, 12, 24)
    r = TRoll(58, 32, "dmono", pitch=1.35)
    items = menu(
        rng,
        "GYROS PITA XOIRINO 4.00 13; SOUVLAKI KOTOPOULO 3.50 13; MERIDA GYROS 12.50 13; PATATES 3.50 13; "
        "TZATZIKI 4.00 13; HORIATIKI 8.50 13; COCA COLA 330 2.50 24; MYTHOS 500ML 4.50 24; NERO 0.50 13",
        rng.randint(3, 5),
    )
    lines = []  # (name, qty, amount, VAT rate): each entry is "name price" and its rate
    for entry, _q, rate, _a in items:
        name, price = entry.rsplit(" ", 1)
        qty = rng.randint(1, 3)
        lines.append((name, qty, Decimal(price) * qty, int(rate)))
    r.center(k.company("PSISTARIA O LEFKOS"), face="dmono-b", hy=2.0)
    r.center(k.alt("PAPADOPOULOS GEORGIOS"))
    r.block(k.address("ADRIANOU 52, MONASTIRAKI", "105 55 ATHINA"), "c")
    r.center(f"ΑΦΜ: {digits(rng, 9)}  ΔΟΥ: Α' ΑΘΗΝΩΝ")
    r.center(f"ΤΗΛ: 210 32{digits(rng, 5)}")
    r.rule("-")
    r.center("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ")
    r.lr(f"ΑΡ. {digits(rng, 5)}", f"{k.date(t, '%d-%m-%Y')} {hm(t)}")
    r.rule("-")
    for name, qty, amt, rate in lines:
        r.lr(f"{qty} {fit(name, 20)}", f"{money(amt, 'eu')} {'B' if rate == 13 else 'C'}")
    total = sum((a for _n, _q, a, _r in lines), Decimal(0))
    r.rule("-")
    r.lr("ΣΥΝΟΛΟ €", k.total(total, "eu"), face="dmono-b", hy=1.8)
    cash = tendered(rng, total, (5, 10, 20, 50))
    r.lr("ΜΕΤΡΗΤΑ", money(cash, "eu"))
    r.lr("ΡΕΣΤΑ", money(cash - total, "eu"))
    for code, rate in (("B", 13), ("C", 24)):
        gross = sum((a for _n, _q, a, rt in lines if rt == rate), Decimal(0))
        if gross:
            r.lr(f"ΦΠΑ {code} {rate}%", money(vat_in(gross, Decimal(rate))[1], "eu"))
    r.rule("-")
    r.text(f"ΜΑΡΚ: 4000{digits(rng, 11)}")
    r.qr(rng, 18)
    r.center("EFXARISTOUME - THANK YOU")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.15,
        "creases": 8,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-6, 6),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 74,
        "long": 2000,
    }
    case = (
        "58 mm, Greek headings with Latin name, owner's name and address, ΦΠΑ 13%/24%, myDATA mark; crumpled"
    )
    return TCase(
        "t22_gr_souvlaki", "GR", "el", "Greek souvlaki grill", case, r.image(cut="torn"), r.lines, k, spec
    )


def t23_tr_clothing(rng: random.Random) -> TCase:
    k = TKey("TRY", "TL")
    t = when(rng, 2025, 10, 22)
    r = TRoll(80, 40, "dmono", pitch=1.35)
    items = menu(
        rng,
        "TİŞÖRT BASIC BEYAZ 249.99; KOT PANTOLON SLIM 899.99; GÖMLEK OXFORD 699.99; "
        "SWEATSHIRT KAPŞONLU 749.99; ÇORAP 3LÜ 149.99; KEMER DERİ 399.99; ŞORT KETEN 549.99; "
        "ELBİSE MİDİ 1199.99; MONT ŞİŞME 2499.99",
        rng.randint(2, 4),
        qmax=2,
    )
    r.center(k.company("MODA SOKAK"), face="dmono-b", wx=1.5, hy=2.0)
    r.center(k.alt("MODA SOKAK TEKSTİL SAN. VE TİC. A.Ş."))
    r.block(k.address("BAĞDAT CAD. NO:312", "KADIKÖY/İSTANBUL"), "c")
    r.center(f"KOZYATAĞI V.D. {digits(rng, 10)}")
    r.rule("-")
    r.lr(f"TARİH : {k.date(t, '%d.%m.%Y')}", f"SAAT : {hm(t)}")
    r.lr("", f"FİŞ NO : {rng.randint(1, 300):04d}")
    r.rule("-")
    gross = Decimal(0)
    for name, qty, unit, amt in items:
        if qty > 1:
            r.text(f"{qty} AD X {money(unit, 'eu')}")
        r.lr(f"{fit(name, 24)} %10", f"*{money(amt, 'eu')}")
        gross += amt
    disc = q2(gross * Decimal("0.2")) if rng.random() < 0.5 else Decimal(0)
    if disc:
        r.lr("İNDİRİM %20", f"*-{money(disc, 'eu')}")
    total = gross - disc
    r.rule("-")
    r.lr("TOPKDV", f"*{money(vat_in(total, Decimal(10))[1], 'eu')}")
    r.lr("TOPLAM", f"*{money(total, 'eu')}", face="dmono-b", hy=1.8)
    r.lr("KREDİ KARTI", f"*{money(total, 'eu')}")
    r.rule("-")
    r.center("KREDİ KARTI SATIŞ")
    r.text(f"KART NO: {digits(rng, 6)}******{digits(rng, 4)}")
    r.text(f"ONAY KODU: {digits(rng, 6)}  TAKSİT: YOK")
    r.lr("TUTAR:", f"{k.total(total, 'eu')} TL", face="dmono-b")
    r.rule("-")
    r.text(f"Z NO: {rng.randint(100, 2000)}  EKÜ NO: 0001")
    r.lr("", f"MF {rng.choice(['AB', 'JH', 'KT'])} {digits(rng, 8)}")
    r.center("DEĞİŞİM SÜRESİ 14 GÜNDÜR")
    spec = {
        "paper": ["fade"],
        "fade": 0.3,
        "place": "glass",
        "lid": (236, 236, 232),
        "margin": (12, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = (
        "ÖKC fiş, A.Ş. legal name, V.D. tax no, starred amounts *1.249,97, KDV %10, card part 'TUTAR ... TL'"
    )
    return TCase("t23_tr_clothing", "TR", "tr", "Turkish clothing shop", case, r.image(), r.lines, k, spec)


def t24_no_parking_email(rng: random.Random) -> TCase:
    k = TKey("NOK", "kr")
    t = when(rng, 2025, 7, 18)
    start = t - timedelta(minutes=rng.randint(40, 300))
    minutes = int((t - start).total_seconds() // 60)
    total = q2(Decimal(minutes) * Decimal("1.45")).quantize(Decimal(1))
    e = EReceipt(210, 22, "dejavu")
    e.text(k.company("FJORDPARK AS"), size=16, bold=True, h=8)
    e.text("Kvittering for parkering", size=11)
    e.feed(5)
    e.lr(f"Kvitteringsnr.: {digits(rng, 9)}", f"Dato: {k.date(t, '%-d. %B %Y', 'no')}")
    e.rule(3)
    e.lr("Parkeringsplass", rng.choice(["Aker Brygge P-hus (sone 3101)", "Vulkan P-hus (sone 3208)"]))
    e.lr("Registreringsnummer", f"{rng.choice(['EL', 'EV', 'DN', 'BS'])} {digits(rng, 5)}")
    e.lr("Start", f"{start:%d.%m.%Y} {hm(start)}")
    e.lr("Slutt", f"{t:%d.%m.%Y} {hm(t)}")
    e.lr("Varighet", f"{minutes // 60} t {minutes % 60} min")
    e.rule(3)
    _net, vat = vat_in(total, Decimal(25))
    e.lr("Parkeringsavgift", f"kr {money(total, 'fr')}")
    e.lr("Herav mva. 25 %", f"kr {money(vat, 'fr')}")
    e.lr("Totalt betalt", f"kr {k.total(total, 'fr')}", bold=True, size=11)
    e.lr("Betalt med", f"Visa **** {digits(rng, 4)}")
    e.feed(10)
    e.rule(3)
    e.text("Selger", size=8, bold=True)
    e.text("FJORDPARK AS", size=8)
    for line in k.address("Postboks 1432 Vika", "0115 Oslo"):
        e.text(line, size=8)
    e.text(f"Org.nr. 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} MVA", size=8)
    e.text("Spørsmål? kundeservice@fjordpark.no", size=8)
    data, image = e.output()
    spec = {"place": "email", "kind": "e-receipt", "fmt": "pdf"}
    case = (
        "born-digital A4 PDF, '15. mars 2025', kr 1 234,00, seller block (name, address, org.nr.) at the foot"
    )
    return TCase(
        "t24_no_parking_email", "NO", "no", "Norwegian parking e-receipt", case, image, e.lines, k, spec, data
    )


CASES = [t22_gr_souvlaki, t23_tr_clothing, t24_no_parking_email]
