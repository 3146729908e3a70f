"""`idp bench learning-loop --folds K`: the learning loop rotated over the folds of one SROIE folder.

The folder's receipts are cut into K folds (seeded). For each fold, :func:`learning_loop` runs with that
fold as ``eval`` and the other folds as ``train`` (reviewed into correction records), in a store of its
own (``<store>/fold-<k>``); ``extra`` folders (e.g. synthetic receipts) train every fold and are never
scored. Every receipt is then measured once by a model that never saw it, so before and after are
pooled over all N receipts instead of one held-out slice (with 100 receipts one receipt weighs 0.25
points of mean accuracy, not 0.8 as in a slice of 30).

The model in service at the start of each fold is the rules (no learned model): the packaged models and
the registry's versions were fitted on receipts of this folder and would be measured on their own
training data. Before and after are also compared receipt by receipt (fields fixed and broken, and a
bootstrap interval over documents for the gain in mean accuracy), which says more than two means.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from idp.config import PipelineConfig
from idp.training.accuracy import AccuracyResult, dataset_items
from idp.training.evaluate import FieldOutcome, accuracy_by_key
from idp.training.learning_loop import LoopReport, learning_loop
from idp.training.receipt_train import make_folds

ROTATION_BASES = ("rules",)


@dataclass
class RotationReport:
    folds: list[LoopReport]
    before: dict[str, Any]  # pooled over every fold's held-out receipts (AccuracyResult.summary())
    challenger: dict[str, Any]
    after: dict[str, Any]  # per fold what serves after the gate: the challenger if promoted, else before
    paired: dict[str, Any]  # challenger vs before, receipt by receipt (see :func:`paired_gain`)
    outcomes: dict[str, list[FieldOutcome]]  # before, challenger, after: every field of every receipt

    def line(self) -> str:
        acc = lambda s: s["accuracy"].get("mean", 0.0)  # noqa: E731
        auto = lambda s: s["automation_at_0.99_precision"]  # noqa: E731
        train = [len(f.train.result.train) for f in self.folds]
        p = self.paired
        return (
            f"before={acc(self.before):.4f} after={acc(self.after):.4f} "
            f"challenger={acc(self.challenger):.4f} "
            f"automation_before={auto(self.before):.4f} automation_after={auto(self.after):.4f} "
            f"automation_challenger={auto(self.challenger):.4f} folds={len(self.folds)} "
            f"documents={self.before['documents']} promoted={sum(f.train.promoted for f in self.folds)} "
            f"fixed={p['fixed']} broken={p['broken']} gain_ci95={p['ci95'][0]:+.4f}..{p['ci95'][1]:+.4f} "
            f"train_docs={min(train)}-{max(train)} "
            f"train_s_max={max(f.seconds['train'] for f in self.folds):.1f} "
            f"train_cpu_s_max={max(f.seconds['train_cpu'] for f in self.folds):.1f}"
        )


def paired_gain(
    before: Sequence[FieldOutcome], after: Sequence[FieldOutcome], rounds: int = 2000, seed: int = 0
) -> dict[str, Any]:
    """``after`` vs ``before`` on the same fields: how many went wrong -> right (fixed) and right ->
    wrong (broken), the gain in mean accuracy, and a 95% bootstrap interval of it over documents."""
    old = {(o.doc_id, o.key): o.correct for o in before}
    new = {(o.doc_id, o.key): o.correct for o in after}
    common = sorted(old.keys() & new.keys())
    fixed = sum(1 for k in common if new[k] and not old[k])
    broken = sum(1 for k in common if old[k] and not new[k])
    docs = sorted({d for d, _ in common})
    index = {d: i for i, d in enumerate(docs)}
    diff = np.zeros(len(docs))  # per document: right fields after - before, over its fields
    count = np.zeros(len(docs))
    for d, key in common:
        diff[index[d]] += int(new[d, key]) - int(old[d, key])
        count[index[d]] += 1
    gain = accuracy_by_key([o for o in after if (o.doc_id, o.key) in old]).get("mean", 0.0) - (
        accuracy_by_key([o for o in before if (o.doc_id, o.key) in new]).get("mean", 0.0)
    )
    ci = (0.0, 0.0)
    if docs:
        rng = np.random.default_rng(seed)
        picks = rng.integers(0, len(docs), size=(rounds, len(docs)))
        boot = diff[picks].sum(axis=1) / count[picks].sum(axis=1)
        ci = (float(np.quantile(boot, 0.025)), float(np.quantile(boot, 0.975)))
    return {
        "fields": len(common), "documents": len(docs), "fixed": fixed, "broken": broken,
        "gain": round(gain, 4), "ci95": (round(ci[0], 4), round(ci[1], 4)),
    }  # fmt: skip


def fold_folders(data_dir: str | Path, folds: int, seed: int, dest: Path) -> list[tuple[Path, Path]]:
    """(train, eval) SROIE-format folders of symbolic links under ``dest``, one pair per fold. Receipts
    with byte-identical images (datasets have a few) stay in one fold: else a fold is measured on
    images its model was trained on."""
    items = {name: (image, key) for name, image, key in dataset_items(data_dir)}
    groups: dict[str, list[str]] = {}
    for name, (image, _) in items.items():
        groups.setdefault(hashlib.sha256(image.read_bytes()).hexdigest(), []).append(name)
    first = {names[0]: names for names in groups.values()}
    if folds < 2 or folds > len(first):
        raise ValueError(f"--folds must be between 2 and the number of receipts ({len(first)}), not {folds}")
    out = []
    for k, fold in enumerate(make_folds(list(first), folds, seed)):
        held = sorted(n for f in fold for n in first[f])
        pair = []
        for side, names in (("train", sorted(set(items) - set(held))), ("eval", held)):
            root = dest / f"fold-{k}" / side
            for sub in ("img", "key"):
                (root / sub).mkdir(parents=True)
            for name in names:
                image, key = items[name]
                (root / "img" / image.name).symlink_to(image.resolve())
                (root / "key" / key.name).symlink_to(key.resolve())
            pair.append(root)
        out.append((pair[0], pair[1]))
    return out


def _pooled(results: Sequence[AccuracyResult]) -> AccuracyResult:
    pooled = AccuracyResult(outcomes=[], precision=results[0].precision)
    for r in results:
        pooled.outcomes += r.outcomes
        pooled.failed.update(r.failed)
    return pooled


def rotate_learning_loop(
    data_dir: str | Path,
    store_uri: str,
    *,
    folds: int = 5,
    seed: int = 0,
    base: str = "rules",
    config: PipelineConfig | None = None,
    ocr_cache: str | Path | None = None,
    extra: Sequence[str | Path] = (),
    log: Callable[[str], None] = lambda _m: None,
    **hyper: Any,
) -> RotationReport:
    """Run the learning loop once per fold of ``data_dir`` and pool the figures (see the module doc).
    ``hyper``: TrainSettings fields (``seed`` defaults to the fold seed)."""
    if base not in ROTATION_BASES:
        raise ValueError(
            f"a rotation starts from {' or '.join(ROTATION_BASES)}, not {base!r}: a fitted model may have "
            "seen the receipts it would be measured on"
        )
    hyper = {"seed": seed, **{k: v for k, v in hyper.items() if v is not None}}
    reports: list[LoopReport] = []
    with tempfile.TemporaryDirectory(prefix="idp-rotation-") as tmp:
        for k, (train, evaluate) in enumerate(fold_folders(data_dir, folds, seed, Path(tmp))):
            log(f"fold {k + 1}/{folds}: {len(list((evaluate / 'key').iterdir()))} receipts held out")
            report = learning_loop(
                train, evaluate, f"{store_uri.rstrip('/')}/fold-{k}", base=base, config=config,
                ocr_cache=ocr_cache, extra=extra, log=log, **hyper,
            )  # fmt: skip
            log(f"fold {k + 1}/{folds}: {report.line()}")
            reports.append(report)
    before = _pooled([r.measured["before"] for r in reports])
    challenger = _pooled([r.measured["challenger"] for r in reports])
    after = _pooled([r.measured["challenger" if r.train.promoted else "before"] for r in reports])
    return RotationReport(
        reports, before.summary(), challenger.summary(), after.summary(),
        paired_gain(before.outcomes, challenger.outcomes, seed=seed),
        {"before": before.outcomes, "challenger": challenger.outcomes, "after": after.outcomes},
    )  # fmt: skip
