"""Held-out set "AF": 16 invoices made as fillable PDF forms (AcroForm), the way small businesses fill an
"invoice template" PDF on screen and send it without flattening.

    python benchmarks/outside_invoices_af.py [--out /tmp/outside_invoices/AF] [--check]

Writes <out>/pdf/<stem>.pdf and <out>/key/<stem>.json.  The printed template (title, labels, table
headers, totals labels, payment-terms text, bank-details caption, and in some the vendor's own name and
address) is page content; the values (vendor in some, customer block, invoice number, dates, item rows,
subtotal, tax, total, notes, bank details) are typed into AcroForm fields, so the values exist only in
the widgets' appearance streams or /V entries, never in the page content stream.  Documents live in
outside_docs_af4.py ... outside_docs_af9.py; outside_docs_af1.py holds the field and document records
and the typing styles, outside_docs_af2.py the PDF building, outside_docs_af3.py the four template
families (classic, banded, grid, minimal).

Producers (key `producer`): "rl" = ReportLab acroForm fields created with their values (ReportLab
appearance streams, left-aligned, fixed size); "pypdf-ap" = blank ReportLab template, then pypdf
update_page_form_field_values(auto_regenerate=False) draws the appearances (honours /Q 2, 0 Tf, comb,
multiline; for Turkish and Greek the form's /DR holds an embedded DejaVuSans font that the appearances
use); "pypdf-ap-na" = the same with NeedAppearances true (a viewer may redraw); "nap" = only /V set,
widgets without an appearance stream and NeedAppearances true (the viewer must draw the values).

The invoices (stem: country, language, producer, template family, features):
  af01_us_plumbing   US, en, rl, classic Letter: vendor printed, blue-filled fields, MM/DD/YYYY, "1,489.00"
                     and "1489", sales tax 6%, deposit -> amount paid / balance due, customer id + PO
                     distractors.
  af02_uk_joinery    GB, en, pypdf-ap, minimal: vendor in fields (auto size), DD/MM/YYYY, "£" amounts, VAT
                     20%, delivery line, previous balance + total amount due (key total = invoice total).
  af03_ca_webstudio  CA, en, nap, banded Letter: vendor printed on the band, "March 14, 2025", currency
                     dropdown, discount, HST 13%.
  af04_au_cleaning   AU, en, rl, grid: TAX INVOICE, vendor in fields, "14 March 2025", ABN comb field, GST
                     10%, deposit paid / balance owing.
  af05_in_printing   IN, en, pypdf-ap-na, classic: vendor printed, DD-MM-YYYY, Indian grouping "61,242.00",
                     CGST + SGST with a total-GST line (key tax = CGST + SGST), buyer GSTIN comb, HSN column.
  af06_sg_electrical SG, en, pypdf-ap, classic, two pages: 27 item rows, invoice number one field with two
                     widgets (page 1 meta and page 2 header), totals on page 2, GST 9%.
  af07_de_tischler   DE, de, rl, minimal: vendor printed, Times fields, DD.MM.YYYY, "1.234,50 EUR",
                     Lieferdatum and Kundennummer distractors, position column, USt 19%.
  af08_fr_luminaires FR, fr, nap, grid: vendor in fields, accented values, payment-terms dropdown, TVA number
                     comb, remise, TVA 20%, "1 938,00 €".
  af09_es_reformas   ES, es, pypdf-ap-na, banded: vendor printed, "€ 1.779,91", payment-method dropdown, IVA
                     21%.
  af10_it_tipografia IT, it, rl, classic: vendor in fields, codice fiscale comb, sconto + spedizione, IVA 22%,
                     "Pagata" checkbox ticked.
  af11_nl_catering   NL, nl, pypdf-ap, minimal: vendor in fields, DD-MM-YYYY, BTW 9%, aanbetaling (deposit) ->
                     nog te betalen, checkbox ticked.
  af12_br_oficina    BR, pt, nap, grid: vendor printed, "R$ 1.250,00", CPF comb, payment dropdown, desconto,
                     no tax shown (key tax null).
  af13_pl_remonty    PL, pl, nap, classic: DejaVu page text, Polish values left to the viewer, data sprzedaży
                     distractor, NIP comb, "6 175,83 zł", VAT 23%, amount in words.
  af14_se_el         SE, sv, rl, banded: vendor block in one multi-line field, YYYY-MM-DD, OCR number, moms
                     25%, "18 981,25 kr".
  af15_tr_bilisim    TR, tr, pypdf-ap + DejaVuSans in /DR, minimal: DejaVu page text, Turkish values, VKN
                     comb, KDV 20%, "36.660,00 TL", 16-character e-Fatura style number.
  af16_gr_oinopoiia  GR, el, pypdf-ap + DejaVuSans in /DR, grid: Greek values, ΑΦΜ comb, payment dropdown,
                     shipping, ΦΠΑ 24%.

Key choices: `date` is the invoice/issue date (not delivery or sale date); `due_date` the printed due date;
`total` the invoice's own grand total (tax included), not the balance due after a deposit and not the
amount due including a previous balance; `subtotal` the sum of the item lines before discount and shipping;
`tax` the total tax shown (null where the invoice shows none); `vendor_name` the issuer as printed (first
line of its field where the vendor is typed in); amounts as decimal strings with two decimals.  Amounts
add up: item amounts sum to the subtotal, subtotal - discount + shipping + tax = total.

--check flattens every PDF with pypdfium2 (init_forms, page.flatten) and reads it with pdfplumber: each non-
null key value must be there as typed (amounts and dates re-parsed to match the key), every line of every
typed value must be there too, values typed into fields must be absent from the plain (unflattened) text
layer, item lines must add up (qty x price = amount, sum = subtotal), a parent/kid field must have its two
widgets, and page 1 of three invoices is rendered to <out>/preview/.  The set was written without looking at
the extractor, its configuration, its tests or earlier scores, and is meant to be scored once, as a held-out
measurement; do not tune against it.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_docs_af1 import MONTHS, Doc
from outside_docs_af2 import build

DOC_MODULES = [f"outside_docs_af{i}" for i in range(4, 10)]
PREVIEW = ("af01_us_plumbing", "af08_fr_luminaires", "af16_gr_oinopoiia")
CURRENCY_FORMS = {
    "USD": ["USD", "$"],
    "GBP": ["GBP", "£"],
    "CAD": ["CAD"],
    "AUD": ["AUD"],
    "INR": ["INR", "₹", "Rs"],
    "SGD": ["SGD", "S$"],
    "EUR": ["EUR", "€"],
    "BRL": ["BRL", "R$"],
    "PLN": ["PLN", "zł"],
    "SEK": ["SEK", "kr"],
    "TRY": ["TRY", "TL", "₺"],
}


def all_docs() -> list[Doc]:
    docs = [fn() for name in DOC_MODULES for fn in importlib.import_module(name).DOCS]
    stems = [d.stem for d in docs]
    assert len(set(stems)) == len(stems), "duplicate stems"
    return docs


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def parse_amount(s: str) -> Decimal:
    t = re.sub(r"[^\d,.\-]", "", s).strip(".,")
    cut = max(t.rfind(","), t.rfind("."))
    if cut >= 0 and len(t) - cut - 1 in (1, 2):
        return Decimal(re.sub(r"[,.]", "", t[:cut]) + "." + t[cut + 1 :])
    return Decimal(re.sub(r"[,.]", "", t))


def parse_date(s: str, order: str) -> str:
    low = s.lower()
    for names in MONTHS.values():
        for k, name in enumerate(names.split(), start=1):
            if name.lower() in low:
                nums = [int(n) for n in re.findall(r"\d+", s)]
                day, year = (nums[0], nums[1]) if nums[0] <= 31 else (nums[1], nums[0])
                return f"{year:04d}-{k:02d}-{day:02d}"
    a, b, c = (int(n) for n in re.findall(r"\d+", s))
    y, m, d = {"DMY": (c, b, a), "MDY": (c, a, b), "YMD": (a, b, c)}[order]
    return f"{y:04d}-{m:02d}-{d:02d}"


def pdf_texts(path: Path) -> tuple[str, str, int]:
    import pdfplumber
    import pypdfium2 as pdfium

    with pdfplumber.open(str(path)) as pl:
        plain = "\n".join(p.extract_text() or "" for p in pl.pages)
    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()
    for i in range(len(doc) if doc.formenv else 0):  # no form environment: a file without AcroForm
        page = doc[i]
        page.flatten()
        page.close()
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pl:
        flat = "\n".join(p.extract_text() or "" for p in pl.pages)
    from pypdf import PdfReader

    n = sum(
        1
        for p in PdfReader(str(path)).pages
        for a in p.get("/Annots", [])
        if a.get_object().get("/Subtype") == "/Widget"
    )
    return plain, flat, n


def check_one(doc: Doc, pdf: Path, key: dict) -> list[str]:
    plain, flat, widgets = pdf_texts(pdf)
    P, FL = norm(plain), norm(flat)
    errs = []
    if widgets < 20:
        errs.append(f"only {widgets} widgets")
    for k, src in doc.src.items():
        want = key[k]
        if want is None:
            continue
        typed = src[5:] if src.startswith("page:") else doc.values[src]
        if k in ("total", "subtotal", "tax") and parse_amount(typed) != Decimal(want):
            errs.append(f"{k}: typed {typed!r} != key {want}")
        if k in ("date", "due_date") and parse_date(typed, doc.date_order) != want:
            errs.append(f"{k}: typed {typed!r} != key {want}")
        if k == "invoice_number" and typed != want:
            errs.append(f"{k}: typed {typed!r} != key {want}")
        if k == "vendor_name" and typed.split("\n")[0] != want:
            errs.append(f"{k}: typed {typed!r} does not start with key {want!r}")
        if k == "currency" and not any(f in typed for f in CURRENCY_FORMS[want]):
            errs.append(f"{k}: {typed!r} shows no form of {want}")
        shown = want if k in ("vendor_name",) else typed
        if k == "currency":
            shown = next(f for f in CURRENCY_FORMS[want] if f in typed)
        if norm(shown) not in FL:
            errs.append(f"{k}: {shown!r} not in flattened text")
        if not src.startswith("page:") and k != "currency" and norm(shown) in P:
            errs.append(f"{k}: {shown!r} visible in the page content without flattening")
        if src.startswith("page:") and norm(shown) not in P:
            errs.append(f"{k}: printed {shown!r} missing from page content")
    kinds = {f.value_key: f.kind for f in doc.sheet.fields}
    for name, val in doc.values.items():
        if kinds[name] == "check":
            continue
        for line in val.split("\n"):
            if norm(line) and norm(line) not in FL:
                errs.append(f"field {name}: {line!r} not in flattened text")
        if len(norm(val)) >= 8 and norm(val) in P:
            errs.append(f"field {name}: {val!r} visible without flattening")
    if kids := [f.kid for f in doc.sheet.fields if f.kid]:
        from pypdf import PdfReader

        fields = PdfReader(str(pdf)).get_fields() or {}
        for k in kids:
            if len(fields.get(k, {}).get("/Kids", [])) != 2:
                errs.append(f"field {k}: expected one field with two widgets")
    amts = [parse_amount(v) for n, v in doc.values.items() if re.fullmatch(r"amt\d+", n)]
    c = doc.calc
    if sum(amts) != c["subtotal"] or c["subtotal"] - c["disc"] + c["ship"] + c["tax"] != c["total"]:
        errs.append("amounts do not add up")
    if key["subtotal"] != f"{c['subtotal']:.2f}" or key["total"] != f"{c['total']:.2f}":
        errs.append("key amounts differ from the document's figures")
    for n, v in doc.values.items():
        if re.fullmatch(r"amt\d+", n):
            i = n[3:]
            q, p = Decimal(doc.values[f"qty{i}"].replace(",", ".")), parse_amount(doc.values[f"price{i}"])
            if (q * p).quantize(Decimal("0.01")) != parse_amount(v):
                errs.append(f"row {i}: {q} x {p} != {v}")
    return errs


def preview(pdf: Path, png: Path) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    doc.init_forms()
    page = doc[0]
    page.render(scale=1.5, may_draw_forms=True).to_pil().save(png)
    page.close()
    doc.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices/AF"))
    ap.add_argument("--check", action="store_true", help="flatten each PDF and verify the key against it")
    args = ap.parse_args(argv)
    (args.out / "pdf").mkdir(parents=True, exist_ok=True)
    (args.out / "key").mkdir(parents=True, exist_ok=True)
    docs = all_docs()
    for d in docs:
        build(d, args.out / "pdf" / f"{d.stem}.pdf")
        (args.out / "key" / f"{d.stem}.json").write_text(
            json.dumps(d.key, ensure_ascii=False, indent=2) + "\n"
        )
    print(f"wrote {len(docs)} invoices to {args.out}")
    if not args.check:
        return 0
    (args.out / "preview").mkdir(exist_ok=True)
    bad = 0
    for d in docs:
        pdf = args.out / "pdf" / f"{d.stem}.pdf"
        key = json.loads((args.out / "key" / f"{d.stem}.json").read_text())
        errs = check_one(d, pdf, key)
        bad += bool(errs)
        print(
            f"{'ok  ' if not errs else 'FAIL'} {d.stem:20s} {d.mode:12s} "
            f"total={key['total']} {key['currency']}" + ("" if not errs else "  " + "; ".join(errs))
        )
        if d.stem in PREVIEW:
            preview(pdf, args.out / "preview" / f"{d.stem}.png")
    print(f"{len(docs) - bad}/{len(docs)} passed")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
