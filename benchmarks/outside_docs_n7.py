"""Set N, cases 13-14: a Canadian two-page invoice whose second page repeats the header ("Page 2 of 2")
and carries the totals, and an Irish invoice under a payment reminder letter (both WeasyPrint)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_n import (
    US,
    Built,
    Inv,
    Item,
    Shown,
    by_rate,
    digits,
    fdate,
    make_key,
    pct,
    pick_items,
    q2,
)
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import MARINE, OFFICE
from outside_html_n import block, esc, page, rows, weasy
from outside_scan_n import merge


def n13_ca_two_page(rng: random.Random) -> Built:
    issued = pick_date(rng)
    items = pick_items(rng, MARINE, 24, (1, 2, 2, 4, 6, 10))
    for it in items:
        it.code = f"PR-{rng.randint(10000, 99999)}"
    inv = Inv(
        f"PRM-{rng.randint(300000, 399999)}",
        issued,
        issued + timedelta(days=30),
        "CAD",
        "Pacific Rim Marine Supply Ltd.",
        items,
    )
    inv.taxes = [
        ("GST 5%", q2(inv.subtotal * Decimal("0.05"))),
        ("PST 7%", q2(inv.subtotal * Decimal("0.07"))),
    ]
    deposit = q2(inv.total * Decimal("0.2"))
    account, po = f"{digits(rng, 6)}", f"SRM-{digits(rng, 4)}"
    p: Shown = {}
    iso = "{yyyy}-{mm}-{dd}"

    def cad(x: Decimal) -> str:
        return "$" + US(x)

    put(p, "invoice_number", "Invoice #", inv.number)
    put(p, "date", "Invoice Date", fdate(issued, iso))

    def header(n: int) -> str:
        meta = [
            ["Invoice #", inv.number],
            ["Invoice Date", fdate(issued, iso)],
            ["Account", account],
            ["Page", f"{n} of 2"],
        ]
        return f"""<div class="hd"><div><div class="logo">PACIFIC RIM <span>MARINE SUPPLY</span></div>
<div class="small">{esc(inv.vendor)} &middot; 1755 Harbour Road, Vancouver BC V5L 1A3 &middot;
604-555-0190<br>
GST No. 81234 5678 RT0001 &middot; PST No. PST-1234-5678</div></div>
<div><h1>INVOICE</h1>{rows(meta, "meta", align="lr")}</div></div>"""

    def table(part: list[Item]) -> str:
        return rows(
            [[i.code, i.desc, f"{i.qty:.0f}", cad(i.price), cad(i.net)] for i in part],
            "items",
            ["Part #", "Description", "Qty", "Unit Price", "Amount"],
            "llrrr",
        )

    sums = [
        ["Subtotal", put(p, "subtotal", "Subtotal", cad(inv.subtotal))],
        ["GST 5%", cad(inv.taxes[0][1])],
        ["PST 7%", cad(inv.taxes[1][1])],
        ["Total CAD", put(p, "total", "Total CAD", cad(inv.total))],
        ["Deposit received", "-" + cad(deposit)],
        ["Balance owing", cad(inv.total - deposit)],
    ]
    put(p, "tax", "GST 5%", "|".join(cad(t) for _, t in inv.taxes))
    put(p, "currency", "", "CAD")
    put(p, "vendor_name", "", inv.vendor)
    parties = f"""<div class="parties">{
        block(
            [
                "Salish Sea Charters Inc.",
                "Accounts Payable",
                "200-1180 Marine Dr",
                "North Vancouver BC V7P 1S8",
            ],
            "",
            "Sold To",
        )
    }
{
        block(
            ["Salish Sea Charters Inc.", "Dock C, Slip 14", "Granville Island Marina", "Vancouver BC"],
            "",
            "Ship To",
        )
    }
{
        rows(
            [
                ["Customer PO", po],
                ["Terms", "Net 30"],
                ["Ship Via", "Customer pick-up"],
                ["Due Date", put(p, "due_date", "Due Date", fdate(inv.due, iso))],
            ],
            "meta",
            align="lr",
        )
    }</div>"""
    body = f"""{header(1)}{parties}{table(items[:17])}
<p class="cont">Continued on page 2</p>
<div class="brk"></div>{header(2)}{table(items[17:])}
<div class="end"><div class="small">Please make cheques payable to {esc(inv.vendor)} or pay by EFT to
RBC Royal Bank, Transit 01234, Institution 003, Account 1045578. Interest of 2% per month (26.82% per
annum) is
charged on overdue accounts. Returns within 30 days with receipt; special orders are final.</div>
{rows(sums, "sums", align="lr")}</div>"""
    css = """.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #0e4c6e; }
.logo { font: bold 20pt 'Nimbus Sans'; color: #0e4c6e; } .logo span { font-weight: normal; color: #3a8dbb; }
h1 { margin: 0; text-align: right; color: #0e4c6e; } .meta td { font-size: 8.5pt; padding: 1px 4px; }
.meta td:first-child { font-weight: bold; } .parties { display: flex; justify-content: space-between;
 margin: 5mm 0; } .bt { font-weight: bold; color: #0e4c6e; } .items { width: 100%; font-size: 8.5pt; }
.items th { background: #0e4c6e; color: white; } .items tr:nth-child(even) td { background: #f0f5f8; }
.cont { text-align: right; font-style: italic; } .end { display: flex; gap: 10mm; margin-top: 6mm; }
.sums { min-width: 70mm; } .sums tr:nth-child(4) td { font-weight: bold; border-top: 2px solid #0e4c6e; }"""
    source = weasy(page(body, css, margin="12mm", pt=9))
    key = make_key(
        inv,
        lang="en-CA",
        template="ca-marine-two-page",
        producer="weasyprint",
        case="two-page invoice: page 2 repeats the header with Page 2 of 2 and carries the totals; "
        "GST + PST; deposit and balance owing; account and PO numbers",
    )
    return Built("n13_ca_two_page", "pdf", source, key, source, p)


def n14_ie_reminder(rng: random.Random) -> Built:
    issued = pick_date(rng, days=250)
    items = pick_items(rng, [(d, lo, hi) for d, lo, hi, _ in OFFICE], 5, (1, 2, 3, 5, 10))
    rates = {d: Decimal(r) for d, _, _, r in OFFICE}
    for it in items:
        it.rate = rates[it.desc]
    inv = Inv(
        f"SOS-{rng.randint(20000, 29999)}",
        issued,
        issued + timedelta(days=30),
        "EUR",
        "Shannonside Office Supplies Limited",
        items,
    )
    inv.taxes = [(f"VAT @ {pct(r, '.')}%", t) for r, _, t in by_rate(items)]
    account = f"SHC{digits(rng, 4)}"
    p: Shown = {}
    ie = "{dd}/{mm}/{yyyy}"

    def eur(x: Decimal) -> str:
        return "€" + US(x)

    lines = [[i.desc, f"{i.qty:.0f}", eur(i.price), f"{pct(i.rate, '.')}%", eur(i.net)] for i in items]
    sums = [["Total excl. VAT", put(p, "subtotal", "Total excl. VAT", eur(inv.subtotal))]]
    sums += [[label, eur(t)] for label, t in inv.taxes]
    sums += [
        ["Total VAT", put(p, "tax", "Total VAT", eur(inv.tax))],
        ["Invoice Total", put(p, "total", "Invoice Total", eur(inv.total))],
    ]
    put(p, "currency", "", "€")
    put(p, "vendor_name", "", inv.vendor)
    head = f"""<div class="hd"><div class="logo">Shannonside<br><span>OFFICE SUPPLIES</span></div>
<div class="small r">{esc(inv.vendor)}<br>Unit 7, Raheen Business Park<br>Limerick V94 K2T3<br>
061 228 415 &middot; accounts@shannonside.ie<br>VAT Reg No IE 6388047V</div></div>"""
    meta = [
        ["Invoice No.", put(p, "invoice_number", "Invoice No.", inv.number)],
        ["Invoice Date", put(p, "date", "Invoice Date", fdate(issued, ie))],
        ["Account No.", account],
        ["Delivery Docket", f"DD-{digits(rng, 5)}"],
        ["Payment Due", put(p, "due_date", "Payment Due", fdate(inv.due, ie))],
    ]
    body = f"""{head}<h1>INVOICE <small>(COPY)</small></h1>
<div class="row">{
        block(
            ["Clare County Credit Union", "Accounts Department", "Abbey Street", "Ennis, Co. Clare"],
            "",
            "Invoice To",
        )
    }{rows(meta, "meta", align="lr")}</div>
{rows(lines, "items", ["Description", "Qty", "Unit Price", "VAT Rate", "Net Amount"], "lrrrr")}
{rows(sums, "sums", align="lr")}
<p class="small">Bank of Ireland, Limerick &middot; IBAN IE29 BOFI 9000 1712 3456 78 &middot; BIC BOFIIE2D.
Registered in Ireland No. 412118. Directors: M. Hogan, P. Ryan.</p>"""
    css = """.hd { display: flex; justify-content: space-between; } .logo { font: italic bold 20pt 'C059';
 color: #1b6b3a; line-height: 1; } .logo span { font: bold 9pt 'Liberation Sans'; letter-spacing: 4px; }
h1 { color: #1b6b3a; font-size: 17pt; } h1 small { font-size: 10pt; color: #999; } .row { display: flex;
 justify-content: space-between; } .bt { font-weight: bold; } .meta td { border-bottom: 1px solid #ddd; }
.items { width: 100%; margin-top: 8mm; } .items th { border-bottom: 2px solid #1b6b3a; }
.items td { border-bottom: 1px solid #eee; } .sums { margin: 5mm 0 5mm auto; }
.sums tr:last-child td { font-weight: bold; font-size: 11pt; border-top: 2px solid #1b6b3a; }"""
    source = weasy(page(body, css, lang="en"))
    due = issued + timedelta(days=30)
    reminded = due + timedelta(days=rng.randint(12, 30))
    days_over = (reminded - due).days
    interest = q2(inv.total * Decimal("0.1015") * days_over / 365)
    fee = Decimal("40.00")
    letter = f"""{
        head
    }<p style="margin-top:14mm">Clare County Credit Union<br>Accounts Department<br>Abbey Street
<br>Ennis, Co. Clare</p>
<p class="r">Date: {fdate(reminded, ie)}<br>Our ref: SOS/CR/{digits(rng, 4)}<br>Account No: {account}</p>
<h2>PAYMENT REMINDER &ndash; SECOND NOTICE</h2>
<p>Dear Sir or Madam,</p>
<p>Our records show that the following invoice remains unpaid {
        days_over
    } days after its due date. We enclose a
copy of the invoice for your convenience.</p>
{
        rows(
            [[inv.number, fdate(issued, ie), fdate(inv.due, ie), eur(inv.total), str(days_over)]],
            "items",
            ["Invoice", "Invoice date", "Due date", "Amount", "Days overdue"],
            "lllrr",
        )
    }
{
        rows(
            [
                ["Late payment compensation (S.I. 580/2012)", eur(fee)],
                [f"Interest at 10.15% p.a. for {days_over} days", eur(interest)],
                ["Total now due", eur(inv.total + fee + interest)],
            ],
            "sums",
            align="lr",
        )
    }
<p>Please arrange payment within 7 days of the date of this letter. If you have already paid, please accept
our
thanks and disregard this reminder.</p><p>Yours faithfully,<br><br>Aoife Brennan<br>Credit Control</p>"""
    key = make_key(
        inv,
        lang="en-IE",
        template="ie-office-reminder",
        producer="weasyprint",
        case="payment reminder letter on top (reminder date, days overdue, €40 compensation, interest, "
        "total now due); the invoice copy on page 2 with VAT 23% and 13.5%",
    )
    return Built("n14_ie_reminder", "pdf", merge([weasy(page(letter, css)), source]), key, source, p)


CASES = [n13_ca_two_page, n14_ie_reminder]
