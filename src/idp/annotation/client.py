"""The Label Studio API calls the review loop makes, over the official SDK (label-studio-sdk 2.x).

Settings come from the environment: LABEL_STUDIO_URL, LABEL_STUDIO_API_KEY (a legacy token or a personal
access token) and, for file:// stores, LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT (the same variable Label Studio
reads: page images are served from under it). The key lives in a SecretStr and in the SDK's client only;
every error is one :class:`LabelStudioError` sentence with the key cut out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, SecretStr

T = TypeVar("T")
WEBHOOK_ACTIONS = ["ANNOTATION_CREATED", "ANNOTATION_UPDATED"]


class LabelStudioError(RuntimeError):
    """Label Studio cannot be reached, refuses the key, or refuses a request."""


class LabelStudioSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    api_key: SecretStr
    document_root: Path | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> LabelStudioSettings:
        env = os.environ if environ is None else environ
        url = env.get("LABEL_STUDIO_URL", "").strip().rstrip("/")
        key = env.get("LABEL_STUDIO_API_KEY", "").strip()
        missing = [n for n, v in (("LABEL_STUDIO_URL", url), ("LABEL_STUDIO_API_KEY", key)) if not v]
        if missing:
            raise LabelStudioError(f"set {' and '.join(missing)} to reach Label Studio")
        if not url.startswith(("http://", "https://")) or "@" in url:
            raise LabelStudioError("LABEL_STUDIO_URL must be an http(s):// URL without credentials")
        root = env.get("LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT", "").strip()
        return cls(url=url, api_key=SecretStr(key), document_root=Path(root) if root else None)


def redact(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text


class LabelStudioClient:
    """One Label Studio server, as the review loop uses it. Return values are plain dicts and ints."""

    def __init__(self, settings: LabelStudioSettings, timeout_s: float = 30.0) -> None:
        from label_studio_sdk import LabelStudio

        self.settings = settings
        self.url = settings.url
        self._sdk = LabelStudio(
            base_url=settings.url, api_key=settings.api_key.get_secret_value(), timeout=timeout_s
        )
        self.user_label = cache(self._user_label)

    def _call(self, what: str, call: Callable[[], T]) -> T:
        import httpx
        from label_studio_sdk.core.api_error import ApiError

        secret = self.settings.api_key.get_secret_value()
        try:
            return call()
        except ApiError as exc:
            body = exc.body if isinstance(exc.body, str) else json.dumps(exc.body, default=str)
            hint = " (check LABEL_STUDIO_API_KEY)" if exc.status_code in (401, 403) else ""
            message = (
                f"Label Studio at {self.url} refused to {what}: HTTP {exc.status_code}{hint}: {body[:300]}"
            )
            raise LabelStudioError(redact(message, secret)) from None
        except httpx.HTTPError as exc:
            message = f"cannot reach Label Studio at {self.url} to {what}: {type(exc).__name__}: {exc}"
            raise LabelStudioError(redact(message, secret)) from None

    # ---------------------------------------------------------------- who and where

    def whoami(self) -> dict[str, Any]:
        return self._call("say who owns the key", lambda: self._sdk.users.whoami().model_dump(mode="json"))

    def _user_label(self, user_id: int) -> str:
        """The e-mail of a user (reviewer), else a stable id; cached per client."""
        try:
            user = self._call(f"look up user {user_id}", lambda: self._sdk.users.get(id=user_id))
        except LabelStudioError:
            return f"label-studio-user:{user_id}"
        return getattr(user, "email", None) or f"label-studio-user:{user_id}"

    # ---------------------------------------------------------------- projects

    def find_project(self, title: str) -> dict[str, Any] | None:
        projects = self._call(
            f"list projects titled {title!r}", lambda: list(self._sdk.projects.list(title=title))
        )
        for project in projects:
            if project.title == title:
                return {"id": int(project.id), "label_config": project.label_config or ""}
        return None

    def create_project(self, title: str, description: str, label_config: str, annotators: int = 1) -> int:
        """`annotators`: how many people Label Studio hands each task to (policies asking for approvals)."""
        project = self._call(
            f"create project {title!r}",
            lambda: self._sdk.projects.create(
                title=title,
                description=description,
                label_config=label_config,
                maximum_annotations=annotators,
            ),
        )
        return int(project.id)

    def update_label_config(self, project_id: int, label_config: str) -> None:
        self._call(
            f"update the labeling config of project {project_id}",
            lambda: self._sdk.projects.update(id=project_id, label_config=label_config),
        )

    def local_storage_paths(self, project_id: int) -> list[str]:
        storages = self._call(
            f"list local-files storages of project {project_id}",
            lambda: self._sdk.import_storage.local.list(project=project_id),
        )
        return [str(s.path) for s in storages if s.path]

    def add_local_storage(self, project_id: int, path: str) -> None:
        """A local-files storage that lets Label Studio serve images under `path` (never synced: tasks come
        from push, not from a scan of the folder)."""
        self._call(
            f"add a local-files storage for {path} to project {project_id} (is the store under "
            "LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT, with LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED=true?)",
            lambda: self._sdk.import_storage.local.create(
                project=project_id, path=path, title="idp store pages", use_blob_urls=False
            ),
        )

    # ---------------------------------------------------------------- tasks and annotations

    def import_task(self, project_id: int, task: dict[str, Any]) -> int | None:
        """Import one task with its prediction; its id, or None where the import runs asynchronously."""
        response = self._call(
            f"import a task into project {project_id}",
            lambda: self._sdk.projects.import_tasks(id=project_id, request=[task], return_task_ids=True),
        )
        ids = getattr(response, "task_ids", None) or []
        return int(ids[0]) if ids else None

    def find_task(self, project_id: int, document_id: str, result_version: int) -> int | None:
        """The task of a document's result version in a project (to finish a push a crash cut short)."""
        item = {"filter": "filter:tasks:data.document_id", "operator": "equal", "type": "String"}
        query = {"filters": {"conjunction": "and", "items": [{**item, "value": document_id}]}}
        tasks = self._call(
            f"find the task of {document_id} in project {project_id}",
            lambda: list(self._sdk.tasks.list(project=project_id, query=json.dumps(query))),
        )
        for task in tasks:
            data = task.data or {}
            if data.get("document_id") == document_id and data.get("result_version") == result_version:
                return int(task.id)
        return None

    def annotated_tasks(self, project_id: int) -> Iterator[dict[str, Any]]:
        """Every task of a project that has annotations: {"id", "data", "annotations": [dict]}."""
        tasks = self._call(
            f"list annotated tasks of project {project_id}",
            lambda: list(self._sdk.tasks.list(project=project_id, only_annotated=True, fields="all")),
        )
        for task in tasks:
            annotations = [
                a if isinstance(a, dict) else a.model_dump(mode="json") for a in task.annotations or []
            ]
            yield {"id": int(task.id), "data": dict(task.data or {}), "annotations": annotations}

    def task_annotations(self, task_id: int) -> list[dict[str, Any]]:
        annotations = self._call(
            f"list the annotations of task {task_id}", lambda: self._sdk.annotations.list(id=task_id)
        )
        return [a.model_dump(mode="json") for a in annotations]

    # ---------------------------------------------------------------- webhooks

    def ensure_webhook(self, project_id: int, url: str, headers: dict[str, str] | None = None) -> int:
        """A webhook of a project to `url` for created and updated annotations (made once; Label Studio's
        community edition has per-project webhooks only)."""
        hooks = self._call(
            f"list the webhooks of project {project_id}",
            lambda: list(self._sdk.webhooks.list(project=str(project_id))),
        )
        for hook in hooks:
            if (
                hook.project == project_id
                and hook.url == url
                and set(WEBHOOK_ACTIONS) <= set(hook.actions or [])
            ):
                if (hook.headers or {}) != (headers or {}) or not hook.is_active:
                    self._call(
                        f"update the webhook of project {project_id}",
                        lambda hid=hook.id: self._sdk.webhooks.update(
                            id=hid, url=url, headers=headers or {}, is_active=True
                        ),
                    )
                return int(hook.id)
        hook = self._call(
            f"register a webhook to {url} for project {project_id}",
            lambda: self._sdk.webhooks.create(
                url=url,
                project=project_id,
                actions=WEBHOOK_ACTIONS,
                send_payload=True,
                send_for_all_actions=False,
                headers=headers or {},
                is_active=True,
            ),
        )
        return int(hook.id)
