"""Set N, cases 23-24: a Finnish lasku scanned together with the cover e-mail printed on top of it (image-only
PDF), and a Mexican CFDI printed representation whose page the PDF turns upside down (/Rotate 180)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

import numpy as np

from outside_common_n import SPACE, US, Built, Inv, Shown, by_rate, digits, fdate, make_key, pct, pick_items
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import ABARROTES, SAHKO
from outside_html_n import block, esc, page, rows, weasy
from outside_scan_n import images_pdf, merge, render, scan


def n23_fi_scan_cover(rng: random.Random) -> Built:
    issued = pick_date(rng)
    items = pick_items(rng, SAHKO[:1], 1, (4, 6, 8, 12, 16), Decimal("25.5"))
    items += pick_items(rng, SAHKO[1:], 3, (1, 2, 3, 6), Decimal("25.5"))
    for it in items:
        it.unit = "h" if "työ" in it.desc else "kpl"
    inv = Inv(
        f"{issued.year}{rng.randint(1000, 1999)}",
        issued,
        issued + timedelta(days=14),
        "EUR",
        "Pohjolan Sähköasennus Oy",
        items,
    )
    inv.taxes = [("ALV 25,5 %", by_rate(items)[0][2])]
    labour = sum((i.net for i in items if "työ" in i.desc), Decimal(0))
    ref = f"{rng.randint(1000, 9999)} {rng.randint(10000, 99999)}"
    p: Shown = {}
    fi = "{d}.{m}.{yyyy}"

    def eur(x: Decimal) -> str:
        return SPACE(x) + " €"

    meta = [
        ["Laskun numero", put(p, "invoice_number", "Laskun numero", inv.number)],
        ["Laskun päivämäärä", put(p, "date", "Laskun päivämäärä", fdate(issued, fi))],
        ["Eräpäivä", put(p, "due_date", "Eräpäivä", fdate(inv.due, fi))],
        ["Asiakasnumero", digits(rng, 5)],
        ["Viitteenne", f"Tilaus {digits(rng, 4)}"],
        ["Viitenumero", ref],
        ["Maksuehto", "14 pv netto"],
        ["Viivästyskorko", "11,5 %"],
        ["Huomautusaika", "8 pv"],
    ]
    lines = [[i.desc, SPACE(i.qty, 0), i.unit, SPACE(i.price), pct(i.rate), SPACE(i.net)] for i in items]
    sums = [
        ["Veroton yhteensä", put(p, "subtotal", "Veroton yhteensä", eur(inv.subtotal))],
        ["ALV 25,5 %", put(p, "tax", "ALV 25,5 %", eur(inv.tax))],
        ["Yhteensä", put(p, "total", "Yhteensä", eur(inv.total))],
    ]
    put(p, "currency", "", "€")
    put(p, "vendor_name", "", inv.vendor)
    barcode = f"4{digits(rng, 53)}"
    body = f"""<div class="hd"><div class="logo">POHJOLAN<br>SÄHKÖASENNUS</div><h1>LASKU</h1></div>
<div class="row">{
        block(["As Oy Oulun Rantakoivu", "c/o Isännöinti Kallio", "Hallituskatu 22 B", "90100 Oulu"])
    }{rows(meta, "meta", align="ll")}</div>
{rows(lines, "items", ["Kuvaus", "Määrä", "Yks.", "À-hinta", "Alv %", "Yhteensä"], "lrlrrr")}
{rows(sums, "sums", align="lr")}
<p class="small">Kotitalousvähennykseen oikeuttava työn osuus (sis. alv): {eur(labour * Decimal("1.255"))}</p>
<div class="giro"><table><tr><td class="l">Saajan tilinumero</td><td>FI21 1234 5600 0007 85 &nbsp;
NDEAFIHH</td>
</tr><tr><td class="l">Saaja</td><td>{esc(inv.vendor)}, Teknologiantie 8, 90590 Oulu</td></tr>
<tr><td class="l">Maksaja</td><td>As Oy Oulun Rantakoivu</td></tr><tr><td class="l">Viitenro</td><td>{
        ref
    }</td>
</tr><tr><td class="l">Eräpäivä</td><td>{fdate(inv.due, fi)} &nbsp;&nbsp; Euro {SPACE(inv.total)}</td></tr>
</table><div class="bar">{barcode}</div></div>
<div class="foot">{esc(inv.vendor)} &middot; Y-tunnus 2345678-9 &middot; ALV rek. &middot; Kotipaikka Oulu
&middot; laskutus@pohjolansahko.fi</div>"""
    css = """.hd { display: flex; justify-content: space-between; } .logo { font: bold 15pt 'URW Gothic';
 color: #024; } h1 { font-size: 20pt; letter-spacing: 4px; margin: 0; } .row { display: flex;
 justify-content: space-between; margin: 8mm 0; } .meta td { padding: 1px 6px; font-size: 8.5pt; }
.items { width: 100%; } .items th { border-bottom: 1px solid #000; } .sums { margin-left: auto; }
.sums tr:last-child td { font-weight: bold; border-top: 1px solid #000; } .giro { position: absolute;
 bottom: 12mm; width: 100%; border-top: 2px solid #000; font-size: 8.5pt; } .giro .l { width: 35mm;
 font-size: 7pt; border-right: 1px solid #000; } .giro td { border-bottom: 1px solid #000; }
.bar { font: 7pt 'Liberation Mono'; margin-top: 2mm; letter-spacing: 1px; } .foot { position: absolute;
 bottom: 0; font-size: 7pt; }"""
    source = weasy(page(body, css, lang="fi"))
    sent = issued + timedelta(days=rng.randint(1, 3))
    mail = rows(
        [
            ["Lähettäjä:", "Pohjolan Sähköasennus / laskutus <laskutus@pohjolansahko.fi>"],
            ["Lähetetty:", fdate(sent, "{wd} {d}. {month} {yyyy}", "fi") + " 8.14"],
            ["Vastaanottaja:", "ostoreskontra@isannointikallio.fi"],
            ["Aihe:", f"Lasku {inv.number} / As Oy Oulun Rantakoivu"],
            ["Liitteet:", f"lasku_{inv.number}.pdf"],
        ],
        "hdr",
    )
    cover = f"""<p class="who">Kallio Isännöinti &ndash; Tiina Mäkelä</p><hr>{mail}<hr>
<p>Hei,</p><p>liitteenä lasku {esc(inv.number)} porrashuoneiden valaistuksen uusimisesta. Laskun summa on
{eur(inv.total)}, josta kotitalousvähennykseen oikeuttavaa työtä on {eur(labour * Decimal("1.255"))}.</p>
<p>Pyydämme käyttämään maksaessa viitenumeroa {ref}.</p><p>Ystävällisin terveisin<br>Jari Niskanen<br>
Pohjolan Sähköasennus Oy<br>puh. 040 718 2290</p>"""
    cover_pdf = weasy(
        page(cover, ".who { font-weight: bold; } .hdr td:first-child { width: 32mm; }", pt=10.5, lang="fi")
    )
    nrng = np.random.default_rng(rng.getrandbits(32))
    pages = [
        scan(img, nrng, angle=a, noise=6, blur=0.8)
        for img, a in zip(render(cover_pdf, 200) + render(source, 200), (0.4, -1.2), strict=True)
    ]
    key = make_key(
        inv,
        lang="fi-FI",
        template="fi-sahko-skannattu-saate",
        producer="weasyprint+scan",
        case="scanned image-only PDF: printed cover e-mail (sent date, reference number) then the lasku;"
        " viitenumero, bank giro part with barcode digits, household-deduction amount as decoys",
    )
    return Built("n23_fi_scan_cover", "pdf", images_pdf(pages, 200), key, source, p)


def n24_mx_rot180(rng: random.Random) -> Built:
    issued = pick_date(rng)
    chosen = rng.sample(ABARROTES, 4)
    items = pick_items(rng, [(d, lo, hi) for _, _, d, lo, hi in chosen], 4, (5, 10, 20, 40, 60), Decimal(16))
    codes = {d: (c, u) for c, u, d, _, _ in chosen}
    inv = Inv(
        f"A-{rng.randint(1500, 4999)}", issued, None, "MXN", "Comercializadora del Bajío, S.A. de C.V.", items
    )
    inv.taxes = [("IVA Trasladado 16%", by_rate(items)[0][2])]
    p: Shown = {}
    stamp = (
        f"{fdate(issued, '{yyyy}-{mm}-{dd}')}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}"
    )
    certified = fdate(issued + timedelta(days=1), "{yyyy}-{mm}-{dd}") + "T09:02:41"
    folio_fiscal = str(uuid.UUID(int=rng.getrandbits(128))).upper()
    meta = [
        ["Folio", put(p, "invoice_number", "Folio", inv.number)],
        ["Folio fiscal (UUID)", folio_fiscal],
        ["Fecha de emisión", put(p, "date", "Fecha de emisión", stamp)],
        ["Fecha de certificación", certified],
        ["Lugar de expedición", "37000"],
        ["No. de serie del CSD", f"0000100000051{digits(rng, 7)}"],
    ]
    lines = [
        [codes[i.desc][0], f"{i.qty:.0f}", codes[i.desc][1], i.desc, US(i.price), US(i.net)] for i in items
    ]
    sums = [
        ["Subtotal", put(p, "subtotal", "Subtotal", "$" + US(inv.subtotal))],
        ["IVA Trasladado 16%", put(p, "tax", "IVA Trasladado 16%", "$" + US(inv.tax))],
        ["Total", put(p, "total", "Total", "$" + US(inv.total))],
    ]
    put(p, "currency", "", "MXN")
    put(p, "vendor_name", "", inv.vendor)
    seal = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(340)
    )
    body = f"""<div class="hd"><div><div class="logo">COBA</div><b>{esc(inv.vendor)}</b><br>RFC: CBA0102037X1
<br>Régimen fiscal: 601 General de Ley Personas Morales<br>Blvd. Adolfo López Mateos 2210 Ote., León,
Gto.</div>
<div><h1>FACTURA</h1>{rows(meta, "meta", align="ll")}</div></div>
<div class="rec"><b>Receptor:</b> Abarrotes La Esperanza de Silao, S.A. de C.V. &middot; RFC AES980512KT3
&middot;
Uso CFDI: G03 Gastos en general &middot; Domicilio fiscal 36100 &middot; Régimen 601</div>
{
        rows(
            lines,
            "items",
            ["Clave prod./serv.", "Cantidad", "Clave unidad", "Descripción", "Valor unitario", "Importe"],
            "lrllrr",
        )
    }
<div class="end"><div class="small">Moneda: MXN Peso Mexicano &middot; Forma de pago: 99 Por definir<br>
Método de pago: PPD Pago en parcialidades o diferido<br>Condiciones de pago: Crédito 30 días<br>
Pedido: {digits(rng, 6)} &middot; Remisión: R-{digits(rng, 5)}</div>{rows(sums, "sums", align="lr")}</div>
<div class="seal"><b>Sello digital del CFDI:</b><br>{seal[:170]}<br><b>Sello del SAT:</b><br>{seal[170:]}<br>
<b>Cadena original del complemento de certificación digital del SAT:</b><br>||1.1|{folio_fiscal}|{certified}|
SAT970701NN3||</div><p class="c small">Este documento es una representación impresa de un CFDI 4.0</p>"""
    css = """.hd { display: flex; justify-content: space-between; } .logo { font: bold 26pt 'URW Gothic';
 color: #8b1a1a; } h1 { text-align: right; color: #8b1a1a; margin: 0; } .meta td { font-size: 8pt;
 border-bottom: 1px solid #eee; } .rec { margin: 5mm 0; padding: 3mm; background: #f3eded; font-size: 8.5pt; }
.items { width: 100%; } .items th { background: #8b1a1a; color: white; font-size: 8pt; } .items td {
 border-bottom: 1px solid #ddd; } .end { display: flex; justify-content: space-between; margin-top: 4mm; }
.sums tr:last-child td { font-weight: bold; border-top: 1px solid #000; } .seal { font: 6.5pt
'Liberation Mono';
 word-break: break-all; margin-top: 8mm; }"""
    source = weasy(page(body, css, lang="es-MX"))
    key = make_key(
        inv,
        lang="es-MX",
        template="mx-cfdi-representacion-impresa",
        producer="weasyprint",
        case="the PDF page carries /Rotate 180 (prints upside down); folio fiscal UUID, certification "
        "date-time, CSD serial, seals and pedido/remisión as decoys; credit terms only, no due date",
    )
    return Built("n24_mx_rot180", "pdf", merge([source], {0: 180}), key, source, p)


CASES = [n23_fi_scan_cover, n24_mx_rot180]
