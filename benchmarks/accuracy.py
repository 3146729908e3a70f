"""Field accuracy, calibration and automation of the real pipeline on an SROIE-format folder.

    python benchmarks/accuracy.py --dataset ../shared/datasets/sroie-100 [--names 070-099]
        [--ocr-cache /tmp/idp_ocr_cache] [--config FILE] [--raw] [--precision 0.99] [--errors]

Scoring follows SROIE task 3 (whitespace collapsed, case-insensitive exact match); see
idp.training.accuracy and idp.training.evaluate. The packaged receipt models were fitted on SROIE
receipts 000-069 (see src/idp/models/receipt/*.json "fitted_on"): report 070-099 as held out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from idp.config import load_config
from idp.training.accuracy import parse_names, run_accuracy


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", required=True, type=Path, help="folder with img/ and key/")
    ap.add_argument("--names", help="image names, e.g. 070-099 (default: all)")
    ap.add_argument("--ocr-cache", type=Path, help="folder caching OCR words per page image")
    ap.add_argument("--config", type=Path, help="YAML merged over configs/default.yaml")
    ap.add_argument("--raw", action="store_true", help="score raw confidences (no calibrator)")
    ap.add_argument("--precision", type=float, default=0.99)
    ap.add_argument("--errors", action="store_true", help="print every wrong field")
    ap.add_argument("--json", type=Path, help="also write the headline figures to this JSON file")
    args = ap.parse_args()
    t0 = time.perf_counter()
    result = run_accuracy(
        args.dataset,
        config=load_config(args.config),
        ocr_cache=args.ocr_cache,
        names=parse_names(args.names),
        calibrated=not args.raw,
        precision=args.precision,
        on_document=lambda name, _doc: print(name, end=" ", flush=True, file=sys.stderr),
    )
    print(file=sys.stderr)
    if args.errors:
        for o in result.outcomes:
            if not o.correct:
                print(f"{o.doc_id} {o.key:8s} conf {o.confidence:.2f}")
                print(f"  key {o.expected!r}\n  got {o.predicted!r}")
    print(result.report(title=f"{args.dataset.name}: "))
    if args.json:
        args.json.write_text(json.dumps(result.summary(), indent=2) + "\n")
    print(f"{time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
