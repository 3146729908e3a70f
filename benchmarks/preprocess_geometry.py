"""Accuracy and speed of page orientation and deskew on real pages turned by known angles.

Pages: the first N SROIE receipts, the first page of each ad-buy invoice PDF (rendered at 150 dpi)
and the first N FUNSD forms, from ``../shared/datasets``. Each page is turned counter-clockwise by
0/90/180/270 (so it needs that many degrees clockwise to stand up again) and, in a second pass,
also skewed by a known angle. Skew error is measured against the page's own skew (what
`detect_skew` finds on the untouched page) plus the applied angle.

    python benchmarks/preprocess_geometry.py [--n 30] [--start 0] [--skews 3,-6,9]
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

import numpy as np

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def load_pages(n: int, start: int = 0) -> list[tuple[str, np.ndarray]]:
    import pypdfium2 as pdfium
    from PIL import Image

    pages = []
    for path in sorted((DATASETS / "sroie-100" / "img").glob("*.jpg"))[start : start + n]:
        pages.append(("sroie", np.asarray(Image.open(path).convert("RGB"))))
    for path in sorted((DATASETS / "adbuy-invoices-30" / "pdf").glob("*.pdf"))[start : start + n]:
        pdf = pdfium.PdfDocument(path)
        pages.append(("adbuy", np.asarray(pdf[0].render(scale=150 / 72).to_pil().convert("RGB"))))
        pdf.close()
    for path in sorted((DATASETS / "funsd-train" / "images").glob("*.png"))[start : start + n]:
        pages.append(("funsd", np.asarray(Image.open(path).convert("RGB"))))
    return pages


def main() -> None:
    from idp.models.orientation import TextDirectionClassifier
    from idp.pipeline.imaging import rotate_image, to_gray
    from idp.pipeline.preprocess import measure_geometry
    from idp.pipeline.textlines import detect_skew

    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--start", type=int, default=0, help="skip this many pages of each dataset")
    parser.add_argument("--skews", default="3,-6,9", help="skew angles cycled over the pages")
    args = parser.parse_args()
    skews = [float(s) for s in args.skews.split(",")]
    classifier = TextDirectionClassifier()
    right: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    skew_err: dict[str, list[float]] = collections.defaultdict(list)
    own_skew: dict[str, list[float]] = collections.defaultdict(list)
    seconds, calls = 0.0, 0
    for i, (name, image) in enumerate(load_pages(args.n, args.start)):
        base = detect_skew(to_gray(image))
        own_skew[name].append(abs(base))
        for skewed in (False, True):
            angle = skews[i % len(skews)] if skewed else 0.0
            tilted = rotate_image(image, angle) if angle else image
            for turn in (0, 90, 180, 270):
                page = np.ascontiguousarray(np.rot90(tilted, k=turn // 90))
                start = time.perf_counter()
                geo = measure_geometry(to_gray(page), classifier, orientation=True, deskew=True)
                seconds += time.perf_counter() - start
                calls += 1
                key = f"{name}{'+skew' if skewed else ''}"
                right[key][0] += geo.rotation == turn
                right[key][1] += 1
                if geo.rotation == turn:
                    skew_err[key].append(abs(geo.skew - (base + angle)))
    for key, (ok, total) in right.items():
        errs = np.array(skew_err[key])
        print(
            f"{key:12s} orientation {ok}/{total} ({ok / total:.1%})  skew error mean {errs.mean():.2f}"
            f" median {np.median(errs):.2f} p95 {np.percentile(errs, 95):.2f} max {errs.max():.2f} deg"
        )
    for name, values in own_skew.items():
        print(f"{name:12s} own skew |deg|: median {np.median(values):.2f} max {np.max(values):.2f}")
    print(f"measure_geometry: {seconds / calls * 1000:.0f} ms/page (orientation + deskew, {calls} pages)")


if __name__ == "__main__":
    main()
