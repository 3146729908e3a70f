"""Shared helpers for the Asia / Middle East outside-invoice benchmark (see outside_invoices_as.py).

Money formatting (western, lakh, Eastern Arabic digits), amount-in-words (Chinese capitals, English,
Indian, Thai bahttext, Korean), calendar conversions (Reiwa, ROC/Minguo, Buddhist era), drawn seals,
fake QR codes / barcodes and the HTML page wrapper.  Everything is deterministic.
"""

from __future__ import annotations

import html
import math
import random
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places: int = 2, rounding=ROUND_HALF_UP) -> Decimal:
    return D(x).quantize(D(1).scaleb(-places), rounding=rounding)


def qdown(x, places: int = 0) -> Decimal:
    """Truncation (切り捨て), the usual rounding for Japanese consumption tax."""
    return q(x, places, ROUND_DOWN)


def group(digits: str, lakh: bool = False, sep: str = ",") -> str:
    if lakh and len(digits) > 3:
        head, parts = digits[:-3], [digits[-3:]]
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts)
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


def money(x, places: int = 2, sep: str = ",", dec: str = ".", lakh: bool = False) -> str:
    v = q(x, places)
    s = f"{abs(v):.{places}f}"
    ip, _, fp = s.partition(".")
    out = group(ip, lakh, sep) + (dec + fp if places else "")
    return "-" + out if v < 0 else out


_EASTERN = str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫")


def eastern(s: str) -> str:
    """Western digits (and , .) to Eastern Arabic-Indic digits with Arabic separators."""
    return s.translate(_EASTERN)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- calendars
def reiwa(d: date) -> str:
    y = d.year - 2018
    return f"令和{'元' if y == 1 else y}年{d.month}月{d.day}日"


def roc_year(d: date) -> int:
    return d.year - 1911


def be_year(d: date) -> int:
    return d.year + 543


TH_MONTHS = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]  # fmt: skip


def th_date_long(d: date) -> str:
    return f"{d.day} {TH_MONTHS[d.month - 1]} {be_year(d)}"


def th_date_short(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{be_year(d)}"


# ---------------------------------------------------------------- amounts in words
def cn_upper(x, trad: bool = False) -> str:
    """Chinese financial capitals, e.g. 22800.01 -> 贰万贰仟捌佰圆零壹分."""
    digits = "零壹貳參肆伍陸柒捌玖" if trad else "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    bigs = ["", "萬", "億"] if trad else ["", "万", "亿"]
    yuan = "元" if trad else "圆"
    v = q(x)
    ip = int(v)
    cents = int((v - ip) * 100)
    s = str(ip)
    groups = []
    while s:
        groups.insert(0, s[-4:])
        s = s[:-4]
    out, pending = "", False
    for gi, g in enumerate(groups):
        big = bigs[len(groups) - 1 - gi]
        if int(g) == 0:
            pending = pending or bool(out)
            continue
        if out:
            g = g.zfill(4)
        for i, ch in enumerate(g):
            d = int(ch)
            if d == 0:
                pending = pending or bool(out)
                continue
            if pending:
                out += digits[0]
                pending = False
            out += digits[d] + units[len(g) - 1 - i]
        out += big
        pending = False
    out = (out or digits[0]) + yuan
    jiao, fen = divmod(cents, 10)
    if not cents:
        return out + "整"
    if jiao:
        out += digits[jiao] + "角"
    else:
        out += digits[0]
    if fen:
        out += digits[fen] + "分"
    return out


_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_lt1000(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(_ONES[n // 100] + " hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def en_words(n: int, indian: bool = False) -> str:
    """Integer to English words, Title Case; indian=True uses crore / lakh."""
    if n == 0:
        return "Zero"
    scale = (
        [(10**7, "crore"), (10**5, "lakh"), (1000, "thousand")]
        if indian
        else [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]
    )
    parts = []
    for size, name in scale:
        if n >= size:
            parts.append(
                (en_words(n // size, indian).lower() if n // size >= 1000 else _en_lt1000(n // size))
                + " "
                + name
            )
            n %= size
    if n:
        parts.append(_en_lt1000(n))
    return " ".join(parts).title()


TH_DIG = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
TH_UNIT = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]


def _th_int(n: int) -> str:
    if n >= 10**6:
        rest = n % 10**6
        return _th_int(n // 10**6) + "ล้าน" + (_th_int(rest) if rest else "")
    s, out = str(n), ""
    for i, ch in enumerate(s):
        d, pos = int(ch), len(s) - 1 - i
        if d == 0:
            continue
        if pos == 1 and d == 1:
            out += "สิบ"
        elif pos == 1 and d == 2:
            out += "ยี่สิบ"
        elif pos == 0 and d == 1 and len(s) > 1:
            out += "เอ็ด"
        else:
            out += TH_DIG[d] + TH_UNIT[pos]
    return out


def bahttext(x) -> str:
    v = q(x)
    ip = int(v)
    st = int((v - ip) * 100)
    return (_th_int(ip) or "ศูนย์") + "บาท" + (_th_int(st) + "สตางค์" if st else "ถ้วน")


def ko_words(n: int) -> str:
    """Formal Korean amount: 3300000 -> 일금 삼백삼십만원정 (일 kept before 천/백/십)."""
    dig, units, bigs = "영일이삼사오육칠팔구", ["", "십", "백", "천"], ["", "만", "억", "조"]
    s, out, gi = str(n), [], 0
    while s:
        g, s = s[-4:], s[:-4]
        word = ""
        for i, ch in enumerate(g):
            if ch != "0":
                word += dig[int(ch)] + units[len(g) - 1 - i]
        if word:
            out.insert(0, word + bigs[gi])
        gi += 1
    return "일금 " + "".join(out) + "원정"


# ---------------------------------------------------------------- drawings
def stamp(lines, *, size: float = 22, shape: str = "circle", rot: float = -8, style: str = "", fs: float = 7):
    """A red seal (round company chop, square 角印 or oval) as a positioned HTML box."""
    radius = {"circle": "50%", "square": "1.2mm", "oval": "50% / 42%"}[shape]
    height = size * (0.72 if shape == "oval" else 1)
    inner = "<br>".join(esc(x) for x in lines)
    return (
        f'<div class="seal" style="width:{size}mm;height:{height}mm;border-radius:{radius};'
        f'transform:rotate({rot}deg);{style}">'
        f'<div class="seal-in" style="font-size:{fs}pt">{inner}</div></div>'
    )


def seal_svg(
    ring: str,
    *,
    center: str = "★",
    bottom: str = "",
    size: float = 36,
    style: str = "",
    font: str = "Noto Serif CJK SC",
    span: float = 250,
) -> str:
    """Round Chinese/Korean company seal: name characters set one by one around the rim, star in middle."""
    n, parts = len(ring), []
    for i, ch in enumerate(ring):
        a = -span / 2 + span * (i + 0.5) / n
        x, y = 50 + 35 * math.sin(math.radians(a)), 50 - 35 * math.cos(math.radians(a))
        parts.append(
            f'<text transform="translate({x:.2f} {y:.2f}) rotate({a:.1f})" text-anchor="middle" dy="4.5" '
            f'font-size="{min(15, 0.9 * 35 * math.radians(span) / max(n, 1)):.1f}">{esc(ch)}</text>'
        )
    cfs = 30 if len(center) == 1 else min(24, 64 / max(len(center), 1))
    mid = (
        f'<text x="50" y="{50 + cfs * 0.35:.1f}" text-anchor="middle" '
        f'font-size="{cfs:.1f}">{esc(center)}</text>'
    )
    mid = mid if center else ""
    low = f'<text x="50" y="80" text-anchor="middle" font-size="10">{esc(bottom)}</text>' if bottom else ""
    return (
        f'<div class="svgseal" style="{style}"><svg xmlns="http://www.w3.org/2000/svg" width="{size}mm" '
        f'height="{size}mm" viewBox="0 0 100 100"><g fill="#d3262b" font-family="{font}">'
        f'<circle cx="50" cy="50" r="47" fill="none" stroke="#d3262b" stroke-width="3"/>'
        f"{''.join(parts)}{mid}{low}</g></svg></div>"
    )


def qr_svg(seed: int, size_mm: float = 18, n: int = 25) -> str:
    rng = random.Random(seed)
    cells = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                if 0 <= ox + x < n and 0 <= oy + y < n:
                    ring = max(abs(x - 3), abs(y - 3))
                    cells[oy + y][ox + x] = ring in (0, 1, 3) if 0 <= x <= 6 and 0 <= y <= 6 else False
    rects = "".join(
        f'<rect x="{x}" y="{y}" width="1" height="1"/>' for y in range(n) for x in range(n) if cells[y][x]
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size_mm}mm" height="{size_mm}mm" '
        f'viewBox="-1 -1 {n + 2} {n + 2}"><rect x="-1" y="-1" width="{n + 2}" height="{n + 2}" fill="#fff"/>'
        f'<g fill="#000">{rects}</g></svg>'
    )


def barcode_svg(seed: int, width_mm: float = 45, height_mm: float = 8, bars: int = 70) -> str:
    rng = random.Random(seed)
    x, rects = 0.0, []
    for i in range(bars):
        w = rng.choice((1, 1, 2, 3))
        if i % 2 == 0:
            rects.append(f'<rect x="{x}" y="0" width="{w}" height="10"/>')
        x += w
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_mm}mm" height="{height_mm}mm" '
        f'viewBox="0 0 {x} 10" preserveAspectRatio="none"><g fill="#000">{"".join(rects)}</g></svg>'
    )


BASE_CSS = """
* { box-sizing: border-box; }
body { margin: 0; line-height: 1.35; color: #1f1f1f; }
table { border-collapse: collapse; }
.r { text-align: right; } .c { text-align: center; } .l { text-align: left; }
.b { font-weight: bold; } .small { font-size: 7.5pt; } .muted { color: #666; }
.nowrap { white-space: nowrap; }
.seal { position: absolute; border: 0.65mm solid #d3262b; color: #d3262b; text-align: center; opacity: 0.82; }
.seal-in { position: absolute; left: 0; right: 0; top: 50%; transform: translateY(-50%); font-weight: bold;
           line-height: 1.15; padding: 0 0.5mm; }
.svgseal { position: absolute; opacity: 0.8; }
"""


def page(
    body: str,
    *,
    lang: str,
    title: str,
    font: str,
    css: str = "",
    size: str = "A4",
    margin: str = "14mm",
    direction: str = "ltr",
    fs: str = "9.5pt",
    created: date | None = None,
) -> str:
    stamp_date = (created or date(2024, 1, 1)).isoformat()
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        f'<meta name="dcterms.created" content="{stamp_date}T09:00:00+00:00">'
        f'<meta name="dcterms.modified" content="{stamp_date}T09:00:00+00:00">'
        f"<style>@page {{ size: {size}; margin: {margin}; }} body {{ font-family: {font}; font-size: {fs}; }}"
        f"{BASE_CSS}{css}</style></head><body>{body}</body></html>"
    )


def make_key(
    *,
    number: str,
    issued: date,
    total,
    currency: str,
    vendor: str,
    lang: str,
    template: str,
    due: date | None = None,
    subtotal=None,
    tax=None,
) -> dict:
    """Build the ground-truth record; amounts are normalised to two decimals."""
    total = D(total)
    assert q(total, 3) == q(total, 2), f"total {total} does not fit two decimals"
    if subtotal is not None and tax is not None:
        assert q(D(subtotal)) + q(D(tax)) == q(total), (subtotal, tax, total)
    return {
        "invoice_number": number,
        "date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "total": f"{q(total):.2f}",
        "currency": currency,
        "vendor_name": vendor,
        "subtotal": None if subtotal is None else f"{q(D(subtotal)):.2f}",
        "tax": None if tax is None else f"{q(D(tax)):.2f}",
        "lang": lang,
        "template": template,
        "producer": "weasyprint",
    }


def doc(stem: str, html_text: str, key: dict) -> dict:
    return {"stem": stem, "html": html_text, "key": key}
