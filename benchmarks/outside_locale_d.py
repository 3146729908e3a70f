"""Country profiles, names and number/date formats of set D (benchmarks/outside_invoices_d.py).

Written from general knowledge of each country's invoices (tax names and rates, registration numbers,
how amounts and dates are printed), without looking at the extractor's vocabulary or at set C's
profiles. Patterns use ``#`` for a random digit and ``@`` for a random capital letter.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Profile:
    code: str  # language-COUNTRY
    lang: str
    cur: str  # ISO 4217
    money: tuple[str, ...]  # how a total is printed, "{n}" the formatted number
    nums: tuple[str, ...]  # number styles, see NUMBER_STYLES
    dates: tuple[str, ...]  # date styles, see fmt_date
    tax: str  # name of the tax on invoices
    rate: Decimal  # standard rate in percent
    ids: tuple[tuple[str, str], ...]  # registration numbers printed for a business: (label, pattern)
    legal: tuple[str, ...]  # company suffixes
    first: tuple[str, ...]
    surnames: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]  # (town, postal line)
    streets: tuple[str, ...]
    street_first: bool = False  # "Calle 5" (False: "5 Main Street" for en)
    phone: str = "+## ### ### ###"
    places: int = 2  # decimals printed on amounts
    paper: str = "A4"


D = Decimal
P = Profile
# fmt: off
PROFILES: dict[str, Profile] = {
    p.code: p
    for p in [
        P("da-DK", "da", "DKK", ("{n} kr.", "DKK {n}", "kr. {n}"), ("1.234,56",),
          ("dmy_dot", "dmy_dash", "long"),
          "Moms", D(25), (("CVR-nr.", "########"),), ("ApS", "A/S", "I/S"),
          ("Mette", "Lars", "Sofie", "Anders"), ("Jensen", "Nielsen", "Madsen", "Kristensen"),
          (("Aarhus", "8000 Aarhus C"), ("Odense", "5000 Odense C"), ("Vejle", "7100 Vejle")),
          ("Vestergade", "Industrivej", "Søndergade"), True, "+45 ## ## ## ##"),
        P("nb-NO", "nb", "NOK", ("kr {n}", "NOK {n}", "{n} kr"), ("1 234,56",), ("dmy_dot", "long"),
          "MVA", D(25), (("Org.nr.", "### ### ### MVA"),), ("AS", "ASA"),
          ("Ingrid", "Ole", "Kari", "Eirik"), ("Johansen", "Haugen", "Berg", "Solberg"),
          (("Bergen", "5003 Bergen"), ("Trondheim", "7010 Trondheim"), ("Stavanger", "4006 Stavanger")),
          ("Strandgaten", "Industriveien", "Kongens gate"), True, "+47 ## ## ## ##"),
        P("fi-FI", "fi", "EUR", ("{n} €", "{n} EUR", "EUR {n}"), ("1 234,56", "1234,56"),
          ("dmy_short", "dmy_dot"),
          "ALV", D("25.5"), (("Y-tunnus", "#######-#"),), ("Oy", "Ay", "Oyj"),
          ("Aino", "Mikko", "Laura", "Juha"), ("Virtanen", "Korhonen", "Mäkinen", "Nieminen"),
          (("Tampere", "33100 Tampere"), ("Turku", "20100 Turku"), ("Oulu", "90100 Oulu")),
          ("Hämeenkatu", "Teollisuustie", "Satamakatu"), True, "+358 ## ### ####"),
        P("cs-CZ", "cs", "CZK", ("{n} Kč", "{n} CZK"), ("1 234,56",), ("dmy_spaced", "dmy_dot", "long"),
          "DPH", D(21), (("IČO", "########"), ("DIČ", "CZ########")), ("s.r.o.", "a.s."),
          ("Jana", "Petr", "Lucie", "Tomáš"), ("Novák", "Dvořák", "Černý", "Procházka"),
          (("Brno", "602 00 Brno"), ("Plzeň", "301 00 Plzeň"), ("Olomouc", "779 00 Olomouc")),
          ("Křenová", "Průmyslová", "Náměstí Míru"), True, "+420 ### ### ###"),
        P("ro-RO", "ro", "RON", ("{n} lei", "{n} RON", "RON {n}"), ("1.234,56",), ("dmy_dot", "long"),
          "TVA", D(19), (("CUI", "RO########"), ("Nr. Reg. Com.", "J##/####/20##")), ("S.R.L.", "S.A."),
          ("Ioana", "Andrei", "Elena", "Mihai"), ("Popescu", "Ionescu", "Dumitrescu", "Stănescu"),
          (("Cluj-Napoca", "400001 Cluj-Napoca, jud. Cluj"), ("Iași", "700028 Iași, jud. Iași"),
           ("Brașov", "500030 Brașov, jud. Brașov")),
          ("Str. Memorandumului", "Bd. Independenței", "Str. Republicii"), True, "+40 7## ### ###"),
        P("tr-TR", "tr", "TRY", ("{n} TL", "{n} TRY"), ("1.234,56",), ("dmy_dot", "dmy_slash"),
          "KDV", D(20), (("Vergi Dairesi", "Kurumlar V.D."), ("VKN", "##########")), ("Ltd. Şti.", "A.Ş."),
          ("Ayşe", "Mehmet", "Zeynep", "Emre"), ("Yılmaz", "Kaya", "Demir", "Şahin"),
          (("İzmir", "35220 Konak / İzmir"), ("Bursa", "16010 Osmangazi / Bursa"),
           ("Antalya", "07100 Muratpaşa / Antalya")),
          ("Atatürk Cad.", "Cumhuriyet Bulvarı", "Gazi Sok."), True, "+90 ### ### ## ##"),
        P("hu-HU", "hu", "HUF", ("{n} Ft", "{n} HUF"), ("1 234",), ("hu", "hu_long"),
          "ÁFA", D(27), (("Adószám", "########-#-##"),), ("Kft.", "Zrt.", "Bt."),
          ("Katalin", "László", "Eszter", "Gábor"), ("Nagy", "Kovács", "Tóth", "Szabó"),
          (("Debrecen", "4025 Debrecen"), ("Szeged", "6720 Szeged"), ("Győr", "9021 Győr")),
          ("Piac utca", "Kossuth Lajos utca", "Ipari park"), True, "+36 ## ### ####", 0),
        P("de-CH", "de", "CHF", ("CHF {n}", "Fr. {n}", "{n} CHF"), ("1'234.56", "1’234.56"),
          ("dmy_dot", "long"),
          "MWST", D("8.1"), (("MWST-Nr.", "CHE-###.###.### MWST"),), ("AG", "GmbH"),
          ("Andrea", "Reto", "Nicole", "Beat"), ("Meier", "Keller", "Brunner", "Widmer"),
          (("Luzern", "6003 Luzern"), ("Winterthur", "8400 Winterthur"), ("St. Gallen", "9000 St. Gallen")),
          ("Bahnhofstrasse", "Seestrasse", "Industriestrasse"), True, "+41 ## ### ## ##"),
        P("en-SG", "en", "SGD", ("S${n}", "SGD {n}", "$ {n}"), ("1,234.56",), ("d_mon_y", "dmy_slash"),
          "GST", D(9), (("GST Reg. No.", "20#######@"),), ("Pte. Ltd.",),
          ("Wei Ling", "Jun Jie", "Priya", "Darren"), ("Tan", "Lim", "Ng", "Goh"),
          (("Singapore", "Singapore 238859"), ("Singapore", "Singapore 049315"),
           ("Singapore", "Singapore 609601")),
          ("Orchard Road", "Ubi Avenue 1", "Jurong East Street 21"), False, "+65 #### ####"),
        P("en-AU", "en", "AUD", ("${n}", "AUD {n}", "A${n}"), ("1,234.56",), ("dmy_slash", "long", "d_mon_y"),
          "GST", D(10), (("ABN", "## ### ### ###"),), ("Pty Ltd",),
          ("Chloe", "Liam", "Jess", "Brodie"), ("Smith", "Kelly", "Murray", "Nguyen"),
          (("Brisbane", "Brisbane QLD 4000"), ("Perth", "Perth WA 6000"), ("Geelong", "Geelong VIC 3220")),
          ("Ann Street", "Hay Street", "Moorabool Street"), False, "(0#) #### ####"),
        P("en-NZ", "en", "NZD", ("${n}", "NZD {n}", "NZ${n}"), ("1,234.56",), ("dmy_slash", "d_mon_y"),
          "GST", D(15), (("GST No.", "###-###-###"),), ("Limited", "Ltd"),
          ("Aroha", "Sam", "Grace", "Tane"), ("Walker", "Ngata", "Campbell", "Reid"),
          (("Auckland", "Auckland 1010"), ("Wellington", "Wellington 6011"), ("Hamilton", "Hamilton 3204")),
          ("Queen Street", "Lambton Quay", "Victoria Street"), False, "+64 # ### ####"),
        P("en-ZA", "en", "ZAR", ("R {n}", "R{n}", "ZAR {n}"), ("1 234.56", "1,234.56", "1 234,56"),
          ("ymd_slash", "iso", "long"), "VAT", D(15), (("VAT Reg. No.", "4#########"),), ("(Pty) Ltd", "CC"),
          ("Thandi", "Pieter", "Ayesha", "Sipho"), ("Naidoo", "van der Merwe", "Botha", "Dlamini"),
          (("Durban", "Durban, 4001"), ("Pretoria", "Pretoria, 0002"),
           ("Stellenbosch", "Stellenbosch, 7600")),
          ("Smith Street", "Church Street", "Dorp Street"), False, "0## ### ####"),
        P("en-US", "en", "USD", ("${n}", "USD {n}", "$ {n}"), ("1,234.56",), ("mdy_slash", "month_d_y"),
          "Sales Tax", D("7.25"), (("EIN", "##-#######"),), ("Inc.", "LLC", "Corp."),
          ("Emily", "Jacob", "Olivia", "Tyler"), ("Miller", "Carter", "Brooks", "Hayes"),
          (("Denver", "Denver, CO 80202"), ("Columbus", "Columbus, OH 43215"),
           ("Raleigh", "Raleigh, NC 27601")),
          ("Market Street", "Elm Avenue", "Commerce Drive"), False, "(###) ###-####", 2, "Letter"),
        P("en-CA", "en", "CAD", ("${n}", "CAD {n}", "C${n}"), ("1,234.56",), ("iso", "month_d_y"),
          "GST", D(5), (("GST/HST No.", "#########RT0001"),), ("Inc.", "Ltd."),
          ("Madison", "Noah", "Avery", "Connor"), ("MacDonald", "Fraser", "Campbell", "Wong"),
          (("Calgary", "Calgary, AB T2P 1J9"), ("Vancouver", "Vancouver, BC V6B 2W9"),
           ("Ottawa", "Ottawa, ON K1P 5G4")),
          ("Stephen Avenue", "Granville Street", "Bank Street"), False, "(###) ###-####", 2, "Letter"),
        P("fr-CA", "fr", "CAD", ("{n} $", "{n} $ CA", "{n} CAD"), ("1 234,56",), ("long", "iso"),
          "TPS", D(5), (("No TPS", "#########RT0001"), ("No TVQ", "##########TQ0001")),
          ("inc.", "S.E.N.C.R.L."),
          ("Catherine", "Mathieu", "Julie", "Olivier"), ("Tremblay", "Gagnon", "Côté", "Bouchard"),
          (("Québec", "Québec (Québec) G1R 4P5"), ("Laval", "Laval (Québec) H7N 5H9"),
           ("Sherbrooke", "Sherbrooke (Québec) J1H 1R3")),
          ("rue Saint-Jean", "boulevard des Laurentides", "rue King Ouest"), False, "###-###-####", 2,
          "Letter"),
        P("es-MX", "es", "MXN", ("${n}", "$ {n} MXN", "MXN {n}"), ("1,234.56",), ("dmy_slash", "long"),
          "IVA", D(16), (("RFC", "@@@######@@#"),), ("S.A. de C.V.", "S. de R.L. de C.V."),
          ("Mariana", "Alejandro", "Fernanda", "Diego"), ("García", "Hernández", "López", "Martínez"),
          (("Guadalajara", "C.P. 44100 Guadalajara, Jal."), ("Monterrey", "C.P. 64000 Monterrey, N.L."),
           ("Querétaro", "C.P. 76000 Querétaro, Qro.")),
          ("Av. Vallarta", "Calle Morelos", "Av. Constituyentes"), True, "+52 ## #### ####"),
    ]
}
# fmt: on

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta",
}


def fmt_date(d: date, style: str, lang: str) -> str:
    month = MONTHS[lang].split()[d.month - 1]
    if style == "long":
        if lang == "en":
            return f"{d.day} {month} {d.year}"
        if lang == "es":
            return f"{d.day} de {month} de {d.year}"
        if lang == "hu":
            return f"{d.year}. {month} {d.day}."
        sep = ". " if lang in ("da", "nb", "de", "cs", "fi") else " "
        day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
        return f"{day}{sep}{month} {d.year}"
    return {
        "iso": d.isoformat(),
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy_short": f"{d.day}.{d.month}.{d.year}",
        "dmy_spaced": f"{d.day}. {d.month}. {d.year}",
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "mdy_slash": f"{d.month}/{d.day}/{d.year}",
        "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "hu": f"{d.year}.{d.month:02d}.{d.day:02d}.",
        "hu_long": f"{d.year}. {MONTHS['hu'].split()[d.month - 1]} {d.day}.",
        "d_mon_y": f"{d.day} {MONTHS['en'].split()[d.month - 1][:3]} {d.year}",
        "month_d_y": f"{MONTHS['en'].split()[d.month - 1]} {d.day}, {d.year}",
    }[style]


def fmt_num(value: Decimal, style: str, places: int) -> str:
    """``style`` is how 1234.56 is printed: 1,234.56 / 1.234,56 / 1 234,56 / 1'234.56 / 1234,56 / 1 234."""
    q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    group = style[1] if style[1] in ",. '’" else ""
    dec = style[-3] if len(style) > 5 else ""
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    text = group.join(parts) if group else "".join(parts)
    return sign + text + (dec + frac if places else "")


def fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def address(rng: random.Random, p: Profile) -> tuple[str, str, str]:
    """(street line, postal line, town) of a random address in the profile's country."""
    town, postal = rng.choice(p.towns)
    street = rng.choice(p.streets)
    no = rng.randint(2, 160)
    line = f"{street} {no}" if p.street_first else f"{no} {street}"
    return line, postal, town


def person(rng: random.Random, p: Profile) -> str:
    return f"{rng.choice(p.first)} {rng.choice(p.surnames)}"


def company(rng: random.Random, p: Profile, patterns: tuple[str, ...]) -> str:
    """A company name from ``patterns`` ({s}, {s2} surnames, {t} town) with the country's legal suffix."""
    s, s2 = rng.sample(p.surnames, 2)
    town = rng.choice(p.towns)[0]
    return f"{rng.choice(patterns).format(s=s, s2=s2, t=town)} {rng.choice(p.legal)}"
