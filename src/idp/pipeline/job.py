"""The unit of work a worker runs: read one input, skip it if already done, process, write artifacts.

Write order makes a crash harmless: page images (each as soon as the processor has finished its
page) and OCR words first, then the versioned result, then the latest-result pointer
`results/<id>.json`, whose presence marks the document done. A quarantined document keeps no page
images. A re-run skips documents with a result or a quarantine record (unless forced) and rewrites
nothing else.
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Literal

from pydantic import BaseModel, Field

from idp.config import PipelineConfig
from idp.document import (
    QuarantineError,
    QuarantineReason,
    QuarantineRecord,
    document_id_for,
    utc_now,
)
from idp.governance.audit_events import audit_processing, audit_quarantine
from idp.pipeline.processor import DocumentProcessor
from idp.pipeline.results import (
    build_result,
    ocr_key,
    ocr_payload,
    page_key,
    quarantine_key,
    result_key,
    result_version_key,
)
from idp.pipeline.store import Store, open_store

logger = logging.getLogger(__name__)


class InputItem(BaseModel):
    key: str = Field(description="key of the input in the source store")
    name: str = Field(description="the input's path relative to the source, shown to people")
    uri: str
    size: int | None = None


class Outcome(BaseModel):
    """What the driver learns of one input: small, so it crosses process boundaries cheaply."""

    name: str
    document_id: str | None = None
    outcome: Literal["processed", "skipped", "quarantined"]
    status: str | None = None
    doc_type: str | None = None
    pages: int = 0
    reason: str | None = None
    message: str | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    page_text_sources: list[str] = Field(default_factory=list)
    review_reasons: list[str] = Field(default_factory=list)
    qa_sample: bool = False


class DocumentJob:
    def __init__(self, config: PipelineConfig, source_uri: str, out_uri: str, run_id: str) -> None:
        self.config = config
        self.source: Store = open_store(source_uri)
        self.out: Store = open_store(out_uri)
        self.run_id = run_id
        self.processor = DocumentProcessor(config)
        self.config_sha256 = config.sha256()

    def run(self, item: InputItem, force: bool = False) -> Outcome:
        data = self.source.get(item.key)
        document_id = document_id_for(data)
        if not force and (
            self.out.exists(result_key(document_id)) or self.out.exists(quarantine_key(document_id))
        ):
            return Outcome(name=item.name, document_id=document_id, outcome="skipped")
        image_format = self.config.store.page_image_format
        page_keys: dict[int, str] = {}

        def write_page(number: int, image: bytes) -> None:  # each page as soon as it is done
            key = page_key(document_id, number, image_format)
            self.out.put(key, image, f"image/{image_format}")
            page_keys[number] = key

        try:
            doc = self.processor.process(data, item.name, item.uri, write_page)
        except QuarantineError as exc:
            self._drop_pages(page_keys)
            return self.quarantine(item, document_id, len(data), exc.reason, exc.message)
        except Exception as exc:  # a bug or an input no check foresaw: keep the batch going, keep the reason
            logger.error("processing %s failed:\n%s", item.name, traceback.format_exc())
            self._drop_pages(page_keys)
            message = f"{type(exc).__name__}: {exc}"
            return self.quarantine(item, document_id, len(data), QuarantineReason.processing_error, message)
        start = time.perf_counter()
        words_key = ocr_key(document_id)
        self.out.put_json(words_key, ocr_payload(doc))
        version = self._next_version(document_id)
        doc.timings_ms["write"] = doc.timings_ms.get("write", 0.0) + (time.perf_counter() - start) * 1000.0
        result = build_result(doc, version, self.run_id, page_keys, words_key)
        payload = result.model_dump(mode="json")
        self.out.put_json(result_version_key(document_id, version), payload)
        was_quarantined = force and self.out.exists(quarantine_key(document_id))
        previous = version - 1 if version > 1 else None
        audit_processing(self.out, result, self.config_sha256, previous, was_quarantined)
        self.out.put_json(result_key(document_id), payload)
        if force:  # a document that failed before and now succeeds is no longer in quarantine
            self.out.delete(quarantine_key(document_id))
        return Outcome(
            name=item.name,
            document_id=document_id,
            outcome="processed",
            status=result.status.value,
            doc_type=str(result.doc_type.value),
            pages=len(doc.pages),
            timings_ms=result.timings_ms,
            page_text_sources=[p.text_source for p in doc.pages],
            review_reasons=result.review.reasons,
            qa_sample=result.review.qa_sample,
        )

    def _drop_pages(self, page_keys: dict[int, str]) -> None:
        """A quarantined document keeps no page images (pages written before a later page failed)."""
        for key in page_keys.values():
            self.out.delete(key)

    def _next_version(self, document_id: str) -> int:
        try:
            return int(self.out.get_json(result_key(document_id))["version"]) + 1
        except KeyError:
            return 1

    def quarantine(
        self, item: InputItem, document_id: str, size: int, reason: QuarantineReason, message: str
    ) -> Outcome:
        return write_quarantine(self.out, item, document_id, size, reason, message, self.run_id)


def write_quarantine(
    out: Store,
    item: InputItem,
    document_id: str,
    size: int,
    reason: QuarantineReason,
    message: str,
    run_id: str | None,
) -> Outcome:
    record = QuarantineRecord(
        document_id=document_id,
        source_uri=item.uri,
        file_name=item.name,
        size_bytes=size,
        reason=reason,
        message=message,
        created_at=utc_now(),
        run_id=run_id,
    )
    out.put_json(quarantine_key(document_id), record.model_dump(mode="json"))
    audit_quarantine(out, record)
    return Outcome(
        name=item.name, document_id=document_id, outcome="quarantined", reason=reason.value, message=message
    )
