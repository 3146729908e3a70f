"""Label:value pair extraction (extractors/forms.py) on FUNSD forms: precision and recall of the pairs.

    python benchmarks/funsd_pairs.py [--split dev|test|all] [--linker learned|rules] [--errors N]

Words come from the FUNSD annotations (text and box of every word, as a perfect OCR would give them), so
the figure measures the pairing, not the OCR. The 149 training forms are split by sorted file name:
``dev`` the first 100 (the rules were tuned there), ``test`` the last 49 (held out, report this one).
A gold pair is a question entity linked to an answer entity. A predicted pair is right when its label
matches the question and its value the answer: ``strict`` after lower-casing and dropping everything
but letters and digits, ``loose`` when both sides share at least half their words (token F1 >= 0.5).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PIL import Image

from idp.document import Document, Page, SourceInfo, Word
from idp.extractors.forms import find_pairs
from idp.extractors.layout import build_lines

ROOT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "funsd-train"
DEV = 100


def norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.lower()).strip()


def token_f1(a: str, b: str) -> float:
    ta, tb = norm(a).split(), norm(b).split()
    if not ta or not tb:
        return float(ta == tb)
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    return 0.0 if common == 0 else 2 * common / (len(ta) + len(tb))


def load(path: Path) -> tuple[Document, list[tuple[str, str]]]:
    form = json.loads(path.read_text())["form"]
    with Image.open(ROOT / "images" / f"{path.stem}.png") as img:
        width, height = img.size
    words = [
        Word(text=w["text"], bbox=tuple(float(v) for v in w["box"]), confidence=1.0)
        for e in form
        for w in e["words"]
        if w["text"].strip()
    ]
    by_id = {e["id"]: e for e in form}
    gold = [
        (e["text"], by_id[b]["text"])
        for e in form
        if e["label"] == "question"
        for a, b in e["linking"]
        if a == e["id"] and by_id[b]["label"] == "answer"
    ]
    source = SourceInfo(
        uri=str(path), name=path.name, sha256="0" * 64, media_type="image/png", size_bytes=0, pages=1
    )
    page = Page(number=1, width=width, height=height, words=words, text_source="ocr")
    return Document(document_id="sha256:" + "0" * 64, source=source, pages=[page]), gold


def split_files(split: str) -> list[Path]:
    files = sorted((ROOT / "annotations").glob("*.json"))
    return {"dev": files[:DEV], "test": files[DEV:], "all": files}[split]


def matches(pairs: list[tuple[str, str]], gold: list[tuple[str, str]], strict: bool) -> list[bool]:
    """Per predicted pair, whether it takes a gold pair (each gold pair matched once)."""
    ok = (lambda a, b: norm(a) == norm(b)) if strict else (lambda a, b: token_f1(a, b) >= 0.5)
    left, out = list(gold), []
    for label, value in pairs:
        hit = next((g for g in left if ok(label, g[0]) and ok(value, g[1])), None)
        if hit is not None:
            left.remove(hit)
        out.append(hit is not None)
    return out


def score(preds: list[list[tuple[str, str]]], golds: list[list[tuple[str, str]]]) -> dict[str, float]:
    """Strict and loose precision, recall and F1 over forms (predicted and gold (label, value) texts)."""
    out: dict[str, float] = {}
    n_pred, n_gold = sum(map(len, preds)), sum(map(len, golds))
    for kind in ("strict", "loose"):
        tp = sum(sum(matches(p, g, kind == "strict")) for p, g in zip(preds, golds, strict=True))
        prec, rec = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
        out |= {
            f"{kind}_p": prec,
            f"{kind}_r": rec,
            f"{kind}_f1": 2 * prec * rec / (prec + rec) if tp else 0.0,
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--linker", choices=["learned", "rules", "hybrid"], default="learned")
    ap.add_argument("--errors", type=int, default=0, help="print the wrong pairs of the first N forms")
    args = ap.parse_args()
    if not ROOT.is_dir():
        sys.exit(f"{ROOT} not found")
    files = split_files(args.split)
    counts = {"pred": 0, "gold": 0, "strict": 0, "loose": 0, "gold_strict": 0, "gold_loose": 0}
    for n, path in enumerate(files):
        doc, gold = load(path)
        pairs = [(p.label_text, p.value_text) for p in find_pairs(build_lines(doc), args.linker)]
        counts["pred"] += len(pairs)
        counts["gold"] += len(gold)
        for kind, ok in (
            ("strict", lambda a, b: norm(a) == norm(b)),
            ("loose", lambda a, b: token_f1(a, b) >= 0.5),
        ):
            left = list(gold)
            for label, value in pairs:
                hit = next((g for g in left if ok(label, g[0]) and ok(value, g[1])), None)
                if hit is not None:
                    left.remove(hit)
                    counts[kind] += 1
                elif kind == "loose" and n < args.errors:
                    print(f"{path.stem} wrong: {label!r} -> {value!r}")
            counts[f"gold_{kind}"] += len(gold) - len(left)
    print(
        f"\nFUNSD {args.split} ({args.linker}): {len(files)} forms, {counts['gold']} gold pairs, "
        f"{counts['pred']} predicted"
    )
    for kind in ("strict", "loose"):
        p = counts[kind] / counts["pred"] if counts["pred"] else 0.0
        r = counts[f"gold_{kind}"] / counts["gold"] if counts["gold"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {kind:6s} precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
