"""Shared pieces of set I: number/date formatting, line items, the HTML page, Chromium and the text check.

Every template returns a :class:`Doc` holding its HTML, its key and, for each non-null key field, the exact
form printed on the page, so that ``--check`` can verify the key against the PDF's text layer.
"""

from __future__ import annotations

import random
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from pathlib import Path

FIELDS = ["invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax"]
AMOUNTS = {"total", "subtotal", "tax"}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}


def month(d: date, lang: str) -> str:
    return MONTHS[lang].split()[d.month - 1]


def ca_date(d: date) -> str:
    """Catalan long date: "16 d'octubre de 2025", "3 de febrer de 2025"."""
    m = month(d, "ca")
    return f"{d.day} d'{m} de {d.year}" if m[0] in "aeiou" else f"{d.day} de {m} de {d.year}"


def q(x: Decimal, dec: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def kstr(x: Decimal, dec: int) -> str:
    """Key form of an amount: a plain decimal string with the document's own decimals."""
    return f"{q(x, dec):.{dec}f}"


@dataclass(frozen=True)
class Num:
    """How a document prints amounts: decimals, group and decimal separators, Indian lakh grouping."""

    dec: int = 2
    group: str = ","
    point: str = "."
    lakh: bool = False

    def __call__(self, x: Decimal) -> str:
        s = kstr(x, self.dec)
        sign, s = ("-", s[1:]) if s.startswith("-") else ("", s)
        whole, _, frac = s.partition(".")
        if self.lakh and len(whole) > 3:
            head, groups = whole[:-3], [whole[-3:]]
            while head:
                groups.insert(0, head[-2:])
                head = head[:-2]
            whole = self.group.join(groups)
        else:
            whole = f"{int(whole):,}".replace(",", self.group)
        return sign + whole + (self.point + frac if self.dec else "")


@dataclass
class Line:
    desc: str
    qty: int
    unit: Decimal
    amount: Decimal


def listed(x: str | list[str]) -> list[str]:
    """A list given as a list or as one "a|b|c" string (keeps the templates short)."""
    return x.split("|") if isinstance(x, str) else x


def make_lines(
    rng: random.Random,
    catalog: str | list[str],
    k: int,
    lo: float,
    hi: float,
    step: str = "0.01",
    qmax: int = 5,
) -> list[Line]:
    """k line items from a catalogue; unit prices are multiples of ``step`` so amounts are exact."""
    st = Decimal(step)
    out = []
    for desc in rng.sample(listed(catalog), k):
        unit = rng.randint(int(Decimal(str(lo)) / st), int(Decimal(str(hi)) / st)) * st
        qty = rng.randint(1, qmax)
        out.append(Line(desc, qty, unit, unit * qty))
    return out


def total_of(lines: list[Line]) -> Decimal:
    return sum((ln.amount for ln in lines), Decimal(0))


def pick_date(rng: random.Random, lo_day: int = 13, hi_day: int = 28, months: tuple = (1, 12)) -> date:
    """An issue date in 2025; by default day > 12 so that day and month cannot be swapped."""
    return date(2025, rng.randint(*months), rng.randint(lo_day, hi_day))


ONES = listed(
    "Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|"
    "Sixteen|Seventeen|Eighteen|Nineteen"
)
TENS = listed("_|_|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety")


def en_words(n: int) -> str:
    """English words for a whole number below a billion (amount-in-words lines)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    for size, name in ((1_000_000, "Million"), (1000, "Thousand"), (100, "Hundred")):
        if n >= size:
            rest = n % size
            return f"{en_words(n // size)} {name}" + (f" {en_words(rest)}" if rest else "")
    raise ValueError(n)


def table(headers: str | list[str], rows: list[list[str]], right: set[int], cls: str = "items") -> str:
    """An HTML table; columns whose index is in ``right`` are right-aligned."""
    headers = listed(headers)

    def cells(tag: str, vals: list[str]) -> str:
        return "".join(f"<{tag}{' class=r' if i in right else ''}>{v}</{tag}>" for i, v in enumerate(vals))

    body = "".join(f"<tr>{cells('td', r)}</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{cells("th", headers)}</tr></thead><tbody>{body}</tbody></table>'


BASE_CSS = (
    "*{box-sizing:border-box} body{margin:0;font-size:9.5pt;color:#222;line-height:1.35}"
    " table{border-collapse:collapse;width:100%} td,th{padding:3px 6px;vertical-align:top;text-align:left}"
    " .r{text-align:right!important} .nw{white-space:nowrap} .b{font-weight:bold} .c{text-align:center}"
    " .small{font-size:7.5pt;color:#555} p{margin:3px 0} h1,h2,h3{margin:0}"
)


def page(body: str, css: str = "", font: str = "DejaVu Sans", margin: str = "14mm", lang: str = "en") -> str:
    head = f'<meta charset="utf-8"><style>@page{{size:A4;margin:{margin}}} {BASE_CSS}'
    style = f'{head} body{{font-family:"{font}"}} {css}</style>'
    return f'<!DOCTYPE html><html lang="{lang}"><head>{style}</head><body>{body}</body></html>'


def nw(text: str) -> str:
    """A value that must not wrap (so its words stay together in the text stream)."""
    return f'<span class="nw">{escape(text)}</span>'


@dataclass
class Doc:
    template: str
    lang: str
    html: str
    key: dict[str, str | None]
    printed: dict[str, str]


Dated = tuple[date, str]


def finish(
    template: str,
    lang: str,
    html: str,
    fmt: Num,
    number: str,
    vendor: str,
    currency: tuple[str, str],
    dates: tuple[Dated, Dated | None],
    amounts: tuple[Decimal | None, Decimal | None, Decimal],
    rounding: Decimal = Decimal(0),
) -> Doc:
    """Build the key (ISO dates, plain decimals) and the printed forms of its values.

    ``currency`` is (ISO code, form printed), each date (date, form printed), ``amounts`` (subtotal, tax,
    total); ``rounding`` is a cash-rounding line that belongs to the total.
    """
    (issued, issued_shown), due = dates
    subtotal, tax, total = amounts
    if subtotal is not None and tax is not None and subtotal + tax + rounding != total:
        raise AssertionError(f"{template}: {subtotal} + {tax} + {rounding} != {total}")
    key: dict[str, str | None] = {
        "invoice_number": number,
        "date": issued.isoformat(),
        "due_date": due[0].isoformat() if due else None,
        "total": kstr(total, fmt.dec),
        "currency": currency[0],
        "vendor_name": vendor,
        "subtotal": None if subtotal is None else kstr(subtotal, fmt.dec),
        "tax": None if tax is None else kstr(tax, fmt.dec),
    }
    printed = {"invoice_number": number, "vendor_name": vendor, "currency": currency[1], "date": issued_shown}
    if due:
        printed["due_date"] = due[1]
    for f, x in (("total", total), ("subtotal", subtotal), ("tax", tax)):
        if x is not None:
            printed[f] = fmt(x)
    key |= {"lang": lang, "template": template, "producer": "chromium"}
    return Doc(template, lang, html, key, printed)


def render(html: str, pdf: Path, work: Path) -> None:
    """Print one HTML page to PDF with headless Chromium (own profile dir, no header/footer)."""
    src = work / f"{pdf.stem}.html"
    src.write_text(html, encoding="utf-8")
    cmd = [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        f"--user-data-dir={work / 'profile'}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        src.as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    if not pdf.exists():
        raise RuntimeError(f"chromium wrote no {pdf}")


def text_stream(pdf: Path) -> str:
    """All words of the text layer in pdfplumber's extract_words order, whitespace collapsed."""
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # "Could not get FontBBox" warnings are noise here
    with pdfplumber.open(pdf) as doc:
        words = [w["text"] for p in doc.pages for w in p.extract_words()]
    return re.sub(r"\s+", " ", " ".join(words))


def problems(pdf: Path, doc: Doc) -> list[str]:
    """What is wrong with one PDF: key values missing from its text layer, (cid:..) glyphs, bad keys."""
    text = text_stream(pdf)
    out = ["(cid:..) glyphs in the text layer"] if "(cid:" in text else []
    for f in FIELDS:
        if doc.key[f] is None:
            continue
        shown = re.sub(r"\s+", " ", doc.printed[f]).strip()
        if shown not in text:
            out.append(f"{f}: {shown!r} not in text")
        if f in AMOUNTS and re.sub(r"\D", "", shown) != re.sub(r"\D", "", doc.key[f] or ""):
            out.append(f"{f}: printed {shown!r} != key {doc.key[f]!r}")
        if f in {"date", "due_date"} and str(doc.key[f])[2:4] not in shown:
            out.append(f"{f}: year of {doc.key[f]} not in {shown!r}")
    return out
