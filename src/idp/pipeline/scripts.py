"""Words the recogniser read in two scripts at once, put back into one: Greek read with Latin look-alikes.

The PP-OCR recogniser knows the Greek letters but not their accented forms, and takes a Greek capital
that looks Latin (Α, Ε, Η, Ι, Κ, Μ, Ν, Ο, Ρ, Τ, Χ) for the Latin one: ``ΤΙΜΟΛΟΓΙΟ`` comes out as
``TIMOΛOΓIO`` and ``Αριθμός`` as ``Aριθμóç``. A word that holds at least one Greek letter is Greek, so
its Latin look-alikes, accented vowels and ``ç`` (a final sigma) are mapped to Greek. Words without
a Greek letter are left alone: a Greek page's ``EUR`` or ``IBAN`` stays Latin.
"""

from __future__ import annotations

import re

GREEK = re.compile(r"[\u0370-\u03ff\u2206\u220f]")  # with the Δ and Π the recogniser takes for maths
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u2206\u220f]")
_TO_GREEK = str.maketrans(
    {
        "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ",
        "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "a": "α", "i": "ι", "k": "κ", "o": "ο", "p": "ρ", "u": "υ",
        "v": "ν", "x": "χ", "á": "ά", "é": "έ", "í": "ί", "ó": "ό", "ú": "ύ", "ý": "ύ", "ń": "ή", "ç": "ς",
        "\u2206": "Δ", "\u220f": "Π",
    }
)  # fmt: skip


def mend_script(text: str) -> str:
    """``text`` with each mixed Greek-and-Latin word written in Greek (module doc)."""
    if not GREEK.search(text):
        return text
    return " ".join(
        word.translate(_TO_GREEK) if GREEK.search(word) and _LATIN.search(word) else word
        for word in text.split(" ")
    )
