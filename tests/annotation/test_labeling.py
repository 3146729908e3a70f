from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from idp.annotation.labeling import config_labels, labeling_config


def test_config_has_paged_image_labels_per_field_and_a_value_per_region() -> None:
    xml = labeling_config(["vendor_name", "date", "total", "date"], {"date": "date", "total": "amount"})
    root = ET.fromstring(xml)
    image = root.find("Image")
    assert image is not None and image.get("valueList") == "$pages" and image.get("value") is None
    labels = root.find("RectangleLabels")
    assert labels is not None and labels.get("toName") == image.get("name")
    assert [(lab.get("value"), lab.get("hint")) for lab in labels] == [
        ("vendor_name", None),
        ("date", "date"),
        ("total", "amount"),
    ]
    area = root.find("TextArea")
    assert area is not None and area.get("perRegion") == "true" and area.get("toName") == image.get("name")
    text = root.find("Text")
    assert text is not None and text.get("value") == "$reasons"
    assert len({lab.get("background") for lab in labels}) == 3


def test_labels_read_back_even_with_characters_xml_must_escape() -> None:
    names = ["total", 'a<b & "c"']
    assert config_labels(labeling_config(names)) == names


def test_a_type_without_fields_has_no_config() -> None:
    with pytest.raises(ValueError, match="at least one field"):
        labeling_config([])
