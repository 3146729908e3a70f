"""Small statistics of the operations report: Wilson intervals, percentiles, age buckets, time stamps."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import pairwise
from statistics import NormalDist


def wilson_interval(successes: int, trials: int, level: float = 0.95) -> tuple[float, float] | None:
    """Wilson score interval of a binomial proportion; None without trials.

    Unlike the normal approximation it stays inside [0, 1] and is not degenerate at 0 or n successes,
    which matters for QA samples: few fields, few errors."""
    if trials <= 0:
        return None
    z = NormalDist().inv_cdf(1 - (1 - level) / 2)
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    low = 0.0 if successes == 0 else max(0.0, centre - half)  # exact at the ends, not float dust
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return low, high


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100), linear between ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ratio(part: float, whole: float, digits: int = 4) -> float | None:
    return round(part / whole, digits) if whole else None


def _hours(h: float) -> str:
    if h >= 24 and h % 24 == 0:
        return f"{int(h // 24)}d"
    return f"{h:g}h"


def bucket_labels(bounds_hours: Sequence[float]) -> list[str]:
    """Labels of the age buckets: ``<1h``, ``1h-4h``, ... ``>=3d``."""
    labels = [f"<{_hours(bounds_hours[0])}"]
    labels += [f"{_hours(a)}-{_hours(b)}" for a, b in pairwise(bounds_hours)]
    labels.append(f">={_hours(bounds_hours[-1])}")
    return labels


def bucket_index(age_s: float, bounds_hours: Sequence[float]) -> int:
    for n, bound in enumerate(bounds_hours):
        if age_s < bound * 3600:
            return n
    return len(bounds_hours)


def parse_time(stamp: str) -> datetime:
    """An ISO 8601 time stamp as written by the pipeline (``...Z``) as an aware UTC datetime."""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
