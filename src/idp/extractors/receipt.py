"""Receipt fields: vendor_name, vendor_address, date, total, currency (+ subtotal, tax).

Vendor name and address come from the learned rankers (receipt_ranked.py) when their weights are
packaged, the default; without weights, or inside ``receipt_model.using_models(None)``, from the
layout rules below, which invoices also use for their letterhead. Date and amounts: common.py, amounts.py;
where a receipt prints several dates (ordered, delivered, charged), the one after a payment word wins.

Rules. Vendor: among the first lines of page 1, the line that looks most like a business name: a company
suffix (SDN BHD, LTD, TRADING, RESTAURANT ...), followed by a registration number or an address line,
printed in capitals, near the top. Handwritten or stamped notes above it (lower-case text, bare
codes) lose. A name broken over two lines (``... HARDWARE &`` / ``ELECTRICAL``) is joined.
Address: the lines after the vendor, skipping registration/tax-id/date lines before it starts, up
to the first phone, tax id, e-mail, date, document title or amount line.
"""

from __future__ import annotations

import re

from idp.document import Document, FieldValue, Line
from idp.extractors.common import (
    DateCandidate,
    best_date,
    cells,
    date_candidates,
    day_first_evidence,
    doc_currency,
    make_field,
    mended_date_candidates,
    whole_line,
)
from idp.extractors.currencies import THOUSANDTHS_CURRENCIES
from idp.extractors.generic import label_index
from idp.extractors.normalize import clean_text, find_dates
from idp.extractors.receipt_amounts import amount_fields
from idp.extractors.receipt_cues import (
    COMPANY,
    MONEY,
    PHONE,
    REG_NO,
    STOP,
    STREET,
    SUFFIX_ONLY,
    TAX_ID,
    TITLE,
    address_like,
    descriptor,
    excluded,
    joins,
    name_text,
)
from idp.extractors.receipt_model import active_models
from idp.extractors.receipt_ranked import ranked_vendor_fields
from idp.extractors.schema import load_doc_type_schemas
from idp.extractors.tax_lines import sum_tax_lines
from idp.extractors.text_tidy import address_separators, tidy_name
from idp.extractors.whole_amounts import whole_amount_fields

TOP_LINES = 10
# dates on a receipt that are not the sale's: a car park's entry, a hotel stay, a card's expiry, a return or
# an offer's last day ("Einfahrt 22.09.2025", "Returns until 01/12/2025", "Exp 09/27")
NOT_THE_SALE = re.compile(
    r"\b(einfahrt|entry|entr[ée]e|entrada|ingresso|arrival|arriv\w*|ankunft|anreise|check[\s-]?in|"
    r"exp(iry|ires|\.)?|valid|g[üu]ltig|returns?\s*(by|until)|until|best\s*before|expir\w*)\b",
    re.I,
)
# the day a receipt was paid, where it prints others (ordered, delivered, travelled): "Belastet 8. februar"
PAID_ON = re.compile(
    r"\b(paid|charged|payment\s*date|belastet|betal[td]|bezahlt|zahlungsdatum|pagad[oa]|fecha\s*de\s*pago|"
    r"pay[ée]e?|date\s*de\s*paiement|pagato|data\s*(?:do|de|di)?\s*pagamento|betaald|maksettu|zap[łl]acono|"
    r"pla[ćc]eno|zaplaceno|[öo]deme\s*tarihi|dibayar|tanggal\s*pembayaran)\b",
    re.I,
)
MAX_ADDRESS_LINES = 6


def _vendor_score(lines: list[Line], group: list[int]) -> float | None:
    text = " ".join(lines[i].text for i in group)
    if excluded(lines[group[0]].text) or SUFFIX_ONLY.match(lines[group[0]].text):
        return None
    score = -0.3 * group[0]
    if descriptor(text):
        score -= 1.0
    elif COMPANY.search(text):
        score += 2.0
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters)
    score += 0.5 if upper > 0.8 else -1.5 if upper == 0 else 0.0  # all lower case: handwriting, a slogan
    follow = [
        j for j in range(group[-1] + 1, min(group[-1] + 4, len(lines))) if not descriptor(lines[j].text)
    ]
    texts = [lines[j].text for j in follow]
    if texts and (REG_NO.match(texts[0]) or address_like(texts[0])):
        score += 1.5
    elif len(texts) > 1 and (REG_NO.match(texts[1]) or address_like(texts[1])):
        score += 0.7
    return score


def find_vendor(lines: list[Line]) -> tuple[list[int], float] | None:
    """Indices of the vendor line(s) and how clear the choice was (score margin)."""
    top = [i for i in range(min(TOP_LINES, len(lines))) if lines[i].page == lines[0].page]
    groups = [[i, i + 1] if joins(lines, i) else [i] for i in top]
    scored = [(s, g) for g in groups if (s := _vendor_score(lines, g)) is not None]
    if not scored:
        return None
    scored.sort(key=lambda t: t[0], reverse=True)
    best_score, best = scored[0]
    rivals = [sc for sc, g in scored[1:] if g[0] != best[0]]
    margin = best_score - rivals[0] if rivals else 2.0
    return best, margin


def find_address(lines: list[Line], after: int) -> list[int]:
    out: list[int] = []
    skipped = 0
    for i in range(after + 1, min(len(lines), after + 1 + MAX_ADDRESS_LINES + 3)):
        text = lines[i].text
        label_value = re.match(r"^[A-Za-z .]{2,20}:\s*[\w-]+$", text) and not STREET.search(text)
        preamble = (
            REG_NO.match(text)
            or TAX_ID.search(text)
            or find_dates(text)
            or label_value
            or descriptor(text)
            or (STOP.search(text) and not address_like(text))
        )
        if not out:
            # before the address: ids, dates and name continuations ("formerly known as ...") are skipped
            if (preamble or not (address_like(text) or re.search(r"\d", text))) and skipped < 4:
                skipped += 1
                continue
            if PHONE.search(text) or MONEY.search(text) or TITLE.search(text):
                break
        else:
            if preamble or PHONE.search(text) or TITLE.search(text) or MONEY.search(text):
                break
            if re.fullmatch(r"[\W\d]{8,}", text) or lines[i].block != lines[out[-1]].block:
                break
        out.append(i)
        if len(out) >= MAX_ADDRESS_LINES:
            break
    if not any(address_like(lines[i].text) or re.search(r"\d", lines[i].text) for i in out):
        return []
    return out


def vendor_fields(doc: Document, source_prefix: str, first_cell: bool = False) -> dict[str, FieldValue]:
    """vendor_name and vendor_address from the top lines (see the module docstring); with
    ``first_cell`` only the left cell of each line is taken (a page with label/value columns)."""
    lines = doc.lines
    fields: dict[str, FieldValue] = {}
    vendor = find_vendor(lines)
    if vendor is None:
        return fields
    pick = (lambda i: cells(lines, i)[0]) if first_cell else (lambda i: whole_line(lines, i))
    idx, margin = vendor
    spans = [pick(i) for i in idx]
    text = name_text(" ".join(s.text for s in spans))
    has_suffix = bool(COMPANY.search(text))
    nxt = idx[-1] + 1
    followed = nxt < len(lines) and bool(REG_NO.match(lines[nxt].text) or address_like(lines[nxt].text))
    # OCR confidence x (0.35 + 0.25 company suffix + 0.25 followed by reg-no/address + 0.15 clear margin)
    conf = min(s.ocr_confidence for s in spans) * (
        0.35 + (0.25 if has_suffix else 0) + (0.25 if followed else 0) + (0.15 if margin >= 1.0 else 0)
    )
    source = f"{source_prefix}.vendor_name"
    fields["vendor_name"] = make_field(doc, tidy_name(text), text, conf, spans, source)
    addr = find_address(lines, idx[-1])
    if addr:
        spans = [pick(i) for i in addr]
        text = clean_text(" ".join(s.text for s in spans))
        strong = sum(1 for i in addr if address_like(lines[i].text)) / len(addr)
        # OCR confidence x (0.4 + 0.3 share of lines with address words + 0.2 ends at a stop line)
        end = addr[-1] + 1
        stopped = end < len(lines) and bool(PHONE.search(lines[end].text) or STOP.search(lines[end].text))
        conf = min(s.ocr_confidence for s in spans) * (0.4 + 0.3 * strong + (0.2 if stopped else 0))
        source = f"{source_prefix}.vendor_address"
        fields["vendor_address"] = make_field(doc, address_separators(text), text, conf, spans, source)
    return fields


def _paid_first(candidates: list[DateCandidate]) -> list[DateCandidate]:
    """``candidates`` with a date printed after a payment word scored up (``PAID_ON``)."""
    for c in candidates:
        if PAID_ON.search(c.span.line.text[: c.span.start][-40:]):
            c.score += 0.25
    return candidates


# what extract_receipt reads by layout; any other field of a receipt schema is read after its labels
RECEIPT_FIELDS = frozenset({"vendor_name", "vendor_address", "date", "total", "currency", "subtotal", "tax"})


def extract_receipt(doc: Document, source_prefix: str = "rule:receipt") -> dict[str, FieldValue]:
    """Fields of a receipt from ``doc.lines`` (see the module docstring)."""
    lines = doc.lines
    if not lines:
        return {}
    models = active_models()
    fields = vendor_fields(doc, source_prefix) if models is None else ranked_vendor_fields(doc, models)
    currency, _ = doc_currency(lines)
    day_first = day_first_evidence(lines, currency)
    dates = _paid_first(date_candidates(lines, day_first, avoid_labels=NOT_THE_SALE))
    date = best_date(doc, dates, f"{source_prefix}.date")
    if date is None:  # no whole date read: one whose lost separator can be put back, at half the confidence
        date = best_date(doc, mended_date_candidates(lines, day_first), f"{source_prefix}.date+mended")
        date = date.model_copy(update={"confidence": date.confidence / 2}) if date is not None else None
    if date is not None:
        fields["date"] = date
    fields.update(amount_fields(doc, source_prefix))
    code = fields["currency"].value if "currency" in fields else None
    if code in THOUSANDTHS_CURRENCIES:  # "TOTAL JD 6.050" is no six thousand: read again below
        for key in ("total", "subtotal", "tax"):
            if key in fields and re.search(r"\d[.,]\d{3}$", fields[key].raw or ""):
                del fields[key]
    if "total" not in fields and code is not None:  # won, forint, dong: "TOTAL W78,000" has no cents
        receipt = load_doc_type_schemas()["receipt"]
        whole_amount_fields(doc, fields, code, label_index(receipt), source_prefix)
    if "total" in fields and "tax" not in fields:  # taxes by rate ("IVA 10%  183,56  18,36  201,92")
        total = fields["total"]
        sum_tax_lines(doc, fields, source_prefix)
        fields["total"] = total  # the receipt's total stands: its tax is what is sought here
    return fields
