"""Set W templates: Fortnox-style Swedish faktura (OCR, bankgiro), e-conomic-style Danish faktura."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

SE_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 9pt 'Nimbus Sans'; } .hd { display: flex;
 justify-content: space-between; } h1 { font-size: 18pt; margin: 0; } table.b { border-collapse: collapse; }
table.b td { border: 0.5px solid #888; padding: 1px 5px; font-size: 8pt; } .lab { font-size: 6.5pt; color:
#555;
 display: block; } .mid { display: flex; justify-content: space-between; margin: 12px 0; }
table.it { width: 100%; border-collapse: collapse; margin-top: 8px; } table.it th { border-bottom: 1px solid
#000;
 text-align: left; padding: 3px; font-size: 8pt; } table.it td { padding: 3px; } .r { text-align: right
 !important; white-space: nowrap; } table.t { width: 100%; border-collapse: collapse; margin-top: 20px; }
table.t td { border: 0.5px solid #888; padding: 2px 5px; } .ft { display: flex; justify-content:
space-between;
 font-size: 7pt; border-top: 1px solid #000; margin-top: 40px; padding-top: 4px; }
"""

SE_ITEMS = [
    ("Takomläggning betongpannor", "m2", 380, 520),
    ("Ställningshyra vecka", "st", 1800, 3200),
    ("Hängrännor plåt, montage", "m", 240, 380),
    ("Arbetstid snickare", "tim", 520, 650),
    ("Containerhyra och deponi", "st", 2900, 4600),
    ("Resekostnad", "st", 350, 650),
]


def luhn(s: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def fortnox_se(rng: random.Random) -> Doc:
    legal = rng.choice(["Norrlands Tak & Plåt AB", "Mälardalens Byggservice AB", "Vänerbygg i Karlstad AB"])
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = str(rng.randrange(1000, 9999))
    ocr = number + f"{rng.randrange(10, 99)}"
    ocr += luhn(ocr)
    d = "{yyyy}-{mm}-{dd}"
    rows, net = [], Decimal(0)
    for name, unit, lo, hi in rng.sample(SE_ITEMS, 4):
        qty = Decimal(rng.randrange(1, 4) if unit == "st" else rng.randrange(4, 60))
        price = Decimal(rng.randrange(lo * 100, hi * 100, 5)) / 100
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty}</td><td>{unit}</td><td class=r>{money(price, 'fr')}</td>"
            f"<td class=r>{money(amt, 'fr')}</td></tr>"
        )
    moms = q2(net * Decimal("0.25"))
    raw = net + moms
    total = raw.quantize(Decimal(1), "ROUND_HALF_UP")
    round_off = total - raw
    bg = f"{rng.randrange(100, 9999)}-{rng.randrange(1000, 9999)}"
    f = "fr"
    body = f"""
<div class=hd><div><b style="font-size:14pt">{esc(legal)}</b></div><div><h1>Faktura</h1>
<table class=b><tr><td><span class=lab>Fakturadatum</span>{
        fdate(issued, d)
    }</td><td><span class=lab>Kundnr</span>{
        rng.randrange(1000, 1999)
    }</td><td><span class=lab>Fakturanr</span>{number}</td></tr><tr><td colspan=3><span class=lab>OCR</span>{
        ocr
    }</td>
</tr></table></div></div>
<div class=mid><table><tr><td>Er referens</td><td>{rng.choice(["Anna Lind", "Per Ek", "Sara Holm"])}</td></tr>
<tr><td>Vår referens</td><td>{rng.choice(["Johan Berg", "Erik Nyström", "Maja Falk"])}</td></tr>
<tr><td>Betalningsvillkor</td><td>30 dagar netto</td></tr><tr><td>Förfallodatum</td><td>{
        fdate(due, d)
    }</td></tr>
<tr><td>Dröjsmålsränta</td><td>8 %</td></tr></table>
<div>{rng.choice(["Brf Solgläntan", "Lindqvist Fastigheter AB", "Familjen Sjöberg"])}<br>{
        rng.choice(["Storgatan", "Skolvägen", "Björkvägen"])
    } {rng.randrange(1, 80)}<br>{rng.randrange(100, 999)} {rng.randrange(10, 99)} {
        rng.choice(["Umeå", "Västerås", "Karlstad"])
    }</div></div>
<table class=it><tr><th>Benämning</th><th class=r>Lev ant</th><th>Enhet</th><th class=r>À-pris</th>
<th class=r>Summa</th></tr>{"".join(rows)}</table>
<table class=t><tr><td><span class=lab>Exkl. moms</span>{
        money(net, f)
    }</td><td><span class=lab>Moms 25%</span>{money(moms, f)}</td><td><span class=lab>Öresavrundning</span>{
        money(round_off, f)
    }</td><td><span class=lab>Att betala SEK
</span><b>{money(total, f)}</b></td></tr></table>
<div class=ft><div>{esc(legal)}<br>{rng.choice(["Storgatan", "Kungsgatan"])} {rng.randrange(1, 50)}<br>Säte: {
        rng.choice(["Umeå", "Västerås", "Karlstad"])
    }</div><div>Org.nr {rng.randrange(556000, 559999)}-{rng.randrange(1000, 9999)}<br>Momsreg.nr SE{
        rng.randrange(10**11, 10**12)
    }<br>Godkänd för F-skatt</div><div>Bankgiro<br>{bg}</div><div>E-post<br>faktura@{
        legal.split()[0].lower()
    }.se</div>
</div>"""
    return make(
        "fortnox_se",
        "sv",
        page(SE_CSS, body, "sv"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("SEK", "SEK"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(moms, money(moms, f)),
    )


DK_CSS = """
@page { size: A4; margin: 16mm 18mm; } body { font: 9pt 'Liberation Sans'; color: #333; }
.hd { display: flex; justify-content: space-between; } h1 { font-size: 22pt; font-weight: normal; margin: 0 0
16px;
 color: #555; } table.m td { padding: 1px 0 1px 16px; } table.it { width: 100%; border-collapse: collapse;
 margin-top: 20px; } table.it th { text-align: left; border-bottom: 1px solid #333; padding: 4px 3px; }
table.it td { padding: 4px 3px; } .r { text-align: right !important; white-space: nowrap; } table.t {
 margin: 6px 0 0 auto; border-collapse: collapse; width: 40%; } table.t td { padding: 3px; } .tt td {
font-weight:
 bold; border-top: 1px solid #333; border-bottom: 3px double #333; } .fi { margin-top: 30px; font: 10pt
 'DejaVu Sans Mono'; border: 1px solid #999; padding: 6px; }
"""

DK_ITEMS = [
    ("1010", "Regnskabsassistance, timer", "timer", 650, 950),
    ("1020", "Årsrapport inkl. skatteregnskab", "stk.", 6500, 14000),
    ("1030", "Lønadministration pr. medarbejder", "stk.", 90, 160),
    ("1040", "Momsindberetning, kvartal", "stk.", 800, 1500),
    ("1050", "Bogføring af bilag", "timer", 450, 650),
]


def economic_dk(rng: random.Random) -> Doc:
    legal = rng.choice(["Fjordens Regnskab ApS", "Hansen & Krogh Revision ApS", "Bøgely Bogholderi I/S"])
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([8, 14, 30]))
    number = str(rng.randrange(1000, 9999))
    d = "{dd}-{mm}-{yyyy}"
    rows, net = [], Decimal(0)
    for code, name, unit, lo, hi in rng.sample(DK_ITEMS, 4):
        qty = Decimal(rng.randrange(2, 40)) / 2 if unit == "timer" else Decimal(rng.randrange(1, 12))
        price = Decimal(rng.randrange(lo, hi))
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{code}</td><td>{name}</td><td class=r>{money(qty, 'de')}</td><td>{unit}</td>"
            f"<td class=r>{money(price, 'de')}</td><td class=r>{money(amt, 'de')}</td></tr>"
        )
    moms = q2(net / 4)
    total = net + moms
    creditor = rng.randrange(10**7, 10**8)
    pay_id = f"{rng.randrange(10**13, 10**14):015d}"
    body = f"""
<div class=hd><div><h1>Faktura</h1>{
        rng.choice(["Vinkælderen Aarhus ApS", "Tømrerfirma Mikkelsen", "Café Solsikke"])
    }
<br>{rng.choice(["Søndergade", "Vestergade", "Havnevej"])} {rng.randrange(1, 90)}<br>{
        rng.choice(["8000 Aarhus C", "5000 Odense C", "9000 Aalborg"])
    }</div><div><b>{esc(legal)}</b><br>{rng.choice(["Strandvejen", "Industrivej", "Torvet"])} {
        rng.randrange(1, 60)
    }<br>
{rng.choice(["7100 Vejle", "6000 Kolding", "4000 Roskilde"])}<br>CVR-nr. {rng.randrange(10**7, 10**8)}<br><br>
<table class=m><tr><td>Fakturanr.</td><td>{number}</td></tr><tr><td>Fakturadato</td><td>{
        fdate(issued, d)
    }</td></tr>
<tr><td>Kundenr.</td><td>{
        rng.randrange(100, 999)
    }</td></tr><tr><td>Side</td><td>1 af 1</td></tr></table></div></div>
<table class=it><tr><th>Varenr.</th><th>Beskrivelse</th><th class=r>Antal</th><th>Enhed</th><th class=r>Stk.
pris</th>
<th class=r>Pris</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Subtotal</td><td class=r>{money(net, "de")}</td></tr>
<tr><td>Moms (25%)</td><td class=r>{money(moms, "de")}</td></tr>
<tr class=tt><td>Total DKK</td><td class=r>{money(total, "de")}</td></tr></table>
<p>Betalingsbetingelser: Netto {(due - issued).days} dage - forfaldsdato: {fdate(due, d)}.<br>
Beløbet indbetales på bankkonto: Reg.nr. {rng.randrange(1000, 9999)} / Kontonr. {
        rng.randrange(10**9, 10**10)
    }<br>
Fakturanr. {number} bedes angivet ved bankoverførsel.</p>
<div class=fi>Betaling via FI-kort:<br>+71&lt; {pay_id} +{creditor}&lt;</div>"""
    return make(
        "economic_dk",
        "da",
        page(DK_CSS, body, "da"),
        repeats=frozenset({"invoice_number"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("DKK", "DKK"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de")),
        tax=(moms, money(moms, "de")),
    )
