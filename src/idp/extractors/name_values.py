"""Whether a name label's value is a name: what forms print where a name would be, and a name's own
end (the generic extractor's checks on ``name`` fields, :mod:`idp.extractors.generic`)."""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.common import Span, cells
from idp.extractors.labels import NAME_WORD
from idp.extractors.values import parse_value

POSTAL = re.compile(r"^\W*(p\.?\s?o\.?\s*box|postfach|case postale|apartado|\d+[a-z]?\s)", re.I)
NEXT_BOX = re.compile(r"\s\d{1,2}[a-z]?\.\s+[A-Z]{2}")  # "... TO INSURED 7. INSURED'S ADDRESS": the next box
AMOUNT_IN = re.compile(r"[$€£¥]\s?\d|\d[.,]\d{2}(?!\d)")  # "$6,000.00 per month", "USD 2,507.92": no name
# what a form prints where a name would be: a signature's mark, "None", "As in Part A", "N.A."
PLACEHOLDER = re.compile(
    r"\(?(?:signed|unterschrieben|sign[ée]e?|firmado|firmato|getekend)\)?|none|nil|n\.?\s?a\.?|n/a|-+|_+|"
    r"signature on file|(?:as|same as|see)\s+(?:in|above|per|part|section|overleaf)\b.*",
    re.I,
)
# a legal form after a comma is part of the name: "Lone Star Industrial Supply, Inc."
_LEGAL_AFTER = re.compile(
    r"(?:inc|ltd|llc|plc|corp|co|gmbh|ag|kg|s\.?a|s\.?l|s\.?r\.?l|s\.?p\.?a|lda|b\.?v|n\.?v|ab|oy|as|a/s|aps|"
    r"sas|sarl|pty|limited|sp\.?\s?z\s?o\.?o)\b\.?",
    re.I,
)


def name_end(value: str) -> int | None:
    """Where a name ends before what follows it after a comma with a figure in that part: an id ("Kari
    Nordahl, fødselsnummer 211089 92432") or an address ("Garage Desmet & Zonen nv, Industrieweg 9, 9320
    Erembodegem"); a legal form after a comma stays ("..., Inc. 1234 Main St" ends after "Inc.")."""
    for comma in re.finditer(r",\s+", value):
        rest = value[comma.end() :]
        if (legal := _LEGAL_AFTER.match(rest)) is not None:
            if re.match(r"\s+\d", rest[legal.end() :]):
                return comma.end() + legal.end()
            continue
        if re.match(r"[^,]*\d", rest) and len(value[: comma.start()].split()) >= 2:
            return comma.start()
    return None


NAME_CAPTION = re.compile(NAME_WORD.pattern + r"(?:[,/&]\s*[^\W\d_]+)?\s*", re.I)


def can_be_name(value: str) -> bool:
    """Whether a name label's value can be a name: not an address (``6 Trident Park``), not what a form
    prints where a name would be (``(signed)``, ``As in Part A``), not the rest of a longer label (``(LAST
    NAME, FIRST``, ``, ADDRESS``, ``INFO & PH #``, ``... TO INSURED 7. INSURED'S ADDRESS``), not an e-mail
    or an amount (``$6,000.00 per month``), an id or a date."""
    if POSTAL.match(value) or PLACEHOLDER.fullmatch(value.strip()) or NEXT_BOX.search(value):
        return False
    if NAME_CAPTION.fullmatch(value.strip()):
        return False  # a name box's caption: "Vor- und Zuname", "Vardas, pavardė"
    if re.fullmatch(r"\S*\d\S*", value.strip()) or mostly_date(value):
        return False  # an id ("Hospital ID: HOSP-39417") or a date ("Date admitted to hospital: 19 May")
    return not (re.match(r"[(,;/&]", value) or re.search(r"[#@☐☒☑]", value) or AMOUNT_IN.search(value))


def names_one(lines: list[Line], value: Span) -> bool:
    """A value on a row without amounts and with no row of its kind under it (``AIRLINE`` over one
    ``Lapland Jet Oy``): one party's, not a table's column of senders (``From`` over ``ALBURY 195.89``)."""
    i = value.line_index
    if AMOUNT_IN.search(lines[i].text):
        return False
    return i + 1 >= len(lines) or len(cells(lines, i + 1)) < len(cells(lines, i))


def mostly_date(value: str) -> bool:
    found = parse_value("date", value)
    return found is not None and found[1] - found[0] >= 0.6 * len(value.strip())
