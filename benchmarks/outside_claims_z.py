"""Set Z: a held-out set of 24 insurance claim documents, printed the way insurers, TPAs and portals do.

    python benchmarks/outside_claims_z.py [--out /tmp/outside_invoices] [--n 24] [--seed 2727] [--check]
    python benchmarks/outside_claims_z.py --score [--errors]          # writes the set, then scores it
    python benchmarks/outside_claims_z.py --score --root DIR [--errors]  # scores DIR/pdf against DIR/key

Writes ``<out>/Z/pdf/*.pdf`` and ``<out>/Z/key/*.json``. Each key holds ``claim_number``, ``policy_number``,
``claimant_name``, ``date_of_loss`` (ISO), ``amount_claimed`` (two decimals) and ``provider``, null where the
document does not print the field, plus ``lang``, ``template`` and ``producer`` ("weasyprint"). Score once, at
the end: this set is for an honest measurement of claim extraction, never for development. It was written
without looking at the extractor or the claim configuration. Documents are HTML/CSS rendered by WeasyPrint
through the helpers of set J (benchmarks/outside_common_j.py, claim fields in outside_common_z.py). Every
company, person and number is invented; each template imitates one kind of real claim document:

- Health: US CMS-1500 professional claim (numbered red boxes, 24A dates of service, 28 total charge printed
  in dollar and cent boxes), ADA dental claim form, UK private medical insurance claim form, Indian
IRDAI-style
  reimbursement form (TPA, Part A / Part B, lakh-grouped Rs.), German PKV Erstattungsantrag, French mutuelle
  "demande de remboursement" printed from the member area, Australian extras (dental) claim, Singapore
  Integrated Shield hospital and surgical claim, US member-portal claim details page (browser print header
  and footer, breadcrumbs).
- Motor: ACORD-2-style automobile loss notice, German Schadenanzeige Kraftfahrtversicherung, UK motor claim
  form with the repairer's estimate, Spanish parte de siniestro (vehicles A/B), Australian insurer's claim
  acknowledgement letter.
- Property: ACORD-1-style property loss notice, French déclaration de sinistre dégât des eaux, US
  contractor-supported storm damage estimate letter, Italian denuncia di sinistro filed at an agency, Dutch
  schadeaangifteformulier woonhuis/inboedel.
- Other: Irish travel claim (baggage delay), UK pet insurance vet fee claim, US employer's first report of
  injury (workers' compensation), UK business interruption claim letter from a company, Malaysian critical
  illness claim form.

Key choices:

- claim_number is the insurer's/TPA's claim reference as printed (Claim number, Schaden-Nr., N° de sinistre,
  Nº de siniestro, Numero sinistro, Schadenummer, Claim Intimation No., Carrier Claim Number, N° de demande,
  the "Re:" line of a letter); never the policy, member, patient account, NRIC, PIR, invoice or estimate
  number. Null where none is printed: CMS-1500 and ADA forms (provider-submitted; patient account no. and
  prior authorisation are distractors), the Australian extras form, the German PKV form, the agency's
  ACORD 1 notice.
- policy_number is the policy / contract / scheme / group number: CMS-1500 box 11 (not 1a, the insured's ID),
  ADA box 16 Plan/Group Number (not 15), PMI "Policy / scheme number" (not the membership number), the
  portal's group number (not the member ID), the mutuelle's "N° d'adhérent" (not the social security no.), the
  Australian "Policy (membership) number" (not the person no.), the WC policy number (not the FEIN).
- claimant_name is the policyholder / member / insured who claims, as printed (titles and "LAST, FIRST M"
  order kept): CMS-1500 patient = insured; the Indian primary insured (the patient may be a dependant); the
  Versicherungsnehmer (the treated person may be a child); the Malaysian policy owner (or the life assured
  when the form says "Same as Life Assured"); the injured employee on the first report of injury (the
  employer is a distractor); the company writing the business interruption letter; never the other party or
  a neighbour.
- date_of_loss is the date of the event as the form labels it: accident / incident / Schadentag / date du
  sinistre / fecha del siniestro / data del sinistro / schadedatum / date of injury; for illness the onset
  where printed (CMS-1500 box 14, symptoms first noticed, date disease first detected, signs first noticed,
  date of first diagnosis), else the first date of treatment or service (ADA, extras, PKV, mutuelle, portal)
  or the date of admission (Singapore); the delay date for baggage. Report, intimation, declaration,
  inspection, processing, signature and print dates are distractors.
- amount_claimed is the total claimed as printed: CMS-1500 "28. TOTAL CHARGE" (dollars and cents in separate
  boxes), ADA "32. Total Fee", totals of invoice tables, repair estimates incl. VAT, ACORD "ESTIMATE AMOUNT" /
  "PROBABLE AMOUNT ENTIRE LOSS", the RCV total (not ACV, depreciation or deductible), the portal's "Amount
  billed" (not plan paid / you may owe), the sum assured claimed; never an excess, deductible, franchise,
  Selbstbehalt, interim payment, MediShield Life or Sécurité sociale figure. Null on the first report of
  injury (the weekly wage is a distractor).
- provider is the hospital, practice, clinic, garage, repairer, contractor or airline that provided the
  service or repair: CMS-1500 box 33 billing provider (not 32, the facility), ADA box 48 billing dentist (not
  the treating dentist), the PMI hospital (not the consultant), the body shop where the ACORD 2 vehicle can
  be seen, the airline of the delayed flight. Null where none is printed: ACORD 1, business interruption,
  critical illness.

``--check`` re-opens every PDF with pdfplumber and verifies (outside_common_j.problems) that its text layer
holds each key value's printed form, as a whole token and exactly once unless the template says it repeats,
with no ``(cid:..)`` glyphs. ``--score`` runs ``extract_document`` on each PDF's text layer
(dev_extract_invoices.doc_from_pdf) and compares with ``outside_score.same``: ids as invoice numbers, the date
as a date, the amount as a total, names as vendor names; a null key counts as right only when nothing was
extracted. It prints per field right/total, the documents classified as claim, and all fields right/total.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_common_z import Doc, run_claims
from outside_docs_z1 import ada_dental_us, cms1500_us, wc_froi_us
from outside_docs_z2 import motor_repairer_uk, pet_uk, pmi_uk
from outside_docs_z3 import extras_au, hospital_sg, tpa_in
from outside_docs_z4 import kfz_de, mutuelle_fr, pkv_de
from outside_docs_z5 import degat_eaux_fr, denuncia_it, parte_es
from outside_docs_z6 import acord1_property_us, acord2_auto_us, storm_contractor_us
from outside_docs_z7 import bi_letter_uk, ci_life_my, travel_ie
from outside_docs_z8 import ack_letter_au, portal_summary_us, schade_nl

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    cms1500_us,
    pmi_uk,
    tpa_in,
    pkv_de,
    mutuelle_fr,
    extras_au,
    hospital_sg,
    acord2_auto_us,
    kfz_de,
    motor_repairer_uk,
    parte_es,
    acord1_property_us,
    degat_eaux_fr,
    storm_contractor_us,
    denuncia_it,
    travel_ie,
    pet_uk,
    wc_froi_us,
    bi_letter_uk,
    ci_life_my,
    ack_letter_au,
    portal_summary_us,
    ada_dental_us,
    schade_nl,
]


if __name__ == "__main__":
    run_claims(__doc__.split("\n")[0], "Z", TEMPLATES, 2727)
