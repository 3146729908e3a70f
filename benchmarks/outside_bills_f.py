"""Set F layouts (benchmarks/outside_invoices_f.py): UK energy bill (bill number beside account number,
'Total charges this bill' vs 'Total amount due') and US law-firm invoice (matter number, time entries,
trust balance, no tax)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from outside_common_f import (
    Inv,
    fonts,
    grid,
    kv,
    month,
    num,
    para,
    q,
    rand_date,
    render,
    styles,
)


def uk_utility(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b)
    vendor = rng.choice(
        ["Northshore Energy Supply Ltd", "Calder Valley Power & Gas Limited", "Brightmoor Energy plc"]
    )
    d = rand_date(rng)
    start = d - timedelta(days=rng.randint(33, 36))
    end = d - timedelta(days=3)
    due = d + timedelta(days=14)
    days = (end - start).days + 1
    day_kwh, night_kwh, gas_kwh = rng.randint(180, 520), rng.randint(60, 260), rng.randint(600, 1900)
    rates = [Decimal("0.2486"), Decimal("0.1612"), Decimal("0.6124"), Decimal("0.0634"), Decimal("0.3165")]
    rows = [
        ("Electricity - day rate", f"{day_kwh} kWh x 24.86p", q(day_kwh * rates[0])),
        ("Electricity - night rate", f"{night_kwh} kWh x 16.12p", q(night_kwh * rates[1])),
        ("Electricity standing charge", f"{days} days x 61.24p", q(days * rates[2])),
        ("Gas", f"{gas_kwh} kWh x 6.34p", q(gas_kwh * rates[3])),
        ("Gas standing charge", f"{days} days x 31.65p", q(days * rates[4])),
    ]
    net = sum(r[2] for r in rows)
    vat = q(net * Decimal("0.05"))
    total = net + vat
    prev = q(Decimal(rng.randint(9000, 21000)) / 100)
    paid = prev - q(Decimal(rng.randint(500, 4000)) / 100)
    due_amt = prev - paid + total
    acct, bill = (
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
        str(rng.randint(30_000_000_000, 39_999_999_999)),
    )

    def long(x):
        return f"{x.day} {month(x)} {x.year}"

    facts = kv(
        [
            ("Account number", acct),
            ("Bill number", bill),
            ("Bill date", long(d)),
            ("Billing period", f"{long(start)} to {long(end)}"),
        ],
        (32 * mm, 58 * mm),
        f,
        b,
        align="LEFT",
    )
    summary = kv(
        [
            ("Balance from your last bill", f"£{num(prev)}"),
            (f"Payment received {long(start + timedelta(days=6))} - thank you", f"-£{num(paid)}"),
            ("Total charges this bill (see over)", f"£{num(total)}"),
            ("Total amount due", f"£{num(due_amt)}"),
        ],
        (110 * mm, 30 * mm),
        f,
        b,
        size=10,
        bold_last=True,
    )
    charges = grid(
        [["Your charges", "Usage", "£"]]
        + [[r[0], r[1], num(r[2])] for r in rows]
        + [
            ["Total charges before VAT", "", num(net)],
            ["VAT at 5% on £" + num(net), "", num(vat)],
            ["Total charges this bill", "", num(total)],
        ],
        [75 * mm, 55 * mm, 30 * mm],
        f,
        b,
        box=False,
    )
    story = [
        para(vendor, st["h2"]),
        para("PO Box 4471, Halifax HX1 9QP  |  VAT registration 284 6611 93", st["s"]),
        Spacer(1, 6 * mm),
        para("Your energy bill", st["h"]),
        Spacer(1, 3 * mm),
        facts,
        Spacer(1, 5 * mm),
        para("Your account summary", st["b"]),
        summary,
        Spacer(1, 3 * mm),
        para(
            f"Payment due by {long(due)}. We'll collect "
            f"£{num(due_amt)} by Direct Debit on or after this date.",
            st["n"],
        ),
        Spacer(1, 6 * mm),
        charges,
        Spacer(1, 4 * mm),
        para(
            f"Meter serial E{rng.randint(10**8, 10**9)} / G{rng.randint(10**7, 10**8)}. Supply number "
            f"S 01 801 100 {rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 123. "
            f"Next bill expected around {long(d + timedelta(days=31))}.",
            st["s"],
        ),
    ]
    render(path, story, title="Energy bill")
    return Inv(
        "en",
        "uk_utility_bill",
        bill,
        d,
        due,
        total,
        "GBP",
        vendor,
        net,
        vat,
        printed={
            "date": long(d),
            "due_date": long(due),
            "total": f"£{num(total)}",
            "subtotal": num(net),
            "tax": num(vat),
            "currency": "£",
        },
    )


def us_law(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Harlan, Whitcomb & Reyes LLP", "Okafor Lindqvist PLLC", "Benedetti & Crane, P.C."])
    d = rand_date(rng)
    through = d.replace(day=1) - timedelta(days=1)
    tasks = [
        "Review and revise draft asset purchase agreement",
        "Telephone conference with client re: closing",
        "Research re: successor liability under state law",
        "Draft response to interrogatories",
        "Prepare for and attend deposition of J. Marsh",
        "Correspondence with opposing counsel",
        "Revise disclosure schedules",
        "Draft motion to compel production",
        "Review document production",
        "Conference with co-counsel re: strategy",
    ]
    rates = {"AHR": Decimal(585), "MKL": Decimal(410), "TDS": Decimal(225)}
    entries = []
    for i, task in enumerate(rng.sample(tasks, 8)):
        tk = rng.choice(list(rates))
        hrs = Decimal(rng.randint(2, 38)) / 10
        day = through - timedelta(days=27 - 3 * i)
        entries.append(
            [day.strftime("%m/%d/%y"), tk, task, f"{hrs:.1f}", num(rates[tk]), num(q(hrs * rates[tk]))]
        )
    fees = sum(Decimal(e[5].replace(",", "")) for e in entries)
    costs = [
        ("Court filing fee", q(rng.choice([405, 350, 52]))),
        ("Courier", q(Decimal(rng.randint(1800, 6500)) / 100)),
        ("PACER charges", q(Decimal(rng.randint(100, 3000)) / 100)),
    ]
    disb = sum(c[1] for c in costs)
    total = fees + disb
    prev = q(Decimal(rng.randint(200000, 900000)) / 100)
    inv_no = str(rng.randint(100000, 199999))
    matter = f"{d.year - 1}-{rng.randint(1000, 9999)}-LIT"

    def us(x):
        return f"{month(x)} {x.day}, {x.year}"

    story = [
        para(vendor, st["h"]),
        para(
            "Attorneys at Law  ·  1200 Market Street, Suite 900, Philadelphia, PA 19107  "
            "·  Tax ID 23-4471902",
            st["s"],
        ),
        Spacer(1, 8 * mm),
        kv(
            [
                ("Invoice #", inv_no),
                ("Invoice Date", us(d)),
                ("Client No.", str(rng.randint(40000, 49999))),
                ("Matter No.", matter),
                ("Matter", "Acquisition of Lakeside Components, Inc."),
            ],
            (30 * mm, 100 * mm),
            f,
            b,
            align="LEFT",
        ),
        Spacer(1, 4 * mm),
        para(f"For professional services rendered through {us(through)}", st["b"]),
        Spacer(1, 2 * mm),
        grid(
            [["Date", "Atty", "Description", "Hours", "Rate", "Amount"], *entries],
            [17 * mm, 11 * mm, 92 * mm, 13 * mm, 16 * mm, 22 * mm],
            f,
            b,
            size=8,
            right_from=3,
            box=False,
        ),
        kv([("Total Fees", f"${num(fees)}")], (150 * mm, 25 * mm), f, b),
        Spacer(1, 3 * mm),
        para("Disbursements", st["b"]),
        kv(
            [(c[0], num(c[1])) for c in costs] + [("Total Disbursements", f"${num(disb)}")],
            (150 * mm, 25 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Total Current Invoice", f"${num(total)}"),
                ("Previous Balance", f"${num(prev)}"),
                ("Payments Received", f"(${num(prev)})"),
                ("Balance Due", f"${num(total)}"),
            ],
            (150 * mm, 25 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 4 * mm),
        para(
            f"Trust Account Balance: ${num(q(rng.choice([2500, 5000, 10000])))} "
            "(not applied to this invoice). "
            "Payment is due upon receipt. Please reference the matter number with your remittance.",
            st["s"],
        ),
    ]
    render(path, story, pagesize=LETTER, title="Invoice")
    return Inv(
        "en",
        "us_law_firm",
        inv_no,
        d,
        None,
        total,
        "USD",
        vendor,
        None,
        None,
        printed={"date": us(d), "total": f"${num(total)}", "currency": "$"},
    )
