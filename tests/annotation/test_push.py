"""Which documents push takes, and the page URLs Label Studio gets for a file:// store (no server needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp.annotation.client import LabelStudioError
from idp.annotation.push import page_urls, wants_review
from idp.document import Result, ReviewInfo, Status
from idp.pipeline.store import LocalStore


def test_review_is_wanted_for_flagged_documents_and_qa_samples(receipt_result: Result) -> None:
    assert wants_review(receipt_result)
    accepted = receipt_result.model_copy(update={"status": Status.auto_accepted, "review": ReviewInfo()})
    assert not wants_review(accepted)
    assert wants_review(accepted.model_copy(update={"review": ReviewInfo(qa_sample=True)}))
    assert not wants_review(receipt_result.model_copy(update={"status": Status.reviewed}))


def test_local_pages_are_served_relative_to_the_document_root(tmp_path: Path, receipt_result: Result) -> None:
    store = LocalStore(tmp_path / "stores" / "my store")
    (url,) = page_urls(store, receipt_result, tmp_path, 60)
    assert url == f"/data/local-files/?d=stores/my%20store/{receipt_result.pages[0].image_key}"


def test_local_pages_need_a_document_root_above_the_store(tmp_path: Path, receipt_result: Result) -> None:
    store = LocalStore(tmp_path / "store")
    with pytest.raises(LabelStudioError, match="LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT"):
        page_urls(store, receipt_result, None, 60)
    with pytest.raises(LabelStudioError, match="not under"):
        page_urls(store, receipt_result, tmp_path / "elsewhere", 60)


def test_documents_without_page_images_cannot_be_shown(tmp_path: Path, receipt_result: Result) -> None:
    pages = [p.model_copy(update={"image_key": None}) for p in receipt_result.pages]
    with pytest.raises(ValueError, match="no stored page images"):
        page_urls(LocalStore(tmp_path), receipt_result.model_copy(update={"pages": pages}), tmp_path, 60)
