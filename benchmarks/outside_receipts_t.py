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

import argparse
import importlib
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_receipts_r as set_r  # also puts src/ on the path
from outside_capture_r import capture
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


def write(cases: list[TCase], root: Path, seed: int, previews: bool) -> None:
    """Set R's ``write``, except that a born-digital receipt is stored as its own PDF."""
    for sub in ("files", "key", "preview"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        for old in (root / sub).iterdir():
            old.unlink()
    for c in cases:
        if c.pdf is not None:
            data, ext = c.pdf, "pdf"
        else:
            _img, data, ext = capture(c.image, c.capture, random.Random(f"{seed}:capture:{c.name}"))
        (root / "files" / f"{c.name}.{ext}").write_bytes(data)
        (root / "key" / f"{c.name}.json").write_text(
            json.dumps(c.key_json(), indent=2, ensure_ascii=False) + "\n"
        )
        if previews:
            set_r.preview(root / "files" / f"{c.name}.{ext}", root / "preview")


def check(c: TCase) -> list[str]:
    """Set R's check, and the currency of the receipt's country."""
    problems = set_r.check(c)
    if c.key.values["currency"] != CURRENCIES.get(c.country):
        problems.append(f"currency {c.key.values['currency']} in {c.country}")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_receipts_t"))
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=2525)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    root = args.out / "T"
    cases = build(args.seed, args.n)
    write(cases, root, args.seed, args.check)
    print(f"wrote {len(cases)} files to {root / 'files'}")
    if args.check:
        found = {c.name: check(c) for c in cases}
        for c in cases:
            name = next((root / "files").glob(f"{c.name}.*")).name
            verdict = "PROBLEMS" if found[c.name] else "ok"
            print(f"  {name:34s} {c.country}  slip {c.image.width}x{c.image.height}  {verdict}")
            print("".join(f"    {p}\n" for p in found[c.name]), end="")
        bad = sum(bool(p) for p in found.values())
        agree = f"{len(cases) - bad}/{len(cases)} receipts agree with their keys"
        print(f"check: {agree}; previews in {root / 'preview'}")
        if bad:
            sys.exit(1)
    if args.score:
        set_r.score(root, args.errors, "T")


if __name__ == "__main__":
    main()
