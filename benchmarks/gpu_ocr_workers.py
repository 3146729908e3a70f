"""Worker processes of benchmarks/gpu_ocr.py: RapidOCR/ONNX Runtime on a CPU core, or one ppocr_torch
engine sharing the GPU. Each answers commands on a pipe; timed runs start at a common wall-clock time."""

from __future__ import annotations

import os
import time
from typing import Any

MAX_SIDE = 2000
SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def _limit_threads() -> None:
    os.environ.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    import cv2

    cv2.setNumThreads(1)


def load_pages(files: list[str]) -> list[Any]:
    import cv2

    from idp.pipeline.imaging import downscale

    return [downscale(cv2.cvtColor(cv2.imread(f), cv2.COLOR_BGR2RGB), MAX_SIDE)[0] for f in files]


def _lines(result: Any) -> dict[str, Any]:
    import numpy as np

    txts = list(getattr(result, "txts", None) or ())
    boxes = np.asarray(result.boxes).tolist() if txts else []
    words = [w[0] for line in (getattr(result, "word_results", None) or ()) for w in line] if txts else []
    return {"txts": txts, "boxes": boxes, "words": words}


def cpu_worker(conn: Any, files: list[str], check: list[str], lines: dict[str, Any]) -> None:
    """The CPU path as the pipeline runs it: the rapidocr engine (ONNX Runtime, one thread) with the
    same line settings (re-spacing, turn check...) as the torch engine it is compared with."""
    _limit_threads()
    import numpy as np

    from idp.config import RapidOcrSettings
    from idp.models.ocr import build_ocr_engine

    settings = RapidOcrSettings(intra_op_threads=1, det_max_side=MAX_SIDE, text_score=0.5, **lines)
    engine = build_ocr_engine(settings).rapid  # type: ignore[attr-defined]
    bgr = [np.ascontiguousarray(p[:, :, ::-1]) for p in load_pages(files)]
    conn.send(("ref", [_lines(engine(np.ascontiguousarray(p[:, :, ::-1]))) for p in load_pages(check)]))
    while (cmd := conn.recv())[0] == "run":
        _, t0, seconds, offset = cmd
        passes, k = [], offset
        while time.time() < t0:
            time.sleep(0.0005)
        while (start := time.time()) < t0 + seconds:
            engine(bgr[k % len(bgr)])
            passes.append((start, time.time(), 1))
            k += 1
        conn.send(("done", {"pages": len(passes), "passes": passes}))


def gpu_worker(conn: Any, files: list[str], settings: dict[str, Any], offset: int) -> None:
    """Commands: ("check", opts, files) -> lines per page; ("run", opts, t0, seconds) -> counts;
    ("stop",). opts: tf32 (bool), step (recognition width step), pages (pages per pipeline pass)."""
    try:
        _limit_threads()
        os.environ.setdefault("PYTORCH_CUDA_ALLOC_CONF", "expandable_segments:True")
        import torch

        from idp.config import TorchOcrSettings
        from idp.models.ocr import build_ocr_engine
        from idp.models.ocr.torch_ppocr import words_from_output

        torch.set_num_threads(1)
        started = time.time()
        engine = build_ocr_engine(TorchOcrSettings(**settings))
        pipeline, pages = engine.pipeline, load_pages(files)
        engine.recognize_batch([pages[(offset + i) % len(pages)] for i in range(settings["batch_pages"])])
        name = torch.cuda.get_device_name(0) if engine.device.startswith("cuda") else "cpu"
        info = {"device": engine.device, "name": name, "torch": torch.__version__}
        conn.send(("ready", info | {"startup_s": time.time() - started}))
        while (cmd := conn.recv())[0] != "stop":
            opts = cmd[1]
            torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = opts["tf32"]
            pipeline.recognizer.width_step = opts["step"]
            batch = opts["pages"] or settings["batch_pages"]
            if cmd[0] == "check":
                outs = [
                    o
                    for s in range(0, len(cmd[2]), batch)
                    for o in pipeline(load_pages(cmd[2][s : s + batch]))
                ]
                conn.send(("lines", [_lines(o) for o in outs]))
                continue
            t0, seconds = cmd[2], cmd[3]
            pipeline.timings.clear()
            calls0, passes, k = pipeline.recognizer.calls, [], offset
            if torch.cuda.is_available():
                torch.cuda.reset_peak_memory_stats()
            while time.time() < t0:
                time.sleep(0.0005)
            while (start := time.time()) < t0 + seconds:  # what recognize_batch does, this pass size
                [words_from_output(o) for o in pipeline([pages[(k + i) % len(pages)] for i in range(batch)])]
                passes.append((start, time.time(), batch))
                k += batch
            done = sum(n for _, _, n in passes)
            mem = torch.cuda.max_memory_reserved() / 2**20 if torch.cuda.is_available() else 0.0
            stages = {s: 1000 * v / max(done, 1) for s, v in pipeline.timings.items() if s != "pages"}
            calls = (pipeline.recognizer.calls - calls0) / max(done, 1)
            result = {"pages": done, "passes": passes, "peak_gpu_mib": round(mem)}
            conn.send(("done", result | {"rec_calls_per_page": calls, "stage_ms_per_page": stages}))
    except Exception as exc:  # report, so one broken worker does not hang the run
        import traceback

        conn.send(("error", f"{exc!r}\n{traceback.format_exc()}"))
