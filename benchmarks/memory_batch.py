"""Peak memory per worker on long documents and large batches.

    python benchmarks/memory_batch.py long --pages 200          # one 200-page scanned PDF, in-process
    python benchmarks/memory_batch.py batch --workers 0,2       # a 1,000-page batch: workers=0 and a Ray pool

`long` runs the whole job (ingest, preprocess, OCR, extract, write) on one long PDF in a fresh
subprocess and prints the process's peak RSS before (models loaded, one small document done) and
after, and the growth. `batch` builds 50 ten-page PDFs, 100 single-page scans (PNG/JPEG) and two
200-page PDFs (1,000 pages in all; generated once under --data), processes them with each worker
count and prints the peak RSS of every worker (workers=0: this process). Both use a fast config
(no orientation/deskew, OCR on a 256-pixel page) so the run takes minutes on 2 cores: the point is
the memory of pages at render resolution (150 dpi), which the fast OCR does not change.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FAST = {
    "preprocess": {"orientation": False, "deskew": False},
    "ocr": {"det_max_side": 256},
    "store": {"write_pages": True, "page_image_format": "jpeg"},
}
PAGE_SIZE = (1275, 1650)  # US letter at 150 dpi, the default render resolution


def scan_page(seed: int) -> Image.Image:
    """A scanned-looking page: a few lines of text on slightly grey, noisy paper."""
    rng = np.random.default_rng(seed)
    paper = rng.normal(242, 6, size=(PAGE_SIZE[1] // 4, PAGE_SIZE[0] // 4)).clip(0, 255).astype(np.uint8)
    image = Image.fromarray(paper).resize(PAGE_SIZE).convert("RGB")
    draw = ImageDraw.Draw(image)
    face = ImageFont.load_default(size=34)
    for row in range(8):
        draw.text(
            (90, 120 + row * 70),
            f"INVOICE {seed:05d} LINE {row} TOTAL {rng.integers(1, 999)}.00",
            "black",
            face,
        )
    return image


def scanned_pdf(pages: int, seed: int) -> bytes:
    """A PDF of `pages` JPEG scans (8 distinct page images, repeated: generation stays fast)."""
    frames = [scan_page(seed * 100 + i) for i in range(min(pages, 8))]
    frames = [frames[i % len(frames)] for i in range(pages)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "PDF", save_all=True, append_images=frames[1:], resolution=150.0, quality=70)
    return buffer.getvalue()


def build_batch(folder: Path) -> int:
    """50 ten-page PDFs + 100 one-page scans + 2 two-hundred-page PDFs = 1,000 pages."""
    if (folder / ".done").exists():  # hidden files are not inputs
        return int((folder / ".done").read_text())
    folder.mkdir(parents=True, exist_ok=True)
    ten = [scanned_pdf(10, s) for s in range(4)]
    for i in range(50):  # distinct bytes (document ids) from a few rendered variants
        (folder / f"ten/{i:03d}.pdf").parent.mkdir(exist_ok=True)
        (folder / f"ten/{i:03d}.pdf").write_bytes(ten[i % 4] + f"\n% copy {i}\n".encode())
    for i in range(100):
        fmt = "PNG" if i % 2 else "JPEG"
        path = folder / f"scans/{i:03d}.{fmt.lower().replace('jpeg', 'jpg')}"
        path.parent.mkdir(exist_ok=True)
        scan_page(1000 + i).save(path, fmt)
    long = scanned_pdf(200, 7)
    for i in range(2):
        (folder / f"long/{i}.pdf").parent.mkdir(exist_ok=True)
        (folder / f"long/{i}.pdf").write_bytes(long + f"\n% copy {i}\n".encode())
    (folder / ".done").write_text("1000")
    return 1000


def _config():
    from idp.config import load_config

    return load_config().with_updates(**FAST)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def long_document_child(path: str, warm: str) -> None:
    """(In the subprocess.) Peak RSS after a warm-up document, then after the long one, as JSON."""
    from idp.pipeline.executors import LocalExecutor
    from idp.pipeline.job import InputItem

    src = Path(path).parent
    with tempfile.TemporaryDirectory() as out:
        executor = LocalExecutor(_config(), src.as_uri(), Path(out).as_uri(), "mem", True)
        item = lambda name: InputItem(key=name, name=name, uri=(src / name).as_uri())  # noqa: E731
        list(executor.map([item(Path(warm).name)]))
        before = _rss_mb()
        start = time.perf_counter()
        outcome = next(executor.map([item(Path(path).name)]))
        print(
            json.dumps(
                {
                    "pages": outcome.pages,
                    "outcome": outcome.outcome,
                    "before_mb": round(before, 1),
                    "peak_mb": round(_rss_mb(), 1),
                    "seconds": round(time.perf_counter() - start, 1),
                }
            )
        )


def run_long(pages: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "long.pdf").write_bytes(scanned_pdf(pages, 3))
        (Path(tmp) / "warm.pdf").write_bytes(scanned_pdf(1, 4))
        code = "import sys; from benchmarks.memory_batch import long_document_child as c; c(*sys.argv[1:])"
        done = subprocess.run(
            [sys.executable, "-c", code, str(Path(tmp) / "long.pdf"), str(Path(tmp) / "warm.pdf")],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        )
    row = json.loads(done.stdout.strip().splitlines()[-1])
    row["growth_mb"] = round(row["peak_mb"] - row["before_mb"], 1)
    return row


def run_batch(folder: Path, workers: int) -> dict:
    from idp.pipeline.executors import LocalExecutor, RayExecutor
    from idp.pipeline.runner import list_inputs
    from idp.pipeline.store import open_store

    items = list(list_inputs(open_store(folder.as_uri()), ""))
    with tempfile.TemporaryDirectory() as out:
        args = (_config(), folder.as_uri(), Path(out).as_uri(), f"mem-w{workers}", True)
        executor = LocalExecutor(*args) if workers == 0 else RayExecutor(*args, workers, None)
        try:
            start = time.perf_counter()
            outcomes = list(executor.map(items))
            elapsed = time.perf_counter() - start
            if workers == 0:
                rss = [_rss_mb()]
            else:
                rss = executor._ray.get([a.peak_rss_mb.remote() for a in executor.actors])
        finally:
            executor.close()
    return {
        "workers": workers,
        "documents": len(outcomes),
        "pages": sum(o.pages for o in outcomes),
        "processed": sum(o.outcome == "processed" for o in outcomes),
        "seconds": round(elapsed, 1),
        "peak_rss_mb_per_worker": [round(r, 1) for r in rss],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("long").add_argument("--pages", type=int, default=200)
    batch = sub.add_parser("batch")
    batch.add_argument("--workers", default="0,2")
    batch.add_argument("--data", default=str(Path(tempfile.gettempdir()) / "idp-memory-batch"))
    args = parser.parse_args()
    if args.mode == "long":
        print(json.dumps(run_long(args.pages)))
        return
    folder = Path(args.data)
    build_batch(folder)
    for n in (int(w) for w in args.workers.split(",")):
        print(json.dumps(run_batch(folder, n)), flush=True)


if __name__ == "__main__":
    main()
