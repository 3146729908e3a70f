"""Invoice fields: the schema's labelled fields (generic extractor) plus the cues only invoices have.

- **Labelled fields** (invoice number, dates, purchase order, currency, subtotal, tax, total, customer)
  come from :func:`~idp.extractors.generic.extract_generic` with the invoice schema's multilingual labels.
- **Vendor**: after a seller/remit-to label when there is one; otherwise the letterhead
  (:mod:`idp.extractors.letterhead`).
- **Total**: the labelled total when the page's arithmetic (subtotal + tax) confirms it; otherwise the
  total chosen by :func:`~idp.extractors.amounts.choose_total` (label strength and arithmetic over
  every amount on the page), the labelled one when that finds none.
- **Currency**: a labelled currency, else the most frequent currency mark (ISO code or symbol).
"""

from __future__ import annotations

import re
from decimal import Decimal

from idp.document import Document, FieldValue, Line
from idp.extractors.amounts import choose_total, page_amounts
from idp.extractors.bill_total import current_charges
from idp.extractors.common import Span, day_first_evidence, document_currencies, make_field, span
from idp.extractors.country import resolve_currency
from idp.extractors.currency_marks import currency_marks
from idp.extractors.generic import extract_generic, label_index
from idp.extractors.invoice_unlabelled import (
    dateline_date,
    early_payment_date,
    fallback_number,
    schedule_due_date,
    worded_due_date,
)
from idp.extractors.labels import LabelIndex
from idp.extractors.legal_entity import legal_name, registered_entity
from idp.extractors.letterhead import (
    CONTACT,
    LABELLED,
    LEGAL,
    SEPARATOR,
    address_under,
    company_under,
    continued_name,
    footer_company,
    letterhead,
    top_limit,
)
from idp.extractors.name_values import POSTAL
from idp.extractors.net_tax_gross import net_tax_gross
from idp.extractors.normalize import clean_text
from idp.extractors.party_blocks import party_names
from idp.extractors.schema import DocTypeSchema, load_doc_type_schemas
from idp.extractors.spaceless_parties import issuer_company
from idp.extractors.tax_lines import sum_tax_lines, total_before_deductions
from idp.extractors.values import mend_text
from idp.extractors.whole_amounts import whole_amount_fields


def _logo_of(doc: Document, footer: Span, name: Span) -> bool:
    """Whether the company in the footer is the issuer whose logo word tops the page (``tuinet`` over
    ``Tuinet Communications Limited``) while the letterhead found is a name without a legal form (the
    addressee in the window)."""
    first = footer.text.split()[0].lower()
    if LEGAL.search(name.text) or first in name.text.lower() or len(first) < 4:
        return False
    top = [line.text.lower() for line in doc.lines[:3]]
    return any(re.search(r"\b" + re.escape(first) + r"\b", t) for t in top)


def _logo_company(lines: list[Line], name: Span) -> Span | None:
    """The issuer a logo word over the page stands for: the company under it whose name starts with
    that word (``brightwave`` over ``Brightwave Analytics, Inc. · 1201 Western Ave``)."""
    first = re.match(r"[^\W\d_]{4,}", name.text)
    if LEGAL.search(name.text) or first is None:
        return None
    i = name.line_index
    for k in range(i + 1, min(i + 5, len(lines))):
        if lines[k].page != lines[i].page:
            break
        m = re.search(r"\b" + re.escape(first.group()) + r"\b(?![-.@/])", lines[k].text, re.I)  # no domain
        if m is None:
            continue
        rest = SEPARATOR.split(lines[k].text[m.start() :])[0]
        form = LEGAL.search(rest)
        if (
            form is not None
            and len(rest[: form.end()].split()) <= 6
            and not CONTACT.search(rest[: form.end()])
        ):
            return span(lines, k, m.start(), m.start() + form.end())
    return None


_LOGO_WORD = re.compile(r"^([^\W\d_]{3,})\s+([^\W\d_]+)\b")  # a logo's word over its own name
_BANK = re.compile(r"\b(bank|banque|banco|banca|branch|iban|account\s+no)\b", re.I)
# a name, then its street: "NORTHBAY INDUSTRIAL SUPPLY LTD., 220 MAIN ST W"
_NAME_THEN_ADDRESS = re.compile(r"^(.{3,80}?" + LEGAL.pattern + r")\s*,\s*(\d|p\.?\s?o\.?\s*box)", re.I)


# a party's name runs on into its tax id or the next item of its line: "Deccan Auto Components Ltd.,
# GSTIN 27AACC9701K1Z5 · Place of supply: ...", "Rohit Menon, GSTIN not provided."
_NAME_TAIL = re.compile(r"\s+[·•|]\s|,\s*(?=(?:" + CONTACT.pattern + r"))", re.I)


def _trim_customer(fields: dict[str, FieldValue]) -> None:
    party = fields.get("customer_name")
    cut = _NAME_TAIL.search(party.value or "") if party is not None else None
    if party is not None and cut is not None and cut.start() >= 3:
        fields["customer_name"] = party.model_copy(update={"value": (party.value or "")[: cut.start()]})


def _vendor(doc: Document, schema: DocTypeSchema, fields: dict[str, FieldValue], prefix: str) -> None:
    labelled = fields.get("vendor_name")
    said = (labelled.value or "") if labelled is not None else ""
    lettered = re.search(r"[^\W\d_]{2}", LABELLED.sub("", said))  # "Registration Number: 508863532": no name
    no_name = POSTAL.match(said) or CONTACT.match(said) or _BANK.search(said) or not lettered
    if labelled is not None and no_name:
        # "Remit to: P.O. Box 77120, ..." labels an address, "Seller UBN 87934307" a tax id, "Please remit
        # to: MUFG Bank, Nihonbashi Branch" a bank: no name
        del fields["vendor_name"]
    elif labelled is not None and (bare := LABELLED.sub("", said)) != said and bare:
        fields["vendor_name"] = labelled.model_copy(update={"value": bare})  # "Seller / Name: Najd ..."
    elif labelled is not None and (named := _NAME_THEN_ADDRESS.match(said)):
        fields["vendor_name"] = labelled.model_copy(update={"value": named.group(1)})  # "ACME LTD., 220 MAIN"
    found = letterhead(doc, schema)
    footer = footer_company(doc) if "vendor_name" not in fields else None
    if found is None or (footer is not None and _logo_of(doc, footer, found[0])):
        found = (footer, [], 0.5) if footer is not None else None
    if found is None:
        return
    name, address, sure = found
    if (company := company_under(doc.lines, name)) is not None:  # its address is under the company
        name, address = company, address_under(doc.lines, company, index=label_index(schema))
    if (issuer := _logo_company(doc.lines, name)) is not None:
        name, address = issuer, []  # what lies under a logo word is no address of the company
    if cut := SEPARATOR.search(name.text):  # a sender line: "Elektro Hofmann GmbH · Gewerbering 12 · ..."
        name = span(doc.lines, name.line_index, name.start, name.start + cut.start())
    if (logo := _LOGO_WORD.match(name.text)) and logo.group(1).lower() == logo.group(2).lower():
        name = span(doc.lines, name.line_index, name.start + logo.start(2), name.end)  # "HOLZBAU Holzbau AG"
    spans = [name] + ([more] if (more := continued_name(doc.lines, name)) is not None else [])
    read = mend_text(clean_text(" ".join(s.text for s in spans)))
    if "vendor_name" not in fields:
        conf = name.ocr_confidence * sure
        # "Nome/Razão Social: Araucária Ltda.": the name after a label we do not know
        value = legal_name(doc.lines, LABELLED.sub("", read) or read)
        if (entity := registered_entity(doc.lines, value)) is not None:
            value, read, spans = mend_text(entity.text), entity.text, [entity]  # "Riviera Turismo S.r.l."
        fields["vendor_name"] = make_field(doc, value, read, conf, spans, f"{prefix}.vendor_name")
    if more is not None:
        address = address_under(doc.lines, more, index=label_index(schema))
    if address and "vendor_address" not in fields and fields["vendor_name"].raw == read:
        text = mend_text(", ".join(clean_text(s.text).strip(" ,") for s in address))
        conf = min(s.ocr_confidence for s in address) * sure
        fields["vendor_address"] = make_field(doc, text, text, conf, address, f"{prefix}.vendor_address")


def _spaceless_vendor(doc: Document, fields: dict[str, FieldValue], prefix: str) -> None:
    """A Japanese, Chinese or Korean issuer named by its legal form (extractors/spaceless_parties.py),
    over a vendor read without one (an item or a slogan the letterhead reader took)."""
    said = fields.get("vendor_name")
    if said is not None and LEGAL.search(said.value or ""):
        return
    if (company := issuer_company(doc.lines)) is not None:
        text = clean_text(company.text)
        fields["vendor_name"] = make_field(doc, text, company.text, company.ocr_confidence * 0.8, [company],
                                           f"{prefix}.vendor_name+form")  # fmt: skip


HALF = Decimal("0.5")


def _total(doc: Document, fields: dict[str, FieldValue], prefix: str) -> None:
    """The total by :func:`~idp.extractors.amounts.choose_total` (label strength and arithmetic over every
    amount on the page), unless the labelled total is the one subtotal + tax confirm."""
    labelled = fields.get("total")
    sub, tax = fields.get("subtotal"), fields.get("tax")
    # within half a unit: a cash-rounding line (öresavrundning, arrondi) may lie between them
    confirmed = (
        labelled is not None
        and sub is not None
        and tax is not None
        and abs(Decimal(sub.value or 0) + Decimal(tax.value or 0) - Decimal(labelled.value or 0)) <= HALF
    )
    if confirmed:
        return
    chosen, _ = choose_total(doc, doc.lines, page_amounts(doc.lines), f"{prefix}.total")
    if chosen is not None and (labelled is None or Decimal(chosen.value or 0) > 0):
        fields["total"] = chosen  # a payment (-178.12) is no total when a label named one


def _total_marks(lines: list[Line], marks: dict[str, float], index: LabelIndex) -> dict[str, float]:
    """``marks`` with a currency named on a total's line weighing 1.5 more (``Invoice value (INR)
    4,54,971.18`` under items priced in USD): an invoice's currency is its total's."""
    out, texts = dict(marks), [line.text for line in lines]
    for line in lines:
        label = index.at_start(line.text)
        if label is not None and label.key == "total":  # a "$" read as the dollar the page names
            for code in resolve_currency(currency_marks([line.text]), texts):
                out[code] = out.get(code, 0.0) + 1.5
    return out


def _currency(
    doc: Document, fields: dict[str, FieldValue], prefix: str, marks: dict[str, float]
) -> str | None:
    """A labelled currency, else the heaviest of the document's marks (:func:`document_currencies`)."""
    if "currency" in fields:
        return fields["currency"].value
    if not marks:
        return None
    code = max(marks, key=lambda c: marks[c])
    conf = min(0.5 + 0.15 * marks[code], 0.95) * (0.8 if len(marks) > 1 else 1.0)
    fields["currency"] = make_field(doc, code, code, conf, [], f"{prefix}.currency")
    return code


def extract_invoice(
    doc: Document, schema: DocTypeSchema | None = None, source_prefix: str = "rule:invoice"
) -> dict[str, FieldValue]:
    """Fields of an invoice from ``doc.lines`` (see the module docstring)."""
    lines = doc.lines
    if not lines:
        return {}
    schema = schema or load_doc_type_schemas()["invoice"]
    index = label_index(schema)
    marks = _total_marks(lines, document_currencies(lines), index)
    guess = max(marks, key=lambda c: marks[c]) if marks else None
    day_first = day_first_evidence(lines, guess)
    fields = extract_generic(doc, schema, day_first, source_prefix)
    _currency(doc, fields, source_prefix, marks)
    currency = fields["currency"].value if "currency" in fields else None
    whole_amount_fields(doc, fields, currency, index, source_prefix)
    for key, name in party_names(lines, index).items():  # "Verkäufer" over "Firmenname: Nordlicht ..."
        value = mend_text(clean_text(name.text))
        conf = name.ocr_confidence * 0.95
        fields[key] = make_field(doc, value, name.text, conf, [name], f"{source_prefix}.{key}")
    _vendor(doc, schema, fields, source_prefix)
    _spaceless_vendor(doc, fields, source_prefix)
    _trim_customer(fields)
    if "invoice_number" not in fields and (number := fallback_number(doc, top_limit(doc), source_prefix)):
        fields["invoice_number"] = number
    if "date" not in fields:
        printed = fields["invoice_number"].raw if "invoice_number" in fields else None
        dated = dateline_date(doc, top_limit(doc), day_first, source_prefix, printed)
        if dated is not None and dated.value not in {f.value for f in fields.values()}:  # not the due date
            fields["date"] = dated
    early = fields.get("due_date")
    if early is not None and early_payment_date(lines, early.raw or ""):
        del fields["due_date"]  # the net due date is printed after it: "oder bis 29.05.2024 netto"
    if "due_date" not in fields and (due := worded_due_date(doc, fields, day_first, index, source_prefix)):
        fields["due_date"] = due
    if "due_date" not in fields and early is not None:
        fields["due_date"] = early
    if "due_date" not in fields and (due := schedule_due_date(doc, day_first, source_prefix)):
        fields["due_date"] = due
    sum_tax_lines(doc, fields, source_prefix)  # with the labelled total: may confirm it
    _total(doc, fields, source_prefix)
    total_before_deductions(doc, fields, source_prefix)
    current_charges(doc, fields, source_prefix)
    sum_tax_lines(doc, fields, source_prefix)  # with the total chosen by the page's arithmetic
    net_tax_gross(doc, fields, currency, index, source_prefix)
    _net_over_tax(fields)
    return fields


def _net_over_tax(fields: dict[str, FieldValue]) -> None:
    """Net and tax read the wrong way round (a tax summary whose column heads overlap: ``VAT rateTax
    Without VAT With VAT``): when the two add up to the total, the larger is the net, as no VAT rate
    reaches 100%."""
    net, tax, total = (fields.get(k) for k in ("subtotal", "tax", "total"))
    if net is None or tax is None or total is None:
        return
    try:
        n, t, g = Decimal(net.value or ""), Decimal(tax.value or ""), Decimal(total.value or "")
    except ArithmeticError:
        return
    if 0 < n < t and n + t == g:
        swap = {"subtotal": tax, "tax": net}
        for key, f in swap.items():
            fields[key] = f.model_copy(update={"source": f"{f.source}+swapped"})
