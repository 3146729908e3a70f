"""How long `idp report` takes on a store of 10,000 documents (the target: under 10 s on 2 cores).

Builds the store synthetically (results and rollups written directly: `idp.governance.report_synth`, a
month of runs with reviews, a queue and a drifting field), then times the report from the rollups (JSON
figures and the HTML page) in this process, and the whole `report` command in a fresh interpreter.

    .venv/bin/python benchmarks/report_scale.py [--documents 10000] [--days 30] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from idp.governance.dashboard import render_html
from idp.governance.report import build_report
from idp.governance.report_synth import synth_store
from idp.pipeline.store import LocalStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="idp-report-scale-"))
    start = time.perf_counter()
    counts = synth_store(root, documents=args.documents, days=args.days)
    built_s = time.perf_counter() - start
    print(f"store {root}: {counts['results']} results, {counts['runs']} run rollups, "
          f"{counts['reviews']} review rollups, built in {built_s:.1f} s")  # fmt: skip

    store = LocalStore(root)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        report = build_report(store)
        json.dumps(report.model_dump(mode="json"))
        figures_s = time.perf_counter() - start
        render_html(report)
        timings.append((figures_s, time.perf_counter() - start))
    figures_s, total_s = min(timings)
    print(f"in process: figures {figures_s:.2f} s, figures + HTML {total_s:.2f} s (best of 3)")

    out = root.parent / f"{root.name}-report.html"
    command = [sys.executable, "-m", "idp.governance.report_cli", "report", "--store", str(root),
               "--format", "html", "--out", str(out)]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    command_s = time.perf_counter() - start
    print(f"command: idp report --format html in {command_s:.2f} s (fresh interpreter, imports included)")
    print(f"documents={report.documents} automation_rate={report.automation_rate} queue={report.queue.size} "
          f"alerts={len(report.alerts)} cpus={os.cpu_count()}")  # fmt: skip
    verdict = "ok" if command_s < 10 else "TOO SLOW"
    print(f"report_scale documents={report.documents} report_s={command_s:.2f} target_s=10 {verdict}")
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)
        out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
