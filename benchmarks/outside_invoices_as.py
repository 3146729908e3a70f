"""Held-out benchmark: 24 digital invoices from Asia and the Middle East, rendered with WeasyPrint.

Usage:
    python benchmarks/outside_invoices_as.py --out /tmp/outside_invoices/AS [--check] [--only STEM ...]

Writes ``pdf/<stem>.pdf`` and ``key/<stem>.json`` under --out.  The key records what a person reading the
page would note down (invoice number as printed, Gregorian dates, grand total, currency, vendor ...).
With --check every PDF is re-opened with pdfplumber and the printed invoice number, total and vendor name
are looked up in the extracted text layer (right-to-left scripts are also matched in visual order).
The documents are built in outside_docs_as2.py ... outside_docs_as7.py; helpers live in outside_docs_as1.py.
"""

from __future__ import annotations

import argparse
import difflib
import json
import logging
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_docs_as2
import outside_docs_as3
import outside_docs_as4
import outside_docs_as5
import outside_docs_as6
import outside_docs_as7
from outside_docs_as1 import eastern, money

MODULES = [
    outside_docs_as2,
    outside_docs_as3,
    outside_docs_as4,
    outside_docs_as5,
    outside_docs_as6,
    outside_docs_as7,
]


def all_docs() -> list[dict]:
    docs = [build() for mod in MODULES for build in mod.BUILDERS]
    stems = [d["stem"] for d in docs]
    assert len(stems) == len(set(stems)), "duplicate stems"
    return docs


def render(docs: list[dict], out: Path) -> None:
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    (out / "key").mkdir(parents=True, exist_ok=True)
    for d in docs:
        weasyprint.HTML(string=d["html"]).write_pdf(out / "pdf" / f"{d['stem']}.pdf")
        (out / "key" / f"{d['stem']}.json").write_text(
            json.dumps(d["key"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


# ---------------------------------------------------------------- check
def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def _hit(needle: str, hay: str) -> str | None:
    n = norm(needle)
    if not n:
        return None
    if n in hay:
        return "exact"
    if n[::-1] in hay:
        return "visual-rtl"
    return None


def skeleton(s: str) -> str:
    """Drop combining marks (Thai vowels/tones, Indic matras, Arabic harakat) and format characters."""
    return "".join(ch for ch in norm(s) if unicodedata.category(ch) not in ("Mn", "Mc", "Me", "Cf"))


def fuzzy(needle: str, hay: str) -> float:
    """Best difflib ratio of the needle's skeleton against same-length windows of the page skeleton."""
    n, h = skeleton(needle), skeleton(hay)
    best = 0.0
    for cand in (n, n[::-1]):
        for i in range(max(1, len(h) - len(cand) + 1)):
            window = h[i : i + len(cand)]
            if window[:1] in cand or window[-1:] in cand:
                best = max(best, difflib.SequenceMatcher(None, cand, window, autojunk=False).ratio())
    return best


def find(needle: str, hay: str, allow_fuzzy: bool = False) -> str | None:
    """Exact, reversed (visual order of RTL runs), per word, on mark-stripped skeletons, then (opt.) fuzzy.

    WeasyPrint writes one ToUnicode entry per glyph (its first use), so Thai marks and Indic clusters can
    come back re-ordered, swapped or dropped; the later modes report how much of the name survived.
    """
    mode = _hit(needle, hay)
    if mode:
        return mode
    words = needle.split()
    if len(words) > 1 and all(_hit(w, hay) for w in words):
        return "words"
    sk_hay = skeleton(hay)
    sk = skeleton(needle)
    if sk and (sk in sk_hay or sk[::-1] in sk_hay):
        return "skeleton"
    if len(words) > 1 and all(
        skeleton(w) and (skeleton(w) in sk_hay or skeleton(w)[::-1] in sk_hay) for w in words
    ):
        return "skeleton-words"
    if allow_fuzzy:
        ratio = fuzzy(needle, hay)
        if ratio >= 0.75:
            return f"fuzzy={ratio:.2f}"
    return None


def total_forms(total: str) -> set[str]:
    v = Decimal(total)
    forms = set()
    for places in (2, 3, 0):
        if places == 0 and v != v.to_integral_value():
            continue
        for lakh in (False, True):
            s = money(v, places, lakh=lakh)
            forms |= {s, s.replace(",", ""), eastern(s)}
    return forms


def check(docs: list[dict], out: Path) -> int:
    import pdfplumber

    bad = 0
    for d in docs:
        key, path = d["key"], out / "pdf" / f"{d['stem']}.pdf"
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
            raw = "\n".join(p.extract_text() or "" for p in pdf.pages)
        hay = norm(raw)
        num = find(key["invoice_number"], hay)
        vend = find(key["vendor_name"], hay, allow_fuzzy=True)
        tot = next(
            (f for f in sorted(total_forms(key["total"]), key=len, reverse=True) if norm(f) in hay), None
        )
        ok = bool(num and vend and tot and len(hay) > 50)
        bad += not ok
        print(
            f"{'OK  ' if ok else 'FAIL'} {d['stem']:<28} pages={pages} chars={len(hay):<5} "
            f"number={num or '-'}  total={tot or '-'}  vendor={vend or '-'}"
        )
    print(f"{len(docs) - bad}/{len(docs)} passed")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--check", action="store_true", help="re-read the PDFs with pdfplumber and verify them")
    ap.add_argument("--only", nargs="*", help="limit to these stems")
    args = ap.parse_args(argv)
    docs = all_docs()
    if args.only:
        docs = [d for d in docs if d["stem"] in set(args.only)]
    render(docs, args.out)
    print(f"wrote {len(docs)} invoices to {args.out}")
    if args.check:
        return 1 if check(docs, args.out) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
