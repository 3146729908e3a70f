"""Set M fixed-pitch printouts 13-14: an Irish wholesale invoice with VAT 23 % and 13.5 % (groff) and a
Japanese-English invoice in whole yen with 10 % and 8 % consumption tax (enscript)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal

from outside_common_m import (
    BOLD,
    Doc,
    center,
    fdate,
    issue_date,
    lr,
    make_key,
    money,
    num,
    q2,
    row,
)
from outside_pools_m import IE_POOL, JP_POOL


def ie_wholesale(rng: random.Random) -> Doc:
    w = 78
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv, acct = num(rng, 7), f"HOT{num(rng, 3)}"
    vendor = "Corrib Catering Supplies Limited"
    rows = rng.sample(IE_POOL, rng.randint(6, 9))
    doc = Doc("m13_ie_wholesale", "en-IE", "wholesale invoice, VAT 23 % and 13.5 %", "groff+ps2pdf", {})
    fmt = "{d:02}/{m:02}/{Y}"
    p = [
        lr("", "INVOICE", w),
        BOLD + vendor.upper(),
        "Unit 4, Ballybrit Business Park, Galway H91 X2Y3",
        f"VAT No IE {num(rng, 7)}V   CRO No {num(rng, 6)}   Tel +353 91 77{num(rng, 4)}",
        "",
        row(("INVOICE TO:", 38, "<"), ("DELIVER TO:", 38, "<")),
        row(("The Quay Street Kitchen Ltd", 38, "<"), ("The Quay Street Kitchen", 38, "<")),
        row(("14 Quay Street", 38, "<"), ("Rear entrance, Kirwan's Lane", 38, "<")),
        row(("Galway H91 KT22", 38, "<"), ("Galway H91 KT22", 38, "<")),
        "",
        row(
            ("INVOICE NO :", 13, "<"),
            (doc.show("invoice_number", inv, "INVOICE NO"), 24, "<"),
            ("DATE      :", 12, "<"),
            (doc.show("date", fdate(d, fmt), "DATE"), 12, "<"),
        ),
        row(
            ("ACCOUNT    :", 13, "<"),
            (acct, 24, "<"),
            ("DUE DATE  :", 12, "<"),
            (doc.show("due_date", fdate(due, fmt), "DUE DATE"), 12, "<"),
        ),
        row(
            ("YOUR ORDER :", 13, "<"),
            (f"QSK-{num(rng, 4)}", 24, "<"),
            ("DELIVERY  :", 12, "<"),
            (fdate(d - timedelta(days=1), fmt), 12, "<"),
        ),
        "-" * w,
        row(
            ("CODE", 7, "<"),
            ("DESCRIPTION", 35, "<"),
            ("QTY", 4, ">"),
            ("UNIT", 5, "<"),
            ("PRICE", 8, ">"),
            ("NET", 10, ">"),
            ("VC", 2, ">"),
        ),
        "-" * w,
    ]
    net = {"1": Decimal(0), "2": Decimal(0)}
    for desc, unit, lo, hi, vc in rows:
        qty, price = rng.randint(1, 12), q2(rng.uniform(lo, hi))
        amt = q2(qty * price)
        net[vc] += amt
        p.append(
            row(
                (num(rng, 5), 7, "<"),
                (desc, 35, "<"),
                (str(qty), 4, ">"),
                (unit, 5, "<"),
                (money(price), 8, ">"),
                (money(amt), 10, ">"),
                (vc, 2, ">"),
            )
        )
    v1, v2 = q2(net["1"] * Decimal("0.23")), q2(net["2"] * Decimal("0.135"))
    sub, vat = net["1"] + net["2"], v1 + v2
    total = sub + vat
    p += [
        "-" * w,
        row(("VAT SUMMARY", 12, "<"), ("CODE", 5, "<"), ("RATE", 7, ">"), ("NET", 12, ">"), ("VAT", 10, ">")),
        row(
            ("", 12, "<"), ("1", 5, "<"), ("23.00%", 7, ">"), (money(net["1"]), 12, ">"), (money(v1), 10, ">")
        ),
        row(
            ("", 12, "<"), ("2", 5, "<"), ("13.50%", 7, ">"), (money(net["2"]), 12, ">"), (money(v2), 10, ">")
        ),
        "",
        lr(" " * 46 + "TOTAL NET", doc.show("subtotal", money(sub), "TOTAL NET"), w),
        lr(" " * 46 + "TOTAL VAT", doc.show("tax", money(vat), "TOTAL VAT"), w),
        BOLD + lr(" " * 46 + "INVOICE TOTAL €", doc.show("total", money(total), "INVOICE TOTAL"), w),
        "",
        "TERMS: 30 DAYS FROM DATE OF INVOICE. GOODS REMAIN OUR PROPERTY UNTIL PAID IN FULL.",
        f"BANK: AIB GALWAY  IBAN IE{num(rng, 2)}AIBK9{num(rng, 5)}{num(rng, 8)}  BIC AIBKIE2D",
        "PLEASE QUOTE YOUR ACCOUNT NUMBER WITH ALL PAYMENTS.",
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("INVOICE TOTAL", "€")
    doc.shown["vendor_name"] = ("", vendor.upper())
    doc.key = make_key(inv, d, due, total, vat, sub, "EUR", vendor.upper())
    return doc


def jp_invoice(rng: random.Random) -> Doc:
    w = 78
    d = issue_date(rng)
    end = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    due = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    inv = f"{d:%y%m}-{num(rng, 5)}"
    vendor = "Hoshizora Shoji Co., Ltd."
    rows = rng.sample(JP_POOL, rng.randint(5, 7))
    if not any(r[4] for r in rows):
        rows[-1] = JP_POOL[4]
    doc = Doc(
        "m14_jp_invoice",
        "en-JP",
        "Japanese-English qualified invoice, JPY, 10 % and 8 %",
        "enscript+ps2pdf",
        {},
    )
    fmt = "{Y}/{m:02}/{d:02}"
    base = {False: 0, True: 0}
    lines = []
    for i, (desc, unit, lo, hi, reduced) in enumerate(rows, start=1):
        qty, price = rng.randint(1, 20), rng.randrange(lo, hi, 10)
        base[reduced] += qty * price
        lines.append(
            row(
                (str(i), 3, ">"),
                (desc, 38, "<"),
                (str(qty), 4, ">"),
                (unit, 4, "<"),
                (f"{price:,}", 10, ">"),
                (f"{qty * price:,}", 12, ">"),
            )
        )
    t10 = int((Decimal(base[False]) * Decimal("0.10")).to_integral_value(ROUND_DOWN))
    t8 = int((Decimal(base[True]) * Decimal("0.08")).to_integral_value(ROUND_DOWN))
    sub, tax = base[False] + base[True], t10 + t8
    total = sub + tax
    p = [
        center("I N V O I C E", w),
        "",
        lr("Tokai Medical Devices K.K.", f"Invoice No.  {doc.show('invoice_number', inv, 'Invoice No.')}", w),
        lr("Attn: General Affairs Dept.", f"Date         {doc.show('date', fdate(d, fmt), 'Date')}", w),
        lr("3-8-1 Sakae, Naka-ku, Nagoya 460-0008", f"Customer No. {num(rng, 6)}", w),
        "",
        lr("", doc.show("vendor_name", vendor), w),
        lr("", "2-14-5 Nihonbashi, Chuo-ku, Tokyo 103-0027", w),
        lr("", f"Registration No. T{num(rng, 13)}", w),
        lr("", f"TEL 03-{num(rng, 4)}-{num(rng, 4)}", w),
        "",
        f"Billing period: {fdate(d.replace(day=1), fmt)} - {fdate(end - timedelta(days=1), fmt)}",
        f"Payment due: {doc.show('due_date', fdate(due, fmt), 'Payment due')}",
        "",
        "=" * w,
        lr("  Amount billed (tax incl.)", "JPY " + f"{total:,}", w),
        "=" * w,
        "",
        row(
            ("No", 3, ">"),
            ("Description", 38, "<"),
            ("Qty", 4, ">"),
            ("Unit", 4, "<"),
            ("Unit Price", 10, ">"),
            ("Amount", 12, ">"),
        ),
        "-" * w,
        *lines,
        "-" * w,
        lr(" " * 40 + "Subtotal", doc.show("subtotal", f"{sub:,}", "Subtotal"), w),
        lr(" " * 40 + f"10% items {base[False]:,}  Tax", f"{t10:,}", w),
        lr(" " * 40 + f" 8% items {base[True]:,}  Tax", f"{t8:,}", w),
        lr(" " * 40 + "Consumption tax total", doc.show("tax", f"{tax:,}", "Consumption tax total"), w),
        lr(" " * 40 + "Total (tax incl.)  ¥", doc.show("total", f"{total:,}", "Total"), w),
        "",
        "* Reduced tax rate (8%) item.",
        "Please remit to: MUFG Bank, Nihonbashi Branch (No. 052), Ordinary 0" + num(rng, 6),
        "Account name: Hoshizora Shoji Co., Ltd. Bank charges to be borne by the payer.",
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("", "JPY")
    doc.key = make_key(inv, d, due, Decimal(total), Decimal(tax), Decimal(sub), "JPY", vendor, places=0)
    return doc
