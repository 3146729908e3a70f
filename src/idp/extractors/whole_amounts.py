"""Net and tax of an invoice in a currency printed without decimals (forint, yen, won, Chilean peso...)
or with three (Kuwaiti, Jordanian, Tunisian dinars, the Omani rial: ``TOTAL JD 6.050``).

Amounts are found by their decimals, or as whole numbers right beside a currency mark; a totals block
in forint prints ``Nettó összesen  1 858 405`` with the mark only on the last line. When the page's
currency is one that is printed whole, a subtotal or tax line (its label opening the line) that ends in
a whole number (three digits or more: not a rate) gives that field, if the labelled search found none;
so does a label inside the line with nothing but the number after it. The total too (a ``Tổng cộng``
line in dong with no mark). Of several tax lines (``Tax 8,805`` by rate, ``Consumption tax total 10,566``)
the one that makes net + tax = total is taken, else the first.
Confidence x 0.8: the number's reading as money rests on the page's currency.
"""

from __future__ import annotations

import re
from decimal import Decimal

from idp.document import Document, FieldValue
from idp.extractors.amounts import TAX
from idp.extractors.common import make_field, span
from idp.extractors.currencies import THOUSANDTHS_CURRENCIES, WHOLE_CURRENCIES
from idp.extractors.labels import LabelIndex
from idp.extractors.normalize import normalize_amount
from idp.extractors.tax_lines import field_amount
from idp.extractors.values import amounts_in

# a whole number ending the line, grouped by spaces, dots, commas or apostrophes (one of them: "2,805,000
# 280,500" is two numbers), a mark after it allowed
# (円 and 원 after the figure; a Japanese bill's dash after a yen amount, ``￥495,000－``, is no minus; a
# closing note in brackets: ``（税込）``)
_WHOLE_END = re.compile(
    r"(?<![\d.,])(\d{1,3}(?P<sep>[ .,'\u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*|\d{3,9})"
    r"\s*(?:[A-Za-z]{1,4}|[¥₩$₲₭₮֏円원元])?"
    r"[-－]?\s*(?:[(（][^()（）\d]{1,6}[)）])?\s*$"
)
# a dinar's amount ending the line: three decimals ("TOTAL JD 6.050", "TOTAL TTC 15,250 DT", "الإجمالي
# 1,489.500 د.ك"); a tax line's rate may follow it, as a right-to-left line prints it ("200.000 ٪16"),
# or the bracket a mark and figure stood in ("الصافي المستحق ) د.ك 1,400.000 (")
_THOUSANDTHS_END = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[ .,'\u00a0\u202f]\d{3})*[.,]\d{3})\s*"
    r"(?:[A-Za-z$][A-Za-z.$]{0,3}|[\u0621-\u064a][.\u0621-\u064a]{0,4}|[٪%]\s?\d{1,2}(?:[.,]\d{1,2})?)?\s*[()]?\s*$"
)
FIELDS = ("subtotal", "tax", "total")
# a figure right after a label (a mark between allowed): whole, or of three decimals
_MARK = r"\s*(?:[A-Za-z]{1,3}\$?|[¥₩$円원元])?\s*"
_WHOLE_AT = re.compile(
    _MARK + r"(\d{1,3}(?P<sep>[.,'\u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*|\d{3,9})(?![\d.,]?\d)"
)
_THOUSANDTHS_AT = re.compile(_MARK + r"(\d{1,3}(?:[ .,'\u00a0\u202f]\d{3})*[.,]\d{3})(?!\d)")


def _value(printed: str, currency: str) -> str | None:
    if currency in WHOLE_CURRENCIES:
        return normalize_amount(re.sub(r"\D", "", printed))
    digits = re.sub(r"\D", "", printed)
    return str(Decimal(f"{digits[:-3] or '0'}.{digits[-3:]}"))  # "6.050": three decimals kept


def _figure(
    doc: Document, i: int, m: re.Match[str], key: str, currency: str, prefix: str
) -> FieldValue | None:
    value = _value(m.group(1), currency)
    if value is None:
        return None
    spot = span(doc.lines, i, m.start(1), m.end(1))
    return make_field(doc, value, m.group(1), spot.ocr_confidence * 0.8, [spot], f"{prefix}.{key}+whole")


def whole_amount_fields(
    doc: Document, fields: dict[str, FieldValue], currency: str | None, index: LabelIndex, prefix: str
) -> None:
    """Add the missing net and tax read as whole numbers (module doc)."""
    if currency not in WHOLE_CURRENCIES | THOUSANDTHS_CURRENCIES:
        return
    whole = currency in WHOLE_CURRENCIES
    ending, at = (_WHOLE_END, _WHOLE_AT) if whole else (_THOUSANDTHS_END, _THOUSANDTHS_AT)
    found: dict[str, list[FieldValue]] = {}
    for i, line in enumerate(doc.lines):
        labels = [k for k in index.find(line.text) if k.key in FIELDS]
        # a row of labelled figures: "공급가액 2,805,000 세액 280,500 합계금액 3,085,500"
        inline = [(k, m) for k in labels if (m := at.match(line.text, k.end))]
        if len(inline) < 2:
            label = index.at_start(line.text)
            m = ending.search(line.text, label.end) if label is not None else None
            if m is None:  # a label inside the line right before the number: "... Tiền thuế GTGT: 5.584.900"
                label = labels[-1] if labels else None
                after = label.end if label is not None else len(line.text)
                m = ending.search(line.text, after)
                if m is not None and not re.fullmatch(_MARK, line.text[after : m.start()].strip(" :")):
                    m = None  # only a currency mark between: "含稅總計 NT$ 112,350"
            inline = [(label, m)] if label is not None and m is not None else []
        for label, m in inline:
            key = label.key
            if key == "total" and TAX.match(line.text[label.end : m.start(1)].strip(" :(")):
                continue  # "Total IVA 4.979": the taxes' total, not the total
            if key in FIELDS and key not in fields and (figure := _figure(doc, i, m, key, currency, prefix)):
                found.setdefault(key, []).append(figure)
    totals = _printed_totals(doc, index) | {f.value for f in found.get("total", [])}
    for key in (k for k in FIELDS if k in found):
        if key == "total":  # the total subtotal + tax make, else the last (after a discount, a deposit)
            sub, tax = field_amount(fields, "subtotal"), field_amount(fields, "tax")
            made = str(sub + tax) if sub is not None and tax is not None else None
            fields[key] = next((f for f in found[key] if f.value == made), found[key][-1])
        else:
            agreeing = (f for f in found[key] if key != "tax" or _adds_up(fields, f, totals))
            fields[key] = next(agreeing, found[key][0])
    total, tax = field_amount(fields, "total"), field_amount(fields, "tax")
    if "subtotal" not in fields and total is not None and tax is not None:
        # an earlier total is the net: "合 計 36,500" over "營業稅 1,825" and "總計 38,325"
        net = next((f for f in found.get("total", []) if Decimal(f.value or 0) == total - tax), None)
        if net is not None:
            fields["subtotal"] = net.model_copy(update={"source": f"{prefix}.subtotal+whole"})


def _printed_totals(doc: Document, index: LabelIndex) -> set[str | None]:
    """The amounts printed after a total's label (``Total (tax incl.) ¥ 120,636``)."""
    out: set[str | None] = set()
    for line in doc.lines:
        for label in index.find(line.text):
            if label.key == "total":
                out |= {normalize_amount(raw) for _, _, raw in amounts_in(line.text[label.end :])[:1]}
    return out


def _adds_up(fields: dict[str, FieldValue], tax: FieldValue, totals: set[str | None]) -> bool:
    net = fields.get("subtotal")
    if net is None or not (net.value and tax.value):
        return False
    return str(Decimal(net.value) + Decimal(tax.value)) in totals
