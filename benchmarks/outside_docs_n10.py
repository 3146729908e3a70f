"""Set N, cases 19-20: a South African tax invoice on faded thermal paper scanned on a flatbed (TIFF), and an
Austrian two-page Rechnung with carried-forward totals scanned into a multi-page TIFF (fpdf2)."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import numpy as np
from PIL import Image

from outside_common_n import EU, US, Built, Inv, Item, Shown, by_rate, digits, fdate, make_key, pick_items, q2
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import GASTRO, SPARES
from outside_html_n import fpdf_fonts, fpdf_row, reportlab_fonts
from outside_scan_n import render, scan, thermal, tiff


def n19_za_thermal(rng: random.Random) -> Built:
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    reportlab_fonts()
    issued = pick_date(rng)
    chosen = pick_items(rng, SPARES, 5, (1, 1, 1, 2, 4))
    total = sum((i.net for i in chosen), Decimal(0))  # shelf prices include VAT
    tax = q2(total * 15 / 115)
    inv = Inv(
        f"HAS{rng.randint(40000, 69999):07d}",
        issued,
        None,
        "ZAR",
        "Highveld Auto Spares (Pty) Ltd",
        [Item("goods excl. VAT", Decimal(1), total - tax)],
        [("VAT 15%", tax)],
    )
    tendered = (total / 100).to_integral_value(rounding="ROUND_CEILING") * 100
    p: Shown = {}

    def zar(x: Decimal) -> str:
        return "R" + US(x)

    width = 32
    head = [
        "HIGHVELD AUTO SPARES",
        inv.vendor,
        "Shop 4, 112 Voortrekker Rd",
        "Benoni 1501  Tel 011 421 8890",
        "VAT No: 4123456789",
        "Reg: 2009/123456/07",
        "",
        "TAX INVOICE",
    ]
    body = [
        f"Invoice No: {put(p, 'invoice_number', 'Invoice No:', inv.number)}",
        f"Date: {put(p, 'date', 'Date:', fdate(issued, '{yyyy}/{mm}/{dd}'))}  {rng.randint(8, 17)}:"
        f"{rng.randint(10, 59)}",
        "Till: 02  Cashier: Thabo",
        "Cust: Mokoena Transport CC",
        f"Cust VAT: 48{digits(rng, 8)}",
        f"Order No: {digits(rng, 5)}",
        "-" * width,
    ]
    for it in chosen:
        body.append(f"{it.qty:.0f} x {it.desc}"[:width])
        body.append(f"{zar(it.price) + ' ea':<16}{zar(it.net):>16}")
    body += [
        "-" * width,
        f"{'Total Excl VAT':<18}{put(p, 'subtotal', 'Total Excl VAT', zar(inv.subtotal)):>14}",
        f"{'VAT 15%':<18}{put(p, 'tax', 'VAT 15%', zar(tax)):>14}",
        f"{'TOTAL':<18}{put(p, 'total', 'TOTAL', zar(total)):>14}",
        f"{'Cash tendered':<18}{zar(tendered):>14}",
        f"{'Change':<18}{zar(tendered - total):>14}",
        "-" * width,
        "Goods remain the property of",
        "Highveld Auto Spares until paid.",
        "Returns within 7 days with slip.",
        "",
        "Thank you - Dankie - Ngiyabonga",
    ]
    put(p, "currency", "", "R")
    put(p, "vendor_name", "", inv.vendor)
    buf = io.BytesIO()
    h = (len(head) + len(body) + 4) * 4.4 * mm
    c = canvas.Canvas(buf, pagesize=(80 * mm, h), invariant=1)
    y = h - 8 * mm
    for i, line in enumerate(head):
        c.setFont("mono-b" if i in (0, 7) else "mono", 10 if i in (0, 7) else 8.2)
        c.drawCentredString(40 * mm, y, line)
        y -= 4.4 * mm
    c.setFont("mono", 8.2)
    for line in body:
        c.drawString(4 * mm, y, line)
        y -= 4.4 * mm
    c.showPage()
    c.save()
    source = buf.getvalue()
    nrng = np.random.default_rng(rng.getrandbits(32))
    slip = thermal(render(source, 200)[0], nrng)
    bed = Image.new("L", (1654, 2339), 238)
    slip = slip.rotate(-2.2, expand=True, fillcolor=238, resample=Image.Resampling.BICUBIC)
    bed.paste(slip, (420, 160))
    img = scan(bed, nrng, angle=0, noise=4, blur=0.4, paper=(255, 255, 255))
    key = make_key(
        inv,
        lang="en-ZA",
        template="za-autospares-thermal",
        producer="reportlab+thermal",
        case="faded thermal slip (low contrast, worn print-head streaks) scanned on A4 (grey TIFF); "
        "cash tendered and change; customer VAT and order numbers; no due date",
    )
    return Built("n19_za_thermal", "tif", tiff([img], 200), key, source, p)


def n20_at_multitiff(rng: random.Random) -> Built:
    from fpdf import FPDF

    issued = pick_date(rng)
    items = pick_items(rng, GASTRO, 20, (1, 1, 2, 2, 3, 4, 6), Decimal(20))
    inv = Inv(
        f"{issued.year}-{rng.randint(3000, 3999)}",
        issued,
        issued + timedelta(days=30),
        "EUR",
        "Alpenland Gastro-Technik GmbH",
        items,
    )
    inv.taxes = [("20 % USt", by_rate(items)[0][2])]
    p: Shown = {}
    at = "{dd}.{mm}.{yyyy}"
    pdf = FPDF()
    pdf.set_creation_date(datetime(2025, 1, 1, tzinfo=UTC))
    fpdf_fonts(pdf)
    pdf.set_auto_page_break(False)
    widths = (12, 98, 14, 32, 34)

    def header(n: int) -> None:
        pdf.add_page()
        pdf.set_font("serif", "B", 17)
        pdf.cell(120, 8, "ALPENLAND", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("serif", "", 8.5)
        pdf.cell(
            120,
            4.5,
            f"{inv.vendor} · Grabenweg 68 · 6020 Innsbruck · Tel. +43 512 341 880",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_xy(140, 10)
        pdf.set_font("serif", "B", 14)
        pdf.cell(60, 8, "RECHNUNG", align="R")
        pdf.set_xy(140, 20)
        pdf.set_font("serif", "", 8.5)
        pdf.multi_cell(
            60,
            4.5,
            f"Rechnungsnummer: {inv.number}\nRechnungsdatum: {fdate(issued, at)}\nSeite {n} von 2",
            align="R",
        )
        pdf.set_xy(10, 42)

    header(1)
    put(p, "invoice_number", "Rechnungsnummer:", inv.number)
    put(p, "date", "Rechnungsdatum:", fdate(issued, at))
    pdf.set_font("serif", "", 10)
    pdf.multi_cell(90, 5, "Hotel Gasthof Zur Post\nFamilie Haller\nDorfplatz 2\n6167 Neustift im Stubaital")
    pdf.set_xy(120, 42)
    pdf.multi_cell(
        80,
        5,
        f"Kundennummer: {digits(rng, 5)}\nIhre UID: ATU6{digits(rng, 7)}\n"
        f"Lieferdatum: {fdate(issued - timedelta(days=5), at)}\nAuftrag: AB-{digits(rng, 5)}",
    )
    pdf.set_xy(10, 72)
    fpdf_row(
        pdf,
        widths,
        ["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt EUR"],
        "CLRRR",
        style="B",
        size=8.5,
        family="serif",
        fill=(225, 225, 225),
    )
    carried = Decimal(0)
    for n, it in enumerate(items, start=1):
        if n == 15:
            fpdf_row(
                pdf,
                widths,
                ["", "Übertrag", "", "", EU(carried)],
                "CLRRR",
                style="B",
                size=8.5,
                family="serif",
            )
            header(2)
            pdf.set_xy(10, 42)
            fpdf_row(
                pdf,
                widths,
                ["", "Übertrag von Seite 1", "", "", EU(carried)],
                "CLRRR",
                style="B",
                size=8.5,
                family="serif",
            )
        fpdf_row(
            pdf,
            widths,
            [str(n), it.desc, f"{it.qty:.0f}", EU(it.price), EU(it.net)],
            "CLRRR",
            h=7,
            size=8.5,
            family="serif",
        )
        carried += it.net
    pdf.ln(4)
    skonto = q2(inv.total * Decimal("0.02"))
    sums = [
        ("Nettobetrag", put(p, "subtotal", "Nettobetrag", EU(inv.subtotal))),
        ("20 % USt", put(p, "tax", "20 % USt", EU(inv.tax))),
        ("Gesamtbetrag EUR", put(p, "total", "Gesamtbetrag EUR", EU(inv.total))),
    ]
    put(p, "currency", "", "EUR")
    put(p, "vendor_name", "", inv.vendor)
    for label, value in sums:
        pdf.set_x(110)
        fpdf_row(
            pdf,
            (55, 35),
            [label, value],
            "LR",
            h=6.5,
            style="B" if "Gesamt" in label else "",
            size=10,
            family="serif",
            border="B" if "Gesamt" in label else 0,
        )
    pdf.ln(6)
    pdf.set_font("serif", "", 9)
    due = put(p, "due_date", "Fällig am", fdate(inv.due, at))
    pdf.multi_cell(
        0,
        5,
        f"Zahlungsbedingungen: bei Zahlung bis {fdate(issued + timedelta(days=10), at)} "
        f"abzüglich 2 % Skonto (EUR {EU(skonto)}), sonst netto. Fällig am {due}.\n"
        "Bankverbindung: Tiroler Sparkasse, IBAN AT61 2050 3033 0012 3456, BIC SPIHAT22XXX\n"
        "UID-Nr. ATU58123456 · FN 231456 a, Landesgericht Innsbruck · Eigentumsvorbehalt bis zur "
        "vollständigen Bezahlung.",
    )
    source = bytes(pdf.output())
    nrng = np.random.default_rng(rng.getrandbits(32))
    pages = [
        scan(img, nrng, angle=a, noise=6, blur=0.7)
        for img, a in zip(render(source, 200), (-0.9, 0.6), strict=True)
    ]
    key = make_key(
        inv,
        lang="de-AT",
        template="at-gastro-zweiseitig",
        producer="fpdf2+scan",
        case="two-page scan in one multi-page TIFF; Übertrag (carried-forward subtotal) at the page "
        "break; Skonto amount and date; Lieferdatum, Auftrag and customer UID as decoys",
    )
    return Built("n20_at_multitiff", "tif", tiff(pages, 200), key, source, p)


CASES = [n19_za_thermal, n20_at_multitiff]
