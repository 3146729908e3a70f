"""Governance policy rules: loading errors name the bad rule; the issue's three example rules evaluated on
Documents and Results built here; routing lists the rules that fired."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp.config import ConfigError, load_config
from idp.document import DocTypeValue, Document, FieldValue, Result, SourceInfo, Status
from idp.pipeline.policy import PolicyRule, evaluate, load_policies, packaged_policies, parse_policies
from idp.pipeline.routing import route

DOC_ID = "sha256:" + "ab" * 32
EXAMPLES = """
rules:
  - name: claim_over_500_two_approvals
    doc_type: [claim]
    fields: {amount_claimed: {gt: 500}}
    action: {approvals: 2}
    priority: 80
    sla_hours: 8
  - name: claim_under_50_confident_auto
    doc_type: [claim]
    fields: {amount_claimed: {lt: 50}}
    min_confidence: 0.95
    action: auto_approve
    priority: 10
    sla_hours: 72
  - name: invoice_vendor_not_on_allow_list
    doc_type: [invoice]
    fields: {vendor_name: {not_in: [Acme Supplies Ltd, Globex Corp]}}
    action: review
    priority: 50
    sla_hours: 24
"""


def field(value: str, confidence: float = 0.99) -> FieldValue:
    return FieldValue(value=value, confidence=confidence, source="rule:test")


def document(doc_type: str, **fields: FieldValue) -> Document:
    source = SourceInfo(
        uri="file:///x", name="x.png", sha256="ab" * 32, media_type="image/png", size_bytes=1, pages=1
    )
    return Document(
        document_id=DOC_ID,
        source=source,
        doc_type=DocTypeValue(value=doc_type, confidence=0.9),
        fields=fields,
    )


def result(doc: Document) -> Result:
    return Result(
        document_id=doc.document_id, version=1, created_at="2026-01-01T00:00:00Z", source=doc.source,
        doc_type=doc.doc_type, status=Status.needs_review, fields=doc.fields, review=doc.review, pages=[],
        models={}, timings_ms={},
    )  # fmt: skip


@pytest.fixture
def policies(tmp_path: Path):
    path = tmp_path / "policies.yaml"
    path.write_text(EXAMPLES)
    return load_policies(path)


def test_a_large_claim_needs_two_approvals(policies) -> None:
    doc = document("claim", amount_claimed=field("812.40"), claimant_name=field("J. Doe"))
    for subject in (doc, result(doc)):
        decision = evaluate(subject, policies)
        assert decision.rules_fired == ["claim_over_500_two_approvals"]
        assert (decision.required_approvals, decision.priority, decision.sla_hours) == (2, 80, 8.0)
        assert decision.review_reasons == ["policy:claim_over_500_two_approvals:approvals=2"]
    assert evaluate(document("claim", amount_claimed=field("500.00")), policies).rules_fired == []  # gt


def test_a_small_confident_claim_is_auto_approved(policies) -> None:
    confident = document("claim", amount_claimed=field("42.00"), claimant_name=field("J. Doe", 0.97))
    decision = evaluate(confident, policies)
    assert decision.rules_fired == ["claim_under_50_confident_auto"] and decision.auto_approve
    assert decision.review_reasons == [] and decision.required_approvals == 0
    unsure = document("claim", amount_claimed=field("42.00"), claimant_name=field("J. Doe", 0.90))
    assert evaluate(unsure, policies).rules_fired == []


def test_an_invoice_from_a_vendor_off_the_allow_list_goes_to_review(policies) -> None:
    stranger = document("invoice", vendor_name=field("Initech LLC"))
    decision = evaluate(stranger, policies)
    assert decision.rules_fired == ["invoice_vendor_not_on_allow_list"]
    assert decision.review_reasons == ["policy:invoice_vendor_not_on_allow_list"]
    assert evaluate(document("invoice", vendor_name=field("acme supplies ltd ")), policies).rules_fired == []
    assert evaluate(document("invoice"), policies).rules_fired == []  # no vendor: the rule cannot tell
    assert evaluate(document("receipt", vendor_name=field("Initech LLC")), policies).rules_fired == []


def test_rules_combine_strictest_first() -> None:
    rules = [
        PolicyRule(name="a", action="review", priority=5, sla_hours=48),
        PolicyRule(name="b", action={"approvals": 3}, priority=1, sla_hours=4),
        PolicyRule(name="c", action="auto_approve", priority=9),
    ]
    decision = evaluate(document("claim", total=field("1")), rules)
    assert decision.rules_fired == ["a", "b", "c"] and not decision.auto_approve
    assert (decision.required_approvals, decision.priority, decision.sla_hours) == (3, 9, 4.0)
    assert (
        evaluate(
            document("claim", total=field("abc")),
            [PolicyRule(name="n", fields={"total": {"gt": 1}}, action="review")],
        ).rules_fired
        == []
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules:\n  - {name: big, action: {approvals: 0}}", "invalid rule 'big'"),
        ("rules:\n  - {name: typo, acton: review}", "invalid rule 'typo'"),
        ("rules:\n  - {name: op, fields: {total: {greater: 5}}, action: review}", "invalid rule 'op'"),
        ("rules:\n  - {name: empty, fields: {total: {}}, action: review}", "at least one of"),
        ("rules:\n  - {name: act, action: escalate}", "invalid rule 'act'"),
        ("rules:\n  - {action: review}", "invalid rule '#1'"),
        ("rules:\n  - {name: x, action: review}\n  - {name: x, action: review}", "duplicate rule names: x"),
        ("policies: []", "one key, 'rules'"),
        ("rules: [unclosed", "cannot read policies"),
    ],
)
def test_a_bad_rule_is_an_error_that_names_it(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "policies.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")):
        load_policies(path)


def test_no_rules_is_valid_and_python_is_never_evaluated() -> None:
    assert parse_policies(None).rules == ()
    with pytest.raises(ConfigError):
        parse_policies(
            {"rules": [{"name": "x", "fields": {"total": {"gt": "__import__('os')"}}, "action": "review"}]}
        )


def test_the_packaged_policies_load() -> None:
    names = [r.name for r in packaged_policies().rules]
    assert "claim_over_500_two_approvals" in names and "claim_under_50_confident_auto" in names


def test_routing_lists_the_rules_that_fired(policies) -> None:
    settings = load_config().extract
    doc = document("claim", amount_claimed=field("900.00"), claimant_name=field("J. Doe"))
    review = route(doc, settings, policies=policies).review
    assert review.required and review.rules == ["claim_over_500_two_approvals"]
    assert "policy:claim_over_500_two_approvals:approvals=2" in review.reasons
    assert (review.required_approvals, review.priority, review.sla_hours, review.approvals) == (
        2,
        80,
        8.0,
        [],
    )
    small = route(document("claim", amount_claimed=field("20.00")), settings, policies=policies).review
    assert not small.required and small.rules == ["claim_under_50_confident_auto"]
    assert small.priority == 10 and small.required_approvals == 0
    assert route(doc, settings, policies=parse_policies(None)).review.rules == []
    # the default: the packaged rules, loaded once
    assert route(doc, settings).review.required_approvals == 2


def test_the_configured_policy_file_routes_processed_documents(tmp_path: Path) -> None:
    from idp.pipeline.processor import DocumentProcessor
    from tests import inputs

    path = tmp_path / "house-rules.yaml"
    path.write_text(
        "rules:\n"
        "  - name: every_receipt_three_approvals\n"
        "    doc_type: [receipt]\n"
        "    action: {approvals: 3}\n"
        "    sla_hours: 2\n"
    )
    config = load_config().with_updates(review={"policies": str(path)})
    doc = DocumentProcessor(config).process(inputs.png_bytes(), "receipt.png", "receipt.png")
    assert str(doc.doc_type.value) == "receipt"
    assert "every_receipt_three_approvals" in doc.review.rules and doc.review.required_approvals == 3

    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - name: oops\n    action: {approvals: 0}\n")
    with pytest.raises(ConfigError, match="oops"):
        DocumentProcessor(load_config().with_updates(review={"policies": str(broken)}))
