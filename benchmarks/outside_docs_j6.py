"""Set J templates: German Handwerker-Rechnung (DIN 5008 letter), Austrian hotel Rechnung (10 % / 20 %)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

DIN_CSS = """
@page { size: A4; margin: 0;
  @bottom-center { content: element(foot); } }
body { font: 10pt 'Liberation Sans'; margin: 0; }
.logo { position: absolute; top: 14mm; right: 20mm; width: 26mm; height: 26mm; border-radius: 13mm;
  background: #c0392b; }
.sender { position: absolute; top: 47mm; left: 25mm; font-size: 7pt; text-decoration: underline; }
.addr { position: absolute; top: 53mm; left: 25mm; width: 80mm; line-height: 1.35; }
.info { position: absolute; top: 50mm; left: 125mm; font-size: 9pt; } .info td { padding: 0 6px 1px 0; }
.main { position: absolute; top: 103mm; left: 25mm; right: 20mm; }
h1 { font-size: 13pt; margin: 0 0 6px; }
table.pos { width: 100%; border-collapse: collapse; margin: 8px 0; font-size: 9pt; }
table.pos th { border-bottom: 1px solid #000; text-align: left; padding: 3px; }
table.pos td { padding: 3px; vertical-align: top; } .r
{ text-align: right !important; white-space: nowrap; }
table.sum { margin-left: auto; border-collapse: collapse; } table.sum td { padding: 2px 4px; }
table.sum tr.b td { font-weight: bold; border-top: 1px solid #000; }
.foot { position: running(foot); font-size: 7pt; color: #444; display: flex; gap: 8mm; width: 165mm;
  border-top: 0.5px solid #999; padding: 2mm 0 8mm 0; } .foot div { white-space: nowrap; }
"""

WORK = [
    ("Gas-Brennwerttherme {m} 25 kW liefern und montieren", "Stk", 1, 1, 3200, 5200),
    ("Edelstahl-Abgasrohr DN 80, inkl. Formteile", "m", 3, 9, 38, 65),
    ("Heizkörper Typ 22 600x1000 mit Ventilgarnitur", "Stk", 2, 6, 210, 340),
    ("Kupferrohr 15 mm, Pressfittings, Isolierung", "m", 10, 40, 14, 22),
    ("Hydraulischer Abgleich nach Verfahren B", "psch", 1, 1, 380, 640),
    ("Entsorgung Altgerät", "psch", 1, 1, 90, 180),
]


def handwerk_de(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Müller Haustechnik GmbH", "Schröder Sanitär & Heizung GmbH & Co. KG", "Heizungsbau Wagner e.K."]
    )
    city, plz = rng.choice([("Kassel", "34117"), ("Göttingen", "37073"), ("Paderborn", "33098")])
    issued = issue_date(rng)
    work_from = issued - timedelta(days=rng.randrange(10, 20))
    due = issued + timedelta(days=14)
    abschlag_d = work_from - timedelta(days=rng.randrange(7, 30))
    number = f"RE-{issued.year}-{rng.randrange(100, 999):04d}"
    period = f"{fdate(work_from, '{dd}.{mm}.')}–{fdate(work_from + timedelta(days=4), '{dd}.{mm}.{yyyy}')}"
    d = "{dd}.{mm}.{yyyy}"
    rows, net = [], Decimal(0)
    for pos, (text, unit, lo, hi, plo, phi) in enumerate(rng.sample(WORK, 4), 1):
        qty = Decimal(rng.randrange(lo, hi + 1))
        price = Decimal(rng.randrange(plo * 100, phi * 100)) / 100
        net += q2(qty * price)
        name = text.format(m=rng.choice(["Vaillant ecoTEC plus", "Viessmann Vitodens 200", "Buderus GB172i"]))
        rows.append(
            f"<tr><td>{pos}</td><td class=r>{qty}</td><td>{unit}</td><td>{name}</td>"
            f"<td class=r>{money(price, 'de')}</td><td class=r>{money(q2(qty * price), 'de')}</td></tr>"
        )
    hours = Decimal(rng.randrange(8, 40)) / 2
    rate = Decimal(rng.choice([62, 68, 72, 78]))
    labour = q2(hours * rate)
    net += labour
    rows.append(
        f"<tr><td>5</td><td class=r>{hours}</td><td>Std</td><td>Arbeitszeit Monteur</td>"
        f"<td class=r>{money(rate, 'de')}</td><td class=r>{money(labour, 'de')}</td></tr>"
    )
    vat = q2(net * Decimal("0.19"))
    total = net + vat
    abschlag = Decimal(rng.randrange(10, 30) * 100)
    rest = total - abschlag
    boss = f"{rng.choice(['Thomas', 'Andreas', 'Katrin'])} {vendor.split()[-2 if 'e.K.' in vendor else 0]}"
    cust = rng.choice([("Herrn", "Jens Hoffmann"), ("Frau", "Sabine Krüger"), ("Familie", "Yilmaz")])
    body = f"""
<div class=logo></div>
<div class=sender>{esc(vendor)} · {rng.choice(["Lindenstr.", "Am Hang", "Industriestr."])}
{rng.randrange(2, 60)}
· {plz} {city}</div>
<div class=addr>{cust[0]}<br>{cust[1]}<br>{rng.choice(["Goethestr.", "Birkenweg", "Am Markt"])}
{rng.randrange(1, 90)}<br>
{plz[:3]}{rng.randrange(10, 99)} {city}</div>
<table class=info><tr><td>Rechnungs-Nr.</td><td>{number}</td></tr>
<tr><td>Kunden-Nr.</td><td>{rng.randrange(10000, 99999)}</td></tr>
<tr><td>Angebot</td><td>AN-{issued.year}-{rng.randrange(100, 999)}</td></tr>
<tr><td>Leistungszeitraum</td><td>{period}</td></tr>
<tr><td colspan=2><br>{city}, {fdate(issued, d)}</td></tr></table>
<div class=main><h1>Rechnung</h1>
<p>Bauvorhaben: Heizungsmodernisierung, {rng.choice(["EFH", "ZFH", "Reihenhaus"])}
{cust[1].split()[-1]}<br><br>
Sehr geehrte Damen und Herren,<br>für die ausgeführten Arbeiten erlauben wir uns zu berechnen:</p>
<table class=pos><tr><th>Pos.</th><th class=r>Menge</th><th>Einh.</th><th>Bezeichnung</th><th class=r>EP
€</th>
<th class=r>GP €</th></tr>{"".join(rows)}</table>
<table class=sum><tr><td>Nettobetrag</td><td class=r>{money(net, "de")} €</td></tr>
<tr><td>zzgl. 19 % USt.</td><td class=r>{money(vat, "de")} €</td></tr>
<tr class=b><td>Rechnungsbetrag</td><td class=r>{money(total, "de")} €</td></tr>
<tr><td>abzgl. Abschlagszahlung vom {fdate(abschlag_d, d)}</td><td class=r>-{money(abschlag, "de")}
€</td></tr>
<tr class=b><td>Restbetrag</td><td class=r>{money(rest, "de")} €</td></tr></table>
<p>Im Rechnungsbetrag enthaltene Lohnkosten nach § 35a EStG: {money(q2(labour * Decimal("1.19")), "de")}
€.<br>
Bitte überweisen Sie den Restbetrag bis zum {fdate(due, d)} ohne Abzug.<br><br>Mit freundlichen
Grüßen<br><br>
{boss}</p></div>
<div class=foot><div>{"Inhaber" if vendor.endswith("e.K.") else "Geschäftsführung"}: {boss}<br>
Amtsgericht {city} HR{rng.choice("AB")} {rng.randrange(1000, 99999)}</div>
<div>USt-IdNr. DE{rng.randrange(10**8, 10**9)}<br>
Steuer-Nr.
{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}</div><div>{city}er
Sparkasse<br>IBAN DE{rng.randrange(10, 99)} 5205 0353
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}</div></div>"""
    return make(
        "handwerk_de",
        "de",
        page(DIN_CSS, body, "de"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(net, money(net, "de")),
        tax=(vat, money(vat, "de")),
    )


HOTEL_CSS = """
@page { size: A4; margin: 14mm 18mm 24mm;
  @bottom-center { content: element(legal); } }
body { font: 9.5pt 'DejaVu Serif'; color: #2b2b2b; }
.brand { text-align: center; font: 22pt 'DejaVu Serif'; letter-spacing: 6px; color: #3d5a3c; }
.stars { text-align: center; color: #b08d3c; letter-spacing: 4px; margin-bottom: 16px; }
.cols { display: flex; justify-content: space-between; }
table.m td { padding: 1px 0 1px 12px; font-size: 9pt; }
h2 { font: bold 12pt 'DejaVu Sans'; margin: 18px 0 6px; }
table.p { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 8.5pt; }
table.p th { text-align: left; border-bottom: 1.5px solid #3d5a3c; padding: 3px; }
table.p td { padding: 3px; border-bottom: 0.5px solid #ccc; } .r
{ text-align: right !important; white-space: nowrap; }
table.u { border-collapse: collapse; margin-top: 10px; font-family: 'DejaVu Sans'; font-size: 8.5pt; }
table.u td, table.u th { border: 0.5px solid #888; padding: 2px 8px; }
.tot { font: bold 12pt 'DejaVu Sans'; text-align: right; margin-top: 8px; }
.legal { position: running(legal); font-size: 7pt; text-align: center; color: #555; }
"""


def hotel_at(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("SEEWIRT", "Seewirt Tourismus GmbH"),
            ("ALPENROSE", "Alpenrose Hotelbetriebs GmbH & Co KG"),
            ("POSTHOF", "Hotel Posthof Brandstätter KG"),
        ]
    )
    issued = issue_date(rng)
    nights = rng.randrange(2, 5)
    arrive = issued - timedelta(days=nights)
    deposit_d = arrive - timedelta(days=rng.randrange(20, 60))
    number = f"{issued.year}/{rng.randrange(100, 2999):05d}"
    d = "{d}. {month} {yyyy}"
    n = "{dd}.{mm}.{yyyy}"
    guests = rng.randrange(4, 14)
    guest = rng.choice(["Steuerberatung Gruber & Partner", "Kanzlei Dr. Pichler", "Holzbau Moser GmbH"])
    items = [
        (
            f"Übernachtung mit Frühstück, {guests} Personen × {nights} Nächte",
            guests * nights,
            Decimal(rng.randrange(95, 160)),
            10,
        ),
        (
            "Seminarpauschale ganztags inkl. Technik",
            guests * (nights - 1),
            Decimal(rng.randrange(45, 75)),
            20,
        ),
        ("Abendessen 3-Gang-Menü", guests * (nights - 1), Decimal(rng.randrange(32, 48)), 10),
        ("Getränke lt. Bon", 1, Decimal(rng.randrange(18000, 60000)) / 100, 20),
        ("Garage", nights * rng.randrange(1, 4), Decimal(rng.choice([12, 15, 18])), 20),
    ]
    rows, gross = [], {10: Decimal(0), 20: Decimal(0)}
    for text, qty, price, rate in items:
        amt = price * qty
        gross[rate] += amt
        rows.append(
            f"<tr><td>{fdate(arrive, '{dd}.{mm}.')}–{fdate(issued, '{dd}.{mm}.')}</td><td>{text}</td>"
            f"<td class=r>{qty}</td><td class=r>{money(price, 'de')}</td><td class=r>{rate} %</td>"
            f"<td class=r>{money(amt, 'de')}</td></tr>"
        )
    net = {r: q2(g / (1 + Decimal(r) / 100)) for r, g in gross.items()}
    tax = {r: gross[r] - net[r] for r in gross}
    total = gross[10] + gross[20]
    deposit = Decimal(rng.randrange(3, 10) * 100)
    body = f"""
<div class=brand>{brand}</div><div class=stars>★ ★ ★ ★</div>
<div class=cols><div>{esc(guest)}<br>
z. Hd. Buchhaltung<br>{rng.choice(["Mariahilfer Straße", "Landstraße", "Herrengasse"])}
{rng.randrange(1, 120)}<br>
{rng.choice(["1060 Wien", "4020 Linz", "8010 Graz"])}<br>Österreich</div>
<table class=m><tr><td>Rechnung
Nr.</td><td>{number}</td></tr><tr><td>Rechnungsdatum</td><td>{fdate(issued, d, "at")}</td></tr>
<tr><td>Zimmer</td><td>{rng.randrange(101, 340)} u.
a.</td></tr><tr><td>Anreise</td><td>{fdate(arrive, n)}</td></tr>
<tr><td>Abreise</td><td>{fdate(issued, n)}</td></tr>
<tr><td>Buchungs-Nr.</td><td>{rng.randrange(100000, 999999)}</td></tr></table></div>
<h2>Rechnung</h2>
<table class=p><tr><th>Datum</th><th>Leistung</th><th class=r>Anz.</th><th class=r>Preis €</th><th
class=r>USt</th>
<th class=r>Betrag €</th></tr>{"".join(rows)}</table>
<table class=u><tr><th>USt-Satz</th><th>Netto</th><th>USt</th></tr>
<tr><td>10 %</td><td class=r>{money(net[10], "de")}</td><td class=r>{money(tax[10], "de")}</td></tr>
<tr><td>20 %</td><td class=r>{money(net[20], "de")}</td><td class=r>{money(tax[20], "de")}</td></tr>
<tr><td>Summe</td><td class=r>{money(net[10] + net[20], "de")}</td><td
class=r>{money(tax[10] + tax[20], "de")}</td>
</tr></table>
<div class=tot>Gesamtbetrag inkl. USt € {money(total, "de")}</div>
<div style="text-align:right">abzüglich Anzahlung vom {fdate(deposit_d, n)}: € {money(deposit, "de")}<br>
<b>Offener Betrag: € {money(total - deposit, "de")}</b></div>
<p>Zahlbar innerhalb von 14 Tagen ohne Abzug. Wir danken für Ihren Besuch und freuen uns auf ein
Wiedersehen!</p>
<div class=legal>{esc(legal)} · {rng.choice(["Dorfstraße", "Seeuferweg", "Kirchplatz"])}
{rng.randrange(1, 40)},
{rng.choice(["5731 Hollersbach", "6370 Kitzbühel", "9220 Velden"])} · FN
{rng.randrange(10000, 499999)}{rng.choice("abfkmt")}
· UID ATU{rng.randrange(10**7, 10**8)} · IBAN AT{rng.randrange(10, 99)} 3500 0000
{rng.randrange(1000, 9999)}
{rng.randrange(1000, 9999)}</div>"""
    return make(
        "hotel_at",
        "de",
        page(HOTEL_CSS, body, "de"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d, "at")),
        due_date=None,
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(net[10] + net[20], money(net[10] + net[20], "de")),
        tax=(tax[10] + tax[20], money(tax[10] + tax[20], "de")),
    )
