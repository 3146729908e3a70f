#!/usr/bin/env bash
# The GPU OCR benchmark on the device machine, from the repository root:
#   benchmarks/gpu_ocr.sh .bench_pages [gpu_ocr.py options]      (MPS=1 to share the GPU through MPS)
# Installs the carried wheels (.whl/*.whl: rapidocr, pyclipper, shapely, omegaconf, colorlog, pydantic
# and its parts) into /tmp/site, then runs benchmarks/gpu_ocr.py with PYTHONPATH=/tmp/site:src.
set -euo pipefail
SITE="${SITE:-/tmp/site}"
if compgen -G ".whl/*.whl" >/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" .whl/*.whl
fi
export PYTHONPATH="$SITE:src${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONUNBUFFERED=1
if [[ "${MPS:-0}" == 1 ]]; then
  # NVIDIA MPS lets the worker processes' kernels run side by side instead of time-sliced.
  export CUDA_MPS_PIPE_DIRECTORY=/tmp/mps-pipe CUDA_MPS_LOG_DIRECTORY=/tmp/mps-log
  mkdir -p "$CUDA_MPS_PIPE_DIRECTORY" "$CUDA_MPS_LOG_DIRECTORY"
  nvidia-cuda-mps-control -d && trap 'echo quit | nvidia-cuda-mps-control || true' EXIT
  echo "MPS daemon started"
fi
python3 benchmarks/gpu_ocr.py "$@"
