"""Typed values in printed text: the part of a cell that is a date, an amount, an id ... normalised.

One function per field type of the schemas (:data:`idp.extractors.schema.FieldType`), each returning the
``(start, end, normalised)`` of the first value of its type in a text, or None. ``text``, ``name`` and
``address`` take the whole text when it has letters and does not look like another label.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from idp.extractors.currencies import DOLLAR_MARKS, ISO_CODES
from idp.extractors.normalize import (
    clean_text,
    find_amounts,
    find_dates,
    normalize_amount,
    normalize_currency,
    normalize_date,
)
from idp.extractors.text_tidy import address_separators

Found = tuple[int, int, str]

# French and Swiss print thousands with spaces ("1 234,50"); only trusted with a decimal comma, so that
# a receipt's "2 120.00" (quantity, price) stays two numbers
SPACED_AMOUNT = re.compile(
    r"(?<![0-9A-Za-z.,])-?(?:[$€£¥]\s?)?\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{2}(?!\d)(?:\s?[€£])?"
)
# an amount printed without decimals is one only next to a currency mark (``JPY 1,873,379``, ``125 000 Ft``,
# ``Total (HUF) 2 360 174``: yen, won and forint amounts have none); a bare "1,873" stays a number
_MARK = r"NT\$|[A-Z]{3}|[$€£¥₩₹₫]|Ft|kr|zł|Kč|Rp|грн"
_WHOLE = r"\d{1,3}(?:[,.'\u202f ]\d{3})+|\d{1,9}"
WHOLE_AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9])(?P<cur>{_MARK})\)?\s?-?(?:{_WHOLE})(?![.,'\u202f ]?\d)"
    rf"|(?<![\w.,])(?:{_WHOLE})(?![.,]\d)\s?(?P<cur_after>{_MARK})(?![A-Za-z])"
)
# a whole amount written with a dash for its cents ("11 849,- Kč", "Fr. 120.–"): money with or without a mark
DASH_CENTS_AMOUNT = re.compile(rf"(?<![\w.,'\u202f-])-?(?:{_WHOLE})[.,][-–—]{{1,2}}(?![\w\d])")
# with a decimal point only after a currency mark ("R 86 362.93", "CHF 1 817.40") or a label's colon ("Jami
# to'lov: 31 000.00"), as "2 120.00" on a receipt is a quantity and a price
SPACED_POINT_AMOUNT = re.compile(
    r"(?<![A-Za-z])(?P<cur>[A-Z]{3}|R|kr|[$€£¥]|:)\s?(?P<num>-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+\.\d{2})(?!\d)"
)
ID_TOKEN = re.compile(r"(?<![^\W_])[^\W_][\w\-/.]*\d[\w\-/.]*")  # letters of any script: "СФ-0000723"
PHONE = re.compile(r"\+?\(?\d[\d\s().\-/]{6,}\d")
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w.,]*\d)")
CURRENCY_TOKEN = re.compile(
    rf"(?<![A-Za-z])({DOLLAR_MARKS}|RM|Rp|Rs\.?|KSh|Ksh|Tk\.?|L\.E\.|LE|S/\.?|won|GH₵|TSh|USh|R\.O\.|B/\.|"
    r"Bs\.?|FCFA|CFA|FRw|Lekë|Lek|so'm|Gs\.?|[A-Z]{3}|zł|Kč|Ft|lei|kr|Kr|TL|DH|Dh|DT|JD|KD|Kz|Br|Ar|BD|"
    r"Rf|Nu|din|лв|R|Q|грн|RMB|人民币|บาท|ש\"ח|ج\.م|د\.ك|د\.إ|درهم|ر\.س|ر\.ق|د\.أ|د\.ب|ر\.ع|रु\.|"
    r"جنيه مصري|دينار بحريني|دينار كويتي|ريال عماني|ریال|тенге|төгрөг|"
    r"[$€£¥₹₱₦₵฿₩₺₪₴₫৳₡៛₲₼₾֏₭₮₸円원元])(?![A-Za-z])"
)
# a lira, a rand, a rupee, a taka, an Egyptian pound, a sol, a won: currencies only beside a figure
LETTER_MARKS = {"TL", "R", "Rp", "Rs", "Rs.", "KSh", "Ksh", "Tk", "Tk.", "LE", "L.E.", "S/", "S/.", "won"} | {
    "KSH", "TSh", "USh", "R.O.", "B/.", "Bs", "Bs.", "DH", "Dh", "DT", "JD", "KD", "din", "лв", "Q", "Kz",
    "Br", "Ar", "BD", "Rf", "Nu", "Lek", "Lekë", "so'm", "Gs", "Gs.", "CFA", "FCFA", "FRw", "RMB", "元",
}  # fmt: skip
# scripts written without spaces, whose titles and labels are often letterspaced: 御 請 求 書, 合 計
SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# letters of Hebrew and Arabic, written right to left (not the Arabic-Indic digits, which run left to right)
RTL_LETTER = re.compile(r"[\u0590-\u05ff\u0600-\u065f\u066e-\u06ef\u06fa-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
LABEL_LIKE = re.compile(r"^[^\d:]{2,40}:\s*$")


def fold(text: str) -> str:
    """Lower case without accents, one character for one (offsets in the folded text stay valid)."""
    if text.isascii():  # most lines: nothing to strip, and ASCII lower-cases one for one
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


# letters with a stroke have no decomposition, and OCR reads them without it ("Termin platności")
_STROKED = {
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ø": "o",
    "Ø": "o",
    "ı": "i",
    "ħ": "h",
    "ς": "σ",
}  # σ: final


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _STROKED:
        return _STROKED[ch]
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).lower()
    return base if len(base) == 1 else ch


def whole_amounts(text: str) -> list[Found]:
    """Amounts without decimals that a currency mark (an ISO code or a symbol) names."""
    out = []
    for m in WHOLE_AMOUNT.finditer(text):
        cur = m.group("cur") or m.group("cur_after")
        if len(cur) == 3 and cur.isalpha() and cur not in ISO_CODES:
            continue
        out.append((m.start(), m.end(), m.group(0).strip()))
    return out


def amounts_in(text: str) -> list[Found]:
    """Every amount, as (start, end, raw): :func:`find_amounts` (with decimals) plus space-grouped ones
    and whole amounts next to a currency mark (:func:`whole_amounts`)."""
    found = [*SPACED_AMOUNT.finditer(text), *DASH_CENTS_AMOUNT.finditer(text)]
    out = [(m.start(), m.end(), m.group(0).strip()) for m in found]
    out += [
        (m.start("num"), m.end("num"), m.group("num"))
        for m in SPACED_POINT_AMOUNT.finditer(text)
        if len(m.group("cur")) != 3 or m.group("cur") in ISO_CODES
    ]
    for found in [*find_amounts(text), *whole_amounts(text)]:
        if not any(s <= found[0] < e or s < found[1] <= e or found[0] <= s < found[1] for s, e, _ in out):
            out.append(found)
    return sorted(out)


def parse_amount(text: str, day_first: bool | None = None) -> Found | None:
    for start, end, raw in amounts_in(mask_dates(text)):
        value = normalize_amount(raw)
        if value is not None and not text[end : end + 2].strip().startswith("%"):
            return start, end, value
    return None


def mask_dates(text: str) -> str:
    """``text`` with its dates blanked out (their figures are no amounts)."""
    for start, end, _ in find_dates(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def parse_date(text: str, day_first: bool | None = None) -> Found | None:
    for start, end, raw in find_dates(text):
        value = normalize_date(raw, day_first)
        if value is not None:
            return start, end, value
    return None


def _mend_segment(seg: str) -> str:
    prefix = re.fullmatch(r"([A-Z0]*[A-Z])(\d{3,})", seg)
    if prefix is not None and "0" in prefix.group(1):  # a letter prefix before the digits: "0N4459796"
        return prefix.group(1).replace("0", "O") + prefix.group(2)
    rest = re.sub(r"[0OIl]", "", seg)
    # letters with a 0 among them: "P0L" is "POL"; not a hexadecimal run of five or more ("F0BAC")
    if rest.isalpha() and rest.isupper() and not (len(seg) >= 5 and set(rest) <= set("ABCDEF")):
        return seg.replace("0", "O")
    if rest.isdigit() and len(rest) >= 2:  # digits with an O or l among them: "2O19" is "2019"
        return seg.translate(str.maketrans({"O": "0", "I": "1", "l": "1"}))
    return seg


def normalize_id(token: str) -> str:
    """An identifier as printed, with OCR's usual letter/digit swaps mended inside each segment
    (segments split at ``-/._``): a 0 among capitals (or in a letter prefix) is an O, an O, I or l among
    digits a digit."""
    return "".join(_mend_segment(p) for p in re.split(r"([\-/._])", token))


# a number printed in groups ("60 3558 4523", "PXW 9994297", "FT 2025/1251") when it is all the value there is
SPACED_ID = re.compile(r"\s*((?=[A-Z0-9 /.-]*\d)[A-Z0-9]{1,6}(?: [A-Z0-9][A-Z0-9/.-]{1,11}){1,4})\s*")


def parse_id(text: str, day_first: bool | None = None) -> Found | None:
    whole = SPACED_ID.fullmatch(text)
    if whole is not None and not find_dates(text):
        return whole.start(1), whole.end(1), normalize_id(whole.group(1).replace(" ", ""))
    dates = [(a, b) for a, b, raw in find_dates(text) if normalize_date(raw) is not None]
    for m in ID_TOKEN.finditer(text):
        token = m.group(0).rstrip("._-/")
        if find_dates(token) and find_dates(token)[0][2] == token and normalize_date(token) is not None:
            continue  # a date is not an id (20240746, no day 46, is one)
        in_time = re.match(r":\d{2}\b", text[m.end() :]) or re.search(r"\d:$", text[: m.start()])
        if in_time or any(a <= m.start() and m.start() + len(token) <= b for a, b in dates):
            continue  # nor is the day of one ("13 de mayo de 2025") or the hour of a time ("19:47"); an id
            # may open with a date ("20240520-41000028-73902641", a Korean tax invoice's approval number)
        return m.start(), m.start() + len(token), normalize_id(token)
    return None


def parse_currency(text: str, day_first: bool | None = None) -> Found | None:
    for m in CURRENCY_TOKEN.finditer(text):
        code = normalize_currency(m.group(1))
        if code is not None and (len(m.group(1)) != 3 or m.group(1) in ISO_CODES):
            return m.start(), m.end(), code
    return None


def parse_phone(text: str, day_first: bool | None = None) -> Found | None:
    m = PHONE.search(text)
    if m is None or sum(c.isdigit() for c in m.group(0)) < 7:
        return None
    return m.start(), m.end(), re.sub(r"[^\d+]", "", m.group(0))


def parse_email(text: str, day_first: bool | None = None) -> Found | None:
    m = EMAIL.search(text)
    return (m.start(), m.end(), m.group(0).lower()) if m else None


def parse_iban(text: str, day_first: bool | None = None) -> Found | None:
    m = IBAN.search(text.upper())
    return (m.start(), m.end(), m.group(0).replace(" ", "")) if m else None


def parse_number(text: str, day_first: bool | None = None) -> Found | None:
    m = NUMBER.search(text)
    if m is None:
        return None
    try:
        value = Decimal(m.group(0).replace(",", "."))
    except InvalidOperation:
        return None
    return m.start(), m.end(), format(value.normalize(), "f")


def mend_text(text: str) -> str:
    """OCR's usual letter swaps inside words mended: a capital I between a capital and lower-case letters
    is an l (``JIn`` -> ``Jln``, ``CIinic`` -> ``Clinic``), a 0 between letters an o (``Ph0ne``), and a
    0 or 1 ending a name in a dotted abbreviation of single letters an o or an l (``d.o.0.``, ``r.1.``,
    ``Sp. z 0.0.``, ``S.r.I.``), and ``A.$.`` a Turkish ``A.Ş.``;
    and the spaces a recogniser drops after an ampersand and before a legal form (``Jensen &HolmApS`` ->
    ``Jensen & Holm ApS``; a single letter before one is its own: ``gGmbH``)."""
    text = re.sub(r"(?<= &)(?=[^\W\d_])", " ", text)
    text = re.sub(r"(?<=[a-zà-ÿ]{2})(?=(ApS|GmbH|AG|Ltd|Inc|LLC|OG|KG|BV|SpA|Srl|SARL|Oy)\b)", " ", text)
    text = re.sub(r"(?<=\b[A-Z])I(?=[a-z])", "l", text)
    text = re.sub(r"(?<=\b[^\W\d_]\.)[01](?=\.$)", lambda m: "o" if m.group() == "0" else "l", text)
    text = re.sub(r"(?<=\b[zZ] )[0oO]\.[0oO]\.(?=$|\s)", "o.o.", text)  # Polish "Sp. z 0.0."
    text = re.sub(r"(?<=\b[a-z]\.)I(?=\.$)", "l", text)  # "S.r.I." -> "S.r.l."
    text = re.sub(r"(?<=\bA\.)\$(?=\.?$)", "Ş", text)  # Turkish "A.$." -> "A.Ş."
    return re.sub(r"(?<=[A-Za-z])0(?=[a-z])", "o", text)


def parse_text(text: str, day_first: bool | None = None) -> Found | None:
    """The text itself, trimmed of separators and mended (:func:`mend_text`), when it has letters and is
    not a ``label:`` of its own."""
    stripped = clean_text(text)
    if sum(c.isalpha() for c in stripped) < 2 or LABEL_LIKE.match(text):
        return None
    start = text.find(stripped[:1]) if stripped else 0
    return start, start + len(stripped), mend_text(stripped)


PARSERS: dict[str, Callable[[str, bool | None], Found | None]] = {
    "text": parse_text,
    "name": parse_text,
    "address": parse_text,
    "date": parse_date,
    "amount": parse_amount,
    "currency": parse_currency,
    "id": parse_id,
    "phone": parse_phone,
    "email": parse_email,
    "iban": parse_iban,
    "number": parse_number,
}
# types whose values have a shape of their own: found after a label anywhere in a cell, not only at its start
SHAPED = {"date", "amount", "currency", "id", "phone", "email", "iban", "number"}


def parse_value(field_type: str, text: str, day_first: bool | None = None) -> Found | None:
    """(start, end, normalised) of the first value of ``field_type`` in ``text``."""
    parser = PARSERS.get(field_type)
    return parser(text, day_first) if parser else None


def detect_type(text: str, day_first: bool | None = None) -> tuple[str, str] | None:
    """The type and normalised value of a whole value (forms): date, amount, email, phone; else None."""
    stripped = clean_text(text)
    for kind in ("date", "email", "amount", "phone"):
        found = parse_value(kind, stripped, day_first)
        if found is not None and found[1] - found[0] >= 0.8 * len(stripped):
            return kind, found[2]
    return None


def normalise(normaliser: str, raw: str, day_first: bool | None = None) -> str | None:
    """A printed value through a schema field's ``normaliser`` (``none`` keeps it as printed)."""
    if normaliser == "none":
        return raw
    if normaliser == "text":
        return mend_text(clean_text(raw)) or None
    if normaliser == "address":
        return address_separators(mend_text(clean_text(raw))) or None
    if normaliser == "id":
        return normalize_id(clean_text(raw).replace(" ", "")) or None
    found = parse_value(normaliser, raw, day_first)
    return found[2] if found is not None else None
