"""Vendor name and address chosen by the learned rankers, with a confidence from the value model.

Every candidate span (receipt_features.py) is scored by the ranker of its field and the most probable
wins. Its raw confidence is the value model's P(right) from the ranker's certainty and signs of misread
text (``value_features``); without a value model, the ranker's probability times the lowest OCR
confidence of its words. The receipt calibrator (calibration.py) then maps raw confidence to a
probability measured on held-out receipts.

Address spans that cannot be one are not read (:func:`fits_address`: a row of label and value, a label,
a date or an amount among them), and an address is read only when the best-ranked span can be one
(:func:`postal`): an e-mailed or app receipt often prints none. When none is read under the name at the
top, the name printed again lower (an e-mail's foot) is tried. Fitting (training/receipt_train.py)
applies the same rules to the top span; the foot is never reached on the SROIE receipts the value model
is fitted on. A wallet's or payment app's receipt names its merchant under a payee label (``Paid to``):
the name under it is then the only vendor candidate.
"""

from __future__ import annotations

import re

import numpy as np

from idp.document import Document, FieldValue, Line
from idp.extractors.common import cells, make_field, whole_line
from idp.extractors.letterhead import FORMS_AFTER
from idp.extractors.receipt_cues import ONLINE, PAYEE, address_break
from idp.extractors.receipt_features import Candidate, address_candidates, fragmented, vendor_candidates
from idp.extractors.receipt_model import LogisticModel, ReceiptModels
from idp.extractors.text_tidy import address_separators, tidy_name
from idp.extractors.value_memory import ValueMemory


def choose(candidates: list[Candidate], probs: np.ndarray) -> tuple[Candidate, float, float]:
    """The most probable candidate, the probability of its value (summed over spans that read the
    same) and that of the next most probable different value."""
    best = candidates[int(np.argmax(probs))]
    mass: dict[str, float] = {}
    for c, p in zip(candidates, probs, strict=True):
        mass[c.text] = mass.get(c.text, 0.0) + float(p)
    others = [p for text, p in mass.items() if text != best.text]
    return best, min(mass[best.text], 1.0), max(others, default=0.0)


def _ranked_field(
    doc: Document,
    cand: Candidate,
    p: float,
    p_next: float,
    conf_model: LogisticModel | None,
    source: str,
    value: str | None = None,
) -> FieldValue:
    lines = doc.lines
    spans = [whole_line(lines, i) for i in cand.lines]
    if conf_model is None:
        conf = p * min(s.ocr_confidence for s in spans)
    else:
        conf = conf_model.predict(value_features(cand.text, lines, cand.lines, p, p_next))
    return make_field(doc, cand.text if value is None else value, cand.text, conf, spans, source)


def ranked_vendor_fields(doc: Document, models: ReceiptModels) -> dict[str, FieldValue]:
    """vendor_name and vendor_address chosen by the learned rankers (see the module docstring)."""
    source = f"model:{models.tag}"
    fields: dict[str, FieldValue] = {}
    cands = _paid_to(doc.lines, vendor_candidates(doc.lines))
    if not cands:
        return fields
    vendor, p, p_next = choose(cands, models.vendor.probabilities(cands))
    value, suffix = mended(models, "vendor_name", tidy_name(vendor.text))
    fields["vendor_name"] = _ranked_field(
        doc, vendor, p, p_next, models.vendor_conf, f"{source}.vendor_name{suffix}", value
    )
    found = _address(doc, models, vendor.lines)
    for again in _named_again(doc.lines, vendor) if found is None else ():
        found = _address(doc, models, (again,))  # an e-mail's foot: the merchant's name over its address
        if found is not None:
            break
    if found is not None:
        addr, p, p_next = found
        value, suffix = mended(models, "vendor_address", address_separators(addr.text))
        fields["vendor_address"] = _ranked_field(
            doc, addr, p, p_next, models.address_conf, f"{source}.vendor_address{suffix}", value
        )
    if models.memory is not None:
        fields = {name: remembered(name, f, models.memory) for name, f in fields.items()}
    return fields


def _address(
    doc: Document, models: ReceiptModels, after: tuple[int, ...]
) -> tuple[Candidate, float, float] | None:
    """The address read under the name on lines ``after`` (:func:`readable_address`)."""
    return readable_address(doc.lines, address_candidates(doc.lines, after), models)


def readable_address(
    lines: list[Line], cands: list[Candidate], models: ReceiptModels
) -> tuple[Candidate, float, float] | None:
    """The best-ranked of the candidates that fit an address (:func:`fits_address`), with its probability
    and the next value's, when it can be one (:func:`postal`); None when no address is read. Reading and
    fitting the value model (training/receipt_train.py) both go through here."""
    cands = [c for c in cands if fits_address(lines, c.lines)]
    if not cands:
        return None
    best = choose(cands, models.address.probabilities(cands))
    return best if postal(best[0]) else None


def _paid_to(lines: list[Line], cands: list[Candidate]) -> list[Candidate]:
    """Only the one-line candidate under a payee label (``Paid to``, ``Penerima``), where one stands
    alone on its line: a wallet's or payment app's receipt names the merchant there, under the app's own
    name and messages. Otherwise ``cands``."""
    for k, line in enumerate(lines[:-1]):
        if PAYEE.match(line.text):
            named = [c for c in cands if c.lines == (k + 1,)]
            if named:
                return named
    return cands


def fits_address(lines: list[Line], idx: tuple[int, ...]) -> bool:
    """Whether lines ``idx`` can be an address: none of them a label, phone, date or amount, and the
    first neither a row of label and value split by a wide gap (an address's first line is printed in
    one piece; a later one may end in a site or unit number set apart) nor an e-mail or web address.
    Applied to what is read (and to what the value model is fitted on), not to what the rankers learn
    from: they see every candidate."""
    first = lines[idx[0]].text
    if len(cells(lines, idx[0])) > 1 or ONLINE.search(first):
        return False
    return not any(address_break(lines[k].text) for k in idx)


def _named_again(lines: list[Line], vendor: Candidate) -> list[int]:
    """The lines below the name where the same name stands alone again (an e-mail's foot), or with its
    legal form after it (``Fjordkassen AS`` under ``Fjordkassen``)."""
    name = " ".join(vendor.text.split()).casefold()
    page = lines[vendor.lines[0]].page

    def again(text: str) -> bool:
        text = " ".join(text.split())
        return text.casefold() == name or (
            text.casefold().startswith(name + " ") and bool(FORMS_AFTER.fullmatch(text[len(name) :]))
        )

    return [
        k for k in range(vendor.lines[-1] + 1, len(lines)) if lines[k].page == page and again(lines[k].text)
    ]


def postal(candidate: Candidate) -> bool:
    """Whether the best-ranked address can be one: a line like an address, a postcode, or a number on its
    first line (a house number, ``Piedras 237``); no amount, date, phone, title or label is on any of its
    lines (:func:`fits_address`). An app's receipt often prints no address, and its best-ranked lines are
    then a greeting or a zone (``Thanks for ordering from ...``, ``Bruxelles - Saint-Gilles, Parvis``):
    no address is read. No address of the 100 SROIE receipts chosen by the rankers fails this."""
    feats, first = candidate.features, candidate.line_texts[0] if candidate.line_texts else candidate.text
    return feats["addr_share"] > 0 or feats["postcode"] > 0 or bool(re.search(r"\d", first))


def mended(models: ReceiptModels, name: str, value: str) -> tuple[str, str]:
    """``value`` with its misread words mended by the models' lexicon (word_lexicon.py), and the source
    suffix that says so (``+lexicon``; none when nothing changed)."""
    if models.lexicon is None:
        return value, ""
    fixed = models.lexicon.mend(name, value)
    return fixed, "+lexicon" if fixed != value else ""


def remembered(name: str, field: FieldValue, memory: ValueMemory) -> FieldValue:
    """``field`` snapped to the reviewed value it is a reading of (value_memory.py), if any: ``raw``
    keeps what was read, the source gains ``+memory``, and the raw confidence is at least 0.9 (more
    the closer the reading); the calibrator, fitted on snapped values too, says what that is worth."""
    snap = memory.match(name, field.value or "")
    if snap is None:
        return field
    closeness = 1.0 - snap.distance / max(memory.max_distance, 1e-9)
    conf = max(field.confidence, 0.9 + 0.09 * closeness)
    update = {"value": snap.value, "confidence": conf, "source": field.source + "+memory"}
    return field.model_copy(update=update)


GLUED = re.compile(r"[,.&:;](?=[A-Za-z0-9])")
ODD = re.compile(r"[^A-Za-z0-9\s,.&'()/:;#@+-]")


def value_features(
    text: str, lines: list[Line], idx: tuple[int, ...], p: float, p_next: float
) -> dict[str, float]:
    """How likely the chosen value is right, beyond being the right lines: the ranker's certainty
    (its probability, and the margin to the next different value), and signs of misread text (low OCR
    confidence, punctuation glued to the next word, letters and digits mixed, stray characters)."""
    words = [w for k in idx for w in lines[k].words]
    confs = [w.confidence for w in words] or [0.0]
    tokens = text.split() or [""]
    p = min(max(p, 1e-4), 1 - 1e-4)
    return {
        "logit_p": float(np.log(p / (1 - p))),
        "margin": p - p_next,
        "ocr_min": min(confs),
        "ocr_mean": float(np.mean(confs)),
        "low_words": sum(c < 0.9 for c in confs) / len(confs),
        "glued": len(GLUED.findall(text)) / len(tokens),
        "mixed": sum(bool(re.search(r"[A-Za-z]", t) and re.search(r"\d", t)) for t in tokens) / len(tokens),
        "single": fragmented(text),
        "odd": min(len(ODD.findall(text)), 3) / 3,
        "chars": min(len(text) / 60, 3.0),
        "lines": len(idx) / 3,
    }
