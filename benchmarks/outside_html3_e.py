"""Set E, HTML invoices (Chromium): Brazilian NFS-e print (BRL), Portuguese fatura with ATCUD (EUR), US
contractor invoice (USD, Net 30, deposit)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, r2, street, tax_by_rate
from outside_html_e import e, page


def nfse_br(rng: random.Random) -> Doc:
    d = Doc("nfse_br", "chromium", "pt")
    vendor = rng.choice(
        [
            "Lumiar Tecnologia Ltda.",
            "Araucária Consultoria Empresarial Ltda.",
            "Ipê Soluções Digitais Ltda.",
            "Mandacaru Engenharia S.A.",
        ]
    )
    city = rng.choice(["CAMPINAS", "CURITIBA", "BELO HORIZONTE", "RECIFE"])
    issued = issue_date(rng)
    no = f"{rng.randint(1, 9999):08d}"
    value = Decimal(rng.randint(80000, 4500000)) / 100
    rate = Decimal(rng.choice(["2.00", "3.00", "5.00"]))
    iss = r2(value * rate / 100)
    m = lambda v: f"R$ {num(v, '.', ',')}"  # noqa: E731
    cnpj = lambda: (  # noqa: E731
        f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/0001-{rng.randint(10, 99)}"
    )
    svc = rng.choice(
        [
            ("01.07", "Suporte técnico em informática, inclusive instalação, configuração e manutenção"),
            ("17.01", "Assessoria ou consultoria de qualquer natureza"),
            ("07.02", "Execução, por administração, empreitada ou subempreitada, de obras de engenharia"),
        ]
    )
    desc = rng.choice(
        [
            "Prestação de serviços de suporte e manutenção referente ao contrato",
            "Serviços de consultoria conforme proposta comercial",
            "Medição de serviços executados conforme contrato",
        ]
    )
    party = lambda title, name: (  # noqa: E731
        f"<div class=sec>{title}</div><table class=p><tr><td>CPF/CNPJ: {cnpj()}</td><td>Inscrição Municipal: "
        f"{rng.randint(100000, 999999)}</td></tr><tr><td colspan=2>Nome/Razão Social: {e(name)}</td></tr>"
        f"<tr>"
        f"<td colspan=2>Endereço: {e(rng.choice(['Rua XV de Novembro', 'Av. Brasil', 'Rua da Aurora']))}, "
        f"{rng.randint(10, 2999)} - Centro - CEP {rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
        "</td></tr>"
        f"<tr><td>Município: {city.title()}</td>"
        f"<td>UF: {rng.choice(['SP', 'PR', 'MG', 'PE'])}</td></tr>"
        f"</table>"
    )
    body = f"""<table class=hd><tr><td class=pm>PREFEITURA MUNICIPAL DE {
        city
    }<br>SECRETARIA MUNICIPAL DE FINANÇAS<br>
<b>NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e</b></td><td><table class=n><tr><td>Número da Nota<br>
<b>{e(d.k("invoice_number", no))}</b></td></tr><tr><td>Data e Hora de Emissão<br>
<b>{e(d.k("date", fdate(issued, "DD/MM/YYYY")))} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{
        rng.randint(0, 59):02d}</b>
</td></tr><tr><td>Código de Verificação<br><b>{
        "".join(rng.choice("ABCDEF0123456789") for _ in range(8))
    }</b></td></tr>
</table></td></tr></table>
{party("PRESTADOR DE SERVIÇOS", d.k("vendor_name", vendor))}
{
        party(
            "TOMADOR DE SERVIÇOS",
            rng.choice(
                [
                    "Hospital São Lucas S.A.",
                    "Cooperativa Agrícola Vale Verde",
                    "Supermercados Bom Preço Ltda.",
                ]
            ),
        )
    }
<div class=sec>DISCRIMINAÇÃO DOS SERVIÇOS</div><div class=disc>{e(desc)} nº {rng.randint(10, 999)}/{
        issued.year
    },
competência {fdate(issued, "MM/YYYY")}.<br>Vencimento conforme contrato. Dados bancários: Banco {
        rng.randint(1, 999):03d}
Agência {rng.randint(1000, 9999)} Conta {rng.randint(10000, 99999)}-{rng.randint(0, 9)}.</div>
<div class=tot>VALOR TOTAL DA NOTA = {e(d.k("total", m(value)))}</div>
<table class=ret><tr><td>INSS (R$)<br>0,00</td><td>IRRF (R$)<br>0,00</td><td>CSLL (R$)<br>0,00</td>
<td>COFINS (R$)<br>0,00</td>
<td>PIS/PASEP (R$)<br>0,00</td></tr></table>
<div class=sec>CÓDIGO DO SERVIÇO</div><div class=disc>{svc[0]} - {e(svc[1])}</div>
<table class=ret><tr><td>Valor Total das Deduções (R$)<br>0,00</td><td>Base de Cálculo (R$)<br>{
        num(value, ".", ",")
    }</td>
<td>Alíquota (%)<br>{num(rate, ".", ",")}</td><td>Valor do ISS<br>{
        e(d.k("tax", m(iss)))
    }</td><td>Crédito p/ IPTU (R$)<br>0,00
</td></tr></table><div class=sec>OUTRAS INFORMAÇÕES</div><div class=disc>Valores expressos em reais
({
        e(d.k("currency", "BRL"))
    }). Documento emitido por ME ou EPP optante pelo Simples Nacional: Não. ISS não retido.</div>"""
    css = (
        "body{font-family:'Liberation Sans';font-size:8pt}table{width:100%}td{border:1px solid #000;"
        "padding:3px}"
        ".pm{text-align:center;font-size:10pt;width:70%}.n td{border:1px solid #000}"
        ".sec{background:#ddd;border:1px solid"
        " #000;font-weight:bold;text-align:center;margin-top:4px;padding:2px}.p td{border:none;"
        "border-left:1px solid #000;"
        "border-right:1px solid #000}.disc{border:1px solid #000;padding:6px;min-height:60px}"
        ".tot{border:1px solid #000;"
        "text-align:center;font-weight:bold;font-size:11pt;padding:6px;margin-top:4px}"
        ".ret td{text-align:center}"
    )
    d.key = key_of(no, issued, None, value, "BRL", vendor, None, iss)
    d.html = page("pt-BR", css, body)
    return d


def fatura_pt(rng: random.Random) -> Doc:
    d = Doc("fatura_pt", "chromium", "pt")
    vendor = rng.choice(
        [
            "Ribeiro & Filhos, Lda.",
            "Tasca Digital - Software, Unipessoal Lda.",
            "Vinhos do Douro Martins, S.A.",
            "Azulejaria Nogueira, Lda.",
        ]
    )
    issued = issue_date(rng)
    seq = rng.randint(1, 2500)
    no = f"FT {rng.choice(['A', f'{issued.year}A', str(issued.year)])}/{seq}"
    atcud = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ23456789") for _ in range(8))
    due = issued + timedelta(days=rng.choice([15, 30, 60])) if rng.random() < 0.7 else None
    pool = [
        "Vinho tinto Reserva 0,75 l",
        "Azeite virgem extra 0,5 l",
        "Azulejo pintado à mão 15x15",
        "Serviço de manutenção",
        "Licença de software (mensal)",
        "Transporte",
        "Caixa de cartão 6 garrafas",
        "Mão de obra",
        "Queijo da Serra 1 kg",
        "Consultoria técnica (hora)",
    ]
    items = make_items(
        rng, pool, rng.randint(2, 6), 3, 400, [Decimal(23), Decimal(23), Decimal(13), Decimal(6)], True, 24
    )
    groups = tax_by_rate(items)
    sub = sum(b for _, b, _ in groups)
    iva = sum(t for *_, t in groups)
    total = sub + iva
    m = lambda v: num(v, " ", ",")  # noqa: E731
    rows = "".join(
        f"<tr><td>{it.code}</td><td>{e(it.desc)}</td><td class=r>{num(it.qty, ' ', ',')}</td><td>UN</td>"
        f"<td class=r>{m(it.unit)}</td><td class=r>0,00</td><td class=r>{it.rate},00</td>"
        f"<td class=r>{m(it.amount)}</td></tr>"
        for it in items
    )
    summ = "".join(
        f"<tr><td>IVA{r}</td><td class=r>{r},00%</td><td class=r>{m(b)}</td><td class=r>{m(t)}</td></tr>"
        for r, b, t in groups
    )
    hashc = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)
    )
    due_row = (
        f"<tr><td>Vencimento</td><td>{e(d.k('due_date', fdate(due, 'YYYY-MM-DD')))}</td></tr>" if due else ""
    )
    body = f"""<table style="width:100%"><tr><td><div class=co>{e(d.k("vendor_name", vendor))}</div>
{"<br>".join(e(s) for s in street(rng, "pt"))}<br>Contribuinte N.º {rng.randint(500000000, 599999999)}<br>
Capital Social {rng.choice(["5 000,00", "50 000,00"])} € · C.R.C. {rng.choice(["Porto", "Lisboa"])}</td>
<td class=orig>Original</td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td class=cl>Exmo.(s) Sr.(s)<br>{
        e(rng.choice(["Restaurante O Pescador", "Hotel Miradouro, S.A.", "Câmara Municipal de Tavira"]))
    }<br>{"<br>".join(e(s) for s in street(rng, "pt"))}<br>
NIF {rng.randint(100000000, 299999999)}</td><td><div class=ttl>Fatura {e(d.k("invoice_number", no))}</div>
<table class=meta><tr><td>ATCUD</td><td>{atcud}-{seq}</td></tr><tr><td>Data</td>
<td>{e(d.k("date", fdate(issued, "YYYY-MM-DD")))}</td></tr>{due_row}<tr><td>Moeda</td><td>{
        e(d.k("currency", "EUR"))
    }</td>
</tr><tr><td>Cond. Pagamento</td><td>{
        "Pronto pagamento" if due is None else f"{(due - issued).days} dias"
    }</td></tr>
</table></td></tr></table>
<table class=items><tr><th>Artigo</th><th>Descrição</th><th class=r>Qtd.</th><th>Un.</th><th class=r>Pr.
Unitário</th>
<th class=r>Desc.</th><th class=r>IVA</th><th class=r>Valor</th></tr>{rows}</table>
<table style="width:100%;margin-top:14px"><tr><td style="width:55%"><table class=q><tr><th>Taxa</th><th>%</th>
<th>Incidência</th><th>Valor IVA</th></tr>{summ}</table></td><td><table class=tot>
<tr><td>Total Ilíquido</td><td class=r>{
        e(d.k("subtotal", m(sub)))
    }</td></tr><tr><td>Total Descontos</td><td class=r>0,00</td></tr>
<tr><td>Total IVA</td><td class=r>{e(d.k("tax", m(iva)))}</td></tr>
<tr class=b><td>Total (EUR)</td><td class=r>{e(d.k("total", m(total)))}</td></tr></table></td></tr></table>
<p class=s>IBAN PT50 0035 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {
        rng.randint(100, 999)
    }
<br>Os bens/serviços foram colocados à disposição do adquirente na data do documento.</p>
<p class=f>{hashc}-Processado por programa certificado n.º {rng.randint(1000, 2999)}/AT · Página 1 de 1</p>"""
    css = (
        "body{font-family:'DejaVu Sans';font-size:8.5pt}.co{font-size:14pt;font-weight:bold}"
        ".orig{text-align:right;"
        "vertical-align:top;font-style:italic}.cl{width:50%}.ttl{font-size:15pt;font-weight:bold}"
        ".meta td{padding:1px "
        "14px 1px 0}.items{width:100%;margin-top:14px}.items th{border-top:1px solid #000;"
        "border-bottom:1px solid #000;"
        "padding:3px}.items td{padding:3px}.q th,.q td{padding:2px 6px;border-bottom:1px solid #ccc}"
        ".tot{width:100%;"
        "border:1px solid #000}.tot td{padding:3px 6px}.b td{font-weight:bold;font-size:11pt;"
        "border-top:1px solid #000}"
        ".s{margin-top:30px;font-size:7.5pt}.f{font-size:7pt;text-align:center;margin-top:40px}"
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, sub, iva)
    d.html = page("pt", css, body)
    return d


def contractor_us(rng: random.Random) -> Doc:
    d = Doc("contractor_us", "chromium", "en")
    vendor = rng.choice(
        [
            "Ridgeline Roofing & Gutters LLC",
            "Blue Heron Landscaping, LLC",
            "Keystone Electric Co.",
            "Pine Hollow Carpentry Inc.",
        ]
    )
    issued = issue_date(rng)
    no = str(rng.randint(10001, 10999))
    due = issued + timedelta(days=30)
    labor = [
        (
            "Labor - crew of " + str(rng.randint(2, 4)),
            Decimal(rng.randint(6, 40)),
            Decimal(rng.choice([65, 75, 85])),
        )
    ]
    mats = [
        "Architectural shingles (bundle)",
        "Drip edge 10 ft",
        "Ice & water shield roll",
        "Seamless gutter (ft)",
        "Downspout 3x4",
        "Mulch (cu yd)",
        "20A breaker",
        "Romex 12/2 (250 ft)",
        "Pressure-treated 2x6x12",
        "Dumpster rental",
        "Permit fee",
    ]
    lines = labor + [
        (t, Decimal(rng.randint(1, 20)), Decimal(rng.randint(900, 19000)) / 100)
        for t in rng.sample(mats, rng.randint(2, 5))
    ]
    amounts = [r2(q * p) for _, q, p in lines]
    sub = sum(amounts)
    taxed = rng.random() < 0.6
    mat_total = sum(amounts[1:])
    tax = r2(mat_total * Decimal("6.25") / 100) if taxed else None
    total = sub + (tax or 0)
    deposit = r2(total * Decimal(rng.choice([0, 25, 30, 50])) / 100)
    m = lambda v: f"${num(v)}"  # noqa: E731
    rows = "".join(
        f"<tr><td>{e(t)}</td><td class=r>{num(q, ',', '.', 0)}</td><td class=r>{m(p)}</td>"
        f"<td class=r>{m(a)}</td></tr>"
        for (t, q, p), a in zip(lines, amounts, strict=True)
    )
    foot = "<tr class=foot><td colspan=3>{}</td><td class=r>{}</td></tr>"
    tax_row = foot.format("Sales tax (6.25% on materials)", e(d.k("tax", m(tax)))) if taxed else ""
    dep_row = foot.format("Deposit received", f"-{m(deposit)}") if deposit else ""
    body = f"""<table style="width:100%"><tr><td><div class=co>{e(d.k("vendor_name", vendor))}</div>
{"<br>".join(e(s) for s in street(rng, "us"))}<br>({rng.randint(200, 989)}) {rng.randint(200, 999)}-{
        rng.randint(1000, 9999)
    }
<br>Lic. #{rng.randint(100000, 999999)}</td><td class=r><div class=big>INVOICE</div>
<table class=meta><tr><td>Invoice #</td><td>{e(d.k("invoice_number", no))}</td></tr>
<tr><td>Invoice Date</td><td>{
        e(d.k("date", fdate(issued, "MM/DD/YYYY")))
    }</td></tr><tr><td>Terms</td><td>Net 30</td></tr>
<tr><td>Due Date</td><td>{e(d.k("due_date", fdate(due, "MM/DD/YYYY")))}</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:20px"><tr><td><b>Bill To</b><br>{
        e(rng.choice(["Mark & Susan Delgado", "Lakeside HOA", "Greenway Dental PLLC"]))
    }<br>{"<br>".join(e(s) for s in street(rng, "us"))}</td><td><b>Job Site</b><br>
{"<br>".join(e(s) for s in street(rng, "us"))}<br>Work order WO-{rng.randint(1000, 9999)}</td></tr></table>
<table class=items><tr><th>Description</th><th class=r>Hours/Qty</th><th class=r>Rate</th><th
class=r>Amount</th></tr>
{rows}<tr class=foot><td colspan=3>Subtotal</td><td class=r>{e(d.k("subtotal", m(sub)))}</td></tr>{tax_row}
<tr class=foot><td colspan=3>Total</td><td class=r>{e(d.k("total", m(total)))}</td></tr>{dep_row}
<tr class=due><td colspan=3>Amount Due ({e(d.k("currency", "USD"))})</td><td class=r>{
        m(total - deposit)
    }</td></tr></table>
<p>Payment terms: Net 30. Checks payable to {
        e(vendor)
    }. A 1.5% monthly finance charge applies to past-due balances.</p>
<p class=thanks>Thank you for your business!</p>"""
    css = (
        "body{font-family:'Liberation Serif';font-size:10.5pt}.co{font-size:16pt;font-weight:bold;"
        "color:#7a3e12}"
        ".big{font-size:28pt;color:#7a3e12;letter-spacing:3px}.meta{margin-left:auto}"
        ".meta td{padding:1px 0 1px 16px}"
        ".items{width:100%;margin-top:22px}.items th{background:#7a3e12;color:#fff;padding:5px}"
        ".items td{padding:5px;"
        "border-bottom:1px solid #e5d5c5}.foot td{text-align:right;border:none}"
        ".due td{text-align:right;font-weight:bold;"
        "font-size:13pt;background:#f3e9df}.thanks{margin-top:40px;font-style:italic}"
    )
    d.key = key_of(no, issued, due, total, "USD", vendor, sub, tax)
    d.html = page("en-US", css, body)
    return d
