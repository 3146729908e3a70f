"""Set RA: 30 held-out till receipts of shop kinds and layouts sets R, S, T, V and X do not have, as a back
office receives them - flatbed scans, phone photos, slips taped to an A4 sheet and two e-mailed PDF
receipts - scored through the whole document processor.

    python benchmarks/outside_receipts_ra.py [--out /tmp/outside_receipts_ra] [--n 30] [--seed 3131]
        [--check] [--score] [--errors]

Writes ``<out>/RA/files/<name>.<jpg|png|tif|pdf>`` and ``<out>/RA/key/<name>.json``. One receipt each, with
its own layout and invented shop (benchmarks/outside_docs_ra1.py ... outside_docs_ra10.py): a German DIY
store's Kassenbon with its TSE block, a French cheese and wine shop's ticket with a TVA table by rate, an
Italian gelateria's documento commerciale, a Spanish churrería's factura simplificada, a Dutch bicycle
shop's bon with BTW, a Polish pharmacy's paragon fiskalny, a Czech pub's účtenka with EET's FIK and BKP,
a Swedish florist's kvitto, a Finnish fuel station's kuitti, a British supermarket with multibuy savings
and a loyalty card, a US big-box store with sales tax and a long return policy, an Ontario pharmacy with
HST and cash rounding (TOTAL, then AMOUNT DUE), an Australian outdoor store's tax invoice with ABN and GST
included, a Brazilian greengrocer's NFC-e with the customer's CPF, a Mexican stationer's ticket with RFC, a
Chilean off-licence's boleta electrónica, an Argentinian ice-cream parlour's tique factura B, a South
African supermarket with VAT and a rewards card, a Kenyan grill's eTIMS receipt with KRA PIN, an Indian
restaurant bill with CGST and SGST, a Singapore bakery paid by NETS, a Malaysian restaurant with SST, a
Philippine grocery's official receipt with VAT-exempt lines, a Tokyo airport shop printed in romaji and
English, a Geneva car park, a New Orleans restaurant with its tip line, a Dublin homeware shop with a void
and a refund line, a Viennese Beisl with the card terminal slip stapled under it, and e-mailed receipts
from a Danish interiors shop and a Portuguese surf shop (born-digital PDFs, outside_common_t.EReceipt).
Slips are drawn with set R's roll through outside_common_t.TRoll and captured as outside_capture_r.py
describes (scans at 200 and 300 dpi, 1-bit, faded and crumpled thermal paper, photos on tables, turned).

The key is set R's (``company`` as printed on the name line, ``company_alt`` a legal name printed as well,
``address`` the merchant's address lines in printed order joined by single spaces, ``date`` the
transaction date in ISO form, ``total`` what the customer paid in all as a decimal with the currency's
decimals (whole-unit yen and Chilean pesos as n.00), ``currency`` the ISO code; unscored ``lang``,
``country``, ``template``, ``case``, ``capture``).

``--check`` is set V's check (every key value printed on the clean slip; the currency the country's) and
writes previews to ``<out>/RA/preview``. ``--score`` is set R's scorer, so the figures compare with sets
R, T, V and X. Deterministic for a seed; score this set once, as a held-out measurement, and do not tune
the extractor on it.
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

DOC_MODULES = 10  # outside_docs_ra1.py ... outside_docs_ra10.py; each case is named by its number (ra01_...)
CASES: list[Callable[[random.Random], TCase]] = sorted(
    (
        case
        for i in range(1, DOC_MODULES + 1)
        for case in importlib.import_module(f"outside_docs_ra{i}").CASES
    ),
    key=lambda case: case.__name__,
)
CURRENCIES = {
    "DE": "EUR", "FR": "EUR", "IT": "EUR", "ES": "EUR", "NL": "EUR", "PL": "PLN", "CZ": "CZK", "SE": "SEK",
    "FI": "EUR", "GB": "GBP", "US": "USD", "CA": "CAD", "AU": "AUD", "BR": "BRL", "MX": "MXN", "CL": "CLP",
    "AR": "ARS", "ZA": "ZAR", "KE": "KES", "IN": "INR", "SG": "SGD", "MY": "MYR", "PH": "PHP", "JP": "JPY",
    "CH": "CHF", "IE": "EUR", "AT": "EUR", "DK": "DKK", "PT": "EUR",
}  # fmt: skip
THREE: set[str] = set()  # no currency of three decimals in this set


def build(seed: int, n: int) -> list[TCase]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


check = country_check(CURRENCIES, THREE)  # set V's check


if __name__ == "__main__":
    set_r.run_set(__doc__.splitlines()[0], "RA", Path("/tmp/outside_receipts_ra"), 3131, build, check)
