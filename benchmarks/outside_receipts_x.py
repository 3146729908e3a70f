"""Set X: 30 held-out till receipts from countries and regions that sets R, S, T and V do not cover, as a
back office receives them - flatbed scans, phone photos and two e-mailed PDF receipts - scored through the
whole document processor.

    python benchmarks/outside_receipts_x.py [--out /tmp/outside_receipts_x] [--n 30] [--seed 2929]
        [--check] [--score] [--errors]

Writes ``<out>/X/files/<name>.<jpg|png|tif|pdf>`` and ``<out>/X/key/<name>.json``. One receipt each, with
its own layout and invented shop, from Lithuania, Luxembourg, Bosnia and Herzegovina, Albania, Montenegro,
Moldova, Azerbaijan, Uzbekistan, Georgia, Armenia, Mauritius, Seychelles, Madagascar, Senegal, Côte
d'Ivoire, Cameroon, Rwanda, Zambia, Zimbabwe, Botswana, Namibia, Mozambique, Angola, Ethiopia, Honduras,
Nicaragua, El Salvador, Paraguay, the Bahamas and Bahrain (benchmarks/outside_docs_x1.py ...
outside_docs_x10.py): supermarkets, a taxi, pharmacies, cafés, restaurants with service charge or a tip,
a parking ticket, a kiosk, a bookshop, an airport duty-free shop, a hotel bar, a bakery, a fuel station,
hardware, a bottle store, a pastry shop, a market stall, fiscal-printer receipts with their fiscal codes
(IKOF/JIKR, NIVF/NSLF, EBM SDC, ZIMRA, CAI, timbrado, DTE), with the region's tax ids and date and number
forms (1.234,56, 1,234.56, 1 234,56, whole francs CFA, ariary, so'm, guaraníes and drams, three-decimal
Bahraini dinars). Slips are drawn with set R's roll through outside_common_t.TRoll and captured as
outside_capture_r.py describes; the e-mailed receipts are born-digital PDFs (outside_common_t.EReceipt).

The key is set R's (``company`` as printed on the name line, ``company_alt`` a legal name printed as well,
``address`` the merchant's address lines in printed order joined by single spaces, ``date`` the
transaction date in ISO form, ``total`` what the customer paid in all as a decimal with the currency's
decimals (three for the dinar, whole-unit currencies as n.00), ``currency`` the ISO code; unscored
``lang``, ``country``, ``template``, ``case``, ``capture``).

``--check`` is set V's check (every key value printed on the clean slip; a three-decimal total read as
such; the currency the country's) and writes previews to ``<out>/X/preview``. ``--score`` is set R's
scorer, so the figures compare with sets R, T and V. Deterministic for a seed; score this set once, as a
held-out measurement.
"""

from __future__ import annotations

import importlib
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_receipts_r as set_r  # also puts src/ on the path
from outside_common_t import TCase
from outside_receipts_v import country_check

DOC_MODULES = 10  # outside_docs_x1.py ... outside_docs_x10.py; each case is named by its number (x01_...)
CASES: list[Callable[[random.Random], TCase]] = sorted(
    (case for i in range(1, DOC_MODULES + 1) for case in importlib.import_module(f"outside_docs_x{i}").CASES),
    key=lambda case: case.__name__,
)
CURRENCIES = {
    "LT": "EUR", "LU": "EUR", "BA": "BAM", "AL": "ALL", "ME": "EUR", "MD": "MDL", "AZ": "AZN", "UZ": "UZS",
    "GE": "GEL", "AM": "AMD", "MU": "MUR", "SC": "SCR", "MG": "MGA", "SN": "XOF", "CI": "XOF", "CM": "XAF",
    "RW": "RWF", "ZM": "ZMW", "ZW": "USD", "BW": "BWP", "NA": "NAD", "MZ": "MZN", "AO": "AOA", "ET": "ETB",
    "HN": "HNL", "NI": "NIO", "SV": "USD", "PY": "PYG", "BS": "BSD", "BH": "BHD",
}  # fmt: skip
THREE = {"BHD"}  # currencies of three decimals


def build(seed: int, n: int) -> list[TCase]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


check = country_check(CURRENCIES, THREE)  # set V's check


if __name__ == "__main__":
    set_r.run_set(__doc__.splitlines()[0], "X", Path("/tmp/outside_receipts_x"), 2929, build, check)
