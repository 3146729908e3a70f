"""Printed labels: the synonyms of a schema compiled into one matcher, longest synonym first.

A synonym matches case- and accent-insensitively (``Facture n°`` matches ``FACTURE N°`` and ``Facture
N°``), spaces and hyphens inside it are optional (``Sub Total``, ``Sub-Total``, ``Subtotal``), so are its
dots (``P.O. No.``, ``PO No``), but a final dot's letters end there (``Nr.`` is not ``NRO.``); a trailing
colon is consumed, and an EN 16931 business-term code after it (``BT-1``); a label followed by ``'s`` is
another's (``INSURED'S I.D. NUMBER``). At each position the longest synonym of
all keys wins, so ``Total excl. tax`` is the subtotal's label, not the total's, and ``Due Date`` is not
the issue date's ``Date``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from idp.extractors.values import fold

_LONGER_LABEL = re.compile(r"^[^\d:]{1,30}:")  # more words, then a colon: a longer label we do not know
_SEP = re.compile(r"\s*[:：]?\s*")
# a bilingual label's gloss in brackets belongs to it: "Cộng tiền hàng (Total amount): 55.849.000"
_GLOSS = re.compile(r"\s*\([^()\d:]{2,30}\)\s*[:：]?\s*")
# a bilingual label's other language after a slash: "Számla sorszáma / Invoice no.:", "Eladó / Seller"
_SLASH = re.compile(r"\s*/\s*")
_WORD_CHAR = re.compile(r"[a-z0-9]")
# an EN 16931 business-term code printed beside its label (an XRechnung view's "Rechnungsnummer: BT-1
# R2024-06342", "Anschrift: BG-5 ..."): part of the label, no value
_TERM_CODE = re.compile(r"b[tg]-\d{1,3}(?:\s+|$)")
_POSSESSIVE = re.compile(r"['’]s\b")
_RATE_HEAD = re.compile(r"(?:^|[^\d\s])\s*%\s*$")


@dataclass(frozen=True)
class LabelMatch:
    key: str  # the field (or column) the label announces
    start: int
    end: int  # after the label, its colon and the spaces that follow
    colon: bool


def synonym_regex(synonym: str) -> str:
    text = fold(re.sub(r"\s+", " ", synonym.strip()))
    out = []
    for ch in text:
        if ch in " -":
            out.append(r"[\s\-]*")
        elif ch == ".":
            out.append(r"\.?\s*")
        elif ch in "°º":
            out.append(r"[°ºo]?\.?")
        elif ch.isalpha() and out and len(text) >= 5:
            # OCR splits words ("Claim ant") and reads o as 0
            out.append(r"\s?" + ("[o0]" if ch == "o" else re.escape(ch)))
        else:
            out.append(re.escape(ch))
    if text[-1:] == "." and text[-2:-1].isalpha():  # "Nr." is not the start of "NRO. 1464"
        out[-1] = r"(?:\.|(?![a-z]))\s*"
    body = "".join(out)
    return body + (r"(?![a-z0-9])" if text[-1:].isalnum() else "")


class LabelIndex:
    """Every synonym of every key in one matcher (see the module docstring).

    The synonyms are compiled into one alternation per first letter, tried only where a word starts
    with that letter: a page has thousands of cells and a schema hundreds of synonyms in many
    languages, and most cells hold no label at all."""

    def __init__(self, synonyms: Mapping[str, Iterable[str]]) -> None:
        entries = sorted(
            {(key, s) for key, group in synonyms.items() for s in group if s.strip()},
            key=lambda e: (-len(fold(e[1])), e[0], e[1]),
        )
        self.keys = [key for key, _ in entries]
        by_first: dict[str, list[str]] = {}
        for k, (_, s) in enumerate(entries):  # longest first within each letter too
            by_first.setdefault(fold(s.strip())[0], []).append(f"(?P<g{k}>{synonym_regex(s)})")
        self._by_first = {ch: re.compile("|".join(parts)) for ch, parts in by_first.items()}

    def __bool__(self) -> bool:
        return bool(self.keys)

    def find(self, text: str) -> list[LabelMatch]:
        """Every label in ``text``, left to right, not overlapping."""
        out = []
        folded = fold(text)
        i = 0
        while i < len(folded):
            pattern = self._by_first.get(folded[i])
            m = None
            if pattern is not None and (i == 0 or not _WORD_CHAR.match(folded[i - 1])):
                m = pattern.match(folded, i)
            if m is None:
                i += 1
                continue
            if _POSSESSIVE.match(folded, m.end()):  # "INSURED'S I.D. NUMBER" is no "Insured"
                i = m.end()
                continue
            if _RATE_HEAD.search(folded[:i]):  # "% IVA" heads a column of rates ("10% Tax 8.00" is a tax)
                i = m.end()
                continue
            key = self.keys[int((m.lastgroup or "g0")[1:])]
            label_end = self._gloss_end(folded, m.end(), key)
            sep = _GLOSS.match(folded, label_end) or _SEP.match(folded, label_end)
            end = sep.end() if sep else label_end
            if code := _TERM_CODE.match(folded, end):
                end = code.end()
            i = end if end > i else i + 1
            sep_text = folded[label_end:end]
            if not sep_text.strip() and _LONGER_LABEL.match(folded[end:]):
                continue  # "Date of Birth:" is not the label "Date"
            out.append(LabelMatch(key, m.start(), end, ":" in sep_text or "：" in sep_text))
        return out

    def _gloss_end(self, folded: str, end: int, key: str) -> int:
        """Where a label ends when the same label in another language follows it after a slash."""
        slash = _SLASH.match(folded, end)
        if slash is None or slash.end() >= len(folded):
            return end
        pattern = self._by_first.get(folded[slash.end()])
        other = pattern.match(folded, slash.end()) if pattern is not None else None
        if other is None or self.keys[int((other.lastgroup or "g0")[1:])] != key:
            return end
        return other.end()

    def at_start(self, text: str, slack: int = 2) -> LabelMatch | None:
        """The label that opens ``text`` (after at most ``slack`` characters of bullets or punctuation)."""
        found = self.find(text)
        if found and found[0].start <= slack and not re.search(r"\w", text[: found[0].start]):
            return found[0]
        return None

    def whole(self, text: str) -> str | None:
        """The key when ``text`` is nothing but one label (a column header)."""
        m = self.at_start(text.strip())
        return m.key if m is not None and not text.strip()[m.end :].strip(" :.") else None
