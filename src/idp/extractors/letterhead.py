"""The letterhead of an invoice: the vendor's name and address printed at the top of page 1.

On the top of page 1, above the parties' block, the largest text that is no document title
(``INVOICE``, ``Rechnung``), contact line, date, amount or postal line, preferring names with a legal
form (Ltd, GmbH, SARL ...); a party's label (``Bill to``) closes only its own column. Its address is
the lines under it that share its alignment (left, right or centre), up to the first contact line
(phone, e-mail, tax id). A brand takes the legal form printed elsewhere, a trading name the company
printed under it; with no letterhead, a company named in the sender's line over an envelope window
(``Berg und Sohn GmbH, Hafenstraße 3, 04109 Leipzig``: the addressee's block under it is no letterhead),
else in the footer (``... Northwind Outfitters LLC - 1423 Westlake Ave``) in the last lines is the vendor.
A party's heading in an invoicing program's words (``Provider``, ``Poskytovatel``) is no name.
"""

from __future__ import annotations

import re

from idp.document import Document, Line
from idp.extractors import letterhead_marks as marks
from idp.extractors.common import Span, below, cells, median_height, span, union_bbox, word_offsets
from idp.extractors.generic import label_index
from idp.extractors.labels import LabelIndex
from idp.extractors.letterhead_marks import PAGE_MARK, attention_blocks, inside, run_header
from idp.extractors.name_values import POSTAL
from idp.extractors.normalize import find_amounts, find_dates
from idp.extractors.schema import DocTypeSchema
from idp.extractors.tables import column_index, header_columns
from idp.extractors.values import parse_phone

# matched on the text without spaces: OCR splits words ("COM MERCIAL INVOICE")
TITLE = re.compile(
    r"^\W*(commercial|tax|pro-?forma|sales|final|vat|e-?ar[sş]iv|e-)?(invoice|rechnung|facture|factura|factuur|fattura|"
    r"fatura|bill|statement|creditnote|debitnote|gutschrift|nota(de)?(d[eé]bito|cr[eé]dito)|receipt|quittung|"
    r"re[cç]u|recibo|ricevuta|kvittering|kvitto|faktur|számla|rachunek|sąskaita|rēķins|reikningur|invois|"
    r"hóađơn|τιμολόγιο|фактура|рахунок|сч[её]т|da[nň]ov[yý]\s*doklad)",
    re.I,
)
CONTACT = re.compile(
    r"\b(tel|phone|telephone|fax|mobile|e-?mail|www|vat|tax\s*id|reg\.?\s*no|abn|gst|siret|siren|ust|"
    r"btw|kvk|iban|swift|bic|cif|nif|ubn|npwp|vkn|gstin|trn|nip|regon|oib|pib|rfc|cnpj|uid)\b|@|https?:",
    re.I,
)
_FORM = (  # Mexico's "S.A. de C.V." and "S. de R.L." first: "S.A." alone would end the name early
    r"(?:\b(s\.?\s?a\.?(\s?p\.?\s?i\.?|\s?b\.?)?\s+de\s+c\.?\s?v|s\.?\s?de\s+r\.?\s?l\.?(\s+de\s+c\.?\s?v)?|"
    r"ltd|limited|llc|llp|inc|corp|corporation|co|plc|gmbh|ag|kgaa|(?-i:KG|OG|AS|ASA)|ohg|ug|gbr|dac|clg|e\.?k|e\.\s?u|sarl|sas|sa|bv|b\.v|nv|sl|"
    r"srl|s\.r\.[l1]|spa|s\.p\.a|pty|pte|sdn\.?\s*bhd|bhd|berhad|group|trading|traders|enterprises?|company|k\.k|kk|"
    r"ab|oy|oyj|ay|aps|a/s|i/s|s\.r\.o|a\.s|sp\.\s*z\s*o\.\s*o|pvt|ltda|lda|s\.a|s\.l|sprl|bvba|kft|zrt|bt|şti|s[àa]rl|"
    r"α\.ε|ο\.ε|ε\.ε|ε\.π\.ε|ι\.κ\.ε|d\.o\.o|d\.d|a\.d|a\.ş|s\.a\.e|s\.\s?[àa]\s?r\.\s?l|pt|tbk|sia|uab|oü|"
    r"e?ood|ehf|hf|jsc|ооо|е?оод|тов|пат)\b\.?"
    # forms in scripts without spaces, before or after the name: 株式会社みどり食品商事, (주)한빛정밀
    r"|(?:株式会社|有限会社|合同会社|合資会社|股份有限公司|有限公司|\(주\)|（주）|주식회사|유한회사|บริษัท|จำกัด))"
)
LEGAL = re.compile(_FORM, re.I)
_FORMS_AFTER = r"(?:[\s,]*" + _FORM + r")+"
FORMS_AFTER = re.compile(_FORMS_AFTER, re.I)  # legal forms after a name: " Pte. Ltd.", ", Inc."
SEPARATOR = re.compile(r"\s[·•|]\s|\s?[·•]\s?")  # OCR may read "Duval·traiteur" without the spaces
LABELLED = re.compile(r"^[^:\d]{2,40}:\s*(?=\w{2})")
PARTY_FIELDS = {"customer_name", "vendor_name"}  # labels that open the parties' block ("Bill to", "Seller")
# what the business does, over or under its name: "Illustration & design services" (a name capitalises)
_TAGLINE = re.compile(r"^[A-Z][^\W\d_]+(?:\s+(?:&|and|und|et|y|e))?(?:\s+(?-i:[a-zà-ÿ][^\W\d_]*)){2,}\s*$")
TITLE_ONLY = re.compile(TITLE.pattern + r"\W*$", re.I)
TITLE_WORD = re.compile(TITLE.pattern + r"(?!\w)", re.I)  # a title's whole word, on text with its spaces


def _title(text: str, only: bool = False) -> bool:
    return bool((TITLE_ONLY if only else TITLE).match(re.sub(r"\s+", "", text)))


TOP_SHARE = 0.4  # the letterhead lies in the top 40% of page 1


def top_limit(doc: Document) -> float:
    return TOP_SHARE * doc.pages[0].height


# a document's status printed or stamped on it: no name
STATUS = re.compile(
    r"^\W*(paid|pagado|pagada|bezahlt|pay[ée]e?|pagato|betaald|betalt|zap[łl]acono|copy|copia|kopie|"
    r"duplicate|duplicado|original|draft|void|annul[ée]e?|storniert)\W*$",
    re.I,
)


# a payment noted by hand or stamped: "paid DD 02/07", "BEZAHLT 12.03.2025"
NOTED = re.compile(
    r"(paid|bezahlt|pay[ée]|pagado|pagato|betaald|betalt|received|eingegangen|re[çc]u)\b.*\d", re.I
)


def _contact(text: str) -> bool:
    """A contact line; a phone word without a number is part of a name (``Skyline Mobile``)."""
    m = CONTACT.search(text)
    if m is None:
        return False
    word = m.group(0).lower()
    return word not in {"mobile", "phone", "telephone", "fax"} or bool(re.search(r"[\d:@]", text))


def _excluded(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return (
        letters < 4
        or _title(text)
        or bool(marks.PARTY_HEADING.match(text))
        or bool(STATUS.match(text) or POSTAL.match(text) or NOTED.match(text))
        or bool(re.search(r"\b(?:[A-Z]{1,4}-?)?\d{4,}\b", text) and not LEGAL.search(text))  # postcode, id
        or "#" in text
        or bool(re.search(r"(nummer|nr\.|\bnr|\bno\.?|number|num[eé]ro|n[°º])\s*$", text, re.I))
        or bool(re.search(r"\b(to|address|adresse|an|à|a)\s*:?\s*$", text, re.I))  # "Ship to": a label
        or bool(LEGAL.fullmatch(text.strip()))  # a legal form on its own line ends a name above it
        or _contact(text)
        or bool(PAGE_MARK.search(text))
        or bool(find_dates(text) or find_amounts(text))
        or parse_phone(text) is not None
        or text.rstrip().endswith(":")
        or bool(re.match(r"(your|our|ihre?|votre|vos|uw|su|sus)\s", text, re.I))  # "Your account summary"
        or bool(re.fullmatch(r"[^:]{2,40}:\s*(\S*\d\S*|\d.*)", text))  # "Réf. : CL47802", "Terms: 30 days"
        or text.lower() == text
    )


def _aligned(a: Span, b: Span, tol: float) -> bool:
    ax0, _, ax1, _ = union_bbox(a.words)
    bx0, _, bx1, _ = union_bbox(b.words)
    return abs(ax0 - bx0) < tol or abs(ax1 - bx1) < tol or abs((ax0 + ax1) / 2 - (bx0 + bx1) / 2) < tol


def address_under(
    lines: list[Line], name: Span, max_lines: int = 4, index: LabelIndex | None = None
) -> list[Span]:
    """The lines under a letterhead's name, in its column, up to a contact, a phone, a label (``index``)."""
    out: list[Span] = []
    prev = name
    for j in range(name.line_index + 1, min(name.line_index + 1 + max_lines + 1, len(lines))):
        line = lines[j]
        h = median_height(line.words)
        # under a name in large type the first gap is wider
        if line.page != name.line.page or line.bbox[1] - prev.line.bbox[3] > (2.5 if not out else 1.5) * h:
            break
        cell = next((c for c in cells(lines, j) if _aligned(c, name, 1.5 * h)), None)
        if cell is None or CONTACT.search(cell.text) or parse_phone(cell.text) or cell.text.endswith(":"):
            break
        if TITLE_WORD.match(cell.text):
            break  # the document's title under the name ("Daňový doklad - elektronická jízdenka")
        if index is not None and index.at_start(cell.text) is not None and not _title(cell.text, only=True):
            break  # "Invoice number  BW-2025-00892" under the name: the labelled part, no address
        out.append(cell)
        prev = cell
        if len(out) == max_lines:
            break
    return out


def _strip_logo(lines: list[Line], cell: Span) -> Span:
    """A logo's initials read with the name (``FO Fowlerton Office ...``) are not part of it."""
    words = cell.words
    first = words[0].text
    if len(words) >= 3 and first.isupper() and len(first) <= 3:
        initials = "".join(w.text[:1] for w in words[1 : 1 + len(first)]).upper()
        if initials == first:
            start = word_offsets(cell.line)[cell.line.words.index(words[1])][0]
            return span(lines, cell.line_index, start, cell.end)
    return cell


def _strip_title(lines: list[Line], cell: Span) -> Span:
    """A title printed on the name's line without a wide gap (``Acme Inc. INVOICE``) is not part of it."""
    words = cell.words
    for k in range(len(words) - 1, 0, -1):
        if _title(" ".join(w.text for w in words[k:]), only=True):
            end = word_offsets(cell.line)[cell.line.words.index(words[k - 1])][1]
            return span(lines, cell.line_index, cell.start, end)
    return cell


def letterhead(doc: Document, schema: DocTypeSchema) -> tuple[Span, list[Span], float] | None:
    """The vendor's name cell, its address cells, and how sure the choice is (0..1)."""
    lines = doc.lines
    if not lines:
        return None
    page = doc.pages[0]
    index = label_index(schema)
    body = median_height(page.words)
    best: tuple[float, Span] | None = None
    labelled = False
    parties: list[tuple[float, float]] = []  # columns under a party's label ("Bill to"): the customer's
    flush_right: list[float] = []
    items = next((f for f in schema.fields if f.type == "line_items"), None)
    columns = column_index(items) if items is not None else None
    addressee = attention_blocks(doc, TOP_SHARE * page.height)
    if (sender := marks.sender_line(doc, TOP_SHARE * page.height, LEGAL)) is not None:
        addressee.append(sender[1])  # the addressee's block under the window's sender line
    for i, line in enumerate(lines):
        if line.page != page.number or line.bbox[1] > TOP_SHARE * page.height:
            break
        if columns is not None and header_columns(lines, i, columns) is not None:
            break  # the line items' header: no letterhead below it
        if run_header(line.text) or (sender is not None and i == sender[1][0] - 1):
            continue  # "RUN DATE 06/04/25 RUN ID CIS340B PAGE 1 OF 1": a print program's header
        row = [c for c in cells(lines, i) if not any(inside(c, i, block) for block in addressee)]
        if not row:
            continue
        labels = [index.at_start(c.text) for c in row]
        for k, m in enumerate(labels):
            if (m is not None and m.key in PARTY_FIELDS) or marks.PARTY_CUE.match(row[k].text):
                right = row[k + 1].words[0].bbox[0] if k + 1 < len(row) else page.width
                parties.append((row[k].words[0].bbox[0] - 1, right))
                if row[k].words[0].bbox[0] > page.width / 2 and index.whole(row[k].text):
                    flush_right.append(row[k].words[-1].bbox[2])  # a block set flush right under it
        if any(m is not None and not _title(c.text, only=True) for m, c in zip(labels, row, strict=True)):
            labelled = True  # the labelled part of the page: its values are no letterhead
        for cell, m in zip(row, labels, strict=True):
            if _excluded(cell.text) or (m is not None and not _title(cell.text, only=True)):
                continue
            if any(a <= cell.words[0].bbox[0] < b for a, b in parties):
                continue
            if any(abs(cell.words[-1].bbox[2] - x) < 1.5 * body for x in flush_right):
                continue  # "Kupac:" over "Vinarija Matošević d.o.o.", both ending at the right margin
            ratio = median_height(cell.words) / body
            score = ratio + (0.5 if LEGAL.search(cell.text) else 0.0) - 0.02 * i - (0.3 if labelled else 0.0)
            score -= 0.5 if _TAGLINE.match(cell.text) and not LEGAL.search(cell.text) else 0.0
            if best is None or score > best[0]:
                best = (score, cell)
    if sender is not None and (best is None or not LEGAL.search(best[1].text)):
        return sender[0], [], 0.6  # the company in the sender's line, when the top names none
    if best is None:
        return None
    name = _strip_title(lines, _strip_logo(lines, best[1]))
    address = address_under(lines, name, index=index)
    ratio = median_height(name.words) / body
    sure = 0.5 + (0.2 if ratio >= 1.3 else 0.0) + (0.15 if LEGAL.search(name.text) else 0.0)
    return name, address, sure + (0.15 if address else 0.0)


_DANGLING = re.compile(r"\s(?:de|del|della|di|du|des|der|den|van|von|of|and|und|et|y|e|&)$", re.I)


def continued_name(lines: list[Line], name: Span) -> Span | None:
    """The rest of a name wrapped onto the next line, in large type (``PT Samudra Kargo`` over
    ``Nusantara``) or broken off at a particle (``Fundación Congreso Ibérico de`` / ``Arquitectura``): a
    short cell right under it, in the same type size and alignment, that is no address, contact or
    title; none when the name already ends in its legal form."""
    i = name.line_index
    complete = re.search(_FORM + r"\W*$", name.text, re.I)
    if complete or i + 1 >= len(lines) or lines[i + 1].page != name.line.page:
        return None
    h = median_height(name.words)
    body = median_height([w for x in lines if x.page == name.line.page for w in x.words])
    if h < 1.2 * body and not _DANGLING.search(name.text):  # in body type, a name broken off at "de", "&"
        return None
    nxt = next((c for c in cells(lines, i + 1) if _aligned(c, name, 0.5 * h)), None)
    if nxt is None or nxt.line.bbox[1] - name.line.bbox[3] > 0.8 * h:
        return None
    if abs(median_height(nxt.words) - h) > 0.15 * h or len(nxt.words) > 4 or re.search(r"\d", nxt.text):
        return None
    return None if _excluded(nxt.text) else nxt


def company_under(lines: list[Line], name: Span) -> Span | None:
    """The company printed on the line right under a trading name (``Smile Street Dental`` over
    ``S & K Oral Health Pty Ltd ABN 87 ...``): the legal entity that issues the invoice."""
    i = name.line_index
    if LEGAL.search(name.text) or i + 1 >= len(lines) or lines[i + 1].block != lines[i].block:
        return None
    if re.match(r"\s*[,·•|]", lines[i].text[name.end :]):
        return None  # a sender's line ("Anja Römer · Lindenstraße 8 · ..."): an addressee under it
    under = below(lines, i, name.words[0].bbox[0], name.words[-1].bbox[2], max_lines=1)
    if under is None:
        return None
    forms = list(LEGAL.finditer(under.text))
    before = under.text[: forms[-1].start()] if forms else ""
    if not forms or re.search(r"[:\d]", before) or CONTACT.search(before):  # a label, an address, a contact
        return None
    if not re.search(r"[^\W\d_]{2}", before):  # a legal form alone continues the name above
        return None
    return span(lines, under.line_index, under.start, under.start + forms[-1].end())


# a company named in running text: two to five capitalised words (particles between them: "Librairie des
# Canuts SARL") ending in a legal form
_PARTICLE = r"(?:(?:de|des|du|la|le|les|et|und|van|der|den|di|del|della|da|do|dos|y|e|&)\s+)?"
COMPANY_IN_TEXT = re.compile(r"(?-i:(?:[A-Z][\w&'’.-]*,?\s+" + _PARTICLE + r"){1,4})" + _FORM, re.I)


def footer_company(doc: Document) -> Span | None:
    """A company named in the last four lines of the document (``... Northwind Outfitters LLC - 1423
    Westlake Ave``, ``Registered in England: Acme Ltd``): the vendor when the top names none."""
    for i in range(len(doc.lines) - 1, max(len(doc.lines) - 5, -1), -1):
        line = doc.lines[i]
        m = COMPANY_IN_TEXT.search(line.text)
        if m is not None and not CONTACT.search(m.group()):
            return span(doc.lines, i, m.start(), m.end())
    return None
