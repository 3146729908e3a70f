"""Marks at the top of an invoice that name no vendor: an addressee's attention line or salutation
and its block, and the header line a print program puts over every page (run date, program id, page
number)."""

from __future__ import annotations

import re

from idp.document import Document
from idp.extractors.common import Span, cells
from idp.extractors.normalize import find_dates

# an attention line marks its block as the addressee's: the name above it and the address under it
ATTENTION = re.compile(
    r"^\W*(?:t\.\s?a\.\s?v\.?|attn\b\.?|att[.:]|(?:(?:for|to)\s+the\s+)?attention\b|z\.\s?hd?\.|"
    r"zu\s+h[äa]nden|[àa]\s+l['’]\s?attention|all['’]\s?attenzione|c/o\b)",
    re.I,
)
# a salutation opens the addressee's block, its name line and the address under it ("Herrn Emre Yilmaz")
SALUTATION = re.compile(
    r"^\W*(?:herrn?|frau|mr|mrs|ms|messrs|monsieur|madame|mme|sr|sra|srta|sig|sig\.ra|dhr|mevr|hr|fr)\b\.?\s+"
    r"(?=[^\W\d_])",
    re.I,
)
# "PAGE 1 OF 2", "Seite 1 von 3", "Side 1 av 1", "Página 2 de 2", "Strona 1 z 2"
PAGE_MARK = re.compile(
    r"\b(?:page|seite|blatt|side|sida|sivu|p[áa]gina|strona|strana|oldal|pag\.?)\s*\d+"
    r"(?:\s*(?:of|von|av|de|di|z|ze|/)\s*\d+)?(?!\S)",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")


def run_header(text: str) -> bool:
    """A print program's page header: a page number with a run date or time on the same line."""
    return bool(PAGE_MARK.search(text)) and bool(find_dates(text) or _TIME.search(text))


def attention_blocks(doc: Document, top: float) -> list[tuple[int, int, float, float]]:
    """(first line, last line, x from, x to) of each block an attention line (``t.a.v.``, ``Attn:``)
    marks as the addressee's: two lines above it to four under it, in the column the line spans; only
    lines of page 1 above `top` (pixels)."""
    page = doc.pages[0]
    out = []
    for i, line in enumerate(doc.lines):
        if line.page != page.number or line.bbox[1] > top:
            break
        for cell in cells(doc.lines, i):
            if ATTENTION.match(cell.text):
                out.append((i - 2, i + 4, cell.words[0].bbox[0] - 1, cell.words[-1].bbox[2]))
            elif SALUTATION.match(cell.text):
                out.append((i, i + 4, cell.words[0].bbox[0] - 1, cell.words[-1].bbox[2]))
    return out


def inside(cell: Span, i: int, block: tuple[int, int, float, float]) -> bool:
    """Whether `cell` (on line `i`) starts in `block` (:func:`attention_blocks`)."""
    first, last, lo, hi = block
    return first <= i <= last and lo <= cell.words[0].bbox[0] < hi
