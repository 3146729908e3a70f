"""Document type from keyword and layout cues: a small scored model, meant to be replaced by a trained one.

Each document type's schema (configs/doc_types/<type>.yaml) lists weighted cue phrases (matched once
each, case-insensitively, on word boundaries) and named layout priors:

- ``tall_narrow``: a tall narrow block of text (a till roll, even scanned on a wide page) adds 1.5, one
  twice as tall as wide 2.5 (71 of the 100 SROIE development receipts; no invoice page of the outside
  sets or the ad-buy PDFs is over 1.6, a printed A4 page's text block is at most about 1.5);
- ``money``: several priced lines (amounts with cents, or whole ones beside a currency mark) add 1.0,
  none at all takes 1.5 away, a priced ``total`` adds 1.0;
- ``label_lines``: many lines ending in ``label:`` add 2.0;
- ``checkboxes``: two or more check boxes add 2.0;
- ``id_labels``: each required ``id`` field of the type whose label (a synonym or a cue of its schema,
  in any of its languages) the first 80 lines print adds 1.5, once a cue of the type is there at all: a
  claim names its claim and policy numbers, even when the provider's invoice printed with it says
  ``Factura`` and ``IBAN``.

The type's score is the sum of its matched weights. Confidence combines how much the winner leads
(a softmax over scores) with how much evidence there is at all (``1 - exp(-score / 4)``), so a
page with one weak cue never gets a confident label. Below ``MIN_SCORE`` the type is ``other``, and so is a
document that titles itself as a look-alike of a type (a quotation, a delivery note: doc_titles.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from idp.document import DocType, DocTypeValue, Document, Line
from idp.extractors.doc_titles import lookalike_kind
from idp.extractors.generic import label_index
from idp.extractors.labels import spaced_letters
from idp.extractors.normalize import find_amounts
from idp.extractors.schema import DocTypeSchema, load_doc_type_schemas
from idp.extractors.values import fold, whole_amounts

MIN_SCORE = 2.0
TITLED_OTHER = 0.9  # confidence that a document titled as a look-alike (a quotation...) is none of the types
ID_LINES = 80  # a form prints its reference numbers near the top: the id_labels prior reads no further
_CHECKBOX = re.compile(r"[☐☑☒□■]|\[\s?[xX]?\s?\]")
_PATTERNS: dict[tuple[str, tuple[tuple[str, float], ...]], list[tuple[re.Pattern[str], float]]] = {}


def _patterns(schema: DocTypeSchema) -> list[tuple[re.Pattern[str], float]]:
    key = (schema.name, tuple(schema.classification.keywords.items()))
    if key not in _PATTERNS:
        _PATTERNS[key] = [
            (re.compile(r"(?<![a-z0-9])" + spaced_letters(fold(k)) + r"(?![a-z])"), w)
            for k, w in schema.classification.keywords.items()
        ]
    return _PATTERNS[key]


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


def _priors(lines: list[Line], text: str, aspect: float | None) -> dict[str, float]:
    """The evidence each named layout prior adds (see the module docstring)."""
    money = sum(1 for line in lines if find_amounts(line.text) or whole_amounts(line.text))
    bonus = 1.0 if money >= 3 else -1.5 if money == 0 else 0.0
    if any(re.search(r"\btotal\b", line.text, re.I) and find_amounts(line.text) for line in lines):
        bonus += 1.0  # a priced total
    label_lines = sum(1 for line in lines if re.search(r"[A-Za-z]{2,}\s?:\s*$", line.text))
    return {
        "tall_narrow": 0.0 if aspect is None or aspect <= 1.6 else 1.5 if aspect <= 2.0 else 2.5,
        "money": bonus,
        "label_lines": 2.0 if lines and label_lines / len(lines) > 0.15 else 0.0,
        "checkboxes": 2.0 if len(_CHECKBOX.findall(text)) >= 2 else 0.0,
    }


def scores(
    lines: list[Line], aspect: float | None = None, schemas: Mapping[str, DocTypeSchema] | None = None
) -> dict[str, float]:
    """Raw cue scores per type (exposed for tests and for a later trained model's features)."""
    schemas = load_doc_type_schemas() if schemas is None else schemas
    # accents folded on both sides: OCR drops them ("HÓA ĐON" for "HÓA ĐƠN", "Factura" for "Factură")
    text = "\n".join(fold(line.text) for line in lines)
    priors = _priors(lines, text, aspect)
    out: dict[str, float] = {}
    for name, schema in schemas.items():
        score = sum(w for p, w in _patterns(schema) if p.search(text))
        score += sum(priors[p] for p in schema.classification.priors if p in priors)
        if "id_labels" in schema.classification.priors and score > 0:  # some cue of the type at all
            score += 1.5 * _id_labels(lines, schema)
        out[name] = score
    return out


def _id_labels(lines: list[Line], schema: DocTypeSchema) -> int:
    """How many of the schema's required id fields the page labels (see the module docstring)."""
    wanted = {f.name for f in schema.fields if f.type == "id" and f.required}
    index, found = label_index(schema), set()
    for line in lines[:ID_LINES]:
        found |= {m.key for m in index.find(line.text) if m.key in wanted and (m.colon or m.start <= 2)}
        if found == wanted:
            break
    return len(found)


def classify(doc: Document, schemas: Mapping[str, DocTypeSchema] | None = None) -> DocTypeValue:
    """One of the configured types or ``other``, with a confidence in [0, 1] (see the module docstring)."""
    return classify_with_kind(doc, schemas)[0]


def classify_with_kind(
    doc: Document, schemas: Mapping[str, DocTypeSchema] | None = None
) -> tuple[DocTypeValue, str | None]:
    """:func:`classify`'s answer and, for a document titled as a look-alike, the kind its title names."""
    schemas = load_doc_type_schemas() if schemas is None else schemas
    kind = lookalike_kind(doc, schemas)  # "QUOTATION", "Lieferschein": no invoice however it looks
    if kind is not None:
        return DocTypeValue(value=DocType.other, confidence=TITLED_OTHER), kind
    return _by_cues(doc, schemas), None


def _by_cues(doc: Document, schemas: Mapping[str, DocTypeSchema]) -> DocTypeValue:
    lines = doc.lines
    if not lines:
        return DocTypeValue(
            value=DocType.other, confidence=0.5 if not any(p.words for p in doc.pages) else 0.2
        )
    s = scores(lines, text_aspect(lines), schemas)
    if not s:
        return DocTypeValue(value=DocType.other, confidence=0.2)
    best = max(s, key=lambda t: s[t])
    top = s[best]
    if top < MIN_SCORE:
        return DocTypeValue(value=DocType.other, confidence=round(0.5 + 0.2 * (1 - top / MIN_SCORE), 3))
    exps = {t: math.exp(v / 2.0) for t, v in s.items()}
    lead = exps[best] / sum(exps.values())
    evidence = 1.0 - math.exp(-top / 4.0)
    return DocTypeValue(value=best, confidence=round(min(max(lead * evidence, 0.0), 1.0), 3))
