from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from idp.config import load_config
from idp.document import Result
from idp.extractors import extract_document
from idp.extractors.schema import SchemaError, default_dir, load_doc_type_schemas
from idp.pipeline.routing import route
from tests.extractors.builders import doc_from_rows


def test_default_schemas_load() -> None:
    schemas = load_doc_type_schemas()
    assert {"invoice", "receipt", "claim", "form"} <= schemas.keys()
    invoice = schemas["invoice"]
    names = {f.name for f in invoice.fields}
    assert {
        "vendor_name", "vendor_address", "invoice_number", "date", "due_date", "purchase_order", "currency",
        "subtotal", "tax", "total", "line_items",
    } <= names  # fmt: skip
    assert {"en", "de", "fr", "es", "nl"} <= invoice.field("invoice_number").labels.keys()
    assert invoice.threshold("total", 0.5) == 0.85  # the field's own
    assert invoice.threshold("customer_name", 0.5) == 0.80  # the type's
    assert "total" in invoice.required and invoice.field("date").norm == "date"
    claim = schemas["claim"]
    assert {f.name for f in claim.fields} >= {
        "claim_number", "policy_number", "claimant_name", "date_of_loss", "amount_claimed", "provider",
    }  # fmt: skip
    assert schemas["form"].label_value_pairs and load_doc_type_schemas() is schemas  # read once


def _copy_defaults(tmp_path: Path) -> Path:
    folder = tmp_path / "doc_types"
    shutil.copytree(default_dir(), folder)
    return folder


def test_a_typo_is_an_error_naming_file_and_key(tmp_path: Path) -> None:
    folder = _copy_defaults(tmp_path)
    path = folder / "claim.yaml"
    path.write_text(path.read_text().replace("review_threshold: 0.85", "review_treshold: 0.85", 1))
    with pytest.raises(SchemaError, match=r"claim\.yaml(.|\n)*review_treshold"):
        load_doc_type_schemas(folder)


HEAD = "name: t\nclassification: {keywords: {x: 1}}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: other_name\nclassification: {keywords: {x: 1}}\n", "must match the file name"),
        (HEAD + "fields: [{name: a, type: money}]\n", "type"),
        (HEAD + "fields: [{name: a, type: text}, {name: a, type: date}]\n", "duplicate fields"),
        (HEAD + "rules: [subtotal_plus_tax_equals_total]\n", "needs fields"),
        (HEAD + "fields: [{name: a, type: text, validation: [checksum]}]\n", "does not apply"),
        (HEAD + "fields: [{name: a, type: id, labels: {english: [Number]}}]\n", "ISO 639-1"),
    ],
)
def test_invalid_schemas_are_refused(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "t.yaml").write_text(text)
    with pytest.raises(SchemaError, match=message):
        load_doc_type_schemas(tmp_path)


DELIVERY_NOTE = """
name: delivery_note
review_threshold: 0.5
classification:
  keywords: {delivery note: 3.0, consignee: 2.0, goods received: 2.0}
fields:
  - name: delivery_number
    type: id
    required: true
    labels: {en: [Delivery Note No, DN Number], de: [Lieferschein-Nr.]}
  - name: delivery_date
    type: date
    validation: [plausible]
    labels: {en: [Delivery Date, Date Delivered], de: [Lieferdatum]}
  - name: consignee
    type: name
    labels: {en: [Consignee, Deliver To]}
  - name: gross_weight
    type: number
    review_threshold: 0.99
    labels: {en: [Gross Weight]}
  - name: carrier
    type: name
    required: true
    labels: {en: [Carrier]}
"""


def test_a_new_document_type_is_a_yaml_file(tmp_path: Path) -> None:
    folder = _copy_defaults(tmp_path)
    (folder / "delivery_note.yaml").write_text(DELIVERY_NOTE)
    schemas = load_doc_type_schemas(folder)
    rows = [
        (20, [(20, "NORTHWIND LOGISTICS GMBH"), (400, "DELIVERY NOTE")]),
        (60, [(20, "Lieferschein-Nr.: DN-2024-0815")]),
        (85, [(20, "Lieferdatum: 14.03.2024")]),
        (110, [(20, "Consignee:"), (200, "Contoso Retail Ltd")]),
        (135, [(20, "Gross Weight:"), (200, "412.5 kg")]),
        (180, [(20, "Goods received in good condition. Signature: ________")]),
    ]
    doc = extract_document(doc_from_rows(rows, 600, 400), schemas)
    assert doc.doc_type.value == "delivery_note"
    f = doc.fields
    assert f["delivery_number"].value == "DN-2024-0815"
    assert f["delivery_date"].value == "2024-03-14"
    assert f["consignee"].value == "Contoso Retail Ltd"
    assert f["gross_weight"].value == "412.5"
    assert all(v.source.startswith("rule:delivery_note.") for v in f.values())
    assert [r.rule for r in doc.validation] == ["delivery_date_plausible"]
    routed = route(doc, load_config().extract, schemas)
    reasons = routed.review.reasons
    assert "missing_field:carrier" in reasons  # required by the YAML, not by the config
    assert any(r.startswith("low_confidence:gross_weight:") and r.endswith("<0.99") for r in reasons)
    assert not any(r.startswith("low_confidence:delivery_number") for r in reasons)  # the type's 0.5
    result = Result.model_validate(
        {
            "document_id": doc.document_id,
            "version": 1,
            "created_at": "2024-01-01T00:00:00Z",
            "source": doc.source.model_dump(),
            "doc_type": doc.doc_type.model_dump(),
            "status": "needs_review",
            "fields": {k: v.model_dump() for k, v in f.items()},
            "review": routed.review.model_dump(),
            "pages": [],
            "models": {},
            "timings_ms": {},
        }
    )
    assert result.doc_type.value == "delivery_note"


def test_routing_without_schemas_uses_the_config() -> None:
    rows = [(20, [(20, "Meeting notes")]), (45, [(20, "Bring slides")])]
    doc = extract_document(doc_from_rows(rows))
    settings = load_config().extract
    assert route(doc, settings).review.reasons == ["no_fields_extracted"]


def test_a_normaliser_other_than_the_types_re_reads_the_value(tmp_path: Path) -> None:
    folder = _copy_defaults(tmp_path)
    text = DELIVERY_NOTE.replace(
        "    type: id\n    required: true", "    type: id\n    normaliser: none\n    required: true"
    )
    (folder / "delivery_note.yaml").write_text(text)
    rows = [(20, [(400, "DELIVERY NOTE")]), (60, [(20, "DN Number:"), (200, "DN-2O24-0815")])]
    doc = extract_document(doc_from_rows(rows, 600, 400), load_doc_type_schemas(folder))
    assert doc.fields["delivery_number"].value == "DN-2O24-0815"  # as printed (the id normaliser mends 2O24)
