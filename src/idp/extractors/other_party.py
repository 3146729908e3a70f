"""The other party's block of a claim: a motor or liability claim prints the third party's name, insurer
and policy number with the same labels as the claimant's (``3. Other party`` / ``Policy no.: 348388125``,
``Versicherungsnehmer  Unfallgegner`` over two columns), and none of them is the claim's.

A heading alone on its line opens a section that runs to the next numbered heading (``4. Repairer's
estimate``), to the next line without a colon when its own lines are ``label: value`` rows (``Repairs``
over ``Garage carrying out repairs: ...``), or for a few lines; a heading that is one cell of a row of
headings opens the column under it.
"""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.common import Span, cells, union_bbox

OTHER_PARTY = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:the\s+)?(?:other|third)\s+part(?:y|ies)(?:\s+(?:details|involved))?|"
    r"unfallgegner|gegner|tiers(?:\s+concern[ée])?|tegenpartij|wederpartij|controparte|"
    r"(?:veh[ií]culo|v[ée]hicule|vehicle)\s+b(?:\s*\(contrario\))?|contrario)\W*$",
    re.I,
)
_HINT = re.compile(r"part(?:y|ies|ij)|gegner|tiers|contr|\bb\b", re.I)  # before cutting a line
_SECTION = re.compile(r"^\W*\d{1,2}[.)]\s+\S")  # "4. Repairer's estimate"
Region = tuple[int, float, float, float, float]  # page, top, bottom, left, right


def other_party_regions(lines: list[Line], max_lines: int = 6) -> list[Region]:
    """Where the other party's values are printed (see the module docstring)."""
    out: list[Region] = []
    for i, line in enumerate(lines):
        if not _HINT.search(line.text):
            continue
        row = cells(lines, i)
        for head in row:
            if not OTHER_PARTY.match(head.text):
                continue
            end = i
            labelled = i + 1 < len(lines) and ":" in lines[i + 1].text
            for j in range(i + 1, min(i + 1 + max_lines, len(lines))):
                if lines[j].page != line.page or _SECTION.match(lines[j].text):
                    break
                if labelled and ":" not in lines[j].text and len(cells(lines, j)) == 1:
                    break
                end = j
            bottom = lines[end].bbox[3]
            if len(row) == 1:
                out.append((line.page, line.bbox[1], bottom, 0.0, float("inf")))
            else:
                x0, _, x1, _ = union_bbox(head.words)
                k = row.index(head)
                right = row[k + 1].words[0].bbox[0] if k + 1 < len(row) else float("inf")
                out.append((line.page, line.bbox[1], bottom, x0 - 1, max(x1, right - 1)))
    return out


def inside_other_party(spot: Span, regions: list[Region]) -> bool:
    x0, y0, _, _ = union_bbox(spot.words)
    page = spot.line.page
    return any(p == page and top <= y0 <= bottom and a <= x0 < b for p, top, bottom, a, b in regions)
