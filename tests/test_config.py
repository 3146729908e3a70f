from __future__ import annotations

from pathlib import Path

import pytest

from idp.config import ConfigError, RapidOcrSettings, TesseractSettings, load_config


def test_defaults_load_and_are_frozen() -> None:
    config = load_config()
    assert isinstance(config.ocr, RapidOcrSettings)
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error type is an implementation detail
        config.runtime.workers = 5  # type: ignore[misc]


def test_user_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("runtime:\n  workers: 3\nocr:\n  kind: tesseract\n  lang: eng\n")
    config = load_config(path)
    assert config.runtime.workers == 3
    assert config.runtime.cpus_per_worker == load_config().runtime.cpus_per_worker
    assert isinstance(config.ocr, TesseractSettings)


def test_typo_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("runtime:\n  wokers: 3\n")
    with pytest.raises(ConfigError, match="wokers"):
        load_config(path)


def test_unknown_ocr_kind_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("ocr:\n  kind: magic\n")
    with pytest.raises(ConfigError):
        load_config(path)
