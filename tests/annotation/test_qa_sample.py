from __future__ import annotations

import hashlib

import pytest

from idp.annotation.qa_sample import qa_score, select_qa_sample
from idp.document import Result, ReviewInfo

IDS = [f"sha256:{hashlib.sha256(str(n).encode()).hexdigest()}" for n in range(5000)]


def test_the_draw_depends_on_the_id_only() -> None:
    assert [select_qa_sample(i, 0.02) for i in IDS[:200]] == [select_qa_sample(i, 0.02) for i in IDS[:200]]
    assert all(0.0 <= qa_score(i) < 1.0 for i in IDS[:200])


def test_share_of_ids_selected_is_close_to_the_share() -> None:
    chosen = sum(select_qa_sample(i, 0.02) for i in IDS)
    assert 0.014 * len(IDS) <= chosen <= 0.026 * len(IDS)
    assert not any(select_qa_sample(i, 0.0) for i in IDS)
    assert all(select_qa_sample(i, 1.0) for i in IDS)


def test_a_larger_share_keeps_every_document_a_smaller_one_chose() -> None:
    small = {i for i in IDS if select_qa_sample(i, 0.02)}
    large = {i for i in IDS if select_qa_sample(i, 0.10)}
    assert small <= large and len(large) > len(small)


def test_documents_already_in_review_are_not_qa_samples(receipt_result: Result) -> None:
    in_review = receipt_result
    assert in_review.review.required
    assert not select_qa_sample(in_review, 1.0)
    accepted = in_review.model_copy(update={"review": ReviewInfo()})
    assert select_qa_sample(accepted, 1.0) is True
    assert select_qa_sample(accepted, 0.02) == select_qa_sample(accepted.document_id, 0.02)


@pytest.mark.parametrize("share", [-0.1, 1.5])
def test_share_out_of_range_is_an_error(share: float) -> None:
    with pytest.raises(ValueError, match="QA share"):
        select_qa_sample(IDS[0], share)
