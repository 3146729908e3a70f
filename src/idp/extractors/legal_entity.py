"""The legal entity behind a trading name in the letterhead: the company an invoice is issued by.

A hotel, a practice or a shop heads its invoice with the name guests know (``Grand Hotel Riviera``,
``Lakeview Family Dentistry``) and names the company that issues it, with its tax id, in the footer
(``Riviera Turismo S.r.l. · P.IVA IT37354506089``) or says so (``Dr. Anita Sharma Dentistry Professional
Corporation operating as Lakeview Family Dentistry``). The invoice's vendor is that company. A brand's
name takes the legal form (and the words before it) that the page prints with it (:func:`legal_name`).
"""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.common import Span, cells, span
from idp.extractors.letterhead import COMPANY_IN_TEXT, FORMS_AFTER, LEGAL, TITLE

_DOING_BUSINESS = re.compile(
    r"\s*,?\s*\(?(?:operating|trading|doing\s+business)\s+as\s+|\s+(?:t/a|d/b/a|dba)\s+", re.I
)
# a company's registration follows its name in a footer: tax id, register, share capital
_REGISTRATION = re.compile(
    r"\s*[·•|,–-]?\s*(?:vat|p\.?\s?iva|c\.?f\.|cif|nif|nipc|ust|uid|abn|acn|gst|siret|siren|rcs|kvk|btw|tva|"
    r"cnpj|rfc|nip|ein|company\s+no|reg(?:istered)?|registro|handelsregister|amtsgericht|hrb|ico|ičo|"
    r"capital|kapital)\b",
    re.I,
)
_CLAUSE_START = re.compile(r"[·•|]\s*|(?<=\w\w\w)[.;:]\s+(?=[A-Z])")  # not after "Dr."
FOOTER_LINES = 4


def registered_entity(lines: list[Line], name: str) -> Span | None:
    """The company behind the trading name ``name`` (module docstring), or None."""
    if LEGAL.search(name) or not lines:
        return None
    folded = name.casefold().strip()
    for i, line in enumerate(lines):
        for said in _DOING_BUSINESS.finditer(line.text):
            if not line.text[said.end() :].casefold().startswith(folded):
                continue
            start = max((m.end() for m in _CLAUSE_START.finditer(line.text, 0, said.start())), default=0)
            forms = list(LEGAL.finditer(line.text, start, said.start()))
            if forms and forms[-1].end() >= said.start() - 1:  # the company's name ends in its form
                return span(lines, i, start, forms[-1].end())
    last = lines[-1].page
    footer = [i for i in range(len(lines) - 1, -1, -1) if lines[i].page == last][:FOOTER_LINES]
    for i in footer:
        for m in COMPANY_IN_TEXT.finditer(lines[i].text):
            if _REGISTRATION.match(lines[i].text, m.end()):
                return span(lines, i, m.start(), m.end())
    return None


def legal_name(lines: list[Line], name: str) -> str:
    """``name`` with the legal form it carries elsewhere on the page: a brand in the letterhead, the
    company in the footer (``Park Hotel Luzern`` -> ``Park Hotel Luzern AG``)."""
    if LEGAL.search(name) or len(name) < 4:
        return name
    # up to two more capitalised words before the form: "Loomwork" -> "Loomwork Labs, Inc."; and the
    # capitalised words a cell opens with before the name ("De Gouden" -> "Kaashandel De Gouden Wiel B.V.";
    # in a cell, never the name itself: OCR runs a logo word into the line beside it, "Hebden Hebden Loom...")
    rest = re.escape(name) + r"(?-i:\s+[A-Z][\w&'-]*){0,2}" + FORMS_AFTER.pattern
    pattern = re.compile(rest, re.I)
    lead = re.compile(r"^(?P<lead>(?-i:[A-Z][^\W\d_]+\s+){1,2})" + rest, re.I)
    found = [m.group(0) for line in lines for m in pattern.finditer(line.text)]
    leads = [m for i in range(len(lines)) for c in cells(lines, i) if (m := lead.match(c.text))]
    found += [m.group(0) for m in leads if name.casefold() not in m.group("lead").casefold()]
    found = [f for f in found if not TITLE.match(re.sub(r"\s+", "", f))]  # "Factuur ..." opens no name
    return max(found, key=lambda f: (found.count(f), len(f))) if found else name  # "SARL" twice, "SARL." once
