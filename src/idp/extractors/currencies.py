"""Currencies as documents print them: symbols and local marks with their ISO 4217 codes, the codes
trusted as three capitals, and the currencies printed whole or with three decimals."""

from __future__ import annotations

CURRENCY_SYMBOLS = {
    "rm": "MYR",
    "myr": "MYR",
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "s$": "SGD",
    "b$": "BND",
    "sgd": "SGD",
    "a$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "au$": "AUD",
    "mx$": "MXN",
    "r$": "BRL",
    "hk$": "HKD",
    "nt$": "TWD",
    "nz$": "NZD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "रु.": "INR",  # the rupee in Devanagari (India, Nepal: the country decides)
    "rp": "IDR",
    "₫": "VND",
    "грн": "UAH",
    "fr": "CHF",
    "chf": "CHF",
    "kr": "SEK",
    "₱": "PHP",
    "₦": "NGN",
    "₵": "GHS",
    "฿": "THB",
    "₩": "KRW",
    "zł": "PLN",
    "zl": "PLN",
    "kč": "CZK",
    "ft": "HUF",
    "lei": "RON",
    "₺": "TRY",
    "tl": "TRY",
    "r": "ZAR",
    "₪": "ILS",
    "₴": "UAH",
    **{"ksh": "KES", "tk": "BDT", "tk.": "BDT", "৳": "BDT", "le": "EGP", "l.e.": "EGP", "s/": "PEN"},
    **{"s/.": "PEN", "won": "KRW"},
    # more countries' own marks (set V): dirham, dinars, shillings, dollars with their country's letters
    **{"dh": "MAD", "dt": "TND", "tsh": "TZS", "ush": "UGX", "jd": "JOD", "r.o.": "OMR", "kd": "KWD"},
    **{"j$": "JMD", "tt$": "TTD", "rd$": "DOP", "$u": "UYU", "₡": "CRC", "b/.": "PAB", "bs": "BOB"},
    **{"bs.": "BOB", "gh₵": "GHS", "лв": "BGN", "din": "RSD", "៛": "KHR", "q": "GTQ"},
    # set X: marks, and single letters read by the country where several share them (K, P, L, SR)
    **{"lek": "ALL", "lekë": "ALL", "so'm": "UZS", "som": "UZS", "ar": "MGA", "fcfa": "XOF"},
    **{"cfa": "XOF", "frw": "RWF", "n$": "NAD", "kz": "AOA", "br": "ETB", "gs.": "PYG"},
    **{"gs": "PYG", "₲": "PYG", "bd": "BHD", "₼": "AZN", "₾": "GEL", "֏": "AMD", "bds$": "BBD"},
    **{
        "bz$": "BZD",
        "g$": "GYD",
        "fj$": "FJD",
        "mvr": "MVR",
        "rf": "MVR",
        "nu": "BTN",
        "₭": "LAK",
        "₮": "MNT",
    },
    # set AS: East Asian marks after the figure (90,279円, 646,900원), the renminbi's names, the baht's
    **{"円": "JPY", "원": "KRW", "元": "CNY", "人民币": "CNY", "rmb": "CNY", "บาท": "THB", 'ש"ח': "ILS"},
    # Arabic marks: the Egyptian pound, Kuwaiti dinar, dirham, riyals, Jordanian dinar
    **{"ج.م": "EGP", "د.ك": "KWD", "د.إ": "AED", "درهم": "AED", "ر.س": "SAR", "ر.ق": "QAR", "د.أ": "JOD"},
    **{"جنيه مصري": "EGP", "₸": "KZT", "тенге": "KZT", "төгрөг": "MNT", "ریال": "IRR"},  # set AU
    **{"د.ب": "BHD", "دينار بحريني": "BHD", "ر.ع": "OMR", "ريال عماني": "OMR", "دينار كويتي": "KWD"},
}
# a dollar (or real) sign with its country's letters: MX$, R$, HK$ ... (before any three-letter code)
DOLLAR_MARKS = (
    r"US\$|MX\$|CA\$|AU\$|HK\$|NZ\$|NT\$|TT\$|RD\$|Bds\$|BZ\$|FJ\$|S\$|B\$|A\$|C\$|R\$|J\$|N\$|G\$|\$U"
)
# currencies printed without decimals (forint, yen, won, peso...)
WHOLE_CURRENCIES = {
    "HUF", "JPY", "KRW", "CLP", "ISK", "VND", "IDR", "COP", "PYG", "UGX", "XOF", "XAF", "TWD", "CRC", "KHR",
    "MGA", "RWF", "UZS", "AMD", "LAK", "MNT", "IRR"
}  # fmt: skip
# currencies of three decimals (dinars, the Omani rial): "TOTAL JD 6.050" is six dinars five piastres
THOUSANDTHS_CURRENCIES = {"KWD", "OMR", "JOD", "TND", "BHD", "IQD", "LYD"}
# ISO 4217 codes common on business documents; any other three letters are not trusted as a code
# (Bahrain's BHD is left out: on Malaysian documents it is "Berhad")
_ISO_CODES = """
    AED ARS AUD BDT BGN BND BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS INR ISK JPY KES KRW
    KWD GHS LKR MAD MXN MYR NGN NOK NPR NZD PEN PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TRY TWD UAH USD
    VND ZAR OMR JOD TND TZS UGX JMD TTD DOP CRC PAB GTQ UYU BOB KHR BAM ALL MDL AZN UZS GEL AMD MUR SCR MGA
    XOF XAF RWF ZMW BWP NAD MZN AOA ETB HNL NIO PYG BSD BBD BZD GYD FJD PGK MVR BTN LAK MNT MOP KZT IRR
"""
ISO_CODES = set(_ISO_CODES.split())
