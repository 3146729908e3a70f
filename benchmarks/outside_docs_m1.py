"""Set M fixed-pitch printouts 1-2: a US electric co-op statement (enscript; previous balance, partial
payment, vendor only in the remittance stub) and a German SAP-SD style Rechnung over two pages (groff;
Übertrag, Skonto)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_m import (
    BOLD,
    Doc,
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
from outside_pools_m import DE_POOL


def us_utility(rng: random.Random) -> Doc:
    w = 78
    d = issue_date(rng)
    due, start, end = d + timedelta(days=25), d - timedelta(days=33), d - timedelta(days=3)
    inv, acct = f"{d:%y%m}-{num(rng, 6)}", f"{num(rng, 4)}-{num(rng, 5)}-{num(rng, 2)}"
    vendor = "RIVERBEND ELECTRIC COOPERATIVE, INC."
    kwh = rng.randint(480, 1900)
    rate, pca = Decimal("0.11842"), Decimal("0.00712")
    lines = [
        ("CUSTOMER CHARGE", "", "", Decimal("24.00")),
        ("ENERGY CHARGE", f"{kwh} KWH", f"{rate}"[1:], q2(kwh * rate)),
        ("POWER COST ADJUSTMENT", f"{kwh} KWH", f"{pca}"[1:], q2(kwh * pca)),
        ("CAPITAL CREDIT RETIREMENT", "", "", -q2(rng.uniform(8, 40))),
    ]
    sub = sum(a for *_, a in lines)
    state, county = q2(sub * Decimal("0.04")), q2(sub * Decimal("0.015"))
    total = sub + state + county
    prev = q2(rng.uniform(120, 260))
    paid = q2(prev - q2(rng.uniform(20, 60)))
    past = prev - paid
    due_amt = past + total
    doc = Doc(
        "m01_us_utility",
        "en-US",
        "co-op electric statement, remittance stub",
        "enscript+ps2pdf",
        {},
        paper="letter",
    )
    fmt = "{m:02}/{d:02}/{y:02}"
    run, read = d + timedelta(days=1), rng.randint(10000, 60000)
    p = [
        lr(f"RUN DATE {fdate(run, fmt)}  RUN ID CIS340B", "PAGE 1 OF 1", w),
        center("ELECTRIC SERVICE STATEMENT", w),
        "=" * w,
        lr(f"ACCOUNT NO    {acct}", f"BILL DATE  {doc.show('date', fdate(d, fmt), 'BILL DATE')}", w),
        lr(
            f"INV NO        {doc.show('invoice_number', inv, 'INV NO')}",
            f"DUE DT     {doc.show('due_date', fdate(due, fmt), 'DUE DT')}",
            w,
        ),
        lr(
            f"SERVICE ADDR  {rng.randint(100, 9999)} COUNTY RD {rng.randint(2, 60)}",
            f"METER NO   {num(rng, 8)}",
            w,
        ),
        f"SERVICE FROM  {fdate(start, fmt)} TO {fdate(end, fmt)}   DAYS {(end - start).days}"
        "   RATE CODE RS-1",
        "-" * w,
        "ACCOUNT SUMMARY",
        lr("PREVIOUS BALANCE", money(prev), w),
        lr(
            f"PAYMENT RECEIVED {fdate(d - timedelta(days=15), fmt)} - THANK YOU",
            money(-paid, trailing_minus=True),
            w,
        ),
        lr("PAST DUE BALANCE", money(past), w),
        "-" * w,
        row(("CURRENT CHARGES", 35, "<"), ("USAGE", 12, ">"), ("RATE", 10, ">"), ("AMOUNT", 18, ">")),
    ]
    for desc, use, r, amt in lines:
        p.append(
            row((desc, 35, "<"), (use, 12, ">"), (r, 10, ">"), (money(amt, trailing_minus=True), 18, ">"))
        )
    p += [
        lr("", "----------", w),
        lr(" " * 40 + "SUBTOTAL", doc.show("subtotal", money(sub), "SUBTOTAL"), w),
        lr("STATE SALES TAX        4.000%", money(state), w),
        lr("COUNTY OPTION TAX      1.500%", money(county), w),
        lr(" " * 40 + "TOTAL CURRENT CHARGES", doc.show("total", money(total), "TOTAL CURRENT CHARGES"), w),
        "=" * w,
        lr(" " * 30 + f"AMT DUE BY {fdate(due, fmt)}", "$" + money(due_amt), w),
        center("A LATE CHARGE OF 1.5% WILL BE ADDED TO BALANCES UNPAID AFTER THE DUE DATE", w),
        "",
        "METER READINGS    PREV READ  CURR READ  MULT   KWH USED",
        f"{num(rng, 8):18}{read:>9}  {read + kwh:>9}  {1:>4}   {kwh:>8}",
        "",
        "YOUR CO-OP ANNUAL MEETING IS APRIL 26. CAPITAL CREDITS RETIRED THIS YEAR APPEAR AS A",
        "CREDIT ON THIS STATEMENT. TO REPORT AN OUTAGE CALL 1-800-555-0143 (24 HRS).",
        "",
        "",
        stub(w),
        "",
        row(
            ("ACCOUNT NO", 16, "<"),
            ("INV NO", 14, "<"),
            ("DUE DT", 11, "<"),
            ("AMT DUE", 13, ">"),
            ("AMT ENCLOSED", 18, ">"),
        ),
        row(
            (acct, 16, "<"),
            (inv, 14, "<"),
            (fdate(due, fmt), 11, "<"),
            ("$" + money(due_amt), 13, ">"),
            ("$____________", 18, ">"),
        ),
        "",
        "MAKE CHECKS PAYABLE TO:",
        doc.show("vendor_name", vendor),
        f"PO BOX {rng.randint(100, 4999)}",
        "CEDAR FALLS IA 50613-1187",
        "",
        "        " + rng.choice(["DALE", "MARTHA", "GLEN", "RUTH"]) + " " + rng.choice(["HOLM", "KRAUSE"]),
        f"        RR {rng.randint(1, 5)} BOX {rng.randint(10, 99)}",
        "        WAVERLY IA 50677",
    ]
    doc.shown["tax"] = ("", f"{money(state)}|{money(county)}")
    doc.shown["currency"] = ("AMT DUE", "$")
    doc.pages = [p]
    doc.key = make_key(inv, d, due, total, state + county, sub, "USD", vendor)
    return doc


def de_sap(rng: random.Random) -> Doc:
    w = 80
    d = issue_date(rng)
    due, skonto = d + timedelta(days=30), d + timedelta(days=10)
    inv = "9" + num(rng, 7)
    vendor = "Kessler Antriebstechnik GmbH"
    items = make_items(rng, DE_POOL, rng.randint(30, 36), qty=(1, 20))
    doc = Doc("m02_de_sap_rechnung", "de-DE", "SAP SD print program, 2 pages, Übertrag", "groff+ps2pdf", {})
    fmt = "{d:02}.{m:02}.{Y}"
    cols = (
        ("Pos", 6, "<"),
        ("Mat.", 6, "<"),
        ("Bezeichnung", 33, "<"),
        ("Menge ME", 9, ">"),
        ("Preis", 9, ">"),
        ("Betrag", 11, ">"),
    )
    colhead = [
        "-" * w,
        row(*cols),
        row(*[("", c[1], c[2]) for c in cols[:4]], ("EUR", 9, ">"), ("EUR", 11, ">")),
        "-" * w,
    ]

    def header(n: int, pages: int) -> list[str]:
        top = [
            f"{vendor} · Industriestr. 14 · 73037 Göppingen",
            lr("", f"Seite {n} von {pages}", w),
            lr("", f"Druckdatum {fdate(d + timedelta(days=1), fmt)} 06:12 ZV_RECH01", w),
        ]
        return top + (["", f"Rechnung {inv} vom {fdate(d, fmt)}", ""] if n > 1 else [])

    cust = num(rng, 6)
    head = [
        "",
        "Firma",
        "Brenner Maschinenbau GmbH & Co. KG",
        "Einkauf / Kreditorenbuchhaltung",
        "Hafenstraße 22",
        "28217 Bremen",
        "",
        BOLD + center("R E C H N U N G", w),
        "",
        row(
            ("Rechnungsnummer", 19, "<"),
            (doc.show("invoice_number", inv, "Rechnungsnummer"), 21, "<"),
            ("Rechnungsdatum", 19, "<"),
            (doc.show("date", fdate(d, fmt), "Rechnungsdatum"), 10, "<"),
        ),
        row(
            ("Kundennummer", 19, "<"),
            (cust, 21, "<"),
            ("Ihre Bestellung", 19, "<"),
            ("4500" + num(rng, 6), 10, "<"),
        ),
        row(
            ("Lieferschein", 19, "<"),
            ("80" + num(rng, 6), 21, "<"),
            ("Lieferdatum", 19, "<"),
            (fdate(d - timedelta(days=rng.randint(2, 6)), fmt), 10, "<"),
        ),
        row(
            ("Auftrag", 19, "<"),
            ("12" + num(rng, 6), 21, "<"),
            ("USt-IdNr. Kunde", 19, "<"),
            ("DE" + num(rng, 9), 11, "<"),
        ),
    ]
    body = []
    for i, it in enumerate(items, start=1):
        qty = f"{it.qty.normalize():f}".replace(".", ",") + " " + it.unit
        body.append(
            (
                row(
                    (f"{i * 10:06d}", 6, "<"),
                    (it.code, 6, "<"),
                    (it.desc, 33, "<"),
                    (qty, 9, ">"),
                    (money(it.price, "eu"), 9, ">"),
                    (money(it.amount, "eu"), 11, ">"),
                ),
                it.amount,
            )
        )
    pos = sum(it.amount for it in items)
    freight = q2(rng.choice([0, 45, 89.5, 120]))
    net = pos + freight
    vat = q2(net * Decimal("0.19"))
    total = net + vat
    sk = q2(total * Decimal("0.02"))
    tail = [
        "-" * w,
        lr(" " * 36 + "Summe Positionen", money(pos, "eu"), w),
        lr(" " * 36 + "Fracht und Verpackung", money(freight, "eu"), w),
        lr(" " * 36 + "Nettowert", doc.show("subtotal", money(net, "eu"), "Nettowert"), w),
        lr(" " * 36 + f"MwSt 19,00 % auf {money(net, 'eu')}", doc.show("tax", money(vat, "eu"), "MwSt"), w),
        " " * 36 + "-" * 36,
        BOLD + lr(" " * 36 + "Endbetrag EUR", doc.show("total", money(total, "eu"), "Endbetrag"), w),
        " " * 36 + "=" * 36,
        "",
        f"Zahlungsbedingungen: bis {fdate(skonto, fmt)} 2,00 % Skonto ({money(sk, 'eu')} EUR),",
        f"bis {doc.show('due_date', fdate(due, fmt), 'bis')} ohne Abzug.",
        "Es gelten unsere Allgemeinen Lieferbedingungen. Die Ware bleibt bis zur vollständigen",
        "Bezahlung unser Eigentum.",
        "",
        "-" * w,
        f"{vendor} · Sitz Göppingen · Amtsgericht Ulm HRB {num(rng, 6)}",
        f"Geschäftsführer: Dr. Hanna Kessler · USt-IdNr. DE{num(rng, 9)}"
        f" · Steuer-Nr. 52/{num(rng, 3)}/{num(rng, 5)}",
        f"Kreissparkasse Göppingen · IBAN DE{num(rng, 2)} 6105 0000 00{num(rng, 2)} {num(rng, 4)} "
        f"{num(rng, 2)} · BIC GOPSDE6GXXX",
    ]

    def cf(kind: str, amount: Decimal) -> list[str]:
        if kind == "cf":
            return [
                "-" * w,
                lr(" " * 36 + "Übertrag", money(amount, "eu"), w),
                "",
                center("*** Fortsetzung auf der nächsten Seite ***", w),
            ]
        return [lr(" " * 36 + "Übertrag", money(amount, "eu"), w), ""]

    doc.pages = paginate(header, head, colhead, body, tail, 24, cf)
    doc.shown["currency"] = ("", "EUR")
    doc.shown["vendor_name"] = ("", vendor)
    doc.key = make_key(inv, d, due, total, vat, net, "EUR", vendor)
    return doc
