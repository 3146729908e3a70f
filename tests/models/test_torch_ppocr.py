"""The PyTorch PP-OCR engine against the rapidocr (ONNX Runtime) engine: same models, same texts.

Runs on the CPU here (a GPU is used when present). Skips without torch/onnx.
"""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("onnx")

import cv2  # noqa: E402
import onnxruntime as ort  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from rapidocr import RapidOCR  # noqa: E402
from rapidocr.ch_ppocr_det.utils import DetPreProcess  # noqa: E402

from idp.config import TorchOcrSettings, load_config  # noqa: E402
from idp.models.ocr import build_ocr_engine, known_engines  # noqa: E402
from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule  # noqa: E402
from idp.models.ocr.ppocr_torch.pipeline import (  # noqa: E402
    CLS_MODEL,
    DET_MODEL,
    REC_MODEL,
    TorchPPOCR,
    rapidocr_model_dir,
)
from idp.models.ocr.ppocr_torch.transfer import normalize_bgr  # noqa: E402
from idp.models.ocr.spacing import SPACING_VERSION  # noqa: E402
from idp.pipeline.imaging import downscale  # noqa: E402
from tests import inputs  # noqa: E402

SETTINGS = TorchOcrSettings(device="cpu", cpu_threads=1, det_batch_pages=4)


@pytest.fixture(scope="module")
def engine():
    return build_ocr_engine(SETTINGS)


@pytest.fixture(scope="module")
def reference():
    return build_ocr_engine(load_config().ocr)  # the rapidocr engine, one thread


def _pages() -> list[np.ndarray]:
    """Pages of different sizes (one padded detection batch), one upside down, one wide line."""
    lines = inputs.RECEIPT_LINES
    pages = [
        inputs.text_page(lines, size=(900, 1100)),
        inputs.text_page(lines[:4], size=(700, 520), font_size=26),
        inputs.text_page(
            ["TOTAL AMOUNT PAYABLE INCLUDING SERVICE TAX 6% RM 1,234.50"], size=(1200, 160), font_size=28
        ),
    ]
    arrays = [np.asarray(p) for p in pages]
    arrays.append(np.ascontiguousarray(np.asarray(inputs.text_page(lines[3:], size=(800, 600)))[::-1, ::-1]))
    return arrays


def test_kind_is_registered() -> None:
    assert "ppocr_torch" in known_engines()


@pytest.mark.parametrize(
    ("name", "shape"),
    [(DET_MODEL, (1, 3, 96, 128)), (REC_MODEL, (2, 3, 48, 320)), (CLS_MODEL, (3, 3, 48, 192))],
)
def test_converted_models_match_onnx_runtime(name: str, shape: tuple[int, ...]) -> None:
    path = rapidocr_model_dir() / name
    x = np.random.default_rng(0).uniform(-1, 1, shape).astype(np.float32)
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    expected = session.run(None, {session.get_inputs()[0].name: x})[0]
    with torch.inference_mode():
        got = OnnxModule(path).eval()(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(got, expected, atol=2e-5)


def test_padded_detection_batch_equals_single_pages() -> None:
    model = OnnxModule(rapidocr_model_dir() / DET_MODEL).eval()
    sizes = [(160, 96), (96, 128), (64, 64)]
    rng = np.random.default_rng(1)
    singles = [torch.from_numpy(rng.uniform(-1, 1, (1, 3, h, w)).astype(np.float32)) for h, w in sizes]
    batch = torch.zeros(len(sizes), 3, 160, 128)
    for k, x in enumerate(singles):
        batch[k, :, : x.shape[2], : x.shape[3]] = x[0]
    with torch.inference_mode():
        padded = model(batch, torch.tensor(sizes))
        for k, ((h, w), x) in enumerate(zip(sizes, singles, strict=True)):
            torch.testing.assert_close(padded[k, :, :h, :w], model(x)[0], atol=1e-6, rtol=0)


def test_device_normalisation_and_dilation_match_rapidocr() -> None:
    rgb = np.random.default_rng(2).integers(0, 256, (64, 96, 3), dtype=np.uint8)
    pre = DetPreProcess()
    expected = pre.permute(pre.normalize(rgb[:, :, ::-1])).astype(np.float32)
    got = normalize_bgr(torch.from_numpy(rgb)[None])[0].numpy()
    assert np.array_equal(got, expected)

    mask = np.random.default_rng(3).random((40, 50)) > 0.7
    dilated = F.max_pool2d(F.pad(torch.from_numpy(mask)[None, None].half(), (1, 0, 1, 0)), 2, stride=1)
    expected_mask = cv2.dilate(mask.astype(np.uint8), np.array([[1, 1], [1, 1]]))
    assert np.array_equal((dilated[0, 0] > 0).numpy().astype(np.uint8), expected_mask)


def test_same_words_as_the_rapidocr_engine(engine, reference) -> None:
    pages = _pages()
    batch = engine.recognize_batch(pages)
    assert len(batch) == len(pages)
    for page, words in zip(pages, batch, strict=True):
        expected = reference.recognize(page)
        assert [w.text for w in words] == [w.text for w in expected]
        for got, want in zip(words, expected, strict=True):
            assert np.allclose(got.bbox, want.bbox, atol=1.0), (got, want)
            assert got.confidence == pytest.approx(want.confidence, abs=1e-3)
    assert "1,234.50" in " ".join(w.text for w in batch[2])


def test_single_page_and_blank_page(engine) -> None:
    page = _pages()[1]
    assert [w.text for w in engine.recognize(page)] == [w.text for w in engine.recognize_batch([page])[0]]
    assert engine.recognize(np.full((300, 400, 3), 255, dtype=np.uint8)) == []
    assert engine.model_version.startswith("ppocr_torch-")


@pytest.mark.needs_dataset
@pytest.mark.skipif(not (inputs.SHARED_DATASETS / "sroie-100").is_dir(), reason="../shared/datasets absent")
def test_sroie_receipts_lines_match_rapidocr() -> None:
    files = sorted((inputs.SHARED_DATASETS / "sroie-100" / "img").glob("*.jpg"))[::40][:3]
    pages = [downscale(cv2.cvtColor(cv2.imread(str(f)), cv2.COLOR_BGR2RGB), 2000)[0] for f in files]
    params = {
        "Global.log_level": "warning",
        "Global.return_word_box": True,
        "Global.max_side_len": 2064,
        "EngineConfig.onnxruntime.intra_op_num_threads": 1,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    }
    rapid = RapidOCR(params=params)
    torch.set_num_threads(1)
    ours = TorchPPOCR(device="cpu", max_side_len=2064, det_batch_pages=4)(pages)
    lines = same = 0
    for page, got in zip(pages, ours, strict=True):
        want = rapid(np.ascontiguousarray(page[:, :, ::-1]))
        lines += len(want.txts)
        same += sum(a == b for a, b in zip(want.txts, got.txts, strict=False))
        assert len(got.txts) == len(want.txts)
        assert np.abs(np.asarray(got.boxes) - np.asarray(want.boxes)).max() <= 2
    assert lines > 100 and same / lines >= 0.98, (same, lines)


def test_respaced_words_match_the_rapidocr_engine() -> None:
    """Both engines install the same re-spacing on RapidOCR's word boxes: same words, same boxes."""
    page = _pages()[1]
    torch_engine = build_ocr_engine(SETTINGS.model_copy(update={"respace": True}))
    rapid_engine = build_ocr_engine(load_config().ocr.model_copy(update={"respace": True}))
    got, want = torch_engine.recognize(page), rapid_engine.recognize(page)
    assert [w.text for w in got] == [w.text for w in want] and len(want) > 4
    for a, b in zip(got, want, strict=True):
        assert np.allclose(a.bbox, b.bbox, atol=1.0), (a, b)
    assert torch_engine.model_version.endswith(f"+{SPACING_VERSION}+turncheck")


def test_reread_words_match_the_rapidocr_engine() -> None:
    """Both engines re-read every line (reread_below=1.0) from the same taller crops: same words."""
    pages = _pages()
    torch_engine = build_ocr_engine(SETTINGS.model_copy(update={"respace": True, "reread_below": 1.0}))
    rapid_engine = build_ocr_engine(
        load_config().ocr.model_copy(update={"respace": True, "reread_below": 1.0})
    )
    for page in (pages[1], pages[3]):  # the second page is upside down: its lines are flipped
        got, want = torch_engine.recognize(page), rapid_engine.recognize(page)
        assert [w.text for w in got] == [w.text for w in want] and len(want) > 4
        for a, b in zip(got, want, strict=True):
            assert np.allclose(a.bbox, b.bbox, atol=1.0), (a, b)
    assert torch_engine.model_version.endswith(f"+{SPACING_VERSION}+turncheck+reread1")
