"""Shared pieces of set Z (insurance claims): claim key fields, ``make_claim``, layout helpers, the CLI.

Reuses set J's document record, money and date formats, WeasyPrint rendering and text-layer check
(benchmarks/outside_common_j.py); only the key fields differ. Each key field of a claim maps to
``(value, printed form)`` or None where the document does not print it; names and ids are keyed exactly as
printed, ``date_of_loss`` as an ISO date and ``amount_claimed`` as a decimal string with two decimals.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_j import Doc, build_set, esc, fdate, flat, money, occurrences, page, problems, q2

__all__ = [
    "BASE_CSS",
    "CLAIM_FIELDS",
    "Doc",
    "amount",
    "boxes",
    "digits",
    "esc",
    "fdate",
    "flat",
    "grid",
    "kv",
    "kvs",
    "later",
    "loss_date",
    "make_claim",
    "money",
    "occurrences",
    "page",
    "q2",
    "run_claims",
]

CLAIM_FIELDS = [
    "claim_number",
    "policy_number",
    "claimant_name",
    "date_of_loss",
    "amount_claimed",
    "provider",
]
#: which comparison of benchmarks/outside_score.py each claim field uses
SCORE_KIND = {
    "claim_number": "invoice_number",
    "policy_number": "invoice_number",
    "claimant_name": "vendor_name",
    "date_of_loss": "date",
    "amount_claimed": "total",
    "provider": "vendor_name",
}

BASE_CSS = """
table.g { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.g td { border: 0.8px solid #000;
 padding: 1px 4px 3px; vertical-align: top; } table.g .l { display: block; font-size: 6.3pt;
 text-transform: uppercase; color: #222; } table.g .v { display: block; font-size: 9pt;
 min-height: 10pt; } table.kv { border-collapse: collapse; } table.kv td { padding: 1.5px 8px 1.5px 0;
 vertical-align: top; } table.kv td.l { color: #333; } .r { text-align: right !important; white-space:
nowrap; }
table.t { width: 100%; border-collapse: collapse; } table.t th, table.t td { border: 0.6px solid #888;
 padding: 2px 4px; } table.t th { background: #eee; font-size: 7.5pt; text-align: left; }
"""


def make_claim(
    template: str, lang: str, html_text: str, repeats: frozenset[str] = frozenset(), **fields: object
) -> Doc:
    """Build a Doc; each keyword is a claim field mapped to ``(value, printed form)`` or None."""
    unknown = set(fields) - set(CLAIM_FIELDS)
    if unknown:
        raise ValueError(f"unknown key fields {unknown}")
    key: dict[str, str | None] = {}
    printed: dict[str, tuple[str, ...]] = {}
    for f in CLAIM_FIELDS:
        item = fields.get(f)
        if item is None:
            key[f] = None
            continue
        value, shown = item  # type: ignore[misc]
        if f == "amount_claimed":
            value = f"{q2(value):.2f}"
        key[f] = value.isoformat() if isinstance(value, date) else str(value)
        printed[f] = tuple(shown) if isinstance(shown, tuple) else (str(shown),)
    key.update(lang=lang, template=template, producer="weasyprint")
    return Doc(template, lang, html_text, key, printed, repeats)


def loss_date(rng: random.Random) -> date:
    """A loss date in 2024-2025 that leaves room for later report, treatment and signature dates."""
    return date(2024, 3, 1) + timedelta(days=rng.randrange(0, 560))


def later(rng: random.Random, d: date, lo: int, hi: int) -> date:
    """A date ``lo``..``hi`` days after ``d`` (before it when both are negative)."""
    return d + timedelta(days=rng.randint(lo, hi))


def amount(rng: random.Random, lo: int, hi: int) -> Decimal:
    """An amount with cents between ``lo`` and ``hi`` (whole currency units)."""
    return q2(Decimal(rng.randrange(lo * 100, hi * 100)) / 100)


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def boxes(rows: list[list[tuple[str, object, int]]], cls: str = "g") -> str:
    """A boxed grid: each row a list of (label above, value, colspan) cells; columns are 1/12 wide."""
    out = [f"<table class={cls}><colgroup>" + "<col style='width:8.33%'>" * 12 + "</colgroup>"]
    for row in rows:
        cells = "".join(
            f"<td colspan={span}><span class=l>{label}</span><span class=v>{value}</span></td>"
            for label, value, span in row
        )
        out.append(f"<tr>{cells}</tr>")
    return "".join(out) + "</table>"


def grid(spec: str, cls: str = "g") -> str:
    """A boxed grid written as text: rows end with ``//``, cells are split by ``;;``, each is
    ``label | value | span``; whitespace inside a label or value collapses to one space."""
    rows = []
    for line in spec.split("//"):
        if line.strip():
            cells = [[" ".join(p.split()) for p in c.split("|")] for c in line.split(";;")]
            rows.append([(label, value, int(span)) for label, value, span in cells])
    return boxes(rows, cls)


def kv(pairs: list[tuple[str, object]], cls: str = "kv") -> str:
    """A label: value table."""
    rows = "".join(f"<tr><td class=l>{label}</td><td>{value}</td></tr>" for label, value in pairs)
    return f"<table class={cls}>{rows}</table>"


def kvs(spec: str, cls: str = "kv") -> str:
    """A label: value table written as text: rows end with ``//``, each is ``label | value``."""
    rows = [[" ".join(p.split()) for p in line.split("|")] for line in spec.split("//") if line.strip()]
    return kv([(label, value) for label, value in rows], cls)


def score(root: Path, errors: bool, scanned: bool = False) -> None:
    """Extract every PDF under ``root/pdf`` with the pipeline and compare with ``root/key``.

    ``scanned``: each PDF's pages rendered at 150 dpi into a grey TIFF and put through the whole
    document processor (preprocess, OCR, extract), as benchmarks/outside_scanned.py does for invoices.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from dev_extract_invoices import doc_from_pdf
    from idp.extractors import extract_document
    from idp.training.evaluate import auroc, expected_calibration_error
    from outside_score import same

    reported: list[tuple[float, bool]] = []  # (confidence, right) of every field the pipeline reported
    hits = {f: [0, 0] for f in CLAIM_FIELDS}
    pdfs = sorted((root / "pdf").glob("*.pdf"))
    claims = 0
    read = _scan_reader() if scanned else lambda path: extract_document(doc_from_pdf(path))
    for path in pdfs:
        key = json.loads((root / "key" / f"{path.stem}.json").read_text())
        out = read(path)
        for f in CLAIM_FIELDS:
            got = out.fields[f].value if f in out.fields else None
            want = key.get(f)
            if want is None:
                ok = got is None or str(got).strip() == ""
            else:
                ok = same(SCORE_KIND[f], want, None if got is None else str(got))
            hits[f][0] += ok
            hits[f][1] += 1
            if f in out.fields:
                reported.append((out.fields[f].confidence, bool(ok)))
            if errors and not ok:
                print(f"  {path.stem:28s} {f:15s} key={want!r} got={got!r}")
        claims += out.doc_type.value == "claim"
        if errors and out.doc_type.value != "claim":
            print(f"  {path.stem:28s} doc_type={out.doc_type.value}")
    for f, (h, n) in hits.items():
        print(f"  {f:15s} {h:3d}/{n:<3d} = {h / max(n, 1):.3f}")
    print(f"  {'classified claim':15s} {claims}/{len(pdfs)}")
    print(f"  {'all fields':15s} {sum(h for h, _ in hits.values()):3d}/{sum(n for _, n in hits.values())}")
    conf, right = [c for c, _ in reported], [r for _, r in reported]
    area = auroc(conf, right)
    print(
        f"  calibration over {len(reported)} reported fields ({right.count(False)} wrong): "
        f"ECE {expected_calibration_error(conf, right):.3f}, AUROC {area if area is None else round(area, 3)}"
    )


def _scan_reader() -> Callable[[Path], object]:
    from idp.config import load_config
    from idp.pipeline.processor import DocumentProcessor
    from outside_scanned import scanned as as_tiff

    processor = DocumentProcessor(load_config())
    return lambda path: processor.process(as_tiff(path), f"{path.stem}.tif", f"file:///{path.stem}.tif")


def run_claims(
    description: str, label: str, templates: list[Callable[[random.Random], Doc]], seed: int
) -> None:
    """The command line of set Z: write the set, ``--check`` the text layers, ``--score`` the pipeline."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=len(templates))
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--check", action="store_true", help="verify every key value in the PDF text layers")
    ap.add_argument("--score", action="store_true", help="score extract_document on the written set")
    ap.add_argument("--errors", action="store_true", help="with --score: print every wrong field")
    ap.add_argument("--scanned", action="store_true", help="with --score: read PDFs as 150 dpi scans")
    ap.add_argument(
        "--root", type=Path, help="with --score: score the PDFs of ROOT/pdf against ROOT/key, writing nothing"
    )
    args = ap.parse_args()
    if args.score and args.root:
        score(args.root, args.errors, args.scanned)
        return
    made = build_set(args.out, label, templates, args.n, args.seed)
    print(f"wrote {len(made)} PDFs and keys to {args.out / label}")
    bad = 0
    if args.check:
        for pdf, doc in made:
            found = problems(pdf, doc)
            bad += bool(found)
            print(f"{pdf.stem:30s} {'ok' if not found else 'FAIL'}")
            for p in found:
                print(f"    {p}")
        print(f"{len(made) - bad}/{len(made)} PDFs pass the text-layer check")
    if args.score:
        print(f"set {label}")
        score(args.out / label, args.errors, args.scanned)
    sys.exit(1 if bad else 0)
