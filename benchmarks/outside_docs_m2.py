"""Set M fixed-pitch printouts 3-4 (groff): a UK AS/400 invoice in 132 columns landscape over two pages with
the vendor only in its footer, and a Swiss ERP Rechnung with Rappen rounding and a QR payment part."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from outside_common_m import (
    BOLD,
    Doc,
    center,
    fdate,
    grouped,
    iban,
    issue_date,
    lr,
    make_items,
    make_key,
    money,
    num,
    paginate,
    q2,
    row,
)
from outside_pools_m import CH_POOL, UK_POOL


def uk_as400(rng: random.Random) -> Doc:
    w = 132
    d = issue_date(rng)
    first_next = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    due = date(first_next.year + first_next.month // 12, first_next.month % 12 + 1, 1) - timedelta(days=1)
    inv, acct = num(rng, 6), f"BRA{num(rng, 4)}"
    vendor = "Bramwell Fasteners Ltd"
    items = make_items(rng, UK_POOL, rng.randint(38, 46), qty=(1, 40))
    zero = {i for i in range(len(items)) if "GLOVES" in items[i].desc or rng.random() < 0.08}
    doc = Doc(
        "m03_uk_as400",
        "en-GB",
        "AS/400 invoice, 132 columns landscape, vendor only in footer",
        "groff+ps2pdf",
        {},
        landscape=True,
        font_pt=8,
    )
    fmt = "{d:02}/{m:02}/{y:02}"
    doc.show("date", fdate(d, fmt), "INV DATE")
    doc.show("invoice_number", inv, "INV NO")
    foot = [
        "-" * w,
        f"{vendor}. Registered in England and Wales No 04417735. Registered Office: Unit 7 Fieldhouse "
        "Industrial "
        "Estate, Rochdale OL12 0AT.",
        "VAT Reg No GB 284 1190 73. Goods remain our property until paid in full. E&OE.",
    ]

    refs = ("SO" + num(rng, 6), "PO-" + num(rng, 5), "D" + num(rng, 7))

    def header(n: int, pages: int) -> list[str]:
        return [
            lr(f"INV400R  BFL/01  {fdate(d + timedelta(days=1), fmt)}  02:14:07  QPGMR", f"PAGE {n:4d}", w),
            BOLD + center("I N V O I C E", w),
            "",
            row(
                ("INV NO", 8, "<"),
                (inv, 10, "<"),
                ("INV DATE", 9, "<"),
                (fdate(d, fmt), 10, "<"),
                ("A/C NO", 7, "<"),
                (acct, 10, "<"),
                ("ORDER NO", 9, "<"),
                (refs[0], 10, "<"),
                ("YOUR REF", 9, "<"),
                (refs[1], 10, "<"),
                ("DESP NOTE", 10, "<"),
                (refs[2], 10, "<"),
            ),
        ]

    addr = [
        ("HALLIDAY PLANT HIRE LIMITED", "HALLIDAY PLANT HIRE LIMITED"),
        ("ACCOUNTS PAYABLE", "DEPOT 3 GATE B"),
        ("14 CANAL STREET", "WHARF ROAD"),
        ("SALFORD", "ELLESMERE PORT"),
        ("M5 4QT", "CH65 4FX"),
    ]
    head = ["", row(("INVOICE TO:", 50, "<"), ("DELIVER TO:", 50, "<"))]
    head += [row((a, 50, "<"), (b, 50, "<")) for a, b in addr]
    head += [
        "",
        row(
            ("DESP DATE", 10, "<"),
            (fdate(d - timedelta(days=2), fmt), 10, "<"),
            ("CARRIER", 8, "<"),
            ("OWN TRANSPORT", 15, "<"),
            ("TERMS", 6, "<"),
            ("NETT 30 DAYS END OF MONTH", 28, "<"),
            ("DUE DT", 7, "<"),
            (doc.show("due_date", fdate(due, fmt), "DUE DT"), 8, "<"),
        ),
    ]
    cols = (
        ("LINE", 4, ">"),
        ("PART NO", 10, "<"),
        ("DESCRIPTION", 40, "<"),
        ("QTY", 7, ">"),
        ("UOM", 4, "<"),
        ("UNIT PRICE", 11, ">"),
        ("DISC %", 7, ">"),
        ("NET VALUE", 14, ">"),
        ("VAT", 4, ">"),
    )
    colhead = ["=" * w, row(*cols), "=" * w]
    body, goods = [], {"S": Decimal(0), "Z": Decimal(0)}
    for i, it in enumerate(items):
        disc = rng.choice([0, 0, 0, 5, 10, 12.5])
        net = q2(it.amount * (1 - Decimal(str(disc)) / 100))
        code = "Z" if i in zero else "S"
        goods[code] += net
        body.append(
            (
                row(
                    (str(i + 1), 4, ">"),
                    (f"BF{it.code}", 10, "<"),
                    (it.desc, 40, "<"),
                    (str(it.qty), 7, ">"),
                    (it.unit, 4, "<"),
                    (money(it.price, "plain"), 11, ">"),
                    (f"{disc:.2f}", 7, ">"),
                    (money(net), 14, ">"),
                    (code, 4, ">"),
                ),
                net,
            )
        )
    carriage = q2(rng.choice([0, 12.5, 18, 25]))
    goods["S"] += carriage
    sub = goods["S"] + goods["Z"]
    vat = q2(goods["S"] * Decimal("0.2"))
    total = sub + vat
    x = 74
    tail = [
        "-" * w,
        lr(" " * x + "GOODS VALUE", money(sub - carriage), 104),
        lr(" " * x + "CARRIAGE", money(carriage), 104),
        lr(" " * x + "NET AMT", doc.show("subtotal", money(sub), "NET AMT"), 104),
        row(
            ("VAT ANALYSIS", 14, "<"),
            ("CODE", 5, "<"),
            ("RATE", 7, ">"),
            ("GOODS", 14, ">"),
            ("VAT", 12, ">"),
        ),
        row(
            ("", 14, "<"),
            ("S", 5, "<"),
            ("20.00", 7, ">"),
            (money(goods["S"]), 14, ">"),
            (money(vat), 12, ">"),
        ),
        row(("", 14, "<"), ("Z", 5, "<"), ("0.00", 7, ">"), (money(goods["Z"]), 14, ">"), ("0.00", 12, ">")),
        lr(" " * x + "VAT AMT", doc.show("tax", money(vat), "VAT AMT"), 104),
        " " * x + "=" * 24,
        BOLD + lr(" " * x + "GROSS  GBP", doc.show("total", money(total), "GROSS"), 104),
        " " * x + "=" * 24,
        "PAYMENT BY BACS TO: SORT CODE 40-11-62  ACCOUNT 7142" + num(rng, 4) + "  QUOTING INV NO AND A/C NO",
    ]

    def cf(kind: str, amount: Decimal) -> list[str]:
        if kind == "cf":
            return [
                "-" * w,
                lr(" " * x + "CARRIED FORWARD", money(amount), 104),
                center("*** CONTINUED ***", w),
            ]
        return [lr(" " * x + "BROUGHT FORWARD", money(amount), 104)]

    pages = paginate(header, head, colhead, body, tail, 27, cf)
    doc.pages = [p + [""] * (50 - len(p)) + foot for p in pages]
    doc.shown["currency"] = ("", "GBP")
    doc.shown["vendor_name"] = ("", vendor)
    doc.key = make_key(inv, d, due, total, vat, sub, "GBP", vendor)
    return doc


def ch_erp(rng: random.Random) -> Doc:
    w = 78
    d = issue_date(rng)
    inv = f"{d:%y}{num(rng, 5)}"
    vendor = "Brunner Haustechnik AG"
    items = make_items(rng, CH_POOL, rng.randint(5, 8), qty=(1, 4))
    net = sum(it.amount for it in items)
    vat = q2(net * Decimal("0.081"))
    raw = net + vat
    total = (raw / Decimal("0.05")).quantize(Decimal(1)) * Decimal("0.05")
    rnd = total - raw
    doc = Doc(
        "m04_ch_erp_rechnung",
        "de-CH",
        "Swiss ERP Rechnung, Rappenrundung, QR payment part",
        "groff+ps2pdf",
        {},
    )
    fmt = "{d:02}.{m:02}.{y:02}"
    ref = "".join(num(rng, 9) for _ in range(3))
    ib = iban(rng, "CH", 21)
    p = [
        BOLD + vendor.upper(),
        "Sanitär - Heizung - Lüftung",
        "Werkstrasse 9, 8404 Winterthur",
        f"Tel. 052 244 {num(rng, 2)} {num(rng, 2)}   "
        f"MWST-Nr. CHE-{num(rng, 3)}.{num(rng, 3)}.{num(rng, 3)} MWST",
        "",
        " " * 44 + "Stockwerkeigentümergemeinschaft",
        " " * 44 + "Rosenweg 12",
        " " * 44 + "c/o Immoverwaltung Keller GmbH",
        " " * 44 + "8400 Winterthur",
        "",
        lr(f"Winterthur, {fdate(d, fmt)}", f"Seite 1/1   Druck {fdate(d, fmt)} 16:40", w),
        "",
        BOLD + f"RECHNUNG Nr. {doc.show('invoice_number', inv, 'RECHNUNG Nr.')}",
        "",
        row(
            ("Rechnungsdatum", 18, "<"),
            (doc.show("date", fdate(d, fmt), "Rechnungsdatum"), 12, "<"),
            ("Kunden-Nr.", 12, "<"),
            (num(rng, 5), 10, "<"),
        ),
        row(
            ("Auftrag", 18, "<"),
            ("SA-" + num(rng, 5), 12, "<"),
            ("Objekt", 12, "<"),
            ("Rosenweg 12, UG", 18, "<"),
        ),
        row(
            ("Ausführung", 18, "<"),
            (fdate(d - timedelta(days=rng.randint(3, 12)), fmt), 12, "<"),
            ("Techniker", 12, "<"),
            (rng.choice(["M. Frei", "R. Gerber", "S. Huber"]), 18, "<"),
        ),
        "",
        "-" * w,
        row(
            ("Pos", 4, "<"),
            ("Bezeichnung", 36, "<"),
            ("Menge", 7, ">"),
            ("Einh", 4, "<"),
            ("Preis", 10, ">"),
            ("Betrag CHF", 12, ">"),
        ),
        "-" * w,
    ]
    for i, it in enumerate(items, start=1):
        p.append(
            row(
                (str(i), 4, "<"),
                (it.desc, 36, "<"),
                (f"{it.qty.normalize():f}", 7, ">"),
                (it.unit, 4, "<"),
                (money(it.price, "ch"), 10, ">"),
                (money(it.amount, "ch"), 12, ">"),
            )
        )
    p += [
        "-" * w,
        lr(" " * 40 + "Total exkl. MWST", doc.show("subtotal", money(net, "ch"), "Total exkl. MWST"), w),
        lr(" " * 40 + "MWST 8.1 %", doc.show("tax", money(vat, "ch"), "MWST"), w),
        lr(" " * 40 + "Rundungsdifferenz", money(rnd, "ch"), w),
        " " * 40 + "=" * 38,
        BOLD
        + lr(" " * 40 + "Rechnungsbetrag CHF", doc.show("total", money(total, "ch"), "Rechnungsbetrag"), w),
        " " * 40 + "=" * 38,
        "",
        "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.",
        "",
        "",
        ("- " * 39).rstrip(),
        row(("Empfangsschein", 33, "<"), ("Zahlteil", 44, "<")),
        row(("Konto / Zahlbar an", 33, "<"), ("Konto / Zahlbar an", 44, "<")),
        row((grouped(ib), 33, "<"), (grouped(ib), 44, "<")),
        row(("Brunner Haustechnik AG", 33, "<"), ("Brunner Haustechnik AG", 44, "<")),
        row(("Werkstrasse 9", 33, "<"), ("Werkstrasse 9", 44, "<")),
        row(("8404 Winterthur", 33, "<"), ("8404 Winterthur", 44, "<")),
        row(("Referenz", 33, "<"), ("Referenz", 44, "<")),
        row((ref[:2] + " " + grouped(ref[2:], 5), 33, "<"), (ref[:2] + " " + grouped(ref[2:], 5), 44, "<")),
        row(("Währung  Betrag", 33, "<"), ("Währung  Betrag", 44, "<")),
        row((f"CHF      {money(total, 'ch')}", 33, "<"), (f"CHF      {money(total, 'ch')}", 44, "<")),
        row(("Annahmestelle", 33, "<"), ("Zusätzliche Informationen: Rechnung " + inv, 44, "<")),
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("", "CHF")
    doc.shown["vendor_name"] = ("", vendor)
    doc.key = make_key(inv, d, None, total, vat, net, "CHF", vendor)
    return doc
