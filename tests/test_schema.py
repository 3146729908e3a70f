"""The result contract's JSON Schema is checked in; it must equal what the data model generates.

After an intended change of the contract, regenerate with IDP_REGENERATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import json
import os

from idp.config import schemas_dir
from idp.document import result_json_schema


def test_checked_in_schema_matches_the_model() -> None:
    path = schemas_dir() / "result.v1.schema.json"
    generated = json.dumps(result_json_schema(), indent=2) + "\n"
    if os.environ.get("IDP_REGENERATE_GOLDEN") == "1":
        path.write_text(generated)
    assert path.read_text() == generated, "result contract changed: regenerate with IDP_REGENERATE_GOLDEN=1"


def test_schema_pins_version_and_statuses() -> None:
    schema = result_json_schema()
    assert schema["properties"]["schema_version"]["const"] == "1"
    statuses = schema["$defs"]["Status"]["enum"]
    assert statuses == ["auto_accepted", "needs_review", "reviewed", "failed"]
