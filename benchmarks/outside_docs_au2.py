"""Amounts in words for the set "AU": Chinese financial capitals, Sino-Korean, English (western and
lakh/crore), Indonesian, Malay, Russian, Vietnamese and Thai BAHTTEXT."""

from __future__ import annotations

from decimal import Decimal


def cn_upper(amount, traditional: bool = False) -> str:
    """Chinese financial capitals: 64805.50 -> 陆万肆仟捌佰零伍圆伍角."""
    digits = "零壹贰叁肆伍陆柒捌玖" if not traditional else "零壹貳參肆伍陸柒捌玖"
    small = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"] if not traditional else ["", "萬", "億"]
    cents = int((Decimal(amount) * 100).quantize(Decimal(1)))
    whole, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    s = str(whole)
    out, zero = "", False
    for i, ch in enumerate(s):
        d, pos = int(ch), len(s) - 1 - i
        if d == 0:
            zero = True
        else:
            if zero and out:
                out += "零"
            zero = False
            out += digits[d] + small[pos % 4]
        if pos % 4 == 0 and pos > 0 and int(s[max(0, i - 3) : i + 1]) != 0:
            out += big[pos // 4]
    out = (out or "零") + ("圆" if not traditional else "元")
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += digits[jiao] + "角"
    elif whole:
        out += "零"
    return out + (digits[fen] + "分" if fen else "")


def ko_words(n: int) -> str:
    """Sino-Korean amount words: 5280000 -> 오백이십팔만."""
    digits = "영일이삼사오육칠팔구"
    small, big = ["", "십", "백", "천"], ["", "만", "억", "조"]
    out, gi = "", 0
    while n > 0:
        g = n % 10000
        if g:
            s = "".join(digits[(g // 10**p) % 10] + small[p] for p in range(3, -1, -1) if (g // 10**p) % 10)
            out = s + big[gi] + out
        n //= 10000
        gi += 1
    return out


def _w(s: str) -> list[str]:
    return s.split()


_EN = _w("Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen")
_EN += _w("Sixteen Seventeen Eighteen Nineteen")
_EN_T = _w("_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety")


def _en_999(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(_EN[n // 100] + " Hundred")
        n %= 100
    if n >= 20:
        parts.append(_EN_T[n // 10] + ("-" + _EN[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_EN[n])
    return " ".join(parts)


def en_words(n: int, indian: bool = False) -> str:
    if n == 0:
        return "Zero"
    scales = [(10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")] if indian else []
    scales = scales or [(10**9, "Billion"), (10**6, "Million"), (1000, "Thousand")]
    parts = []
    for size, name in scales:
        if n >= size:
            q = n // size
            parts.append((_en_999(q) if q < 1000 else en_words(q, indian)) + " " + name)
            n %= size
    if n:
        parts.append(_en_999(n))
    return " ".join(parts)


def _scaled_words(n: int, ones: list[str], tens: list[str], hundred, scales, sep: str = " ") -> str:
    """Generic words for languages that build 1..999 regularly; `hundred(h)` gives the hundreds word."""

    def w999(k: int) -> list[str]:
        out = []
        if k >= 100:
            out.append(hundred(k // 100))
            k %= 100
        if k >= 20:
            out.append(tens[k // 10])
            k %= 10
        if k:
            out.append(ones[k])
        return out

    parts: list[str] = []
    for size, name in scales:
        if n >= size:
            q = n // size
            parts += name(q, w999(q)) if callable(name) else [*w999(q), name]
            n %= size
    parts += w999(n)
    return sep.join(p for p in parts if p)


def _malay(n: int, eight: str, scales) -> str:
    ones = _w(f"_ satu dua tiga empat lima enam tujuh {eight} sembilan sepuluh sebelas")
    ones += [f"{w} belas" for w in ones[2:10]]
    tens = ["", ""] + [f"{w} puluh" for w in ones[2:10]]

    def ratus(h):
        return "seratus" if h == 1 else f"{ones[h]} ratus"

    def ribu(q, words):
        return ["seribu"] if q == 1 else [*words, "ribu"]

    return _scaled_words(n, ones, tens, ratus, [*scales, (1000, ribu)])


def id_words(n: int) -> str:
    """Indonesian terbilang: 12500 -> dua belas ribu lima ratus."""
    return _malay(n, "delapan", [(10**9, "miliar"), (10**6, "juta")])


def ms_words(n: int) -> str:
    """Malay: 1250 -> seribu dua ratus lima puluh."""
    return _malay(n, "lapan", [(10**6, "juta")])


def ru_words(n: int) -> str:
    """Russian cardinal words (masculine), e.g. for 'тенге': 1234 -> одна тысяча двести тридцать четыре."""
    ones = "_ один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
    ones += "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать"
    o = _w(ones)
    tens = _w("_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто")
    hund = _w("_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот")

    def plural(q, forms):
        q100, q10 = q % 100, q % 10
        if 11 <= q100 <= 19:
            return forms[2]
        return forms[0] if q10 == 1 else forms[1] if 2 <= q10 <= 4 else forms[2]

    def thousands(q, words):
        if q % 100 not in range(11, 20):
            if q % 10 == 1:
                words[-1] = "одна"
            elif q % 10 == 2:
                words[-1] = "две"
        return [*words, plural(q, ("тысяча", "тысячи", "тысяч"))]

    def millions(q, words):
        return [*words, plural(q, ("миллион", "миллиона", "миллионов"))]

    def hundred(h):
        return hund[h]

    return _scaled_words(n, o, tens, hundred, [(10**6, millions), (1000, thousands)])


def vi_words(n: int) -> str:
    """Vietnamese amount words (simplified standard form): 1250000 -> Một triệu hai trăm năm mươi nghìn."""
    o = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    def w999(k: int, full: bool) -> list[str]:
        h, t, u = k // 100, (k // 10) % 10, k % 10
        out = []
        if full or h:
            out += [o[h], "trăm"]
        if t == 0 and u and (full or h):
            out += ["lẻ"]
        elif t == 1:
            out += ["mười"]
        elif t > 1:
            out += [o[t], "mươi"]
        if u:
            out += ["mốt" if u == 1 and t > 1 else "lăm" if u == 5 and t > 0 else o[u]]
        return out

    groups, names, parts = [], ["", "nghìn", "triệu", "tỷ"], []
    while n:
        groups.insert(0, n % 1000)
        n //= 1000
    for i, g in enumerate(groups):
        if g:
            parts += w999(g, i > 0) + ([names[len(groups) - 1 - i]] if len(groups) - 1 - i else [])
    s = " ".join(parts)
    return s[:1].upper() + s[1:]


def th_baht_words(amount) -> str:
    """Thai BAHTTEXT: 12840.50 -> หนึ่งหมื่นสองพันแปดร้อยสี่สิบบาทห้าสิบสตางค์."""
    digits = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    pos = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]

    def read(n: int) -> str:
        if n >= 1_000_000:
            return read(n // 1_000_000) + "ล้าน" + read(n % 1_000_000)
        s, out = str(n), ""
        for i, ch in enumerate(s):
            d, p = int(ch), len(s) - 1 - i
            if d == 0:
                continue
            if p == 1 and d == 1:
                out += "สิบ"
            elif p == 1 and d == 2:
                out += "ยี่สิบ"
            elif p == 0 and d == 1 and len(s) > 1:
                out += "เอ็ด"
            else:
                out += digits[d] + pos[p]
        return out

    cents = int((Decimal(amount) * 100).quantize(Decimal(1)))
    baht, satang = cents // 100, cents % 100
    return read(baht) + "บาท" + (read(satang) + "สตางค์" if satang else "ถ้วน")
