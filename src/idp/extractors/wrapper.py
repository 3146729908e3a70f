"""The invoice inside what it came in: a cover e-mail or letter, a fax cover sheet or a payment reminder
printed before it, and a printed e-mail's header over an invoice in its body.

Their dates, senders and amounts are not the invoice's (a cover letter's ``Datum 26.09.2025``, the
e-mail's ``From: Sarah Whitcombe <accounts@...>``, a reminder's ``Total now due``). The invoice starts at
the first line that is a document title alone (``INVOICE``, ``Rechnung``, ``TAX INVOICE``); what comes
before it is set aside when it is plainly a wrapper:

- whole pages before the title's page that read as a letter or an e-mail (a salutation or a closing,
  two e-mail header lines), a reminder or a fax cover: the invoice starts on the title's page;
- on the title's own page, two e-mail header lines above the title (an invoice in an e-mail's body):
  it starts at the title.

Anything else before the title (a letterhead, an addressee, a date) is the invoice's own.
"""

from __future__ import annotations

import re

from idp.document import Document, Line
from idp.extractors.letterhead import TITLE_ONLY

_EMAIL_HEADER = re.compile(
    r"^(from|to|cc|sent|date|subject|attachments?|von|an|gesendet|betreff|de|à|objet|envoyé|para|asunto|"
    r"enviado|da|a|oggetto|inviato|van|aan|onderwerp|verzonden|från|till|ämne|skickat|od|do|temat)\s*:",
    re.I,
)
_LETTER = re.compile(
    r"^(dear|hi|hello|good\s+(morning|afternoon)|sehr\s+geehrte|liebe[rs]?|madame|monsieur|bonjour|estimad[oa]s?|"
    r"gentile|egregi|geachte|beste|hej|kære|szanown|dobrý\s+den|kind\s+regards|best\s+regards|regards|"
    r"yours\s+(faithfully|sincerely)|mit\s+freundlichen|cordialement|saludos|distinti\s+saluti|"
    r"met\s+vriendelijke|med\s+vänliga|med\s+venlig|z\s+poważaniem|s\s+pozdravem)\b",
    re.I,
)
_NOTICE = re.compile(
    r"\b(payment\s+reminder|reminder|final\s+notice|mahnung|zahlungserinnerung|rappel|relance|sollecito|"
    r"recordatorio|aanmaning|betalingsherinnering|upomnienie|påminnelse|betalingspåmindelse|rykker|"
    r"maksumuistutus|upomínka|fax\s+cover|cover\s+sheet|telefax|deckblatt)\b",
    re.I,
)


# what a copy of the title may say beside it: "INVOICE (COPY)", "FATURA — Original"
_COPY_MARK = re.compile(
    r"[\s(\[—–-]*\b(copy|copie|kopie|copia|cópia|original|originale|duplicate|duplicado|duplicata|"
    r"triplicate|for\s+recipient)\b[\s)\]]*$",
    re.I,
)
_ADDRESS = re.compile(r"<[^<>@\s]+@[^<>\s]+>")  # an e-mail's "Name <address>"


def _title_only(line: Line) -> bool:
    return bool(TITLE_ONLY.match(re.sub(r"\s+", "", _COPY_MARK.sub("", line.text))))


def _header(line: Line) -> bool:
    return bool(_EMAIL_HEADER.match(line.text) or _ADDRESS.search(line.text))


def invoice_start(lines: list[Line]) -> int:
    """Index of the invoice's first line in ``lines`` (0 when nothing before it is set aside)."""
    title = next((i for i, line in enumerate(lines) if _title_only(line)), None)
    if not title:
        return 0
    page = lines[title].page
    first_on_page = next(i for i, line in enumerate(lines) if line.page == page)
    before = lines[:first_on_page]
    headers = sum(1 for line in before if _header(line))
    if before and (headers >= 2 or any(_LETTER.match(ln.text) or _NOTICE.search(ln.text) for ln in before)):
        return first_on_page
    on_page = lines[first_on_page:title]
    if sum(1 for line in on_page if _header(line)) >= 2:
        return title
    return 0


def invoice_part(doc: Document) -> Document:
    """``doc`` without the wrapper printed before its invoice (module docstring); ``doc`` itself when
    there is none."""
    start = invoice_start(doc.lines)
    if start == 0:
        return doc
    first_page = doc.lines[start].page
    pages = [p for p in doc.pages if p.number >= first_page]
    return doc.model_copy(update={"pages": pages, "lines": doc.lines[start:]})
