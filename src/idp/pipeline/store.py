"""Object storage behind one small interface, chosen by URI scheme.

`file://DIR` (or a plain path) is the embedded default. Writes are atomic: an object appears whole
or not at all (a temporary file renamed into place), so a crash mid-batch never leaves half a result.
Other schemes (s3://) register themselves with `register_store`.
"""

from __future__ import annotations

import json
import os
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse


class StoreError(RuntimeError):
    """A store cannot be opened or used (bad URI, missing bucket, refused credentials)."""


class Store(ABC):
    """Keys are '/'-separated paths relative to the store's root (bucket and prefix, or folder)."""

    @property
    @abstractmethod
    def uri(self) -> str: ...

    @abstractmethod
    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None: ...

    @abstractmethod
    def get(self, key: str) -> bytes:
        """The object's bytes; KeyError when there is none."""

    @abstractmethod
    def exists(self, key: str) -> bool: ...

    @abstractmethod
    def list(self, prefix: str = "") -> Iterator[str]:
        """Keys under `prefix`, recursively, sorted."""

    @abstractmethod
    def delete(self, key: str) -> None: ...

    def list_modified(self, prefix: str = "") -> Iterator[tuple[str, datetime]]:
        """(key, last-modified time in UTC) under `prefix`, sorted: what retention ages objects by."""
        raise NotImplementedError(f"{type(self).__name__} does not report modification times")

    def uri_for(self, key: str) -> str:
        return f"{self.uri.rstrip('/')}/{key}"

    def put_json(self, key: str, value: Any) -> None:
        self.put(key, json.dumps(value, indent=2, ensure_ascii=False).encode(), "application/json")

    def get_json(self, key: str) -> Any:
        return json.loads(self.get(key))


class LocalStore(Store):
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).expanduser().resolve()

    @property
    def uri(self) -> str:
        return self.root.as_uri()

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if path != self.root and self.root not in path.parents:
            raise StoreError(f"key {key!r} escapes the store root")
        return path

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            raise KeyError(key) from None

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def list(self, prefix: str = "") -> Iterator[str]:
        base = self._path(prefix) if prefix else self.root
        if base.is_file():
            yield base.relative_to(self.root).as_posix()
            return
        if not base.is_dir():
            return
        keys = []
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            # hidden files and our own temporary files are not objects
            keys.extend(
                (Path(dirpath) / n).relative_to(self.root).as_posix() for n in filenames if n[0] != "."
            )
        yield from sorted(keys)

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def list_modified(self, prefix: str = "") -> Iterator[tuple[str, datetime]]:
        for key in self.list(prefix):
            try:
                mtime = self._path(key).stat().st_mtime
            except FileNotFoundError:  # deleted since it was listed
                continue
            yield key, datetime.fromtimestamp(mtime, UTC)


_SCHEMES: dict[str, Callable[[str], Store]] = {}


def register_store(scheme: str) -> Callable[[Callable[[str], Store]], Callable[[str], Store]]:
    def decorate(factory: Callable[[str], Store]) -> Callable[[str], Store]:
        if scheme in _SCHEMES:
            raise ValueError(f"store scheme {scheme!r} registered twice")
        _SCHEMES[scheme] = factory
        return factory

    return decorate


@register_store("file")
def _open_local(uri: str) -> Store:
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            # file://relative/dir is a common slip for file:///abs or a relative path: accept it as relative
            return LocalStore(Path(parsed.netloc + unquote(parsed.path)))
        return LocalStore(Path(unquote(parsed.path)))
    return LocalStore(Path(uri))


def open_store(uri: str) -> Store:
    """The store for a URI: file://DIR, a plain path, or a registered scheme such as s3://BUCKET/PREFIX."""
    scheme = urlparse(uri).scheme
    if len(scheme) <= 1:  # a plain path (or a Windows drive letter)
        scheme = "file"
    if scheme == "s3" and scheme not in _SCHEMES:
        import idp.pipeline.s3store  # noqa: F401  (registers "s3"; imports the MinIO SDK only when needed)
    factory = _SCHEMES.get(scheme)
    if factory is None:
        raise StoreError(f"unsupported store URI {uri!r}; known schemes: {', '.join(sorted(_SCHEMES))}")
    return factory(uri)
