"""Shared pieces of set J: the document record, number and date formats, WeasyPrint rendering, the check.

Every template in ``outside_docs_j*.py`` returns a :class:`Doc`: its HTML, its key (as in set E) and, for
each key field, the exact form in which the value is printed, so that ``--check`` can find it in the PDF's
text layer.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

FIELDS = ["invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax"]
CENT = Decimal("0.01")
SPACES = "\u00a0\u202f\u2009\u2007"


@dataclass
class Doc:
    template: str
    lang: str
    html: str
    key: dict[str, str | None]
    printed: dict[str, tuple[str, ...]]
    #: fields whose printed form may legitimately occur more than once (e.g. a symbol)
    repeats: frozenset[str] = field(default_factory=frozenset)


def q2(x: Decimal | int | str) -> Decimal:
    return Decimal(x).quantize(CENT, ROUND_HALF_UP)


def money(x: Decimal, style: str = "en", places: int = 2) -> str:
    """Format ``x`` in one of the grouping styles real invoices use.

    en 1,234.56 · de 1.234,56 · fr 1 234,56 (no-break space) · ch 1'234.56 · in 1,23,456.78 (lakh) ·
    sp 1 234.56 · plain 1234.56
    """
    x = Decimal(x).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    if x < 0:
        return "-" + money(-x, style, places)
    whole, _, frac = f"{x:.{places}f}".partition(".")
    if style == "in" and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        groups = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
        grouped = ",".join([*groups, tail])
    else:
        grouped = f"{int(whole):,}"
    sep, dec = {
        "en": (",", "."),
        "in": (",", "."),
        "de": (".", ","),
        "fr": ("\u00a0", ","),
        "ch": ("'", "."),
        "sp": ("\u00a0", "."),
        "plain": ("", "."),
    }[style]
    if style != "in":
        grouped = grouped.replace(",", sep)
    return grouped + (dec + frac if places else "")


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def fdate(d: date, fmt: str, lang: str = "en") -> str:
    """``fmt`` uses {d} {dd} {m} {mm} {yyyy} {yy} {month} {mon} (first three letters of the month name)."""
    month = MONTHS[lang].split()[d.month - 1]
    return fmt.format(
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
    """A weekday issue date in 2024-2025 that leaves room for earlier and later decoy dates."""
    d = date(2024, 2, 1) + timedelta(days=rng.randrange(0, 600))
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


def esc(s: object) -> str:
    return html.escape(str(s), quote=False)


def page(css: str, body: str, lang: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>{css}</style></head>'
        f"<body>{body}</body></html>"
    )


def make(
    template: str, lang: str, html_text: str, repeats: frozenset[str] = frozenset(), **fields: object
) -> Doc:
    """Build a Doc; each keyword is a key field mapped to ``(value, printed form)`` or None (not printed).

    A value that is a sum of printed parts (CGST + SGST) gives the tuple of the parts as its printed form.
    """
    key: dict[str, str | None] = {}
    printed: dict[str, tuple[str, ...]] = {}
    for f in FIELDS:
        item = fields.get(f)
        if item is None:
            key[f] = None
            continue
        value, shown = item  # type: ignore[misc]
        if f in ("total", "subtotal", "tax"):
            value = q2(value)  # every document here prints two decimals
        key[f] = value.isoformat() if isinstance(value, date) else str(value)
        printed[f] = tuple(shown) if isinstance(shown, tuple) else (str(shown),)
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown key fields {unknown}")
    key.update(lang=lang, template=template, producer="weasyprint")
    return Doc(template, lang, html_text, key, printed, repeats)


def render(html_text: str, pdf: Path) -> None:
    from weasyprint import HTML

    HTML(string=html_text).write_pdf(pdf)


def flat(s: str) -> str:
    for ch in SPACES:
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


def occurrences(text: str, shown: str) -> int:
    """How often ``shown`` occurs in ``text`` as a whole token (not inside a longer number or word)."""
    shown = flat(shown)
    # a digit group just before (``1 234,56`` when looking for ``234,56``) continues the number
    group = r"(?<!\d[.,'])" + "".join(rf"(?<!(?<![\w.,'/:-])\d{{{k}}} )" for k in (1, 2, 3))
    before = r"(?<![\w])" + (group if shown[:1].isdigit() else "")
    after = r"(?![\w])" + (r"(?![.,']\d)" if shown[-1:].isdigit() else "")
    pat = before + re.escape(shown) + after
    return len(re.findall(pat, text))


def problems(pdf: Path, doc: Doc) -> list[str]:
    """What is wrong with a rendered PDF: missing or repeated key values, (cid:..) glyphs."""
    import pdfplumber

    with pdfplumber.open(pdf) as p:
        text = flat(" ".join(w["text"] for pg in p.pages for w in pg.extract_words()))
    found = []
    if "(cid:" in text:
        found.append("text layer has (cid:..) glyphs")
    single = {f: flat(s[0]) for f, s in doc.printed.items() if len(s) == 1}
    for f, parts in doc.printed.items():
        for shown in map(flat, parts):
            n = text.count(shown) if f == "currency" else occurrences(text, shown)
            want = sum(1 for s in single.values() if s == shown)
            if n == 0:
                found.append(f"{f}: {shown!r} not in text layer")
            elif len(parts) == 1 and n != want and f not in doc.repeats and f != "currency":
                found.append(f"{f}: {shown!r} printed {n} times")
    return found


def build_set(
    out: Path, label: str, templates: list[Callable[[random.Random], Doc]], n: int, seed: int
) -> list[tuple[Path, Doc]]:
    """``n`` documents of ``templates`` in turn, rendered to ``<out>/<label>/pdf``, their keys in ``key``."""
    root = out / label
    shutil.rmtree(root, ignore_errors=True)
    (root / "pdf").mkdir(parents=True)
    (root / "key").mkdir(parents=True)
    made = []
    for i in range(n):
        doc = templates[i % len(templates)](random.Random(seed * 1000 + i))
        stem = f"{label.lower()}{i + 1:02d}_{doc.template}"
        pdf = root / "pdf" / f"{stem}.pdf"
        render(doc.html, pdf)
        (root / "key" / f"{stem}.json").write_text(json.dumps(doc.key, ensure_ascii=False, indent=1) + "\n")
        made.append((pdf, doc))
    return made


def run_set(description: str, label: str, templates: list[Callable[[random.Random], Doc]], seed: int) -> None:
    """The command line of the WeasyPrint invoice sets (J, U): write them, ``--check`` the text layers."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=len(templates))
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    made = build_set(args.out, label, templates, args.n, args.seed)
    print(f"wrote {len(made)} PDFs and keys to {args.out / label}")
    if args.check:
        bad = 0
        for pdf, doc in made:
            found = problems(pdf, doc)
            bad += bool(found)
            print(f"{pdf.stem:24s} {'ok' if not found else 'FAIL'}")
            for p in found:
                print(f"    {p}")
        print(f"{len(made) - bad}/{len(made)} PDFs pass the text-layer check")
        sys.exit(1 if bad else 0)
