"""The synthetic document generator: files open, truth is complete and adds up, output is deterministic,
and the renders are legible to a real OCR engine."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image

from idp.training.synth import (
    FORMATS,
    KINDS,
    SynthDocument,
    build_document,
    generate_dataset,
    write_sroie_layout,
)
from idp.training.synth_render import TextOp, text_width

FIELDS = {
    "invoice": {
        "vendor_name", "vendor_address", "invoice_number", "date", "due_date", "purchase_order",
        "currency", "subtotal", "tax", "total",
    },
    "receipt": {"vendor_name", "vendor_address", "date", "total", "currency"},
    "claim": {"claim_number", "policy_number", "claimant_name", "date_of_loss", "amount_claimed", "provider"},
    "form": {"name", "date_of_birth", "phone", "email", "address"},  # at least these
}  # fmt: skip
DATE_FIELDS = {"date", "due_date", "date_of_loss", "date_of_birth", "date_signed"}
AMOUNT_FIELDS = {"subtotal", "tax", "total", "amount_claimed"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SynthDocument]]:
    out = tmp_path_factory.mktemp("synth")
    return out, generate_dataset(out, count=20, seed=11, formats=FORMATS)  # every kind x format once


def _open_pages(path: Path) -> list[Image.Image]:
    if path.suffix == ".pdf":
        pdf = pdfium.PdfDocument(str(path))
        try:
            return [pdf[i].render(scale=150 / 72).to_pil() for i in range(len(pdf))]
        finally:
            pdf.close()
    pages = []
    with Image.open(path) as img:
        for i in range(getattr(img, "n_frames", 1)):
            img.seek(i)
            pages.append(img.convert("RGB"))
    return pages


def test_every_kind_and_format_is_written_and_opens(dataset: tuple[Path, list[SynthDocument]]) -> None:
    out, docs = dataset
    assert len(docs) == 20
    assert {(d.doc_type, d.format) for d in docs} == {(k, f) for k in KINDS for f in FORMATS}
    for doc in docs:
        pages = _open_pages(out / doc.file_name)
        assert len(pages) == doc.pages
        if doc.format in ("png", "jpeg") or doc.doc_type == "receipt":
            assert doc.pages == 1
        if doc.format == "tiff" and doc.doc_type != "receipt":
            assert doc.pages == 2
        for page in pages:
            w, h = page.size if doc.rotation in (0, 180) else page.size[::-1]
            if doc.doc_type == "receipt":
                assert 540 <= w <= 660 and h > w
            elif doc.format in ("pdf_scan", "pdf_digital"):
                assert abs(w - 1240) <= 2 and abs(h - 1754) <= 2
            else:
                assert (w, h) == (1240, 1754)
            assert np.asarray(page).std() > 5  # not blank


def test_truth_files_are_complete_and_normalised(dataset: tuple[Path, list[SynthDocument]]) -> None:
    out, docs = dataset
    for doc in docs:
        truth = json.loads((out / "truth" / f"{Path(doc.file_name).stem}.json").read_text())
        assert {"doc_type", "fields", "raw", "line_items", "pages", "rotation"} <= truth.keys()
        assert truth["doc_type"] == doc.doc_type and truth["pages"] == doc.pages
        assert truth["rotation"] in (0, 90, 180, 270)
        fields = truth["fields"]
        assert FIELDS[doc.doc_type] <= fields.keys()
        if doc.doc_type != "form":
            assert fields.keys() == FIELDS[doc.doc_type]
        assert fields.keys() == truth["raw"].keys()
        for name, value in fields.items():
            if value is None:
                assert name == "purchase_order" and truth["raw"][name] is None
                continue
            assert truth["raw"][name]
            if name in DATE_FIELDS:
                assert ISO_DATE.match(value), (name, value)
            if name in AMOUNT_FIELDS:
                assert AMOUNT.match(value), (name, value)
            if name == "currency":
                assert value in {"USD", "GBP", "EUR", "MYR", "AUD"}
        for item in truth["line_items"]:
            assert item.keys() == {"description", "quantity", "unit_price", "amount"}
            assert AMOUNT.match(item["unit_price"]) and AMOUNT.match(item["amount"])
            assert Decimal(item["quantity"]) * Decimal(item["unit_price"]) == Decimal(item["amount"])


def test_amounts_add_up(dataset: tuple[Path, list[SynthDocument]]) -> None:
    _, docs = dataset
    for doc in docs:
        f = doc.fields
        items = sum((Decimal(i["amount"]) for i in doc.line_items), Decimal(0))
        if doc.doc_type == "invoice":
            assert doc.line_items
            assert Decimal(f["subtotal"]) + Decimal(f["tax"]) == Decimal(f["total"])
            assert items == Decimal(f["subtotal"])
        elif doc.doc_type == "receipt":
            assert doc.line_items and items <= Decimal(f["total"])
        elif doc.doc_type == "claim" and doc.line_items:
            assert items == Decimal(f["amount_claimed"])


def test_digital_pdf_has_a_text_layer_and_scanned_pdf_has_none(
    dataset: tuple[Path, list[SynthDocument]],
) -> None:
    out, docs = dataset
    invoice = next(d for d in docs if d.doc_type == "invoice" and d.format == "pdf_digital")
    with pdfplumber.open(out / invoice.file_name) as pdf:
        words = [w for page in pdf.pages for w in page.extract_words()]
    assert invoice.fields["invoice_number"] in {w["text"] for w in words}
    assert all(w["x1"] > w["x0"] and w["bottom"] > w["top"] for w in words)
    scanned = next(d for d in docs if d.format == "pdf_scan")
    with pdfplumber.open(out / scanned.file_name) as pdf:
        assert not any(page.extract_words() for page in pdf.pages)
        assert all(page.images for page in pdf.pages)


def test_same_seed_same_bytes_other_seed_other_documents(tmp_path: Path) -> None:
    kinds, formats = ("invoice", "receipt"), ("png", "pdf_digital", "pdf_scan")
    first = generate_dataset(tmp_path / "a", 6, seed=3, kinds=kinds, formats=formats)
    again = generate_dataset(tmp_path / "b", 6, seed=3, kinds=kinds, formats=formats)
    other = generate_dataset(tmp_path / "c", 6, seed=4, kinds=kinds, formats=formats)
    assert first == again
    for doc in first:
        assert (tmp_path / "a" / doc.file_name).read_bytes() == (tmp_path / "b" / doc.file_name).read_bytes()
    assert [d.fields for d in first] != [d.fields for d in other]


def test_layouts_stay_on_the_page_and_print_every_truth_value() -> None:
    """Layout only (no rasterising), over many seeds: no text leaves the page or overlaps other text, and
    every printed truth value is drawn (whole, or wrapped over lines)."""
    for kind in KINDS:
        for index in range(25):
            spec, canvas = build_document(kind, "tiff", 5, index)
            drawn = []
            for ops in canvas.pages:
                boxes: list[tuple[float, float, float, float]] = []
                for op in ops:
                    if not isinstance(op, TextOp):
                        continue
                    box = (op.x, op.y - op.font.size * 0.75, op.x + text_width(op.text, op.font), op.y)
                    assert box[0] >= 0 and box[2] <= canvas.width and box[1] >= 0 and box[3] <= canvas.height
                    for other in boxes:
                        overlap_x = min(box[2], other[2]) - max(box[0], other[0])
                        overlap_y = min(box[3], other[3]) - max(box[1], other[1])
                        assert overlap_x <= 3 or overlap_y <= 3, (kind, index, op.text)
                    boxes.append(box)
                    drawn.append(op.text)
            text = " ".join(drawn)
            for name, raw in spec.raw.items():
                for part in (raw or "").split("\n"):
                    assert part in text, (kind, index, name, part)


def test_sroie_layout_for_receipts(tmp_path: Path) -> None:
    docs = generate_dataset(tmp_path, 4, seed=2, kinds=("receipt", "invoice"), formats=("jpeg", "pdf_scan"))
    assert write_sroie_layout(tmp_path, docs, tmp_path / "sroie") == 2
    for doc in (d for d in docs if d.doc_type == "receipt"):
        name = Path(doc.file_name).stem
        key = json.loads((tmp_path / "sroie" / "key" / f"{name}.json").read_text())
        assert key == {
            "company": doc.raw["vendor_name"],
            "date": doc.raw["date"],
            "address": (doc.raw["vendor_address"] or "").replace("\n", " "),
            "total": doc.fields["total"],
        }
        with Image.open(tmp_path / "sroie" / "img" / f"{name}.jpg") as img:
            assert img.height > img.width  # upright


def test_unknown_kind_or_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown"):
        generate_dataset(tmp_path, 1, kinds=("letter",))
    with pytest.raises(ValueError, match="unknown"):
        generate_dataset(tmp_path, 1, formats=("bmp",))


def test_renders_are_legible_to_rapidocr(tmp_path: Path) -> None:
    """Real OCR on one unrotated receipt and one unrotated invoice finds the total and the invoice number."""
    from rapidocr import RapidOCR

    docs = generate_dataset(tmp_path, 12, seed=0, kinds=("receipt", "invoice"), formats=("png",))
    receipt = next(d for d in docs if d.doc_type == "receipt" and d.rotation == 0)
    invoice = next(d for d in docs if d.doc_type == "invoice" and d.rotation == 0)
    engine = RapidOCR(
        params={
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )

    def ocr_text(doc: SynthDocument) -> str:
        result = engine(np.asarray(Image.open(tmp_path / doc.file_name).convert("RGB")))
        return "".join(result.txts or ()).replace(" ", "")

    def printed_number(raw: str) -> str:  # the amount as printed, without its currency
        return re.sub(r"[^\d.,]", "", raw)

    receipt_text = ocr_text(receipt)
    assert printed_number(receipt.raw["total"] or "") in receipt_text
    invoice_text = ocr_text(invoice)
    assert (invoice.fields["invoice_number"] or "").replace(" ", "") in invoice_text
    assert printed_number(invoice.raw["total"] or "") in invoice_text


def test_missing_font_files_fall_back_without_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from idp.training import synth_render

    monkeypatch.setattr(synth_render, "FONT_DIRS", (tmp_path / "no-fonts",))
    synth_render.font_path.cache_clear()
    synth_render.pil_font.cache_clear()
    try:
        docs = generate_dataset(tmp_path, 2, seed=1, kinds=("invoice",), formats=("png", "pdf_digital"))
        assert [len(_open_pages(tmp_path / d.file_name)) for d in docs] == [d.pages for d in docs]
    finally:
        synth_render.font_path.cache_clear()
        synth_render.pil_font.cache_clear()
