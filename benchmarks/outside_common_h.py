"""Shared helpers for set H (benchmarks/outside_invoices_h.py): numbers, dates, keys and PyMuPDF output.

Most documents are HTML + CSS laid out by MuPDF's Story API (one Story per page, so a multi-page document
controls where its pages break); a few are drawn with ``page.insert_text`` / ``insert_textbox``. Fonts are
MuPDF's built-in ones (Base-14 for drawn pages, its Nimbus/Charis families for Story) and, for text beyond
Latin-1, DejaVu from /usr/share/fonts (Liberation Sans, embedded by MuPDF, maps "-" to a soft
hyphen in the text layer, so it is not used).
"""

from __future__ import annotations

import html
import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu"]
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf"
PRODUCER_STORY = f"pymupdf-story {pymupdf.VersionBind}"
PRODUCER_DRAW = f"pymupdf-draw {pymupdf.VersionBind}"
CENT = Decimal("0.01")

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}

BASE_CSS = """
@font-face {font-family: DejaVu; src: url(DejaVuSans.ttf);}
@font-face {font-family: DejaVu; font-weight: bold; src: url(DejaVuSans-Bold.ttf);}
@font-face {font-family: DejaVuSerif; src: url(DejaVuSerif.ttf);}
@font-face {font-family: DejaVuSerif; font-weight: bold; src: url(DejaVuSerif-Bold.ttf);}
body {font-family: sans-serif; font-size: 9pt; color: #222;}
table {border-collapse: collapse; width: 100%;}
td, th {vertical-align: top; padding: 2px 4px; text-align: left;}
.r {text-align: right;} .c {text-align: center;} .b {font-weight: bold;} .small {font-size: 7.5pt;}
p {margin: 0 0 4px 0;} h1, h2, h3 {margin: 0 0 6px 0;}
"""


def r2(x: Decimal | int | str) -> Decimal:
    return Decimal(x).quantize(CENT, ROUND_HALF_UP)


def num(x: Decimal, sep: str = ",", dec: str = ".", places: int = 2, indian: bool = False) -> str:
    """Format ``x`` with a thousands separator and decimal mark; ``indian`` groups as 12,34,567."""
    q = Decimal(x).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    whole, _, frac = f"{abs(q):.{places}f}".partition(".")
    head, groups = whole, []
    size = 3
    while len(head) > size:
        groups.insert(0, head[-size:])
        head = head[:-size]
        if indian:
            size = 2
    text = sep.join([head, *groups]) + (dec + frac if places else "")
    return ("-" if q < 0 else "") + text


def en(x: Decimal) -> str:
    return num(x)


def eu(x: Decimal) -> str:
    return num(x, ".", ",")


def sp(x: Decimal) -> str:
    return num(x, " ", ",")


def month_name(lang: str, d: date, short: bool = False) -> str:
    name = MONTHS[lang].split()[d.month - 1]
    return name[:3] if short else name


def issue_due(rng: random.Random, days: int, year: int = 2025) -> tuple[date, date]:
    """An issue date and issue + ``days``, both with day of month > 12, so numeric forms are unambiguous."""
    while True:
        issue = date(year, rng.randint(1, 11), rng.randint(13, 28))
        due = issue + timedelta(days=days)
        if due.day > 12:
            return issue, due


def shift(d: date, days: int) -> date:
    return d + timedelta(days=days)


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: Decimal

    @property
    def amount(self) -> Decimal:
        return r2(self.qty * self.unit)


def pick_lines(
    rng: random.Random, catalog: list[tuple[str, float, float]], k: int, qty: tuple[int, int] = (1, 6)
) -> list[Line]:
    """``k`` distinct catalog items (description, lowest, highest unit price) with random quantities."""
    out = []
    for desc, lo, hi in rng.sample(catalog, k):
        unit = r2(Decimal(rng.randint(int(lo * 100), int(hi * 100))) / 100)
        out.append(Line(desc, Decimal(rng.randint(*qty)), unit))
    return out


def total_of(lines: list[Line]) -> Decimal:
    return sum((ln.amount for ln in lines), Decimal("0.00"))


def tax_of(base: Decimal, rate: str) -> Decimal:
    return r2(base * Decimal(rate) / 100)


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def rows(data: list[list[object]], aligns: str, cls: str = "") -> str:
    """Table rows from cell values; ``aligns`` has one letter (l/r/c) per column."""
    klass = {"l": "", "r": ' class="r"', "c": ' class="c"'}
    tr = f'<tr class="{cls}">' if cls else "<tr>"
    return "".join(
        tr + "".join(f"<td{klass[a]}>{esc(v)}</td>" for v, a in zip(row, aligns, strict=True)) + "</tr>"
        for row in data
    )


def make_key(meta: dict[str, str], **fields: tuple[object, str | list[str]] | None) -> tuple[dict, dict]:
    """Key JSON and the printed form of each non-null field, from ``field=(value, printed)`` pairs.

    ``printed`` is a list where the value is a sum of printed parts (tax at two rates with no tax total).
    """
    key: dict[str, object] = {}
    printed: dict[str, str | list[str]] = {}
    for name in ["invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax"]:
        pair = fields.get(name)
        if pair is None:
            key[name] = None
            continue
        value, shown = pair
        key[name] = value.isoformat() if isinstance(value, date) else str(value)
        printed[name] = shown
    key.update(meta)
    return key, printed


def meta(lang: str, template: str, producer: str = PRODUCER_STORY) -> dict[str, str]:
    return {"lang": lang, "template": template, "producer": producer}


Footer = Callable[[int, int], str] | None


def finish(path: Path, doc: pymupdf.Document, footer: Footer, title: str) -> None:
    """Page footers drawn in Helvetica, fixed metadata, and a reproducible save."""
    for i, page in enumerate(doc):
        if footer:
            text = footer(i + 1, doc.page_count)
            width = pymupdf.get_text_length(text, "helv", 7)
            page.insert_text(((page.rect.width - width) / 2, page.rect.height - 22), text, fontsize=7)
    doc.set_metadata({"producer": f"PyMuPDF {pymupdf.VersionBind}", "title": title})
    doc.save(path, garbage=3, deflate=True, no_new_id=True, reproducible=True)
    doc.close()


def story_pdf(
    path: Path,
    pages: list[str],
    css: str,
    *,
    size: str = "a4",
    margin: tuple[int, int, int, int] = (42, 40, 42, 48),
    footer: Footer = None,
    title: str = "Invoice",
) -> None:
    """Lay each HTML string out as one page; a page whose content does not fit is an error."""
    archive = pymupdf.Archive()
    for folder in FONT_DIRS:
        archive.add(folder)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    box = pymupdf.paper_rect(size)
    where = pymupdf.Rect(box.x0 + margin[0], box.y0 + margin[1], box.x1 - margin[2], box.y1 - margin[3])
    for i, body in enumerate(pages):
        story = pymupdf.Story(html=body, user_css=BASE_CSS + css, archive=archive)
        device = writer.begin_page(box)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
        if more:
            raise ValueError(f"{path.name}: page {i + 1} overflows")
    writer.close()
    finish(path, pymupdf.open("pdf", buf.getvalue()), footer, title)


class Canvas:
    """Drawn pages: text by baseline position, rules and boxes; ``ttf`` selects DejaVu Sans over helv."""

    def __init__(self, size: str = "a4", ttf: bool = False) -> None:
        self.doc = pymupdf.open()
        self.size = pymupdf.paper_rect(size)
        self.ttf = ttf
        if ttf:
            self.fonts = {False: ("dejr", DEJAVU.format("")), True: ("dejb", DEJAVU.format("-Bold"))}
            self.metrics = {b: pymupdf.Font(fontfile=f) for b, (_, f) in self.fonts.items()}
        else:
            self.fonts = {False: ("helv", None), True: ("hebo", None)}
            self.metrics = {False: pymupdf.Font("helv"), True: pymupdf.Font("hebo")}
        self.new_page()

    def new_page(self) -> None:
        self.page = self.doc.new_page(width=self.size.width, height=self.size.height)
        if self.ttf:
            for name, file in self.fonts.values():
                self.page.insert_font(fontname=name, fontfile=file)

    def width(self, s: str, size: float = 9, bold: bool = False) -> float:
        return self.metrics[bold].text_length(s, size)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 9,
        bold: bool = False,
        align: str = "l",
        gray: float = 0,
    ) -> None:
        w = self.width(s, size, bold)
        x0 = x - w if align == "r" else x - w / 2 if align == "c" else x
        self.page.insert_text(
            (x0, y), s, fontname=self.fonts[bold][0], fontsize=size, color=(gray, gray, gray)
        )

    def grid(
        self,
        y: float,
        cols: list[tuple[float, str]],
        data: list[list[str]],
        size: float = 8.5,
        step: float = 14,
    ) -> float:
        """Rows of cells at (x, align) columns ('r': right edge at x); returns the next baseline."""
        for row in data:
            for (x, align), cell in zip(cols, row, strict=True):
                self.text(x, y, str(cell), size, align=align)
            y += step
        return y

    def para(self, rect: tuple[float, float, float, float], s: str, size: float = 8) -> None:
        left = self.page.insert_textbox(pymupdf.Rect(rect), s, fontname=self.fonts[False][0], fontsize=size)
        if left < 0:
            raise ValueError("text box too small")

    def rule(self, x0: float, y: float, x1: float, width: float = 0.5) -> None:
        self.page.draw_line((x0, y), (x1, y), width=width)

    def box(
        self, rect: tuple[float, float, float, float], fill: float | None = None, line: bool = True
    ) -> None:
        color = (0.3, 0.3, 0.3) if line else None
        shade = (fill, fill, fill) if fill is not None else None
        self.page.draw_rect(pymupdf.Rect(rect), color=color, fill=shade, width=0.6)

    def save(self, path: Path, footer: Footer = None, title: str = "Invoice") -> None:
        finish(path, self.doc, footer, title)
