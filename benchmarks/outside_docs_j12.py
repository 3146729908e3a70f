"""Set J templates: Czech faktura - daňový doklad (DUZP, zaokrouhlení), Swedish faktura with ROT-avdrag."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

CZ_CSS = """
@page { size: A4; margin: 12mm 14mm; }
body { font: 8.5pt 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #333; padding-bottom: 2mm; }
.hd .t { font-size: 13pt; font-weight: bold; }
.two { display: flex; gap: 4mm; margin-top: 3mm; } .two > div
{ flex: 1; border: 1px solid #999; padding: 2mm; }
.lb { font-size: 7pt; color: #666; text-transform: uppercase; } .nm { font-size: 10pt; font-weight: bold; }
table.k td { padding: 0 4mm 0 0; }
table.p { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.p th
{ background: #e8e8e8; padding: 2px 3px; font-weight: normal; font-size: 7.5pt; text-align: right; }
table.p th:first-child { text-align: left; } table.p td { padding: 2px 3px; border-bottom: 1px solid #ddd; }
.r { text-align: right !important; white-space: nowrap; }
.bot { display: flex; justify-content: space-between; margin-top: 4mm; }
.bot table { border-collapse: collapse; } .bot td, .bot th { padding: 1px 6px; }
.rek th, .rek td { border: 1px solid #999; } .due
{ font-size: 12pt; font-weight: bold; background: #e8e8e8; }
.reg { font-size: 7pt; color: #555; margin-top: 8mm; }
"""

POLOZKY = [
    ("Servisní prohlídka klimatizace", "ks", 1, 3, 1800, 3500, 21),
    ("Výměna filtrů vnitřních jednotek", "ks", 2, 12, 350, 690, 21),
    ("Chladivo R32, doplnění", "kg", 1, 4, 900, 1600, 21),
    ("Montážní práce", "hod", 2, 16, 650, 950, 21),
    ("Doprava technika", "km", 20, 120, 12, 18, 21),
    ("Dezinfekce výparníku (zdravotnické zařízení)", "ks", 1, 6, 400, 700, 12),
]


def faktura_cz(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["KLIMA SERVIS Morava s.r.o.", "Chladicí technika Novák s.r.o.", "AirTech Praha a.s."]
    )
    issued = issue_date(rng)
    duzp = issued - timedelta(days=rng.randrange(2, 8))
    due = issued + timedelta(days=14)
    number = f"{issued.year % 100}{rng.randrange(1, 12):02d}{rng.randrange(1, 999):04d}"
    d = "{d}. {m}. {yyyy}"
    rows, base = [], {21: Decimal(0), 12: Decimal(0)}
    picked = [*rng.sample(POLOZKY[:5], 4), POLOZKY[5]]
    for name, mj, lo, hi, plo, phi, rate in picked:
        qty = Decimal(rng.randrange(lo, hi + 1))
        price = Decimal(rng.randrange(plo, phi))
        net = q2(qty * price)
        tax = q2(net * rate / 100)
        base[rate] += net
        cells = [money(qty, "fr"), mj, money(price, "fr"), f"{rate} %", money(net, "fr"), money(tax, "fr")]
        rows.append(f"<tr><td>{name}</td>" + "".join(f"<td class=r>{c}</td>" for c in cells) + "</tr>")
    dph = {r: q2(b * r / 100) for r, b in base.items()}
    net_all = base[21] + base[12]
    raw = net_all + dph[21] + dph[12]
    total = raw.quantize(Decimal(1))
    total = q2(total)
    diff = total - raw
    vs = f"{rng.randrange(10**9, 10**10)}"
    ico = f"{rng.randrange(10**7, 10**8)}"
    client = rng.choice(["Poliklinika Jih, s.r.o.", "Základní škola Komenského", "Hotel Slavia Brno a.s."])
    body = f"""
<div class=hd><div class=t>Faktura - daňový doklad</div><div class=t>č. {number}</div></div>
<div class=two><div><div class=lb>Dodavatel</div><div class=nm>{esc(vendor)}</div>
{rng.choice(["Křenová", "Purkyňova", "Cejl"])}
{rng.randrange(1, 120)}<br>{rng.choice(["602 00 Brno", "612 00 Brno", "779 00 Olomouc"])}<br>
IČO: {ico} &nbsp; DIČ: CZ{ico}</div>
<div><div class=lb>Odběratel</div><b>{client}</b><br>{rng.choice(["Vídeňská", "Masarykova", "Lidická"])}
{rng.randrange(1, 90)}<br>
{rng.choice(["639 00 Brno", "602 00 Brno", "586 01 Jihlava"])}<br>IČO:
{rng.randrange(10**7, 10**8)}</div></div>
<div class=two><div><table class=k><tr><td>Bankovní
účet:</td><td>{rng.randrange(10**8, 10**9)}/0100</td></tr>
<tr><td>Variabilní symbol:</td><td>{vs}</td></tr><tr><td>Konstantní symbol:</td><td>0308</td></tr>
<tr><td>Způsob platby:</td><td>převodem</td></tr></table></div>
<div><table class=k><tr><td>Datum vystavení:</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Datum splatnosti:</td><td>{fdate(due, d)}</td></tr><tr><td>Datum uskut. zdaň.
plnění:</td><td>{fdate(duzp, d)}</td></tr>
<tr><td>Objednávka:</td><td>OBJ-{rng.randrange(100, 999)}/{issued.year}</td></tr></table></div></div>
<table class=p><tr><th>Označení dodávky</th><th>Množství</th><th>MJ</th><th>Cena za
MJ</th><th>DPH</th><th>Bez DPH</th>
<th>DPH Kč</th></tr>{"".join(rows)}</table>
<div class=bot><table class=rek><tr><th>Sazba</th><th>Základ v Kč</th><th>DPH v Kč</th></tr>
<tr><td>21 %</td><td class=r>{money(base[21], "fr")}</td><td class=r>{money(dph[21], "fr")}</td></tr>
<tr><td>12 %</td><td class=r>{money(base[12], "fr")}</td><td
class=r>{money(dph[12], "fr")}</td></tr></table>
<table><tr><td>Celkem bez DPH</td><td class=r>{money(net_all, "fr")} Kč</td></tr>
<tr><td>Zaokrouhlení</td><td class=r>{"-" if diff < 0 else ""}{money(abs(diff), "fr")} Kč</td></tr>
<tr class=due><td>Celkem k úhradě</td><td class=r>{money(total, "fr")} Kč</td></tr></table></div>
<div class=reg>Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka
{rng.randrange(10000, 99999)}. Vystavil: {rng.choice(["Jana Dvořáková", "Petr Svoboda", "Lucie Horáková"])},
tel.
+420 {rng.randrange(600, 799)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}</div>"""
    return make(
        "faktura_cz",
        "cs",
        page(CZ_CSS, body, "cs"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "fr")),
        currency=("CZK", "Kč"),
        vendor_name=(vendor, vendor),
        subtotal=(net_all, money(net_all, "fr")),
        tax=(dph[21] + dph[12], (money(dph[21], "fr"), money(dph[12], "fr"))),
    )


SE_CSS = """
@page { size: A4; margin: 14mm 16mm 34mm;
  @bottom-center { content: element(sidfot); } }
body { font: 9pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; }
.co { font: bold 18pt 'Liberation Serif'; color: #234; } .fk { font-size: 16pt; }
table.m { border-collapse: collapse; } table.m td { padding: 0 4mm 1px 0; } table.m td:first-child
{ color: #666; }
.adr { margin: 8mm 0 6mm 95mm; line-height: 1.4; }
.refs { display: flex; flex-wrap: wrap; gap: 1mm 8mm; font-size: 8.5pt; margin-bottom: 4mm; }
table.l { width: 100%; border-collapse: collapse; }
table.l th
{ text-align: left; border-bottom: 1px solid #000; padding: 2px; font-weight: normal; color: #444; }
table.l td { padding: 2px; } .r { text-align: right !important; white-space: nowrap; }
table.s { width: 100%; border-collapse: collapse; margin-top: 8mm; background: #eef1f4; }
table.s th { font-weight: normal; font-size: 7.5pt; color: #555; text-align: right; padding: 2px 4px; }
table.s td { text-align: right; padding: 2px 4px 4px; font-size: 10pt; }
.rot { margin-top: 4mm; font-size: 8.5pt; }
.sidfot { position: running(sidfot); display: flex; justify-content: space-between; font-size: 7pt;
  border-top: 0.5px solid #999; padding-top: 2mm; width: 178mm; }
"""

ROT = [
    ("Rivning befintligt badrum", "tim", 8, 24, "arbete"),
    ("Plattsättning vägg och golv", "tim", 16, 40, "arbete"),
    ("VVS-installation, byte av blandare och wc", "tim", 4, 12, "arbete"),
    ("Kakel 30x60 vit matt", "m²", 12, 30, "material"),
    ("Tätskiktssystem inkl. primer", "st", 1, 1, "material"),
    ("Container och bortforsling", "st", 1, 1, "övrigt"),
]


def rot_se(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Lindqvist Bygg & Kakel AB", "Norrtälje Badrumsrenovering AB", "Bergström Hantverkarna AB"]
    )
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = str(rng.randrange(1000, 30000))
    d = "{yyyy}-{mm}-{dd}"
    rows, net, labour = [], Decimal(0), Decimal(0)
    for text, unit, lo, hi, kind in ROT:
        qty = Decimal(rng.randrange(lo, hi + 1))
        price = (
            Decimal(rng.choice([595, 625, 650, 695]))
            if kind == "arbete"
            else Decimal(rng.randrange(300, 4500))
        )
        amt = q2(qty * price)
        net += amt
        labour += amt if kind == "arbete" else 0
        rows.append(
            f"<tr><td>{text}</td><td class=r>{qty}</td><td>{unit}</td><td class=r>{money(price, 'fr')}</td>"
            f"<td class=r>{money(amt, 'fr')}</td></tr>"
        )
    moms = q2(net / 4)
    raw = net + moms
    total = q2(raw.quantize(Decimal(1)))
    ore = total - raw
    rot = q2((labour * Decimal("1.25") * Decimal("0.30")).quantize(Decimal(1)))
    org = f"55{rng.randrange(6000, 9999)}-{rng.randrange(1000, 9999)}"
    body = f"""
<div class=hd><div class=co>{esc(vendor)}</div><div><div class=fk>Faktura</div>
<table class=m><tr><td>Fakturadatum</td><td>{fdate(issued, d)}</td></tr>
<tr><td>Fakturanr</td><td>{number}</td></tr><tr><td>Kundnr</td><td>{rng.randrange(100, 2000)}</td></tr>
<tr><td>OCR</td><td>{number}{rng.randrange(1000, 9999)}</td></tr></table>
</div></div>
<div class=adr>{rng.choice(["Karin och Erik Sjöberg", "Anna Lundgren", "Mikael Eriksson"])}<br>
{rng.choice(["Storgatan", "Björkvägen", "Tullgatan"])}
{rng.randrange(1, 80)}<br>{rng.choice(["761 30 Norrtälje", "172 66 Sundbyberg", "753 20 Uppsala"])}</div>
<div class=refs><div>Er referens: Kund</div><div>Vår referens:
{rng.choice(["Johan Lindqvist", "Sara Berg"])}</div>
<div>Betalningsvillkor: 30 dagar</div><div>Förfallodatum: {fdate(due, d)}</div><div>Dröjsmålsränta: 8
%</div></div>
<table class=l><tr><th>Benämning</th><th class=r>Antal</th><th>Enhet</th><th class=r>À-pris</th><th
class=r>Belopp</th></tr>
{"".join(rows)}</table>
<table class=s><tr><th>Exkl. moms</th><th>Moms 25
%</th><th>Öresavrundning</th><th>Totalt</th><th>Skattereduktion ROT</th>
<th>Att
betala</th></tr><tr><td>{money(net, "fr")}</td><td>{money(moms, "fr")}</td><td>{money(ore, "fr")}</td>
<td>{money(total, "fr")}</td><td>-{money(rot, "fr")}</td><td><b>SEK
{money(total - rot, "fr")}</b></td></tr></table>
<div class=rot>Skattereduktion för ROT-arbete (30 % av arbetskostnaden inkl. moms) har begärts hos
Skatteverket för
fastigheten {rng.choice(["Norrtälje Lommaren 4:12", "Sundbyberg Järnet 12", "Uppsala Kvarngärdet 31:7"])}.
Om Skatteverket inte beviljar begärd skattereduktion debiteras mellanskillnaden. Arbetskostnad:
{money(labour, "fr")} kr
exkl. moms.</div>
<div class=sidfot><div>Adress<br>{rng.choice(["Industrigatan", "Verkstadsvägen"])}
{rng.randrange(1, 40)}<br>
{rng.choice(["761 41 Norrtälje", "174 57 Sundbyberg"])}</div>
<div>Telefon<br>0176-{rng.randrange(10000, 99999)}</div>
<div>Bankgiro<br>{rng.randrange(100, 9999)}-{rng.randrange(1000, 9999)}</div><div>Org.nr<br>{org}</div>
<div>Momsreg.nr<br>SE{org.replace("-", "")}01</div><div>Godkänd för F-skatt</div></div>"""
    return make(
        "rot_se",
        "sv",
        page(SE_CSS, body, "sv"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "fr")),
        currency=("SEK", "SEK"),
        vendor_name=(vendor, vendor),
        subtotal=(net, money(net, "fr")),
        tax=(moms, money(moms, "fr")),
    )
