"""Set T: 30 held-out till receipts from countries and regions that sets R and S do not cover, as a back
office receives them - flatbed scans, phone photos and two e-mailed PDF receipts - scored through the whole
document processor.

    python benchmarks/outside_receipts_t.py [--out /tmp/outside_receipts_t] [--n 30] [--seed 2525]
        [--check] [--score] [--errors]

Writes ``<out>/T/files/<name>.<jpg|png|tif|pdf>`` and ``<out>/T/key/<name>.json``. One receipt each, with
its own layout and invented shop, from Indonesia, the Philippines, Thailand, Vietnam, Hong Kong, Taiwan,
South Korea, the UAE, Saudi Arabia, Qatar, Kenya, Nigeria, Egypt, Pakistan, Bangladesh, Sri Lanka,
Portugal, Austria, Belgium, Czechia, Hungary, Greece, Turkey, Norway, Finland, Argentina, Chile, Colombia,
Peru and Quebec (benchmarks/outside_docs_t1.py ... outside_docs_t10.py): minimarkets, supermarkets,
pharmacies, fuel stations, cafés, restaurants with service charge or tip, food stalls, hardware shops,
bookshops, a hotel minibar, a taxi, parking, bakeries, electronics and clothing, with the region's tax
ids (NPWP, TIN, TRN, KRA PIN, NTN, BIN, NIF, UID, CUIT, RUT, NIT, RUC ...), date forms (day first, month
first, year first, local month names, 2-digit years) and number forms (1.234,56, 1,234.56, 1 234,56,
whole-unit currencies written 125.000 or 125,000). Slips are drawn with set R's roll (benchmarks/
outside_roll_r.py through outside_common_t.TRoll) and captured as outside_capture_r.py describes; the
e-mailed receipts are born-digital PDFs (outside_common_t.EReceipt).

The key is set R's (``company`` as printed on the name line, ``company_alt`` a legal name printed as well,
``address`` the merchant's address lines in printed order joined by single spaces, ``date`` the
transaction date in ISO form, ``total`` what the customer paid in all as a decimal, ``currency`` the ISO
code; unscored ``lang``, ``country``, ``template``, ``case``, ``capture``).

``--check`` runs set R's check (every key value printed on the clean slip) plus that the currency is the
country's, and writes previews to ``<out>/T/preview``. ``--score`` is set R's scorer, so the figures
compare with set R's. Deterministic for a seed; score this set once, as a held-out measurement.
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

DOC_MODULES = 10  # outside_docs_t1.py ... outside_docs_t10.py; each case is named by its number (t01_...)
CASES: list[Callable[[random.Random], TCase]] = sorted(
    (case for i in range(1, DOC_MODULES + 1) for case in importlib.import_module(f"outside_docs_t{i}").CASES),
    key=lambda case: case.__name__,
)
CURRENCIES = {
    "ID": "IDR", "PH": "PHP", "TH": "THB", "VN": "VND", "HK": "HKD", "TW": "TWD", "KR": "KRW", "AE": "AED",
    "SA": "SAR", "QA": "QAR", "KE": "KES", "NG": "NGN", "EG": "EGP", "PK": "PKR", "BD": "BDT", "LK": "LKR",
    "PT": "EUR", "AT": "EUR", "BE": "EUR", "CZ": "CZK", "HU": "HUF", "GR": "EUR", "TR": "TRY", "NO": "NOK",
    "FI": "EUR", "AR": "ARS", "CL": "CLP", "CO": "COP", "PE": "PEN", "CA": "CAD",
}  # fmt: skip


def build(seed: int, n: int) -> list[TCase]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


def check(c: TCase) -> list[str]:
    """Set R's check, and the currency of the receipt's country."""
    problems = set_r.check(c)
    if c.key.values["currency"] != CURRENCIES.get(c.country):
        problems.append(f"currency {c.key.values['currency']} in {c.country}")
    return problems


if __name__ == "__main__":
    set_r.run_set(__doc__.splitlines()[0], "T", Path("/tmp/outside_receipts_t"), 2525, build, check)
