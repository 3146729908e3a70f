"""`idp bench learning-loop` end to end on small synthetic SROIE-format folders (real OCR, real pipeline)."""

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
from idp.training.synth import generate_dataset

LINE = re.compile(
    r"^before=(\d\.\d{4}) after=(\d\.\d{4}) challenger=(\d\.\d{4}) automation_before=\d\.\d{4} "
    r"automation_after=\d\.\d{4} version=v1 promoted=(yes|no) train_docs=\d+ heldout_docs=\d+ train_s="
)


def _split(sroie: Path, dest: Path, names: list[str]) -> Path:
    """An SROIE-format folder of symbolic links to some of ``sroie``'s receipts (as one would make
    from a dataset without copying it)."""
    for sub, suffix in (("img", ".jpg"), ("key", ".json")):
        (dest / sub).mkdir(parents=True)
        for name in names:
            (dest / sub / f"{name}{suffix}").symlink_to(sroie / sub / f"{name}{suffix}")
    return dest


@pytest.mark.slow
def test_learning_loop_on_synthetic_receipts(tmp_path: Path) -> None:
    generate_dataset(tmp_path / "synth", 16, seed=33, kinds=["receipt"], sroie=True)
    sroie = tmp_path / "synth" / "sroie"
    names = sorted(p.stem for p in (sroie / "img").glob("*.jpg"))
    train = _split(sroie, tmp_path / "train", names[:12])
    evaluate = _split(sroie, tmp_path / "eval", names[12:])
    store = tmp_path / "store"
    app = typer.Typer()
    app.callback()(lambda: None)
    app.command("learning-loop")(learning_loop_command)
    args = ["learning-loop", "--train", str(train), "--eval", str(evaluate), "--store", f"file://{store}"]
    args += [
        "--ocr-cache",
        str(tmp_path / "ocr"),
        "--holdout",
        "0.25",
        "--base",
        "rules",
        "--json",
        str(tmp_path / "f.json"),
    ]
    out = CliRunner().invoke(app, args)
    assert out.exit_code == 0, out.output
    last = out.output.strip().splitlines()[-1]
    match = LINE.match(last)
    assert match is not None, last
    before, after, challenger, promoted = match.groups()
    assert after == (challenger if promoted == "yes" else before)
    figures = json.loads((tmp_path / "f.json").read_text())
    assert figures["reviewed"] == 12 and figures["before"]["documents"] == 4
    assert figures["gate"]["champion"] == "rules"
    # the loop left what review sync and training leave: reviewed results, corrections, a registered version
    local = LocalStore(store)
    assert len(list(local.list("corrections"))) == 12
    registry = ModelRegistry(local)
    assert [m.version for m in registry.versions("receipt")] == ["v1"]
    assert (registry.promoted("receipt") is not None) == (promoted == "yes")
    # OCR of the evaluation set was cached by the first measurement and reused by the second
    assert len(list((tmp_path / "ocr").glob("*.json"))) == 16
