"""Helpers of set S (benchmarks/outside_receipts_s.py), Southeast-Asian till receipts of 2015-2019.

``SKey`` is set R's ``Key`` (benchmarks/outside_common_r.py) keyed the SROIE task-3 way: the date and the
total are kept as printed (the total without its currency symbol), the ISO date beside it for ``--check``.
``iso_date`` reads a printed date day first, as Malaysia, Singapore and Brunei write them; the scorer
compares the pipeline's ISO date with it. ``era`` draws a time in the Malaysian GST era (1 April 2015 -
31 May 2018), the GST holiday (June - August 2018, 0%) or the SST era (September 2018 on); ``cols``
prints fixed-width columns on a mono roll; ``emblem`` a round shop logo; the rest draw registration,
tax and phone numbers of the region.
"""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from PIL import ImageDraw

from outside_common_k import mm, q2
from outside_common_r import Key, digits
from outside_roll_r import Roll, font

ERAS = {
    "gst": (date(2015, 4, 6), date(2018, 5, 28)),
    "zero": (date(2018, 6, 4), date(2018, 8, 28)),
    "sst": (date(2018, 9, 3), date(2019, 12, 20)),
    "any": (date(2015, 1, 5), date(2019, 12, 20)),
}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


class SKey(Key):
    """A set-S key: ``date`` is the date as printed, ``total`` the paid amount as printed (``iso`` keeps
    the date's ISO form, which ``--check`` compares with ``iso_date`` of the printed one)."""

    def __init__(self, currency: str, shown: str | None = None) -> None:
        super().__init__(currency, shown)
        self.iso: str | None = None

    def date(self, d: date | datetime, fmt: str, lang: str = "en", upper: bool = False) -> str:
        shown = super().date(d, fmt, lang, upper)
        self.iso, self.values["date"] = self.values["date"], shown
        return shown

    def total(self, v: Decimal, style: str = "us", places: int = 2) -> str:
        shown = super().total(v, style, places)
        self.values["total"] = shown
        return shown


def iso_date(printed: str) -> str | None:
    """``printed`` (12/03/2018, 12-03-18, 12.03.2018, 12 Mar 2018, 12-MAR-18, 2018-03-12) as ISO, day first;
    None where it is no date."""
    s = printed.strip()
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s):
        y, mo, d = (int(g) for g in m.groups())
    elif m := re.fullmatch(r"(\d{1,2})[-/. ]?([A-Za-z]{3,9})[-/. ,]*(\d{2}|\d{4})", s):
        if m[2][:3].lower() not in MONTHS:
            return None
        y, mo, d = int(m[3]), MONTHS.index(m[2][:3].lower()) + 1, int(m[1])
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", s):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
    else:
        return None
    try:
        return date(y + 2000 if y < 100 else y, mo, d).isoformat()
    except ValueError:
        return None


def era(rng: random.Random, tax: str = "gst", lo: int = 8, hi: int = 21) -> datetime:
    """A day of the ``tax`` era (``ERAS``) at a time between ``lo`` and ``hi`` o'clock."""
    first, last = ERAS[tax]
    day = first + timedelta(days=rng.randrange(0, (last - first).days + 1))
    return datetime(
        day.year, day.month, day.day, rng.randint(lo, hi - 1), rng.randint(0, 59), rng.randint(0, 59)
    )


def round5(v: Decimal) -> Decimal:
    """Malaysian (and Singapore hawker) cash rounding to the nearest 5 sen."""
    return q2((v * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20)


def tendered(rng: random.Random, total: Decimal) -> Decimal:
    """What a customer hands over: the next ringgit, five, ten or fifty, or a hundred."""
    steps = [Decimal(s) for s in ("1", "5", "10", "50", "100")]
    options = {q2((total / s).to_integral_value(ROUND_CEILING) * s) for s in steps}
    return rng.choice(sorted(o for o in options if o >= total))


def cols(r: Roll, cells: list[str], widths: list[int], **kw) -> None:
    """One line of fixed-width cells on a mono roll: a positive width pads left-aligned, a negative one
    right-aligns the cell (amount columns)."""
    r.text("".join(c.ljust(w) if w > 0 else c.rjust(-w) for c, w in zip(cells, widths, strict=True)), **kw)


def emblem(r: Roll, letters: str, size: float = 14.0, face: str = "serif-b", ring: bool = True) -> None:
    """A round logo ``size`` mm across with ``letters`` in it, centred on the roll (not a text line)."""
    d = ImageDraw.Draw(r.mask)
    s = mm(size)
    x0 = (r.left + r.right - s) // 2
    if ring:
        d.ellipse((x0, r.y, x0 + s, r.y + s), outline=255, width=mm(0.9))
        d.ellipse(
            (x0 + mm(1.6), r.y + mm(1.6), x0 + s - mm(1.6), r.y + s - mm(1.6)), outline=255, width=mm(0.4)
        )
    f = font(face, round(s * 0.42 / max(1, len(letters)) * 2))
    d.text((x0 + s // 2, r.y + s // 2), letters, font=f, fill=255, anchor="mm")
    r.y += s + mm(1.5)


# ---- numbers of the region -----------------------------------------------------------------------------


def roc(rng: random.Random) -> str:
    """An old-style Malaysian company number: (123456-X)."""
    return f"({rng.randint(10000, 1299999)}-{rng.choice('ADHKMPTUVWX')})"


def roc_new(rng: random.Random, year: int) -> str:
    """The 2019 SSM form: 201901012345 (1234567-A)."""
    old = f"{rng.randint(1000000, 1350000)}-{rng.choice('AHKMTUVX')}"
    return f"{year}0{rng.randint(1, 3)}0{digits(rng, 6)} ({old})"


def rob(rng: random.Random, state: str = "JM") -> str:
    """A sole proprietorship / partnership (business) number: JM0712345-U, 001234567-W."""
    return (
        f"{state}{digits(rng, 7)}-{rng.choice('ADHKMPTUVWX')}"
        if state
        else f"00{digits(rng, 7)}-{rng.choice('KPTW')}"
    )


def gst_no(rng: random.Random) -> str:
    return "00" + digits(rng, 10)


def sst_no(rng: random.Random, t: datetime) -> str:
    """A Malaysian SST registration number: W10-1809-31012345."""
    month = rng.choice(["08", "09", "10"])
    return f"{rng.choice('BJWPK')}{rng.randint(10, 24)}-{t.year % 100}{month}-3{digits(rng, 7)}"


def uen(rng: random.Random) -> str:
    """A Singapore UEN (also the GST registration number of most companies)."""
    return f"{rng.randint(2005, 2016)}{digits(rng, 5)}{rng.choice('CDEGHKMNRWZ')}"


def my_tel(rng: random.Random, area: str) -> str:
    """A Malaysian fixed line: area 03 / 04 / 07 / 088 ... and 7 or 8 digits."""
    tail = digits(rng, 8 if area == "03" else 7)
    return f"{area}-{tail[:-4]} {tail[-4:]}"
