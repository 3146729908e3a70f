"""Line-level OCR metrics without extra dependencies: character error rate, exact lines, and counts
of the confusions that matter for receipts (',' read as '.', a '/' lost in a date...)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def align(ref: str, hyp: str) -> list[tuple[str, str]]:
    """Levenshtein alignment as (ref char or "", hyp char or "") pairs, equal pairs included."""
    n, m = len(ref), len(hyp)
    d = [list(range(m + 1))] + [[i] + [0] * m for i in range(1, n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]))
    pairs, i, j = [], n, m
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            pairs.append((ref[i - 1], hyp[j - 1]))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            pairs.append((ref[i - 1], ""))
            i -= 1
        else:
            pairs.append(("", hyp[j - 1]))
            j -= 1
    return pairs[::-1]


def line_report(refs: Sequence[str], hyps: Sequence[str], caseless: bool = True) -> dict[str, float]:
    """CER (errors / reference chars; case-insensitive unless told), exact-line rate and confusion
    counts, named `ref>hyp` with `_` for nothing (e.g. `/>_` a dropped slash). `cer_nospace`
    ignores spaces (their placement in SROIE's ground truth is inconsistent)."""
    errors = chars = exact = errors_ns = chars_ns = 0
    confusions: Counter[str] = Counter()
    for ref, hyp in zip(refs, hyps, strict=True):
        ref, hyp = (ref.strip().upper(), hyp.strip().upper()) if caseless else (ref.strip(), hyp.strip())
        pairs = align(ref, hyp)
        errors += sum(a != b for a, b in pairs)
        errors_ns += sum(a != b and " " not in (a, b) for a, b in pairs)
        chars_ns += len(ref.replace(" ", ""))
        chars += len(ref)
        exact += ref == hyp
        for a, b in pairs:
            if a != b:
                confusions[f"{a or '_'}>{b or '_'}"] += 1
    out: dict[str, float] = {
        "lines": len(refs),
        "cer": errors / max(chars, 1),
        "exact": exact / max(len(refs), 1),
        "cer_nospace": errors_ns / max(chars_ns, 1),
    }
    out["comma_as_period"] = confusions[",>."]
    out["period_as_comma"] = confusions[".>,"]
    out["slash_lost"] = sum(v for k, v in confusions.items() if k.startswith("/>"))
    out["I_L_1"] = sum(confusions[f"{a}>{b}"] for a in "IL1" for b in "IL1" if a != b)
    out["O_0"] = confusions["O>0"] + confusions["0>O"]
    out["top"] = dict(confusions.most_common(12))  # type: ignore[assignment]
    return out
