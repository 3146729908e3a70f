"""Set K: 24 held-out invoices as they arrive in inbound mail - scanned paper, faxes, phone photos,
photocopies - with ground-truth keys, scored through the whole document processor (OCR path).

    python benchmarks/outside_scans_k.py [--out /tmp/outside_invoices] [--n 24] [--seed 1111]
                                         [--check] [--score] [--errors]

Writes ``<out>/K/scan/<name>.<png|jpg|tif|pdf>``, ``<out>/K/key/<name>.json`` and the clean page text
``<out>/K/clean/<name>.txt``. ``--check`` verifies that every key value's printed form is drawn on the clean
pages (and that subtotal + tax = total where the key has all three); ``--score`` puts every scan file
through ``DocumentProcessor(load_config(None))`` as benchmarks/outside_scanned.py does and prints per-field
scores with outside_score.py's ``same()``; ``--errors`` lists the misses. Deterministic for a seed.

Each layout is drawn with PIL at 300 dpi (DejaVu / Liberation fonts; the handwritten invoice-book entries
and margin notes use Debian's fonts-dkg-handwriting when installed, an oblique sans otherwise), in English
(US, UK, IE, AU, CA, IN, SG) and German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish,
Danish, Czech, Finnish, Hungarian and Swiss French: auto repair shop, solicitors' fee note, electricity
bill, faxed freight tax invoice, physiotherapy invoice, two-page Indian GST wholesale invoice, Singapore
hotel folio, SaaS subscription, UK dot-matrix invoice on green-bar paper, handwritten invoice-book page,
Spanish thermal-printer factura simplificada, and trade, service and professional invoices. The pages are
then captured as benchmarks/outside_degrade_k.py describes: greyscale and colour scans at 200-300 dpi with
0.5-3 degrees of skew, photocopies, faxes (one a true 200 x 100 dpi standard-mode TIFF), phone photos,
ink stamps, margin notes and signatures, two pages turned 90 and 180 degrees, two-page documents as a
multi-page TIFF and an image-only PDF. Keys follow benchmarks/outside_invoices_e.py's key rules.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_docs_k1
import outside_docs_k2
import outside_docs_k3
import outside_docs_k4
import outside_docs_k5
import outside_docs_k6
import outside_docs_k7
import outside_docs_k8
from outside_common_k import SCORED, Doc
from outside_degrade_k import degrade, encode

BUILDERS = [*outside_docs_k1.DOCS, *outside_docs_k2.DOCS, *outside_docs_k3.DOCS, *outside_docs_k4.DOCS]
BUILDERS += [*outside_docs_k5.DOCS, *outside_docs_k6.DOCS, *outside_docs_k7.DOCS, *outside_docs_k8.DOCS]


def build(n: int, seed: int) -> list[Doc]:
    return [b(random.Random(seed * 1000 + i)) for i, b in enumerate(BUILDERS[:n])]


def write(docs: list[Doc], root: Path, seed: int) -> dict[str, str]:
    """Degrades and writes every document; returns name -> scan file name."""
    for sub in ("scan", "key", "clean"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    files = {}
    for i, doc in enumerate(docs):
        rng = random.Random(seed * 7919 + i)
        images = degrade([p.img for p in doc.pages], doc.degrade, rng)
        data, ext = encode(images, doc.degrade)
        for old in (root / "scan").glob(f"{doc.name}.*"):
            old.unlink()
        (root / "scan" / f"{doc.name}.{ext}").write_bytes(data)
        (root / "key" / f"{doc.name}.json").write_text(
            json.dumps(doc.key_json(), indent=2, ensure_ascii=False)
        )
        clean = "\n\f\n".join("\n".join(p.texts) for p in doc.pages)
        (root / "clean" / f"{doc.name}.txt").write_text(clean + "\n")
        files[doc.name] = f"{doc.name}.{ext}"
    return files


def check(docs: list[Doc]) -> list[str]:
    """Problems: a key value whose printed form is not drawn, or totals that do not add up."""
    problems = []
    for doc in docs:
        drawn = [t for p in doc.pages for t in p.texts]
        v = doc.keys.values
        for f in SCORED:
            if v[f] is None:
                if f in ("invoice_number", "date", "total", "currency", "vendor_name"):
                    problems.append(f"{doc.name}: no {f}")
                continue
            for shown in doc.keys.printed.get(f, []):
                if not any(shown in t for t in drawn):
                    problems.append(f"{doc.name}: {f} {v[f]!r} printed as {shown!r} is not on the page")
        if None in (v["subtotal"], v["tax"], v["total"]):
            continue
        if abs(Decimal(v["subtotal"]) + Decimal(v["tax"]) - Decimal(v["total"])) > doc.slack:
            problems.append(f"{doc.name}: subtotal + tax != total ({v['subtotal']} {v['tax']} {v['total']})")
    return problems


def score(root: Path, files: dict[str, str], errors: bool) -> None:
    from idp.config import load_config
    from idp.pipeline.processor import DocumentProcessor
    from outside_score import FIELDS, same

    processor = DocumentProcessor(load_config(None))
    hits = {f: [0, 0] for f in FIELDS}
    t0 = time.perf_counter()
    for name, fname in sorted(files.items()):
        key = json.loads((root / "key" / f"{name}.json").read_text())
        t1 = time.perf_counter()
        try:
            doc = processor.process((root / "scan" / fname).read_bytes(), fname, f"file:///{fname}")
            fields, dtype = doc.fields, doc.doc_type.value
        except Exception as exc:  # a quarantined or failed document scores nothing
            print(f"  {name:24s} FAILED {type(exc).__name__}: {exc}")
            fields, dtype = {}, "failed"
        if errors:
            print(f"  {name:24s} {time.perf_counter() - t1:5.1f} s  doc_type={dtype}", flush=True)
        for f in FIELDS:
            if key.get(f) is None:
                continue
            got = fields[f].value if f in fields else None
            ok = same(f, key[f], got)
            hits[f][0] += ok
            hits[f][1] += 1
            if errors and not ok:
                print(f"  {name:24s} {f:15s} key={key[f]!r} got={got!r}", flush=True)
    print(f"set K, {len(files)} scans, {time.perf_counter() - t0:.0f} s")
    for f, (h, n) in hits.items():
        print(f"  {f:15s} {h:3d}/{n:<3d} = {h / max(n, 1):.3f}")
    print(f"  {'all fields':15s} {sum(h for h, _ in hits.values()):3d}/{sum(n for _, n in hits.values())}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=1111)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    root = args.out / "K"
    docs = build(args.n, args.seed)
    files = write(docs, root, args.seed)
    print(f"wrote {len(files)} documents to {root}")
    if args.check:
        problems = check(docs)
        for p in problems:
            print("  " + p)
        print(f"check: {len(problems)} problems in {len(docs)} documents")
        if problems:
            sys.exit(1)
    if args.score:
        score(root, files, args.errors)


if __name__ == "__main__":
    main()
