"""Fields of an e-invoice a PDF carries (Factur-X, ZUGFeRD, XRechnung, UBL), checked against the print.

A hybrid PDF holds the invoice twice: as pages for people and as an XML file for machines, which in
Germany and France is the legally binding part. Guessing fields from the print when the invoice states
them is needless risk, so a document with such an XML is that type (``configs/e_invoice.yaml``) and its
fields and line items come from the XML, named ``e-invoice:<syntax>`` in each field's source. The print
still matters: a PDF whose pages show another total than its XML was made wrong or altered after the
fact, and either way a person must look. So every value of ``check_printed`` is looked for on the pages
(amounts and dates as values, whatever their printed format; ids, names and codes as text): one the print
does not show is reported at ``unprinted_confidence`` and fails the check ``e_invoice_printed``, and the
field points at where the print shows it (page and box) when it does.

An XML sent alone (no PDF) is the input itself and its pages are drawn from it
(:mod:`idp.pipeline.xml_input`): there is no print to check it against. The XML is read by
:mod:`idp.extractors.e_invoice_xml`. An XML that does not parse, or whose root no
syntax names, is ignored and the document is read from its print as usual.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from idp.document import BBox, Document, FieldValue, Line, LineItem, ValidationResult
from idp.extractors.common import doc_currency
from idp.extractors.e_invoice_xml import EInvoice, EInvoiceConfig, load_e_invoice_config, read_e_invoice
from idp.extractors.normalize import find_amounts, find_currency, find_dates, normalize_amount, normalize_date
from idp.extractors.schema import DocTypeSchema

SOURCE = "e-invoice"  # field sources are "e-invoice:<syntax>"; calibration leaves them as they are
CHECK_RULE = "e_invoice_printed"
THOUSANDS_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")

__all__ = [
    "CHECK_RULE",
    "SOURCE",
    "checks_for",
    "e_invoice_fields",
    "extract_e_invoice",
    "load_e_invoice_config",
    "merged_items",
    "read_e_invoice",
]


def normalised(kind: str, raw: str) -> str | None:
    """An XML value in the result's form: ISO dates, two-decimal amounts, upper-case codes."""
    if kind == "date":
        if re.fullmatch(r"\d{8}", raw):  # CII format 102
            raw = f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
        try:
            return date.fromisoformat(raw[:10]).isoformat()
        except ValueError:
            return normalize_date(raw)
    if kind in ("amount", "number"):
        try:
            return str(Decimal(raw.replace(" ", "")).quantize(Decimal("0.01")))
        except InvalidOperation:
            return None
    if kind in ("currency", "iban"):
        return re.sub(r"\s+", "", raw).upper()
    return " ".join(raw.split())


def e_invoice_fields(
    e_invoice: EInvoice, schema: DocTypeSchema, lines: list[Line], doc: Document, config: EInvoiceConfig
) -> tuple[dict[str, FieldValue], list[LineItem], list[ValidationResult]]:
    """The XML's fields (typed by `schema`), its line items, and the check that the print shows them."""
    source = f"{SOURCE}:{e_invoice.syntax}"
    fields: dict[str, FieldValue] = {}
    spots: dict[str, Line] = {}
    for name, raw in e_invoice.values.items():
        spec = schema.field(name)
        value = normalised(spec.type, raw) if spec is not None else None
        if spec is None or value is None:
            continue
        if e_invoice.credit_note and spec.type == "amount":
            value = _credited(value)
        spot = printed_line(spec.type, value, lines)
        if spot is not None:
            spots[name] = spot
        fields[name] = FieldValue(
            value=value,
            raw=raw,
            confidence=config.confidence,
            page=spot.page if spot else None,
            bbox=doc.normalise_bbox(spot.page, value_box(spec.type, value, spot)) if spot else None,
            source=f"{source}.{name}",
        )
    checked = [n for n in config.check_printed if n in fields and lines and not e_invoice.is_input]
    unprinted = [n for n in checked if n not in spots and not _implied(n, fields, spots, lines)]
    for name in unprinted:
        fields[name] = fields[name].model_copy(update={"confidence": config.unprinted_confidence})
    items = [_item(row, config.confidence, e_invoice.credit_note) for row in e_invoice.items]
    message = (
        f"the print does not show the XML's {', '.join(f'{n} {fields[n].value}' for n in unprinted)}"
        if unprinted
        else f"the print shows the XML's {len(checked)} checked values ({e_invoice.attachment})"
    )
    result = ValidationResult(rule=CHECK_RULE, passed=not unprinted, message=message, fields=unprinted)
    return fields, items, [result] if checked else []


def _implied(name: str, fields: dict[str, FieldValue], spots: dict[str, Line], lines: list[Line]) -> bool:
    """A value the print shows otherwise than whole: the tax of several rates, printed rate by rate, is
    the printed total less the printed subtotal; a currency printed as a mark the country reads
    (``kr`` in Norway, ``zł``) is the one the invoice extractor reads from the page."""
    if name == "currency":
        return doc_currency(lines)[0] == fields[name].value
    parts = {"tax": ("subtotal", "total"), "subtotal": ("tax", "total")}.get(name)
    if parts is None or not all(p in spots for p in parts):
        return False
    other, total = (Decimal(str(fields[p].value)) for p in parts)
    return Decimal(str(fields[name].value)) + other == total


def _item(row: dict[str, str], confidence: float, credit_note: bool) -> LineItem:
    def amount(key: str) -> str | None:
        return normalised("amount", row[key]) if key in row else None

    quantity, line_amount = row.get("quantity"), amount("amount")
    return LineItem(
        description=row.get("description"),
        quantity=_plain_number(quantity) if quantity else None,
        unit_price=amount("unit_price"),
        amount=_credited(line_amount) if credit_note and line_amount else line_amount,
        confidence=confidence,
    )


def _credited(amount: str) -> str:
    """A credit note's amount as the result reports money owed back: negative (XML states it positive)."""
    return str(-abs(Decimal(amount)))


def merged_items(xml_items: list[LineItem], printed: list[LineItem]) -> list[LineItem]:
    """The XML's line items; where they carry no amounts (ZUGFeRD 1.0 BASIC lists names and quantities
    only) the print's when it shows as many rows, else the XML's as they are; none: the print's."""
    if not xml_items or any(i.amount for i in xml_items):
        return xml_items or printed
    return printed if len(printed) == len(xml_items) else xml_items


def checks_for(schema: DocTypeSchema, e_invoice: EInvoice) -> DocTypeSchema:
    """`schema` with the rules that apply to this e-invoice: a credit note's amounts are below zero by
    definition, so ``<amount>_positive`` is not asked of them; lines that the XML's own line total shows
    to differ from the subtotal by allowances or charges (a discount on the whole invoice) are not asked
    to add up to the subtotal."""
    fields, rules = schema.fields, schema.rules
    if e_invoice.credit_note:
        fields = [
            f.model_copy(update={"validation": [r for r in f.validation if r != "positive"]}) for f in fields
        ]
    lines, subtotal = (normalised("amount", e_invoice.values.get(k, "")) for k in ("line_total", "subtotal"))
    if lines and subtotal and lines != subtotal:
        rules = [r for r in rules if r != "line_items_sum_to_subtotal"]
    return schema.model_copy(update={"fields": fields, "rules": rules})


def _plain_number(raw: str) -> str:
    try:
        return format(Decimal(raw).normalize(), "f")
    except InvalidOperation:
        return raw


def printed_line(kind: str, value: str, lines: list[Line]) -> Line | None:
    """The first line that shows `value` (a field of type `kind`, normalised), or None."""
    for line in lines:
        if _shows(kind, value, line.text):
            return line
    if kind in ("name", "text", "id", "iban") and _squash(value) in _squash(" ".join(x.text for x in lines)):
        return next((x for x in lines if _squash(value.split()[0]) in _squash(x.text)), None)
    return None


def value_box(kind: str, value: str, line: Line) -> BBox:
    """The box of the fewest consecutive words of `line` that show `value` (the line's when none do)."""
    words = line.words
    for size in range(1, min(len(words), 8) + 1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if _shows(kind, value, " ".join(w.text for w in run)):
                return Line(words=run, page=line.page).bbox
    return line.bbox


def _shows(kind: str, value: str, text: str) -> bool:
    if kind in ("amount", "number"):
        target = abs(Decimal(value))
        grouped = THOUSANDS_SPACE.sub("", text)  # 4 322,40 and 1 070,40 €: thousands grouped by spaces
        return any(_same_amount(raw, target) for t in {text, grouped} for _, _, raw in find_amounts(t))
    if kind == "date":
        return any(
            value in (normalize_date(raw, True), normalize_date(raw, False)) for _, _, raw in find_dates(text)
        )
    if kind == "currency":
        return (
            find_currency(text) == value or re.search(rf"(?<![A-Za-z]){value}(?![A-Za-z])", text) is not None
        )
    return bool(_squash(value)) and _squash(value) in _squash(text)


def _same_amount(raw: str, target: Decimal) -> bool:
    n = normalize_amount(raw)
    return n is not None and abs(Decimal(n)) == target


def _squash(text: str) -> str:
    """Letters and digits only, upper case: ``DE89 3704 0044`` and ``de8937040044`` compare equal."""
    return re.sub(r"[\W_]+", "", text).upper()


def extract_e_invoice(
    doc: Document, schemas: Mapping[str, DocTypeSchema], config: EInvoiceConfig | None = None
) -> tuple[EInvoice, DocTypeSchema] | None:
    """The document's e-invoice and the schema of the type it makes the document, when it carries one."""
    if not doc.attachments:
        return None
    config = config or load_e_invoice_config()
    schema = schemas.get(config.doc_type)
    if schema is None:
        return None
    e_invoice = read_e_invoice(doc.attachments, config)
    return (e_invoice, schema) if e_invoice is not None else None
