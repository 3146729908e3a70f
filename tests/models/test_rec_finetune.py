"""Recogniser fine-tuning pieces: the case-insensitive CTC targets, the metrics, and the delta that
carries trained tensors to ONNX Runtime and back to a torch module, on the model RapidOCR ships."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")
pytest.importorskip("safetensors")


from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule  # noqa: E402
from idp.models.ocr.ppocr_torch.pipeline import REC_MODEL, rapidocr_model_dir  # noqa: E402
from idp.models.ocr.rapidocr_engine import ort_session  # noqa: E402
from idp.models.ocr.rec_finetune import delta as D  # noqa: E402
from idp.models.ocr.rec_finetune import train as T  # noqa: E402
from idp.models.ocr.rec_finetune.metrics import align, line_report  # noqa: E402
from idp.models.ocr.rec_finetune.synth import synth_lines  # noqa: E402


def test_caseless_log_probs_sum_both_cases() -> None:
    chars = ["blank", *"abcABC.,1", " "]
    alphabet = T.CaselessAlphabet.build(["AB.", "C,1 "], chars)
    assert alphabet.classes[alphabet.symbols.index("A")] == [1, 4]
    logits = torch.randn(2, 5, len(chars))
    ref = torch.log_softmax(logits, -1)
    want = torch.stack([ref[..., 0]] + [torch.logsumexp(ref[..., c], -1) for c in alphabet.classes], -1)
    assert torch.allclose(T.caseless_log_probs(logits, alphabet), want.permute(1, 0, 2))
    assert alphabet.encode("ab.") == alphabet.encode("AB.")
    loss = T.ctc_loss(logits.requires_grad_(), [alphabet.encode("ab"), alphabet.encode("c")], alphabet)
    loss.backward()
    assert torch.isfinite(loss) and logits.grad is not None


def test_exact_alphabet_and_synthetic_lines() -> None:
    lines = synth_lines(3, seed=0)
    assert all(img.ndim == 3 and img.shape[2] == 3 and text.strip() for img, text in lines)
    chars = ["blank", *"abcABC.,1", " "]
    exact = T.CaselessAlphabet.build(["Ab."], chars, caseless=False)
    assert exact.classes == [[7], [4], [2]] and exact.encode("Ab.") != exact.encode("AB.")


def test_metrics_count_receipt_confusions() -> None:
    assert align("AB", "B") == [("A", ""), ("B", "B")]
    report = line_report(["TOTAL 1,20", "27/03/2018", "ok"], ["Total 1.20", "27032018", "OK"])
    assert report["exact"] == pytest.approx(1 / 3)
    assert report["comma_as_period"] == 1 and report["slash_lost"] == 2
    assert report["cer"] == pytest.approx(3 / 22)
    assert line_report(["ok"], ["OK"], caseless=False)["cer"] == 1.0


@pytest.fixture(scope="module")
def rec_model() -> onnx.ModelProto:
    return onnx.load(str(rapidocr_model_dir() / REC_MODEL))


def test_delta_reaches_onnx_runtime_and_torch_alike(rec_model: onnx.ModelProto, tmp_path) -> None:
    _, tail_model = T.split_model(rec_model)
    tail = OnnxModule(tail_model)
    sources = D.buffer_sources(tail, tail_model)
    assert len(sources) == len(dict(tail.named_buffers()))  # every trainable tensor maps to initializers
    kinds = {s.kind for s in sources.values()}
    assert {"same", "transpose", "conv_bn_weight", "conv_bn_bias"} <= kinds
    # "train": perturb one tensor of each kind, and a few output columns
    gen = torch.Generator().manual_seed(0)
    inits = D.initializers(tail_model)
    delta: dict[str, np.ndarray] = {}
    picked = {}
    for attr, source in sources.items():
        picked.setdefault(source.kind if source.names[0] != T.HEAD_WEIGHT else "head", (attr, source))
    for kind, (_attr, source) in picked.items():
        value = D.buffer_value(source, inits)
        value = value + 0.05 * value.std() * torch.randn(value.shape, generator=gen)
        for name, arr in D.initializer_values(source, value, inits).items():
            if kind == "head":
                cols = np.array([1, 5, 18709])
                delta[name], delta[name + D.INDEX_SUFFIX] = arr[..., cols], cols
            else:
                delta[name] = arr
    path = tmp_path / "delta.safetensors"
    assert D.save_delta(path, delta, base_sha256="abc") < 500_000
    assert D.delta_metadata(path) == {"format": D.FORMAT, "base_sha256": "abc"}
    loaded = D.load_delta(path)
    patched = D.apply_delta(rec_model, loaded)

    x = np.random.default_rng(0).uniform(-1, 1, (2, 3, 48, 320)).astype(np.float32)
    base_out = ort_session(rec_model).run(None, {"x": x})[0]
    ort_out = ort_session(patched).run(None, {"x": x})[0]
    assert np.abs(ort_out - base_out).max() > 1e-3  # the delta changed something
    module = OnnxModule(rapidocr_model_dir() / REC_MODEL).eval()
    assert D.apply_delta_to_module(module, rec_model, loaded) >= len(picked)
    with torch.no_grad():
        torch_out = module(torch.from_numpy(x)).numpy()
        fresh_out = OnnxModule(patched).eval()(torch.from_numpy(x)).numpy()
    assert np.abs(torch_out - ort_out).max() < 1e-4
    assert np.abs(fresh_out - ort_out).max() < 1e-4
    assert (torch_out.argmax(-1) == ort_out.argmax(-1)).mean() > 0.99


def test_delta_refuses_unknown_tensors(rec_model: onnx.ModelProto) -> None:
    with pytest.raises(KeyError):
        D.apply_delta(rec_model, {"no_such_tensor": np.zeros(3, np.float32)})
