"""Settings and errors of the Label Studio client, without a server: the key never shows."""

from __future__ import annotations

import socket

import pytest

from idp.annotation.client import LabelStudioClient, LabelStudioError, LabelStudioSettings

KEY = "k3y-that-must-never-show-0123456789abcdef"


def test_settings_come_from_the_environment() -> None:
    settings = LabelStudioSettings.from_env(
        {"LABEL_STUDIO_URL": "http://127.0.0.1:8080/", "LABEL_STUDIO_API_KEY": KEY,
         "LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT": "/data"}
    )  # fmt: skip
    assert settings.url == "http://127.0.0.1:8080" and str(settings.document_root) == "/data"
    assert settings.api_key.get_secret_value() == KEY
    assert KEY not in repr(settings) and KEY not in settings.model_dump_json()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY"),
        ({"LABEL_STUDIO_URL": "http://ls"}, "set LABEL_STUDIO_API_KEY"),
        ({"LABEL_STUDIO_URL": "ftp://ls", "LABEL_STUDIO_API_KEY": KEY}, "http"),
        ({"LABEL_STUDIO_URL": "http://u:p@ls", "LABEL_STUDIO_API_KEY": KEY}, "without credentials"),
    ],
)
def test_missing_or_bad_settings_are_one_sentence(env: dict[str, str], message: str) -> None:
    with pytest.raises(LabelStudioError, match=message):
        LabelStudioSettings.from_env(env)


def test_an_unreachable_server_is_an_error_without_the_key() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    settings = LabelStudioSettings.from_env(
        {"LABEL_STUDIO_URL": f"http://127.0.0.1:{port}", "LABEL_STUDIO_API_KEY": KEY}
    )
    with pytest.raises(LabelStudioError, match="cannot reach Label Studio") as caught:
        LabelStudioClient(settings, timeout_s=2).whoami()
    assert KEY not in str(caught.value)
