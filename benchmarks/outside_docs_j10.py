"""Set J templates: Italian fattura from an accounting package (riepilogo IVA), Portuguese fatura (ATCUD)."""

from __future__ import annotations

import random
import string
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

IT_CSS = """
@page { size: A4; margin: 12mm 14mm; }
body { font: 8.5pt 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; gap: 6mm; }
.ditta { font: bold 13pt 'DejaVu Serif'; color: #1d4e89; white-space: nowrap; } .small
{ font-size: 7.5pt; color: #444; }
.spett { border: 1px solid #999; padding: 3mm; width: 80mm; margin-top: 4mm; }
table.g { width: 100%; border-collapse: collapse; margin-top: 5mm; }
table.g th
{ background: #dfe8f3; border: 1px solid #999; font-weight: normal; font-size: 7pt; padding: 2px; }
table.g td { border: 1px solid #999; padding: 3px; text-align: center; }
table.r { width: 100%; border-collapse: collapse; margin-top: 3mm; }
table.r th
{ background: #dfe8f3; border: 1px solid #999; font-weight: normal; font-size: 7.5pt; padding: 2px; }
table.r td { border-left: 1px solid #999; border-right: 1px solid #999; padding: 2px 3px; }
table.r tr:last-child td { border-bottom: 1px solid #999; } .n
{ text-align: right !important; white-space: nowrap; }
.bottom { display: flex; gap: 4mm; margin-top: 4mm; } .bottom > table { border-collapse: collapse; }
.bottom td, .bottom th { border: 1px solid #999; padding: 2px 6px; } .bottom th
{ background: #dfe8f3; font-weight: normal; }
.tot { font-size: 11pt; font-weight: bold; }
"""

ARTICOLI = [
    ("Pasta di semola trafilata al bronzo 500 g (cf. 24)", "CF", 10, 22, 22.0),
    ("Passata di pomodoro 700 g (cf. 12)", "CF", 14, 20, 10.0),
    ("Olio extravergine di oliva 5 L", "LT", 30, 48, 4.0),
    ("Detergente stoviglie professionale 5 kg", "PZ", 9, 16, 22.0),
    ("Caffè in grani miscela bar 1 kg", "KG", 14, 24, 10.0),
    ("Tovaglioli carta 2 veli 40x40 (cf. 1200)", "CF", 18, 30, 22.0),
    ("Farina tipo 00 per pizza 25 kg", "SC", 16, 25, 4.0),
]


def fattura_it(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Rossi Forniture Alimentari S.r.l.", "Distribuzione Bianchi & C. S.a.s.", "Ingrosso Esposito S.p.A."]
    )
    issued = issue_date(rng)
    ddt = issued - timedelta(days=rng.randrange(2, 10))
    end = (issued.replace(day=28) + timedelta(days=4)).replace(day=1)
    due = (end + timedelta(days=62)).replace(day=1) - timedelta(days=1)
    number = f"{rng.randrange(10, 999)}/{issued.year % 100}"
    d = "{dd}/{mm}/{yyyy}"
    rows, base = [], {}
    for text, um, lo, hi, rate in rng.sample(ARTICOLI, 5):
        qty = rng.randrange(2, 30)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        sc = rng.choice([0, 0, 5, 10])
        amt = q2(qty * price * (100 - sc) / 100)
        base[rate] = base.get(rate, Decimal(0)) + amt
        code = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + str(rng.randrange(100, 999))
        rows.append(
            f"<tr><td>{code}</td><td>{text}</td><td class=n>{qty}</td><td>{um}</td>"
            f"<td class=n>{money(price, 'de')}</td>"
            f"<td class=n>{sc or ''}</td><td class=n>{money(amt, 'de')}</td><td class=n>{int(rate)}</td></tr>"
        )
    rows.append(
        f"<tr><td></td><td>Rif. DDT n. {rng.randrange(100, 999)} del {fdate(ddt, d)}</td>"
        + "<td></td>" * 6
        + "</tr>"
    )
    iva = {r: q2(b * Decimal(str(r)) / 100) for r, b in base.items()}
    imp, tiva = sum(base.values()), sum(iva.values())
    total = imp + tiva
    riep = "".join(
        f"<tr><td class=n>{int(r)} %</td><td class=n>{money(base[r], 'de')}</td>"
        f"<td class=n>{money(iva[r], 'de')}</td>"
        "</tr>"
        for r in sorted(base)
    )
    piva = f"{rng.randrange(10**10, 10**11):011d}"
    client = rng.choice(
        ["Trattoria Da Gino di Rinaldi Luca", "Pizzeria Il Vesuvio S.r.l.", "Bar Centrale S.n.c."]
    )
    body = f"""
<div class=hd><div><div class=ditta>{esc(vendor)}</div><div class=small>Via
{rng.choice(["Emilia", "dei Mille", "Nazionale"])}
{rng.randrange(1, 200)} - {rng.choice(["40133 Bologna", "80143 Napoli", "10152 Torino"])}<br>P.IVA e C.F.
{piva} - REA
{rng.choice(["BO", "NA", "TO"])}-{rng.randrange(100000, 999999)}<br>Tel. 051 {rng.randrange(100000, 999999)}
-
amministrazione@pec-fornitore.it</div></div>
<div
class=spett>Spett.le<br><b>{client}</b><br>
Piazza {rng.choice(["Garibaldi", "Cavour", "Mazzini"])}
{rng.randrange(1, 50)}<br>{rng.choice(["40121 Bologna", "80133 Napoli", "10123 Torino"])}
<br>P.IVA {rng.randrange(10**10, 10**11):011d} - Cod. destinatario
{"".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(7))}</div></div>
<table class=g><tr><th>Tipo documento</th><th>Numero</th><th>Data</th><th>Cod.
cliente</th><th>Pagamento</th><th>Pag.</th></tr>
<tr><td>FATTURA</td><td>{number}</td><td>{fdate(issued, d)}</td><td>C{rng.randrange(1000, 9999)}</td>
<td>Bonifico 60 gg d.f.f.m.</td><td>1/1</td></tr></table>
<table
class=r><tr><th>Codice</th><th>Descrizione</th><th>Q.tà</th><th>U.M.</th><th>Prezzo</th><th>Sc.%</th><th>Importo</th>
<th>IVA</th></tr>{"".join(rows)}</table>
<div class=bottom><table><tr><th>Aliquota</th><th>Imponibile</th><th>Imposta</th></tr>{riep}</table>
<table style="margin-left:auto"><tr><td>Totale imponibile</td><td class=n>{money(imp, "de")}</td></tr>
<tr><td>Totale IVA</td><td class=n>{money(tiva, "de")}</td></tr>
<tr><td class=tot>Totale documento</td><td class="n tot">€ {money(total, "de")}</td></tr></table></div>
<p>Scadenza: {fdate(due, d)} &middot; IBAN IT{rng.randrange(10, 99)}
{rng.choice("ABX")}{rng.randrange(10**4, 10**5)}
{rng.randrange(10**4, 10**5)} {rng.randrange(10**11, 10**12):012d}<br>Copia di cortesia: l'originale del
documento è
stato trasmesso tramite il Sistema di Interscambio (SdI). Contributo CONAI assolto ove dovuto.</p>"""
    return make(
        "fattura_it",
        "it",
        page(IT_CSS, body, "it"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(imp, money(imp, "de")),
        tax=(tiva, money(tiva, "de")),
    )


PT_CSS = """
@page
{ size: A4; margin: 14mm 15mm; @bottom-left { content: "Processado por programa certificado n.º 1843/AT";
  font: 7pt 'Liberation Sans'; } }
body { font: 8.5pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; } .co { font-size: 13pt; font-weight: bold; }
.orig { text-align: right; font-size: 8pt; } .doc { font-size: 14pt; font-weight: bold; text-align: right; }
.cli { margin: 6mm 0 4mm auto; width: 85mm; }
table.i { border-collapse: collapse; width: 100%; } table.i th
{ border-bottom: 1px solid #000; text-align: left;
  font-size: 7.5pt; padding: 2px; } table.i td { padding: 2px; }
table.l { border-collapse: collapse; width: 100%; margin-top: 4mm; }
table.l th
{ border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px 2px; text-align: left; }
table.l td { padding: 2px; } .r { text-align: right !important; white-space: nowrap; }
.ft { display: flex; justify-content: space-between; margin-top: 5mm; border-top: 1px solid #000;
  padding-top: 2mm; }
.ft table { border-collapse: collapse; } .ft td, .ft th { padding: 1px 6px; text-align: right; }
"""

ARTIGOS = [
    ("Arroz carolino 1 kg (fardo 10)", "FD", 8, 14, 6),
    ("Azeite virgem extra 3 L", "UN", 18, 28, 6),
    ("Bacalhau crescido demolhado 1 kg", "KG", 11, 17, 6),
    ("Lixívia tradicional 5 L", "UN", 2, 5, 23),
    ("Detergente loiça 5 L", "UN", 6, 11, 23),
    ("Papel de cozinha (fardo 12)", "FD", 7, 12, 23),
    ("Leite UHT meio-gordo 1 L (pack 6)", "PK", 4, 7, 6),
]


def fatura_pt(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Distribuidora Alimentar do Minho, Lda.",
            "Silva & Filhos - Comércio de Víveres, Lda.",
            "Abastecedora Lisboeta, S.A.",
        ]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([30, 60]))
    serie = f"{issued.year}A{rng.randrange(1, 4)}"
    seq = rng.randrange(40, 2000)
    number = f"FT {serie}/{seq}"
    place = rng.choice(["4705-025 Braga", "2615-112 Alverca do Ribatejo", "4470-122 Maia"])
    client = rng.choice(
        ["Restaurante O Marinheiro, Lda.", "Pastelaria Flor de Lis", "Cantina Escolar de Gaia"]
    )
    atcud = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    d = "{yyyy}-{mm}-{dd}"
    rows, gross, disc, base = [], Decimal(0), Decimal(0), {6: Decimal(0), 23: Decimal(0)}
    for text, un, lo, hi, rate in rng.sample(ARTIGOS, 5):
        qty = rng.randrange(2, 40)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        pct = rng.choice([0, 2, 5, 8])
        amt = q2(qty * price * (100 - pct) / 100)
        gross += q2(qty * price)
        disc += q2(qty * price) - amt
        base[rate] += amt
        rows.append(
            f"<tr><td>{rng.randrange(10000, 99999)}</td><td>{text}</td>"
            f"<td class=r>{qty},000</td><td>{un}</td>"
            f"<td class=r>{money(price, 'de')}</td><td class=r>{pct},00</td><td class=r>{rate}</td>"
            f"<td class=r>{money(amt, 'de')}</td></tr>"
        )
    iva = {r: q2(b * r / 100) for r, b in base.items()}
    net = base[6] + base[23]
    total = net + iva[6] + iva[23]
    body = f"""
<div class=hd><div><div class=co>{esc(vendor)}</div>Zona Industrial de
{rng.choice(["Braga", "Alverca", "Maia"])}, Lote
{rng.randrange(1, 80)}<br>{place}<br>NIF
5{rng.randrange(10**7, 10**8)} &middot; Capital social {rng.choice(["50 000", "250 000"])} € &middot; C.R.C.
{rng.choice(["Braga", "Lisboa", "Porto"])}</div>
<div><div class=orig>Original</div><div class=doc>Fatura {number}</div><div class=orig>ATCUD:
{atcud}-{seq}</div></div></div>
<div class=cli>Exmo.(s)
Sr.(s)<br><b>{client}</b><br>
Rua {rng.choice(["de Santa Catarina", "Augusta", "do Almada"])}, {rng.randrange(1, 300)}<br>
{rng.choice(["4000-447 Porto", "1100-048 Lisboa", "4400-001 Vila Nova de Gaia"])}</div>
<table class=i><tr><th>V/ N.º Contribuinte</th><th>Data de emissão</th><th>Vencimento</th><th>Cond.
pagamento</th>
<th>N/
Encomenda</th><th>Cliente</th></tr><tr><td>5{rng.randrange(10**7, 10**8)}</td><td>{fdate(issued, d)}</td>
<td>{fdate(due, d)}</td><td>Transferência</td><td>ENC
{rng.randrange(100, 999)}/{issued.year}</td><td>{rng.randrange(100, 9999)}</td></tr></table>
<table class=l><tr><th>Artigo</th><th>Descrição</th><th class=r>Qtd.</th><th>Un.</th><th
class=r>Preço</th><th class=r>Desc.%</th>
<th class=r>IVA%</th><th class=r>Valor</th></tr>{"".join(rows)}</table>
<div class=ft><table><tr><th>Taxa</th><th>Incidência</th><th>Valor IVA</th></tr>
<tr><td>6%</td><td>{money(base[6], "de")}</td><td>{money(iva[6], "de")}</td></tr>
<tr><td>23%</td><td>{money(base[23], "de")}</td><td>{money(iva[23], "de")}</td></tr></table>
<table><tr><td>Total ilíquido</td><td>{money(gross, "de")}</td></tr><tr><td>Total
descontos</td><td>{money(disc, "de")}</td></tr>
<tr><td>Total s/ IVA</td><td>{money(net, "de")}</td></tr><tr><td>Total
IVA</td><td>{money(iva[6] + iva[23], "de")}</td></tr>
<tr><th>Total (EUR)</th><th>{money(total, "de")}</th></tr></table></div>
<p style="font-size:7.5pt">{"".join(rng.choice(string.ascii_letters) for _ in range(4))} - Os bens e/ou
serviços foram
colocados à disposição do adquirente na data do documento. IBAN PT50 0035 {rng.randrange(1000, 9999)}
{rng.randrange(10**10, 10**11)} {rng.randrange(10, 99)}.</p>"""
    return make(
        "fatura_pt",
        "pt",
        page(PT_CSS, body, "pt"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(vendor, vendor),
        subtotal=(net, money(net, "de")),
        tax=(iva[6] + iva[23], money(iva[6] + iva[23], "de")),
    )
