"""Field accuracy of the whole pipeline on held-out SROIE receipts: shipped recogniser vs fine-tuned.

The fine-tuned recogniser is the shipped ONNX model with a delta from `benchmarks/rec_finetune.py`
applied in memory; RapidOCR's recogniser session is swapped for it (no OCR cache, so both runs OCR).

    python benchmarks/rec_finetune_fields.py --delta /tmp/rec_ft/PP-OCRv6_rec_small.sroie.safetensors
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import onnx
from rapidocr import RapidOCR

from idp.config import load_config
from idp.models.ocr.rapidocr_engine import ort_session
from idp.models.ocr.rec_finetune import delta as D
from idp.training.accuracy import parse_names, run_accuracy
from rec_finetune import SROIE, rec_model_path


def use_finetuned_everywhere(model: onnx.ModelProto) -> None:
    """Every RapidOCR built from now on recognises with `model` (benchmark-only monkeypatch)."""
    original = RapidOCR._load_rec_model

    def load(self: RapidOCR):  # type: ignore[no-untyped-def]
        rec = original(self)
        if not getattr(rec, "_finetuned", False):
            rec.session.session, rec._finetuned = ort_session(model), True
        return rec

    RapidOCR._load_rec_model = load


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--delta", type=Path, required=True)
    ap.add_argument("--names", default="070-099")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    names = parse_names(args.names)
    out = {}
    for label in ("shipped", "finetuned"):
        if label == "finetuned":
            use_finetuned_everywhere(
                D.apply_delta(onnx.load(str(rec_model_path())), D.load_delta(args.delta))
            )
        t0 = time.time()
        result = run_accuracy(SROIE, config=load_config(), names=names)
        out[label] = result.summary() | {"seconds": round(time.time() - t0, 1)}
        print(label, json.dumps(out[label]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
