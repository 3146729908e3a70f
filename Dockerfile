# CPU image of the pipeline. Build: docker build -t idp .   Run: docker run -v $PWD/in:/in -v $PWD/out:/out idp \
#   process /in --out file:///out
# On a Ray cluster every node runs this image; start the head with `ray start --head` and pass --ray-address.
#
# GPU variant (OCR by the ppocr_torch engine on CUDA; set `ocr.kind: ppocr_torch` in the config):
#   docker build --build-arg EXTRAS=tesseract,pdf2image,ml \
#     --build-arg TORCH_INDEX=https://download.pytorch.org/whl/cu128 -t idp-gpu .
#   docker run --gpus all ... idp-gpu process /in --out file:///out --config /configs/gpu.yaml
# The CPU image (the default) takes torch only if EXTRAS names `ml`, and then the CPU wheel.
ARG BASE=python:3.11-slim
FROM ${BASE}
ARG EXTRAS=tesseract,pdf2image
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      tesseract-ocr tesseract-ocr-eng poppler-utils fonts-dejavu-core fonts-liberation libgl1 libglib2.0-0 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY configs ./configs
COPY schemas ./schemas
RUN pip install --no-cache-dir --extra-index-url "${TORCH_INDEX}" ".[${EXTRAS}]"

ENV PYTHONUNBUFFERED=1 OMP_NUM_THREADS=1
ENTRYPOINT ["idp"]
CMD ["--help"]
