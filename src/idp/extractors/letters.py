"""A document written as a letter: a claim put to an insurer by its policyholder, or an insurer's
acknowledgement to one. Its fields are printed in prose, not after labels:

- the subject line (``Re: Business interruption claim BI/2025/152991 – Policy No. CCP 4990666 – escape
  of water at our premises on 12 July 2025``, ``Asunto: Comunicación de siniestro – Póliza de Hogar nº
  257-39739447 – Expediente nº 2025-2162024``) is cut at its dashes into parts; a part whose words before
  a number hold a cue of an id field (:mod:`idp.extractors.labels`; the number word implied: ``claim``
  reads as ``claim no``) gives that field its number, and a date in the subject dates the event;
- the correspondent: the company the signer writes for (``For and on behalf of Tyneside Bakeries
  Limited``, ``Logistics Manager, for Nordsee Foods B.V.``), else the signer when the letterhead is the
  signer's own name, else the letterhead's name when the salutation names nobody (``Dear Sir or
  Madam``, a letter to the insurer); or, when the salutation names a person (``Dear Jayden,``), the
  addressee whose name it is, as an insurer writes to its claimant;
- the event's date: a date in a sentence of the body that tells of the event (``On discharge on 28 June
  2025 the goods were found wet-damaged``, ``el pasado 20 de junio de 2025 se produjo ... un daño``) and
  not of a payment or a letter (``the interim payment received on 3 August 2025``); in a document that is
  no letter, in a sentence of its prose (a proof of loss's ``The time of loss was on July 18, 2025``).

Every value found here weighs less than a labelled one, which wins where both are printed.
"""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.candidates import Candidate
from idp.extractors.common import span
from idp.extractors.labels import LabelIndex
from idp.extractors.values import parse_value

SUBJECT = re.compile(
    r"^\W*(?:re|sv|vs|aw|fw|fwd|subject|betreff|betr|objet|asunto|assunto|oggetto|onderwerp|betreft|dotyczy|"
    r"ärende|angående|emne|aihe|predmet|v[ěe]c|t[áa]rgy|konu|subiect|tema|perihal|hal|θέμα|относно)\s*[:.]\s*",
    re.I,
)
SALUTATION = re.compile(
    r"^\W*(?:dear|sehr geehrte|liebe|madame|monsieur|mesdames|messieurs|muy señor|estimad[oa]s?|"
    r"egregi|gentil|spettabile|geachte|szanown|bästa|hej|prezad[oa]s?|exm[oa]s?|caro|cara)\w*\b(?!.*\s.*\s.*\s.*\s.*\s)",
    re.I,
)
CLOSING = re.compile(
    r"^\W*(?:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm) regards|regards|sincerely|"
    r"atentamente|saludos cordiales|mit freundlichen grüßen|hochachtungsvoll|cordialement|"
    r"veuillez agréer|distinti saluti|cordiali saluti|met vriendelijke groet(?:en)?|hoogachtend|"
    r"z poważaniem|med vänlig hälsning|vänliga hälsningar|atenciosamente|com os melhores cumprimentos|"
    r"cumprimentos)\W*$",
    re.I,
)
ON_BEHALF = re.compile(
    r"(?:^|,\s*)(?:for and on behalf of|on behalf of|for|pour le compte de|pour|für|im auftrag von|"
    r"por cuenta de|en nombre de|per conto di|namens|w imieniu|för|em nome de)\s+(?P<name>[A-ZÀ-Þ].+)$",
    re.I,
)
_PART = re.compile(r"\s+[–—-]\s+|;\s*")
_ID = re.compile(r"(?:\b[A-Z]{1,4}\s)?\b[A-Z0-9][A-Z0-9./-]*\d[A-Z0-9./-]*")  # "CCP 4990666", "BI/2025/1"
EVENT = re.compile(
    r"\b(?:occurr|happened|took place|incident|accident|damage|loss\b|discharg|found|flood|fire|storm|"
    r"theft|stolen|burst|escape|injur|collision|se produjo|ocurri|sucedi|siniestro|daño|eu lieu|survenu|"
    r"sinistre|dégât|ereignet|schaden|unfall|avvenut|danno|ocorreu|dano|plaatsvond|schade|inträffade|skada|"
    r"zdarzeni|doszło)",
    re.I,
)
NOT_EVENT = re.compile(
    r"\b(?:receiv|paid|payment|interim|invoice|letter|dated|wrote|written|sent|lodg|report|recibid|pagad|"
    r"reçu|payé|erhalten|gezahlt|ricevut|pagat|ontvangen|betaald|otrzyma|mottag|recebid|pago)",
    re.I,
)
_LETTERHEAD = re.compile(r"^[A-ZÀ-Þ][^\d@:|]{2,60}$")  # a name on the letter's first line, no address
_PERSON = re.compile(r"^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,4}$")


def subject_candidates(
    lines: list[Line],
    index: LabelIndex,
    types: dict[str, str],
    day_first: bool | None,
    date_field: str | None,
) -> list[Candidate]:
    """Numbers (and the event's date) named in a letter's subject line (see the module docstring)."""
    out: list[Candidate] = []
    for i, line in enumerate(lines):
        head = SUBJECT.match(line.text)
        if head is None:
            continue
        text, at = line.text, head.end()
        parts = [(i, p) for p in _PART.split(text[at:])]
        ends = text.rstrip()[-1:] in "–—-"  # "... – sinistro del 29/07/2025 –" runs on to the next line
        wraps = (
            lines[i + 1].text[:1].islower() or not re.search(r"\d", text) or ends
            if i + 1 < len(lines)
            else False
        )
        if wraps and not SALUTATION.match(lines[i + 1].text):  # the subject runs on to the next line
            parts += [(i + 1, p) for p in _PART.split(lines[i + 1].text)]
        words = (
            ""  # a part without a number names the one that opens the next ("Vaš broj predmeta" / "2025-...")
        )
        for k, part in parts:
            text = lines[k].text
            start = text.index(part, at if k == i else 0)
            at = start + len(part)
            dated = parse_value("date", part, day_first)
            number = _ID.search(part)
            if number is not None and dated is not None and dated[0] <= number.start() < dated[1]:
                number = None  # "sinistro del 29/07/2025": a date, no number
            before = part[: number.start()] if number else ""
            key = index.cue_key((before if before.strip() else words) + " no") if number else None
            words = part if number is None and dated is None else ""
            if number is not None and key is not None and types.get(key) == "id":
                value = number.group().rstrip("./-")
                s = span(lines, k, start + number.start(), start + number.start() + len(value))
                out.append(Candidate(key, value, value, s, [s], 0.8, k))
            elif date_field and (found := dated) is not None:
                s = span(lines, k, start + found[0], start + found[1])
                out.append(Candidate(date_field, found[2], part[found[0] : found[1]], s, [s], 0.7, k))
    return out


def correspondent(lines: list[Line], field: str) -> list[Candidate]:
    """The claimant of a letter: whom the signer writes for, or the addressee the salutation names."""
    hello = next((i for i, ln in enumerate(lines) if SALUTATION.match(ln.text)), None)
    if hello is None:  # a letter without a salutation: from its subject line on
        hello = next((i for i, ln in enumerate(lines) if SUBJECT.match(ln.text)), None)
    if hello is None:
        return []
    named = (
        ""
        if SUBJECT.match(lines[hello].text)
        else re.sub(r"^\W*\w+\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?", "", lines[hello].text, flags=re.I)
    )
    names = [w for w in re.findall(r"[A-ZÀ-Þ][\w'’-]+", named) if w.lower() not in ("sir", "sirs", "madam")]
    if names and re.match(r"^\W*dear\b", lines[hello].text, re.I):
        for k in range(max(0, hello - 8), hello):  # the addressee's block above the salutation
            if _PERSON.match(lines[k].text.strip()) and names[0] in lines[k].text.split():
                return [_whole(lines, k, field, 0.7)]
    close = next((i for i in range(hello + 1, len(lines)) if CLOSING.match(lines[i].text)), None)
    if close is None:
        return []
    block = [k for k in range(close + 1, min(close + 6, len(lines))) if lines[k].page == lines[close].page]
    for k in block:
        m = ON_BEHALF.search(lines[k].text)
        if m is not None:
            start = m.start("name")
            s = span(lines, k, start, len(lines[k].text))
            return [Candidate(field, m.group("name").strip(), m.group("name"), s, [s], 0.75, k)]
    signer = next((k for k in block if _PERSON.match(lines[k].text.strip())), None)
    if signer is not None and lines[0].text.strip() == lines[signer].text.strip():
        return [_whole(lines, signer, field, 0.75)]  # the letterhead is the signer's own name
    if not names and _LETTERHEAD.match(lines[0].text.strip()):  # "Dear Sir or Madam": to the insurer,
        return [_whole(lines, 0, field, 0.7)]  # from the company whose letterhead it is
    return []


def event_date(lines: list[Line], field: str, day_first: bool | None) -> list[Candidate]:
    """A date in a sentence of the letter's body that tells of the event (see the module docstring)."""
    hello = next((i for i, ln in enumerate(lines) if SALUTATION.match(ln.text)), None)
    first, last = (hello + 1, hello + 15) if hello is not None else (0, 60)
    for i in range(first, min(last, len(lines))):
        if CLOSING.match(lines[i].text):
            break
        text = lines[i].text
        if hello is None and len(text.split()) < 8:
            continue  # a form's prose: a statement's sentences, not its boxes
        found = parse_value("date", text, day_first)
        if found is None:
            continue
        begin = text.rfind(". ", 0, found[0]) + 1
        stop = text.find(". ", found[1])
        sentence = text[begin:] if stop < 0 else text[begin:stop]
        if stop < 0 and i + 1 < len(lines):
            sentence += " " + lines[i + 1].text.split(". ")[0]
        if EVENT.search(sentence) and not NOT_EVENT.search(sentence):
            s = span(lines, i, found[0], found[1])
            return [Candidate(field, found[2], text[found[0] : found[1]], s, [s], 0.6, i)]
    return []


def _whole(lines: list[Line], k: int, field: str, score: float) -> Candidate:
    text = lines[k].text.strip()
    s = span(lines, k, 0, len(lines[k].text))
    return Candidate(field, text, text, s, [s], score, k)
