"""`idp bench learning-loop --folds K`: the loop rotated over the folds of one folder, figures pooled."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from idp.models.registry import ModelRegistry
from idp.pipeline.store import LocalStore
from idp.training.cli import learning_loop_command
from idp.training.evaluate import FieldOutcome
from idp.training.loop_rotation import fold_folders, paired_gain
from idp.training.synth import generate_dataset

LINE = re.compile(
    r"^before=(\d\.\d{4}) after=(\d\.\d{4}) challenger=(\d\.\d{4}) automation_before=\d\.\d{4} "
    r"automation_after=\d\.\d{4} automation_challenger=\d\.\d{4} folds=3 documents=(\d+) promoted=\d "
    r"fixed=(\d+) broken=(\d+) gain_ci95=[-+]\d\.\d{4}\.\.[-+]\d\.\d{4} train_docs=\d+-\d+ train_s_max="
)


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    app.command("learning-loop")(learning_loop_command)
    return app


def _sroie_folder(root: Path, names: list[str]) -> Path:
    for sub in ("img", "key"):
        (root / sub).mkdir(parents=True)
    for name in names:
        (root / "img" / f"{name}.jpg").write_bytes(f"image of {name}".encode())  # never decoded
        (root / "key" / f"{name}.json").write_text(json.dumps({"company": name, "total": "1.00"}))
    return root


def _outcome(doc: str, key: str, correct: bool) -> FieldOutcome:
    return FieldOutcome(doc, key, "x", "x" if correct else "y", correct, 0.9)


def test_paired_gain_counts_fixed_and_broken_fields() -> None:
    before = [_outcome(f"d{i}", k, i % 2 == 0) for i in range(10) for k in ("company", "total")]
    after = [_outcome(f"d{i}", k, i % 2 == 0 or (i < 5 and k == "total")) for i in range(10)
             for k in ("company", "total")]  # fmt: skip
    after[0] = _outcome("d0", "company", False)  # one right field broken
    p = paired_gain(before, after)
    assert (p["fields"], p["documents"], p["fixed"], p["broken"]) == (20, 10, 2, 1)
    assert p["gain"] == pytest.approx(1 / 20)
    assert p["ci95"][0] <= p["gain"] <= p["ci95"][1]
    same = paired_gain(before, before)
    assert (same["fixed"], same["broken"], same["gain"], same["ci95"]) == (0, 0, 0.0, (0.0, 0.0))


def test_fold_folders_hold_out_every_receipt_once(tmp_path: Path) -> None:
    names = [f"{i:03d}" for i in range(11)]
    data = _sroie_folder(tmp_path / "data", names)
    pairs = fold_folders(data, 3, seed=1, dest=tmp_path / "folds")
    held = [sorted(p.stem for p in (ev / "img").iterdir()) for _, ev in pairs]
    assert sorted(n for fold in held for n in fold) == names
    for (train, _), fold in zip(pairs, held, strict=True):
        trained = sorted(p.stem for p in (train / "key").iterdir())
        assert trained == sorted(set(names) - set(fold))
        assert (train / "img" / f"{trained[0]}.jpg").resolve() == data / "img" / f"{trained[0]}.jpg"
    with pytest.raises(ValueError, match="between 2 and"):
        fold_folders(data, 12, seed=1, dest=tmp_path / "more")
    # byte-identical images (a dataset's duplicates) are held out together
    (data / "img" / "007.jpg").write_bytes((data / "img" / "002.jpg").read_bytes())
    for seed in range(4):
        pairs = fold_folders(data, 3, seed=seed, dest=tmp_path / f"dup{seed}")
        held = [{p.stem for p in (ev / "img").iterdir()} for _, ev in pairs]
        assert sum(len(h) for h in held) == 11
        assert any({"002", "007"} <= h for h in held)


def test_rotation_refuses_a_fitted_model_and_mixed_modes(tmp_path: Path) -> None:
    data = _sroie_folder(tmp_path / "data", ["a", "b", "c"])
    store = f"file://{tmp_path / 'store'}"
    base = ["learning-loop", "--train", str(data), "--store", store]
    out = CliRunner().invoke(_app(), [*base, "--folds", "3", "--base", "packaged"])
    assert out.exit_code == 2 and "rotation starts from rules" in out.output
    out = CliRunner().invoke(_app(), [*base, "--folds", "3", "--eval", str(data)])
    assert out.exit_code == 2 and "either --eval or --folds" in out.output
    out = CliRunner().invoke(_app(), base)
    assert out.exit_code == 2


@pytest.mark.slow
def test_rotation_on_synthetic_receipts(tmp_path: Path) -> None:
    generate_dataset(tmp_path / "synth", 15, seed=41, kinds=["receipt"], sroie=True)
    sroie = tmp_path / "synth" / "sroie"
    names = sorted(p.stem for p in (sroie / "img").glob("*.jpg"))
    data = tmp_path / "data"
    extra = tmp_path / "extra"
    for folder, picked in ((data, names[:12]), (extra, names[12:])):
        for sub, suffix in (("img", ".jpg"), ("key", ".json")):
            (folder / sub).mkdir(parents=True)
            for name in picked:
                (folder / sub / f"{name}{suffix}").symlink_to(sroie / sub / f"{name}{suffix}")
    store = tmp_path / "store"
    args = ["learning-loop", "--train", str(data), "--folds", "3", "--extra", str(extra), "--base", "rules"]
    args += ["--store", f"file://{store}", "--ocr-cache", str(tmp_path / "ocr"), "--holdout", "0.25"]
    out = CliRunner().invoke(_app(), [*args, "--json", str(tmp_path / "f.json")])
    assert out.exit_code == 0, out.output
    match = LINE.match(out.output.strip().splitlines()[-1])
    assert match is not None, out.output.strip().splitlines()[-1]
    before, after, challenger, documents, fixed, broken = match.groups()
    assert int(documents) == 12  # every receipt of --train measured once, none of --extra
    figures = json.loads((tmp_path / "f.json").read_text())
    assert len(figures["folds"]) == 3
    assert sum(f["before"]["documents"] for f in figures["folds"]) == 12
    assert all(f["reviewed"] == 8 and f["gate"]["champion"] == "rules" for f in figures["folds"])
    assert figures["paired"]["fixed"] == int(fixed) and figures["paired"]["broken"] == int(broken)
    assert len(figures["outcomes"]["before"]) == len(figures["outcomes"]["challenger"]) == 12 * 4
    if not any(f["promoted"] for f in figures["folds"]):
        assert after == before
    # each fold: its own store with the corrections of its training side and one registered version
    for k in range(3):
        local = LocalStore(store / f"fold-{k}")
        assert len(list(local.list("corrections"))) == 8
        assert [m.version for m in ModelRegistry(local).versions("receipt")] == ["v1"]
        data_json = local.get_json("models/receipt/v1/data.json")
        assert sum(e["source"].startswith("sroie:") for e in data_json["examples"]) == 3
    assert 0.0 <= float(challenger) <= 1.0
