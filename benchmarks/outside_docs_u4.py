"""Set U templates: Spanish mobile/fibre factura (IVA 21 %), Indian postpaid telecom bill (CGST + SGST)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

ES_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'Liberation Sans'; color: #222; }
.hd { background: #00a9e0; color: #fff; padding: 10px; display: flex; justify-content: space-between; }
.hd b { font-size: 18pt; } .grid { display: flex; gap: 14px; margin-top: 10px; } .grid > div { flex: 1; }
.res { border: 1px solid #00a9e0; padding: 8px; } table.d { width: 100%; border-collapse: collapse; }
table.d td { padding: 3px; border-bottom: 1px solid #eee; } .r { text-align: right; white-space: nowrap; }
h4 { margin: 12px 0 3px; color: #0077a8; } .tt td { font-weight: bold; border-top: 1.5px solid #333; }
.lg { font-size: 6.8pt; color: #666; margin-top: 12px; }
"""


def telecom_es(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("olamovil", "Olamóvil Telecomunicaciones, S.A.U."),
            ("ibercom", "Ibercom Redes y Servicios, S.L."),
            ("marfibra", "Marfibra Conecta, S.A."),
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.randrange(5, 10))
    start = issued.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    number = f"{rng.choice('ABFT')}{rng.randrange(10, 99)}-{issued.year}-{rng.randrange(10**7, 10**8)}"
    d = "{dd}/{mm}/{yyyy}"
    lines = [
        ("Cuota mensual Fibra 600 Mb + Móvil ilimitado", Decimal(rng.randrange(4500, 7500)) / 100),
        (
            f"Línea adicional 6{rng.randrange(10**7, 10**8)} - tarifa 25 GB",
            Decimal(rng.randrange(900, 1600)) / 100,
        ),
        (f"Llamadas internacionales ({rng.randrange(5, 40)} min)", Decimal(rng.randrange(150, 900)) / 100),
        (f"Roaming fuera de la UE ({rng.randrange(1, 4)} días)", Decimal(rng.randrange(500, 1800)) / 100),
        ("Descuento permanencia 24 meses", -Decimal(rng.randrange(500, 1000)) / 100),
    ]
    device = Decimal(rng.randrange(1200, 2500)) / 100
    net = sum((a for _, a in lines), Decimal(0))
    iva = q2(net * Decimal("0.21"))
    total = net + iva
    due_amt = total + device
    rows = "".join(f"<tr><td>{esc(t)}</td><td class=r>{money(a, 'de')} €</td></tr>" for t, a in lines)
    body = f"""
<div class=hd><b>{brand}</b><div>Factura de servicios de telecomunicaciones</div></div>
<div class=grid><div>Titular: {
        rng.choice(["Lucía Fernández Ruiz", "Javier Moreno Gil", "Marta Navarro Sanz"])
    }<br>
NIF {rng.randrange(10**7, 10**8)}{rng.choice("TRWAGMY")}<br>{
        rng.choice(["C/ Alcalá", "Av. Diagonal", "C/ Colón"])
    }
{rng.randrange(1, 300)}, {rng.randrange(1, 8)}º<br>{
        rng.choice(["28009 Madrid", "08019 Barcelona", "46004 Valencia"])
    }
</div><div class=res>Nº de factura: {number}<br>Fecha de emisión: {fdate(issued, d)}<br>Periodo facturado:
{fdate(start, d)} - {fdate(end, d)}<br>Código de cliente: {rng.randrange(10**8, 10**9)}<br>
Fecha de cargo en cuenta: {fdate(due, d)}<br><b>Importe a pagar: {money(due_amt, "de")} €</b></div></div>
<h4>Servicios</h4><table class=d>{rows}
<tr class=tt><td>Base imponible</td><td class=r>{money(net, "de")} €</td></tr>
<tr><td>IVA 21 %</td><td class=r>{money(iva, "de")} €</td></tr>
<tr class=tt><td>Total factura</td><td class=r>{money(total, "de")} €</td></tr></table>
<h4>Otros conceptos (no sujetos a esta factura)</h4><table class=d>
<tr><td>Cuota {rng.randrange(3, 20)}/24 pago aplazado terminal (financiación {esc(legal.split(",")[0])}
Finance)</td>
<td class=r>{money(device, "de")} €</td></tr></table>
<p>Importes en euros (EUR). Cargo por domiciliación bancaria en ES{rng.randrange(10, 99)} ****
{rng.randrange(1000, 9999)}.</p>
<p class=lg>{esc(legal)} · CIF A{rng.randrange(10**7, 10**8)} · Registro Mercantil de Madrid, Tomo
{rng.randrange(10000, 40000)}, Folio {rng.randrange(1, 200)}, Hoja M-{rng.randrange(10**5, 10**6)}</p>"""
    return make(
        "telecom_es",
        "es",
        page(ES_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(iva, money(iva, "de")),
    )


IN_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.3pt 'DejaVu Sans'; } .hd { border-bottom: 3px solid #c2255c;
 display: flex; justify-content: space-between; padding-bottom: 6px; } .hd b { font-size: 16pt; color:
#c2255c; }
table.b { width: 100%; border-collapse: collapse; margin-top: 8px; } table.b td, table.b th { border: 1px
solid #bbb;
 padding: 3px 4px; text-align: left; } table.b th { background: #fbe8ef; } .r { text-align: right !important;
 white-space: nowrap; } .fine { font-size: 6.8pt; color: #555; }
"""


def telecom_in(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("Jaldi", "Jaldi Telelink Limited"),
            ("Sangam", "Sangam Mobility Services Pvt. Ltd."),
            ("VayuNet", "VayuNet Communications Limited"),
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.randrange(14, 21))
    start = issued - timedelta(days=30)
    number = f"{rng.choice(['MH', 'KA', 'TN'])}{rng.randrange(10**11, 10**12)}"
    d = "{dd}-{mon}-{yyyy}"
    st = rng.choice(
        [("27", "Maharashtra", "Pune"), ("29", "Karnataka", "Bengaluru"), ("33", "Tamil Nadu", "Chennai")]
    )
    gstin = (
        f"{st[0]}AA{rng.choice('ABC')}{rng.randrange(1000, 9999)}{rng.choice('KLMN')}1Z{rng.randrange(1, 9)}"
    )
    plan = Decimal(rng.choice([399, 499, 599, 749, 999]))
    lines = [
        (f"Postpaid plan {money(plan, 'plain', 0)} - monthly rental", plan),
        ("Add-on family connection (2)", Decimal(rng.choice([150, 200, 299]))),
        ("OTT subscription pack", Decimal(rng.choice([99, 149, 199]))),
        (f"ISD calls {rng.randrange(5, 40)} min", Decimal(rng.randrange(3000, 40000)) / 100),
        ("Data top-up 10 GB", Decimal(rng.choice([98, 151, 181]))),
    ]
    net = sum((a for _, a in lines), Decimal(0))
    cgst = q2(net * Decimal("0.09"))
    sgst = q2(net * Decimal("0.09"))
    total = net + cgst + sgst
    prev = Decimal(rng.randrange(80000, 200000)) / 100
    paid = prev - Decimal(rng.randrange(100, 2000)) / 100
    payable = prev - paid + total
    z = "in"
    rows = "".join(f"<tr><td>{t}</td><td>998413</td><td class=r>{money(a, z)}</td></tr>" for t, a in lines)
    body = f"""
<div class=hd><div><b>{brand}</b><br>{esc(legal)}<br>{st[2]} Circle Office, {st[1]} · GSTIN {gstin}<br>
CIN U{rng.randrange(10**4, 10**5)}{st[1][:2].upper()}20{rng.randrange(10, 20)}PLC{
        rng.randrange(10**5, 10**6)
    }</div>
<div style="text-align:right;font-size:12pt"><b style="font-size:12pt;color:#000">Tax Invoice</b><br>
Amount payable ₹ {money(payable, z)}<br>Pay by {fdate(due, d)}</div></div>
<table class=b><tr><th>Bill number</th><td>{number}</td><th>Bill date</th><td>{fdate(issued, d)}</td></tr>
<tr><th>Relationship no.</th><td>1.{rng.randrange(10**7, 10**8)}</td><th>Mobile no.</th>
<td>98{rng.randrange(10**7, 10**8)}</td></tr>
<tr><th>Bill period</th><td>{fdate(start, d)} to {fdate(issued - timedelta(days=1), d)}</td><th>Place of
supply</th>
<td>{st[1]} ({st[0]})</td></tr></table>
<table class=b><tr><th>Previous balance</th><th>Payments</th><th>Adjustments</th><th>Current bill amount</th>
<th>Amount payable</th></tr><tr><td class=r>{money(prev, z)}</td><td class=r>-{money(paid, z)}</td>
<td class=r>0.00</td><td class=r>{money(total, z)}</td><td class=r>{money(payable, z)}</td></tr></table>
<table class=b><tr><th>Charges</th><th>SAC</th><th class=r>Amount (₹)</th></tr>{rows}
<tr><td>Taxable value</td><td></td><td class=r>{money(net, z)}</td></tr>
<tr><td>CGST @ 9%</td><td></td><td class=r>{money(cgst, z)}</td></tr>
<tr><td>SGST @ 9%</td><td></td><td class=r>{money(sgst, z)}</td></tr></table>
<p>All amounts in INR. Customer: {rng.choice(["Ananya Kulkarni", "Rohit Menon", "Farhan Qureshi"])}, GSTIN not
provided.</p><p class=fine>Pay via UPI, net banking or auto-pay. Late payment fee of ₹ 100 applies after the
due
date. Registered office: {st[2]}, {st[1]}. This is a computer generated invoice and needs no signature.</p>"""
    return make(
        "telecom_in",
        "en",
        page(IN_CSS, body, "en"),
        repeats=frozenset({"tax"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, z)),
        currency=("INR", "INR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, z)),
        tax=(cgst + sgst, (money(cgst, z), money(sgst, z))),
    )
