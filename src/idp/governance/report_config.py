"""Settings of `idp report` and `idp dashboard` (the ``report:`` section of configs/default.yaml)."""

from __future__ import annotations

from pathlib import Path

from idp.config import DriftSettings, ReportSettings, load_config

__all__ = ["DriftSettings", "ReportSettings", "load_report_settings"]


def load_report_settings(path: str | Path | None = None) -> ReportSettings:
    """The ``report:`` section of a config file (the defaults without one, or when the file has none)."""
    return load_config(path).report
