"""Inline SVG charts for the dashboard: no JavaScript, no network, readable in any browser and in a file.

Each function returns one ``<svg>`` element as Markup (text is escaped), sized by its viewBox so it scales
with its container. Missing values (None) leave gaps.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

PALETTE = ("#2563eb", "#f59e0b", "#10b981", "#8b5cf6", "#ef4444", "#0ea5e9", "#84cc16", "#ec4899", "#64748b")
GRID = "#e5e7eb"
TEXT = "#374151"
MUTED = "#6b7280"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    color: str


def nice_ticks(high: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least `high`."""
    if high <= 0:
        return [0.0, 1.0]
    raw = high / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [step * i for i in range(math.ceil(high / step - 1e-9) + 1)]


def _fmt(value: float, percent: bool = False) -> str:
    if percent:
        return f"{value * 100:.0f}%"
    if value >= 10_000:
        return f"{value / 1000:.0f}k"
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def _svg(width: int, height: int, body: list[str], label: str) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="11">'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


def _legend(series: Sequence[Series], x: float, y: float) -> list[str]:
    out = []
    for s in series:
        out.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" rx="2" fill="{s.color}"/>')
        out.append(f'<text x="{x + 14:.1f}" y="{y:.1f}" fill="{TEXT}">{escape(s.name)}</text>')
        x += 24 + 7 * len(s.name)
    return out


def _x_labels(labels: Sequence[str], x0: float, step: float, y: float) -> list[str]:
    every = max(1, math.ceil(len(labels) / 12))
    return [
        f'<text x="{x0 + step * (i + 0.5):.1f}" y="{y:.1f}" fill="{MUTED}" text-anchor="middle">'
        f"{escape(t)}</text>"
        for i, t in enumerate(labels)
        if i % every == 0
    ]


def bar_chart(
    label: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    line: Series | None = None,
    width: int = 1180,
    height: int = 260,
) -> Markup:
    """Stacked bars per category; `line` (values in [0, 1]) is drawn over them on a right-hand % axis."""
    left, right, top, bottom = 48, 44 if line else 12, 26, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(v or 0 for v in vals) for vals in zip(*(s.values for s in series), strict=True)] or [0]
    ticks = nice_ticks(max(totals))
    scale = plot_h / ticks[-1]
    step = plot_w / max(1, len(categories))
    body = _legend([*series, *([line] if line else [])], left, 14)
    for t in ticks:
        y = top + plot_h - t * scale
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" fill="{MUTED}" text-anchor="end">{_fmt(t)}</text>')
    bar_w = max(1.0, step * 0.72)
    for i, category in enumerate(categories):
        base = top + plot_h
        for s in series:
            value = s.values[i] or 0
            h = value * scale
            if h > 0:
                x = left + step * i + (step - bar_w) / 2
                body.append(
                    f'<rect class="bar" x="{x:.1f}" y="{base - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                    f'fill="{s.color}"><title>{escape(category)} {escape(s.name)}: {_fmt(value)}</title>'
                    "</rect>"
                )
                base -= h
    if line is not None:
        for t in (0.0, 0.5, 1.0):
            y = top + plot_h * (1 - t)
            body.append(
                f'<text x="{left + plot_w + 6}" y="{y + 4:.1f}" fill="{MUTED}">{_fmt(t, True)}</text>'
            )
        body += _polyline(line, left, step, top, plot_h, 0.0, 1.0)
    body += _x_labels(categories, left, step, height - 6)
    return _svg(width, height, body, label)


def _polyline(
    s: Series, left: float, step: float, top: float, plot_h: float, low: float, high: float
) -> list[str]:
    out, run = [], []
    span = (high - low) or 1.0

    def flush() -> None:
        if len(run) > 1:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
            out.append(f'<polyline points="{points}" fill="none" stroke="{s.color}" stroke-width="2"/>')
        run.clear()

    for i, value in enumerate(s.values):
        if value is None:
            flush()
            continue
        x, y = left + step * (i + 0.5), top + plot_h * (1 - (min(max(value, low), high) - low) / span)
        run.append((x, y))
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{s.color}"><title>{escape(s.name)}: '
            f"{value:.3f}</title></circle>"
        )
    flush()
    return out


def line_chart(
    label: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    low: float = 0.0,
    high: float | None = 1.0,
    width: int = 1180,
    height: int = 240,
) -> Markup:
    """Lines over categories on a [low, high] axis; `high=None` scales to the data with round ticks."""
    left, right, top, bottom = 48, 12, 26 + 16 * (len(series) // 8), 24
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(1, len(categories))
    body = _legend(series, left, 14)
    if high is None:
        ticks = nice_ticks(max((v for s in series for v in s.values if v is not None), default=1.0))
        high, labels = ticks[-1], [_fmt(t) for t in ticks]
    else:
        ticks = [low + (high - low) * i / 4 for i in range(5)]
        labels = [f"{t:.2f}" for t in ticks]
    for t, text in zip(ticks, labels, strict=True):
        y = top + plot_h * (1 - (t - low) / ((high - low) or 1.0))
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" fill="{MUTED}" text-anchor="end">{text}</text>')
    for s in series:
        body += _polyline(s, left, step, top, plot_h, low, high)
    body += _x_labels(categories, left, step, height - 6)
    return _svg(width, height, body, label)


@dataclass(frozen=True)
class HBar:
    label: str
    value: float | None
    color: str = PALETTE[0]
    marker: float | None = None  # e.g. the baseline, drawn as a dark tick
    text: str | None = None  # shown right of the bar (default: the value)


def hbar_chart(
    label: str, rows: Sequence[HBar], *, high: float = 1.0, percent: bool = True, width: int = 580
) -> Markup:
    """One horizontal bar per row, labelled on the left, optional marker tick per row."""
    row_h, left, right, top = 22, 170, 118, 8
    height = top * 2 + row_h * max(1, len(rows))
    plot_w = width - left - right
    body = []
    for i, row in enumerate(rows):
        y = top + i * row_h
        body.append(
            f'<text x="{left - 8}" y="{y + 15}" fill="{TEXT}" text-anchor="end">'
            f"{escape(row.label[:28])}</text>"
        )
        body.append(f'<rect x="{left}" y="{y + 4}" width="{plot_w}" height="14" fill="#f3f4f6" rx="2"/>')
        if row.value is not None:
            w = plot_w * min(max(row.value / high, 0.0), 1.0)
            body.append(
                f'<rect class="bar" x="{left}" y="{y + 4}" width="{w:.1f}" height="14" '
                f'fill="{row.color}" rx="2">'
                f"<title>{escape(row.label)}: {_fmt(row.value, percent)}</title></rect>"
            )
        if row.marker is not None:
            x = left + plot_w * min(max(row.marker / high, 0.0), 1.0)
            body.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y + 1}" y2="{y + 21}" '
                'stroke="#111827" stroke-width="2"/>'
            )
        text = row.text if row.text is not None else ("—" if row.value is None else _fmt(row.value, percent))
        body.append(f'<text x="{left + plot_w + 6}" y="{y + 15}" fill="{TEXT}">{escape(text)}</text>')
    return _svg(width, height, body, label)
