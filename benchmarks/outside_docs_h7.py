"""Set H, Story layouts: Belgian autoliquidation facture, Spanish factura with discounts, Italian fattura."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from outside_common_h import (
    eu,
    issue_due,
    make_key,
    meta,
    month_name,
    pick_lines,
    r2,
    rows,
    shift,
    story_pdf,
    tax_of,
    total_of,
)
from outside_data_h import CATALOGS


def be_facture_autoliquidation(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Belgian facture to an EU customer: number in a box, written French dates, TVA 0 %, reverse charge."""
    vendor = "Wallonie Data Services SRL"
    issue, due = issue_due(rng, 30)
    wd = lambda x: f"{x.day} {month_name('fr', x)} {x.year}"  # noqa: E731
    number = f"{issue.year}/{rng.randint(10, 199):04d}"
    lines = pick_lines(
        rng,
        CATALOGS["be_facture_autoliquidation"],
        3,
        (1, 10),
    )
    sub = total_of(lines)
    e = lambda x: f"{eu(x)} €"  # noqa: E731
    comm = f"+++{rng.randint(100, 999):03d}/{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}+++"
    part7 = rows([[ln.desc, ln.qty, e(ln.unit), "0 %", e(ln.amount)] for ln in lines], "lrrrr")
    part8 = rows([["Total HTVA", e(sub)], ["TVA 0 %", e(Decimal("0.00"))]], "lr")
    body = f"""
<table><tr><td style="width:55%"><h2>{vendor}</h2><p>Rue de Fer 32<br/>5000 Namur<br/>TVA BE 0712.884.391<br/>
RPM Liège, division Namur</p></td><td style="width:45%"><p style="border:1.5px solid
#000;padding:8px;font-size:12pt">
Facture n° {number}</p><p>Date : {wd(issue)}<br/>Échéance : {wd(due)}<br/>Réf. client :
NZV-{rng.randint(100, 999)}</p>
</td></tr></table>
<p style="margin-top:16px"><b>Client</b><br/>Noordzee Verzekeringen N.V.<br/>Wijnhaven 60<br/>3011 WS
Rotterdam,
Pays-Bas<br/>N° TVA NL854127763B01</p>
<table class="b1" style="margin-top:14px"><tr><th>Description</th><th class="r">Qté</th><th class="r">Prix
unitaire HTVA
</th><th class="r">TVA</th><th class="r">Total HTVA</th></tr>
{part7}</table>
<div
style="margin-left:55%;margin-top:8px"><table>{part8}<tr class="b"><td>Total TVAC</td><td
class="r">{e(sub)}</td></tr></table></div>
<p style="margin-top:16px"><b>Autoliquidation.</b> Prestation de services intracommunautaire - TVA due par le
preneur, article 196 de la directive 2006/112/CE.</p>
<p>Paiement sur le compte IBAN BE71 0961 2345 6769 (BIC GKCCBEBB) avec la communication structurée
:<br/>{comm}</p>"""
    story_pdf(path, [body], ".b1 td, .b1 th {border: 0.5px solid #888;}")
    return make_key(
        meta("fr-BE", "be_facture_autoliquidation"),
        invoice_number=(number, number),
        date=(issue, wd(issue)),
        due_date=(due, wd(due)),
        total=(sub, e(sub)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, e(sub)),
        tax=(Decimal("0.00"), "0,00 €"),
    )


def es_factura_descuentos(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Spanish factura: header cell grid, line and prompt-payment discounts, horizontal totals row."""
    vendor = "Suministros Industriales Levante, S.L."
    issue, due = issue_due(rng, 30)
    d = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    number = f"{issue.year % 100}/A-{rng.randint(100, 999):04d}"
    lines = pick_lines(
        rng,
        CATALOGS["es_factura_descuentos"],
        5,
        (2, 30),
    )
    dtos = [Decimal(rng.choice(["0", "5", "10", "15"])) for _ in lines]
    nets = [r2(ln.amount * (100 - x) / 100) for ln, x in zip(lines, dtos, strict=True)]
    bruto = sum(nets, Decimal("0.00"))
    dpp = tax_of(bruto, "2")
    base = bruto - dpp
    iva = tax_of(base, "21")
    total = base + iva
    data = [
        [f"{rng.randint(10000, 99999)}", ln.desc, ln.qty, eu(ln.unit), eu(x) if x else "", eu(n)]
        for ln, x, n in zip(lines, dtos, nets, strict=True)
    ]
    body = f"""
<table><tr><td style="width:55%"><p class="b" style="font-size:11pt">{vendor}</p><p>Pol. Ind. Fuente del
Jarro, C/ Ciudad de Sevilla 14<br/>46988
Paterna (Valencia)<br/>CIF B98765432 - Tel. 961 340 221</p></td><td style="width:45%;border:0.5px solid #000">
<p class="small">CLIENTE</p><p>Mapfre Levante Correduría de Seguros, S.A.<br/>Avda. del Puerto 180<br/>46023
Valencia<br/>NIF A46112233</p></td></tr></table>
<p style="font-size:16pt;margin-top:12px" class="b">FACTURA</p>
<table class="g"><tr><th>Nº FACTURA</th><th>FECHA</th><th>CÓD. CLIENTE</th><th>FORMA DE
PAGO</th><th>PÁGINA</th></tr>
<tr><td>{number}</td><td>{d(issue)}</td><td>430{rng.randint(100, 999)}</td><td>Recibo domiciliado 30 días</td>
<td>1</td></tr></table>
<table class="g" style="margin-top:10px"><tr><th>CÓDIGO</th><th>DESCRIPCIÓN</th><th class="r">CANT.</th>
<th class="r">PRECIO</th><th class="r">DTO. %</th><th
class="r">IMPORTE</th></tr>{rows(data, "llrrrr")}</table>
<table class="g" style="margin-top:16px"><tr><th>IMPORTE BRUTO</th><th>DTO. P.P. 2%</th><th>BASE
IMPONIBLE</th>
<th>% IVA</th><th>CUOTA IVA</th><th>TOTAL FACTURA</th></tr><tr><td class="r">{eu(bruto)}</td><td
class="r">{eu(-dpp)}</td>
<td class="r">{eu(base)}</td><td class="r">21,00</td><td class="r">{eu(iva)}</td><td class="r b">{eu(total)}
€</td></tr>
</table>
<table class="g" style="margin-top:10px;width:50%"><tr><th>VENCIMIENTOS</th><th class="r">IMPORTE</th></tr>
<tr><td>{d(due)}</td><td class="r">{eu(total)} €</td></tr></table>
<p class="small" style="margin-top:14px">{vendor} - Domiciliación: ES91 2100 0418 4502 0005 1332. Inscrita en
el Registro
Mercantil de Valencia, Tomo 9876, Folio 54, Hoja V-112233.</p>"""
    story_pdf(
        path,
        [body],
        ".g td, .g th {border: 0.5px solid #333;} .g th {background-color: #e8e8e8; font-size: 7pt;}",
    )
    return make_key(
        meta("es-ES", "es_factura_descuentos"),
        invoice_number=(number, number),
        date=(issue, d(issue)),
        due_date=(due, d(due)),
        total=(total, eu(total)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(base, eu(base)),
        tax=(iva, eu(iva)),
    )


def it_fattura(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Courtesy copy of an e-invoice: number and written date in one title sentence, DDT and order decoys."""
    vendor = "Rinaldi Forniture Ufficio S.r.l."
    issue, due = issue_due(rng, 30)
    d = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    number = f"{rng.randint(100, 399)}/{issue.year}"
    title = f"Fattura n. {number} del {issue.day} {month_name('it', issue)} {issue.year}"
    lines = pick_lines(
        rng,
        CATALOGS["it_fattura"],
        3,
        (1, 12),
    )
    sconti = [Decimal(rng.choice(["0", "10"])) for _ in lines]
    nets = [r2(ln.amount * (100 - s) / 100) for ln, s in zip(lines, sconti, strict=True)]
    sub = sum(nets, Decimal("0.00"))
    iva = tax_of(sub, "22")
    total = sub + iva
    e = lambda x: f"€ {eu(x)}"  # noqa: E731
    data = [
        [ln.desc, ln.qty, eu(ln.unit), f"{s}%" if s else "", "22%", eu(n)]
        for ln, s, n in zip(lines, sconti, nets, strict=True)
    ]
    part1 = rows([["Imponibile", e(sub)], ["IVA 22%", e(iva)]], "lr")
    body = f"""
<table><tr><td style="width:50%"><p class="small">CEDENTE / PRESTATORE</p><p class="b">{vendor}</p><p>Via
Emilia
Ponente 118<br/>40133 Bologna (BO)<br/>P.IVA 03318840371 - C.F. 03318840371<br/>REA BO-512233</p></td>
<td style="width:50%"><p class="small">CESSIONARIO / COMMITTENTE</p><p class="b">Assicurazioni Padane
S.p.A.</p>
<p>Corso Magenta 42<br/>20123 Milano (MI)<br/>P.IVA 07112880158<br/>Cod. destinatario
M5UXCR1</p></td></tr></table>
<p style="font-size:14pt;margin-top:18px;border-bottom:1px solid #2a6;padding-bottom:4px">{title}</p>
<p class="small">Copia di cortesia - il documento valido ai fini fiscali è il file XML trasmesso tramite
SdI.</p>
<p>Rif. DDT n. {rng.randint(40, 99)} del {d(shift(issue, -rng.randint(3, 8)))} - Vs. ordine n.
45{rng.randint(10000000, 99999999)} del {d(shift(issue, -rng.randint(15, 25)))}</p>
<table class="f" style="margin-top:8px"><tr><th>Descrizione</th><th class="r">Q.tà</th><th
class="r">Prezzo</th>
<th class="r">Sconto</th><th class="r">IVA</th><th class="r">Importo</th></tr>{rows(data, "lrrrrr")}</table>
<table style="margin-top:12px"><tr><td style="width:50%"><table class="f"><tr><th>Scadenze</th><th
class="r">Importo
</th></tr><tr><td>{d(due)} - Bonifico</td><td class="r">{e(total)}</td></tr></table><p class="small">IBAN IT60
X054
2811 1010 0000 0123 456</p></td><td
style="width:50%"><table>{part1}
<tr class="b"><td>Totale documento</td><td class="r">{e(total)}</td></tr></table></td></tr></table>"""
    css = (
        "body {font-family: DejaVuSerif; font-size: 8.5pt;} .f th {background-color: #e3f1ea;} "
        ".f td {border-bottom: 0.4px solid #ccc;}"
    )
    story_pdf(path, [body], css)
    return make_key(
        meta("it-IT", "it_fattura"),
        invoice_number=(number, number),
        date=(issue, title.split(" del ")[1]),
        due_date=(due, d(due)),
        total=(total, e(total)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, e(sub)),
        tax=(iva, e(iva)),
    )


DOCS = [be_facture_autoliquidation, es_factura_descuentos, it_fattura]
