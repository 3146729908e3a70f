"""The architecture, checked by a machine: import layers and module size.

Stages and extractors know nothing of Ray, storage clients or Label Studio; the data model imports
nothing heavy; no module grows past a couple of screens."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "idp"
INFRASTRUCTURE = ("ray", "minio", "label_studio_sdk", "idp.pipeline.store", "idp.pipeline.s3store")
STAGES = [
    "pipeline/ingest.py",
    "pipeline/pdf.py",
    "pipeline/preprocess.py",
    "pipeline/stamps.py",
    "pipeline/scripts.py",
    "pipeline/text_layer_quality.py",
    "pipeline/imaging.py",
    "pipeline/textlines.py",
    "pipeline/ocr_stage.py",
    "pipeline/routing.py",
    "pipeline/processor.py",
]
MAX_LINES = 300


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _offending(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(n for n in _imports(path) if any(n == f or n.startswith(f + ".") for f in forbidden))


def test_data_model_imports_nothing_heavy() -> None:
    allowed = {"__future__", "hashlib", "datetime", "enum", "typing", "numpy", "pydantic"}
    assert _imports(SRC / "document.py") <= allowed


@pytest.mark.parametrize(
    "module", sorted(p.relative_to(SRC).as_posix() for p in (SRC / "extractors").glob("*.py"))
)
def test_extractors_know_no_infrastructure_or_orchestration(module: str) -> None:
    assert _offending(SRC / module, (*INFRASTRUCTURE, "idp.pipeline", "idp.annotation")) == []


@pytest.mark.parametrize(
    "module",
    [
        *STAGES,
        "models/orientation.py",
        *(p.relative_to(SRC).as_posix() for p in (SRC / "models" / "ocr").rglob("*.py")),
    ],
)
def test_stages_and_models_know_no_infrastructure(module: str) -> None:
    """(The model registry lives in the object store and may use it; model wrappers may not.)"""
    assert _offending(SRC / module, INFRASTRUCTURE) == []


def test_modules_fit_on_a_screen_or_two() -> None:
    long = {
        p.relative_to(SRC).as_posix(): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these modules (over {MAX_LINES} lines): {long}"
