"""Set W templates: Norwegian faktura (KID, MVA, giro), Mexican CFDI 4.0 print (folio, UUID)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2


def words(text: str) -> list[str]:
    """Split a word list (a str.split call that ruff's SIM905 would want spelled out)."""
    return text.split()


NO_CSS = """
@page { size: A4; margin: 0; } body { font: 9pt 'DejaVu Sans'; margin: 0; } .inv { padding: 14mm 16mm;
height: 180mm; }
.hd { display: flex; justify-content: space-between; } h1 { font-size: 20pt; letter-spacing: 2px; margin: 0 0
6px; }
table.m td { padding: 0 0 0 14px; } table.it { width: 100%; border-collapse: collapse; margin-top: 12mm; }
table.it th { border-bottom: 1.5px solid #000; text-align: left; padding: 3px; font-size: 8pt; } table.it td
{ padding:
 3px; border-bottom: 0.5px solid #ccc; } .r { text-align: right !important; white-space: nowrap; } table.t {
margin:
 6px 0 0 auto; } table.t td { padding: 2px 6px; } .tt td { font-weight: bold; font-size: 11pt; border-top:
1.5px solid
 #000; } .giro { position: absolute; top: 195mm; left: 0; width: 210mm; height: 102mm; background: #fff3d6;
 border-top: 1px dashed #000; padding: 6mm 12mm; box-sizing: border-box; font-size: 8pt; } .giro .f {
background: #fff;
 border: 0.5px solid #c9a64a; padding: 2px 5px; margin: 1mm 0 3mm; min-height: 12px; } .gl { font-size:
6.5pt; }
.row { display: flex; gap: 8mm; }
"""

NO_ITEMS = [
    ("Sertifisert elektriker, timer", "t", 780, 1050),
    ("Utbytte sikringsskap komplett", "stk", 9500, 18000),
    ("Jordfeilbryter 2-polet", "stk", 680, 1100),
    ("Varmekabel bad 6 m2", "stk", 2900, 4800),
    ("Kjøring", "stk", 450, 690),
]


def kid(rng: random.Random) -> str:
    base = f"{rng.randrange(10**8, 10**9)}"
    total = sum(sum(divmod(int(c) * (2 if i % 2 == 0 else 1), 10)) for i, c in enumerate(reversed(base)))
    return base + str((10 - total % 10) % 10)


def faktura_no(rng: random.Random) -> Doc:
    legal = rng.choice(["Fjordlys Elektro AS", "Bergen Installasjon AS", "Nordlys Elektroservice AS"])
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([14, 20, 30]))
    number = str(rng.randrange(10000, 29999))
    d = "{dd}.{mm}.{yyyy}"
    f = "fr"
    rows, net = [], Decimal(0)
    for name, unit, lo, hi in rng.sample(NO_ITEMS, 4):
        qty = Decimal(rng.randrange(2, 30)) / 2 if unit == "t" else Decimal(rng.randrange(1, 4))
        price = Decimal(rng.randrange(lo, hi))
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{name}</td><td class=r>{money(qty, f)}</td><td>{unit}</td>"
            f"<td class=r>{money(price, f)}</td>"
            f"<td class=r>25 %</td><td class=r>{money(amt, f)}</td></tr>"
        )
    mva = q2(net / 4)
    total = net + mva
    k = kid(rng)
    acct = f"{rng.randrange(1000, 9999)}.{rng.randrange(10, 99)}.{rng.randrange(10000, 99999)}"
    orgnr = f"{rng.randrange(900, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    payer = rng.choice(["Solberg Borettslag", "Kari og Ola Haugen", "Frisør Lokken AS"])
    kr, ore = divmod(int(total * 100), 100)
    body = f"""
<div class=inv><div class=hd><div><b style="font-size:14pt">{esc(legal)}</b><br>{
        rng.choice(["Sandviksveien", "Industrigata", "Strandkaien"])
    } {rng.randrange(1, 90)}<br>{rng.choice(["5035 Bergen", "7030 Trondheim", "9008 Tromsø"])}<br>Org.nr. {
        orgnr
    } MVA<br>
Foretaksregisteret</div><div><h1>FAKTURA</h1><table class=m><tr><td>Fakturanr.</td><td>{number}</td></tr>
<tr><td>Fakturadato</td><td>{fdate(issued, d)}</td></tr><tr><td>Forfallsdato</td><td>{fdate(due, d)}</td></tr>
<tr><td>Kundenr.</td><td>{rng.randrange(100, 999)}</td></tr><tr><td>Deres ref.</td><td>{
        rng.choice(["Styreleder", "Ola H.", "Daglig leder"])
    }</td></tr><tr><td>KID</td><td>{k}</td></tr></table></div></div>
<div style="margin-top:8mm">{payer}<br>{rng.choice(["Kirkegata", "Storgata", "Parkveien"])} {
        rng.randrange(1, 60)
    }<br>{rng.choice(["5003 Bergen", "7011 Trondheim", "9007 Tromsø"])}</div>
<table class=it><tr><th>Beskrivelse</th><th class=r>Antall</th><th>Enhet</th><th class=r>Pris</th><th
class=r>Mva</th>
<th class=r>Beløp</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Sum eks. mva</td><td class=r>{
        money(net, f)
    }</td></tr><tr><td>Mva 25 %</td><td class=r>{
        money(mva, f)
    }</td></tr><tr class=tt><td>Å betale NOK</td><td class=r>{money(total, f)}</td></tr></table>
<p>Betales til konto {
        acct
    }. Merk betalingen med KID. Ved for sen betaling påløper forsinkelsesrente.</p></div>
<div class=giro><b>GIRO</b> · Betalingsinformasjon<div class=row><div style="flex:1"><div class=gl>Betalt
av</div>
<div class=f>{payer}</div><div class=gl>Betalt til</div><div class=f>{
        esc(legal)
    }</div></div><div style="flex:1">
<div class=gl>Betalingsfrist</div><div class=f>{
        fdate(due, "{dd}{mm}{yy}")
    }</div><div class=gl>Kundeidentifikasjon (KID)
</div><div class=f>{k}</div></div></div><div class=row><div><div class=gl>Kroner</div><div class=f>{
        kr
    }</div></div><div>
<div class=gl>Øre</div><div class=f>{ore:02d}</div></div><div><div class=gl>Til konto</div><div class=f>{
        acct
    }</div>
</div></div></div>"""
    return make(
        "faktura_no",
        "no",
        page(NO_CSS, body, "no"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("NOK", "NOK"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(mva, money(mva, f)),
    )


ES_UNITS = words(
    "cero un dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiún veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
)
ES_TENS = ["_", "_", "_", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
ES_HUND = words(
    "_ ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"
)


def _es_999(n: int) -> str:
    if n == 100:
        return "cien"
    out = [ES_HUND[n // 100]] if n >= 100 else []
    n %= 100
    if n >= 30:
        out.append(ES_TENS[n // 10] + (f" y {ES_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ES_UNITS[n])
    return " ".join(out)


def words_es(n: int) -> str:
    """Pesos in Spanish words as CFDI printouts write them ('mil doscientos un')."""
    out = []
    if n >= 10**6:
        m = n // 10**6
        out.append("un millón" if m == 1 else f"{_es_999(m)} millones")
        n %= 10**6
    if n >= 1000:
        t = n // 1000
        out.append("mil" if t == 1 else f"{_es_999(t)} mil")
        n %= 1000
    if n:
        out.append(_es_999(n))
    return " ".join(out) or "cero"


MX_CSS = """
@page { size: Letter; margin: 10mm 12mm; } body { font: 7.5pt 'DejaVu Sans Condensed', 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; gap: 10px; } .box { border: 1px solid #7a1f2b; padding:
4px 6px; }
.t1 { background: #7a1f2b; color: #fff; font-weight: bold; padding: 2px 4px; margin: 6px 0 0; } table.g {
width: 100%;
 border-collapse: collapse; } table.g td, table.g th { border: 0.5px solid #999; padding: 2px 3px; } table.g
th {
 background: #f1e4e6; } .r { text-align: right !important; white-space: nowrap; } .tot { display: flex;
 justify-content: space-between; margin-top: 6px; } table.s td { padding: 2px 6px; } .mono { font: 6pt
'DejaVu Sans Mono';
 word-break: break-all; color: #444; }
"""

MX_ITEMS = [
    ("81112501", "E48", "Licencia de software de punto de venta, anual", 4500, 9800),
    ("81111811", "E48", "Soporte técnico remoto, póliza mensual", 1800, 3500),
    ("43211503", "H87", "Terminal punto de venta táctil 15 pulgadas", 9500, 16000),
    ("43211711", "H87", "Lector de código de barras inalámbrico", 900, 1900),
    ("81112306", "E48", "Instalación y configuración en sitio", 1500, 3800),
]


def cfdi_mx(rng: random.Random) -> Doc:
    legal = rng.choice(
        [
            "SOLUCIONES TPV DEL BAJIO SA DE CV",
            "SISTEMAS COMERCIALES AZTECA SA DE CV",
            "TECNOLOGIA RETAIL NORTE S DE RL DE CV",
        ]
    )
    issued = issue_date(rng)
    number = str(rng.randrange(1000, 99999))
    hh, mm, ss = rng.randrange(8, 19), rng.randrange(60), rng.randrange(60)
    stamp = f"{issued.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}"
    cert = f"{issued.isoformat()}T{hh:02d}:{(mm + 1) % 60:02d}:{(ss + 17) % 60:02d}"
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    rfc = (
        "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        + f"{rng.randrange(10, 24)}0{rng.randrange(1, 9)}{rng.randrange(10, 28)}"
    )
    rfc += "".join(rng.choice("ABCDEFGHJK0123456789") for _ in range(3))
    rows, net = [], Decimal(0)
    for clave, unit, desc, lo, hi in rng.sample(MX_ITEMS, 3):
        qty = rng.randrange(1, 5)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{clave}</td><td class=r>{qty}.00</td><td>{unit}</td><td>{desc}</td>"
            f"<td class=r>{money(price)}</td>"
            f"<td class=r>{money(amt)}</td><td>02</td></tr>"
        )
    iva = q2(net * Decimal("0.16"))
    total = net + iva
    pesos, cents = divmod(int(total * 100), 100)
    letra = f"{words_es(pesos).upper()} PESOS {cents:02d}/100 M.N."
    sello = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(340)
    )
    pue = rng.random() < 0.5
    body = f"""
<div class=hd><div><b style="font-size:11pt">{esc(legal)}</b><br>RFC: {
        rfc
    }<br>Régimen fiscal: 601 - General de Ley
Personas Morales<br>Lugar de expedición: {rng.randrange(10000, 99999)}</div>
<div class=box><b style="font-size:10pt">FACTURA</b><br>Folio: {number}<br>Folio fiscal (UUID):<br>{u}<br>
No. de serie del CSD: 0000100000050{rng.randrange(10**7, 10**8)}<br>Fecha y hora de emisión: {stamp}<br>
Fecha y hora de certificación: {cert}<br>Efecto del comprobante: I - Ingreso</div></div>
<div class=t1>Receptor</div><div class=box>{
        rng.choice(
            [
                "ABARROTES LA ESPERANZA SA DE CV",
                "FARMACIAS DEL VALLE SA DE CV",
                "FERRETERA EL MARTILLO SA DE CV",
            ]
        )
    }<br>RFC: {rng.choice(["AES", "FVA", "FMA"])}{rng.randrange(100000, 999999)}{
        rng.choice(["KL3", "B21", "AA9"])
    } · Domicilio fiscal: {
        rng.randrange(10000, 99999)
    } · Régimen fiscal: 601 · Uso CFDI: G03 - Gastos en general</div>
<div class=t1>Conceptos</div><table class=g><tr><th>Clave prod./serv.</th><th>Cantidad</th><th>Clave
unidad</th>
<th>Descripción</th><th>Valor unitario</th><th>Importe</th><th>Objeto imp.</th></tr>{"".join(rows)}</table>
<div class=tot><div>Moneda: MXN - Peso Mexicano<br>Forma de pago: {
        "03 - Transferencia electrónica de fondos" if pue else "99 - Por definir"
    }<br>Método de pago: {
        "PUE - Pago en una sola exhibición" if pue else "PPD - Pago en parcialidades o diferido"
    }<br><br><b>Importe con letra:</b><br>{letra}</div>
<table class=s><tr><td>Subtotal</td><td class=r>$ {
        money(net)
    }</td></tr><tr><td>IVA Trasladado 16%</td><td class=r>$ {
        money(iva)
    }</td></tr><tr><td><b>Total</b></td><td class=r><b>$ {money(total)}</b></td></tr></table></div>
<div class=t1>Sello digital del CFDI</div><div class=mono>{sello[:172]}</div>
<div class=t1>Sello digital del SAT</div><div class=mono>{sello[172:]}</div>
<div class=t1>Cadena original del complemento de certificación digital del SAT</div><div class=mono>||1.1|{
        u
    }|{cert}|
{sello[40:90]}|00001000000{rng.randrange(10**8, 10**9)}||</div>
<p style="text-align:center">Este documento es una representación impresa de un CFDI</p>"""
    return make(
        "cfdi_mx",
        "es",
        page(MX_CSS, body, "es"),
        invoice_number=(number, number),
        date=(issued, stamp),
        due_date=None,
        total=(total, money(total)),
        currency=("MXN", "MXN"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net)),
        tax=(iva, money(iva)),
    )
