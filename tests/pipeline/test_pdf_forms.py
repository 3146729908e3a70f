"""Filled-in PDF forms (pipeline/pdf_forms.py): the values typed into form fields are read as page text
and drawn on the rendered page, whether the filler wrote the fields' appearance or left it to the viewer
(``/NeedAppearances``); a claim form filled on screen is extracted by the whole processor."""

from __future__ import annotations

import pytest

from idp.config import load_config
from idp.pipeline.pdf import render_pdf
from idp.pipeline.pdf_forms import flatten_form_fields
from idp.pipeline.processor import DocumentProcessor
from tests import inputs

CLAIM = [
    ("Claim number:", "CLM-2025-004471"),
    ("Policy number:", "HP-88123-07"),
    ("Policyholder:", "Maria Jensen"),
    ("Date of loss:", "14/03/2025"),
    ("Amount claimed:", "1,234.50"),
]
TOP = 700  # PDF points from the bottom of an A4 page: the first row's baseline
ROW = 34


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def form_pdf(rows: list[tuple[str, str]], appearance: bool, hidden: frozenset[int] = frozenset()) -> bytes:
    """An A4 claim form: its title and labels printed, each value typed into a text field to the right
    of its label. ``appearance``: each field carries the look of its value (as ReportLab and Acrobat
    write it); otherwise only its value, under ``/NeedAppearances true`` (as pypdf and web forms leave
    it). ``hidden``: rows whose field is flagged hidden."""
    content = ["BT /F1 16 Tf 72 780 Td (CLAIM FORM - Nordlys Insurance) Tj ET"]
    objects: dict[int, str] = {}
    widgets = []
    for i, (label, value) in enumerate(rows):
        y = TOP - i * ROW
        content.append(f"BT /F1 11 Tf 72 {y} Td {_pdf_string(label)} Tj ET")
        widget, stream = 10 + 2 * i, 11 + 2 * i
        ap = f" /AP << /N {stream} 0 R >>" if appearance else ""
        flags = 4 | (2 if i in hidden else 0)  # print, and hidden where asked
        objects[widget] = (
            f"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f{i}) /V {_pdf_string(value)} /F {flags}"
            f" /Rect [200 {y - 5} 420 {y + 13}] /DA (/Helv 11 Tf 0 g) /P 3 0 R{ap} >>"
        )
        look = f"/Tx BMC BT /Helv 11 Tf 0 g 2 5 Td {_pdf_string(value)} Tj ET EMC"
        objects[stream] = (
            "<< /Type /XObject /Subtype /Form /BBox [0 0 220 18] /Resources << /Font << /Helv 4 0 R >> >>"
            f" /Length {len(look)} >>\nstream\n{look}\nendstream"
        )
        widgets.append(f"{widget} 0 R")
    page_text = "\n".join(content)
    need = "false" if appearance else "true"
    objects[1] = (
        f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{' '.join(widgets)}] /NeedAppearances {need}"
        " /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 4 0 R >> >> >> >>"
    )
    objects[2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objects[3] = (
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R"
        f" /Resources << /Font << /F1 4 0 R >> >> /Annots [{' '.join(widgets)}] >>"
    )
    objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[5] = f"<< /Length {len(page_text)} >>\nstream\n{page_text}\nendstream"
    out, offsets = bytearray(b"%PDF-1.7\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{objects[number]}\nendobj\n".encode("latin-1")
    size = max(objects) + 1
    xref = len(out)
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        entry = f"{offsets[number]:010d} 00000 n \n" if number in offsets else "0000000000 65535 f \n"
        out += entry.encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _page(data: bytes):
    return render_pdf(data, load_config().ingest)[0]


def _ink_in_field(page, row: int) -> int:
    """Dark pixels inside row ``row``'s field box on the rendered page."""
    scale = page.width / 595
    y = TOP - row * ROW
    top, bottom = int((842 - (y + 13)) * scale), int((842 - (y - 5)) * scale)
    box = page.image[top:bottom, int(202 * scale) : int(418 * scale)]
    return int((box.min(axis=2) < 100).sum())


@pytest.mark.parametrize("appearance", [True, False], ids=["with-appearance", "need-appearances"])
def test_typed_values_are_page_text_and_ink(appearance: bool) -> None:
    page = _page(form_pdf(CLAIM, appearance))
    text = " ".join(w.text for w in page.words)
    assert page.text_source == "text_layer"
    for label, value in CLAIM:
        assert f"{label} {value}" in text  # each value read beside its label
    scale = page.width / 595
    value = next(w for w in page.words if w.text == "CLM-2025-004471")
    assert 200 * scale <= value.bbox[0] < value.bbox[2] <= 420 * scale  # inside its field's box
    assert all(_ink_in_field(page, row) > 50 for row in range(len(CLAIM)))


def test_a_hidden_field_stays_hidden() -> None:
    page = _page(form_pdf(CLAIM, appearance=True, hidden=frozenset({1})))
    words = {w.text for w in page.words}
    assert "CLM-2025-004471" in words and "HP-88123-07" not in words
    assert _ink_in_field(page, 1) == 0


def test_a_pdf_without_a_form_is_left_as_it_is() -> None:
    data = inputs.digital_pdf_bytes()
    assert flatten_form_fields(data) == data
    assert flatten_form_fields(b"not a pdf") == b"not a pdf"


def test_a_claim_form_filled_on_screen_is_extracted() -> None:
    doc = DocumentProcessor(load_config()).process(
        form_pdf(CLAIM, appearance=False), "claim_form.pdf", "mem://claim_form.pdf"
    )
    assert doc.doc_type.value == "claim"
    values = {name: field.value for name, field in doc.fields.items()}
    assert values["claim_number"] == "CLM-2025-004471"
    assert values["policy_number"] == "HP-88123-07"
    assert values["claimant_name"] == "Maria Jensen"
    assert values["date_of_loss"] == "2025-03-14"
    assert values["amount_claimed"] == "1234.50"
    assert abs(doc.fields["amount_claimed"].bbox[0] - 200 / 595) < 0.02  # in its field (page fractions)
