from __future__ import annotations

from pathlib import Path

import pytest

from tests import inputs

VALID = {
    "receipts/scan-0001.png": (inputs.png_bytes, 1),
    "receipts/scan-0002.jpg": (inputs.jpeg_bytes, 1),
    "fax/claim-two-pages.tiff": (lambda: inputs.tiff_bytes(pages=2), 2),
    "invoices/digital.pdf": (lambda: inputs.digital_pdf_bytes(pages=2), 2),
    "invoices/scanned.pdf": (inputs.scanned_pdf_bytes, 1),
}
INVALID = {
    "bad/corrupt.pdf": (lambda: inputs.digital_pdf_bytes()[:900], "truncated"),
    "bad/empty.png": (lambda: b"", "empty"),
    "bad/notes.txt": (lambda: b"call the broker back on monday\n", "unsupported_type"),
    "bad/locked.pdf": (lambda: inputs.digital_pdf_bytes(password="pw"), "encrypted"),
}


@pytest.fixture(scope="session")
def mixed_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder mixing every input kind we accept with inputs we must quarantine."""
    folder = tmp_path_factory.mktemp("inbound")
    for name, (build, _) in {**VALID, **INVALID}.items():
        inputs.write(folder, name, build())
    return folder
