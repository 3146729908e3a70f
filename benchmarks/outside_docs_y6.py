"""Set Y templates: Serbian SEF e-faktura (Latin script), Croatian e-Račun (OIB, JIR, ZKI)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import hexs, later, pick_items, qr_svg, uid

RS_CSS = """
@page { size: A4; margin: 13mm; } body { font: 8.5pt 'Liberation Sans'; } .hd
{ display: flex; justify-content:
 space-between; border-bottom: 3px solid #0c4076; padding-bottom: 3px; } h1 { font-size: 14pt; color: #0c4076;
 margin: 0; } .two { display: flex; gap: 5mm; margin-top: 4mm; } .two > div { flex: 1; background: #f0f4f8;
 padding: 4px 6px; } .lab { color: #667; font-size: 7pt; } table.it { width: 100%; border-collapse: collapse;
 margin-top: 4mm; } table.it th { background: #0c4076; color: #fff; font-size: 7pt; padding: 2px; }
table.it td { border-bottom: 1px solid #ccd; padding: 2px 3px; } .r { text-align: right !important;
 white-space: nowrap; } table.t { margin: 4mm 0 0 auto; } table.t td { padding: 2px 6px; } .b td {
 font-weight: bold; font-size: 10.5pt; border-top: 1px solid #0c4076; }
"""

RS_ITEMS = [
    ("Usluga održavanja softvera", "kom", 15000, 60000),
    ("Programerski sati", "sat", 3500, 6000),
    ("Hosting - godišnja pretplata", "kom", 12000, 36000),
    ("Obuka korisnika", "dan", 20000, 45000),
]


def sef_rs(rng: random.Random) -> Doc:
    legal = rng.choice(["Softlab Beograd d.o.o.", "Vojvodina IT Rešenja d.o.o. Novi Sad", "Kodpro DOO Niš"])
    issued = issue_date(rng)
    turnover = issued - timedelta(days=rng.randrange(0, 10))
    due = later(issued, rng.choice([15, 30, 45]))
    number = f"{rng.randrange(1, 999)}/{issued.year % 100}"
    d, f = "{dd}.{mm}.{yyyy}", "de"
    lines = pick_items(rng, RS_ITEMS, 3, 5)
    net = sum(a for *_, a in lines)
    pdv = q2(net * Decimal("0.20"))
    total = net + pdv
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td class=r>{money(q, f)}</td>"
        f"<td>{u}</td><td class=r>{money(p, f)}</td>"
        f"<td>S20</td><td class=r>{money(a, f)}</td></tr>"
        for i, (n, u, q, p, a) in enumerate(lines)
    )
    body = f"""<div class=hd><div><h1>Faktura broj: {number}</h1><span class=lab>Sistem e-faktura (SEF) –
elektronska faktura</span></div><div style="text-align:right;font-size:7.5pt">Identifikator SEF: {
        uid(rng)
    }<br>
Status: Poslata</div></div>
<div class=two><div><span class=lab>IZDAVALAC</span><br><b>{esc(legal)}</b><br>PIB: {
        rng.randrange(10**8, 10**9)
    }
<br>Matični broj: {rng.randrange(10**7, 10**8)}<br>{
        rng.choice(["Bulevar Mihajla Pupina", "Bulevar oslobođenja"])
    }
{rng.randrange(1, 200)}<br>Tekući račun: {rng.randrange(100, 999)}-{rng.randrange(10**9, 10**10)}-{
        rng.randrange(10, 99)
    }
</div><div><span class=lab>KUPAC</span><br><b>{
        rng.choice(["Dom zdravlja Zemun", "JKP Gradsko zelenilo", "Agrobanat d.o.o."])
    }</b><br>PIB: {rng.randrange(10**8, 10**9)}<br>JBKJS: {rng.randrange(10000, 99999)}<br>Beograd</div>
<div><span class=lab>Datum izdavanja</span><br>{fdate(issued, d)}<br><span class=lab>Datum prometa</span><br>{
        fdate(turnover, d)
    }<br><span class=lab>Datum dospeća</span><br>{
        fdate(due, d)
    }<br><span class=lab>Valuta</span> RSD</div></div>
<table class=it><tr><th>R.br.</th><th>Naziv</th><th>Količina</th><th>JM</th><th>Cena po JM</th><th>Kategorija
PDV</th>
<th>Iznos bez PDV-a</th></tr>{rows}</table>
<table class=t><tr><td>Ukupan iznos bez PDV-a</td><td class=r>{money(net, f)}</td></tr>
<tr><td>Osnovica za PDV 20%</td><td class=r>{money(net, f)}</td></tr><tr><td>Ukupan PDV 20%</td>
<td class=r>{money(pdv, f)}</td></tr><tr><td>Ukupan iznos sa PDV-om</td><td class=r>{
        money(total, f)
    }</td></tr>
<tr class=b><td>Iznos za plaćanje (RSD)</td><td class=r>{money(total, f)}</td></tr></table>
<p style="font-size:7pt;margin-top:8mm">Poziv na broj: 97 {rng.randrange(10, 99)}-{number.replace("/", "")}.
Faktura je izdata u skladu sa Zakonom o elektronskom fakturisanju i važi bez pečata i potpisa.</p>"""
    return make(
        "sef_rs",
        "sr",
        page(RS_CSS, body, "sr"),
        repeats=frozenset({"total", "subtotal"} | ({"date"} if turnover == issued else set())),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("RSD", "RSD"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(pdv, money(pdv, f)),
    )


HR_CSS = """
@page { size: A4; margin: 15mm 16mm; } body { font: 9pt 'URW Gothic', 'DejaVu Sans'; color: #222; }
.hd { display: flex; justify-content: space-between; } h1 { font-size: 17pt; margin: 8mm 0 2mm; }
table.m td { padding: 1px 8px 1px 0; } table.it { width: 100%; border-collapse: collapse; margin-top: 5mm; }
table.it th { border-bottom: 2px solid #222; text-align: left; padding: 3px; font-size: 8pt; } table.it td {
 padding: 3px; border-bottom: 1px solid #e3e3e3; } .r { text-align: right !important; white-space: nowrap; }
table.t { margin: 4mm 0 0 auto; } table.t td { padding: 2px 6px; } .b td { font-weight: bold; font-size: 11pt;
 border-top: 2px solid #222; } .fis { font-size: 7.5pt; margin-top: 6mm; display: flex; gap: 5mm; }
"""

HR_ITEMS = [
    ("Izrada web stranice - paket Start", "kom", 600, 1800),
    ("Održavanje sustava (mjesečno)", "mj", 80, 250),
    ("Grafički dizajn - sati", "h", 30, 55),
    ("Registracija domene .hr", "kom", 15, 40),
]


def eracun_hr(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Digitalni studio Jadran d.o.o.", "Web obrt Horvat, vl. Ivan Horvat", "Kvarner Media j.d.o.o."]
    )
    issued = issue_date(rng)
    due = later(issued, rng.choice([8, 15, 30]))
    number = f"{rng.randrange(1, 800)}/{rng.randrange(1, 4)}/1"
    d, f = "{dd}.{mm}.{yyyy}.", "de"
    lines = pick_items(rng, HR_ITEMS, 3, 4)
    net = sum(a for *_, a in lines)
    pdv = q2(net * Decimal("0.25"))
    total = net + pdv
    rows = "".join(
        f"<tr><td>{n}</td><td class=r>{q}</td><td>{u}</td><td class=r>{money(p, f)}</td><td class=r>25%</td>"
        f"<td class=r>{money(a, f)}</td></tr>"
        for n, u, q, p, a in lines
    )
    t = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}"
    body = f"""<div class=hd><div><b style="font-size:12pt">{esc(legal)}</b><br>{
        rng.choice(["Ilica", "Riva", "Korzo"])
    } {rng.randrange(1, 120)}, {rng.choice(["10000 Zagreb", "21000 Split", "51000 Rijeka"])}<br>OIB: {
        rng.randrange(10**10, 10**11)
    }<br>IBAN: HR{rng.randrange(10, 99)}{rng.randrange(10**18, 10**19)}</div><div style="text-align:right">
Kupac:<br><b>{
        rng.choice(["Apartmani Marija", "Ljekarna Petrović", "Vinarija Matošević d.o.o."])
    }</b><br>OIB: {rng.randrange(10**10, 10**11)}</div></div>
<h1>RAČUN br. {number}</h1><table class=m><tr><td>Datum i vrijeme izdavanja:</td><td>{fdate(issued, d)} {
        t
    }</td>
</tr><tr><td>Datum isporuke:</td><td>{fdate(issued - timedelta(days=rng.randrange(1, 6)), d)}</td></tr>
<tr><td>Dospijeće plaćanja:</td><td>{fdate(due, d)}</td></tr><tr><td>Način plaćanja:</td>
<td>Transakcijski račun</td></tr><tr><td>Operater:</td><td>{rng.choice(["IH", "MK", "AP"])}</td></tr></table>
<table class=it><tr><th>Opis</th><th class=r>Kol.</th><th>JM</th><th class=r>Cijena</th><th class=r>PDV</th>
<th class=r>Iznos</th></tr>{rows}</table>
<table class=t><tr><td>Osnovica</td><td class=r>{money(net, f)}</td></tr><tr><td>PDV 25%</td>
<td class=r>{money(pdv, f)}</td></tr><tr class=b><td>UKUPNO ZA PLATITI (EUR)</td><td class=r>{
        money(total, f)
    }</td>
</tr></table>
<div class=fis>{qr_svg(rng, 22)}<div>JIR: {uid(rng)}<br>ZKI: {hexs(rng, 32)}<br>Poziv na broj: HR00
{number.replace("/", "-")}<br>Račun je izdan kao eRačun (UBL 2.1, EN 16931) i fiskaliziran.</div></div>"""
    return make(
        "eracun_hr",
        "hr",
        page(HR_CSS, body, "hr"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d).rstrip(".")),
        due_date=(due, fdate(due, d).rstrip(".")),
        total=(total, money(total, f)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(pdv, money(pdv, f)),
    )
