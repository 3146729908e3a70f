"""Set Y templates: Brazilian DANFE of an NF-e (chave de acesso, ICMS), Chilean factura electrónica (DTE)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import later, pick_items

BR_CSS = """
@page { size: A4; margin: 8mm; } body { font: 6.8pt 'Liberation Sans Narrow', 'Liberation Sans'; }
table.b { width: 100%; border-collapse: collapse; margin-top: 1.5mm; } table.b td { border: 0.8px solid #000;
 padding: 1px 3px; vertical-align: top; } .l { font-size: 5.3pt; display: block; } .v { font-size: 8pt; }
.sec { font-weight: bold; font-size: 6.5pt; margin-top: 2mm; } .r { text-align: right !important; white-space:
 nowrap; } table.it { width: 100%; border-collapse: collapse; } table.it th, table.it td
{ border: 0.8px solid #000;
 padding: 1px 2px; } table.it th { font-size: 5.5pt; } .bar
{ height: 11mm; background: repeating-linear-gradient(
 90deg, #000 0 1px, #fff 1px 3px, #000 3px 5px, #fff 5px 6px); }
"""

BR_ITEMS = [
    ("PARAFUSO SEXTAVADO M10X40 ZINCADO", "CX", 40, 90),
    ("CHAPA ACO CARBONO 2MM 1000X2000", "PC", 280, 520),
    ("ELETRODO REVESTIDO E6013 2,5MM 5KG", "CX", 90, 160),
    ("TUBO ACO GALVANIZADO 1 POL 6M", "PC", 110, 240),
    ("DISCO DE CORTE 7 POL", "UN", 8, 20),
]


def danfe_br(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["METALURGICA SAO JORGE LTDA", "DISTRIBUIDORA DE ACO PAULISTA LTDA", "FERRAGENS IPIRANGA S.A."]
    )
    issued = issue_date(rng)
    due = later(issued, rng.choice([28, 30, 45]))
    num = rng.randrange(1000, 999999)
    number = f"{num // 10**6:03d}.{num // 1000 % 1000:03d}.{num % 1000:03d}"
    serie = f"{rng.randrange(1, 3):03d}"
    d, f = "{dd}/{mm}/{yyyy}", "de"
    cnpj_n = f"{rng.randrange(10**11, 10**12)}0001"
    cnpj = f"{cnpj_n[:2]}.{cnpj_n[2:5]}.{cnpj_n[5:8]}/{cnpj_n[8:12]}-{rng.randrange(10, 99)}"
    chave = f"35{issued:%y%m}{cnpj_n}{rng.randrange(10, 99)}55{serie}{num:09d}1{rng.randrange(10**7, 10**8)}"
    chave += str(rng.randrange(10))
    chave = chave[:44].ljust(44, "0")
    lines = pick_items(rng, BR_ITEMS, 4, 20)
    prod = sum(a for *_, a in lines)
    frete = Decimal(rng.choice([0, 0, 85, 150]))
    icms = q2(prod * Decimal("0.18"))
    total = prod + frete
    rows = "".join(
        f"<tr><td>{rng.randrange(1000, 9999)}</td><td>{n}</td>"
        f"<td>{rng.randrange(7000, 8500)}.{rng.randrange(10, 99)}.00"
        f"</td><td>000</td><td>5102</td><td>{u}</td>"
        f"<td class=r>{money(q, f, 4)}</td><td class=r>{money(p, f, 4)}</td>"
        f"<td class=r>{money(a, f)}</td><td class=r>{money(a, f)}</td>"
        f"<td class=r>{money(q2(a * Decimal('0.18')), f)}"
        f"</td><td class=r>0,00</td><td class=r>18,00</td></tr>"
        for n, u, q, p, a in lines
    )
    hora = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}"
    buyer = rng.choice(
        ["CONSTRUTORA HORIZONTE LTDA", "AGRO MAQUINAS CAMPINAS LTDA", "SERRALHERIA BOA VISTA ME"]
    )

    def c(label: str, val: object, extra: str = "") -> str:
        return f"<td {extra}><span class=l>{label}</span><span class=v>{val}</span></td>"

    body = f"""<table class=b><tr><td colspan=2><span class=l>RECEBEMOS DE {
        esc(legal)
    } OS PRODUTOS E/OU SERVIÇOS
CONSTANTES DA NOTA FISCAL ELETRÔNICA INDICADA AO LADO. EMISSÃO: {fdate(issued, d)} VALOR TOTAL: R$ {
        money(total, f)
    } DESTINATÁRIO: {
        buyer
    }</span></td><td rowspan=2 style="text-align:center"><b style="font-size:10pt">NF-e</b>
<br>Nº {number}<br>Série {serie}</td></tr><tr>{c("DATA DE RECEBIMENTO", "&nbsp;")}{
        c("IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR", "&nbsp;")
    }</tr></table>
<table class=b><tr><td style="width:38%"><b style="font-size:9pt">{esc(legal)}</b><br>{
        rng.choice(["AV. DO ESTADO", "RUA DA MOOCA", "ROD. ANHANGUERA KM"])
    } {rng.randrange(10, 3000)}<br>{
        rng.choice(["SAO PAULO - SP", "CAMPINAS - SP", "SANTO ANDRE - SP"])
    } CEP 0{rng.randrange(1000, 9999)}-{rng.randrange(100, 999)}<br>FONE: (11) {rng.randrange(2000, 5999)}-{
        rng.randrange(1000, 9999)
    }</td>
<td style="text-align:center;width:18%"><b style="font-size:11pt">DANFE</b><br>DOCUMENTO AUXILIAR DA NOTA
FISCAL
ELETRÔNICA<br>0 - ENTRADA<br>1 - SAÍDA <b>1</b><br><b>Nº {number}<br>SÉRIE {serie}</b><br>FOLHA 1/1</td>
<td><div class=bar></div><span class=l>CHAVE DE ACESSO</span><span class=v>{
        " ".join(chave[i : i + 4] for i in range(0, 44, 4))
    }</span><br><span class=l>Consulta de autenticidade no portal nacional da NF-e
www.nfe.fazenda.gov.br/portal
ou no site da Sefaz Autorizadora</span></td></tr>
<tr>{c("NATUREZA DA OPERAÇÃO", "VENDA DE MERCADORIA")}{c("", "")}{
        c("PROTOCOLO DE AUTORIZAÇÃO DE USO", f"135{rng.randrange(10**11, 10**12)} {fdate(issued, d)} {hora}")
    }</tr><tr>{c("INSCRIÇÃO ESTADUAL", rng.randrange(10**11, 10**12))}{
        c("INSC. ESTADUAL DO SUBST. TRIB.", "")
    }{c("CNPJ", cnpj)}</tr></table>
<div class=sec>DESTINATÁRIO / REMETENTE</div><table class=b><tr>{
        c("NOME / RAZÃO SOCIAL", buyer, "style='width:55%'")
    }{
        c(
            "CNPJ / CPF",
            f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}/0001-"
            f"{rng.randrange(10, 99)}",
        )
    }{c("DATA DA EMISSÃO", fdate(issued, d))}</tr><tr>{
        c("ENDEREÇO", "RUA DAS INDUSTRIAS, " + str(rng.randrange(1, 999)))
    }
{c("MUNICÍPIO", rng.choice(["JUNDIAI", "SOROCABA", "PIRACICABA"]) + " - SP")}{
        c("DATA DA SAÍDA/ENTRADA", fdate(issued, d))
    }
</tr></table>
<div class=sec>FATURA / DUPLICATA</div><table class=b><tr>{
        c("Num. 001", f"Venc. {fdate(due, d)} Valor R$ {money(total, f)}")
    }</tr></table>
<div class=sec>CÁLCULO DO IMPOSTO</div><table class=b><tr>{c("BASE DE CÁLC. DO ICMS", money(prod, f))}{
        c("VALOR DO ICMS", money(icms, f))
    }{c("BASE DE CÁLC. ICMS S.T.", "0,00")}{c("VALOR DO ICMS SUBST.", "0,00")}{
        c("VALOR TOTAL DOS PRODUTOS", money(prod, f))
    }
</tr><tr>{c("VALOR DO FRETE", money(frete, f))}{c("VALOR DO SEGURO", "0,00")}{c("DESCONTO", "0,00")}{
        c("OUTRAS DESPESAS", "0,00")
    }{c("VALOR TOTAL IPI", "0,00")}{c("VALOR TOTAL DA NOTA", money(total, f))}</tr></table>
<div class=sec>DADOS DOS PRODUTOS / SERVIÇOS</div><table
class=it><tr><th>CÓDIGO</th><th>DESCRIÇÃO</th><th>NCM/SH</th>
<th>CST</th><th>CFOP</th><th>UN</th><th>QUANT.</th><th>VALOR UNIT.</th><th>VALOR TOTAL</th><th>BC ICMS</th>
<th>VALOR ICMS</th><th>VALOR IPI</th><th>ALÍQ. ICMS</th></tr>{rows}</table>
<div class=sec>DADOS ADICIONAIS</div><table class=b><tr>{
        c(
            "INFORMAÇÕES COMPLEMENTARES",
            "Pedido do cliente "
            + str(rng.randrange(10000, 99999))
            + ". Documento emitido por ME ou EPP optante pelo Simples Nacional? NÃO.",
        )
    }</tr></table>"""
    return make(
        "danfe_br",
        "pt",
        page(BR_CSS, body, "pt"),
        repeats=frozenset({"invoice_number", "date", "total", "vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("BRL", "R$"),
        vendor_name=(legal, legal),
        tax=(icms, money(icms, f)),
    )


CL_CSS = """
@page { size: Letter; margin: 12mm 14mm; } body { font: 8.5pt 'Liberation Sans'; } .hd { display: flex;
 justify-content: space-between; } .rut
{ border: 3px solid #d00; color: #d00; text-align: center; padding: 6px
 12px; font-weight: bold; font-size: 11pt; width: 62mm; } .sii { color: #d00; text-align: center; font-weight:
 bold; font-size: 8pt; width: 70mm; } table.kv { width: 100%; border: 1px solid #000; margin-top: 4mm;
 border-collapse: collapse; } table.kv td { padding: 1px 4px; } table.it { width: 100%; border-collapse:
 collapse; margin-top: 4mm; } table.it th { border: 1px solid #000; background: #eee; padding: 2px; } table.it
td {
 border-left: 1px solid #000; border-right: 1px solid #000; padding: 2px 4px; } .r { text-align: right
 !important; white-space: nowrap; } .bot { display: flex; justify-content: space-between; margin-top: 5mm; }
.ted { width: 70mm; text-align: center; font-size: 7pt; } .pdf417
{ height: 24mm; background: repeating-linear-
 gradient(90deg, #000 0 2px, #fff 2px 3px, #000 3px 4px, #fff 4px 7px); } table.t { border: 1px solid #000;
 border-collapse: collapse; } table.t td { padding: 2px 8px; } .b td
{ font-weight: bold; border-top: 1px solid #000; }
"""

CL_ITEMS = [
    ("Servicio de arriendo grúa horquilla", "DIA", 85000, 160000),
    ("Mantención preventiva equipo", "UN", 120000, 380000),
    ("Repuesto filtro hidráulico", "UN", 18000, 45000),
    ("Traslado de equipo", "UN", 45000, 120000),
]

CL_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def dte_cl(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Maquinarias del Sur SpA", "Servicios Industriales Andes Limitada", "Grúas Pacífico S.A."]
    )
    issued = issue_date(rng)
    due = later(issued, 30)
    folio = str(rng.randrange(1000, 99999))
    d = "{dd}-{mm}-{yyyy}"
    rows, net = [], 0
    for n, u, lo, hi in rng.sample(CL_ITEMS, 3):
        q = rng.randrange(1, 5)
        p = rng.randrange(lo, hi, 100)
        net += q * p
        rows.append(
            f"<tr><td>{n}</td><td class=r>{q}</td><td>{u}</td><td class=r>{money(p, 'de', 0)}</td>"
            f"<td class=r>{money(q * p, 'de', 0)}</td></tr>"
        )
    iva = int((Decimal(net) * Decimal("0.19")).quantize(Decimal(1), "ROUND_HALF_UP"))
    total = net + iva
    rut = f"{rng.randrange(76, 78)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}-"
    rut += rng.choice("0123456789K")
    fecha = f"{issued.day} de {CL_MONTHS[issued.month - 1]} de {issued.year}"
    body = f"""<div class=hd><div><b style="font-size:12pt">{
        esc(legal).upper()
    }</b><br>Giro: Arriendo y mantención
de maquinaria<br>{rng.choice(["Av. Presidente Frei Montalva", "Camino a Melipilla", "Av. Colón"])} {
        rng.randrange(100, 9999)
    }, {rng.choice(["Quilicura", "Maipú", "Talcahuano"])}<br>Fono: +56 2 {rng.randrange(2000, 2999)} {
        rng.randrange(1000, 9999)
    }</div><div><div class=rut>R.U.T.: {rut}<br>FACTURA ELECTRÓNICA<br>Nº {folio}</div><div class=sii>S.I.I. -
{rng.choice(["SANTIAGO NORTE", "SANTIAGO PONIENTE", "CONCEPCIÓN"])}</div></div></div>
<table class=kv><tr><td>Fecha Emisión: {fecha}</td><td>Fecha Vencimiento: {
        fdate(due, d)
    }</td></tr><tr><td>SEÑOR(ES):
{
        rng.choice(["Constructora Los Robles Ltda.", "Frutícola Valle Central S.A.", "Bodegas Renca SpA"])
    }</td><td>R.U.T.: {rng.randrange(76, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}-{
        rng.randrange(0, 9)
    }</td></tr><tr><td>GIRO: Construcción
</td><td>COMUNA: {
        rng.choice(["Pudahuel", "Rancagua", "San Bernardo"])
    }</td></tr><tr><td>CONDICIÓN DE VENTA: Crédito
30 días</td><td>MONEDA: Peso chileno (CLP)</td></tr></table>
<table class=it><tr><th>Descripción</th><th>Cantidad</th><th>Unidad</th><th>Precio
Unit.</th><th>Valor</th></tr>
{"".join(rows)}</table>
<div class=bot><div class=ted><div class=pdf417></div>Timbre Electrónico SII<br>Res. {
        rng.randrange(20, 99)
    } de
{rng.randrange(2014, 2020)} - Verifique documento: www.sii.cl</div>
<table class=t><tr><td>MONTO NETO</td><td class=r>$ {money(net, "de", 0)}</td></tr><tr><td>I.V.A. 19%</td>
<td class=r>$ {money(iva, "de", 0)}</td></tr><tr><td>IMPUESTO ADICIONAL</td><td class=r>$ 0</td></tr>
<tr class=b><td>TOTAL</td><td class=r>$ {money(total, "de", 0)}</td></tr></table></div>
<p style="font-size:7pt;margin-top:6mm">CEDIBLE · Acuse de recibo: Nombre ____ R.U.T. ____ Fecha ____ Recinto
____
Firma ____ (Ley 19.983)</p>"""
    doc = make(
        "dte_cl",
        "es",
        page(CL_CSS, body, "es"),
        invoice_number=(folio, folio),
        date=(issued, fecha),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de", 0)),
        currency=("CLP", "CLP"),
        vendor_name=(legal.upper(), legal.upper()),
        subtotal=(net, money(net, "de", 0)),
        tax=(iva, money(iva, "de", 0)),
    )
    doc.key.update(total=str(total), subtotal=str(net), tax=str(iva))  # pesos are whole
    return doc
