"""Helpers of set RA (benchmarks/outside_receipts_ra.py), thirty till receipts of new shop kinds and layouts.

The key is set V's ``VKey`` (benchmarks/outside_common_v.py) and the capture specs are set X's builders
(benchmarks/outside_common_x.py ``scan``, ``photo``, ``EMAIL``) plus ``on_a4`` here. The rest add up the
money the way tills do (``split_vat`` a VAT summary by rate of VAT-inclusive amounts, ``weighed`` items
sold by the kilo, ``wrap`` a long code over lines) and draw the tax and registration numbers of the
regions (USt-IdNr and TSE serial, SIRET, partita IVA, NIF, BTW, NIP, IČO/DIČ with EET's FIK and BKP,
org.nr, Y-tunnus, GB VAT, HST, ABN, CNPJ/CPF and NFC-e access key, RFC, GSTIN, T-number, CHE UID, ...).
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from outside_common_k import money, q2
from outside_common_r import digits

Spec = dict[str, Any]
HEX = "0123456789ABCDEF"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# ---- captures and money ----------------------------------------------------------------------------------


def on_a4(rng: random.Random, at: tuple[int, int], marks: list[Spec], dpi: int = 200, **kw: Any) -> Spec:
    """Taped to an A4 sheet for an expense claim at ``at`` mm, with ink ``marks``, scanned as jpg."""
    spec: Spec = {"place": "a4", "at": at, "angle": rng.uniform(-2.5, 2.5), "tape": True, "marks": marks}
    return spec | {"kind": "scan", "dpi": dpi, "fmt": "jpg", "quality": 82} | kw


def split_vat(groups: dict[Decimal, Decimal]) -> list[tuple[Decimal, Decimal, Decimal, Decimal]]:
    """(rate, net, vat, gross) for each rate of VAT-inclusive ``groups`` (rate -> gross), rates ascending."""
    out = []
    for rate in sorted(groups):
        gross = groups[rate]
        vat = q2(gross * rate / (100 + rate))
        out.append((rate, gross - vat, vat, gross))
    return out


def weighed(rng: random.Random, spec: str, n: int, lo: int = 150, hi: int = 1400) -> list[tuple]:
    """``n`` items sold by weight (name, kg, price per kg, amount) from a "; "-separated "name price" list."""
    out = []
    for entry in rng.sample(spec.split("; "), n):
        name, _, price = entry.rpartition(" ")
        kg = Decimal(rng.randint(lo, hi)) / 1000
        out.append((name, kg, Decimal(price), q2(kg * Decimal(price))))
    return out


def amounts(items: list[tuple]) -> Decimal:
    return sum((row[-1] for row in items), Decimal(0))


def wrap(s: str, n: int) -> list[str]:
    return [s[i : i + n] for i in range(0, len(s), n)]


def code(rng: random.Random, n: int, alphabet: str = HEX) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---- tax and registration numbers ------------------------------------------------------------------------


def ust_de(rng: random.Random) -> str:
    return f"DE{rng.randint(1, 3)}{digits(rng, 8)}"


def stnr_de(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}/{digits(rng, 3)}/{digits(rng, 5)}"


def siret(rng: random.Random) -> str:
    d = digits(rng, 14)
    return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"


def tva_fr(rng: random.Random) -> str:
    return f"FR{digits(rng, 2)}{digits(rng, 9)}"


def piva_it(rng: random.Random) -> str:
    return f"0{digits(rng, 10)}"


def nif_es(rng: random.Random) -> str:
    return f"B{rng.randint(10, 99)}{digits(rng, 6)}"


def btw_nl(rng: random.Random) -> str:
    return f"NL{digits(rng, 9)}B0{rng.randint(1, 3)}"


def nip_pl(rng: random.Random) -> str:
    d = digits(rng, 10)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def dic_cz(rng: random.Random) -> tuple[str, str]:
    """An IČO and the DIČ built on it."""
    ico = f"{rng.randint(2, 7)}{digits(rng, 7)}"
    return ico, f"CZ{ico}"


def fik(rng: random.Random) -> str:
    """EET's fiscal identification code: a UUID and a two-hex suffix."""
    return (
        f"{code(rng, 8)}-{code(rng, 4)}-{code(rng, 4)}-{code(rng, 4)}-{code(rng, 12)}-{code(rng, 2)}".lower()
    )


def bkp(rng: random.Random) -> str:
    """EET's taxpayer security code: five groups of eight hex digits."""
    return "-".join(code(rng, 8) for _ in range(5))


def orgnr_se(rng: random.Random) -> str:
    return f"559{digits(rng, 3)}-{digits(rng, 4)}"


def ytunnus(rng: random.Random) -> str:
    return f"{rng.randint(1, 3)}{digits(rng, 6)}-{rng.randint(0, 9)}"


def vat_gb(rng: random.Random) -> str:
    return f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"


def bn_ca(rng: random.Random) -> str:
    return f"{digits(rng, 9)} RT0001"


def abn(rng: random.Random) -> str:
    return f"{rng.randint(11, 99)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"


def cnpj(rng: random.Random) -> str:
    return f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}"


def cpf(rng: random.Random) -> str:
    return f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}"


def chave_nfce(rng: random.Random, uf: str, yymm: str) -> str:
    """A 44-digit NFC-e access key (state, year-month, ...) in groups of four."""
    d = uf + yymm + digits(rng, 38)
    return " ".join(d[i : i + 4] for i in range(0, 44, 4))


def rfc_mx(rng: random.Random, letters: str) -> str:
    return f"{letters}{rng.randint(95, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{code(rng, 3)}"


def vat_za(rng: random.Random) -> str:
    return f"4{digits(rng, 9)}"


def gstin(rng: random.Random, state: str) -> str:
    pan = code(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "C" + code(rng, 1, "ABCDEFGHKLMNPRST")
    return f"{state}{pan}{digits(rng, 4)}{code(rng, 1, 'ABCDEFGHJKLMNPRZ')}1Z{code(rng, 1, HEX)}"


def t_number(rng: random.Random) -> str:
    return f"T{rng.randint(1, 9)}{digits(rng, 12)}"


def uid_ch(rng: random.Random) -> str:
    return f"CHE-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"


def vat_ie(rng: random.Random) -> str:
    return f"IE{digits(rng, 7)}{rng.choice('ABCDEFHKLMNPTW')}"


def uid_at(rng: random.Random) -> str:
    return f"ATU{digits(rng, 8)}"


def cvr_dk(rng: random.Random) -> str:
    return f"{rng.randint(3, 4)}{digits(rng, 7)}"


def nif_pt(rng: random.Random) -> str:
    return f"5{rng.randint(0, 1)}{digits(rng, 7)}"


def atcud(rng: random.Random, n: int) -> str:
    return f"{code(rng, 8, 'BCDFGHJKLMNPQRSTVWXYZ23456789')}-{n}"


def pct(rate: Decimal, style: str = "eu") -> str:
    """A tax rate as a till prints it: 20, 5,5 (or 5.5)."""
    return money(rate, style, 1) if rate % 1 else str(int(rate))
