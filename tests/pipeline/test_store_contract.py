"""The Store contract, run against every store kind: the embedded folder and a real S3 server."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp.pipeline.store import Store, StoreError, open_store


@pytest.fixture(params=["local", pytest.param("s3", marks=pytest.mark.needs_s3)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "local":
        return open_store(tmp_path.as_uri())
    bucket = request.getfixturevalue("s3_bucket")  # also sets AWS_* for open_store
    return open_store(f"s3://{bucket}/some/prefix")


def test_put_get_list_delete(store: Store) -> None:
    store.put_json("results/b.json", {"v": 2})
    store.put_json("results/a.json", {"v": 1})
    store.put("pages/a/1.png", b"png")
    assert list(store.list("results")) == ["results/a.json", "results/b.json"]
    assert store.get_json("results/a.json") == {"v": 1}
    assert store.exists("pages/a/1.png") and not store.exists("pages/a/2.png")
    store.delete("pages/a/1.png")
    assert not store.exists("pages/a/1.png")
    with pytest.raises(KeyError):
        store.get("nothing/here")


def test_list_takes_a_path_not_a_string_prefix(store: Store) -> None:
    for key in ("scans/a.png", "scans/deep/b.png", "scans-old/c.png", "other.png"):
        store.put(key, b"x")
    assert sorted(store.list("scans")) == ["scans/a.png", "scans/deep/b.png"]
    assert sorted(store.list("scans/")) == ["scans/a.png", "scans/deep/b.png"]
    assert list(store.list("scans/a.png")) == ["scans/a.png"]  # a single object
    assert list(store.list("scan")) == list(store.list("missing")) == []
    assert sorted(store.list()) == ["other.png", "scans-old/c.png", "scans/a.png", "scans/deep/b.png"]


def test_overwrite_keeps_one_object_with_the_last_bytes(store: Store) -> None:
    for n in range(5):
        store.put("results/doc.json", str(n).encode())
    assert store.get("results/doc.json") == b"4"
    assert list(store.list("results")) == ["results/doc.json"]


def test_bytes_round_trip_exactly(store: Store) -> None:
    data = bytes(range(256)) * 64
    store.put("pages/x/1.bin", data)
    store.put("empty", b"")
    assert store.get("pages/x/1.bin") == data
    assert store.get("empty") == b"" and store.exists("empty")


def test_non_ascii_keys(store: Store) -> None:
    store.put("inbound/reçu n°1 €.png", b"x")
    assert list(store.list("inbound")) == ["inbound/reçu n°1 €.png"]
    assert store.get("inbound/reçu n°1 €.png") == b"x"


def test_folders_are_not_objects(store: Store) -> None:
    store.put("pages/a/1.png", b"x")
    assert not store.exists("pages/a")
    with pytest.raises(KeyError):
        store.get("pages/a")


def test_deleting_a_missing_key_is_no_error(store: Store) -> None:
    store.delete("never/written.json")
    assert not store.exists("never/written.json")


def test_keys_cannot_escape_the_root(store: Store) -> None:
    with pytest.raises(StoreError):
        store.put("../outside.json", b"x")


def test_hidden_keys_are_not_listed(store: Store) -> None:
    store.put(".DS_Store", b"x")
    store.put("scans/.partial", b"x")
    store.put("scan.png", b"x")
    assert list(store.list()) == ["scan.png"]


def test_the_uri_reopens_the_same_store(store: Store) -> None:
    store.put("results/x.json", b"{}")
    again = open_store(store.uri)
    assert again.uri == store.uri
    assert again.get("results/x.json") == b"{}"
    assert store.uri_for("results/x.json") == store.uri + "/results/x.json"
