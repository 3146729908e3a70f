"""Lines the direction classifier turned are read as detected too (idp.models.ocr.turn_check): the
choice, an upside-down page still read turned, and a real receipt line the classifier turns wrongly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from idp.config import load_config
from idp.models.ocr import build_ocr_engine
from idp.models.ocr.turn_check import read_turned_as_detected
from idp.pipeline.ingest import ingest
from idp.pipeline.processor import DocumentProcessor
from tests import inputs

SROIE_011 = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "sroie-100" / "img" / "011.jpg"


def test_only_turned_lines_are_read_again_and_the_surer_reading_wins() -> None:
    crops = [[np.full((2, 4, 3), v, np.uint8) for v in (1, 2, 3)], [np.zeros((2, 4, 3), np.uint8)]]
    upright = [[c[::-1, ::-1] for c in page] for page in crops]
    readings = [[("DA/1/6", 0.6, None), ("TOTAL", 0.99, None), ("XOT", 0.7, None)], [("RM", 0.9, None)]]
    calls: list[list[np.ndarray]] = []

    def recognise(pages: list[list[np.ndarray]]) -> list[list[tuple[str, float, None]]]:
        calls.extend(pages)
        return [[("DATE: 15/06", 0.99, None), ("TOT", 0.5, None)] for _ in pages]

    got, views, turned = read_turned_as_detected(
        recognise, crops, [[True, False, True], [False]], readings, upright
    )
    assert len(calls) == 1 and [c is crops[0][i] for c, i in zip(calls[0], (0, 2), strict=True)] == [True] * 2
    assert got == [[("DATE: 15/06", 0.99, None), ("TOTAL", 0.99, None), ("XOT", 0.7, None)], readings[1]]
    assert views[0][0] is crops[0][0] and views[0][2] is upright[0][2]  # the crop each reading came from
    assert turned == [[False, False, True], [False]]


def test_a_page_printed_upside_down_is_still_read_turned() -> None:
    lines = inputs.RECEIPT_LINES[:5]
    page = np.ascontiguousarray(
        np.asarray(inputs.text_page(lines, size=(760, 420), font_size=24))[::-1, ::-1]
    )
    settings = load_config().ocr.model_copy(update={"check_turned": True})
    engine = build_ocr_engine(settings)
    assert engine.model_version.endswith("+turncheck")
    text = " ".join(w.text for w in engine.recognize(page))
    assert "SUNRISE MART SDN BHD" in text and "14/03/2019" in text, text
    unchecked = build_ocr_engine(settings.model_copy(update={"check_turned": False}))
    assert [w.text for w in unchecked.recognize(page)] == text.split()


@pytest.mark.skipif(not SROIE_011.is_file(), reason=f"SROIE sample not found at {SROIE_011}")
def test_a_receipt_line_the_classifier_turns_wrongly_is_read_as_printed() -> None:
    """SROIE 011: the classifier turns `DATE: 15/06/2017` (read `DA/1/6 1201`) and `ALAM) SDN BHD`."""
    config = load_config()
    doc = ingest(SROIE_011.read_bytes(), SROIE_011.name, SROIE_011.as_uri(), config.ingest)
    preprocess = DocumentProcessor(config).preprocessor
    page = np.asarray(preprocess(doc.pages[0]).image)  # upright and deskewed, as the pipeline OCRs it
    off = build_ocr_engine(config.ocr.model_copy(update={"check_turned": False}))
    unchecked = " ".join(w.text for w in off.recognize(page))
    checked = " ".join(w.text for w in build_ocr_engine(config.ocr).recognize(page))
    assert "15/06/2017" not in unchecked and "ALAM) SDN BHD" not in unchecked
    assert "DATE: 15/06/2017" in checked and "ALAM) SDN BHD" in checked
