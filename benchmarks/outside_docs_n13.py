"""Set N, case 2: a German Rechnung behind its Anschreiben (cover letter), both drawn with reportlab."""

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
    q2,
    shown,
)
from outside_common_n import some_date as pick_date
from outside_data_n import BUILDING
from outside_html_n import reportlab_fonts
from outside_scan_n import merge


def n02_de_cover_letter(rng: random.Random) -> Built:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    reportlab_fonts()
    issued = pick_date(rng)
    inv = Inv(
        f"RE-{issued.year}-{rng.randint(1000, 1999)}",
        issued,
        issued + timedelta(days=14),
        "EUR",
        "Elektro Brandauer GmbH",
        pick_items(rng, BUILDING, 6, (1, 2, 4, 8, 12, 25, 40), Decimal(19)),
    )
    for it in inv.items:
        it.unit = (
            "m" if "je m" in it.desc or "mm²" in it.desc else ("Std." if "Stunden" in it.desc else "Stk.")
        )
    inv.taxes = [("zzgl. 19 % USt.", by_rate(inv.items)[0][2])]
    advance = q2(inv.total * Decimal("0.4"))
    customer, order = f"K-{digits(rng, 5)}", f"4711-{rng.randint(100, 999)}"
    letter_day = issued + timedelta(days=1)
    p: Shown = {}
    st = ParagraphStyle("b", fontName="sans", fontSize=9.5, leading=13)
    small = ParagraphStyle("s", parent=st, fontSize=7.2, leading=9)
    head = ParagraphStyle("h", parent=st, fontName="sans-b", fontSize=13, leading=16)

    def eur(x: Decimal) -> str:
        return EU(x) + " €"

    def P(text: str, style: ParagraphStyle = st) -> Paragraph:
        return Paragraph(text, style)

    def address() -> list[Paragraph]:
        return [
            P("Elektro Brandauer GmbH · Industriestraße 14 · 90441 Nürnberg", small),
            P("Schreinerei Lindner KG<br/>z. Hd. Buchhaltung<br/>Am Sandberg 7<br/>91126 Schwabach"),
        ]

    def logo() -> Paragraph:
        return P(
            '<font name="sans-b" size="16" color="#0b5394">BRANDAUER</font><br/>'
            '<font size="8">Elektrotechnik · Gebäudeautomation</font>'
        )

    def footer() -> Table:
        return Table(
            [
                [
                    P("Elektro Brandauer GmbH<br/>Industriestraße 14<br/>90441 Nürnberg", small),
                    P(
                        "Geschäftsführer: Karl Brandauer<br/>Amtsgericht Nürnberg HRB 28817<br/>"
                        "USt-IdNr. DE 284 117 305",
                        small,
                    ),
                    P("Sparkasse Nürnberg<br/>IBAN DE44 7605 0101 0011 2233 44<br/>BIC SSKNDE77XXX", small),
                ]
            ],
            colWidths=[58 * mm] * 3,
        )

    def doc(story: list[object]) -> bytes:
        buf = io.BytesIO()
        SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=25 * mm,
            rightMargin=20 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            title="",
            author="",
            creator="",
        ).build(story)
        return buf.getvalue()

    dd = "{dd}.{mm}.{yyyy}"
    info = [
        ["Rechnungsnummer", shown(p, "invoice_number", "Rechnungsnummer", inv.number)],
        ["Rechnungsdatum", shown(p, "date", "Rechnungsdatum", fdate(issued, dd))],
        ["Kundennummer", customer],
        ["Ihre Bestellung", order],
        [
            "Leistungszeitraum",
            f"{fdate(issued - timedelta(days=21), dd)} – {fdate(issued - timedelta(days=3), dd)}",
        ],
    ]
    top = Table(
        [[address(), [logo(), Spacer(1, 14), Table(info, colWidths=[32 * mm, 38 * mm])]]],
        colWidths=[95 * mm, 70 * mm],
    )
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    grid = [["Pos.", "Menge", "Einh.", "Bezeichnung", "Einzelpreis", "Gesamt"]]
    grid += [
        [str(n), EU(i.qty, 0), i.unit, P(i.desc), eur(i.price), eur(i.net)]
        for n, i in enumerate(inv.items, start=1)
    ]
    table = Table(grid, colWidths=[11 * mm, 15 * mm, 12 * mm, 75 * mm, 26 * mm, 26 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "sans", 9),
                ("FONT", (0, 0), (-1, 0), "sans-b", 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
                ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    sums = [
        ["Nettobetrag", shown(p, "subtotal", "Nettobetrag", eur(inv.subtotal))],
        ["zzgl. 19 % USt.", shown(p, "tax", "zzgl. 19 % USt.", eur(inv.tax))],
        ["Rechnungsbetrag", shown(p, "total", "Rechnungsbetrag", eur(inv.total))],
        [f"abzgl. Abschlag AR-{issued.year}-0{rng.randint(10, 99)}", "-" + eur(advance)],
        ["Zahlbetrag", eur(inv.total - advance)],
    ]
    shown(p, "currency", "", "€")
    shown(p, "vendor_name", "", inv.vendor)
    totals = Table(sums, colWidths=[50 * mm, 30 * mm], hAlign="RIGHT")
    totals.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "sans", 9.5),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONT", (0, 2), (-1, 2), "sans-b", 9.5),
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black),
            ]
        )
    )
    due = shown(p, "due_date", "Zahlbar bis zum", fdate(inv.due, dd))
    source = doc(
        [
            top,
            Spacer(1, 26),
            P("Rechnung", head),
            Spacer(1, 8),
            table,
            Spacer(1, 8),
            totals,
            Spacer(1, 14),
            P(f"Zahlbar bis zum {due} ohne Abzug auf das unten genannte Konto."),
            P("Bitte geben Sie bei Zahlung die Rechnungsnummer an."),
            Spacer(1, 40),
            footer(),
        ]
    )
    letter_info = Table(
        [
            ["Ihr Zeichen", f"Bestellung {order}"],
            ["Unser Zeichen", "KB/rs"],
            ["Datum", fdate(letter_day, dd)],
        ],
        colWidths=[30 * mm, 40 * mm],
    )
    letter_top = Table([[address(), [logo(), Spacer(1, 14), letter_info]]], colWidths=[95 * mm, 70 * mm])
    letter_top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    text = [
        "Sehr geehrte Damen und Herren,",
        f"für die Elektroinstallation in Ihrer neuen Werkhalle erhalten Sie anbei unsere Schlussrechnung "
        f"Nr. {inv.number}. Die Abschlagszahlung über {eur(advance)} haben wir darin bereits abgezogen.",
        f"Wir bitten Sie, den offenen Betrag von {eur(inv.total - advance)} innerhalb von 14 Tagen zu "
        "überweisen. Für die gute Zusammenarbeit bedanken wir uns und stehen für Rückfragen gern zur "
        "Verfügung.",
        "Mit freundlichen Grüßen",
        "Karl Brandauer<br/>Geschäftsführer",
        "Anlage: Rechnung",
    ]
    letter = doc(
        [
            letter_top,
            Spacer(1, 30),
            P(f"<b>Schlussrechnung Nr. {inv.number} – Werkhalle Schwabach</b>"),
            Spacer(1, 12),
            *[x for t in text for x in (P(t), Spacer(1, 8))],
            Spacer(1, 120),
            footer(),
        ]
    )
    key = make_key(
        inv,
        lang="de-DE",
        template="de-elektro-anschreiben",
        producer="reportlab",
        case="cover letter (letter date, order number, amount after advance) before the Rechnung;"
        " Zahlbetrag after Abschlag differs from the total",
    )
    return Built("n02_de_cover_letter", "pdf", merge([letter, source]), key, source, p)


CASES = [n02_de_cover_letter]
