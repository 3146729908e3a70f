"""The operations dashboard: the report as one self-contained HTML page, and `idp dashboard`'s live server.

The server listens on 127.0.0.1 only and rebuilds the report from the rollups at most every
`refresh_s` seconds, when a page is asked for; the page reloads itself at the same pace.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from idp.governance.dashboard_charts import PALETTE, HBar, Series, bar_chart, hbar_chart, line_chart
from idp.governance.dashboard_template import TEMPLATE
from idp.governance.report_models import OpsReport

logger = logging.getLogger(__name__)
AUTO, REVIEW, BAD, OK = "#10b981", "#f59e0b", "#dc2626", "#2563eb"


def pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def age(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h" if seconds < 72 * 3600 else f"{seconds / 86400:.1f} d"


def _num(value: float | None, fmt: str = "{:.3f}") -> str:
    return "—" if value is None else fmt.format(value)


def kpis(r: OpsReport) -> list[dict[str, Any]]:
    qa = r.qa
    ci = (
        f"{qa.confidence_level:.0%} CI {pct(qa.ci_low)}–{pct(qa.ci_high)}, {qa.fields} fields"
        if qa.ci_low is not None
        else "no QA reviews"
    )
    turnaround = r.throughput.review_turnaround_s.get("p50")
    return [
        {
            "label": "Documents",
            "value": f"{r.documents:,}",
            "sub": f"{r.pages:,} pages, {r.quarantined} quarantined",
        },
        {
            "label": "Automation rate",
            "value": pct(r.automation_rate),
            "sub": f"{r.auto_accepted:,} auto-accepted",
        },
        {"label": "QA error rate", "value": pct(r.qa_error_rate), "sub": ci},
        {
            "label": "Review queue",
            "value": f"{r.queue.size:,}",
            "sub": f"{r.reviewed:,} reviewed, median {age(turnaround)}",
        },
        {
            "label": "Oldest in queue",
            "value": age(r.queue.oldest_age_s),
            "sub": f"{r.queue.sla_breaches} past SLA",
            "bad": r.queue.sla_breaches > 0,
        },
        {
            "label": "Throughput",
            "value": _num(r.throughput.pages_per_s, "{:.2f}") + " p/s",
            "sub": f"{len(r.throughput.runs)} runs",
        },
    ]


def charts(r: OpsReport) -> dict[str, Any]:
    days = r.by_day[-60:]
    labels = [d.day[5:] for d in days]
    volume = bar_chart(
        "documents per day",
        labels,
        [
            Series("auto-accepted", [d.auto_accepted for d in days], AUTO),
            Series("needs review", [d.needs_review for d in days], REVIEW),
        ],
        line=Series("automation rate", [d.automation_rate for d in days], OK),
    )
    buckets = r.queue.age_buckets
    late = [r.queue.age_buckets_past_sla.get(b, 0) for b in buckets]
    queue = bar_chart(
        "review queue by age",
        list(buckets),
        [
            Series("within SLA", [n - x for n, x in zip(buckets.values(), late, strict=True)], REVIEW),
            Series("past SLA", late, BAD),
        ],
        width=580,
        height=220,
    )
    stages = hbar_chart(
        "time per stage",
        [
            HBar(stage, ms, PALETTE[i % len(PALETTE)], text=f"{ms:,.0f} ms")
            for i, (stage, ms) in enumerate(
                sorted(r.throughput.stage_ms_per_page.items(), key=lambda kv: -kv[1])
            )
        ],
        high=max(r.throughput.stage_ms_per_page.values(), default=1.0),
        percent=False,
    )
    drift_rows = [row for row in r.drift.rows if row.field != "*"]
    drift = hbar_chart(
        "field confidence vs baseline",
        [
            HBar(
                f"{row.doc_type}.{row.field}",
                row.mean_confidence,
                BAD if row.alert else OK,
                marker=row.baseline_mean_confidence,
                text=f"{_num(row.mean_confidence)} / {_num(row.baseline_mean_confidence)}",
            )
            for row in drift_rows
        ],
        width=580,
    )
    corrections = hbar_chart(
        "correction rate per field",
        [
            HBar(f"{t}.{name}", f.correction_rate, REVIEW, text=f"{pct(f.correction_rate)} of {f.reviewed}")
            for t, figures in r.by_doc_type.items()
            for name, f in figures.fields.items()
            if f.reviewed
        ],
        width=580,
    )
    tracked = sorted({f"{row.doc_type}.{row.field}" for row in drift_rows})
    confidence = line_chart(
        "mean confidence per day",
        labels,
        [
            Series(k, [d.mean_confidence.get(k) for d in days], PALETTE[i % len(PALETTE)])
            for i, k in enumerate(tracked)
        ],
        low=0.0,
        high=1.0,
    )
    runs = r.throughput.runs[-120:]
    runs_chart = line_chart(
        "throughput per run",
        [x.finished_at[5:10] for x in runs],
        [Series("pages/s", [x.pages_per_s for x in runs], OK)],
        high=None,
        height=200,
    )
    return {
        "volume": volume,
        "queue": queue,
        "stages": stages,
        "drift": drift,
        "corrections": corrections,
        "confidence": confidence,
        "runs": runs_chart,
    }


def _tables(r: OpsReport) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    types = []
    for name in sorted(set(r.by_doc_type) | set(r.queue.by_doc_type)):
        t, q = r.by_doc_type.get(name), r.queue.by_doc_type.get(name)
        types.append(
            {
                "name": name,
                "documents": t.documents if t else 0,
                "pages": t.pages if t else 0,
                "auto": t.auto_accepted if t else 0,
                "review": t.needs_review if t else 0,
                "qa": t.qa_sampled if t else 0,
                "reviewed": t.reviewed if t else 0,
                "automation": pct(t.automation_rate) if t else "—",
                "queue": q.size if q else 0,
                "oldest": age(q.oldest_age_s) if q else "—",
                "sla": f"{q.sla_hours:g} h" if q else "—",
                "breaches": q.sla_breaches if q else 0,
            }
        )
    drift = {(row.doc_type, row.field): row for row in r.drift.rows}
    fields = []
    for doc_type, t in r.by_doc_type.items():
        for name, f in t.fields.items():
            row = drift.get((doc_type, name))
            fields.append(
                {
                    "doc_type": doc_type,
                    "name": name,
                    "count": f.count,
                    "mean": _num(f.mean_confidence),
                    "automation": pct(f.automation_rate),
                    "reviewed": f.reviewed,
                    "corrected": f.corrected,
                    "correction": pct(f.correction_rate),
                    "recent": _num(row.mean_confidence) if row else "—",
                    "baseline": _num(row.baseline_mean_confidence) if row else "—",
                    "drop": _num(row.confidence_drop, "{:+.3f}") if row else "—",
                    "alert": bool(row and row.alert),
                }
            )
    return types, fields


def render_html(report: OpsReport, refresh_s: float | None = None) -> str:
    """The dashboard of a report; `refresh_s` makes the page reload itself (the live server)."""
    types, fields = _tables(report)
    return TEMPLATE.render(
        r=report, kpis=kpis(report), charts=charts(report), types=types, fields=fields, refresh_s=refresh_s
    )


class DashboardServer:
    """`idp dashboard`: serves ``/`` (the page), ``/report.json`` and ``/healthz`` on a loopback port."""

    def __init__(self, build: Callable[[], OpsReport], port: int = 8050, refresh_s: float = 30.0) -> None:
        self.build = build
        self.refresh_s = refresh_s
        self._lock = threading.Lock()
        self._cached: tuple[float, OpsReport] | None = None
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.server.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def report(self) -> OpsReport:
        with self._lock:  # one rebuild at a time; concurrent requests share it
            if self._cached is None or time.monotonic() - self._cached[0] >= self.refresh_s:
                self._cached = (time.monotonic(), self.build())
            return self._cached[1]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        dashboard = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                logger.debug("dashboard %s", format % args)

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path == "/healthz":
                    self._send(200, b'{"status": "ok"}', "application/json")
                    return
                if path not in ("/", "/index.html", "/report.json"):
                    self._send(404, b"not found", "text/plain")
                    return
                try:
                    report = dashboard.report()
                except Exception as exc:  # a store that cannot be read: say so, keep serving
                    logger.exception("building the report failed")
                    self._send(503, f"report unavailable: {exc}".encode(), "text/plain; charset=utf-8")
                    return
                if path == "/report.json":
                    self._send(200, json.dumps(report.model_dump(mode="json")).encode(), "application/json")
                else:
                    page = render_html(report, dashboard.refresh_s)
                    self._send(200, page.encode(), "text/html; charset=utf-8")

        return Handler

    def serve_forever(self) -> None:
        self.server.serve_forever()

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.server.serve_forever, name="idp-dashboard", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
