"""Textual cues of receipt headers: business names, registration numbers, addresses, phone and tax lines.

Shared by the rule extractor (receipt.py) and the learned ranker's features (receipt_features.py).
The vocabulary is English and Malay (the development receipts are Malaysian): extend it per locale;
the ranker weighs each cue from data rather than trusting it outright.
"""

from __future__ import annotations

import re

from idp.document import Line
from idp.extractors.normalize import clean_text, find_amounts, find_dates

COMPANY = re.compile(
    r"\b(sdn\.?\s*bhd|bhd|s/b|berhad|enterprise|enterprises|trading|restaurant|restoran|cafe|caf[eé]|"
    r"bistro|ltd|limited|llc|inc|gmbh|corp|corporation|company|co\.?(?=\s*$|\s*\(|\s+ltd)|store|stores|"
    r"mart|market|minimarket|supermarket|hypermarket|hardware|pharmacy|bakery|kedai|perniagaan|pasaraya|"
    r"station|hotel|services?|industries|holdings|electrical|stationery|books|gallery|kitchen\w*|"
    # the business's kind in other languages ("Boulangerie - Pâtisserie" over the name)
    r"boulangerie|p[âa]tisserie|brasserie|b[äa]ckerei|konditor\w*|bageri|bakeri|panader[ií]a|pasteler[ií]a|"
    r"pasticceria|trattoria|ristorante|osteria|taquer[ií]a|cervecer[ií]a|apotheke|pharmacie|farmacia|"
    r"drogerie|drogeria|supermarkt|supermercado|[ée]picerie|delikatesy|kiosk)\b",
    re.I,
)
SUFFIX_ONLY = re.compile(
    r"^\(?\s*(\(m\)\s*)?(sdn\.?\s*bhd\.?|bhd\.?|s/b|ltd\.?|inc\.?|llc|limited)\s*\)?$", re.I
)
REG_NO = re.compile(
    r"^\W*(?:(?:co\.?\s*(?:reg|no)|company\s*(?:reg\.?\s*)?no|roc\s*no|br\s*no|reg\.?\s*no|business\s*reg\w*"
    r"(?:\s*no)?)\.?\s*[:.]?\s*)?\(?\s*[A-Z]{0,3}\d{4,}(?:[\s-]*[A-Z])?\s*\)?\W*$",
    re.I,
)
REG_TRAILER = re.compile(  # its hyphen read as a middle dot or period now and then: "(519537·X)"
    r"\s*\(?\s*(co\.?\s*reg\.?\s*(no)?\.?\s*:?\s*)?[A-Z]{0,3}\d{5,}[-·.]?[A-Z]\s*\)?\s*$", re.I
)
# a brand's owner introduced on the line under it: "DIMILIKI: BANH MI CAFE SDN BHD" (Malay: "owned by")
OWNER_LABEL = re.compile(
    r"^\W*(dimiliki(\s+oleh)?|milik|owned\s+(and\s+operated\s+)?by|operated\s+by|managed\s+by)\b\s*[:.-]?\s*",
    re.I,
)
# a branch's number on a line of its own: "STORE 8542", "Filiale 0412", "Magasin n° 12"
STORE_NO = re.compile(
    r"^\W*(store|str|shop|branch|outlet|filiale|magasin|tienda|negozio)\s*(no\.?|n°|#)?\s*\d+\W*$", re.I
)
PHONE = re.compile(
    r"\b(tel|phone|telephone|fax|h/?p|mobile|hotline|careline|tlf|tfn|t[ée]l|telefon|telefone|puh)\b|"
    r"(?:\d[\s-]?){9,}|[({]\d{2,4}\)\s?\d{3}",  # "(614) 555-0187", OCR's "{212) 555-0119"
    re.I,
)
STOP = re.compile(
    r"\b(gst|sst|tax|vat|reg|roc|email|e-mail|www|http|invoice|receipt|bill|cashier|date|time|table|"
    r"kasse|kassa|caisse|cassa|bon|ticket|kvitto|paragon|cnpj|nip|cif|nif|p\.?\s?iva|cvr|siret|gstin|abn|"
    r"order|doc|document|counter|station|customer|member|welcome|thank|slip|ref|pos|terminal|server|"
    r"guest|check|cash|qty|qt[ée]|d[ée]signation|item|company\s*no|co\.?\s*no|till|account|transaction|"
    r"booking|reservation)\b|\.com|@",
    re.I,
)
# words that make a line an address (STREET) or may appear in one (PLACE: also in shop names); the
# vocabulary is English and Malay (the development receipts are Malaysian): extend it per locale
STREET = re.compile(
    r"\b(lot|jalan|jln|taman|tmn|lorong|jl|road|rd|street|st|avenue|ave|floor|flr|level|kawasan|blok|"
    r"block|blk|batu|persiaran|seksyen|section|suite|unit|building|basement|menara|wisma|bangunan|kompleks|"
    r"tingkat|simpang|kampong|kampung)\b|\b\d{5}\b|^\d+[,.]|\bno\.?\s?:?\s?\d|#\d{1,2}-\d|"
    # other languages' street words, alone or ending a compound ("Lindenstraße 42", "Götgatan 44")
    r"\w*(stra(ß|ss)e|str\.|gasse|weg|platz|allee|gatan|vägen|gade|vej|veien|gaten|straat|laan|plein|katu|tie|"
    r"kuja|väylä|utca|út|vegur|gata|stræti|braut|tänav|iela|gatv[eė]|cesta|ulica|ulice|bulevar|trg|"
    r"n[áa]mestie|t[řr][íi]da|aleja|aleea|strada|calea|sokak|caddesi|bulvar)\s+\d|\b(tn|g|ul|nám)\.?\s+\d|"
    r"^\W*(via|viale|piazza|corso|rue|boulevard|bd|chemin|calle|c/|avda|av\.|avenida|paseo|rua|praça|"
    r"ul\.|ulica|al\.|shop|bulevar|bul\.|strada|str\.|calea|aleea|trg|rruga|rr\.)\s|"
    r"\b(k[üu][çc]\.|k[üu][çc][əe]si|prospekti|ko'chasi|ko'cha)\s|\bnr\.?\s?\d",
    re.I,
)
# a street named without a street word, then its house number, alone on its line ("Ilica 142", "Panská 18",
# "Na Můstku 8"; not a till's, table's or pump's number): a street where a postcode line follows it
HOUSE_LINE = re.compile(
    r"^(?!\W*(?:site|pos|table|pump|casa|kassa|caisse|cassa|till|counter|store|shop|mesa|miza|register|"
    r"terminal|branch|outlet|gate|seat|pax|room|bomba|auto|cashier|total|z|no|nr)\b)"
    r"[A-ZÀ-Ž][^\W\d_]*\.?(?:\s+[^\W\d_]+\.?){0,3}\s+\d{1,4}[a-hA-H]?(?:[/-]\d{1,4}[a-hA-H]?)?\W*$",
    re.I,
)
# an address's last line often ends with its country (the region's countries; extend per locale)
COUNTRY_END = re.compile(
    r"\b(malaysia|singapore|indonesia|brunei|thailand|philippines|vietnam|china|india|australia)\W*$", re.I
)
PLACE = re.compile(
    r"\b(bandar|plaza|mall|city|kuala|johor|selangor|lumpur|pahang|perak|penang|melaka|sabah|sarawak|"
    r"malaysia|jaya)\b",
    re.I,
)
# five digits, a UK postcode, a Canadian one, Polish "90-063", Swedish "118 26 Stockholm", Brazil's CEP, four
# digits before a place name in mixed case ("2200 København")
POSTCODE = re.compile(
    r"(?<![\d-])\d{5}(?![\d-])|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|"
    r"(?<![\d-])\d{2}-\d{3}(?![\d-])|\b\d{3}\s\d{2}\s+[A-ZÅÄÖ][a-zåäö]|\bCEP\b|"
    r"(?<![\d-])\d{4}\s+[A-ZÄÖÜÅØÆ][a-zäöüåøæéè]"
)
TAX_ID = re.compile(  # and other countries' tax and company ids: "TVA BE 0487...", "IČO:", "RUC", "Y-tunnus"
    r"\b(gst|sst|tax|vat|reg|roc|co\.?\s*no|company\s*no|tva|btw|mwst|ust-?id\w*|uid|iva|nif|cif|nip|i[cč]o|"
    r"di[cč]|ruc|rut|r\.\s?u\.\s?t|nit|c\.?u\.?i\.?t|tin|trn|ntn|npwp|gstin|abn|kra\s*pin|y-tunnus|ad[oó]sz[aá]m|vkn|cnpj|"
    r"siret|siren|mf|c\.?\s?r\.?\s*no|ddv|pib|oib|eik|kt\.|vsk|pvn|kmkr|pvm|rnc|vatin|dph|tpin|"
    r"reg\.?\s*com|c[ée]d\.?\s*jur\w*|ice\s*[:.]|pan\s*(?:no|:)|nipt|ninea|rccm|niu|rcs|brn|nuit|rtn|idno|"
    r"v[öo]en|stir|jib|stat\s*:|cc\s+\d)\b",
    re.I,
)
# an amount: cents after a point, or a currency's mark before or after the figure (``1,78 €``, ``₦2,000``)
MONEY = re.compile(
    r"\d\.\d{2}(?!\d)|(?:RM|\$|[€£¥₹₩₱₦₺₫฿])\s?-?\d|\d,\d{2}\s?(?:€|kr\b|zł|kč|ft\b|lei\b)", re.I
)
TITLE = re.compile(
    r"^\W*(tax\s*invoice|invoice|receipt|official\s*receipt|cash\s*bill|simplified|boleta|factura|facture|"
    r"tique|nyugta|kvitto|kvittering|kuitti|[uú][cč]tenka|struk|kassenbon|fiskaln|fiscal|bon\s*fiscal|ra[cč]un|"
    r"documento\s*tributario|e-?ticket|tiquete|e-?receipt|kviitung|[cč]eks|pokladni[cč]n|efris|legal\s*receipt|"
    r"ticket|fatur[eë]|check\s*#|chek|[cç]ek\b|satis|comprobante|quittung|scontrino|kwitansi|resibo|"
    r"paragon\s*fiskalny|cupom\s*fiscal|nota\s*fiscal)",
    re.I,
)


# an e-mailed receipt names its merchant in a sentence: "Receipt from Tallyfold, Inc.", "Your order from ..."
RECEIPT_FROM = re.compile(
    r"^\W*(?:your\s+)?(?:receipt|order|payment|purchase)\s+(?:from|to|at)\s+|^\W*(?:re[çc]u\s+de|"
    r"quittung\s+von|recibo\s+de|ricevuta\s+di|kvitto\s+fr[åa]n)\s+",
    re.I,
)
# what a phone screenshot shows around an app's receipt: the status bar ("09:13 ••○ 5G 67%"), the way
# back ("< Inbox") and the app's message ("Recharge successful", "Payment complete")
SCREEN_CHROME = re.compile(
    r"^\W{0,2}\d{1,2}:\d{2}\b.*(?:\b\d{1,3}\s?%|\b[345]G\b|\bLTE\b)|^\s*[<‹←]\s*\w|"
    r"^\W*(?:payment|recharge|top[- ]?up|order|transaction|booking|purchase|transfer)\s+(?:was\s+|is\s+)?"
    r"(?:successful|succeeded|confirmed|complete|completed|received)\W*$",
    re.I,
)


def name_text(text: str) -> str:
    """A business name as reported: without an owner label or a receipt's sentence before it
    (``Receipt from``) or a registration number after it."""
    return clean_text(REG_TRAILER.sub("", RECEIPT_FROM.sub("", OWNER_LABEL.sub("", text))))


def address_like(text: str, following: str = "") -> bool:
    """A line of an address; ``following``: the line under it (a street without a street word counts
    when a postcode line follows)."""
    house = HOUSE_LINE.match(text) is not None and POSTCODE.search(following) is not None
    return bool(STREET.search(text) or PLACE.search(text) or house)


def descriptor(text: str) -> bool:
    """Only business-type words (``BISTRO & CAFE``): describes the business below its name."""
    rest = COMPANY.sub(" ", text)
    return bool(COMPANY.search(text)) and not re.sub(r"[\W\d_]|\band\b", "", rest, flags=re.I)


def letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def is_noise(text: str) -> bool:
    return letters(text) < 3 or sum(c.isdigit() for c in text) > letters(text)


LEGAL_SUFFIX = re.compile(r"\b(sdn\.?\s*bhd\.?|bhd\.?|s/b|ltd\.?|inc\.?|llc|limited|gmbh)\s*$", re.I)


_LEGAL_FORM = re.compile(
    r"\b(sdn\.?\s*bhd|bhd|s/b|ltd|limited|inc|llc|gmbh|pty|pvt|plc|s\.\s?n\.\s?c|s\.\s?r\.\s?l|s\.\s?l|sarl|sas|aps|a/s|"
    r"s\.\s?r\.\s?o|kft|oyj?|kg|ohg|ltda|s\.\s?a\.\s?c|"
    r"b\.\s?v|p\.h\.u|e?ood|ead|d\.\s?o\.\s?o|doo|d\.\s?d|sia|uab|ehf|hf|w\.?\s?l\.?\s?l|saog|saoc|llp|"
    r"s\.\s?p\.\s?a|srl|s\.\s?a|mmc|mchj|sh\.?\s?p\.?\s?k|s\.?\s?de\s+r\.?\s?l|lda)\.?\W*$",
    re.I,
)


# Malay "company", "business"; Latvian and Lithuanian forms open the name: 'SIA "Baltic Cab"'
_LEGAL_PREFIX = re.compile(r"\W*(syarikat|sykt\.?|perniagaan|sia|uab)(\s|(?=[\"'„“]))", re.I)
_REGISTRATION_AFTER = re.compile(r"\s*\(\s*[\w./·-]*\d[\w./·-]*\s*\)\W*$")


def legal_line(text: str) -> bool:
    """A company's legal name on a line of its own, ending in its legal form, without a figure (``Totara
    Building Supplies Ltd``, ``(A Unit of Spice Route Hospitality Pvt Ltd)``, or opening with Malay's
    ``Syarikat``), its registration number in brackets after it or not (``SEGAR JAYA MART SDN BHD
    (607879-V)``): no part of an address."""
    text = _REGISTRATION_AFTER.sub("", text)
    return bool(_LEGAL_FORM.search(text) or _LEGAL_PREFIX.match(text)) and not re.search(r"\d", text)


def excluded(text: str) -> bool:
    """Lines that cannot be (part of) a business name."""
    if is_noise(text) or PHONE.search(text) or find_dates(text) or find_amounts(text) or TITLE.search(text):
        return True
    if (
        REG_NO.match(text)
        or STORE_NO.match(text)
        or re.search(r":\s*\w*\d{4,}", text)
        or (STREET.search(text) and not COMPANY.search(text))
    ):
        return True
    if not re.sub(r"[\W\d_]", "", PLACE.sub("", text)):
        return True  # only place names ("JOHOR"): the end of an address
    return bool(STOP.search(text) and not COMPANY.search(text))


def joins(lines: list[Line], i: int) -> bool:
    """Whether line i+1 continues the name on line i (``... HARDWARE &`` / ``ELECTRICAL``; ``SDN BHD``)."""
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page:
        return False
    cur, nxt = lines[i].text.strip(), lines[i + 1].text.strip()
    if excluded(nxt) and not SUFFIX_ONLY.match(nxt):
        return False
    if cur.endswith(("&", "-", " AND", " and")) or nxt.startswith("&") or SUFFIX_ONLY.match(nxt):
        return True
    if cur.count("(") > cur.count(")"):
        return True
    h0 = lines[i].bbox[3] - lines[i].bbox[1]
    h1 = lines[i + 1].bbox[3] - lines[i + 1].bbox[1]
    short_tail = len(LEGAL_SUFFIX.sub("", nxt).split()) <= 1
    return (
        bool(LEGAL_SUFFIX.search(nxt)) and short_tail and not LEGAL_SUFFIX.search(cur) and 0.7 < h1 / h0 < 1.4
    )


# a wallet's or payment app's label over the merchant's name, alone on its line
PAYEE = re.compile(
    r"^\W*(paid\s+to|payee|merchant(\s+name)?|penerima|pagado\s+a|pago\s+a|comercio|destinatario|"
    r"bezahlt\s+an|empf[äa]nger|b[ée]n[ée]ficiaire|pay[ée]\s+[àa]|betaald\s+aan|betalt\s+til|odbiorca)\s*:?\s*$",
    re.I,
)
ONLINE = re.compile(r"\S@\S+\.\w|\bwww\.|https?://", re.I)  # an e-mail or web address


def address_break(text: str) -> bool:
    """A line that ends an address: phone, tax id, date, amount, document title, other labels."""
    if find_dates(text) or any(p.search(text) for p in (PHONE, TAX_ID, MONEY, TITLE)):
        return True
    return bool(STOP.search(text) and not address_like(text))


def line_after(lines: list[Line], k: int) -> str:
    """The text of the line under line ``k`` on its page ("" at the end)."""
    return lines[k + 1].text if k + 1 < len(lines) and lines[k + 1].page == lines[k].page else ""
