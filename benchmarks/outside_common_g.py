"""Shared pieces of set G: money and date formatting, line items, keys and a tiny Typst source writer.

The Typst helpers return *code-mode expressions*; every piece of text goes through ``lit`` (a Typst string
literal), so markup characters, quotes and dashes print exactly as written (no smart quotes or en dashes).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

D = Decimal
FIELDS = ["invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax"]
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
SEPS = {"en": (",", "."), "eu": (".", ","), "sp": (" ", ","), "plain": ("", "."), "plainc": ("", ",")}


@dataclass
class Doc:
    """One generated invoice: its Typst source, its key and the printed form of every keyed value."""

    template: str
    lang: str
    src: str
    key: dict[str, str | None]
    printed: dict[str, str | list[str]]  # a list when a keyed value is a sum of printed parts


@dataclass
class Item:
    desc: str
    qty: Decimal
    price: Decimal
    amount: Decimal


def q(v: Decimal | int | str, dp: int = 2) -> Decimal:
    return D(v).quantize(D(1).scaleb(-dp), ROUND_HALF_UP)


def kd(v: Decimal, dp: int = 2) -> str:
    """Key form of an amount: a plain decimal string with the document's own decimals."""
    return f"{q(v, dp):.{dp}f}"


def money(v: Decimal, style: str = "en", dp: int = 2) -> str:
    v = q(v, dp)
    th, dec = SEPS[style]
    s = f"{abs(v):,.{dp}f}".replace(",", "\0").replace(".", dec).replace("\0", th)
    return ("-" if v < 0 else "") + s


def pct(base: Decimal, rate: Decimal | int | str, dp: int = 2) -> Decimal:
    return q(base * D(rate) / 100, dp)


def issue(rng: random.Random, months: tuple[int, int] = (1, 11), year: int = 2025) -> date:
    """An issue date whose day is above 12, so numeric formats never read both ways."""
    return date(year, rng.randint(*months), rng.randint(13, 28))


def plus(d: date, days: int) -> date:
    return d + timedelta(days=days)


def month_name(d: date, lang: str) -> str:
    return MONTHS[lang].split()[d.month - 1]


def dmy(d: date, sep: str = ".", tail: str = "") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}{tail}"


def mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def hexs(rng: random.Random, n: int, upper: bool = False) -> str:
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid(rng: random.Random, upper: bool = True) -> str:
    h = hexs(rng, 32, upper)
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def items(
    rng: random.Random,
    pool: list[tuple[str, float, float]],
    n: int,
    dp: int = 2,
    qmax: int = 5,
    step: int = 0,
) -> list[Item]:
    """``n`` distinct lines from ``pool`` (description, lowest and highest unit price)."""
    out = []
    for desc, lo, hi in rng.sample(pool, n):
        price = q(D(str(rng.uniform(lo, hi))), dp)
        if step:
            price = max(D(step), (price / step).quantize(D(1)) * step)
        qty = D(rng.randint(1, qmax))
        out.append(Item(desc, qty, price, q(qty * price, dp)))
    return out


def key(
    number: str,
    issued: date,
    due: date | None,
    total: Decimal,
    currency: str,
    vendor: str,
    sub: Decimal | None,
    tax: Decimal | None,
    dp: int = 2,
) -> dict[str, str | None]:
    return {
        "invoice_number": number,
        "date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "total": kd(total, dp),
        "currency": currency,
        "vendor_name": vendor,
        "subtotal": None if sub is None else kd(sub, dp),
        "tax": None if tax is None else kd(tax, dp),
    }


# --- Typst writer --------------------------------------------------------------------------------------


def lit(x: object) -> str:
    return '"' + str(x).replace("\\", "\\\\").replace('"', '\\"') + '"'


def tx(
    x: object, size: str = "", bold: bool = False, fill: str = "", font: str = "", italic: bool = False
) -> str:
    a = [f"size: {size}"] * bool(size) + ['weight: "bold"'] * bold + [f'fill: rgb("{fill}")'] * bool(fill)
    a += [f"font: {lit(font)}"] * bool(font) + ['style: "italic"'] * italic
    return f"text({', '.join([*a, lit(x)])})" if a else lit(x)


def st(*parts: str, sp: str = "3pt") -> str:
    return f"stack(spacing: {sp}, {', '.join(parts)})"


def grid(cols: str, *cells: str, gut: str = "12pt", rgut: str = "4pt", align: str = "") -> str:
    a = f"align: {align}, " if align else ""
    return f"grid(columns: {cols}, column-gutter: {gut}, row-gutter: {rgut}, {a}{', '.join(cells)})"


def tbl(
    cols: str, cells: list[str], align: str = "", stroke: str = "none", inset: str = "4pt", fill: str = ""
) -> str:
    a = f"align: {align}, " if align else ""
    f = f"fill: {fill}, " if fill else ""
    return f"table(columns: {cols}, {a}{f}stroke: {stroke}, inset: {inset}, {', '.join(cells)})"


def cell(x: str, colspan: int = 1, align: str = "", fill: str = "", stroke: str = "") -> str:
    a = [f"colspan: {colspan}"] * (colspan > 1) + [f"align: {align}"] * bool(align)
    a += [f'fill: rgb("{fill}")'] * bool(fill) + [f"stroke: {stroke}"] * bool(stroke)
    return f"table.cell({', '.join([*a, x])})"


def al(where: str, x: str) -> str:
    return f"align({where}, {x})"


def blk(x: str, fill: str = "", stroke: str = "", inset: str = "6pt", width: str = "100%") -> str:
    a = [f'fill: rgb("{fill}")'] * bool(fill) + [f"stroke: {stroke}"] * bool(stroke)
    return f"block({', '.join([*a, f'inset: {inset}', f'width: {width}', x])})"


def vs(n: str) -> str:
    return f"v({n})"


def hr(stroke: str = "0.5pt") -> str:
    return f"line(length: 100%, stroke: {stroke})"


def kv(rows: list[tuple[str, str]], bold_last: bool = False, gut: str = "14pt", size: str = "") -> str:
    """Label/value rows, values right-aligned: the usual totals block."""
    cells = []
    for i, (k, v) in enumerate(rows):
        b = bold_last and i == len(rows) - 1
        cells += [tx(k, bold=b, size=size), al("right", tx(v, bold=b, size=size))]
    return grid("(auto, auto)", *cells, gut=gut)


def render(tpl: str, v: dict[str, object]) -> str:
    """Fill a Typst template: ``@name`` becomes the string literal of ``v[name]``; ``@@name`` goes raw."""
    return re.sub(r"@(@?)(\w+)", lambda m: str(v[m[2]]) if m[1] else lit(v[m[2]]), tpl)


def rows(header: list[str], data: list[list[str]]) -> str:
    """Table cells: a bold header row, then plain text cells."""
    return ", ".join([tx(h, bold=True) for h in header] + [lit(c) for r in data for c in r])


def source(
    body: str,
    font: str,
    size: str = "9pt",
    paper: str = "a4",
    margin: str = "1.8cm",
    stretch: str = "",
    footer: str = "",
) -> str:
    s = f", stretch: {stretch}" if stretch else ""
    f = f", footer: {footer}" if footer else ""
    head = [
        f'#set page(paper: "{paper}", margin: {margin}{f})',
        f"#set text(font: {lit(font)}, size: {size}{s})",
        "#set par(justify: false)",
    ]
    return "\n".join([*head, body]) + "\n"
