"""Set M fixed-pitch printouts 11-12: a South-African utility tax invoice/statement with arrears (enscript)
and a Canadian mainframe invoice over two pages with a credit line and YYYYMMDD dates (groff)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_m import (
    BOLD,
    Doc,
    Item,
    center,
    fdate,
    issue_date,
    lr,
    make_items,
    make_key,
    money,
    num,
    paginate,
    q2,
    row,
    stub,
)
from outside_pools_m import CA_POOL


def za_municipal(rng: random.Random) -> Doc:
    w = 80
    d = issue_date(rng)
    due = d + timedelta(days=24)
    inv, acct = f"KVU{d:%y%m}-{num(rng, 5)}", f"{num(rng, 4)} {num(rng, 4)} {num(rng, 4)}"
    vendor = "KAROO VALLEY UTILITIES (PTY) LTD"
    kwh, kl = rng.randint(300, 1400), rng.randint(8, 40)
    charges = [
        ("ELECTRICITY", f"{kwh} KWH", "2.8950", q2(kwh * Decimal("2.895"))),
        ("ELECTRICITY NETWORK CHARGE", "", "", q2(rng.uniform(180, 260))),
        ("WATER", f"{kl} KL", "24.6100", q2(kl * Decimal("24.61"))),
        ("SEWERAGE", "", "", q2(rng.uniform(220, 330))),
        ("REFUSE REMOVAL", "", "", q2(rng.uniform(160, 240))),
    ]
    sub = sum(c[3] for c in charges)
    vat = q2(sub * Decimal("0.15"))
    total = sub + vat
    prev = q2(rng.uniform(1500, 4200))
    paid = q2(prev * Decimal(str(rng.choice([0.5, 0.6, 0.75]))))
    interest = q2((prev - paid) * Decimal("0.0125"))
    arrears = prev - paid + interest
    due_amt = arrears + total
    doc = Doc(
        "m11_za_utility",
        "en-ZA",
        "utility tax invoice/statement, arrears and age analysis",
        "enscript+ps2pdf",
        {},
    )
    fmt = "{Y}/{m:02}/{d:02}"
    za = lambda x: money(x, "za", trailing_minus=True)  # noqa: E731
    p = [
        lr(doc.show("vendor_name", vendor), "TAX INVOICE / STATEMENT", w),
        lr(f"VAT REG NO 4{num(rng, 9)}", "PAGE 1 OF 1", w),
        lr("PO BOX 55, GRAAFF-REINET 6280", f"RUN {fdate(d + timedelta(days=1), fmt)} BILL43", w),
        "",
        row(
            ("ACCOUNT NUMBER", 15, "<"),
            (acct, 22, "<"),
            ("INV NO", 10, "<"),
            (doc.show("invoice_number", inv, "INV NO"), 20, "<"),
        ),
        row(
            ("DATE", 15, "<"),
            (doc.show("date", fdate(d, fmt), "DATE"), 22, "<"),
            ("DUE DATE", 10, "<"),
            (doc.show("due_date", fdate(due, fmt), "DUE DATE"), 20, "<"),
        ),
        row(("ERF/STAND NO", 15, "<"), (num(rng, 4), 22, "<"), ("DEPOSIT", 10, "<"), ("1 500.00", 20, "<")),
        row(("CUSTOMER VAT", 15, "<"), ("N/A", 22, "<"), ("TARIFF", 10, "<"), ("DOM-1 PREPAID NO", 20, "<")),
        "",
        "MR T J VAN DER MERWE",
        "14 KERK STRAAT",
        "GRAAFF-REINET 6280",
        "=" * w,
        lr("BALANCE BROUGHT FORWARD", za(prev), w),
        lr(f"PAYMENT RECEIVED {fdate(d - timedelta(days=17), fmt)} - THANK YOU", za(-paid), w),
        lr("INTEREST ON ARREARS", za(interest), w),
        lr("ARREARS", za(arrears), w),
        "-" * w,
        row(
            ("CURRENT CHARGES", 34, "<"),
            ("CONSUMPTION", 12, ">"),
            ("TARIFF", 10, ">"),
            ("AMOUNT (R)", 20, ">"),
        ),
    ]
    for desc, use, tariff, amt in charges:
        p.append(row((desc, 34, "<"), (use, 12, ">"), (tariff, 10, ">"), (za(amt), 20, ">")))
    p += [
        lr("", "----------", w),
        lr(" " * 38 + "TOTAL EXCL VAT", doc.show("subtotal", za(sub), "TOTAL EXCL VAT"), w),
        lr(" " * 38 + "VAT @ 15%", doc.show("tax", za(vat), "VAT"), w),
        lr(" " * 38 + "CURRENT CHARGES INCL VAT", doc.show("total", za(total), "CURRENT CHARGES"), w),
        "=" * w,
        lr(" " * 38 + "TOTAL DUE", "R " + za(due_amt), w),
        "",
        row(
            ("120+ DAYS", 12, ">"),
            ("90 DAYS", 12, ">"),
            ("60 DAYS", 12, ">"),
            ("30 DAYS", 12, ">"),
            ("CURRENT", 12, ">"),
            ("TOTAL", 14, ">"),
        ),
        row(
            ("0.00", 12, ">"),
            ("0.00", 12, ">"),
            ("0.00", 12, ">"),
            (za(arrears), 12, ">"),
            (za(total), 12, ">"),
            (za(due_amt), 14, ">"),
        ),
        "",
        "ACCOUNTS NOT PAID BY THE DUE DATE ARE SUBJECT TO INTEREST AND SUPPLY RESTRICTION.",
        "EFT: FNB CHEQUE ACC 62" + num(rng, 9) + " BRANCH 210554 REF: YOUR ACCOUNT NUMBER",
        "",
        "",
        stub(w),
        "",
        row(("ACCOUNT NUMBER", 20, "<"), ("INV NO", 20, "<"), ("DUE DATE", 14, "<"), ("TOTAL DUE", 16, ">")),
        row((acct, 20, "<"), (inv, 20, "<"), (fdate(due, fmt), 14, "<"), ("R " + za(due_amt), 16, ">")),
        "",
        center("PAY AT ANY MUNICIPAL PAY POINT OR VIA EFT", w),
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("", "R")
    doc.key = make_key(inv, d, due, total, vat, sub, "ZAR", vendor)
    return doc


def ca_mainframe(rng: random.Random) -> Doc:
    w = 80
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv, cust = num(rng, 7), num(rng, 7)
    vendor = "NORTHBAY INDUSTRIAL SUPPLY LTD."
    items = make_items(rng, CA_POOL, rng.randint(34, 40), qty=(1, 24))
    credit_at = rng.randint(8, 20)
    items[credit_at] = Item(
        "RMA" + num(rng, 4), "CREDIT - RETURNED GOODS", Decimal(1), "EA", Decimal(0), Decimal(0)
    )
    items[credit_at].amount = -q2(rng.uniform(60, 180))
    items[credit_at].price = items[credit_at].amount
    doc = Doc(
        "m12_ca_mainframe",
        "en-CA",
        "mainframe invoice, YYYYMMDD, 2 pages, credit line, HST",
        "groff+ps2pdf",
        {},
        paper="letter",
    )
    fmt = "{Y}{m:02}{d:02}"
    refs = (f"4500-{num(rng, 5)}", num(rng, 7), fdate(d - timedelta(days=2), fmt))
    doc.show("invoice_number", inv, "INV NO")
    doc.show("date", fdate(d, fmt), "INV DATE")
    doc.show("due_date", fdate(due, fmt), "DUE DT")

    def header(n: int, pages: int) -> list[str]:
        return [
            lr(f"NBIS0410  {vendor}", f"PAGE {n:3d} OF {pages:3d}", w),
            lr(f"RUN DT {fdate(d + timedelta(days=1), fmt)}  02:10:44", "INVOICE / FACTURE", w),
            "=" * w,
            row(
                ("CUST NO", 8, "<"),
                (cust, 9, "<"),
                ("INV NO", 7, "<"),
                (inv, 9, "<"),
                ("INV DATE", 9, "<"),
                (fdate(d, fmt), 9, "<"),
                ("DUE DT", 7, "<"),
                (fdate(due, fmt), 9, "<"),
            ),
            row(
                ("PO NO", 8, "<"),
                (refs[0], 11, "<"),
                ("ORDER NO", 9, "<"),
                (refs[1], 8, "<"),
                ("SHIP DT", 8, "<"),
                (refs[2], 9, "<"),
                ("TERMS", 6, "<"),
                ("NET 30", 8, "<"),
            ),
            "=" * w,
        ]

    head = [
        row(("SOLD TO:", 39, "<"), ("SHIP TO:", 39, "<")),
        row(("TIMMINS GOLD MILLING CORP", 39, "<"), ("TIMMINS GOLD MILLING CORP", 39, "<")),
        row(("ACCOUNTS PAYABLE", 39, "<"), ("MILL SITE - RECEIVING", 39, "<")),
        row(("PO BOX 1190", 39, "<"), ("4400 HWY 101 E", 39, "<")),
        row(("TIMMINS ON  P4N 7J5", 39, "<"), ("TIMMINS ON  P4N 7J5", 39, "<")),
        "",
        f"SHIP VIA PUROLATOR FREIGHT  WAYBILL {num(rng, 10)}   "
        f"GST/HST REG NO {num(rng, 5)} {num(rng, 4)} RT0001",
    ]
    colhead = [
        "-" * w,
        row(
            ("LN", 3, ">"),
            ("ITEM NO", 8, "<"),
            ("DESCRIPTION", 28, "<"),
            ("QTY", 5, ">"),
            ("U/M", 3, "<"),
            ("UNIT PRICE", 11, ">"),
            ("EXT AMT", 15, ">"),
        ),
        "-" * w,
    ]
    body = []
    for i, it in enumerate(items, start=1):
        body.append(
            (
                row(
                    (str(i), 3, ">"),
                    (it.code, 8, "<"),
                    (it.desc, 28, "<"),
                    (str(it.qty), 5, ">"),
                    (it.unit, 3, "<"),
                    (money(it.price, trailing_minus=True), 11, ">"),
                    (money(it.amount, trailing_minus=True), 15, ">"),
                ),
                it.amount,
            )
        )
    merch = sum(it.amount for it in items)
    freight = q2(rng.uniform(35, 120))
    sub = merch + freight
    hst = q2(sub * Decimal("0.13"))
    total = sub + hst
    x = 40
    tail = [
        "-" * w,
        lr(" " * x + "MERCHANDISE TOTAL", money(merch), w),
        lr(" " * x + "FREIGHT", money(freight), w),
        lr(" " * x + "SUBTOTAL", doc.show("subtotal", money(sub), "SUBTOTAL"), w),
        lr(" " * x + "HST 13% ON " + money(sub), doc.show("tax", money(hst), "HST"), w),
        " " * x + "=" * (w - x),
        BOLD + lr(" " * x + "INVOICE TOTAL CAD", doc.show("total", money(total), "INVOICE TOTAL"), w),
        " " * x + "=" * (w - x),
        "ALL AMOUNTS IN CANADIAN DOLLARS. 2% PER MONTH (26.82% PER ANNUM) ON OVERDUE ACCOUNTS.",
        "REMIT TO: NORTHBAY INDUSTRIAL SUPPLY LTD., 220 MAIN ST W, NORTH BAY ON P1B 2T6",
        "*** END OF INVOICE ***",
    ]

    def cf(kind: str, amount: Decimal) -> list[str]:
        if kind == "cf":
            return [
                "-" * w,
                lr(" " * x + "SUBTOTAL CARRIED FORWARD", money(amount), w),
                "",
                center("*** CONTINUED ***", w),
            ]
        return [lr(" " * x + "SUBTOTAL BROUGHT FORWARD", money(amount), w)]

    doc.pages = paginate(header, head, colhead, body, tail, 30, cf)
    doc.shown["currency"] = ("", "CAD")
    doc.shown["vendor_name"] = ("", vendor)
    doc.key = make_key(inv, d, due, total, hst, sub, "CAD", vendor)
    return doc
