"""Stores for the governance tests: a local folder and a real S3 bucket, the same tests on each."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from idp.pipeline.store import Store, open_store
from tests.fixtures.label_studio import label_studio, ls_env

__all__ = ["label_studio", "ls_env"]


@pytest.fixture(params=["local", pytest.param("s3", marks=pytest.mark.needs_s3)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "local":
        return open_store((tmp_path / "store").as_uri())
    bucket = request.getfixturevalue("s3_bucket")
    return open_store(f"s3://{bucket}/governed")


@pytest.fixture
def secrets_in_env(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Credentials in the environment, as a deployment has them: the S3 server's secret key when `store` is
    the S3 bucket (else a made-up one), a Label Studio API key and a webhook token."""
    if not os.environ.get("AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-test-secret-9b8c7d6e5f")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "ls-test-key-4f9c2e7d1a")
    monkeypatch.setenv("IDP_WEBHOOK_TOKEN", "hook-token-33aa71")
    return [os.environ[n] for n in ("AWS_SECRET_ACCESS_KEY", "LABEL_STUDIO_API_KEY", "IDP_WEBHOOK_TOKEN")]


def all_bytes(store: Store, prefix: str = "") -> bytes:
    return b"\n".join(store.get(key) for key in store.list(prefix))
