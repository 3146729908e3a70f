"""Set P templates: US health plan EOB, UB-04-style hospital claim, Geneva dental claim, Chilean refund.

Also ``keyed``, the key-field helper of set P's templates.
"""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_j import fdate, money, page, q2
from outside_common_z import BASE_CSS, Doc, amount, digits, grid, kvs, later, loss_date, make_claim

US = "{mm}/{dd}/{yyyy}"
DMY = "{dd}.{mm}.{yyyy}"


def keyed(claim: str, policy: str | None, name: str, loss: tuple, amt: tuple, provider: str | None) -> dict:
    """The six key fields for ``make_claim``: ids and names are keyed as printed; ``loss`` and ``amt`` are
    (value, printed form)."""
    same = {"claim_number": claim, "policy_number": policy, "claimant_name": name, "provider": provider}
    fields: dict[str, object] = {f: None if v is None else (v, v) for f, v in same.items()}
    return {**fields, "date_of_loss": loss, "amount_claimed": amt}


EOB_CSS = """@page { size: Letter; margin: 12mm 13mm; } body { font: 8pt 'Liberation Sans'; }
.top { display: flex; justify-content: space-between; } .logo { font: bold 15pt 'DejaVu Serif'; color:
#14506e; } .nb { font: bold 13pt 'Liberation Sans'; border: 2px solid #000; padding: 3px 10px; }
.sum { display: flex; gap: 8px; margin: 8px 0; } .sum div { flex: 1; background: #e8f1f6; padding: 5px; }
.sum b { display: block; font-size: 12pt; } h3 { background: #14506e; color: #fff; padding: 3px 5px; }
.foot { margin-top: 12px; font-size: 6.5pt; color: #444; }"""

CPT = [
    ("97161", "PT evaluation, low complexity"),
    ("97110", "Therapeutic exercise, 15 min"),
    ("97140", "Manual therapy, 15 min"),
    ("97530", "Therapeutic activities, 15 min"),
]


def eob_us(rng: random.Random) -> Doc:
    first = loss_date(rng)
    plan = rng.choice(["Cascadia Mutual Health Plan, Inc.", "Tri-Rivers Health Benefit Co."])
    last = rng.choice(["Okafor", "Lindqvist", "Delgado", "Haverford"])
    member = f"{rng.choice(['Chidi', 'Megan', 'Luis', 'Rachel'])} {last}"
    patient = f"{rng.choice(['Amara', 'Noah', 'Elena', 'Theo'])} {last}"
    prov = rng.choice(["Lakeshore Orthopedic Associates", "Willamette Physical Therapy Group"])
    claim, group, mid = digits(rng, 13), f"GRP-{digits(rng, 6)}", f"XJU{digits(rng, 9)}"
    rows, tot = [], [Decimal(0)] * 6
    for i, (code, what) in enumerate(CPT[: rng.randint(3, 4)]):
        day = later(rng, first, 7 * i, 7 * i) if i else first
        billed = amount(rng, 110, 340)
        allowed = q2(billed * Decimal(rng.randint(42, 71)) / 100)
        ded = q2(allowed * Decimal("0.3")) if i == 0 else Decimal(0)
        coins = q2((allowed - ded) * Decimal("0.2"))
        vals = [billed, allowed, ded, coins, allowed - ded - coins, ded + coins]
        tot = [a + b for a, b in zip(tot, vals, strict=True)]
        cells = "".join(f"<td class=r>${money(v)}</td>" for v in vals)
        rows.append(
            f"<tr><td>{fdate(day, US)}</td><td>{code} {what}</td>{cells}<td>{'PDC'[i % 3]}4</td></tr>"
        )
    stated = later(rng, first, 40, 60)
    received = fdate(later(rng, stated, -30, -25), US)
    head = kvs(f"""Statement date | {fdate(stated, US)} // Member ID | {mid} // Group # | {group} //
Group name | Columbia Valley Fabricators LLC""")
    info = kvs(f"""Claim number | {claim} // Patient | {patient} (dependent) // Provider | {prov} //
Network status | In network // Received | {received}""")
    totals = "".join(f"<td class=r><b>${money(v)}</b></td>" for v in tot)
    body = f"""<div class=top><div><div class=logo>{plan}</div>PO Box {digits(rng, 5)}, Portland OR 97208<br>
<br>{member}<br>{digits(rng, 4)} SE Division St<br>Portland OR 97202</div><div><div class=nb>THIS IS NOT A
BILL</div><h2>Explanation of Benefits</h2>{head}</div></div><div class=sum><div>Plan
paid<b>${money(tot[4])}</b>
</div><div>You may owe the provider<b>${money(tot[5])}</b></div><div>Deductible met (individual)
<b>${money(tot[2] + 310)} of $1,500.00</b></div></div><h3>Claim details</h3>{info}
<table class=t><tr><th style='width:11%'>Date of service</th><th style='width:24%'>Service</th>
<th>Amount billed</th><th>Allowed amount</th><th>Deductible</th><th>Coinsurance</th><th>Plan paid</th>
<th>Your share</th><th>Remark</th></tr>{"".join(rows)}<tr><td></td><td><b>Claim
totals</b></td>{totals}<td></td>
</tr></table><p>P4 Amount above the allowed amount is not your responsibility (network discount). D4 Applied
to your deductible. C4 Coinsurance 20%. Plan payment check #{digits(rng, 8)} issued to the provider.</p>
<p>You have 180 days from the date of this statement to appeal. Call Member Services at 1-800-555-0142.</p>
<div class=foot>{plan} is licensed by the Oregon Division of Financial Regulation, NAIC #{digits(rng, 5)}.
Language assistance is available at no cost. Page 1 of 1</div>"""
    loss, amt = (first, fdate(first, US)), (tot[0], money(tot[0]))
    html = page(BASE_CSS + EOB_CSS, body, "en")
    return make_claim("eob_us", "en", html, **keyed(claim, group, member, loss, amt, prov))


UB_CSS = """@page { size: Letter; margin: 9mm; } body { font: 7.5pt 'Liberation Mono'; }
.hd { font: 8pt 'Liberation Sans'; border-bottom: 1px solid #000; margin-bottom: 4px; } .fl { color: #b00; }
table.g .v { font-size: 8pt; } table.t td { font-size: 7.5pt; }"""

REV = [
    ("0120", "ROOM-BOARD/SEMI", "", 1850),
    ("0250", "PHARMACY", "", 900),
    ("0300", "LABORATORY", "", 700),
    ("0320", "DX X-RAY", "73502", 450),
    ("0360", "OR SERVICES", "27236", 9000),
    ("0370", "ANESTHESIA", "", 1800),
]


def ub04_us(rng: random.Random) -> Doc:
    adm = loss_date(rng)
    out = later(rng, adm, 2, 6)
    hosp = rng.choice(["St. Brendan Regional Medical Center", "Mesa Verde Community Hospital"])
    last = rng.choice(["HOLLOWAY", "NGUYEN", "PETRAKIS", "MCALLISTER"])
    insured = f"{last}, {rng.choice(['DEREK', 'SUSAN', 'VICTOR', 'JOANNE'])}"
    patient = f"{last}, {rng.choice(['EMILY', 'JACOB', 'ISABEL'])}"
    icn, grp = digits(rng, 14), f"{digits(rng, 5)}-{rng.choice(['A', 'B'])}{digits(rng, 2)}"
    rows, total, nonc = [], Decimal(0), Decimal(0)
    for rev, desc, hcpcs, base in REV:
        units = (out - adm).days if rev == "0120" else 2 if rev == "0320" else 1
        ch = amount(rng, base, int(base * 1.6)) * (units if rev == "0120" else 1)
        nc = amount(rng, 20, 90) if rev == "0250" else Decimal(0)
        total, nonc = total + ch, nonc + nc
        rows.append(
            f"<tr><td>{rev}</td><td>{desc}</td><td>{hcpcs}</td><td></td><td class=r>{units}</td>"
            f"<td class=r>{money(ch)}</td><td class=r>{money(nc) if nc else ''}</td></tr>"
        )
    prior = amount(rng, 150, 900)
    sent = later(rng, out, 3, 12)
    born = fdate(later(rng, adm, -5000, -3000), US)
    g1 = f"""1 BILLING PROVIDER | {hosp}<br>{digits(rng, 4)} Canyon Rd, Farmington NM 87401 | 6 ;;
3a PAT CNTL # | {digits(rng, 9)} | 2 ;; 3b MED REC # | MR{digits(rng, 7)} | 2 ;; 4 TYPE OF BILL | 0111 | 2 //
5 FED TAX NO | {digits(rng, 2)}-{digits(rng, 7)} | 3 ;; 6 STATEMENT COVERS PERIOD FROM | {fdate(adm, US)} | 3
;;
6 THROUGH | {fdate(out, US)} | 3 ;; 12 ADMISSION DATE | {fdate(adm, US)} | 3 // 8 PATIENT NAME | {patient} | 4
;; 10 BIRTHDATE | {born} | 2 ;; 11 SEX | F | 1 ;; 14 TYPE | 2 | 1 ;; 15 SRC | 1 | 1 ;; 17 STAT | 01 | 1 ;;
59 P REL | 19 | 2"""
    g2 = f"""50 PAYER NAME | Prairie Shield Health Insurance Co. | 4 ;; 54 PRIOR PAYMENTS | {money(prior)} | 2
;;
55 EST. AMOUNT DUE | {money(total - nonc - prior)} | 2 ;; 56 NPI | {digits(rng, 10)} | 2 ;; 57 OTHER PRV ID |
| 2
// 58 INSURED'S NAME | {insured} | 4 ;; 60 INSURED'S UNIQUE ID | PSH{digits(rng, 9)} | 3 ;; 61 GROUP NAME |
HIGH DESERT ELECTRIC COOP | 3 ;; 62 INSURANCE GROUP NO. | {grp} | 2 // 63 TREATMENT AUTHORIZATION CODES |
PA{digits(rng, 8)} | 4 ;; 64 DOCUMENT CONTROL NUMBER | | 4 ;; 67 PRIN DX | S72.001A | 2 ;; 69 ADMIT DX |
S72.001A | 2 // 76 ATTENDING | NPI {digits(rng, 10)} LAST RUIZ FIRST ANDREA | 6 ;; 80 REMARKS |
ORIGINAL CLAIM. FALL AT HOME. | 6"""
    body = f"""<div class=hd>ClaimBridge Clearinghouse · Institutional claim (837I / UB-04) · Batch
{digits(rng, 7)} · Sent {fdate(sent, US)} · Payer acknowledgment 277CA: ACCEPTED · Payer claim control #
(ICN) {icn}</div>{grid(g1)}<table class=t><tr><th>42 REV CD</th><th>43 DESCRIPTION</th><th>44 HCPCS /
RATE</th>
<th>45 SERV DATE</th><th>46 SERV UNITS</th><th>47 TOTAL CHARGES</th><th>48 NON-COVERED CHARGES</th></tr>
{"".join(rows)}<tr><td>0001</td><td>PAGE 1 OF 1</td><td colspan=2>CREATION DATE {fdate(sent, US)}</td>
<td>TOTALS</td><td class=r>{money(total)}</td><td class=r>{money(nonc)}</td></tr></table>{grid(g2)}
<p style='font-size:6.5pt'>THE CERTIFICATIONS ON THE REVERSE APPLY TO THIS BILL AND ARE MADE A PART HEREOF.
UB-04 CMS-1450 · APPROVED OMB NO. 0938-0997 · NUBC National Uniform Billing Committee</p>"""
    loss, amt = (adm, fdate(adm, US)), (total, money(total))
    html = page(BASE_CSS + UB_CSS, body, "en")
    return make_claim(
        "ub04_us", "en", html, frozenset({"date_of_loss"}), **keyed(icn, grp, insured, loss, amt, hosp)
    )


DENT_CSS = """@page { size: A4; margin: 14mm 16mm; } body { font: 8.6pt 'DejaVu Sans'; }
h1 { font-size: 13pt; margin: 4px 0; } .res { float: right; border: 1px dashed #000; padding: 4px; width: 40%;
} h4 { margin: 8px 0 2px; border-bottom: 1px solid #000; }
.fac { border: 1px solid #555; padding: 6px; margin-top: 8px; } .foot { font-size: 6.6pt; color: #555;
margin-top: 8px; }"""

SSO = [
    ("4000", "Examen et diagnostic"),
    ("4050", "Radiographie rétro-alvéolaire"),
    ("4155", "Anesthésie"),
    ("4251", "Obturation composite, 2 faces"),
    ("4570", "Détartrage, par 5 min"),
    ("4700", "Couronne céramique"),
]


def dentaire_ge(rng: random.Random) -> Doc:
    first = loss_date(rng)
    insurer = rng.choice(["Léman Complémentaire SA", "Mutuelle Salève Assurances SA"])
    name = f"{rng.choice(['Camille', 'Jérôme', 'Nathalie', 'Étienne'])} {rng.choice(['Favre', 'Rochat'])}"
    practice = rng.choice(["Centre dentaire de Champel SA", "Cabinet dentaire des Eaux-Vives Sàrl"])
    dossier, police = (
        f"SD-{first.year}-{digits(rng, 6)}",
        f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
    )
    vpt = rng.choice([Decimal("1.00"), Decimal("1.05"), Decimal("0.95")])
    d2 = later(rng, first, 7, 21)
    rows, total = [], Decimal(0)
    for i, (code, what) in enumerate(rng.sample(SSO, 5)):
        pts = q2(Decimal(rng.randrange(1800, 42000)) / 100)
        amt = q2(pts * vpt)
        total += amt
        when = fdate(first if i == 0 else d2, DMY) if i in (0, 3) else ""
        rows.append(
            f"<tr><td>{when}</td><td>{code}</td><td>{what}</td><td>{rng.choice([16, 24, 36, 46])}</td>"
            f"<td class=r>{pts}</td><td class=r>{vpt}</td><td class=r>{money(amt, 'ch')}</td></tr>"
        )
    paid = q2(total * Decimal("0.3"))
    born, avs = (
        fdate(later(rng, first, -22000, -9000), DMY),
        f"756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}",
    )
    ide = f"CHE-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"
    g = grid(f"""Nom et prénom | {name} | 6 ;; N° de police | {police} | 3 ;; Date de naissance | {born} | 3
// Adresse | Chemin des Crêts {rng.randint(1, 40)}, 1209 Genève | 6 ;; N° AVS | {avs} | 6""")
    body = f"""<div class=res>Réservé à l'assureur<br>N° de dossier : {dossier}<br>
Reçu le : {fdate(later(rng, d2, 5, 20), DMY)}</div><b>{insurer}</b><br>Assurances complémentaires (LCA)<br>
Rue du Rhône {rng.randint(2, 90)}, 1204 Genève<h1>Demande de remboursement – soins dentaires</h1>
<h4>1. Preneur d'assurance</h4>{g}<h4>2. Personne traitée</h4>☒ identique au preneur d'assurance &nbsp;
☐ autre personne assurée : ..............<h4>3. Traitement</h4>Cause : ☒ maladie / carie &nbsp; ☐ accident
(annoncé à l'assureur LAA) &nbsp; ☐ orthodontie<br>Médecin-dentiste traitant : Dr méd. dent.
{rng.choice(["Sophie Maillard", "Olivier Baud"])} &nbsp; Devis préalable : ☐ oui ☒ non<h4>4. Paiement</h4>
IBAN CH{digits(rng, 2)} 0078 8000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)} &nbsp; Titulaire du
compte : le preneur d'assurance<br>Franchise annuelle de l'assurance dentaire : CHF 200.00 &nbsp;
Remboursement : 75 % jusqu'à CHF 2'000.00 par année civile<p>Genève, le {fdate(later(rng, d2, 1, 4), DMY)}
&nbsp; Signature : ____________________</p><div class=fac><b>{practice}</b> · Route de Florissant
{rng.randint(3, 60)}, 1206 Genève · IDE {ide} · RCC {rng.choice("ABCDEFGH")}{digits(rng, 6)}<br>Facture n°
{digits(rng, 7)} · Tarif SSO (privé) · Exonéré de la TVA (art. 21 LTVA)<table class=t><tr><th>Date</th>
<th>Position</th><th>Prestation</th><th>Dent</th><th>Points</th><th>VPt</th><th>Montant CHF</th></tr>
{"".join(rows)}<tr><td colspan=6 class=r>Total des prestations CHF</td><td class=r><b>{money(total, "ch")}</b>
</td></tr><tr><td colspan=6 class=r>Acompte versé par le patient</td><td class=r>{money(paid, "ch")}</td></tr>
<tr><td colspan=6 class=r>Solde à payer dans les 30 jours</td><td class=r>{
        money(total - paid, "ch")
    }</td></tr>
</table></div><div class=foot>{insurer} · Entreprise d'assurance soumise à la surveillance de la
FINMA</div>"""
    loss, amt = (first, fdate(first, DMY)), (total, money(total, "ch"))
    html = page(BASE_CSS + DENT_CSS, body, "fr")
    return make_claim("dentaire_ge", "fr", html, **keyed(dossier, police, name, loss, amt, practice))


CL_CSS = """@page { size: Letter; margin: 13mm; } body { font: 8.4pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #0a6b5d; }
.lg { font: bold 14pt 'Liberation Sans'; color: #0a6b5d; }
h5 { background: #0a6b5d; color: #fff; margin: 7px 0 2px; padding: 2px 4px; }
.f { border: 2px solid #0a6b5d; padding: 4px 8px; font-size: 10pt; } .foot { font-size: 6.6pt; margin-top:
10px; }"""

CL_ITEMS = [
    ("Consulta médica especialidad", 0),
    ("Exámenes de laboratorio", 2),
    ("Ecotomografía abdominal", 3),
    ("Kinesiología (10 sesiones)", 9),
]


def reembolso_cl(rng: random.Random) -> Doc:
    first = loss_date(rng)
    insurer = rng.choice(["Seguros Cordillera Vida S.A.", "Compañía de Seguros Andes Australes S.A."])
    titular = (
        f"{rng.choice(['María José', 'Felipe', 'Constanza', 'Rodrigo'])} {rng.choice(['Muñoz', 'Rojas'])} "
    )
    titular += rng.choice(["Valenzuela", "Contreras", "Sepúlveda"])
    carga = f"{rng.choice(['Tomás', 'Josefa', 'Agustín'])} {titular.split()[-2]} Pizarro"
    clinic = rng.choice(["Clínica Los Aromos SpA", "Centro Médico Alameda Sur Ltda."])
    folio, poliza = digits(rng, 8), f"{rng.randint(200, 399)}{digits(rng, 5)}"
    C = "{dd}-{mm}-{yyyy}"

    def rut() -> str:
        return f"{money(Decimal(rng.randrange(7_000_000, 25_000_000)), 'de', 0)}-{rng.choice('0123456789K')}"

    rows, tot = [], [Decimal(0)] * 3
    for i, (what, gap) in enumerate(CL_ITEMS[: rng.randint(3, 4)]):
        day = first if i == 0 else later(rng, first, gap, gap + 4)
        val = Decimal(rng.randrange(25, 320) * 990)
        bon = q2(val * Decimal(rng.randint(40, 65)) / 100).quantize(Decimal(1))
        tot = [a + b for a, b in zip(tot, [val, bon, val - bon], strict=True)]
        cells = "".join(f"<td class=r>$ {money(v, 'de', 0)}</td>" for v in (val, bon, val - bon))
        doc = f"{rng.choice(['Boleta', 'Bono'])} {digits(rng, 6)}"
        rows.append(f"<tr><td>{fdate(day, C)}</td><td>{doc}</td><td>{what}</td>{cells}</tr>")
    born = fdate(later(rng, first, -5000, -1200), C)
    g1 = grid(f"""Póliza N° | {poliza} | 3 ;; Empresa contratante | Transportes Biobío Express S.A. | 6 ;;
RUT empresa | {rut()} | 3""")
    g2 = grid(f"""Nombre completo | {titular} | 6 ;; RUT | {rut()} | 3 ;;
Isapre / Fonasa | Isapre Cruz del Pacífico | 3""")
    totals = "".join(f"<th class=r>$ {money(v, 'de', 0)}</th>" for v in tot)
    body = f"""<div class=hd><div><div class=lg>{insurer}</div>Seguro Colectivo Complementario de Salud</div>
<div class=f>Folio N° {folio}</div></div><h3>SOLICITUD DE REEMBOLSO DE GASTOS MÉDICOS</h3>
<h5>I. ANTECEDENTES DE LA PÓLIZA</h5>{g1}<h5>II. ASEGURADO TITULAR</h5>{g2}<h5>III. BENEFICIARIO ATENDIDO</h5>
☐ Titular ☒ Carga: {carga} · Parentesco: hijo(a) · Fecha de nacimiento:
{born}<br>Diagnóstico: gastritis aguda (K29.1) · ¿Accidente? ☐ Sí ☒ No<h5>IV. PRESTADOR</h5>{clinic} · RUT
{rut()} · Av. Providencia {digits(rng, 4)}, Santiago<h5>V. DETALLE DE GASTOS</h5><table class=t><tr><th>Fecha
atención</th><th>Documento</th><th>Prestación</th><th>Valor prestación</th><th>Bonificación Isapre</th>
<th>Copago</th></tr>{"".join(rows)}<tr><th></th><th></th><th>TOTALES</th>{totals}</tr></table>
Deducible anual: UF 1,0 · Tope anual por beneficiario: UF 250<h5>VI. FORMA DE PAGO</h5>Transferencia a cuenta
corriente N° {digits(rng, 9)} · Banco del Maule<p>Declaro que los datos son verídicos. Fecha:
{fdate(later(rng, first, 20, 40), C)} &nbsp; Firma del titular: __________________</p>
<div class=foot>{insurer} · Compañía fiscalizada por la Comisión para el Mercado Financiero (CMF) · Plazo de
presentación: 60 días desde la fecha de la prestación.</div>"""
    loss, amt = (first, fdate(first, C)), (tot[0], money(tot[0], "de", 0))
    html = page(BASE_CSS + CL_CSS, body, "es")
    return make_claim("reembolso_cl", "es", html, **keyed(folio, poliza, titular, loss, amt, clinic))
