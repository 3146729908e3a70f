"""What the review loop keeps in the store, beside the results.

    review/projects/<doc_type>.json   the Label Studio project of a document type
    review/webhook.json               where `idp serve-webhook` listens (push registers it on new projects)
    review/tasks/<doc>.json           a document pushed as a task (written before and after the import)
    review/synced/<doc>.json          every annotation merged into a result version, and its state
    corrections/<doc_type>/<doc>.json the latest reviewed correction of a document, for training

Records are written whole (stores have no append); none holds a secret or a page URL (presigned URLs expire
and carry a signature).
"""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from idp.document import FieldValue, PageSummary, id_to_key
from idp.pipeline.store import Store

M = TypeVar("M", bound=BaseModel)


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


def project_key(doc_type: str) -> str:
    return f"review/projects/{doc_type}.json"


WEBHOOK_KEY = "review/webhook.json"


def push_key(document_id: str) -> str:
    return f"review/tasks/{id_to_key(document_id)}.json"


def sync_key(document_id: str) -> str:
    return f"review/synced/{id_to_key(document_id)}.json"


def correction_key(doc_type: str, document_id: str) -> str:
    return f"corrections/{doc_type}/{id_to_key(document_id)}.json"


class ProjectRecord(_Record):
    doc_type: str
    project_id: int
    title: str
    label_studio_url: str
    labels: list[str]
    updated_at: str


class WebhookRecord(_Record):
    url: str
    token_required: bool = Field(description="the token itself is never stored: IDP_WEBHOOK_TOKEN")
    updated_at: str


class PushRecord(_Record):
    """`pending` is written before the import, so that a crash in between never imports a task twice."""

    schema_version: Literal["1"] = "1"
    document_id: str
    doc_type: str
    result_version: int
    project_id: int
    task_id: int | None = None
    state: Literal["pending", "pushed"]
    label_studio_url: str
    pushed_at: str
    qa_sample: bool = False
    reasons: list[str] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list, description="the fields shown as regions")


class MergedAnnotation(_Record):
    """One annotation (at one update time) merged as one result version; `pending` until all is written."""

    annotation_id: int
    updated_at: str
    version: int
    state: Literal["pending", "done"]
    reviewer: str
    merged_at: str


class SyncRecord(_Record):
    schema_version: Literal["1"] = "1"
    document_id: str
    task_id: int
    merged: list[MergedAnnotation] = Field(default_factory=list)

    def find(self, annotation_id: int, updated_at: str) -> MergedAnnotation | None:
        return next(
            (m for m in self.merged if m.annotation_id == annotation_id and m.updated_at == updated_at), None
        )


class FieldCorrection(_Record):
    before: FieldValue | None = Field(description="as the pipeline wrote it; None: the field was not found")
    after: FieldValue | None = Field(description="as reviewed; None: not shown and not drawn")
    shown: bool = Field(description="the field was a pre-filled region of the task")
    changed: bool = Field(description="the reviewer changed the value")
    box_changed: bool = False
    normalised: bool = Field(default=True, description="the typed text parsed as the field's type")


class CorrectionRecord(_Record):
    """A reviewed document as training data: every field before and after review, where it is, who said so."""

    schema_version: Literal["1"] = "1"
    document_id: str
    doc_type: str
    source_name: str
    task_id: int
    annotation_id: int
    annotation_updated_at: str
    reviewer: str
    reviewed_at: str
    qa_sample: bool
    reasons: list[str]
    version_before: int
    version_after: int
    models: dict[str, str]
    ocr_key: str | None
    pages: list[PageSummary]
    fields: dict[str, FieldCorrection]
    created_at: str


def read_record(store: Store, key: str, model: type[M]) -> M | None:
    """The record under `key`, or None when there is none (a damaged one is an error that names the key)."""
    try:
        data = store.get_json(key)
    except KeyError:
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"{key} in {store.uri} is not a valid {model.__name__}: {exc}") from exc


def write_record(store: Store, key: str, record: BaseModel) -> None:
    store.put_json(key, record.model_dump(mode="json"))
