"""Set U templates: German Rechnungskorrektur (credit note, negative total), Polish faktura proforma."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

CN_CSS = """
@page { size: A4; margin: 20mm 18mm 16mm 25mm; } body { font: 9.5pt 'Liberation Sans'; }
.snd { font-size: 7pt; text-decoration: underline; margin-top: 20mm; } .addr { height: 30mm; }
.info { position: absolute; right: 0; top: 16mm; font-size: 8.5pt; } .info td { padding: 1px 6px; }
h1 { font-size: 14pt; margin: 6mm 0 2mm; } table.p { width: 100%; border-collapse: collapse; margin-top:
6px; }
table.p th { border-bottom: 1px solid #000; text-align: left; padding: 3px; } table.p td { padding: 3px;
 border-bottom: 1px solid #ddd; } .r { text-align: right !important; white-space: nowrap; } table.s
{ margin: 8px 0 0 auto; } table.s td { padding: 2px 6px; } .k td { font-weight: bold; border-top: 1px solid
#000; }
.ft { position: absolute; bottom: 0; font-size: 7pt; color: #555; width: 100%; border-top: 1px solid #aaa; }
"""

GOODS = [
    ("Hydraulikschlauch DN12, 2 m", 2850, 4900),
    ("Kugellager 6205-2RS", 690, 1490),
    ("Dichtungssatz Zylinder ZH-40", 3900, 7900),
    ("Drucksensor 0-250 bar", 11900, 18900),
    ("Magnetventil 24 V DC", 6400, 9800),
    ("Schmierfett Lithium 5 kg", 3400, 5200),
]


def credit_de(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Hansen Fluidtechnik GmbH", "Weber Industriebedarf GmbH & Co. KG", "Brandt Antriebe AG"]
    )
    issued = issue_date(rng)
    orig_date = issued - timedelta(days=rng.randrange(10, 40))
    number = f"GS-{issued.year}-{rng.randrange(1000, 9999)}"
    orig = f"RE-{orig_date.year}-{rng.randrange(10000, 99999)}"
    d = "{dd}.{mm}.{yyyy}"
    rows, net = [], Decimal(0)
    for name, lo, hi in rng.sample(GOODS, 3):
        qty = rng.randrange(1, 6)
        unit = Decimal(rng.randrange(lo, hi)) / 100
        net -= qty * unit
        rows.append(
            f"<tr><td>{name}</td><td class=r>-{qty}</td><td class=r>{money(unit, 'de')}</td>"
            f"<td class=r>-{money(qty * unit, 'de')}</td></tr>"
        )
    vat = q2(net * Decimal("0.19"))
    total = net + vat
    body = f"""
<div class=snd>{esc(legal)} · {rng.choice(["Gewerbepark Süd", "Max-Planck-Str.", "Hafenstraße"])}
{rng.randrange(1, 60)} · {rng.choice(["33602 Bielefeld", "68159 Mannheim", "90402 Nürnberg"])}</div>
<div class=addr>{
        rng.choice(["Lohmann Maschinenbau GmbH", "Fischer Agrartechnik KG", "Stadtwerke Beispielstadt"])
    }<br>
Einkauf / Kreditorenbuchhaltung<br>{rng.choice(["Werkstraße", "Industriering", "Am Hafen"])}
{rng.randrange(1, 80)}<br>
{rng.choice(["44135 Dortmund", "49074 Osnabrück", "34117 Kassel"])}</div>
<table class=info><tr><td>Gutschrift-Nr.</td><td>{number}</td></tr><tr><td>Datum</td><td>{
        fdate(issued, d)
    }</td></tr>
<tr><td>Kunden-Nr.</td><td>{rng.randrange(10000, 99999)}</td></tr><tr><td>Ihre Rücksendung</td>
<td>RMA {rng.randrange(1000, 9999)}</td></tr></table>
<h1>Gutschrift / Rechnungskorrektur</h1>
<p>zu unserer Rechnung {orig} vom {fdate(orig_date, d)}. Wir schreiben Ihnen für die zurückgesandte Ware
folgenden Betrag gut:</p>
<table class=p><tr><th>Artikel</th><th class=r>Menge</th><th class=r>Einzelpreis €</th><th class=r>Betrag
€</th></tr>
{"".join(rows)}</table>
<table class=s><tr><td>Nettobetrag</td><td class=r>{money(net, "de")} €</td></tr>
<tr><td>Umsatzsteuer 19 %</td><td class=r>{money(vat, "de")} €</td></tr>
<tr class=k><td>Gutschriftsbetrag (EUR)</td><td class=r>{money(total, "de")} €</td></tr></table>
<p>Der Betrag wird mit Ihrer nächsten Zahlung verrechnet bzw. innerhalb von 14 Tagen auf Ihr Konto
überwiesen.</p>
<div class=ft>{esc(legal)} · Geschäftsführung:
{rng.choice(["Jens Hansen", "Dr. Petra Weber", "Uwe Brandt"])} ·
Registergericht {rng.choice(["Bielefeld", "Mannheim", "Nürnberg"])} HRB {rng.randrange(1000, 99999)} ·
USt-IdNr.
DE{rng.randrange(10**8, 10**9)} · IBAN DE{rng.randrange(10, 99)} {rng.randrange(1000, 9999)}
{rng.randrange(1000, 9999)}
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}</div>"""
    return make(
        "credit_de",
        "de",
        page(CN_CSS, body, "de"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=None,
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(vat, money(vat, "de")),
    )


PL_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.5pt 'DejaVu Sans'; } h1 { font-size: 15pt; margin: 0; }
.hd { display: flex; justify-content: space-between; } .two { display: flex; gap: 12px; margin-top: 10px; }
.two > div { flex: 1; border: 1px solid #bbb; padding: 6px; } table.p { width: 100%; border-collapse:
collapse;
 margin-top: 8px; } table.p th, table.p td { border: 1px solid #999; padding: 2px 4px; } table.p th
{ background: #eef; font-size: 7.5pt; } .r { text-align: right !important; white-space: nowrap; }
.k { font-size: 11pt; font-weight: bold; margin-top: 8px; }
"""

PL_ITEMS = [
    ("Regał magazynowy 200×100×50", "szt.", 38000, 52000),
    ("Wózek paletowy 2,5 t", "szt.", 89000, 120000),
    ("Folia stretch 23 µm, 1,5 kg", "rol.", 1800, 2600),
    ("Pojemnik plastikowy 60 l", "szt.", 4200, 6900),
    ("Taśma pakowa 48 mm × 66 m", "op.", 2900, 4500),
]


def proforma_pl(rng: random.Random) -> Doc:
    legal = rng.choice(["Magazynex Sp. z o.o.", "Wisła Logistyka Sp. z o.o. Sp.k.", "Tatra-Pak Jan Nowak"])
    issued = issue_date(rng)
    due = issued + timedelta(days=7)
    number = f"PRO/{rng.randrange(1, 300)}/{issued:%m}/{issued.year}"
    d = "{dd}.{mm}.{yyyy}"
    rows, net = [], Decimal(0)
    for i, (name, u, lo, hi) in enumerate(rng.sample(PL_ITEMS, 4)):
        qty = rng.randrange(1, 12)
        price = Decimal(rng.randrange(lo, hi)) / 100
        val = qty * price
        net += val
        rows.append(
            f"<tr><td>{i + 1}</td><td>{name}</td><td>{u}</td><td class=r>{qty}</td>"
            f"<td class=r>{money(price, 'fr')}</td><td class=r>{money(val, 'fr')}</td><td>23%</td></tr>"
        )
    ship = Decimal(rng.choice([150, 180, 250]))
    net += ship
    vat = q2(net * Decimal("0.23"))
    total = net + vat
    z = "fr"
    body = f"""
<div class=hd><div><h1>FAKTURA PRO FORMA</h1>nr {
        number
    }<br><span style="font-size:7.5pt">Dokument nie jest fakturą
VAT i nie stanowi podstawy do odliczenia podatku.</span></div><div style="text-align:right">Miejsce
wystawienia:
{rng.choice(["Kraków", "Poznań", "Gdańsk"])}<br>Data wystawienia: {fdate(issued, d)}<br>Termin płatności:
{fdate(due, d)}<br>Ważna do: {fdate(issued + timedelta(days=14), d)}</div></div>
<div class=two><div><b>Sprzedawca</b><br>{esc(legal)}<br>ul. {
        rng.choice(["Przemysłowa", "Składowa", "Portowa"])
    }
{rng.randrange(1, 90)}<br>NIP {rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{
        rng.randrange(10, 99)
    }<br>Konto: PL{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}</div><div><b>Nabywca</b><br>{
        rng.choice(["Hurtownia Zorza s.c.", "Piekarnia Kłos Sp. z o.o.", "Meble Dąb Sp. j."])
    }<br>ul. {rng.choice(["Lipowa", "Długa", "Kwiatowa"])}
{rng.randrange(1, 90)}<br>NIP {rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{
        rng.randrange(10, 99)
    }<br>Zamówienie nr ZAM-{rng.randrange(1000, 9999)}</div></div>
<table class=p><tr><th>Lp.</th><th>Nazwa towaru</th><th>J.m.</th><th>Ilość</th><th>Cena netto</th>
<th>Wartość netto</th><th>VAT</th></tr>{
        "".join(rows)
    }<tr><td>5</td><td>Transport</td><td>usł.</td><td class=r>1</td>
<td class=r></td><td class=r>{money(ship, z)}</td><td>23%</td></tr></table>
<table class=p style="width:55%;margin-left:auto">
<tr><th>Stawka</th><th>Netto</th><th>VAT</th><th>Brutto</th></tr>
<tr><td>23%</td><td class=r>{money(net, z)}</td><td class=r>{money(vat, z)}</td><td class=r>{
        money(total, z)
    }</td>
</tr></table>
<div class=k>Do zapłaty: {money(total, z)} PLN</div>
<p>Po zaksięgowaniu wpłaty wystawimy fakturę VAT. Prosimy o przelew z tytułem: {number}.</p>"""
    return make(
        "proforma_pl",
        "pl",
        page(PL_CSS, body, "pl"),
        repeats=frozenset({"total", "invoice_number"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, z)),
        currency=("PLN", "PLN"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, z)),
        tax=(vat, money(vat, z)),
    )
