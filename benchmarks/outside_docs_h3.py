"""Set H, English Story layouts: Singapore cloud invoice, South African telecom bill, Nigerian withholding."""

from __future__ import annotations

import random
from datetime import date
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


def _zar(x: Decimal) -> str:
    return "R " + num(x, " ", ".")


def sg_cloud_usage(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Cloud-provider monthly invoice: billing period and account decoys, credits before GST."""
    vendor = "Stratus Cloud Asia Pte. Ltd."
    month = rng.randint(2, 11)
    start = date(2025, month - 1, 1)
    issue = date(2025, month, rng.randint(2, 3))
    due = shift(issue, 30)
    number = str(rng.randint(3300000000, 3399999999))
    fmt = lambda d: f"{d.day} {month_name('en', d, short=True)} {d.year}"  # noqa: E731
    services = [
        ("Compute Engine", 1800, 5200),
        ("Cloud Storage", 240, 900),
        ("Network Egress", 120, 640),
        ("Managed Kubernetes", 600, 1900),
        ("Cloud SQL", 450, 1400),
        ("Support - Enhanced", 500, 500),
    ]
    lines = pick_lines(rng, services, 5, (1, 1))
    credit = -r2(total_of(lines) * Decimal(rng.choice(["0.05", "0.08"])))
    sub = total_of(lines) + credit
    gst = tax_of(sub, "9")
    total = sub + gst
    part4 = "<br/>".join(
        [
            f"Invoice number: {number}",
            f"Invoice date: {fmt(issue)}",
            f"Due date: {fmt(due)}",
            f"Billing period: {fmt(start)} - {fmt(shift(issue, -issue.day))}",
        ]
    )
    part5 = rows([[ln.desc, "Usage charges", en(ln.amount)] for ln in lines], "llr")
    part6 = rows([["Credits", "Committed use discount", en(credit)]], "llr")
    body = f"""
<table><tr><td style="width:55%"><p style="font-size:20pt;color:#3367d6">stratus</p><p>{esc(vendor)}<br/>
8 Marina View, #40-01 Asia Square Tower 1<br/>Singapore 018960<br/>GST Reg. No. 201912345K</p></td>
<td style="width:45%"><h2>Tax
Invoice</h2>{part4}</td></tr></table>
<table style="margin-top:14px"><tr><td style="width:55%"><b>Bill to</b><br/>Lion City Reinsurance Pte Ltd<br/>
1 Raffles Place #30-02<br/>Singapore 048616</td><td style="width:45%">Billing account ID<br/>
<b>{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}</b><br/>Payment profile<br/>
PP-{rng.randint(100000, 999999)}</td></tr></table>
<div style="background-color:#eef3fd;padding:8px;margin:14px 0"><p>Summary for {fmt(start)} -
{fmt(shift(issue, -issue.day))}</p><p style="font-size:14pt">Total amount due SGD {en(total)}</p></div>
<table class="s"><tr><th>Service</th><th>Description</th><th class="r">Amount (SGD)</th></tr>
{part5}
{part6}
<tr class="b"><td>Subtotal in SGD</td><td></td><td class="r">{en(sub)}</td></tr>
{rows([["GST (9%)", "", en(gst)]], "llr")}
<tr class="b"><td>Total in SGD</td><td></td><td class="r">{en(total)}</td></tr></table>
<p class="small" style="margin-top:20px">Pay by bank transfer to DBS Bank Ltd, account 072-884512-6, quoting
invoice number {number}. Questions? Visit the billing console of your account.</p>"""
    css = ".s td, .s th {border-bottom: 0.5px solid #ccc; padding: 4px;}"
    story_pdf(path, [body], css, footer=lambda i, n: f"Invoice {number} - page {i} of {n}")
    return make_key(
        meta("en-SG", "sg_cloud_usage"),
        invoice_number=(number, number),
        date=(issue, fmt(issue)),
        due_date=(due, fmt(due)),
        total=(total, en(total)),
        currency=("SGD", "SGD"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, en(sub)),
        tax=(gst, en(gst)),
    )


def za_telecom_bill(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Telecom tax invoice/statement: previous balance, payment, arrears; total due differs from the total."""
    vendor = "Vuka Telecoms (Pty) Ltd"
    issue, due = issue_due(rng, 21)
    ymd = lambda d: d.strftime("%Y/%m/%d")  # noqa: E731
    number = f"MT00{rng.randint(10000000, 99999999)}"
    lines = pick_lines(
        rng,
        CATALOGS["za_telecom_bill"],
        5,
        (1, 3),
    )
    sub = total_of(lines)
    vat = tax_of(sub, "15")
    total = sub + vat
    prev = r2(total * Decimal(rng.choice(["0.9", "1.1", "1.3"])))
    paid = r2(prev - rng.randint(0, 400))
    due_amt = prev - paid + total
    part7 = rows(
        [
            ["Previous balance", _zar(prev)],
            [f"Payment received {ymd(shift(issue, -13))} - thank you", _zar(-paid)],
            ["Balance brought forward", _zar(prev - paid)],
            ["Current charges", _zar(total)],
        ],
        "lr",
    )
    part8 = rows([[ln.desc, str(ln.qty), _zar(ln.amount)] for ln in lines], "lrr")
    part9 = rows([["Total excl. VAT", "", _zar(sub)], ["VAT @ 15%", "", _zar(vat)]], "lrr")
    body = f"""
<table><tr><td style="width:60%"><p style="font-size:22pt;color:#c0392b">vuka</p><p>{esc(vendor)}<br/>
VAT Reg No 4120187766 - Reg No 2009/014472/07</p></td><td style="width:40%" class="r"><h2>Tax Invoice /
Statement
</h2></td></tr></table>
<table class="i" style="margin-top:10px"><tr><td style="width:25%">Account
number<br/><b>{rng.randint(4000000000, 4999999999)}</b></td><td style="width:25%">Invoice
number<br/><b>{number}</b></td><td style="width:25%">
Invoice date<br/><b>{ymd(issue)}</b></td><td style="width:25%">Payment
due<br/><b>{ymd(due)}</b></td></tr></table>
<p style="margin-top:12px"><b>Your account summary</b> (all amounts in ZAR)</p>
<table
class="i">{part7}
<tr class="b"><td>Total amount due</td><td class="r">{_zar(due_amt)}</td></tr></table>
<p style="margin-top:12px"><b>Current charges</b> - service period
{month_name("en", shift(issue, -issue.day))}</p>
<table class="i"><tr><th>Description</th><th class="r">Qty</th><th class="r">Amount excl. VAT</th></tr>
{part8}
{part9}
<tr class="b"><td>Total current charges incl. VAT</td><td></td><td class="r">{_zar(total)}</td></tr></table>
<p class="small" style="margin-top:16px">Pay via EFT: Standard Bank, branch 051001, account 0720 4418 6, using
your
account number as reference. Debit order customers: the amount due will be collected on {ymd(due)}.</p>"""
    story_pdf(path, [body], ".i td, .i th {border-bottom: 0.5px solid #bbb; padding: 3px;}")
    return make_key(
        meta("en-ZA", "za_telecom_bill"),
        invoice_number=(number, number),
        date=(issue, ymd(issue)),
        due_date=(due, ymd(due)),
        total=(total, _zar(total)),
        currency=("ZAR", "ZAR"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, _zar(sub)),
        tax=(vat, _zar(vat)),
    )


def ng_consulting_wht(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Consulting invoice in naira: VAT 7.5 %, withholding tax deducted to a net payable below the total."""
    vendor = "Adeyemi & Okafor Consulting Limited"
    issue, due = issue_due(rng, 30)
    nd = lambda d: f"{d.day} {month_name('en', d)}, {d.year}"  # noqa: E731
    number = f"AOC/INV/{issue.year}/{rng.randint(10, 99):03d}"
    lines = pick_lines(
        rng,
        CATALOGS["ng_consulting_wht"],
        3,
        (1, 1),
    )
    lines = [Line(ln.desc, ln.qty, r2(int(ln.unit / 1000) * 1000)) for ln in lines]
    sub = total_of(lines)
    vat = tax_of(sub, "7.5")
    total = sub + vat
    wht = tax_of(sub, "10")
    part1 = rows([[i + 1, ln.desc, "₦" + en(ln.amount)] for i, ln in enumerate(lines)], "clr")
    part2 = rows([["", "Sub-total", "₦" + en(sub)], ["", "VAT @ 7.5%", "₦" + en(vat)]], "lrr")
    part3 = rows([["", "Less: Withholding Tax @ 10% (on Sub-total)", "(₦" + en(wht) + ")"]], "lrr")
    body = f"""
<table><tr><td style="width:50%"><h2>{esc(vendor)}</h2><p>14B Bourdillon Road, Ikoyi, Lagos<br/>RC 1428836 -
TIN 21448832-0001</p></td><td style="width:50%" class="r"><p style="font-size:24pt">INVOICE</p>
<p>Invoice No: <b>{number}</b><br/>Date: {nd(issue)}<br/>Due Date: {nd(due)}</p></td></tr></table>
<p style="margin-top:12px"><b>To:</b> Guardian Shield Insurance Plc, 22 Adeola Odeku Street, Victoria Island,
Lagos</p>
<p>Contract ref: GSI/PROC/{issue.year}/{rng.randint(100, 199)}</p>
<table class="t" style="margin-top:8px"><tr><th>S/N</th><th>Description of Service</th><th class="r">Amount
(NGN)</th></tr>
{part1}
{part2}
<tr class="b"><td></td><td>Total (VAT inclusive)</td><td class="r">₦{en(total)}</td></tr>
{part3}
<tr class="b"><td></td><td>Net Amount Payable</td><td class="r">₦{en(total - wht)}</td></tr></table>
<p style="margin-top:14px">Kindly remit WHT credit notes to the FIRS in our name and TIN.<br/>Bank: Zenith
Bank Plc -
Account Name: {esc(vendor)} - Account No: 1014{rng.randint(100000, 999999)}</p>"""
    css = "body {font-family: DejaVu; font-size: 8.5pt;} .t td, .t th {border: 0.5px solid #666;}"
    story_pdf(path, [body], css)
    return make_key(
        meta("en-NG", "ng_consulting_wht"),
        invoice_number=(number, number),
        date=(issue, nd(issue)),
        due_date=(due, nd(due)),
        total=(total, "₦" + en(total)),
        currency=("NGN", "NGN"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, "₦" + en(sub)),
        tax=(vat, "₦" + en(vat)),
    )


DOCS = [sg_cloud_usage, za_telecom_bill, ng_consulting_wht]
