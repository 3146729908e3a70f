"""The QA sample: a fixed share of auto-accepted documents that a person reviews anyway.

Their corrections measure the real error rate of what the pipeline accepts on its own (``idp review
status``). The choice is a hash of the document id, not a random draw, so re-runs, retries and other
workers agree on it, and a larger share keeps every document a smaller share chose.
"""

from __future__ import annotations

import hashlib

from idp.document import Document, Result

_SALT = b"idp-qa-sample:"  # keeps the draw independent of anything else derived from the id


def qa_score(document_id: str) -> float:
    """A number in [0, 1) that depends only on the document id, uniform over ids."""
    digest = hashlib.sha256(_SALT + document_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2.0**64


def select_qa_sample(doc: Document | Result | str, share: float) -> bool:
    """Whether an auto-accepted document also goes to review as a QA sample.

    ``doc`` is a document, a result or a document id; one that review already requires is never a QA
    sample (it is reviewed anyway, and counting it would bias the measured error rate upwards).
    """
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"the QA share must be in [0, 1], not {share}")
    if isinstance(doc, str):
        document_id = doc
    else:
        if doc.review.required:
            return False
        document_id = doc.document_id
    return qa_score(document_id) < share
