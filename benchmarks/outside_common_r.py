"""Key and case helpers of set R (benchmarks/outside_receipts_r.py): ``Key`` records the key values with
the form a layout prints them in, ``Case`` is one receipt (clean image, printed lines, key and capture spec,
see benchmarks/outside_capture_r.py), ``stack`` staples a card slip under a receipt, and small helpers
draw dates, items and numbers. The roll itself is benchmarks/outside_roll_r.py.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PIL import Image, ImageDraw

from outside_common_k import fdate, mm, money, q2


def stack(first: Image.Image, second: Image.Image, *, overlap: float, dx: float, angle: float) -> Image.Image:
    """Two slips stapled together: ``second`` below ``first`` (overlapping ``overlap`` mm under it, shifted
    ``dx`` mm, turned ``angle`` degrees); RGBA in, RGBA out."""
    second = second.rotate(angle, resample=Image.BICUBIC, expand=True)
    ox = mm(max(0.0, -dx))
    x2 = mm(max(0.0, dx))
    w = max(ox + first.width, x2 + second.width)
    y2 = first.height - mm(overlap)
    out = Image.new("RGBA", (w, y2 + second.height), (0, 0, 0, 0))
    out.alpha_composite(second, (x2, y2))
    shadow = Image.new("RGBA", first.size, (0, 0, 0, 60))
    shadow.putalpha(first.getchannel("A").point(lambda v: v * 60 // 255))
    out.alpha_composite(shadow, (ox + mm(0.6), mm(0.8)))
    out.alpha_composite(first, (ox, 0))
    staple = ImageDraw.Draw(out)
    sx, sy = ox + first.width // 2 + mm(8), y2 + mm(overlap) // 2
    staple.rectangle((sx, sy, sx + mm(11), sy + mm(0.8)), fill=(150, 150, 155, 255))
    return out


# ---- keys ---------------------------------------------------------------------------------------------


class Key:
    """The key of one receipt; each setter returns the printed form so a layout prints exactly that."""

    def __init__(self, currency: str, shown: str | None = None) -> None:
        self.values: dict[str, str | None] = dict.fromkeys(
            ["company", "company_alt", "address", "date", "total"]
        )
        self.values["currency"] = currency
        self.printed: dict[str, str] = {"currency": shown or currency}

    def company(self, s: str) -> str:
        self.values["company"] = s
        return s

    def alt(self, s: str) -> str:
        self.values["company_alt"] = s
        return s

    def address(self, *lines: str) -> list[str]:
        self.values["address"] = " ".join(lines)
        return list(lines)

    def date(self, d: date | datetime, fmt: str, lang: str = "en", upper: bool = False) -> str:
        shown = fdate(d if isinstance(d, date) else d.date(), fmt, lang)
        shown = shown.upper() if upper else shown
        self.values["date"] = (d.date() if isinstance(d, datetime) else d).isoformat()
        self.printed["date"] = shown
        return shown

    def total(self, v: Decimal, style: str = "us", places: int = 2) -> str:
        shown = money(v, style, places)
        self.values["total"] = f"{q2(v):.2f}"
        self.printed["total"] = shown
        return shown


@dataclass
class Case:
    """One receipt of set R: the clean image (RGBA, 300 dpi), every printed line, key and capture spec."""

    name: str
    country: str
    lang: str
    template: str
    case: str
    image: Image.Image
    lines: list[str]
    key: Key
    capture: dict[str, Any]

    def key_json(self) -> dict[str, Any]:
        extra = {"lang": self.lang, "country": self.country, "template": self.template, "case": self.case}
        return {**self.key.values, **extra, "capture": describe(self.capture)}


def describe(spec: dict[str, Any]) -> str:
    parts = [spec["place"], spec["kind"], *spec.get("paper", [])]
    if spec.get("rotate"):
        parts.append(f"rotated {spec['rotate']}")
    return ", ".join(parts) + f", {spec['fmt']}"


# ---- values -------------------------------------------------------------------------------------------


def when(rng: random.Random, year: int = 2025, lo: int = 7, hi: int = 21) -> datetime:
    """A date in ``year`` and a time of day between ``lo`` and ``hi`` o'clock."""
    day = date(year, 1, 3) + timedelta(days=rng.randrange(0, 350))
    return datetime(
        day.year, day.month, day.day, rng.randint(lo, hi - 1), rng.randint(0, 59), rng.randint(0, 59)
    )


def menu(rng: random.Random, spec: str, n: int, qmax: int = 1) -> list[tuple[str, int, Decimal, Decimal]]:
    """``n`` items (name, qty, unit, amount) from a "; "-separated "name price" list."""
    out = []
    for entry in rng.sample(spec.split("; "), n):
        name, _, price = entry.rpartition(" ")
        qty = rng.randint(1, qmax) if qmax > 1 and rng.random() < 0.4 else 1
        unit = Decimal(price)
        out.append((name, qty, unit, q2(unit * qty)))
    return out


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def vat_in(gross: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """Net and VAT of a VAT-inclusive ``gross`` at ``rate`` percent."""
    tax = q2(gross * rate / (100 + rate))
    return gross - tax, tax


def fit(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "."


def hm(t: datetime, secs: bool = False) -> str:
    return t.strftime("%H:%M:%S" if secs else "%H:%M")


def ampm(t: datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"
