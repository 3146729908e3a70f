"""What the held-out invoice sets written from real invoicing software share (outside_invoices_ig.py,
outside_invoices_ih.py): building each spec's PDF and key with its producer, and ``--check``, which
re-opens each PDF with pdfplumber and looks for the invoice number, the vendor and the amounts in its
text layer. Each set passes its own text flattening and amount search (``flat``, ``found``)."""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def specs_of(modules: Sequence[str]) -> list[Any]:
    """The ``SPECS`` of the set's spec modules, in order; stems must be unique."""
    import importlib

    specs: list[Any] = [spec for name in modules for spec in importlib.import_module(name).SPECS]
    stems = [s.stem for s in specs]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    return specs


def check_one(
    pdf: Path, key: dict, flat: Callable[[str], str], found: Callable[[str, str], str | None]
) -> tuple[bool, str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        text = "\n".join((p.extract_text() or "") for p in doc.pages)
        n_pages = len(doc.pages)
    text_flat = flat(text)
    inv_ok = flat(key["invoice_number"]) in text_flat
    vendor_ok = flat(key["vendor_name"]) in text_flat
    total_form = found(key["total"], text_flat)
    notes = [f"total as {total_form!r}" if total_form else "total MISSING"]
    for field in ("subtotal", "tax"):
        if key[field] is not None:
            notes.append(f"{field} {'ok' if found(key[field], text_flat) else 'MISSING'}")
    ok = inv_ok and total_form is not None and vendor_ok and "MISSING" not in " ".join(notes)
    msg = f"pages={n_pages} number={'ok' if inv_ok else 'MISSING'} vendor={'ok' if vendor_ok else 'MISSING'} "
    return ok, msg + "; ".join(notes)


def build_set(
    doc: str,
    name: str,
    specs: Sequence[Any],
    builders: dict[str, Callable[..., dict]],
    keys: list[str],
    flat: Callable[[str], str],
    found: Callable[[str, str], str | None],
    argv: list[str] | None = None,
) -> int:
    """The command line of set ``name``: writes pdf/<stem>.pdf and key/<stem>.json under ``--out``."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--check", action="store_true", help="re-open each PDF and verify number and total")
    ap.add_argument("--only", nargs="*", default=None, help="stems to build (default: all)")
    args = ap.parse_args(argv)
    for noisy in ("pdfminer", "fontTools", "weasyprint"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    if args.only:
        specs = [s for s in specs if s.stem in set(args.only)]
    (args.out / "pdf").mkdir(parents=True, exist_ok=True)
    (args.out / "key").mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"outside_{name}_"))
    failures = 0
    try:
        for spec in specs:
            pdf = args.out / "pdf" / f"{spec.stem}.pdf"
            try:
                key = builders[spec.producer](spec, pdf, work)
            except Exception as exc:  # report and go on with the others
                failures += 1
                print(f"FAIL {spec.stem}: {type(exc).__name__}: {exc}")
                continue
            if list(key) != keys or key["producer"] != spec.producer:
                raise SystemExit(f"{spec.stem}: key fields or producer do not match the spec")
            (args.out / "key" / f"{spec.stem}.json").write_text(
                json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            line = f"wrote {spec.stem:<42} {spec.lang:<5} {key['currency']} {key['total']:>12}"
            if args.check:
                ok, msg = check_one(pdf, key, flat, found)
                failures += 0 if ok else 1
                line = f"{'ok  ' if ok else 'BAD '} {spec.stem:<42} {spec.lang:<5} {key['currency']} {msg}"
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(specs)} invoices, {failures} failure(s)")
    return 1 if failures else 0
