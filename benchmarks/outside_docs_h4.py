"""Set H, English layouts: UK marketplace VAT invoice (Story), US print shop and Canadian courier (drawn)."""

from __future__ import annotations

import random
import string
from decimal import Decimal
from pathlib import Path

from outside_common_h import (
    PRODUCER_DRAW,
    Canvas,
    Line,
    en,
    esc,
    issue_due,
    make_key,
    meta,
    month_name,
    pick_lines,
    r2,
    rows,
    shift,
    story_pdf,
    tax_of,
    total_of,
)
from outside_data_h import CATALOGS


def uk_marketplace_vat(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Marketplace seller's VAT invoice: combined invoice/delivery date, order decoys, VAT-incl. columns."""
    vendor = "Halden Office Supplies Ltd"
    issue, _ = issue_due(rng, 0)
    order_day = shift(issue, -rng.randint(2, 4))
    wd = lambda d: f"{d.day} {month_name('en', d)} {d.year}"  # noqa: E731
    number = "GB" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=10))
    lines = pick_lines(
        rng,
        CATALOGS["uk_marketplace_vat"],
        3,
        (1, 4),
    )
    vats = [tax_of(ln.amount, "20") for ln in lines]
    sub, vat = total_of(lines), sum(vats, Decimal("0.00"))
    total = sub + vat
    data = [
        [
            ln.desc,
            ln.qty,
            f"£{en(ln.unit)}",
            "20%",
            f"£{en(r2(ln.unit * Decimal('1.2')))}",
            f"£{en(ln.amount + v)}",
        ]
        for ln, v in zip(lines, vats, strict=True)
    ]
    part4 = rows([*data, ["Shipping charges", "", "£0.00", "20%", "£0.00", "£0.00"]], "lcrrrr")
    part5 = rows([["20%", f"£{en(sub)}", f"£{en(vat)}"]], "lrr")
    body = f"""
<table><tr><td style="width:60%"><p style="font-size:18pt" class="b">VAT Invoice</p></td><td
style="width:40%">
Invoice date / Delivery date<br/><b>{wd(issue)}</b><br/>Invoice # <b>{number}</b><br/>Total payable
<b>£{en(total)}</b></td></tr></table>
<table style="margin-top:12px"><tr><td style="width:34%"><b>Sold by</b><br/>{esc(vendor)}<br/>Unit 12, Calder
Trade
Park<br/>Huddersfield HD1 6PQ<br/>VAT # GB331228845</td><td style="width:33%"><b>Billing
address</b><br/>Pennine
Building Society<br/>Westgate House<br/>Halifax HX1 1PW</td><td style="width:33%"><b>Delivery address</b><br/>
Pennine Building Society, Facilities<br/>Westgate House<br/>Halifax HX1 1PW</td></tr></table>
<p style="margin-top:10px"><b>Order information</b><br/>Order date {wd(order_day)}<br/>Order #
{rng.randint(200, 206)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}</p>
<table class="m" style="margin-top:8px"><tr><th>Description</th><th class="c">Qty</th><th class="r">Unit price
(excl.
VAT)</th><th class="r">VAT rate</th><th class="r">Unit price (incl. VAT)</th><th class="r">Item subtotal
(incl. VAT)
</th></tr>{part4}</table>
<div style="margin-left:50%;margin-top:10px"><table class="m"><tr><th>VAT rate</th><th class="r">Item subtotal
(excl. VAT)</th><th class="r">VAT subtotal</th></tr>{part5}
<tr class="b"><td>Total</td><td class="r">£{en(sub)}</td><td class="r">£{en(vat)}</td></tr></table></div>
<p class="small" style="margin-top:24px">This invoice was issued by the seller named above through an online
marketplace. Payment was taken by card when the order was placed.</p>"""
    story_pdf(path, [body], ".m td, .m th {border-bottom: 0.5px solid #999; padding: 3px;}")
    return make_key(
        meta("en-GB", "uk_marketplace_vat"),
        invoice_number=(number, number),
        date=(issue, wd(issue)),
        total=(total, f"£{en(total)}"),
        currency=("GBP", "£"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, f"£{en(sub)}"),
        tax=(vat, f"£{en(vat)}"),
    )


def us_print_shop(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Print-shop invoice: number under the title, job/estimate decoys, discount lines, deposit, balance."""
    vendor = "Ironwood Print & Sign Co., Inc."
    number = str(rng.randint(24000, 29999))
    issue, due = issue_due(rng, 30)
    us = lambda d: d.strftime("%m/%d/%Y")  # noqa: E731
    lines = pick_lines(
        rng,
        CATALOGS["us_print_shop"],
        3,
        (1, 6),
    )
    lines.insert(
        1,
        Line(
            "Tri-fold brochures, 100lb gloss text",
            Decimal(rng.choice([1000, 2500, 5000])),
            r2(rng.randint(14, 38) / 100),
        ),
    )
    lines.append(Line("Setup fee", Decimal(1), Decimal("35.00")))
    gross = total_of(lines)
    disc = [
        Line("Less 10% repeat-client discount", Decimal(1), -r2(gross * Decimal("0.10"))),
        Line("Setup fee waived", Decimal(1), Decimal("-35.00")),
    ]
    sub = gross + total_of(disc)
    tax = tax_of(sub, "8.875")
    total = sub + tax
    deposit = r2(int(total / 2 / 50) * 50)
    c = Canvas("letter")
    c.text(50, 70, vendor, 15, bold=True)
    c.para(
        (50, 78, 300, 120),
        "2207 Industrial Way, Long Island City, NY 11101\n(718) 555-0142 - orders@ironwoodprint.com",
    )
    c.text(562, 70, "INVOICE", 24, bold=True, align="r")
    c.text(562, 88, f"No. {number}", 11, align="r")
    c.grid(
        140,
        [(370, "l"), (562, "r")],
        [
            ["Date", us(issue)],
            ["Due Date", us(due)],
            ["Job #", f"J-{rng.randint(5000, 5999)}"],
            ["Estimate #", f"E-{rng.randint(3000, 3999)}"],
            ["Customer PO", f"{rng.randint(45000000, 45999999)}"],
        ],
    )
    c.text(50, 140, "BILL TO", 8, bold=True)
    c.para(
        (50, 146, 300, 200),
        "Empire Mutual Insurance Company\nMarketing Department\n"
        "1 Liberty Plaza, 22nd Floor\nNew York, NY 10006",
    )
    c.box((50, 222, 562, 238), fill=0.85)
    cols = [(56, "l"), (380, "r"), (460, "r"), (556, "r")]
    c.grid(233, cols, [["DESCRIPTION", "QTY", "RATE", "AMOUNT"]])
    y = c.grid(
        254, cols, [[ln.desc, str(ln.qty), en(ln.unit), en(ln.amount)] for ln in lines + disc], step=16
    )
    c.rule(50, y - 8, 562)
    y = c.grid(
        y + 8, [(440, "l"), (556, "r")], [["Subtotal", f"${en(sub)}"], ["Sales Tax (8.875%)", f"${en(tax)}"]]
    )
    c.text(440, y, "Total", 10, bold=True)
    c.text(556, y, f"${en(total)}", 10, bold=True, align="r")
    y = c.grid(y + 16, [(440, "l"), (556, "r")], [["Deposit received", f"-${en(deposit)}"]])
    c.box((435, y - 11, 562, y + 5), fill=0.9)
    c.text(440, y, "Balance Due (USD)", 9, bold=True)
    c.text(556, y, f"${en(total - deposit)}", 9, bold=True, align="r")
    c.para(
        (50, y + 40, 562, y + 90),
        "Terms: Net 30. Please make checks payable to Ironwood Print & Sign Co., Inc. "
        "A 1.5% monthly finance charge applies to past-due balances. Thank you for your business!",
    )
    c.save(path)
    return make_key(
        meta("en-US", "us_print_shop", PRODUCER_DRAW),
        invoice_number=(number, number),
        date=(issue, us(issue)),
        due_date=(due, us(due)),
        total=(total, f"${en(total)}"),
        currency=("USD", "USD"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, f"${en(sub)}"),
        tax=(tax, f"${en(tax)}"),
    )


def ca_courier(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Bilingual courier invoice: spaced invoice number, account summary with previous balance, HST."""
    vendor = "Maple Leaf Courier Services Inc."
    issue, due = issue_due(rng, 30)
    number = f"{rng.randint(880, 889)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    shipments = []
    for _ in range(rng.randint(7, 10)):
        base = r2(rng.randint(1450, 8900) / 100)
        shipments.append(
            [
                shift(issue, -rng.randint(3, 16)).isoformat(),
                f"W{rng.randint(10**9, 10**10 - 1)}",
                rng.choice(
                    [
                        "Toronto ON > Ottawa ON",
                        "Toronto ON > Montreal QC",
                        "Mississauga ON > London ON",
                        "Toronto ON > Hamilton ON",
                    ]
                ),
                rng.choice(["Express", "Ground", "Overnight AM"]),
                f"{rng.randint(1, 40) / 2:.1f}",
                base,
                r2(base * Decimal("0.185")),
            ]
        )
    shipments.sort(key=lambda s: s[0])
    sub = sum((s[5] + s[6] for s in shipments), Decimal("0.00"))
    hst = tax_of(sub, "13")
    total = sub + hst
    prev = r2(total * Decimal(rng.choice(["0.8", "1.2"])))
    account = f"{rng.randint(7000, 7999)}-{rng.randint(1000, 9999)}"
    c = Canvas("letter")
    c.box((0, 0, 612, 60), fill=0.15, line=False)
    c.text(40, 38, "MAPLE LEAF COURIER", 18, bold=True, gray=1)
    c.text(572, 38, "INVOICE / FACTURE", 14, bold=True, gray=1, align="r")
    c.para(
        (40, 70, 300, 110),
        f"{vendor}\n5100 Dixie Road, Mississauga ON L4W 1C9\nGST/HST No. 81442 7730 RT0001",
    )
    c.grid(
        80,
        [(330, "l"), (572, "r")],
        [
            ["Account No. / No de compte", account],
            ["Invoice Number / No de facture", number],
            ["Invoice Date / Date de facturation", issue.isoformat()],
            ["Payment Due / Échéance", due.isoformat()],
            ["Currency / Devise", "CAD"],
        ],
        size=8.5,
        step=13,
    )
    c.para(
        (40, 150, 300, 200),
        "Bill to / Facturer à:\nAtlantic Crown Insurance Ltd.\n200 Bay Street, Suite 3100\n"
        "Toronto ON M5J 2J2",
    )
    c.box((330, 150, 572, 212))
    c.grid(
        163,
        [(338, "l"), (564, "r")],
        [
            ["Previous balance", en(prev)],
            ["Payments received", en(-prev)],
            ["Charges this invoice", en(total)],
            ["Total account balance", en(total)],
        ],
        size=8,
        step=13,
    )
    cols = [(40, "l"), (96, "l"), (164, "l"), (300, "l"), (380, "r"), (440, "r"), (500, "r"), (572, "r")]
    c.box((36, 226, 576, 240), fill=0.85)
    c.grid(
        236,
        cols,
        [["Date", "Waybill", "Origin > Destination", "Service", "Wt kg", "Base", "Fuel", "Amount"]],
        size=7.5,
    )
    y = c.grid(
        254, cols, [[*s[:5], en(s[5]), en(s[6]), en(s[5] + s[6])] for s in shipments], size=7.5, step=13
    )
    c.rule(36, y - 6, 576)
    y = c.grid(
        y + 8, [(400, "l"), (572, "r")], [["Subtotal / Sous-total", en(sub)], ["HST ON 13% / TVH", en(hst)]]
    )
    c.text(400, y, "Total (CAD)", 10, bold=True)
    c.text(572, y, f"${en(total)}", 10, bold=True, align="r")
    c.para(
        (40, y + 30, 572, y + 70),
        "Please return the remittance portion with your payment. Fuel surcharge 18.5% "
        "applies to base charges. / Veuillez joindre le talon de remise à votre paiement.",
    )
    c.save(path, footer=lambda i, n: f"Page {i} / {n}")
    return make_key(
        meta("en-CA", "ca_courier", PRODUCER_DRAW),
        invoice_number=(number, number),
        date=(issue, issue.isoformat()),
        due_date=(due, due.isoformat()),
        total=(total, f"${en(total)}"),
        currency=("CAD", "CAD"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, en(sub)),
        tax=(hst, en(hst)),
    )


DOCS = [uk_marketplace_vat, us_print_shop, ca_courier]
