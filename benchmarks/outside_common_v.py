"""Helpers of set V (benchmarks/outside_receipts_v.py), till receipts from countries R, S and T leave out.

``VKey`` is set T's key (benchmarks/outside_common_t.py) with more month names (``MONTHS``: Romanian,
Croatian, Slovak, Estonian, Latvian) and totals in three-decimal currencies (the Jordanian, Omani and
Kuwaiti dinar and the Tunisian dinar print 12.350): ``total(v, style, 3)`` keys ``"12.350"``. The rest draw
the tax numbers of the regions (CUI, EIK, OIB, PIB, IČO, KMKR, kennitala, ICE, RNC, RUC, NIT, RUT, ...).
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from outside_common_k import money
from outside_common_r import digits
from outside_common_t import MONTHS as T_MONTHS
from outside_common_t import TKey

MONTHS = {
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lv": "janvāris februāris marts aprīlis maijs jūnijs jūlijs "
    "augusts septembris oktobris novembris decembris",
}


class VKey(TKey):
    """A set-V key: set T's, with ``MONTHS`` and three-decimal totals."""

    def date(self, d: date | datetime, fmt: str, lang: str = "en", upper: bool = False) -> str:
        if lang in T_MONTHS or lang not in MONTHS:
            return super().date(d, fmt, lang, upper)
        name = MONTHS[lang].split()[d.month - 1]
        fmt = fmt.replace("%B", name).replace("%b", name[:3])
        return super().date(d, fmt, "en", upper)

    def total(self, v: Decimal, style: str = "us", places: int = 2) -> str:
        shown = super().total(v, style, places)
        if places == 3:
            self.values["total"] = f"{v.quantize(Decimal('0.001'), ROUND_HALF_UP):.3f}"
        return shown


def m3(v: Decimal, style: str = "us") -> str:
    """An amount in a three-decimal currency (12.350, or 12,350 in the ``fr`` / ``eu`` styles)."""
    return money(v, style, 3)


def q3(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.001"), ROUND_HALF_UP)


# ---- tax numbers -------------------------------------------------------------------------------------------


def cui_ro(rng: random.Random) -> str:
    return f"RO{rng.randint(1000000, 49999999)}"


def eik_bg(rng: random.Random) -> str:
    return f"{rng.choice('12')}{digits(rng, 8)}"


def oib_hr(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{digits(rng, 10)}"


def pib_rs(rng: random.Random) -> str:
    return f"1{digits(rng, 8)}"


def ico_sk(rng: random.Random) -> str:
    return f"{rng.choice('345')}{digits(rng, 7)}"


def kennitala(rng: random.Random) -> str:
    return f"{rng.randint(41, 71)}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}-{digits(rng, 4)}"


def ice_ma(rng: random.Random) -> str:
    return f"00{digits(rng, 13)}"


def mf_tn(rng: random.Random) -> str:
    """A Tunisian matricule fiscal: 1234567/A/M/000."""
    return f"{digits(rng, 7)}/{rng.choice('ABCDEFGHJKLMNP')}/{rng.choice('AMP')}/000"


def rnc_do(rng: random.Random) -> str:
    return f"1-{digits(rng, 2)}-{digits(rng, 5)}-{rng.randint(0, 9)}"


def cedula_cr(rng: random.Random) -> str:
    return f"3-101-{digits(rng, 6)}"


def ruc_pa(rng: random.Random) -> str:
    return f"{rng.randint(100000, 2999999)}-1-{digits(rng, 6)} DV {digits(rng, 2)}"


def ruc_ec(rng: random.Random) -> str:
    return f"17{digits(rng, 8)}001"


def rut_uy(rng: random.Random) -> str:
    return f"21{digits(rng, 7)}001{rng.randint(0, 9)}"


def nit_gt(rng: random.Random) -> str:
    return f"{rng.randint(100000, 9999999)}-{rng.choice('0123456789K')}"


def tin_gh(rng: random.Random) -> str:
    return f"C000{digits(rng, 7)}"


def tin_tz(rng: random.Random) -> str:
    return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"


def trn_jm(rng: random.Random) -> str:
    return f"000-{digits(rng, 3)}-{digits(rng, 3)}"
