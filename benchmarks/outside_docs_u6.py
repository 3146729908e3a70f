"""Set U templates: Dutch air-freight factuur (AWB, chargeable weight, surcharges), Indian ocean freight."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

NL_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.3pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; } .hd b { font-size: 15pt; color: #f08c00; }
table.g { width: 100%; border-collapse: collapse; margin-top: 8px; } table.g td, table.g th { border: 1px
solid #999;
 padding: 3px 4px; text-align: left; } table.g th { background: #fff3bf; font-size: 7.5pt; }
.r { text-align: right !important; white-space: nowrap; } .k td { font-weight: bold; }
.fine { font-size: 6.8pt; color: #444; margin-top: 10px; }
"""


def freight_nl(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Schiphol Cargo Expeditie B.V.", "Van der Meer Luchtvracht B.V.", "Oranje Air Logistics B.V."]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{issued.year}{rng.randrange(10**5, 10**6)}"
    awb = f"{rng.choice(['074', '057', '176', '020'])}-{rng.randrange(10**7, 10**8)}"
    d = "{d} {month} {yyyy}"
    pcs = rng.randrange(2, 12)
    gross = Decimal(rng.randrange(1200, 9000)) / 10
    vol = q2(gross * Decimal(rng.choice(["1.2", "1.4", "0.8"])))
    chg = max(gross, vol).quantize(Decimal("0.5"))
    rate = Decimal(rng.randrange(180, 420)) / 100
    freight = q2(chg * rate)
    fsc = q2(chg * Decimal("0.85"))
    ssc = q2(chg * Decimal("0.15"))
    zero = [
        (
            f"Luchtvracht AMS - {rng.choice(['JFK', 'ORD', 'NRT', 'GRU'])}, {money(chg, 'de')} kg × € "
            f"{money(rate, 'de')}",
            freight,
        ),
        ("Brandstoftoeslag (FSC) € 0,85/kg", fsc),
        ("Beveiligingstoeslag (SSC) € 0,15/kg", ssc),
        ("Airway bill fee", Decimal("35.00")),
    ]
    local = [
        ("Exportdocumenten en douane-aangifte", Decimal(rng.choice([65, 75, 85]))),
        ("Afhalen Rotterdam - Schiphol", Decimal(rng.randrange(120, 260))),
    ]
    net0 = sum((a for _, a in zero), Decimal(0))
    net21 = sum((a for _, a in local), Decimal(0))
    btw = q2(net21 * Decimal("0.21"))
    net = net0 + net21
    total = net + btw
    rows = "".join(
        f"<tr><td>{esc(t)}</td><td>0% (art. 25 Wet OB)</td><td class=r>{money(a, 'de')}</td></tr>"
        for t, a in zero
    )
    rows += "".join(f"<tr><td>{t}</td><td>21%</td><td class=r>{money(a, 'de')}</td></tr>" for t, a in local)
    body = f"""
<div class=hd><div><b>{esc(legal)}</b><br>Pelikaanweg {rng.randrange(2, 60)}, 1118 DT Schiphol<br>
KvK {rng.randrange(10**7, 10**8)} · BTW NL{rng.randrange(10**8, 10**9)}B01<br>IBAN NL{rng.randrange(10, 99)}
RABO
0{rng.randrange(10**8, 10**9)}</div><div style="text-align:right"><b style="color:#000">FACTUUR</b><br>
Factuurnummer: {number}<br>Factuurdatum: {fdate(issued, d, "nl")}<br>Vervaldatum: {fdate(due, d, "nl")}<br>
Uw referentie: PO-{rng.randrange(10**4, 10**5)}</div></div>
<p>{rng.choice(["Tulpen Export Holland B.V.", "Delta Machinebouw B.V.", "Noordzee Pharma B.V."])}<br>t.a.v.
crediteurenadministratie<br>{rng.choice(["Westland", "Eindhoven", "Groningen"])}</p>
<table class=g><tr><th>AWB</th><th>Vertrek</th><th>Colli</th><th>Bruto gewicht</th><th>Volumegewicht</th>
<th>Belast gewicht</th></tr><tr><td>{awb}</td><td>{
        fdate(issued - timedelta(days=rng.randrange(3, 9)), d, "nl")
    }</td>
<td>{pcs}</td><td>{money(gross, "de", 1)} kg</td><td>{money(vol, "de")} kg</td><td>{money(chg, "de")}
kg</td></tr>
</table>
<table class=g><tr><th>Omschrijving</th><th>BTW</th><th class=r>Bedrag EUR</th></tr>{rows}
<tr class=k><td>Totaal excl. BTW</td><td></td><td class=r>{money(net, "de")}</td></tr>
<tr><td>BTW 21% over {money(net21, "de")}</td><td></td><td class=r>{money(btw, "de")}</td></tr>
<tr class=k><td>Totaal te betalen</td><td></td><td class=r>{money(total, "de")}</td></tr></table>
<p class=fine>Op al onze werkzaamheden zijn de Nederlandse Expeditievoorwaarden (FENEX) van toepassing.
Vermeld bij betaling het factuurnummer.</p>"""
    return make(
        "freight_nl",
        "nl",
        page(NL_CSS, body, "nl"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d, "nl")),
        due_date=(due, fdate(due, d, "nl")),
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(btw, money(btw, "de")),
    )


IN_CSS = """
@page { size: A4; margin: 10mm 12mm; } body { font: 8pt 'DejaVu Sans'; } h2 { text-align: center; margin: 4px;
 font-size: 12pt; } .co { text-align: center; } .co b { font-size: 13pt; } table.g { width: 100%;
 border-collapse: collapse; margin-top: 6px; } table.g td, table.g th { border: 1px solid #666; padding: 2px
4px;
 text-align: left; } table.g th { background: #e7f5ff; } .r { text-align: right !important; white-space:
nowrap; }
.k td { font-weight: bold; }
"""


def freight_in(rng: random.Random) -> Doc:
    legal = rng.choice(
        [
            "Konkan Shipping & Logistics Pvt. Ltd.",
            "Sahyadri Freight Forwarders Pvt. Ltd.",
            "Coromandel Ocean Lines India Pvt. Ltd.",
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([15, 30]))
    number = f"NSA/{issued.year % 100}-{issued.year % 100 + 1}/{rng.randrange(1000, 9999)}"
    bl = f"{rng.choice(['MSCU', 'MAEU', 'ONEY'])}{rng.randrange(10**7, 10**8)}"
    d = "{dd}/{mm}/{yyyy}"
    gstin = f"27AAB{rng.choice('CF')}{rng.randrange(1000, 9999)}{rng.choice('PQR')}1Z{rng.randrange(1, 9)}"
    fx = Decimal(rng.randrange(8250, 8450)) / 100
    usd = Decimal(rng.choice([850, 1150, 1400, 1900]))
    cont = rng.randrange(1, 3)
    items = [
        (f"Ocean freight {cont} × 40' HC (USD {money(usd)} @ {money(fx)})", "996521", q2(cont * usd * fx)),
        ("Terminal handling charges", "996719", Decimal(cont * rng.choice([14000, 15500, 17000]))),
        ("B/L documentation fee", "996799", Decimal(rng.choice([4500, 5000, 5500]))),
        (f"Bunker adjustment factor (BAF) {cont} × USD 180", "996521", q2(cont * 180 * fx)),
        ("Container seal and cleaning", "996799", Decimal(cont * rng.choice([800, 1000]))),
    ]
    net = sum((a for *_, a in items), Decimal(0))
    igst = q2(net * Decimal("0.18"))
    total = net + igst
    z = "in"
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{t}</td><td>{s}</td><td class=r>{money(a, z)}</td><td>18%</td>"
        f"<td class=r>{money(q2(a * Decimal('0.18')), z)}</td></tr>"
        for i, (t, s, a) in enumerate(items)
    )
    body = f"""
<div class=co><b>{esc(legal)}</b><br>{rng.randrange(100, 999)}, Maker Chambers, Nariman Point, Mumbai 400021 ·
GSTIN {gstin} · PAN {gstin[2:12]}</div><h2>TAX INVOICE</h2>
<table class=g><tr><th>Invoice No.</th><td>{number}</td><th>Invoice Date</th><td>{fdate(issued, d)}</td></tr>
<tr><th>B/L No.</th><td>{bl}</td><th>Due Date</th><td>{fdate(due, d)}</td></tr>
<tr><th>Vessel / Voyage</th><td>{rng.choice(["MSC ALINA", "MAERSK KOLKATA", "ONE HARMONY"])} / {
        rng.randrange(100, 999)
    }W
</td><th>Sailing</th><td>{fdate(issued - timedelta(days=rng.randrange(2, 8)), d)}</td></tr>
<tr><th>POL / POD</th><td>INNSA Nhava Sheva / {
        rng.choice(["NLRTM Rotterdam", "AEJEA Jebel Ali", "USNYC New York"])
    }</td>
<th>Gross weight</th><td>{rng.randrange(12000, 26000):,} kg</td></tr>
<tr><th>Bill to</th><td colspan=3>{
        rng.choice(["Vardhman Textiles Exports", "Deccan Auto Components Ltd.", "Malabar Spices Pvt. Ltd."])
    }, GSTIN 27AAC{rng.choice("CF")}{rng.randrange(1000, 9999)}K1Z5 · Place of supply:
Maharashtra (27)</td></tr></table>
<table class=g><tr><th>#</th><th>Particulars</th><th>SAC</th><th class=r>Taxable value ₹</th><th>IGST</th>
<th class=r>IGST ₹</th></tr>{rows}
<tr class=k><td></td><td>Total</td><td></td><td class=r>{money(net, z)}</td><td></td><td class=r>{
        money(igst, z)
    }</td>
</tr><tr class=k><td></td><td colspan=4>Invoice value (INR)</td><td class=r>{
        money(total, z)
    }</td></tr></table>
<p>Exchange rate as per customs notification on date of sailing. Freight on export shipments is charged IGST
under
the forward charge as applicable. Bank: HDFC Bank, Fort branch, A/c {rng.randrange(10**13, 10**14)}.</p>
<p style="text-align:right">For {esc(legal.split(" ")[0])} · Authorised signatory</p>"""
    return make(
        "freight_in",
        "en",
        page(IN_CSS, body, "en"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, z)),
        currency=("INR", "INR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, z)),
        tax=(igst, money(igst, z)),
    )
