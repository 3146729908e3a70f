"""Score set LA (benchmarks/outside_lookalikes_la.py): documents that look like invoices but are none.

    python benchmarks/outside_lookalikes_score.py [--root /tmp/outside_invoices/LA] [--errors] [--scans]

A mail room receives quotations, purchase orders, order confirmations, delivery notes, statements,
remittance advices and reminders beside its invoices; each prints a supplier, a number, a date, items and
a total. Taken for an invoice and auto-accepted, one gets paid. Each PDF's text layer goes through
``extract_document`` and ``route`` (the pipeline's review decision, no QA sample) and is counted as:

- a look-alike (key doc_type ``other``) taken for an invoice, and of those the ones no person would see
  (routed without review: the harm); one typed ``other``, and its ``document_kind`` (quotation,
  purchase_order...) right;
- a control (a genuine invoice or receipt printing look-alike words: `Your quotation`, `Delivery note no.`,
  a remittance slip) classified right, and its fields right (as ``outside_score.same`` compares them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_extract_invoices import doc_from_pdf
from idp.config import load_config
from idp.extractors import extract_document
from idp.extractors.schema import load_doc_type_schemas
from idp.pipeline.processor import DocumentProcessor
from idp.pipeline.routing import route
from outside_scanned import scanned
from outside_score import same

CONTROL_FIELDS = ["invoice_number", "date", "total", "currency", "vendor_name"]
KINDS = {"estimate": "quotation"}  # a key's kind -> the pipeline's document_kind


def score(root: Path, errors: bool, scans: bool = False) -> dict[str, int]:
    config = load_config()
    settings, schemas = config.extract, load_doc_type_schemas()
    processor = DocumentProcessor(config) if scans else None
    names = ["lookalikes", "as_invoice", "as_invoice_unreviewed", "as_other", "kind_right", "controls"]
    names.append("controls_right")
    counts = dict.fromkeys([*names, "fields", "hits"], 0)
    for path in sorted((root / "pdf").glob("*.pdf")):
        key = json.loads((root / "key" / f"{path.stem}.json").read_text())
        if processor is not None:  # printed and scanned: the whole processor, OCR included
            doc = processor.process(scanned(path), f"{path.stem}.tif", f"file:///{path.stem}.tif")
        else:
            doc = route(extract_document(doc_from_pdf(path)), settings, schemas, 0.0, None)
        got, confidence = str(doc.doc_type.value), doc.doc_type.confidence
        reviewed = doc.review is not None and doc.review.required
        reasons = ", ".join(doc.review.reasons[:2]) if doc.review is not None else ""
        line = f"  {path.stem:32s} {key['kind']:18s} want={key['doc_type']:8s} got={got:8s} {confidence:.2f}"
        line += f" {'review' if reviewed else 'AUTO'}: {reasons}"
        if key["doc_type"] == "other":
            counts["lookalikes"] += 1
            counts["as_invoice"] += got == "invoice"
            counts["as_invoice_unreviewed"] += got == "invoice" and not reviewed
            counts["as_other"] += got == "other"
            kind = doc.fields["document_kind"].value if "document_kind" in doc.fields else None
            counts["kind_right"] += kind == KINDS.get(key["kind"], key["kind"])
            wrong = got != "other"
        else:
            counts["controls"] += 1
            counts["controls_right"] += got == key["doc_type"]
            wrong = got != key["doc_type"]
            for name in CONTROL_FIELDS:
                if key.get(name) is None:
                    continue
                value = doc.fields[name].value if name in doc.fields else None
                ok = same(name, key[name], value)
                counts["fields"] += 1
                counts["hits"] += ok
                if errors and not ok:
                    line += f"\n      {name}: key={key[name]!r} got={value!r}"
        if errors or wrong:
            print(("  " if not wrong else "! ") + line[2:])
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default="/tmp/outside_invoices/LA")
    ap.add_argument("--errors", action="store_true", help="also list every document and wrong field")
    ap.add_argument("--scans", action="store_true", help="as 150 dpi scans (outside_scanned.py) through OCR")
    args = ap.parse_args()
    c = score(Path(args.root), args.errors, args.scans)
    print(
        f"look-alikes taken for invoices {c['as_invoice']}/{c['lookalikes']}, "
        f"of them auto-accepted {c['as_invoice_unreviewed']}; other {c['as_other']}, "
        f"their kind right {c['kind_right']}; "
        f"controls classified right {c['controls_right']}/{c['controls']}, "
        f"their fields {c['hits']}/{c['fields']}"
    )


if __name__ == "__main__":
    main()
