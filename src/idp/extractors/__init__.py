"""Classification, field extraction, normalisation and validation over OCR'd documents.

``extract_document`` is the stage the pipeline calls after OCR: lines -> doc type -> fields and line
items by the type's schema (configs/doc_types/<type>.yaml) -> checks. It is pure (no I/O beyond
reading the schemas once, no global state) and returns a new Document.

Per type, the schema's ``extractor`` picks the rules: ``generic`` (label synonyms only: claims, forms and
any type added by a YAML file), ``invoice`` (generic plus letterhead vendor, totals and currency cues)
or ``receipt`` (the receipt layout rules, the generic labels filling in required fields they miss).
Every type with a ``line_items`` field gets its tables read (:mod:`idp.extractors.tables`); a type
with ``label_value_pairs`` also reports every other printed ``label: value`` (:mod:`idp.extractors.forms`).
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from idp.document import DocTypeValue, Document, FieldValue, LineItem
from idp.extractors.calibration import calibrate, load_calibrator
from idp.extractors.classify import classify, classify_with_kind
from idp.extractors.common import day_first_evidence, doc_currency
from idp.extractors.e_invoice import (
    checks_for,
    e_invoice_fields,
    extract_e_invoice,
    load_e_invoice_config,
    merged_items,
)
from idp.extractors.forms import extract_pairs
from idp.extractors.generic import extract_generic
from idp.extractors.invoice import extract_invoice
from idp.extractors.labels import LabelIndex
from idp.extractors.layout import build_lines
from idp.extractors.receipt import RECEIPT_FIELDS, extract_receipt
from idp.extractors.schema import DocTypeSchema, load_doc_type_schemas
from idp.extractors.tables import extract_line_items
from idp.extractors.validate import validate
from idp.extractors.wrapper import invoice_part

EXTRACTOR_VERSION = "rules:0.2.0"
FILL_IN_FACTOR = 0.8  # generic values filling in what a specialised extractor missed are trusted less
TOTALS = ("subtotal", "tax", "total")

__all__ = [
    "EXTRACTOR_VERSION",
    "build_lines",
    "classify",
    "extract_document",
    "extract_fields",
    "extract_with_schema",
    "load_doc_type_schemas",
]


def _day_first(doc: Document) -> bool | None:
    """Day-first dates from the document's own dates, then its currency as invoices and receipts weigh it."""
    return day_first_evidence(doc.lines, doc_currency(doc.lines)[0])


def _stop_labels(schema: DocTypeSchema) -> LabelIndex:
    """The labels that end a line-item table: the schema's totals, or every amount field's."""
    names = [f.name for f in schema.fields if f.name in TOTALS] or [
        f.name for f in schema.fields if f.type == "amount"
    ]
    return LabelIndex({n: f.synonyms() for n in names if (f := schema.field(n)) is not None})


def extract_with_schema(
    doc: Document, schema: DocTypeSchema | None
) -> tuple[dict[str, FieldValue], list[LineItem]]:
    """Fields and line items of ``doc`` (lines built) as a document of type ``schema``."""
    if schema is None or not doc.lines:
        return {}, []
    prefix = f"rule:{schema.name}"
    if schema.extractor == "invoice":
        doc = invoice_part(doc)  # a cover letter, e-mail or reminder printed before it is not the invoice
        fields = extract_invoice(doc, schema, prefix)
    elif schema.extractor == "receipt":
        fields = extract_receipt(doc, prefix)
        missing = [n for n in schema.required if n not in fields]
        others = [f.name for f in schema.fields if f.name not in RECEIPT_FIELDS]  # the schema's own additions
        generic = extract_generic(doc, schema, _day_first(doc), "rule:generic") if missing or others else {}
        for name, f in generic.items():
            if name in missing:
                fields[name] = f.model_copy(update={"confidence": round(f.confidence * FILL_IN_FACTOR, 4)})
            elif name in others:
                fields[name] = f.model_copy(update={"source": f"{prefix}.{name}"})
    else:
        fields = extract_generic(doc, schema, _day_first(doc), prefix)
    items: list[LineItem] = []
    for spec in schema.fields:
        if spec.type == "line_items":
            items += extract_line_items(doc, spec, _stop_labels(schema))
    if schema.label_value_pairs:
        fields.update(extract_pairs(doc, fields, _day_first(doc), f"{prefix}.pair", schema.pair_linker))
    return fields, items


def extract_fields(
    doc: Document, schemas: Mapping[str, DocTypeSchema] | None = None
) -> dict[str, FieldValue]:
    """Fields for ``doc.doc_type`` from ``doc.lines`` (no line items, no validation)."""
    schemas = load_doc_type_schemas() if schemas is None else schemas
    return extract_with_schema(doc, schemas.get(str(doc.doc_type.value)))[0]


def extract_document(doc: Document, schemas: Mapping[str, DocTypeSchema] | None = None) -> Document:
    """build_lines -> classify -> the doc type's extractors -> validation, on a copy of ``doc``.

    A document carrying a structured e-invoice (Factur-X, ZUGFeRD, UBL: :mod:`idp.extractors.e_invoice`)
    is the type that XML makes it, and the XML's fields replace the ones read from the print.
    ``schemas``: the document types (default: configs/doc_types, read once per process)."""
    t0 = time.perf_counter()
    schemas = load_doc_type_schemas() if schemas is None else schemas
    doc = build_lines(doc)
    structured = extract_e_invoice(doc, schemas)
    kind: str | None = None  # what a document titled as a look-alike (a quotation...) calls itself
    if structured is not None:
        doc_type = DocTypeValue(value=structured[1].name, confidence=load_e_invoice_config().confidence)
    else:
        doc_type, kind = classify_with_kind(doc, schemas)
    doc = doc.model_copy(update={"doc_type": doc_type})
    schema = schemas.get(str(doc.doc_type.value))
    fields, items = extract_with_schema(doc, schema)
    if kind is not None:  # a document of no configured type: a quotation goes to purchasing, not to pay
        fields = {
            "document_kind": FieldValue(value=kind, confidence=doc_type.confidence, source="rule:doc_titles")
        }
    checks = []
    models = {**doc.models, "extractor": EXTRACTOR_VERSION}
    if structured is not None:
        e_invoice, e_schema = structured
        xml_fields, xml_items, checks = e_invoice_fields(
            e_invoice, e_schema, doc.lines, doc, load_e_invoice_config()
        )
        fields, items = {**fields, **xml_fields}, merged_items(xml_items, items)
        models["e_invoice"] = e_invoice.tag
        schema = checks_for(e_schema, e_invoice)
    fields, items, results = validate(fields, items, schema)
    timings = {**doc.timings_ms, "extract": round((time.perf_counter() - t0) * 1000, 2)}
    out = doc.model_copy(
        update={
            "fields": {**doc.fields, **fields},
            "line_items": items or doc.line_items,
            "validation": [*doc.validation, *results, *checks],
            "models": models,
            "timings_ms": timings,
        }
    )
    # the calibrators were fitted on confidences after validation: calibrate last
    return calibrate(out, load_calibrator(str(out.doc_type.value)))
