"""Shared pieces of set M (benchmarks/outside_invoices_m.py): the document record, line items, number and
date formatting as legacy print programs and LaTeX templates print them, and fixed-pitch layout helpers.

A generator builds a ``Doc``: either ``pages`` (fixed-pitch text lines, one list per page) or ``latex``
(a complete .tex source), the key, and for every key value its printed form with a nearby label
(``Doc.show``) so that ``--check`` can find it in the PDF's text layer. Rendering and checking live in
benchmarks/outside_render_m.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

HOURS = ("HR", "HRS", "Std", "h", "hrs", "Stunden", "uur", "ore", "horas", "godz.")
BOLD = "\x02"  # a fixed-pitch line starting with this is printed in bold (groff only)
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS = {  # localised month names, split on use
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
}


@dataclass
class Item:
    code: str
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    amount: Decimal
    rate: Decimal = Decimal(0)


@dataclass
class Doc:
    name: str
    lang: str
    template: str
    producer: str  # "groff+ps2pdf" | "enscript+ps2pdf" | "pdflatex"
    key: dict[str, str | None]
    paper: str = "a4"  # "a4" | "letter"
    landscape: bool = False
    font_pt: float = 10.0  # fixed-pitch point size (10 pt Courier = 12 cpi)
    pages: list[list[str]] = field(default_factory=list)
    latex: str = ""
    shown: dict[str, tuple[str, str]] = field(default_factory=dict)
    # pdfTeX writes no space glyphs and a narrow font's word gaps fall under pdfplumber's x_tolerance, so
    # words run together in the text layer: the check then compares values (but not the vendor) space-free.
    spaceless: bool = False

    def show(self, fieldname: str, printed: str, label: str = "") -> str:
        """Record that key field ``fieldname`` is printed as ``printed`` (after ``label``); return it."""
        self.shown[fieldname] = (label, printed)
        return printed


def q2(x: Decimal | int | float | str, places: str = "0.01") -> Decimal:
    return Decimal(str(x)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def money(x: Decimal, style: str = "us", places: int = 2, trailing_minus: bool = False) -> str:
    """``x`` in a national style: us 1,234.50 | eu 1.234,50 | ch 1'234.50 | sp 1 234,50 | za 1 234.50 |
    in 1,23,456.50 (lakh) | plain 1234.50."""
    neg = x < 0
    q = abs(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{q:f}".partition(".")
    seps = {"us": (",", "."), "eu": (".", ","), "ch": ("'", "."), "sp": (" ", ","), "za": (" ", ".")}
    if style == "in":
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        whole = ",".join([g for g in [head, *groups] if g] + [tail]) if head or groups else tail
        thou, dec = ",", "."
    elif style == "plain":
        thou, dec = "", "."
    else:
        thou, dec = seps[style]
        whole = f"{int(whole):,}".replace(",", thou)
    s = whole + (dec + frac if places else "")
    if neg:
        s = s + "-" if trailing_minus else "-" + s
    return s


def fdate(d: date, fmt: str, lang: str = "en") -> str:
    """Format with str.format fields: {d} {m} {Y} {y} {MON} (JAN) {Mon} (Jan) {month} (localised name)."""
    name = MONTHS.get(lang, MONTHS["en"]).split()[d.month - 1]
    mon = MON_EN[d.month - 1]
    return fmt.format(d=d.day, m=d.month, Y=d.year, y=d.year % 100, MON=mon, Mon=mon.title(), month=name)


def issue_date(rng: random.Random) -> date:
    return date(2025, 1, 6) + timedelta(days=rng.randrange(0, 420))


def make_items(
    rng: random.Random,
    pool: list[tuple[str, str, float, float]],
    n: int,
    qty: tuple[int, int] = (1, 12),
    code: str = "{:06d}",
    places: str = "0.01",
) -> list[Item]:
    """``n`` line items drawn from ``pool`` rows (description, unit, min price, max price)."""
    rows = rng.sample(pool, min(n, len(pool))) + [rng.choice(pool) for _ in range(max(0, n - len(pool)))]
    items = []
    for desc, unit, lo, hi in rows:
        price = q2(rng.uniform(lo, hi), places)
        top = qty[1] if hi < 150 else max(qty[0], min(qty[1], 3))
        q = Decimal(rng.randint(qty[0], top)) if unit not in HOURS else q2(rng.randint(2, 24) / 2)
        items.append(
            Item(code.format(rng.randrange(10**5, 10**6)), desc, q, unit, price, q2(q * price, places))
        )
    return items


def num(rng: random.Random, digits: int) -> str:
    return str(rng.randrange(10 ** (digits - 1), 10**digits))


def iban(rng: random.Random, cc: str, length: int) -> str:
    body = "".join(str(rng.randrange(10)) for _ in range(length - 4))
    return f"{cc}{rng.randrange(10, 99)}{body}"


def grouped(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---- fixed-pitch layout helpers -------------------------------------------------------------------------


def lr(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line of ``width`` columns, ``right`` flush right."""
    return left + " " * max(1, width - len(left) - len(right)) + right


def row(*cells: tuple[str, int, str]) -> str:
    """Columns (text, width, '<' or '>') joined by one space; text is cut to its width."""
    return " ".join(f"{t[:w]:{a}{w}}" for t, w, a in cells).rstrip()


def box(*cells: tuple[str, int, str]) -> str:
    """Columns between '|' characters, as dot-matrix forms draw their boxes."""
    return "|" + "|".join(f"{t[:n]:{a}{n}}" for t, n, a in cells) + "|"


def center(text: str, width: int) -> str:
    return text.center(width).rstrip()


def stub(width: int, text: str = "PLEASE DETACH AND RETURN WITH YOUR PAYMENT") -> str:
    """A tear-off line: '- - - - TEXT - - - -' across ``width`` columns."""
    side = (width - len(text) - 2) // 2
    dashes = ("- " * width)[:side]
    return (dashes + " " + text + " " + ("- " * width))[:width].rstrip()


def paginate(
    header: Callable[[int, int], list[str]],
    head: list[str],
    colhead: list[str],
    items: list[tuple[str, Decimal]],
    tail: list[str],
    per_page: int,
    cf: Callable[[str, Decimal], list[str]],
) -> list[list[str]]:
    """Split item lines over pages.

    ``header(page, pages)`` returns a page's top lines; ``head`` follows it on page 1 only, ``colhead``
    (column titles) on every page; ``items`` are (line, amount); ``cf(kind, running)`` returns the lines
    closing a page (kind "cf") or opening the next one (kind "bf"); ``tail`` follows the last item.
    """
    chunks = [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]
    pages = []
    running = Decimal(0)
    for i, chunk in enumerate(chunks):
        lines = [*header(i + 1, len(chunks)), *(head if i == 0 else []), *colhead]
        if i > 0:
            lines += cf("bf", running)
        for text, amount in chunk:
            lines.append(text)
            running += amount
        lines += cf("cf", running) if i < len(chunks) - 1 else tail
        pages.append(lines)
    return pages


def make_key(
    invoice_number: str,
    issued: date,
    due: date | None,
    total: Decimal,
    tax: Decimal | None,
    subtotal: Decimal | None,
    currency: str,
    vendor: str,
    places: int = 2,
) -> dict[str, str | None]:
    """The key fields of set E's rules; amounts as decimal strings with the document's own decimals."""

    def amt(x: Decimal | None) -> str | None:
        return None if x is None else f"{x.quantize(Decimal(1).scaleb(-places)):f}"

    return {
        "invoice_number": invoice_number,
        "date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "total": amt(total),
        "tax": amt(tax),
        "subtotal": amt(subtotal),
        "currency": currency,
        "vendor_name": vendor,
    }
