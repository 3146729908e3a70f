"""Set H: a held-out set of "outside" invoices made by a PDF producer that sets A-G do not use (PyMuPDF).

    python benchmarks/outside_invoices_h.py [--out /tmp/outside_invoices] [--n 24] [--seed 808] [--check]

Needs ``pip install pymupdf`` (AGPL-3.0: kept out of the project's extras). Writes ``<out>/H/pdf/*.pdf`` and
``<out>/H/key/*.json``. Score with
``python benchmarks/outside_score.py --sets H`` once, at the end: this set is for an honest measurement,
never for development. It was written without reading the extractor or its label lists, from the key
rules of set E (``benchmarks/outside_invoices_e.py``). Most layouts are HTML/CSS laid out by MuPDF's Story
API; five are drawn with ``insert_text`` (US print shop, Canadian courier, Austrian Rechnung, Portuguese
fatura, Swedish faktura). Half are English (US, UK, IE, CA, AU, NZ, IN, SG, ZA, NG), half German, Austrian
and Swiss German, French, Belgian French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish and Czech.

Key choices beyond E's rules: a withholding tax deducted from the total (Nigeria) is not a tax line of the
invoice (``tax`` = VAT, ``total`` = the VAT-inclusive total, not the net payable); an Irish fee note
that prints fees, VAT and non-taxable outlays but no net sum has ``subtotal`` null; a shop invoice whose
"Subtotal" excludes shipping keys that printed subtotal; a cash-rounding line belongs to the total; VAT at
two rates with no printed VAT total (German Rechnung) is keyed as the sum of the two printed lines.
``--check`` re-opens every PDF with pdfplumber and asserts that each key value, in its printed form (each
part of a summed value), is in the text layer (the extract_words stream, whitespace collapsed), with no
``(cid:..)`` glyphs or soft hyphens. Layouts live in outside_docs_h1..h8.py, item catalogs in
outside_data_h.py, number/date/Story/canvas helpers in outside_common_h.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfplumber

from outside_docs_h1 import DOCS as DOCS1
from outside_docs_h2 import DOCS as DOCS2
from outside_docs_h3 import DOCS as DOCS3
from outside_docs_h4 import DOCS as DOCS4
from outside_docs_h5 import DOCS as DOCS5
from outside_docs_h6 import DOCS as DOCS6
from outside_docs_h7 import DOCS as DOCS7
from outside_docs_h8 import DOCS as DOCS8

DOCS = [*DOCS1, *DOCS2, *DOCS3, *DOCS4, *DOCS5, *DOCS6, *DOCS7, *DOCS8]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def generate(out: Path, n: int, seed: int) -> dict[str, dict]:
    """Write ``n`` PDFs and keys; returns each document's printed forms for ``check``."""
    root = out / "H"
    shutil.rmtree(root, ignore_errors=True)
    (root / "pdf").mkdir(parents=True)
    (root / "key").mkdir(parents=True)
    printed_all = {}
    for i in range(n):
        build = DOCS[i % len(DOCS)]
        stem = f"H{i + 1:02d}_{build.__name__}"
        rng = random.Random(seed * 1000 + i)
        key, printed = build(rng, root / "pdf" / f"{stem}.pdf")
        (root / "key" / f"{stem}.json").write_text(json.dumps(key, indent=2, ensure_ascii=False) + "\n")
        printed_all[stem] = printed
    return printed_all


def check(out: Path, printed_all: dict[str, dict]) -> int:
    failures = 0
    for stem, printed in printed_all.items():
        with pdfplumber.open(out / "H" / "pdf" / f"{stem}.pdf") as pdf:
            words = [w["text"] for page in pdf.pages for w in page.extract_words()]
            pages = len(pdf.pages)
        text = squash(" ".join(words))
        problems = [
            f"{f}={v!r}"
            for f, v in printed.items()
            if any(squash(part) not in text for part in ([v] if isinstance(v, str) else v))
        ]
        if "(cid:" in text:
            problems.append("(cid:..) glyphs")
        if "\xad" in text:
            problems.append("soft hyphens")
        failures += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '} {stem:32s} pages={pages} {' '.join(problems)}")
    return failures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=len(DOCS))
    ap.add_argument("--seed", type=int, default=808)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    printed_all = generate(args.out, args.n, args.seed)
    print(f"wrote {len(printed_all)} invoices to {args.out / 'H'}")
    if args.check and check(args.out, printed_all):
        sys.exit(1)


if __name__ == "__main__":
    main()
