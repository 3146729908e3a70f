"""Set W templates: SAP-style German Rechnung (many references), Lexware-style Kleinunternehmer."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

SAP_CSS = """
@page { size: A4; margin: 18mm 15mm 25mm 22mm; @bottom-left { content: "Seite " counter(page) " von "
 counter(pages); font-size: 7pt; } } body { font: 8.5pt 'Nimbus Mono PS'; }
.snd { font: 6.5pt 'Nimbus Sans'; margin-top: 24mm; } .addr { font-family: 'Nimbus Sans'; height: 32mm; }
.head { position: absolute; right: 0; top: 0; width: 78mm; font-family: 'Nimbus Sans'; font-size: 8pt; }
.head td { padding: 0 4px 0 0; vertical-align: top; } h1 { font: bold 12pt 'Nimbus Sans'; margin: 4mm 0; }
table.it { width: 100%; border-collapse: collapse; } table.it th { border-top: 1px solid #000; border-bottom:
 1px solid #000; text-align: left; padding: 2px; font-weight: normal; } table.it td { padding: 2px; }
.r { text-align: right !important; white-space: nowrap; } .sum { border-top: 1px solid #000; }
.ft { font: 6.5pt 'Nimbus Sans'; position: absolute; bottom: -16mm; width: 100%; display: flex; gap: 8mm; }
"""

SAP_MAT = [
    ("Sensor induktiv M18 PNP", 3400, 6900),
    ("Steckverbinder M12 5-pol.", 780, 1490),
    ("Frequenzumrichter 2,2 kW", 38000, 52000),
    ("Lichtgitter 600 mm Typ 4", 89000, 125000),
    ("Kabelschleppkette 25x38", 2100, 3600),
    ("Servicetechniker Std.", 8900, 11900),
]


def sap_de(rng: random.Random) -> Doc:
    legal = rng.choice(["Rheintal Automation GmbH", "Nordwerk Antriebstechnik AG", "Schwaben Sensorik SE"])
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    skonto_date = issued + timedelta(days=10)
    number = str(rng.randrange(90100000, 90999999))
    order = f"45000{rng.randrange(10000, 99999)}"
    delivery = str(rng.randrange(80100000, 80999999))
    sales = str(rng.randrange(1100000, 1999999))
    cust = str(rng.randrange(100000, 199999))
    dd = "{dd}.{mm}.{yyyy}"
    rows, net = [], Decimal(0)
    for i, (mat, lo, hi) in enumerate(rng.sample(SAP_MAT, 4)):
        qty = rng.randrange(1, 20)
        price = Decimal(rng.randrange(lo, hi)) / 100
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{(i + 1) * 10:06d}</td><td>{rng.randrange(10**7, 10**8)}</td><td>{mat}</td>"
            f"<td class=r>{qty} ST"
            f"</td><td class=r>{money(price, 'de')}</td><td class=r>{money(amt, 'de')}</td></tr>"
        )
    vat = q2(net * Decimal("0.19"))
    total = net + vat
    skonto = q2(total * Decimal("0.02"))
    d_order = fdate(issued - timedelta(days=rng.randrange(15, 40)), dd)
    d_deliv = fdate(issued - timedelta(days=rng.randrange(1, 6)), dd)
    body = f"""
<div class=head><b style="font-size:11pt">{esc(legal)}</b><br><br><table>
<tr><td>Belegnummer/Datum</td><td>{number} / {fdate(issued, dd)}</td></tr>
<tr><td>Kundennummer</td><td>{cust}</td></tr>
<tr><td>Ihre Bestellung/Datum</td><td>{order} / {d_order}</td></tr>
<tr><td>Auftrag</td><td>{sales}</td></tr><tr><td>Lieferschein/Datum</td><td>{delivery} / {d_deliv}</td></tr>
<tr><td>Ihre USt-IdNr.</td><td>DE{rng.randrange(10**8, 10**9)}</td></tr>
<tr><td>Ansprechpartner</td><td>{rng.choice(["Fr. Keller", "Hr. Yilmaz", "Fr. Nowak"])} / -{
        rng.randrange(100, 999)
    }</td>
</tr></table></div>
<div class=snd>{esc(legal)} · Postfach {rng.randrange(1000, 9999)} · {rng.randrange(10000, 99999)} {
        rng.choice(["Karlsruhe", "Bremen", "Ulm"])
    }</div>
<div class=addr>{
        rng.choice(["Fahrzeugbau Möller GmbH", "Papierfabrik Lindenau AG", "Kunststofftechnik Berg KG"])
    }<br>
Rechnungsprüfung<br>{rng.choice(["Industriestr.", "Werkstr.", "Im Gewerbegebiet"])} {
        rng.randrange(1, 90)
    }<br>{rng.randrange(10000, 99999)} {rng.choice(["Wolfsburg", "Chemnitz", "Paderborn"])}</div>
<h1>Rechnung</h1>
<table class=it><tr><th>Pos.</th><th>Material</th><th>Bezeichnung</th><th class=r>Menge</th><th
class=r>Preis/ST EUR</th>
<th class=r>Wert EUR</th></tr>{"".join(rows)}
<tr class=sum><td colspan=5>Summe Positionen netto</td><td class=r>{money(net, "de")}</td></tr>
<tr><td colspan=5>Ausgangssteuer 19,000 % von {money(net, "de")}</td><td class=r>{money(vat, "de")}</td></tr>
<tr class=sum><td colspan=5><b>Endbetrag EUR</b></td><td class=r><b>{money(total, "de")}</b></td></tr></table>
<p>Zahlungsbedingungen: bis {fdate(skonto_date, dd)} 2 % Skonto ({money(skonto, "de")} EUR),
bis {fdate(due, dd)} ohne Abzug.<br>Lieferbedingungen: FCA Werk. Leistungsdatum entspricht Lieferdatum.<br>
Bitte geben Sie bei Zahlung die Belegnummer {number} an.</p>
<div class=ft><div>{esc(legal)}<br>Sitz: {rng.choice(["Karlsruhe", "Bremen", "Ulm"])}<br>Amtsgericht HRB {
        rng.randrange(1000, 99999)
    }</div><div>Vorstand/Geschäftsführung:<br>{
        rng.choice(["Dr. M. Kranz", "S. Albrecht", "K. Hoffmann"])
    }</div>
<div>USt-IdNr. DE{rng.randrange(10**8, 10**9)}<br>Steuer-Nr. {rng.randrange(10, 99)}/{
        rng.randrange(100, 999)
    }/{rng.randrange(10000, 99999)}</div><div>{
        rng.choice(["Commerzbank", "Deutsche Bank", "BW-Bank"])
    }<br>IBAN DE{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {
        rng.randrange(1000, 9999)
    } {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}</div></div>"""
    return make(
        "sap_de",
        "de",
        page(SAP_CSS, body, "de"),
        repeats=frozenset({"invoice_number", "vendor_name", "subtotal"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, dd)),
        due_date=(due, fdate(due, dd)),
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(vat, money(vat, "de")),
    )


LEX_CSS = """
@page { size: A4; margin: 20mm 20mm 20mm 25mm; } body { font: 10pt 'URW Bookman'; color: #222; }
.snd { font-size: 7pt; border-bottom: 0.5px solid #000; display: inline-block; margin-top: 20mm; }
.addr { height: 30mm; margin-top: 2mm; } .info { position: absolute; right: 0; top: 18mm; text-align: right;
 font-size: 9pt; } h1 { font-size: 15pt; margin: 8mm 0 3mm; } table.it { width: 100%; border-collapse:
collapse; }
table.it th { background: #e8e8e8; text-align: left; padding: 3px; font-size: 9pt; } table.it td { padding:
3px;
 border-bottom: 0.5px solid #bbb; } .r { text-align: right !important; white-space: nowrap; }
.gb td { font-weight: bold; border-top: 1.5px solid #000; border-bottom: none; }
"""

LEX_ITEMS = [
    ("Fotoshooting Familie, 2 Std.", "Pauschal", 180, 320),
    ("Bildbearbeitung je Bild", "Stk.", 8, 15),
    ("Fine-Art-Print 30x45", "Stk.", 25, 45),
    ("Anfahrt", "km", 1, 1),
    ("Fotobuch 30 Seiten", "Stk.", 69, 119),
]


def lexware_de(rng: random.Random) -> Doc:
    name = rng.choice(["Lena Hartmann", "Tobias Brückner", "Miriam Özdemir"])
    trade = rng.choice(["Fotografie", "Lichtbild-Atelier", "Fotostudio"])
    legal = f"{trade} {name}"
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    number = f"RE{issued.year}{rng.randrange(1, 200):04d}"
    d = "{dd}.{mm}.{yyyy}"
    rows, total = [], Decimal(0)
    for i, (item, unit, lo, hi) in enumerate(rng.sample(LEX_ITEMS, 4)):
        qty = rng.randrange(20, 90) if unit == "km" else (1 if unit == "Pauschal" else rng.randrange(2, 25))
        price = Decimal("0.30") if unit == "km" else Decimal(rng.randrange(lo, hi))
        amt = q2(qty * price)
        total += amt
        rows.append(
            f"<tr><td>{i + 1}</td><td>{item}</td><td class=r>{qty} {unit}</td>"
            f"<td class=r>{money(price, 'de')} €</td>"
            f"<td class=r>{money(amt, 'de')} €</td></tr>"
        )
    perf = issued - timedelta(days=rng.randrange(3, 20))
    body = f"""
<div class=info><b style="font-size:13pt">{esc(legal)}</b><br>{
        rng.choice(["Lindenweg", "Am Markt", "Gartenstraße"])
    }
{rng.randrange(1, 60)}<br>{rng.choice(["04109 Leipzig", "79098 Freiburg", "24103 Kiel"])}<br>Tel. 0{
        rng.randrange(300, 999)
    } {rng.randrange(100000, 999999)}<br><br>Rechnungsnr.: {number}<br>Kundennr.: {
        rng.randrange(10000, 10999)
    }<br>
Datum: {fdate(issued, d)}</div>
<div class=snd>{esc(legal)} · {rng.choice(["Lindenweg", "Am Markt", "Gartenstraße"])} {
        rng.randrange(1, 60)
    }</div>
<div class=addr>{rng.choice(["Familie Schubert", "Herrn Jonas Krüger", "Frau Anna Vogel"])}<br>{
        rng.choice(["Birkenallee", "Hauptstraße", "Seeweg"])
    } {rng.randrange(1, 120)}<br>{rng.choice(["04155 Leipzig", "79100 Freiburg", "24105 Kiel"])}</div>
<h1>Rechnung</h1>
<p>Sehr geehrte Damen und Herren,<br>vielen Dank für Ihren Auftrag. Vereinbarungsgemäß berechne ich Ihnen
folgende
Leistungen (Leistungsdatum: {fdate(perf, d)}):</p>
<table class=it><tr><th>Pos.</th><th>Beschreibung</th><th class=r>Menge</th><th class=r>Einzelpreis</th>
<th class=r>Gesamtpreis</th></tr>{"".join(rows)}
<tr class=gb><td></td><td colspan=3>Gesamtbetrag</td><td class=r>{money(total, "de")} €</td></tr></table>
<p>Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.</p>
<p>Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer bis zum {
        fdate(due, d)
    } auf das unten
angegebene Konto.</p><p>Mit freundlichen Grüßen<br>{name}</p>
<p style="font-size:7.5pt;border-top:0.5px solid #000;padding-top:3px">{esc(legal)} · Steuernummer {
        rng.randrange(100, 999)
    }/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)} · {
        rng.choice(["Sparkasse", "Volksbank", "GLS Bank"])
    }
· IBAN DE{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {
        rng.randrange(1000, 9999)
    }
{rng.randrange(1000, 9999)} {rng.randrange(10, 99)}</p>"""
    return make(
        "lexware_de",
        "de",
        page(LEX_CSS, body, "de"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=None,
        tax=None,
    )
