"""Document-type schemas: what each type's fields are, how they are printed, typed and checked.

One YAML file per type under ``configs/doc_types/<type>.yaml``, validated into the frozen models below
(``extra="forbid"``: a typo in a key is an error that names the file). Adding a document type is adding a
file: its classification keywords feed :mod:`idp.extractors.classify`, its fields' label synonyms drive
the generic label:value extractor (:mod:`idp.extractors.generic`), its thresholds drive routing.

    name: claim
    review_threshold: 0.8            # default for fields that set none
    classification:
      keywords: {claimant: 3.0, "date of loss": 3.0}
      priors: []                     # named layout cues: tall_narrow, money, label_lines, checkboxes
    rules: []                        # cross-field checks (see CROSS_RULES)
    fields:
      - name: claim_number
        type: id
        required: true
        review_threshold: 0.85
        labels: {en: ["Claim Number", "Claim No."], de: [Schadennummer]}
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

FieldType = Literal[
    "text", "name", "address", "date", "amount", "currency", "id", "phone", "email", "iban", "number",
    "line_items",
]  # fmt: skip
Normaliser = Literal[
    "text", "address", "date", "amount", "currency", "id", "phone", "email", "iban", "number", "none"
]
FieldRule = Literal["plausible", "positive", "checksum"]
CrossRule = Literal[
    "subtotal_plus_tax_equals_total", "line_items_sum_to_subtotal", "due_date_not_before_date"
]
Prior = Literal["tall_narrow", "money", "label_lines", "checkboxes", "id_labels"]
Extractor = Literal["generic", "receipt", "invoice"]
Column = Literal["description", "quantity", "unit_price", "amount"]

# the fields each cross-field rule reads: a schema that names a rule must declare them
CROSS_RULES: dict[str, tuple[str, ...]] = {
    "subtotal_plus_tax_equals_total": ("subtotal", "tax", "total"),
    "line_items_sum_to_subtotal": ("line_items", "subtotal"),
    "due_date_not_before_date": ("date", "due_date"),
}
# which per-field rules make sense for which field types
_FIELD_RULE_TYPES: dict[str, set[str]] = {
    "plausible": {"date"},
    "positive": {"amount", "number"},
    "checksum": {"iban"},
}
_DEFAULT_NORMALISER: dict[str, str] = {
    "text": "text", "name": "text", "address": "address", "date": "date", "amount": "amount",
    "currency": "currency", "id": "id", "phone": "phone", "email": "email", "iban": "iban",
    "number": "number", "line_items": "none",
}  # fmt: skip
SLUG = r"^[a-z][a-z0-9_]*$"

Labels = dict[str, list[str]]  # ISO 639-1 language -> printed label synonyms


def _check_labels(labels: Labels) -> Labels:
    for lang, synonyms in labels.items():
        if not re.fullmatch(r"[a-z]{2}", lang):
            raise ValueError(f"label language {lang!r} is not an ISO 639-1 code (en, de, fr, ...)")
        if not all(isinstance(s, str) and s.strip() for s in synonyms):
            raise ValueError(f"empty label synonym under {lang!r}")
    return labels


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ColumnSchema(_Frozen):
    """A line-item table column: the header labels that announce it."""

    labels: Labels = Field(description="header texts per language")

    @field_validator("labels")
    @classmethod
    def _labels(cls, v: Labels) -> Labels:
        return _check_labels(v)

    def synonyms(self) -> list[str]:
        return [s for group in self.labels.values() for s in group]


class FieldSchema(_Frozen):
    name: str = Field(pattern=SLUG, description="the key under result.fields")
    type: FieldType
    normaliser: Normaliser | None = Field(default=None, description="default: the one of the type")
    required: bool = Field(default=False, description="a missing value sends the document to review")
    review_threshold: float | None = Field(default=None, ge=0, le=1, description="default: the type's")
    labels: Labels = Field(default_factory=dict, description="printed labels per language")
    label_cues: Labels = Field(
        default_factory=dict,
        description="per language, words that make a short label worded otherwise this field's: "
        "'date accident' for 'Date illness began / accident happened:' (see extractors/labels.py)",
    )
    validation: list[FieldRule] = Field(default_factory=list, description="checks on this field alone")
    columns: dict[Column, ColumnSchema] = Field(default_factory=dict, description="line_items only")
    first_row: bool = Field(
        default=False,
        description="a table's column under the label gives the value in its first row (a claim's first "
        "date of service and its provider, listed with the bills)",
    )
    description: str = ""

    @field_validator("labels", "label_cues")
    @classmethod
    def _labels(cls, v: Labels) -> Labels:
        return _check_labels(v)

    @model_validator(mode="after")
    def _consistent(self) -> FieldSchema:
        for rule in self.validation:
            if self.type not in _FIELD_RULE_TYPES[rule]:
                raise ValueError(f"field {self.name}: rule {rule!r} does not apply to type {self.type!r}")
        if self.type == "line_items":
            if not {"description", "amount"} <= self.columns.keys():
                raise ValueError(f"field {self.name}: line_items need description and amount columns")
        elif self.columns:
            raise ValueError(f"field {self.name}: columns are for line_items only")
        return self

    @property
    def norm(self) -> str:
        return self.normaliser or _DEFAULT_NORMALISER[self.type]

    def synonyms(self) -> list[str]:
        return [s for group in self.labels.values() for s in group]

    def cues(self) -> list[str]:
        return [s for group in self.label_cues.values() for s in group]


class Classification(_Frozen):
    keywords: dict[str, float] = Field(description="cue phrase (case-insensitive) -> weight")
    priors: list[Prior] = Field(default_factory=list, description="named layout cues that add evidence")
    lookalike_titles: dict[str, list[str]] = Field(
        default_factory=dict,
        description="kind -> titles of documents that look like this type but are none (doc_titles.py)",
    )

    @field_validator("keywords")
    @classmethod
    def _lower(cls, v: dict[str, float]) -> dict[str, float]:
        return {k.lower(): w for k, w in v.items()}


class LetterRoles(_Frozen):
    """Which fields a document written as a letter fills from its prose (extractors/letters.py)."""

    correspondent: str | None = Field(default=None, description="whom the letter's signer writes for")
    event_date: str | None = Field(default=None, description="a date the letter's body tells an event on")


class DocTypeSchema(_Frozen):
    name: str = Field(pattern=SLUG)
    description: str = ""
    extractor: Extractor = Field(default="generic", description="specialised rules on top of generic")
    review_threshold: float | None = Field(default=None, ge=0, le=1, description="default: global")
    classification: Classification
    rules: list[CrossRule] = Field(default_factory=list, description="cross-field checks")
    fields: list[FieldSchema] = Field(default_factory=list)
    letter: LetterRoles | None = Field(default=None, description="fields a letter's prose may fill")
    section_names: bool = Field(
        default=False,
        description="a bare 'Name' label is the name field its section's heading names "
        "(extractors/sections.py)",
    )
    label_value_pairs: bool = Field(
        default=False, description="also report every other printed label:value pair (generic forms)"
    )
    pair_linker: Literal["learned", "rules", "hybrid"] = Field(
        default="learned", description="how label:value pairs are linked (extractors/forms.py LINKERS)"
    )

    @model_validator(mode="after")
    def _consistent(self) -> DocTypeSchema:
        names = [f.name for f in self.fields]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate fields {dupes}")
        roles = [r for r in (self.letter.correspondent, self.letter.event_date) if r] if self.letter else []
        if unknown := [r for r in roles if r not in names]:
            raise ValueError(f"letter roles name unknown fields {unknown}")
        for rule in self.rules:
            missing = [n for n in CROSS_RULES[rule] if n not in names]
            if missing:
                raise ValueError(f"rule {rule!r} needs fields {missing}")
        return self

    def field(self, name: str) -> FieldSchema | None:
        return next((f for f in self.fields if f.name == name), None)

    def threshold(self, name: str, default: float) -> float:
        """The review threshold of field ``name``: its own, else the type's, else ``default``."""
        f = self.field(name)
        if f is not None and f.review_threshold is not None:
            return f.review_threshold
        return self.review_threshold if self.review_threshold is not None else default

    @property
    def required(self) -> list[str]:
        return [f.name for f in self.fields if f.required]


class SchemaError(ValueError):
    pass


def default_dir() -> Path:
    from idp.config import configs_dir

    return configs_dir() / "doc_types"


def load_doc_type_schema(path: Path) -> DocTypeSchema:
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise SchemaError(f"cannot read document-type schema {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise SchemaError(f"{path}: a document-type schema must be a mapping")
    try:
        schema = DocTypeSchema.model_validate(data)
    except ValidationError as exc:
        raise SchemaError(f"invalid document-type schema {path}:\n{exc}") from exc
    if schema.name != path.stem:
        raise SchemaError(f"{path}: name {schema.name!r} must match the file name {path.stem!r}")
    return schema


@functools.lru_cache(maxsize=8)
def _load_dir(directory: Path) -> dict[str, DocTypeSchema]:
    if not directory.is_dir():
        raise SchemaError(f"document-type schema folder {directory} not found")
    out = {p.stem: load_doc_type_schema(p) for p in sorted(directory.glob("*.yaml"))}
    if "other" in out:
        raise SchemaError(f"{directory}: 'other' is reserved for documents of no known type")
    return out


def load_doc_type_schemas(dir: str | Path | None = None) -> dict[str, DocTypeSchema]:
    """Every ``<type>.yaml`` under ``dir`` (default ``configs/doc_types``), by type name.

    Read once per folder and process (the models are frozen, so sharing them is safe)."""
    return _load_dir(Path(dir).resolve() if dir is not None else default_dir().resolve())
