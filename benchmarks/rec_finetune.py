"""Fine-tune the PP-OCRv6 recogniser on SROIE line crops (CPU) and measure it on held-out receipts.

Receipts 000-059 train, 060-069 choose the epoch (early stopping), 070-099 are only evaluated, once,
at the end. Crops come from the ground-truth line boxes (small margin; jittered margins for training).
Evaluation runs the recogniser as the pipeline does (RapidOCR's TextRecognizer, one call per receipt);
the fine-tuned model is the shipped model patched in memory with the saved delta.

    python benchmarks/rec_finetune.py [--out /tmp/rec_ft] [--epochs 6] [--lr 3e-4] [--jitters 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import time
from pathlib import Path

import cv2
import numpy as np
import onnx
import torch

from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule
from idp.models.ocr.rec_finetune import delta as D
from idp.models.ocr.rec_finetune import train as T
from idp.models.ocr.rec_finetune.metrics import line_report
from idp.models.ocr.rec_finetune.synth import synth_lines

SROIE = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "sroie-100"
SPLITS = {"train": range(0, 60), "val": range(60, 70), "test": range(70, 100)}
LOWER_CASE = [
    "Invoice number 12345, dated 3/4/2021",
    "Total amount due: 1,234.50 EUR",
    "Thank you for your purchase!",
    "Payment terms: net 30 days",
    "Qty 2 x Coffee latte 4.50",
]


def usable(text: str) -> bool:
    """Training lines: SROIE writes lines it did not transcribe (Chinese text) as '***'."""
    return "**" not in text and any(c.isalnum() for c in text)


def squeeze(text: str) -> str:
    """For the secondary CER: dot leaders ('.......') counted as one dot, their length is noise."""
    return re.sub(r"\.{2,}", ".", text)


def rec_model_path() -> Path:
    import rapidocr

    return Path(rapidocr.__file__).parent / "models" / "PP-OCRv6_rec_small.onnx"


def load_lines(ids: range) -> list[tuple[np.ndarray, list[tuple[tuple[int, int, int, int], str]]]]:
    """Per receipt: BGR image and (x0, y0, x1, y1), transcript for each ground-truth line."""
    out = []
    for i in ids:
        img = cv2.imread(str(SROIE / "img" / f"{i:03d}.jpg"))
        rows = []
        for line in (
            (SROIE / "box" / f"{i:03d}.csv").read_text(encoding="utf-8", errors="replace").splitlines()
        ):
            parts = line.split(",", 8)
            if len(parts) == 9 and parts[8].strip():
                xs, ys = [int(v) for v in parts[0:8:2]], [int(v) for v in parts[1:8:2]]
                rows.append(((min(xs), min(ys), max(xs), max(ys)), parts[8].strip()))
        out.append((img, rows))
    return out


def crop(img: np.ndarray, box: tuple[int, int, int, int], rng: random.Random | None = None) -> np.ndarray:
    """The box plus 10% of its height each side; with `rng`, each side's margin drawn in [-5%, 30%]."""
    x0, y0, x1, y1 = box
    h = max(y1 - y0, 4)
    m = [0.1] * 4 if rng is None else [rng.uniform(-0.05, 0.3) for _ in range(4)]
    H, W = img.shape[:2]
    a, b = max(0, int(x0 - m[0] * h)), min(W, int(x1 + m[1] * h) + 1)
    c, d = max(0, int(y0 - m[2] * h)), min(H, int(y1 + m[3] * h) + 1)
    return img[c:d, a:b] if b - a > 2 and d - c > 2 else img[y0 : y1 + 1, x0 : x1 + 1]


def features(
    backbone: T.BackboneFeatures, crops: list[np.ndarray]
) -> dict[int, tuple[list[int], torch.Tensor]]:
    """Bucket width -> (crop positions, fp16 backbone features)."""
    buckets: dict[int, list[int]] = {}
    for k, c in enumerate(crops):
        buckets.setdefault(T.bucket_width(c), []).append(k)
    out = {}
    for width, idx in buckets.items():
        parts = [backbone(np.stack([T.normalize(crops[k], width) for k in idx[s : s + 32]]))
                 for s in range(0, len(idx), 32)]  # fmt: skip
        out[width] = (idx, torch.from_numpy(np.concatenate(parts)).half())
    return out


def greedy(logits: torch.Tensor, character: list[str]) -> list[str]:
    best = logits.argmax(-1).numpy()
    texts = []
    for row in best:
        keep = np.ones(len(row), bool)
        keep[1:] = row[1:] != row[:-1]
        texts.append("".join(character[c] for c in row[keep & (row != 0)]))
    return texts


def evaluate_tail(tail, feats, texts, character, caseless: bool = True) -> dict:
    hyps = [""] * len(texts)
    with torch.no_grad():
        for idx, f in feats.values():
            for s in range(0, len(idx), 64):
                for k, t in zip(idx[s : s + 64], greedy(tail(f[s : s + 64].float()), character), strict=True):
                    hyps[k] = squeeze(t) if caseless else t
    return line_report(texts, hyps, caseless=caseless)


def tight(text: str) -> str:
    """A training target without the spaces SROIE's transcribers put around hyphens and slashes
    (``POL - 123``) and after a comma before a digit (``30, 521.66``): in print such spaces are rare
    inside IDs, dates and amounts, and the recogniser learns to split ``POL-84872253`` and
    ``30,521.66``. Spaces that were printed come back from ink gaps (``ocr.respace``)."""
    return re.sub(r",\s+(?=\d)", ",", re.sub(r"\s*([-/])\s*", r"\1", text))


def sroie_crops(
    ids: range, jitters: int, rng: random.Random, tight_punct: bool = False
) -> tuple[list[np.ndarray], list[str]]:
    """Clean crop (and `jitters` jittered ones) of every usable line."""
    crops, texts = [], []
    for img, rows in load_lines(ids):
        for box, text in rows:
            text = tight(text) if tight_punct else text
            for j in range(jitters + 1 if usable(text) else 0):
                crops.append(crop(img, box, rng if j else None))
                texts.append(squeeze(text) if not jitters else text)
    return crops, texts


def unzip(pairs: list[tuple[np.ndarray, str]]) -> tuple[list[np.ndarray], list[str]]:
    return [img for img, _ in pairs], [text for _, text in pairs]


def train(args, tail_model, backbone, character) -> tuple[dict[str, np.ndarray], dict]:
    """Neck + used output columns; batches of SROIE crops (caseless CTC) mixed with synthetic
    mixed-case lines (exact CTC, `--synth` of them); the epoch with the lowest validation SROIE CER
    plus synthetic case-sensitive CER is kept."""
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    t0 = time.time()
    sets = {"sroie": sroie_crops(SPLITS["train"], args.jitters, rng, args.tight)}
    val = {"sroie": sroie_crops(SPLITS["val"], 0, rng), "synth": unzip(synth_lines(150, seed=1001))}
    if args.synth:
        sets["synth"] = unzip(synth_lines(args.synth, seed=args.seed))
    caseless = {"sroie": True, "synth": False}
    alphabets = {k: T.CaselessAlphabet.build(t, character, caseless[k]) for k, (_, t) in sets.items()}
    targets = {k: [alphabets[k].encode(x) for x in t] for k, (_, t) in sets.items()}
    feats = {k: features(backbone, list(c)) for k, (c, _) in sets.items()}
    val_feats = {k: features(backbone, list(c)) for k, (c, _) in val.items()}
    log = {k + "_train_crops": len(c) for k, (c, _) in sets.items()}
    log |= {"val_lines": {k: len(c) for k, (c, _) in val.items()}, "feature_s": round(time.time() - t0, 1)}
    print(log, flush=True)

    tail = OnnxModule(tail_model)
    sources = D.buffer_sources(tail, tail_model)
    head = {a for a, s in sources.items() if s.names[0] in (T.HEAD_WEIGHT, T.HEAD_BIAS)}
    classes = sorted({0, *(c for a in alphabets.values() for c in a.all_classes())})
    mask = torch.zeros(len(character), dtype=torch.bool)
    mask[classes] = True
    params = T.make_trainable(tail, list(sources), {a: mask for a in head})
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.0)

    def validate(epoch: int, **extra) -> float:
        reps = {k: evaluate_tail(tail, val_feats[k], list(val[k][1]), character, caseless[k]) for k in val}
        row = {"epoch": epoch, **extra, "s": round(time.time() - t1, 1)}
        row |= {f"val_{k}_{m}": round(r[m], 4) for k, r in reps.items() for m in ("cer", "exact")}
        log.setdefault("epochs", []).append(row)
        print(row, flush=True)
        return reps["sroie"]["cer"] + reps["synth"]["cer"]

    t1 = time.time()
    best, best_state = validate(0), {a: getattr(tail, a).detach().clone() for a in sources}
    for epoch in range(1, args.epochs + 1):
        batches = [
            (k, *b)
            for k, f in feats.items()
            for b in T.shuffled_batches({w: len(i) for w, (i, _) in f.items()}, args.batch, rng)
        ]
        rng.shuffle(batches)
        total = 0.0
        for kind, width, pos in batches:
            idx, f = feats[kind][width]
            batch_targets = [targets[kind][idx[p]] for p in pos]
            loss = T.ctc_loss(tail(f[pos].float()), batch_targets, alphabets[kind])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach())
        score = validate(epoch, loss=round(total / len(batches), 4))
        if score < best:
            best, best_state = score, {a: getattr(tail, a).detach().clone() for a in sources}
            log["best_epoch"] = epoch
    log["train_s"] = round(time.time() - t1, 1)
    inits = D.initializers(tail_model)
    delta: dict[str, np.ndarray] = {}
    for attr, source in sources.items():
        for name, value in D.initializer_values(source, best_state[attr], inits).items():
            if name in (T.HEAD_WEIGHT, T.HEAD_BIAS):
                delta[name], delta[name + D.INDEX_SUFFIX] = value[..., classes], np.array(classes, np.int64)
            elif not np.array_equal(value, inits[name]):
                delta[name] = value
    return delta, log


def recognize_all(engine, pages: list[list[np.ndarray]]) -> list[str]:
    from rapidocr.ch_ppocr_rec.typings import TextRecInput

    rec = engine._load_rec_model()
    return [t for crops in pages for t in rec(TextRecInput(img=crops)).txts]


def render(text: str) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    w = int(font.getlength(text)) + 16
    img = Image.new("RGB", (w, 44), "white")
    ImageDraw.Draw(img).text((8, 6), text, fill="black", font=font)
    return np.array(img)[..., ::-1].copy()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/rec_ft"))
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--jitters", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--synth", type=int, default=0, help="synthetic mixed-case training lines")
    ap.add_argument("--tight", action="store_true", help="no spaces around - and / in training targets")
    args = ap.parse_args()
    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    from rapidocr import RapidOCR
    from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

    from idp.models.ocr.ppocr_torch.rec import BatchRecognizer
    from idp.models.ocr.ppocr_torch.transfer import HostBuffers
    from idp.models.ocr.rapidocr_engine import use_rec_model

    base = onnx.load(str(rec_model_path()))
    character = CTCLabelDecode(character=base.metadata_props[0].value.splitlines()).character
    backbone_model, tail_model = T.split_model(base)
    delta, log = train(args, tail_model, T.BackboneFeatures(backbone_model), character)
    path = args.out / "PP-OCRv6_rec_small.sroie.safetensors"
    base_sha = hashlib.sha256(rec_model_path().read_bytes()).hexdigest()
    log["delta_bytes"] = D.save_delta(path, delta, base_sha256=base_sha)
    log["delta_tensors"] = sorted(k for k in delta if not k.endswith(D.INDEX_SUFFIX))
    delta = D.load_delta(path)
    patched = D.apply_delta(base, delta)

    params = {"Global.log_level": "warning", "EngineConfig.onnxruntime.intra_op_num_threads": 1,
              "EngineConfig.onnxruntime.inter_op_num_threads": 1}  # fmt: skip
    before, after = RapidOCR(params=params), RapidOCR(params=params)
    use_rec_model(after, patched)
    test = load_lines(SPLITS["test"])
    pages = [[crop(img, box) for box, _ in rows] for img, rows in test]
    refs = [t for _, rows in test for _, t in rows]
    t0 = time.time()
    hyp0 = recognize_all(before, pages)
    log["ort_eval_s"] = round(time.time() - t0, 1)
    hyp1 = recognize_all(after, pages)
    log["test_before"], log["test_after"] = line_report(refs, hyp0), line_report(refs, hyp1)
    keep = [k for k, r in enumerate(refs) if usable(r)]
    for key, hyp in (("test_before_squeezed", hyp0), ("test_after_squeezed", hyp1)):
        log[key] = line_report([squeeze(refs[k]) for k in keep], [squeeze(hyp[k]) for k in keep])
    # the same delta on the torch module (patched in place) must read the same texts
    torch_rec = OnnxModule(rec_model_path()).eval()
    log["torch_buffers_patched"] = D.apply_delta_to_module(torch_rec, base, delta)
    recognizer = BatchRecognizer(torch_rec, None, HostBuffers(torch.device("cpu")), batch_size=64)
    rgb_pages = [[c[..., ::-1].copy() for c in crops] for crops in pages]
    hyp_t = [t for page in recognizer.recognize(rgb_pages) for t, _, _ in page]
    log["torch_vs_ort_identical"] = sum(a == b for a, b in zip(hyp_t, hyp1, strict=True)) / len(hyp1)
    synth_test = synth_lines(300, seed=2002)
    spages = [[img for img, _ in synth_test]]
    stexts = [t for _, t in synth_test]
    log["synth_before"] = line_report(stexts, recognize_all(before, spages), caseless=False)
    log["synth_after"] = line_report(stexts, recognize_all(after, spages), caseless=False)
    lower = [[render(t)] for t in LOWER_CASE]
    pairs = zip(LOWER_CASE, recognize_all(before, lower), recognize_all(after, lower), strict=True)
    log["lower_case"] = [{"text": t, "before": b, "after": a} for t, b, a in pairs]
    changed = [(r, b, a) for r, b, a in zip(refs, hyp0, hyp1, strict=True) if b.upper() != a.upper()]
    log["changed_lines"] = [{"ref": r, "before": b, "after": a} for r, b, a in changed]
    onnx.save(patched, str(args.out / "PP-OCRv6_rec_small.sroie.onnx"))
    (args.out / "report.json").write_text(json.dumps(log, indent=1, default=float))
    for key in ("test_before", "test_after", "test_before_squeezed", "test_after_squeezed",
                "synth_before", "synth_after"):  # fmt: skip
        print(key, {k: v for k, v in log[key].items() if k != "top"}, log[key]["top"])
    print({k: log[k] for k in ("delta_bytes", "train_s", "torch_vs_ort_identical", "torch_buffers_patched")})
    for row in log["lower_case"]:
        print(row)


if __name__ == "__main__":
    main()
