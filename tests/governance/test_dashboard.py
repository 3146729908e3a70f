"""The dashboard: the HTML of a known store, the live server, and the page in a real headless Chromium
(Debian package `chromium`), whose screenshot is kept as a test artifact."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from idp.governance.dashboard import DashboardServer, render_html
from idp.governance.report import build_report
from idp.governance.report_models import OpsReport
from idp.governance.report_synth import synth_store
from idp.pipeline.store import LocalStore
from tests.governance.test_report import BASELINES, NOW, SETTINGS, build_known_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def test_page_of_a_known_store(tmp_path: Path) -> None:
    report = build_report(build_known_store(tmp_path / "store"), SETTINGS, now=NOW, baselines=BASELINES)
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 7
    assert "<script" not in page and 'src="' not in page and "<link" not in page  # nothing fetched
    assert "70.0%" in page and "33.3%" in page  # automation rate, QA error rate
    assert "1 documents waiting for review past their SLA" in page and "receipt.vendor_name" in page
    assert 'http-equiv="refresh"' not in page
    assert 'http-equiv="refresh" content="15"' in render_html(report, refresh_s=15)


def test_text_from_the_store_is_escaped(tmp_path: Path) -> None:
    report = build_report(build_known_store(tmp_path / "store"), SETTINGS, now=NOW, baselines={})
    report.alerts.append("<script>alert(1)</script>")
    report.by_doc_type["receipt"].fields["<b>x</b>"] = report.by_doc_type["receipt"].fields["total"]
    page = render_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>x</b>" not in page


def _get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.status, answer.headers["Content-Type"], answer.read()


def test_server_serves_page_and_json_and_rebuilds_at_most_every_refresh(tmp_path: Path) -> None:
    store = build_known_store(tmp_path / "store")
    builds = []

    def build() -> OpsReport:
        builds.append(1)
        return build_report(store, SETTINGS, now=NOW, baselines=BASELINES)

    server = DashboardServer(build, port=0, refresh_s=3600)
    server.start()
    try:
        assert server.url.startswith("http://127.0.0.1:")
        status, kind, body = _get(server.url)
        assert status == 200 and kind.startswith("text/html") and body.count(b"<svg") == 7
        status, kind, body = _get(server.url + "report.json")
        assert kind == "application/json" and json.loads(body)["documents"] == 10
        assert len(builds) == 1  # the second request reused the report built for the first
        with pytest.raises(urllib.error.HTTPError) as missing:
            _get(server.url + "nothing")
        assert missing.value.code == 404
    finally:
        server.close()


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install -y chromium)"
)
def test_dashboard_in_headless_chromium(tmp_path: Path) -> None:
    root = tmp_path / "store"
    synth_store(root, documents=3000, days=30, now=datetime.now(UTC))
    store = LocalStore(root)
    server = DashboardServer(lambda: build_report(store, baselines=BASELINES), port=0, refresh_s=60)
    server.start()
    artifacts = Path(os.environ.get("IDP_TEST_ARTIFACTS", tmp_path))
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / "dashboard.png"
    try:
        dom = _chromium(["--dump-dom", server.url], tmp_path / "profile-dom")
        assert dom.returncode == 0, dom.stderr[-2000:]
        html = dom.stdout
        assert html.count("<svg") == 7 and html.count('class="bar"') > 50, html[:500]
        assert "<polyline" in html and 'id="by-doc-type"' in html and 'id="fields"' in html
        assert "idp operations" in html and "drift: receipt.vendor_name" in html
        taken = _chromium(
            [f"--screenshot={shot}", "--window-size=1280,2000", server.url], tmp_path / "profile-shot"
        )
        assert taken.returncode == 0 and shot.is_file(), taken.stderr[-2000:]
    finally:
        server.close()
    with Image.open(shot) as image:
        assert image.size == (1280, 2000)
        colours = image.convert("RGB").resize((320, 500)).getcolors(maxcolors=100_000) or []
        assert len(colours) > 200  # a rendered page of charts, not a blank or error page
    print(f"dashboard screenshot: {shot}")
