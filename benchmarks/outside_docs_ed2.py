"""Set ED receipts 4-6: a Copenhagen gym's membership payment receipt (ReportLab: a logo square beside the
name, the address under it, the month's period, a joining fee, a student discount, moms 25 % included,
'Betalingsdato' on the first of the month and the next draw a month later, 1.234,50 kr), a Finnish
e-scooter ride in its app (a dark-mode phone screenshot: unlock fee, minutes at a price per minute, a
parking discount, ALV 25,5 % included, the start and end streets, the Oy name and Y-tunnus and no
address) and a Czech coach operator's e-ticket daňový doklad (fpdf2: the name in a coloured band,
'Datum nákupu' and the later departure, an ISIC fare, storno insurance, DPH 12 %, 'Celkem zaplaceno',
the a.s. name, address, IČO and DIČ under 'Prodávající' at the foot)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, chrome_shot, fpdf_out, ref, status_bar
from outside_common_k import fdate, money, q2
from outside_common_r import hm, vat_in, when
from outside_common_ra import cvr_dk, dic_cz, ytunnus
from outside_common_t import EReceipt
from outside_common_v import VKey


def ed04_dk_gym(rng: random.Random) -> ERCase:
    k = VKey("DKK", "kr.")
    t = when(rng, 2025, 0, 6).replace(day=1)
    plan, fee = rng.choice(
        [("Flex", Decimal("299.00")), ("Basis", Decimal("249.00")), ("Premium", Decimal("379.00"))]
    )
    joining = Decimal("199.00") if rng.random() < 0.5 else Decimal(0)
    classes = Decimal("50.00") if rng.random() < 0.5 else Decimal(0)
    student = Decimal("50.00") if rng.random() < 0.6 else Decimal(0)
    total = fee + joining + classes - student
    end = (t + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    r = RLReceipt((210, 297), 20, "liberation")
    r.c.setFillColorRGB(0.85, 0.18, 0.12)
    r.c.rect(r.margin, r.h - 30 * r.mm, 14 * r.mm, 14 * r.mm, stroke=0, fill=1)
    r.colour((0, 0, 0))
    r.margin += 18 * r.mm
    r.y = r.h - 17 * r.mm
    r.text(k.company("Kraftværket Fitness"), "L", 17, True, 1.0)
    branch = rng.choice(
        [
            ("Nørrebrogade 52", "2200 København N"),
            ("Vesterbrogade 149", "1620 København V"),
            ("Amagerbrogade 98", "2300 København S"),
        ]
    )
    for line in k.address(*branch):
        r.text(line, "L", 9.5)
    r.margin -= 18 * r.mm
    r.feed(12)
    r.text("KVITTERING FOR BETALING", "L", 13, True)
    r.rule(2)
    r.lr(
        f"Kvitteringsnr. {rng.randint(2025000000, 2025999999)}",
        f"Betalingsdato: {k.date(t, '%-d. %B %Y', 'da')}",
    )
    member = rng.choice(["Sofie Kjær", "Mads Andersen", "Freja Holm", "Oliver Lund"])
    r.lr(f"Medlem: {member} (nr. {rng.randint(100000, 999999)})", f"Periode: {t:%d.%m.%Y} - {end:%d.%m.%Y}")
    r.feed(6)
    widths = [120.0, -50.0]
    r.row(["Beskrivelse", "Beløb"], widths, 9.5, True)
    r.rule(3)
    r.row([f"Medlemskab {plan} - {fdate(t, '%B %Y', 'da')}", f"{money(fee, 'eu')} kr."], widths, 9.5)
    if joining:
        r.row(["Indmeldelsesgebyr (engangsbeløb)", f"{money(joining, 'eu')} kr."], widths, 9.5)
    if classes:
        r.row(["Tilvalg: Holdtræning", f"{money(classes, 'eu')} kr."], widths, 9.5)
    if student:
        r.row(["Studierabat", f"-{money(student, 'eu')} kr."], widths, 9.5)
    r.rule(3)
    r.lr("I alt betalt", f"{k.total(total, 'eu')} kr.", 12, True)
    r.lr("Heraf moms 25 %", f"{money(vat_in(total, Decimal(25))[1], 'eu')} kr.", 9)
    r.lr(f"Betalt med Dankort/Visa **** {rng.randint(1000, 9999)} (automatisk trækning)", "Godkendt", 9)
    r.feed(6)
    nxt = end + timedelta(days=1)
    r.text(
        f"Næste trækning: {fdate(nxt, '%-d. %B %Y', 'da')} - {money(fee + classes - student, 'eu')} kr.",
        size=9,
    )
    r.text("Opsigelse sker med løbende måned + 1 måned i appen under 'Mit medlemskab'.", size=9)
    r.feed(16)
    r.text(
        f"CVR-nr. {cvr_dk(rng)} · kontakt@kraftvaerket.dk · +45 {rng.randint(30, 89)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
        size=8,
    )
    out = r.output()
    what = "gym payment receipt: logo + name + address at top, Betalingsdato vs period and next draw, moms"
    return case("ed04_dk_gym", "DK", "da", "Danish gym membership payment receipt", what, k, out)


def ed05_fi_scooter(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 8, 23)
    minutes = rng.randint(4, 26)
    per = Decimal(rng.choice(["0.25", "0.29", "0.32"]))
    unlock = Decimal("1.00")
    ride = q2(per * minutes)
    park = Decimal("0.50") if rng.random() < 0.5 else Decimal(0)
    total = unlock + ride - park
    end = t + timedelta(minutes=minutes)
    css = (
        "body{margin:0;background:#0f1115;font:15px/1.45 'DejaVu Sans',sans-serif;color:#eceff4}"
        ".logo{font:800 22px 'DejaVu Sans';color:#7cf29c;padding:6px 20px} .h{font:700 24px sans-serif;"
        "padding:4px 20px 0} .m{color:#9aa3b2;font-size:13px;padding:0 20px} .map{height:150px;margin:14px;"
        "border-radius:14px;background:linear-gradient(135deg,#232833,#1a1e26);position:relative}"
        ".map:after{content:'';position:absolute;left:40px;top:84px;width:230px;height:4px;"
        "background:#7cf29c;"
        "transform:rotate(-22deg);border-radius:3px} .box{background:#1a1e26;margin:12px 14px;"
        "border-radius:14px;padding:10px 16px} .lr{padding:4px 0} .b{font-weight:700;font-size:18px}"
        ".pin{font-size:13px;color:#c8ceda;padding:2px 0}"
    )
    h = Html(css, "fi", "Kuitti")
    status_bar(h, hm(end + timedelta(minutes=rng.randint(1, 25))), rng.randint(9, 95), dark=True)
    h.el(k.company("Vilkku"), "logo")
    h.el("Matka päättyi", "h")
    h.el(f"{k.date(t, '%-d.%-m.%Y')} klo {t:%H.%M}-{end:%H.%M}", "m")
    h.raw('<div class="map"></div><div class="box">')
    city = rng.choice(["Helsinki", "Tampere", "Turku"])
    a, b = rng.sample(
        {
            "Helsinki": ["Mannerheimintie 22", "Fredrikinkatu 48", "Hämeentie 13", "Tehtaankatu 17"],
            "Tampere": ["Hämeenkatu 25", "Itsenäisyydenkatu 11", "Pyynikintie 6", "Satakunnankatu 18"],
            "Turku": ["Aurakatu 8", "Linnankatu 31", "Humalistonkatu 5", "Puistokatu 14"],
        }[city],
        2,
    )
    h.el(f"Aloitus {t:%H.%M} · {a}, {city}", "pin")
    h.el(f"Lopetus {end:%H.%M} · {b}, {city}", "pin")
    h.el(f"Kesto {minutes} min · Matka {money(Decimal(rng.randint(6, 60)) / 10, 'plainc', 1)} km", "pin")
    h.el(f"Potkulauta #{rng.randint(1000, 9999)}-{ref(rng, 'AA')}", "pin")
    h.raw('</div><div class="box">')
    h.lr("Aloitusmaksu", f"{money(unlock, 'fr')} €")
    h.lr(f"Ajoaika {minutes} min × {money(per, 'fr')} €", f"{money(ride, 'fr')} €")
    if park:
        h.lr("Pysäköintialennus (suositeltu alue)", f"-{money(park, 'fr')} €")
    h.lr("Yhteensä", f"{k.total(total, 'fr')} €", "b")
    h.lr("Sis. ALV 25,5 %", f"{money(vat_in(total, Decimal('25.5'))[1], 'fr')} €", "m")
    h.lr(
        f"Maksettu · {rng.choice(['Visa', 'Mastercard', 'Apple Pay'])} •••• {rng.randint(1000, 9999)}",
        f"{money(total, 'fr')} €",
    )
    h.raw("</div>")
    h.el(f"Kuitti nro {ref(rng, 'VK-9999-99999')} · Tarvitsetko apua? Ota yhteyttä sovelluksessa.", "m")
    h.el(f"{k.alt('Vilkku Mobility Oy')} · Y-tunnus {ytunnus(rng)}", "m")
    out = chrome_shot(h, 412, 2)
    what = "dark-mode e-scooter ride screenshot: unlock, per-minute, parking discount, ALV 25,5 %, no address"
    return case("ed05_fi_scooter", "FI", "fi", "Finnish e-scooter ride receipt", what, k, out)


def ed06_cz_bus(rng: random.Random) -> ERCase:
    k = VKey("CZK", "Kč")
    t = when(rng, 2025, 6, 23)
    dep = (t + timedelta(days=rng.randint(1, 30))).replace(hour=rng.choice([6, 8, 10, 13, 16, 19]), minute=0)
    route = rng.choice(
        [
            ("Praha, ÚAN Florenc", "Brno, ÚAN Zvonařka", 150, 219),
            ("Praha, ÚAN Florenc", "Olomouc, autobusové nádraží", 200, 249),
            ("Brno, ÚAN Zvonařka", "Ostrava, ÚAN", 165, 229),
        ]
    )
    adult = Decimal(route[3])
    n = rng.randint(1, 2)
    isic = q2(adult * Decimal("0.75")).to_integral_value() if rng.random() < 0.6 else None
    storno = Decimal("19.00") if rng.random() < 0.6 else Decimal(0)
    bag = Decimal("39.00") if rng.random() < 0.4 else Decimal(0)
    total = adult * n + (isic or 0) + storno + bag
    e = EReceipt(210, 18, "dejavu")
    e.bar(k.company("Trasa Express"), (240, 190, 0), 17)
    e.text("Daňový doklad - elektronická jízdenka", "L", 12, True)
    e.feed(2)
    e.lr(
        f"Číslo dokladu: {t.year}/{rng.randint(1000000, 9999999)}",
        f"Datum nákupu: {k.date(t, '%d.%m.%Y')} {hm(t)}",
        9,
    )
    e.lr(f"Kód rezervace: {ref(rng, 'AA9A9A')}", "Způsob platby: platební karta online", 9)
    e.text(
        f"Cestující: {rng.choice(['Jana Nováková', 'Tomáš Dvořák', 'Lucie Svobodová', 'Petr Černý'])}", size=9
    )
    e.feed(3)
    e.text("Spoj", size=10.5, bold=True)
    widths = [36.0, 56.0, 56.0, 26.0]
    e.row(["Odjezd", "Z", "Do", "Sedadlo"], widths, 8.5, True)
    e.rule(1)
    seats = ", ".join(str(rng.randint(1, 48)) for _ in range(n + (1 if isic else 0)))
    e.row([f"{dep:%d.%m.%Y} {hm(dep)}", route[0], route[1], seats], widths, 8.5)
    arr = dep + timedelta(minutes=route[2])
    e.text(f"Příjezd {arr:%d.%m.%Y} {hm(arr)} · linka {rng.randint(100, 999)} · Wi-Fi, zásuvky", size=8)
    e.feed(4)
    widths = [110.0, -16.0, -24.0, -24.0]
    e.row(["Položka", "Počet", "Cena", "Celkem"], widths, 9, True)
    e.rule(1)
    e.row(["Jízdné - tarif Dospělý", str(n), money(adult, "fr"), f"{money(adult * n, 'fr')} Kč"], widths, 9)
    if isic:
        e.row(
            ["Jízdné - tarif Student ISIC (sleva 25 %)", "1", money(isic, "fr"), f"{money(isic, 'fr')} Kč"],
            widths,
            9,
        )
    if storno:
        e.row(["Pojištění storna", "1", money(storno, "fr"), f"{money(storno, 'fr')} Kč"], widths, 9)
    if bag:
        e.row(["Nadrozměrné zavazadlo", "1", money(bag, "fr"), f"{money(bag, 'fr')} Kč"], widths, 9)
    e.rule(1)
    base, vat = vat_in(total - storno, Decimal(12))
    e.lr("Základ daně 12 %", f"{money(base, 'fr')} Kč", 9)
    e.lr("DPH 12 %", f"{money(vat, 'fr')} Kč", 9)
    if storno:
        e.lr("Pojištění (osvobozeno od DPH)", f"{money(storno, 'fr')} Kč", 9)
    e.lr("Celkem zaplaceno", f"{k.total(total, 'fr')} Kč", 12, True)
    e.feed(4)
    e.text(
        "Jízdenku předložte řidiči v mobilu nebo vytištěnou. Změna nebo storno do 15 minut před odjezdem.",
        size=8,
    )
    e.feed(8)
    e.text("Prodávající a dopravce:", size=8.5, bold=True)
    e.text(k.alt("Trasa Express a.s."), size=8.5)
    for line in k.address("Křižíkova 488/115", "186 00 Praha 8 - Karlín"):
        e.text(line, size=8.5)
    ico, dic = dic_cz(rng)
    e.text(f"IČO: {ico} · DIČ: {dic}", size=8.5)
    e.text(
        "Zapsáno v obchodním rejstříku u Městského soudu v Praze, oddíl B, vložka "
        f"{rng.randint(10000, 29999)}",
        size=7.5,
    )
    out = fpdf_out(e)
    what = "coach e-ticket daňový doklad: name in a band, Datum nákupu vs departure, ISIC, storno, DPH"
    return case("ed06_cz_bus", "CZ", "cs", "Czech coach e-ticket receipt", what, k, out)


CASES = [ed04_dk_gym, ed05_fi_scooter, ed06_cz_bus]
