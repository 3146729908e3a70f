"""Synthetic operations history for reports: results and rollups written straight into a local store.

Used by benchmarks/report_scale.py (a 10,000-document store in seconds) and the dashboard tests. Results go
through the same `RollupBuilder` as a real run; nothing is OCRed. The history has a shape worth looking at:
several document types, a QA sample, reviews with corrections, a queue with old items, and a confidence
drop of one receipt field in the last days (so the drift alert fires).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from idp.document import (
    DocTypeValue,
    FieldValue,
    PageSummary,
    Result,
    ReviewInfo,
    SourceInfo,
    Status,
    id_to_key,
)
from idp.governance.rollup import (
    ReviewedField,
    ReviewRollup,
    RollupBuilder,
    RunRollup,
    review_rollup_key,
    run_rollup_key,
)
from idp.pipeline.results import result_key, result_version_key

FIELDS: dict[str, tuple[str, ...]] = {
    "receipt": ("vendor_name", "vendor_address", "date", "total"),
    "invoice": ("vendor_name", "invoice_number", "date", "total", "currency"),
    "claim": ("claim_number", "policy_number", "date", "amount"),
    "form": ("name", "date"),
}
MIX = {"receipt": 0.5, "invoice": 0.3, "claim": 0.1, "form": 0.1}
# mean confidence and review threshold of a field (the receipt ones near the packaged calibration's accuracy)
CENTRES = {"vendor_name": 0.87, "vendor_address": 0.45, "date": 0.96, "total": 0.97}
THRESHOLDS = {"vendor_address": 0.3}


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def synthetic_document_id(n: int) -> str:
    return "sha256:" + hashlib.sha256(f"synthetic-{n}".encode()).hexdigest()


def synthetic_result(
    n: int,
    *,
    doc_type: str,
    confidences: Mapping[str, float],
    created_at: str,
    run_id: str,
    reasons: Sequence[str] = (),
    qa: bool = False,
    version: int = 1,
    pages: int = 1,
    timings_ms: Mapping[str, float] | None = None,
) -> Result:
    """A valid result of document number `n` with the given field confidences and routing."""
    digest = id_to_key(synthetic_document_id(n))
    required = bool(reasons) or qa
    return Result(
        document_id=f"sha256:{digest}",
        version=version,
        created_at=created_at,
        run_id=run_id,
        source=SourceInfo(
            uri=f"file:///in/doc-{n}.png",
            name=f"doc-{n}.png",
            sha256=digest,
            media_type="image/png",
            size_bytes=1000,
            pages=pages,
        ),
        doc_type=DocTypeValue(value=doc_type, confidence=0.9),
        status=Status.needs_review if required else Status.auto_accepted,
        fields={
            name: FieldValue(
                value=f"{name}-{n}",
                confidence=conf,
                page=1,
                bbox=(0.1, 0.1, 0.3, 0.12),
                source=f"rule:{doc_type}.{name}",
            )
            for name, conf in confidences.items()
        },
        review=ReviewInfo(
            required=required, reasons=["qa_sample"] if qa and not reasons else list(reasons), qa_sample=qa
        ),
        pages=[
            PageSummary(
                number=p, width=1000, height=1400, rotation=0, skew_degrees=0.0, text_source="ocr", words=40
            )
            for p in range(1, pages + 1)
        ],
        models={"ocr": "synthetic"},
        timings_ms=dict(
            timings_ms or {"ingest": 10.0, "preprocess": 60.0, "ocr": 2400.0, "extract": 8.0, "write": 20.0}
        ),
    )


def _timings(pages: int, ocr_ms: float) -> dict[str, float]:
    return {
        "ingest": 12.0,
        "preprocess": 55.0 * pages,
        "ocr": round(ocr_ms, 1),
        "extract": 9.0,
        "write": 25.0,
    }


def _write(root: Path, key: str, text: str) -> None:
    path = root / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def synth_store(
    root: str | Path,
    documents: int = 10_000,
    days: int = 30,
    runs_per_day: int = 3,
    seed: int = 0,
    now: datetime | None = None,
    threshold: float = 0.8,
    qa_share: float = 0.02,
) -> dict[str, int]:
    """Write `documents` results over `days` days (ending at `now`) with their rollups; counts written."""
    rng = random.Random(seed)
    root = Path(root)
    now = now or datetime.now(UTC)
    start = (now - timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    per_run = max(1, documents // (days * runs_per_day))
    counts = {"results": 0, "runs": 0, "reviews": 0}
    n = 0
    run_no = 0
    while n < documents:
        day, slot = divmod(run_no, runs_per_day)
        run_start = start + timedelta(days=day % days, hours=8 + 4 * slot)
        run_id = f"{run_start:%Y%m%dT%H%M%S}Z-{run_no:06x}"
        builder = RollupBuilder()
        pages_total = 0
        for i in range(min(per_run, documents - n)):
            moment = run_start + timedelta(seconds=7 * i)
            doc_type = rng.choices(list(MIX), weights=list(MIX.values()))[0]
            drifted = doc_type == "receipt" and (now - moment) < timedelta(days=5)
            confidences = {}
            for name in FIELDS[doc_type]:
                centre = CENTRES.get(name, 0.93) if doc_type == "receipt" else 0.93
                if drifted and name == "vendor_name":
                    centre = 0.74
                confidences[name] = round(min(1.0, max(0.0, rng.gauss(centre, 0.08))), 4)
            limits = {k: THRESHOLDS.get(k, threshold) for k in confidences}
            reasons = [
                f"low_confidence:{k}:{v:.2f}<{limits[k]:.2f}" for k, v in confidences.items() if v < limits[k]
            ]
            qa = not reasons and rng.random() < qa_share
            pages = 1 if rng.random() < 0.8 else 2
            ocr_ms = rng.uniform(1800, 3200) * pages
            result = synthetic_result(
                n, doc_type=doc_type, confidences=confidences, created_at=stamp(moment), run_id=run_id,
                reasons=reasons, qa=qa, pages=pages,
                timings_ms=_timings(pages, ocr_ms),
            )  # fmt: skip
            text = result.model_dump_json(indent=1)
            _write(root, result_version_key(result.document_id, 1), text)
            _write(root, result_key(result.document_id), text)
            builder.add(result)
            pages_total += pages
            counts["results"] += 1
            age = now - moment
            if result.review.required and age > timedelta(hours=rng.uniform(2, 60)):
                review = _review(result, moment, min(age * 0.9, timedelta(hours=rng.uniform(0.3, 30))), rng)
                _write(
                    root,
                    review_rollup_key(result.document_id, n, review.reviewed_at),
                    review.model_dump_json(),
                )
                counts["reviews"] += 1
            n += 1
        duration = max(1.0, pages_total * rng.uniform(0.9, 1.3) / 2)
        stage_ms: dict[str, float] = {}
        for bucket in builder.buckets.values():
            for stage, ms in bucket.stage_ms.items():
                stage_ms[stage] = round(stage_ms.get(stage, 0.0) + ms, 1)
        rollup = RunRollup(
            run_id=run_id, started_at=stamp(run_start),
            finished_at=stamp(run_start + timedelta(seconds=duration)),
            duration_s=round(duration, 3), workers=2, files=per_run, pages=pages_total,
            processed=sum(b.documents for b in builder.buckets.values()), skipped=0,
            quarantined={"corrupt": 1} if rng.random() < 0.3 else {}, stage_ms_total=stage_ms,
            buckets=builder.sorted_buckets(), routed=builder.routed, cleared=builder.cleared,
        )  # fmt: skip
        _write(root, run_rollup_key(run_id), rollup.model_dump_json())
        counts["runs"] += 1
        run_no += 1
    return counts


def _review(result: Result, routed: datetime, wait: timedelta, rng: random.Random) -> ReviewRollup:
    reviewed = routed + wait
    flagged = {r.split(":")[1] for r in result.review.reasons if r.startswith("low_confidence:")}
    shown = flagged or set(result.fields)
    fields = {}
    for name, value in result.fields.items():
        error_p = 0.35 if name in flagged else 0.03
        fields[name] = ReviewedField(
            shown=name in shown, changed=name in shown and rng.random() < error_p, confidence=value.confidence
        )
    return ReviewRollup(
        doc=id_to_key(result.document_id), doc_type=str(result.doc_type.value),
        reviewer=f"reviewer-{rng.randint(1, 6)}@example.com", reviewed_at=stamp(reviewed),
        routed_at=result.created_at, qa_sample=result.review.qa_sample, version_before=result.version,
        version_after=result.version + 1, fields=fields,
    )  # fmt: skip
