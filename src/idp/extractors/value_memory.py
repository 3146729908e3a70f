"""Values reviewers have confirmed, remembered per field: vendor master data learned from review.

Back offices see the same suppliers again and again, and OCR misreads the same small print in the
same ways (``NO.32 & 33. JALAN`` for ``NO.32 & 33, JALAN``). When retraining, every reviewed value of a
remembered field (vendor name, vendor address) goes into the memory. At extraction, a value the ranker
chose that lies within a small edit distance of a remembered value is *snapped* to it: the reviewed
spelling replaces the misread one, ``raw`` keeps what the OCR read, and the field's source says so.

Guards against snapping onto a different place of the same chain: the normalised edit distance
(Levenshtein over the longer string, whitespace collapsed, case folded) must be at most
``max_distance``, and the digits of the two values (house numbers, postcodes) may differ in at most
``max_digit_edits`` characters. Ties go to the value reviewers confirmed most often. And the snap must
be explained by a misreading: a reading that differs only in spaces and punctuation snaps only to a
spelling confirmed at least ``min_seen_spacing`` times (one reviewer's ``NO: 28,JALAN`` is as likely a
habit as the print); otherwise some word the reading has and the remembered value lacks must be no
word of any remembered value (``TAMPOL``, ``B1750``): a reading whose own words are all known words or
plain numbers (``3 FLOOR`` for ``3RD FLR``, ``81760`` for ``81750``) is another value, not a misreading.
On the SROIE development receipts (5-fold, memory of the other folds) the guards keep all 10 addresses
the memory mends and avoid the 4 it broke. The memory is
part of the model version it was trained with (``ranker.json``), so every snapped value names the
version that produced it; the packaged models carry none (a memory belongs to its user's data).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import Levenshtein

SPACES = re.compile(r"\s+")
NOT_DIGIT = re.compile(r"\D")
WORD = re.compile(r"\w+")
SEPARATORS = re.compile(r"[\W_]+")


def canonical(text: str) -> str:
    return SPACES.sub(" ", text).strip().upper()


@dataclass(frozen=True)
class Snap:
    value: str  # the remembered value
    distance: float  # normalised edit distance to what was read (0: read exactly so)
    seen: int  # how many reviewed documents carried this value


@dataclass
class ValueMemory:
    """Remembered values per field name (see the module docstring)."""

    values: dict[str, dict[str, int]] = field(default_factory=dict)  # field -> value -> times seen
    max_distance: float = 0.12
    max_digit_edits: int = 1
    min_seen_spacing: int = 2
    _index: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict, repr=False, compare=False)
    _words: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(
        cls, records: Iterable[Mapping[str, str | None]], fields: Mapping[str, str], **settings: Any
    ) -> ValueMemory:
        """From reviewed values: ``fields`` maps a record's key to the field it fills
        (``{"company": "vendor_name"}``); empty values are skipped."""
        counts: dict[str, Counter[str]] = {}
        for record in records:
            for key, name in fields.items():
                value = record.get(key)
                if value and canonical(value):
                    counts.setdefault(name, Counter())[SPACES.sub(" ", value).strip()] += 1
        return cls({k: dict(c) for k, c in counts.items()}, **settings)

    def __len__(self) -> int:
        return sum(len(v) for v in self.values.values())

    def _entries(self, name: str) -> list[tuple[str, str, int]]:
        if name not in self._index:
            self._index[name] = [(canonical(v), v, n) for v, n in self.values.get(name, {}).items()]
        return self._index[name]

    def _known_words(self, name: str) -> set[str]:
        if name not in self._words:
            self._words[name] = {w for key, _, _ in self._entries(name) for w in WORD.findall(key)}
        return self._words[name]

    def _explained(self, name: str, read: str, key: str, seen: int) -> bool:
        """Whether reading ``key`` as ``read`` is a misreading (see the module docstring)."""
        if SEPARATORS.sub("", read) == SEPARATORS.sub("", key):
            return seen >= self.min_seen_spacing
        extra = Counter(WORD.findall(read)) - Counter(WORD.findall(key))
        known = self._known_words(name)
        return any(not w.isdigit() and w not in known for w in extra) or not extra

    def match(self, name: str, text: str) -> Snap | None:
        """The remembered value of field ``name`` that ``text`` is a reading of, if any."""
        read = canonical(text)
        if not read:
            return None
        best: tuple[float, int, str] | None = None
        for key, value, seen in self._entries(name):
            d = Levenshtein.normalized_distance(read, key, score_cutoff=self.max_distance)
            if d > self.max_distance:
                continue
            if Levenshtein.distance(NOT_DIGIT.sub("", read), NOT_DIGIT.sub("", key)) > self.max_digit_edits:
                continue
            if d > 0 and not self._explained(name, read, key, seen):
                continue
            if best is None or (d, -seen) < (best[0], -best[1]):
                best = (d, seen, value)
        return None if best is None else Snap(best[2], best[0], best[1])

    def to_dict(self) -> dict[str, Any]:
        return {
            "max_distance": self.max_distance,
            "max_digit_edits": self.max_digit_edits,
            "min_seen_spacing": self.min_seen_spacing,
            "values": {k: dict(sorted(v.items())) for k, v in sorted(self.values.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValueMemory:
        return cls(
            {k: {str(v): int(n) for v, n in vals.items()} for k, vals in data.get("values", {}).items()},
            float(data.get("max_distance", 0.12)),
            int(data.get("max_digit_edits", 1)),
            int(data.get("min_seen_spacing", 2)),
        )
