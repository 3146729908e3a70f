"""Set R: 30 held-out till receipts from outside the development data (the Malaysian SROIE receipts), as a
back office receives them - flatbed scans and phone photos - scored through the whole document processor.

    python benchmarks/outside_receipts_r.py [--out /tmp/outside_receipts] [--n 30] [--seed 1818]
        [--check] [--score] [--errors]

Writes ``<out>/R/files/<name>.<jpg|png|tif|pdf>`` and ``<out>/R/key/<name>.json``. Each receipt has its
own layout, modelled on real shops' receipts in the US, Canada, the UK, Ireland, Germany, France, Spain,
Italy, the Netherlands, Sweden, Denmark, Poland, Switzerland, Australia, New Zealand, Singapore, India,
Japan (romaji), Mexico, Brazil and South Africa: supermarket, pharmacy, gas station, restaurants with tips
(one on a stapled card slip), cafés, a pub, bakeries, a drugstore with its girocard slip, a parking
ticket, a dot-matrix taxi receipt, a hotel minibar slip, a refund and a voided line, loyalty discounts,
cash with change, rounding, VAT / GST summaries by rate. Slips are drawn as till rolls
(benchmarks/outside_common_r.py: 58 / 80 mm, fixed-pitch and condensed fonts, double-height names,
logos) and captured as benchmarks/outside_capture_r.py describes (faded, crumpled, folded; scanned on a
flatbed or taped to an A4 sheet, photographed on a table, some turned 90 or 180 degrees).

The key (``company``, ``company_alt``, ``address``, ``date``, ``total``, ``currency``; unscored ``lang``,
``country``, ``template``, ``case``, ``capture``): company is the name as printed on the receipt's name
line (a legal name printed as well is ``company_alt``), address the merchant's address lines in printed
order joined by single spaces (no phone or tax id lines), date the transaction date, total what the
customer paid in all (tax, tip added on the receipt and rounding included).

``--check`` verifies that every key value is printed on the clean slip (company and address as whole
lines, the date and total in their printed form, the currency's code or symbol) and writes downscaled
previews of the files to ``<out>/R/preview``. ``--score`` puts every file through
``DocumentProcessor(load_config(None)).process`` and compares vendor_name, vendor_address, date, total
and currency with the key (outside_score.py's ``same``: company and address whitespace-collapsed and
case-insensitive, the company right if it is either printed name); ``--errors`` lists the misses.
Deterministic for a seed; score this set once, as a held-out measurement.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PIL import Image

from outside_capture_r import capture
from outside_common_r import Case
from outside_scan_n import render
from outside_score import same

DOC_MODULES = 10  # outside_docs_r1.py ... outside_docs_r10.py; each case is named by its number (r01_...)
CASES: list[Callable[[random.Random], Case]] = sorted(
    (case for i in range(1, DOC_MODULES + 1) for case in importlib.import_module(f"outside_docs_r{i}").CASES),
    key=lambda case: case.__name__,
)
FIELDS = {"company": "vendor_name", "address": "vendor_address", "date": "date", "total": "total"}
FIELDS["currency"] = "currency"
SROIE = ["company", "address", "date", "total"]


def build(seed: int, n: int) -> list[Case]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


def write(cases: list[Case], root: Path, seed: int, previews: bool) -> None:
    """Each case's file as captured (a born-digital receipt's ``pdf`` as it is) and its key."""
    for sub in ("files", "key", "preview"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        for old in (root / sub).iterdir():
            old.unlink()
    for c in cases:
        if (pdf := getattr(c, "pdf", None)) is not None:
            data, ext = pdf, "pdf"
        else:
            _img, data, ext = capture(c.image, c.capture, random.Random(f"{seed}:capture:{c.name}"))
        (root / "files" / f"{c.name}.{ext}").write_bytes(data)
        (root / "key" / f"{c.name}.json").write_text(
            json.dumps(c.key_json(), indent=2, ensure_ascii=False) + "\n"
        )
        if previews:
            preview(root / "files" / f"{c.name}.{ext}", root / "preview")


def preview(path: Path, out: Path) -> None:
    """A small PNG of the file as received (a PDF's page rendered as the processor would)."""
    if path.suffix == ".pdf":
        img = render(path.read_bytes(), 100)[0]
    else:
        with Image.open(path) as im:
            img = im.convert("RGB")
    img.thumbnail((1000, 1000))
    img.save(out / f"{path.stem}.png")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def check(c: Case) -> list[str]:
    """Problems: a key value that is not printed on the clean slip as the key says."""
    problems = []
    lines = [_norm(s) for s in c.lines]
    runs = {" ".join(lines[i : i + j]).casefold() for i in range(len(lines)) for j in range(1, 7)}
    v, printed = c.key.values, c.key.printed
    for f in ("company", "address", "date", "total", "currency"):
        if not v.get(f):
            problems.append(f"no {f}")
    if v["company"] and _norm(v["company"]).casefold() not in runs:
        problems.append(f"company {v['company']!r} is not a printed line")
    if v["company_alt"] and not any(_norm(v["company_alt"]).casefold() in s.casefold() for s in lines):
        problems.append(f"company_alt {v['company_alt']!r} is not printed")
    if v["address"] and _norm(v["address"]).casefold() not in runs:
        problems.append(f"address {v['address']!r} is not a run of printed lines")
    for f in ("date", "total", "currency"):
        shown = printed.get(f)
        if not shown or not any(_norm(shown) in s for s in lines):
            problems.append(f"{f} {v[f]!r} printed as {shown!r} is not on the slip")
    if printed.get("date") and v["date"]:
        y, m, d = v["date"].split("-")
        nums = re.findall(r"\d+", printed["date"])
        named = bool(re.search(r"[A-Za-z]{3}", printed["date"]))
        if not (
            any(n in (y, y[2:]) for n in nums)
            and any(n.lstrip("0") == d.lstrip("0") for n in nums)
            and (named or any(n.lstrip("0") == m.lstrip("0") for n in nums))
        ):
            problems.append(f"date printed {printed['date']!r} does not say {v['date']}")
    if printed.get("total") and v["total"]:
        places = 2 if re.search(r"[.,]\d\d$", printed["total"]) else 0
        if int(re.sub(r"\D", "", printed["total"])) != int(Decimal(v["total"]) * 10**places):
            problems.append(f"total printed {printed['total']!r} does not say {v['total']}")
    return problems


def agrees(field: str, key: dict, got: str | None) -> bool:
    if key.get(field) is None:  # nothing printed (an app's receipt with no address): right when none is read
        return got is None
    if got is None:
        return False
    if field == "company":
        return any(w and same("vendor_name", w, got) for w in (key["company"], key.get("company_alt")))
    if field == "address":
        return same("vendor_name", key["address"], got)
    return same(field, key[field], got)


def score(
    root: Path, errors: bool, label: str = "R", agree: Callable[[str, dict, str | None], bool] = agrees
) -> None:
    """Puts every file through the processor and prints per-field accuracy; ``agree`` compares a field
    with the key (set S passes its own, for printed dates and totals)."""
    from idp.config import load_config
    from idp.document import QuarantineError
    from idp.pipeline.processor import DocumentProcessor
    from idp.training.evaluate import auroc, expected_calibration_error

    processor = DocumentProcessor(load_config(None))
    hits = {f: [0, 0] for f in FIELDS}
    reported: list[tuple[float, bool]] = []  # (the pipeline's confidence, right) of each field it reported
    started = time.perf_counter()
    for key_path in sorted((root / "key").glob("*.json")):
        key = json.loads(key_path.read_text())
        path = next((root / "files").glob(f"{key_path.stem}.*"))
        t0 = time.perf_counter()
        try:
            doc = processor.process(path.read_bytes(), path.name, f"file:///{path.name}")
            fields = doc.fields
            note = "" if doc.doc_type.value == "receipt" else f"doc_type={doc.doc_type.value}"
        except QuarantineError as exc:
            fields, note = {}, f"QUARANTINED {exc}"
        except Exception as exc:  # a crash is a result too: every field of the file counts as missed
            fields, note = {}, f"ERROR {type(exc).__name__}: {exc}"
        secs = time.perf_counter() - t0
        ok = 0
        misses = []
        for f, name in FIELDS.items():
            got = fields[name].value if name in fields else None
            good = agree(f, key, got)
            hits[f][0] += good
            if got is not None:
                reported.append((fields[name].confidence, bool(good)))
            hits[f][1] += 1
            ok += good
            if not good:
                want = (
                    key[f]
                    if f != "company" or not key.get("company_alt")
                    else f"{key[f]} | {key['company_alt']}"
                )
                misses.append(f"    {f:9s} key={want!r} got={got!r}")
        print(f"  {path.name:30s} {secs:6.1f} s  {ok}/{len(FIELDS)}  {note}".rstrip(), flush=True)
        if errors and misses:
            print("\n".join(misses))
    print(f"set {label} (receipts), {time.perf_counter() - started:.0f} s")
    for f, (h, n) in hits.items():
        print(f"  {f:9s} {h:3d}/{n:<3d} = {h / max(n, 1):.3f}")
    mean = sum(hits[f][0] / max(hits[f][1], 1) for f in SROIE) / len(SROIE)
    print(f"  {'mean of company, address, date, total (the SROIE four)':9s} = {mean:.3f}")
    conf, right = [c for c, _ in reported], [r for _, r in reported]
    area = auroc(conf, right)
    print(
        f"  calibration over {len(reported)} reported fields ({right.count(False)} wrong): "
        f"ECE {expected_calibration_error(conf, right):.3f}, AUROC {area if area is None else round(area, 3)}"
    )


def run_set(
    description: str,
    label: str,
    out: Path,
    seed: int,
    build: Callable[[int, int], list],
    check: Callable[[Any], list[str]],
    agree: Callable[[str, dict, str | None], bool] = agrees,
) -> None:
    """The command line of every receipt set (R, S, T): write files and keys under ``<out>/<label>``,
    ``--check`` each key against its clean slip, ``--score`` through the processor."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    root = args.out / label
    cases = build(args.seed, args.n)
    write(cases, root, args.seed, args.check)
    print(f"wrote {len(cases)} files to {root / 'files'}")
    if args.check:
        found = {c.name: check(c) for c in cases}
        for c in cases:
            name = next((root / "files").glob(f"{c.name}.*")).name
            verdict = "PROBLEMS" if found[c.name] else "ok"
            where = getattr(c, "country", "")
            print(f"  {name:34s} {where}  slip {c.image.width}x{c.image.height}  {verdict}")
            print("".join(f"    {p}\n" for p in found[c.name]), end="")
        bad = sum(bool(p) for p in found.values())
        agree_line = f"{len(cases) - bad}/{len(cases)} receipts agree with their keys"
        print(f"check: {agree_line}; previews in {root / 'preview'}")
        if bad:
            sys.exit(1)
    if args.score:
        score(root, args.errors, label, agree)


if __name__ == "__main__":
    run_set(__doc__.splitlines()[0], "R", Path("/tmp/outside_receipts"), 1818, build, check)
