"""Set I layouts: Turkey (e-Arşiv fatura), Ukraine (1C-style рахунок на оплату) and Serbia (račun-otpremnica,
"valuta plaćanja")."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_i import (
    Doc,
    Num,
    finish,
    make_lines,
    month,
    nw,
    page,
    pick_date,
    q,
    table,
    total_of,
)


def earsiv_tr(rng: random.Random) -> Doc:
    vendor = rng.choice(["Anadolu Yazılım Hizmetleri A.Ş.", "Ege Bilişim Teknolojileri Ltd. Şti."])
    fmt = Num(2, ".", ",")
    cat = (
        "Yazılım lisansı (yıllık)|Kurulum ve yapılandırma|Teknik destek (saat)|"
        "Eğitim hizmeti|Bulut sunucu kiralama (aylık)|Veri yedekleme hizmeti"
    )
    lines = make_lines(rng, cat, 4, 350, 42000, qmax=6)
    taxes = [q(ln.amount * Decimal("0.20"), 2) for ln in lines]
    sub = total_of(lines)
    tax = sum(taxes, Decimal(0))
    total = sub + tax
    issued = pick_date(rng)
    number = f"AYH{issued:%Y}{rng.randint(1, 99999):09d}"
    rows = [
        [
            str(i),
            ln.desc,
            f"{ln.qty} Adet",
            f"{fmt(ln.unit)} TL",
            "%0,00",
            "0,00 TL",
            "%20",
            f"{fmt(t)} TL",
            f"{fmt(ln.amount)} TL",
        ]
        for i, (ln, t) in enumerate(zip(lines, taxes, strict=True), 1)
    ]
    meta = [
        ("Özelleştirme No", "TR1.2"),
        ("Senaryo", "EARSIVFATURA"),
        ("Fatura Tipi", "SATIS"),
        ("Fatura No", number),
        ("Fatura Tarihi", f"{issued:%d-%m-%Y}"),
        ("İrsaliye No", f"IRS{issued:%Y}{rng.randint(1, 9999):09d}"),
        ("İrsaliye Tarihi", f"{issued - timedelta(days=2):%d-%m-%Y}"),
    ]
    mt = "".join(f"<tr><td class='b'>{a}:</td><td>{nw(b)}</td></tr>" for a, b in meta)
    heads = "Sıra No|Mal Hizmet|Miktar|Birim Fiyat|İskonto Oranı|İskonto Tutarı|KDV Oranı|KDV Tutarı|"
    heads += "Mal Hizmet Tutarı"
    body = f"""<table class="top"><tr><td style="width:40%"><b>{vendor}</b><br>Mustafa Kemal Mah. 2124.
Cad. No: 7/3
<br>Çankaya / ANKARA<br>Tel: 0312 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}<br>
Vergi Dairesi: Çankaya<br>VKN: {rng.randint(10**9, 10**10 - 1)}<br>Ticaret Sicil No:
{rng.randint(100000, 999999)}
<hr><b>SAYIN</b><br>Marmara Lojistik Ltd. Şti.<br>Tuzla / İSTANBUL<br>Vergi Dairesi: Tuzla<br>VKN:
{rng.randint(10**9, 10**10 - 1)}</td><td class="c"><div class="gib">GİB</div><h2>e-Arşiv Fatura</h2></td>
<td><table class="meta">{mt}</table></td></tr></table>
<p><b>ETTN:</b> {rng.randint(10**7, 10**8)}-5f3a-4c2e-9b1d-{rng.randint(10**11, 10**12)}</p>
{table(heads, rows, {2, 3, 4, 5, 6, 7, 8})}
<table class="tot"><tr><td>Mal Hizmet Toplam Tutarı</td><td>{fmt(sub)} TL</td></tr><tr><td>Toplam
İskonto</td>
<td>0,00 TL</td></tr><tr><td>Hesaplanan KDV(%20)</td><td>{fmt(tax)} TL</td></tr><tr><td>Vergiler Dahil
Toplam
Tutar</td><td>{fmt(total)} TL</td></tr><tr class="b"><td>Ödenecek Tutar</td><td>{fmt(total)}
TL</td></tr></table>
<p class="note">Not: Bu satış internet üzerinden yapılmıştır. Ödeme: Havale/EFT, IBAN
TR{rng.randint(10, 99)} 0006 4000
0011 2345 6789 {rng.randint(10, 99)}</p>"""
    css = (
        ".gib{width:60px;height:60px;border-radius:30px;border:2px solid #c00;color:#c00;margin:0 auto;"
        "line-height:60px;font-weight:bold} .meta td{border:1px solid #000;font-size:8pt;padding:1px 4px}"
        " hr{border:0;border-top:1px solid #000} .items{margin-top:8px;font-size:7.5pt} .items th,.items td"
        "{border:1px solid #000} .tot{width:48%;margin:8px 0 0 auto} .tot td{border:1px solid #000}"
        " .tot td:last-child{text-align:right} .note{border:1px solid #000;padding:4px;margin-top:12px}"
    )
    html = page(body, css, "DejaVu Serif Condensed", "10mm", "tr")
    dates = (issued, f"{issued:%d-%m-%Y}"), None
    return finish("earsiv_tr", "tr", html, fmt, number, vendor, ("TRY", "TL"), dates, (sub, tax, total))


def rakhunok_ua(rng: random.Random) -> Doc:
    vendor = rng.choice(["ТОВ «Бджола Софт»", "ТОВ «Дніпро ІТ Сервіс»"])
    fmt = Num(2, " ", ",")
    cat = (
        "Послуги з технічної підтримки|Ліцензія на програмне забезпечення|"
        "Налаштування серверу|Консультаційні послуги (год)|Хостинг, 12 місяців|"
        "Розробка модуля звітності"
    )
    lines = make_lines(rng, cat, 4, 400, 28000, qmax=10)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.20"), 2)
    total = sub + tax
    issued = pick_date(rng)
    due = issued + timedelta(days=10)
    number = f"СФ-{rng.randint(100, 999):07d}"
    shown = f"{issued.day} {month(issued, 'uk')} {issued.year} р."
    rows = [
        [str(i), ln.desc, str(ln.qty), "посл.", fmt(ln.unit), fmt(ln.amount)] for i, ln in enumerate(lines, 1)
    ]
    contract = issued - timedelta(days=rng.randint(60, 200))
    body = f"""<table class="bank"><tr><td>Отримувач</td><td>{vendor}</td></tr><tr><td>IBAN</td>
<td>UA21 3052 9900 0002 6007 {rng.randint(1000, 9999)} 5{rng.randint(100, 999)}</td></tr><tr><td>Банк</td>
<td>АТ КБ «ПриватБанк», МФО 305299</td></tr><tr><td>Код за
ЄДРПОУ</td><td>4{rng.randint(1000000, 9999999)}</td></tr></table>
<h2>Рахунок на оплату № {number} від {shown}</h2>
<table class="parties"><tr><td>Постачальник:</td><td><b>{vendor}</b><br>ЄДРПОУ
4{rng.randint(1000000, 9999999)},
ІПН {rng.randint(10**11, 10**12)}<br>м. Київ, вул. Велика Васильківська, 72, тел. 044
{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}
<br>Є платником податку на прибуток на загальних підставах</td></tr><tr><td>Покупець:</td>
<td>ТОВ «Карпатська Логістика»<br>м. Львів, вул. Городоцька, 174</td></tr><tr><td>Договір:</td>
<td>№ {rng.randint(10, 99)}/{issued:%y} від {contract:%d.%m.%Y}</td></tr></table>
{table("№|Товари (роботи, послуги)|Кіл-сть|Од.|Ціна без ПДВ|Сума без ПДВ", rows, {2, 4, 5})}
<table class="tot"><tr><td>Разом без ПДВ:</td><td>{fmt(sub)}</td></tr><tr><td>ПДВ 20
%:</td><td>{fmt(tax)}</td></tr>
<tr class="b"><td>Всього із ПДВ:</td><td>{fmt(total)}</td></tr></table>
<p>Всього найменувань {len(lines)}, на суму {fmt(total)} грн.<br>У т.ч. ПДВ: {fmt(tax)} грн.</p>
<p class="b">Оплатити до: {due:%d.%m.%Y}</p><p class="sig">Виписав(ла): ____________ Бухгалтер О.
Коваленко</p>"""
    css = (
        ".bank{width:60%;font-size:8.5pt} .bank td{border:1px solid #000} h2{font-size:13pt;margin:14px 0"
        " 6px;"
        "border-bottom:2px solid #000;padding-bottom:4px} .parties"
        " td:first-child{width:18%;text-decoration:underline}"
        " .items{margin-top:8px} .items th,.items td{border:1px solid #000} .items th{background:#f4f4f4}"
        " .tot{width:45%;margin:4px 0 6px auto} .tot td:last-child{text-align:right} .sig{margin-top:30px}"
    )
    html = page(body, css, "DejaVu Sans", lang="uk")
    dates = (issued, shown), (due, f"{due:%d.%m.%Y}")
    return finish("rakhunok_ua", "uk", html, fmt, number, vendor, ("UAH", "грн"), dates, (sub, tax, total))


def racun_rs(rng: random.Random) -> Doc:
    vendor = rng.choice(["Frigo Servis d.o.o.", "Termo Klima Novi Sad d.o.o."])
    fmt = Num(2, ".", ",")
    cat = (
        "Servis klima uređaja|Zamena kompresora|Freon R32 (kg)|"
        'Izlazak servisera na teren|Bakarna cev 1/4" (m)|'
        "Čišćenje i dezinfekcija unutrašnje jedinice"
    )
    lines = make_lines(rng, cat, 5, 800, 46000, qmax=6)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.20"), 2)
    total = sub + tax
    issued = pick_date(rng)
    due = issued + timedelta(days=15)
    number = f"{rng.randint(100, 999)}/{issued.year}"
    rows = [
        [
            str(i),
            f"{rng.randint(1000, 9999)}",
            ln.desc,
            "kom",
            str(ln.qty),
            fmt(ln.unit),
            "0,00",
            fmt(ln.amount),
        ]
        for i, ln in enumerate(lines, 1)
    ]
    body = f"""<table><tr><td style="width:52%"><div
class="logo">{vendor.split()[0].upper()}</div><b>{vendor}</b><br>
Bulevar oslobođenja 112, 11000 Beograd<br>PIB: 1{rng.randint(10**7, 10**8 - 1)} &middot; MB:
2{rng.randint(10**6, 10**7 - 1)}
<br>Tekući račun: 160-00000{rng.randint(10**6, 10**7 - 1)}-{rng.randint(10, 99)} (Banca Intesa)</td>
<td><div class="kupac"><span class="small">Kupac:</span><br><b>Hotel Dunav d.o.o.</b><br>Kej oslobođenja 4,
Novi Sad<br>PIB: 10{rng.randint(10**6, 10**7 - 1)}<br>MB:
0{rng.randint(10**6, 10**7 - 1)}</div></td></tr></table>
<h2>RAČUN – OTPREMNICA br. {number}</h2>
<table class="dates"><tr><td>Mesto i datum izdavanja računa:<br><b>Beograd, {issued:%d.%m.%Y}.</b></td>
<td>Datum prometa dobara i usluga:<br><b>{issued - timedelta(days=rng.randint(1, 6)):%d.%m.%Y}.</b></td>
<td>Valuta plaćanja:<br><b>{due:%d.%m.%Y}.</b></td></tr></table>
{table("R.br.|Šifra|Naziv|J.m.|Količina|Cena bez PDV|Rabat %|Iznos bez PDV", rows, {4, 5, 6, 7})}
<table class="tot"><tr><td>Osnovica za PDV 20%</td><td>{fmt(sub)}</td></tr><tr><td>Iznos PDV 20%</td>
<td>{fmt(tax)}</td></tr><tr class="b"><td>UKUPNO ZA PLAĆANJE (RSD)</td><td>{fmt(total)}</td></tr></table>
<p>Slovima: {fmt(total)} dinara. Poziv na broj: 97 {rng.randint(10, 99)}-{number.replace("/", "-")}.</p>
<p class="small">Račun je registrovan na SEF-u, ID fakture {rng.randint(10**7, 10**8)}. Reklamacije u roku
od 8 dana.
Račun je punovažan bez pečata i potpisa.</p>
<table class="sig"><tr><td>Robu primio: ____________</td><td>Fakturisao: ____________</td></tr></table>"""
    css = (
        ".logo{font-size:16pt;font-weight:bold;color:#a0282c} .kupac{border:1px solid #a0282c;padding:6px}"
        " h2{font-size:13pt;margin:14px 0 6px;color:#a0282c} .dates td{border:1px solid #999;width:33%}"
        " .items{margin-top:10px} .items th{background:#a0282c;color:#fff;font-size:8pt} .items"
        " td{border-bottom:"
        "1px solid #ccc} .tot{width:50%;margin:10px 0 6px auto} .tot td:last-child{text-align:right}"
        " .tot .b td{border-top:2px solid #a0282c} .sig{margin-top:26px}"
    )
    html = page(body, css, "Liberation Sans", lang="sr")
    dates = (issued, f"{issued:%d.%m.%Y}."), (due, f"{due:%d.%m.%Y}.")
    return finish("racun_rs", "sr", html, fmt, number, vendor, ("RSD", "RSD"), dates, (sub, tax, total))
