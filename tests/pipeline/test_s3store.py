"""S3Store against a real SeaweedFS S3 server: layout under a prefix, errors people can act on, the batch."""

from __future__ import annotations

import io
import json
import socket
import traceback
import urllib.request
from pathlib import Path

import pytest

from idp.pipeline.s3store import S3Store
from idp.pipeline.store import StoreError, open_store
from tests.fixtures.seaweedfs import S3Server, running_seaweedfs

pytestmark = pytest.mark.needs_s3


def _no_secret_in(error: BaseException, secret: str) -> None:
    """Neither the message nor the whole printed traceback (chained SDK errors included) shows the secret."""
    assert secret not in str(error)
    assert secret not in "".join(traceback.format_exception(error))


def test_keys_live_under_the_uri_prefix(s3_bucket: str, s3_env: S3Server) -> None:
    store = open_store(f"s3://{s3_bucket}/tenant-a/")
    assert isinstance(store, S3Store)
    assert store.uri == f"s3://{s3_bucket}/tenant-a"
    store.put("results/a.json", b"{}")
    client = s3_env.client()
    client.put_object(s3_bucket, "outside.json", io.BytesIO(b"x"), 1)
    names = [o.object_name for o in client.list_objects(s3_bucket, recursive=True)]
    assert sorted(names) == ["outside.json", "tenant-a/results/a.json"]
    assert list(store.list()) == ["results/a.json"]
    whole = open_store(f"s3://{s3_bucket}")
    assert whole.uri == f"s3://{s3_bucket}"
    assert list(whole.list()) == ["outside.json", "tenant-a/results/a.json"]
    assert whole.uri_for("outside.json") == f"s3://{s3_bucket}/outside.json"


def test_listing_is_lexicographic_across_depths(s3_bucket: str) -> None:
    store = S3Store(s3_bucket)
    for key in ("results/b.json", "results/a/v1.json", "results/a.json", "results/a-b.json"):
        store.put(key, b"{}")
    keys = list(store.list("results"))
    assert (
        keys == sorted(keys) == ["results/a-b.json", "results/a.json", "results/a/v1.json", "results/b.json"]
    )


def test_content_types(s3_bucket: str, s3_env: S3Server) -> None:
    store = S3Store(s3_bucket)
    store.put_json("results/a.json", {"v": 1})
    store.put("pages/a/1.png", b"png")  # guessed from the name
    store.put("pages/a/2.webp", b"webp", "image/webp")
    store.put("blob", b"x")
    client = s3_env.client()
    types = {k: client.stat_object(s3_bucket, k).content_type for k in store.list()}
    assert types == {
        "blob": "application/octet-stream",
        "pages/a/1.png": "image/png",
        "pages/a/2.webp": "image/webp",
        "results/a.json": "application/json",
    }


def test_server_side_encryption_is_off_by_default_and_can_be_asked_for(
    s3_bucket: str, s3_env: S3Server
) -> None:
    plain, encrypted = S3Store(s3_bucket), S3Store(s3_bucket, sse=True)
    plain.put("plain.txt", b"a")
    encrypted.put("sealed.txt", b"b")
    assert encrypted.get("sealed.txt") == b"b"
    client = s3_env.client()
    header = "X-Amz-Server-Side-Encryption"
    assert client.stat_object(s3_bucket, "plain.txt").metadata.get(header) is None
    assert client.stat_object(s3_bucket, "sealed.txt").metadata.get(header) == "AES256"


def test_presigned_url_reads_without_credentials(s3_bucket: str) -> None:
    store = S3Store(s3_bucket, "p")
    store.put("pages/a/1.png", b"\x89PNG...")
    url = store.presigned_get_url("pages/a/1.png", expires_s=300)
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.read() == b"\x89PNG..."


def test_wrong_secret_key_is_a_clear_error_without_the_secret(
    s3_bucket: str, s3_env: S3Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "wrong-secret-0123456789abcdef"
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", wrong)
    with pytest.raises(StoreError, match="AWS_SECRET_ACCESS_KEY") as caught:
        open_store(f"s3://{s3_bucket}")
    _no_secret_in(caught.value, wrong)
    _no_secret_in(caught.value, s3_env.secret_key)


def test_unknown_access_key_is_a_clear_error(s3_bucket: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "nobody")
    with pytest.raises(StoreError, match="AWS_ACCESS_KEY_ID"):
        open_store(f"s3://{s3_bucket}")


def test_the_store_never_shows_its_secret(s3_bucket: str, s3_env: S3Server) -> None:
    store = open_store(f"s3://{s3_bucket}/x")
    assert s3_env.secret_key not in repr(store) + str(store)
    assert repr(store) == f"S3Store('s3://{s3_bucket}/x', endpoint='{s3_env.endpoint}')"


def test_missing_bucket_is_named(s3_env: S3Server) -> None:
    with pytest.raises(StoreError, match=r"'no-such-bucket'.*does not exist"):
        open_store("s3://no-such-bucket/scans")


@pytest.mark.parametrize("bucket", ["UPPER_case", "ab"])
def test_invalid_bucket_name_is_a_store_error(bucket: str, s3_env: S3Server) -> None:
    with pytest.raises(StoreError, match="valid"):
        open_store(f"s3://{bucket}")


def test_unreachable_endpoint_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret-value-not-to-show")
    with pytest.raises(StoreError, match=rf"http://127\.0\.0\.1:{port}.*refused") as caught:
        open_store("s3://inbound")
    _no_secret_in(caught.value, "secret-value-not-to-show")


def test_endpoint_that_never_answers_is_named() -> None:
    with socket.socket() as sock:  # listens (the kernel accepts connections) but never answers
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        endpoint = f"http://127.0.0.1:{sock.getsockname()[1]}"
        with pytest.raises(StoreError, match=rf"{endpoint} did not answer in time"):
            S3Store("inbound", endpoint=endpoint, access_key="k", secret_key="s", connect_timeout_s=0.3)


def test_https_endpoint_speaks_tls(seaweedfs: S3Server) -> None:
    plain_http_port = seaweedfs.endpoint.rsplit(":", 1)[1]
    with pytest.raises(StoreError, match="TLS handshake failed"):
        S3Store("inbound", endpoint=f"https://127.0.0.1:{plain_http_port}", access_key="k", secret_key="s")


def test_bad_prefix_is_refused(s3_env: S3Server) -> None:
    with pytest.raises(StoreError, match="not a plain relative path"):
        open_store("s3://inbound/a/../b")


def test_missing_credentials_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
    with pytest.raises(StoreError, match=r"no S3 credentials for s3://inbound/scans.*AWS_ACCESS_KEY_ID"):
        open_store("s3://inbound/scans")


@pytest.mark.parametrize(
    "endpoint", ["127.0.0.1:8333", "ftp://host", "http://user:pw@host", "user:pw@host", "http://host/path"]
)
def test_bad_endpoint_urls_are_refused(endpoint: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    with pytest.raises(StoreError, match="endpoint") as caught:
        S3Store("inbound", access_key="k", secret_key="s")
    assert "pw" not in str(caught.value)


def test_uri_without_bucket_is_refused() -> None:
    with pytest.raises(StoreError, match="s3://BUCKET"):
        open_store("s3:///scans")


def test_data_survives_a_server_restart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "seaweedfs"
    with running_seaweedfs(data_dir) as server:
        server.client().make_bucket("kept")
        S3Store(
            "kept", endpoint=server.endpoint, access_key=server.access_key, secret_key=server.secret_key
        ).put("results/a.json", b'{"v": 1}')
        secret = server.secret_key
    with running_seaweedfs(data_dir, secret_key=secret) as server:  # new ports, same data
        store = S3Store("kept", endpoint=server.endpoint, access_key=server.access_key, secret_key=secret)
        assert store.get_json("results/a.json") == {"v": 1}


@pytest.mark.slow
def test_batch_reads_a_bucket_and_writes_results_to_another(s3_env: S3Server) -> None:
    from idp.config import load_config
    from idp.pipeline.runner import process_batch
    from tests import inputs

    client = s3_env.client()
    for bucket in ("inbound", "results"):
        if not client.bucket_exists(bucket):
            client.make_bucket(bucket)
    inbound = S3Store("inbound")
    inbound.put("scans/receipt-1.png", inputs.png_bytes())
    inbound.put("scans/receipt-2.png", inputs.png_bytes([*inputs.RECEIPT_LINES, "THANK YOU"]))
    inbound.put("scans/broken.pdf", inputs.digital_pdf_bytes()[:900])
    inbound.put("elsewhere/not-in-the-batch.png", inputs.png_bytes())

    report = process_batch("s3://inbound/scans/", "s3://results", load_config(), workers=0)

    assert (report.counts.files, report.counts.processed, report.counts.quarantined) == (3, 2, 1)
    out = S3Store("results")
    results = [out.get_json(k) for k in out.list("results") if k.count("/") == 1]
    assert sorted(r["source"]["uri"] for r in results) == [
        "s3://inbound/scans/receipt-1.png",
        "s3://inbound/scans/receipt-2.png",
    ]
    for result in results:
        assert out.exists(result["ocr_key"])
        assert all(out.exists(page["image_key"]) for page in result["pages"])
    (quarantine_key,) = out.list("quarantine")
    record = out.get_json(quarantine_key)
    assert (record["file_name"], record["reason"]) == ("broken.pdf", "truncated")
    assert out.exists(f"runs/{report.run_id}.json")
    again = process_batch("s3://inbound/scans/", "s3://results", load_config(), workers=0)
    assert again.counts.skipped == 3
    assert json.loads(out.get(f"runs/{again.run_id}.json"))["counts"]["skipped"] == 3


@pytest.mark.slow
def test_interrupted_s3_batch_resumes_on_ray_with_events(s3_env: S3Server) -> None:
    """Kill a batch writing to a bucket part-way; the re-run on Ray finishes it without duplicates."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from idp.config import load_config
    from idp.pipeline.runner import process_batch
    from tests import inputs

    client = s3_env.client()
    for bucket in ("resume-in", "resume-out"):
        if not client.bucket_exists(bucket):
            client.make_bucket(bucket)
    inbound = S3Store("resume-in")
    for n in range(5):
        inbound.put(
            f"mail/receipt-{n}.png", inputs.png_bytes([f"SHOP NUMBER {n}", *inputs.RECEIPT_LINES[1:]])
        )
    out = S3Store("resume-out")

    def finished() -> list[str]:
        return [k for k in out.list("results") if k.count("/") == 1]

    command = [sys.executable, "-m", "idp", "process", "s3://resume-in/mail/", "--out", "s3://resume-out"]
    proc = subprocess.Popen([*command, "--workers", "0", "--quiet"], env=dict(os.environ))
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None and len(finished()) < 2:
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    before = finished()
    assert 2 <= len(before) < 5, "the batch should have been killed part-way"

    report = process_batch("s3://resume-in/mail/", "s3://resume-out", load_config(), workers=2)

    assert report.counts.skipped >= len(before)
    assert report.counts.processed + report.counts.skipped == 5
    assert len(finished()) == 5
    assert all(out.get_json(k)["version"] == 1 for k in finished())
    events = [json.loads(line) for line in out.get(report.events_key).decode().splitlines()]
    assert len(events) == report.counts.processed
    assert {e["key"] for e in events} <= set(finished())
