"""Names and addresses cleaned of what a recogniser adds to print: spaces inside brackets and before
commas, a period doubled with a comma, and a comma read as a period between the parts of an address;
and of what it takes away from a name: the space after its initials or a legal abbreviation
(:func:`tidy_name`). ``raw`` keeps what was read; these give the value."""

from __future__ import annotations

import re


def tidy_punctuation(text: str) -> str:
    """Spaces the recogniser puts inside brackets and before a comma, a period doubled with a comma (not
    after an abbreviation: ``Co., Ltd.``, ``Blvd., Brgy.``) and a hyphen read for the space before a legal
    form, removed: ``S.H.H MOTOR ( SUNGAI RENGIT )`` -> ``S.H.H MOTOR (SUNGAI RENGIT)``, ``U13 , 40170`` ->
    ``U13, 40170``, ``SELATAN., 84600`` -> ``SELATAN, 84600``, ``INTERNATIONAL-SDN BHD`` ->
    ``INTERNATIONAL SDN BHD``. None of these occur in the 200 names and addresses of the SROIE keys."""
    text = re.sub(r"([(\[]) +", r"\1", text)
    text = re.sub(r" +([)\],])", r"\1", text)
    text = re.sub(r"(?<=\w)-(?=(SDN|BHD|LTD|LIMITED|INC|LLC|GMBH)\b)", " ", text, flags=re.I)
    text = re.sub(r",\.(?!\d)", ",", text)
    # a period before a comma stays after an abbreviation or initial: "Co., Ltd.", "Blvd., Brgy."
    return re.sub(r"\.,", lambda m: m.group(0) if abbreviated(text[: m.start()]) else ",", text)


# initials or a legal form's abbreviation run into the next word: "S.H.H.MOTOR", "SDN.BHD.", "Co.Ltd"
_GLUED_AFTER_PERIOD = re.compile(
    r"(?<![\w.])((?:[A-Z]\.){2,}|(?:sdn|co|pte|pvt|pty)\.)(?=[A-Z][A-Za-z]+\b)", re.I
)


def tidy_name(text: str) -> str:
    """A business name as :func:`tidy_punctuation` leaves it, with a space after initials or a legal
    form's abbreviation that the recogniser ran into the next word: ``S.H.H.MOTOR (SUNGAI RENGIT)
    SDN.BHD.`` -> ``S.H.H. MOTOR (SUNGAI RENGIT) SDN. BHD.``. Names only: addresses print ``NO.53,JALAN``
    as often as ``NO. 53, JALAN``."""
    return _GLUED_AFTER_PERIOD.sub(r"\1 ", tidy_punctuation(text))


# a period that ends an abbreviation or a lone initial: "NO. 42", "JLN. AMPANG", "P.T. 2811", "S. ALAM",
# "ul. Piotrkowska", "Av. Insurgentes", "Col. Roma"
_ABBREVIATION = re.compile(
    r"(?:^|[\s,.])(no|nos|jln|jl|tmn|kg|kpg|bdr|bt|blk|lrg|lot|pt|sek|sg|st|rd|ave|dr|mt|ste|apt|fl|flr|"
    r"bhd|sdn|co|corp|inc|ltd|mr|mrs|ms|ul|al|av|avda|col|blvd|bd|str|pl|cad|sok|mah|brgy|sec|dist|bldg|"
    r"hwy|nr|jud|bl|ap|tn|küç|kuc|[a-z])$",
    re.I,
)
# a short word in title case is an abbreviation wherever it stands before a period: "Blvd.", "Brgy.", "Sec."
_TITLE_ABBREVIATION = re.compile(r"(?:^|[\s,.(])[A-Z][a-z]{0,3}$")


def abbreviated(before: str) -> bool:
    """Whether the text before a period ends in an abbreviation or initial (the period is not a comma)."""
    return bool(_ABBREVIATION.search(before) or _TITLE_ABBREVIATION.search(before))


_PERIOD_BETWEEN_PARTS = re.compile(r"(?<=\w)\.(?= [A-Za-z0-9])")
# a zero read for the letter O inside a word in capitals: "SINGAP0RE"; not "K1A0B1", "B1750", "U13/0"
# ("0ktovriou": a zero opening a word in lower case)
_ZERO_IN_A_WORD = re.compile(
    r"(?<=[A-Z]{2})0(?=[A-Z]{2})|(?<=\b[A-Z])0(?=[A-ZÀ-ÖØ-Þ]{2,}\b)|(?<![\w.,/-])0(?=[a-zà-ÿ]{4,}\b)"
)


def address_separators(text: str) -> str:
    """Periods between the parts of an address read as the commas they are (``TAMAN AIR BIRU. 81700
    PASIR GUDANG`` -> ``TAMAN AIR BIRU, 81700 PASIR GUDANG``), except after an abbreviation or initial;
    a zero between letters read as the O it is (``SINGAP0RE``).

    On thermal print a comma's tail is a pixel or two and the recogniser reads it as a period. In the
    keys of the 100 SROIE development receipts, such a period (not after an abbreviation) is printed
    in 4 addresses, while the OCR reads one in 21 where a comma is printed; with this rule addresses
    exactly right went from 42 to 49 of 100 (5-fold cross-validation), none broken."""
    out, last = [], 0
    for m in _PERIOD_BETWEEN_PARTS.finditer(text):
        if not abbreviated(text[: m.start()]):
            out.append(text[last : m.start()] + ",")
            last = m.end()
    out.append(text[last:])
    return tidy_punctuation(_ZERO_IN_A_WORD.sub("O", "".join(out)))
