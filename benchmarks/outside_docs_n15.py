"""Set N, case 12: a Czech faktura - daňový doklad (fpdf2) scanned upside down into an image-only PDF."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import numpy as np
from PIL import Image

from outside_common_n import (
    EU,
    SPACE,
    Built,
    Inv,
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
from outside_data_n import STAVEBNINY
from outside_html_n import fpdf_fonts, fpdf_row
from outside_scan_n import images_pdf, render, scan


def n12_cz_upside_down(rng: random.Random) -> Built:
    from fpdf import FPDF

    issued = pick_date(rng)
    items = pick_items(rng, [(d, lo, hi) for d, lo, hi, _ in STAVEBNINY], 5, (1, 2, 5, 10, 20, 40))
    rates = {d: Decimal(r) for d, _, _, r in STAVEBNINY}
    for it in items:
        it.rate = rates[it.desc]
    number = f"{issued.year}{rng.randint(10000, 19999):06d}"
    inv = Inv(number, issued, issued + timedelta(days=14), "CZK", "Stavebniny Dvořák s.r.o.", items)
    bases = by_rate(items)
    inv.taxes = [(f"DPH {pct(r)} %", t) for r, _, t in bases]
    gross = inv.subtotal + inv.tax
    inv.rounding = q2(gross.quantize(Decimal(1)) - gross)
    p: Shown = {}
    cz = "{d}. {m}. {yyyy}"

    def czk(x: Decimal) -> str:
        return SPACE(x) + " Kč"

    pdf = FPDF()
    pdf.set_creation_date(datetime(2025, 1, 1, tzinfo=UTC))
    fpdf_fonts(pdf)
    pdf.add_page()
    pdf.set_font("dejavu", "B", 14)
    pdf.cell(
        0,
        8,
        f"FAKTURA - DAŇOVÝ DOKLAD č. {put(p, 'invoice_number', 'DAŇOVÝ DOKLAD č.', number)}",
        border="B",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = pdf.get_y() + 3
    boxes = (
        (
            10,
            "Dodavatel",
            [
                inv.vendor,
                "Průmyslová 1284",
                "530 03 Pardubice",
                "IČO: 27481562",
                "DIČ: CZ27481562",
                "Spisová značka C 24117 vedená u KS v Hradci Králové",
            ],
        ),
        (
            108,
            "Odběratel",
            [
                "Jan Procházka - stavební práce",
                "Na Drahách 57",
                "533 04 Sezemice",
                "IČO: 74125588",
                "DIČ: CZ8011223344",
            ],
        ),
    )
    for x, title, lines in boxes:
        pdf.set_xy(x, y)
        pdf.set_font("dejavu", "B", 8)
        pdf.cell(92, 5, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font("dejavu", "", 8.5)
        for line in lines:
            pdf.cell(92, 4.5, line, new_x="LEFT", new_y="NEXT")
    pdf.rect(10, y, 94, 36)
    pdf.rect(106, y, 94, 36)
    pdf.set_xy(10, y + 40)
    left = [
        ("Datum vystavení:", put(p, "date", "Datum vystavení:", fdate(issued, cz))),
        ("Datum zdanit. plnění:", fdate(issued - timedelta(days=3), cz)),
        ("Datum splatnosti:", put(p, "due_date", "Datum splatnosti:", fdate(inv.due, cz))),
        ("Forma úhrady:", "převodem"),
    ]
    right = [
        ("Číslo účtu:", "2801234567/2010"),
        ("Variabilní symbol:", number),
        ("Konstantní symbol:", "0308"),
        ("Objednávka č.:", f"OBJ-{digits(rng, 5)}"),
    ]
    for (l1, v1), (l2, v2) in zip(left, right, strict=True):
        fpdf_row(pdf, (36, 58, 36, 60), [l1, v1, l2, v2], "LLLL", h=5, size=8.5, border=0, family="dejavu")
    pdf.ln(4)
    widths = (64, 16, 24, 14, 24, 22, 26)
    fpdf_row(
        pdf,
        widths,
        ["Označení dodávky", "Množství", "J. cena", "DPH %", "Bez DPH", "DPH", "Celkem"],
        "LRRCRRR",
        style="B",
        size=8,
        fill=(220, 220, 220),
        family="dejavu",
    )
    for it in items:
        tax = q2(it.net * it.rate / 100)
        fpdf_row(
            pdf,
            widths,
            [
                it.desc,
                EU(it.qty, 0),
                SPACE(it.price),
                pct(it.rate),
                SPACE(it.net),
                SPACE(tax),
                SPACE(it.net + tax),
            ],
            "LRRCRRR",
            size=8,
            family="dejavu",
        )
    pdf.ln(4)
    pdf.set_x(90)
    fpdf_row(
        pdf,
        (30, 30, 30, 20),
        ["Sazba DPH", "Základ", "DPH", ""],
        "CRRR",
        style="B",
        size=8,
        family="dejavu",
        fill=(235, 235, 235),
    )
    for r, b, t in bases:
        pdf.set_x(90)
        fpdf_row(
            pdf, (30, 30, 30, 20), [f"{pct(r)} %", SPACE(b), SPACE(t), ""], "CRRR", size=8, family="dejavu"
        )
    pdf.ln(2)
    sums = [
        ("Celkem bez DPH:", put(p, "subtotal", "Celkem bez DPH:", czk(inv.subtotal))),
        ("DPH celkem:", put(p, "tax", "DPH celkem:", czk(inv.tax))),
        ("Zaokrouhlení:", czk(inv.rounding)),
        ("Celkem k úhradě:", put(p, "total", "Celkem k úhradě:", czk(inv.total))),
    ]
    put(p, "currency", "", "Kč")
    put(p, "vendor_name", "", inv.vendor)
    for label, value in sums:
        pdf.set_x(100)
        bold = "B" if "úhradě" in label else ""
        fpdf_row(
            pdf,
            (50, 50),
            [label, value],
            "LR",
            h=6,
            style=bold,
            size=10 if bold else 9,
            border=0,
            family="dejavu",
        )
    pdf.ln(10)
    pdf.set_font("dejavu", "", 7.5)
    pdf.multi_cell(
        0,
        4,
        "Fakturu vystavil: Petra Dvořáková, tel. 466 610 221. Zboží zůstává až do úplného "
        "zaplacení majetkem dodavatele. Při prodlení s úhradou účtujeme úrok z prodlení 0,05 % denně.",
    )
    source = bytes(pdf.output())
    nrng = np.random.default_rng(rng.getrandbits(32))
    img = render(source, 200)[0].transpose(Image.Transpose.ROTATE_180)
    img = scan(img, nrng, angle=0.4, noise=5, blur=0.7)
    key = make_key(
        inv,
        lang="cs-CZ",
        template="cz-stavebniny-danovy-doklad",
        producer="fpdf2+scan",
        case="scanned upside down (image-only PDF page turned 180 degrees); DUZP, variable and "
        "constant symbols and order number as decoys; zaokrouhlení in the total; 21 % and 12 % DPH",
    )
    return Built("n12_cz_upside_down", "pdf", images_pdf([img], 200), key, source, p)


CASES = [n12_cz_upside_down]
