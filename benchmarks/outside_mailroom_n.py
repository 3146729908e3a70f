"""Set N: 24 invoices as a back office's inbound mail room receives them, scored through the whole
document processor (ingest, render, preprocess, OCR where a page has no text layer, classify, extract).

    python benchmarks/outside_mailroom_n.py [--out /tmp/outside_invoices] [--n 24] [--seed 1414]
        [--check] [--score] [--errors]

Writes ``<out>/N/files/<name>.<ext>`` (PDF, TIFF, JPEG or PNG, as received) and ``<out>/N/key/<name>.json``.
Each file wraps one invoice in what arrives with it or happens to it on the way: a cover e-mail or
letter, terms and conditions, a delivery note, a reminder letter, a fax cover sheet; scanned pages with a
stamp and pen notes, a page turned in the PDF or scanned upside down, a landscape sheet, a fax, a phone
photo, a faded thermal slip, a multi-page TIFF, a screenshot. Decoys (order, customer and account
numbers, e-mail, delivery and reminder dates, balances after deposits, fees, IBANs, tax ids) are
everywhere; the key holds the invoice's own values under set E's key rules (see
benchmarks/outside_invoices_e.py), plus ``lang``, ``template``, ``producer`` and ``case`` (what makes the
file hard), which are not scored.

``--check`` reads back the invoice's own pages as drawn (a digital PDF, before any scanning) and verifies
that each key value is printed there next to its label, then writes page previews to ``<out>/N/preview``.
``--score`` puts every file through ``DocumentProcessor(load_config(None)).process`` and compares fields with
benchmarks/outside_score.py's ``same``; it prints the seconds per file and any doc_type other than
"invoice". Files and keys are deterministic for a seed; score this set once, as a held-out measurement.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import random
import re
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfplumber
from PIL import Image, ImageSequence

from outside_common_n import Built
from outside_scan_n import render
from outside_score import FIELDS, same

AMOUNTS = {"total", "subtotal", "tax"}
DOC_MODULES = 16  # outside_docs_n1.py ... outside_docs_n16.py; each case is named by its number (n01_...)
CASES: list[Callable[[random.Random], Built]] = sorted(
    (case for i in range(1, DOC_MODULES + 1) for case in importlib.import_module(f"outside_docs_n{i}").CASES),
    key=lambda case: case.__name__,
)
SYMBOLS = {
    "GBP": "£",
    "EUR": "€",
    "USD": "$",
    "AUD": "$",
    "CAD": "$",
    "NZD": "$",
    "SGD": "$",
    "INR": "₹",
    "ZAR": "R",
    "PLN": "zł",
    "CZK": "Kč",
    "SEK": "kr",
    "DKK": "kr",
    "CHF": "CHF",
    "MXN": "$",
}


def build(seed: int, n: int) -> list[Built]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


def write(built: list[Built], root: Path) -> None:
    for sub in ("files", "key"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        for old in (root / sub).iterdir():
            old.unlink()
    for b in built:
        (root / "files" / f"{b.name}.{b.ext}").write_bytes(steady(b.data) if b.ext == "pdf" else b.data)
        (root / "key" / f"{b.name}.json").write_text(json.dumps(b.key, indent=2, ensure_ascii=False) + "\n")


def steady(pdf: bytes) -> bytes:
    """The PDF with its creation dates and file id fixed, so that a seed gives byte-identical files (and
    document ids). Same lengths: the cross-reference offsets stay valid."""
    pdf = re.sub(rb"D:\d{14}", b"D:20250101000000", pdf)
    return re.sub(
        rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)",
        lambda m: m[1] + b"0" * len(m[2]) + m[3] + b"0" * len(m[4]),
        pdf,
    )


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def _source_lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    if "(cid:" in text:
        raise ValueError("unmapped glyphs in the source text layer")
    return [_norm(line) for line in text.splitlines()]


def _agrees(field: str, want: str, text: str) -> bool:
    """The printed form says the key's value (amount digits, id, day and year, code or symbol)."""
    if field in AMOUNTS:  # "a|b": tax lines printed apart whose sum is the key
        cents = sum(int(re.sub(r"\D", "", part)) for part in text.split("|"))
        return cents == abs(int(Decimal(want) * 100))
    if field == "invoice_number":
        return re.sub(r"\s", "", text).upper() == re.sub(r"\s", "", want).upper()
    if field in ("date", "due_date"):
        year, _, day = want.split("-")
        return year in text and any(t.lstrip("0") == day.lstrip("0") for t in re.findall(r"\d+", text))
    if field == "currency":
        return text in (want, SYMBOLS[want])
    return text == want


def check(b: Built) -> list[str]:
    problems = []
    lines = _source_lines(b.source)
    for field in FIELDS:
        want = b.key.get(field)
        if want is None:
            continue
        if field not in b.printed:
            problems.append(f"{field}: no printed form recorded")
            continue
        label, text = b.printed[field]
        for part in text.split("|")[1:]:
            if not any(_norm(part) in line for line in lines):
                problems.append(f"{field}: {part!r} not in the invoice's text")
        hits = [i for i, line in enumerate(lines) if _norm(text.split("|")[0]) in line]
        if not hits:
            problems.append(f"{field}: {text!r} not in the invoice's text")
        elif label and not any(
            _norm(label).casefold() in " ".join(lines[max(0, i - 2) : i + 1]).casefold() for i in hits
        ):
            problems.append(f"{field}: {text!r} printed, but not next to {label!r}")
        if not _agrees(field, want, text):
            problems.append(f"{field}: printed {text!r} does not say the key's {want!r}")
    return problems


def preview(path: Path, out: Path) -> int:
    """Small PNGs of every page of the file as received; the number of pages."""
    out.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".pdf":
        pages = render(path.read_bytes(), 72)
    else:
        with Image.open(path) as im:
            pages = [f.convert("RGB").copy() for f in ImageSequence.Iterator(im)]
    for i, img in enumerate(pages, start=1):
        img.thumbnail((900, 900))
        img.save(out / f"{path.stem}-p{i}.png")
    return len(pages)


def score(root: Path, errors: bool) -> None:
    from idp.config import load_config
    from idp.document import QuarantineError
    from idp.pipeline.processor import DocumentProcessor

    processor = DocumentProcessor(load_config(None))
    hits = {f: [0, 0] for f in FIELDS}
    started = time.perf_counter()
    for key_path in sorted((root / "key").glob("*.json")):
        key = json.loads(key_path.read_text())
        path = next((root / "files").glob(f"{key_path.stem}.*"))
        t0 = time.perf_counter()
        try:
            doc = processor.process(path.read_bytes(), path.name, f"file:///{path.name}")
            fields, note = (
                doc.fields,
                ("" if doc.doc_type.value == "invoice" else f"doc_type={doc.doc_type.value}"),
            )
        except QuarantineError as exc:
            fields, note = {}, f"QUARANTINED {exc}"
        except Exception as exc:  # a crash is a result too: every field of the file counts as missed
            fields, note = {}, f"ERROR {type(exc).__name__}: {exc}"
        secs = time.perf_counter() - t0
        ok = n = 0
        misses = []
        for f in FIELDS:
            if key.get(f) is None:
                continue
            got = fields[f].value if f in fields else None
            good = same(f, key[f], got)
            hits[f][0] += good
            hits[f][1] += 1
            ok, n = ok + good, n + 1
            if not good:
                misses.append(f"    {f:15s} key={key[f]!r} got={got!r}")
        print(f"  {path.name:34s} {secs:6.1f} s  {ok}/{n}  {note}".rstrip(), flush=True)
        if errors and misses:
            print("\n".join(misses))
    print(f"set N (mail room), {time.perf_counter() - started:.0f} s")
    for f, (h, n) in hits.items():
        print(f"  {f:15s} {h:3d}/{n:<3d} = {h / max(n, 1):.3f}")
    print(f"  {'all fields':15s} {sum(h for h, _ in hits.values()):3d}/{sum(n for _, n in hits.values())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=1414)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    root = args.out / "N"
    built = build(args.seed, args.n)
    write(built, root)
    print(f"wrote {len(built)} files to {root / 'files'}")
    if args.check:
        bad = 0
        for b in built:
            problems = check(b)
            pages = preview(root / "files" / f"{b.name}.{b.ext}", root / "preview")
            print(f"  {b.name:28s} {b.ext:4s} {pages} page(s)  {'ok' if not problems else 'PROBLEMS'}")
            for p in problems:
                print(f"    {p}")
            bad += bool(problems)
        print(f"check: {len(built) - bad}/{len(built)} files agree with their keys")
        if bad:
            sys.exit(1)
    if args.score:
        score(root, args.errors)


if __name__ == "__main__":
    main()
