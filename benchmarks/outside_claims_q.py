"""Set Q: a held-out set of 24 insurance claim documents in kinds, layouts and wordings that set Z lacks.

    python benchmarks/outside_claims_q.py [--out /tmp/outside_invoices] [--n 24] [--seed 3131] [--check]
    python benchmarks/outside_claims_q.py --score [--errors]          # writes the set, then scores it
    python benchmarks/outside_claims_q.py --score --root DIR [--errors]  # scores DIR/pdf against DIR/key

Writes ``<out>/Q/pdf/*.pdf`` and ``<out>/Q/key/*.json`` with the key fields of set Z (``claim_number``,
``policy_number``, ``claimant_name``, ``date_of_loss`` ISO, ``amount_claimed`` two decimals, ``provider``;
null where the document does not print the field) plus ``lang``, ``template`` and ``producer``. The command
line, the text-layer check and the scoring are those of set Z (benchmarks/outside_common_z.run_claims),
reused unchanged. Score once, at the end: this set is for an honest measurement of claim extraction on
documents the pipeline has never seen, never for development. It was written without looking at the
extractor, the claim configuration, its tests or earlier results. Every company, person and number is
invented; each template imitates one kind of real claim document:

- Health: Canadian extended health and dental claim (group policy vs plan member ID, plan member vs
  patient), Swiss Rückforderungsbeleg (Tiers garant, CHF), Belgian mutualité demande d'intervention with the
  attestation de soins, Philippine HMO member reimbursement form (PHP), South African medical aid member
  claim (rand, membership and practice numbers), UAE reimbursement claim through a TPA (AED), New Zealand
  ACC45-style injury claim (NZD), travel medical claim for a hospital abroad (EUR).
- Motor: Irish motor claim form, Polish zgłoszenie szkody (autocasco, zł), Portuguese participação de
  sinistro automóvel, Swedish skadeanmälan fordon (kr), US carrier's first-notice-of-loss e-mail as printed
  from web mail.
- Property / liability: UK escape-of-water home claim form, Canadian condominium unit owner's sworn proof of
  loss, Austrian Schadenmeldung Haushaltsversicherung, Spanish comunicación de siniestro de hogar written as
  a letter, US commercial general liability incident report, marine cargo claim letter from a consignee.
- Other: travel flight cancellation claim (online submission summary), mobile phone / gadget claim (repair
  authorisation), Australian income protection claimant's statement, Kenyan funeral cover death claim,
  Argentine crop hail loss notice (hectares).

Key choices:

- claim_number is the insurer's, TPA's or scheme's claim reference as printed (Claim reference, Numer
  szkody, Processo n.º, Skadenummer, Schadennummer, Nº de expediente, N° de dossier, Siniestro N°, ACC claim
  number, the underwriters' "Your ref." of a letter, the claim number in an e-mail subject); never a policy,
  member, card, certificate, invoice, assistance case, B/L, IMEI or order number. Null where none is printed:
  the Canadian health form and the Swiss Rückforderungsbeleg (the Rechnungs-Nr. is a distractor).
- policy_number is the policy / contract / group number: the Canadian group policy number (not the plan
  member ID), the Swiss Versicherten-Nr. (not the AHV-Nr.), the Belgian N° d'affilié (not the NISS), the
  Philippine corporate Contract No. (not the HMO card no.), the South African membership number (the only
  scheme number printed; the dependant code is a distractor), the UAE Policy No. (not the member card or
  Emirates ID), the travel Policy number (not the certificate no.), the Polizzennummer, the open cover
  number of the cargo letter, the unit owner's policy (not the condominium corporation's master policy).
  Null on the New Zealand injury claim (accident compensation has no policy).
- claimant_name is the person or company who claims, as printed with titles: the plan member or principal
  member (the patient may be a dependant), the Swiss patient, the titulaire, the policyholder (not the driver
  at the time), the Tomador do seguro (not the condutor), the named insured of the e-mail, the injured third
  party of the liability report (not the insured business), the consignee writing the cargo letter, the
  beneficiary of the funeral claim (not the deceased), the grower of the crop notice.
- date_of_loss is the date of the event as the document labels it: date of accident / incident / data
  zdarzenia / data do sinistro / skadedatum / Schadendatum / fecha del siniestro / date of loss; for health
  the first date of service or treatment (Behandlungsdatum, date des soins, date of availment); the date
  illness began abroad (not the admission date); the date of discharge when cargo damage was found; the date
  of the cancelled flight; the date disablement began; the date of death. Report, discovery, booking,
  submission, registration, burial, invoice, last-day-worked and signature dates are distractors.
- amount_claimed is the total claimed as printed: totals of expense tables, the garage / repair / restoration
  estimate, "The whole loss and damage claimed" of the proof of loss (not the net after deductible), the
  claimant's demand (not medical bills to date), the total cargo claim (not the invoice value), the sum
  assured claimed, the estimated crop loss (not the sum insured); never an excess, deductible, Selbstbehalt,
  franquia, franquicia, udział własny, självrisk, co-payment, co-insurance, PhilHealth deduction,
  intervention légale, Pflichtleistungen or airline refund figure. Null on the income protection claim (the
  monthly benefit insured is not a claimed amount).
- provider is the practice, clinic, hospital, garage, warsztat, oficina, verkstad, repair centre, plumber,
  Reparaturfirma, reparadora, restoration contractor, surveyor or airline that provided the service or
  repair; the treating facility of the liability claimant. Null on the income protection, funeral and crop
  claims (the perito tasador is a distractor).

``--check`` re-opens every PDF with pdfplumber and verifies that its text layer holds each key value's
printed form, as a whole token and exactly once unless the template says it repeats, with no ``(cid:..)``
glyphs. ``--score`` runs ``extract_document`` on each PDF and compares with the key as set Z does.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_common_z import Doc, run_claims
from outside_docs_q1 import ehc_ca, hmo_ph, mutualite_be, rueckforderung_ch
from outside_docs_q2 import injury_nz, medaid_za, reimb_ae, travel_medical
from outside_docs_q3 import motor_ie, sinistro_pt, skade_se, szkoda_pl
from outside_docs_q4 import condo_pol_ca, escape_water_uk, fnol_email_us, haushalt_at
from outside_docs_q5 import cargo_letter, cgl_us, flight_cancel, hogar_es
from outside_docs_q6 import crop_ar, funeral_ke, gadget_uk, income_au

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    ehc_ca,
    motor_ie,
    escape_water_uk,
    travel_medical,
    rueckforderung_ch,
    szkoda_pl,
    condo_pol_ca,
    flight_cancel,
    mutualite_be,
    sinistro_pt,
    haushalt_at,
    gadget_uk,
    hmo_ph,
    skade_se,
    hogar_es,
    income_au,
    medaid_za,
    fnol_email_us,
    cgl_us,
    funeral_ke,
    reimb_ae,
    injury_nz,
    cargo_letter,
    crop_ar,
]


if __name__ == "__main__":
    run_claims(__doc__.split("\n")[0], "Q", TEMPLATES, 3131)
