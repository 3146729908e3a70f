"""The extractor on real receipts: SROIE's own line transcriptions (box/NNN.csv) laid out as words.

Uses receipts of the development split only (000-069); skipped where ../shared/datasets is absent.
"""

from __future__ import annotations

import json

import pytest
from PIL import Image

from idp.document import Word
from idp.extractors import extract_document
from idp.extractors.normalize import normalize_amount
from tests.extractors.builders import make_doc
from tests.inputs import SHARED_DATASETS

SROIE = SHARED_DATASETS / "sroie-100"
IDS = [f"{i:03d}" for i in range(0, 70, 5)]

pytestmark = [
    pytest.mark.needs_dataset,
    pytest.mark.skipif(not (SROIE / "box").is_dir(), reason=f"SROIE sample not found at {SROIE}"),
]


def _words(row: str) -> list[Word]:
    """One ``x1,y1,...,y4,TEXT`` row split into words with boxes proportional to their length."""
    parts = row.split(",")
    xs, ys = [float(v) for v in parts[0:8:2]], [float(v) for v in parts[1:8:2]]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    tokens = ",".join(parts[8:]).split()
    n = sum(len(t) for t in tokens) + len(tokens) - 1
    out, pos = [], 0
    for t in tokens:
        a, b = x0 + (x1 - x0) * pos / n, x0 + (x1 - x0) * (pos + len(t)) / n
        out.append(Word(text=t, bbox=(a, y0, b, y1), confidence=1.0))
        pos += len(t) + 1
    return out


def _doc(doc_id: str):
    width, height = Image.open(SROIE / "img" / f"{doc_id}.jpg").size
    rows = (SROIE / "box" / f"{doc_id}.csv").read_text(errors="replace").splitlines()
    return make_doc([[w for r in rows if len(r.split(",")) >= 9 for w in _words(r)]], width, height)


def test_totals_of_real_receipts() -> None:
    found = 0
    for doc_id in IDS:
        key = json.loads((SROIE / "key" / f"{doc_id}.json").read_text())
        doc = extract_document(_doc(doc_id))
        assert doc.doc_type.value == "receipt", doc_id
        total = doc.fields.get("total")
        found += total is not None and total.value == normalize_amount(key["total"])
    assert found >= 0.8 * len(IDS)
