"""Fit and assess the invoice calibrator: raw field scores of the invoice extractor -> P(right).

    python benchmarks/invoice_calibration.py [--fit A C synth:11 synth:29] [--eval B synth:47] [--save]

Sources: ``A``/``B``/``C``/``D`` are the outside-style PDF sets under ``--root`` (text layers, keys from
benchmarks/outside_invoices*.py, scored as benchmarks/outside_score.py does); ``synth:SEED`` is a synthetic
set read by the real OCR (benchmarks/synth_ocr_cache.py), its invoices scored as
benchmarks/synthetic_accuracy.py does. Only fields the extractor reported and the key holds count.

The invoice extractor's scores are rules' evidence (label, position, arithmetic), not probabilities:
on the outside sets they are under-confident (a total chosen by the page's arithmetic is reported at
0.4 and right 9 times in 10). Per-field Platt maps (idp.extractors.calibration) are fitted on ``--fit``
and the expected calibration error is printed for every ``--eval`` set before and after; ``--save``
writes ``src/idp/models/calibration/invoice.json``, which every invoice extraction then applies.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_ocr_cache
from dev_extract_invoices import doc_from_pdf
from idp.extractors import extract_document
from idp.extractors.calibration import Calibrator, raw_confidence
from idp.training.evaluate import automation_at_precision, expected_calibration_error, reliability_table
from outside_score import FIELDS, same
from synthetic_accuracy import norm

Scored = list[tuple[str, float, bool]]  # (field, raw confidence, right)
OUT = Path(__file__).resolve().parents[1] / "src" / "idp" / "models" / "calibration" / "invoice.json"


def outside(root: Path) -> Scored:
    out: Scored = []
    for path in sorted((root / "pdf").glob("*.pdf")):
        key = json.loads((root / "key" / f"{path.stem}.json").read_text())
        with raw_confidence():
            doc = extract_document(doc_from_pdf(path))
        for f in FIELDS:
            if key.get(f) is not None and f in doc.fields:
                out.append((f, doc.fields[f].confidence, same(f, key[f], doc.fields[f].value)))
    return out


def synthetic(seed: int) -> Scored:
    out: Scored = []
    for path in sorted(synth_ocr_cache.cache_dir(seed).glob("*.json")):
        truth = json.loads((synth_ocr_cache.data_dir(seed) / "truth" / path.name).read_text())
        if truth["doc_type"] != "invoice":
            continue
        with raw_confidence():
            doc = extract_document(synth_ocr_cache.load(seed, path.stem))
        for f, want in truth["fields"].items():
            if want is not None and f in doc.fields:
                out.append((f, doc.fields[f].confidence, norm(f, doc.fields[f].value) == norm(f, want)))
    return out


def load(source: str, root: Path) -> Scored:
    return synthetic(int(source.split(":", 1)[1])) if source.startswith("synth:") else outside(root / source)


def ece(rows: Scored, calibrator: Calibrator | None = None) -> float:
    conf = [c if calibrator is None else calibrator.confidence(f, c) for f, c, _ in rows]
    return expected_calibration_error(conf, [ok for _, _, ok in rows])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--fit", nargs="+", default=["A", "C", "synth:11", "synth:29"])
    ap.add_argument("--eval", nargs="+", default=["B", "synth:47"])
    ap.add_argument("--version", default="1")
    ap.add_argument("--save", action="store_true")
    args = ap.parse_args()
    fit = [row for source in args.fit for row in load(source, args.root)]
    data: dict[str, tuple[list[float], list[bool]]] = {}
    for f, c, ok in fit:
        data.setdefault(f, ([], []))
        data[f][0].append(c)
        data[f][1].append(ok)
    calibrator = Calibrator.fit("invoice", args.version, data)
    print(f"fitted on {' '.join(args.fit)}: {len(fit)} fields, {sum(not ok for *_, ok in fit)} wrong")
    metrics: dict[str, object] = {"evaluated": f"{date.today().isoformat()}, held-out sets"}
    for source in args.eval:
        rows = load(source, args.root)
        before, after = ece(rows), ece(rows, calibrator)
        wrong = sum(not ok for *_, ok in rows)
        print(f"{source:10s} {len(rows):4d} fields, {wrong:3d} wrong: ECE raw {before:.4f} -> {after:.4f}")
        calibrated = [calibrator.confidence(f, c) for f, c, _ in rows]
        right = [ok for *_, ok in rows]
        auto = automation_at_precision(calibrated, right, 0.99)
        print(f"  automation at 99% precision: {auto.rate:.3f} of fields, threshold {auto.threshold}")
        print("  reliability, calibrated (bin: fields, mean confidence, accuracy)")
        for b in reliability_table(calibrated, right):
            if b.count:
                print(f"    [{b.lo:.1f}, {b.hi:.1f}) {b.count:4d} {b.mean_confidence:.3f} {b.accuracy:.3f}")
        metrics[source] = {
            "fields": len(rows),
            "wrong": wrong,
            "ece_raw": round(before, 4),
            "ece": round(after, 4),
        }
    if args.save:
        calibrator.fitted_on = f"invoice extractor raw scores on {', '.join(args.fit)} ({len(fit)} fields)"
        calibrator.metrics = metrics
        calibrator.save(OUT)
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
