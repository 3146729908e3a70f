"""Set W templates: Wave-style US freelancer invoice (no tax), Swiss Rechnung with a QR-bill (CHF)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

WAVE_CSS = """
@page { size: Letter; margin: 16mm 18mm; } body { font: 9.5pt 'Nimbus Sans'; color: #1c252c; }
.hd { display: flex; justify-content: space-between; } h1 { font-size: 26pt; font-weight: normal; margin: 0;
 text-align: right; } .ti { color: #4d6575; text-align: right; } .meta { display: flex; justify-content:
 space-between; border-top: 1px solid #d4dde3; margin-top: 14px; padding-top: 10px; } table.m td { padding:
1px 0 1px
 12px; } table.m td:first-child { font-weight: bold; text-align: right; } table.it { width: 100%;
border-collapse:
 collapse; margin-top: 20px; } table.it th { background: #136acd; color: #fff; text-align: left; padding:
6px; }
table.it td { padding: 7px 6px; border-bottom: 1px solid #e6ebef; } .r { text-align: right !important;
 white-space: nowrap; } table.t { margin: 12px 0 0 auto; } table.t td { padding: 3px 8px; } .ad td {
font-weight:
 bold; border-top: 1px solid #1c252c; }
"""

WAVE_ITEMS = [
    ("Illustration - children's book spread", "Full-colour double-page spread", 350, 650, False),
    ("Cover artwork", "Front and back cover, print-ready", 900, 1600, False),
    ("Revisions", "Additional revision rounds (hourly)", 55, 85, True),
    ("Character sheet", "Main character turnaround, 5 poses", 250, 450, False),
    ("Licensing fee", "Exclusive print rights, 5 years", 400, 1200, False),
]


def wave_us(rng: random.Random) -> Doc:
    name = rng.choice(["Rosa Delacroix Illustration", "Theo Park Design Studio", "Nia Okafor Creative"])
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([15, 30]))
    number = f"{rng.randrange(1, 200):03d}"
    d = "{month} {d}, {yyyy}"
    rows, total = [], Decimal(0)
    for item, desc, lo, hi, hourly in rng.sample(WAVE_ITEMS, 3):
        qty = rng.randrange(2, 12) if hourly else rng.randrange(1, 4)
        price = Decimal(rng.randrange(lo, hi))
        amt = qty * price
        total += amt
        rows.append(
            f"<tr><td><b>{item}</b><br>{desc}</td><td class=r>{qty}</td><td class=r>${money(price)}</td>"
            f"<td class=r>${money(amt)}</td></tr>"
        )
    body = f"""
<div class=hd><div style="width:80px;height:80px;border:2px solid #136acd;border-radius:40px"></div>
<div><h1>INVOICE</h1><div class=ti>Illustration &amp; design services<br><b>{esc(name)}</b><br>{
        rng.randrange(10, 999)
    } {rng.choice(["Division St", "Cherry Ln", "Wabash Ave"])}<br>{
        rng.choice(["Portland, Oregon 97214", "Asheville, North Carolina 28801", "Chicago, Illinois 60605"])
    }<br>United States<br>Mobile: {rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{
        rng.randrange(1000, 9999)
    }</div>
</div></div>
<div class=meta><div><span style="color:#4d6575">BILL TO</span><br><b>{
        rng.choice(["Little Harbor Press", "Maple & Moss Publishing", "Bright Owl Books LLC"])
    }</b><br>{rng.choice(["Dana Whitfield", "Carlos Ruiz", "Emma Schultz"])}<br>{
        rng.choice(["Boston, Massachusetts 02110", "Denver, Colorado 80202", "Minneapolis, Minnesota 55401"])
    }</div><table class=m><tr><td>Invoice Number:</td><td>{number}</td></tr><tr><td>Invoice Date:</td>
<td>{fdate(issued, d)}</td></tr><tr><td>Payment Due:</td><td>{fdate(due, d)}</td></tr>
<tr><td>Amount Due (USD):</td><td><b>${money(total)}</b></td></tr></table></div>
<table class=it><tr><th>Items</th><th class=r>Quantity</th><th class=r>Price</th><th class=r>Amount</th></tr>
{"".join(rows)}</table>
<table class=t><tr><td class=r><b>Subtotal:</b></td><td class=r>${money(total)}</td></tr>
<tr><td class=r><b>Total:</b></td><td class=r>${money(total)}</td></tr>
<tr class=ad><td class=r>Amount Due (USD):</td><td class=r>${money(total)}</td></tr></table>
<p style="margin-top:30px"><b>Notes / Terms</b><br>Payment via ACH or check. Not subject to sales tax
(services).
Thank you for the wonderful project!</p>"""
    return make(
        "wave_us",
        "en",
        page(WAVE_CSS, body, "en"),
        repeats=frozenset({"total", "subtotal"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total)),
        currency=("USD", "USD"),
        vendor_name=(name, name),
        subtotal=(total, money(total)),
        tax=None,
    )


CH_CSS = """
@page { size: A4; margin: 0; } body { font: 9pt 'Liberation Sans'; margin: 0; } .inv { padding: 15mm 18mm 0
22mm;
 height: 170mm; position: relative; } .hd { display: flex; justify-content: space-between; } .addr { margin:
12mm 0 0
 55%; } h1 { font-size: 14pt; margin: 10mm 0 2mm; } table.m td { padding: 0 12px 0 0; } table.it { width:
100%;
 border-collapse: collapse; margin-top: 6mm; } table.it th { border-bottom: 1px solid #000; text-align: left;
padding: 2px; }
table.it td { padding: 2px; } .r { text-align: right !important; white-space: nowrap; } table.t { margin: 4px
0 0 auto; }
table.t td { padding: 1px 6px; } .tt td { font-weight: bold; border-top: 1px solid #000; }
.qr { position: absolute; top: 192mm; left: 0; width: 210mm; height: 105mm; border-top: 1px dashed #000;
 display: flex; font: 8pt 'Liberation Sans'; } .rc { width: 52mm; padding: 5mm; border-right: 1px dashed
#000; }
.pp { padding: 5mm; display: flex; gap: 5mm; } .qr h3 { font-size: 11pt; margin: 0 0 3mm; } .qr .h {
font-weight: bold;
 font-size: 6pt; margin-top: 2mm; } .code { width: 46mm; height: 46mm; background:
repeating-linear-gradient(45deg, #000
 0 2px, #fff 2px 5px); margin: 3mm 0; position: relative; }
"""

CH_ITEMS = [
    ("Revision Heizungsanlage", 380, 950),
    ("Ersatz Umwälzpumpe inkl. Montage", 620, 1400),
    ("Arbeitszeit Monteur (Std.)", 95, 125),
    ("Kleinmaterial pauschal", 45, 120),
    ("Wegpauschale", 60, 90),
]


def qr_ref(rng: random.Random) -> str:
    """A 27-digit QR reference with its recursive mod-10 check digit, grouped as printed."""
    body = f"{rng.randrange(10**25, 10**26):026d}"
    table, carry = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5], 0
    for ch in body:
        carry = table[(carry + int(ch)) % 10]
    s = body + str((10 - carry) % 10)
    return s[:2] + " " + " ".join(s[i : i + 5] for i in range(2, 27, 5))


def qrbill_ch(rng: random.Random) -> Doc:
    legal = rng.choice(["Haustechnik Brunner AG", "Wärme & Wasser Meier GmbH", "Sanitär Gerber Söhne AG"])
    street, city = rng.choice(
        [
            ("Bahnhofstrasse 12", "8400 Winterthur"),
            ("Industriestrasse 7", "6010 Kriens"),
            ("Hauptgasse 33", "4500 Solothurn"),
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{issued.year}-{rng.randrange(100, 9999):04d}"
    d = "{dd}.{mm}.{yyyy}"
    rows, net = [], Decimal(0)
    for name, lo, hi in rng.sample(CH_ITEMS, 4):
        qty = Decimal(rng.randrange(2, 16)) / 2 if "Std." in name else Decimal(1)
        price = Decimal(rng.randrange(lo, hi))
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty:g}</td><td class=r>{money(price, 'ch')}</td><td class=r>"
            f"{money(amt, 'ch')}</td></tr>"
        )
    vat = (net * Decimal("0.081") / Decimal("0.05")).quantize(Decimal(1), "ROUND_HALF_UP") * Decimal("0.05")
    vat = q2(vat)
    total = net + vat
    groups = " ".join(str(rng.randrange(1000, 9999)) for _ in range(3))
    iban = f"CH{rng.randrange(10, 99)} 3{rng.randrange(100, 999)} {groups} {rng.randrange(1, 9)}"
    ref = qr_ref(rng)
    payer = rng.choice(["Stockwerkeigentümer Lindenhof", "Familie Keller", "Bäckerei Zürcher GmbH"])
    pcity = rng.choice(["8600 Dübendorf", "3011 Bern", "6003 Luzern"])
    paddr = f"{rng.choice(['Rosenweg', 'Dorfstrasse', 'Seestrasse'])} {rng.randrange(1, 80)}<br>{pcity}"
    ads = f"{esc(legal)}<br>{street}<br>{city}"
    body = f"""
<div class=inv><div class=hd><div><b style="font-size:13pt">{esc(legal)}</b><br>{street} · {city}</div>
<div style="font-size:8pt;text-align:right">MWST-Nr. CHE-{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{
        rng.randrange(100, 999)
    } MWST<br>Tel. 0{rng.randrange(41, 62)} {rng.randrange(100, 999)} {rng.randrange(10, 99)} {
        rng.randrange(10, 99)
    }</div></div>
<div class=addr>{payer}<br>{paddr}</div>
<h1>Rechnung Nr. {number}</h1><table class=m><tr><td>Rechnungsdatum:</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Kunden-Nr.:</td><td>{rng.randrange(1000, 9999)}</td></tr><tr><td>Zahlbar bis:</td><td>{
        fdate(due, d)
    }</td></tr></table>
<table class=it><tr><th>Bezeichnung</th><th class=r>Menge</th><th class=r>Preis</th><th class=r>Betrag
CHF</th></tr>
{"".join(rows)}</table>
<table class=t><tr><td>Total exkl. MWST</td><td class=r>{money(net, "ch")}</td></tr>
<tr><td>MWST 8.1 %</td><td class=r>{money(vat, "ch")}</td></tr>
<tr class=tt><td>Total inkl. MWST CHF</td><td class=r>{money(total, "ch")}</td></tr></table></div>
<div class=qr><div class=rc><h3>Empfangsschein</h3><div class=h>Konto / Zahlbar an</div>{iban}<br>{ads}
<div class=h>Referenz</div>{ref}<div class=h>Zahlbar durch</div>{payer}<br>{paddr}
<div style="display:flex;gap:6mm;margin-top:4mm"><div><div class=h>Währung</div>CHF</div><div><div
class=h>Betrag</div>{
        money(total, "sp")
    }</div></div><div class=h style="text-align:right;margin-top:4mm">Annahmestelle</div></div>
<div class=pp><div><h3>Zahlteil</h3><div class=code></div><div style="display:flex;gap:6mm"><div><div
class=h>Währung
</div>CHF</div><div><div class=h>Betrag</div>{money(total, "sp")}</div></div></div>
<div><div class=h>Konto / Zahlbar an</div>{iban}<br>{ads}<div class=h>Referenz</div>{
        ref
    }<div class=h>Zusätzliche
Informationen</div>Rechnung {number}<div class=h>Zahlbar durch</div>{payer}<br>{paddr}</div></div></div>"""
    return make(
        "qrbill_ch",
        "de",
        page(CH_CSS, body, "de"),
        repeats=frozenset({"invoice_number", "vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "ch")),
        currency=("CHF", "CHF"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "ch")),
        tax=(vat, money(vat, "ch")),
    )
