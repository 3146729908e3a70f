"""Set ER: 24 held-out digital receipts as an expense team receives them today - e-mailed receipts printed
to PDF, PDFs downloaded from apps and web shops, and phone screenshots of app receipts - scored through the
whole document processor.

    python benchmarks/outside_receipts_er.py [--out /tmp/outside_receipts_er] [--n 30] [--seed 4848]
        [--check] [--score] [--errors]

Writes ``<out>/ER/files/<name>.<pdf|png>`` and ``<out>/ER/key/<name>.json``. One receipt each, with its
own layout and invented merchant (benchmarks/outside_docs_er1.py ... outside_docs_er8.py): fifteen
born-digital PDFs - a British food-delivery order (delivery fee, service fee, promo), a French airline's
e-ticket receipt (base fare, taxes, YQ surcharge, issue date and flight date), a German rail booking
(Buchungsdatum and Reisedatum, MwSt 7 %), a Dublin hotel folio paid off to a zero balance, a Spanish
car-rental factura with a released deposit hold, a Dutch EV-charging session (kWh, price per kWh, BTW),
a US SaaS receipt in Stripe's manner (Receipt #, Invoice number, Date paid, Amount paid, next charge), a
Zürich co-working day pass (MWST 8.1 %), an Indian online pharmacy order (GST, MRP discount, the
customer's address), a Polish marketplace order (VAT 23 %, dostawa), an Australian conference
registration (GST included, ABN), a Swedish donation receipt, a South African courier label purchase
(sender and receiver addresses), an Italian museum ticket (purchase and visit dates) and a Singapore
restaurant e-receipt with service charge and GST - and nine phone screenshots of app receipts: a US
ride-hailing trip (fare breakdown, tip), a Canadian coffee shop's e-mail receipt in Square's manner (tip),
a Japanese app-store purchase (whole yen, 内消費税), a Mexican fuel app, a Belgian parking app, a Brazilian
bike-share ride, a UAE mobile top-up, a Viennese cinema ticket and a British river-crossing toll. The
PDFs come from fpdf2 (set T's EReceipt), ReportLab, WeasyPrint and headless Chromium printing the HTML
e-mail; the screenshots are headless Chromium at phone widths (360 to 412 CSS px) and device scales 2
and 3 (benchmarks/outside_common_er.py). Six of them (five apps and the SaaS receipt) print no merchant
address.

The key is set R's (``company`` as printed on the merchant's name line, ``company_alt`` a legal name
printed as well, ``address`` the merchant's address lines in printed order joined by single spaces, null
where the receipt prints none - never the customer's, the delivery or the venue's when the venue is not
the merchant, ``date`` the date paid in ISO form (for a ticket or booking the purchase date, not the
travel or event date), ``total`` what the customer paid in all as a decimal with the currency's decimals
(whole yen as n.00), ``currency`` the ISO code; unscored ``lang``, ``country``, ``template``, ``case``,
``capture`` ("pdf" or "screenshot") and ``producer``).

``--check`` is set V's check (every key value printed on the receipt; the currency the country's; an
address-less receipt keyed null) plus that company, address, date and total are in the text the PDF
carries (for a screenshot, the same page printed to PDF), and writes previews to ``<out>/ER/preview``.
``--score`` is set R's scorer, so the figures compare with sets R, T, V, X and RA. Deterministic in
content for a seed (Chromium stamps its PDFs with the time they were made); score this set once, as a
held-out measurement, and do not tune the extractor on it.
"""

from __future__ import annotations

import importlib
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_receipts_r as set_r  # also puts src/ on the path
from outside_common_er import ERCase, norm, write
from outside_receipts_v import country_check

DOC_MODULES = 8  # outside_docs_er1.py ... outside_docs_er8.py; each case is named by its number (er01_...)
CASES: list[Callable[[random.Random], ERCase]] = sorted(
    (
        case
        for i in range(1, DOC_MODULES + 1)
        for case in importlib.import_module(f"outside_docs_er{i}").CASES
    ),
    key=lambda case: case.__name__,
)
CURRENCIES = {
    "US": "USD", "GB": "GBP", "FR": "EUR", "DE": "EUR", "IE": "EUR", "ES": "EUR", "NL": "EUR", "CH": "CHF",
    "IN": "INR", "PL": "PLN", "AU": "AUD", "SE": "SEK", "ZA": "ZAR", "IT": "EUR", "SG": "SGD", "CA": "CAD",
    "JP": "JPY", "MX": "MXN", "BE": "EUR", "BR": "BRL", "AE": "AED", "AT": "EUR",
}  # fmt: skip
THREE: set[str] = set()  # no currency of three decimals in this set


def build(seed: int, n: int) -> list[ERCase]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


_v_check = country_check(CURRENCIES, THREE)


def check(c: ERCase) -> list[str]:
    """Set V's check, an address-less receipt keyed null, and the key values in the file's text."""
    problems = _v_check(c)
    v, printed = c.key.values, c.key.printed
    if c.addressless:
        problems = [p for p in problems if p != "no address"]
    text = norm(c.text).casefold()
    for f in ("company", "company_alt", "address"):
        if v[f] and norm(v[f]).casefold() not in text:
            problems.append(f"{f} {v[f]!r} is not in the file's text")
    for f in ("date", "total"):
        if printed.get(f) and norm(printed[f]).casefold() not in text:
            problems.append(f"{f} printed as {printed[f]!r} is not in the file's text")
    if (c.png is None) == (c.pdf is None):
        problems.append("neither or both of pdf and png")
    return problems


if __name__ == "__main__":
    set_r.write = write  # set R's command line, writing screenshots as PNG files as well as PDFs
    set_r.run_set(__doc__.splitlines()[0], "ER", Path("/tmp/outside_receipts_er"), 4848, build, check)
