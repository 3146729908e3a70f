"""Shared records for the held-out set "AF" (outside_invoices_af.py): fillable-form (AcroForm) invoices.

A document is a printed template (a `Sheet`: static labels, rules and boxes drawn as page content, plus
AcroForm field definitions `F`) and the values a person typed into its fields (`Doc`).  This module also
holds the ways people type amounts and dates.  outside_docs_af2.py turns a `Doc` into a PDF,
outside_docs_af3.py holds the template families, outside_docs_af4.py ... outside_docs_af9.py the invoices.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fnmatch import fnmatch
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = Decimal
CENT = D("0.01")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_FONTS_DONE: list[bool] = []


def fonts() -> None:
    if not _FONTS_DONE:
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
        _FONTS_DONE.append(True)


def q2(x) -> Decimal:
    return D(x).quantize(CENT, ROUND_HALF_UP)


def _group(ip: str, sep: str, indian: bool = False) -> str:
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        return sep.join([head, *parts, tail]) if head else sep.join([*parts, tail])
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    return sep.join([ip, *out])


def money(v, style: str = "us", pre: str = "", post: str = "") -> str:
    """Format an amount as a person types it: plain 1234.50, short 1234.5, us 1,234.50, eu 1.234,50,
    sp 1 234,50, cd 1234,50, in 1,23,456.50."""
    v = q2(v)
    sign = "-" if v < 0 else ""
    ip, fp = f"{abs(v):.2f}".split(".")
    if style == "plain":
        s = f"{ip}.{fp}"
    elif style == "short":
        s = f"{ip}.{fp}".rstrip("0").rstrip(".")
    elif style == "us":
        s = f"{_group(ip, ',')}.{fp}"
    elif style == "eu":
        s = f"{_group(ip, '.')},{fp}"
    elif style == "sp":
        s = f"{_group(ip, ' ')},{fp}"
    elif style == "cd":
        s = f"{ip},{fp}"
    elif style == "in":
        s = f"{_group(ip, ',', indian=True)}.{fp}"
    else:
        raise ValueError(style)
    return f"{sign}{pre}{s}{post}"


def qty(v) -> str:
    v = D(v)
    return str(int(v)) if v == v.to_integral_value() else str(v.normalize())


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}


def dt(iso: str, style: str, lang: str = "en") -> str:
    """Date as typed: 'd/m/Y', 'm/d/Y', 'd.m.Y', 'd-m-Y', 'Y-m-d', 'd month Y', 'month d, Y', 'd. month Y'."""
    y, m, d = iso.split("-")
    name = MONTHS[lang].split()[int(m) - 1]
    table = {
        "d/m/Y": f"{d}/{m}/{y}",
        "m/d/Y": f"{m}/{d}/{y}",
        "d.m.Y": f"{d}.{m}.{y}",
        "d-m-Y": f"{d}-{m}-{y}",
        "Y-m-d": iso,
        "d month Y": f"{int(d)} {name} {y}",
        "month d, Y": f"{name} {int(d)}, {y}",
        "d. month Y": f"{int(d)}. {name} {y}",
    }
    return table[style]


@dataclass
class F:
    """One AcroForm widget.  kind: text | multi | comb | choice | check.  size 0 = auto (0 Tf).
    `kid` names the field this widget is a second widget of (parent/kid across pages)."""

    name: str
    x: float
    y: float
    w: float
    h: float
    page: int = 0
    kind: str = "text"
    q: int = 0
    size: float = 9
    maxlen: int = 0
    options: tuple[str, ...] = ()
    kid: str = ""

    @property
    def value_key(self) -> str:
        return self.kid or self.name


@dataclass
class Sheet:
    """A printed template: static drawing operations per page plus field definitions."""

    pagesize: tuple[float, float]
    pages: int = 1
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    field_font: str = "Helvetica"
    field_fill: tuple | None = None
    field_border: tuple | None = None
    ops: list[list[Callable]] = field(default_factory=list)
    fields: list[F] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.font.startswith("DejaVu"):
            fonts()
        self.ops = [[] for _ in range(self.pages)]

    @property
    def W(self) -> float:
        return self.pagesize[0]

    @property
    def H(self) -> float:
        return self.pagesize[1]

    def text(self, x, y, s, size=8, bold=False, align="l", color=(0, 0, 0), page=0) -> None:
        def op(c):
            c.setFont(self.bold if bold else self.font, size)
            c.setFillColorRGB(*color)
            {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)

        self.ops[page].append(op)

    def rect(self, x, y, w, h, fill=None, stroke=(0.55, 0.55, 0.55), lw=0.5, page=0) -> None:
        def op(c):
            c.setLineWidth(lw)
            if fill:
                c.setFillColorRGB(*fill)
            if stroke:
                c.setStrokeColorRGB(*stroke)
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

        self.ops[page].append(op)

    def line(self, x1, y1, x2, y2, color=(0.55, 0.55, 0.55), lw=0.5, page=0) -> None:
        def op(c):
            c.setLineWidth(lw)
            c.setStrokeColorRGB(*color)
            c.line(x1, y1, x2, y2)

        self.ops[page].append(op)

    def field(self, name, x, y, w, h, **kw) -> F:
        f = F(name, x, y, w, h, **kw)
        self.fields.append(f)
        return f

    def tune(self, opts: dict[str, dict]) -> None:
        """Apply per-field overrides; keys are fnmatch patterns on field names."""
        for f in self.fields:
            for pat, kw in opts.items():
                if fnmatch(f.name, pat):
                    for k, v in kw.items():
                        setattr(f, k, v)

    def draw(self, c, page: int) -> None:
        for op in self.ops[page]:
            op(c)


@dataclass
class Doc:
    stem: str
    country: str
    lang: str
    mode: str
    template: str
    sheet: Sheet
    values: dict[str, str]
    key: dict
    src: dict[str, str]  # key field -> field name, or "page:<literal printed as page text>"
    calc: dict[str, Decimal]
    date_order: str = "DMY"
    ttf_fields: bool = False
    creator: str = "Invoice template"


@dataclass
class Form:
    title: str
    meta: list[tuple[str, str]]  # (printed label, field name)
    parties: list[tuple[str, str, int]]  # (caption, field, lines)
    cols: list[tuple[str, str, float]]  # (header, field prefix, width share)
    rows: int
    totals: list[tuple[str, str]]  # label starting with "!" is the emphasised grand-total row
    vendor_print: list[str] = field(default_factory=list)  # printed vendor lines, name first
    vendor_fields: list[tuple[str, int]] = field(default_factory=lambda: [("vendor", 1), ("vendor_addr", 3)])
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # (caption, field, lines)
    checks: list[tuple[str, str]] = field(default_factory=list)  # (label, checkbox field)
    lines: list[str] = field(default_factory=list)  # printed footer text
    accent: tuple = (0.16, 0.32, 0.55)
    page2_rows: int = 0
    page2_head: tuple[str, str, str] = ("INVOICE (continued)", "Invoice No.", "Page 2 of 2")
    cont: str = "Continued on page 2"
    vendor_caption: str = "From"


def compute(items, rates, disc=0, ship=0, ship_taxed=True) -> dict[str, Decimal]:
    """items: (desc, qty, unit price); rates: tax rates in percent (several for split taxes).  Tax is on
    subtotal - discount (+ shipping when taxed); total = subtotal - discount + shipping + tax."""
    amounts = [q2(D(str(q)) * D(str(p))) for _, q, p in items]
    sub = sum(amounts, D("0.00"))
    disc, ship = q2(disc), q2(ship)
    base = sub - disc + (ship if ship_taxed else 0)
    taxes = [q2(base * D(str(r)) / 100) for r in rates]
    tax = sum(taxes, D("0.00"))
    return dict(
        amounts=amounts,
        subtotal=sub,
        disc=disc,
        ship=ship,
        taxes=taxes,
        tax=tax,
        total=sub - disc + ship + tax,
    )


def item_values(
    items, calc, mstyle="us", pstyle=None, qstyle=qty, pre="", cols=("desc", "qty", "price", "amt")
):
    vals = {}
    for i, ((desc, q, p), a) in enumerate(zip(items, calc["amounts"], strict=True), start=1):
        cells = {
            "desc": desc,
            "qty": qstyle(q),
            "price": money(p, pstyle or mstyle, pre),
            "amt": money(a, mstyle, pre),
        }
        for c in cols:
            vals[f"{c}{i}"] = cells[c]
    return vals
