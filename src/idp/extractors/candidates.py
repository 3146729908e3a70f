"""A labelled value found by the generic extractor (generic.py), and how the best of a field's is chosen:
by label evidence x position, +0.05 when the value passes its type's plausibility check, earliest first on
ties (the scores are explained in generic.py's docstring)."""

from __future__ import annotations

from dataclasses import dataclass

from idp.extractors.common import Span, plausible_date


@dataclass
class Candidate:
    field: str
    value: str
    raw: str
    span: Span
    spans: list[Span]
    score: float
    order: int


def plausible(kind: str, value: str) -> bool:
    """The type's own sanity check on a normalised value."""
    if kind == "date":
        return plausible_date(value)
    if kind == "amount":
        return not value.startswith("-") and value != "0.00"
    words = [w for w in value.split() if any(c.isalpha() for c in w)]
    if kind == "name":
        return 2 <= len(words) <= 8 and sum(c.isdigit() for c in value) <= 2 and value[0].isupper()
    if kind == "text":
        return len(words) <= 8
    if kind == "id":
        return 3 <= len(value) <= 30
    return True


def choose(candidates: list[Candidate], kind: str) -> tuple[Candidate, float]:
    """The best candidate and its confidence factor (see the module docstring)."""
    best = max(candidates, key=lambda c: (c.score + (0.05 if plausible(kind, c.value) else 0.0), -c.order))
    rival = any(c.value != best.value and best.score - c.score < 0.1 for c in candidates if c is not best)
    factor = 0.5 + 0.3 * best.score + (0.0 if rival else 0.1) + (0.1 if plausible(kind, best.value) else 0.0)
    return best, factor
