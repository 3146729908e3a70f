"""Set Y templates: Portuguese fatura with ATCUD and QR block, Romanian e-Factura in the ANAF view."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import later, pick_items, qr_svg

PT_CSS = """
@page { size: A4; margin: 14mm 15mm; } body { font: 8.5pt 'Liberation Sans Narrow', 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; } .hd b { font-size: 13pt; } .box
{ border: 1px solid #444;
 padding: 4px 8px; width: 80mm; } h1 { font-size: 14pt; margin: 0; } table.it { width: 100%; border-collapse:
 collapse; margin-top: 6mm; } table.it th
{ border-top: 1px solid #000; border-bottom: 1px solid #000; padding:
 2px; font-size: 7.5pt; text-align: left; } table.it td { padding: 2px; } .r { text-align: right !important;
 white-space: nowrap; } .bot { display: flex; justify-content: space-between; margin-top: 6mm; gap: 6mm; }
table.iv { border-collapse: collapse; font-size: 7.5pt; } table.iv td, table.iv th { border: 1px solid #999;
 padding: 1px 5px; } table.t td { padding: 2px 6px; } .b td { font-weight: bold; font-size: 11pt;
 border-top: 1px solid #000; } .qr { display: flex; gap: 4mm; margin-top: 8mm; font-size: 7pt; }
"""

PT_ITEMS = [
    ("Azeite virgem extra 5 L", "UN", 28, 45, "6"),
    ("Queijo da Serra DOP 1 kg", "UN", 22, 35, "6"),
    ("Vinho tinto Douro DOC cx 6", "CX", 30, 70, "23"),
    ("Conservas de sardinha (pack 10)", "UN", 12, 25, "6"),
    ("Serviço de entrega", "UN", 8, 20, "23"),
]


def efatura_pt(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Sabores do Minho, Lda.", "Mercearia Fina do Porto, Unipessoal Lda.", "Tejo Gourmet, S.A."]
    )
    issued = issue_date(rng)
    due = later(issued, 30)
    seq = rng.randrange(1, 3000)
    series = f"{issued.year}A"
    number = f"FT {series}/{seq}"
    atcud = f"{''.join(rng.choice('BCDFGHJKLMNPQRSTVWXZ23456789') for _ in range(8))}-{seq}"
    d, f = "{yyyy}-{mm}-{dd}", "de"
    chosen = rng.sample(PT_ITEMS, 4)
    rows, base = [], {"6": Decimal(0), "23": Decimal(0)}
    for code, (n, u, lo, hi, r) in enumerate(chosen):
        qty = Decimal(rng.randrange(1, 12))
        price = q2(Decimal(rng.randrange(lo * 100, hi * 100)) / 100)
        amt = q2(qty * price)
        base[r] += amt
        rows.append(
            f"<tr><td>{1000 + code}</td><td>{n}</td><td class=r>{qty}</td><td>{u}</td>"
            f"<td class=r>{money(price, f)}</td><td class=r>{r}</td><td class=r>{money(amt, f)}</td></tr>"
        )
    net = base["6"] + base["23"]
    ivas = {r: q2(b * Decimal(r) / 100) for r, b in base.items()}
    iva = ivas["6"] + ivas["23"]
    total = net + iva
    nif = f"5{rng.randrange(10**7, 10**8)}"
    ivrows = "".join(
        f"<tr><td>IVA {r}%</td><td class=r>{money(base[r], f)}</td><td class=r>{money(ivas[r], f)}</td></tr>"
        for r in ("6", "23")
        if base[r]
    )
    body = f"""<div class=hd><div><b>{esc(legal)}</b><br>Rua {
        rng.choice(["de Santa Catarina", "do Almada", "Augusta"])
    }
{rng.randrange(1, 300)}<br>{rng.choice(["4000-447 Porto", "4700-312 Braga", "1100-053 Lisboa"])}<br>NIF: {
        nif
    }<br>
Capital social: {money(Decimal(5000), f)} €</div><div class=box><h1>Fatura {number}</h1>Original<br>
Data de emissão: {fdate(issued, d)}<br>Data de vencimento: {fdate(due, d)}<br>ATCUD: {atcud}</div></div>
<div style="margin:5mm 0 0 100mm">Exmo.(s) Sr.(s)<br><b>{
        rng.choice(["Restaurante O Pescador, Lda.", "Hotel Douro Vista, S.A.", "Café Central de Aveiro"])
    }</b><br>NIF: {rng.randrange(5 * 10**8, 6 * 10**8)}</div>
<table class=it><tr><th>Artigo</th><th>Descrição</th><th class=r>Qtd.</th><th>Un.</th><th class=r>Preço
unit.</th>
<th class=r>IVA %</th><th class=r>Valor</th></tr>{"".join(rows)}</table>
<div class=bot><table class=iv><tr><th>Taxa</th><th>Incidência</th><th>Valor IVA</th></tr>{ivrows}</table>
<table class=t><tr><td>Total Ilíquido</td><td class=r>{money(net, f)} €</td></tr><tr><td>Total IVA</td>
<td class=r>{money(iva, f)} €</td></tr><tr class=b><td>Total (EUR)</td><td class=r>{
        money(total, f)
    } €</td></tr>
</table></div>
<div class=qr>{qr_svg(rng, 30)}<div>{
        "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    }-Processado
por programa certificado n.º {rng.randrange(1000, 3000)}/AT<br>Os bens/serviços foram colocados à disposição
do adquirente na data do documento.<br>IBAN PT50 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}
{rng.randrange(10**10, 10**11)} {rng.randrange(10, 99)}</div></div>"""
    return make(
        "efatura_pt",
        "pt",
        page(PT_CSS, body, "pt"),
        repeats=frozenset({"tax"} if len(ivrows.split("<tr>")) == 2 else set()),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(iva, money(iva, f)),
    )


RO_CSS = """
@page { size: A4; margin: 12mm 13mm; } body { font: 8pt 'DejaVu Sans'; } .hd { text-align: center; }
.hd h1 { font-size: 15pt; margin: 0; } .meta { display: flex; justify-content: space-between; margin: 3mm 0;
 border: 1px solid #777; padding: 3px 6px; } .two { display: flex; gap: 5mm; } .two > div { flex: 1;
 border: 1px solid #777; padding: 3px 6px; } .tt { font-weight: bold; border-bottom: 1px solid #777;
 margin-bottom: 2px; } table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; } table.it th,
table.it td { border: 1px solid #777; padding: 2px 3px; } table.it th { background: #e9e9e9; font-size: 7pt; }
.r { text-align: right !important; white-space: nowrap; } table.t { margin: 3mm 0 0 auto; border-collapse:
 collapse; } table.t td { border: 1px solid #777; padding: 2px 6px; } .b td { font-weight: bold; }
.foot { font-size: 6.5pt; color: #555; margin-top: 8mm; }
"""

RO_ITEMS = [
    ("Servicii mentenanță instalații HVAC", "ORE", 120, 220),
    ("Filtru aer condiționat", "BUC", 60, 180),
    ("Freon R32 (kg)", "KGM", 90, 160),
    ("Abonament service lunar", "BUC", 400, 1200),
    ("Transport și deplasare", "BUC", 80, 200),
]


def efactura_ro(rng: random.Random) -> Doc:
    legal = rng.choice(["CLIMA SERV PROIECT S.R.L.", "TERMO INSTAL TIMIȘ S.R.L.", "AERCON SOLUTIONS S.A."])
    issued = issue_date(rng)
    due = later(issued, rng.choice([15, 30, 45]))
    number = f"{rng.choice(['CSP', 'TIT', 'AER'])} {rng.randrange(1, 5000):04d}"
    d, f = "{dd}.{mm}.{yyyy}", "de"
    rate = Decimal(21 if issued.toordinal() >= issued.replace(year=2025, month=8, day=1).toordinal() else 19)
    lines = pick_items(rng, RO_ITEMS, 3, 8)
    net = sum(a for *_, a in lines)
    tva = q2(net * rate / 100)
    total = net + tva
    cif = f"{rng.randrange(10**6, 10**8)}"
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td>{u}</td>"
        f"<td class=r>{money(q, f)}</td><td class=r>{money(p, f)}</td>"
        f"<td class=r>{money(a, f)}</td><td class=r>{rate}</td></tr>"
        for i, (n, u, q, p, a) in enumerate(lines)
    )
    body = f"""<div class=hd><h1>Factura</h1>Tip factură: 380 – Factură comercială</div>
<div class=meta><span>Număr factură: <b>{number}</b></span><span>Data emitere: {fdate(issued, d)}</span>
<span>Data scadentă: {fdate(due, d)}</span><span>Moneda: RON</span></div>
<div class=two><div><div class=tt>Furnizor</div>{esc(legal)}<br>CIF: RO{cif}<br>Nr. Reg. Com.: J{
        rng.randrange(1, 52):02d}/{rng.randrange(100, 9999)}/{rng.randrange(2005, 2022)}<br>Adresa: Str. {
        rng.choice(["Aurel Vlaicu", "Gheorghe Lazăr", "Republicii"])
    } nr. {rng.randrange(1, 90)}, {
        rng.choice(["Timișoara, Timiș", "Cluj-Napoca, Cluj", "București, Sector 3"])
    }
<br>IBAN: RO{rng.randrange(10, 99)}BTRL{
        rng.randrange(10**15, 10**16)
    }</div><div><div class=tt>Cumpărător</div>{
        rng.choice(["MEDIPLUS CLINIC S.R.L.", "HOTEL CENTRAL ARAD S.A.", "PRIMĂRIA COMUNEI GIARMATA"])
    }<br>CIF: RO{rng.randrange(10**6, 10**8)}<br>Adresa: Bd. Revoluției nr. {
        rng.randrange(1, 90)
    }, Arad</div></div>
<table class=it><tr><th>Nr.</th><th>Denumire</th><th>U.M.</th><th>Cant.</th><th>Preț
unitar</th><th>Valoare</th>
<th>Cota TVA %</th></tr>{rows}</table>
<table class=t><tr><td>Total valoare netă</td><td class=r>{money(net, f)} RON</td></tr>
<tr><td>Total TVA ({rate}%)</td><td class=r>{money(tva, f)} RON</td></tr>
<tr><td>Total factură cu TVA</td><td class=r>{money(total, f)} RON</td></tr>
<tr class=b><td>Total de plată</td><td class=r>{money(total, f)} RON</td></tr></table>
<div class=foot>Factura a fost transmisă prin sistemul național RO e-Factura. Index încărcare: {
        rng.randrange(4 * 10**9, 5 * 10**9)
    } · ID descărcare: {rng.randrange(3 * 10**9, 4 * 10**9)}<br>Vizualizare generată de aplicația ANAF de
transformare XML în PDF. Document valabil fără semnătură și ștampilă conform art. 319 alin. (29) Cod fiscal.
{qr_svg(rng, 18)}</div>"""
    return make(
        "efactura_ro",
        "ro",
        page(RO_CSS, body, "ro"),
        repeats=frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("RON", "RON"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(tva, money(tva, f)),
    )
