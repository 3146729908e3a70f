"""What a document calls itself, read from its titles: a quotation, a purchase order or a delivery note
is no invoice, however much it looks like one.

Quotations, estimates, purchase orders, order confirmations, delivery notes, statements of account,
remittance advices and payment reminders print a supplier, a number, a date, items and a total as an
invoice does, and a mail room receives them beside its invoices. Taken for an invoice and auto-accepted,
one gets paid. What tells them apart is what they call themselves at the head of a page: ``QUOTATION``,
``Angebot Nr. 2025-117``, ``DELIVERY NOTE``.

A schema's ``classification.lookalike_titles`` lists, by kind, how such documents call themselves; any
type's cue phrases (``classification.keywords``) say how the configured types do. Titles are read among
the first ``TITLE_LINES`` lines of each page, in its upper half, and a title is what its first document
noun says: a cue counts only before a look-alike's words (``INVOICE / STATEMENT`` is an invoice,
``Second reminder: invoice INV-24817 overdue`` a reminder, and ``PURCHASE ORDER``, a cue of invoices,
which print their order's number, is the order's). A title is

- a cell printed ``LARGER`` than the page's median word that holds such a phrase: ``QUOTATION``, ``Sales
  Quotation``, ``Liffey Team Gear DAC INVOICE`` (a scan's OCR reads a letterhead and the title beside it
  as one line, and blurs type sizes: a low bar);
- a cell alone on its line that opens with the phrase and holds its number: ``Angebot Nr. 2025-117`` or
  ``Facture d'acompte n° FA-2025-0885`` in bold body type. ``Delivery Note: DN-4471``, ``Quote reference
  Q-1``, ``Subtotal 690.00`` and a bare ``Kostenvoranschlag`` heading a section of a claim are none.

Each page's title is its largest (alike in size, a configured type's wins over a look-alike's). A
document whose pages' titles call it a look-alike and never a configured type is ``other``: the
reminder whose second page is the invoice it chases stays an invoice. The look-alike lists live in the
schema of the type they imitate and apply to every document, whichever type its cues favour; a phrase
that another type has for a cue is that type's (a ``delivery_note`` type added by a YAML file).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from statistics import median

from idp.document import Document
from idp.extractors.common import cells
from idp.extractors.labels import spaced_letters
from idp.extractors.schema import DocTypeSchema
from idp.extractors.values import fold

TITLE_LINES = 30  # a title heads its page: a business letter's under its two address blocks
LARGER = 1.2  # a cell this much taller than the page's median word may be its title
TITLE_WORDS = 8  # a title in body type alone on its line is short: "Angebot Nr. 2025-117 vom 3. März 2025"


def _phrases(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = sorted({spaced_letters(fold(w.lower())) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z])")


@lru_cache(maxsize=8)
def _matchers(key: tuple) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    lookalikes, cues = key
    kinds = {_squeezed(fold(p.lower())): kind for kind, phrases in lookalikes for p in phrases}
    every = tuple(p for _, phrases in lookalikes for p in phrases)
    return _phrases(every), _phrases(cues), kinds


# what follows a look-alike's phrase in a title of body type alone on its line: its number
_NUMBERED = re.compile(r"\s*(?:(?:[#№]|n[o°º]|nr|nro|number|nummer|num[eé]ro|n[uú]mero)\.?\s*:?\s*)?\S*\d")


_AMOUNT_OR_DATE = re.compile(r"[\d.,' ]*\d[.,]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _numbered_title(rest: str) -> bool:
    """What follows a type's cue that opens a title alone on its line: no colon (``Terms: 30 days`` is
    a label) and a number that is neither an amount nor a date (``Subtotal 690.00`` is no title)."""
    return not rest.lstrip().startswith(":") and any(
        len(token) >= 3 and re.search(r"\d", token) and not _AMOUNT_OR_DATE.fullmatch(token)
        for token in rest.split()
    )


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def titles(doc: Document) -> list[tuple[int, str, float]]:
    """Each candidate title cell of the document: its page, its folded text and how much taller than
    the page's median word it is printed (module docstring)."""
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(doc.lines):
        by_page.setdefault(line.page, []).append(i)
    heights = {p.number: p.height for p in doc.pages}
    out: list[tuple[int, str, float]] = []
    for page, indexes in by_page.items():
        words = [w.bbox[3] - w.bbox[1] for i in indexes for w in doc.lines[i].words]
        typical = median(words) if words else 0.0
        for i in indexes[:TITLE_LINES]:
            line = doc.lines[i]
            if heights.get(page) and line.bbox[1] > 0.5 * heights[page]:
                break
            row = cells(doc.lines, i)
            for cell in row:
                ratio = median(w.bbox[3] - w.bbox[1] for w in cell.words) / typical if typical > 0 else 0.0
                if ratio > LARGER or (len(row) == 1 and len(cell.words) <= TITLE_WORDS):
                    out.append((page, fold(cell.text.lower()), ratio))
    return out


def _cue_of_another(phrase: str, lister: str, schemas: Mapping[str, DocTypeSchema]) -> bool:
    """A look-alike's phrase that another configured type has for a cue is that type's title (a
    ``delivery_note`` type added by a YAML file)."""
    return any(phrase.lower() in s.classification.keywords for name, s in schemas.items() if name != lister)


def lookalike_kind(doc: Document, schemas: Mapping[str, DocTypeSchema]) -> str | None:
    """The kind of document (``quotation``, ``delivery_note``...) the titles call this one, when they
    call it a look-alike and never one of the configured types; else None."""
    lookalikes = tuple(
        (kind, tuple(p for p in phrases if not _cue_of_another(p, name, schemas)))
        for name, s in schemas.items()
        for kind, phrases in sorted(s.classification.lookalike_titles.items())
    )
    if not lookalikes:
        return None
    cues = tuple(sorted({k for s in schemas.values() for k in s.classification.keywords}))
    lookalike, cue, kinds = _matchers((lookalikes, cues))
    best: dict[int, tuple[float, bool, str | None]] = {}  # per page: (size, own, kind) of its title
    for page, text, ratio in titles(doc):
        match = lookalike.search(text) if lookalike is not None else None
        # a title is what its first document noun says: "Second reminder: invoice INV-24817 overdue"
        own = cue.search(text[: match.start()] if match else text) if cue is not None else None
        if own and (ratio > LARGER or (own.start() == 0 and _numbered_title(text[own.end() :]))):
            title = (ratio, True, None)  # "INVOICE", "Facture d'acompte n° FA-2025-0885"
        elif match and (ratio > LARGER or (match.start() == 0 and _NUMBERED.match(text[match.end() :]))):
            title = (ratio, False, kinds.get(_squeezed(match.group(0)), "lookalike"))
        else:
            continue  # "Delivery Note: DN-4471", "Quote reference Q-1": references, not titles
        if page not in best or title[:2] > best[page][:2]:  # the larger; alike, the type's own
            best[page] = title
    if any(own for _, own, _ in best.values()):
        return None  # titled as a configured type on some page: the reminder with its invoice
    return next((kind for _, _, kind in best.values()), None)
