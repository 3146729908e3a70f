"""The model registry: versions of learned models in the object store, and which one is in service.

    models/<name>/<version>/<file>            weights, config, metrics, data manifest (opaque bytes here)
    models/<name>/<version>/manifest.json     the version's card, written last: every file with its sha256
    models/<name>/promoted.json               the version in service (absent: the packaged models serve)
    models/<name>/promotions/<time>-<v>.json  every promotion ever made, kept

Versions are ``v1``, ``v2`` ... per name, allocated here (the ``v`` keeps them apart from the packaged
models' own version numbers in result provenance). A version whose manifest is missing was cut short
while being written and is not listed. Files are checked against their sha256 when read.

The registry does not decide whether a version is better: the champion/challenger gate
(:mod:`idp.training.gate`) does, and hands its :class:`GateDecision` to :meth:`ModelRegistry.promote`,
which refuses a version that did not pass unless forced.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from idp.document import utc_now
from idp.pipeline.store import Store, open_store

MANIFEST = "manifest.json"
NAME = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
VERSION = re.compile(r"^v([1-9][0-9]*)$")


class RegistryError(RuntimeError):
    """A name, version or file the registry does not have, or a damaged one."""


class PromotionRefused(RegistryError):
    """The gate found the challenger no better than the version in service (and no --force)."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileEntry(_Record):
    sha256: str
    size_bytes: int


class ModelManifest(_Record):
    schema_version: Literal["1"] = "1"
    name: str
    version: str
    created_at: str
    created_by: str | None = None
    base: str | None = Field(default=None, description="the version this one was trained from, if any")
    fitted_on: str = ""
    files: dict[str, FileEntry]
    summary: dict[str, Any] = Field(default_factory=dict, description="headline held-out figures")

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"


class GateDecision(_Record):
    """Champion/challenger on the challenger's held-out documents."""

    passed: bool
    reason: str
    challenger: str
    champion: str = Field(description="what was in service: a version, 'packaged' or 'rules'")
    documents: int = 0
    challenger_metrics: dict[str, Any] = Field(default_factory=dict)
    champion_metrics: dict[str, Any] = Field(default_factory=dict)


class Promotion(_Record):
    schema_version: Literal["1"] = "1"
    name: str
    version: str
    previous: str | None
    promoted_at: str
    promoted_by: str | None = None
    forced: bool = False
    decision: GateDecision | None = None


def parse_version(text: str) -> str:
    """``3`` or ``v3`` -> ``v3``; anything else is an error."""
    version = text if text.startswith("v") else f"v{text}"
    if not VERSION.match(version):
        raise RegistryError(f"not a registry version: {text!r} (expected v1, v2, ...)")
    return version


def _number(version: str) -> int:
    match = VERSION.match(version)
    return int(match.group(1)) if match else 0


def _check_name(name: str) -> str:
    if not NAME.match(name):
        raise RegistryError(f"not a model name: {name!r} (lower-case letters, digits, - and _)")
    return name


class ModelRegistry:
    """Model versions under ``models/`` of a store (a local folder or a bucket)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def uri(self) -> str:
        return self.store.uri

    def names(self) -> list[str]:
        names = {key.split("/")[1] for key in self.store.list("models") if key.count("/") >= 2}
        return sorted(n for n in names if NAME.match(n))

    def _version_folders(self, name: str) -> set[str]:
        prefix = f"models/{_check_name(name)}/"
        return {k[len(prefix) :].split("/", 1)[0] for k in self.store.list(prefix.rstrip("/")) if "/" in k}

    def next_version(self, name: str) -> str:
        """The number the next registered version of ``name`` gets (unfinished versions count)."""
        return f"v{max((_number(v) for v in self._version_folders(name)), default=0) + 1}"

    def versions(self, name: str) -> list[ModelManifest]:
        """Every complete version of ``name``, oldest first."""
        out = []
        for version in sorted((v for v in self._version_folders(name) if VERSION.match(v)), key=_number):
            try:
                out.append(self.manifest(name, version))
            except RegistryError:
                continue  # unfinished: the manifest is written last
        return out

    def manifest(self, name: str, version: str) -> ModelManifest:
        key = f"models/{_check_name(name)}/{parse_version(version)}/{MANIFEST}"
        try:
            return ModelManifest.model_validate(self.store.get_json(key))
        except KeyError:
            raise RegistryError(f"no version {version} of model {name!r} in {self.uri}") from None
        except (ValidationError, ValueError) as exc:
            raise RegistryError(f"{key} in {self.uri} is damaged: {exc}") from exc

    def read(self, name: str, version: str, file: str) -> bytes:
        """A file of a version, checked against the sha256 its manifest records."""
        manifest = self.manifest(name, version)
        entry = manifest.files.get(file)
        if entry is None:
            raise RegistryError(f"{manifest.tag} has no file {file!r} (it has {', '.join(manifest.files)})")
        data = self.store.get(f"models/{name}/{manifest.version}/{file}")
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise RegistryError(f"{manifest.tag}/{file} does not match its sha256: the version is damaged")
        return data

    def read_json(self, name: str, version: str, file: str) -> Any:
        return json.loads(self.read(name, version, file))

    def register(
        self,
        name: str,
        files: Mapping[str, bytes],
        *,
        base: str | None = None,
        fitted_on: str = "",
        summary: Mapping[str, Any] | None = None,
        created_by: str | None = None,
        version: str | None = None,
    ) -> ModelManifest:
        """Store ``files`` as version ``version`` (default: the next) of ``name``; not in service until
        promoted. Weights name their own version, so trainers ask :meth:`next_version` first.

        Two trainers registering the same name at the same moment could pick the same number: run
        training as one job per model name (stores have no atomic create)."""
        if not files or MANIFEST in files or any("/" in f or f.startswith(".") for f in files):
            raise RegistryError(f"bad file names for a model version: {sorted(files)}")
        version = parse_version(version) if version else self.next_version(name)
        if version in self._version_folders(name):
            raise RegistryError(f"{name}@{version} exists already in {self.uri}")
        entries = {}
        for file, data in files.items():
            kind = "application/json" if file.endswith(".json") else "application/octet-stream"
            self.store.put(f"models/{name}/{version}/{file}", data, kind)
            entries[file] = FileEntry(sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
        manifest = ModelManifest(
            name=name, version=version, created_at=utc_now(), created_by=created_by, base=base,
            fitted_on=fitted_on, files=entries, summary=dict(summary or {}),
        )  # fmt: skip
        self.store.put_json(f"models/{name}/{version}/{MANIFEST}", manifest.model_dump(mode="json"))
        return manifest

    def promoted(self, name: str) -> Promotion | None:
        """The promotion that put the version in service now, or None (the packaged models serve)."""
        try:
            return Promotion.model_validate(self.store.get_json(f"models/{_check_name(name)}/promoted.json"))
        except KeyError:
            return None
        except (ValidationError, ValueError) as exc:
            raise RegistryError(f"models/{name}/promoted.json in {self.uri} is damaged: {exc}") from exc

    def promote(
        self,
        name: str,
        version: str,
        decision: GateDecision | None,
        *,
        force: bool = False,
        by: str | None = None,
    ) -> Promotion:
        """Put ``version`` in service when ``decision`` passed, or when ``force``d (recorded as such)."""
        manifest = self.manifest(name, version)
        if not force and (decision is None or not decision.passed):
            why = decision.reason if decision is not None else "no champion/challenger evaluation"
            raise PromotionRefused(f"{manifest.tag} not promoted: {why}")
        current = self.promoted(name)
        promotion = Promotion(
            name=name, version=manifest.version, previous=current.version if current else None,
            promoted_at=utc_now(), promoted_by=by, forced=force and not (decision and decision.passed),
            decision=decision,
        )  # fmt: skip
        payload = promotion.model_dump(mode="json")
        stamp = re.sub(r"[^0-9T]", "", promotion.promoted_at)
        self.store.put_json(f"models/{name}/promotions/{stamp}-{manifest.version}.json", payload)
        self.store.put_json(f"models/{name}/promoted.json", payload)
        return promotion

    def history(self, name: str) -> list[Promotion]:
        keys = [k for k in self.store.list(f"models/{_check_name(name)}/promotions") if k.endswith(".json")]
        return [Promotion.model_validate(self.store.get_json(k)) for k in keys]


def open_registry(uri: str) -> ModelRegistry:
    """The registry in the store at ``uri`` (file://DIR, DIR or s3://bucket[/prefix])."""
    return ModelRegistry(open_store(uri))
