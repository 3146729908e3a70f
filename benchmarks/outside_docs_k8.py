"""Set K layouts 22-24 (benchmarks/outside_scans_k.py):
Finnish lasku with a bank transfer form, Hungarian számla in whole forints (phone photo), Austrian
lawyers' Honorarnote with disbursements, an instalment and a BEZAHLT stamp."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import Doc, Keys, Page, fdate, inv_no, items, money, q2, rand_date, wordlist


def k22_fi_lasku(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Kuljetus Virtanen Oy")
    p.text(15, 22, vendor, 15, "sans-b")
    p.lines(15, 28, ["Teollisuustie 9, 33330 Tampere", "Y-tunnus 2447112-0"], 8.5, 4.2)
    p.text(120, 22, "LASKU", 15, "sans-b")
    d = rand_date(rng)
    due = d + timedelta(days=14)
    num = k.text("invoice_number", inv_no(rng, "19999"))
    ref = num + inv_no(rng, "9")
    meta = [
        ("Laskun numero", num),
        ("Laskun päivämäärä", k.date("date", d, "%-d.%-m.%Y")),
        ("Eräpäivä", k.date("due_date", due, "%-d.%-m.%Y")),
        ("Viitenumero", ref),
        ("Asiakasnumero", inv_no(rng, "9999")),
        ("Maksuehto", "14 pv netto"),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(120, 30 + i * 4.8, lab, 8.5)
        p.text(160, 30 + i * 4.8, val, 8.5, "sans-b")
    p.lines(15, 48, ["Rakennus Mäkelä Oy", "Hallituskatu 4", "33200 Tampere"], 10, 5)
    names = wordlist(
        "Kuljetus Tampere-Helsinki; Nosturiauto (h); Odotustunnit (h); Polttoainelisä; "
        "Lavojen palautus; Kuljetus Tampere-Turku"
    )
    lines = items(rng, names, 4, 45, 690, 4)
    rows = [["Tuote", "Määrä", "Yks.", "À-hinta", "ALV %", "Yhteensä"]]
    rows += [[n, str(q), "kpl", money(u, "fr"), "25,5", money(a, "fr")] for n, q, u, a in lines]
    y = p.table(
        15,
        80,
        [(74, "l"), (16, "r"), (14, "l"), (26, "r"), (18, "r"), (32, "r")],
        rows,
        9,
        6.2,
        "sans",
        "sans-b",
    )
    p.line(15, 86.2, 195, 86.2, 0.2)
    net = sum((a for *_, a in lines), Decimal(0))
    alv = q2(net * Decimal("0.255"))
    rows = [("Veroton yhteensä", k.amount("subtotal", net, "fr")), ("ALV 25,5 %", k.amount("tax", alv, "fr"))]
    rows.append(("Yhteensä EUR", k.amount("total", net + alv, "fr")))
    for i, (lab, val) in enumerate(rows):
        p.text(160, y + 8 + i * 6, lab, 10, "sans-b" if "EUR" in lab else "sans", "r")
        p.text(195, y + 8 + i * 6, val, 10, "sans-b" if "EUR" in lab else "sans", "r")
    k.currency("EUR")
    top = 196  # the bank transfer form (tilisiirto) at the foot of the page
    p.line(0, top, 210, top, 0.3)
    p.rect(15, top + 4, 195, top + 94, 0.4)
    p.line(105, top + 4, 105, top + 94, 0.3)
    for yy in (top + 24, top + 44, top + 64, top + 79):
        p.line(15, yy, 195, yy, 0.3)
    p.text(17, top + 9, "Saajan tilinumero / Mottagarens kontonummer", 6.5)
    p.text(17, top + 15, "FI21 1234 5600 0007 85  NDEAFIHH", 10, "sans-b")
    p.text(17, top + 29, "Saaja / Mottagare", 6.5)
    p.text(17, top + 35, vendor, 10)
    p.text(17, top + 49, "Maksaja / Betalare", 6.5)
    p.text(17, top + 55, "Rakennus Mäkelä Oy", 10)
    p.text(107, top + 69, "Viitenro / Ref.nr", 6.5)
    p.text(150, top + 75, ref, 10, "sans-b")
    p.text(17, top + 84, "Eräpäivä / Förfallodag", 6.5)
    p.text(60, top + 90, fdate(due, "%d.%m.%Y"), 10, "sans-b")
    p.text(107, top + 84, "Euro", 6.5)
    p.text(190, top + 90, money(net + alv, "fr"), 10, "sans-b", "r")
    spec = {"kind": "scan", "fmt": "png", "dpi": 250, "skew": -2.2, "noise": 3.0, "edge": True}
    return Doc("k22_fi_lasku", "fi-FI", "lasku with bank transfer form", [p], k, spec)


def k23_hu_szamla(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Dunai Papír Kft.")
    p.text(105, 20, "SZÁMLA", 18, "arial-b", "c")
    d = rand_date(rng)
    num = k.text("invoice_number", f"DPK-2025/{inv_no(rng, '09999')}")
    p.text(105, 27, f"Számla sorszáma: {num}", 10, "arial", "c")
    p.rect(15, 34, 104, 70, 0.3)
    p.rect(106, 34, 195, 70, 0.3)
    p.text(18, 39, "Eladó", 8, "arial-b")
    p.lines(
        18,
        45,
        [vendor, "1097 Budapest, Gubacsi út 22.", "Adószám: 12447120-2-43", "Bankszámla: 11700024-20447112"],
        9,
        4.5,
        f="arial",
    )
    p.text(109, 39, "Vevő", 8, "arial-b")
    p.lines(
        109,
        45,
        ["Kovács és Társa Bt.", "6720 Szeged, Kárász u. 5.", "Adószám: 21558812-1-06"],
        9,
        4.5,
        f="arial",
    )
    meta = [
        ("Fizetési mód", "átutalás"),
        ("Teljesítés kelte", fdate(d - timedelta(days=rng.randint(1, 4)), "%Y.%m.%d.")),
        ("Kiállítás kelte", k.date("date", d, "%Y.%m.%d.")),
        ("Fizetési határidő", k.date("due_date", d + timedelta(days=15), "%Y.%m.%d.")),
    ]
    for i, (lab, val) in enumerate(meta):
        p.rect(15 + i * 45, 74, 60 + i * 45, 86, 0.3)
        p.text(37.5 + i * 45, 78.5, lab, 8, "arial", "c")
        p.text(37.5 + i * 45, 84, val, 9.5, "arial-b", "c")
    names = wordlist(
        "Másolópapír A4 80 g (doboz); Irattartó doboz; Golyóstoll kék (50 db); "
        "Öntapadó jegyzettömb; Nyomtatópatron fekete; Spirálfüzet A4"
    )
    rows = [wordlist("Megnevezés; Menny.; Egységár; Nettó érték; ÁFA %; ÁFA érték; Bruttó érték")]
    net, vat = 0, 0
    for n in rng.sample(names, 5):
        q, u = rng.randint(1, 20), rng.randrange(490, 24900, 10)
        a, v = q * u, round(q * u * 0.27)
        net, vat = net + a, vat + v
        rows.append(
            [
                n,
                f"{q} db",
                money(Decimal(u), "sp", 0),
                money(Decimal(a), "sp", 0),
                "27%",
                money(Decimal(v), "sp", 0),
                money(Decimal(a + v), "sp", 0),
            ]
        )
    cols = [(54, "l"), (16, "r"), (20, "r"), (24, "r"), (14, "r"), (22, "r"), (30, "r")]
    y = p.table(15, 94, cols, rows, 8, 6.2, "arial", "arial-b", grid=True)
    net_d, vat_d = Decimal(net), Decimal(vat)
    rows = [
        ("Nettó összesen", k.amount("subtotal", net_d, "sp", 0) + " Ft"),
        ("ÁFA 27%", k.amount("tax", vat_d, "sp", 0) + " Ft"),
    ]
    rows.append(("Bruttó összesen", k.amount("total", net_d + vat_d, "sp", 0) + " Ft"))
    for i, (lab, val) in enumerate(rows):
        p.text(160, y + 9 + i * 6.5, lab, 10, "arial-b" if "Bruttó" in lab else "arial", "r")
        p.text(195, y + 9 + i * 6.5, val, 10, "arial-b" if "Bruttó" in lab else "arial", "r")
    k.currency("HUF", "Ft")
    p.text(15, y + 36, "A számla tartalma a 2007. évi CXXVII. törvény előírásainak megfelel.", 8, "arial")
    p.text(105, 285, "1. oldal / 1", 8, "arial", "c")
    spec = {
        "kind": "photo",
        "fmt": "jpg",
        "quality": 64,
        "dpi": 230,
        "warp": 0.055,
        "blur": 1.4,
        "desk": (180, 175, 165),
    }
    return Doc("k23_hu_szamla", "hu-HU", "számla in whole forints", [p], k, spec)


def k24_at_honorar(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Leitner & Partner Rechtsanwälte OG")
    p.text(105, 20, vendor, 15, "serif-b", "c")
    p.text(
        105,
        26,
        "Wipplingerstraße 24 · 1010 Wien · Tel. +43 1 533 47 12 · UID ATU 64471207",
        8.5,
        "serif",
        "c",
    )
    p.line(20, 29, 190, 29, 0.3)
    p.lines(20, 44, ["Firma", "Hofbauer Bau GmbH", "Triester Straße 140", "1230 Wien"], 10.5, 5, f="serif")
    d = rand_date(rng)
    p.text(190, 44, f"Wien, am {k.date('date', d, '%-d. %B %Y', 'de')}", 10.5, "serif", "r")
    num = k.text("invoice_number", f"{d.year}/{inv_no(rng, '0999')}")
    p.text(20, 76, f"HONORARNOTE Nr. {num}", 13, "serif-b")
    p.text(
        20,
        83,
        f"Causa: Hofbauer Bau GmbH ./. Steiner KG, GZ {inv_no(rng, '99')} Cg {inv_no(rng, '99')}/25",
        10,
        "serif",
    )
    rows = [["Datum", "Leistung", "TP", "Betrag EUR"]]
    fees = Decimal(0)
    for i in range(rng.randint(4, 6)):
        day = d - timedelta(days=60 - i * 9)
        what, tp = rng.choice(
            [
                ("Klage", "TP 3A"),
                ("Tagsatzung 2 Std.", "TP 3A"),
                ("Schriftsatz", "TP 3B"),
                ("Besprechung mit Mandant", "TP 7"),
                ("Brief an Gegner", "TP 5"),
            ]
        )
        amt = q2(rng.uniform(90, 1400))
        fees += amt
        rows.append([fdate(day, "%d.%m.%Y"), what, tp, money(amt, "eu")])
    y = p.table(20, 92, [(28, "l"), (90, "l"), (22, "l"), (30, "r")], rows, 9.5, 6, "serif", "serif-b")
    p.line(20, 98, 190, 98, 0.2)
    court = q2(rng.choice([107, 313, 743]))
    vat = q2(fees * Decimal("0.20"))
    total = fees + court + vat
    akonto = q2(rng.choice([500, 1000]))
    rows = [
        ("Honorar", money(fees, "eu")),
        ("Barauslagen (Pauschalgebühr, USt-frei)", money(court, "eu")),
        ("Zwischensumme netto", k.amount("subtotal", fees + court, "eu")),
        (f"20 % USt von EUR {money(fees, 'eu')}", k.amount("tax", vat, "eu")),
        ("Gesamtbetrag", k.amount("total", total, "eu")),
        ("abzüglich Akontozahlung", "-" + money(akonto, "eu")),
        ("offener Betrag EUR", money(total - akonto, "eu")),
    ]
    for i, (lab, val) in enumerate(rows):
        bold = lab in ("Gesamtbetrag", "offener Betrag EUR")
        p.text(150, y + 10 + i * 6, lab, 10, "serif-b" if bold else "serif", "r")
        p.text(190, y + 10 + i * 6, val, 10, "serif-b" if bold else "serif", "r")
    k.currency("EUR")
    p.text(20, y + 60, "Zahlbar binnen 14 Tagen auf AT61 1904 3002 3457 3201 (Erste Bank).", 10, "serif")
    p.text(20, y + 66, "Mit freundlichen Grüßen", 10, "serif")
    marks = [
        {"type": "signature", "at": (50, y + 80), "width": 42},
        {
            "type": "stamp",
            "lines": ["BEZAHLT", fdate(d + timedelta(days=12), "%d.%m.%Y")],
            "at": (125, y + 63),
            "angle": 7,
        },
    ]
    spec = {"kind": "scan", "fmt": "pdf", "dpi": 250, "skew": 0.5, "marks": marks}
    return Doc("k24_at_honorar", "de-AT", "lawyers' Honorarnote with Barauslagen and Akonto", [p], k, spec)


DOCS = [k22_fi_lasku, k23_hu_szamla, k24_at_honorar]
