"""Routing: does a document need a person? Fields under their threshold, failed validation rules and
missing required fields send it to review, each with a reason the reviewer sees.

Thresholds and required fields come from the document type's schema (configs/doc_types/<type>.yaml:
a field's own ``review_threshold``, else the type's); a type without a schema, and fields the schema
does not name, fall back to ``extract.review_threshold`` and ``extract.required_fields`` of the config.

Governance policy (configs/policies.yaml, :mod:`idp.pipeline.policy`) then adds its rules: the rules that
fired, review reasons, the number of distinct approvals needed, a priority and an SLA."""

from __future__ import annotations

from collections.abc import Mapping

from idp.annotation.qa_sample import select_qa_sample
from idp.config import ExtractSettings
from idp.document import Document, ReviewInfo
from idp.extractors.schema import DocTypeSchema
from idp.pipeline.policy import Policies, evaluate, packaged_policies


def route(
    doc: Document,
    settings: ExtractSettings,
    schemas: Mapping[str, DocTypeSchema] | None = None,
    qa_share: float = 0.0,
    policies: Policies | None = None,
) -> Document:
    """The document with `review` set. A `qa_share` of the documents that need no review go to review
    anyway, marked `qa_sample`, so that reviewers measure the error rate of auto-accepted fields.
    `policies`: None applies the packaged configs/policies.yaml (loaded once per process)."""
    doc_type = str(doc.doc_type.value)
    schema = schemas.get(doc_type) if schemas is not None else None
    default = settings.review_threshold

    def threshold(name: str) -> float:
        return schema.threshold(name, default) if schema is not None else default

    required = schema.required if schema is not None else settings.required_fields.get(doc_type, [])
    reasons: list[str] = []
    for name in required:
        field = doc.fields.get(name)
        if field is None or field.value in (None, ""):
            reasons.append(f"missing_field:{name}")
    for name, field in sorted(doc.fields.items()):
        limit = threshold(name)
        if field.value not in (None, "") and field.confidence < limit:
            reasons.append(f"low_confidence:{name}:{field.confidence:.2f}<{limit:.2f}")
    limit = threshold("line_items")
    for n, item in enumerate(doc.line_items):
        if item.confidence < limit:
            reasons.append(f"low_confidence:line_items[{n}]:{item.confidence:.2f}<{limit:.2f}")
    reasons.extend(f"validation_failed:{v.rule}" for v in doc.validation if not v.passed)
    if doc_type == "other" and (kind := doc.fields.get("document_kind")) is not None:
        reasons.append(f"not_a_known_type:{kind.value}")  # a quotation, a delivery note: a person files it
    if not doc.fields and not reasons:
        reasons.append("no_fields_extracted")
    decision = evaluate(doc, policies if policies is not None else packaged_policies())
    reasons.extend(decision.review_reasons)
    governance = {
        "rules": decision.rules_fired,
        "required_approvals": decision.required_approvals,
        "priority": decision.priority,
        "sla_hours": decision.sla_hours,
    }
    review = ReviewInfo(required=bool(reasons), reasons=reasons, **governance)
    if not review.required and select_qa_sample(doc.document_id, qa_share):
        review = ReviewInfo(required=True, reasons=["qa_sample"], qa_sample=True, **governance)
    return doc.model_copy(update={"review": review})
