"""Set N, case 6: a Polish faktura VAT followed by its WZ (wydanie zewnętrzne, the goods-release note),
drawn with fpdf2."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from outside_common_n import (
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
from outside_data_n import BUDOWA
from outside_html_n import fpdf_fonts, fpdf_row
from outside_scan_n import select


def n06_pl_delivery(rng: random.Random) -> Built:
    from fpdf import FPDF

    issued = pick_date(rng)
    items = pick_items(rng, [(d, lo, hi) for d, lo, hi, _, _ in BUDOWA], 5, (1, 2, 10, 20, 40, 60, 80))
    info = {d: (u, Decimal(r)) for d, _, _, u, r in BUDOWA}
    for it in items:
        it.unit, it.rate = info[it.desc]
        it.qty = Decimal(1) if it.unit == "usł" else it.qty
    number = f"FV {rng.randint(100, 999)}/{issued.month:02d}/{issued.year}"
    inv = Inv(
        number, issued, issued + timedelta(days=14), "PLN", "Hurtownia Budowlana Kowalczyk Sp. z o.o.", items
    )
    bases = by_rate(items)
    inv.taxes = [(f"VAT {pct(r)}%", t) for r, _, t in bases]
    paid = Decimal(rng.randint(50, 300) * 10)
    p: Shown = {}
    pdf = FPDF()
    pdf.set_creation_date(datetime(2025, 1, 1, tzinfo=UTC))
    fpdf_fonts(pdf)
    pdf.add_page()
    pdf.set_margins(12, 12)

    def pln(x: Decimal) -> str:
        return SPACE(x) + " zł"

    iso = "{yyyy}-{mm}-{dd}"
    pdf.set_font("condensed", "", 8.5)
    pdf.set_xy(120, 12)
    pdf.multi_cell(
        78,
        4.5,
        f"Miejsce wystawienia: Poznań\n"
        f"Data wystawienia: {put(p, 'date', 'Data wystawienia', fdate(issued, iso))}\n"
        f"Data sprzedaży: {fdate(issued - timedelta(days=2), iso)}",
        align="R",
    )
    pdf.set_xy(12, 34)
    pdf.set_font("condensed", "B", 15)
    pdf.cell(
        0,
        8,
        f"Faktura VAT nr {put(p, 'invoice_number', 'Faktura VAT nr', number)}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("condensed", "", 8)
    pdf.cell(0, 4, "ORYGINAŁ", align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 4
    parties = (
        (
            "Sprzedawca",
            [
                inv.vendor,
                "ul. Głogowska 214",
                "60-104 Poznań",
                "NIP 779-23-81-475",
                "Bank PKO BP: 12 1020 4027 0000 1102 0374 5561",
            ],
        ),
        (
            "Nabywca",
            [
                "Firma Remontowo-Budowlana DOMAX Piotr Nowak",
                "os. Przyjaźni 14/3",
                "61-686 Poznań",
                "NIP 972-11-40-388",
                f"Nr klienta: {digits(rng, 6)}",
            ],
        ),
    )
    for x, (title, lines) in zip((12, 108), parties, strict=True):
        pdf.set_xy(x, y)
        pdf.set_font("condensed", "B", 9)
        pdf.cell(90, 5, title, border="B", new_x="LEFT", new_y="NEXT")
        pdf.set_font("condensed", "", 8.5)
        for line in lines:
            pdf.cell(90, 4.4, line, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(12, y + 32)
    widths = (8, 62, 13, 10, 20, 22, 11, 19, 21)
    fpdf_row(
        pdf,
        widths,
        [
            "Lp.",
            "Nazwa towaru lub usługi",
            "Ilość",
            "J.m.",
            "Cena netto",
            "Wartość netto",
            "VAT",
            "Kwota VAT",
            "Wartość brutto",
        ],
        "CLCCCCCCC",
        style="B",
        size=7.5,
        fill=(230, 230, 230),
        family="condensed",
    )
    for n, it in enumerate(items, start=1):
        tax = q2(it.net * it.rate / 100)
        fpdf_row(
            pdf,
            widths,
            [
                str(n),
                it.desc,
                f"{it.qty:.0f}",
                it.unit,
                SPACE(it.price),
                SPACE(it.net),
                f"{pct(it.rate)}%",
                SPACE(tax),
                SPACE(it.net + tax),
            ],
            "CLRCRRCRR",
            size=8,
            family="condensed",
        )
    pdf.ln(3)
    pdf.set_x(110)
    sw = (22, 22, 22, 22)
    fpdf_row(
        pdf,
        sw,
        ["Stawka VAT", "Netto", "VAT", "Brutto"],
        "CCCC",
        style="B",
        size=8,
        fill=(230, 230, 230),
        family="condensed",
    )
    for r, b, t in bases:
        fpdf_row(
            pdf, sw, [f"{pct(r)}%", SPACE(b), SPACE(t), SPACE(b + t)], "CRRR", size=8, family="condensed"
        )
    fpdf_row(
        pdf,
        sw,
        [
            "Razem",
            put(p, "subtotal", "Razem", SPACE(inv.subtotal)),
            put(p, "tax", "Razem", SPACE(inv.tax)),
            put(p, "total", "Razem", SPACE(inv.total)),
        ],
        "CRRR",
        style="B",
        size=8,
        family="condensed",
    )
    put(p, "currency", "", "zł")
    put(p, "vendor_name", "", inv.vendor)
    pdf.set_x(12)
    pdf.ln(4)
    pdf.set_font("condensed", "", 9)
    for label, value in (
        ("Razem do zapłaty:", pln(inv.total)),
        ("Zapłacono (zaliczka):", pln(paid)),
        ("Pozostało do zapłaty:", pln(inv.total - paid)),
        ("Sposób płatności:", "przelew"),
        ("Termin płatności:", put(p, "due_date", "Termin płatności:", fdate(inv.due, iso))),
    ):
        pdf.cell(45, 5.5, label)
        pdf.set_font("condensed", "B", 9)
        pdf.cell(60, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("condensed", "", 9)
    pdf.ln(18)
    pdf.set_font("condensed", "", 7.5)
    pdf.cell(90, 4, "......................................................", align="C")
    pdf.cell(
        90,
        4,
        "......................................................",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(90, 4, "Podpis osoby upoważnionej do odbioru", align="C")
    pdf.cell(90, 4, "Podpis osoby upoważnionej do wystawienia", align="C")
    pdf.add_page()
    pdf.set_font("condensed", "B", 14)
    pdf.cell(
        0,
        8,
        f"WZ - Wydanie zewnętrzne nr WZ/{rng.randint(1000, 1999)}/{issued.year}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("condensed", "", 9)
    released = issued - timedelta(days=2)
    for line in (
        f"Data wydania: {fdate(released, iso)}",
        "Magazyn: MG-01 Poznań, Głogowska 214",
        "Odbiorca: Firma Remontowo-Budowlana DOMAX Piotr Nowak",
        f"Zamówienie nr ZK/{digits(rng, 5)}",
        f"Pojazd: PO 4K{rng.randint(100, 999)}  Kierowca: M. Zieliński",
    ):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    fpdf_row(
        pdf,
        (10, 95, 25, 20, 30),
        ["Lp.", "Nazwa", "Ilość", "J.m.", "Uwagi"],
        "CLCCC",
        style="B",
        size=8,
        fill=(230, 230, 230),
        family="condensed",
    )
    for n, it in enumerate(items, start=1):
        fpdf_row(
            pdf,
            (10, 95, 25, 20, 30),
            [str(n), it.desc, f"{it.qty:.0f}", it.unit, ""],
            "CLRCC",
            size=8.5,
            family="condensed",
        )
    pdf.ln(14)
    pdf.cell(90, 4, "Wydał: ....................................")
    pdf.cell(90, 4, "Odebrał: ..................................")
    data = bytes(pdf.output())
    key = make_key(
        inv,
        lang="pl-PL",
        template="pl-faktura-wz",
        producer="fpdf2",
        case="faktura VAT followed by its WZ (release date, order number, vehicle); data sprzedaży "
        "decoy date; 23% and 8% VAT; zaliczka and Pozostało do zapłaty after it",
    )
    return Built("n06_pl_delivery", "pdf", data, key, select(data, [0]), p)


CASES = [n06_pl_delivery]
