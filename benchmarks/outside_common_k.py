"""Drawing and key helpers of set K (benchmarks/outside_scans_k.py): a page canvas in millimetres over PIL
that remembers every string it draws (the clean text ``--check`` reads), number and date formats of
several locales, and ``Keys``, which turns the values a layout prints into the ground-truth key.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

DPI = 300  # clean pages are drawn at 300 dpi; the degradations resample them
FONTS = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sans-b": "dejavu/DejaVuSans-Bold.ttf",
    "sans-i": "dejavu/DejaVuSans-Oblique.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "liberation/LiberationSerif-Regular.ttf",
    "serif-b": "liberation/LiberationSerif-Bold.ttf",
    "serif-i": "liberation/LiberationSerif-Italic.ttf",
    "dserif": "dejavu/DejaVuSerif.ttf",
    "dserif-b": "dejavu/DejaVuSerif-Bold.ttf",
    "arial": "liberation/LiberationSans-Regular.ttf",
    "arial-b": "liberation/LiberationSans-Bold.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "liberation/LiberationSansNarrow-Bold.ttf",
    "mono": "liberation/LiberationMono-Regular.ttf",
    "mono-b": "liberation/LiberationMono-Bold.ttf",
    "dmono": "dejavu/DejaVuSansMono.ttf",
    "dmono-b": "dejavu/DejaVuSansMono-Bold.ttf",
}
FONT_DIR = Path("/usr/share/fonts/truetype")
# Debian's fonts-dkg-handwriting; without it the handwriting falls back to an oblique sans
HAND_FONT = FONT_DIR / "fifthhorseman/dkg.ttf"
INK = (20, 20, 20)
BLUE_INK = (25, 45, 140)
_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    if (name, px) not in _font_cache:
        if name == "hand":
            path = HAND_FONT if HAND_FONT.exists() else FONT_DIR / FONTS["sans-i"]
        else:
            path = FONT_DIR / FONTS[name]
        _font_cache[name, px] = ImageFont.truetype(str(path), px)
    return _font_cache[name, px]


def mm(v: float) -> int:
    return round(v * DPI / 25.4)


class Page:
    """A white page of ``w`` x ``h`` mm; coordinates in mm, ``y`` of text is its baseline."""

    def __init__(self, w: float = 210, h: float = 297, bg: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.img = Image.new("RGB", (mm(w), mm(h)), bg)
        self.draw = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.w, self.h = w, h

    def text(
        self, x: float, y: float, s: str, size: float = 10, f: str = "sans", align: str = "l", color=INK
    ) -> float:
        """Draws ``s`` (``align`` l/r/c at ``x``) and returns its width in mm."""
        if not s:
            return 0.0
        fnt = font(f, round(size * DPI / 72))
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.draw.text((mm(x), mm(y)), s, font=fnt, fill=color, anchor=anchor)
        self.texts.append(s)
        return fnt.getlength(s) * 25.4 / DPI

    def lines(self, x: float, y: float, rows: list[str], size: float = 10, lh: float = 4.6, **kw) -> float:
        """Several lines one under another; returns the baseline after the last."""
        for r in rows:
            self.text(x, y, r, size, **kw)
            y += lh
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.25, color=INK) -> None:
        self.draw.line((mm(x0), mm(y0), mm(x1), mm(y1)), fill=color, width=max(1, mm(w)))

    def rect(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.25, fill=None, color=INK) -> None:
        outline = color if w > 0 else None
        self.draw.rectangle((mm(x0), mm(y0), mm(x1), mm(y1)), fill=fill, outline=outline, width=max(1, mm(w)))

    def table(
        self,
        x: float,
        y: float,
        cols: list[tuple[float, str]],
        rows: list[list[str]],
        size: float = 9,
        lh: float = 5.0,
        f: str = "sans",
        head_f: str | None = None,
        grid: bool = False,
        shade=None,
    ) -> float:
        """Rows of cells (first row a header drawn in ``head_f``); cols are (width mm, align l/r/c).
        Returns the y below the table."""
        edges = [x]
        for wdt, _ in cols:
            edges.append(edges[-1] + wdt)
        for i, row in enumerate(rows):
            top = y + i * lh
            if i == 0 and shade:
                self.rect(edges[0], top, edges[-1], top + lh, w=0, fill=shade)
            for (wdt, al), cell, left in zip(cols, row, edges, strict=False):
                tx = {"l": left + 1.2, "r": left + wdt - 1.2, "c": left + wdt / 2}[al]
                self.text(tx, top + lh * 0.72, cell, size, f=(head_f or f) if i == 0 else f, align=al)
            if grid:
                self.line(edges[0], top, edges[-1], top, 0.2)
        bottom = y + len(rows) * lh
        if grid:
            self.line(edges[0], bottom, edges[-1], bottom, 0.2)
            for e in edges:
                self.line(e, y, e, bottom, 0.2)
        return bottom


# ---- number and date formats -------------------------------------------------------------------------

GROUP = {"us": (",", "."), "eu": (".", ","), "fr": (" ", ","), "ch": ("'", "."), "plain": ("", ".")}
GROUP |= {"plainc": ("", ","), "in": (",", "."), "sp": (" ", "."), "dot0": (".", ",")}


def q2(v: Decimal | float | int | str, places: int = 2) -> Decimal:
    return Decimal(str(v)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(v: Decimal, style: str = "us", places: int = 2) -> str:
    """``v`` printed the locale's way: us 1,234.50, eu 1.234,50, fr 1 234,50, ch 1'234.50, in 1,23,456.50."""
    sep, dec = GROUP[style]
    neg = v < 0
    s = f"{abs(q2(v, places)):.{places}f}"
    whole, _, frac = s.partition(".")
    if style == "in" and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        whole = ",".join([head, *parts, tail]) if head else ",".join([*parts, tail])
    elif sep:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = sep.join([whole, *groups])
    out = whole + (dec + frac if places else "")
    return "-" + out if neg else out


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",
}


def fdate(d: date, fmt: str, lang: str = "en") -> str:
    """strftime with %B / %b taken from ``MONTHS`` (English names otherwise) and %-d / %-m unpadded."""
    names = MONTHS[lang].split()
    out = fmt.replace("%B", names[d.month - 1]).replace("%b", names[d.month - 1][:3].capitalize())
    out = out.replace("%-d", str(d.day)).replace("%-m", str(d.month))
    return d.strftime(out)


def rand_date(rng: random.Random, year: int = 2025) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randrange(0, 330))


# ---- keys ---------------------------------------------------------------------------------------------

SCORED = ["invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax"]


@dataclass
class Keys:
    """The key of one document and the printed form of every value (``--check`` looks for those)."""

    values: dict[str, str | None] = field(default_factory=lambda: dict.fromkeys(SCORED))
    printed: dict[str, list[str]] = field(default_factory=dict)

    def text(self, name: str, value: str) -> str:
        self.values[name] = value
        self.printed[name] = [value]
        return value

    def currency(self, code: str, shown: str | None = None) -> str:
        self.values["currency"] = code
        self.printed["currency"] = [shown or code]
        return shown or code

    def date(self, name: str, d: date, fmt: str, lang: str = "en") -> str:
        shown = fdate(d, fmt, lang)
        self.values[name] = d.isoformat()
        self.printed[name] = [shown]
        return shown

    def amount(self, name: str, v: Decimal, style: str = "us", places: int = 2) -> str:
        shown = money(v, style, places)
        self.values[name] = f"{q2(v, places):.{places}f}"
        self.printed[name] = [shown]
        return shown

    def tax_sum(self, parts: list[Decimal], style: str = "us", places: int = 2) -> list[str]:
        """Several tax lines whose sum is the key; each part must be printed."""
        shown = [money(p, style, places) for p in parts]
        self.values["tax"] = f"{q2(sum(parts, Decimal(0)), places):.{places}f}"
        self.printed["tax"] = shown
        return shown


@dataclass
class Doc:
    """One set-K document: clean pages, key, and how it is degraded and saved (see outside_degrade_k)."""

    name: str
    lang: str
    template: str
    pages: list[Page]
    keys: Keys
    degrade: dict[str, Any]
    slack: Decimal = Decimal(0)  # a printed cash rounding: total = subtotal + tax + rounding

    def key_json(self) -> dict[str, Any]:
        extra = {"lang": self.lang, "template": self.template, "producer": "PIL, degraded (set K)"}
        return {**self.keys.values, **extra, "scan": self.degrade["kind"], "pages": len(self.pages)}


def items(rng: random.Random, names: list[str], n: int, lo: float, hi: float, qmax: int = 5):
    """``n`` line items (name, qty, unit, amount) drawn from ``names`` with unit prices in [lo, hi]."""
    out = []
    for name in rng.sample(names, n):
        qty = rng.randint(1, qmax)
        unit = q2(rng.uniform(lo, hi))
        out.append((name, qty, unit, q2(unit * qty)))
    return out


def wordlist(s: str) -> list[str]:
    """A list written as one "; "-separated string (long word lists stay compact)."""
    return s.split("; ")


def inv_no(rng: random.Random, pattern: str) -> str:
    """A number from a pattern: 9 -> digit, A -> capital letter, anything else kept."""
    return "".join(
        str(rng.randint(0, 9)) if c == "9" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
        for c in pattern
    )
