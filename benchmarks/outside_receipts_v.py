"""Set V: 30 held-out till receipts from countries and regions that sets R, S and T do not cover, as a back
office receives them - flatbed scans, phone photos and two e-mailed PDF receipts - scored through the whole
document processor.

    python benchmarks/outside_receipts_v.py [--out /tmp/outside_receipts_v] [--n 30] [--seed 2727]
        [--check] [--score] [--errors]

Writes ``<out>/V/files/<name>.<jpg|png|tif|pdf>`` and ``<out>/V/key/<name>.json``. One receipt each, with
its own layout and invented shop, from Romania, Bulgaria, Croatia, Serbia, Slovakia, Slovenia, Estonia,
Latvia, Iceland, Malta, Cyprus, Morocco, Tunisia, Ghana, Tanzania, Uganda, Jamaica, Trinidad and Tobago,
the Dominican Republic, Costa Rica, Panama, Guatemala, Ecuador, Uruguay, Bolivia, Nepal, Cambodia,
Jordan, Oman and Kuwait (benchmarks/outside_docs_v1.py ... outside_docs_v10.py): supermarkets, a
duty-free shop, a bakery, pharmacies, cafés, restaurants with service charge or a tip, a bookshop, a
taxi, a kiosk, hardware, clothing, a parking ticket, fuel stations, fiscal-printer receipts with their
fiscal codes (JIR/ZKI, PFR, OKP, EFD, EFRIS, NCF, FEL, CUF), with the region's tax ids and date and number
forms (1.234,56, 1,234.56, 1 234,56, whole krónur, shillings and colones, three-decimal dinars).
Slips are drawn with set R's roll through outside_common_t.TRoll and captured as outside_capture_r.py
describes; the e-mailed receipts are born-digital PDFs (outside_common_t.EReceipt).

The key is set R's (``company`` as printed on the name line, ``company_alt`` a legal name printed as well,
``address`` the merchant's address lines in printed order joined by single spaces, ``date`` the
transaction date in ISO form, ``total`` what the customer paid in all as a decimal with the currency's
decimals (three for the dinars, whole-unit currencies as n.00), ``currency`` the ISO code; unscored
``lang``, ``country``, ``template``, ``case``, ``capture``).

``--check`` runs set R's check (every key value printed on the clean slip; a three-decimal total read as
such) plus that the currency is the country's, and writes previews to ``<out>/V/preview``. ``--score``
is set R's scorer, so the figures compare with sets R and T. Deterministic for a seed; score this set
once, as a held-out measurement.
"""

from __future__ import annotations

import importlib
import random
import re
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_receipts_r as set_r  # also puts src/ on the path
from outside_common_t import TCase

DOC_MODULES = 10  # outside_docs_v1.py ... outside_docs_v10.py; each case is named by its number (v01_...)
CASES: list[Callable[[random.Random], TCase]] = sorted(
    (case for i in range(1, DOC_MODULES + 1) for case in importlib.import_module(f"outside_docs_v{i}").CASES),
    key=lambda case: case.__name__,
)
CURRENCIES = {
    "RO": "RON", "BG": "BGN", "HR": "EUR", "RS": "RSD", "SK": "EUR", "SI": "EUR", "EE": "EUR", "LV": "EUR",
    "IS": "ISK", "MT": "EUR", "CY": "EUR", "MA": "MAD", "TN": "TND", "GH": "GHS", "TZ": "TZS", "UG": "UGX",
    "JM": "JMD", "TT": "TTD", "DO": "DOP", "CR": "CRC", "PA": "PAB", "GT": "GTQ", "EC": "USD", "UY": "UYU",
    "BO": "BOB", "NP": "NPR", "KH": "USD", "JO": "JOD", "OM": "OMR", "KW": "KWD",
}  # fmt: skip
THREE = {"JOD", "OMR", "KWD", "TND"}  # currencies of three decimals


def build(seed: int, n: int) -> list[TCase]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


def country_check(currencies: dict[str, str], three: set[str]) -> Callable[[TCase], list[str]]:
    """Set R's check (a total in a currency of ``three`` decimals compared as such), and the currency of
    the receipt's country (``currencies``); shared with set X."""

    def check(c: TCase) -> list[str]:
        problems = set_r.check(c)
        v, printed = c.key.values, c.key.printed
        if v["currency"] in three:
            problems = [p for p in problems if not p.startswith("total printed")]
            shown = printed.get("total", "")
            if not re.search(r"[.,]\d{3}$", shown) or int(re.sub(r"\D", "", shown)) != int(
                Decimal(v["total"] or "0") * 1000
            ):
                problems.append(f"total printed {shown!r} does not say {v['total']} in three decimals")
        if v["currency"] != currencies.get(c.country):
            problems.append(f"currency {v['currency']} in {c.country}")
        return problems

    return check


check = country_check(CURRENCIES, THREE)


if __name__ == "__main__":
    set_r.run_set(__doc__.splitlines()[0], "V", Path("/tmp/outside_receipts_v"), 2727, build, check)
