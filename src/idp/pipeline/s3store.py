"""`s3://BUCKET[/PREFIX]` stores over the MinIO SDK: MinIO, SeaweedFS or AWS S3 with the same code.

Settings come from the usual AWS environment variables (explicit constructor arguments win):
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL
(http:// or https://; default https://s3.amazonaws.com), AWS_REGION or AWS_DEFAULT_REGION (default: asked of
the server), IDP_S3_SSE=1 for server-side encryption (SSE-S3) of every object written.

A put is one PutObject, so an object appears whole or not at all, as with LocalStore. Keys follow
LocalStore's rules: relative to PREFIX, no '.' or '..' segments, and keys with a segment starting with '.'
are not listed. Every failure is a `StoreError` with one sentence naming the endpoint or the bucket, never
a secret: the secret key lives only in the MinIO client's credentials provider.
"""

from __future__ import annotations

import io
import mimetypes
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote, urlparse

import certifi
import urllib3
from minio import Minio
from minio.credentials import StaticProvider
from minio.error import InvalidResponseError, MinioException, S3Error, ServerError
from minio.sse import SseS3
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ReadTimeoutError,
    ResponseError,
    SSLError,
)

from idp.pipeline.store import Store, StoreError, register_store

AWS_DEFAULT_ENDPOINT = "https://s3.amazonaws.com"
_BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
_BUCKET_RULE = "3-63 lower-case letters, digits, '.' and '-'"
_CREDENTIALS_HINT = "check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"


def _env(*names: str) -> str | None:
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on", "aes256")


def parse_endpoint(url: str) -> tuple[str, bool]:
    """('host[:port]', secure) of an endpoint URL such as http://127.0.0.1:8333."""
    if "@" in url:  # checked first, so that no message repeats a password written into the URL
        raise StoreError("the S3 endpoint URL must not carry credentials: set AWS_ACCESS_KEY_ID instead")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise StoreError(f"the S3 endpoint {url!r} must be an http:// or https:// URL with a host")
    if parsed.path not in ("", "/") or parsed.query:
        raise StoreError(f"the S3 endpoint {url!r} must not have a path: use s3://BUCKET/PREFIX for that")
    return parsed.netloc, parsed.scheme == "https"


class S3Store(Store):
    """Objects under `prefix` in `bucket`, checked once on opening so that errors come before any work."""

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        endpoint: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        session_token: str | None = None,
        region: str | None = None,
        sse: bool | None = None,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 120.0,
        retries: int = 2,
    ) -> None:
        """Arguments left None come from the environment; timeouts are per attempt, then `retries` more."""
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        if any(part in ("", ".", "..") for part in self.prefix.split("/")) and self.prefix:
            raise StoreError(f"the prefix {prefix!r} of bucket {bucket!r} is not a plain relative path")
        self.endpoint = (
            endpoint or _env("AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL") or AWS_DEFAULT_ENDPOINT
        ).rstrip("/")
        host, secure = parse_endpoint(self.endpoint)
        self.region = region or _env("AWS_REGION", "AWS_DEFAULT_REGION")
        self.sse = _truthy(os.environ.get("IDP_S3_SSE")) if sse is None else sse
        if access_key is None and secret_key is None:
            access_key, secret_key = _env("AWS_ACCESS_KEY_ID"), _env("AWS_SECRET_ACCESS_KEY")
            session_token = session_token or _env("AWS_SESSION_TOKEN")
        if not access_key or not secret_key:
            missing = "AWS_ACCESS_KEY_ID" if not access_key else "AWS_SECRET_ACCESS_KEY"
            raise StoreError(
                f"no S3 credentials for {self.uri}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY "
                f"({missing} is missing)"
            )
        credentials = StaticProvider(access_key, secret_key, session_token)

        def client(read_timeout: float) -> Minio:
            http = urllib3.PoolManager(
                timeout=urllib3.Timeout(connect=connect_timeout_s, read=read_timeout),
                maxsize=10,
                cert_reqs="CERT_REQUIRED",
                ca_certs=os.environ.get("SSL_CERT_FILE") or certifi.where(),
                retries=urllib3.Retry(
                    total=retries, backoff_factor=0.2, status_forcelist=[500, 502, 503, 504]
                ),
            )
            return Minio(host, secure=secure, region=self.region, http_client=http, credentials=credentials)

        self._client = client(read_timeout_s)
        # The check gets a short read timeout too: an endpoint that never answers fails in seconds.
        with self._errors("open"):
            try:
                found = client(connect_timeout_s).bucket_exists(bucket)
            except ValueError as exc:  # the SDK's check of the bucket name
                raise StoreError(f"{bucket!r} is not a valid S3 bucket name: {_BUCKET_RULE}") from exc
        if not found:
            raise StoreError(self._no_bucket())

    def __repr__(self) -> str:
        return f"S3Store({self.uri!r}, endpoint={self.endpoint!r})"

    @property
    def uri(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}" if self.prefix else f"s3://{self.bucket}"

    def _name(self, key: str) -> str:
        parts = key.strip("/").split("/")
        if not key.strip("/") or any(part in ("", ".", "..") for part in parts):
            raise StoreError(f"key {key!r} is not a plain relative path inside the store")
        return f"{self.prefix}/{key.strip('/')}" if self.prefix else key.strip("/")

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        name = self._name(key)
        if content_type == "application/octet-stream":
            content_type = mimetypes.guess_type(key)[0] or content_type
        with self._errors("write", key):
            self._client.put_object(
                self.bucket,
                name,
                io.BytesIO(data),
                len(data),
                content_type=content_type,
                sse=SseS3() if self.sse else None,
            )

    def get(self, key: str) -> bytes:
        name = self._name(key)
        with self._errors("read", key):
            response = self._client.get_object(self.bucket, name)
            try:
                return response.read()
            finally:
                response.close()
                response.release_conn()

    def exists(self, key: str) -> bool:
        name = self._name(key)
        with self._errors("check", key):
            try:
                self._client.stat_object(self.bucket, name)
            except S3Error as exc:
                if exc.code in ("NoSuchKey", "NoSuchObject"):
                    return False
                raise
        return True

    def list(self, prefix: str = "") -> Iterator[str]:
        yield from (key for key, _ in self._listing(prefix))

    def list_modified(self, prefix: str = "") -> Iterator[tuple[str, datetime]]:
        yield from self._listing(prefix)

    def _listing(self, prefix: str) -> list[tuple[str, datetime]]:
        # `prefix` is a path, as in LocalStore: "results" lists results/..., not results-old/...
        base = self._name(prefix) if prefix.strip("/") else self.prefix
        strip = len(self.prefix) + 1 if self.prefix else 0
        keys = []
        with self._errors("list"):
            for obj in self._client.list_objects(self.bucket, prefix=base or None, recursive=True):
                name = obj.object_name or ""
                if base and name != base and not name.startswith(base + "/"):
                    continue
                key = name[strip:]
                if key and not any(part.startswith(".") for part in key.split("/")):
                    modified = obj.last_modified or datetime.now(UTC)
                    keys.append((key, modified.astimezone(UTC)))
        # S3 promises lexicographic order but not every server keeps it (SeaweedFS lists folder by folder)
        return sorted(keys)

    def delete(self, key: str) -> None:
        name = self._name(key)
        with self._errors("delete", key):
            self._client.remove_object(self.bucket, name)

    def presigned_get_url(self, key: str, expires_s: int = 3600) -> str:
        """A URL that reads the object without credentials until it expires (e.g. for Label Studio)."""
        name = self._name(key)
        with self._errors("sign a URL for", key):
            return self._client.presigned_get_object(self.bucket, name, expires=timedelta(seconds=expires_s))

    @contextmanager
    def _errors(self, action: str, key: str | None = None) -> Iterator[None]:
        """Turn SDK and connection errors into one StoreError sentence; a missing object into KeyError."""
        try:
            yield
        except S3Error as exc:
            if key is not None and exc.code in ("NoSuchKey", "NoSuchObject"):
                raise KeyError(key) from None
            raise StoreError(self._explain_s3(exc, action, key)) from exc
        except (MinioException, urllib3.exceptions.HTTPError) as exc:
            raise StoreError(self._explain_transport(exc, action)) from exc

    def _no_bucket(self) -> str:
        message = f"the bucket {self.bucket!r} does not exist at {self.endpoint}"
        if not _BUCKET_NAME.fullmatch(self.bucket):
            message += f" (nor is it a valid name: {_BUCKET_RULE})"
        return message

    def _explain_s3(self, exc: S3Error, action: str, key: str | None) -> str:
        where = f"the S3 server at {self.endpoint}"
        code = exc.code
        if code == "NoSuchBucket":
            return self._no_bucket()
        if code == "InvalidAccessKeyId":
            return f"{where} does not know the access key in AWS_ACCESS_KEY_ID: {_CREDENTIALS_HINT}"
        if code == "SignatureDoesNotMatch":
            return f"{where} refused the request signature, so the secret key is wrong: {_CREDENTIALS_HINT}"
        if code == "AccessDenied":
            return (
                f"{where} denied access to bucket {self.bucket!r}: the credentials are wrong "
                f"or lack permission to {action} it ({_CREDENTIALS_HINT})"
            )
        if code in ("ExpiredToken", "InvalidToken", "TokenRefreshRequired"):
            return f"{where} refused the session token (AWS_SESSION_TOKEN): it is expired or invalid"
        if code in ("AuthorizationHeaderMalformed", "PermanentRedirect", "Redirect"):
            return (
                f"bucket {self.bucket!r} is in another region than {self.region!r}: "
                f"set AWS_REGION ({exc.message})"
            )
        target = f"{key!r} in {self.uri}" if key else self.uri
        return f"{where} could not {action} {target}: {code}: {exc.message}"

    def _explain_transport(self, exc: Exception, action: str) -> str:
        where = f"the S3 endpoint {self.endpoint}"
        reason = exc.reason if isinstance(exc, MaxRetryError) else exc
        if isinstance(reason, NameResolutionError):
            return f"cannot reach {where}: its host name does not resolve (check AWS_ENDPOINT_URL)"
        if isinstance(reason, SSLError):
            return f"cannot reach {where}: the TLS handshake failed ({reason})"
        if isinstance(reason, NewConnectionError):  # a subclass of ConnectTimeoutError: test it first
            return (
                f"cannot reach {where}: the connection was refused (is the server running at that address?)"
            )
        if isinstance(reason, ConnectTimeoutError):
            return f"cannot reach {where}: the connection timed out (check AWS_ENDPOINT_URL and the network)"
        if isinstance(reason, ReadTimeoutError):
            return f"{where} did not answer in time to {action} {self.uri}"
        if isinstance(reason, ResponseError):
            return f"{where} kept failing to {action} {self.uri} ({reason})"
        if isinstance(exc, InvalidResponseError):
            detail = str(exc)[:200]
            return f"{where} did not answer like an S3 server to {action} {self.uri} ({detail})"
        if isinstance(exc, ServerError):
            return f"{where} failed to {action} {self.uri} with HTTP status {exc.status_code}"
        return f"lost the connection to {where} trying to {action} {self.uri} ({type(reason).__name__})"


@register_store("s3")
def open_s3_store(uri: str) -> Store:
    """s3://BUCKET[/PREFIX], settings from the environment (see the module docstring)."""
    parsed = urlparse(uri)
    if not parsed.netloc or parsed.query or parsed.fragment:
        raise StoreError(f"an S3 store URI is s3://BUCKET[/PREFIX], not {uri!r}")
    return S3Store(parsed.netloc, unquote(parsed.path))
