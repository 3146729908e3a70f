"""Greek words the recogniser read with Latin look-alikes are put back into Greek; other words stay."""

from __future__ import annotations

import re

import numpy as np
import pytest

from idp.config import load_config
from idp.document import Page
from idp.models.ocr import build_ocr_engine
from idp.pipeline.ocr_stage import ocr_pages
from idp.pipeline.scripts import GREEK, mend_script
from tests import inputs


@pytest.mark.parametrize(
    ("read", "greek"),
    [
        ("TIMOΛOΓIO", "ΤΙΜΟΛΟΓΙΟ"),
        ("Aριθμóç:", "Αριθμός:"),
        ("Hμερομηνíα: 29/03/2025", "Ημερομηνία: 29/03/2025"),
        ("A.Φ.M. 343662386", "Α.Φ.Μ. 343662386"),
        ("Φ∏A 24%", "ΦΠΑ 24%"),
        ("∆.O.Y. Kαλλιθα", "Δ.Ο.Υ. Καλλιθα"),
    ],
)
def test_mixed_words_are_written_in_greek(read: str, greek: str) -> None:
    assert mend_script(read) == greek


@pytest.mark.parametrize("text", ["TOTAL 12.00", "IBAN GR16 0110 1250", "EUR", "Città di Milano", "Ο.Ε. EUR"])
def test_words_without_greek_letters_stay(text: str) -> None:
    assert mend_script(text) == text


@pytest.fixture(scope="module")
def engine():
    return build_ocr_engine(load_config().ocr)


def test_the_ocr_stage_puts_the_recognisers_greek_back_into_greek(engine) -> None:
    """The real recogniser reads rendered Greek with Latin look-alikes; the stage's words are Greek."""
    lines = ["Αριθμός: 004867", "Ημερομηνία: 29/03/2025", "Καθαρή αξία 2.905,19 €"]
    image = np.asarray(inputs.text_page(lines, size=(900, 260), font_size=30))
    raw = [w.text for w in engine.recognize(image)]
    assert any(GREEK.search(t) and re.search("[A-Za-z]", t) for t in raw)  # what is mended
    page = Page(number=1, width=image.shape[1], height=image.shape[0], image=image)
    (out,) = ocr_pages([page], engine, max_side=2000)
    words = [w.text for w in out.words]
    assert "Ημερομηνία:" in words and "29/03/2025" in words and "€" in words
    assert not any(GREEK.search(t) and re.search("[A-Za-z]", t) for t in words)
