"""Shared helpers for the held-out set "AU" (outside_invoices_au.py): the Spec and key record, local
number formats and digits, a Solar Hijri conversion and a glyf-outline CJK font subset.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
FIXED_TS = datetime(2025, 4, 1, 10, 0, 0, tzinfo=UTC)
CJK_INDEX = {"ja": 0, "ko": 1, "sc": 2, "tc": 3, "hk": 4}
KEY_FIELDS = ("invoice_number", "date", "due_date", "total", "currency", "vendor_name", "vendor_name_alt")
THREE_DECIMALS = {"OMR", "BHD", "KWD", "JOD", "TND", "LYD"}

D = Decimal


@dataclass(frozen=True)
class Spec:
    stem: str
    country: str
    script: str
    producer: str
    build: Callable[[Path, Path], dict]

    @property
    def rtl(self) -> bool:
        return "RTL" in self.script


def rnd(x, places: int = 2) -> Decimal:
    return Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def make_key(
    *,
    invoice_number: str,
    date: str,
    due_date: str | None,
    total,
    currency: str,
    vendor_name: str,
    vendor_name_alt: str | None,
    subtotal,
    tax,
    lang: str,
    country: str,
    template: str,
    producer: str,
) -> dict:
    for d in (date, due_date):
        if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            raise ValueError(f"bad date {d!r}")
    places = 3 if currency in THREE_DECIMALS else 2
    tot = rnd(total, places)
    if tot != Decimal(total):
        raise ValueError(f"{invoice_number}: total {total} is not in whole minor units")
    sub = None if subtotal is None else rnd(subtotal, places)
    tx = None if tax is None else rnd(tax, places)
    if (sub is None) != (tx is None):
        raise ValueError(f"{invoice_number}: subtotal and tax must both be given or both be None")
    if sub is not None and sub + tx != tot:
        raise ValueError(f"{invoice_number}: {sub} + {tx} != {tot}")
    return {
        "invoice_number": invoice_number,
        "date": date,
        "due_date": due_date,
        "total": f"{tot:.{places}f}",
        "currency": currency,
        "vendor_name": vendor_name,
        "vendor_name_alt": vendor_name_alt,
        "subtotal": None if sub is None else f"{sub:.{places}f}",
        "tax": None if tx is None else f"{tx:.{places}f}",
        "lang": lang,
        "country": country,
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
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join([*parts, tail])
    return ("-" if neg else "") + whole + ("." + frac if frac else "")


DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "gujr": "૦૧૨૩૪૫૬૭૮૯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
}


def local_digits(s: str, system: str) -> str:
    table = {str(i): ch for i, ch in enumerate(DIGITS[system])}
    if system in ("arab", "fa"):
        table.update({",": "٬", ".": "٫"})
    return "".join(table.get(c, c) for c in s)


def ascii_digits(s: str) -> str:
    out = []
    for c in s:
        if unicodedata.category(c) == "Nd":
            c = str(unicodedata.digit(c))
        else:
            c = {"٬": ",", "٫": ".", "،": ","}.get(c, c)
        out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- calendars
def jalali(g: date) -> tuple[int, int, int]:
    """Gregorian -> Solar Hijri for 1403-1404 (1 Farvardin 1403 = 2024-03-20, 1404 = 2025-03-21)."""
    starts = [(1404, date(2025, 3, 21)), (1403, date(2024, 3, 20))]
    for year, start in starts:
        if g >= start:
            n = (g - start).days
            lengths = [31] * 6 + [30] * 5 + [30 if year == 1403 else 29]
            for m, ln in enumerate(lengths, 1):
                if n < ln:
                    return year, m, n + 1
                n -= ln
    raise ValueError(g)


# ---------------------------------------------------------------- fonts
_CJK_CACHE: dict[tuple[str, str, str], Path] = {}


def _source_chars() -> str:
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for p in sorted(HERE.glob("outside_docs_au*.py")):
        chars.update(p.read_text(encoding="utf-8"))
    keep = {c for c in chars if c in " \u3000" or unicodedata.category(c)[0] not in "CZ"}
    return "".join(sorted(keep))


def cjk_ttf(region: str, work: Path, bold: bool = False, serif: bool = False) -> Path:
    """A TrueType-outline subset of Noto Sans/Serif CJK covering every character in these sources.

    Noto CJK carries CFF outlines, which ReportLab cannot embed and which fpdf2 embeds with an encoding
    pdfminer cannot decode; converting the subset to glyf outlines works with both.
    """
    weight, family = ("Bold" if bold else "Regular"), ("Serif" if serif else "Sans")
    ck = (region, weight, family)
    if ck in _CJK_CACHE and _CJK_CACHE[ck].exists():
        return _CJK_CACHE[ck]
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(
        str(NOTO_CJK / f"Noto{family}CJK-{weight}.ttc"), fontNumber=CJK_INDEX[region], recalcTimestamp=False
    )
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "BASE"]
    sub = subset.Subsetter(opts)
    sub.populate(text=_source_chars())
    sub.subset(font)
    order, glyphset = font.getGlyphOrder(), font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(None)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs"):
        setattr(maxp, attr, 0)
    for attr in ("maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
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


def noto(name: str) -> tuple[Path, Path]:
    """(regular, bold) paths of a Noto TrueType family, e.g. noto('Sans')."""
    return NOTO / f"Noto{name}-Regular.ttf", NOTO / f"Noto{name}-Bold.ttf"
