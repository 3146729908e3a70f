"""Set F: a sixth, held-out set of "outside" invoices drawn with ReportLab (platypus and canvas).

    python benchmarks/outside_invoices_f.py [--out /tmp/outside_invoices] [--n 24] [--seed 606] [--check]

Writes ``<out>/F/pdf/*.pdf`` and ``<out>/F/key/*.json`` (and ``<out>/F/printed/*.json``, the printed
form of each key value, for ``--check``). Score with
``python benchmarks/outside_score.py --sets F`` once: this set is for an honest measurement, never for
development. Sets A-E came from Chromium and fpdf2; F uses a third PDF producer and documents a back office
receives that do not have the usual "INVOICE / Invoice No / Date / table / Total" shape: a UK energy bill,
a US law-firm invoice, a landscape freight invoice, a German Schlussrechnung with Abschlagszahlung, an
Austrian invoice with the seller on the right, a facture d'acompte, a till-roll factura simplificada, an
Italian parcella with ritenuta d'acconto, a Danish form-box faktura, a Norwegian faktura with a "KOPI"
watermark, a Brazilian fatura, a summary-first Singapore tax invoice, a 7 pt New Zealand invoice, a
Canadian HST invoice stamped "PAID", an Irish reverse-charge invoice, Czech, Finnish, Greek, Turkish,
Hungarian and Romanian invoices, a US wholesale invoice, a Swiss facture (1'234.50) and a South African
tax invoice (2025/03/14).

Key rules: those of benchmarks/outside_invoices_e.py (see its docstring); in short, the invoice's own
number and issue date, a printed due date or null, the total including tax before withholding, deposits,
payments or credits, tax = the sum of the printed tax lines (null when none is printed), subtotal = net
before tax when printed (the sum of the printed bases when tax is split by rate), ISO currency code, the
issuer's legal name. Extra fields ``lang``, ``template`` and ``producer`` are not scored.

``--check`` re-opens every PDF with pdfplumber and verifies that its text layer (``extract_text`` and the
``extract_words`` stream the scorer reads) contains each key value's printed form, with no ``(cid:..)``
glyphs. Documents in scripts DejaVuSans is needed for are skipped, with a note, when it is missing.
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

import outside_bills_f as bills
import outside_br_sg_f as br_sg
import outside_cee_f as cee
import outside_dach_fr_f as dach_fr
import outside_fees_f as fees
import outside_fi_gr_f as fi_gr
import outside_freight_f as freight
import outside_ie_za_f as ie_za
import outside_nordic_f as nordic
import outside_nz_ca_f as nz_ca
import outside_retail_f as retail
import outside_tr_hu_f as tr_hu
from outside_common_f import Inv, NeedsUnicodeFont

LAYOUTS: list[Callable[[random.Random, Path], Inv]] = [
    bills.uk_utility, bills.us_law, freight.freight, freight.de_handwerker, dach_fr.at_seller_right,
    dach_fr.fr_acompte, retail.es_simplificada, fees.it_parcella, nordic.dk_faktura, nordic.no_faktura,
    br_sg.br_fatura, br_sg.sg_summary_first, nz_ca.nz_dense, nz_ca.ca_hst_paid, ie_za.ie_reverse_charge,
    cee.cz_faktura, fi_gr.fi_lasku, fi_gr.gr_timologio, tr_hu.tr_fatura, tr_hu.hu_szamla,
    cee.ro_factura, retail.us_wholesale, fees.ch_facture, ie_za.za_tax_invoice,
]  # fmt: skip


def generate(out: Path, n: int, seed: int) -> list[Path]:
    root = out / "F"
    shutil.rmtree(root, ignore_errors=True)
    (root / "pdf").mkdir(parents=True)
    (root / "key").mkdir(parents=True)
    (root / "printed").mkdir(parents=True)
    written = []
    for i in range(n):
        layout = LAYOUTS[i % len(LAYOUTS)]
        rng = random.Random(seed * 1000 + i)
        pdf = root / "pdf" / f"F{i + 1:02d}_{layout.__name__}.pdf"
        try:
            inv = layout(rng, pdf)
        except NeedsUnicodeFont as exc:
            print(f"skip {pdf.stem}: {exc}")
            pdf.unlink(missing_ok=True)
            continue
        key = root / "key" / f"{pdf.stem}.json"
        key.write_text(json.dumps(inv.key(), ensure_ascii=False, indent=2) + "\n")
        (root / "printed" / f"{pdf.stem}.json").write_text(
            json.dumps(inv.expected_text(), ensure_ascii=False)
        )
        written.append(pdf)
    return written


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def check(pdfs: list[Path]) -> int:
    import pdfplumber

    bad = 0
    for pdf in pdfs:
        printed = json.loads((pdf.parent.parent / "printed" / f"{pdf.stem}.json").read_text())
        with pdfplumber.open(pdf) as doc:
            text = _flat("\n".join(p.extract_text() or "" for p in doc.pages))
            words = _flat(" ".join(w["text"] for p in doc.pages for w in p.extract_words()))
        problems = ["(cid:..) glyphs"] if "(cid:" in text else []
        for fld, want in printed.items():
            for part in [want] if isinstance(want, str) else want:
                if _flat(part) not in text or _flat(part) not in words:
                    problems.append(f"{fld}={part!r}")
        bad += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '} {pdf.name} {' '.join(problems)}")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=606)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    pdfs = generate(args.out, args.n, args.seed)
    print(f"wrote {len(pdfs)} PDFs and keys under {args.out / 'F'}")
    if args.check and check(pdfs):
        sys.exit(1)


if __name__ == "__main__":
    main()
