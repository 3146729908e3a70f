"""Set U templates: UK marketplace seller invoice (VAT-inclusive prices), German Marktplatz-Rechnung."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

MK_CSS = """
@page { size: A4; margin: 14mm; } body { font: 9pt 'Liberation Sans'; }
.top { display: flex; justify-content: space-between; } h1 { font-size: 15pt; margin: 0 0 6px; }
.box { border: 1px solid #aaa; padding: 6px 8px; margin-top: 8px; } .three { display: flex; gap: 10px; }
.three > div { flex: 1; } table.l { width: 100%; border-collapse: collapse; margin-top: 12px; }
table.l th { background: #232f3e; color: #fff; padding: 4px; font-size: 8pt; text-align: left; }
table.l td { border-bottom: 1px solid #ddd; padding: 4px; } .r { text-align: right; white-space: nowrap; }
table.t { margin: 8px 0 0 auto; } table.t td { padding: 2px 6px; } .b td { font-weight: bold; font-size:
10.5pt; }
.sm { font-size: 7.5pt; color: #555; margin-top: 16px; }
"""

UK_ITEMS = [
    ("Stainless steel cafetière 1L", 1899, 3499),
    ("Bamboo chopping board set (3)", 1250, 2599),
    ("USB-C fast charger 65W", 1999, 3999),
    ("Merino wool hiking socks, 3 pairs", 1499, 2299),
    ("LED desk lamp with dimmer", 2299, 4599),
    ("Cast iron skillet 26cm", 2499, 3999),
]


def marketplace_uk(rng: random.Random) -> Doc:
    seller = rng.choice(
        ["Thamesbury Home Goods Ltd", "Peak & Pine Outdoor Ltd", "Brightwire Electronics UK Ltd"]
    )
    issued = issue_date(rng)
    ordered = issued - timedelta(days=rng.randrange(1, 4))
    number = f"GB{rng.randrange(10, 99)}{rng.choice('ABCDEFGH')}{rng.randrange(10**6, 10**7)}"
    order = f"{rng.randrange(200, 299)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
    d = "{dd} {month} {yyyy}"
    rows, gross = [], Decimal(0)
    for name, lo, hi in rng.sample(UK_ITEMS, rng.randrange(2, 4)):
        qty = rng.randrange(1, 4)
        unit = Decimal(rng.randrange(lo, hi)) / 100
        line = qty * unit
        ex = q2(line / Decimal("1.2"))
        gross += line
        rows.append(
            f"<tr><td>{name}<br><span style='color:#777'>ASIN B0{rng.randrange(10**7, 10**8)}</span></td>"
            f"<td class=r>{qty}</td><td class=r>£{money(unit)}</td><td class=r>20%</td>"
            f"<td class=r>£{money(ex)}</td><td class=r>£{money(line)}</td></tr>"
        )
    ship = Decimal(rng.choice(["3.99", "4.49", "5.95"]))
    promo = q2(gross * Decimal(rng.choice(["0.10", "0.15"])))
    total = gross + ship - promo
    vat = q2(total / 6)
    net = total - vat
    body = f"""
<div class=top><div><h1>Invoice</h1>Sold by <b>{esc(seller)}</b><br>VAT #
GB{rng.randrange(10**8, 10**9)}</div>
<div style="text-align:right">Invoice date / Delivery date: {fdate(issued, d)}<br>Invoice # {number}<br>
Total payable £{money(total)}</div></div>
<div class=three><div class=box><b>Billing
address</b><br>{rng.choice(["Priya Shah", "Tom Whitfield", "Aoife Byrne"])}
<br>{rng.randrange(1, 99)} {rng.choice(["Mill Lane", "Queens Road", "Church Street"])}<br>
{rng.choice(["Leeds LS6 2AB", "Bristol BS7 8DE", "Norwich NR2 4PL"])}<br>United Kingdom</div>
<div class=box><b>Delivery address</b><br>Same as billing address</div>
<div class=box><b>Sold by</b><br>{rng.randrange(1, 60)} {rng.choice(["Enterprise Way", "Trident Park"])}<br>
{rng.choice(["Milton Keynes MK1 1AA", "Coventry CV3 4FJ"])}<br>United Kingdom</div></div>
<div class=box>Order information: Order date {fdate(ordered, d)} · Order # {order} · Payment: Visa ending
{rng.randrange(1000, 9999)}</div>
<table class=l><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price (incl. VAT)</th>
<th class=r>VAT rate</th><th class=r>Total price (excl. VAT)</th><th class=r>Total price (incl. VAT)</th></tr>
{"".join(rows)}<tr><td>Shipping charges</td><td class=r>1</td><td class=r>£{money(ship)}</td>
<td class=r>20%</td><td class=r></td><td class=r>£{money(ship)}</td></tr>
<tr><td>Promotion applied</td><td></td><td></td><td></td><td></td><td
class=r>-£{money(promo)}</td></tr></table>
<table class=t><tr><td>Total excl. VAT</td><td class=r>£{money(net)}</td></tr>
<tr><td>VAT 20%</td><td class=r>£{money(vat)}</td></tr>
<tr class=b><td>Invoice total (GBP)</td><td class=r>£{money(total)}</td></tr></table>
<p class=sm>This invoice was issued by the marketplace on behalf of the seller. Already paid - no payment due.
Returns within 30 days via Your Orders.</p>"""
    return make(
        "marketplace_uk",
        "en",
        page(MK_CSS, body, "en"),
        repeats=frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=None,
        total=(total, money(total)),
        currency=("GBP", "GBP"),
        vendor_name=(seller, seller),
        subtotal=(net, money(net)),
        tax=(vat, money(vat)),
    )


DE_ITEMS = [
    ("Kaffeevollautomat Barista Pro, Edelstahl", 24900, 49900),
    ("Akku-Bohrschrauber 18 V inkl. 2 Akkus", 8990, 15990),
    ("Gartenschlauch-Set 25 m", 2490, 4990),
    ("Kinderfahrradhelm Gr. S", 2995, 5495),
    ("Bettwäsche Satin 155×220 cm", 3990, 6990),
    ("Bluetooth-Lautsprecher wasserdicht", 3499, 7999),
]


def marketplace_de(rng: random.Random) -> Doc:
    seller = rng.choice(
        ["Rheinwerk Handels GmbH", "Elbtal Versand UG (haftungsbeschränkt)", "Hofmann & Kühn OHG"]
    )
    issued = issue_date(rng)
    number = f"RE-{issued.year}-{rng.randrange(10**5, 10**6)}"
    order = f"{rng.randrange(300, 399)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
    d = "{dd}.{mm}.{yyyy}"
    rows, gross = [], Decimal(0)
    for name, lo, hi in rng.sample(DE_ITEMS, 3):
        qty = rng.randrange(1, 3)
        unit = Decimal(rng.randrange(lo, hi)) / 100
        gross += qty * unit
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty}</td><td class=r>{money(unit, 'de')} €</td>"
            f"<td class=r>19 %</td><td class=r>{money(qty * unit, 'de')} €</td></tr>"
        )
    disc = q2(gross * Decimal("0.05"))
    ship = Decimal(rng.choice(["4.90", "5.99", "6.95"]))
    total = gross - disc + ship
    vat = q2(total * 19 / 119)
    net = total - vat
    body = f"""
<div class=top><div style="font-size:7.5pt;text-decoration:underline">{esc(seller)} ·
{rng.choice(["Industriestr.", "Hafenweg", "Am Bahnhof"])} {rng.randrange(1, 80)} · {
        rng.choice(["50667 Köln", "01067 Dresden", "20457 Hamburg"])
    }</div><div style="font:bold 13pt 'Liberation Sans'">Rechnung</div></div>
<div class=top style="margin-top:10px"><div>{
        rng.choice(["Herrn Jonas Weber", "Frau Lea Schmitt", "Herrn Emre Yilmaz"])
    }
<br>{rng.choice(["Lindenallee", "Schillerstr.", "Goethering"])} {rng.randrange(1, 120)}<br>
{rng.choice(["80331 München", "70173 Stuttgart", "04109 Leipzig"])}</div>
<table class=t style="margin:0"><tr><td>Rechnungsnummer</td><td>{number}</td></tr>
<tr><td>Rechnungsdatum = Lieferdatum</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Bestellnummer</td><td>{order}</td></tr>
<tr><td>Bestelldatum</td><td>{fdate(issued - timedelta(days=rng.randrange(2, 5)), d)}</td></tr>
<tr><td>Zahlungsart</td><td>Marktplatz-Zahlung (bereits bezahlt)</td></tr></table></div>
<table class=l><tr><th>Artikel</th><th class=r>Menge</th><th class=r>Einzelpreis brutto</th><th
class=r>USt.</th>
<th class=r>Gesamt brutto</th></tr>{"".join(rows)}
<tr><td>Rabatt Aktion 5 %</td><td></td><td></td><td></td><td class=r>-{money(disc, "de")} €</td></tr>
<tr><td>Versandkosten</td><td class=r>1</td><td></td><td class=r>19 %</td><td class=r>{
        money(ship, "de")
    } €</td></tr>
</table><table class=t><tr><td>Summe netto</td><td class=r>{money(net, "de")} €</td></tr>
<tr><td>zzgl. 19 % USt.</td><td class=r>{money(vat, "de")} €</td></tr>
<tr class=b><td>Rechnungsbetrag (EUR)</td><td class=r>{money(total, "de")} €</td></tr></table>
<p class=sm>Verkauft und versendet durch {esc(seller)}. USt-IdNr. DE{rng.randrange(10**8, 10**9)} ·
Amtsgericht {rng.choice(["Köln", "Dresden", "Hamburg"])} HRB {rng.randrange(10000, 99999)} · Der Betrag wurde
bereits über den Marktplatz beglichen.</p>"""
    return make(
        "marketplace_de",
        "de",
        page(MK_CSS, body, "de"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=None,
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(seller, seller),
        subtotal=(net, money(net, "de")),
        tax=(vat, money(vat, "de")),
    )
