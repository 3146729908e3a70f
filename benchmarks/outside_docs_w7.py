"""Set W templates: Moneybird-style Dutch factuur (btw verlegd), Holded-style Spanish factura (IRPF)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

NL_CSS = """
@page { size: A4; margin: 15mm 18mm; } body { font: 9pt 'DejaVu Sans'; color: #2d3748; }
.hd { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font: bold 16pt
 'DejaVu Serif'; color: #2b6cb0; } .to { margin: 20px 0; } table.m td { padding: 1px 12px 1px 0; }
h1 { font-size: 15pt; margin: 18px 0 6px; } table.it { width: 100%; border-collapse: collapse; margin-top:
10px; }
table.it th { text-align: left; background: #edf2f7; padding: 5px 4px; } table.it td { padding: 5px 4px;
 border-bottom: 1px solid #e2e8f0; } .r { text-align: right !important; white-space: nowrap; } table.t {
 margin: 8px 0 0 auto; width: 46%; } table.t td { padding: 3px 4px; } .tt td { font-weight: bold; font-size:
 11pt; border-top: 2px solid #2d3748; } .note { margin-top: 18px; padding: 6px; background: #fffbea; }
"""

NL_ITEMS = [
    ("Stucwerk wanden en plafonds", "m²", 14, 24),
    ("Plaatsen metal-stud wanden", "m²", 32, 48),
    ("Aanbrengen isolatie 100 mm", "m²", 9, 16),
    ("Uurloon vakman", "uur", 48, 62),
    ("Afvoer bouwafval container", "st", 280, 420),
]


def moneybird_nl(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Van Dijk Afbouw B.V.", "Stukadoorsbedrijf De Vries", "Bouwbedrijf Bakker & Zn. B.V."]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([14, 30]))
    number = f"{issued.year}-{rng.randrange(1, 400):04d}"
    d = "{dd}-{mm}-{yyyy}"
    rows, net = [], Decimal(0)
    for name, unit, lo, hi in rng.sample(NL_ITEMS, 4):
        qty = Decimal(rng.randrange(1, 4) if unit == "st" else rng.randrange(8, 180))
        price = Decimal(rng.randrange(lo * 100, hi * 100, 25)) / 100
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td class=r>{qty}</td><td>{unit}</td><td>{name}</td><td class=r>€ {money(price, 'de')}</td>"
            f"<td class=r>€ {money(amt, 'de')}</td><td>verlegd</td></tr>"
        )
    kvk = rng.randrange(10**7, 10**8)
    body = f"""
<div class=hd><div class=brand>{esc(legal)}</div><div style="text-align:right;font-size:8pt">{
        rng.choice(["Ambachtsweg", "Nijverheidsstraat", "Edisonweg"])
    } {rng.randrange(1, 80)}<br>{
        rng.choice(["3542 AB Utrecht", "7311 KL Apeldoorn", "5651 GH Eindhoven"])
    }<br>
KvK {kvk}<br>Btw-id NL{rng.randrange(10**8, 10**9)}B01<br>IBAN NL{rng.randrange(10, 99)} {
        rng.choice(["RABO", "INGB", "ABNA"])
    } 0{rng.randrange(10**8, 10**9)}</div></div>
<div class=to>{
        rng.choice(
            ["Hoofdaannemer Jansen Bouw B.V.", "Bouwcombinatie Zuidas V.O.F.", "Timmerfabriek Visser B.V."]
        )
    }
<br>t.a.v. crediteurenadministratie<br>{rng.choice(["Havenweg", "Stationsplein", "Kerkstraat"])} {
        rng.randrange(1, 200)
    }<br>{rng.choice(["1014 BA Amsterdam", "3011 AD Rotterdam", "6811 CA Arnhem"])}<br>Btw-nummer: NL{
        rng.randrange(10**8, 10**9)
    }B0{rng.randrange(1, 9)}</div>
<h1>Factuur</h1><table class=m><tr><td>Factuurnummer</td><td>{number}</td></tr><tr><td>Factuurdatum</td>
<td>{fdate(issued, d)}</td></tr><tr><td>Vervaldatum</td><td>{
        fdate(due, d)
    }</td></tr><tr><td>Referentie</td><td>Project {rng.choice(["Nieuwbouw", "Renovatie"])} {
        rng.randrange(100, 999)
    }</td></tr></table>
<table class=it><tr><th class=r>Aantal</th><th></th><th>Omschrijving</th><th class=r>Prijs</th><th
class=r>Totaal</th>
<th>Btw</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Totaal excl. btw</td><td class=r>€ {money(net, "de")}</td></tr>
<tr><td>Btw verlegd</td><td class=r>€ 0,00</td></tr>
<tr class=tt><td>Totaal</td><td class=r>€ {money(net, "de")}</td></tr></table>
<div class=note>Btw verlegd naar de opdrachtgever (art. 12, lid 5 Wet OB 1968 - onderaanneming). Wij
verzoeken u het
bedrag vóór {fdate(due, d)} over te maken onder vermelding van factuurnummer {number}.</div>"""
    return make(
        "moneybird_nl",
        "nl",
        page(NL_CSS, body, "nl"),
        repeats=frozenset({"invoice_number", "due_date"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(net, money(net, "de")),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(Decimal(0), "0,00"),
    )


ES_CSS = """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'Liberation Sans'; color: #333; }
.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #e6007e; padding-bottom: 8px; }
h1 { font-size: 24pt; font-weight: normal; color: #e6007e; margin: 0; } .two { display: flex; gap: 24px;
 margin: 14px 0; } .two > div { flex: 1; background: #f7f7f7; padding: 8px; } table.it { width: 100%;
 border-collapse: collapse; } table.it th { text-align: left; font-size: 8pt; color: #777; border-bottom: 1px
 solid #ccc; padding: 4px; } table.it td { padding: 5px 4px; border-bottom: 1px solid #eee; } .r { text-align:
 right !important; white-space: nowrap; } table.t { margin: 10px 0 0 auto; width: 44%; } table.t td {
padding: 3px
 4px; } .tt td { font-weight: bold; font-size: 12pt; border-top: 2px solid #333; }
"""

ES_ITEMS = [
    ("Diseño de interfaz app móvil", 1, 1200, 3200),
    ("Desarrollo frontend (horas)", 0, 35, 55),
    ("Consultoría UX (horas)", 0, 45, 70),
    ("Mantenimiento mensual web", 1, 150, 400),
    ("Sesión de formación in situ", 1, 300, 600),
]


def holded_es(rng: random.Random) -> Doc:
    name = rng.choice(["Lucía Fernández Ortega", "Javier Romero Sanz", "Marta Gil Navarro"])
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"F{issued.year}{rng.randrange(1, 300):04d}"
    d = "{dd}/{mm}/{yyyy}"
    irpf_rate = rng.choice([15, 7])
    rows, net = [], Decimal(0)
    for item, fixed, lo, hi in rng.sample(ES_ITEMS, 3):
        qty = 1 if fixed else rng.randrange(6, 60)
        price = Decimal(rng.randrange(lo, hi))
        amt = qty * price
        net += amt
        rows.append(
            f"<tr><td>{item}</td><td class=r>{qty}</td><td class=r>{money(price, 'de')} €</td>"
            f"<td class=r>21%</td>"
            f"<td class=r>-{irpf_rate}%</td><td class=r>{money(amt, 'de')} €</td></tr>"
        )
    iva = q2(net * Decimal("0.21"))
    irpf = q2(net * irpf_rate / 100)
    total = net + iva - irpf
    nif = f"{rng.randrange(10**7, 10**8)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
    body = f"""
<div class=hd><div><b style="font-size:12pt">{esc(name)}</b><br>NIF: {nif}<br>C/ {
        rng.choice(["Gran Vía", "Calle Mayor", "Avenida del Puerto"])
    } {rng.randrange(1, 200)}, {rng.randrange(1, 6)}º<br>{
        rng.choice(["28013 Madrid", "46021 Valencia", "41001 Sevilla"])
    }
</div><div style="text-align:right"><h1>FACTURA</h1>Nº de factura: {number}<br>Fecha: {fdate(issued, d)}<br>
Vencimiento: {fdate(due, d)}</div></div>
<div class=two><div><b>Cliente</b><br>{
        rng.choice(["Innova Retail S.L.", "Talleres Ebro S.A.", "Clínica Dental Sonrisa S.L.P."])
    }
<br>CIF: B{rng.randrange(10**7, 10**8)}<br>{rng.choice(["Paseo de Gracia", "Calle Alcalá", "Rambla Nova"])} {
        rng.randrange(1, 150)
    }<br>{rng.choice(["08007 Barcelona", "28009 Madrid", "43001 Tarragona"])}</div>
<div><b>Forma de pago</b><br>Transferencia bancaria<br>IBAN ES{rng.randrange(10, 99)} {
        rng.randrange(1000, 9999)
    } {rng.randrange(1000, 9999)} {rng.randrange(10, 99)} {rng.randrange(10**9, 10**10)}</div></div>
<table class=it><tr><th>Concepto</th><th class=r>Cantidad</th><th class=r>Precio</th><th class=r>IVA</th>
<th class=r>Ret.</th><th class=r>Subtotal</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Base imponible</td><td class=r>{money(net, "de")} €</td></tr>
<tr><td>IVA 21%</td><td class=r>{money(iva, "de")} €</td></tr>
<tr><td>IRPF -{irpf_rate}%</td><td class=r>-{money(irpf, "de")} €</td></tr>
<tr class=tt><td>TOTAL</td><td class=r>{money(total, "de")} €</td></tr></table>
<p style="font-size:8pt;margin-top:24px">Retención del IRPF del {
        irpf_rate
    } % según art. 101 de la Ley 35/2006.
Gracias por su confianza.</p>"""
    return make(
        "holded_es",
        "es",
        page(ES_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(name, name),
        subtotal=(net, money(net, "de")),
        tax=(iva, money(iva, "de")),
    )
