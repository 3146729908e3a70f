"""Set Y templates: Hungarian számla reported to NAV Online Számla (HUF), Greek myDATA service invoice."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import hexs, later, qr_svg

HU_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'Liberation Sans'; } h1 { text-align: center;
 font-size: 18pt; letter-spacing: 3px; margin: 0 0 4mm; } .two { display: flex; border: 1px solid #000; }
.two > div { flex: 1; padding: 4px 6px; } .two > div + div { border-left: 1px solid #000; } .lab
{ font-weight:
 bold; } table.d { width: 100%; border-collapse: collapse; margin-top: 3mm; } table.d td, table.d th { border:
 1px solid #000; padding: 2px 4px; text-align: center; } table.d th { font-size: 7pt; background: #eee; }
table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; } table.it th { border-bottom: 1px solid
 #000; font-size: 7pt; padding: 2px; } table.it td { padding: 2px; border-bottom: 0.5px dotted #999; }
.r { text-align: right !important; white-space: nowrap; } table.t { margin: 4mm 0 0 auto; }
table.t td { padding: 2px 6px; } .fiz { border: 2px solid #000; padding: 4px 8px; font-size: 12pt;
 font-weight: bold; margin: 3mm 0 0 auto; width: 75mm; text-align: right; }
"""

HU_ITEMS = [
    ("Irodaszer csomag (A4 papír, tollak)", "csomag", 4000, 12000),
    ("Nyomtatópatron fekete", "db", 9000, 24000),
    ("Rendszergazdai szolgáltatás", "óra", 9500, 16000),
    ('Laptop táska 15,6"', "db", 7000, 15000),
    ("Kiszállítási díj", "alkalom", 2500, 6000),
]


def nav_hu(rng: random.Random) -> Doc:
    legal = rng.choice(["Pannon Irodatechnika Kft.", "Duna-Menti Informatika Bt.", "Bakony Office Zrt."])
    issued = issue_date(rng)
    perf = issued - timedelta(days=rng.randrange(0, 5))
    due = later(issued, rng.choice([8, 15, 30]))
    number = f"{rng.choice(['PIT', 'DMI', 'BO'])}-{issued.year}-{rng.randrange(1, 9999):05d}"
    d, f = "{yyyy}.{mm}.{dd}.", "fr"
    rows, net, vat = [], 0, 0
    for name, unit, lo, hi in rng.sample(HU_ITEMS, 4):
        qty = rng.randrange(1, 6)
        price = rng.randrange(lo, hi, 10)
        val = qty * price
        v = int(q2(Decimal(val) * Decimal("0.27")).to_integral_value())
        net, vat = net + val, vat + v
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty}</td><td>{unit}</td><td class=r>{money(price, f, 0)}</td>"
            f"<td class=r>{money(val, f, 0)}</td><td class=r>27%</td><td class=r>{money(v, f, 0)}</td>"
            f"<td class=r>{money(val + v, f, 0)}</td></tr>"
        )
    total = net + vat
    adosz = f"{rng.randrange(10**7, 10**8)}-2-{rng.randrange(10, 44)}"
    body = f"""<h1>SZÁMLA</h1><div style="text-align:right">Számla sorszáma: <b>{
        number
    }</b><br>Eredeti példány</div>
<div class=two><div><span class=lab>Eladó</span><br><b>{esc(legal)}</b><br>{
        rng.choice(
            ["1117 Budapest, Fehérvári út", "8200 Veszprém, Kossuth utca", "9021 Győr, Baross Gábor út"]
        )
    } {rng.randrange(1, 150)}.<br>Adószám: {adosz}<br>Közösségi adószám: HU{adosz[:8]}<br>Cégjegyzékszám: {
        rng.randrange(1, 20):02d}-09-{rng.randrange(100000, 999999)}<br>Bankszámla: {
        rng.randrange(10000000, 11999999)
    }-{rng.randrange(10**7, 10**8)}</div><div><span class=lab>Vevő</span><br><b>{
        rng.choice(["Alföldi Pékség Kft.", "Szabó és Társa Bt.", "Tisza Vendéglátó Kft."])
    }</b><br>{rng.choice(["6720 Szeged, Kárász utca", "4025 Debrecen, Piac utca", "7621 Pécs, Király utca"])}
{rng.randrange(1, 80)}.<br>Adószám: {rng.randrange(10**7, 10**8)}-2-{rng.randrange(10, 44)}</div></div>
<table class=d><tr><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési
határidő</th>
<th>Pénznem</th></tr><tr><td>Átutalás</td><td>{fdate(perf, d)}</td><td>{fdate(issued, d)}</td><td>{
        fdate(due, d)
    }</td>
<td>HUF</td></tr></table>
<table class=it><tr><th>Megnevezés</th><th>Menny.</th><th>Egység</th><th>Nettó egységár</th><th>Nettó
érték</th>
<th>ÁFA %</th><th>ÁFA érték</th><th>Bruttó érték</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Nettó összesen:</td><td class=r>{money(net, f, 0)} Ft</td></tr>
<tr><td>ÁFA összesen (27%):</td><td class=r>{money(vat, f, 0)} Ft</td></tr>
<tr><td><b>Bruttó összesen:</b></td><td class=r><b>{money(total, f, 0)} Ft</b></td></tr></table>
<div class=fiz>Fizetendő: {money(total, f, 0)} Ft</div>
<p style="font-size:7pt;margin-top:8mm">A számla adatai a NAV Online Számla rendszerébe beküldésre kerültek.
Tranzakcióazonosító: {hexs(rng, 16, True)}. Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot
számítjuk fel. A számla a 2007. évi CXXVII. törvény 169. §-ának megfelelően készült.</p>"""
    doc = make(
        "nav_hu",
        "hu",
        page(HU_CSS, body, "hu"),
        repeats=frozenset({"total", "date"} if perf == issued else {"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d).rstrip(".")),
        due_date=(due, fdate(due, d).rstrip(".")),
        total=(total, money(total, f, 0)),
        currency=("HUF", "HUF"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f, 0)),
        tax=(vat, money(vat, f, 0)),
    )
    doc.key.update(total=str(total), subtotal=str(net), tax=str(vat))  # forint amounts are whole
    return doc


GR_CSS = """
@page { size: A4; margin: 14mm; } body { font: 8.5pt 'DejaVu Sans'; color: #1b1b1b; } .hd { display: flex;
 justify-content: space-between; } .hd b { font-size: 12pt; } .doc { background: #1f4e79; color: #fff;
 padding: 5px 8px; margin: 5mm 0 3mm; font-size: 11pt; display: flex; justify-content: space-between; }
table.kv { border-collapse: collapse; width: 100%; } table.kv td
{ border: 1px solid #bcc7d3; padding: 2px 5px; }
table.kv td.l { background: #eef2f6; width: 22%; font-size: 7.5pt; } table.it { width: 100%; border-collapse:
 collapse; margin-top: 4mm; } table.it th { background: #eef2f6; border: 1px solid #bcc7d3; font-size: 7.5pt;
 padding: 2px; } table.it td { border: 1px solid #bcc7d3; padding: 2px 4px; } .r { text-align: right
 !important; white-space: nowrap; } .bot { display: flex; justify-content: space-between; margin-top: 5mm; }
table.t td { padding: 2px 6px; border-bottom: 1px solid #dde3ea; } .b td
{ font-weight: bold; font-size: 10.5pt; }
"""

GR_ITEMS = [
    ("Architectural design services / Ypiresies arxitektonikou sxediou", 900, 3500),
    ("Site supervision / Epivlepsi ergou", 400, 1500),
    ("Energy performance certificate (PEA)", 150, 400),
    ("Building permit file / Fakelos adeias domisis", 600, 2200),
]


def mydata_gr(rng: random.Random) -> Doc:
    legal = rng.choice(["Papadopoulou Eleni", "Nikolaidis Georgios", "Karras Dimitrios & Co O.E."])
    issued = issue_date(rng)
    due = later(issued, 30) if rng.random() < 0.5 else None
    series = rng.choice(["TPY", "A", "B"])
    number = f"{series}-{rng.randrange(1, 2000)}"
    d, f = "{dd}/{mm}/{yyyy}", "de"
    rows, net = [], Decimal(0)
    for name, lo, hi in rng.sample(GR_ITEMS, 2):
        amt = Decimal(rng.randrange(lo, hi))
        net += amt
        rows.append(
            f"<tr><td>{name}</td><td class=r>1</td><td class=r>{money(amt, f)}</td><td class=r>24%</td>"
            f"<td class=r>{money(amt, f)}</td></tr>"
        )
    vat = q2(net * Decimal("0.24"))
    wht = q2(net * Decimal("0.20"))
    total = net + vat - wht
    afm = f"{rng.randrange(10**8, 10**9)}"
    mark = f"4000{rng.randrange(10**10, 10**11)}"
    due_row = f"<tr><td class=l>Due date / Lixi</td><td>{fdate(due, d)}</td></tr>" if due else ""
    body = f"""<div class=hd><div><b>{esc(legal)}</b><br>Engineering and design services<br>{
        rng.choice(["Egnatias", "Tsimiski", "Ermou"])
    } {rng.randrange(1, 160)}, {rng.choice(["546 30 Thessaloniki", "105 63 Athina", "262 21 Patra"])}<br>
AFM: {afm} &nbsp; DOY: {rng.choice(["D' Thessalonikis", "IB' Athinon", "A' Patron"])}</div>
<div style="text-align:center">{
        qr_svg(rng, 24)
    }<br><span style="font-size:6.5pt">myDATA AADE</span></div></div>
<div class=doc><span>TIMOLOGIO PAROCHIS YPIRESION / SERVICE INVOICE (2.1)</span><span>Series-No.: {
        number
    }</span></div>
<table class=kv><tr><td class=l>Issue date / Imerominia</td><td>{
        fdate(issued, d)
    }</td><td class=l>Customer / Pelatis
</td><td>{
        rng.choice(["Olympus Hotels S.A.", "Thermi Developments I.K.E.", "Kalamaria Dental O.E."])
    }</td></tr>
<tr><td class=l>Payment method</td><td>Bank transfer</td><td class=l>Customer AFM</td><td>{
        rng.randrange(10**8, 10**9)
    }
</td></tr>{due_row}</table>
<table class=it><tr><th>Description / Perigrafi</th><th>Qty</th><th>Unit price</th><th>VAT %</th><th>Net
value</th>
</tr>{"".join(rows)}</table>
<div class=bot><div style="font-size:7pt;width:55%">MARK: {mark}<br>UID: {hexs(rng, 40, True)}<br>
Authentication code: {hexs(rng, 40, True)}<br>Issued through certified e-invoicing provider, licensed by AADE.
<br>Withholding tax 20% (art. 64 N. 4172/2013) on professional fees.</div>
<table class=t><tr><td>Net value</td><td class=r>{money(net, f)} €</td></tr>
<tr><td>VAT 24%</td><td class=r>{money(vat, f)} €</td></tr><tr><td>Withholding tax 20%</td>
<td class=r>-{money(wht, f)} €</td></tr><tr class=b><td>Total value (payable)</td>
<td class=r>{money(total, f)} €</td></tr></table></div>"""
    return make(
        "mydata_gr",
        "en",
        page(GR_CSS, body, "en"),
        repeats=frozenset({"subtotal"} if len(rows) == 1 else set()),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)) if due else None,
        total=(total, money(total, f)),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(vat, money(vat, f)),
    )
