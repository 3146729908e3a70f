"""Set Y templates: Egyptian ETA e-invoice print (UUID, internal ID, T4 withholding), Turkish GİB e-Fatura."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import hexs, pick_items, qr_svg, uid

EG_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.5pt 'Liberation Sans'; } .hd
{ display: flex; justify-content:
 space-between; align-items: center; background: #f5efe3; padding: 4px 8px; } h1
{ font-size: 14pt; margin: 0; }
table.kv { border-collapse: collapse; width: 100%; margin-top: 3mm; } table.kv td { padding: 2px 4px;
 border-bottom: 1px solid #e6dcc8; } .lab { color: #7a6a4f; } .two { display: flex; gap: 6mm; } .two > div {
 flex: 1; } table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; } table.it th { background:
 #7a6a4f; color: #fff; font-size: 7pt; padding: 2px; } table.it td
{ border-bottom: 1px solid #e6dcc8; padding:
 2px; } .r { text-align: right !important; white-space: nowrap; } table.t { margin: 3mm 0 0 auto; }
table.t td { padding: 2px 6px; } .b td
{ font-weight: bold; font-size: 10.5pt; border-top: 1px solid #7a6a4f; }
"""

EG_ITEMS = [
    ("Printing paper A4 80g (carton)", "CT", 600, 1100),
    ("Toner cartridge HP 26A", "EA", 2800, 4600),
    ("Office chair ergonomic", "EA", 3500, 7800),
    ("Maintenance visit - copiers", "EA", 900, 2200),
    ("Delivery service", "EA", 150, 400),
]


def eta_eg(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Nile Office Supplies S.A.E.", "Delta Business Solutions LLC", "Cairo Stationery Trading Co."]
    )
    issued = issue_date(rng)
    number = f"{rng.choice(['INV', 'SI'])}{issued.year % 100}{rng.randrange(1, 99999):05d}"
    d, f = "{dd}/{mm}/{yyyy}", "en"
    lines = pick_items(rng, EG_ITEMS, 3, 8)
    net = sum(a for *_, a in lines)
    vat = q2(net * Decimal("0.14"))
    wht = q2(net * Decimal("0.01")) if rng.random() < 0.6 else Decimal(0)
    total = net + vat - wht
    trn = f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}"
    rows = "".join(
        f"<tr><td>EG-{trn.replace('-', '')}-{rng.randrange(100, 999)}</td>"
        f"<td>{n}</td><td>{u}</td><td class=r>{q}</td>"
        f"<td class=r>{money(p, f)}</td><td class=r>{money(a, f)}</td><td class=r>T1 14%</td></tr>"
        for n, u, q, p, a in lines
    )
    wrow = f"<tr><td>Withholding tax (T4) 1%</td><td class=r>-{money(wht, f)}</td></tr>" if wht else ""
    body = f"""<div class=hd><div><h1>E-Invoice</h1>Egyptian Tax Authority – Invoicing Portal<br>Document
type: Invoice
(I) · Version 1.0</div>{qr_svg(rng, 24)}</div>
<table class=kv><tr><td class=lab>UUID</td><td>{hexs(rng, 64)}</td></tr><tr><td class=lab>Submission UUID</td>
<td>{hexs(rng, 26, True)}</td></tr><tr><td class=lab>Internal ID</td><td>{number}</td></tr><tr><td
class=lab>Date
Time Issued</td><td>{fdate(issued, d)} {rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}</td></tr><tr><td
class=lab>Date Time Received</td><td>{fdate(issued + timedelta(days=1), d)}</td></tr><tr><td
class=lab>Status</td>
<td>Valid</td></tr></table>
<div class=two><div><b>Issuer</b><br>{esc(legal)}<br>Tax Registration Number: {trn}<br>{rng.randrange(1, 99)}
{rng.choice(["El Tahrir St., Dokki, Giza", "Abbas El Akkad St., Nasr City, Cairo"])}<br>Branch ID:
0</div><div>
<b>Receiver</b><br>{
        rng.choice(["Misr Pharma Distribution S.A.E.", "Alexandria Port Services Co.", "Sphinx Hotels"])
    }
<br>Tax Registration Number: {rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}<br>
Type: Business (B)</div></div>
<table class=it><tr><th>Item code (EGS)</th><th>Description</th><th>Unit</th><th>Qty</th><th>Unit price</th>
<th>Sales total</th><th>Taxes</th></tr>{rows}</table>
<table class=t><tr><td>Total Sales Amount</td><td class=r>{money(net, f)}</td></tr><tr><td>Total Discount</td>
<td class=r>0.00</td></tr><tr><td>Net Amount</td><td class=r>{money(net, f)}</td></tr><tr><td>Value added tax
(T1)
14%</td><td class=r>{money(vat, f)}</td></tr>{wrow}<tr class=b><td>Total Amount (EGP)</td>
<td class=r>{money(total, f)}</td></tr></table>
<p style="font-size:7pt;margin-top:6mm">Activity code: {rng.choice(["4649", "4741", "4690"])} · Payment: bank
transfer within 30 days · Signed electronically (CAdES-BES).</p>"""
    return make(
        "eta_eg",
        "en",
        page(EG_CSS, body, "en"),
        repeats=frozenset({"subtotal"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        total=(total, money(total, f)),
        currency=("EGP", "EGP"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(vat, money(vat, f)),
    )


TR_CSS = """
@page { size: A4; margin: 10mm 12mm; } body { font: 8pt 'DejaVu Sans'; } .top { display: flex;
 justify-content: space-between; align-items: flex-start; } .snd { width: 42%; border-top: 1px solid #000;
 border-bottom: 1px solid #000; padding: 3px 0; } .mid
{ text-align: center; font-weight: bold; font-size: 11pt; }
.logo { border: 2px solid #c00; color: #c00; padding: 6px 10px; font-size: 13pt; margin-top: 4px; }
table.ft { border-collapse: collapse; margin-top: 4mm; } table.ft td
{ border: 1px solid #000; padding: 1px 5px; }
table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; } table.it th, table.it td
{ border: 1px solid
 #000; padding: 2px; } table.it th { font-size: 6.8pt; } .r
{ text-align: right !important; white-space: nowrap; }
table.t { margin: 3mm 0 0 auto; border-collapse: collapse; } table.t td
{ border: 1px solid #000; padding: 2px 5px; }
.buy { width: 42%; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px 0;
 margin-top: 4mm; }
"""

TR_ITEMS = [
    ("Çelik profil 40x40x2 mm (6 m)", "Adet", 450, 900),
    ("Galvaniz sac levha 1 mm", "Adet", 900, 1700),
    ("Kaynak teli 1,0 mm (15 kg)", "Adet", 1100, 1900),
    ("Montaj işçiliği", "Saat", 600, 1100),
    ("Nakliye bedeli", "Adet", 1500, 4000),
]


def efatura_tr(rng: random.Random) -> Doc:
    legal = rng.choice(
        [
            "ÖZTÜRK METAL SANAYİ VE TİCARET LTD. ŞTİ.",
            "YILDIZ YAPI MALZEMELERİ A.Ş.",
            "KARADENİZ ÇELİK LTD. ŞTİ.",
        ]
    )
    issued = issue_date(rng)
    number = f"{rng.choice(['OMS', 'YYM', 'KCL'])}{issued.year}{rng.randrange(1, 10**6):09d}"
    d, f = "{dd}-{mm}-{yyyy}", "de"
    lines = pick_items(rng, TR_ITEMS, 3, 10)
    net = sum(a for *_, a in lines)
    kdv = q2(net * Decimal("0.20"))
    total = net + kdv
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td class=r>{q} {u}</td>"
        f"<td class=r>{money(p, f)} TL</td><td>%0,00</td>"
        f"<td class=r>0,00 TL</td><td>%20,00</td><td class=r>{money(q2(a * Decimal('0.2')), f)} TL</td>"
        f"<td class=r>{money(a, f)} TL</td></tr>"
        for i, (n, u, q, p, a) in enumerate(lines)
    )
    body = f"""<div class=top><div class=snd><b>{esc(legal)}</b><br>{
        rng.choice(["OSB 3. Cadde No:", "Atatürk Bulvarı No:", "Sanayi Mah. 12. Sokak No:"])
    }{rng.randrange(1, 90)}<br>{
        rng.choice(["Nilüfer / BURSA", "Tepebaşı / ESKİŞEHİR", "Ortahisar / TRABZON"])
    }<br>
Tel: 0{rng.randrange(212, 499)} {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}<br>
Vergi Dairesi: {rng.choice(["Nilüfer", "Osmangazi", "Karadeniz"])}<br>VKN: {rng.randrange(10**9, 10**10)}<br>
Mersis No: 0{rng.randrange(10**14, 10**15)}</div>
<div class=mid>{qr_svg(rng, 24)}<div class=logo>e-FATURA</div></div></div>
<div class=top><div class=buy><b>SAYIN</b><br>{
        rng.choice(["AKDENİZ İNŞAAT A.Ş.", "EGE MAKİNE SANAYİ LTD. ŞTİ.", "ANADOLU TARIM KOOP."])
    }<br>{rng.choice(["Konak / İZMİR", "Seyhan / ADANA", "Selçuklu / KONYA"])}<br>Vergi Dairesi: {
        rng.choice(["Kordon", "Seyhan", "Selçuk"])
    }<br>VKN: {rng.randrange(10**9, 10**10)}</div>
<table class=ft><tr><td>Özelleştirme No:</td><td>TR1.2</td></tr><tr><td>Senaryo:</td><td>TEMELFATURA</td></tr>
<tr><td>Fatura Tipi:</td><td>SATIS</td></tr><tr><td>Fatura No:</td><td>{
        number
    }</td></tr><tr><td>Fatura Tarihi:</td>
<td>{fdate(issued, d)}</td></tr><tr><td>İrsaliye No:</td><td>{rng.choice(["IRS", "EIR"])}{issued.year}{
        rng.randrange(1, 10**6):09d}</td></tr><tr><td>İrsaliye Tarihi:</td><td>{
        fdate(issued - timedelta(days=rng.randrange(1, 6)), d)
    }</td></tr></table></div>
<p><b>ETTN:</b> {uid(rng, True)}</p>
<table class=it><tr><th>Sıra No</th><th>Mal Hizmet</th><th>Miktar</th><th>Birim Fiyat</th><th>İskonto
Oranı</th>
<th>İskonto Tutarı</th><th>KDV Oranı</th><th>KDV Tutarı</th><th>Mal Hizmet Tutarı</th></tr>{rows}</table>
<table class=t><tr><td>Mal Hizmet Toplam Tutarı</td><td class=r>{
        money(net, f)
    } TL</td></tr><tr><td>Toplam İskonto
</td><td class=r>0,00 TL</td></tr><tr><td>Hesaplanan KDV(%20,00)</td><td class=r>{money(kdv, f)} TL</td></tr>
<tr><td>Vergiler Dahil Toplam Tutar</td><td class=r>{
        money(total, f)
    } TL</td></tr><tr><td><b>Ödenecek Tutar</b></td>
<td class=r><b>{money(total, f)} TL</b></td></tr></table>
<p style="margin-top:6mm;border:1px solid #000;padding:3px">Not: Yalnız #{money(total, f)}# TL. Ödeme vadesi
{rng.choice([30, 45, 60])} gündür. IBAN: TR{rng.randrange(10, 99)} 0006 {rng.randrange(1000, 9999)}
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {
        rng.randrange(10, 99)
    }</p>"""
    return make(
        "efatura_tr",
        "tr",
        page(TR_CSS, body, "tr"),
        repeats=frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        total=(total, money(total, f)),
        currency=("TRY", "TL"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(kdv, money(kdv, f)),
    )
