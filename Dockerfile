# CPU image of the pipeline. Build: docker build -t idp .   Run: docker run -v $PWD/in:/in -v $PWD/out:/out idp \
#   process /in --out file:///out
# On a Ray cluster every node runs this image; start the head with `ray start --head` and pass --ray-address.
FROM python:3.11-slim

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      tesseract-ocr tesseract-ocr-eng poppler-utils fonts-dejavu-core fonts-liberation libgl1 libglib2.0-0 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY configs ./configs
COPY schemas ./schemas
RUN pip install --no-cache-dir ".[tesseract,pdf2image]"

ENV PYTHONUNBUFFERED=1 OMP_NUM_THREADS=1
ENTRYPOINT ["idp"]
CMD ["--help"]
