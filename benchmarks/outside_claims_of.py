"""Set OF: a held-out set of 20 fillable (AcroForm) insurance claim forms, filled in on screen.

    python benchmarks/outside_claims_of.py [--out /tmp/outside_invoices] [--check]
    python benchmarks/outside_claims_of.py --score [--errors]            # writes the set, scores <out>/OF
    python benchmarks/outside_claims_of.py --score --root DIR [--errors]  # scores DIR/pdf against DIR/key

Writes ``<out>/OF/pdf/<stem>.pdf`` and ``<out>/OF/key/<stem>.json`` with the key fields of set Z
(``claim_number``, ``policy_number``, ``claimant_name``, ``date_of_loss`` ISO, ``amount_claimed`` two
decimals, ``provider``; null where the document does not show the field) plus unscored ``lang``, ``country``,
``template`` and ``producer``. ``--score`` only calls ``outside_common_z.score(root, errors)``. Score once, at
the end: the set is for an honest measurement, never for development. It was written without looking at the
extractor, the claim configuration, the tests, the README, any scoring code or earlier results (only the
docstring of outside_claims_o.py was read, for the key conventions); it has not been run through the pipeline.
Every company, person and number is invented. Deterministic: fixed data, ReportLab invariant mode, no clock,
no randomness; two runs give byte-identical files. Documents:
outside_docs_of3 to of12, two each; toolkit: outside_docs_of1 (layout) and of2 (fields).

What the set tests: each form's printed layout (insurer name and logo, title, section bands, printed labels,
boxes, instructions, fine print, signature line) is ordinary page content, while the typed VALUES live only in
AcroForm fields placed in the boxes: the page text before flattening holds none of them (checked), so a reader
has to render widget appearances, build appearances where there are none (``/NeedAppearances``), or read
``/V``. Distractor numbers are fields too (member, certificate and card numbers, IBAN / BSB / sort code /
account, phone, registration, VIN, national ids, invoice / quotation numbers, police references, other claim
numbers), with non-key fields: multi-line descriptions, checkboxes, radio groups and dropdowns (choice
fields).

Form tools (``producer``), each with its own appearance streams:

- ``reportlab-acroform-values-at-creation`` (us, in, it, no): ReportLab ``canvas.acroForm`` with the values
  set at creation; ReportLab appearances (multi-line values carry typed line breaks, the /DR repeats /Font).
- ``reportlab-blank+pypdf-fill-appearances`` (uk, za, de, da): blank ReportLab template filled by pypdf
  ``update_page_form_field_values(auto_regenerate=False)``: pypdf appearances, NeedAppearances false.
- ``reportlab-blank+pypdf-fill-appearances+needappearances`` (ie, pt): the same with ``auto_regenerate=True``,
  so viewers (pdfium too) regenerate the appearances.
- ``reportlab-blank+pypdf-v-only-needappearances`` (ca, fr, cs): only ``/V`` set, text and choice appearances
  removed, NeedAppearances true: nothing shows until a viewer builds appearances (pdfium builds them on
  ``init_forms``; Czech letters then come from a substitute font).
- ``reportlab-page+pymupdf-widgets`` (au, es, sv): PyMuPDF ``add_widget`` with values, MuPDF appearances; each
  MuPDF field is a parent with one kid widget.
- ``reportlab-page+pypdf-handbuilt-fields-v-only-needappearances`` (nz, nl, fi): text fields written by hand
  as pypdf generic objects (buttons and dropdowns from ReportLab), ``/V`` only, NeedAppearances true.
- ``reportlab-page+pypdf-handbuilt-fields-reportlab-dejavu-appearances`` (pl): hand-built fields whose
  appearance streams are Form XObjects drawn by ReportLab in embedded DejaVu Sans, NeedAppearances false.

Documents (stem: kind, country / language, features):

- us_wc_first_report: employer's first report of injury, workers' compensation, US / en, letter; carrier claim
  number in a "for carrier use" box, employer policy; SSN, FEIN, wage; radio group, checkboxes, dropdown; date
  03/14/2025; no amount.
- uk_home_escape_of_water: home claim, escape of water, GB / en, 2 pages; claim reference is one parent field
  with a kid widget in the header of both pages; item rows (plumber's invoice and damaged goods) summing to a
  right-aligned total 2,845.60; date 14/03/2025; sort code, account, invoice no.
- au_windscreen: windscreen and glass claim, AU / en; state dropdown, rego, VIN, ABN, member no., GST and
  excess as right-aligned distractors; 689.00; 12/02/2025.
- ca_travel_medical: out-of-country emergency medical claim, CA / en, letter, 2 pages; claim number kid
  widgets on both pages with auto font size (0 Tf); expense rows to 4,118.75; dates typed "January 19, 2025";
  provincial health card, certificate and group plan numbers.
- ie_pet_claim: vet fee claim, IE / en; policy number in a 10-cell comb field; accented name (Siobhán Ní
  Bhriain); vet treatment rows to 412.50; microchip, VCI, IBAN/BIC; "3 Feb 2025".
- nz_income_protection: income protection claimant statement, NZ / en; the claim number is pre-printed page
  text (the insurer opened the claim), other keys are fields; ACC claim number distractor; salary and benefit
  insured as distractors; date 7/04/2025; no amount and no provider (no bill is claimed).
- za_motor_accident: commercial motor accident claim, ZA / en; a company is insured, the employee drove; pypdf
  auto-size fields (0 Tf) for amounts; quotation 38 615,50; date typed 2025/03/14; SAPS case, ID number,
  company registration, VAT number.
- in_health_reimbursement: health reimbursement claim form part A, IN / en, 2 pages; labels in DejaVu (rupee
  sign); the patient is the spouse, the primary insured claims; expense rows and total 1,48,650.00 (Indian
  grouping); claim intimation number in the TPA box on page 2; PAN, Aadhaar, TPA ID, IFSC; date 14-01-2025.
- de_kfz_schadenanzeige: Kfz-Schadenanzeige, DE / de, 2 pages; Schaden-Nr. and Versicherungsschein-Nr.
  pre-printed by the insurer in the header of both pages, everything else typed; labels left of the boxes;
  IBAN in a 22-cell comb field; the wife drove; 3.412,80; 14.03.2025; Aktenzeichen, FIN, Kennzeichen.
- fr_degat_des_eaux: déclaration de sinistre dégât des eaux, FR / fr; radio group (locataire), dropdown; 2
  745,60; 14/03/2025; sociétaire number, SIRET, invoice number, IBAN (auto size), the neighbour below.
- es_reembolso_dental: dental reimbursement request, ES / es; the patient is the daughter; the company's
  expediente box is empty (claim number null); treatment rows to 1.085,00; 03/02/2025; DNI, card, CIF.
- it_furto_abitazione: denuncia di sinistro furto in abitazione, IT / it; Times fields; stolen goods rows to
  4.370,00; date typed 14/3/2025; codice fiscale, Carabinieri protocol number; no provider.
- nl_annulering: annuleringsverzekering schadeformulier, NL / nl; tour operator as provider; reissom and eigen
  risico distractors; 1.840,00; 12-02-2025; booking, relatienummer, IBAN; auto-size fields.
- pt_reembolso_otica: pedido de reembolso de ótica, PT / pt; a company is tomador, the pessoa segura claims;
  NIF in a 9-cell comb field; the "nº de processo" box is empty (claim number null); 389,90; 07-01-2025.
- pl_ac_szkoda: zgłoszenie szkody Autocasco, PL / pl; Polish values as UTF-16 strings; policy number in a
  10-cell comb field; 7 865,40; 14.03.2025; PESEL, VIN, police note, NIP.
- sv_bagage: skadeanmälan resa, delayed baggage, SE / sv; purchase rows to 6 240,00; ISO date 2025-02-09;
  personnummer, PIR and booking numbers; no provider (several shops; the airline billed nothing).
- da_hundeforsikring: dog insurance claim, DK / da; radio group; 4.312,50; date 3.2.2025; CPR, chip, CVR.
- cs_vodovodni_skoda: oznámení škody (water damage), CZ / cs; labels in DejaVu, values as UTF-16 with Czech
  letters in /V only; 24 380,00; "14. 3. 2025"; rodné číslo, IČO, account number.
- no_reise_sykdom: skademelding reise, injury abroad, NO / no; expense rows to 12 480,00; 14.03.2025;
  fødselsnummer, kontonummer, egenandel.
- fi_sairauskulut: korvaushakemus sairauskulut, FI / fi, 2 pages; vahinkonumero kid widgets on both pages;
  expense rows (page 2) to 1 046,70; 12.3.2025; henkilötunnus, Kela and omavastuu distractors.

Key choices:

- claim_number is the insurer's (or TPA's) claim reference typed in its field: carrier claim number, claim
  reference, claim number, claim intimation no., Schaden-Nr. (pre-printed), n° de sinistre, n. sinistro,
  schadenummer, numer szkody, skadenummer, číslo pojistné události, vahinkonumero, and the pre-printed NZ
  claim number. Never the ACC, police, invoice, booking, PIR, quotation or member numbers. Null for es and pt
  (the insurer's box is empty).
- policy_number is the policy / contract number (the employer's WC policy, the Versicherungsschein-Nr., the n°
  de contrat, the Polizza Casa Serena n., the AC policy in comb cells, the Irish comb policy number); member,
  certificate, card, group plan, national id, IBAN, VIN and plate numbers are distractors.
- claimant_name is the policyholder / insured as typed: the injured worker (not the employer), the named
  insured company (not its driver), the primary insured (not the spouse patient), the titular (not the
  daughter), the pessoa segura (not the company tomador), the Versicherungsnehmer (not the driver), titles
  kept (Mrs, Mme, Dr., Ing.).
- date_of_loss is the date of injury / damage / theft / accident, the event that caused the cancellation, the
  arrival without baggage, the first day unable to work, and for health, dental, optical and pet claims the
  first treatment or first signs date; discovery, notification, report, invoice, booking, departure, signature
  and birth dates are distractors.
- amount_claimed is the total claimed as typed (the sum of the item rows where there are rows, the repair
  quotation, the reparation cost, the annuleringskosten); excess, deductible, GST, sum insured, salary,
  benefit insured, reissom, Kela and purchase prices are distractors. Null on the US first report and the NZ
  statement.
- provider is the repairer, clinic, hospital, vet, optician, plumber or tour operator whose bill is claimed
  (for the US first report, the facility of initial treatment); null for it, nz and sv.

``--check`` flattens every PDF with pypdfium2 (``init_forms`` first, then ``page.flatten()`` on each page),
reads the flattened text with pdfplumber and requires each non-null key value in its printed form (amount and
date as typed; comb values with the cell spacing) as a whole token, no ``(cid:..)`` glyphs, and a printed form
that reads as the key value. It also requires that the plain page text of the unflattened file does NOT hold
the values typed into fields (it does hold the pre-printed ones). It renders page 1 of three documents under
``<out>/OF/preview/``. Exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

MODULES = [f"outside_docs_of{i}" for i in range(3, 13)]
PREVIEW = ("uk_home_escape_of_water", "ca_travel_medical", "pl_ac_szkoda")


def documents():
    docs = []
    for name in MODULES:
        docs.extend(importlib.import_module(name).DOCS)
    return docs


def write(out: Path) -> dict[str, dict]:
    root = out / "OF"
    (root / "pdf").mkdir(parents=True, exist_ok=True)
    (root / "key").mkdir(parents=True, exist_ok=True)
    shown = {}
    for fn in documents():
        form = fn()
        data = form.build()
        (root / "pdf" / f"{form.stem}.pdf").write_bytes(data)
        key = {**form.keys, **form.meta}
        (root / "key" / f"{form.stem}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n")
        shown[form.stem] = form.shown
    return shown


# ----- check -----


def _plumber_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pdf.pages))


def flattened(path: Path) -> tuple[bytes, int]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()
    for i in range(len(doc)):
        page = doc[i]
        page.flatten()
        page.close()
    buf = io.BytesIO()
    doc.save(buf)
    n = len(doc)
    doc.close()
    return buf.getvalue(), n


def _pattern(shown: str, comb: bool) -> re.Pattern:
    if comb:
        body = r"\s?".join(re.escape(ch) for ch in shown.replace(" ", ""))
    else:
        body = re.escape(re.sub(r"\s+", " ", shown)).replace(r"\ ", r"\s?")
    return re.compile(r"(?<![\w.,/-])" + body + r"(?![\w]|[.,/-]\w)")


def _consistent(name: str, value: str, shown: str) -> str | None:
    if name == "amount_claimed":
        if not re.fullmatch(r"\d+\.\d\d", value):
            return f"amount key {value!r} not two decimals"
        digits = re.sub(r"\D", "", shown)
        if digits not in (re.sub(r"\D", "", value), re.sub(r"\D", "", value)[:-2]):
            return f"amount {shown!r} does not read as {value}"
    if name == "date_of_loss":
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return f"date key {value!r} not ISO"
        y, m, d = value.split("-")
        nums = [int(x) for x in re.findall(r"\d+", shown)]
        if (
            int(y) not in nums
            or int(d) not in nums
            or (int(m) not in nums and not re.search(r"[A-Za-z]", shown))
        ):
            return f"date {shown!r} does not read as {value}"
    return None


def check(out: Path, shown_all: dict[str, dict]) -> int:
    from outside_common_z import CLAIM_FIELDS

    root = out / "OF"
    fails = total = 0
    for pdf in sorted(root / "pdf" / f"{stem}.pdf" for stem in shown_all):
        key = json.loads((root / "key" / f"{pdf.stem}.json").read_text())
        shown = shown_all[pdf.stem]
        flat, pages = flattened(pdf)
        flat_text, raw_text = _plumber_text(flat), _plumber_text(pdf.read_bytes())
        problems = []
        if "(cid:" in flat_text:
            problems.append("(cid:) glyphs in flattened text")
        n_fields = 0
        for name in CLAIM_FIELDS:
            value = key.get(name)
            if value is None:
                if name in shown:
                    problems.append(f"{name}: shown but null in key")
                continue
            if name not in shown:
                problems.append(f"{name}: no printed form recorded")
                continue
            s, pre, comb = shown[name]
            bad = _consistent(name, value, s)
            if bad:
                problems.append(bad)
            pat = _pattern(s, comb)
            if not pat.search(flat_text):
                problems.append(f"{name}: {s!r} not in flattened text")
            if pre:
                if not pat.search(raw_text):
                    problems.append(f"{name}: pre-printed {s!r} not in page text")
            else:
                n_fields += 1
                if pat.search(raw_text):
                    problems.append(f"{name}: {s!r} in page text before flattening (not a field value)")
        total += 1
        status = "FAIL" if problems else "ok  "
        fails += bool(problems)
        n_key = sum(key.get(k) is not None for k in shown)
        print(
            f"{status} {pdf.stem:30s} {key['producer']:66s} pages={pages} keys={n_key} in-fields={n_fields}"
        )
        for p in problems:
            print("       -", p)
    print(f"total: {total - fails}/{total} documents pass")
    return 1 if fails or total == 0 else 0


def previews(out: Path):
    import pypdfium2 as pdfium

    pdir = out / "OF" / "preview"
    pdir.mkdir(parents=True, exist_ok=True)
    for stem in PREVIEW:
        path = out / "OF" / "pdf" / f"{stem}.pdf"
        if not path.exists():
            continue
        doc = pdfium.PdfDocument(str(path))
        doc.init_forms()
        page = doc[0]
        page.render(scale=1.5, may_draw_forms=True).to_pil().save(pdir / f"{stem}.png")
        page.close()
        doc.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/outside_invoices")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--root", default=None)
    args = ap.parse_args(argv)
    out = Path(args.out)
    if args.score:
        from outside_common_z import score

        if args.root is None:
            write(out)
        rc = score(Path(args.root) if args.root else out / "OF", args.errors)
        return rc if isinstance(rc, int) else 0
    shown = write(out)
    print(f"wrote {len(shown)} documents to {out / 'OF'}")
    previews(out)
    return check(out, shown) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
