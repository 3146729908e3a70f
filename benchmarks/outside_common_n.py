"""Set N's shared pieces: numbers and dates as each country prints them, invoice arithmetic, the key.

A case builds an :class:`Inv` (items, tax lines, the invoice's own values), prints it with
:func:`shown` recording every key value's printed form next to its label, and returns a :class:`Built`:
the file as the mail room receives it, the key, and the invoice's own pages as drawn (``source``),
which ``--check`` reads back.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0")


def words(text: str) -> list[str]:
    """The words of a string (month and number names written as one line)."""
    return text.split()


MONTHS: dict[str, list[str]] = {
    "en": words("January February March April May June July August September October November December"),
    "de": words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "it": words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
    ),
    "nl": words("januari februari maart april mei juni juli augustus september oktober november december"),
    "pt": words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "cs": words("ledna února března dubna května června července srpna září října listopadu prosince"),
    "pl": words(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    ),
    "sv": words("januari februari mars april maj juni juli augusti september oktober november december"),
    "da": words("januar februar marts april maj juni juli august september oktober november december"),
    "fi": words(
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
        "lokakuuta marraskuuta joulukuuta"
    ),
}
WEEKDAYS = {
    "en": words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fi": words("maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai"),
}


def q2(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def dec(text: str) -> Decimal:
    return Decimal(text)


@dataclass(frozen=True)
class Num:
    """A country's amount format: decimal mark, thousands separator, Indian lakh grouping."""

    point: str = "."
    group: str = ","
    indian: bool = False

    def __call__(self, x: Decimal, places: int = 2) -> str:
        whole, _, frac = f"{abs(x):.{places}f}".partition(".")
        if self.indian and len(whole) > 3:
            head, parts = whole[:-3], [whole[-3:]]
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            whole = self.group.join(([head] if head else []) + parts)
        else:
            groups: list[str] = []
            while len(whole) > 3:
                groups.insert(0, whole[-3:])
                whole = whole[:-3]
            whole = self.group.join([whole, *groups])
        return ("-" if x < 0 else "") + whole + (self.point + frac if places else "")


US = Num(".", ",")
EU = Num(",", ".")
FR = Num(",", "\u202f")
SPACE = Num(",", "\u00a0")
CH = Num(".", "'")
INDIA = Num(".", ",", indian=True)


def pct(rate: Decimal, point: str = ",") -> str:
    """A tax rate as printed: 20, 5,5 or 8.1 (no trailing zeros)."""
    text = f"{rate:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", point)


def fdate(d: date | None, pattern: str, lang: str = "en") -> str:
    """``pattern`` in str.format fields: d, dd, m, mm, yyyy, yy, month, Month, mon, Mon, wd, Wd."""
    if d is None:
        raise ValueError("no date to print")
    month = MONTHS[lang][d.month - 1]
    wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[d.weekday()]
    return pattern.format(
        d=d.day,
        dd=f"{d.day:02d}",
        m=d.month,
        mm=f"{d.month:02d}",
        yyyy=d.year,
        yy=f"{d.year % 100:02d}",
        month=month,
        Month=month.capitalize(),
        mon=month[:3],
        Mon=month[:3].capitalize(),
        wd=wd,
        Wd=wd[:3],
    )


@dataclass
class Item:
    desc: str
    qty: Decimal
    price: Decimal
    rate: Decimal = ZERO
    code: str = ""
    unit: str = ""
    disc: Decimal = ZERO  # line discount in per cent

    @property
    def net(self) -> Decimal:
        return q2(self.qty * self.price * (100 - self.disc) / 100)


@dataclass
class Inv:
    """The invoice's own values; ``taxes`` are the printed tax lines, ``extra`` charges outside subtotal."""

    number: str
    issued: date
    due: date | None
    currency: str
    vendor: str
    items: list[Item]
    taxes: list[tuple[str, Decimal]] = field(default_factory=list)
    extra: list[tuple[str, Decimal]] = field(default_factory=list)
    rounding: Decimal = ZERO

    @property
    def subtotal(self) -> Decimal:
        return sum((i.net for i in self.items), ZERO)

    @property
    def tax(self) -> Decimal:
        return sum((t for _, t in self.taxes), ZERO)

    @property
    def total(self) -> Decimal:
        return self.subtotal + sum((a for _, a in self.extra), ZERO) + self.tax + self.rounding


def by_rate(items: Sequence[Item]) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, base, tax) per tax rate, highest rate first; tax rounded per rate as invoices print it."""
    bases: dict[Decimal, Decimal] = {}
    for item in items:
        bases[item.rate] = bases.get(item.rate, ZERO) + item.net
    return [(r, b, q2(b * r / 100)) for r, b in sorted(bases.items(), reverse=True)]


def pick_items(
    rng: random.Random,
    catalogue: Sequence[tuple[str, float, float]],
    n: int,
    qty: Sequence[int] = (1, 1, 2, 3, 4, 5, 6, 10, 12),
    rate: Decimal = ZERO,
) -> list[Item]:
    """``n`` distinct lines from (description, lowest price, highest price), prices to the cent."""
    chosen = rng.sample(list(catalogue), n)
    items = []
    for desc, lo, hi in chosen:
        price = Decimal(rng.randint(int(lo * 100), int(hi * 100))) / 100
        items.append(Item(desc, Decimal(rng.choice(qty)), price, rate))
    return items


def some_date(rng: random.Random, start: date = date(2025, 1, 6), days: int = 300) -> date:
    return start + timedelta(days=rng.randrange(days))


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


Shown = dict[str, tuple[str, str]]


def shown(record: Shown, fieldname: str, label: str, text: str) -> str:
    """Record ``text`` as the printed form of ``fieldname`` next to ``label`` and return it to print."""
    record[fieldname] = (label, text)
    return text


@dataclass
class Built:
    """One received file, its key, and the invoice's own pages as a digital PDF (what --check reads)."""

    name: str
    ext: str
    data: bytes
    key: dict[str, str | None]
    source: bytes
    printed: Shown


def make_key(
    inv: Inv,
    *,
    lang: str,
    template: str,
    producer: str,
    case: str,
    subtotal: bool = True,
    tax: bool = True,
) -> dict[str, str | None]:
    """The key as set E's rules state it; ``subtotal``/``tax`` False when the invoice prints none."""
    return {
        "invoice_number": inv.number,
        "date": inv.issued.isoformat(),
        "due_date": inv.due.isoformat() if inv.due else None,
        "total": str(q2(inv.total)),
        "tax": str(q2(inv.tax)) if tax else None,
        "subtotal": str(q2(inv.subtotal)) if subtotal else None,
        "currency": inv.currency,
        "vendor_name": inv.vendor,
        "lang": lang,
        "template": template,
        "producer": producer,
        "case": case,
    }
