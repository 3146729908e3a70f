"""Set U templates: Portuguese fatura with an advance paid, three-page Austrian Rechnung (totals on p. 3)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

PT_CSS = """
@page { size: A4; margin: 14mm; } body { font: 8.5pt 'Liberation Sans'; } .hd { display: flex;
 justify-content: space-between; } .hd b { font-size: 13pt; } .box { border: 1px solid #999; padding: 6px;
 margin-top: 8px; } table.p { width: 100%; border-collapse: collapse; margin-top: 8px; } table.p th
{ background: #dee2e6; padding: 3px; text-align: left; } table.p td { padding: 3px; border-bottom: 1px solid
#eee; }
.r { text-align: right !important; white-space: nowrap; } table.s { margin: 8px 0 0 auto; } table.s td
{ padding: 2px 6px; } .k td { font-weight: bold; border-top: 1px solid #000; } .fine { font-size: 6.8pt; }
"""

PT_ITEMS = [
    ("Cozinha modular - móveis lacados", 380000, 620000),
    ("Bancada em quartzo, 3,2 m", 120000, 210000),
    ("Eletrodomésticos encastrar (forno + placa)", 90000, 160000),
    ("Montagem e instalação", 45000, 90000),
    ("Transporte e remoção de embalagens", 8000, 15000),
]


def deposit_pt(rng: random.Random) -> Doc:
    legal = rng.choice(["Cozinhas Atlântico, Lda.", "Móveis Douro & Filhos, Lda.", "Interiores Tejo, S.A."])
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([8, 15]))
    series = f"FT {issued.year}A{rng.randrange(1, 9)}"
    number = f"{series}/{rng.randrange(100, 999)}"
    d = "{dd}-{mm}-{yyyy}"
    rows, net = [], Decimal(0)
    for name, lo, hi in rng.sample(PT_ITEMS, 4):
        val = Decimal(rng.randrange(lo, hi)) / 100
        net += val
        rows.append(
            f"<tr><td>{name}</td><td class=r>1,00</td><td class=r>{money(val, 'de')}</td><td>23%</td>"
            f"<td class=r>{money(val, 'de')}</td></tr>"
        )
    disc = q2(net * Decimal("0.05"))
    base = net - disc
    iva = q2(base * Decimal("0.23"))
    total = base + iva
    adv = q2(total * Decimal(rng.choice(["0.30", "0.40", "0.50"])))
    adv_no = f"FR {issued.year}A{rng.randrange(1, 9)}/{rng.randrange(10, 99)}"
    body = f"""
<div class=hd><div><b>{esc(legal)}</b><br>Rua {rng.choice(["de Santa Catarina", "do Ouro", "Augusta"])}
{rng.randrange(1, 300)}, {rng.choice(["4000-447 Porto", "1100-053 Lisboa", "3000-150 Coimbra"])}<br>
NIF {rng.randrange(500000000, 599999999)} · Capital social 50.000,00 €</div>
<div style="text-align:right"><b>Fatura</b> Original<br>N.º {number}<br>Data de emissão:
{fdate(issued, d)}<br>
Data de vencimento: {fdate(due, d)}</div></div>
<div class=box>Cliente: {rng.choice(["Ana Sofia Carvalho", "Rui Pedro Almeida", "Condomínio Edifício Mar"])}
· NIF
{rng.randrange(100000000, 299999999)}<br>Obra:
{rng.choice(["Rua das Flores 22, Porto", "Av. da Liberdade 140, Lisboa"])}
· Orçamento n.º ORC-{rng.randrange(100, 999)} · Encomenda {rng.randrange(1000, 9999)}</div>
<table class=p><tr><th>Descrição</th><th class=r>Qtd.</th><th class=r>Preço unit.</th><th>IVA</th>
<th class=r>Valor</th></tr>{"".join(rows)}</table>
<table class=s><tr><td>Total ilíquido</td><td class=r>{money(net, "de")} €</td></tr>
<tr><td>Desconto comercial 5%</td><td class=r>-{money(disc, "de")} €</td></tr>
<tr><td>Total sem IVA</td><td class=r>{money(base, "de")} €</td></tr>
<tr><td>IVA 23%</td><td class=r>{money(iva, "de")} €</td></tr>
<tr class=k><td>Total da fatura (EUR)</td><td class=r>{money(total, "de")} €</td></tr>
<tr><td>Adiantamento recebido ({adv_no})</td><td class=r>-{money(adv, "de")} €</td></tr>
<tr class=k><td>Valor a pagar</td><td class=r>{money(total - adv, "de")} €</td></tr></table>
<p class=fine>ATCUD: {rng.choice("ABCDEFGHJK")}{rng.randrange(10**6, 10**7)}-{rng.randrange(100, 999)} ·
Processado por programa certificado n.º {rng.randrange(1000, 2999)}/AT · Os bens foram colocados à
disposição do
adquirente na data do documento. IBAN PT50 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}
{rng.randrange(10**10, 10**11)} {rng.randrange(10, 99)}</p>"""
    return make(
        "deposit_pt",
        "pt",
        page(PT_CSS, body, "pt"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(base, money(base, "de")),
        tax=(iva, money(iva, "de")),
    )


AT_CSS = """
@page { size: A4; margin: 14mm 14mm 18mm; @bottom-right { content: "Seite " counter(page) " von "
counter(pages);
 font-size: 7pt; } @top-right { content: "Rechnung %NUM%"; font-size: 7pt; } }
body { font: 8.5pt 'Liberation Sans'; } .hd b { font-size: 15pt; color: #a61e4d; } table.p { width: 100%;
 border-collapse: collapse; margin-top: 8px; } table.p thead th { border-bottom: 1px solid #000; text-align:
left;
 padding: 3px; font-size: 7.5pt; } table.p td { padding: 2px 3px; border-bottom: 1px solid #eee; }
.r { text-align: right !important; white-space: nowrap; } table.s { margin: 10px 0 0 auto;
page-break-inside: avoid; }
table.s td { padding: 2px 6px; } .k td { font-weight: bold; border-top: 1px solid #000; }
"""

PARTS = [
    "Schraube DIN 912 M{m}×{l} 8.8 verzinkt",
    "Mutter DIN 934 M{m} A2",
    "Unterlegscheibe DIN 125 M{m}",
    "Gewindestange DIN 976 M{m}×1000",
    "Dübel Nylon {m}×{l}",
    "Kabelbinder {l} mm schwarz (100 Stk.)",
    "Spax Holzschraube {m}×{l} Torx",
    "Blindniete Alu {m}×{l}",
]


def multipage_at(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Alpen-Befestigungstechnik GmbH", "Steirische Schrauben Handels GmbH", "Donau Normteile KG"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    skonto = issued + timedelta(days=10)
    number = f"{issued.year}/{rng.randrange(10**4, 10**5)}"
    d = "{dd}.{mm}.{yyyy}"
    rows, net = [], Decimal(0)
    for i in range(rng.randrange(95, 115)):
        t = rng.choice(PARTS).format(
            m=rng.choice([4, 5, 6, 8, 10, 12]), l=rng.choice([16, 20, 30, 40, 60, 80])
        )
        qty = rng.randrange(1, 40) * 10
        price = Decimal(rng.randrange(3, 250)) / 100
        val = q2(qty * price)
        net += val
        rows.append(
            f"<tr><td>{i + 1}</td><td>{rng.randrange(10**5, 10**6)}</td><td>{t}</td><td class=r>{qty}</td>"
            f"<td class=r>{money(price, 'de')}</td><td class=r>{money(val, 'de')}</td></tr>"
        )
    fracht = Decimal(rng.choice(["18.50", "24.90", "32.00"]))
    net += fracht
    vat = q2(net * Decimal("0.20"))
    total = net + vat
    body = f"""
<div class=hd><b>{esc(legal)}</b><br>{rng.choice(["Gewerbestraße", "Industriezeile", "Welser Straße"])}
{rng.randrange(1, 60)}, {rng.choice(["4020 Linz", "8020 Graz", "6020 Innsbruck"])} · UID
ATU{rng.randrange(10**7, 10**8)}
· FN {rng.randrange(10**5, 10**6)}{rng.choice("abdfh")}</div>
<p>{
        rng.choice(["Tischlerei Huber GmbH", "Metallbau Gruber & Söhne", "Elektro Pichler OG"])
    }<br>Lieferadresse: Baustelle
{rng.choice(["Wien 1100", "Salzburg 5020", "Klagenfurt 9020"])}</p>
<h2 style="font-size:13pt">Rechnung Nr. {number}</h2>
<p>Rechnungsdatum: {fdate(issued, d)} · Lieferschein LS-{rng.randrange(10**5, 10**6)} vom
{fdate(issued - timedelta(days=2), d)} · Ihre Bestellung {rng.randrange(4500000000, 4599999999)}</p>
<table class=p><thead><tr><th>Pos.</th><th>Art.-Nr.</th><th>Bezeichnung</th><th class=r>Menge</th>
<th class=r>Preis/Stk. €</th><th class=r>Betrag €</th></tr></thead>{"".join(rows)}
<tr><td></td><td></td><td>Frachtkostenanteil</td><td class=r>1</td><td></td><td
class=r>{money(fracht, "de")}</td></tr>
</table>
<table class=s><tr><td>Summe netto</td><td class=r>{money(net, "de")}</td></tr>
<tr><td>zzgl. 20 % USt.</td><td class=r>{money(vat, "de")}</td></tr>
<tr class=k><td>Rechnungsbetrag EUR</td><td class=r>{money(total, "de")}</td></tr></table>
<p>Zahlbar bis {fdate(skonto, d)} mit 2 % Skonto oder bis {fdate(due, d)} netto. Es gelten unsere AGB.</p>"""
    html = page(AT_CSS.replace("%NUM%", number), body, "de")
    return make(
        "multipage_at",
        "de",
        html,
        repeats=frozenset({"invoice_number"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "EUR"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(vat, money(vat, "de")),
    )
