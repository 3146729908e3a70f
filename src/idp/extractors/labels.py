"""Printed labels: the synonyms of a schema compiled into one matcher, longest synonym first.

A synonym matches case- and accent-insensitively (``Facture n°`` matches ``FACTURE N°`` and ``Facture
N°``), spaces and hyphens inside it are optional (``Sub Total``, ``Sub-Total``, ``Subtotal``), so are its
dots (``P.O. No.``, ``PO No``), but a final dot's letters end there (``Nr.`` is not ``NRO.``); a trailing
colon is consumed, and an EN 16931 business-term code after it (``BT-1``); a label followed by ``'s`` is
another's (``INSURED'S I.D. NUMBER``). At each position the longest synonym of
all keys wins, so ``Total excl. tax`` is the subtotal's label, not the total's, and ``Due Date`` is not
the issue date's ``Date``.

A schema may also give a field cue phrases for labels worded otherwise (``date accident`` for ``Date
illness began / accident happened:``, ``plumber`` for ``PLUMBER WHO TRACED AND REPAIRED THE LEAK``): a
short label that no synonym opens, without figures, whose words include every word of one cue (a cue
word is the start of a label word; one of two letters is the whole word), is that field's label. It
must end at a colon or a question mark (``Hvem er forsikringstaker?``), or be followed after a space
by a figure (``Estimated repair cost £219.77``; not ``Claim number WPC2119034``), or be a header cell
of a row of labels or a cell with another beside it (``header=True``: a grid's caption over its value,
``The whole loss and damage claimed   $20,689.74``); a cell alone without a colon is a value (``St
Mary's Hospital``), not a label.
A synonym opening the text wins over a cue, unless the cue's label runs on past it to a colon (``Date
illness began / accident happened:``). When cues of two fields match, the one with more words wins; a
tie labels nothing.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from idp.extractors.values import SPACELESS, fold, parse_value

_LONGER_LABEL = re.compile(r"^[^\d:]{1,30}:")  # more words, then a colon: a longer label we do not know
_SEP = re.compile(r"\s*[:：]?\s*")
# a bilingual label's gloss in brackets belongs to it: "Cộng tiền hàng (Total amount): 55.849.000"
_GLOSS = re.compile(r"\s*\([^()\d:]{2,30}\)\s*[:：]?\s*")
# a bilingual label's other language after a slash: "Számla sorszáma / Invoice no.:", "Eladó / Seller"
_SLASH = re.compile(r"\s*/\s*")
# a label of another script glossed in English up to a colon: "发票号 PI No.: HD-PI-25017", "日期 Date:"
_LATIN_GLOSS = re.compile(r"\s+[a-z][a-z. '#/&-]{0,24}[:：]\s*")
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
    cue: bool = False  # matched by a cue phrase, not a synonym: weaker evidence
    section: bool = False  # a bare "Name" whose field its section's heading names: weaker still


# the generic label of a name within a party's block under its heading: "Nome: Ana Rita Ferreira", "Namn"
NAME_WORD = re.compile(
    r"^\W{0,2}(?:full\s+name|name|nome|namn|nombre|nom|naam|navn|nimi|nama(?:\s+lengkap)?|"
    r"nume(?:\s+[sș]i\s+prenume)?|imi[eę]\s+i\s+nazwisko|jm[ée]no(?:\s+a\s+p[řr][íi]jmen[íi])?|n[ée]v|"
    r"ad[ıi]?\s+soyad[ıi]?|ονοματεπ[ώω]νυμο|[όο]νομα|име(?:\s+и\s+фамилия)?|ime\s+i\s+prezime|"
    r"наименование|naziv|nazwa|denominaci[oó]n|denominazione|d[ée]nomination|vor-?\s+und\s+zuname|"
    r"vorname\s+und\s+(?:zu)?name|vardas|titul,\s+meno|meno\s+a\s+priezvisko|v[āa]rds|ime\s+in\s+priimek|"
    r"eesnimi|nom\s+et\s+pr[ée]nom|pr[ée]nom\s+et\s+nom|nombre\s+y\s+apellidos|apellidos\s+y\s+nombre|"
    r"cognome\s+e\s+nome|nome\s+e\s+cognome|f[öo]rnamn\s+och\s+efternamn|fornavn\s+og\s+etternavn)"
    r"(?![^\W\d_])\s*[:：]?\s*",
    re.I,
)
# what a bare name label's box may add: "(AS IN NRIC / PASSPORT)", ", VORNAME", "/ first name"
_NAME_REST = re.compile(
    r"(?:\s*complet[oa]|\s*lengkap)?\s*(?:\([^()]*\)|(?:[,/&]\s*[^\W\d_]+(?:\s+[^\W\d_]+)?){1,3})?\s*"
)
_MARKER = re.compile(r"\W*(?:(?:\d{1,2}[a-z]?|[a-z])[.)]\s+)?")  # a form's item marker: "D) ", "2. "
_WORD = re.compile(r"[^\W_]+|#")  # any script's letters: Greek and Cyrillic labels too
_CUE_WORD = re.compile(r"-?[^\W_]+|#")  # "-netto": a word the label must not hold
# a label, then its colon, its currency's mark ("Montant total (€ TTC)") or the figure it labels
_CUE_LABEL = re.compile(
    r"^\W*(?:\d{1,2}[a-z]?[.)]?\s+|[a-z][.)]\s+)?(?P<label>[^\d:：?？$€£¥]{2,60}?)\s*"
    r"(?P<colon>[:：?？]\s*|[$€£¥]?\s*$|[$€£¥][^()\d]{0,8}\)\s*$|(?<=\s)(?=[$€£¥]?\s?\d)|(?=[$€£¥]\s?\d))"
)


def _bare_name(text: str, header: bool) -> tuple[int, int, bool] | None:
    """Where a bare name label opens ``text`` (start, end, colon): ``Name: ...``, or in a header row a cell
    that is nothing else (``NAME (AS IN NRIC / PASSPORT)``)."""
    folded = fold(text)
    at = _MARKER.match(folded).end()  # type: ignore[union-attr]
    m = NAME_WORD.match(folded[at:])
    if m is None:
        return None
    colon = ":" in m.group() or "：" in m.group()
    if colon or (header and _NAME_REST.fullmatch(folded[at + m.end() :])):
        return at, (at + m.end() if colon else len(text)), colon
    return None


# taxes a total may be net of ("-vat"), unless the label says it includes them ("IVA inclusa", "cu TVA")
_TAXES = {"tax", "vat", "gst", "tva", "iva", "mwst", "ust", "moms", "mva", "dph", "pdv", "ddv", "kdv", "afa",
          "alv"}  # fmt: skip
_INCLUSIVE = ("incl", "inkl", "inclus", "includ", "inclui", "compris", "cu", "con", "med")  # word starts


def _has(words: list[str], cue_word: str) -> bool:
    """Whether a label's words hold a cue's word (``-word``: do not hold it: ``koszt naprawy -netto``)."""
    if cue_word.startswith("-"):
        if cue_word[1:] in _TAXES and any(w.startswith(_INCLUSIVE) for w in words):
            return True
        return not _has(words, cue_word[1:])
    return any(w == cue_word if len(cue_word) <= 2 else w.startswith(cue_word) for w in words)


def _cue_words(text: str, pattern: re.Pattern[str] = _WORD) -> list[str]:
    """A label's (or a cue's) words; the number words ``#``, ``n``, ``nr``, ``nro`` all read ``no``."""
    return ["no" if w in ("#", "n", "nr", "nro") else w for w in pattern.findall(text.replace("º", "o"))]


def spaced_letters(text: str) -> str:
    """A regex of ``text`` (folded) that lets a space stand between two characters of a spaceless script."""
    return "".join(
        (r"\s?" if k and SPACELESS.match(ch) and SPACELESS.match(text[k - 1]) else "") + re.escape(ch)
        for k, ch in enumerate(text)
    )


def synonym_regex(synonym: str) -> str:
    text = fold(re.sub(r"\s+", " ", synonym.strip()))
    out = []
    for k, ch in enumerate(text):
        if ch in " -":
            out.append(r"[\s\-]*")
        elif ch == ".":
            out.append(r"\.?\s*")
        elif ch in "°º":
            out.append(r"[°ºo]?\.?")
        elif SPACELESS.match(ch) and k and SPACELESS.match(text[k - 1]):
            out.append(r"\s?" + re.escape(ch))
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

    def __init__(
        self, synonyms: Mapping[str, Iterable[str]], cues: Mapping[str, Iterable[str]] | None = None
    ) -> None:
        entries = sorted(
            {(key, s) for key, group in synonyms.items() for s in group if s.strip()},
            key=lambda e: (-len(fold(e[1])), e[0], e[1]),
        )
        self.keys = [key for key, _ in entries]
        by_first: dict[str, list[str]] = {}
        for k, (_, s) in enumerate(entries):  # longest first within each letter too
            by_first.setdefault(fold(s.strip())[0], []).append(f"(?P<g{k}>{synonym_regex(s)})")
        self._by_first = {ch: re.compile("|".join(parts)) for ch, parts in by_first.items()}
        self.name_key: str | None = None  # the field a bare "Name" labels here (see for_section)
        self._cues = [
            (key, _cue_words(fold(c), _CUE_WORD)) for key, group in (cues or {}).items() for c in group
        ]

    def __bool__(self) -> bool:
        return bool(self.keys)

    def for_section(self, name_key: str | None) -> LabelIndex:
        """This index where a bare name label (``Name:``, ``FULL NAME``, ``D) NAME``) is ``name_key``'s:
        under a heading that names the party (``A. DETAILS OF PRIMARY INSURED``; extractors/sections.py)."""
        if name_key is None:
            return self
        other = copy.copy(self)
        other.name_key = name_key
        return other

    def find(self, text: str, header: bool = False) -> list[LabelMatch]:
        """Every label in ``text``, left to right, not overlapping; ``header``: ``text`` is a cell of a
        row of labels (a cue label needs no colon there)."""
        found = self._synonyms(text)
        if self.name_key is not None and not found and (named := _bare_name(text, header)) is not None:
            return [LabelMatch(self.name_key, named[0], named[1], named[2], cue=True, section=True)]
        if not self._cues:
            return found
        opening = found and found[0].start <= 2 and not re.search(r"\w", text[: found[0].start])
        if opening and found[0].colon:
            return found
        cue = self._cue(text, header)
        if cue is None or (opening and not (cue.colon and cue.end > found[0].end)):
            return found  # a synonym opening the text wins, unless the cue's label runs on to a colon
        return [cue] + [m for m in found if m.start >= cue.end]

    def _cue(self, text: str, header: bool) -> LabelMatch | None:
        """The label opening ``text`` by a cue phrase (see the module docstring)."""
        m = _CUE_LABEL.match(fold(text))
        if m is None:
            return None
        shaped = m.end() < len(text) and not m.group("colon").strip()  # a figure follows: "Repair cost £219"
        if not (m.group("colon").strip() or shaped or (header and m.end() == len(text))):
            return None
        key = self.cue_key(m.group("label"))
        if key is None:
            return None
        return LabelMatch(key, m.start("label"), m.end(), bool(m.group("colon").strip()), cue=True)

    def cue_key(self, label: str) -> str | None:
        """The field whose cue the words of ``label`` hold (the longest cue; none on a tie)."""
        words = _cue_words(fold(label))
        if not 1 <= len(words) <= 8:
            return None
        best: dict[str, int] = {}
        for key, cue in self._cues:
            if all(_has(words, c) for c in cue):
                best[key] = max(best.get(key, 0), len(cue))
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _synonyms(self, text: str) -> list[LabelMatch]:
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
            if _POSSESSIVE.match(folded, m.end()) or folded[m.end() : m.end() + 1] == "@":
                i = m.end()  # "INSURED'S I.D. NUMBER" is no "Insured", "policyholder@example.sg" no label
                continue
            if _RATE_HEAD.search(folded[:i]):  # "% IVA" heads a column of rates ("10% Tax 8.00" is a tax)
                i = m.end()
                continue
            key = self.keys[int((m.lastgroup or "g0")[1:])]
            label_end = self._gloss_end(folded, m.end(), key)
            sep = _GLOSS.match(folded, label_end) or _SEP.match(folded, label_end)
            if not re.search(r"[a-z]", folded[m.start() : label_end]):
                sep = _LATIN_GLOSS.match(folded, label_end) or sep
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


def labels_in_large_type(kind: str, m: LabelMatch, text: str) -> bool:
    """Whether label ``m`` in ``text``, set in large type like a title, still labels a value: a party's or
    a date's heading that is the whole cell (``Fornecedor`` over the supplier's block names the name under
    it, ``Issue date`` the date), or an amount's label with its colon and figure (``Total with tax: 5 251,00
    zł``, a total in bold)."""
    after = text[m.end :]
    if kind in ("name", "date"):
        return m.start <= 2 and not after.strip()
    return kind == "amount" and m.colon and parse_value("amount", after) is not None
