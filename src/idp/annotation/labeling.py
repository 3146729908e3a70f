"""The Label Studio labeling config of a document type, generated from its fields (a pure function).

One task is one document: every page is one image of a paged ``<Image valueList="$pages">`` (Label Studio's
multi-page document annotation; regions carry the page as ``item_index``), so a field found on page 3 is shown
on page 3 and a reviewer can move it to another page. Each field is a label of one ``RectangleLabels``; the
value sits in a ``TextArea`` per region (``perRegion``), pre-filled from the prediction; the reasons the
document was flagged are shown as text above the pages.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping

# names inside the config; the adapters read and write results with these
IMAGE = "page"
LABELS = "field"
VALUE = "value"
REASONS = "reasons"
PAGES_KEY = "pages"  # task.data key of the list of page image URLs

_PALETTE = (
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
    "#469990", "#800000", "#808000", "#000075", "#bfef45", "#dcbeff", "#ffe119", "#a9a9a9",
)  # fmt: skip


def labeling_config(fields: Iterable[str], hints: Mapping[str, str] | None = None) -> str:
    """The XML for a document type whose fields are ``fields`` (in that order, duplicates dropped).

    ``hints`` (field -> short text, e.g. its type) are shown when the reviewer hovers a label.
    """
    names = list(dict.fromkeys(fields))
    if not names:
        raise ValueError("a labeling config needs at least one field")
    hints = hints or {}
    view = ET.Element("View")
    ET.SubElement(view, "Header", value="Why a person is needed")
    ET.SubElement(view, "Text", name=REASONS, value=f"${REASONS}")
    ET.SubElement(view, "Image", name=IMAGE, valueList=f"${PAGES_KEY}", zoom="true", zoomControl="true")
    labels = ET.SubElement(view, "RectangleLabels", name=LABELS, toName=IMAGE, showInline="true")
    for n, name in enumerate(names):
        attrs = {"value": name, "background": _PALETTE[n % len(_PALETTE)]}
        if hints.get(name):
            attrs["hint"] = hints[name]
        ET.SubElement(labels, "Label", attrs)
    ET.SubElement(
        view,
        "TextArea",
        name=VALUE,
        toName=IMAGE,
        perRegion="true",
        editable="true",
        maxSubmissions="1",
        rows="1",
        placeholder="the field's value: correct it, or empty it if the document has none",
    )
    ET.indent(view)
    return ET.tostring(view, encoding="unicode")


def config_labels(config: str) -> list[str]:
    """The field labels of a config made by :func:`labeling_config` (to tell whether it needs updating)."""
    root = ET.fromstring(config)
    return [
        str(label.get("value"))
        for tag in root.iter("RectangleLabels")
        if tag.get("name") == LABELS
        for label in tag.iter("Label")
    ]
