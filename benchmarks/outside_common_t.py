"""Helpers of set T (benchmarks/outside_receipts_t.py), till receipts from countries sets R and S leave out.

``TKey`` is set R's ``Key`` (benchmarks/outside_common_r.py) with month names of more languages (``MONTHS``:
Indonesian, Czech, Hungarian, Turkish, Norwegian, Spanish, ...). ``TRoll`` is set R's roll that refuses a
line its face has no glyph for, so no receipt prints a missing-glyph box. ``EReceipt`` draws a
born-digital PDF receipt (an e-mailed one, with a text layer) with fpdf2 and remembers its lines as a roll
does; ``TCase`` carries its PDF, which ``outside_receipts_t.write`` stores instead of a capture. The rest
draw cash tendered, rounding and the tax numbers of the region.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from PIL import Image

from outside_common_k import MONTHS as K_MONTHS
from outside_common_k import q2
from outside_common_r import Case, Key, digits
from outside_roll_r import FACES, SYS, Roll
from outside_scan_n import render

MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "es-up": "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC",
}


class TKey(Key):
    """A set-T key: set R's, with the month names of ``MONTHS`` as well as outside_common_k's."""

    def date(self, d: date | datetime, fmt: str, lang: str = "en", upper: bool = False) -> str:
        if lang in K_MONTHS:
            return super().date(d, fmt, lang, upper)
        name = MONTHS[lang].split()[d.month - 1]
        fmt = fmt.replace("%B", name).replace("%b", name[:3])
        return super().date(d, fmt, "en", upper)


_cmaps: dict[str, set[int]] = {}


def covers(face: str, s: str) -> bool:
    """Whether ``face`` (a key of outside_roll_r.FACES, DejaVu where the file is missing) has every glyph."""
    if face not in _cmaps:
        path = FACES[face]
        if not path.exists():
            mono = "Mono" if "mono" in face else ""
            bold = "-Bold" if face.endswith(("-b", "-bi")) else ""
            path = SYS / f"truetype/dejavu/DejaVuSans{mono}{bold}.ttf"
        _cmaps[face] = set(TTFont(str(path), fontNumber=0).getBestCmap())
    return all(ord(c) in _cmaps[face] or c.isspace() for c in s)


class TRoll(Roll):
    """Set R's roll; a line with a character its face cannot draw is an error, not a box."""

    def _tile(self, s: str, face: str, px: int) -> Image.Image:
        if not covers(face, s):
            raise ValueError(f"face {face} has no glyph for some of {s!r}")
        return super()._tile(s, face, px)


@dataclass
class TCase(Case):
    """A set-T receipt; ``pdf`` is the file itself for a born-digital receipt (no capture)."""

    pdf: bytes | None = None


# ---- e-mailed PDF receipts ---------------------------------------------------------------------------------

FONT = Path("/usr/share/fonts/truetype")


class EReceipt:
    """A born-digital receipt ``width`` mm wide (A4 when 210) drawn with fpdf2 in DejaVu or Liberation Sans;
    ``lines`` records what it prints the way ``Roll`` does (``lr`` as "left right")."""

    def __init__(self, width: float = 210.0, margin: float = 18.0, family: str = "dejavu") -> None:
        self.pdf = FPDF(unit="mm", format=(width, 297.0 if width >= 200 else 400.0))
        files = {
            "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
            "liberation": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
        }[family]
        self.pdf.add_font("f", "", str(FONT / files[0]))
        self.pdf.add_font("f", "B", str(FONT / files[1]))
        self.pdf.set_margins(margin, 14, margin)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(datetime(2025, 12, 1))
        self.pdf.add_page()
        self.width, self.margin = width, margin
        self.lines: list[str] = []

    def text(self, s: str, align: str = "L", size: float = 9.5, bold: bool = False, h: float = 5.0) -> None:
        self.pdf.set_font("f", "B" if bold else "", size)
        self.pdf.set_x(self.margin)
        self.pdf.cell(self.width - 2 * self.margin, h, s, align=align, new_x="LMARGIN", new_y="NEXT")
        if s.strip():
            self.lines.append(s)

    def lr(self, left: str, right: str, size: float = 9.5, bold: bool = False, h: float = 5.0) -> None:
        self.pdf.set_font("f", "B" if bold else "", size)
        span = self.width - 2 * self.margin
        y = self.pdf.get_y()
        self.pdf.set_xy(self.margin, y)
        self.pdf.cell(span, h, left, align="L")
        self.pdf.set_xy(self.margin, y)
        self.pdf.cell(span, h, right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.lines.append(f"{left} {right}")

    def row(self, cells: list[str], widths: list[float], size: float = 9.0, bold: bool = False) -> None:
        """A table row: cells in columns ``widths`` mm (a negative width right-aligns)."""
        self.pdf.set_font("f", "B" if bold else "", size)
        self.pdf.set_x(self.margin)
        for c, w in zip(cells, widths, strict=True):
            self.pdf.cell(abs(w), 5.0, c, align="R" if w < 0 else "L")
        self.pdf.ln(5.0)
        self.lines.append(" ".join(c for c in cells if c))

    def rule(self, gap: float = 2.0) -> None:
        y = self.pdf.get_y() + gap / 2
        self.pdf.set_draw_color(150, 150, 150)
        self.pdf.line(self.margin, y, self.width - self.margin, y)
        self.pdf.set_y(y + gap / 2)

    def feed(self, mm_: float = 3.0) -> None:
        self.pdf.set_y(self.pdf.get_y() + mm_)

    def bar(self, s: str, rgb: tuple[int, int, int] = (30, 60, 110), size: float = 15.0) -> None:
        """A coloured header band with the name in white."""
        y = self.pdf.get_y()
        self.pdf.set_fill_color(*rgb)
        self.pdf.rect(0, y - 14, self.width, 26, style="F")
        self.pdf.set_text_color(255, 255, 255)
        self.text(s, "L", size, True, 10.0)
        self.pdf.set_text_color(0, 0, 0)
        self.feed(5)

    def output(self) -> tuple[bytes, Image.Image]:
        """The PDF bytes and its page rendered at 300 dpi (RGBA, as a roll's image)."""
        data = bytes(self.pdf.output())
        return data, render(data, 300)[0].convert("RGBA")


# ---- money ---------------------------------------------------------------------------------------------


def tendered(rng: random.Random, total: Decimal, notes: tuple[int, ...] = (1, 5, 10, 20, 50, 100)) -> Decimal:
    """What a customer hands over: ``total`` rounded up to one of the local ``notes`` (or exact)."""
    options = {q2((total / n).to_integral_value(ROUND_CEILING) * n) for n in notes}
    return rng.choice(sorted(o for o in options if o >= total))


def round_to(v: Decimal, step: Decimal) -> Decimal:
    """``v`` rounded half up to a multiple of ``step`` (cash rounding, whole hundreds of a currency)."""
    return q2((v / step).quantize(Decimal(1), ROUND_HALF_UP) * step)


def whole(v: Decimal, step: int = 100) -> Decimal:
    """A price in a currency without cents, a multiple of ``step``."""
    return Decimal(int(v) // step * step)


# ---- tax numbers -------------------------------------------------------------------------------------------


def npwp(rng: random.Random) -> str:
    """An Indonesian tax number: 01.234.567.8-901.000."""
    d = digits(rng, 15)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def ph_tin(rng: random.Random) -> str:
    return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(['000', '001', '002'])}"


def trn_ae(rng: random.Random) -> str:
    return f"100{digits(rng, 11)}3"


def kra_pin(rng: random.Random) -> str:
    return f"P05{digits(rng, 7)}{rng.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}"


def cuit(rng: random.Random, kind: str = "30") -> str:
    return f"{kind}-{digits(rng, 8)}-{rng.randint(0, 9)}"


def rut(rng: random.Random) -> str:
    """A Chilean company RUT: 76.123.456-7 (or K)."""
    n = rng.randint(76000000, 77999999)
    return f"{n // 1000000}.{n // 1000 % 1000:03d}.{n % 1000:03d}-{rng.choice('0123456789K')}"


def nit(rng: random.Random) -> str:
    n = rng.randint(800000000, 901999999)
    return f"{n // 1000000}.{n // 1000 % 1000:03d}.{n % 1000:03d}-{rng.randint(0, 9)}"


def ruc(rng: random.Random) -> str:
    return f"20{digits(rng, 9)}"
