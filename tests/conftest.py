"""Fixtures shared by every test package. Real servers live in tests/fixtures/ and start only when used."""

from __future__ import annotations

from tests.fixtures.seaweedfs import s3_bucket, s3_env, seaweedfs

__all__ = ["s3_bucket", "s3_env", "seaweedfs"]
