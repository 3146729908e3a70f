"""Set H, English Story layouts: Australian tax invoice, NZ staffing timesheet, Indian IT reseller."""

from __future__ import annotations

import random
import string
from decimal import Decimal
from pathlib import Path

from outside_common_h import (
    Line,
    en,
    esc,
    issue_due,
    make_key,
    meta,
    month_name,
    num,
    pick_lines,
    r2,
    rows,
    shift,
    story_pdf,
    tax_of,
    total_of,
)
from outside_data_h import CATALOGS


def _long(d, lang: str = "en") -> str:
    return f"{d.day} {month_name(lang, d)} {d.year}"


def _inr(x: Decimal) -> str:
    return num(x, indian=True)


def au_tax_invoice(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Trade tax invoice: currency only in a header note ("$" elsewhere), amount applied, balance due."""
    vendor = "Kookaburra Electrical Services Pty Ltd"
    number = f"{rng.randint(4000, 9999):08d}"
    issue, due = issue_due(rng, 14)
    catalog = [
        ("Supply and install LED downlights (6)", 420, 690),
        ("Switchboard upgrade incl. RCBOs", 1450, 2300),
        ("After-hours call-out", 180, 260),
        ("Test and tag portable appliances", 240, 480),
        ("Install data points Cat6 (4)", 520, 880),
        ("Smoke alarm replacement 240V", 160, 310),
    ]
    lines = pick_lines(rng, catalog, 3, (1, 1))
    sub = total_of(lines)
    gst = tax_of(sub, "10")
    total = sub + gst
    applied = r2(int(total * Decimal("0.3") / 100) * 100)
    d = issue.strftime("%d/%m/%Y")
    part8 = rows(
        [
            ["Invoice No.", number],
            ["Date", d],
            ["Customer PO", f"W{rng.randint(7000, 7999)}"],
            ["Due Date", due.strftime("%d/%m/%Y")],
        ],
        "lr",
    )
    part9 = rows([[ln.desc, f"${en(ln.amount)}", "GST"] for ln in lines], "lrc")
    part10 = rows([["Subtotal:", f"${en(sub)}"], ["Freight:", "$0.00"], ["GST:", f"${en(gst)}"]], "lr")
    part11 = rows([["Amount Applied:", f"${en(applied)}"], ["Balance Due:", f"${en(total - applied)}"]], "lr")
    body = f"""
<p class="small" style="background-color:#f2f2f2;padding:3px">All amounts are in Australian dollars (AUD)</p>
<table><tr><td style="width:62%"><p class="b" style="font-size:12pt">{esc(vendor)}</p><p>ABN 51 824 753 556 -
Electrical Contractor Licence 318842<br/>
7 Dunning Ave, Rosebery NSW 2018</p></td><td style="width:38%"><p style="font-size:18pt">Tax Invoice</p>
<table
class="box">{part8}</table></td></tr></table>
<p style="margin-top:12px"><b>Bill To:</b> Southern Cross Life Insurance Ltd, Level 9, 1 Market St, Sydney NSW
2000</p>
<table class="box" style="margin-top:10px"><tr><th>Description</th><th class="r">Amount</th><th
class="c">Tax</th></tr>
{part9}</table>
<table style="margin-top:10px"><tr><td style="width:50%" class="small">How to pay: EFT to BSB 062-118
Account 1044 7712<br/>Reference: {number}</td><td style="width:50%"><table>
{part10}
<tr class="b"><td>Total Inc. GST:</td><td class="r">${en(total)}</td></tr>
{part11}
</table></td></tr></table>"""
    css = ".box td, .box th {border: 0.5px solid #777;}"
    story_pdf(path, [body], css)
    return make_key(
        meta("en-AU", "au_tax_invoice"),
        invoice_number=(number, number),
        date=(issue, d),
        due_date=(due, due.strftime("%d/%m/%Y")),
        total=(total, f"${en(total)}"),
        currency=("AUD", "AUD"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, f"${en(sub)}"),
        tax=(gst, f"${en(gst)}"),
    )


def nz_staffing_timesheet(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Staffing-agency timesheet invoice: number and date on one line under the title, week-ending dates."""
    vendor = "Tui Recruitment Partners Limited"
    number = f"TS-{rng.randint(20000, 29999)}"
    issue, _ = issue_due(rng, 0)
    due = issue.replace(day=20, month=issue.month + 1) if issue.month < 12 else issue.replace(day=20)
    weeks = [shift(issue, -rng.randint(3, 6) - 7 * k) for k in (1, 0)]
    people = rng.sample(["Mere Tawhiri", "Sam Patel", "Olivia Chen", "Liam O'Connor", "Ana Folau"], 2)
    data, lines = [], []
    for person in people:
        rate = r2(rng.randint(3200, 4800) / 100)
        for wk in weeks:
            hours = Decimal(rng.choice(["37.5", "40", "32", "38.5"]))
            lines.append(Line("", hours, rate))
            data.append(
                [person, _long(wk), "Claims Administrator", str(hours), en(rate), en(lines[-1].amount)]
            )
            if rng.random() < 0.4:
                lines.append(Line("", Decimal(rng.randint(2, 6)), r2(rate * Decimal("1.5"))))
                data.append(
                    [
                        person,
                        _long(wk),
                        "Overtime x1.5",
                        str(lines[-1].qty),
                        en(lines[-1].unit),
                        en(lines[-1].amount),
                    ]
                )
    sub = total_of(lines)
    gst = tax_of(sub, "15")
    total = sub + gst
    part1 = rows([["Total excluding GST", en(sub)], ["GST 15%", en(gst)]], "lr")
    body = f"""
<p style="font-size:22pt;color:#1d5e54">TAX INVOICE</p>
<p style="font-size:11pt">Invoice {number} - {_long(issue)}</p>
<table style="margin-top:14px"><tr><td style="width:28%"><b>Bill to</b><br/>Kowhai Insurance Group
Limited<br/>PO Box 1190
<br/>Wellington 6140</td><td style="width:20%"><b>Purchase order</b><br/>PO
{rng.randint(7000, 7999)}<br/><b>Timesheet batch</b><br/>
TB{rng.randint(300, 399)}</td><td style="width:20%"><b>Payment due</b><br/>{_long(due)}<br/><b>GST
No.</b><br/>112-445-778</td>
<td class="r" style="width:32%"><b>Tui Recruitment</b><br/>Level 3, 86 Customhouse Quay<br/>Wellington
6011</td>
</tr></table>
<table class="ts" style="margin-top:14px"><tr><th>Worker</th><th>Week ending</th><th>Role / type</th>
<th class="r">Hours</th><th class="r">Rate</th><th class="r">Amount</th></tr>{rows(data, "lllrrr")}</table>
<div style="margin-left:50%;margin-top:10px"><table>
{part1}
<tr class="b"><td>Invoice total NZD</td><td class="r">{en(total)}</td></tr></table></div>
<p class="small" style="margin-top:20px">{esc(vendor)} - please pay by the 20th of the month following invoice
into
ANZ 06-0501-0794412-00, quoting {number}.</p>"""
    css = ".ts th {background-color: #1d5e54; color: white;} .ts td {border-bottom: 0.5px solid #bbb;}"
    story_pdf(path, [body], css)
    return make_key(
        meta("en-NZ", "nz_staffing_timesheet"),
        invoice_number=(number, number),
        date=(issue, _long(issue)),
        due_date=(due, _long(due)),
        total=(total, en(total)),
        currency=("NZD", "NZD"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, en(sub)),
        tax=(gst, en(gst)),
    )


def in_it_reseller(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Two-page GST tax invoice with serial numbers, IGST, round-off, lakh grouping; totals on page 2."""
    vendor = "Kaveri Techno Systems Pvt. Ltd."
    issue, _ = issue_due(rng, 30)
    fy = issue.year if issue.month >= 4 else issue.year - 1
    number = f"KTS/{fy % 100}-{fy % 100 + 1}/{rng.randint(1000, 1999)}"
    shown = issue.strftime("%d-%b-%Y")
    catalog = CATALOGS["in_it_reseller"]
    items = []
    for name, hsn, lo, hi in rng.sample(catalog, 8):
        qty = rng.randint(2, 4)
        serials = ", ".join(
            "".join(rng.choices(string.ascii_uppercase[:8] + string.digits, k=10)) for _ in range(qty)
        )
        items.append((name, hsn, serials, Line(name, Decimal(qty), r2(rng.randint(lo, hi)))))
    taxable = total_of([it[3] for it in items])
    igst = tax_of(taxable, "18")
    exact = taxable + igst
    total = r2(exact.quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    round_off = total - exact

    def table(part: list, start: int) -> str:
        body = "".join(
            f"<tr><td class='c'>{start + i}</td><td><b>{esc(n)}</b><br/>"
            f"<span class='small'>S/N: {s}</span></td><td>{h}</td><td class='r'>{ln.qty} Nos</td>"
            f"<td class='r'>{_inr(ln.unit)}</td><td class='c'>Nos</td>"
            f"<td class='r'>{_inr(ln.amount)}</td></tr>"
            for i, (n, h, s, ln) in enumerate(part)
        )
        head = (
            "<tr><th>Sl No.</th><th>Description of Goods</th><th>HSN/SAC</th><th class='r'>Quantity</th>"
            "<th class='r'>Rate</th><th>per</th><th class='r'>Amount (INR)</th></tr>"
        )
        return f"<table class='g'>{head}{body}"

    part2 = rows(
        [
            ["Invoice No.", number],
            ["Dated", shown],
            ["Delivery Note", f"DN/{rng.randint(1000, 1999)}"],
            ["Mode/Terms of Payment", "30 Days"],
            ["Buyer's Order No.", f"PO/HIB/{issue.year}/{rng.randint(400, 499):04d}"],
            ["Dated", shift(issue, -rng.randint(8, 16)).strftime("%d-%b-%Y")],
            [
                "e-Way Bill No.",
                f"{rng.randint(3000, 3999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            ],
            ["Dispatched through", "BlueDart Surface"],
        ],
        "ll",
    )
    header = f"""
<p class="c b" style="font-size:13pt">TAX INVOICE</p>
<table class="g"><tr><td style="width:50%"><b>{esc(vendor)}</b><br/>No. 44, 2nd Floor, 80 Feet Road,
Koramangala 4th Block<br/>Bengaluru, Karnataka 560034<br/>GSTIN/UIN: 29AAGCK4471P1Z5<br/>State Name:
Karnataka,
Code: 29<br/><br/><b>Buyer (Bill to)</b><br/>Hindustan Insurance Brokers Ltd<br/>Unit 7, Bandra Kurla Complex,
Mumbai 400051<br/>GSTIN/UIN: 27AACCH2201L1ZQ<br/>State Name: Maharashtra, Code: 27</td><td style="width:50%">
<table
class="g">{part2}</table></td></tr></table>"""
    page1 = (
        header
        + table(items[:5], 1)
        + "<tr><td colspan='7' class='r'>continued on page 2 ...</td></tr></table>"
    )
    totals = "".join(
        f"<tr><td></td><td class='r'><b>{a}</b></td>{'<td></td>' * 4}<td class='r'>{b}</td></tr>"
        for a, b in [
            ("Taxable Value", _inr(taxable)),
            ("IGST @ 18%", _inr(igst)),
            ("Round Off", _inr(round_off)),
            ("Total", f"₹ {_inr(total)}"),
        ]
    )
    part3 = rows(
        [[h, _inr(ln.amount), "18%", _inr(tax_of(ln.amount, "18"))] for _, h, _, ln in items], "lrrr"
    )
    page2 = f"""<p class="small">{esc(vendor)} - Invoice No. {number} (continued)</p>
{table(items[5:], 6)}{totals}</table>
<table class="g" style="margin-top:8px"><tr><th>HSN/SAC</th><th class="r">Taxable Value</th><th class="r">IGST
Rate</th>
<th class="r">IGST Amount</th></tr>
{part3}</table>
<p style="margin-top:8px">Company's PAN: AAGCK4471P<br/>Company's Bank Details: HDFC Bank, A/c No.
50200048817732,
IFSC HDFC0000523</p><p class="small">Declaration: We declare that this invoice shows the actual price of the
goods
described and that all particulars are true and correct. Warranty as per OEM terms against the serial numbers
listed.
</p><p class="r" style="margin-top:20px">for {esc(vendor)}<br/><br/>Authorised Signatory</p>"""
    css = "body {font-family: DejaVu; font-size: 8pt;} .g td, .g th {border: 0.5px solid #444;}"
    story_pdf(
        path,
        [page1, page2],
        css,
        footer=lambda i, n: f"Page {i} of {n} - This is a Computer Generated Invoice",
    )
    return make_key(
        meta("en-IN", "in_it_reseller"),
        invoice_number=(number, number),
        date=(issue, shown),
        total=(total, _inr(total)),
        currency=("INR", "INR"),
        vendor_name=(vendor, vendor),
        subtotal=(taxable, _inr(taxable)),
        tax=(igst, _inr(igst)),
    )


DOCS = [au_tax_invoice, nz_staffing_timesheet, in_it_reseller]
