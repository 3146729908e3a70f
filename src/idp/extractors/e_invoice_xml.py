"""Reading an e-invoice XML by the syntaxes of ``configs/e_invoice.yaml``: the raw text of each field.

Parsed with defusedxml (no entity expansion, no external references): an attachment is input from
outside like any other. See :mod:`idp.extractors.e_invoice` for what the fields become.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import yaml
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from pydantic import BaseModel, ConfigDict, Field

from idp.document import Attachment

logger = logging.getLogger(__name__)


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class JoinedPath(_Frozen):
    """Parts under ``base`` joined by ", " (a part that is a list: its texts joined by spaces)."""

    base: str
    parts: list[str | list[str]]


PathSpec = str | list[str] | JoinedPath


class LineItemPaths(_Frozen):
    row: str = Field(description="path of each line item's element")
    description: PathSpec
    quantity: PathSpec | None = None
    unit_price: PathSpec | None = None
    amount: PathSpec


class CreditNote(_Frozen):
    """When the document is a credit note: its type code at ``path`` is one of ``codes`` (no path: always)."""

    path: str | None = None
    codes: list[str] = Field(default_factory=list)


class Syntax(_Frozen):
    root: str = Field(description="the root element in Clark notation: {namespace}Name")
    namespaces: dict[str, str]
    profile: str | None = Field(default=None, description="path of the profile or customisation id")
    credit_note: CreditNote | None = Field(default=None, description="credit notes' amounts are negated")
    fields: dict[str, PathSpec]
    line_items: LineItemPaths | None = None


class EInvoiceConfig(_Frozen):
    doc_type: str
    confidence: float = Field(ge=0, le=1)
    unprinted_confidence: float = Field(ge=0, le=1)
    check_printed: list[str] = Field(default_factory=list)
    syntaxes: dict[str, Syntax]


@functools.cache
def load_e_invoice_config(path: str | None = None) -> EInvoiceConfig:
    """``configs/e_invoice.yaml`` (or ``path``), validated; read once per process."""
    from idp.config import configs_dir

    file = Path(path) if path else configs_dir() / "e_invoice.yaml"
    return EInvoiceConfig.model_validate(yaml.safe_load(file.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class EInvoice:
    """The raw texts an attached XML gives for each field, by the syntax that read it."""

    syntax: str
    profile: str | None
    attachment: str
    values: dict[str, str]
    items: list[dict[str, str]] = field(default_factory=list)
    is_input: bool = False  # the XML is the input file itself (its pages are drawn from it)
    credit_note: bool = False

    @property
    def tag(self) -> str:
        return f"{self.syntax}:{self.profile}" if self.profile else self.syntax


def read_e_invoice(attachments: list[Attachment], config: EInvoiceConfig) -> EInvoice | None:
    """The first attachment that parses as one of the configured syntaxes, read; else None.

    The invoice may be the root or lie inside an envelope (a Peppol StandardBusinessDocument): the
    first element, in document order, that a syntax names as its root is read."""
    roots = {syntax.root: name for name, syntax in config.syntaxes.items()}
    for attachment in attachments:
        try:
            root = fromstring(attachment.text)
        except (ParseError, DefusedXmlException, ValueError) as exc:
            logger.info("attachment %r is not usable XML: %s", attachment.name, exc)
            continue
        invoice = next((e for e in root.iter() if e.tag in roots), None)
        if invoice is not None:
            name = roots[invoice.tag]
            return _read(invoice, name, config.syntaxes[name], attachment)
    return None


def _read(root: Element, name: str, syntax: Syntax, attachment: Attachment) -> EInvoice:
    ns = syntax.namespaces
    values = {key: text for key, spec in syntax.fields.items() if (text := _text(root, spec, ns))}
    if "tax" in values and "currency" in values:  # a tax total may be given again in the tax currency
        for e in _elements(root, syntax.fields["tax"], ns):
            if e.get("currencyID") == values["currency"] and (e.text or "").strip():
                values["tax"] = (e.text or "").strip()
    items = []
    if syntax.line_items is not None:
        paths = syntax.line_items
        for row in root.findall(paths.row, ns):
            item = {
                col: text
                for col in ("description", "quantity", "unit_price", "amount")
                if (spec := getattr(paths, col)) is not None and (text := _text(row, spec, ns))
            }
            items.append(item)
    profile = _text(root, syntax.profile, ns) if syntax.profile else None
    rule = syntax.credit_note
    credit = rule is not None and (rule.path is None or _text(root, rule.path, ns) in rule.codes)
    return EInvoice(name, profile, attachment.name, values, items, attachment.is_input, credit)


def _elements(node: Element, spec: PathSpec, ns: dict[str, str]) -> list[Element]:
    if isinstance(spec, str):
        return node.findall(spec, ns)
    if isinstance(spec, list):
        return [e for path in spec for e in node.findall(path, ns)]
    return []


def _text(node: Element, spec: PathSpec, ns: dict[str, str]) -> str:
    """The first non-empty text `spec` names under `node` (joined parts for a JoinedPath)."""
    if isinstance(spec, JoinedPath):
        base = node.find(spec.base, ns)
        if base is None:
            return ""
        parts = [
            " ".join(t for p in (part if isinstance(part, list) else [part]) if (t := _text(base, p, ns)))
            for part in spec.parts
        ]
        return ", ".join(p for p in parts if p)
    for e in _elements(node, spec, ns):
        text = " ".join("".join(e.itertext()).split())
        if text:
            return text
    return ""
