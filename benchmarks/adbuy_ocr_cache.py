"""Build (once) RapidOCR words for the ad-buy invoice pages rendered at 150 dpi: the scanned path.

One JSON per PDF under /tmp/adbuy_ocr/<id>.json: ``{"pages": [{"width", "height", "words": [...]}]}``.
Pages are rendered with pypdfium2 (as the pipeline's render stage does) and OCRed with one thread.

    python benchmarks/adbuy_ocr_cache.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "adbuy-invoices-30"
CACHE = Path("/tmp/adbuy_ocr")
DPI = 150


def build() -> None:
    todo = [p for p in sorted((ROOT / "pdf").glob("*.pdf")) if not (CACHE / f"{p.stem}.json").exists()]
    if not todo:
        return
    import numpy as np
    import pypdfium2 as pdfium
    from rapidocr import RapidOCR

    engine = RapidOCR(
        params={
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    for path in todo:
        out = CACHE / f"{path.stem}.json"
        pdf = pdfium.PdfDocument(str(path))
        pages = []
        t0 = time.perf_counter()
        for page in pdf:
            img = page.render(scale=DPI / 72).to_pil().convert("RGB")
            scale = min(1.0, 2000 / max(img.size))
            if scale < 1.0:
                img = img.resize((round(img.width * scale), round(img.height * scale)))
            result = engine(np.asarray(img)[:, :, ::-1].copy(), return_word_box=True)
            words = []
            for line in (result.word_results or ()) if result is not None else ():
                for text, score, box in line:
                    xs, ys = [p[0] for p in box], [p[1] for p in box]
                    words.append(
                        {"text": text, "bbox": [min(xs), min(ys), max(xs), max(ys)], "confidence": score}
                    )
            pages.append({"width": img.width, "height": img.height, "words": words})
        seconds = time.perf_counter() - t0
        out.write_text(json.dumps({"pages": pages, "ocr_s": seconds}, default=float))
        print(path.stem[:8], len(pages), f"{seconds:.1f}s", flush=True)


def load(doc_id: str) -> dict | None:
    path = CACHE / f"{doc_id}.json"
    return json.loads(path.read_text()) if path.exists() else None


if __name__ == "__main__":
    build()
