"""The document data model every stage reads and returns, and the result contract.

This module is imported by every package, so it must stay free of heavy imports
(no OpenCV, OCR engines, Ray, storage clients). Page pixels travel as a numpy array
on `Page.image`, excluded from every serialisation.

Coordinates: `Word.bbox` and `Line.bbox` are in pixels of the page image after
preprocessing (the image written to ``pages/<doc>/<n>.png``); the result contract
carries boxes normalised to [0, 1] of that page.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1


def document_id_for(data: bytes) -> str:
    """The stable id of an input file: the sha256 of its bytes."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def id_to_key(document_id: str) -> str:
    """The document id as used in storage keys (``sha256:abc`` -> ``abc``)."""
    return document_id.split(":", 1)[-1]


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class DocType(StrEnum):
    """The built-in document types; a type added by a YAML file under configs/doc_types has its own name."""

    invoice = "invoice"
    receipt = "receipt"
    claim = "claim"
    form = "form"
    other = "other"


class Status(StrEnum):
    auto_accepted = "auto_accepted"
    needs_review = "needs_review"
    reviewed = "reviewed"
    failed = "failed"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- working model


class Word(_Model):
    text: str
    bbox: BBox
    confidence: float = Field(ge=0.0, le=1.0)


class Line(_Model):
    """Words on one visual line, left to right; `block` groups lines that belong together."""

    words: list[Word]
    page: int
    block: int = 0

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return (
            min(w.bbox[0] for w in self.words),
            min(w.bbox[1] for w in self.words),
            max(w.bbox[2] for w in self.words),
            max(w.bbox[3] for w in self.words),
        )

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=0.0)


class Page(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, extra="forbid")

    number: int = Field(ge=1, description="1-based page number in the source file")
    width: int
    height: int
    image: np.ndarray | None = Field(default=None, exclude=True, repr=False)
    words: list[Word] = Field(default_factory=list)
    text_source: Literal["ocr", "text_layer", "none"] = "none"
    rotation: int = Field(default=0, description="degrees the page was turned clockwise to stand upright")
    skew_degrees: float = 0.0
    dpi: float | None = None


class FieldValue(_Model):
    value: str | None
    raw: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    page: int | None = None
    bbox: BBox | None = Field(default=None, description="normalised [0, 1] of the page: x0, y0, x1, y1")
    source: str = Field(description="what produced the value, e.g. rule:receipt.total or model:receipt@3")
    reviewed_by: str | None = None
    reviewed_at: str | None = None


class LineItem(_Model):
    description: str | None = None
    quantity: str | None = None
    unit_price: str | None = None
    amount: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    page: int | None = None
    bbox: BBox | None = None


class ValidationResult(_Model):
    rule: str
    passed: bool
    message: str | None = None
    fields: list[str] = Field(default_factory=list)


class Approval(_Model):
    """One reviewer's confirmation of a document that policy says needs several independent approvals."""

    reviewer: str
    time: str
    annotation_id: int | None = None


class ReviewInfo(_Model):
    required: bool = False
    reasons: list[str] = Field(default_factory=list)
    task_id: int | None = None
    qa_sample: bool = False
    rules: list[str] = Field(
        default_factory=list, description="the policy rules (configs/policies.yaml) that fired"
    )
    required_approvals: int = Field(
        default=0, ge=0, description="distinct reviewers who must approve; 0: one review"
    )
    approvals: list[Approval] = Field(
        default_factory=list, description="distinct reviewers who approved so far"
    )
    priority: int | None = Field(
        default=None, description="review priority from policy; higher is more urgent"
    )
    sla_hours: float | None = Field(default=None, gt=0, description="hours to first review, from policy")


class SourceInfo(_Model):
    uri: str
    name: str
    sha256: str
    media_type: str
    size_bytes: int
    pages: int


class Attachment(_Model):
    """An XML the input carries (a Factur-X, ZUGFeRD, XRechnung or UBL invoice attached to a PDF) or is."""

    name: str
    text: str = Field(repr=False)
    is_input: bool = Field(default=False, description="the input file itself; its pages are drawn from it")


class DocTypeValue(_Model):
    value: str = Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        description="a type configured under configs/doc_types (invoice, receipt, claim, form, ...) or other",
    )
    confidence: float = Field(ge=0.0, le=1.0)


class Document(BaseModel):
    """A document as it moves through the stages."""

    model_config = ConfigDict(arbitrary_types_allowed=True, extra="forbid")

    document_id: str
    source: SourceInfo
    pages: list[Page] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list, description="XML files the input carries")
    lines: list[Line] = Field(default_factory=list)
    doc_type: DocTypeValue = DocTypeValue(value=DocType.other, confidence=0.0)
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    line_items: list[LineItem] = Field(default_factory=list)
    validation: list[ValidationResult] = Field(default_factory=list)
    review: ReviewInfo = Field(default_factory=ReviewInfo)
    models: dict[str, str] = Field(default_factory=dict)
    timings_ms: dict[str, float] = Field(default_factory=dict)

    def page(self, number: int) -> Page:
        """The page numbered ``number`` (a view of some pages, such as an invoice without its cover
        letter, keeps the pages' own numbers)."""
        if 0 < number <= len(self.pages) and self.pages[number - 1].number == number:
            return self.pages[number - 1]
        return next(p for p in self.pages if p.number == number)

    def normalise_bbox(self, page_number: int, bbox: BBox) -> BBox:
        p = self.page(page_number)
        w, h = float(p.width), float(p.height)
        x0, y0, x1, y1 = bbox
        return (
            round(min(max(x0 / w, 0.0), 1.0), 5),
            round(min(max(y0 / h, 0.0), 1.0), 5),
            round(min(max(x1 / w, 0.0), 1.0), 5),
            round(min(max(y1 / h, 0.0), 1.0), 5),
        )


# --------------------------------------------------------------------------- contract


class PageSummary(_Model):
    number: int
    width: int
    height: int
    rotation: int
    skew_degrees: float
    text_source: Literal["ocr", "text_layer", "none"]
    words: int
    image_key: str | None = None


class Result(_Model):
    """One JSON object per input file: the contract upstream case systems read (schema_version "1")."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    document_id: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")
    version: int = Field(ge=1)
    created_at: str
    run_id: str | None = None
    source: SourceInfo
    doc_type: DocTypeValue
    status: Status
    fields: dict[str, FieldValue]
    line_items: list[LineItem] = Field(default_factory=list)
    validation: list[ValidationResult] = Field(default_factory=list)
    review: ReviewInfo
    pages: list[PageSummary]
    models: dict[str, str]
    timings_ms: dict[str, float]
    ocr_key: str | None = None


class QuarantineReason(StrEnum):
    empty = "empty"
    corrupt = "corrupt"
    truncated = "truncated"
    encrypted = "encrypted"
    unsupported_type = "unsupported_type"
    too_many_pixels = "too_many_pixels"
    too_many_pages = "too_many_pages"
    too_large = "too_large"
    processing_error = "processing_error"


class QuarantineRecord(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    document_id: str
    source_uri: str
    file_name: str
    size_bytes: int
    reason: QuarantineReason
    message: str
    created_at: str
    run_id: str | None = None


class QuarantineError(Exception):
    """Raised by a stage when an input cannot be processed; the batch quarantines it and goes on."""

    def __init__(self, reason: QuarantineReason, message: str) -> None:
        super().__init__(f"{reason.value}: {message}")
        self.reason = reason
        self.message = message


def result_json_schema() -> dict[str, Any]:
    schema = Result.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://idp.example/schemas/result.v1.schema.json"
    return schema
