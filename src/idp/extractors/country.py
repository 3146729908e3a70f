"""Which country a document comes from, for the currency marks that several countries share.

A bare ``$`` is the dollar of a dozen countries and ``kr`` the crown of four; an invoice says which
with its phone numbers (``+61``), tax ids (ABN, GSTIN, CVR, MVA), tax names (HST, TVQ) and country
names. :func:`resolve_currency` keeps an explicit code (``USD``, ``NOK``) and otherwise lets these cues
decide among the countries that use the mark; a document with no mark at all gets the currency of a
country named by at least two cues.
"""

from __future__ import annotations

import re

# (pattern, country): phone prefixes, tax ids and tax names, country names (English and own language)
_CUES: list[tuple[str, str]] = [
    (r"\+61\b|\bABN\b|\bAustralia\b|\b(NSW|VIC|QLD|SA|WA|TAS|ACT)\s+\d{4}\b", "AU"),
    (r"\+64\b|\bNew Zealand\b|\bIRD\b|\bNZBN\b", "NZ"),
    (r"\b(HST|PST|QST|TPS|TVQ)\b|\bCanada\b|\bOntario\b|\bQu[ée]bec\b|\b[A-Z]\d[A-Z] \d[A-Z]\d\b", "CA"),
    (r"\+65\b|\bSingapore\b|\bUEN\b", "SG"),
    (
        r"\+60\b|\bMalaysia\b|\bSdn\.? Bhd\b|\bSST Reg|\(\d{6,7}-[A-Z]\)|\b(Johor|Selangor|Kuala Lumpur|"
        r"Pulau Pinang|Penang|Perak|Pahang|Kedah|Kelantan|Terengganu|Melaka|Negeri Sembilan|Sabah|Sarawak|"
        r"Perlis|Putrajaya)\b",
        "MY",
    ),
    (r"\+673\b|\bBrunei\b|\bDarussalam\b", "BN"),
    (r"\+27\b|\bSouth Africa\b|\b(Pty)\s+Ltd\b", "ZA"),
    (r"\+852\b|\bHong Kong\b|\bKowloon\b", "HK"),
    (r"\+52\b|\bM[ée]xico\b|\bRFC\b|\bCFDI\b", "MX"),
    (r"\+56\b|\bR\.?U\.?T\.?\b|\bS\.I\.I\.|\bChile\b", "CL"),
    (r"\+54\b|\bC\.?U\.?I\.?T\b|\bAFIP\b|\bARCA\b|\bArgentina\b|\bC\.A\.B\.A\b|\bBuenos Aires\b", "AR"),
    (r"\+51\b|\bPer[uú]\b|\bSUNAT\b|\bLima\b", "PE"),
    (r"\+57\b|\bNIT\b|\bDIAN\b|\bColombia\b", "CO"),
    (r"\+1[\s-]\d{3}\b|\bUSA\b|\bUnited States\b|\b[A-Z]{2}\s\d{5}(-\d{4})?\b", "US"),
    (r"\+47\b|\bMVA\b|\bNorge\b|\bNorway\b|\bKID\b|\bVipps\b|\bBankAxept\b|\bOslo\b|\bBergen\b", "NO"),
    (r"\+45\b|\bCVR\b|\bDanmark\b|\bDenmark\b|\bDankort\b|\bMobilePay\b|\bK[øo]benhavn\b|\bAarhus\b", "DK"),
    (
        r"\+46\b|\bSverige\b|\bSweden\b|\bBankgiro\b|\bPlusgiro\b|\bSwish\b|\bStockholm\b|\bG[öo]teborg\b",
        "SE",
    ),
    (r"\+354\b|\b[IÍ]sland\b|\bIceland\b|\bkennitala\b|\bKt\.|\bVSK\b", "IS"),
    (r"\+91\b|\bGSTIN\b|\bIndia\b", "IN"),
    (r"\+90\b|\bVKN\b|\bVergi Dairesi\b|\bT[üu]rkiye\b", "TR"),
    (r"\+41\b|\bCHE-\d{3}\b|\bSchweiz\b|\bSuisse\b|\bSvizzera\b|\bSwitzerland\b", "CH"),
    (r"\+234\b|\bNigeria\b|\bLagos\b|\bAbuja\b|\bFIRS\b", "NG"),
    (r"\+63\b|\bPhilippines\b|\bManila\b|\bMakati\b|\bQuezon City\b|\bCebu\b|\bBIR\b", "PH"),
    (r"\+254\b|\bKenya\b|\bNairobi\b|\bKRA\b", "KE"),
    (r"\+233\b|\bGhana\b|\bAccra\b", "GH"),
    (r"\+971\b|\bUnited Arab Emirates\b|\bU\.A\.E\.?|\bUAE\b|\bDubai\b|\bAbu Dhabi\b", "AE"),
    (r"\+92\b|\bPakistan\b|\bNTN\b|\bKarachi\b|\bLahore\b", "PK"),
    (r"\+94\b|\bSri Lanka\b|\bColombo\b|\bKandy\b|\bGalle\b|\bNegombo\b|\bJaffna\b", "LK"),
    (r"\+880\b|\bBangladesh\b|\bDhaka\b|\bChattogram\b|\bChittagong\b", "BD"),
    (
        r"\+82\b|\bKorea\b|\bSeoul\b|\bBusan\b|\bIncheon\b|대한민국|사업자등록번호|세금계산서|\(주\)|주식회사",
        "KR",
    ),
    (r"\+86\b|\bChina\b|中国|人民币|\bRMB\b|统一社会信用代码|纳税人识别号|增值税|发票|价税合计", "CN"),
    (r"\+81\b|\bJapan\b|日本|〒\d{3}-\d{4}|株式会社|有限会社|東京都|消費税|請求書", "JP"),
    (r"\+886\b|\bTaiwan\b|台灣|臺灣|台北|臺北|新台幣|新臺幣|統一編號|民國|營業稅", "TW"),
    (r"\+853\b|\bMaca[ou]\b|澳門|澳门", "MO"),
    (r"\+84\b|\bVi[ệe]t ?Nam\b|\bH[àa] N[ộo]i\b|\bH[ồo] Ch[íi] Minh\b|\bM[ãa] s[ốo] thu[ếe]\b|\bGTGT", "VN"),
    (r"\+66\b|\bThailand\b|\bBangkok\b|ประเทศไทย|กรุงเทพ", "TH"),
    (r"\+972\b|\bIsrael\b|\bTel Aviv\b|\bJerusalem\b|\bHaifa\b|\bKibbutz\b|\bAllocation No", "IL"),
    (r"\+20\b|\bEgypt\b|\bCairo\b|\bAlexandria\b|\bGiza\b|القاهرة|المصرية|مصري", "EG"),
    (r"\+976\b|\bMongolia\b|Монгол|Улаанбаатар|\bУБ\b|НӨАТ", "MN"),
    (r"\+7\s?7\d{2}\b|\bKazakhstan\b|Казахстан|Алматы|Астана|\bБИН\b", "KZ"),
    (r"\+966\b|\bSaudi Arabia\b|\bKSA\b|\bRiyadh\b|\bJeddah\b|\bDammam\b", "SA"),
    (r"\+40\b|\bRom[aâ]nia\b|\bJ(ud|UD)\.|\bBucure[sș]ti\b|\bRO\d{6,10}\b|\bJ\d{2}/\d+/\d{4}\b", "RO"),
    (r"\+359\b|\bBulgaria\b|\bEIK\b|\bSofia\b|\bBG\d{9}\b", "BG"),
    (r"\+381\b|\bSrbija\b|\bSerbia\b|\bPIB\b|\bBeograd\b|\bNovi Sad\b", "RS"),
    (r"\+212\b|\bMaroc\b|\bMorocco\b|\bICE\b|\bCasablanca\b|\bRabat\b|\bMarrakech\b|\bTanger\b", "MA"),
    (r"\+216\b|\bTunisie\b|\bTunisia\b|\bTunis\b|\bSfax\b|\bSousse\b", "TN"),
    (r"\+255\b|\bTanzania\b|\bDar es Salaam\b|\bTRA\b|\bVRN\b|\bArusha\b", "TZ"),
    (r"\+256\b|\bUganda\b|\bKampala\b|\bURA\b|\bEFRIS\b", "UG"),
    (r"\+1[\s-]876\b|\bJamaica\b|\bGCT\b|\bMontego Bay\b", "JM"),
    (r"\+1[\s-]868\b|\bTrinidad\b|\bTobago\b|\bPort of Spain\b", "TT"),
    (r"\+1[\s-]8[024]9\b|\bRep[úu]blica Dominicana\b|\bSanto Domingo\b|\bRNC\b|\bNCF\b|\bITBIS\b", "DO"),
    (r"\+506\b|\bCosta Rica\b|\bC[ée]d(ula|\.)? Jur[íi]dica\b", "CR"),
    (r"\+507\b|\bPanam[áa]\b|\bITBMS\b", "PA"),
    (r"\+502\b|\bGuatemala\b", "GT"),
    (r"\+593\b|\bEcuador\b|\bQuito\b|\bGuayaquil\b", "EC"),
    (r"\+598\b|\bUruguay\b|\bMontevideo\b", "UY"),
    (r"\+591\b|\bBolivia\b|\bLa Paz\b|\bCochabamba\b|\bSanta Cruz de la Sierra\b", "BO"),
    (r"\+977\b|\bNepal\b|\bKathmandu\b|\bPokhara\b|\bLalitpur\b|नेपाल", "NP"),
    (r"\+855\b|\bCambodia\b|\bPhnom Penh\b|\bSiem Reap\b", "KH"),
    (r"\+962\b|\bJordan\b|\bAmman\b", "JO"),
    (r"\+968\b|\bOman\b|\bMuscat\b", "OM"),
    (r"\+965\b|\bKuwait\b|\bKNET\b", "KW"),
    (r"\+387\b|\bBosna i Hercegovina\b|\bBiH\b|\bSarajevo\b|\bBanja Luka\b|\bMostar\b|\bJIB\b", "BA"),
    (r"\+355\b|\bShqip[ëe]ri\b|\bAlbania\b|\bTiran[ëa]\b|\bNIPT\b", "AL"),
    (r"\+373\b|\bMoldova\b|\bChi[șs]in[ăa]u\b|\bIDNO\b|\bMD-\d{4}\b", "MD"),
    (r"\+994\b|\bAz[əe]rbaycan\b|\bAzerbaijan\b|\bBak[ıu]\b|\bV[ÖO]EN\b|\bAZ\d{4}\b", "AZ"),
    (r"\+998\b|\bO'zbekiston\b|\bUzbekistan\b|\bToshkent\b|\bTashkent\b|\bSTIR\b", "UZ"),
    (r"\+995\b|\bGeorgia\b|\bTbilisi\b|\bBatumi\b", "GE"),
    (r"\+374\b|\bArmenia\b|\bYerevan\b", "AM"),
    (r"\+230\b|\bMauritius\b|\bPort Louis\b|\bBRN\b", "MU"),
    (r"\+248\b|\bSeychelles\b|\bMah[ée]\b", "SC"),
    (r"\+261\b|\bMadagascar\b|\bAntananarivo\b", "MG"),
    (r"\+221\b|\bS[ée]n[ée]gal\b|\bDakar\b|\bNINEA\b", "SN"),
    (r"\+225\b|\bC[ôo]te d'Ivoire\b|\bAbidjan\b", "CI"),
    (r"\+237\b|\bCameroun\b|\bCameroon\b|\bDouala\b|\bYaound[ée]\b", "CM"),
    (r"\+250\b|\bRwanda\b|\bKigali\b", "RW"),
    (r"\+260\b|\bZambia\b|\bLusaka\b|\bZRA\b|\bTPIN\b", "ZM"),
    (r"\+263\b|\bZimbabwe\b|\bHarare\b|\bZIMRA\b", "ZW"),
    (r"\+267\b|\bBotswana\b|\bGaborone\b|\bBURS\b", "BW"),
    (r"\+264\b|\bNamibia\b|\bWindhoek\b", "NA"),
    (r"\+258\b|\bMo[çc]ambique\b|\bMozambique\b|\bMaputo\b|\bNUIT\b", "MZ"),
    (r"\+244\b|\bAngola\b|\bLuanda\b", "AO"),
    (r"\+251\b|\bEthiopia\b|\bAddis Ababa\b", "ET"),
    (r"\+504\b|\bHonduras\b|\bTegucigalpa\b|\bSan Pedro Sula\b|\bRTN\b", "HN"),
    (r"\+505\b|\bNicaragua\b|\bManagua\b", "NI"),
    (r"\+503\b|\bEl Salvador\b", "SV"),
    (r"\+595\b|\bParaguay\b|\bAsunci[óo]n\b", "PY"),
    (r"\+1[\s-]242\b|\bBahamas\b|\bNassau\b", "BS"),
    (r"\+973\b|\bBahrain\b|\bManama\b", "BH"),
    # the euro area as one: its phone prefixes, tax and company ids, intra-community VAT
    (
        r"\+(33|49|34|39|31|32|43|351|353|358|30|352|386|421|372|371|370|385|356|357)\b|\bSIRE[NT]\b|"
        r"\bintracommunautaire\b|\bintracomunitari[oa]\b|\binnergemeinschaftlich|\bintracomunitária\b|"
        r"\bUSt-?Id(Nr)?\.?\b|\bPartita IVA\b|\bP\.\s?IVA\b|\bKvK\b|\bFR\d{2}\s?\d{9}\b|\bDE\s?\d{9}\b|"
        r"\bATU\d{8}\b|\bIT\s?\d{11}\b|\bNL\d{9}B\d{2}\b|\bBE\s?0\d{3}\.?\d{3}\.?\d{3}\b|"
        r"\bOIB\b|\bHrvatska\b|\bZagreb\b|\bLjubljana\b|\bSlovenija\b|\bDDV\b|\bBratislava\b|\bI[ČC] DPH\b|"
        r"\bTallinn\b|\bEesti\b|\bKMKR\b|\bR[īi]ga\b|\bLatvija\b|\bPVN\b|\bVilnius\b|\bLietuva\b|\bPVM\b|"
        r"\bLuxembourg\b|\bMalta\b|\bValletta\b|\bCyprus\b|\bLimassol\b|\bNicosia\b|\bCrna Gora\b|"
        r"\bMontenegro\b|\bPodgorica\b|\bKotor\b",
        "EU",
    ),
]
_COMPILED = [(re.compile(p), c) for p, c in _CUES]  # case matters: "KID", not "kid"
CURRENCY_OF = {
    "AU": "AUD", "NZ": "NZD", "CA": "CAD", "SG": "SGD", "ZA": "ZAR", "HK": "HKD", "MX": "MXN", "US": "USD",
    "CL": "CLP", "AR": "ARS", "CO": "COP", "BN": "BND", "MY": "MYR",
    "NO": "NOK", "DK": "DKK", "SE": "SEK", "IS": "ISK", "IN": "INR", "TR": "TRY", "CH": "CHF", "EU": "EUR",
    "NG": "NGN", "PH": "PHP", "KE": "KES", "GH": "GHS", "AE": "AED", "PK": "PKR", "IL": "ILS", "EG": "EGP",
    "SA": "SAR", "PE": "PEN", "LK": "LKR", "BD": "BDT", "KR": "KRW",
    "RO": "RON", "BG": "BGN", "RS": "RSD", "MA": "MAD", "TN": "TND", "TZ": "TZS", "UG": "UGX", "JM": "JMD",
    "TT": "TTD", "DO": "DOP", "CR": "CRC", "PA": "PAB", "GT": "GTQ", "EC": "USD", "UY": "UYU", "BO": "BOB",
    "NP": "NPR", "KH": "KHR", "JO": "JOD", "OM": "OMR", "KW": "KWD",
    "CN": "CNY", "JP": "JPY", "TW": "TWD", "TH": "THB", "MO": "MOP", "VN": "VND", "MN": "MNT", "KZ": "KZT",
    "BA": "BAM", "AL": "ALL", "MD": "MDL", "AZ": "AZN", "UZ": "UZS", "GE": "GEL", "AM": "AMD", "MU": "MUR",
    "SC": "SCR", "MG": "MGA", "SN": "XOF", "CI": "XOF", "CM": "XAF", "RW": "RWF", "ZM": "ZMW", "ZW": "USD",
    "BW": "BWP", "NA": "NAD", "MZ": "MZN", "AO": "AOA", "ET": "ETB", "HN": "HNL", "NI": "NIO", "SV": "USD",
    "PY": "PYG", "BS": "BSD", "BH": "BHD",
}  # fmt: skip
# the currencies a shared mark may stand for, and the one taken without a cue
# (printed as its own code, the default stands)
SHARED = {"USD": ({"AUD", "NZD", "CAD", "SGD", "BND", "HKD", "MXN", "CLP", "ARS", "COP", "USD", "JMD", "TTD",
                   "DOP", "UYU"},
                  re.compile(r"\bUSD\b|US\$")),
          "SEK": ({"NOK", "DKK", "SEK", "ISK"}, re.compile(r"\bSEK\b")),
          "INR": ({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}, re.compile(r"\bINR\b|₹")),
          "CAD": ({"CAD", "NIO"}, re.compile(r"\bCAD\b")),
          "BND": ({"BND", "BSD"}, re.compile(r"\bBND\b")),
          "JPY": ({"JPY", "CNY"}, re.compile(r"\bJPY\b|円")),  # the yen sign prints the yuan too
          "CNY": ({"CNY", "TWD"}, re.compile(r"\bCNY\b|\bRMB\b|人民币"))}  # fmt: skip


def country_votes(texts: list[str]) -> dict[str, int]:
    """Country -> how many of its cues the texts hold.

    Cues match with case (``KID``, not ``kid``), so the page is read twice: as printed, and with its
    lines in capitals title-cased, where a name printed in capitals (``SINGAPORE 560725``) meets its
    cue; each cue counts the larger of its two counts, so a phone prefix is not counted twice."""
    votes: dict[str, int] = {}
    text = "\n".join(texts)  # one search per cue over the page, not one per line
    titled = "\n".join(t.title() if t.isupper() else t for t in texts)
    for pattern, country in _COMPILED:
        found = len(pattern.findall(text))
        if titled != text:
            found = max(found, len(pattern.findall(titled)))
        if found:
            votes[country] = votes.get(country, 0) + found
    return votes


def resolve_currency(marks: dict[str, float], texts: list[str]) -> dict[str, float]:
    """``marks`` (code -> weight, :func:`idp.extractors.currency_marks.currency_marks`) with a shared mark's
    default (``$`` -> USD, ``kr`` -> SEK) replaced by the one currency of its family the page prints as a
    code (``All amounts in NZD``), else by that of the country the cues name; and a cue-named currency
    at weight 0.5 when no mark was printed."""
    votes = country_votes(texts)
    ranked = sorted(votes, key=lambda c: votes[c], reverse=True)
    if not marks:
        top = ranked[0] if ranked else None
        return {CURRENCY_OF[top]: 0.5} if top in CURRENCY_OF and votes[top] >= 2 else {}
    out = dict(marks)
    for default, (family, own_code) in SHARED.items():
        if default not in out or any(own_code.search(t) for t in texts):
            continue
        named = [c for c in out if c in family and c != default]  # "All amounts in NZD"
        cued = named[0] if len(named) == 1 else None
        cued = cued or next((CURRENCY_OF[c] for c in ranked if CURRENCY_OF.get(c) in family), None)
        if cued is not None and cued != default:
            out[cued] = out.get(cued, 0.0) + out.pop(default)
    return out
