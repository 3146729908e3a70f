"""Shared helpers of set F (benchmarks/outside_invoices_f.py): money, number and date formats, fonts,
ReportLab styles and the record every layout returns (its key and the printed form of each key value)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

rl_config.invariant = 1  # no creation date / random file id: same seed, same bytes

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CENT = Decimal("0.01")


def unicode_fonts() -> bool:
    """Register DejaVuSans (regular/bold) as "DV"/"DV-B" once; False when the fonts are missing."""
    if "DV" in pdfmetrics.getRegisteredFontNames():
        return True
    reg, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    if not (reg.exists() and bold.exists()):
        return False
    pdfmetrics.registerFont(TTFont("DV", str(reg)))
    pdfmetrics.registerFont(TTFont("DV-B", str(bold)))
    registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")  # <b> in Paragraphs
    return True


class NeedsUnicodeFont(RuntimeError):
    """Raised by a layout whose language needs DejaVuSans when it is not installed."""


def fonts(unicode: bool = False) -> tuple[str, str]:
    if not unicode:
        return "Helvetica", "Helvetica-Bold"
    if not unicode_fonts():
        raise NeedsUnicodeFont("DejaVuSans not found under " + str(DEJAVU))
    return "DV", "DV-B"


def q(x: Decimal | int | str, places: Decimal = CENT) -> Decimal:
    return Decimal(x).quantize(places, rounding=ROUND_HALF_UP)


def num(x: Decimal, style: str = "en", decimals: int = 2) -> str:
    """Format an amount: en 1,234.56 | de 1.234,56 | fr 1 234,56 | fr_nbsp | ch 1'234.56 | za 1 234.56."""
    s = f"{q(x, Decimal(1).scaleb(-decimals)):,.{decimals}f}"
    seps = {
        "en": (",", "."),
        "de": (".", ","),
        "fr": (" ", ","),
        "fr_nbsp": ("\u00a0", ","),
        "ch": ("'", "."),
        "za": (" ", "."),
        "plain": ("", "."),
    }[style]
    return s.replace(",", "\0").replace(".", seps[1]).replace("\0", seps[0])


def key_amount(x: Decimal | None, decimals: int = 2) -> str | None:
    return None if x is None else str(q(x, Decimal(1).scaleb(-decimals)))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
}


def month(d: date, lang: str = "en", short: bool = False) -> str:
    name = MONTHS[lang].split()[d.month - 1]
    return name[:3] if short else name


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def rand_date(rng: random.Random, year: int = 2025, min_day: int = 1) -> date:
    """A random issue date in the year; ``min_day=13`` makes numeric day/month order unambiguous."""
    start = date(year, 1, 1) + timedelta(days=rng.randrange(0, 330))
    while start.day < min_day:
        start += timedelta(days=1)
    return start


@dataclass
class Inv:
    """One document's key; ``printed`` holds each key value as it appears in the PDF text."""

    lang: str
    template: str
    number: str
    date: date
    due: date | None
    total: Decimal
    currency: str
    vendor: str
    subtotal: Decimal | None
    tax: Decimal | None
    decimals: int = 2
    printed: dict[str, str | tuple[str, ...]] = field(default_factory=dict)

    def key(self) -> dict[str, str | None]:
        return {
            "invoice_number": self.number,
            "date": self.date.isoformat(),
            "due_date": self.due.isoformat() if self.due else None,
            "total": key_amount(self.total, self.decimals),
            "currency": self.currency,
            "vendor_name": self.vendor,
            "subtotal": key_amount(self.subtotal, self.decimals),
            "tax": key_amount(self.tax, self.decimals),
            "lang": self.lang,
            "template": self.template,
            "producer": "reportlab",
        }

    def expected_text(self) -> dict[str, str | tuple[str, ...]]:
        """Printed forms to find in the text layer (number and vendor print as in the key); a tuple lists the
        printed parts of a key value that is a sum (tax = 10 % line + 20 % line)."""
        out = {"invoice_number": self.number, "vendor_name": self.vendor}
        out.update(self.printed)
        return out


def lines(
    rng: random.Random, names: list[str], k: int, qty: tuple[int, int], price: tuple[int, int], step: int = 1
) -> list[tuple[str, int, Decimal, Decimal]]:
    """``k`` item lines (description, quantity, unit price, amount) with prices in whole cents."""
    out = []
    for name in rng.sample(names, k):
        n = rng.randint(*qty)
        unit = Decimal(rng.randrange(price[0] * 100, price[1] * 100, step)) / 100
        out.append((name, n, unit, q(unit * n)))
    return out


def styles(font: str, bold: str, size: float = 9) -> dict[str, ParagraphStyle]:
    lead = size * 1.25
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=lead),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=lead),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=lead, alignment=2),
        "rb": ParagraphStyle("rb", fontName=bold, fontSize=size, leading=lead, alignment=2),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 7, leading=(size + 7) * 1.2),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.2),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=lead, alignment=1),
    }


def grid(
    rows: list[list],
    widths: list[float],
    font: str,
    bold: str,
    size: float = 9,
    head: bool = True,
    right_from: int = 1,
    box: bool = True,
    shade: colors.Color = colors.HexColor("#e8e8e8"),
) -> Table:
    """A platypus Table with a bold shaded header row and right-aligned numeric columns."""
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if head:
        cmds += [("FONT", (0, 0), (-1, 0), bold, size), ("BACKGROUND", (0, 0), (-1, 0), shade)]
    if box:
        cmds += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
    t.setStyle(TableStyle(cmds))
    return t


def kv(
    rows: list[tuple[str, str]],
    widths: tuple[float, float],
    font: str,
    bold: str,
    size: float = 9,
    bold_last: bool = False,
    align: str = "RIGHT",
) -> Table:
    """A label/value block (totals, header facts) without grid lines."""
    t = Table([list(r) for r in rows], colWidths=list(widths), hAlign="RIGHT" if align == "RIGHT" else "LEFT")
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("ALIGN", (1, 0), (1, -1), align),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    if bold_last:
        cmds += [("FONT", (0, -1), (-1, -1), bold, size), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    t.setStyle(TableStyle(cmds))
    return t


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text.replace("&", "&amp;"), style)


def watermark(text: str, font: str, size: int = 110, gray: float = 0.88):
    """An onPage callback that draws ``text`` diagonally in light grey behind the page content."""

    def draw(canv, doc) -> None:
        canv.saveState()
        canv.setFillColor(colors.Color(gray, gray, gray))
        canv.setFont(font, size)
        w, h = doc.pagesize
        canv.translate(w / 2, h / 2)
        canv.rotate(40)
        canv.drawCentredString(0, -size / 3, text)
        canv.restoreState()

    return draw


def render(
    path: Path,
    story: list,
    pagesize: tuple[float, float] = A4,
    margin: float = 18 * mm,
    on_page=None,
    title: str = "Invoice",
) -> None:
    """Lay out ``story`` with platypus; ``on_page`` draws behind every page (watermark, letterhead)."""
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author="",
        invariant=1,
    )
    cb = on_page or (lambda canv, d: None)
    doc.build(story, onFirstPage=cb, onLaterPages=cb)
