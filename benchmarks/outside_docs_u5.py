"""Set U templates: UAE airline ticket tax invoice (fare, carrier charges, VAT 5 %), Italian hotel folio."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

AIR_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'DejaVu Sans'; color: #222; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #8c1c13; padding-bottom: 6px; }
.hd b { font: bold 17pt 'Liberation Serif'; color: #8c1c13; } table.x { width: 100%; border-collapse:
collapse;
 margin-top: 8px; } table.x td, table.x th { border: 1px solid #ccc; padding: 3px 5px; text-align: left; }
table.x th { background: #f3e9e8; } .r { text-align: right !important; white-space: nowrap; }
.k td { font-weight: bold; } .fine { font-size: 6.8pt; color: #555; margin-top: 10px; }
"""

CITIES = [
    ("DXB", "Dubai"),
    ("LHR", "London Heathrow"),
    ("BOM", "Mumbai"),
    ("CDG", "Paris"),
    ("NBO", "Nairobi"),
    ("SIN", "Singapore"),
    ("CAI", "Cairo"),
]


def airline_ae(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Falcon Gulf Airways LLC", "Desert Rose Aviation L.L.C.", "Sky Emirates Carriers LLC"]
    )
    issued = issue_date(rng)
    number = f"TI{issued:%y}{rng.randrange(10**7, 10**8)}"
    ticket = f"{rng.randrange(100, 999)}-{rng.randrange(10**9, 10**10)}"
    pnr = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    d = "{dd}{mon}{yyyy}"
    dest = rng.choice(CITIES[1:])
    out = issued + timedelta(days=rng.randrange(10, 60))
    back = out + timedelta(days=rng.randrange(5, 15))
    fare = Decimal(rng.randrange(1800, 6500))
    ch = [
        ("YQ Carrier-imposed surcharge", Decimal(rng.randrange(300, 900))),
        ("ZR Passenger service charge (AE)", Decimal(75)),
        ("AE Passenger facility charge", Decimal(35)),
        ("TP Marhaba / Dubai airport fee", Decimal(5)),
        ("GB Air passenger duty", Decimal(rng.randrange(400, 600))),
    ]
    seat = Decimal(rng.choice([95, 120, 150]))
    vat_base = fare + ch[0][1] + seat
    vat = q2(vat_base * Decimal("0.05"))
    taxes = sum((a for _, a in ch), Decimal(0))
    total = fare + taxes + seat + vat
    rows = "".join(
        f"<tr><td>{t}</td><td>{'5%' if i == 0 else 'Out of scope'}</td><td class=r>{money(a)}</td></tr>"
        for i, (t, a) in enumerate(ch)
    )
    body = f"""
<div class=hd><div><b>{esc(legal)}</b><br>P.O. Box {rng.randrange(1000, 99999)}, Dubai, United Arab
Emirates<br>
TRN {rng.randrange(10**14, 10**15)}</div><div style="text-align:right;font-size:11pt"><b
style="font-size:13pt">
TAX INVOICE</b><br>Tax invoice no. {number}<br>Date of issue {fdate(issued, d).upper()}</div></div>
<table class=x><tr><th>Passenger</th><td>{
        rng.choice(["MR AHMED AL HASHIMI", "MS SARA KHAN", "MR JOHN MATHEW"])
    }
</td><th>Booking reference (PNR)</th><td>{pnr}</td></tr><tr><th>E-ticket number</th><td>{ticket}</td>
<th>Form of payment</th><td>CC VI XXXXXXXXXXXX{rng.randrange(1000, 9999)}</td></tr></table>
<table class=x><tr><th>Flight</th><th>From</th><th>To</th><th>Date</th><th>Class</th></tr>
<tr><td>FG {rng.randrange(1, 999)}</td><td>DXB Dubai</td><td>{dest[0]}
{dest[1]}</td><td>{fdate(out, d).upper()}</td>
<td>Economy (Q)</td></tr><tr><td>FG {rng.randrange(1, 999)}</td><td>{dest[0]} {dest[1]}</td><td>DXB Dubai</td>
<td>{fdate(back, d).upper()}</td><td>Economy (Q)</td></tr></table>
<table class=x><tr><th>Description</th><th>VAT</th><th class=r>Amount AED</th></tr>
<tr><td>Air fare</td><td>5%</td><td class=r>{money(fare)}</td></tr>{rows}
<tr><td>Preferred seat selection</td><td>5%</td><td class=r>{money(seat)}</td></tr>
<tr><td>Value added tax 5% on AED {money(vat_base)}</td><td></td><td class=r>{money(vat)}</td></tr>
<tr class=k><td>Total amount (AED)</td><td></td><td class=r>{money(total)}</td></tr></table>
<p class=fine>Paid in full on the date of issue. International transportation is zero-rated except where the
journey originates in the UAE as shown. Conditions of carriage apply. Government taxes are collected on
behalf of
the authorities concerned and are outside the scope of UAE VAT.</p>"""
    return make(
        "airline_ae",
        "en",
        page(AIR_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d).upper()),
        due_date=None,
        total=(total, money(total)),
        currency=("AED", "AED"),
        vendor_name=(legal, legal),
        subtotal=None,
        tax=(vat, money(vat)),
    )


IT_CSS = """
@page { size: A4; margin: 14mm; } body { font: 8.5pt 'Liberation Serif'; }
.hd { text-align: center; } .hd b { font: bold 18pt 'Liberation Serif'; letter-spacing: 2px; }
.two { display: flex; justify-content: space-between; margin: 12px 0; } table.f { width: 100%;
 border-collapse: collapse; font-family: 'Liberation Sans'; } table.f th { border-bottom: 1.5px solid #000;
 text-align: left; padding: 3px; } table.f td { padding: 2px 3px; border-bottom: 1px solid #eee; }
.r { text-align: right !important; white-space: nowrap; } table.s { margin: 8px 0 0 auto; font-family:
 'Liberation Sans'; } table.s td { padding: 2px 6px; } .k td { font-weight: bold; border-top: 1px solid
#000; }
.lg { font-size: 6.8pt; text-align: center; margin-top: 16px; color: #444; }
"""


def hotel_it(rng: random.Random) -> Doc:
    name, legal = rng.choice(
        [
            ("Hotel Bellavista ****", "Bellavista Hotels S.r.l."),
            ("Albergo Ponte Vecchio", "Ponte Vecchio Ospitalità S.p.A."),
            ("Grand Hotel Riviera", "Riviera Turismo S.r.l."),
        ]
    )
    issued = issue_date(rng)
    nights = rng.randrange(3, 7)
    arr = issued - timedelta(days=nights)
    folio = f"{rng.randrange(10**5, 10**6)}"
    number = f"{rng.randrange(100, 2999)}/{issued.year}"
    d = "{dd}/{mm}/{yyyy}"
    rate = Decimal(rng.randrange(140, 320))
    rows, room = [], Decimal(0)
    for k in range(nights):
        r = rate + (Decimal(30) if (arr + timedelta(days=k)).weekday() >= 4 else 0)
        room += r
        rows.append(
            (
                fdate(arr + timedelta(days=k), d),
                f"Pernottamento camera {rng.randrange(101, 540)} - doppia uso singola"
                if k == 0
                else "Pernottamento",
                r,
            )
        )
    extra = [
        ("Ristorante - cena", Decimal(rng.randrange(4500, 9500)) / 100),
        ("Minibar", Decimal(rng.randrange(600, 2400)) / 100),
        ("Bar - consumazioni", Decimal(rng.randrange(800, 3000)) / 100),
    ]
    for t, a in extra:
        rows.append((fdate(arr + timedelta(days=rng.randrange(0, nights)), d), t, a))
    laundry = Decimal(rng.randrange(1500, 4000)) / 100
    rows.append((fdate(issued - timedelta(days=1), d), "Lavanderia", laundry))
    city_tax = Decimal(rng.choice([3, 4, 5])) * nights
    gross10 = room + sum((a for _, a in extra), Decimal(0))
    iva10 = q2(gross10 * 10 / 110)
    iva22 = q2(laundry * 22 / 122)
    imponibile = gross10 + laundry - iva10 - iva22
    total = gross10 + laundry + city_tax
    deposit = q2(rate * Decimal(rng.choice([1, 2])))
    body_rows = "".join(
        f"<tr><td>{a}</td><td>{esc(b)}</td><td class=r>{money(c, 'de')}</td></tr>" for a, b, c in rows
    )
    body = f"""
<div class=hd><b>{name}</b><br>{
        rng.choice(
            [
                "Via Partenope 12, 80121 Napoli",
                "Lungarno Acciaiuoli 8, 50123 Firenze",
                "Passeggiata a Mare 3, 17021 Alassio (SV)",
            ]
        )
    } · Tel. +39 0{rng.randrange(10, 99)} {rng.randrange(10**6, 10**7)}</div>
<div class=two><div>Ospite: {
        rng.choice(["Sig. Marco Rossi", "Mrs. Hannah Becker", "Sig.ra Giulia Esposito"])
    }<br>
Arrivo {fdate(arr, d)} · Partenza {fdate(issued, d)} · Notti {nights}<br>Conto / Folio n. {folio}</div>
<div style="text-align:right"><b style="font-size:12pt">FATTURA n. {number}</b><br>Data {fdate(issued, d)}<br>
Pagamento: carta di credito al check-out</div></div>
<table class=f><tr><th>Data</th><th>Descrizione</th><th class=r>Importo €</th></tr>{body_rows}
<tr><td></td><td>Imposta di soggiorno ({nights} notti, esente IVA art. 15)</td><td class=r>{
        money(city_tax, "de")
    }</td>
</tr></table>
<table class=s><tr><td>Imponibile</td><td class=r>{money(imponibile, "de")}</td></tr>
<tr><td>IVA 10%</td><td class=r>{money(iva10, "de")}</td></tr><tr><td>IVA 22%</td><td class=r>{
        money(iva22, "de")
    }</td>
</tr><tr><td>Esente art. 15</td><td class=r>{money(city_tax, "de")}</td></tr>
<tr class=k><td>Totale documento EUR</td><td class=r>{money(total, "de")}</td></tr>
<tr><td>Acconto versato alla prenotazione</td><td class=r>-{money(deposit, "de")}</td></tr>
<tr class=k><td>Saldo pagato</td><td class=r>{money(total - deposit, "de")}</td></tr></table>
<p class=lg>{esc(legal)} · P.IVA IT{rng.randrange(10**10, 10**11)} ·
REA {rng.choice(["NA", "FI", "SV"])}-{rng.randrange(10**5, 10**6)} · Capitale sociale € 100.000,00 i.v.</p>"""
    return make(
        "hotel_it",
        "it",
        page(IT_CSS, body, "it"),
        repeats=frozenset({"date"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=None,
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(imponibile, money(imponibile, "de")),
        tax=(iva10 + iva22, (money(iva10, "de"), money(iva22, "de"))),
    )
