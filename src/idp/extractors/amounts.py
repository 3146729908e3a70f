"""Amounts on the page and the choice of the total among them.

An amount is *labelled* by the text left of it on its line, or, when it stands alone on its line,
by the line above (``TOTAL`` / ``RM 33.92`` printed as two rows). Labels are graded:

- strong (1.0): grand/gross/net total, total amount, amount due, total payable, total rounded,
  total incl. tax ... (0.6 on a line with several amounts: a row of a tax summary table)
- plain (0.75): a ``total`` (or an OCR misreading: TOTL, T0TAL) that is none of the excluded kinds
  below (0.5 in a table row)
- after rounding (0.8): a lone amount right under a ``rounding`` line (the rounded total, unlabelled)
- excluded: subtotal, total qty/items, tax, discount, cash, change, tendered, rounding itself ...

The total is the best-scored labelled amount: label strength, plus 0.3 for each total the page's own
arithmetic implies that it equals (cash - change; subtotal + tax [+ rounding]; the total above a
rounding line + its adjustment: the amount payable after cash rounding; an amount plus the tip printed
between them: what was paid), plus a little for
other labelled amounts of the same value, for being the largest and for being further down.
Fallbacks: when no labelled amount agrees with the arithmetic, amounts equal to an implied total
join in with strength 0.45 (the total's label was unreadable); when nothing is labelled at all, the
amount paid stands in (0.3) if no change was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from idp.document import Document, FieldValue, Line
from idp.extractors.common import Span, make_field, span
from idp.extractors.normalize import find_amounts, normalize_amount
from idp.extractors.values import amounts_in, mask_dates

STRONG_TOTAL = re.compile(
    r"grand\s*total|gross\s*total|total\s*gross|total\s*am\w{0,4}t\b|am(ou)?n?t\s*due|total\s*due|"
    r"balance\s*due|nett?\s*total|total\s*payable|amount\s*payable|total\s*rounded|rounded\s*total|total[^\d]{0,25}[il1]ncl|"
    r"jumlah|total\s*to\s*pay|invoice\s*total|total\s*invoice|nett?\s*am(ou)?n?t|nett?\s*payable|"
    # French, German, Spanish, Italian, Dutch, Portuguese
    r"total\s*ttc|montant\s*ttc|net\s*[aà]\s*payer|total\s*[aà]\s*(payer|pagar)|gesamtbetrag|rechnungsbetrag|"
    r"endbetrag|bruttobetrag|zahlbetrag|zu\s*zahlen|importe\s*total|total\s*factura|valor\s*total|"
    r"totale\s*(fattura|documento|da\s*pagare)|netto\s*a\s*pagare|te\s*betalen|totaalbedrag|totaal\s*incl|"
    # Nordic, Polish, Czech, Hungarian, Romanian, Turkish
    r"att\s*betala|at\s*betale|[aå]\s*betale|verollinen\s*yhteens|maksettava|do\s*zap[lł]aty|brutto|"
    r"k\s*[uú]hrad[eě]|fizetend|v[eé]g[oö]sszeg|total\s*de\s*plat|genel\s*toplam|toplam\s*tutar|"
    # Croatian, Slovenian, Slovak, Estonian, Latvian, Lithuanian, Bulgarian, Greek, Russian
    r"za\s*plat|za\s*pla[cč]il|celkom\s*s\s*dph|na\s*[uú]hradu|kokku\s*tasuda|apmaksai|mok[eėéè]ti|"
    r"ukupan\s*iznos|iznos\s*za\s*pla[cć]anje|gross\s*am(ou)?n?t|"
    r"сума\s*за\s*плащане|к\s*оплате|πληρωτέο",
    re.I,
)
# "total" and its usual OCR misreadings (TOTL, TOTAI, T0TAL, TOTA1)
PLAIN_TOTAL = re.compile(
    r"\bt[o0]t[a4]?[l1i]\b|\bttl\b|\bamount\b|\btota(le|al)\b|\bgesamt|\bsumme\b|\btotalt\b|\bsumma\b|\bi\s*alt\b|\bsuma\b|"
    r"\byhteens[aä]\b|\brazem\b|\bcelkem\b|\b[oö]sszesen\b|\btoplam\b|\bukupno\b|\bskupaj\b|\bcelkom\b|"
    r"\bkokku\b|\bkop[aāã]\b|\bsamtals\b|\bspolu\b|\bc[əa]m[iıİ]\b|\bjami\b|\btotali\b|\bвсичко\b|\bобщо\b|\bитого\b|\bвсего\b|σύνολο",
    re.I,
)
# net amounts and taxes in the other languages of the invoice schema
_NET = (
    r"sous[\s-]*total|zwischensumme|subtota(al|le)|\bnetto\b(?!\s*a\s*pagare)|nettobetrag|\bht\b|imponib|"
    r"il[ií]quido|\bs(em|in)\s*iva|\bbez\s*(pdv|dph)|brez\s*ddv|ilma\s*km|bez\s*pvn|be\s*pvm|"
    r"данъчна\s*основа|без\s*(ддс|ндс)|osnovica|z[aá]klad"
)
_TAXES = (
    r"\b([csiu]?gst\d*|utgst|hst|pst|qst|tps|tvq|sst|tax|vat|tva|mwst|ust|iva|btw|moms|mva|alv|dph|kdv|[aá]fa|ptu|"
    r"pdv|ddv|pvn|pvm|käibemaks|ддс|ндс|φπα)\b|\bkm\s*\d{1,2}(?:[.,]\d)?\s*%|"
    r"umsatzsteuer|"
    r"mehrwertsteuer"
)
# cash handed over and change given, on till receipts of more languages
_CASH_WORDS = r"got[oó]wka|\bbar\b|gegeben|contanti|contante|efectivo|entregado|esp[eè]ces|kontant|dinheiro"
_CHANGE_WORDS = (
    r"reszta|r[uü]ckgeld|wechselgeld|\bresto\b|\bcambio\b|rendu|v[aä]xel|byttepenge|troco|vuelto|wisselgeld"
)
EXCLUDED = re.compile(
    r"sub\s*-?\s*total|total\s*(qty|quantity|item|items|units|spots|savings?|discount|disc)|"
    r"\b(qty|quantity|items?)\b|(" + _TAXES + r")(?!.*incl)|" + _NET + r"|excl|discount|\bdisc\b|saving|"
    r"\bcash\b|change|tender|rounding|round\s*adj|\bpaid\b|deposit|point|tips?\b|service\s*charge|"
    + _CASH_WORDS
    + "|"
    + _CHANGE_WORDS
    + r"|"
    r"\bcredit\b|\bvisa\b|master|\bcard\b|balance(?!\s*due)|previous",
    re.I,
)
ROUNDING = re.compile(r"round", re.I)
# cash rounding in the languages of the invoice labels ("Öresavrundning", "Zaokrouhlení", "Arrondi")
ANY_ROUNDING = re.compile(
    r"round|rundung|afrond|avrund|afrund|arrondi|redondeo|arrotond|arredond|zaokr|kerek|py[öo]rist|rotunj",
    re.I,
)
CASH = re.compile(r"\bcash\b|tender|\bpaid\b|received|" + _CASH_WORDS, re.I)
# a discount (taken off an invoice's own total, not paid off it), in the invoice languages
DISCOUNT = re.compile(
    r"discount|rabatt|remise|descuento|sconto|korting|desconto|rabat|скидка|折扣|割引|値引|할인|خصم|הנחה",
    re.I,
)
TIP = re.compile(r"\btips?\b|gratuity|trinkgeld|pourboire|propina|mancia|\bfooi", re.I)
CHANGE = re.compile(r"\bchange\b|\bbaki\b|" + _CHANGE_WORDS, re.I)
SUBTOTAL = re.compile(r"sub\s*-?\s*total|total\s*\(?\s*excl|total\s*sales\s*\(?excl|\bexcl|" + _NET, re.I)
TAX = re.compile(_TAXES, re.I)
TAX_NOT_INCLUDED = re.compile(r"(?:" + _TAXES + r")(?!.*incl)", re.I)  # not "TOTAL (IVA incl.) 106,88"


@dataclass
class Amount:
    span: Span
    raw: str
    value: Decimal
    label: str  # the text that labels it (left on its line, or the line above)
    alone: bool  # nothing else but the amount (and a currency mark) on its line


def _letters(text: str) -> int:
    return len(re.sub(r"[^A-Za-z]", "", text))


def page_amounts(lines: list[Line]) -> list[Amount]:
    """Every amount with decimals on the document, with the text that labels it."""
    out: list[Amount] = []
    for i, line in enumerate(lines):
        text = line.text
        masked = mask_dates(text)
        for start, end, raw in amounts_in(masked):  # with French "1 234,56"
            if masked[end : end + 1] == "%" or masked[end : end + 2] == " %":
                continue
            value = normalize_amount(raw)
            if value is None:
                continue
            left = text[:start]
            # nothing but a currency mark (or a short misread of one, "RH") left of the amount
            # (and no words right of it: "13.0 News 23470-News-FOX 47" numbers a row under "Amount")
            alone = not re.search(r"\d", left) and _letters(left) <= 3 and _letters(text[end:]) <= 3
            label = left
            if alone and i > 0 and lines[i - 1].page == line.page:
                prev = lines[i - 1].text
                if not find_amounts(mask_dates(prev)):
                    label = prev + " " + left
            out.append(Amount(span(lines, i, start, end), raw, Decimal(value), label, alone))
    return out


def _labelled(amounts: list[Amount], pattern: re.Pattern[str], exclude: re.Pattern[str] | None = None):
    return [a for a in amounts if pattern.search(a.label) and not (exclude and exclude.search(a.label))]


def _last_value(amounts: list[Amount]) -> Decimal | None:
    return amounts[-1].value if amounts else None


# "Total includes GST of $6.31": the amount is the tax the total includes
_TAX_OF = re.compile(r"\b(of|von|de|di)\W*$", re.I)


def label_strength(a: Amount, lines: list[Line]) -> float:
    if TAX.search(a.label) and _TAX_OF.search(a.label):
        return 0.0
    # a labelled amount among others on its line is a table row (a tax summary), not the grand total
    table_row = len(find_amounts(mask_dates(a.span.line.text))) > 1
    if STRONG_TOTAL.search(a.label) and not SUBTOTAL.search(a.label):
        return 0.6 if table_row else 1.0
    if PLAIN_TOTAL.search(a.label) and not EXCLUDED.search(a.label):
        return 0.5 if table_row else 0.75
    i = a.span.line_index
    if a.alone and i > 0 and ROUNDING.search(lines[i - 1].text):
        return 0.8
    return 0.0


def arithmetic(amounts: list[Amount]) -> dict[str, Decimal]:
    """Totals the page implies: cash - change, subtotal + tax, a total + the rounding printed under
    it (keys present only where printed)."""
    out: dict[str, Decimal] = {}
    cash = _last_value(_labelled(amounts, CASH, CHANGE))
    change = _last_value(_labelled(amounts, CHANGE))
    if cash is not None:
        cash = abs(cash)  # tendered amounts are often printed negative ("CASH -50.00")
    if cash is not None and change is not None and cash > change >= 0:
        out["cash_minus_change"] = cash - change
    rounded = rounded_total(amounts)
    if rounded is not None:
        out["total_plus_rounding"] = rounded
    tipped = total_plus_tip(amounts)
    if tipped is not None:
        out["total_plus_tip"] = tipped
    sub = _last_value(_labelled(amounts, SUBTOTAL))
    tax = _last_value(_labelled(amounts, TAX, re.compile(r"incl|total\s*sales", re.I)))
    if sub is not None and tax is not None:
        out["subtotal_plus_tax"] = sub + tax
        rounding = _last_value(_labelled(amounts, ROUNDING))
        if rounding is not None and rounding != 0 and abs(rounding) < 1:
            out["subtotal_plus_tax_plus_rounding"] = sub + tax + rounding
    return out


def total_plus_tip(amounts: list[Amount]) -> Decimal | None:
    """What was paid with a tip: an amount printed under a tip line that is an amount above it plus the
    tip (``Amount: $125.32`` / ``+ Tip: $21.00`` / ``= Total: $146.32``)."""
    for t in (a for a in amounts if a.value > 0 and TIP.search(a.label)):
        line = t.span.line_index
        above = {a.value + t.value for a in amounts if a.span.line_index < line}
        below = [a.value for a in amounts if a.span.line_index > line and a.value in above]
        if below:
            return below[0]
    return None


def rounded_total(amounts: list[Amount]) -> Decimal | None:
    """The amount payable after cash rounding: the last total printed above a ``rounding`` line
    plus that line's (small) adjustment, when the page prints one."""
    for r in reversed(amounts):
        if ROUNDING.search(r.label) and not r.alone and 0 < abs(r.value) < 1:
            above = [
                a
                for a in amounts
                if a.span.line_index < r.span.line_index
                and (STRONG_TOTAL.search(a.label) or PLAIN_TOTAL.search(a.label))
                and not SUBTOTAL.search(a.label)
                and not ROUNDING.search(a.label)
            ]
            return above[-1].value + r.value if above else None
    return None


def choose_total(
    doc: Document, lines: list[Line], amounts: list[Amount], source: str
) -> tuple[FieldValue | None, dict[str, Decimal]]:
    """The total field and the implied totals used as evidence (for validation).

    Confidence = OCR confidence of the amount's words x (0.35 + 0.35 * label strength
    + 0.2 if the page's arithmetic agrees, else 0.1 if another labelled amount agrees
    + 0.1 if no rival with a different value scores within 0.15); halved for a value <= 0.
    """
    implied = arithmetic(amounts)
    scored: list[tuple[float, float, Amount, bool]] = []
    n = max(len(lines), 1)
    labelled = [(a, label_strength(a, lines)) for a in amounts]
    labelled = [(a, s) for a, s in labelled if s > 0]
    if not any(a.value in implied.values() for a, _ in labelled):
        # the total's own label may be unreadable: amounts the page's arithmetic implies stand in
        seen = {id(a) for a, _ in labelled}
        labelled += [(a, 0.45) for a in amounts if a.value in implied.values() and id(a) not in seen]
    if not labelled:
        # nothing labelled as a total: the amount paid stands in when no change was given
        paid = _labelled(amounts, CASH, CHANGE)
        change = _last_value(_labelled(amounts, CHANGE))
        if paid and (change is None or change == 0):
            labelled = [(paid[-1], 0.3)]
    if not labelled:
        return None, implied
    values = [a.value for a, _ in labelled]
    top_value = max(values)
    for a, strength in labelled:
        matches = sum(1 for v in implied.values() if v == a.value)
        agrees = matches > 0
        others = sum(1 for v in values if v == a.value) - 1
        score = strength + 0.3 * min(matches, 2) + 0.05 * min(others, 2)
        score += 0.05 if a.value == top_value else 0.0
        score += 0.05 * a.span.line_index / n
        score -= 0.5 if a.value <= 0 else 0.0
        scored.append((score, strength, a, agrees))
    scored.sort(key=lambda t: t[0], reverse=True)
    score, strength, best, agrees = scored[0]
    others = sum(1 for _, _, a, _ in scored[1:] if a.value == best.value)
    rival = any(best.value != a.value and score - s < 0.15 for s, _, a, _ in scored[1:])
    conf = best.span.ocr_confidence * (
        0.35 + 0.35 * strength + (0.2 if agrees else 0.1 if others else 0.0) + (0.0 if rival else 0.1)
    )
    if best.value <= 0:
        conf *= 0.5
    value = str(best.value)
    return make_field(doc, value, best.raw, conf, [best.span], source), implied
