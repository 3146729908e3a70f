"""Set I layouts: Catalonia (factura, advance payment), Iceland (reikningur, gjalddagi and
eindagi), Luxembourg (facture, two VAT rates, window envelope) and Ticino (fattura with a QR-bill)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_i import (
    Doc,
    Num,
    ca_date,
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


def factura_ca(rng: random.Random) -> Doc:
    vendor = rng.choice(["Estudi Gràfic Mediterrani, S.L.", "Taller de Disseny Montseny, S.L."])
    fmt = Num(2, ".", ",")
    cat = (
        "Disseny d'identitat corporativa|Maquetació de catàleg (pàgina)|"
        "Fotografia de producte (sessió)|Impressió de fullets (1.000 u.)|"
        "Adaptació per a xarxes socials|Revisió lingüística"
    )
    lines = make_lines(rng, cat, 4, 60, 3800, step="0.50", qmax=12)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.21"), 2)
    total = sub + tax
    adv = q(total * Decimal("0.3"), -1)
    issued = pick_date(rng, 1, 12)
    due = issued + timedelta(days=30)
    number = f"A-{issued.year}/{rng.randint(100, 999):04d}"
    rows = [[ln.desc, str(ln.qty), f"{fmt(ln.unit)} €", f"{fmt(ln.amount)} €"] for ln in lines]
    body = f"""<p class="r">Barcelona, {ca_date(issued)}</p>
<table class="cards"><tr><td><span>Factura núm.</span><br><b>{nw(number)}</b></td><td><span>Data</span><br>
<b>{issued:%d/%m/%Y}</b></td><td><span>Venciment</span><br><b>{due:%d/%m/%Y}</b></td><td><span>Comanda</span><br>
<b>C-{rng.randint(1000, 9999)}</b></td></tr></table>
<table class="parties"><tr><td><h3>Emissor</h3><b>{vendor}</b><br>NIF B-{rng.randint(10**7, 10**8 - 1)}<br>
Carrer de Pujades, 77, 08005 Barcelona</td><td><h3>Client</h3>Celler Can Roca del Penedès, S.A.<br>NIF
A-{rng.randint(10**7, 10**8 - 1)}<br>Plaça de la Vila, 3, 08720 Vilafranca del Penedès</td></tr></table>
{table("Concepte|Quantitat|Preu|Import", rows, {1, 2, 3})}
<table class="low"><tr><td class="totbox"><table><tr><td>Base imposable</td><td class="r">{fmt(sub)}
€</td></tr>
<tr><td>IVA 21%</td><td class="r">{fmt(tax)} €</td></tr><tr class="b"><td>Total factura</td><td class="r">
{fmt(total)} €</td></tr></table></td><td class="pay">Forma de pagament: transferència bancària<br>IBAN ES76
2100
0813 61 020{rng.randint(1000000, 9999999)}<br>Lliurament a compte rebut: {fmt(adv)} €<br><b>Pendent de
pagament:
{fmt(total - adv)} €</b></td></tr></table>
<p class="small">Inscrita al Registre Mercantil de Barcelona, tom {rng.randint(40000, 49999)}, foli 12, full
B-{rng.randint(100000, 999999)}.
D'acord amb el RGPD, les seves dades es tracten per a la gestió de la facturació.</p>"""
    css = (
        ".cards{border-spacing:8px 0;border-collapse:separate;margin:6px 0 14px} .cards"
        " td{background:#f3ede4;"
        "border-left:4px solid #c2571a;padding:6px 10px} .cards span{font-size:8pt;color:#7a6a55}"
        " .parties h3{font-size:9pt;color:#c2571a;text-transform:uppercase} .parties td{width:50%}"
        " .items{margin-top:12px} .items th{border-bottom:1px solid #c2571a;color:#c2571a}"
        " .items td{border-bottom:1px solid #eee} .low{margin-top:14px} .totbox{width:45%;border:2px solid"
        " #c2571a} .pay{padding-left:20px!important;font-size:8.5pt}"
    )
    html = page(body, css, "Liberation Serif", lang="ca")
    dates = (issued, ca_date(issued)), (due, f"{due:%d/%m/%Y}")
    return finish("factura_ca", "ca", html, fmt, number, vendor, ("EUR", "€"), dates, (sub, tax, total))


def reikningur_is(rng: random.Random) -> Doc:
    vendor = rng.choice(["Norðurljós Hugbúnaður ehf.", "Hekla Tækni ehf."])
    fmt = Num(0, ".", ",")
    cat = (
        "Hýsing vefþjóns (mánuður)|Forritun - útseld vinna (klst.)|"
        "Leyfi fyrir bókhaldskerfi|Ráðgjöf (klst.)|Uppsetning á netbúnaði|"
        "Afritunarþjónusta"
    )
    lines = make_lines(rng, cat, 4, 1500, 185000, step="10", qmax=12)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.24"), 0)
    total = sub + tax
    issued = pick_date(rng)
    due = issued + timedelta(days=14)
    final = due + timedelta(days=10)
    number = str(rng.randint(10000, 19999))
    rows = [
        [f"V-{rng.randint(100, 999)}", ln.desc, str(ln.qty), fmt(ln.unit), "0", fmt(ln.amount)]
        for ln in lines
    ]
    body = f"""<table><tr><td><h1>Reikningur</h1><p class="big">nr. {number}</p></td><td
class="r"><b>{vendor}</b><br>
Borgartúni 27, 105 Reykjavík<br>Kt. 5{rng.randint(10**8, 10**9 - 1)}<br>VSK-nr.
{rng.randint(100000, 999999)}</td></tr>
</table><table class="sum"><tr><td>Til greiðslu<br><span class="amt">{fmt(total)} kr.</span></td>
<td>Gjalddagi<br><b>{due:%d.%m.%Y}</b></td><td>Eindagi<br><b>{final:%d.%m.%Y}</b></td></tr></table>
<table class="meta"><tr><td>Viðskiptavinur:<br><b>Hafnarfjarðarhöfn</b><br>Kt.
6{rng.randint(10**8, 10**9 - 1)}
<br>Óseyrarbraut 4, 220 Hafnarfirði</td><td>Dagsetning: {issued:%d.%m.%Y}<br>Viðskiptamannanúmer:
{rng.randint(1000, 9999)}<br>Pöntun: {rng.randint(100, 999)}-B<br>Tímabil:
1.{issued.month}.–{issued.day - 1}.{issued.month}.
{issued.year}</td></tr></table>
{table("Vörunúmer|Lýsing|Magn|Einingarverð|Afsl. %|Upphæð", rows, {2, 3, 4, 5})}
<table class="tot"><tr><td>Samtals án VSK</td><td>{fmt(sub)}</td></tr><tr><td>VSK
24%</td><td>{fmt(tax)}</td></tr>
<tr class="b"><td>Samtals með VSK</td><td>{fmt(total)} kr.</td></tr></table>
<p class="small">Greiðsluseðill hefur verið stofnaður í netbanka: banki
0133-66-{rng.randint(100000, 999999)}.
Dráttarvextir reiknast frá gjalddaga ef greitt er eftir eindaga.</p>"""
    css = (
        "h1{font-size:26pt;font-weight:300} .big{font-size:13pt} .sum{margin:14px 0;background:#eaf1f6}"
        " .sum td{padding:8px 10px;width:33%} .amt{font-size:15pt;font-weight:bold} .meta td{width:50%}"
        " .items{margin-top:12px} .items th{border-bottom:1px solid #000;font-weight:normal;color:#555}"
        " .items td{border-bottom:1px solid #eee} .tot{width:40%;margin:10px 0 10px auto}"
        " .tot td:last-child{text-align:right}"
    )
    html = page(body, css, "DejaVu Sans", "16mm", "is")
    dates = (issued, f"{issued:%d.%m.%Y}"), (due, f"{due:%d.%m.%Y}")
    return finish("reikningur_is", "is", html, fmt, number, vendor, ("ISK", "kr."), dates, (sub, tax, total))


def facture_lu(rng: random.Random) -> Doc:
    vendor = rng.choice(["Moselle Formation S.à r.l.", "Librairie Ardennaise S.A."])
    fmt = Num(2, ".", ",")
    services = make_lines(
        rng,
        ("Formation Excel avancé (jour)|Coaching individuel (heure)|Atelier gestion de projet"),
        2,
        180,
        1900,
        qmax=4,
    )
    books = make_lines(
        rng,
        "Manuel « Gestion de projet »|Guide pratique de la TVA|Recueil d'exercices",
        2,
        18,
        64,
        step="0.10",
        qmax=15,
    )
    b17, b3 = total_of(services), total_of(books)
    t17, t3 = q(b17 * Decimal("0.17"), 2), q(b3 * Decimal("0.03"), 2)
    sub, tax = b17 + b3, t17 + t3
    total = sub + tax
    dep = q(total / 2, 0)
    issued = pick_date(rng, months=(1, 11))
    due = issued + timedelta(days=30)
    number = f"FA-{issued.year}-{rng.randint(100, 999):04d}"
    shown = f"{issued.day} {month(issued, 'fr')} {issued.year}"
    rows = [
        [ln.desc, str(ln.qty), fmt(ln.unit), rate, fmt(ln.amount)]
        for ln, rate in [(s, "17 %") for s in services] + [(b, "3 %") for b in books]
    ]
    recap = table(
        "Taux|Base HTVA|TVA|TTC",
        [
            ["3 %", fmt(b3), fmt(t3), fmt(b3 + t3)],
            ["17 %", fmt(b17), fmt(t17), fmt(b17 + t17)],
            ["Total", fmt(sub), fmt(tax), fmt(total)],
        ],
        {1, 2, 3},
        "recap",
    )
    body = f"""<table class="env"><tr><td style="width:58%"><p class="ret">{vendor} &middot; 8, rue de
l'Alzette &middot;
L-4011 Esch-sur-Alzette</p><p>Fiduciaire Kirchberg S.A.<br>Service comptabilité<br>15, avenue J.F.
Kennedy<br>
L-1855 Luxembourg</p></td><td class="side"><b>{vendor}</b><br>8, rue de l'Alzette<br>L-4011
Esch-sur-Alzette<br>
N° TVA : LU{rng.randint(10**7, 10**8 - 1)}<br>RCS Luxembourg B{rng.randint(100000, 299999)}<br>
Matricule : 2015 24{rng.randint(10000, 99999)}</td></tr></table>
<p class="r">Esch-sur-Alzette, le {shown}</p><h2>Facture n° {number}</h2>
<p>Votre référence : BC-{rng.randint(1000, 9999)} &middot; N° client : {rng.randint(10000, 99999)} &middot;
Date de
livraison : {issued - timedelta(days=2):%d/%m/%Y}</p>
{table("Désignation|Qté|P.U. HTVA (€)|TVA|Montant HTVA (€)", rows, {1, 2, 3, 4})}
<table class="low"><tr><td style="width:52%">{recap}</td><td><table class="tot"><tr><td>Total HTVA</td>
<td>{fmt(sub)} €</td></tr><tr><td>TVA 3 %</td><td>{fmt(t3)} €</td></tr><tr><td>TVA 17 %</td><td>{fmt(t17)}
€</td>
</tr><tr class="b"><td>Total TTC</td><td>{fmt(total)} €</td></tr><tr><td>Acompte versé le
{issued - timedelta(days=20):%d/%m/%Y}
</td><td>- {fmt(dep)} €</td></tr><tr class="b"><td>Solde à payer</td><td>{fmt(total - dep)}
€</td></tr></table></td></tr>
</table><p>Échéance : {due:%d/%m/%Y} &middot; IBAN LU28 0019 4006 {rng.randint(1000, 9999)} 4000 &middot;
BIC BCEELULL</p>"""
    css = (
        ".env{height:52mm} .ret{font-size:7pt;text-decoration:underline;margin-top:18mm}"
        " .side{font-size:8.5pt;"
        "border-left:2px solid #555} h2{font-size:14pt;margin:10px 0 4px} .items{margin-top:10px} .items th{"
        "background:#555;color:#fff} .items td{border-bottom:1px solid #ddd} .low{margin-top:12px}"
        " .recap td,.recap th{border:1px solid #aaa;font-size:8pt} .tot td:last-child{text-align:right}"
    )
    html = page(body, css, "DejaVu Serif", "12mm 16mm", "fr")
    dates = (issued, shown), (due, f"{due:%d/%m/%Y}")
    return finish("facture_lu", "fr", html, fmt, number, vendor, ("EUR", "€"), dates, (sub, tax, total))


def fattura_ch(rng: random.Random) -> Doc:
    vendor = rng.choice(["Ticino Servizi Informatici SA", "Verzasca Informatica Sagl"])
    fmt, qrf = Num(2, "'", "."), Num(2, " ", ".")
    cat = (
        "Manutenzione rete aziendale|Licenza antivirus (anno)|"
        "Intervento tecnico in sede (ora)|Switch 24 porte|Configurazione firewall|"
        "Backup in cloud (mese)"
    )
    lines = make_lines(rng, cat, 4, 45, 2900, step="0.05", qmax=8)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.081"), 2)
    total = q(q((sub + tax) * 20, 0) / 20, 2)  # Swiss cash rounding to 5 centimes
    rounding = total - sub - tax
    issued = pick_date(rng)
    number = f"{issued.year}-{rng.randint(100, 999)}"
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for ln in lines]
    ref = (
        f"21 00000 00003 {rng.randint(10000, 99999)} {rng.randint(10000, 99999)} {rng.randint(10000, 99999)}"
    )
    body = f"""<table><tr><td style="width:55%"><p class="env">Studio Legale Bernasconi<br>Via Nassa
21<br>6900 Lugano
</p></td><td class="r"><b>{vendor}</b><br>Via Cantonale 18<br>6814 Lamone<br>IVA
CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} IVA
</td></tr></table><h2>Fattura n. {number}</h2>
<p>Data: {issued:%d.%m.%Y} &nbsp;&middot;&nbsp; Cliente n. {rng.randint(10000, 99999)} &nbsp;&middot;&nbsp;
Vostro ordine del {issued - timedelta(days=rng.randint(10, 30)):%d.%m.%Y}</p>
{table("Descrizione|Quantità|Prezzo CHF|Importo CHF", rows, {1, 2, 3})}
<table class="tot"><tr><td>Totale imponibile</td><td>{fmt(sub)}</td></tr><tr><td>IVA 8,1
%</td><td>{fmt(tax)}</td></tr>
<tr><td>Arrotondamento</td><td>{fmt(rounding)}</td></tr><tr class="b"><td>Totale fattura
CHF</td><td>{fmt(total)}</td>
</tr></table><p>Condizioni di pagamento: 30 giorni netto. Grazie per la fiducia.</p>
<div class="qr"><table><tr><td class="rc"><h3>Ricevuta</h3><b>Conto / Pagabile a</b><br>CH44 3199 9123 0008
8901 2
<br>{vendor}<br>6814 Lamone<br><b>Riferimento</b><br>{ref}<br><b>Valuta</b> CHF &nbsp; <b>Importo</b>
{qrf(total)}</td>
<td class="ps"><h3>Sezione pagamento</h3><div class="code"></div><b>Valuta</b>
CHF<br><b>Importo</b><br>{qrf(total)}</td>
<td><b>Conto / Pagabile a</b><br>CH44 3199 9123 0008 8901 2<br>{vendor}<br><b>Riferimento</b><br>{ref}<br>
<b>Informazioni supplementari</b><br>Fattura {number}<br><b>Pagabile da</b><br>Studio Legale Bernasconi,
Lugano</td>
</tr></table></div>"""
    css = (
        ".env{margin-top:14mm} h2{margin:14px 0 4px;font-size:13pt} .items{margin-top:10px} .items th{"
        "border-bottom:1px solid #000} .items td{border-bottom:1px solid #e5e5e5} .tot{width:42%;margin:8px"
        " 0 8px"
        " auto} .tot td:last-child{text-align:right} .tot .b td{border-top:1px solid #000;border-bottom:3px"
        " double"
        " #000} .qr{position:fixed;bottom:0;left:0;right:0;height:100mm;border-top:1px dashed"
        " #000;font-size:8pt}"
        " h3{font-size:10pt;margin-bottom:6px} .rc{width:30%;border-right:1px dashed #000} .ps{width:28%}"
        " .code{width:44mm;height:44mm;border:1px solid #000;margin:6px"
        " 0;background:repeating-linear-gradient("
        "45deg,#000 0 2px,#fff 2px 5px)}"
    )
    html = page(body, css, "Liberation Sans", "12mm 12mm 0 12mm", "it")
    dates = (issued, f"{issued:%d.%m.%Y}"), None
    return finish(
        "fattura_ch", "it", html, fmt, number, vendor, ("CHF", "CHF"), dates, (sub, tax, total), rounding
    )
