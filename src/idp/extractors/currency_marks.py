"""Which currency a page's marks name: ISO codes and symbols beside its amounts, weighed by how much each
says (a code beside money more than one in a word, a bare ``$`` less than a code, a mark beside a whole
number less than one beside cents). :func:`idp.extractors.country.resolve_currency` then reads the
shared marks (``$``, ``kr``) by the country the page names."""

from __future__ import annotations

import re

from idp.extractors.currencies import ISO_CODES, WHOLE_CURRENCIES
from idp.extractors.normalize import normalize_currency
from idp.extractors.values import CURRENCY_TOKEN, LETTER_MARKS


def _beside_amount(text: str, start: int, end: int) -> bool:
    """An amount with cents or thousands right after (``R 17 223.10``, ``Rp 38.389.500``) or right
    before (``127,00 TL``) a mark; not ``Insulation R2.6``."""
    figure = r"\s?-?(?:\d{1,3}(?:(?:[ ,.\u00a0]\d{3})*[.,]\d{2}|(?:[ ,.\u00a0]\d{3})+)|\d+[.,]\d{2})(?!\d)"
    after = re.match(figure, text[end : end + 24])
    # before: cents, or a grouped whole figure of a currency without cents ("78,000 won", "34 300 Ar")
    before = text[max(start - 24, 0) : start]
    return bool(after or re.search(r"\d[.,]\d{2}\s?$|\d[,. \u00a0]\d{3}\s?$", before))


# a whole number right after a mark: "RM 2002"; not the head of "R 17 223.10" or "kr 30 436,90"
_WHOLE_AFTER = re.compile(
    r"\s?(?:\d{1,3}(?:[ \u00a0\u202f']\d{3})*(?![\d.,'\u00a0\u202f]|\s\d)|\d{4,}(?![\d.,']))"
)


# a naira or peso sign read without its bars, glued to a grouped figure with cents: "N42,262.50"
_BARLESS_SIGN = re.compile(r"(?<![A-Za-z0-9.,])([NP])(?=\d{1,3}(?:,\d{3})+\.\d{2}(?!\d))")
_BARLESS = {"N": "NGN", "P": "PHP"}


def currency_marks(texts: list[str]) -> dict[str, float]:
    """ISO 4217 code -> weight of the currency marks printed in ``texts``: each code or unambiguous symbol
    counts 1, a bare ``$`` (dollars of several countries) 0.5, half that again away from any digit; a
    three-letter word counts only when it is a known code in capitals (``EUR``, not ``Eur`` in a sentence)."""
    counts: dict[str, float] = {}
    for text in texts:
        for m in CURRENCY_TOKEN.finditer(text):
            token = m.group(1)
            if (
                len(token) == 3
                and token.isascii()
                and token.isalpha()
                and token not in LETTER_MARKS
                and (token not in ISO_CODES or token != token.upper())
            ):
                continue
            code = normalize_currency(token)
            if code is not None:
                # a mark beside an amount says more than one in a word ("Paleta EUR": a Euro pallet)
                near = text[max(m.start() - 4, 0) : m.start()] + text[m.end() : m.end() + 4]
                glued = m.start() > 0 and text[m.start() - 1].isdigit()  # "4R": a photo print's size
                if token in LETTER_MARKS and (glued or not _beside_amount(text, m.start(), m.end())):
                    continue
                weight = (0.5 if token == "$" else 1.0) * (1.0 if re.search(r"\d", near) else 0.5)
                if code not in WHOLE_CURRENCIES and _WHOLE_AFTER.match(text, m.end()):
                    weight *= 0.5  # "RM 2002" (a room) beside a whole number says less than beside money
                counts[code] = counts.get(code, 0.0) + weight
        for m in _BARLESS_SIGN.finditer(text):
            code = _BARLESS[m.group(1)]
            counts[code] = counts.get(code, 0.0) + 0.5
    return counts
