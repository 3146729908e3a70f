"""Fitting and cross-validating the receipt rankers on small synthetic receipts (no dataset needed)."""

from __future__ import annotations

import random

from idp.extractors.receipt_features import Candidate
from idp.training.receipt_train import cross_validate, fit_receipt_models, make_folds, positives
from tests.extractors.builders import doc_from_rows

SHOPS = [
    "KEDAI MAJU",
    "PASAR MINI SRI",
    "BOOK CORNER",
    "MEGA HARDWARE",
    "CAFE RIA",
    "TOKO BARU",
    "SUN PHARMACY",
]
STREETS = ["JALAN MERANTI 3", "JALAN SATU", "LORONG BUNGA 2", "JALAN IPOH", "TAMAN MELATI", "JALAN DUA"]
TOWNS = ["50450 KUALA LUMPUR", "81100 JOHOR BAHRU", "40170 SHAH ALAM", "10200 PENANG"]


def receipt(rnd: random.Random) -> tuple[list, dict[str, str]]:
    name = f"{rnd.choice(SHOPS)} {rnd.choice(['SDN BHD', 'ENTERPRISE', 'TRADING'])}"
    street = f"NO {rnd.randint(1, 99)}, {rnd.choice(STREETS)},"
    town = rnd.choice(TOWNS)
    rows: list = []
    y = 20.0
    if rnd.random() < 0.4:  # a handwritten note above the name
        rows.append((y, [(150, "paid by card")]))
        y += 30
    rows += [(y, [(150, name)]), (y + 25, [(220, f"({rnd.randint(100000, 999999)}-X)")])]
    rows += [(y + 50, [(90, street)]), (y + 75, [(110, town)]), (y + 100, [(120, "TEL: 03-2145 8890")])]
    rows += [
        (y + 140, [(20, "DATE: 14/03/2019 10:22")]),
        (y + 180, [(20, "BREAD"), (480, "3.50")]),
        (y + 205, [(20, "TOTAL"), (440, "RM 3.50")]),
        (y + 230, [(20, "CASH"), (470, "5.00")]),
        (y + 255, [(20, "CHANGE"), (480, "1.50")]),
    ]
    key = {"company": name, "address": f"{street} {town}", "date": "14/03/2019", "total": "3.50"}
    return rows, key


def test_positives_are_the_closest_candidates() -> None:
    cands = [Candidate((i,), t, {}) for i, t in enumerate(["SUNRISE MART", "SUNRISE MART SDN BHD", "TEL 03"])]
    assert positives(cands, "Sunrise Mart Sdn Bhd") == [1]
    assert positives(cands, "SUNRlSE MART SDN 8HD") == [1]  # misread, still the closest
    assert positives(cands, "SOMETHING ELSE ENTIRELY") == []
    assert positives(cands, "") == []


def test_folds_partition_the_names() -> None:
    names = [f"{i:03d}" for i in range(23)]
    folds = make_folds(names, k=5, seed=3)
    assert len(folds) == 5 and sorted(n for f in folds for n in f) == names
    assert max(map(len, folds)) - min(map(len, folds)) <= 1
    assert folds == make_folds(list(reversed(names)), k=5, seed=3)


def test_fit_and_cross_validate_on_synthetic_receipts() -> None:
    rnd = random.Random(11)
    data = [receipt(rnd) for _ in range(30)]
    docs = {f"s{i:02d}": doc_from_rows(rows) for i, (rows, _) in enumerate(data)}
    keys = {f"s{i:02d}": key for i, (_, key) in enumerate(data)}
    models = fit_receipt_models(
        list(docs.values())[:20], list(keys.values())[:20], version="t", fitted_on="s"
    )
    assert models.tag == "receipt-ranker@t" and models.fitted_on == "s"
    cv = cross_validate(docs, keys, k=3)
    assert len(cv.raw) == len(cv.calibrated) == 4 * 30
    acc = {k: sum(o.correct for o in cv.raw if o.key == k) / 30 for k in ("company", "address")}
    assert acc["company"] >= 0.9 and acc["address"] >= 0.9, acc
    assert all(0.0 <= o.confidence <= 1.0 for o in cv.calibrated)
