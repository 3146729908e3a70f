"""Fitting the receipt rankers and the receipt calibrator, with k-fold cross-validation.

Ground truth is SROIE-style keys (company, address, date, total as printed). A candidate span is a
right answer for training when its text is the closest of the document's candidates to the key
(difflib ratio, at least ``MIN_MATCH``): OCR misreads a character or a space in many keys' lines, and
the ranker should still learn which lines hold the vendor and the address.

Every figure reported here is out of fold: documents are split into k folds; the rankers are fitted on
k-1 folds and extract the k-th through the real extraction stage (``extract_document``); the calibrator
is then assessed the same way on those out-of-fold predictions (fitted on the other folds' outcomes,
applied to one fold). No parameter is chosen by looking at held-out documents.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from idp.document import Document
from idp.extractors import extract_document
from idp.extractors.calibration import Calibrator, raw_confidence
from idp.extractors.layout import build_lines
from idp.extractors.receipt_features import Candidate, address_candidates, vendor_candidates
from idp.extractors.receipt_model import LogisticModel, ReceiptModels, using_models
from idp.extractors.receipt_ranked import choose, mended, readable_address, value_features
from idp.extractors.receipt_rankers import ranker_class
from idp.extractors.text_tidy import address_separators, tidy_name
from idp.extractors.word_lexicon import WordLexicon
from idp.training.evaluate import SROIE_FIELDS, FieldOutcome, normalise_answer, score_document

MIN_MATCH = 0.8
LEXICON_FIELDS = {"company": "vendor_name", "address": "vendor_address"}  # key -> field


def bare(doc: Document) -> Document:
    """``doc`` as it leaves OCR: pages and provenance only (drops lines, fields, checks, review)."""
    return Document(
        document_id=doc.document_id,
        source=doc.source,
        pages=doc.pages,
        models={k: v for k, v in doc.models.items() if k not in ("extractor", "calibration")},
    )


def positives(candidates: Sequence[Candidate], key: str | None, min_match: float = MIN_MATCH) -> list[int]:
    """Indices of the candidates closest to ``key`` (none when the closest is under ``min_match``)."""
    target = normalise_answer(key)
    if not target or not candidates:
        return []
    ratios = [SequenceMatcher(None, normalise_answer(c.text), target).ratio() for c in candidates]
    top = max(ratios)
    return [i for i, r in enumerate(ratios) if r == top] if top >= min_match else []


class SpanCache:
    """Lines, candidate spans and right answers of documents, computed once per document (and vendor
    choice): cross-validation fits the rankers dozens of times on the same documents. Keyed by object
    identity; the cache holds the documents, so an identity is never reused while it lives."""

    def __init__(self) -> None:
        self._lined: dict[int, tuple[Document, Document]] = {}
        self._spans: dict[tuple, list[Candidate]] = {}
        self._positives: dict[tuple, list[int]] = {}

    def lined(self, doc: Document) -> Document:
        if id(doc) not in self._lined:
            self._lined[id(doc)] = (doc, build_lines(doc))
        return self._lined[id(doc)][1]

    def vendor(self, doc: Document) -> list[Candidate]:
        key = (id(doc), None)
        if key not in self._spans:
            self._spans[key] = vendor_candidates(doc.lines)
        return self._spans[key]

    def address(self, doc: Document, after: tuple[int, ...]) -> list[Candidate]:
        key = (id(doc), after)
        if key not in self._spans:
            self._spans[key] = address_candidates(doc.lines, after)
        return self._spans[key]

    def positives(self, doc: Document, after: tuple[int, ...] | None, text: str | None) -> list[int]:
        key = (id(doc), after, text)
        if key not in self._positives:
            cands = self.vendor(doc) if after is None else self.address(doc, after)
            self._positives[key] = positives(cands, text)
        return self._positives[key]


def fit_rankers(
    lined: Sequence[Document],
    keys: Sequence[Mapping[str, str]],
    l2: float,
    cache: SpanCache | None = None,
    ranker: str = "linear",
) -> ReceiptModels:
    """Both rankers, of kind ``ranker`` (see receipt_rankers.py), from documents whose lines are built,
    and their keys."""
    cache = cache or SpanCache()
    kind = ranker_class(ranker)
    groups = []
    for d, k in zip(lined, keys, strict=True):
        groups.append((cache.vendor(d), cache.positives(d, None, k.get("company"))))
    vendor = kind.fit(groups, l2=l2)
    groups = []
    for d, k in zip(lined, keys, strict=True):
        cands = cache.vendor(d)
        if not cands:
            continue
        # address candidates follow the vendor the fitted ranker picks, as at extraction time
        chosen = cands[int(vendor.probabilities(cands).argmax())]
        groups.append((cache.address(d, chosen.lines), cache.positives(d, chosen.lines, k.get("address"))))
    address = kind.fit(groups, l2=l2)
    return ReceiptModels(vendor, address)


def value_rows(
    models: ReceiptModels, doc: Document, key: Mapping[str, str], cache: SpanCache | None = None
) -> list[tuple[str, dict[str, float], bool]]:
    """(field, value features, right?) of the values ``models`` choose on a lined document."""
    cache = cache or SpanCache()
    out = []
    cands = cache.vendor(doc)
    if not cands:
        return out
    vendor, p, p_next = choose(cands, models.vendor.probabilities(cands))
    value = mended(models, "vendor_name", tidy_name(vendor.text))[0]
    ok = normalise_answer(value) == normalise_answer(key.get("company"))
    if "company" in key:  # a key left out is unknown (not reviewed), not empty
        out.append(("vendor_name", value_features(vendor.text, doc.lines, vendor.lines, p, p_next), ok))
    if "address" not in key:
        return out
    found = readable_address(doc.lines, cache.address(doc, vendor.lines), models)
    if found is not None:  # else no address is read: no value, no confidence to fit
        addr, p, p_next = found
        value = mended(models, "vendor_address", address_separators(addr.text))[0]
        ok = normalise_answer(value) == normalise_answer(key.get("address"))
        out.append(("vendor_address", value_features(addr.text, doc.lines, addr.lines, p, p_next), ok))
    return out


def fit_receipt_models(
    docs: Sequence[Document],
    keys: Sequence[Mapping[str, str]],
    version: str = "0",
    fitted_on: str = "",
    l2: float = 0.05,
    inner_folds: int = 5,
    conf_l2: float = 1.0,
    rank_keys: Sequence[Mapping[str, str]] | None = None,
    cache: SpanCache | None = None,
    ranker: str = "linear",
    lexicon: bool = True,
) -> ReceiptModels:
    """Rankers on all ``docs``; the value-correctness models on the rankers' out-of-fold choices
    (``inner_folds``-fold within ``docs``), so that they learn how often unseen documents go wrong.

    ``rank_keys``: per document, the texts the rankers' right candidates are matched against, when
    they differ from ``keys`` (the OCR text of the span a corrected value was aligned to); ``keys``
    then only say whether a chosen value is right. ``cache``: shared by repeated fits on the same
    document objects (cross-validation), it saves recomputing their lines and candidates. ``ranker``:
    the ranker kind (``linear`` | ``torch``). ``lexicon``: keep the words of the keys' names and
    addresses with the models, to mend misread words (word_lexicon.py)."""
    cache = cache or SpanCache()
    lined = [cache.lined(d) for d in docs]
    rank_keys = keys if rank_keys is None else rank_keys
    models = fit_rankers(lined, rank_keys, l2, cache, ranker)
    models.lexicon = WordLexicon.build(keys, LEXICON_FIELDS) if lexicon else None
    rows: dict[str, tuple[list[dict[str, float]], list[bool]]] = {}
    index = [str(i) for i in range(len(lined))]
    for test in make_folds(index, inner_folds, seed=1):
        test_set = {int(i) for i in test}
        train = [i for i in range(len(lined)) if i not in test_set]
        inner = fit_rankers([lined[i] for i in train], [rank_keys[i] for i in train], l2, cache, ranker)
        inner.lexicon = WordLexicon.build([keys[i] for i in train], LEXICON_FIELDS) if lexicon else None
        for i in sorted(test_set):
            for name, feats, ok in value_rows(inner, lined[i], keys[i], cache):
                rows.setdefault(name, ([], []))[0].append(feats)
                rows[name][1].append(ok)
    for name, attr in (("vendor_name", "vendor_conf"), ("vendor_address", "address_conf")):
        feats, ok = rows.get(name, ([], []))
        if len(set(ok)) == 2:  # both outcomes seen
            setattr(models, attr, LogisticModel.fit(feats, ok, l2=conf_l2))
    models.version, models.fitted_on = version, fitted_on
    return models


def extract_receipt_doc(doc: Document, models: ReceiptModels | None) -> Document:
    """The real extraction stage (classification included) on ``doc`` with ``models`` (None: rules).
    A receipt the classifier calls something else gets that type's fields, and is scored as it is."""
    with using_models(models), raw_confidence():
        return extract_document(bare(doc))


@dataclass
class CrossValidation:
    folds: list[list[str]]  # document names per fold
    raw: list[FieldOutcome]  # out-of-fold outcomes with the extractor's raw confidence
    calibrated: list[FieldOutcome]  # the same, confidence calibrated out of fold


def make_folds(names: Sequence[str], k: int = 5, seed: int = 0) -> list[list[str]]:
    order = sorted(names)
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def calibration_data(outcomes: Sequence[FieldOutcome]) -> dict[str, tuple[list[float], list[bool]]]:
    """Per field name: raw confidences and correctness of the reported values."""
    data: dict[str, tuple[list[float], list[bool]]] = {}
    for o in outcomes:
        if o.predicted is not None:
            scores, ok = data.setdefault(SROIE_FIELDS[o.key], ([], []))
            scores.append(o.confidence)
            ok.append(o.correct)
    return data


def recalibrated(outcomes: Sequence[FieldOutcome], calibrator: Calibrator) -> list[FieldOutcome]:
    """The outcomes with each confidence passed through `calibrator` (absent values: 0)."""
    return [
        FieldOutcome(
            o.doc_id,
            o.key,
            o.expected,
            o.predicted,
            o.correct,
            calibrator.confidence(SROIE_FIELDS[o.key], o.confidence) if o.predicted is not None else 0.0,
        )
        for o in outcomes
    ]


def cross_validate(
    docs: Mapping[str, Document],
    keys: Mapping[str, Mapping[str, str]],
    k: int = 5,
    seed: int = 0,
    learned: bool = True,
    l2: float = 0.05,
    extra: Sequence[tuple[Document, Mapping[str, str]]] = (),
    ranker: str = "linear",
) -> CrossValidation:
    """k-fold out-of-fold outcomes (see the module docstring); ``learned=False`` scores the rules.

    ``extra``: more (document, key) pairs for every fold's training (synthetic receipts), never scored."""
    folds = make_folds(list(docs), k, seed)
    cache = SpanCache()
    by_fold: list[list[FieldOutcome]] = []
    for i, test in enumerate(folds):
        train = [n for j, f in enumerate(folds) if j != i for n in f]
        train_docs = [docs[n] for n in train] + [d for d, _ in extra]
        train_keys = [keys[n] for n in train] + [key for _, key in extra]
        models = (
            fit_receipt_models(train_docs, train_keys, l2=l2, cache=cache, ranker=ranker) if learned else None
        )
        fold = []
        for n in test:
            out = extract_receipt_doc(docs[n], models)
            fold += score_document(n, out.fields, keys[n])
        by_fold.append(fold)
    calibrated = []
    for i, fold in enumerate(by_fold):
        others = [o for j, f in enumerate(by_fold) if j != i for o in f]
        cal = Calibrator.fit("receipt", "cv", calibration_data(others))
        calibrated += recalibrated(fold, cal)
    return CrossValidation(folds, [o for f in by_fold for o in f], calibrated)
