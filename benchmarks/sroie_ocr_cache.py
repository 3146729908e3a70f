"""Build (once) and load the RapidOCR word cache for the SROIE development receipts.

The cache is one JSON file per receipt under ``/tmp/sroie_ocr/NNN.json``:
``{"width", "height", "scale", "words": [{"text", "bbox", "confidence", "ocr_line"}]}``. Pages
longer than ``DET_MAX_SIDE`` are downscaled first, as the pipeline's OCR stage does, and the
boxes are in pixels of that downscaled page. ``ocr_line`` (RapidOCR's own line index) is kept for
diagnostics only: the extractors rebuild lines from geometry.

    python benchmarks/sroie_ocr_cache.py [--ids 000-099]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

SROIE = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "sroie-100"
CACHE = Path("/tmp/sroie_ocr")
DET_MAX_SIDE = 2000


def parse_ids(spec: str) -> list[str]:
    """``"000-069"`` or ``"000,005,010-012"`` -> zero-padded ids."""
    out: list[str] = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            out += [f"{i:03d}" for i in range(int(a), int(b) + 1)]
        elif part:
            out.append(f"{int(part):03d}")
    return out


def build(ids: list[str]) -> None:
    todo = [i for i in ids if not (CACHE / f"{i}.json").exists()]
    if not todo:
        return
    import numpy as np
    from PIL import Image
    from rapidocr import RapidOCR

    engine = RapidOCR(
        params={
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    for doc_id in todo:
        out = CACHE / f"{doc_id}.json"
        img = Image.open(SROIE / "img" / f"{doc_id}.jpg").convert("RGB")
        scale = min(1.0, DET_MAX_SIDE / max(img.size))
        if scale < 1.0:
            img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
        t0 = time.perf_counter()
        result = engine(np.asarray(img)[:, :, ::-1].copy(), return_word_box=True)  # BGR like cv2.imread
        seconds = time.perf_counter() - t0
        words = []
        for line_no, line in enumerate((result.word_results or ()) if result is not None else ()):
            for text, score, box in line:
                xs = [p[0] for p in box]
                ys = [p[1] for p in box]
                words.append(
                    {
                        "text": text,
                        "bbox": [float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))],
                        "confidence": float(score),
                        "ocr_line": line_no,
                    }
                )
        data = {"width": img.width, "height": img.height, "scale": scale, "ocr_s": seconds, "words": words}
        out.write_text(json.dumps(data))
        print(doc_id, len(words), f"{seconds:.1f}s", flush=True)


def load(doc_id: str) -> dict | None:
    path = CACHE / f"{doc_id}.json"
    return json.loads(path.read_text()) if path.exists() else None


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--ids", default="000-099")
    build(parse_ids(ap.parse_args().ids))
