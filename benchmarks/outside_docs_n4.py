"""Set N, cases 7-8: an Italian fattura whose first page is digital and whose second page (with the totals)
was scanned in, and a Spanish factura scanned into a PDF with a received stamp and a pen note."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

import numpy as np

from outside_common_n import EU, Built, Inv, Shown, by_rate, digits, fdate, make_key, pick_items
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import FERRAMENTA, MATERIAL
from outside_html_n import block, esc, page, rows, weasy
from outside_scan_n import handwrite, images_pdf, merge, render, scan, select, stamp


def n07_it_mixed(rng: random.Random) -> Built:
    issued = pick_date(rng)
    items = pick_items(rng, FERRAMENTA, 19, (1, 2, 3, 5, 6, 10, 12, 20, 24), Decimal(22))
    inv = Inv(
        f"{rng.randint(120, 890)}/{issued.year}",
        issued,
        issued + timedelta(days=30),
        "EUR",
        "Ferramenta Bellandi S.r.l.",
        items,
    )
    inv.taxes = [("IVA 22%", by_rate(items)[0][2])]
    ddt = f"{rng.randint(300, 999)}"
    p: Shown = {}
    it_date = "{dd}/{mm}/{yyyy}"
    put(p, "invoice_number", "Numero", inv.number)
    put(p, "date", "Data", fdate(issued, it_date))

    def table(part: list) -> str:
        data = [
            [f"{rng.randint(10000, 99999)}", i.desc, EU(i.qty, 0), "PZ", EU(i.price), "22", EU(i.net)]
            for i in part
        ]
        return rows(
            data, "items", ["Codice", "Descrizione", "Q.tà", "U.M.", "Prezzo", "IVA", "Importo"], "llrlrcr"
        )

    head = f"""<div class="hd"><div class="logo">BELLANDI<small>ferramenta · utensileria · dal
1964</small></div>
{
        block(
            [
                inv.vendor,
                "Via Pistoiese 318",
                "59100 Prato (PO)",
                "P.IVA IT02345670974 - C.F. 02345670974",
                "Tel. 0574 592 118 - PEC bellandi@pec.it",
            ],
            "ced",
            "Cedente / prestatore",
        )
    }</div>"""
    page1 = f"""{head}
<div class="row">{
        block(
            [
                "Edilcasa Toscana S.r.l.",
                "Viale della Repubblica 77",
                "59100 Prato (PO)",
                "P.IVA IT01987650973",
                "Codice destinatario M5UXCR1",
            ],
            "ces",
            "Cessionario / committente",
        )
    }
{
        rows(
            [
                ["Tipo documento", "TD01 Fattura"],
                ["Numero", inv.number],
                ["Data", fdate(issued, it_date)],
                ["Cod. cliente", f"{digits(rng, 4)}"],
                ["Vs. ordine", f"ORD-{digits(rng, 5)} del {fdate(issued - timedelta(days=12), it_date)}"],
            ],
            "doc",
            align="lr",
        )
    }</div>
<p class="small">Rif. DDT n. {ddt} del {fdate(issued - timedelta(days=3), it_date)}</p>
{table(items[:14])}<p class="r small">segue &rarr;</p>"""
    riepilogo = rows(
        [
            [
                "22,00",
                put(p, "subtotal", "Totale imponibile", EU(inv.subtotal)),
                put(p, "tax", "Totale IVA", EU(inv.tax)),
                "Vendite",
            ]
        ],
        "riep",
        ["Aliquota IVA %", "Totale imponibile", "Totale IVA", "Esigibilità"],
        "crrl",
    )
    total = put(p, "total", "Totale documento", EU(inv.total))
    due = put(p, "due_date", "Scadenza", fdate(inv.due, it_date))
    put(p, "currency", "", "EUR")
    put(p, "vendor_name", "", inv.vendor)
    page2 = f"""<div class="brk"></div>{head}
<p class="b">Fattura n. {esc(inv.number)} del {fdate(issued, it_date)} &ndash; pagina 2 di 2</p>
{table(items[14:])}
<h3>Riepilogo IVA</h3>{riepilogo}
<table class="tot"><tr><td>Totale documento EUR</td><td class="r">{total}</td></tr></table>
{
        rows(
            [["MP05 Bonifico", due, EU(inv.total), "IT60 X054 2811 1010 0000 0123 456"]],
            "pay",
            ["Modalità pagamento", "Scadenza", "Importo", "IBAN"],
            "llrl",
        )
    }
<p class="small">Contributo CONAI assolto ove dovuto. Documento privo di valenza fiscale ai sensi dell'art. 21
DPR 633/72: l'originale è disponibile all'indirizzo telematico da Lei fornito.</p>"""
    css = """.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #00703c; }
.logo { font: bold 24pt 'URW Bookman'; color: #00703c; } .logo small { display: block; font-size: 8pt;
 color: #333; font-weight: normal; } .bt { font-size: 7pt; text-transform: uppercase; color: #00703c; }
.ced, .ces { font-size: 8.5pt; } .row { display: flex; justify-content: space-between; margin-top: 5mm; }
.doc { border: 1px solid #00703c; font-size: 8.5pt; } .doc td:first-child { color: #555; }
.items { width: 100%; font-size: 8.5pt; } .items th { background: #00703c; color: white; }
.items td { border-bottom: 1px solid #e0e0e0; padding: 3px 5px; }
.riep, .pay { width: 100%; border: 1px solid #999; } .riep th, .pay th { background: #eee; font-size: 8pt; }
.tot { margin: 4mm 0 4mm auto; font-size: 12pt; font-weight: bold; border: 2px solid #00703c; }"""
    source = weasy(page(page1 + page2, css, lang="it"))
    nrng = np.random.default_rng(rng.getrandbits(32))
    scanned = scan(render(source, 200, [1])[0], nrng, angle=-0.7, noise=6, blur=0.6)
    data = merge([select(source, [0]), images_pdf([scanned], 200)])
    key = make_key(
        inv,
        lang="it-IT",
        template="it-fattura-cortesia-mista",
        producer="weasyprint+scan",
        case="page 1 digital, page 2 (riepilogo IVA, Totale documento, Scadenza) a scanned image; "
        "DDT and ordine numbers and dates",
    )
    return Built("n07_it_mixed", "pdf", data, key, source, p)


def n08_es_scan_stamp(rng: random.Random) -> Built:
    from outside_common_n import Item

    issued = pick_date(rng)
    items = [
        Item(
            d,
            Decimal(rng.choice((2, 4, 5, 10, 20, 25))),
            Decimal(rng.randint(lo * 100, hi * 100)) / 100,
            Decimal(21),
            code,
        )
        for code, d, lo, hi in rng.sample(MATERIAL, 5)
    ]
    inv = Inv(
        f"A{issued.year % 100}/{rng.randint(1000, 4999):05d}",
        issued,
        issued + timedelta(days=30),
        "EUR",
        "Suministros Eléctricos Montalbán, S.L.",
        items,
    )
    inv.taxes = [("Cuota IVA", by_rate(items)[0][2])]
    p: Shown = {}
    es = "{dd}/{mm}/{yyyy}"
    put(p, "currency", "", "€")
    put(p, "vendor_name", "", inv.vendor)
    head = rows(
        [
            ["FACTURA", put(p, "invoice_number", "FACTURA", inv.number)],
            ["Fecha", put(p, "date", "Fecha", fdate(issued, es))],
            ["Cliente", f"43{digits(rng, 4)}"],
            ["Pedido cliente", f"PC-{digits(rng, 4)}"],
            ["Pág.", "1 de 1"],
        ],
        "fac",
        align="lr",
    )
    lines = [[i.code, i.desc, EU(i.qty, 0), EU(i.price), EU(i.net)] for i in items]
    strip = rows(
        [
            [
                put(p, "subtotal", "Base imponible", EU(inv.subtotal)),
                "21,00",
                put(p, "tax", "Cuota IVA", EU(inv.tax)),
                put(p, "total", "TOTAL FACTURA", EU(inv.total) + " €"),
            ]
        ],
        "strip",
        ["Base imponible", "% IVA", "Cuota IVA", "TOTAL FACTURA"],
        "rrrr",
    )
    albaran = f"{rng.randint(20000, 29999)}"
    due = put(p, "due_date", "Vencimiento", fdate(inv.due, es))
    body = f"""<div class="top"><div><div class="logo">MONTALBÁN</div><div class="small">{esc(inv.vendor)}
<br>Polígono Ind. Santa María de Benquerencia, C/ Río Jarama 42<br>45007 Toledo &middot; CIF B-45123876
<br>Tel. 925 23 41 18 &middot; pedidos@montalban-electricos.es</div></div>{head}</div>
{
        block(
            [
                "INSTALACIONES HNOS. RUIZ, S.C.",
                "C/ Alfares 9, local 2",
                "45600 Talavera de la Reina (Toledo)",
                "NIF J45887123",
            ],
            "cli",
            "Datos del cliente",
        )
    }
<p class="small">Albarán nº {albaran} de fecha {
        fdate(issued - timedelta(days=6), es)
    } &middot; Obra: Reforma nave
Camino de la Estación</p>
{rows(lines, "items", ["Código", "Descripción", "Cantidad", "Precio", "Importe"], "llrrr")}
<div class="fill"></div>{strip}
<p>Forma de pago: transferencia a 30 días f.f. &middot; Vencimiento: {due} &middot;
IBAN ES91 2100 0418 4502 0005 1332</p>
<p class="small">Inscrita en el Registro Mercantil de Toledo, Tomo 1123, Folio 45, Hoja TO-18872. Conforme al
RGPD sus datos se tratan para la gestión de la relación comercial.</p>"""
    css = """.top { display: flex; justify-content: space-between; } .logo { font: bold 21pt 'URW Gothic';
 color: #c45500; } .fac { border: 2px solid #333; font-size: 10pt; } .fac tr:first-child td { font-weight:
bold;
 font-size: 12pt; background: #eee; } .cli { border: 1px solid #333; width: 95mm; padding: 6px; margin: 6mm
0 0
 auto; } .bt { font-size: 7.5pt; font-weight: bold; } .items { width: 100%; border: 1px solid #333; }
.items th { border-bottom: 1px solid #333; background: #eee; } .items td { border-left: 1px solid #999; }
.fill { height: 60mm; border: 1px solid #333; border-top: none; } .strip { width: 100%; margin-top: 4mm; }
.strip th, .strip td { border: 1px solid #333; } .strip td:last-child { font-weight: bold; font-size: 11pt;
}"""
    source = weasy(page(body, css, pt=9.5, lang="es"))
    nrng = np.random.default_rng(rng.getrandbits(32))
    img = render(source, 200)[0]
    received = issued + timedelta(days=rng.randint(3, 8))
    img = stamp(
        img,
        ["RECIBIDO", fdate(received, "{dd} {mon}. {yyyy}", "es").upper(), "CONTABILIDAD"],
        (980, 170),
        nrng,
        px=40,
        angle=7,
    )
    img = handwrite(
        img,
        ["Conforme - pagar", f"vto. {fdate(inv.due, '{d}/{m}')}  J.M."],
        (820, 1900),
        nrng,
        px=48,
        angle=5,
    )
    img = scan(img, nrng, angle=0.8, noise=5, gray=False)
    key = make_key(
        inv,
        lang="es-ES",
        template="es-suministros-escaneada",
        producer="weasyprint+scan",
        case="image-only scanned PDF with a blue RECIBIDO stamp (received date) and a handwritten "
        "approval note (another date); albarán and pedido numbers",
    )
    return Built("n08_es_scan_stamp", "pdf", images_pdf([img], 200), key, source, p)


CASES = [n07_it_mixed, n08_es_scan_stamp]
