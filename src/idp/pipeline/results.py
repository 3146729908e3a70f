"""Turning a processed Document into the stored artifacts: the result contract, OCR words, page images."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from idp.document import Document, PageSummary, Result, Status, id_to_key, utc_now


def result_key(document_id: str) -> str:
    return f"results/{id_to_key(document_id)}.json"


def result_version_key(document_id: str, version: int) -> str:
    return f"results/{id_to_key(document_id)}/v{version}.json"


def quarantine_key(document_id: str) -> str:
    return f"quarantine/{id_to_key(document_id)}.json"


def ocr_key(document_id: str) -> str:
    return f"ocr/{id_to_key(document_id)}.json"


def page_key(document_id: str, number: int, image_format: str = "png") -> str:
    return f"pages/{id_to_key(document_id)}/{number}.{'jpg' if image_format == 'jpeg' else image_format}"


def build_result(
    doc: Document,
    version: int,
    run_id: str | None,
    page_keys: dict[int, str],
    ocr_object_key: str | None,
) -> Result:
    status = Status.needs_review if doc.review.required else Status.auto_accepted
    pages = [
        PageSummary(
            number=p.number,
            width=p.width,
            height=p.height,
            rotation=p.rotation,
            skew_degrees=round(p.skew_degrees, 3),
            text_source=p.text_source,
            words=len(p.words),
            image_key=page_keys.get(p.number),
        )
        for p in doc.pages
    ]
    return Result(
        document_id=doc.document_id,
        version=version,
        created_at=utc_now(),
        run_id=run_id,
        source=doc.source,
        doc_type=doc.doc_type,
        status=status,
        fields=doc.fields,
        line_items=doc.line_items,
        validation=doc.validation,
        review=doc.review,
        pages=pages,
        models=doc.models,
        timings_ms={k: round(v, 1) for k, v in doc.timings_ms.items()},
        ocr_key=ocr_object_key,
    )


def ocr_payload(doc: Document) -> dict:
    """Every page's words, in page pixels, with the models that produced them."""
    return {
        "schema_version": "1",
        "document_id": doc.document_id,
        "models": doc.models,
        "pages": [
            {
                "number": p.number,
                "width": p.width,
                "height": p.height,
                "text_source": p.text_source,
                "rotation": p.rotation,
                "skew_degrees": p.skew_degrees,
                "words": [
                    {
                        "text": w.text,
                        "bbox": [round(v, 1) for v in w.bbox],
                        "confidence": round(w.confidence, 4),
                    }
                    for w in p.words
                ],
            }
            for p in doc.pages
        ],
    }


def encode_image(image: np.ndarray, image_format: str = "png") -> bytes:
    buffer = io.BytesIO()
    if image_format == "jpeg":
        Image.fromarray(image).save(buffer, format="JPEG", quality=90)
    else:
        Image.fromarray(image).save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()
