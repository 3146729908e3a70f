"""Normalisation of printed values: dates to ISO 8601, amounts to decimal strings, currencies to ISO 4217.

Hand-written on purpose: the maintained parsers (dateutil, babel) either fill missing date parts from
today or need a known locale, while a scanned receipt gives neither; OCR noise (``O`` for ``0``) also
needs handling before any parser sees the text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from idp.extractors.currencies import CURRENCY_SYMBOLS, DOLLAR_MARKS, ISO_CODES
from idp.extractors.months import MONTHS

_ACCENTED = {
    "a": "[aàâäáą]", "e": "[eéèêěę]", "u": "[uûüúů]", "c": "[cçčć]", "o": "[oôóöő]", "i": "[iîíı]",
    "r": "[rř]", "s": "[sśšş]", "z": "[zźżž]", "n": "[nńň]", "g": "[gğ]", "l": "[lł]", "y": "[yý]",
    "α": "[αά]", "ε": "[εέ]", "η": "[ηή]", "ι": "[ιίϊΐ]", "ο": "[οό]", "υ": "[υύϋΰ]", "ω": "[ωώ]",
    "и": "[ий]", "е": "[её]",
}  # fmt: skip


def _accent_class(name: str) -> str:
    return "".join(_ACCENTED.get(ch, ch) for ch in name)


# an English stem and any ending (OCR cuts and misreads endings: "Septembe"), or a whole known name of
# any language, accents optional ("août", "Dezember", "março")
_MON = (
    r"(?:(?:jan|feb|mar|apr|may|mei|jun|jul|aug|ogos|sep|oct|okt|nov|dec|dis)[a-z]*"
    + "|"
    + "|".join(_accent_class(n) for n in sorted(MONTHS, key=len, reverse=True))
    + r")\.?(?![^\W\d_])"
)
_SEP = r"[/\-.]"
# digits with the usual OCR confusions inside numeric tokens (O for 0, l/I for 1)
_D = r"[0-9OoIl]"

# a whole numeric date with a four-digit year may follow a lowercase word the recogniser glued to it
# ("del19/08/2025", "am12.03.2025"); other dates need a boundary (ids such as "INV2025/08/19")
DATE_RE = re.compile(
    rf"""(?:(?<![0-9A-Za-z])|(?<=(?-i:[a-z]))(?=\d{{1,2}}{_SEP}\d{{1,2}}{_SEP}\d{{4}}(?!\d)))(?:
        (?P<ymd>{_D}{{4}}{_SEP}{_D}{{1,2}}{_SEP}{_D}{{1,2}}|{_D}{{4}}\.\s{_D}{{1,2}}\.\s{_D}{{1,2}}\.)
      | (?P<dmy>{_D}{{1,2}}\s?{_SEP}\s?{_D}{{1,2}}\s?{_SEP}\s?{_D}{{4}}
              |{_D}{{1,2}}{_SEP}{_D}{{1,2}}{_SEP}{_D}{{2}})
      | (?P<dmony>{_D}{{1,2}}(?:st|nd|rd|th|er)?(?:\s+de)?[\s\-./]*{_MON}(?:\s+de)?[\s\-./,]*{_D}{{2,4}})
      | (?P<mondy>{_MON}[\s\-./]*{_D}{{1,2}}(?:st|nd|rd|th)?[\s,\-./]+{_D}{{4}})
      | (?P<ydmon>{_D}{{4}}-yil\s+{_D}{{1,2}}-{_MON})
      | (?P<compact>(?:19|20)\d{{6}})
      | (?P<vn>{_D}{{1,2}}\s+th[aá]ng\s+{_D}{{1,2}}\s+n[aă]m\s+{_D}{{4}})
      | (?P<cjk>(?:(?:令和|平成|民國|民国)\s?\d{{1,3}}|\d{{2,4}})
               \s?[年년]\s?\d{{1,2}}\s?[月월]\s?\d{{1,2}}\s?[日일]
               |\d{{4}}\s?оны\s?\d{{1,2}}\s?(?:-р\s)?сарын\s?\d{{1,2}})
    )(?:(?![0-9A-Za-z])|(?<=[0-9]{{4}})(?=\d{{1,2}}:\d{{2}})|(?=T\d{{2}}:\d{{2}}))""",
    re.IGNORECASE | re.VERBOSE,
)

# currencies whose documents write dates day first (used as a hint when a date is ambiguous)
DAY_FIRST_CURRENCIES = {
    "MYR", "SGD", "BND", "EUR", "GBP", "AUD", "NZD", "INR", "IDR", "THB", "HKD", "ZAR", "VND"
}  # fmt: skip
MONTH_FIRST_CURRENCIES = {"USD", "PHP"}

# Indian grouping (lakh, crore) too: "7,59,141.00"; a naira or peso sign read as N or P ("P29,687.50"), a
# rand glued to its figure ("R4,969.90"); never the tail of a grouped figure ("969.90" of "X4,969.90")
AMOUNT_RE = re.compile(
    r"(?<![0-9A-Za-z])(?<!\d[,.'])-?\(?(?:RM|MYR|USD|US\$|S\$|EUR|SGD|[$€£¥]|S(?=\d)|(?-i:[NPR])(?=\d))?\s?-?"
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.']\d{3})+|\d+)(?:[.,]\d{1,2})(?!\d)\)?-?",
    re.IGNORECASE,
)


def clean_text(raw: str | None) -> str:
    """NFKC, whitespace collapsed, stray separators trimmed (``': ACME SDN BHD |'`` -> ``'ACME SDN BHD'``)."""
    if not raw:
        return ""
    text = unicodedata.normalize("NFKC", raw)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" :;|_~=*").strip()


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _fix_digits(token: str) -> str:
    return token.translate(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"}))


def _year(text: str) -> int | None:
    if not text.isdigit():
        return None
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y if len(text) == 4 else None


_ERAS = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}  # Japanese eras, the Republic of China's


def _make(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None or m is None or d is None:
        return None
    if 2400 <= y < 2700:  # a Buddhist-era year (Thailand): 2567 is 2024
        y -= 543
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalize_date(raw: str | None, prefer_day_first: bool | None = None) -> str | None:
    """ISO 8601 date of a printed date, or None.

    Day-first vs month-first for ``a/b/y``: a part above 12 decides; otherwise ``prefer_day_first``
    (evidence the caller found: other dates on the page, the currency, a locale), except in the dotted
    form with a four-digit year, always day first; with no evidence, day first (the more common convention
    worldwide).
    """
    if not raw:
        return None
    m = DATE_RE.search(clean_text(raw))
    if m is None:
        return None
    kind = m.lastgroup
    text = m.group(0)
    if kind == "compact":
        s = text
        return _make(int(s[:4]), int(s[4:6]), int(s[6:])) or _make(int(s[4:]), int(s[2:4]), int(s[:2]))
    if kind == "cjk":  # 2024年3月14日, 2024년 5월 20일, 令和6年3月14日, 民國113年7月22日, 2025 оны 3 сарын 5
        y, mo, d = (int(p) for p in re.findall(r"\d+", text))
        era = next((e for e in _ERAS if text.startswith(e)), None)
        return _make(_ERAS[era] + y if era else 1911 + y if y < 200 else y, mo, d)
    if kind == "vn":  # Vietnamese "28 tháng 07 năm 2025": day, month, year
        d, mo, y = (int(_fix_digits(p)) for p in re.findall(r"[0-9OoIl]+", text))
        return _make(y, mo, d)
    if kind in ("ymd", "dmy"):
        parts = [_fix_digits(p) for p in re.split(r"\s*[/\-.]\s*", text.rstrip("."))]  # "2025. 03. 27."
        if not all(p.isdigit() for p in parts):
            return None
        if kind == "ymd":
            return _make(int(parts[0]), int(parts[1]), int(parts[2]))
        a, b, y = int(parts[0]), int(parts[1]), _year(parts[2])
        if a > 12 >= b:
            day_first = True
        elif b > 12 >= a:
            day_first = False
        elif re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):
            day_first = True  # "09.05.2025": day-first countries dot their dates, the US uses slashes
        else:
            day_first = True if prefer_day_first is None else prefer_day_first
        return _make(y, b, a) if day_first else _make(y, a, b)
    if kind == "ydmon":  # Uzbek "2025-yil 14-fevral": year, day, month
        year, day, name = re.split(r"-yil\s+|-", text, maxsplit=2)
        if not (_fix_digits(year).isdigit() and _fix_digits(day).isdigit()):
            return None
        month = _fold(name.lower().rstrip("."))
        return _make(
            int(_fix_digits(year)), MONTHS.get(month) or MONTHS.get(month[:3]), int(_fix_digits(day))
        )
    letters = re.search(r"[^\W\d_]{3,}\.?", re.sub(r"(?<=\d)(st|nd|rd|th|er)", "", text, flags=re.I))
    digits = re.findall(r"[0-9OoIl]+", re.sub(r"[^\W\d_]{2,}\.?", " ", text))
    if letters is None or len(digits) < 2:
        return None
    name = _fold(letters.group(0).lower().rstrip("."))
    month = MONTHS.get(name) or MONTHS.get(name[:3])
    day_s, year_s = (digits[0], digits[-1])
    return _make(
        _year(_fix_digits(year_s)), month, int(_fix_digits(day_s)) if _fix_digits(day_s).isdigit() else None
    )


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, raw) of every date-like span in a line of text."""
    return list(_dates_in(text))


@functools.lru_cache(maxsize=16384)
def _dates_in(text: str) -> tuple[tuple[int, int, str], ...]:
    # the same line is searched by several stages (amounts mask their dates, the letterhead, the due date)
    return tuple((m.start(), m.end(), m.group(0)) for m in DATE_RE.finditer(text))


def normalize_amount(raw: str | None) -> str | None:
    """A printed amount as a decimal string with two decimals (``'RM 1.234,50-'`` -> ``'-1234.50'``).

    The last of ``.``/``,`` is the decimal separator when both occur; a single separator followed by
    exactly three digits is a thousands separator; trailing minus and parentheses mean negative.
    """
    if not raw:
        return None
    text = clean_text(raw).replace(" ", "")
    text = re.sub(r"(?<=\d)[.,][-–—]{1,2}(?!\d)", "", text)  # a dash for the cents: "890,-" is 890.00
    negative = text.startswith("-") or text.endswith("-") or (text.startswith("(") and text.endswith(")"))
    # strip currency marks and other letters, after mending O->0 / l->1 inside digit runs
    text = re.sub(r"(?<=[\d.,])[Oo]|[Oo](?=[\d.,])", "0", text)
    text = re.sub(r"(?<=[\d.,])[lI]|[lI](?=[\d.,])", "1", text)
    body = re.sub(r"[^\d.,]", "", text)
    if not re.search(r"\d", body) or len(re.findall(r"\d", body)) > 15:
        return None
    body = body.strip(".,")
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        dec = "." if last_dot > last_comma else ","
    elif last_dot >= 0 or last_comma >= 0:
        sep = "." if last_dot >= 0 else ","
        tail = body.rsplit(sep, 1)[1]
        dec = sep if body.count(sep) == 1 and len(tail) != 3 else None
    else:
        dec = None
    if dec is None:
        number = re.sub(r"[.,]", "", body)
    else:
        whole, frac = body.rsplit(dec, 1)
        number = re.sub(r"[.,]", "", whole) + "." + frac
    try:
        value = Decimal(number).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return None
    return str(-value if negative and value != 0 else value)


def find_amounts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, raw) of every amount-like span (with decimals) in a line of text.

    A leading ``S`` glued to the digits is OCR's reading of ``$`` and is reported as ``$``."""
    out = []
    for m in AMOUNT_RE.finditer(text):
        raw = m.group(0).strip()
        out.append((m.start(), m.end(), "$" + raw[1:] if re.match(r"S\d", raw) else raw))
    return out


def normalize_currency(raw_or_symbol: str | None) -> str | None:
    """ISO 4217 code for a symbol or code (``'RM'`` -> ``'MYR'``, ``'$'`` -> ``'USD'``), else None."""
    if not raw_or_symbol:
        return None
    text = clean_text(raw_or_symbol)
    key = text.lower()
    if key in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[key]
    if text.upper() in ISO_CODES:
        return text.upper()
    m = re.match(rf"^({DOLLAR_MARKS}|RM|[A-Z]{{3}}|[$€£¥₹₱₦₵฿₩₡])", text, re.IGNORECASE)
    if m:
        return normalize_currency(m.group(1)) if m.group(1) != text else None
    return None


def find_currency(text: str) -> str | None:
    """The first currency mark in a line of text (``'TOTAL RM 9.00'`` -> ``'MYR'``)."""
    for m in re.finditer(rf"(?<![A-Za-z])({DOLLAR_MARKS}|RM|[A-Z]{{3}}|[$€£¥₹₱₦₵฿₩])(?![A-Za-z])", text):
        code = normalize_currency(m.group(1))
        if code is not None:
            return code
    return None
