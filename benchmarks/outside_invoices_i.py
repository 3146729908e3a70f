"""Set I: a held-out set of "outside" invoices from Asia-Pacific, the Middle East and southern/eastern Europe.

    python benchmarks/outside_invoices_i.py [--out /tmp/outside_invoices] [--n 24] [--seed 909] [--check]

Writes ``<out>/I/pdf/*.pdf`` and ``<out>/I/key/*.json`` (keys as in set E, see the docstring of
benchmarks/outside_invoices_e.py). Score with ``python benchmarks/outside_score.py --sets I`` once, at the
end: this set is for an honest measurement, never for development. Every document is HTML/CSS printed by
headless Chromium with the fonts fontconfig has (DejaVu, Liberation), each in its own layout and, where the
fonts cover the script, its own language: Malaysian invois (SST), Indonesian faktur (PPN, Rp), Vietnamese
hóa đơn GTGT, Philippine BIR service invoice (VAT-inclusive), Thai tax invoice / receipt, Indian GST
invoices (CGST + SGST; IGST with round-off), Pakistani sales-tax invoice, UAE and Saudi bilingual
English/Arabic tax invoices, Israeli tax invoice, Egyptian e-invoice print, Kenyan eTIMS invoice, Turkish
e-Arşiv fatura, Ukrainian рахунок, Serbian račun, Catalan factura, Icelandic reikningur, Luxembourg facture
(two VAT rates), Swiss Italian fattura with QR-bill, Korean tax invoice, Hong Kong invoice (no tax),
Taiwanese invoice, Singapore tax invoice; ``--n 26`` adds a Maltese utility-style bill and a Japanese
invoice with two consumption-tax rates (beyond 24, templates repeat with other random values).

``--check`` re-opens every PDF with pdfplumber and verifies that its extract_words stream (whitespace
collapsed) contains each key value in its printed form, with no ``(cid:..)`` glyphs.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_common_i import Doc, problems, render
from outside_docs1_i import faktur_id, hoadon_vn, invois_my, service_ph
from outside_docs2_i import igst_in, tally_in, taxinv_th
from outside_docs3_i import bilingual_ae, salestax_pk, zatca_sa
from outside_docs4_i import eta_eg, etims_ke, taxinv_il
from outside_docs5_i import earsiv_tr, racun_rs, rakhunok_ua
from outside_docs6_i import factura_ca, facture_lu, fattura_ch, reikningur_is
from outside_docs7_i import deposit_hk, grid_kr, leaders_tw
from outside_docs8_i import credit_sg, reduced_jp, utility_mt

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    invois_my,
    faktur_id,
    hoadon_vn,
    service_ph,
    taxinv_th,
    tally_in,
    igst_in,
    salestax_pk,
    bilingual_ae,
    zatca_sa,
    taxinv_il,
    eta_eg,
    etims_ke,
    earsiv_tr,
    rakhunok_ua,
    racun_rs,
    factura_ca,
    reikningur_is,
    facture_lu,
    fattura_ch,
    grid_kr,
    deposit_hk,
    leaders_tw,
    credit_sg,
    utility_mt,  # 25 and 26: only with --n 26 or more
    reduced_jp,
]


def build(out: Path, n: int, seed: int) -> list[tuple[Path, Doc]]:
    root = out / "I"
    shutil.rmtree(root, ignore_errors=True)
    (root / "pdf").mkdir(parents=True)
    (root / "key").mkdir(parents=True)
    made = []
    with tempfile.TemporaryDirectory(prefix="outside_i_") as tmp:
        for i in range(n):
            template = TEMPLATES[i % len(TEMPLATES)]
            doc = template(random.Random(seed * 1000 + i))
            stem = f"i{i + 1:02d}_{doc.template}"
            pdf = root / "pdf" / f"{stem}.pdf"
            render(doc.html, pdf, Path(tmp))
            (root / "key" / f"{stem}.json").write_text(
                json.dumps(doc.key, ensure_ascii=False, indent=1) + "\n"
            )
            made.append((pdf, doc))
    return made


def check(made: list[tuple[Path, Doc]]) -> int:
    bad = 0
    for pdf, doc in made:
        found = problems(pdf, doc)
        bad += bool(found)
        print(f"{pdf.stem:24s} {'ok' if not found else 'FAIL'}")
        for p in found:
            print(f"    {p}")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=909)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    made = build(args.out, args.n, args.seed)
    print(f"wrote {len(made)} PDFs and keys to {args.out / 'I'}")
    if args.check:
        bad = check(made)
        print(f"{len(made) - bad}/{len(made)} PDFs pass the text-layer check")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
