"""Set N, cases 21-22: a PNG screenshot of a US SaaS billing portal's invoice page (Chromium), and a Swiss
Rechnung with a QR-bill payment part (Empfangsschein / Zahlteil) at the bottom (WeasyPrint)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_n import CH, US, Built, Inv, Item, Shown, by_rate, digits, fdate, make_key, pick_items, q2
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import HOLZBAU
from outside_html_n import block, chromium, esc, page, rows, weasy


def n21_us_png_screenshot(rng: random.Random) -> Built:
    issued = pick_date(rng).replace(day=1)
    seats = rng.choice((8, 10, 12, 15, 25))
    items = [
        Item(f"Growth plan ({seats} seats)", Decimal(seats), Decimal(rng.choice((39, 45, 49, 59)))),
        Item("Additional API calls (per 100k)", Decimal(rng.randint(3, 18)), Decimal("12.50")),
        Item("Data retention add-on, 24 months", Decimal(1), Decimal(rng.choice((79, 99, 129)))),
    ]
    due = issued + timedelta(days=30)
    inv = Inv(
        f"BW-{issued.year}-{rng.randint(300, 900):05d}",
        issued,
        due,
        "USD",
        "Brightwave Analytics, Inc.",
        items,
    )
    inv.taxes = [("Sales tax (WA 10.25%)", q2(inv.subtotal * Decimal("0.1025")))]
    credit = Decimal(50)
    period = issued - timedelta(days=1)
    p: Shown = {}
    us = "{Month} {d}, {yyyy}"

    def usd(x: Decimal) -> str:
        return ("-$" if x < 0 else "$") + US(abs(x))

    history = [
        [
            f"BW-{issued.year}-{rng.randint(100, 299):05d}",
            fdate(issued - timedelta(days=30 * k), us),
            usd(Decimal(rng.randint(40000, 90000)) / 100),
            "Paid",
        ]
        for k in (1, 2, 3)
    ]
    lines = "".join(
        f"<tr><td>{esc(i.desc)}<div class='muted small'>{fdate(period.replace(day=1), '{Mon} {d}')} – "
        f"{fdate(period, '{Mon} {d}, {yyyy}')}</div></td><td class='r'>{i.qty:.0f}</td>"
        f"<td class='r'>{usd(i.price)}</td><td class='r'>{usd(i.net)}</td></tr>"
        for i in items
    )
    sums = [
        ["Subtotal", put(p, "subtotal", "Subtotal", usd(inv.subtotal))],
        ["Sales tax (WA 10.25%)", put(p, "tax", "Sales tax (WA 10.25%)", usd(inv.tax))],
        ["Total", put(p, "total", "Total", usd(inv.total))],
        ["Credit applied", usd(-credit)],
        ["Amount due", usd(inv.total - credit) + " USD"],
    ]
    put(p, "currency", "", "USD")
    put(p, "vendor_name", "", inv.vendor)
    body = f"""<div class="nav"><b>brightwave</b><span>Dashboards</span><span>Reports</span><span
class="on">Billing
</span><span>Settings</span><span class="me">Priya Raman &#9662;</span></div>
<div class="wrap"><div class="crumb">Billing &rsaquo; Invoices &rsaquo; {esc(inv.number)}</div>
<div class="main"><div class="card"><div class="top"><div><h1>Invoice {
        esc(inv.number)
    } <span class="pill">Open
</span></h1><div class="muted">{
        esc(inv.vendor)
    } &middot; 1201 Western Ave, Suite 900, Seattle, WA 98101</div></div>
<div class="btn">Download PDF</div></div>
{
        rows(
            [
                ["Invoice number", put(p, "invoice_number", "Invoice number", inv.number)],
                ["Date of issue", put(p, "date", "Date of issue", fdate(issued, us))],
                ["Date due", put(p, "due_date", "Date due", fdate(due, us))],
                ["Billed to", "Cedar & Pine Outfitters LLC, accounts@cedarpine.co"],
                ["Account ID", f"acct_{digits(rng, 8)}"],
                ["Payment method", "Visa ending 4242 (auto-charge on due date)"],
            ],
            "meta",
            align="ll",
        )
    }
<table class="items"><thead><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit price</th>
<th class="r">Amount</th></tr></thead><tbody>{lines}</tbody></table>{rows(sums, "sums", align="lr")}</div>
<div class="side"><h3>Payment history</h3>{rows(history, "hist", align="llrl")}<h3>Need help?</h3>
<p class="small">Questions about this invoice? Contact billing@brightwave.io. Tax ID
91-2087745.</p></div></div></div>"""
    css = """body { background: #f4f5f7; } .nav { background: #1f2a44; color: #cfd6e4; padding: 14px 28px;
 display: flex; gap: 26px; font-size: 11pt; } .nav b { color: white; font-size: 14pt; } .nav .on { color:
white;
 border-bottom: 2px solid #4f8cff; } .nav .me { margin-left: auto; } .wrap { padding: 18px 28px; }
.crumb { color: #667; margin-bottom: 12px; } .main { display: flex; gap: 22px; } .card { background: white;
 border-radius: 8px; padding: 24px; flex: 3; box-shadow: 0 1px 3px #ccd; } .side { flex: 1; background: white;
 border-radius: 8px; padding: 16px; } .top { display: flex; justify-content: space-between; }
h1 { font-size: 18pt; margin: 0 0 4px; } .pill { font-size: 9pt; background: #fff4d6; color: #8a5a00;
 padding: 2px 8px; border-radius: 10px; vertical-align: middle; } .btn { border: 1px solid #4f8cff;
 color: #4f8cff; padding: 6px 12px; border-radius: 6px; height: 30px; } .meta { margin: 16px 0; }
.meta td:first-child { color: #667; width: 150px; } .items { width: 100%; } .items th { border-bottom: 1px
solid
 #dde; color: #667; font-weight: normal; text-align: left; } .items td { border-bottom: 1px solid #eef;
 padding: 8px 5px; } .sums { margin: 12px 0 0 auto; } .sums tr:nth-child(3) td { font-weight: bold; }
.sums tr:last-child td { font-weight: bold; font-size: 13pt; border-top: 1px solid #dde; }
.hist td { font-size: 8.5pt; border-bottom: 1px solid #eee; } h3 { font-size: 11pt; }"""
    html = page(body, css, size="1280px 1500px", margin="0", pt=10.5)
    source = chromium(html)
    shot = chromium(html, screenshot=(1280, 1100))
    key = make_key(
        inv,
        lang="en-US",
        template="us-saas-portal-screenshot",
        producer="chromium-screenshot",
        case="PNG screenshot of a billing web page: navigation, payment history with earlier invoice "
        "numbers, dates and amounts; credit applied and amount due; billing period dates",
    )
    return Built("n21_us_png_screenshot", "png", shot, key, source, p)


def qr_modules(rng: random.Random, n: int = 29) -> str:
    """A QR-like module grid (an SVG) with the Swiss cross in the middle; it encodes nothing."""
    cells = [
        f'<rect x="{x}" y="{y}" width="1" height="1"/>'
        for y in range(n)
        for x in range(n)
        if rng.random() < 0.5 and not (min(x, y) < 8 and max(x, y) < 8)
    ]
    eyes = "".join(
        f'<rect x="{x}" y="{y}" width="7" height="7" fill="none" stroke="#000" stroke-width="1"'
        f' transform="translate(0.5 0.5)"/><rect x="{x + 2}" y="{y + 2}" width="3" height="3"/>'
        for x, y in ((0, 0), (n - 7, 0), (0, n - 7))
    )
    c = n / 2
    cross = (
        f'<rect x="{c - 3}" y="{c - 3}" width="6" height="6" fill="#fff"/><rect x="{c - 2.5}" y="{c - 2.5}" '
        f'width="5" height="5"/><rect x="{c - 0.5}" y="{c - 1.8}" width="1" height="3.6" fill="#fff"/>'
        f'<rect x="{c - 1.8}" y="{c - 0.5}" width="3.6" height="1" fill="#fff"/>'
    )
    return f'<svg viewBox="0 0 {n} {n}" width="46mm" height="46mm">{"".join(cells)}{eyes}{cross}</svg>'


def n22_ch_qrbill(rng: random.Random) -> Built:
    issued = pick_date(rng)
    chosen = rng.sample(HOLZBAU, 5)
    items = pick_items(
        rng, [(d, lo, hi) for d, _, lo, hi in chosen], 5, (4, 8, 12, 24, 60, 120), Decimal("8.1")
    )
    units = {d: u for d, u, _, _ in chosen}
    inv = Inv(
        f"{issued.year % 100}-{rng.randint(1000, 1999):04d}", issued, None, "CHF", "Holzbau Zürcher AG", items
    )
    inv.taxes = [("MWST 8.1 %", by_rate(items)[0][2])]
    gross = inv.subtotal + inv.tax
    inv.rounding = q2((gross * 20).quantize(Decimal(1)) / 20 - gross)
    akonto = (inv.total * Decimal("0.003")).quantize(Decimal(1)) * 100
    rest = inv.total - akonto
    p: Shown = {}
    lines = [
        [str(n * 10), i.desc, CH(i.qty, 0), units[i.desc], CH(i.price), CH(i.net)]
        for n, i in enumerate(items, start=1)
    ]
    sums = [
        ["Total netto", put(p, "subtotal", "Total netto", CH(inv.subtotal))],
        ["MWST 8.1 %", put(p, "tax", "MWST 8.1 %", CH(inv.tax))],
        ["Rundung", CH(inv.rounding)],
        ["Rechnungsbetrag inkl. MWST", put(p, "total", "Rechnungsbetrag inkl. MWST", CH(inv.total))],
        [
            f"abzüglich Akontozahlung vom {fdate(issued - timedelta(days=60), '{dd}.{mm}.{yyyy}')}",
            "-" + CH(akonto),
        ],
        ["Zu bezahlen CHF", CH(rest)],
    ]
    put(p, "currency", "", "CHF")
    put(p, "vendor_name", "", inv.vendor)
    ref = "21 00000 00003 " + " ".join(digits(rng, 5) for _ in range(3))
    amount = f"{rest:,.2f}".replace(",", " ")
    payee = "CH44 3199 9123 0008 8901 2<br>Holzbau Zürcher AG<br>Tösstalstrasse 210<br>8405 Winterthur"
    debtor = "Stockwerkeigentümergemeinschaft<br>Rosenbergstrasse 14<br>8400 Winterthur"
    body = f"""<div class="snd">Holzbau Zürcher AG · Tösstalstrasse 210 · 8405 Winterthur</div>
<div class="win">{
        block(
            [
                "STWEG Rosenbergstrasse 14",
                "c/o Verwaltung Brunner Immobilien",
                "Postfach 77",
                "8401 Winterthur",
            ]
        )
    }</div>
<div class="logo">HOLZBAU<br>ZÜRCHER</div>
<p>Winterthur, {put(p, "date", "Winterthur,", fdate(issued, "{d}. {Month} {yyyy}", "de"))}</p>
<h1>Rechnung Nr. {put(p, "invoice_number", "Rechnung Nr.", inv.number)}</h1>
<p class="small">Kunden-Nr. {digits(rng, 5)} &middot; Objekt: Dachsanierung Rosenbergstrasse 14 &middot;
Ihre Bestellung vom {fdate(issued - timedelta(days=95), "{dd}.{mm}.{yyyy}")} &middot; MWST-Nr.
CHE-112.345.678 MWST</p>
{rows(lines, "items", ["Pos.", "Bezeichnung", "Menge", "Einh.", "Preis", "Betrag CHF"], "llrlrr")}
{rows(sums, "sums", align="lr")}
<p>Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.</p>
<div class="qr"><div class="rcpt"><h4>Empfangsschein</h4><b>Konto / Zahlbar an</b><br>{payee}<br><br>
<b>Referenz</b><br>{ref}<br><br><b>Zahlbar durch</b><br>{
        debtor
    }<br><br><table><tr><td><b>Währung</b><br>CHF</td>
<td><b>Betrag</b><br>{amount}</td></tr></table></div>
<div class="pay"><h4>Zahlteil</h4><div class="cols"><div>{qr_modules(rng)}<table><tr><td><b>Währung</b><br>CHF
</td><td><b>Betrag</b><br>{amount}</td></tr></table></div><div><b>Konto / Zahlbar an</b><br>{payee}<br><br>
<b>Referenz</b><br>{ref}<br><br><b>Zusätzliche Informationen</b><br>Rechnung {esc(inv.number)}<br><br>
<b>Zahlbar durch</b><br>{debtor}</div></div></div></div>"""
    css = """.snd { font-size: 7pt; text-decoration: underline; margin-left: 100mm; } .win { margin-left:
100mm;
 height: 30mm; font-size: 10pt; } .logo { position: absolute; top: 0; left: 0; font: bold 16pt 'Nimbus Sans';
 color: #6b3e1f; line-height: 1; } h1 { font-size: 13pt; } .items { width: 100%; } .items th { border-bottom:
 1px solid #000; } .sums { margin-left: auto; } .sums tr:nth-child(4) td { font-weight: bold; border-top:
 1px solid #000; } .qr { position: absolute; bottom: -14mm; left: -14mm; width: 210mm; height: 105mm;
 border-top: 1px dashed #000; display: flex; font-size: 8pt; } .rcpt { width: 62mm; padding: 5mm;
 border-right: 1px dashed #000; } .pay { padding: 5mm; flex: 1; } .cols { display: flex; gap: 5mm; }
h4 { font-size: 11pt; margin: 0 0 3mm; } .qr td { padding: 0 8mm 0 0; font-size: 8pt; }"""
    source = weasy(page(body, css, lang="de-CH"))
    key = make_key(
        inv,
        lang="de-CH",
        template="ch-holzbau-qr-rechnung",
        producer="weasyprint",
        case="Swiss QR-bill payment part at the bottom (Empfangsschein and Zahlteil with the amount "
        "after an Akontozahlung, QR reference); 1'234.50 numbers; 5-Rappen rounding; terms only",
    )
    return Built("n22_ch_qrbill", "pdf", source, key, source, p)


CASES = [n21_us_png_screenshot, n22_ch_qrbill]
