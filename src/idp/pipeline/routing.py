"""Routing: does a document need a person? Fields under their threshold, failed validation rules and
missing required fields send it to review, each with a reason the reviewer sees."""

from __future__ import annotations

from idp.config import ExtractSettings
from idp.document import Document, ReviewInfo


def route(doc: Document, settings: ExtractSettings) -> Document:
    reasons: list[str] = []
    for name in settings.required_fields.get(doc.doc_type.value.value, []):
        field = doc.fields.get(name)
        if field is None or field.value in (None, ""):
            reasons.append(f"missing_field:{name}")
    for name, field in sorted(doc.fields.items()):
        if field.value not in (None, "") and field.confidence < settings.review_threshold:
            reasons.append(f"low_confidence:{name}:{field.confidence:.2f}<{settings.review_threshold:.2f}")
    reasons.extend(f"validation_failed:{v.rule}" for v in doc.validation if not v.passed)
    if not doc.fields and not reasons:
        reasons.append("no_fields_extracted")
    review = ReviewInfo(required=bool(reasons), reasons=reasons)
    return doc.model_copy(update={"review": review})
