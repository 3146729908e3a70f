"""GPU OCR throughput: the ppocr_torch engine on one CUDA GPU vs RapidOCR/ONNX Runtime on the CPU cores.

Made for one short run on a lent GPU machine (see benchmarks/gpu_ocr.sh); ~4-5 minutes by default:
  1. RapidOCR (ONNX Runtime, 1 thread per process) on `--cpu-procs` processes: reference texts for
     `--check-pages` pages, then pages/s over `--cpu-seconds`.
  2. `max(--procs)` GPU worker processes, each with its own ppocr_torch engine (models loaded and one
     batch run before any timing). Worker 0 OCRs the check pages: % of lines identical to RapidOCR's.
  3. For each N in `--procs`: N workers OCR pages for `--seconds` (all start together; each cycles
     through the pages from its own offset, `--batch-pages` per pass, as `recognize_batch`); pages/s,
     a pass counted for its share inside the window.
  4. `--variants` at the largest N: texts and speed with TF32, recognition widths rounded up (stepNN),
     more pages per pass (pagesNN), or combinations (tf32+step32+pages32).
Prints a table last; the full results go to $OUT/gpu_ocr.json (or --json), rewritten after each step.
Pages are downscaled to 2000 px as the OCR stage does. `prepare SRC DST` writes such pages as JPEG
(quality 90) so that ~100 receipts plus the wheels fit the device's 64 MiB upload.
"""

from __future__ import annotations

import argparse
import difflib
import json
import multiprocessing as mp
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any

from gpu_ocr_workers import SUFFIXES, cpu_worker, gpu_worker, load_pages


class _GpuSampler:
    """Mean GPU utilisation (%) and memory while a run goes on, through NVML when it is there."""

    def __init__(self) -> None:
        try:
            import pynvml

            pynvml.nvmlInit()
            self._nvml, self._handle = pynvml, pynvml.nvmlDeviceGetHandleByIndex(0)
        except Exception:
            self._nvml = None

    def run(self, seconds: float) -> threading.Thread:
        self.util: list[float] = []
        self.mem = 0.0

        def sample() -> None:
            end = time.time() + seconds
            while self._nvml is not None and time.time() < end:
                self.util.append(self._nvml.nvmlDeviceGetUtilizationRates(self._handle).gpu)
                used = self._nvml.nvmlDeviceGetMemoryInfo(self._handle).used / 2**20
                self.mem = max(self.mem, used)
                time.sleep(0.2)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        return thread

    def summary(self) -> dict[str, float]:
        util = sum(self.util) / len(self.util) if self.util else -1.0
        return {"gpu_util_pct": round(util, 1), "gpu_mem_used_mib": round(self.mem)}


def _variant(spec: str) -> dict[str, Any]:
    """'tf32+step32+pages32' -> worker options (TF32 on, widths rounded to 32, 32 pages per pass)."""
    parts = [p.strip() for p in spec.split("+") if p.strip()]
    unknown = [p for p in parts if p != "tf32" and not re.fullmatch(r"(step|pages)\d+", p)]
    if unknown:
        raise SystemExit(f"unknown variant part(s) {unknown}: use tf32, stepNN, pagesNN")

    def number(prefix: str) -> int:
        return next((int(p[len(prefix) :]) for p in parts if re.fullmatch(prefix + r"\d+", p)), 0)

    return {"tf32": "tf32" in parts, "step": number("step"), "pages": number("pages")}


def _recv(conns: list[Any], kind: str) -> list[Any]:
    out = []
    for conn in conns:
        msg = conn.recv()
        if msg[0] != kind:
            raise RuntimeError(f"worker answered {msg[0]}: {msg[1]}")
        out.append(msg[1])
    return out


def _timed(conns: list[Any], seconds: float, make_cmd: Any) -> tuple[float, list[dict[str, Any]]]:
    """Pages/s of workers that all start at t0 and work in passes (start, end, pages) until t0 +
    seconds. A pass counts for its share inside the window, so a long last pass does not skew it."""
    t0 = time.time() + 0.5
    for i, conn in enumerate(conns):
        conn.send(make_cmd(i, t0))
    done = _recv(conns, "done")
    credited = sum(
        n * max(0.0, min(end, t0 + seconds) - max(start, t0)) / max(end - start, 1e-9)
        for d in done
        for start, end, n in d["passes"]
    )
    return credited / seconds, done


def _compare(refs: list[dict[str, Any]], got: list[dict[str, Any]]) -> dict[str, Any]:
    """Lines and words the torch engine reads as the CPU path does, matched in order (difflib), so one
    extra or missing line counts once, not for every line after it; the first differences listed."""
    lines = same = words = same_words = 0
    box_diff = 0.0
    differences: list[dict[str, Any]] = []
    for page, (r, g) in enumerate(zip(refs, got, strict=True)):
        lines += len(r["txts"])
        same += _matched(r["txts"], g["txts"])
        words += len(r["words"])
        same_words += _matched(r["words"], g["words"])
        matcher = difflib.SequenceMatcher(None, r["txts"], g["txts"], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal" and len(differences) < 30:
                differences.append({"page": page, "cpu": r["txts"][i1:i2], "torch": g["txts"][j1:j2]})
        if len(r["boxes"]) == len(g["boxes"]) and r["boxes"]:
            box_diff = max(
                box_diff,
                max(
                    abs(a - b)
                    for ra, ga in zip(r["boxes"], g["boxes"], strict=True)
                    for pa, pb in zip(ra, ga, strict=True)
                    for a, b in zip(pa, pb, strict=True)
                ),
            )
    return {
        "pages": len(refs),
        "lines": lines,
        "identical_lines_pct": round(100 * same / max(lines, 1), 2),
        "identical_words_pct": round(100 * same_words / max(words, 1), 2),
        "line_count_diff": sum(len(g["txts"]) - len(r["txts"]) for r, g in zip(refs, got, strict=True)),
        "max_box_diff_px": box_diff,
        "differences": differences,
    }


def _matched(ref: list[str], got: list[str]) -> int:
    matcher = difflib.SequenceMatcher(None, ref, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages_dir")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--procs", default="1,4,8,12,16", help="GPU process counts to time")
    ap.add_argument("--cpu-procs", type=int, default=16, help="ONNX Runtime processes (0: no CPU baseline)")
    ap.add_argument("--pages", type=int, default=0, help="use the first N pages (0: all)")
    ap.add_argument("--check-pages", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=12.0)
    ap.add_argument("--cpu-seconds", type=float, default=20.0)
    ap.add_argument("--batch-pages", type=int, default=16)
    ap.add_argument("--det-batch-pages", type=int, default=8)
    ap.add_argument("--rec-batch-size", type=int, default=64)
    ap.add_argument(
        "--variants",
        default="tf32,step32,pages32,tf32+step32+pages32",
        help="timed at the largest --procs after the default: comma list of tf32, stepNN (recognition "
        "widths rounded up to NN), pagesNN (pages per pass), joined by + to combine; '' for none",
    )
    ap.add_argument("--budget-s", type=float, default=270.0, help="skip remaining timings after this")
    ap.add_argument("--respace", action="store_true", help="both engines re-space words (ocr.respace)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    began = time.time()
    variants = [("default", _variant(""))] + [(v, _variant(v)) for v in args.variants.split(",") if v.strip()]
    files = sorted(str(p) for p in Path(args.pages_dir).iterdir() if p.suffix.lower() in SUFFIXES)
    files = files[: args.pages] if args.pages else files
    check = files[:: max(1, len(files) // args.check_pages)][: args.check_pages] if files else []
    procs = sorted({int(n) for n in args.procs.split(",") if n.strip()})
    out_dir = os.environ.get("OUT")
    json_path = Path(args.json or (Path(out_dir) / "gpu_ocr.json" if out_dir else "gpu_ocr.json"))
    report: dict[str, Any] = {"args": vars(args), "pages": len(files), "check_pages": len(check), "gpu": {}}

    def save(step: str) -> None:
        report["elapsed_s"] = round(time.time() - began, 1)
        json_path.write_text(json.dumps(report, indent=1))
        print(f"[{report['elapsed_s']:6.1f}s] {step}", flush=True)

    ctx = mp.get_context("spawn")
    refs: list[dict[str, Any]] = []
    lines = {"respace": args.respace}  # both engines turn recognised lines into words alike
    if args.cpu_procs and files:
        pairs = [ctx.Pipe() for _ in range(args.cpu_procs)]
        shares = [check[i :: args.cpu_procs] for i in range(args.cpu_procs)]
        workers = [
            ctx.Process(target=cpu_worker, args=(c, files, s, lines), daemon=True)
            for (_, c), s in zip(pairs, shares, strict=True)
        ]
        for w in workers:
            w.start()
        conns = [p for p, _ in pairs]
        answers = _recv(conns, "ref")
        refs = [None] * len(check)  # type: ignore[list-item]
        for i, answer in enumerate(answers):
            refs[i :: args.cpu_procs] = answer
        save("RapidOCR references ready")
        rate, _ = _timed(
            conns,
            args.cpu_seconds,
            lambda i, t0: ("run", t0, args.cpu_seconds, i * len(files) // args.cpu_procs),
        )
        report["cpu_onnx"] = {"procs": args.cpu_procs, "pages_per_s": round(rate, 2)}
        for c, w in zip(conns, workers, strict=True):
            c.send(("stop",))
            w.join(10)
        save(f"RapidOCR ONNX on {args.cpu_procs} CPU processes: {rate:.2f} pages/s")

    settings = {
        "device": args.device,
        "batch_pages": args.batch_pages,
        "det_batch_pages": args.det_batch_pages,
        "rec_batch_size": args.rec_batch_size,
        **lines,
    }
    n_max = max(procs)
    pairs = [ctx.Pipe() for _ in range(n_max)]
    workers = [
        ctx.Process(target=gpu_worker, args=(c, files, settings, i * len(files) // n_max), daemon=True)
        for i, (_, c) in enumerate(pairs)
    ]
    for w in workers:
        w.start()
    conns = [p for p, _ in pairs]
    ready = _recv(conns, "ready")
    report["gpu"].update(ready[0], workers=n_max, startup_s=max(r["startup_s"] for r in ready))
    save(f"{n_max} torch workers ready on {ready[0]['device']}")
    if refs:
        report["accuracy"] = {}
        for name, opts in variants:
            conns[0].send(("check", opts, check))
            report["accuracy"][name] = _compare(refs, _recv(conns[:1], "lines")[0])
            brief = {k: v for k, v in report["accuracy"][name].items() if k != "differences"}
            save(f"texts vs RapidOCR ({name}): {brief}")
    sampler, runs = _GpuSampler(), []
    plan = [(n, "default", variants[0][1]) for n in procs] + [(n_max, name, o) for name, o in variants[1:]]
    for n, name, opts in plan:
        if time.time() - began > args.budget_s:
            runs.append({"procs": n, "variant": name, "skipped": "time budget"})
            continue
        thread = sampler.run(args.seconds + 0.5)
        try:
            rate, done = _timed(conns[:n], args.seconds, lambda i, t0, o=opts: ("run", o, t0, args.seconds))
        except (RuntimeError, EOFError, OSError) as exc:  # e.g. out of GPU memory: keep what we have
            runs.append({"procs": n, "variant": name, "skipped": f"failed: {exc}"[:2000]})
            save(f"{n} procs ({name}) failed: {exc}")
            break
        thread.join()
        runs.append(
            {
                "procs": n,
                "variant": name,
                "pages_per_s": round(rate, 2),
                **sampler.summary(),
                "peak_gpu_mib_per_proc": max(d["peak_gpu_mib"] for d in done),
                "rec_calls_per_page": round(sum(d["rec_calls_per_page"] for d in done) / n, 2),
                "stage_ms_per_page_worker0": {
                    k: round(v, 1) for k, v in done[0]["stage_ms_per_page"].items()
                },
            }
        )
        report["gpu"]["runs"] = runs
        save(f"{n} procs ({name}): {rate:.2f} pages/s")
    for c in conns:
        c.send(("stop",))
    cpu_rate = report.get("cpu_onnx", {}).get("pages_per_s")
    print("\n| procs | variant | pages/s | x CPU ONNX | GPU util % | peak MiB/proc | rec calls/page |")
    print("|---|---|---|---|---|---|---|")
    for r in runs:
        if "skipped" in r:
            print(f"| {r['procs']} | {r['variant']} | skipped | | | | |")
            continue
        ratio = f"{r['pages_per_s'] / cpu_rate:.1f}" if cpu_rate else "-"
        print(
            f"| {r['procs']} | {r['variant']} | {r['pages_per_s']} | {ratio} | {r['gpu_util_pct']} | "
            f"{r['peak_gpu_mib_per_proc']} | {r['rec_calls_per_page']} |"
        )
    if cpu_rate:
        print(f"RapidOCR ONNX Runtime on {args.cpu_procs} CPU processes: {cpu_rate} pages/s")
    for name, acc in report.get("accuracy", {}).items():
        print(
            f"texts vs RapidOCR ({name}): {acc['identical_lines_pct']}% of {acc['lines']} lines identical, "
            f"{acc['identical_words_pct']}% words, max box diff {acc['max_box_diff_px']} px"
        )
        for difference in acc["differences"][:3]:
            print(f"  page {difference['page']}: {difference['cpu']} -> {difference['torch']}")
    print(f"device: {report['gpu'].get('name')}; results: {json_path}")


def prepare(src: str, dst: str) -> None:
    """Pages downscaled as the OCR stage does, re-encoded as JPEG quality 90 (smaller upload)."""
    import cv2

    Path(dst).mkdir(parents=True, exist_ok=True)
    for path in sorted(p for p in Path(src).iterdir() if p.suffix.lower() in SUFFIXES):
        page = cv2.cvtColor(load_pages([str(path)])[0], cv2.COLOR_RGB2BGR)
        cv2.imwrite(str(Path(dst) / f"{path.stem}.jpg"), page, [cv2.IMWRITE_JPEG_QUALITY, 90])


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1:])
