"""Set N, cases 9-10: a printed web-mail message whose body is an Australian tax invoice, and a Swedish
faktura on a landscape sheet (both printed to PDF by headless Chromium)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_n import (
    SPACE,
    US,
    Built,
    Inv,
    Item,
    Shown,
    by_rate,
    digits,
    fdate,
    make_key,
    pick_items,
    q2,
)
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import PLUMBING, TOOLS
from outside_html_n import chromium, esc, page, rows


def n09_au_email_body(rng: random.Random) -> Built:
    issued = pick_date(rng)
    items = pick_items(rng, PLUMBING, 4, (1, 1, 1, 2), Decimal(10))
    inv = Inv(
        f"INV-{rng.randint(4000, 6999):08d}",
        issued,
        issued + timedelta(days=14),
        "AUD",
        "Bluegum Plumbing Pty Ltd",
        items,
    )
    inv.taxes = [("GST", by_rate(items)[0][2])]
    paid = Decimal(rng.randint(10, 40) * 10)
    sent = issued + timedelta(days=rng.randint(2, 5))
    job = f"J-{digits(rng, 4)}"
    p: Shown = {}

    def aud(x: Decimal) -> str:
        return "$" + US(x)

    au = "{d} {Mon} {yyyy}"
    width = 66

    def row(label: str, value: str) -> str:
        return f"{label:<{width - 12}}{value:>12}"

    lines = [(i.desc if i.qty == 1 else f"{i.desc} x{i.qty:.0f}", aud(i.net)) for i in items]
    text = [
        "Hi Marcus,",
        "",
        "Thanks for choosing Bluegum Plumbing. Please find below your tax",
        "invoice for the work at 14 Banksia Street, Marrickville.",
        "",
        "-" * width,
        "TAX INVOICE",
        inv.vendor,
        "ABN 51 824 753 556  |  Lic. No. 248815C",
        f"Invoice number:  {put(p, 'invoice_number', 'Invoice number:', inv.number)}",
        f"Invoice date:    {put(p, 'date', 'Invoice date:', fdate(issued, au))}",
        f"Due date:        {put(p, 'due_date', 'Due date:', fdate(inv.due, au))}",
        f"Job number:      {job}",
        "Customer:        Marcus Lee, Wattle Grove Properties",
        "-" * width,
        *[f"{d[: width - 14]:<{width - 12}}{a:>12}" for d, a in lines],
        "-" * width,
        row("Subtotal (excl. GST)", put(p, "subtotal", "Subtotal (excl. GST)", aud(inv.subtotal))),
        row("GST 10%", put(p, "tax", "GST 10%", aud(inv.tax))),
        row("Total (incl. GST) AUD", put(p, "total", "Total (incl. GST) AUD", aud(inv.total))),
        row("Less amount paid (deposit)", "-" + aud(paid)),
        row("AMOUNT DUE", aud(inv.total - paid)),
        "-" * width,
        "",
        "Pay by bank transfer: BSB 062-118  Account 1048 2273",
        f"Reference: {inv.number}   Card payments: bluegumplumbing.com.au/pay",
        "",
        "Cheers,",
        "Dave Kowalski",
        "Bluegum Plumbing - 0412 558 901",
    ]
    put(p, "currency", "", "AUD")
    put(p, "vendor_name", "", inv.vendor)
    stamp = fdate(sent, "{Wd}, {d} {Mon} {yyyy}") + " at " + f"{rng.randint(1, 5)}:{rng.randint(10, 59)} pm"
    body = f"""<div class="bar"><span class="g">Gmail</span><span>Marcus Lee
&lt;marcus.lee@wattlegrove.com.au&gt;
</span></div><hr><div class="subj">Tax Invoice {esc(inv.number)} from {esc(inv.vendor)}</div>
<div class="small">1 message</div><hr>
<table class="from"><tr><td><b>Bluegum Plumbing</b> &lt;accounts@bluegumplumbing.com.au&gt;</td>
<td class="r">{esc(stamp)}</td></tr>
<tr><td>To: Marcus Lee &lt;marcus.lee@wattlegrove.com.au&gt;</td><td></td></tr></table>
<pre>{esc(chr(10).join(text))}</pre>
<div class="foot"><span>https://mail.google.com/mail/u/0/?ik=8d2f0c1a7b&amp;view=pt&amp;search=all&amp;
permthid=thread-f:18{digits(rng, 17)}</span><span>1/1</span></div>"""
    css = """.bar { display: flex; justify-content: space-between; align-items: end; } .g { font: 18pt
'Liberation
 Sans'; color: #777; } .subj { font-size: 13pt; font-weight: bold; margin: 6px 0; } .from { width: 100%; }
pre { font: 9.5pt 'Liberation Mono'; margin-top: 10px; } .foot { position: fixed; bottom: 0; width: 100%;
 display: flex; justify-content: space-between; font-size: 7.5pt; }"""
    data = chromium(page(body, css, margin="12mm 12mm 10mm 12mm", pt=9.5))
    key = make_key(
        inv,
        lang="en-AU",
        template="au-gmail-printed-invoice-body",
        producer="chromium",
        case="printed web-mail message: the invoice is the plain-text body; the message's date, job "
        "number, deposit and amount due differ from the invoice's values",
    )
    return Built("n09_au_email_body", "pdf", data, key, data, p)


def n10_se_landscape(rng: random.Random) -> Built:
    issued = pick_date(rng)
    chosen = rng.sample(TOOLS, 6)
    items = [
        Item(
            d,
            Decimal(rng.choice((1, 1, 2, 3, 5))),
            Decimal(rng.randint(lo, hi)),
            Decimal(25),
            code,
            "st",
            Decimal(rng.choice((0, 0, 0, 5, 10, 15))),
        )
        for code, d, lo, hi in chosen
    ]
    inv = Inv(
        f"{rng.randint(71000, 79999)}",
        issued,
        issued + timedelta(days=30),
        "SEK",
        "Norrlands Verktyg & Maskin AB",
        items,
    )
    inv.taxes = [("Moms 25 %", by_rate(items)[0][2])]
    gross = inv.subtotal + inv.tax
    inv.rounding = q2(gross.quantize(Decimal(1)) - gross)
    p: Shown = {}
    iso = "{yyyy}-{mm}-{dd}"
    ocr = digits(rng, 10)
    grid = [
        ["Fakturanr", put(p, "invoice_number", "Fakturanr", inv.number), "Kundnr", f"{digits(rng, 5)}"],
        ["Fakturadatum", put(p, "date", "Fakturadatum", fdate(issued, iso)), "Er referens", "Anna Lindqvist"],
        [
            "Förfallodatum",
            put(p, "due_date", "Förfallodatum", fdate(inv.due, iso)),
            "Vår referens",
            "Jonas Berg",
        ],
        ["Betalningsvillkor", "30 dagar netto", "Ordernr", f"{rng.randint(500000, 599999)}"],
        ["Dröjsmålsränta", "8 %", "OCR-nummer", ocr],
    ]
    lines = [
        [
            i.code,
            i.desc,
            fdate(issued - timedelta(days=rng.randint(1, 6)), iso),
            SPACE(i.qty, 0),
            i.unit,
            SPACE(i.price),
            SPACE(i.disc, 0) if i.disc else "",
            SPACE(i.net),
        ]
        for i in items
    ]
    sums = [
        ["Nettobelopp", put(p, "subtotal", "Nettobelopp", SPACE(inv.subtotal))],
        ["Moms 25 %", put(p, "tax", "Moms 25 %", SPACE(inv.tax))],
        ["Öresavrundning", SPACE(inv.rounding)],
        ["Att betala SEK", put(p, "total", "Att betala SEK", SPACE(inv.total))],
    ]
    put(p, "currency", "", "SEK")
    put(p, "vendor_name", "", inv.vendor)
    body = f"""<div class="hd"><div><div class="logo">NORRLANDS <span>VERKTYG &amp; MASKIN</span></div>
<div class="small">Förrådsvägen 12, 906 20 Umeå &middot; 090-17 45 80 &middot; order@norrlandsverktyg.se</div>
<div class="to"><b>Fakturaadress</b><br>Skogsentreprenad Lundgren HB<br>Box 118<br>922 31 Vindeln</div></div>
<div><h1>FAKTURA</h1>{rows(grid, "grid", align="llll")}</div></div>
{
        rows(
            lines,
            "items",
            ["Art.nr", "Benämning", "Lev.datum", "Antal", "Enhet", "À-pris", "Rabatt %", "Belopp"],
            "lllrlrrr",
        )
    }
<div class="bottom"><div class="small">Bankgiro 5050-1055 &middot; Plusgiro 48 23 11-6 &middot; IBAN SE45 5000
0000 0583 9825 7466<br>Vid betalning ange OCR-nummer {ocr}. Äganderättsförbehåll gäller tills full betalning
skett.<br>{esc(inv.vendor)} &middot; Org.nr 556712-3490 &middot; Momsreg.nr SE556712349001 &middot; Godkänd
för F-skatt</div>{rows(sums, "sums", align="lr")}</div>"""
    css = """.hd { display: flex; justify-content: space-between; } .logo { font: bold 20pt 'Liberation Sans';
 color: #0a4d8c; } .logo span { font-weight: normal; font-size: 12pt; color: #555; } .to { margin-top: 10mm;
 font-size: 10.5pt; } h1 { margin: 0 0 2mm; color: #0a4d8c; letter-spacing: 2px; }
.grid td { border: 1px solid #bbb; font-size: 8.5pt; } .grid td:nth-child(odd) { background: #eef3f8; }
.items { width: 100%; margin-top: 6mm; } .items th { border-bottom: 2px solid #0a4d8c; }
.items td { border-bottom: 1px solid #ddd; } .bottom { display: flex; justify-content: space-between;
 margin-top: 6mm; gap: 10mm; } .sums td { font-size: 10pt; } .sums tr:last-child td { font-weight: bold;
 font-size: 12pt; border-top: 2px solid #0a4d8c; }"""
    data = chromium(page(body, css, size="A4 landscape", margin="12mm", lang="sv"))
    key = make_key(
        inv,
        lang="sv-SE",
        template="se-verktyg-liggande",
        producer="chromium",
        case="landscape sheet; line discounts; öresavrundning in the total; OCR-nummer, ordernr and "
        "delivery dates as decoys",
    )
    return Built("n10_se_landscape", "pdf", data, key, data, p)


CASES = [n09_au_email_body, n10_se_landscape]
