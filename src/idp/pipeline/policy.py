"""Governance policy: rules in ``configs/policies.yaml`` that send documents to review or to several
independent approvals, with a priority and an SLA (hours to first review).

Rules are data validated at load (pydantic, ``extra="forbid"``), never evaluated Python: a rule matches on
the document type, on field values (numeric ``gt``/``gte``/``lt``/``lte`` on amounts, case-insensitive
``equals``/``in``/``not_in`` on text) and on every field's confidence (``min_confidence``). Every rule whose
conditions all hold fires. Combined: ``approvals: N`` wins over ``review``, ``review`` over ``auto_approve``;
the largest N, the highest priority and the shortest SLA apply. A condition on a field the document lacks
(or whose value does not parse as a number for a numeric test) does not hold, so the rule does not fire.

``auto_approve`` records that policy needs no person; routing's own checks (missing required fields,
failed validation, low confidence) still send the document to review.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, Protocol

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from idp.config import ConfigError, configs_dir
from idp.document import DocTypeValue, FieldValue

POLICIES_FILE = "policies.yaml"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldCondition(_Frozen):
    """Tests on one field's value; all given tests must hold."""

    gt: Decimal | None = None
    gte: Decimal | None = None
    lt: Decimal | None = None
    lte: Decimal | None = None
    equals: str | None = None
    in_: list[str] | None = Field(default=None, alias="in")
    not_in: list[str] | None = None

    @model_validator(mode="after")
    def _some_test(self) -> FieldCondition:
        if all(v is None for v in self.model_dump().values()):
            raise ValueError("a field condition needs at least one of gt, gte, lt, lte, equals, in, not_in")
        return self

    def holds(self, value: str | None) -> bool:
        if value in (None, ""):
            return False
        numeric = {"gt": self.gt, "gte": self.gte, "lt": self.lt, "lte": self.lte}
        if any(v is not None for v in numeric.values()):
            try:
                number = Decimal(str(value).replace(",", ""))
            except InvalidOperation:
                return False
            if not number.is_finite():
                return False
            checks = {"gt": number.__gt__, "gte": number.__ge__, "lt": number.__lt__, "lte": number.__le__}
            if not all(checks[op](limit) for op, limit in numeric.items() if limit is not None):
                return False
        text = str(value).strip().casefold()
        if self.equals is not None and text != self.equals.strip().casefold():
            return False
        if self.in_ is not None and text not in {v.strip().casefold() for v in self.in_}:
            return False
        return self.not_in is None or text not in {v.strip().casefold() for v in self.not_in}


class ApprovalsAction(_Frozen):
    approvals: int = Field(ge=1, description="distinct reviewers who must confirm the document")


class PolicyRule(_Frozen):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    enabled: bool = True
    doc_type: list[str] | None = Field(default=None, description="types it applies to; None: every type")
    fields: dict[str, FieldCondition] = Field(default_factory=dict)
    min_confidence: float | None = Field(default=None, ge=0, le=1, description="every field at least this")
    action: Literal["auto_approve", "review"] | ApprovalsAction
    priority: int = 0
    sla_hours: float | None = Field(default=None, gt=0)

    def matches(self, doc_type: str, fields: Mapping[str, FieldValue]) -> bool:
        if not self.enabled or (self.doc_type is not None and doc_type not in self.doc_type):
            return False
        if not all(c.holds(f.value if (f := fields.get(n)) else None) for n, c in self.fields.items()):
            return False
        if self.min_confidence is not None:
            present = [f for f in fields.values() if f.value not in (None, "")]
            if not present or any(f.confidence < self.min_confidence for f in present):
                return False
        return True


class Policies(_Frozen):
    rules: tuple[PolicyRule, ...] = ()

    def max_approvals(self, doc_type: str) -> int:
        """The most distinct reviewers any enabled rule can ask for on this document type."""
        return max(
            (
                r.action.approvals
                for r in self.rules
                if r.enabled
                and isinstance(r.action, ApprovalsAction)
                and (r.doc_type is None or doc_type in r.doc_type)
            ),
            default=1,
        )


class PolicyDecision(_Frozen):
    rules_fired: list[str] = Field(default_factory=list)
    required_approvals: int = 0
    priority: int | None = None
    sla_hours: float | None = None
    review_reasons: list[str] = Field(default_factory=list, description="policy:<rule> for each that asks")
    auto_approve: bool = Field(default=False, description="only auto_approve rules fired")


class _HasFields(Protocol):
    doc_type: DocTypeValue
    fields: dict[str, FieldValue]


def parse_policies(data: Any, origin: str = POLICIES_FILE) -> Policies:
    """Validated rules; a ConfigError names the file and the bad rule (by name, else by position)."""
    if data is None:
        return Policies()
    if not isinstance(data, dict) or set(data) - {"rules"}:
        raise ConfigError(f"policies {origin}: the top level must be a mapping with one key, 'rules'")
    raw = data.get("rules") or []
    if not isinstance(raw, list):
        raise ConfigError(f"policies {origin}: 'rules' must be a list")
    rules: list[PolicyRule] = []
    for n, item in enumerate(raw, start=1):
        label = item.get("name") if isinstance(item, dict) and item.get("name") else f"#{n}"
        try:
            rules.append(PolicyRule.model_validate(item))
        except ValidationError as exc:
            raise ConfigError(f"policies {origin}: invalid rule {label!r}:\n{exc}") from exc
    names = [r.name for r in rules]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"policies {origin}: duplicate rule names: {', '.join(duplicates)}")
    return Policies(rules=tuple(rules))


def load_policies(path: str | Path | None = None) -> Policies:
    """The rules of `path`, else of the packaged configs/policies.yaml (none when it is absent)."""
    file = Path(path) if path is not None else configs_dir() / POLICIES_FILE
    if path is None and not file.is_file():
        return Policies()
    try:
        data = yaml.safe_load(file.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read policies {file}: {exc}") from exc
    return parse_policies(data, str(file))


@functools.cache
def policies_at(path: str | None) -> Policies:
    """The rules of `path` (None: the packaged configs/policies.yaml), loaded once per process."""
    return load_policies(path)


def packaged_policies() -> Policies:
    """configs/policies.yaml, loaded once per process."""
    return policies_at(None)


def evaluate(doc: _HasFields, policies: Policies | Sequence[PolicyRule]) -> PolicyDecision:
    """Which rules fire on a Document or Result, and what they ask for together."""
    rules = policies.rules if isinstance(policies, Policies) else tuple(policies)
    fired = [r for r in rules if r.matches(str(doc.doc_type.value), doc.fields)]
    if not fired:
        return PolicyDecision()
    approvals = [r.action.approvals for r in fired if isinstance(r.action, ApprovalsAction)]
    reasons = [
        f"policy:{r.name}:approvals={r.action.approvals}"
        if isinstance(r.action, ApprovalsAction)
        else f"policy:{r.name}"
        for r in fired
        if r.action != "auto_approve"
    ]
    slas = [r.sla_hours for r in fired if r.sla_hours is not None]
    return PolicyDecision(
        rules_fired=[r.name for r in fired],
        required_approvals=max(approvals, default=0),
        priority=max(r.priority for r in fired),
        sla_hours=min(slas) if slas else None,
        review_reasons=reasons,
        auto_approve=not reasons,
    )
