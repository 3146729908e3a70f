from __future__ import annotations

from pathlib import Path

import pytest

from idp.pipeline.store import LocalStore, StoreError, open_store


def test_file_uri_and_plain_path_open_the_same_folder(tmp_path: Path) -> None:
    a = open_store(tmp_path.as_uri())
    b = open_store(str(tmp_path))
    a.put("results/x.json", b"{}")
    assert b.get("results/x.json") == b"{}"
    assert a.uri == b.uri == tmp_path.resolve().as_uri()


def test_writes_are_atomic_and_leave_no_temporary_files(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    for n in range(5):
        store.put("results/doc.json", str(n).encode())
    assert store.get("results/doc.json") == b"4"
    assert sorted(p.name for p in (tmp_path / "results").iterdir()) == ["doc.json"]


def test_unknown_scheme_names_the_known_ones() -> None:
    with pytest.raises(StoreError, match="file"):
        open_store("gopher://host/x")
