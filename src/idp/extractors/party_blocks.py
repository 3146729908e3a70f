"""The parties' blocks of an e-invoice view: a row of party headings (``Verkäufer``, ``Sprzedawca
Nabywca``, ``Cedente/prestatore (fornitore)  Cessionario/committente (cliente)``, ``Supplier :
Recipient :``) over each party's lines in its column, one of them its name: labelled (``Firmenname:``,
``Nazwa:``, ``Denominazione:``) among its tax ids and registrations, or the first line that is neither
(``GSTIN : 27C...`` over ``Shree Ganesh Engineering Works Pvt Ltd``).

Government viewers print both parties this way with the same labels, so a ``Denominazione:`` belongs to
the heading above it in its column, not to whichever party's label comes first on the page."""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.common import Span, cells, span, union_bbox
from idp.extractors.labels import LabelIndex
from idp.extractors.letterhead import CONTACT

PARTIES = ("vendor_name", "customer_name")
# the label of a party's name within its block, in the languages of the schemas
NAME_LABEL = re.compile(
    r"^\W{0,2}(?:(?:company|business|legal|registered|trading)\s+name|name|nom|raison\s+sociale|"
    r"d[ée]nomination|firmenname|firma|nazwa(?:\s+firmy)?|denominazione|ragione\s+sociale|nombre|"
    r"raz[oó]n\s+social|nome|raz[aã]o\s+social|nome\s*/\s*raz[aã]o\s+social|naziv|naam|bedrijfsnaam|"
    r"n[ée]v|c[ée]gn[ée]v|unvan[ıi]?|ticaret\s+unvan[ıi]|nume|denumire|t[êe]n(?:\s+đơn\s+vị)?|"
    r"jm[ée]no|n[áa]zev|navn|namn|nimi|nimetus|pavadinimas|nosaukums|име|наименование|название|"
    r"επωνυμία|όνομα)(?:\s+[^\W\d_]+){0,2}\s*[:：]\s*(?:B[TG]-\d{1,3}\s*)?",  # "Nombre emisor:"
    re.I,
)
_PAIR = re.compile(r"^[^:\d]{1,45}[:：]")  # "GSTIN : 27C...", "Identificativo fiscale ai fini IVA: IT..."


def _heading_key(text: str, index: LabelIndex) -> str | None:
    key = index.whole(text)
    return key if key in PARTIES else None


def _in_column(cell: Span, x0: float, x1: float, tol: float) -> bool:
    cx0 = union_bbox(cell.words)[0]
    return abs(cx0 - x0) < tol or x0 - tol <= cx0 < x1


def _name_like(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters >= 4 and not re.search(r"\d{3,}", text) and not re.match(r"^\W*\d", text)


def _name_under(
    lines: list[Line], head: Span, right: float, index: LabelIndex, max_lines: int = 7
) -> Span | None:
    """The name in the block under ``head``, whose column ends at ``right`` (the next heading)."""
    x0, _, x1, _ = union_bbox(head.words)
    h = head.line.bbox[3] - head.line.bbox[1]
    bottom = head.line.bbox[3]
    for j in range(head.line_index + 1, min(head.line_index + 1 + max_lines, len(lines))):
        if lines[j].page != head.line.page or lines[j].bbox[1] - bottom > 2.5 * h:
            return None
        row = cells(lines, j)
        k = next((n for n, c in enumerate(row) if _in_column(c, x0, x1, 1.5 * h)), None)
        if k is None:
            continue
        cell, bottom = row[k], lines[j].bbox[3]
        if _heading_key(cell.text, index) is not None:
            return None  # another party's block
        if (m := NAME_LABEL.match(cell.text)) is not None:
            if cell.text[m.end() :].strip():
                return span(lines, j, cell.start + m.end(), cell.end)
            # "Firmenname: BT-27   Nordlicht IT-Service GmbH", or the name on the line under "Name:"
            nxt = row[k + 1] if k + 1 < len(row) and row[k + 1].words[0].bbox[0] < right else None
            if nxt is None and j + 1 < len(lines) and lines[j + 1].page == lines[j].page:
                nxt = next((c for c in cells(lines, j + 1) if _in_column(c, x0, x1, 1.5 * h)), None)
            return nxt if nxt is not None and _name_like(nxt.text) and not _PAIR.match(nxt.text) else None
        if _PAIR.match(cell.text) or CONTACT.search(cell.text) or index.at_start(cell.text) is not None:
            continue  # the party's tax id, registration, contact
        return cell if _name_like(cell.text) and len(cell.words) >= 2 else None  # "Receptor" heads a block
    return None


def party_names(lines: list[Line], index: LabelIndex) -> dict[str, Span]:
    """The name of each party whose block opens under a row of party headings: nothing but those, or
    both parties' beside another block's (``Issuer  Receiver  Document``)."""
    out: dict[str, Span] = {}
    for i in range(len(lines)):
        row = cells(lines, i)
        keys = [_heading_key(c.text, index) for c in row]
        if not row or len(row) > 3 or (any(k is None for k in keys) and len(set(keys) - {None}) < 2):
            continue
        for k, (head, key) in enumerate(zip(row, keys, strict=True)):
            right = row[k + 1].words[0].bbox[0] if k + 1 < len(row) else float("inf")
            if key is not None and key not in out and (name := _name_under(lines, head, right, index)):
                out[key] = name
    return out
