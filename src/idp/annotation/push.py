"""`idp review push`: every document waiting for review becomes a Label Studio task, once.

One project per document type (created once, found again by title; a field the labeling config lacks is
added to it). A document is pushed when its latest result needs review (or is a QA sample) and it has no
push record for that result version. The record is written `pending` before the import and `pushed` after
it, so a push cut short never imports a task twice: the next run finds the task by its document id.

Page images reach Label Studio as presigned URLs for s3:// stores, and through Label Studio's local-files
serving for file:// stores (the store must lie under LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT; a local-files
storage on the project grants access to its pages/ folder).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import quote

from pydantic import BaseModel, Field

from idp.annotation.adapters import boxed_fields, result_to_task
from idp.annotation.client import LabelStudioClient, LabelStudioError
from idp.annotation.labeling import config_labels, labeling_config
from idp.annotation.records import ProjectRecord, PushRecord, project_key, push_key, read_record, write_record
from idp.annotation.webhook import register_webhook
from idp.document import Result, Status, utc_now
from idp.governance.audit_events import audit_push
from idp.pipeline.policy import packaged_policies
from idp.pipeline.store import LocalStore, Store

logger = logging.getLogger(__name__)
LATEST_RESULT = re.compile(r"^results/[0-9a-f]{64}\.json$")
PRESIGNED_EXPIRY_S = 7 * 24 * 3600  # the longest S3 signature V4 allows


class PushReport(BaseModel):
    pushed: list[str] = Field(default_factory=list, description="document ids pushed by this run")
    already_pushed: int = 0
    not_for_review: int = 0
    projects: dict[str, int] = Field(default_factory=dict, description="doc type -> project id")
    errors: list[str] = Field(default_factory=list)


def wants_review(result: Result) -> bool:
    return result.status == Status.needs_review or (
        result.status == Status.auto_accepted and result.review.qa_sample
    )


def project_title(doc_type: str) -> str:
    return f"idp review: {doc_type}"


def schema_fields(doc_type: str) -> tuple[list[str], dict[str, str]]:
    """The fields a document type's schema declares (line items aside), and their types as hints."""
    try:
        from idp.extractors.schema import load_doc_type_schemas

        schema = load_doc_type_schemas().get(doc_type)
    except (ImportError, ValueError) as exc:  # a schema folder that does not load: fields from results only
        logger.warning("document-type schemas unavailable (%s); labels come from the results", exc)
        return [], {}
    if schema is None:
        return [], {}
    fields = [f for f in schema.fields if f.type != "line_items"]
    return [f.name for f in fields], {f.name: f.type for f in fields}


def page_urls(store: Store, result: Result, document_root: Path | None, expires_s: int) -> list[str]:
    """The URL Label Studio loads each page image from."""
    keys = [p.image_key for p in result.pages]
    if not keys or any(k is None for k in keys):
        raise ValueError(f"{result.document_id} has no stored page images (store.write_pages was off)")
    presign = getattr(store, "presigned_get_url", None)
    if presign is not None:
        return [presign(k, expires_s) for k in keys]
    if isinstance(store, LocalStore):
        if document_root is None:
            raise LabelStudioError(
                "a file:// store needs LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT (set as for the Label Studio "
                "server, with LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED=true there)"
            )
        root = document_root.expanduser().resolve()
        urls = []
        for key in keys:
            path = (store.root / str(key)).resolve()
            if root not in path.parents:
                raise LabelStudioError(
                    f"the store {store.uri} is not under LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT"
                )
            urls.append("/data/local-files/?d=" + quote(path.relative_to(root).as_posix()))
        return urls
    raise LabelStudioError(f"cannot serve page images of {store.uri} to Label Studio")


class Pusher:
    def __init__(self, store: Store, client: LabelStudioClient, expires_s: int = PRESIGNED_EXPIRY_S) -> None:
        self.store = store
        self.client = client
        self.expires_s = expires_s
        self.document_root = client.settings.document_root
        self.projects: dict[str, int] = {}
        self._labels: dict[str, list[str]] = {}

    def ensure_project(self, doc_type: str, fields: list[str], approvals: int = 1) -> int:
        """The project of a document type, with a label for each of `fields` (created or updated once)."""
        if doc_type in self.projects and not set(fields) - set(self._labels[doc_type]):
            return self.projects[doc_type]
        declared, hints = schema_fields(doc_type)
        wanted = list(dict.fromkeys([*declared, *fields]))
        title = project_title(doc_type)
        found = self.client.find_project(title)
        if found is None:
            labels = wanted
            project_id = self.client.create_project(
                title,
                f"Documents of type {doc_type} that idp sent to review.",
                labeling_config(labels, hints),
                annotators=max(packaged_policies().max_approvals(doc_type), approvals),
            )
        else:
            project_id, labels = found["id"], config_labels(found["label_config"])
            if set(wanted) - set(labels):
                labels = list(dict.fromkeys([*labels, *wanted]))
                self.client.update_label_config(project_id, labeling_config(labels, hints))
        if isinstance(self.store, LocalStore):
            pages = (self.store.root / "pages").as_posix()
            granted = self.client.local_storage_paths(project_id)
            if not any(pages == p or pages.startswith(p.rstrip("/") + "/") for p in granted):
                self.client.add_local_storage(project_id, pages)
        register_webhook(self.store, self.client, project_id)
        record = ProjectRecord(
            doc_type=doc_type, project_id=project_id, title=title, label_studio_url=self.client.url,
            labels=labels, updated_at=utc_now(),
        )  # fmt: skip
        write_record(self.store, project_key(doc_type), record)
        self.projects[doc_type] = project_id
        self._labels[doc_type] = labels
        return project_id

    def push(self, result: Result) -> bool:
        """Push one result when it waits for review and has no task yet; whether a task was made."""
        doc_id = result.document_id
        record = read_record(self.store, push_key(doc_id), PushRecord)
        if record is not None and record.result_version == result.version:
            if record.state == "pushed":
                return False
            # a push cut short: finish it if the task was made
            task_id = self.client.find_task(record.project_id, doc_id, record.result_version)
            if task_id is not None:
                pushed = record.model_copy(update={"task_id": task_id, "state": "pushed"})
                audit_push(self.store, pushed)
                write_record(self.store, push_key(doc_id), pushed)
                return True
        doc_type = str(result.doc_type.value)
        shown = list(boxed_fields(result))
        project_id = self.ensure_project(doc_type, list(result.fields), result.review.required_approvals)
        task = result_to_task(result, page_urls(self.store, result, self.document_root, self.expires_s))
        record = PushRecord(
            document_id=doc_id, doc_type=doc_type, result_version=result.version, project_id=project_id,
            state="pending", label_studio_url=self.client.url, pushed_at=utc_now(),
            qa_sample=result.review.qa_sample, reasons=list(result.review.reasons), fields=shown,
        )  # fmt: skip
        write_record(self.store, push_key(doc_id), record)
        task_id = self.client.import_task(project_id, task)
        if task_id is None:  # an edition that imports asynchronously answers without ids
            task_id = self.client.find_task(project_id, doc_id, result.version)
        pushed = record.model_copy(update={"task_id": task_id, "state": "pushed"})
        audit_push(self.store, pushed)
        write_record(self.store, push_key(doc_id), pushed)
        return True


def latest_results(store: Store) -> list[str]:
    return [k for k in store.list("results") if LATEST_RESULT.match(k)]


def push_reviews(
    store: Store, client: LabelStudioClient, doc_type: str | None = None, limit: int | None = None
) -> PushReport:
    """Push every document that waits for review and has no task yet (at most `limit`)."""
    report = PushReport()
    pusher = Pusher(store, client)
    for key in latest_results(store):
        if limit is not None and len(report.pushed) >= limit:
            break
        result = Result.model_validate(store.get_json(key))
        if not wants_review(result) or (doc_type and str(result.doc_type.value) != doc_type):
            report.not_for_review += 1
            continue
        if result.review.task_id is not None:
            report.already_pushed += 1
            continue
        try:
            made = pusher.push(result)
        except ValueError as exc:  # this document cannot be shown; the others still go
            report.errors.append(f"{result.document_id}: {exc}")
            continue
        if made:
            report.pushed.append(result.document_id)
        else:
            report.already_pushed += 1
    report.projects = dict(pusher.projects)
    return report
