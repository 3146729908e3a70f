"""Candidate spans for a receipt's vendor name and address, and the features a ranker scores them by.

A candidate is a run of consecutive lines near the top of the first page. Features are generic
layout and text cues, not word lists of particular shops: where the run sits (line index, height
of its type relative to the page's median, centring), what it looks like (capitals, digits, a legal
suffix, a registration number, a street word or a postcode) and what surrounds it (a registration
number or an address after a name; a phone, tax-id or date line after an address). Each feature
is a number; the ranker (receipt_model.py) learns how much each counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from idp.document import Line
from idp.extractors.common import digit_share, upper_share
from idp.extractors.normalize import clean_text, find_amounts
from idp.extractors.receipt_cues import (
    COMPANY,
    COUNTRY_END,
    LEGAL_SUFFIX,
    ONLINE,
    OWNER_LABEL,
    PHONE,
    PLACE,
    POSTCODE,
    REG_NO,
    REG_TRAILER,
    SCREEN_CHROME,
    STREET,
    SUFFIX_ONLY,
    TAX_ID,
    TITLE,
    address_break,
    address_like,
    descriptor,
    excluded,
    joins,
    legal_line,
    letters,
    line_after,
    name_text,
)

VENDOR_WINDOW = 12  # vendor spans start among the first lines of page 1
VENDOR_MAX_LINES = 3
ADDRESS_MAX_START = 6  # address spans start at most this many lines after the vendor
ADDRESS_MAX_LINES = 6
_FORMS = r"&|and\b|co\b\.?|company\b|\(m\)|sdn\b|bhd\b|s/b\b|ltd\b|inc\b|llc\b|limited\b|gmbh\b|enterprises?"
CONTINUATION = re.compile(rf"^\s*({_FORMS}\b)", re.I)


@dataclass(frozen=True)
class Candidate:
    lines: tuple[int, ...]  # indices into doc.lines, consecutive
    text: str  # the value as reported
    features: dict[str, float]
    line_texts: tuple[str, ...] = ()  # each of its lines as read (text encoders of learned rankers)
    context: tuple[str, str] = ("", "")  # the line before and the line after it on its page


@dataclass(frozen=True)
class PageStats:
    line_h: float  # median line height
    x0: float  # horizontal extent of the text (5th..95th percentile)
    x1: float


def _height(line: Line) -> float:
    return max(line.bbox[3] - line.bbox[1], 1.0)


def page_stats(lines: list[Line]) -> PageStats:
    page = [ln for ln in lines if ln.page == lines[0].page]
    xs0 = sorted(ln.bbox[0] for ln in page)
    xs1 = sorted(ln.bbox[2] for ln in page)
    return PageStats(median(_height(ln) for ln in page), xs0[len(xs0) // 20], xs1[-1 - len(xs1) // 20])


def vendor_text(lines: list[Line], idx: tuple[int, ...]) -> str:
    """The name as reported: lines joined, an owner label and a trailing registration number dropped."""
    return name_text(" ".join(lines[i].text for i in idx))


def address_text(lines: list[Line], idx: tuple[int, ...]) -> str:
    return clean_text(" ".join(lines[i].text for i in idx))


def fragmented(text: str) -> float:
    """Share of one-character tokens: letter-spaced logos and broken OCR (``BR E WE R Y``)."""
    tokens = text.split()
    return sum(len(t) == 1 for t in tokens) / len(tokens) if tokens else 0.0


def _numeric_line(text: str) -> bool:
    """Mostly digits and separators, no street word: a phone or id number whose label was misread."""
    return digit_share(text) > 0.4 and not STREET.search(text) and len(re.findall(r"\d", text)) >= 5


def _centring(line: Line, stats: PageStats) -> float:
    """1 for a line centred on the text column, 0 for one flush with an edge."""
    half = max((stats.x1 - stats.x0) / 2, 1.0)
    cx = (line.bbox[0] + line.bbox[2]) / 2
    return max(0.0, 1.0 - abs(cx - (stats.x0 + stats.x1) / 2) / half)


def _page_one(lines: list[Line], limit: int) -> list[int]:
    return [i for i in range(min(limit, len(lines))) if lines[i].page == lines[0].page]


def _texts(lines: list[Line], idx: tuple[int, ...]) -> dict[str, tuple[str, ...]]:
    page = lines[idx[0]].page
    near = [k for k in (idx[0] - 1, idx[-1] + 1) if 0 <= k < len(lines) and lines[k].page == page]
    side = {k: lines[k].text for k in near}
    return {
        "line_texts": tuple(lines[k].text for k in idx),
        "context": (side.get(idx[0] - 1, ""), side.get(idx[-1] + 1, "")),
    }


def vendor_candidates(lines: list[Line]) -> list[Candidate]:
    if not lines:
        return []
    stats = page_stats(lines)
    top = _page_one(lines, VENDOR_WINDOW)
    heights = [_height(lines[i]) for i in top]
    max_h = max(heights)
    valid = [i for i in top if not excluded(lines[i].text)]
    out = []
    for i in top:
        for n in range(1, VENDOR_MAX_LINES + 1):
            idx = tuple(range(i, i + n))
            if idx[-1] >= len(lines) or lines[idx[-1]].page != lines[i].page:
                break
            if n > 1 and OWNER_LABEL.match(lines[idx[-1]].text):
                break  # a brand's name does not run on into its owner's ("DIMILIKI: ...")
            text = vendor_text(lines, idx)
            if letters(text) < 2 or descriptor(lines[i].text) or SCREEN_CHROME.search(lines[i].text):
                continue  # "Brasserie" over "LE COMPTOIR LYONNAIS" says what the business is, not its name
            feats = _vendor_features(lines, idx, text, stats, max_h, valid)
            out.append(Candidate(idx, text, feats, **_texts(lines, idx)))
    return out


def _vendor_features(
    lines: list[Line], idx: tuple[int, ...], text: str, stats: PageStats, max_h: float, valid: list[int]
) -> dict[str, float]:
    i, j = idx[0], idx[-1]
    first = lines[i].text
    h = median(_height(lines[k]) for k in idx)
    nxt = lines[j + 1].text if j + 1 < len(lines) and lines[j + 1].page == lines[j].page else ""
    nxt2 = lines[j + 2].text if j + 2 < len(lines) and lines[j + 2].page == lines[j].page else ""
    prev = lines[i - 1].text if i > 0 and lines[i - 1].page == lines[i].page else ""
    upper = upper_share(text)
    rank = valid.index(i) if i in valid else len(valid)
    f = {
        "pos": i / 10,
        "pos0": float(i == 0),
        "first_valid": float(rank == 0),
        "second_valid": float(rank == 1),
        "height": min(max(h / stats.line_h - 1.0, -1.0), 3.0),
        "tallest": float(h >= 0.95 * max_h),
        "company": float(bool(COMPANY.search(text))),
        "legal_end": float(bool(LEGAL_SUFFIX.search(text))),
        "descriptor": float(descriptor(text)),
        "upper": upper,
        "no_upper": float(upper == 0),
        "digits": digit_share(text),
        "excluded_first": float(excluded(first)),
        "excluded_any": float(any(excluded(lines[k].text) for k in idx[1:])),
        "suffix_only_first": float(bool(SUFFIX_ONLY.match(first))),
        "lines2": float(len(idx) == 2),
        "lines3": float(len(idx) == 3),
        "joined": float(len(idx) > 1 and all(joins(lines, k) for k in idx[:-1])),
        "unjoined": float(len(idx) > 1 and not all(joins(lines, k) for k in idx[:-1])),
        "h_jump": float(
            len(idx) > 1 and max(_height(lines[k]) for k in idx) > 1.4 * min(_height(lines[k]) for k in idx)
        ),
        "next_reg": float(bool(nxt) and bool(REG_NO.match(nxt) or re.search(r"\(\s*\w*\d{4,}", nxt))),
        "next_addr": float(bool(nxt) and address_like(nxt, nxt2)),
        "next2_addr": float(bool(nxt2) and address_like(nxt2, line_after(lines, j + 2))),
        "next_suffix_only": float(bool(SUFFIX_ONLY.match(nxt))) if nxt else 0.0,
        "next_joins": float(joins(lines, j)),
        "prev_joins": float(i > 0 and joins(lines, i - 1)),
        "prev_company": float(bool(prev) and bool(COMPANY.search(prev)) and not excluded(prev)),
        "centred": min(_centring(lines[k], stats) for k in idx),
        "words": min(len(text.split()), 8) / 8,
        "ocr": min(w.confidence for k in idx for w in lines[k].words),
        "colon": float(":" in text),
        "reg_trailer": float(bool(REG_TRAILER.search(" ".join(lines[k].text for k in idx)))),
        "street": float(bool(STREET.search(text))),
        "place_only": float(not re.sub(r"[\W\d_]", "", PLACE.sub("", text))),
        "short": float(letters(text) < 6),
        "lower_start": float(first[:1].islower()),
        "fragmented": fragmented(text),
        "first_no_cue": float(len(idx) > 1 and not COMPANY.search(first) and bool(LEGAL_SUFFIX.search(text))),
        # a name cannot start with "CO. (M) SDN BHD" or "& SONS": such a line continues the one above
        "continues_first": float(bool(CONTINUATION.match(first))),
        "owner": float(bool(OWNER_LABEL.match(first))),  # "DIMILIKI: BANH MI CAFE SDN BHD": the legal name
    }
    return f


def address_candidates(lines: list[Line], vendor: tuple[int, ...] | None) -> list[Candidate]:
    if not lines:
        return []
    stats = page_stats(lines)
    v_end = vendor[-1] if vendor else -1
    v_h = median(_height(lines[k]) for k in vendor) if vendor else stats.line_h
    page = lines[0].page if not vendor else lines[vendor[0]].page
    out = []
    for a in range(v_end + 1, v_end + 2 + ADDRESS_MAX_START):
        if a >= len(lines) or lines[a].page != page:
            break
        if REG_NO.match(lines[a].text) or legal_line(lines[a].text):  # nor with a number or a company
            continue
        for n in range(1, ADDRESS_MAX_LINES + 1):
            idx = tuple(range(a, a + n))
            if idx[-1] >= len(lines) or lines[idx[-1]].page != page or (n > 1 and _ends(lines[idx[-1]].text)):
                break
            text = address_text(lines, idx)
            feats = _address_features(lines, idx, v_end, v_h, stats)
            out.append(Candidate(idx, text, feats, **_texts(lines, idx)))
    return out


def _ends(text: str) -> bool:
    """A phone, tax id, e-mail or web address or document title: where an address has ended."""
    return bool(PHONE.search(text) or TAX_ID.search(text) or TITLE.search(text) or ONLINE.search(text))


def _preamble(text: str) -> bool:
    """Lines between a name and its address: registration or tax numbers, descriptors, suffixes."""
    return bool(REG_NO.match(text) or TAX_ID.search(text) or descriptor(text) or SUFFIX_ONLY.match(text))


def _address_features(
    lines: list[Line], idx: tuple[int, ...], v_end: int, v_h: float, stats: PageStats
) -> dict[str, float]:
    a, b = idx[0], idx[-1]
    texts = [lines[k].text for k in idx]
    gap = a - v_end - 1
    skipped = [lines[k].text for k in range(v_end + 1, a)]
    page = lines[a].page
    nxt = lines[b + 1].text if b + 1 < len(lines) and lines[b + 1].page == page else ""
    prev = lines[a - 1].text if a - 1 > v_end else ""
    hs = [_height(lines[k]) for k in idx]
    n = len(idx)

    def like(k: int) -> bool:
        return address_like(lines[k].text, line_after(lines, k))

    f = {f"n{k}": float(n == k) for k in range(1, ADDRESS_MAX_LINES + 1)}
    f |= {
        "gap0": float(gap == 0),
        "gap1": float(gap == 1),
        "gap2": float(gap == 2),
        "gap3": float(gap >= 3),
        "skipped_preamble": float(bool(skipped) and all(_preamble(t) for t in skipped)),
        "skipped_addr": float(any(like(k) and not address_break(lines[k].text) for k in range(v_end + 1, a))),
        "addr_share": sum(like(k) for k in idx) / n,
        "first_addr": float(like(a) or bool(re.match(r"^\W*(no\b|lot\b|\d)", texts[0], re.I))),
        "postcode": float(any(POSTCODE.search(t) for t in texts)),
        "postcode_last": float(bool(POSTCODE.search(texts[-1]))),
        "place_last": float(bool(PLACE.search(texts[-1]))),
        "period_end": float(texts[-1].rstrip().endswith(".")),
        "comma_end": float(texts[-1].rstrip().endswith(",")),
        "bad_first": float(address_break(texts[0])),
        "bad_any": sum(address_break(t) for t in texts) / n,
        "bad_last": float(address_break(texts[-1])),
        "company_any": float(any(COMPANY.search(lines[k].text) and not like(k) for k in idx)),
        "reg_any": float(any(REG_NO.match(t) for t in texts)),
        "next_bad": float(not nxt or address_break(nxt)),
        "next_phone": float(bool(PHONE.search(nxt))),
        "next_addr": float(bool(nxt) and like(b + 1) and not address_break(nxt)),
        "next_postcode": float(bool(POSTCODE.search(nxt))),
        "next_block": float(bool(nxt) and lines[b + 1].block != lines[b].block),
        "prev_addr": float(bool(prev) and like(a - 1) and not address_break(prev)),
        "h_spread": min(max(hs) / min(hs) - 1.0, 2.0),
        "h_vs_vendor": min(max(median(hs) / v_h - 1.0, -1.0), 2.0),
        "same_block": float(len({lines[k].block for k in idx}) == 1),
        "commas": min(sum(t.count(",") for t in texts) / n, 3.0) / 3,
        "digits": digit_share(" ".join(texts)),
        "ocr": min(w.confidence for k in idx for w in lines[k].words),
        "centred": min(_centring(lines[k], stats) for k in idx),
        "amounts": float(any(find_amounts(t) for t in texts)),
        "chars": min(sum(len(t) for t in texts) / 100, 2.0),
        "paren_last": float(texts[-1].lstrip().startswith("(")),
        "next_paren": float(nxt.lstrip().startswith("(")),
        "numeric_last": float(_numeric_line(texts[-1])),
        "next_numeric": float(bool(nxt) and _numeric_line(nxt)),
        "country_last": float(bool(COUNTRY_END.search(texts[-1]))),
    }
    return f
