"""Set N, case 11: a Danish faktura whose page the PDF turns by 90 degrees (/Rotate 90), drawn on a reportlab
canvas."""

from __future__ import annotations

import io
import random
from datetime import timedelta
from decimal import Decimal

from outside_common_n import (
    EU,
    Built,
    Inv,
    Shown,
    by_rate,
    digits,
    fdate,
    make_key,
    pick_items,
)
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import TOEMRER
from outside_html_n import reportlab_fonts
from outside_scan_n import merge


def n11_dk_rotated90(rng: random.Random) -> Built:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    reportlab_fonts()
    issued = pick_date(rng)
    items = pick_items(rng, TOEMRER, 5, (1, 2, 4, 8, 12, 16, 24), Decimal(25))
    inv = Inv(
        f"{rng.randint(2100, 2999)}",
        issued,
        issued + timedelta(days=8),
        "DKK",
        "Hvidbjerg Tømrer & Snedker ApS",
        items,
    )
    inv.taxes = [("Moms 25%", by_rate(items)[0][2])]
    p: Shown = {}
    dk = "{dd}-{mm}-{yyyy}"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    w, h = A4
    c.setFillColorRGB(0.85, 0.45, 0.1)
    c.rect(0, h - 14, w, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("serif-b", 26)
    c.drawString(50, h - 80, "Faktura")
    c.setFont("sans-b", 11)
    c.drawRightString(w - 50, h - 60, inv.vendor)
    c.setFont("sans", 8.5)
    for i, line in enumerate(
        (
            "Skovvej 41, Hvidbjerg",
            "7790 Thyholm",
            "Tlf. 97 87 12 40",
            "CVR-nr. 38412290",
            "post@hvidbjerg-toemrer.dk",
        )
    ):
        c.drawRightString(w - 50, h - 74 - 11 * i, line)
    c.setFont("sans", 10)
    for i, line in enumerate(
        ("Thyholm Andelsboligforening", "att. Bestyrelsen", "Vestergade 3", "7790 Thyholm")
    ):
        c.drawString(50, h - 140 - 13 * i, line)
    meta = [
        ("Fakturanr.", put(p, "invoice_number", "Fakturanr.", inv.number)),
        ("Fakturadato", put(p, "date", "Fakturadato", fdate(issued, dk))),
        ("Kundenr.", f"{rng.randint(1000, 1999)}"),
        ("Sag", f"Sag {digits(rng, 4)} - Vestergade 3"),
        ("Forfaldsdato", put(p, "due_date", "Forfaldsdato", fdate(inv.due, dk))),
    ]
    for i, (label, value) in enumerate(meta):
        c.setFont("sans-b", 9)
        c.drawString(340, h - 140 - 13 * i, label)
        c.setFont("sans", 9)
        c.drawString(420, h - 140 - 13 * i, value)
    y = h - 230
    c.setFont("sans-b", 9)
    c.drawString(50, y, "Beskrivelse")
    c.drawRightString(375, y, "Antal")
    c.drawRightString(455, y, "Enhedspris")
    c.drawRightString(w - 55, y, "Beløb")
    c.line(50, y - 4, w - 50, y - 4)
    c.setFont("sans", 9)
    for it in items:
        y -= 16
        c.drawString(50, y, it.desc)
        c.drawRightString(375, y, EU(it.qty, 0))
        c.drawRightString(455, y, EU(it.price))
        c.drawRightString(w - 55, y, EU(it.net))
    c.line(50, y - 6, w - 50, y - 6)
    sums = [
        ("Subtotal", put(p, "subtotal", "Subtotal", EU(inv.subtotal))),
        ("Moms 25%", put(p, "tax", "Moms 25%", EU(inv.tax))),
        ("Total DKK", put(p, "total", "Total DKK", EU(inv.total))),
    ]
    put(p, "currency", "", "DKK")
    put(p, "vendor_name", "", inv.vendor)
    for label, value in sums:
        y -= 16
        c.setFont("sans-b" if label.startswith("Total") else "sans", 10)
        c.drawString(360, y, label)
        c.drawRightString(w - 55, y, value)
    c.setFont("sans", 8.5)
    for i, line in enumerate(
        (
            "Betalingsbetingelser: netto 8 dage. Ved betaling efter forfald tilskrives renter på 0,7 % pr. "
            "påbegyndt "
            "måned samt gebyr 100,00 kr.",
            "Bank: Jyske Bank, reg.nr. 7780 kontonr. 0001234567 - IBAN DK12 7780 0001 2345 67",
            f"Indbetalingskort: +71< {digits(rng, 15)} +85744110<",
        )
    ):
        c.drawString(50, 120 - 12 * i, line)
    c.showPage()
    c.save()
    source = buf.getvalue()
    key = make_key(
        inv,
        lang="da-DK",
        template="dk-toemrer-canvas",
        producer="reportlab",
        case="the PDF page carries /Rotate 90 (the sheet displays sideways); case and customer "
        "numbers, FI-kort line and late-payment fee as decoys",
    )
    return Built("n11_dk_rotated90", "pdf", merge([source], {0: 90}), key, source, p)


CASES = [n11_dk_rotated90]
