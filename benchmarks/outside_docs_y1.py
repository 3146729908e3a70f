"""Set Y templates: KoSIT-style XRechnung view (BT codes), ZUGFeRD/Factur-X PDF of a small German firm.

Also the small helpers of set Y: invented QR codes (inline SVG), hex ids, UUIDs, line items.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2


def qr_svg(rng: random.Random, size_mm: int = 28, n: int = 25) -> str:
    """An invented QR-like code: three finder squares and random modules, drawn as inline SVG."""
    cells = []
    for y in range(n):
        for x in range(n):
            corner = (x < 8 and y < 8) or (x >= n - 8 and y < 8) or (x < 8 and y >= n - 8)
            if not corner and rng.random() < 0.5:
                cells.append(f'<rect x="{x}" y="{y}" width="1" height="1"/>')
    for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
        cells.append(
            f'<rect x="{cx}" y="{cy}" width="7" height="7"/><rect x="{cx + 1}" y="{cy + 1}" width="5" '
            f'height="5" fill="#fff"/><rect x="{cx + 2}" y="{cy + 2}" width="3" height="3"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 {n + 2} {n + 2}" width="{size_mm}mm" '
        f'height="{size_mm}mm"><rect x="-1" y="-1" width="{n + 2}" height="{n + 2}" fill="#fff"/>'
        f"{''.join(cells)}</svg>"
    )


def hexs(rng: random.Random, n: int, upper: bool = False) -> str:
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uid(rng: random.Random, upper: bool = False) -> str:
    s = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return s.upper() if upper else s


def pick_items(
    rng: random.Random, items: list[tuple[str, str, int, int]], k: int, qmax: int = 6
) -> list[tuple[str, str, Decimal, Decimal, Decimal]]:
    """``k`` lines (name, unit, quantity, unit price, amount) from (name, unit, lowest, highest price)."""
    out = []
    for name, unit, lo, hi in rng.sample(items, k):
        qty = Decimal(rng.randrange(1, qmax + 1))
        price = q2(Decimal(rng.randrange(lo * 100, hi * 100)) / 100)
        out.append((name, unit, qty, price, q2(qty * price)))
    return out


def later(d: date, days: int) -> date:
    return d + timedelta(days=days)


XR_CSS = """
@page { size: A4; margin: 14mm 14mm; } body { font: 8.5pt 'DejaVu Sans'; color: #000; }
h1 { font-size: 15pt; margin: 0 0 8px; } h2 { font-size: 10pt; background: #e8e8e8; padding: 3px 5px;
 margin: 12px 0 4px; } .box { border: 1px solid #bbb; padding: 4px 6px; }
table.kv { border-collapse: collapse; width: 100%; } table.kv td { padding: 1.5px 4px; vertical-align: top; }
table.kv td.l { width: 48%; color: #333; } .bt { color: #888; font-size: 7pt; } .two { display: flex;
 gap: 10px; } .two > div { flex: 1; } table.it { width: 100%; border-collapse: collapse; }
table.it th, table.it td { border: 1px solid #ccc; padding: 2px 4px; } table.it th { background: #f4f4f4;
 font-size: 7.5pt; text-align: left; } .r { text-align: right !important; white-space: nowrap; }
"""

XR_ITEMS = [
    ("Wartung Netzwerkinfrastruktur", "Std", 85, 120),
    ("Lizenz Fachverfahren, Jahresgebühr", "Stk", 900, 2400),
    ("Schulung Anwender (Tagessatz)", "Tag", 750, 1100),
    ("Austausch Switch 48 Port", "Stk", 650, 1300),
    ("Fahrtkostenpauschale", "Stk", 40, 90),
]


def xrechnung_de(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Kommunaldata Systeme GmbH", "Nordlicht IT-Service GmbH", "Brenner & Vogt Netzwerk KG"]
    )
    issued = issue_date(rng)
    due = later(issued, 30)
    number = f"R{issued.year}-{rng.randrange(100, 9999):05d}"
    d, f = "{dd}.{mm}.{yyyy}", "de"
    lines = pick_items(rng, XR_ITEMS, 3)
    lsum = sum(a for *_, a in lines)
    allow = q2(lsum * Decimal(rng.choice([0, 0, 3, 5])) / 100)
    net = lsum - allow
    vat = q2(net * Decimal("0.19"))
    total = net + vat
    prepaid = q2(total * Decimal(rng.choice([0, 0, 30])) / 100)
    leitweg = (
        f"{rng.randrange(10, 16)}{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
    )

    def kv(label: str, bt: str, val: object) -> str:
        return f"<tr><td class=l>{label} <span class=bt>{bt}</span></td><td>{val}</td></tr>"

    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td class=r>{money(q, f)}</td><td>{u}</td><td class=r>"
        f"{money(p, f)}</td><td>S</td><td class=r>19</td><td class=r>{money(a, f)}</td></tr>"
        for i, (n, u, q, p, a) in enumerate(lines)
    )
    buyer = rng.choice(["Stadt Halberstein", "Landratsamt Oberfeld", "Gemeinde Kirchwalden"])
    body = f"""<h1>Rechnung</h1>
<h2>Käufer</h2><table class=kv>{kv("Käuferreferenz / Leitweg-ID:", "BT-10", leitweg)}
{kv("Name:", "BT-44", buyer)}{
        kv(
            "Anschrift:",
            "BG-8",
            f"Rathausplatz {rng.randrange(1, 20)}, {rng.randrange(10000, 99999)} {buyer.split()[-1]}",
        )
    }{kv("Kontakt E-Mail:", "BT-58", "rechnung@example.de")}</table>
<h2>Verkäufer</h2><table class=kv>{kv("Firmenname:", "BT-27", esc(legal))}
{kv("Anschrift:", "BG-5", f"Gewerbering {rng.randrange(1, 80)}, {rng.randrange(10000, 99999)} Lindau")}
{kv("Umsatzsteuer-ID:", "BT-31", f"DE{rng.randrange(10**8, 10**9)}")}
{kv("Handelsregisternummer:", "BT-30", f"HRB {rng.randrange(1000, 99999)}")}</table>
<h2>Rechnungsdaten</h2><table class=kv>{kv("Rechnungsnummer:", "BT-1", number)}
{kv("Rechnungsdatum:", "BT-2", fdate(issued, d))}{kv("Rechnungsart:", "BT-3", "380 (Rechnung)")}
{kv("Währung:", "BT-5", "EUR")}{
        kv(
            "Leistungszeitraum von / bis:",
            "BG-14",
            fdate(issued.replace(day=1) - timedelta(days=31), d)
            + " – "
            + fdate(issued.replace(day=1) - timedelta(days=1), d),
        )
    }
{kv("Bestellnummer:", "BT-13", f"BST-{rng.randrange(10000, 99999)}")}
{kv("Fälligkeitsdatum:", "BT-9", fdate(due, d))}</table>
<h2>Rechnungspositionen</h2><table class=it><tr><th>Pos. BT-126</th><th>Bezeichnung BT-153</th>
<th>Menge BT-129</th><th>Einheit BT-130</th><th>Preis netto BT-146</th><th>USt-Kat. BT-151</th>
<th>USt % BT-152</th><th>Gesamt netto BT-131</th></tr>{rows}</table>
<h2>Gesamtbeträge der Rechnung</h2><table class=kv>
{kv("Summe aller Positionen netto", "BT-106", money(lsum, f))}
{kv("Summe Nachlässe auf Dokumentenebene", "BT-107", money(allow, f))}
{kv("Gesamtsumme netto", "BT-109", money(net, f))}{kv("Summe Umsatzsteuer", "BT-110", money(vat, f))}
{kv("Gesamtsumme brutto", "BT-112", money(total, f))}{kv("Vorauszahlung", "BT-113", money(prepaid, f))}
{kv("Fälliger Betrag", "BT-115", money(total - prepaid, f))}</table>
<h2>Aufschlüsselung der Umsatzsteuer auf Ebene der Umsatzsteuerkategorie</h2><table class=kv>
{kv("Umsatzsteuerkategorie:", "BT-118", "S (Standard)")}{kv("Kategoriebasisbetrag:", "BT-116", money(net, f))}
{kv("Umsatzsteuersatz:", "BT-119", "19,00 %")}{kv("Kategoriesteuerbetrag:", "BT-117", money(vat, f))}</table>
<h2>Zahlungsdaten</h2><table class=kv>{kv("Code für das Zahlungsmittel:", "BT-81", "58 (SEPA-Überweisung)")}
{
        kv(
            "IBAN:",
            "BT-84",
            f"DE{rng.randrange(10, 99)} {' '.join(str(rng.randrange(1000, 9999)) for _ in range(4))} "
            f"{rng.randrange(10, 99)}",
        )
    }{kv("Verwendungszweck:", "BT-83", number)}
{kv("Zahlungsbedingungen:", "BT-20", "Zahlbar innerhalb 30 Tagen ohne Abzug")}</table>"""
    rep = {"invoice_number", "tax", "subtotal"} | ({"total"} if not prepaid else set())
    return make(
        "xrechnung_de",
        "de",
        page(XR_CSS, body, "de"),
        repeats=frozenset(rep),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(vat, money(vat, f)),
    )


ZF_CSS = """
@page { size: A4; margin: 18mm 20mm 22mm 24mm; @bottom-center { content: element(foot); } }
body { font: 9.5pt 'Liberation Serif'; } .abs
{ font-size: 7pt; text-decoration: underline; margin-top: 30mm; }
.hd { display: flex; justify-content: space-between; } .logo { font: bold 16pt 'Liberation Sans';
 color: #7a1f1f; } table.m td { padding: 0 0 0 10px; font-size: 9pt; } h1 { font: bold 13pt 'Liberation Sans';
 margin: 14mm 0 4mm; } table.it { width: 100%; border-collapse: collapse; } table.it th { border-bottom:
 1px solid #000; text-align: left; padding: 3px; font-family: 'Liberation Sans'; font-size: 8pt; }
table.it td { padding: 3px; } .r { text-align: right !important; white-space: nowrap; } table.t { margin:
 6px 0 0 auto; border-top: 1px solid #000; } table.t td { padding: 2px 6px; } .b td { font-weight: bold;
 border-top: 2px double #000; } .foot { position: running(foot); font: 6.5pt 'Liberation Sans'; color: #555;
 display: flex; justify-content: space-between; border-top: 0.5px solid #999; padding-top: 2px; }
"""

ZF_ITEMS = [
    ("Eichenholz-Regal nach Maß", "Stk", 380, 1200, "19"),
    ("Montage vor Ort (Std.)", "Std", 48, 68, "19"),
    ("Fachbuch Holzbearbeitung", "Stk", 25, 60, "7"),
    ("Oberflächenbehandlung Leinöl", "m²", 18, 35, "19"),
    ("Anfahrt", "pausch.", 35, 70, "19"),
]


def zugferd_de(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Tischlerei Hofmann GmbH", "Holzwerkstatt Schreiber e.K.", "Möbelbau Kranz & Sohn OHG"]
    )
    issued = issue_date(rng)
    delivered = issued - timedelta(days=rng.randrange(2, 12))
    due = later(issued, 14)
    number = f"{issued.year % 100}{rng.randrange(1000, 9999)}"
    d, f = "{dd}.{mm}.{yyyy}", "de"
    chosen = rng.sample(ZF_ITEMS, 4)
    rows, by_rate = [], {"19": Decimal(0), "7": Decimal(0)}
    for i, (n, u, lo, hi, r) in enumerate(chosen):
        qty = Decimal(rng.randrange(1, 5))
        price = Decimal(rng.randrange(lo, hi))
        amt = qty * price
        by_rate[r] += amt
        rows.append(
            f"<tr><td>{i + 1}</td><td>{n}</td><td class=r>{qty} {u}</td><td class=r>{money(price, f)}</td>"
            f"<td class=r>{r} %</td><td class=r>{money(amt, f)}</td></tr>"
        )
    net = by_rate["19"] + by_rate["7"]
    v19, v7 = q2(by_rate["19"] * Decimal("0.19")), q2(by_rate["7"] * Decimal("0.07"))
    total = net + v19 + v7
    vrows = "".join(
        f"<tr><td>zzgl. {r} % USt. auf {money(by_rate[r], f)} €</td><td class=r>{money(v, f)} €</td></tr>"
        for r, v in (("19", v19), ("7", v7))
        if by_rate[r]
    )
    town = rng.choice(["79098 Freiburg", "88212 Ravensburg", "97070 Würzburg"])
    body = f"""<div class=hd><div class=abs>{esc(legal)} · Sägewerkstraße {rng.randrange(1, 40)} · {town}<br>
<span style="text-decoration:none;font-size:10pt">{rng.choice(["Frau Lena Brandt", "Herrn Jonas Keller"])}
<br>{rng.choice(["Lindenweg", "Am Bach", "Hauptstraße"])} {rng.randrange(1, 99)}<br>{town}</span></div>
<div><div class=logo>{esc(legal.split()[0])}</div><table class=m><tr><td>Rechnungsnr.:</td><td>{
        number
    }</td></tr>
<tr><td>Kundennr.:</td><td>{rng.randrange(10000, 29999)}</td></tr><tr><td>Datum:</td><td>{fdate(issued, d)}
</td></tr><tr><td>Lieferdatum:</td><td>{fdate(delivered, d)}</td></tr></table></div></div>
<h1>Rechnung</h1><p>Sehr geehrte Damen und Herren,<br>für unsere Lieferungen und Leistungen erlauben wir uns
wie folgt zu berechnen:</p>
<table class=it><tr><th>Pos.</th><th>Bezeichnung</th><th class=r>Menge</th><th class=r>Einzelpreis €</th>
<th class=r>USt.</th><th class=r>Gesamt €</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Nettobetrag</td><td class=r>{money(net, f)} €</td></tr>{vrows}
<tr class=b><td>Rechnungsbetrag</td><td class=r>{money(total, f)} €</td></tr></table>
<p>Bitte überweisen Sie den Rechnungsbetrag ohne Abzug bis zum {fdate(due, d)}.</p>
<p style="font-size:8pt;color:#444">Diese Rechnung enthält eine eingebettete XML-Datei nach ZUGFeRD 2.3 /
Factur-X (Profil EN 16931). Maßgeblich für die steuerliche Beurteilung sind die strukturierten Daten.</p>
<div class=foot><div>{esc(legal)}<br>Sägewerkstraße · {town}</div><div>Geschäftsführung: {
        rng.choice(["Peter Hofmann", "Anja Schreiber", "Tobias Kranz"])
    }<br>Amtsgericht {rng.choice(["Freiburg", "Ulm", "Würzburg"])}</div><div>USt-IdNr. DE{
        rng.randrange(10**8, 10**9)
    }
<br>Steuernr. {rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}</div><div>
Sparkasse · IBAN DE{rng.randrange(10, 99)} 6805 {rng.randrange(1000, 9999)} 0000 {
        rng.randrange(1000, 9999)
    } 00
</div></div>"""
    return make(
        "zugferd_de",
        "de",
        page(ZF_CSS, body, "de"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(v19 + v7, tuple(money(v, f) for v in (v19, v7) if v)),
    )
