"""Set Y templates: FatturaPA in the AssoSoftware-style view, Spanish VERI*FACTU factura with its QR."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import later, pick_items, qr_svg

IT_CSS = """
@page { size: A4; margin: 10mm 10mm; } body { font: 7.5pt 'Liberation Sans'; } .two { display: flex;
 gap: 6mm; } .two > div { flex: 1; border: 1px solid #888; padding: 3px 5px; } .tt { font-weight: bold;
 background: #d9d9d9; margin: -3px -5px 3px; padding: 2px 5px; } table.g { width: 100%; border-collapse:
 collapse; margin-top: 4mm; } table.g th { background: #d9d9d9; font-size: 6.5pt; border: 1px solid #888;
 padding: 2px; text-align: left; } table.g td
{ border: 1px solid #888; padding: 2px 3px; vertical-align: top; }
.r { text-align: right !important; white-space: nowrap; } .sec { font-weight: bold; margin-top: 4mm; }
"""

IT_ITEMS = [
    ("Consulenza sistemistica", "ore", 55, 90),
    ("Canone assistenza software gestionale", "nr", 120, 480),
    ("Installazione e configurazione server", "nr", 300, 900),
    ("Licenza antivirus 1 anno", "nr", 35, 70),
    ("Cablaggio strutturato punto rete", "nr", 60, 110),
]


def fatturapa_it(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Informatica Adriatica S.r.l.", "Studio Tecnico Ferri S.a.s.", "Netlab Sistemi S.r.l."]
    )
    issued = issue_date(rng)
    due = later(issued, rng.choice([30, 60]))
    number = f"{rng.randrange(1, 400)}/{rng.choice(['FE', 'E', 'PA'])}"
    d, f = "{dd}-{mm}-{yyyy}", "de"
    lines = pick_items(rng, IT_ITEMS, 3)
    net = sum(a for *_, a in lines)
    iva = q2(net * Decimal("0.22"))
    bollo = Decimal(0)
    total = net + iva
    piva = f"{rng.randrange(10**10, 10**11):011d}"
    rows = "".join(
        f"<tr><td></td><td>{n}</td><td class=r>{money(q, f)}</td>"
        f"<td class=r>{money(p, f)}</td><td>{u}</td><td></td>"
        f"<td class=r>22,00</td><td class=r>{money(a, f)}</td></tr>"
        for n, u, q, p, a in lines
    )
    cli = rng.choice(["Ferramenta Bianchi S.n.c.", "Hotel Miramare S.r.l.", "Comune di Montealto"])
    body = f"""<div class=two><div><div class=tt>Cedente/prestatore (fornitore)</div>
Identificativo fiscale ai fini IVA: IT{piva}<br>Codice fiscale: {piva}<br>Denominazione: {esc(legal)}<br>
Regime fiscale: RF01 (ordinario)<br>Indirizzo: Via {rng.choice(["dell'Industria", "Emilia", "Roma"])}
{rng.randrange(1, 200)}<br>Comune: {rng.choice(["Pesaro", "Rimini", "Ancona"])} Provincia: PU<br>
Cap: {rng.randrange(60000, 61999)} Nazione: IT<br>Telefono: 0721 {rng.randrange(100000, 999999)}</div>
<div><div class=tt>Cessionario/committente (cliente)</div>Identificativo fiscale ai fini IVA: IT{
        rng.randrange(10**10, 10**11)
    }<br>Denominazione: {cli}<br>Indirizzo: Corso Mazzini {rng.randrange(1, 90)}<br>Comune: Urbino
Provincia: PU<br>Cap: 61029 Nazione: IT<br>Pec: amministrazione@pec.example.it</div></div>
<table class=g><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th><th>Data
documento</th>
<th>Codice destinatario</th><th>Divisa</th></tr><tr><td>TD01 fattura</td><td></td><td>{number}</td><td>{
        fdate(issued, d)
    }</td>
<td>{rng.choice(["M5UXCR1", "KRRH6B9", "0000000"])}</td><td>EUR</td></tr></table>
<table class=g><tr><th>Cod. articolo</th><th>Descrizione</th><th>Quantità</th><th>Prezzo
unitario</th><th>UM</th>
<th>Sconto o magg.</th><th>%IVA</th><th>Prezzo totale</th></tr>{rows}</table>
<div class=sec>RIEPILOGHI IVA E TOTALI</div><table class=g><tr><th>esigibilità iva / riferimenti
normativi</th>
<th>%IVA</th><th>Spese accessorie</th><th>Arr.</th><th>Totale imponibile</th><th>Totale imposta</th></tr>
<tr><td>I (esigibilità immediata)</td><td class=r>22,00</td><td></td><td></td><td class=r>{money(net, f)}</td>
<td class=r>{money(iva, f)}</td></tr></table>
<table class=g><tr><th>Importo bollo</th><th>Sconto/Maggiorazione</th><th>Arr.</th><th>Totale
documento</th></tr>
<tr><td>{money(bollo, f) if bollo else ""}</td><td></td><td></td><td class=r>{
        money(total, f)
    }</td></tr></table>
<table class=g><tr><th>Modalità pagamento</th><th>IBAN</th><th>Istituto</th><th>Data
scadenza</th><th>Importo</th>
</tr><tr><td>MP05 bonifico</td><td>IT{rng.randrange(10, 99)}X0306{rng.randrange(10**9, 10**10)}{
        rng.randrange(10**8, 10**9)
    }</td><td>{rng.choice(["Intesa Sanpaolo", "BPER Banca", "Banca di Pesaro"])}</td><td>{fdate(due, d)}</td>
<td class=r>{money(total, f)}</td></tr></table>
<p style="font-size:6.5pt;margin-top:6mm">Versione prodotta con foglio di stile AssoSoftware – copia di
cortesia
priva di valenza fiscale ai sensi dell'art. 21 DPR 633/72. Il documento originale è disponibile nell'area
riservata Fatture e Corrispettivi.</p>"""
    return make(
        "fatturapa_it",
        "it",
        page(IT_CSS, body, "it"),
        repeats=frozenset({"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(iva, money(iva, f)),
    )


ES_CSS = """
@page { size: A4; margin: 16mm 16mm; } body
{ font: 9pt 'DejaVu Sans Condensed', 'DejaVu Sans'; color: #1d2b36; }
.top { display: flex; justify-content: space-between; align-items: flex-start; } .vf { text-align: center;
 font-size: 7pt; } .vf b { display: block; font-size: 8pt; } h1
{ font-size: 18pt; color: #b0362a; margin: 4mm 0; }
.two { display: flex; gap: 8mm; } .two > div { flex: 1; background: #f3f1ee; padding: 4px 7px; }
.lab { font-size: 7pt; text-transform: uppercase; color: #7a6f66; } table.it { width: 100%; border-collapse:
 collapse; margin-top: 6mm; } table.it th
{ background: #1d2b36; color: #fff; padding: 3px 4px; font-size: 7.5pt;
 text-align: left; } table.it td { padding: 3px 4px; border-bottom: 0.5px solid #ccc; } .r { text-align: right
 !important; white-space: nowrap; } table.t { margin: 5mm 0 0 auto; width: 50%; border-collapse: collapse; }
table.t td { padding: 3px 5px; } .b td { font-weight: bold; font-size: 11pt; background: #f3f1ee; }
"""

ES_ITEMS = [
    ("Reparación caldera mural", "ud", 90, 260),
    ("Mano de obra oficial 1ª (horas)", "h", 28, 42),
    ("Termostato programable wifi", "ud", 60, 140),
    ("Revisión anual instalación de gas", "ud", 55, 95),
    ("Desplazamiento", "ud", 15, 30),
]


def verifactu_es(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Instalaciones Ebro Calor S.L.", "Fontanería Guadalquivir S.L.U.", "Climasur Jerez S.L."]
    )
    issued = issue_date(rng)
    due = later(issued, 30) if rng.random() < 0.6 else None
    number = f"F{issued.year % 100}-{rng.randrange(1, 3000):04d}"
    d, f = "{dd}/{mm}/{yyyy}", "de"
    lines = pick_items(rng, ES_ITEMS, 4, 4)
    net = sum(a for *_, a in lines)
    iva = q2(net * Decimal("0.21"))
    total = net + iva
    nif = f"B{rng.randrange(10**7, 10**8)}"
    rows = "".join(
        f"<tr><td>{n}</td><td class=r>{q}</td><td class=r>{money(p, f)} €</td><td class=r>21 %</td>"
        f"<td class=r>{money(a, f)} €</td></tr>"
        for n, u, q, p, a in lines
    )
    due_txt = f"<br>Vencimiento: {fdate(due, d)}" if due else "<br>Forma de pago: contado"
    body = f"""<div class=top><div><b style="font-size:12pt">{esc(legal)}</b><br>NIF: {nif}<br>
C/ {rng.choice(["Alfonso I", "San Vicente", "Larios"])} {rng.randrange(1, 120)}, {
        rng.choice(["50003 Zaragoza", "41001 Sevilla", "11402 Jerez de la Frontera"])
    }<br>Inscrita en el Registro Mercantil, tomo {rng.randrange(1000, 9000)}, folio {
        rng.randrange(1, 200)
    }</div>
<div class=vf>QR tributario:<br>{qr_svg(rng, 30)}<b>VERI*FACTU</b>Factura verificable en la sede electrónica
<br>de la AEAT</div></div>
<h1>FACTURA</h1>
<div class=two><div><span class=lab>Datos de la factura</span><br>Nº de factura: {
        number
    }<br>Fecha de expedición:
 {fdate(issued, d)}{due_txt}</div><div><span class=lab>Cliente</span><br>{
        rng.choice(["Comunidad de Propietarios Torre Sol", "Lucía Martín Ortega", "Bar Los Arcos S.C."])
    }<br>NIF: {rng.randrange(10**7, 10**8)}{rng.choice("ABCHJKLM")}<br>Avda. de la Constitución
{rng.randrange(1, 80)}</div></div>
<table class=it><tr><th>Concepto</th><th class=r>Cant.</th><th class=r>Precio</th><th class=r>IVA</th>
<th class=r>Importe</th></tr>{rows}</table>
<table class=t><tr><td>Base imponible</td><td class=r>{money(net, f)} €</td></tr>
<tr><td>Cuota IVA 21 %</td><td class=r>{money(iva, f)} €</td></tr>
<tr class=b><td>TOTAL FACTURA</td><td class=r>{money(total, f)} €</td></tr></table>
<p style="font-size:7pt;margin-top:10mm">Pago por transferencia a ES{rng.randrange(10, 99)} 2100
{rng.randrange(1000, 9999)} {rng.randrange(10, 99)} {rng.randrange(10**9, 10**10)}. Factura emitida por un
sistema informático de facturación que cumple el Real Decreto 1007/2023 (Reglamento VERI*FACTU). Sus datos
personales se tratan conforme al RGPD.</p>"""
    return make(
        "verifactu_es",
        "es",
        page(ES_CSS, body, "es"),
        repeats=frozenset({"subtotal"} if len(lines) == 1 else set()),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)) if due else None,
        total=(total, money(total, f)),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(iva, money(iva, f)),
    )
