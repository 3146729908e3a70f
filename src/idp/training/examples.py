"""Training examples: documents as they left OCR, with the values people said are right.

Two sources. **Correction records** (``corrections/<doc_type>/<doc>.json``, written by review sync): the
OCR words come from the record's ``ocr_key`` (``ocr/<doc>.json``) and the truth from each field's
reviewed value: a confirmed field keeps the pipeline's value (right), a corrected one the reviewer's
(the pipeline was wrong), an emptied one is absent. A field nobody looked at (neither shown nor drawn,
and no QA sample) is *unknown* and left out, not counted as empty. Values are compared normalised
(ISO dates, decimal amounts), as the result contract carries them. **SROIE-format folders**
(``img/`` + ``key/``, e.g. synthetic receipts from ``idp synth --sroie``): OCR'd by the pipeline's own
stages (with an OCR cache), scored by the SROIE convention (dates as printed). Either way, the
vendor name and address are aligned to OCR lines (:mod:`idp.training.align`) for the rankers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idp.annotation.merge import REVIEW_SOURCE
from idp.annotation.records import CorrectionRecord, FieldCorrection, read_record
from idp.document import Document, Page, SourceInfo, Word, id_to_key
from idp.extractors.layout import build_lines
from idp.pipeline.store import Store
from idp.training.align import align_value, pixels
from idp.training.evaluate import ANSWER_ATTRS, SROIE_FIELDS

# a reviewed value is compared with what the pipeline reports, both normalised
VALUE_ATTRS: dict[str, tuple[str, ...]] = {key: ("value",) for key in SROIE_FIELDS}
LINE_KEYS = ("company", "address")  # aligned to runs of whole lines, for the rankers


@dataclass
class Example:
    name: str  # the document key (sha256 hex) or the SROIE image stem
    document: Document  # pages with OCR words, no lines or fields
    truth: dict[str, str]  # SROIE key -> expected answer ("" absent); unknown keys left out
    attrs: Mapping[str, tuple[str, ...]]  # which FieldValue attributes answer each key
    rank_keys: dict[str, str] = field(default_factory=dict)  # key -> OCR text of the aligned span
    source: str = "corrections"
    ref: dict[str, Any] = field(default_factory=dict)  # where it came from, with sha256s


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_from_ocr(payload: Mapping[str, Any], source: SourceInfo) -> Document:
    """The document an ``ocr/<doc>.json`` object describes (pages and words, in page pixels)."""
    pages = [
        Page(
            number=p["number"],
            width=p["width"],
            height=p["height"],
            text_source=p["text_source"],
            rotation=p.get("rotation", 0),
            skew_degrees=p.get("skew_degrees", 0.0),
            words=[
                Word(text=w["text"], bbox=tuple(w["bbox"]), confidence=w["confidence"]) for w in p["words"]
            ],
        )
        for p in payload["pages"]
    ]
    models = {k: v for k, v in payload.get("models", {}).items() if k not in ("extractor", "calibration")}
    return Document(document_id=payload["document_id"], source=source, pages=pages, models=models)


def reviewed(record: CorrectionRecord, field_name: str, fc: FieldCorrection | None) -> bool:
    """Whether a person looked at the field: shown, drawn, listed as missing, or a QA sample."""
    if record.qa_sample or f"missing_field:{field_name}" in record.reasons:
        return True
    return fc is not None and (fc.shown or (fc.after is not None and fc.after.source == REVIEW_SOURCE))


def truth_from_record(record: CorrectionRecord) -> dict[str, str]:
    """SROIE key -> the reviewed (normalised) value, "" for a field reviewed as absent."""
    truth = {}
    for key, name in SROIE_FIELDS.items():
        fc = record.fields.get(name)
        if not reviewed(record, name, fc):
            continue
        after = fc.after if fc is not None else None
        truth[key] = "" if after is None or after.value in (None, "") else str(after.value)
    return truth


def align_keys(doc: Document, truth: Mapping[str, str], boxes: Mapping[str, tuple[int, Any]]) -> dict:
    """key -> (OCR text of the line span the value was aligned to, score), for the line-level keys.

    ``boxes``: key -> (page, normalised bbox) where the reviewer put the value, if anywhere."""
    out = {}
    for key in LINE_KEYS:
        if not truth.get(key):
            continue
        page, near = boxes.get(key, (None, None))
        if page is not None and near is not None and 1 <= page <= len(doc.pages):
            p = doc.page(page)
            near = pixels(near, p.width, p.height)
        found = align_value(doc.lines, truth[key], "lines", page=page, near=near)
        if found is None and page is not None:  # the box may be on the wrong page: look everywhere
            found = align_value(doc.lines, truth[key], "lines")
        if found is not None:
            out[key] = (found.text, found.score)
    return out


def _example(
    name: str, doc: Document, truth: dict[str, str], attrs, boxes, source: str, ref: dict
) -> Example:
    lined = build_lines(doc)
    aligned = align_keys(lined, truth, boxes)
    ref = {**ref, "aligned": {k: score for k, (_, score) in aligned.items()}}
    rank_keys = {k: text for k, (text, _) in aligned.items()}
    return Example(name, doc, truth, attrs, rank_keys, source, ref)


def correction_example(store: Store, key: str) -> Example | None:
    """The example of one correction record (None when its OCR words are gone, e.g. by retention)."""
    raw = store.get(key)
    record = read_record(store, key, CorrectionRecord)
    if record is None or record.ocr_key is None:
        return None
    try:
        ocr_raw = store.get(record.ocr_key)
    except KeyError:
        return None
    digest = record.document_id.split(":", 1)[-1]
    source = SourceInfo(
        uri=store.uri_for(key), name=record.source_name, sha256=digest,
        media_type="application/octet-stream", size_bytes=0, pages=len(record.pages),
    )  # fmt: skip
    doc = document_from_ocr(json.loads(ocr_raw), source)
    truth = truth_from_record(record)
    boxes = {
        k: (fc.after.page, fc.after.bbox)
        for k, name in SROIE_FIELDS.items()
        if (fc := record.fields.get(name)) is not None and fc.after is not None and fc.after.bbox is not None
    }
    ref = {
        "store": store.uri, "record": key, "record_sha256": sha256_hex(raw), "ocr": record.ocr_key,
        "ocr_sha256": sha256_hex(ocr_raw), "reviewer": record.reviewer, "reviewed_at": record.reviewed_at,
        "corrected": sorted(k for k, n in SROIE_FIELDS.items() if (c := record.fields.get(n)) and c.changed),
    }  # fmt: skip
    return _example(id_to_key(record.document_id), doc, truth, VALUE_ATTRS, boxes, "corrections", ref)


def correction_keys(store: Store, doc_type: str) -> list[str]:
    return [k for k in store.list(f"corrections/{doc_type}") if k.endswith(".json")]


def load_corrections(store: Store, doc_type: str, keys: Sequence[str] | None = None) -> list[Example]:
    """Every correction record of ``doc_type`` in ``store`` (or those under ``keys``) as an example."""
    out = []
    for key in correction_keys(store, doc_type) if keys is None else keys:
        example = correction_example(store, key)
        if example is not None and example.truth:
            out.append(example)
    return out


def load_sroie(folder: str | Path, processor: Any, names: Sequence[str] | None = None) -> list[Example]:
    """Examples of an SROIE-format folder, OCR'd by ``processor``'s stages (a DocumentProcessor,
    whose OCR engine may be a :class:`~idp.training.accuracy.CachedOcrEngine`)."""
    from idp.pipeline.ingest import ingest
    from idp.pipeline.ocr_stage import ocr_document
    from idp.training.accuracy import dataset_items

    out = []
    for name, image, key_path in dataset_items(folder, names):
        data = image.read_bytes()
        doc = ingest(data, image.name, image.resolve().as_uri(), processor.config.ingest)
        pages = [processor.preprocessor(p) for p in doc.pages]
        doc = doc.model_copy(
            update={"pages": pages, "models": {**doc.models, **processor.preprocessor.model_versions}}
        )
        doc = ocr_document(doc, processor.ocr_engine, processor.config.ocr.det_max_side)
        doc = doc.model_copy(update={"pages": [p.model_copy(update={"image": None}) for p in doc.pages]})
        truth = {k: v or "" for k, v in json.loads(key_path.read_text()).items() if k in SROIE_FIELDS}
        ref = {
            "image": str(image),
            "image_sha256": sha256_hex(data),
            "key_sha256": sha256_hex(key_path.read_bytes()),
        }
        source = f"sroie:{Path(folder).name}"
        out.append(_example(f"{Path(folder).name}/{name}", doc, truth, ANSWER_ATTRS, {}, source, ref))
    return out
