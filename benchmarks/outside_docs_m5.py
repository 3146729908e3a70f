"""Set M fixed-pitch printouts 9-10 (enscript): a Norwegian faktura with a giro part and KID, and a Czech
faktura - danovy doklad printed without diacritics (DUZP, variable symbol)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_m import (
    Doc,
    fdate,
    iban,
    issue_date,
    lr,
    make_items,
    make_key,
    money,
    num,
    q2,
    row,
    stub,
)
from outside_pools_m import CZ_POOL, NO_POOL


def no_faktura(rng: random.Random) -> Doc:
    w = 78
    d = issue_date(rng)
    due = d + timedelta(days=14)
    inv = f"{d:%y}" + num(rng, 4)
    vendor = "Fjordline Maskin AS"
    items = make_items(rng, NO_POOL, rng.randint(4, 7), qty=(1, 6))
    sub = sum(it.amount for it in items)
    mva = q2(sub * Decimal("0.25"))
    total = sub + mva
    kid = inv + num(rng, 6)
    doc = Doc("m09_no_faktura", "nb-NO", "Norwegian ERP faktura, KID, giro part", "enscript+ps2pdf", {})
    fmt = "{d:02}.{m:02}.{Y}"
    acct = f"{num(rng, 4)}.{num(rng, 2)}.{num(rng, 5)}"
    p = [
        lr(doc.show("vendor_name", vendor.upper()), "FAKTURA", w),
        lr("Sjøgata 18, 6004 Ålesund", "Side 1 av 1", w),
        f"Org.nr. {num(rng, 3)} {num(rng, 3)} {num(rng, 3)} MVA   Foretaksregisteret   "
        f"Tlf. 70 10 {num(rng, 2)} {num(rng, 2)}",
        "",
        "Sunnmøre Anlegg AS",
        "Att: Regnskap",
        "Postboks 133",
        "6065 Ulsteinvik",
        "",
        row(
            ("Fakturanr.", 15, "<"),
            (doc.show("invoice_number", inv, "Fakturanr."), 20, "<"),
            ("Fakturadato", 15, "<"),
            (doc.show("date", fdate(d, fmt), "Fakturadato"), 12, "<"),
        ),
        row(
            ("Kundenr.", 15, "<"),
            (num(rng, 5), 20, "<"),
            ("Forfallsdato", 15, "<"),
            (doc.show("due_date", fdate(due, fmt), "Forfallsdato"), 12, "<"),
        ),
        row(
            ("Ordrenr.", 15, "<"),
            (f"{d:%Y}-{num(rng, 4)}", 20, "<"),
            ("Leveringsdato", 15, "<"),
            (fdate(d - timedelta(days=rng.randint(1, 9)), fmt), 12, "<"),
        ),
        row(("Deres ref.", 15, "<"), ("Kari Vik", 20, "<"), ("Vår ref.", 15, "<"), ("TH", 12, "<")),
        "-" * w,
        row(
            ("Varenr", 7, "<"),
            ("Beskrivelse", 30, "<"),
            ("Antall", 7, ">"),
            ("Enhet", 6, "<"),
            ("Pris", 10, ">"),
            ("Beløp", 13, ">"),
        ),
        "-" * w,
    ]
    for it in items:
        qty = f"{it.qty.normalize():f}".replace(".", ",")
        p.append(
            row(
                (it.code, 7, "<"),
                (it.desc, 30, "<"),
                (qty, 7, ">"),
                (it.unit, 6, "<"),
                (money(it.price, "sp"), 10, ">"),
                (money(it.amount, "sp"), 13, ">"),
            )
        )
    p += [
        "-" * w,
        lr(" " * 40 + "Sum eks. mva", doc.show("subtotal", money(sub, "sp"), "Sum eks. mva"), w),
        lr(" " * 40 + "Mva 25 %", doc.show("tax", money(mva, "sp"), "Mva"), w),
        lr(" " * 40 + "Å betale NOK", doc.show("total", money(total, "sp"), "Å betale"), w),
        "=" * w,
        "Betalingsbetingelser: 14 dager netto. Ved for sen betaling beregnes forsinkelsesrente etter",
        "forsinkelsesrenteloven. Bruk KID ved betaling.",
        "",
        "",
        "",
        "",
        stub(w, "GIRO - BETALINGSINFORMASJON"),
        "",
        row(("Betalingsfrist", 20, "<"), ("Kontonummer", 20, "<"), ("KID", 20, "<"), ("Beløp", 14, ">")),
        row((fdate(due, fmt), 20, "<"), (acct, 20, "<"), (kid, 20, "<"), (money(total, "sp"), 14, ">")),
        "",
        row(("Betalt av", 38, "<"), ("Betalt til", 38, "<")),
        row(("Sunnmøre Anlegg AS", 38, "<"), (vendor, 38, "<")),
        row(("Postboks 133, 6065 Ulsteinvik", 38, "<"), ("Sjøgata 18, 6004 Ålesund", 38, "<")),
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("", "NOK")
    doc.key = make_key(inv, d, due, total, mva, sub, "NOK", vendor.upper())
    return doc


def cz_faktura(rng: random.Random) -> Doc:
    w = 80
    d = issue_date(rng)
    due, duzp = d + timedelta(days=14), d - timedelta(days=rng.randint(1, 5))
    inv = f"{d:%Y}0{num(rng, 5)}"
    vendor = "VLTAVA STROJ s.r.o."
    items = make_items(rng, CZ_POOL, rng.randint(4, 7), qty=(1, 10))
    sub = sum(it.amount for it in items)
    dph = q2(sub * Decimal("0.21"))
    total = (sub + dph).quantize(Decimal(1))
    rnd = total - sub - dph
    doc = Doc(
        "m10_cz_faktura",
        "cs-CZ",
        "Czech faktura - danovy doklad without diacritics, DUZP",
        "enscript+ps2pdf",
        {},
    )
    fmt = "{d}.{m}.{Y}"
    ib = iban(rng, "CZ", 24)
    p = [
        lr("FAKTURA - DANOVY DOKLAD c. " + doc.show("invoice_number", inv, "DANOVY DOKLAD"), "Strana 1/1", w),
        "=" * w,
        row(("DODAVATEL:", 39, "<"), ("ODBERATEL:", 39, "<")),
        row((doc.show("vendor_name", vendor), 39, "<"), ("KLADENSKE OCELARNY a.s.", 39, "<")),
        row(("Na Florenci 2116/15", 39, "<"), ("Dubska 1540", 39, "<")),
        row(("110 00 Praha 1", 39, "<"), ("272 03 Kladno", 39, "<")),
        row(
            (f"ICO: {num(rng, 8)}  DIC: CZ{num(rng, 8)}", 39, "<"),
            (f"ICO: {num(rng, 8)}  DIC: CZ{num(rng, 8)}", 39, "<"),
        ),
        "Spolecnost zapsana v OR vedenem Mestskym soudem v Praze, oddil C, vlozka " + num(rng, 6),
        "-" * w,
        row(
            ("Datum vystaveni:", 27, "<"),
            (doc.show("date", fdate(d, fmt), "Datum vystaveni"), 12, "<"),
            ("Variabilni symbol:", 20, "<"),
            (inv, 12, "<"),
        ),
        row(
            ("Datum uskut. zdan. plneni:", 27, "<"),
            (fdate(duzp, fmt), 12, "<"),
            ("Konstantni symbol:", 20, "<"),
            ("0308", 12, "<"),
        ),
        row(
            ("Datum splatnosti:", 27, "<"),
            (doc.show("due_date", fdate(due, fmt), "Datum splatnosti"), 12, "<"),
            ("Objednavka c.:", 20, "<"),
            (f"OBJ-{d:%y}-{num(rng, 3)}", 12, "<"),
        ),
        row(
            ("Forma uhrady:", 27, "<"),
            ("prevodem", 12, "<"),
            ("Dodaci list c.:", 20, "<"),
            ("DL" + num(rng, 6), 12, "<"),
        ),
        f"Bankovni spojeni: {num(rng, 6)}{num(rng, 4)}/0800   IBAN: {ib}   Mena: CZK",
        "-" * w,
        row(
            ("Oznaceni dodavky", 28, "<"),
            ("Mnozstvi", 8, ">"),
            ("MJ", 3, "<"),
            ("Cena/MJ", 9, ">"),
            ("DPH", 4, ">"),
            ("Bez DPH", 11, ">"),
            ("Celkem", 11, ">"),
        ),
        "-" * w,
    ]
    for it in items:
        with_tax = q2(it.amount * Decimal("1.21"))
        p.append(
            row(
                (it.desc, 28, "<"),
                (f"{it.qty.normalize():f}".replace(".", ","), 8, ">"),
                (it.unit, 3, "<"),
                (money(it.price, "sp"), 9, ">"),
                ("21%", 4, ">"),
                (money(it.amount, "sp"), 11, ">"),
                (money(with_tax, "sp"), 11, ">"),
            )
        )
    p += [
        "-" * w,
        "REKAPITULACE DPH V Kc:",
        row(("Sazba", 10, "<"), ("Zaklad", 14, ">"), ("DPH", 14, ">"), ("Celkem", 14, ">")),
        row(
            ("21 %", 10, "<"),
            (money(sub, "sp"), 14, ">"),
            (money(dph, "sp"), 14, ">"),
            (money(sub + dph, "sp"), 14, ">"),
        ),
        row(("12 %", 10, "<"), ("0,00", 14, ">"), ("0,00", 14, ">"), ("0,00", 14, ">")),
        row(("0 %", 10, "<"), ("0,00", 14, ">"), ("", 14, ">"), ("0,00", 14, ">")),
        "",
        lr(" " * 42 + "Celkem bez DPH", doc.show("subtotal", money(sub, "sp"), "Celkem bez DPH"), w),
        lr(" " * 42 + "DPH 21 %", doc.show("tax", money(dph, "sp"), "DPH 21"), w),
        lr(" " * 42 + "Zaokrouhleni", money(rnd, "sp"), w),
        " " * 42 + "=" * 38,
        lr(" " * 42 + "CELKEM K UHRADE", doc.show("total", money(total, "sp") + " Kc", "CELKEM K UHRADE"), w),
        " " * 42 + "=" * 38,
        "",
        "Vystavil: Jana Dvorakova, tel. +420 224 " + num(rng, 3) + " " + num(rng, 3),
        "Prevzal:                                      Razitko a podpis:",
        "",
        "Dekujeme za vcasnou uhradu. Pri prodleni uctujeme urok z prodleni dle NV 351/2013 Sb.",
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("Mena", "CZK")
    doc.key = make_key(inv, d, due, total, dph, sub, "CZK", vendor)
    return doc
