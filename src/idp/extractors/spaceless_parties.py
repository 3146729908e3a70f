"""The issuer of an invoice written in Japanese, Chinese or Korean, named by its legal form.

Such a page writes a company's name and its form as one run of characters (``株式会社みどり食品商事``,
``广州华信达电子科技有限公司``, ``(주)한빛정밀``), and the letterhead reader, which looks for capitals
and forms between spaces, finds none. Both parties are printed so, often on one row: the customer is
the one the page addresses (``有限会社カフェ・ド・ソレイユ 御中``, ``… 귀하``) or labels as the buyer
(``购买方``, ``买 名称：``, ``공급받는자``); the issuer is the first other company of the page's top, or
the one the page labels as the seller (``销售方``, ``售 名称：``, ``공급자``).
"""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.common import Span, span

_NAME = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af・ー&＆]"
_FORMS = r"株式会社|有限会社|合同会社|合資会社|股份有限公司|有限公司|\(주\)|（주）|주식회사|유한회사"
COMPANY = re.compile(
    rf"(?:{_FORMS}){_NAME}{{2,16}}|{_NAME}{{2,16}}?(?:{_FORMS})|(?:\(주\)|（주）)\s?{_NAME}{{2,12}}"
)
_ADDRESSED = re.compile(r"^\s*(?:御中|様|殿|貴中|귀하|귀중|先生|女士)")
_BUYER = re.compile(
    r"(?:购买方|購買方|买方|買方|买受人|買受人|客户|客戶|購入者|공급받는자|받는자|[买買购購])\s*(?:名称|名稱)?\s*[:：]?\s*$"
)
_SELLER = re.compile(r"(?:销售方|銷售方|卖方|賣方|공급자|[售销銷卖賣])\s*(?:名称|名稱)?\s*[:：]?\s*$")
TOP_LINES = 15


def issuer_company(lines: list[Line]) -> Span | None:
    """The issuing company of a page written in a spaceless script (module docstring), or None."""
    first = lines[0].page if lines else None
    found: list[tuple[bool, Span]] = []
    for i, line in enumerate(lines[:TOP_LINES]):
        if line.page != first:
            break
        for m in COMPANY.finditer(line.text):
            before = line.text[max(m.start() - 8, 0) : m.start()]
            if _ADDRESSED.match(line.text[m.end() :]) or _BUYER.search(before):
                continue
            found.append((bool(_SELLER.search(before)), span(lines, i, m.start(), m.end())))
    labelled = [s for seller, s in found if seller]
    return (labelled or [s for _, s in found] or [None])[0]
