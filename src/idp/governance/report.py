"""`idp report`: the operations figures of a store, merged from its rollups (see governance.rollup).

`build_report(store)` reads the rollups; `compute_report(rollups, ...)` is the pure merge the tests pin down.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from idp.governance.report_baseline import Baseline, baselines_in_service
from idp.governance.report_config import ReportSettings
from idp.governance.report_drift import drift_figures
from idp.governance.report_models import (
    DayFigures,
    FieldFigures,
    OpsReport,
    QaFigures,
    QueueFigures,
    QueueTypeFigures,
    RunFigures,
    Throughput,
    TypeFigures,
)
from idp.governance.report_stats import (
    bucket_index,
    bucket_labels,
    parse_time,
    percentile,
    ratio,
    wilson_interval,
)
from idp.governance.rollup import Bucket, ReviewRollup, Routed
from idp.governance.rollup_read import Rollups, read_rollups
from idp.pipeline.store import Store


@dataclass
class _FieldAcc:
    count: int = 0
    confidence_sum: float = 0.0
    auto: int = 0
    reviewed: int = 0
    corrected: int = 0

    def figures(self) -> FieldFigures:
        return FieldFigures(
            count=self.count,
            mean_confidence=ratio(self.confidence_sum, self.count),
            automation_rate=ratio(self.auto, self.count),
            reviewed=self.reviewed,
            corrected=self.corrected,
            correction_rate=ratio(self.corrected, self.reviewed),
        )


def build_report(
    store: Store,
    settings: ReportSettings | None = None,
    since: date | None = None,
    now: datetime | None = None,
    baselines: dict[str, Baseline] | None = None,
) -> OpsReport:
    return compute_report(
        read_rollups(store),
        settings or ReportSettings(),
        since=since,
        now=now,
        baselines=baselines_in_service(store) if baselines is None else baselines,
        store_uri=store.uri,
    )


def latest_reviews(reviews: list[ReviewRollup]) -> list[ReviewRollup]:
    """One review per reviewed version: an annotation updated later replaces the earlier merge's figures."""
    latest: dict[tuple[str, int], ReviewRollup] = {}
    for review in reviews:
        key = (review.doc, review.version_before)
        if key not in latest or review.reviewed_at > latest[key].reviewed_at:
            latest[key] = review
    return sorted(latest.values(), key=lambda r: r.reviewed_at)


class _Window:
    """Day x type sums of the run buckets from `first_day` on."""

    def __init__(self, first_day: str) -> None:
        self.first_day = first_day
        self.types: dict[str, TypeFigures] = defaultdict(TypeFigures)
        self.fields: dict[str, dict[str, _FieldAcc]] = defaultdict(lambda: defaultdict(_FieldAcc))
        self.days: dict[str, DayFigures] = {}
        self.day_fields: dict[str, dict[str, _FieldAcc]] = defaultdict(lambda: defaultdict(_FieldAcc))
        self.stage_ms: dict[str, float] = defaultdict(float)

    def day(self, day: str) -> DayFigures:
        return self.days.setdefault(day, DayFigures(day=day))

    def add(self, bucket: Bucket) -> None:
        if bucket.day < self.first_day:
            return
        figures, day = self.types[bucket.doc_type], self.day(bucket.day)
        for target in (figures, day):
            target.documents += bucket.documents
            target.pages += bucket.pages
            target.auto_accepted += bucket.auto_accepted
            target.needs_review += bucket.needs_review
            target.qa_sampled += bucket.qa_sampled
        for stage, ms in bucket.stage_ms.items():
            self.stage_ms[stage] += ms
        for name, sums in bucket.fields.items():
            for acc in (
                self.fields[bucket.doc_type][name],
                self.day_fields[bucket.day][f"{bucket.doc_type}.{name}"],
            ):
                acc.count += sums.count
                acc.confidence_sum += sums.confidence_sum
                acc.auto += sums.auto

    def add_review(self, review: ReviewRollup) -> None:
        self.types[review.doc_type].reviewed += 1
        self.day(review.reviewed_at[:10]).reviewed += 1
        for name, field in review.fields.items():
            if field.shown or field.changed:
                acc = self.fields[review.doc_type][name]
                acc.reviewed += 1
                acc.corrected += int(field.changed)

    def finish(self) -> dict[str, TypeFigures]:
        for doc_type, figures in self.types.items():
            figures.automation_rate = ratio(figures.auto_accepted, figures.documents)
            figures.fields = {n: a.figures() for n, a in sorted(self.fields[doc_type].items())}
        for day in self.days.values():
            day.automation_rate = ratio(day.auto_accepted, day.documents)
            accs = self.day_fields.get(day.day, {})
            day.mean_confidence = {
                k: round(a.confidence_sum / a.count, 4) for k, a in sorted(accs.items()) if a.count
            }
        return dict(sorted(self.types.items()))

    def overall_fields(self) -> dict[str, FieldFigures]:
        overall: dict[str, _FieldAcc] = defaultdict(_FieldAcc)
        for accs in self.fields.values():
            for name, acc in accs.items():
                total = overall[name]
                for attr in ("count", "confidence_sum", "auto", "reviewed", "corrected"):
                    setattr(total, attr, getattr(total, attr) + getattr(acc, attr))
        return {n: a.figures() for n, a in sorted(overall.items())}


def compute_report(
    rollups: Rollups,
    settings: ReportSettings,
    *,
    since: date | None = None,
    now: datetime | None = None,
    baselines: dict[str, Baseline] | None = None,
    store_uri: str = "",
) -> OpsReport:
    now = now or datetime.now(UTC)
    first_day = since.isoformat() if since else ""
    drift_day = max(first_day, (now - timedelta(days=settings.drift.window_days - 1)).date().isoformat())
    report = OpsReport(
        generated_at=now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), store=store_uri, since=first_day or None
    )
    window, recent = _Window(first_day), _Window(drift_day)
    throughput = Throughput()
    for run in rollups.runs:
        for bucket in run.buckets:
            window.add(bucket)
            recent.add(bucket)
        if run.finished_at[:10] < first_day:
            continue
        window.day(run.finished_at[:10]).quarantined += sum(run.quarantined.values())
        report.quarantined += sum(run.quarantined.values())
        throughput.runs.append(
            RunFigures(
                run_id=run.run_id, finished_at=run.finished_at, documents=run.processed, pages=run.pages,
                duration_s=run.duration_s, workers=run.workers,
                pages_per_s=round(run.pages / run.duration_s, 3) if run.duration_s > 0 else None,
            )
        )  # fmt: skip
        throughput.run_seconds += run.duration_s
    qa = QaFigures(confidence_level=settings.qa_confidence_level)
    turnaround: list[float] = []
    for review in latest_reviews(rollups.reviews):
        if review.reviewed_at[:10] < first_day:
            continue
        window.add_review(review)
        if review.qa_sample:
            seen = [f for f in review.fields.values() if f.shown or f.changed]
            qa.documents += 1
            qa.fields += len(seen)
            qa.fields_corrected += sum(f.changed for f in seen)
        if review.routed_at:
            turnaround.append((parse_time(review.reviewed_at) - parse_time(review.routed_at)).total_seconds())
    interval = wilson_interval(qa.fields_corrected, qa.fields, settings.qa_confidence_level)
    qa.error_rate = ratio(qa.fields_corrected, qa.fields)
    if interval is not None:
        qa.ci_low, qa.ci_high = round(interval[0], 4), round(interval[1], 4)
    report.by_doc_type = window.finish()
    for figures in report.by_doc_type.values():
        for attr in ("documents", "pages", "auto_accepted", "needs_review", "qa_sampled", "reviewed"):
            setattr(report, attr, getattr(report, attr) + getattr(figures, attr))
    report.automation_rate = ratio(report.auto_accepted, report.documents)
    report.qa, report.qa_error_rate = qa, qa.error_rate
    report.queue = queue_figures(rollups, settings, now)
    report.fields = window.overall_fields()
    report.by_day = [window.days[d] for d in sorted(window.days)]
    throughput.documents, throughput.pages = report.documents, report.pages
    throughput.pages_per_s = ratio(sum(r.pages for r in throughput.runs), throughput.run_seconds, 3)
    if report.pages:
        throughput.stage_ms_per_page = {k: round(v / report.pages, 1) for k, v in window.stage_ms.items()}
    throughput.review_turnaround_s = {
        "p50": _round(percentile(turnaround, 50)),
        "p90": _round(percentile(turnaround, 90)),
        "mean": _round(sum(turnaround) / len(turnaround) if turnaround else None),
    }
    throughput.runs.sort(key=lambda r: r.finished_at)
    report.throughput = throughput
    report.drift = drift_figures(recent.finish(), baselines or {}, settings.drift)
    report.drift.since = drift_day or None
    report.alerts = list(report.drift.alerts)
    if report.queue.sla_breaches:
        report.alerts.insert(0, f"{report.queue.sla_breaches} documents waiting for review past their SLA")
    report.rollups = {
        "runs": len(rollups.runs),
        "reviews": len(rollups.reviews),
        "damaged": len(rollups.damaged),
    }
    return report


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


def queue_figures(rollups: Rollups, settings: ReportSettings, now: datetime) -> QueueFigures:
    """Documents waiting for a person now: the latest routing of each document, less reviewed versions."""
    latest: dict[str, tuple[Routed, bool]] = {}
    for run in rollups.runs:
        for entries, waiting in ((run.routed, True), (run.cleared, False)):
            for entry in entries:
                known = latest.get(entry.doc)
                if known is None or (entry.version, entry.at) > (known[0].version, known[0].at):
                    latest[entry.doc] = (entry, waiting)
    reviewed: dict[str, int] = {}
    for review in rollups.reviews:
        reviewed[review.doc] = max(reviewed.get(review.doc, 0), review.version_before)
    labels = bucket_labels(settings.age_buckets_hours)
    queue = QueueFigures(age_buckets=dict.fromkeys(labels, 0), age_buckets_past_sla=dict.fromkeys(labels, 0))
    for entry, waiting in latest.values():
        if not waiting or entry.version <= reviewed.get(entry.doc, 0):
            continue
        age = max(0.0, (now - parse_time(entry.at)).total_seconds())
        # a policy rule's SLA (recorded on the result) wins over the document type's default
        sla_s = entry.sla_hours * 3600.0 if entry.sla_hours else settings.sla_s(entry.doc_type)
        default_hours = settings.sla_s(entry.doc_type) / 3600
        by_type = queue.by_doc_type.setdefault(entry.doc_type, QueueTypeFigures(sla_hours=default_hours))
        for target in (queue, by_type):
            target.size += 1
            target.oldest_age_s = round(max(age, target.oldest_age_s or 0.0), 1)
            target.sla_breaches += int(age > sla_s)
        queue.qa_samples += int(entry.qa)
        label = labels[bucket_index(age, settings.age_buckets_hours)]
        queue.age_buckets[label] += 1
        queue.age_buckets_past_sla[label] += int(age > sla_s)
    queue.by_doc_type = dict(sorted(queue.by_doc_type.items()))
    return queue
