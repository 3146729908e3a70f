"""Words of reviewed values, per field: a misread word mended to the known word it is a reading of.

Receipts from one region spell their addresses with a small vocabulary (``JALAN``, ``TAMAN``,
``SELANGOR``, street and town names) and the recogniser misreads the same letters of it: ``JAIAN``,
``TAMAK``, ``SCLANGOR``, ``PERMÁS``. Unlike the value memory (value_memory.py), which snaps a whole value
onto one supplier's reviewed value, the lexicon works word by word, so a new supplier in a known town
gains too. A word is mended only when

- it is letters only and at least ``min_length`` long, and not itself in the lexicon;
- a lexicon word of the same length, seen in at least ``min_seen`` reviewed documents, differs from it
  by one substitution, or by two between look-alikes (``I``/``L``/``J``, ``C``/``E``, ``O``/``D``...),
  letters that differ only by an accent counting nothing; a four-letter word only by one look-alike;
- that word is the only one this close (ties by how often it was seen go to the most seen; a full tie
  keeps the reading).

A token of capitals with digits read for some of its letters (``10T`` for ``LOT``: a one for the L, a
zero for the O) is mended when turning each digit into a letter it looks like gives exactly one lexicon
word seen in ``min_seen`` documents. A three-character one only where it opens the text or a part after
a comma and a number follows (``10T 1851-A``): elsewhere ``10T`` may be a unit number.

Words are compared upper-cased; the mended word takes the reading's case. Built when models are fitted
(``fit_receipt_models``), from the keys of the training documents; it is part of the model version.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from idp.extractors.values import fold

WORD = re.compile(r"[^\W\d_]+")
MIXED = re.compile(r"(?<![\w.,/-])[A-Z0-9]{3,}(?![\w/-])")  # a token of capitals and digits: "10T", "JA1AN"
DIGIT_LOOK_ALIKES = {"0": "OD", "1": "LIJ", "2": "Z", "5": "S", "6": "G", "8": "B"}
LOOK_ALIKES = {
    frozenset(pair) for pair in ("IL", "IJ", "CE", "OD", "OQ", "UV", "MN", "HN", "KN", "KX", "EF", "BE")
}


def substitution_cost(read: str, known: str) -> float:
    """Cost of reading ``known`` as ``read`` (same length): 0 for letters equal but for an accent, 0.5
    for look-alikes, 1 for any other letter."""
    cost = 0.0
    for a, b in zip(fold(read).upper(), fold(known).upper(), strict=True):
        if a != b:
            cost += 0.5 if frozenset((a, b)) in LOOK_ALIKES else 1.0
    return cost


@dataclass
class WordLexicon:
    """Per field, the words of reviewed values and in how many documents each was seen."""

    words: dict[str, dict[str, int]] = field(default_factory=dict)
    min_seen: int = 2
    min_length: int = 4
    _by_length: dict[tuple[str, int], list[tuple[str, int]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(
        cls, records: Iterable[Mapping[str, str | None]], fields: Mapping[str, str], **settings: Any
    ) -> WordLexicon:
        """From reviewed values: ``fields`` maps a record's key to the field it fills
        (``{"address": "vendor_address"}``); each word counts once per record."""
        counts: dict[str, Counter[str]] = {}
        for record in records:
            for key, name in fields.items():
                words = set(WORD.findall((record.get(key) or "").upper()))
                counts.setdefault(name, Counter()).update(words)
        return cls({k: dict(c) for k, c in counts.items()}, **settings)

    def __len__(self) -> int:
        return sum(len(v) for v in self.words.values())

    def _known(self, name: str, length: int) -> list[tuple[str, int]]:
        if (name, length) not in self._by_length:
            self._by_length[(name, length)] = [
                (w, n) for w, n in self.words.get(name, {}).items() if len(w) == length and n >= self.min_seen
            ]
        return self._by_length[(name, length)]

    def known_word(self, name: str, word: str) -> str | None:
        """The lexicon word that ``word`` is a misreading of (upper case), or None."""
        upper = word.upper()
        if len(upper) < self.min_length or upper in self.words.get(name, {}):
            return None
        limit = 1.0 if len(upper) > 4 else 0.5
        close = [(substitution_cost(upper, w), -n, w) for w, n in self._known(name, len(upper))]
        close = sorted(c for c in close if c[0] <= limit)
        if not close or (len(close) > 1 and close[0][:2] == close[1][:2]):
            return None
        return close[0][2]

    def known_spelling(self, name: str, token: str) -> str | None:
        """The lexicon word that ``token`` (capitals with digits among them) reads with digits for
        look-alike letters (``10T`` -> ``LOT``), when exactly one such word was seen often enough."""
        options = [DIGIT_LOOK_ALIKES.get(c, "") if c.isdigit() else c for c in token]
        if not all(options) or not 1 <= sum(c.isdigit() for c in token) <= 3 or token.isdigit():
            return None
        words = self.words.get(name, {})
        found = {w for w in map("".join, product(*options)) if words.get(w, 0) >= self.min_seen}
        return found.pop() if len(found) == 1 else None

    def mend(self, name: str, text: str) -> str:
        """``text`` with each misread word of field ``name`` replaced by the word it is a reading of."""

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            known = self.known_word(name, word)
            if known is None:
                return word
            return known if word.isupper() else known.capitalize() if word.istitle() else known.lower()

        def respell(match: re.Match[str]) -> str:
            token, before, after = match.group(0), match.string[: match.start()], match.string[match.end() :]
            if len(token) == 3 and not (re.search(r"(^|,)\s*$", before) and re.match(r"\s+\d", after)):
                return token  # a three-character one opens a part and a number follows ("10T 1851-A")
            return self.known_spelling(name, token) or token

        return MIXED.sub(respell, WORD.sub(replace, text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "min_seen": self.min_seen,
            "min_length": self.min_length,
            "words": {k: dict(sorted(v.items())) for k, v in sorted(self.words.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WordLexicon:
        words = {k: {str(w): int(n) for w, n in v.items()} for k, v in data.get("words", {}).items()}
        return cls(words, int(data.get("min_seen", 2)), int(data.get("min_length", 4)))
