"""How many of the SROIE fields the extractor gets "wrong" read what the receipt prints, by the dataset's own
line transcriptions: the keys (key/NNN.json) and the lines (box/NNN.csv) were typed separately, and they
disagree on spacing and punctuation (``NO.53, JALAN`` in two keys, ``NO.53,JALAN`` in a third, ``NO. 53,
JALAN`` in all three receipts' lines).

    python benchmarks/receipt_cv.py --dataset ../shared/datasets/sroie-100 --errors > /tmp/cv.txt
    python benchmarks/sroie_keys_vs_lines.py /tmp/cv.txt [--dataset ../shared/datasets/sroie-100]

For each wrong field of the CV's ``--errors`` listing it says whether the value read (``got``) appears in
the receipt's transcribed lines (whitespace collapsed, case-insensitive) while the key does not
(``read = lines``), both do, only the key does, or neither. Session 20 (CV 0.8875, 45 wrong fields): 15
of them read what the lines say and the key does not.
"""

from __future__ import annotations

import argparse
import ast
import re
from collections import Counter
from pathlib import Path

ERROR_HEAD = re.compile(r"^(\d{3}) (\w+)\s+[\d.]+$")


def collapsed(text: str) -> str:
    return " ".join(text.split()).upper()


def transcribed(dataset: Path, name: str) -> str:
    """The receipt's transcribed lines (box/NNN.csv: 8 coordinates, then the text), joined."""
    rows = (dataset / "box" / f"{name}.csv").read_text(errors="replace").splitlines()
    return collapsed(" ".join(parts[8] for row in rows if len(parts := row.split(",", 8)) == 9))


def verdict(got: str | None, key: str | None, lines: str) -> str:
    read = got is not None and collapsed(got) in lines
    keyed = key is not None and collapsed(key) in lines
    if read and not keyed:
        return "read = lines"
    return "both in lines" if read else "key in lines" if keyed else "neither"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("errors", type=Path, help="receipt_cv.py --errors output")
    ap.add_argument("--dataset", type=Path, default=Path("../shared/datasets/sroie-100"))
    args = ap.parse_args()
    rows = args.errors.read_text().splitlines()
    counts: Counter[str] = Counter()
    for i, row in enumerate(rows):
        head = ERROR_HEAD.match(row)
        if head is None or i + 2 >= len(rows) or not rows[i + 1].strip().startswith("key"):
            continue
        key = ast.literal_eval(rows[i + 1].split("key", 1)[1].strip())
        got = ast.literal_eval(rows[i + 2].split("got", 1)[1].strip())
        said = verdict(got, key, transcribed(args.dataset, head.group(1)))
        counts[said] += 1
        print(f"{head.group(1)} {head.group(2):8s} {said}")
    print(f"{sum(counts.values())} wrong fields: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
