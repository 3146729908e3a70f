"""Marks at the top of an invoice that name no vendor: an addressee's attention line or salutation
and its block, and the header line a print program puts over every page (run date, program id, page
number)."""

from __future__ import annotations

import re

from idp.document import Document
from idp.extractors.common import Span, cells, median_height, span
from idp.extractors.normalize import find_dates

Block = tuple[int, int, float, float]  # first line, last line, x from, x to

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
# a party's block the schema labels no field for: "Ship to", "Delivery address"
PARTY_CUE = re.compile(
    r"^\W*((bill|ship|sold|deliver|invoice|charge)(ed)?\s+to|(delivery|shipping)\s+address)\b", re.I
)
# a party's heading over its block, in an invoicing program's words ("Provider", "Service Provider",
# "Poskytovatel", "Fornecedor"): no name
PARTY_HEADING = re.compile(
    r"^\W*(?:(?:service\s+)?provider|poskytovate[lľ]|fornecedor|prestador(?:\s+de\s+servi[cç]os)?|"
    r"customer|client|cliente|odb[eě]ratel)\W*$",
    re.I,
)


# the sender's line over an envelope window's address (DIN 5008 and French letters), in small type: "Berg und
# Sohn Feinmechanik GmbH, Hafenstraße 3, 04109 Leipzig", "Verein X · Schlossallee 3 · 79098"; the addressee's
# block is under it
_SENDER_SEP = re.compile(r"\s*[,·•|]\s*")
# a part of it: a postcode and town ("04109 Leipzig", "HX1 5ER Halifax", "Halifax HX1 5ER", "IL 62704"), or
# a postcode whose town the line wraps onto the next
_POSTCODE_TOWN = re.compile(
    r"^(?:[A-Z]{1,3}[- ]?)?\d{4,5}(?:\s+[^\W\d_]|$)|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
    r"|^[^\W\d_][^,]*\s\d{4,5}$"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")


def run_header(text: str) -> bool:
    """A print program's page header: a page number with a run date or time on the same line."""
    return bool(PAGE_MARK.search(text)) and bool(find_dates(text) or _TIME.search(text))


def attention_blocks(doc: Document, top: float) -> list[Block]:
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


def inside(cell: Span, i: int, block: Block) -> bool:
    """Whether `cell` (on line `i`) starts in `block` (:func:`attention_blocks`)."""
    first, last, lo, hi = block
    return first <= i <= last and lo <= cell.words[0].bbox[0] < hi


def sender_line(doc: Document, top: float, legal: re.Pattern[str]) -> tuple[Span, Block] | None:
    """The company named in the sender's line over a window's address, and the addressee's block under
    it; only above `top` (pixels). The line is in type no larger than the page's, a name, a street and a
    postcode, the next line starts under it, and the name ends in a legal form or is printed again
    elsewhere on the page (the letterhead, the footer): associations have no form."""
    page = doc.pages[0]
    body = median_height(page.words)
    for i, line in enumerate(doc.lines):
        if line.page != page.number or line.bbox[1] > top:
            break
        for cell in cells(doc.lines, i):
            parts = _SENDER_SEP.split(cell.text)
            name = parts[0]
            town = any(_POSTCODE_TOWN.search(p) for p in parts[2:])
            if len(parts) < 3 or re.search(r"\d", name) or not town:
                continue
            small = median_height(cell.words) <= 1.05 * body
            x0, x1 = cell.words[0].bbox[0], cell.words[-1].bbox[2]
            near = [k for k in range(i + 1, i + 4) if k < len(doc.lines) and doc.lines[k].page == line.page]
            under = any(x0 - body <= c.words[0].bbox[0] <= x1 for k in near for c in cells(doc.lines, k))
            again = any(k != i and name.casefold() in x.text.casefold() for k, x in enumerate(doc.lines))
            if small and under and (legal.search(name) or again):
                sender = span(doc.lines, i, cell.start, cell.start + len(name))
                return _whole_name(doc, i, sender, body), (i + 1, i + 5, x0 - body, x1)
    return None


def _whole_name(doc: Document, i: int, name: Span, body: float) -> Span:
    """The sender's name with the word a template set on the line above it (``Berg`` over ``und Sohn
    Feinmechanik GmbH, ...``), as the page prints it whole elsewhere (its footer); else ``name``."""
    above = cells(doc.lines, i - 1) if i > 0 and doc.lines[i - 1].page == doc.lines[i].page else []
    if len(above) != 1 or len(above[0].words) > 2 or re.search(r"\d", above[0].text):
        return name
    if abs(above[0].words[0].bbox[0] - name.words[0].bbox[0]) > body:
        return name
    whole = f"{above[0].text} {name.text}".casefold()
    for k, line in enumerate(doc.lines):
        at = line.text.casefold().find(whole)
        if k != i and at >= 0:
            return span(doc.lines, k, at, at + len(whole))
    return name
