"""Set J templates: Brazilian Simples Nacional service fatura with boleto, Polish faktura VAT."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

BR_CSS = """
@page { size: A4; margin: 12mm 14mm; }
body { font: 9pt 'DejaVu Sans'; }
.logo { text-align: center; font: bold 17pt 'DejaVu Sans'; color: #0a7d3b; }
.sub { text-align: center; font-size: 8pt; color: #444; margin-bottom: 4mm; }
.tit
{ background: #0a7d3b; color: white; text-align: center; font-weight: bold; padding: 2mm;
  letter-spacing: 1px; }
table.f { width: 100%; border-collapse: collapse; margin-top: 3mm; } table.f td
{ border: 1px solid #999; padding: 2px 4px; }
table.f .k { font-size: 7pt; color: #555; display: block; }
table.s { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.s th { border-bottom: 1.5px solid #0a7d3b; text-align: left; padding: 3px; }
table.s td { padding: 3px; border-bottom: 1px dotted #bbb; } .r
{ text-align: right !important; white-space: nowrap; }
table.t { margin: 3mm 0 0 auto; border-collapse: collapse; } table.t td { padding: 2px 6px; }
.obs { font-size: 7.5pt; border: 1px solid #999; padding: 2mm; margin-top: 4mm; }
.bol { margin-top: 10mm; border-top: 1px dashed #000; padding-top: 3mm; font-size: 8pt; }
.bol table { width: 100%; border-collapse: collapse; } .bol td { border: 1px solid #000; padding: 1px 4px; }
.bar { height: 12mm; margin-top: 2mm; width: 103mm;
  background: repeating-linear-gradient(90deg, #000 0, #000 1px, #fff 1px, #fff 3px, #000 3px, #000 5px,
#fff 5px, #fff 6px); }
"""

SERVICOS = [
    ("Manutenção preventiva mensal - contrato", 650, 1400),
    ("Visita técnica corretiva (chamado #{c})", 180, 420),
    ("Suporte remoto - banco de horas ({h} h)", 90, 140),
    ("Configuração de firewall e VPN", 450, 900),
    ("Backup em nuvem - 500 GB", 120, 260),
    ("Licença antivírus corporativo ({h} estações)", 25, 45),
]


def _cnpj(rng: random.Random) -> str:
    digits = f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"
    return f"{digits}/0001-{rng.randrange(10, 99)}"


def fatura_br(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["TECNOSERV INFORMÁTICA LTDA", "REDE SEGURA SOLUÇÕES EM TI LTDA", "BYTECARE SUPORTE TÉCNICO EIRELI"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([10, 15, 20]))
    number = f"{rng.randrange(100, 9999):06d}"
    d = "{dd}/{mm}/{yyyy}"
    rows, total = [], Decimal(0)
    for text, lo, hi in rng.sample(SERVICOS, 4):
        h = rng.randrange(4, 20)
        qty = h if "{h}" in text else 1
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        total += q2(price * qty)
        rows.append(
            f"<tr><td>{text.format(c=rng.randrange(1000, 9999), h=h)}</td><td class=r>{qty}</td>"
            f"<td class=r>R$ {money(price, 'de')}</td><td class=r>R$ {money(q2(price * qty), 'de')}</td></tr>"
        )
    credit = Decimal(rng.randrange(5000, 30000)) / 100
    pay = total - credit
    cnpj = _cnpj(rng)
    linha = (
        f"23793.{rng.randrange(10000, 99999)} {rng.randrange(10000, 99999)}.{rng.randrange(100000, 999999)} "
        f"{rng.randrange(10000, 99999)}.{rng.randrange(100000, 999999)} {rng.randrange(1, 9)} "
        f"{rng.randrange(10**13, 10**14)}"
    )
    street = f"{rng.choice(['Augusta', 'XV de Novembro', 'da Consolação'])}, {rng.randrange(10, 2000)}"
    cnpj2 = _cnpj(rng)
    client = rng.choice(
        ["Clínica Odontológica Sorriso Ltda", "Padaria Pão Dourado ME", "Escritório Contábil Andrade"]
    )
    body = f"""
<div class=logo>{esc(vendor)}</div>
<div class=sub>CNPJ {cnpj} &middot; Inscr. Municipal {rng.randrange(1000000, 9999999)} &middot; Rua {street}
&middot; São Paulo/SP &middot; (11) 3{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}</div>
<div class=tit>FATURA DE SERVIÇOS</div>
<table class=f><tr><td><span class=k>Nº da fatura</span>{number}</td><td><span class=k>Data de
emissão</span>{fdate(issued, d)}</td>
<td><span class=k>Competência</span>{fdate(issued - timedelta(days=28), "{mm}/{yyyy}")}</td>
<td><span class=k>Contrato</span>{rng.randrange(10, 300)}/{issued.year - rng.randrange(1, 4)}</td></tr>
<tr><td colspan=3><span class=k>Tomador</span>{client} &middot; CNPJ {cnpj2}</td><td><span class=k>Cód.
cliente</span>{rng.randrange(100, 999)}</td></tr></table>
<table class=s><tr><th>Descrição dos serviços</th><th class=r>Qtde</th><th class=r>Valor unit.</th><th
class=r>Valor total</th></tr>
{"".join(rows)}</table>
<table class=t><tr><td><b>Total da fatura</b></td><td class=r><b>R$ {money(total, "de")}</b></td></tr>
<tr><td>(-) Crédito da fatura anterior (pagamento em duplicidade)</td><td class=r>R$
{money(credit, "de")}</td></tr>
<tr><td><b>(=) Valor a pagar</b></td><td class=r><b>R$ {money(pay, "de")}</b></td></tr></table>
<div class=obs>Documento emitido por ME ou EPP optante pelo Simples Nacional. Não gera direito a crédito
fiscal de IPI.
A NFS-e correspondente foi emitida no portal da Prefeitura de São Paulo. Após o vencimento, multa de 2% e
juros de 1% ao mês.</div>
<div class=bol><b>Recibo do pagador</b> &middot; Banco 237 &middot; {linha}
<table><tr><td>Beneficiário: {cnpj}</td><td>Vencimento: {fdate(due, d)}</td></tr>
<tr><td>Pagador: {client}</td><td>(=) Valor cobrado: R$ {money(pay, "de")}</td></tr>
<tr><td>Nosso número: 09/{rng.randrange(10**10, 10**11)}-{rng.randrange(1, 9)}</td><td>Espécie:
R$</td></tr></table>
<div class=bar></div></div>"""
    return make(
        "fatura_br",
        "pt",
        page(BR_CSS, body, "pt"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("BRL", "R$"),
        vendor_name=(vendor, vendor),
        subtotal=None,
        tax=None,
    )


JED = (
    "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście "
    "czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście"
)
DZI = (
    "_ _ dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt "
    "dziewięćdziesiąt"
)
SET = "_ sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset"


def slownie(n: int) -> str:
    """Polish words for 0 <= n < 1 000 000 (as printed in "Słownie")."""
    if n >= 1000:
        k, rest = divmod(n, 1000)
        last = k % 10
        word = "tysiąc" if k == 1 else "tysiące" if 2 <= last <= 4 and not 12 <= k % 100 <= 14 else "tysięcy"
        head = word if k == 1 else f"{slownie(k)} {word}"
        return head + (f" {slownie(rest)}" if rest else "")
    parts = []
    if n >= 100:
        parts.append(SET.split(" ")[n // 100])
        n %= 100
    if n >= 20:
        parts.append(DZI.split(" ")[n // 10])
        n %= 10
    if n or not parts:
        parts.append(JED.split(" ")[n])
    return " ".join(parts)


PL_CSS = """
@page { size: A4; margin: 12mm 14mm; }
body { font: 8.5pt 'DejaVu Sans'; }
.tr { text-align: right; } h1 { text-align: center; font-size: 15pt; margin: 6mm 0 1mm; }
.org { text-align: center; font-size: 8pt; margin-bottom: 5mm; }
.strony { display: flex; gap: 10mm; } .strony > div
{ flex: 1; border-top: 1.5px solid #000; padding-top: 1mm; }
table.p { width: 100%; border-collapse: collapse; margin-top: 5mm; font-size: 8pt; }
table.p th, table.p td { border: 1px solid #000; padding: 2px 3px; } table.p th
{ background: #eee; font-weight: normal; }
.r { text-align: right !important; white-space: nowrap; }
table.w { border-collapse: collapse; margin: 3mm 0 0 auto; font-size: 8pt; }
table.w td, table.w th { border: 1px solid #000; padding: 2px 6px; } table.w th
{ background: #eee; font-weight: normal; }
.zap { margin-top: 4mm; font-size: 10pt; } .podp
{ display: flex; justify-content: space-between; margin-top: 16mm;
  font-size: 7pt; text-align: center; } .podp div { border-top: 1px dotted #000; width: 60mm; }
"""

TOWARY = [
    ("Papier ksero A4 80 g, ryza", "ryza", 14, 22, 23),
    ("Toner zamiennik HP 59A", "szt.", 120, 260, 23),
    ("Krzesło biurowe obrotowe", "szt.", 290, 650, 23),
    ("Woda mineralna 1,5 l, zgrzewka", "opak.", 9, 15, 8),
    ("Kawa ziarnista 1 kg", "szt.", 55, 90, 23),
    ("Herbata ekspresowa 100 tor.", "opak.", 12, 24, 23),
    ("Ciastka kruche 1 kg", "opak.", 22, 38, 8),
]


def faktura_pl(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["BIUROMAX Sp. z o.o.", "Hurtownia Papiernicza KRAK-PAP s.c.", "Officeland Polska Sp. z o.o."]
    )
    city = rng.choice(["Kraków", "Poznań", "Wrocław"])
    issued = issue_date(rng)
    sold = issued - timedelta(days=rng.randrange(1, 5))
    due = issued + timedelta(days=14)
    number = f"FV/{rng.randrange(10, 400)}/{issued.month:02d}/{issued.year}"
    d = "{yyyy}-{mm}-{dd}"
    rows, netto, vat = [], {23: Decimal(0), 8: Decimal(0)}, {23: Decimal(0), 8: Decimal(0)}
    picked = [*rng.sample(TOWARY[:3] + TOWARY[4:6], 4), rng.choice(TOWARY[3::3])]
    for lp, (name, jm, lo, hi, rate) in enumerate(picked, 1):
        qty = rng.randrange(1, 40)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        net = q2(price * qty)
        tax = q2(net * rate / 100)
        netto[rate] += net
        vat[rate] += tax
        cells = [
            jm,
            str(qty),
            money(price, "fr"),
            money(net, "fr"),
            f"{rate}%",
            money(tax, "fr"),
            money(net + tax, "fr"),
        ]
        rows.append(
            f"<tr><td>{lp}</td><td>{name}</td>" + "".join(f"<td class=r>{c}</td>" for c in cells) + "</tr>"
        )
    tn, tv = netto[23] + netto[8], vat[23] + vat[8]
    brutto = tn + tv
    paid = Decimal(rng.randrange(2, 8) * 100)
    rest = brutto - paid
    w = "".join(
        f"<tr><td class=r>{r}%</td><td class=r>{money(netto[r], 'fr')}</td>"
        f"<td class=r>{money(vat[r], 'fr')}</td>"
        f"<td class=r>{money(netto[r] + vat[r], 'fr')}</td></tr>"
        for r in (23, 8)
    )
    nip = (
        f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
    )
    konto = f"{rng.randrange(10, 99)} 1140 2004 0000 " + " ".join(
        str(rng.randrange(1000, 9999)) for _ in range(3)
    )
    buyer = rng.choice(
        ["Kancelaria Notarialna Nowak", "Przedszkole Niepubliczne Słoneczko", "ELTECH Serwis Sp. j."]
    )
    zl = f"{slownie(int(rest))} złotych {int(rest % 1 * 100):02d}/100"
    body = f"""
<div class=tr>Miejsce wystawienia: {city}<br>Data wystawienia: {fdate(issued, d)}<br>Data sprzedaży:
{fdate(sold, d)}</div>
<h1>Faktura VAT nr {number}</h1><div class=org>ORYGINAŁ</div>
<div class=strony><div><b>Sprzedawca:</b><br>{esc(vendor)}<br>ul.
{rng.choice(["Długa", "Zakopiańska", "Głogowska"])}
{rng.randrange(1, 200)}<br>{rng.randrange(30, 61)}-{rng.randrange(100, 999)} {city}<br>NIP: {nip}<br>Bank:
mBank S.A.<br>Nr konta:
{konto}</div>
<div><b>Nabywca:</b><br>{buyer}
<br>ul. {rng.choice(["Mickiewicza", "Piłsudskiego", "Kościuszki"])}
{rng.randrange(1, 90)}<br>{rng.randrange(30, 61)}-{rng.randrange(100, 999)}
{city}<br>NIP: {rng.randrange(1000000000, 9999999999)}</div></div>
<table class=p><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>J.m.</th><th>Ilość</th><th>Cena
netto</th><th>Wartość netto</th>
<th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>{"".join(rows)}</table>
<table class=w><tr><th>Stawka</th><th>Wartość netto</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>{w}
<tr><th>Razem</th><td class=r>{money(tn, "fr")}</td><td class=r>{money(tv, "fr")}</td><td
class=r>{money(brutto, "fr")}</td></tr>
</table>
<div class=zap>Sposób płatności: przelew &middot; Termin płatności: {fdate(due, d)}<br>Zapłacono:
{money(paid, "fr")} PLN<br>
<b>Pozostało do zapłaty: {money(rest, "fr")} PLN</b><br>Słownie: {zl}</div>
<div class=podp><div>Osoba upoważniona do odbioru</div><div>Osoba upoważniona do wystawienia</div></div>"""
    return make(
        "faktura_pl",
        "pl",
        page(PL_CSS, body, "pl"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(brutto, money(brutto, "fr")),
        currency=("PLN", "PLN"),
        vendor_name=(vendor, vendor),
        subtotal=(tn, money(tn, "fr")),
        tax=(tv, money(tv, "fr")),
    )
