"""Features of the form linker: what a segment is (label, value, heading, other) and (label, value) pairs.

Candidates: for every segment as a value, the segments left of it on its row and those above it within
:data:`MAX_ABOVE` line heights (overlapping its columns or near its left edge), the nearest
:data:`MAX_CANDIDATES` of them by distance. A pair's features describe the geometry (gaps in line
heights, alignment of edges and centres, overlap, reading-order gap, rank among the value's and the
label's candidates), the text shape of both sides (colon, question mark, digits, check box, capitals,
length) and the segment classifier's probabilities for both.
"""

from __future__ import annotations

from statistics import median

import numpy as np

from idp.extractors.common import digit_share, upper_share
from idp.extractors.form_segments import BOX, Segment

CLASSES = ["question", "answer", "header", "other"]
MAX_ABOVE = 6.0  # line heights
MAX_CANDIDATES = 6

SEGMENT_FEATURES = [
    "colon_end", "colon_in", "question", "caps", "digits", "words", "chars", "starts_digit", "box",
    "height_rel", "x_centre", "y_top", "width_rel", "lines", "right_neighbour", "left_neighbour",
    "left_colon", "above_colon", "underscores", "title_case", "ends_period", "right_gap",
]  # fmt: skip


def _vert_overlap(a: tuple, b: tuple) -> float:
    return (min(a[3], b[3]) - max(a[1], b[1])) / max(min(a[3] - a[1], b[3] - b[1]), 1.0)


def _same_row(a: Segment, b: Segment) -> bool:
    return a.page == b.page and _vert_overlap(a.spans[0].line.bbox, b.spans[0].line.bbox) > 0.3


def segment_features(segs: list[Segment], page_size: dict[int, tuple[float, float]]) -> np.ndarray:
    """One row of :data:`SEGMENT_FEATURES` per segment."""
    heights = [s.height for s in segs]
    med_h = median(heights) if heights else 1.0
    rows = []
    for i, s in enumerate(segs):
        t = s.text.strip()
        w, h = page_size.get(s.page, (1000.0, 1000.0))
        x0, y0, x1, _ = s.bbox
        row = [o for o in segs if o is not s and _same_row(o, s)]
        left = [o for o in row if o.bbox[2] <= x0 + s.height]
        right = [o for o in row if o.bbox[0] >= x1 - s.height]
        near_left = max(left, key=lambda o: o.bbox[2], default=None)
        near_right = min(right, key=lambda o: o.bbox[0], default=None)
        above = [
            o
            for o in segs[:i]
            if o.page == s.page and o.bbox[3] <= y0 and min(o.bbox[2], x1) > max(o.bbox[0], x0)
        ]
        near_above = max(above, key=lambda o: o.bbox[3], default=None)
        words = t.split()
        rows.append([
            float(t.endswith(":")),
            float(":" in t[:-1]),
            float(t.endswith("?")),
            upper_share(t),
            digit_share(t),
            min(len(words), 30) / 30,
            min(len(t), 200) / 200,
            float(t[:1].isdigit()),
            float(bool(words) and bool(BOX.match(words[0]))),
            s.height / med_h,
            (x0 + x1) / 2 / w,
            y0 / h,
            (x1 - x0) / w,
            min(len(s.spans), 5) / 5,
            float(near_right is not None),
            float(near_left is not None),
            float(near_left is not None and near_left.text.strip().endswith(":")),
            float(near_above is not None and near_above.text.strip().endswith(":")),
            float("__" in t),
            float(bool(words) and all(x[:1].isupper() for x in words if x[:1].isalpha())),
            float(t.endswith(".")),
            min((near_right.bbox[0] - x1) / s.height, 30.0) if near_right is not None else 30.0,
        ])  # fmt: skip
    return np.array(rows, dtype=float).reshape(len(segs), len(SEGMENT_FEATURES))


PAIR_FEATURES = [
    "same_row", "above", "dx", "dy", "dist", "dx0", "dcx", "h_overlap", "v_overlap", "order_gap",
    "rank_value", "rank_label", "n_cands", "l_colon", "l_question", "v_colon", "v_digit", "v_box",
    "l_caps", "v_caps", "l_words", "v_words", "l_digits", "v_digits", "between",
    *(f"l_{c}" for c in CLASSES), *(f"v_{c}" for c in CLASSES), "qa",
]  # fmt: skip


def candidates(segs: list[Segment]) -> list[tuple[int, int]]:
    """(label index, value index) candidate pairs, nearest first per value."""
    out = []
    for v, sv in enumerate(segs):
        vx0, vy0, _, _ = sv.bbox
        h = sv.height
        near = []
        for k, sl in enumerate(segs):
            if k == v or sl.page != sv.page:
                continue
            lx0, _, lx1, ly1 = sl.bbox
            if _same_row(sl, sv) and lx1 <= vx0 + 0.5 * h:
                near.append((vx0 - lx1, k))
            elif ly1 <= vy0 + 0.3 * h and vy0 - ly1 <= MAX_ABOVE * h:
                overlap = min(lx1, sv.bbox[2]) - max(lx0, vx0)
                if overlap > 0 or abs(lx0 - vx0) < 3 * h or 0 <= vx0 - lx1 < 6 * h:
                    near.append(((vy0 - ly1) * 2 + abs(lx0 - vx0) * 0.5, k))
        out += [(k, v) for _, k in sorted(near)[:MAX_CANDIDATES]]
    return out


def pair_features(segs: list[Segment], cands: list[tuple[int, int]], seg_probs: np.ndarray) -> np.ndarray:
    """One row of :data:`PAIR_FEATURES` per candidate."""
    by_value: dict[int, list[int]] = {}
    by_label: dict[int, list[tuple[float, int]]] = {}
    for n, (_, v) in enumerate(cands):
        by_value.setdefault(v, []).append(n)
    rows = []
    for n, (k, v) in enumerate(cands):
        sl, sv = segs[k], segs[v]
        lx0, ly0, lx1, ly1 = sl.bbox
        vx0, vy0, vx1, vy1 = sv.bbox
        h = sv.height
        same = _same_row(sl, sv)
        dx, dy = (vx0 - lx1) / h, (vy0 - ly1) / h
        by_label.setdefault(k, []).append((abs(dx) + abs(dy) * 2, n))
        lt, vt = sl.text.strip(), sv.text.strip()
        lw, vw = lt.split(), vt.split()
        lo, hi = sorted((k, v))
        between = sum(
            1 for s in segs[lo + 1 : hi] if s.page == sv.page and ly0 <= s.bbox[1] <= vy1 and s.bbox[0] < vx0
        )
        rows.append([
            float(same),
            float(not same),
            float(np.clip(dx, -20, 40)),
            float(np.clip(dy, -3, 10)),
            float(min(np.hypot(max(dx, 0), max(dy, 0)), 40)),
            min(abs(vx0 - lx0) / h, 40),
            min(abs((vx0 + vx1) - (lx0 + lx1)) / 2 / h, 40),
            (min(lx1, vx1) - max(lx0, vx0)) / max(min(lx1 - lx0, vx1 - vx0), 1.0),
            _vert_overlap(sl.bbox, sv.bbox),
            min(abs(v - k), 30) / 30,
            by_value[v].index(n),
            0.0,  # rank among the label's candidates: filled below
            len(by_value[v]),
            float(lt.endswith(":")),
            float(lt.endswith("?")),
            float(vt.endswith(":")),
            float(vt[:1].isdigit()),
            float(bool(vw) and bool(BOX.match(vw[0]))),
            upper_share(lt),
            upper_share(vt),
            min(len(lw), 30) / 30,
            min(len(vw), 30) / 30,
            digit_share(lt),
            digit_share(vt),
            min(between, 5),
            *seg_probs[k],
            *seg_probs[v],
            float(seg_probs[k][0] * seg_probs[v][1]),
        ])  # fmt: skip
    out = np.array(rows, dtype=float).reshape(len(cands), len(PAIR_FEATURES))
    rank_col = PAIR_FEATURES.index("rank_label")
    for items in by_label.values():
        for r, (_, n) in enumerate(sorted(items)):
            out[n, rank_col] = r
    return out
