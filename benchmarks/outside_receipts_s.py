"""Set S: 30 held-out Southeast-Asian till receipts (Malaysia mostly, some Singapore and Brunei) of 2015-2019,
as a back office scans them, keyed in the SROIE task-3 convention and scored through the whole processor.

    python benchmarks/outside_receipts_s.py [--out /tmp/outside_receipts] [--n 30] [--seed 2019]
        [--check] [--score] [--errors]

Writes ``<out>/S/files/<name>.<jpg|png|pdf>`` and ``<out>/S/key/<name>.json``. Each receipt has its own
layout and its own invented shop, modelled on the region's receipts of the Malaysian GST (6%, 2015 - May
2018), GST-holiday and SST (September 2018 on) years and of Singapore's 7% GST: hardware shop, bookshop,
kopitiam, mamak, bakery, pharmacy, mini-market, supermarket, petrol station, convenience store, photo
shop, car workshop (a dot-matrix cash bill), florist, optical shop, tailor, electrical shop, Japanese and
Chinese restaurants, fast food, clinic, car park, hawker stall, food court, provision shop and more
(benchmarks/outside_docs_s1.py ... outside_docs_s10.py). Slips are drawn and captured with set R's
machinery (benchmarks/outside_roll_r.py, outside_capture_r.py).

The key follows SROIE task 3: ``company`` the company name as printed on its line(s) (two lines joined by
a space; a trading name printed as well is ``company_alt``, which set R's scorer also accepts),
``address`` the merchant's address lines in printed order joined by single spaces (no TEL, FAX or tax
number lines), ``date`` the transaction date as printed, ``total`` the amount paid as printed without a
currency symbol (after the rounding adjustment where there is one); ``currency`` (MYR, SGD, BND) and
unscored ``lang``, ``country``, ``template``, ``case``, ``capture`` as in set R.

``--check`` runs set R's check (every key value printed on the clean slip; the company may be followed
on its line by its registration number) and also that the key date is the printed one and reads back,
day first, as the receipt's date; previews go to ``<out>/S/preview``.
``--score`` is set R's scorer (benchmarks/outside_receipts_r.py) with the key's printed date read day
first into ISO (``iso_date``) and its total read as a decimal, so the figures compare with set R's.
Deterministic for a seed; score this set once, as a held-out measurement.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_receipts_r as set_r  # also puts src/ on the path
from outside_common_r import Case
from outside_common_s import SKey, iso_date

DOC_MODULES = 10  # outside_docs_s1.py ... outside_docs_s10.py; each case is named by its number (s01_...)
CASES: list[Callable[[random.Random], Case]] = sorted(
    (case for i in range(1, DOC_MODULES + 1) for case in importlib.import_module(f"outside_docs_s{i}").CASES),
    key=lambda case: case.__name__,
)
CURRENCIES = {"MY": "MYR", "SG": "SGD", "BN": "BND"}


def build(seed: int, n: int) -> list[Case]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


def decimal_total(printed: str) -> str:
    """A key total as a plain decimal string: "1,299.00" -> "1299.00"."""
    return printed.replace(",", "")


def agrees(field: str, key: dict, got: str | None) -> bool:
    """Set R's comparison, with the key's printed date read day first and its total as a decimal."""
    if field == "date":
        return got is not None and iso_date(key["date"]) == got
    if field == "total":
        return set_r.agrees(field, {**key, "total": decimal_total(key["total"])}, got)
    return set_r.agrees(field, key, got)


def check(c: Case) -> list[str]:
    """Set R's check on the key in R's form (ISO date, decimal total), plus the SROIE-form checks."""
    k = c.key
    assert isinstance(k, SKey)
    shown, total = k.values["date"] or "", k.values["total"] or ""
    problems = []
    if shown != k.printed.get("date"):
        problems.append(f"key date {shown!r} is not the printed {k.printed.get('date')!r}")
    if iso_date(shown) != k.iso:
        problems.append(f"key date {shown!r} reads day first as {iso_date(shown)}, not {k.iso}")
    if not re.fullmatch(r"\d{1,3}(,\d{3})*\.\d\d", total):
        problems.append(f"key total {total!r} is not an amount with two decimals")
    if k.values["currency"] != CURRENCIES.get(c.country):
        problems.append(f"currency {k.values['currency']} in {c.country}")
    in_r_form = copy.copy(k)
    in_r_form.values = {**k.values, "date": k.iso, "total": decimal_total(total)}
    found = set_r.check(dataclasses.replace(c, key=in_r_form))
    if numbered(c.lines, k.values["company"] or ""):  # "NAME SDN BHD (123456-X)": the name alone is the key
        found = [p for p in found if not p.startswith("company ")]
    return problems + found


def numbered(lines: list[str], company: str) -> bool:
    """``company`` printed with its registration number after it on one line, as SROIE receipts often do."""
    name = re.escape(set_r._norm(company).casefold())
    return any(re.fullmatch(name + r" \([\w -]+\)", set_r._norm(s).casefold()) for s in lines)


if __name__ == "__main__":
    set_r.run_set(__doc__.splitlines()[0], "S", Path("/tmp/outside_receipts"), 2019, build, check, agrees)
