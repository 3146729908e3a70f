"""Typed, frozen pipeline configuration, loaded from YAML under configs/.

Every default lives in ``configs/default.yaml``; the models below only validate it. A user
file given with ``--config`` is deep-merged over the defaults, so it needs only the keys it changes.
Unknown keys are errors (``extra="forbid"``): a typo in YAML must not pass silently.
"""

from __future__ import annotations

import hashlib
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IngestSettings(_Settings):
    max_file_bytes: int = Field(gt=0, description="larger inputs are quarantined as too_large")
    max_page_pixels: int = Field(gt=0, description="width*height above this is a decompression bomb")
    max_pages: int = Field(gt=0, description="PDFs and TIFFs with more pages are quarantined")
    pdf_render_dpi: int = Field(gt=0, le=600)
    pdf_max_render_side: int = Field(gt=0, description="oversized PDF pages render at a lower dpi")
    pdf_renderer: Literal["pdfium", "pdf2image"] = "pdfium"
    text_layer_min_words: int = Field(ge=0, description="a PDF page with fewer words is treated as scanned")
    text_layer_check: bool = Field(
        default=True,
        description="OCR PDF pages whose text layer is unmapped glyphs, garbled or an overlay on a scan",
    )
    max_attachment_bytes: int = Field(default=5_000_000, ge=0, description="XML a PDF carries, 0: none")


class PreprocessSettings(_Settings):
    remove_stamps: bool = Field(
        default=True, description="lift red stamps and pen marks off colour pages before OCR (stamps.py)"
    )
    orientation: bool = True
    deskew: bool = True
    max_skew_degrees: float = Field(gt=0, le=45)
    denoise: bool = False
    denoise_method: Literal["median", "nlm"] = "median"
    contrast: bool = False


class _PpOcrLineSettings(_Settings):
    """How both PP-OCR engines turn recognised lines into words: they must give the same texts."""

    use_cls: bool = True
    check_turned: bool = Field(default=True, description="lines the classifier turned: read as detected too")
    respace: bool = Field(
        default=True, description="word spaces from the ink gaps between the recognised characters"
    )
    reread_below: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="re-read lines under this mean character probability from a taller crop (None: off)",
    )
    rec_delta: str | None = Field(
        default=None,
        description="fine-tuned recogniser: packaged delta (receipts) or .safetensors path; None: shipped",
    )


class RapidOcrSettings(_PpOcrLineSettings):
    kind: Literal["rapidocr"] = "rapidocr"
    intra_op_threads: int = Field(ge=1)
    det_max_side: int = Field(
        ge=256, description="pages are downscaled to this side for OCR, boxes mapped back"
    )
    text_score: float = Field(ge=0, le=1)
    batch_pages: int = Field(default=4, ge=1, description="pages rendered, preprocessed and OCRed together")


class TesseractSettings(_Settings):
    kind: Literal["tesseract"] = "tesseract"
    lang: str = "eng"
    psm: int = 3
    det_max_side: int = Field(default=2400, ge=256)
    batch_pages: int = Field(default=4, ge=1, description="pages rendered, preprocessed and OCRed together")


class PaddleOcrSettings(_Settings):
    kind: Literal["paddleocr"] = "paddleocr"
    det_model_dir: str | None = None
    rec_model_dir: str | None = None
    cls_model_dir: str | None = None
    det_max_side: int = Field(default=2000, ge=256)
    batch_pages: int = Field(default=4, ge=1, description="pages rendered, preprocessed and OCRed together")


class TorchOcrSettings(_PpOcrLineSettings):
    """The rapidocr engine's PP-OCR models run by PyTorch, batched across pages (GPU when present)."""

    kind: Literal["ppocr_torch"] = "ppocr_torch"
    device: str = Field(default="auto", description="auto (cuda if available) | cpu | cuda | cuda:N")
    det_max_side: int = Field(default=2000, ge=256)
    text_score: float = Field(default=0.5, ge=0, le=1)
    batch_pages: int = Field(default=16, ge=1, description="pages per pass of recognize_batch")
    det_batch_pages: int = Field(default=8, ge=1, description="pages per detection forward pass")
    rec_batch_size: int = Field(default=64, ge=1, description="text lines per recognition forward pass")
    rec_width_step: int = Field(
        default=0, ge=0, description="0: RapidOCR's exact padded widths; N: round up to N (fewer calls)"
    )
    allow_tf32: bool = Field(default=False, description="TF32 on GPU: faster, texts may differ slightly")
    cpu_threads: int | None = Field(default=None, ge=1, description="torch threads when on the CPU")


OcrSettings = Annotated[
    RapidOcrSettings | TesseractSettings | PaddleOcrSettings | TorchOcrSettings, Field(discriminator="kind")
]


class ExtractSettings(_Settings):
    review_threshold: float = Field(ge=0, le=1, description="fields below this confidence go to review")
    required_fields: dict[str, list[str]] = Field(default_factory=dict)


class RuntimeSettings(_Settings):
    workers: int = Field(ge=0, description="OCR worker actors; 0 runs every stage in this process")
    cpus_per_worker: float = Field(gt=0)
    gpus_per_worker: float | Literal["auto"] = Field(
        description="auto: GPU engines get an even share of the cluster's GPUs, CPU engines none"
    )
    ray_address: str | None = None
    max_in_flight_per_worker: int = Field(ge=1)


class StoreSettings(_Settings):
    write_pages: bool = True
    page_image_format: Literal["png", "jpeg"] = "png"


class EventSettings(_Settings):
    flush_interval_s: float = Field(ge=0, description="the run's events file is rewritten at most this often")
    webhook_url: str | None = Field(description="POST one JSON event per finished document")
    webhook_timeout_s: float = Field(gt=0)
    webhook_max_attempts: int = Field(ge=1)
    webhook_backoff_s: float = Field(ge=0, description="first retry delay; doubles each time")
    webhook_drain_timeout_s: float = Field(ge=0, description="wait at the end for pending POSTs")


class ReviewSettings(_Settings):
    qa_share: float = Field(
        ge=0, le=1, description="share of auto-accepted documents also sent to review (QA sample), by id hash"
    )
    policies: str | None = Field(
        default=None, description="governance policy rules (YAML); null: the packaged configs/policies.yaml"
    )


class RetentionSettings(_Settings):
    """Days each artifact is kept, counted from its own time; null keeps it forever."""

    pages: int | None = Field(ge=0, description="page images (pages/)")
    ocr: int | None = Field(ge=0, description="OCR words and boxes (ocr/)")
    results: int | None = Field(ge=0, description="every result version (results/)")
    audit: int | None = Field(ge=0, description="audit trails, from their newest entry")
    quarantine: int | None = Field(ge=0, description="quarantine records")
    corrections: int | None = Field(ge=0, description="review corrections (training data)")
    runs: int | None = Field(ge=0, description="run reports (runs/)")
    events: int | None = Field(ge=0, description="event logs for case systems (events/)")


class DriftSettings(_Settings):
    max_confidence_drop: float = Field(
        default=0.05,
        ge=0,
        le=1,
        description="alert when a field's mean confidence falls this far below baseline",
    )
    max_automation_drop: float = Field(
        default=0.10, ge=0, le=1, description="alert when an automation rate falls this far below baseline"
    )
    min_count: int = Field(default=30, ge=1, description="fewer values than this never raise an alert")
    window_days: int = Field(
        default=7, ge=1, description="drift is measured over the last days of the report"
    )


class ReportSettings(_Settings):
    sla_hours: dict[str, float] = Field(
        default_factory=lambda: {"default": 24.0},
        description="review deadline per document type (routing to merged review); 'default': the rest",
    )
    age_buckets_hours: tuple[float, ...] = Field(
        default=(1.0, 4.0, 24.0, 72.0), description="upper bounds of the queue age buckets, ascending"
    )
    qa_confidence_level: float = Field(default=0.95, gt=0, lt=1, description="of the Wilson interval")
    drift: DriftSettings = Field(default_factory=DriftSettings)
    dashboard_refresh_s: float = Field(default=30.0, gt=0, description="the dashboard is rebuilt this often")

    @field_validator("sla_hours")
    @classmethod
    def _positive_sla(cls, value: dict[str, float]) -> dict[str, float]:
        bad = [k for k, v in value.items() if v <= 0]
        if bad:
            raise ValueError(f"SLA hours must be positive: {', '.join(bad)}")
        return value

    @field_validator("age_buckets_hours")
    @classmethod
    def _ascending(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(b <= a for a, b in pairwise(value)) or any(v <= 0 for v in value):
            raise ValueError("age_buckets_hours must be positive and ascending")
        return value

    def sla_s(self, doc_type: str) -> float:
        hours = self.sla_hours.get(doc_type, self.sla_hours.get("default", 24.0))
        return hours * 3600.0


class ModelSettings(_Settings):
    """Which learned models extraction uses (defaults as in configs/default.yaml, for programmatic use)."""

    registry: str | None = Field(default=None, description="registry URI: file://DIR or s3://bucket[/prefix]")
    receipt: str = Field(default="promoted", description="promoted | packaged | rules | vN")


class PipelineConfig(_Settings):
    ingest: IngestSettings
    preprocess: PreprocessSettings
    ocr: OcrSettings
    extract: ExtractSettings
    runtime: RuntimeSettings
    store: StoreSettings
    events: EventSettings
    review: ReviewSettings
    retention: RetentionSettings
    report: ReportSettings
    models: ModelSettings

    def sha256(self) -> str:
        """The configuration's fingerprint, recorded in run reports and audit entries."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()

    def with_updates(self, **sections: dict[str, Any]) -> PipelineConfig:
        """A copy with some keys of some sections changed, validated like a file."""
        data = self.model_dump()
        return PipelineConfig.model_validate(_deep_merge(data, sections))


class ConfigError(ValueError):
    pass


def configs_dir() -> Path:
    """configs/ of the installed package (wheel) or of the source checkout (editable install)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "configs", here.parents[1] / "configs"):
        if (candidate / "default.yaml").is_file():
            return candidate
    raise ConfigError("configs/default.yaml not found beside the package or in the checkout")


def schemas_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "schemas", here.parents[1] / "schemas"):
        if candidate.is_dir():
            return candidate
    raise ConfigError("schemas/ not found beside the package or in the checkout")


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            # a different OCR kind replaces the section instead of merging into the old kind's keys
            if "kind" in value and value["kind"] != out[key].get("kind"):
                out[key] = value
            else:
                out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"config {path} must be a mapping at the top level")
    return data


def load_config(path: str | Path | None = None) -> PipelineConfig:
    data = _read_yaml(configs_dir() / "default.yaml")
    if path is not None:
        data = _deep_merge(data, _read_yaml(Path(path)))
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"invalid config {path or 'default.yaml'}:\n{exc}") from exc
