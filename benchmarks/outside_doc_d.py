"""Invoice data, amounts and an fpdf2 drawing wrapper for set D (benchmarks/outside_invoices_d.py).

``Pen`` draws through fpdf2's ``cell``, ``multi_cell`` (markdown) and ``table()`` APIs and records every
string it draws, so ``--check`` can compare what pdfplumber reads back with what was drawn.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from fpdf import FPDF, FontFace

from outside_locale_d import Profile, fmt_date, fmt_num
from outside_words_d import Words

TTF = {
    "dejavu-sans": ("dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "dejavu-serif": ("dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "dejavu-mono": ("dejavu", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
    "dejavu-condensed": (
        "dejavu",
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
    "liberation-sans": (
        "liberation",
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
    ),
    "liberation-serif": (
        "liberation",
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
    ),
    "liberation-narrow": (
        "liberation",
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
    ),
}
# rough value of one euro, so prices look plausible in each currency
SCALE = {
    "EUR": 1,
    "DKK": 7.5,
    "NOK": 11.5,
    "CZK": 25,
    "RON": 5,
    "TRY": 36,
    "HUF": 400,
    "CHF": 0.95,
    "SGD": 1.45,
    "AUD": 1.65,
    "NZD": 1.8,
    "ZAR": 20,
    "USD": 1.08,
    "CAD": 1.48,
    "MXN": 20,
}
CORE = ("helvetica", "times", "courier")
FONT_DIR = Path("/usr/share/fonts/truetype")


@dataclass
class Line:
    desc: str
    qty: Decimal
    price: Decimal  # per unit, net (or gross where the invoice prices include tax)
    rate: Decimal  # tax rate in percent
    unit: str = ""
    disc: Decimal = Decimal(0)  # percent off the line
    code: str = ""
    section: str = ""
    day: date | None = None
    places: int = 2

    @property
    def amount(self) -> Decimal:
        raw = self.qty * self.price * (1 - self.disc / 100)
        return raw.quantize(Decimal(1).scaleb(-self.places), rounding=ROUND_HALF_UP)


@dataclass
class Tax:
    label: str
    rate: Decimal
    base: Decimal
    amount: Decimal


@dataclass
class Inv:
    """One invoice: what is drawn and what the key records."""

    layout: str
    p: Profile
    w: Words
    rng: random.Random
    no: str
    date: date
    due: date | None
    vendor: str
    vaddr: tuple[str, str, str]
    vids: list[tuple[str, str]]
    phone: str
    customer: str
    caddr: tuple[str, str, str]
    num_style: str
    date_style: str
    money_pat: str
    font: str
    incl: bool = False  # line prices include tax
    lines: list[Line] = field(default_factory=list)
    taxes: list[Tax] = field(default_factory=list)
    subtotal: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    show_subtotal: bool = True  # the net total is printed as a number
    extra: dict[str, Any] = field(default_factory=dict)

    def n(self, v: Decimal) -> str:
        return fmt_num(v, self.num_style, self.p.places)

    def m(self, v: Decimal) -> str:
        text = self.money_pat.format(n=self.n(abs(v)))
        return f"-{text}" if v < 0 else text

    def d(self, d: date) -> str:
        return fmt_date(d, self.date_style, self.p.lang)

    def pct(self, r: Decimal) -> str:
        """A rate as the country prints it: 25 %, 8.1%, 25,5 %, 9,975 %."""
        text = f"{r.normalize():f}"
        if self.num_style[-3:-2] == "," or self.p.lang in ("fr", "cs", "nb", "da", "fi", "ro", "tr", "hu"):
            text = text.replace(".", ",")
        spaced = self.p.lang in ("fr", "cs", "nb", "fi", "de", "da")
        return f"{text} %" if spaced else f"{text}%"

    def q(self, v: Decimal) -> Decimal:
        return v.quantize(Decimal(1).scaleb(-self.p.places), rounding=ROUND_HALF_UP)

    def line(self, desc: str, qty: object, price: Decimal, rate: Decimal | None = None, **kw: Any) -> Line:
        item = Line(
            desc, Decimal(str(qty)), price, self.p.rate if rate is None else rate, places=self.p.places, **kw
        )
        self.lines.append(item)
        return item

    def price(self, lo: float, hi: float) -> Decimal:
        """A unit price between lo and hi euros, in the invoice's currency (whole units where the
        currency is worth little, tens of forints)."""
        v = self.rng.uniform(lo, hi) * SCALE[self.p.cur]
        if self.p.places == 0:
            return Decimal(round(v, -1))
        if SCALE[self.p.cur] >= 15:
            return Decimal(round(v)).quantize(Decimal("0.01"))
        return Decimal(str(round(v, 2)))


def finish(inv: Inv, label: str | None = None, extra: tuple[tuple[str, Decimal, Decimal], ...] = ()) -> None:
    """Totals from the lines: one tax line per non-zero rate (extracted from gross amounts when prices
    include tax), plus ``extra`` tax lines (label, rate, net base) such as a second sales tax."""
    groups: dict[Decimal, Decimal] = {}
    for item in inv.lines:
        groups[item.rate] = groups.get(item.rate, Decimal(0)) + item.amount
    inv.taxes, net_total = [], Decimal(0)
    for rate in sorted(groups, reverse=True):
        amount = groups[rate]
        if rate == 0:
            net_total += amount
            continue
        if inv.incl:
            tax = inv.q(amount * rate / (100 + rate))
            net = amount - tax
        else:
            net, tax = amount, inv.q(amount * rate / 100)
        net_total += net
        inv.taxes.append(Tax(f"{label or inv.p.tax} {inv.pct(rate)}", rate, net, tax))
    for name, rate, base in extra:
        inv.taxes.append(Tax(f"{name} {inv.pct(rate)}", rate, base, inv.q(base * rate / 100)))
    inv.subtotal = net_total
    inv.tax = sum((t.amount for t in inv.taxes), Decimal(0))
    inv.total = inv.subtotal + inv.tax


class Pen:
    """fpdf2 document that records what it draws (mm units, top-left origin)."""

    def __init__(self, font: str, paper: str, created: date) -> None:
        self.pdf = FPDF(format=paper, unit="mm")
        self.pdf.set_creation_date(datetime(created.year, created.month, created.day, 9, 30, tzinfo=UTC))
        self.pdf.set_auto_page_break(True, margin=16)
        self.pdf.set_margins(14, 14, 14)
        self.pdf.c_margin = 1.0
        self.drawn: list[str] = []
        if font in CORE:
            self.pdf.core_fonts_encoding = "windows-1252"
            self.family = font
        else:
            folder, *files = TTF[font]
            for style, name in zip(("", "B", "I"), files, strict=True):
                self.pdf.add_font(font, style, str(FONT_DIR / folder / name))
            self.family = font
        self.pdf.add_page()

    @property
    def width(self) -> float:
        return self.pdf.w

    @property
    def y(self) -> float:
        return self.pdf.get_y()

    def sw(self, s: str, size: float, style: str = "") -> float:
        """Width of ``s`` in mm."""
        self.pdf.set_font(self.family, style, size)
        return self.pdf.get_string_width(s)

    def style(self, size: float, style: str = "", color: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.pdf.set_font(self.family, style, size)
        self.pdf.set_text_color(*color)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 9,
        style: str = "",
        align: str = "L",
        w: float = 0,
        h: float | None = None,
        border: int | str = 0,
        fill: tuple[int, int, int] | None = None,
        color: tuple[int, int, int] = (0, 0, 0),
    ) -> None:
        self.style(size, style, color)
        if fill:
            self.pdf.set_fill_color(*fill)
        self.pdf.set_xy(x, y)
        self.pdf.set_auto_page_break(False)  # text is placed explicitly; only tables and paragraphs flow
        self.pdf.cell(w, h or size * 0.45, s, border=border, align=align, fill=bool(fill))
        self.pdf.set_auto_page_break(True, margin=16)
        self.drawn.append(s)

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 9,
        style: str = "",
        align: str = "L",
        h: float | None = None,
        border: int = 0,
    ) -> float:
        """A wrapped paragraph; ``**bold**`` and ``__italic__`` are drawn as such. Returns the y below it."""
        self.style(size, style)
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(w, h or size * 0.47, s, border=border, align=align, markdown=True)
        self.drawn.append(s.replace("**", "").replace("__", ""))
        return self.pdf.get_y()

    def grid(
        self,
        x: float,
        y: float,
        rows: list[list[str]],
        widths: list[float],
        aligns: str,
        size: float = 8.5,
        heading: bool = True,
        borders: str = "ALL",
        head_fill: tuple[int, int, int] | None = (228, 228, 228),
        zebra: tuple[int, int, int] | None = None,
        line_h: float | None = None,
        markdown: bool = False,
    ) -> float:
        """A table through fpdf2's table(); ``aligns`` has one letter per column (L, R, C). The font
        shrinks until every word fits its column (fpdf2 would split a longer word across lines)."""
        room = self.pdf.w - self.pdf.r_margin - x - 0.01
        if sum(widths) > room:
            widths = [c * room / sum(widths) for c in widths]
        while size > 6 and not self._fits(rows, widths, size, heading, markdown):
            size -= 0.5
        self.style(size)
        self.pdf.set_fill_color(255, 255, 255)
        left = self.pdf.l_margin
        self.pdf.set_left_margin(x)
        self.pdf.set_xy(x, y)
        names = {"L": "LEFT", "R": "RIGHT", "C": "CENTER"}
        start = self.pdf.page
        opts: dict[str, Any] = {}
        if zebra:
            opts = {"cell_fill_color": zebra, "cell_fill_mode": "ROWS"}
        head = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.pdf.table(
            width=sum(widths),
            col_widths=widths,
            text_align=tuple(names[a] for a in aligns),
            align="LEFT",
            borders_layout=borders,
            first_row_as_headings=heading,
            headings_style=head,
            markdown=markdown,
            line_height=line_h or size * 0.5,
            padding=(0.7, 1.3),
            v_align="MIDDLE",
            **opts,
        ) as table:
            for row in rows:
                cells = table.row()
                for cell in row:
                    cells.cell(cell)
        self.pdf.set_left_margin(left)
        repeats = self.pdf.page - start if heading else 0
        for row in rows + rows[:1] * repeats:
            self.drawn.extend(c.replace("**", "").replace("__", "") if markdown else c for c in row)
        return self.pdf.get_y()

    def _fits(self, rows: list[list[str]], widths: list[float], size: float, heading: bool, md: bool) -> bool:
        for k, row in enumerate(rows):
            style = "B" if heading and k == 0 else ""
            for cell, width in zip(row, widths, strict=True):
                text = cell.replace("**", "").replace("__", "") if md else cell
                bold = "B" if md and "**" in cell else style
                if any(self.sw(word, size, bold) > width - 3 for word in text.split()):
                    return False
        return True

    def hline(self, x0: float, x1: float, y: float, width: float = 0.2) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(x0, y, x1, y)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        width: float = 0.3,
        fill: tuple[int, int, int] | None = None,
        color: tuple[int, int, int] = (0, 0, 0),
    ) -> None:
        self.pdf.set_line_width(width)
        self.pdf.set_draw_color(*color)
        if fill:
            self.pdf.set_fill_color(*fill)
        self.pdf.rect(x, y, w, h, style="DF" if fill else "D")
        self.pdf.set_draw_color(0, 0, 0)
        self.pdf.set_fill_color(255, 255, 255)

    def need(self, y: float, h: float) -> float:
        """``y``, or the top of a new page if ``h`` mm do not fit between ``y`` and the bottom margin."""
        if y + h > self.pdf.h - 16:
            self.pdf.add_page()
            return 16.0
        return y

    def footers(self, template: str, size: float = 7.5, align: str = "C") -> None:
        """``template`` with {p} and {n} at the foot of every page (drawn after the content)."""
        pages = self.pdf.page
        self.pdf.set_auto_page_break(False)
        for number in range(1, pages + 1):
            self.pdf.page = number
            self.text(
                14, self.pdf.h - 10, template.format(p=number, n=pages), size, align=align, w=self.pdf.w - 28
            )
        self.pdf.page = pages

    def save(self, path: Path) -> None:
        self.pdf.output(str(path))
