"""Per-field accuracy and line-item F1 of extraction on a synthetic set (words from the real pipeline stages).

    python benchmarks/synthetic_accuracy.py --seed 29 [--count 120] [--kinds invoice,claim] [--errors]

The set is generated and read once (ingest -> preprocess -> OCR, digital PDFs by their text layer) and
cached by benchmarks/synth_ocr_cache.py under /tmp/synth_ocr_<seed>/; extraction then runs in
milliseconds. Develop on one seed, report on another.

- **Field accuracy**: per document type and field of its truth, the share of documents where the
  extracted value equals the truth (both absent counts as right). Dates, amounts, currencies and ids
  compare exactly (ids case-insensitively); names and addresses after case folding, with punctuation
  and spacing ignored.
- **Line items**: an extracted item is right when its amount equals a true item's and its description
  matches (as names do); ``strict`` also needs quantity and unit price. F1 over all items of the type.
- **Auto-accept**: the share of documents routed to auto_accepted, and the share of those with every
  field right (what review would have missed).
- **Forms** (``--kinds form``): fields are named by their printed labels, so pairs are matched by value
  (letters and digits only, so a phone normalised to ``+4420...`` matches its printed form): recall =
  true values found among the extracted ones, precision = extracted values that are true (fields a
  form prints but its truth does not hold, such as a relationship, count as wrong).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_ocr_cache
from idp.config import load_config
from idp.extractors import extract_document
from idp.extractors.schema import load_doc_type_schemas
from idp.pipeline.routing import route

TEXT_FIELDS = {"vendor_name", "vendor_address", "claimant_name", "provider", "customer_name"}


def norm(name: str, value: str | None) -> str:
    if value is None:
        return ""
    if name in TEXT_FIELDS or name == "description":
        return re.sub(r"[^0-9a-z]+", " ", value.lower()).strip()
    return value.strip().upper()


def item_f1(pred: list[dict], truth: list[dict], strict: bool) -> tuple[int, int, int]:
    """(true positives, predicted, true) for one document, matching each true item at most once."""
    keys = ("description", "amount", "quantity", "unit_price") if strict else ("description", "amount")
    left = [tuple(norm("description" if k == "description" else k, t.get(k)) for k in keys) for t in truth]
    tp = 0
    for p in pred:
        key = tuple(norm("description" if k == "description" else k, p.get(k)) for k in keys)
        if key in left:
            left.remove(key)
            tp += 1
    return tp, len(pred), len(truth)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=120)
    ap.add_argument("--kinds", default="invoice,claim")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    synth_ocr_cache.build(args.seed, args.count, tuple(args.kinds.split(",")))
    schemas = load_doc_type_schemas()
    settings = load_config().extract
    right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    docs: dict[str, int] = defaultdict(int)
    items: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, tp strict, predicted, true
    routed: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # auto-accepted, of which all right
    classified: dict[str, int] = defaultdict(int)
    pairs = [0, 0, 0, 0]  # forms: true values found, true values, extracted values right, extracted
    times = []
    for path in sorted(synth_ocr_cache.cache_dir(args.seed).glob("*.json")):
        truth = json.loads((synth_ocr_cache.data_dir(args.seed) / "truth" / path.name).read_text())
        kind = truth["doc_type"]
        t0 = time.perf_counter()
        doc = extract_document(synth_ocr_cache.load(args.seed, path.stem), schemas)
        times.append((time.perf_counter() - t0) * 1000)
        doc = route(doc, settings, schemas)
        docs[kind] += 1
        classified[kind] += doc.doc_type.value == kind
        if kind == "form":  # fields are named by their printed labels: match by value, letters and digits
            got_values = {re.sub(r"[^0-9a-z]", "", (f.value or "").lower()) for f in doc.fields.values()}
            want_values = {re.sub(r"[^0-9a-z]", "", v.lower()) for v in truth["fields"].values() if v}
            pairs[0] += len(got_values & want_values)
            pairs[1] += len(want_values)
            pairs[2] += sum(
                1
                for f in doc.fields.values()
                if re.sub(r"[^0-9a-z]", "", (f.value or "").lower()) in want_values
            )
            pairs[3] += len(doc.fields)
            continue
        all_right = True
        for name, want in truth["fields"].items():
            got = doc.fields[name].value if name in doc.fields else None
            ok = norm(name, got) == norm(name, want)
            right[kind][name] += ok
            all_right &= ok
            if not ok and args.errors:
                print(f"{path.stem} {truth['format']:11s} {name:15s} want={want!r} got={got!r}")
        pred = [it.model_dump() for it in doc.line_items]
        tp, n_pred, n_true = item_f1(pred, truth["line_items"], strict=False)
        tp_strict, _, _ = item_f1(pred, truth["line_items"], strict=True)
        for k, v in enumerate((tp, tp_strict, n_pred, n_true)):
            items[kind][k] += v
        if args.errors and (tp < n_true or tp < n_pred):
            print(f"{path.stem} line items: {tp} right of {n_pred} extracted, {n_true} true")
        if not doc.review.required:
            routed[kind][0] += 1
            routed[kind][1] += all_right
    mean_ms = sum(times) / len(times)
    print(f"\nseed {args.seed}: {sum(docs.values())} documents, extract {mean_ms:.1f} ms/doc mean")
    if pairs[1]:
        print(f"\nform: {docs['form']} documents, classified {classified['form']}/{docs['form']}")
        recall, precision = pairs[0] / pairs[1], pairs[2] / max(pairs[3], 1)
        print(f"  pair values      recall {recall:.3f}  precision {precision:.3f}")
    for kind in sorted(k for k in docs if k != "form"):
        n = docs[kind]
        print(f"\n{kind}: {n} documents, classified {classified[kind]}/{n}")
        for name, ok in right[kind].items():
            print(f"  {name:16s} {ok / n:.3f}  ({ok}/{n})")
        tp, tp_strict, n_pred, n_true = items[kind]
        if n_true:
            f1 = 2 * tp / (n_pred + n_true) if n_pred + n_true else 0.0
            f1s = 2 * tp_strict / (n_pred + n_true) if n_pred + n_true else 0.0
            counts = f"{tp} right, {n_pred} extracted, {n_true} true"
            print(f"  line items       F1 {f1:.3f} (strict {f1s:.3f}): {counts}")
        auto, good = routed[kind]
        print(f"  auto-accepted    {auto}/{n}, all fields right in {good}/{auto}")


if __name__ == "__main__":
    main()
