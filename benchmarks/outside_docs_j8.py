"""Set J templates: Belgian factuur with btw verlegd (medecontractant), Dutch florist's factuur."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

BE_CSS = """
@page { size: A4; margin: 14mm 16mm; }
body { font: 9pt 'Liberation Sans'; }
.top { display: flex; justify-content: space-between; }
.nm
{ font: bold 19pt 'Liberation Sans Narrow', 'Liberation Sans'; color: #b35900; text-transform: uppercase; }
.ad { font-size: 8pt; color: #444; } .cl { margin-top: 14mm; width: 78mm; line-height: 1.4; }
h1 { font-size: 16pt; letter-spacing: 3px; margin: 10mm 0 3mm; }
table.hd { width: 100%; border-collapse: collapse; } table.hd th, table.hd td
{ border: 1px solid #777; padding: 3px 5px; }
table.hd th { background: #f0e2d0; font-weight: normal; font-size: 8pt; text-align: left; }
table.l { width: 100%; border-collapse: collapse; margin-top: 5mm; }
table.l th
{ border: 1px solid #777; background: #f0e2d0; padding: 3px; font-weight: normal; font-size: 8pt; }
table.l td { border-left: 1px solid #777; border-right: 1px solid #777; padding: 3px; height: 5mm; }
table.l tr.end td { border-bottom: 1px solid #777; height: 30mm; } .r
{ text-align: right; white-space: nowrap; }
table.t { margin: 4mm 0 0 auto; border-collapse: collapse; } table.t td
{ border: 1px solid #777; padding: 3px 8px; }
.vm { font-size: 8pt; border: 1px solid #b35900; padding: 3mm; margin-top: 5mm; }
"""

BOUW = [
    ("Plaatsen isolatie PIR 120 mm dak", "m²", 40, 220, 24, 36),
    ("Leveren en plaatsen EPDM dakbedekking", "m²", 40, 220, 38, 55),
    ("Dakranden aluminium, incl. hoekstukken", "lm", 10, 60, 42, 68),
    ("Regenwaterafvoer zink Ø 80", "lm", 6, 30, 31, 48),
    ("Afbraak en afvoer oude dakbedekking", "m²", 40, 220, 9, 15),
    ("Werfinrichting en veiligheidsvoorzieningen", "forfait", 1, 1, 450, 900),
]


def verlegd_be(rng: random.Random) -> Doc:
    vendor = rng.choice(["Dakwerken Janssens BV", "Bouwonderneming Peeters BV", "Renovatie De Smet BV"])
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{issued.year}{rng.randrange(100, 999):04d}"
    d = "{dd}/{mm}/{yyyy}"
    rows, net = [], Decimal(0)
    for text, unit, lo, hi, plo, phi in rng.sample(BOUW, 4):
        qty = Decimal(rng.randrange(lo, hi + 1))
        price = Decimal(rng.randrange(plo * 100, phi * 100)) / 100
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{text}</td><td class=r>{money(qty, 'de')}</td><td>{unit}</td>"
            f"<td class=r>{money(price, 'de')}</td><td class=r>0 % MC</td>"
            f"<td class=r>{money(amt, 'de')}</td></tr>"
        )
    ond = f"0{rng.randrange(400, 899)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"
    ref = f"+++{rng.randrange(100, 999)}/{rng.randrange(1000, 9999)}/{rng.randrange(10000, 99999)}+++"
    body = f"""
<div class=top><div><div class=nm>{esc(vendor)}</div><div
class=ad>{rng.choice(["Steenweg op Mol", "Industrieweg", "Kerkstraat"])}
{rng.randrange(1, 200)}, {rng.choice(["2440 Geel", "3500 Hasselt", "9000 Gent"])} · BTW BE {ond} · RPR
Antwerpen, afd. Turnhout<br>
Tel. 014 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} · KBC
BE{rng.randrange(10, 99)} 7330
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}</div></div></div>
<div class=cl>{rng.choice(["Vastgoed Lenaerts NV", "Immo Verbeeck BV", "Bouwgroep Claes BV"])}<br>
{rng.choice(["Frankrijklei", "Meir", "Leopoldplaats"])} {rng.randrange(1, 150)}<br>2000 Antwerpen<br>
BTW BE 0{rng.randrange(400, 899)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}</div>
<h1>FACTUUR</h1>
<table class=hd><tr><th>Factuurnr.</th><th>Factuurdatum</th><th>Vervaldatum</th><th>Klantnr.</th><th>Uw
bestelbon</th></tr>
<tr><td>{number}</td><td>{fdate(issued, d)}</td><td>{fdate(due, d)}</td>
<td>{rng.randrange(400000, 409999)}</td>
<td>{rng.randrange(10000, 99999)}</td></tr></table>
<p>Werf: {rng.choice(["Lange Lozanastraat", "Boomsesteenweg", "Turnhoutsebaan"])} {rng.randrange(1, 300)},
Antwerpen ·
vorderingsstaat {rng.randrange(1, 5)} · werken uitgevoerd tot {fdate(issued - timedelta(days=3), d)}</p>
<table
class=l><tr><th>Omschrijving</th><th>Hoev.</th><th>Eenh.</th><th>Eenheidsprijs</th><th>Btw</th><th>Bedrag</th></tr>
{"".join(rows)}<tr class=end><td></td><td></td><td></td><td></td><td></td><td></td></tr></table>
<table class=t><tr><td>Totaal excl. btw</td><td class=r>€ {money(net, "de")}</td></tr>
<tr><td>Btw 0 % (verlegd)</td><td class=r>€ 0,00</td></tr>
<tr><td><b>Te betalen</b></td><td class=r><b>€ {money(net, "de")}</b></td></tr></table>
<p>Gelieve te betalen vóór de vervaldag met gestructureerde mededeling {ref}</p>
<div class=vm><b>Verlegging van heffing.</b> Bij gebrek aan schriftelijke betwisting binnen een termijn van
één maand na de
ontvangst van de factuur, wordt de klant geacht te erkennen dat hij een belastingplichtige is gehouden tot
de indiening van
periodieke aangiften. Als die voorwaarde niet vervuld is, is de klant ten aanzien van die voorwaarde
aansprakelijk voor de
betaling van de verschuldigde belasting, intresten en geldboeten (art. 20 KB nr. 1).</div>"""
    return make(
        "verlegd_be",
        "nl",
        page(BE_CSS, body, "nl"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(net, money(net, "de")),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor.upper()),
        subtotal=(net, money(net, "de")),
        tax=(Decimal("0.00"), "0,00"),
    )


NL_CSS = """
@page { size: A4; margin: 18mm 20mm; }
body { font: 9.5pt 'DejaVu Sans'; color: #303030; line-height: 1.35; }
.hd { display: flex; justify-content: space-between; }
.leaf { width: 16mm; height: 16mm; background: #6a994e; border-radius: 0 10mm 0 10mm; }
.co { font-size: 8pt; text-align: right; color: #555; } .co b { color: #303030; font-size: 9pt; }
.to { margin: 12mm 0 8mm; }
h1 { font-weight: normal; font-size: 18pt; margin: 0 0 4mm; }
table.kv td { padding: 0 10mm 0 0; }
table.l { width: 100%; border-collapse: collapse; margin-top: 8mm; }
table.l th
{ text-align: left; font-weight: normal; color: #888; border-bottom: 1px solid #ddd; padding: 4px 2px; }
table.l td { padding: 5px 2px; } .r { text-align: right !important; white-space: nowrap; }
table.t { margin-left: auto; width: 48%; border-collapse: collapse; } table.t td { padding: 3px 2px; }
table.t tr.b td { border-top: 1px solid #303030; font-weight: bold; }
.pay { margin-top: 10mm; font-size: 8.5pt; color: #555; }
"""

BLOEM = [
    ("Bloemenabonnement receptie, wekelijks ({n} weken)", 9, 45, 85),
    ("Tafelboeketten vergaderzalen ({n} st.)", 9, 18, 35),
    ("Planten in hydrocultuur, onderhoud per maand", 21, 60, 140),
    ("Keramieken potten, antraciet", 21, 22, 48),
    ("Rouwstuk medewerker", 9, 75, 140),
    ("Bezorgkosten", 21, 8, 15),
]


def bloemen_nl(rng: random.Random) -> Doc:
    vendor = rng.choice(["Bloem & Blad B.V.", "Groenrijk Zakelijk B.V.", "Het Bloemenatelier Utrecht B.V."])
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    number = f"{issued.year}-{rng.randrange(10, 999):04d}"
    dl = "{d} {month} {yyyy}"
    rows, base = [], {21: Decimal(0), 9: Decimal(0)}
    for text, rate, lo, hi in rng.sample(BLOEM, 4):
        qty = rng.randrange(1, 5)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        amt = q2(qty * price)
        base[rate] += amt
        rows.append(
            f"<tr><td>{qty}</td><td>{text.format(n=rng.randrange(4, 6))}</td>"
            f"<td class=r>€ {money(price, 'de')}</td>"
            f"<td class=r>€ {money(amt, 'de')}</td><td class=r>{rate}%</td></tr>"
        )
    sub = base[21] + base[9]
    btw = {r: q2(b * r / 100) for r, b in base.items()}
    total = sub + btw[21] + btw[9]
    kvk = rng.randrange(10**7, 10**8)
    body = f"""
<div class=hd><div class=leaf></div><div
class=co><b>{esc(vendor)}</b><br>{rng.choice(["Oudegracht", "Voorstraat", "Nachtegaalstraat"])}
{rng.randrange(1, 300)}<br>3511 {rng.choice(["AB", "KX", "PT"])} Utrecht<br>KvK {kvk}<br>Btw-id
NL{rng.randrange(10**8, 10**9)}B01<br>
IBAN NL{rng.randrange(10, 99)} RABO 0{rng.randrange(10**8, 10**9)}</div></div>
<div
class=to>{rng.choice(["Advocatenkantoor Dekker", "Stichting Wijkzorg Noord", "Verhoeven Architecten"])}<br>
t.a.v. facilitair management<br>{rng.choice(["Stationsplein", "Catharijnesingel", "Maliebaan"])}
{rng.randrange(1, 120)}<br>
35{rng.randrange(10, 99)} {rng.choice(["GC", "LM", "XZ"])} Utrecht</div>
<h1>Factuur</h1>
<table class=kv><tr><td>Factuurnummer</td><td>{number}</td></tr>
<tr><td>Factuurdatum</td><td>{fdate(issued, dl, "nl")}</td></tr>
<tr><td>Vervaldatum</td><td>{fdate(due, dl, "nl")}</td></tr><tr><td>Uw
referentie</td><td>PO{rng.randrange(10000, 99999)}</td></tr>
</table>
<table class=l><tr><th>Aantal</th><th>Omschrijving</th><th class=r>Prijs</th><th class=r>Totaal</th><th
class=r>Btw</th></tr>
{"".join(rows)}</table>
<table class=t><tr><td>Subtotaal</td><td class=r>€ {money(sub, "de")}</td></tr>
<tr><td>9% btw</td><td class=r>€ {money(btw[9], "de")}</td></tr>
<tr><td>21% btw</td><td class=r>€ {money(btw[21], "de")}</td></tr>
<tr class=b><td>Totaal</td><td class=r>€ {money(total, "de")}</td></tr></table>
<div class=pay>We verzoeken u vriendelijk het openstaande bedrag binnen 14 dagen over te maken naar de
bovenstaande
rekening, onder vermelding van het factuurnummer. Vragen over deze factuur? Mail naar
administratie@bloem.nl.</div>"""
    return make(
        "bloemen_nl",
        "nl",
        page(NL_CSS, body, "nl"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, dl, "nl")),
        due_date=(due, fdate(due, dl, "nl")),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, money(sub, "de")),
        tax=(btw[9] + btw[21], (money(btw[9], "de"), money(btw[21], "de"))),
    )
