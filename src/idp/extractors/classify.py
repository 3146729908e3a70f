"""Document type from keyword and layout cues: a small scored model, meant to be replaced by a trained one.

Each type has weighted cue phrases (matched once each, case-insensitively, on word boundaries) and
layout priors (a tall narrow block of text is a receipt; many ``label:`` lines and check boxes make a form).
The type's score is the sum of its matched weights. Confidence combines how much the winner leads
(a softmax over scores) with how much evidence there is at all (``1 - exp(-score / 4)``), so a
page with one weak cue never gets a confident label. Below ``MIN_SCORE`` the type is ``other``.
"""

from __future__ import annotations

import math
import re

from idp.document import DocType, DocTypeValue, Document, Line
from idp.extractors.normalize import find_amounts

CUES: dict[DocType, dict[str, float]] = {
    DocType.receipt: {
        "receipt": 1.5,
        "cash": 1.0,
        "change": 1.0,
        "cashier": 2.0,
        "thank you": 1.0,
        "come again": 2.0,
        "rounding": 1.5,
        "tendered": 2.0,
        "qty": 0.5,
        "gst": 0.8,
        "simplified tax invoice": 2.5,
        "cash bill": 2.5,
        "not returnable": 2.0,
        "not refundable": 2.0,
        "non-refundable": 2.0,
        "member": 0.3,
        "table": 0.5,
        "pax": 1.0,
        "visa": 0.5,
        "mastercard": 0.5,
        "total": 0.5,
        "subtotal": 0.5,
        "item(s)": 1.0,
        "counter": 1.0,
        "pos": 0.5,
        "server": 1.0,
        "guest check": 2.0,
        "cover": 0.5,
        "closed": 0.5,
        "points": 0.5,
        "payment mode": 1.0,
        "h/p": 0.5,
        "pump": 1.0,
        "litre": 1.0,
    },
    DocType.invoice: {
        # "tax invoice" heads many receipts, so "invoice" alone is weak evidence
        "invoice": 1.0,
        "invoice no": 1.0,
        "invoice number": 1.0,
        "invoice date": 2.0,
        "invoice #": 1.0,
        "invoice period": 2.0,
        "invoice month": 2.0,
        "sold to": 2.0,
        "ship to": 2.0,
        "bill to": 2.0,
        "billing address": 2.0,
        "remit": 2.0,
        "due date": 2.0,
        "amount due": 2.0,
        "balance due": 2.0,
        "payment terms": 1.5,
        "terms": 0.8,
        "net 30": 1.5,
        "purchase order": 1.0,
        "p.o.": 0.8,
        "account executive": 1.0,
        "advertiser": 1.0,
        "contract": 0.8,
        "page 1 of": 0.5,
    },
    DocType.claim: {
        "claim": 2.5,
        "claimant": 3.0,
        "claim number": 2.0,
        "policy number": 2.0,
        "policy no": 2.0,
        "policyholder": 2.0,
        "insured": 1.5,
        "insurance": 1.0,
        "date of loss": 3.0,
        "incident": 1.5,
        "accident": 1.5,
        "injury": 1.5,
        "reimbursement": 1.5,
        "beneficiary": 1.0,
        "diagnosis": 1.0,
    },
    DocType.form: {
        "signature": 1.5,
        "please print": 2.0,
        "form": 1.5,
        "applicant": 1.5,
        "date of birth": 1.5,
        "check one": 2.0,
        "to:": 1.0,
        "from:": 1.0,
        "subject:": 1.0,
        "re:": 0.5,
        "cc:": 1.0,
        "fax": 0.5,
        "name:": 1.0,
        "address:": 0.5,
        "phone:": 0.5,
        "approved": 0.5,
    },
}
MIN_SCORE = 2.0
_CHECKBOX = re.compile(r"[☐☑☒□■]|\[\s?[xX]?\s?\]")
_PATTERNS = {
    t: [(re.compile(r"(?<![a-z0-9])" + re.escape(k) + r"(?![a-z])"), w) for k, w in cues.items()]
    for t, cues in CUES.items()
}


def text_aspect(lines: list[Line]) -> float | None:
    """Height over width of the box around the first page's lines (a till roll is tall and narrow,
    even when scanned on a wide page)."""
    page = [line for line in lines if line.page == lines[0].page] if lines else []
    if len(page) < 5:
        return None
    boxes = [line.bbox for line in page]
    xs0 = sorted(b[0] for b in boxes)
    xs1 = sorted(b[2] for b in boxes)
    # 5th..95th percentile: a stray mark in the margin must not widen the text box
    lo, hi = xs0[len(xs0) // 20], xs1[-1 - len(xs1) // 20]
    height = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    return height / max(hi - lo, 1.0)


def scores(lines: list[Line], aspect: float | None = None) -> dict[DocType, float]:
    """Raw cue scores per type (exposed for tests and for a later trained model's features)."""
    text = "\n".join(line.text.lower() for line in lines)
    out = {t: sum(w for p, w in pats if p.search(text)) for t, pats in _PATTERNS.items()}
    if aspect is not None and aspect > 1.6:
        out[DocType.receipt] += 1.5  # till rolls are tall and narrow
    # receipts and invoices are about money: several amounts with decimals, or none at all
    money = sum(1 for line in lines if find_amounts(line.text))
    bonus = 1.0 if money >= 3 else -1.5 if money == 0 else 0.0
    if any(re.search(r"\btotal\b", line.text, re.I) and find_amounts(line.text) for line in lines):
        bonus += 1.0  # a priced total
    out[DocType.receipt] += bonus
    out[DocType.invoice] += bonus
    label_lines = sum(1 for line in lines if re.search(r"[A-Za-z]{2,}\s?:\s*$", line.text))
    if lines and label_lines / len(lines) > 0.15:
        out[DocType.form] += 2.0
    if len(_CHECKBOX.findall(text)) >= 2:
        out[DocType.form] += 2.0
    return out


def classify(doc: Document) -> DocTypeValue:
    """invoice | receipt | claim | form | other, with a confidence in [0, 1] (see the module docstring)."""
    lines = doc.lines
    if not lines:
        return DocTypeValue(
            value=DocType.other, confidence=0.5 if not any(p.words for p in doc.pages) else 0.2
        )
    s = scores(lines, text_aspect(lines))
    best = max(s, key=lambda t: s[t])
    top = s[best]
    if top < MIN_SCORE:
        return DocTypeValue(value=DocType.other, confidence=round(0.5 + 0.2 * (1 - top / MIN_SCORE), 3))
    exps = {t: math.exp(v / 2.0) for t, v in s.items()}
    lead = exps[best] / sum(exps.values())
    evidence = 1.0 - math.exp(-top / 4.0)
    return DocTypeValue(value=best, confidence=round(min(max(lead * evidence, 0.0), 1.0), 3))
