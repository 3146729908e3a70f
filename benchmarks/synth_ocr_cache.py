"""Build (once) the words of a synthetic set: generate documents, then run the real pipeline stages.

    python benchmarks/synth_ocr_cache.py --seed 7 [--count 120] [--kinds invoice,claim]

Documents go to ``/tmp/synth_<seed>/`` (``documents/``, ``truth/``: see ``idp.training.synth``); each one is
read by ingest -> PagePreprocessor -> OCR (digital PDFs keep their text layer) with the default config,
and the Document without page pixels is cached as ``/tmp/synth_ocr_<seed>/<name>.json`` so that the
extractors can be rerun in milliseconds (benchmarks/synthetic_accuracy.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from idp.document import Document


def data_dir(seed: int) -> Path:
    return Path(f"/tmp/synth_{seed}")


def cache_dir(seed: int) -> Path:
    return Path(f"/tmp/synth_ocr_{seed}")


def build(seed: int, count: int, kinds: tuple[str, ...]) -> None:
    from idp.config import load_config
    from idp.pipeline.ingest import ingest
    from idp.pipeline.ocr_stage import ocr_document
    from idp.training.synth import generate_dataset

    root = data_dir(seed)
    if not (root / "truth").is_dir() or len(list((root / "truth").glob("*.json"))) < count:
        generate_dataset(root, count, seed=seed, kinds=kinds)
    out = cache_dir(seed)
    out.mkdir(parents=True, exist_ok=True)
    todo = [p for p in sorted((root / "truth").glob("*.json")) if not (out / p.name).exists()]
    if not todo:
        return
    from idp.models.ocr import build_ocr_engine
    from idp.pipeline.preprocess import PagePreprocessor

    config = load_config()
    pre = PagePreprocessor(config.preprocess)
    engine = build_ocr_engine(config.ocr)
    for truth_path in todo:
        truth = json.loads(truth_path.read_text())
        path = root / truth["file"]
        t0 = time.perf_counter()
        doc = ingest(path.read_bytes(), path.name, path.as_uri(), config.ingest)
        doc = doc.model_copy(update={"pages": [pre(p) for p in doc.pages]})
        doc = ocr_document(doc, engine, config.ocr.det_max_side)
        (out / truth_path.name).write_text(doc.model_dump_json())
        print(f"{truth_path.stem} {truth['format']:12s} {time.perf_counter() - t0:.1f}s", flush=True)


def load(seed: int, name: str) -> Document:
    return Document.model_validate_json((cache_dir(seed) / f"{name}.json").read_text())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=120)
    ap.add_argument("--kinds", default="invoice,claim")
    args = ap.parse_args()
    build(args.seed, args.count, tuple(args.kinds.split(",")))


if __name__ == "__main__":
    main()
