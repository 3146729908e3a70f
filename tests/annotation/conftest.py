"""Fixtures of the review loop's tests: real result JSON and real Label Studio payloads under data/, and the
Label Studio server (tests/fixtures/label_studio.py), started only by tests that ask for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from idp.document import Result
from tests.fixtures.label_studio import label_studio, ls_env

__all__ = ["label_studio", "ls_env"]

DATA = Path(__file__).parent / "data"


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text())


@pytest.fixture
def receipt_result() -> Result:
    """Version 1 of a synthetic receipt as the pipeline wrote it (needs_review: two low-confidence fields)."""
    return Result.model_validate(load("result_receipt_v1.json"))


@pytest.fixture
def updated_payload() -> dict[str, Any]:
    """A real ANNOTATION_UPDATED webhook from Label Studio 1.23 on the task pushed for `receipt_result`:
    total retyped, the date box moved, the vendor_address region deleted, a currency region drawn."""
    return load("webhook_annotation_updated.json")
