"""Shared helpers for the Asia / Middle East invoice set (outside_invoices_at.py).

Fonts, number formatting in local styles, amount-in-words helpers, a QR placeholder pattern, the
key record and the headless-Chromium printer.  Nothing here reads the extractor's code.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTO_TTF = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
FIXED_TS = datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC)
CJK_INDEX = {"ja": 0, "ko": 1, "sc": 2, "tc": 3, "hk": 4}

D = Decimal
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Spec:
    stem: str
    country: str
    script: str
    producer: str
    build: Callable[[Path, Path], dict]


def r2(x) -> Decimal:
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def make_key(
    *,
    invoice_number: str,
    date: str,
    due_date: str | None,
    total,
    currency: str,
    vendor_name: str,
    subtotal,
    tax,
    lang: str,
    template: str,
    producer: str,
) -> dict:
    for d in (date, due_date):
        if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            raise ValueError(f"bad date {d!r}")
    tot = r2(total)
    sub = None if subtotal is None else r2(subtotal)
    tx = None if tax is None else r2(tax)
    if sub is not None and tx is not None and sub + tx != tot:
        raise ValueError(f"{invoice_number}: {sub} + {tx} != {tot}")
    return {
        "invoice_number": invoice_number,
        "date": date,
        "due_date": due_date,
        "total": f"{tot:.2f}",
        "currency": currency,
        "vendor_name": vendor_name,
        "subtotal": None if sub is None else f"{sub:.2f}",
        "tax": None if tx is None else f"{tx:.2f}",
        "lang": lang,
        "template": template,
        "producer": producer,
    }


# ---------------------------------------------------------------- number formatting
def fmt(x, places: int = 2, group: str = ",", dec: str = ".") -> str:
    s = f"{Decimal(x):,.{places}f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", group)


def fmt_indian(x, places: int = 2) -> str:
    """Lakh/crore grouping: 12,34,567.00."""
    s = f"{Decimal(x):.{places}f}"
    whole, _, frac = s.partition(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join([*parts, tail])
    return whole + ("." + frac if frac else "")


_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "beng": "০১২৩৪৫৬৭৮৯",
}


def local_digits(s: str, system: str) -> str:
    table = {str(i): ch for i, ch in enumerate(_DIGITS[system])}
    if system == "arab":
        table.update({",": "٬", ".": "٫"})
    return "".join(table.get(c, c) for c in s)


def ascii_digits(s: str) -> str:
    out = []
    for c in s:
        for digits in _DIGITS.values():
            if c in digits:
                c = str(digits.index(c))
                break
        else:
            c = {"٬": ",", "٫": ".", "۰": "0"}.get(c, c)
            if "۱" <= c <= "۹":
                c = str(ord(c) - ord("۰"))
        out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- amounts in words
def cn_upper(amount, traditional: bool = False) -> str:
    """Chinese financial capitals: 64805.50 -> 陆万肆仟捌佰零伍圆伍角."""
    digits = "零壹贰叁肆伍陆柒捌玖" if not traditional else "零壹貳參肆伍陸柒捌玖"
    small = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"] if not traditional else ["", "萬", "億"]
    cents = int((Decimal(amount) * 100).quantize(Decimal(1)))
    whole, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    s = str(whole)
    out, zero = "", False
    for i, ch in enumerate(s):
        d, pos = int(ch), len(s) - 1 - i
        if d == 0:
            zero = True
        else:
            if zero and out:
                out += "零"
            zero = False
            out += digits[d] + small[pos % 4]
        if pos % 4 == 0 and pos > 0 and int(s[max(0, i - 3) : i + 1]) != 0:
            out += big[pos // 4]
    out = (out or "零") + ("圆" if not traditional else "元")
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += digits[jiao] + "角"
    elif whole:
        out += "零"
    return out + (digits[fen] + "分" if fen else "")


def ko_words(n: int) -> str:
    """Sino-Korean amount words: 5280000 -> 오백이십팔만."""
    digits = "영일이삼사오육칠팔구"
    small = ["", "십", "백", "천"]
    big = ["", "만", "억", "조"]
    out = ""
    gi = 0
    while n > 0:
        g = n % 10000
        if g:
            s = ""
            for pos in range(3, -1, -1):
                d = (g // 10**pos) % 10
                if d:
                    s += digits[d] + small[pos]
            out = s + big[gi] + out
        n //= 10000
        gi += 1
    return out


_ONES = [
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
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words_999(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(_ONES[n // 100] + " Hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def en_words(n: int, indian: bool = False) -> str:
    if n == 0:
        return "Zero"
    scales = [(10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")] if indian else []
    if not indian:
        scales = [(10**9, "Billion"), (10**6, "Million"), (1000, "Thousand")]
    parts = []
    for size, name in scales:
        if n >= size:
            parts.append(_words_999(n // size) if n // size < 1000 else en_words(n // size, indian))
            parts[-1] += " " + name
            n %= size
    if n:
        parts.append(_words_999(n))
    return " ".join(parts)


# ---------------------------------------------------------------- QR placeholder
def qr_matrix(seed: int, n: int = 25) -> list[list[bool]]:
    rng = random.Random(seed)
    m = [[rng.random() < 0.48 for _ in range(n)] for _ in range(n)]
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                yy, xx = oy + y, ox + x
                if 0 <= yy < n and 0 <= xx < n:
                    ring = max(abs(y - 3), abs(x - 3))
                    m[yy][xx] = ring in (0, 1, 3) if 0 <= y < 7 and 0 <= x < 7 else False
    return m


def qr_svg(seed: int, size_mm: float = 24) -> str:
    m = qr_matrix(seed)
    n = len(m)
    rects = "".join(
        f'<rect x="{x}" y="{y}" width="1" height="1"/>' for y in range(n) for x in range(n) if m[y][x]
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 {n + 2} {n + 2}" '
        f'style="width:{size_mm}mm;height:{size_mm}mm;background:#fff">{rects}</svg>'
    )


def qr_draw(rect: Callable[[float, float, float], None], x: float, y: float, size: float, seed: int):
    """Calls rect(x, y, cell) for each dark cell; y grows downwards from the top-left corner."""
    m = qr_matrix(seed)
    cell = size / len(m)
    for j, row in enumerate(m):
        for i, dark in enumerate(row):
            if dark:
                rect(x + i * cell, y + j * cell, cell)


# ---------------------------------------------------------------- fonts
_SOURCE_CHARS: set[str] | None = None
_CJK_CACHE: dict[tuple[str, str, str], Path] = {}


def _source_chars() -> str:
    global _SOURCE_CHARS
    if _SOURCE_CHARS is None:
        chars = {chr(c) for c in range(0x20, 0x7F)}
        for p in sorted(HERE.glob("outside_docs_at*.py")):
            chars.update(p.read_text(encoding="utf-8"))
        _SOURCE_CHARS = {
            c for c in chars if c == " " or unicodedata.category(c)[0] not in "CZ" or c == "\u3000"
        }
    return "".join(sorted(_SOURCE_CHARS))


def cjk_ttf(region: str, work: Path, bold: bool = False, serif: bool = False) -> Path:
    """A TrueType-outline subset of Noto Sans/Serif CJK covering every character in these sources.

    The Noto CJK collections carry CFF outlines, which ReportLab cannot embed and which fpdf2 embeds
    with an encoding pdfminer cannot decode; a glyf-outline subset works with both.
    """
    weight = "Bold" if bold else "Regular"
    family = "Serif" if serif else "Sans"
    ck = (region, weight, family)
    if ck in _CJK_CACHE and _CJK_CACHE[ck].exists():
        return _CJK_CACHE[ck]
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    src = NOTO_CJK / f"Noto{family}CJK-{weight}.ttc"
    font = TTFont(str(src), fontNumber=CJK_INDEX[region], recalcTimestamp=False)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "BASE"]
    sub = subset.Subsetter(opts)
    sub.populate(text=_source_chars())
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    out = work / "fonts" / f"NotoCJK-{family}-{region}-{weight}.ttf"
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    _CJK_CACHE[ck] = out
    return out
