"""Set P: a held-out set of 24 insurance claim documents in kinds, layouts and languages that Z and Q lack.

    python benchmarks/outside_claims_p.py [--out /tmp/outside_invoices] [--n 24] [--seed 4141] [--check]
    python benchmarks/outside_claims_p.py --score [--errors]          # writes the set, then scores it
    python benchmarks/outside_claims_p.py --score --root DIR [--errors]  # scores DIR/pdf against DIR/key

Writes ``<out>/P/pdf/*.pdf`` and ``<out>/P/key/*.json`` with the key fields of set Z (``claim_number``,
``policy_number``, ``claimant_name``, ``date_of_loss`` ISO, ``amount_claimed`` two decimals, ``provider``;
null where the document does not print the field) plus ``lang``, ``template`` and ``producer``. The command
line, the text-layer check and the scoring are those of set Z (benchmarks/outside_common_z.run_claims),
reused unchanged. Score once, at the end: this set is for an honest measurement of claim extraction on
documents the pipeline has never seen, never for development. It was written without looking at the
extractor, the claim configuration, its tests, earlier results or the templates of sets Z and Q. Every
company, person and number is invented; each template imitates one kind of real claim document, in the
document's own language, number and date formats (English and 16 other languages):

- Health: US health plan Explanation of Benefits (not a bill), UB-04-style institutional claim as printed by a
  clearinghouse, Geneva complementary dental claim with the dentist's SSO invoice (CHF), Chilean seguro
  complementario reimbursement (CLP, Isapre bonificación), Czech accident claim (oznámení pojistné události –
  úraz, Kč), Greek hospital cash claim, Bulgarian medical expenses claim (лв.; it stands in for a Japanese
  form: no CJK font is installed on the project's machines), Indonesian outpatient claim form (Rp), Mexican
  gastos médicos mayores aviso with its relación de facturas.
- Motor: Finnish windscreen claim filled in at the glazier's, Romanian RCA damage notice by the injured party,
  Turkish kasko hasar ihbar formu.
- Property: Danish burglary report (indbrudsanmeldelse) with the police journal number, Hungarian storm claim
  (kárbejelentő, Ft), Brazilian aviso de sinistro residencial (danos elétricos), Dutch pleasure-craft hull
  claim (casco).
- Other: Norwegian travel cancellation claim receipt (question and answer), UK legal expenses claim form with
  the solicitor's estimate, UK phone insurance claim e-mail printed from web mail, Australian pet insurance
  claim printed from the web form, Irish life assurance death claim, Canadian cyber incident notice letter
  with a preliminary statement of loss, Austrian extended-warranty repair order (Garantieverlängerung),
  Italian credit protection claim for job loss (CPI).

Key choices:

- claim_number is the insurer's, TPA's or payer's claim reference as printed: Claim number of the EOB, the
  payer claim control number (ICN) of the clearinghouse print, N° de dossier, Folio N°, Číslo pojistné
  události, Αρ. Φακέλου Ζημίας, Щета №, No. Klaim, Número de siniestro, Vahinkonumero, Nr. dosar daună, Hasar
  Dosya No, Skadenummer, Kárszám, Nº do Sinistro, Schadenummer, Claim reference (printed twice in the e-mail:
  subject and summary), the reference of the submitted web claim, Our reference, the insurer's "Your File No."
  of the letter, the Schaden-Nr. of the warranty approval, N. sinistro. Never a patient control, medical
  record, batch, invoice, work order, deviz, zeyil, laudo, police journal or occurrence, ACAS, IMEI, adesione
  or loan number. Every document prints one.
- policy_number is the policy / group / contract / certificate number the claim is made under: the EOB Group #
  (not the Member ID), FL62 insurance group number (not FL60 insured's unique ID), the at-fault driver's RCA
  policy series and number (the injured party's own RCA policy is a distractor), the warranty certificate
  number, the Italian polizza collettiva (not the n. adesione nor the loan contract); national ids (AVS, RUT,
  rodné číslo, ΑΦΜ, ΑΜΚΑ, ЕГН, NIK, RFC, CURP, henkilötunnus, CNP, TCKN, CPR, adóazonosító, CPF,
  fødselsnummer, NI, PPS, codice fiscale), VINs, CINs, serial numbers, IBANs and bank accounts are
  distractors.
- claimant_name is the person or company who claims, as printed (with a title or academic degree where one is
  printed with the name): the plan member or insured (the patient may be a dependant; the UB-04 insured's name
  is keyed as printed, "LAST, FIRST"), the preneur d'assurance, the asegurado titular (not the carga, the
  afectado or the contratante company), the injured pojištěný (not the pojistník), the Nama Peserta (not the
  pemegang polis company), the vehicle owner / policyholder (not the driver), the injured party of the RCA
  notice (not the at-fault driver), the policyholder (not the co-insured partner, the skipper, the opponent,
  the pet), the beneficiary of the death claim (not the deceased life assured), the company writing the cyber
  letter (not its signatory, broker or counsel), the Kunde of the repair order (not the retailer), the
  assicurato (not the bank, not the employer). Fathers' and mothers' names, doctors and witnesses are
  distractors.
- date_of_loss is the date of the event as the document labels it: date of accident / injury / loss / incident
  / death / Schadentag / Vahinkopäivä / Hasar Tarihi / data producerii evenimentului / dato for indbruddet /
  káresemény időpontja / data do sinistro / datum van de schade / date the dispute first arose / when the
  claimant fell ill (travel cancellation) / when signs were first noticed (pet) / when the incident began
  (cyber) / date of cessation of employment (CPI) / Дата на настъпване на събитието / fecha de primeros
  síntomas; for health documents without an event date the first date of service (EOB, dental invoice, Chilean
  and Indonesian expense tables) or the admission date (UB-04, printed twice as admission and statement-from
  date; Greek hospital cash). Report, discovery, registration, statement, received, submission, booking,
  departure, cancellation, first-consultation, technician-visit, purchase, policy-start, letter, birth and
  signature dates are distractors.
- amount_claimed is the total claimed as printed: the billed total of the EOB (not allowed, plan paid or
  patient share), FL47 total charges (not non-covered, prior payments or estimated amount due), the invoice,
  expense-table or estimate total including VAT / ALV / TVA / KDV / ÁFA / btw / USt / GST where it is added
  (not the net, the VAT, a deposit already paid or the balance), the Chilean total of valor prestación (not
  the Isapre bonificación or copago), the hospital cash total (not the daily benefit), the amount asked under
  the travel cancellation (not the trip price or the refund), the death sum assured claimed, the preliminary
  cyber claim, the Italian total of the instalments requested (not the monthly instalment or the loan).
  Excesses, deductibles, co-insurance, franchise, franquia, Selbstbehalt, omavastuu, muafiyet, selvrisiko,
  önrész, eigen risico, retention, limits, sums insured, vehicle and craft values and premiums are
  distractors. CLP, IDR and HUF amounts print no decimals.
- provider is who provided the service or repair: the EOB and UB-04 provider, the dental practice (not the
  dentist), the prestador / clinic / hospital / medical centre (not the treating doctor, nor the pharmacy of
  one invoice), the glazier, service auto, onarım servisi, roofer (kivitelező), assistência técnica, yacht
  yard, tour operator (arrangør), the claimant's solicitors, the phone repair partner, the vet clinic, the
  incident response firm (not breach counsel), the Reparaturbetrieb (in its letterhead and footer: it
  repeats). Null on the Danish burglary, the Irish death claim (the funeral director, GP and estate solicitors
  are printed, as distractors) and the Italian CPI claim (the lending bank is the collective policyholder).

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
from outside_docs_p1 import dentaire_ge, eob_us, reembolso_cl, ub04_us
from outside_docs_p2 import klaim_id, medical_bg, nosileia_gr, uraz_cz
from outside_docs_p3 import gmm_mx, kasko_tr, lasi_fi, rca_ro
from outside_docs_p4 import casco_nl, indbrud_dk, residencial_br, vihar_hu
from outside_docs_p5 import avbestilling_no, legal_uk, pet_au, phone_email_uk
from outside_docs_p6 import cpi_it, cyber_ca, death_ie, garantie_at

TEMPLATES: list[Callable[[random.Random], Doc]] = [
    eob_us,
    indbrud_dk,
    lasi_fi,
    uraz_cz,
    legal_uk,
    vihar_hu,
    nosileia_gr,
    rca_ro,
    dentaire_ge,
    avbestilling_no,
    kasko_tr,
    medical_bg,
    residencial_br,
    death_ie,
    klaim_id,
    cyber_ca,
    gmm_mx,
    phone_email_uk,
    casco_nl,
    reembolso_cl,
    garantie_at,
    pet_au,
    ub04_us,
    cpi_it,
]


if __name__ == "__main__":
    run_claims(__doc__.split("\n")[0], "P", TEMPLATES, 4141)
