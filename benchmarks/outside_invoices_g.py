"""Set G: a seventh, held-out set of "outside" invoices typeset with Typst (a producer sets A-F never used).

    python benchmarks/outside_invoices_g.py [--out /tmp/outside_invoices] [--n 24] [--seed 707] [--check]

Writes ``<out>/G/pdf/*.pdf`` and ``<out>/G/key/*.json``. Score with
``python benchmarks/outside_score.py --sets G`` once, at the end: this set is for an honest final
measurement, never for development. It was written without looking at the extractor or its label lists.

The 24 layouts imitate what back offices in insurance, banking and operations receive: a US hospital bill
(insurer payments, amount due), a UK garage invoice (parts and labour, VIN, MOT date), a Spanish hotel folio
(IVA 10 % and 21 % on gross prices, paid by card), a Dutch IT-consultancy invoice with a timesheet, a
Japanese SaaS invoice in English (JPY, credit applied), a Mexican CFDI print (folio fiscal UUID, IVA 16 %), a
Chilean factura electrónica (RUT, CLP without decimals), an Argentinian factura A (CUIT, IVA 21 % + 10,5 %,
CAE expiry), a Colombian factura electrónica (NIT, CUFE, withholdings after the total), a Luxembourg facture
(TVA 17 % + 3 %, date after the place), a Slovak faktúra (DPH 23 %, advance deducted), a Croatian račun (PDV
25 % + 13 %, JIR/ZKI), a Slovenian račun (DDV 22 % + 9,5 %, "EUR" after amounts), a Bulgarian фактура (ДДС
20 %, BGN), an Estonian arve in a monospace ERP print (KM 22 %), an Israeli tax invoice (Hebrew headings,
VAT 18 %, allocation number), an Emirati tax invoice (AED, VAT 5 %, TRN), a Saudi Arabic-English tax invoice
(SAR, VAT 15 %, Hijri date), a Philippine sales invoice (VATable sales, BIR ATP date), a UK insurance broker's
debit note (IPT 12 %, policy and cover dates), an Italian lawyer's fattura (cassa, ritenuta d'acconto, spese
esenti), a two-page Danish faktura ("Transport" carried forward, moms 25 %), a US industrial invoice (wrapping
descriptions, discount and freight before sales tax, "USD 1,234.56") and a Romanian factură ("1.234,56 RON",
VAT per line).

Keys follow the rules of set E (see the docstring of benchmarks/outside_invoices_e.py). ``--check``
re-opens every PDF with pdfplumber and verifies that its word stream contains each keyed value's printed form,
with no ``(cid:..)`` glyphs, and that the keys on disk are the ones the seed gives.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_docs_g1
import outside_docs_g2
import outside_docs_g3
import outside_docs_g4
import outside_docs_g5
import outside_docs_g6
import outside_docs_g7
import outside_docs_g8
from outside_common_g import FIELDS, Doc

FONT_DIR = "/usr/share/fonts"
TIMESTAMP = 1767225600  # fixed PDF creation date, so the files are byte-identical for a seed
MODULES = [outside_docs_g1, outside_docs_g2, outside_docs_g3, outside_docs_g4]
MODULES += [outside_docs_g5, outside_docs_g6, outside_docs_g7, outside_docs_g8]
BUILDERS: list[Callable[[random.Random], Doc]] = [b for m in MODULES for b in m.BUILDERS]


def producer() -> str:
    import typst

    return f"typst {getattr(typst, '__version__', '?')}"


def build(seed: int, n: int) -> list[tuple[str, Doc]]:
    out = []
    for i, make in enumerate(BUILDERS[:n]):
        doc = make(random.Random(seed * 1000 + i))
        out.append((f"G{i:02d}_{doc.lang}_{doc.template}", doc))
    return out


def full_key(doc: Doc) -> dict[str, str | None]:
    return {**doc.key, "lang": doc.lang, "template": doc.template, "producer": "typst"}


def write(out: Path, seed: int, n: int) -> None:
    import typst

    root = out / "G"
    shutil.rmtree(root, ignore_errors=True)
    (root / "pdf").mkdir(parents=True)
    (root / "key").mkdir(parents=True)
    for name, doc in build(seed, n):
        pdf = typst.compile(
            doc.src.encode(),
            font_paths=[FONT_DIR],
            ignore_system_fonts=True,
            format="pdf",
            timestamp=TIMESTAMP,
        )
        (root / "pdf" / f"{name}.pdf").write_bytes(pdf)
        (root / "key" / f"{name}.json").write_text(json.dumps(full_key(doc), indent=1, ensure_ascii=False))
    print(f"wrote {n} invoices to {root} with {producer()}")


def words_text(path: Path) -> tuple[str, int]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        words = [w["text"] for p in pdf.pages for w in p.extract_words()]
        return re.sub(r"\s+", " ", " ".join(words)), len(pdf.pages)


def check(out: Path, seed: int, n: int) -> bool:
    ok = True
    for name, doc in build(seed, n):
        problems = []
        kpath = out / "G" / "key" / f"{name}.json"
        if not kpath.exists() or json.loads(kpath.read_text()) != full_key(doc):
            problems.append("key on disk differs from the seed's key")
        text, pages = words_text(out / "G" / "pdf" / f"{name}.pdf")
        if "(cid:" in text:
            problems.append("(cid:) glyphs in the text layer")
        for f in FIELDS:
            if doc.key[f] is None:
                continue
            shown = doc.printed.get(f)
            if shown is None:
                problems.append(f"{f}: no printed form recorded")
            else:
                parts = [shown] if isinstance(shown, str) else shown
                missing = [s for s in parts if re.sub(r"\s+", " ", s) not in text]
                problems += [f"{f}: {s!r} not in the text layer" for s in missing]
        ok &= not problems
        print(f"{'ok  ' if not problems else 'FAIL'} {name:28s} pages={pages} {'; '.join(problems)}")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=707)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    n = min(args.n, len(BUILDERS))
    write(args.out, args.seed, n)
    if args.check and not check(args.out, args.seed, n):
        sys.exit(1)


if __name__ == "__main__":
    main()
