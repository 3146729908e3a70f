"""Shared pieces of set L (benchmarks/outside_invoices_l.py): the document record, money and date
formatting in local styles, line items, and the LibreOffice conversion."""

from __future__ import annotations

import random
import subprocess
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

LO_PROFILE = "file:///tmp/L_lo_profile"

MONTHS: dict[str, list[str]] = {
    lang: names.split()
    for lang, names in {
        "en": "January February March April May June July August September October November December",
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "nl": "januari februari maart april mei juni juli augustus september oktober november december",
        "hu": "január február március április május június július augusztus szeptember október november "
        "december",
        "da": "januar februar marts april maj juni juli august september oktober november december",
        "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
        "grudnia",
        "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
        "Νοεμβρίου Δεκεμβρίου",
    }.items()
}


@dataclass
class Doc:
    """One generated invoice: its key, the printed form of each key value, and its source file.

    ``counts`` says how often a printed id or date may appear in the text layer (default once); amounts and
    the vendor name must appear at least once. ``words`` is every string drawn on the document, for the
    check that the text layer holds all of them."""

    stem: str
    key: dict[str, str | None]
    printed: dict[str, str]
    source: Path
    counts: dict[str, int] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)


def q2(x: Decimal | float | int | str, places: int = 2) -> Decimal:
    exp = Decimal(1).scaleb(-places)
    return Decimal(str(x)).quantize(exp, rounding=ROUND_HALF_UP)


def num(d: Decimal, group: str = ",", point: str = ".", dec: int = 2) -> str:
    """``d`` with ``dec`` decimals, thousands ``group`` and decimal ``point`` (e.g. 1.234,56)."""
    s = f"{q2(d, dec):,.{dec}f}" if dec else f"{q2(d, 0):,.0f}"
    return s.replace(",", "\x00").replace(".", point).replace("\x00", group)


def indian(d: Decimal) -> str:
    """Indian lakh/crore grouping: 12,34,567.50."""
    whole, frac = f"{q2(d):.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    parts: list[str] = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join([*parts, tail]) + "." + frac


def dfmt(d: date, pattern: str, lang: str = "en") -> str:
    """Format with {d} {dd} {m} {mm} {yyyy} {yy} {month} {mon} ({mon}: first three letters of month)."""
    month = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    return pattern.format(
        d=d.day,
        dd=f"{d.day:02d}",
        m=d.month,
        mm=f"{d.month:02d}",
        yyyy=d.year,
        yy=f"{d.year % 100:02d}",
        month=month,
        mon=month[:3],
    )


def issue_date(rng: random.Random) -> date:
    return date(2024, 9, 2) + timedelta(days=rng.randrange(0, 360))


@dataclass
class Line:
    desc: str
    qty: Decimal
    price: Decimal
    unit: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def amount(self) -> Decimal:
        return q2(self.qty * self.price)


def pick_lines(
    rng: random.Random,
    catalog: list[tuple[str, float, float]],
    n: int,
    qty: tuple[int, int] = (1, 6),
    step: float = 0.5,
    unit: str = "",
) -> list[Line]:
    """``n`` distinct items from ``catalog`` (description, low price, high price), prices on ``step``."""
    lines = []
    for desc, lo, hi in rng.sample(catalog, n):
        steps = int((hi - lo) / step)
        price = q2(Decimal(str(lo)) + Decimal(str(step)) * rng.randint(0, max(steps, 0)))
        lines.append(Line(desc, Decimal(rng.randint(*qty)), price, unit))
    return lines


def pick_units(rng: random.Random, pool: list[tuple[str, str, float, float, int, int]], n: int) -> list[Line]:
    """``n`` distinct lines from (description, unit, low, high price, min, max qty), prices on 0.10."""
    out = []
    for desc, unit, lo, hi, q0, q1 in rng.sample(pool, n):
        price = q2(Decimal(str(lo)) + Decimal("0.1") * rng.randint(0, int((hi - lo) * 10)))
        out.append(Line(desc, Decimal(rng.randint(q0, q1)), price, unit))
    return out


def subtotal(lines: list[Line]) -> Decimal:
    return sum((ln.amount for ln in lines), Decimal(0))


def tax_of(net: Decimal, rate: str, places: int = 2) -> Decimal:
    return q2(net * Decimal(rate) / 100, places)


def qty_str(q: Decimal, point: str = ".") -> str:
    s = f"{q.normalize():f}"
    return s.replace(".", point)


WRITER, CALC = "libreoffice-writer", "libreoffice-calc"


@dataclass(frozen=True)
class Meta:
    """A template's fixed key fields: file stem, vendor, currency, language, template name, producer."""

    stem: str
    vendor: str
    currency: str
    lang: str
    template: str
    producer: str
    dec: int = 2

    def key(
        self,
        number: str,
        issued: date,
        due: date | None,
        total: Decimal,
        tax: Decimal | None,
        net: Decimal | None,
    ) -> dict[str, str | None]:
        def amount(x: Decimal | None) -> str | None:
            return None if x is None else f"{q2(x, self.dec):.{self.dec}f}"

        return {
            "invoice_number": number,
            "date": issued.isoformat(),
            "due_date": due.isoformat() if due else None,
            "total": amount(total),
            "tax": amount(tax),
            "subtotal": amount(net),
            "currency": self.currency,
            "vendor_name": self.vendor,
            "lang": self.lang,
            "template": self.template,
            "producer": self.producer,
        }


ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]


TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def words_below_1000(n: int) -> str:
    out = []
    if n >= 100:
        out.append(f"{ONES[n // 100]} Hundred")
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + (f" {ONES[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ONES[n])
    return " ".join(out)


def rupees_in_words(x: Decimal) -> str:
    """Indian style: crore, lakh, thousand; paise when present."""
    n, paise = int(x), int((x - int(x)) * 100)
    parts = []
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if n >= size:
            parts.append(f"{words_below_1000(n // size)} {name}")
            n %= size
    if n:
        parts.append(words_below_1000(n))
    text = "INR " + " ".join(parts)
    return text + (f" and {words_below_1000(paise)} Paise" if paise else "") + " Only"


def convert(sources: list[Path], outdir: Path, timeout: int = 600) -> None:
    """Print ``sources`` to PDF with one headless LibreOffice run (private profile, one soffice at a time)."""
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *[str(s) for s in sources],
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)
    missing = [s.name for s in sources if not (outdir / f"{s.stem}.pdf").exists()]
    if missing:
        raise RuntimeError(f"LibreOffice printed no PDF for {missing}")
