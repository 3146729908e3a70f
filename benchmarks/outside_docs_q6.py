"""Set Q templates: mobile phone / gadget insurance claim (repair authorisation), Australian income protection
claim (claimant's statement), Kenyan funeral / life cover death claim by the beneficiary, Argentine crop
hail loss notice ("denuncia de siniestro agrícola").

Gadget: claim the Claim reference, policy the Policy number (not the IMEI or the order number), claimant the
policyholder, date the date of incident, amount the repair quote (not the excess), provider the repair
centre. Income protection: claim the Claim number, policy the Policy number, claimant the life insured,
date the date disablement began (not the last day worked or the signature date), no amount (the monthly
benefit insured is not a claimed amount), no provider. Funeral: claim the Claim No., policy the Policy No.,
claimant the beneficiary (the deceased life assured is a distractor), date the date of death (not the burial
or registration date), amount the sum assured claimed (not the premium), no provider. Crop: claim the
Siniestro N°, policy the Póliza N°, claimant the asegurado (productor), date the fecha del siniestro, amount
the pérdida estimada (not the suma asegurada), no provider (the perito tasador is a distractor).
"""

from __future__ import annotations

import random

from outside_common_z import (
    BASE_CSS,
    Doc,
    amount,
    digits,
    fdate,
    grid,
    kvs,
    later,
    loss_date,
    make_claim,
    money,
    page,
)

CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'DejaVu Sans'; } .top { display: flex;
 justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #5b3f8c; padding-bottom:
 2mm; } .logo { font: bold 14pt 'DejaVu Sans'; color: #5b3f8c; } h1 { font-size: 12pt; margin: 3mm 0 1mm; }
h2 { font-size: 9pt; background: #ebe5f3; padding: 2px 4px; margin: 3mm 0 1mm; } .sm { font-size: 7.3pt;
 color: #444; } .box { border: 1px solid #5b3f8c; padding: 2mm 3mm; margin: 2mm 0; }
"""
)


def gadget_uk(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["PocketSafe Gadget Insurance", "Screenguard Device Cover", "TechShield Insurance Services"]
    )
    holder = rng.choice(["Jade Robinson", "Callum Hughes", "Amira Hassan", "Tom Fenwick"])
    inc = loss_date(rng)
    claimed = later(rng, inc, 1, 4)
    ref = f"GDT{digits(rng, 8)}"
    policy = f"PS-{digits(rng, 4)}-{digits(rng, 5)}"
    centre = rng.choice(
        ["FixPoint Repair Centre Ltd", "iMend Midlands Repair Hub", "Phonecare Repairs Swindon"]
    )
    quote = amount(rng, 120, 480)
    dmy = "{dd}/{mm}/{yyyy}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Claims line 0330 {digits(rng, 3)}
{digits(rng, 4)}</div></div><h1>Claim update: repair authorised</h1><div class=box>{
        kvs(f'''
        Claim reference | {ref} //
        Policy number | {policy} //
        Policyholder | {holder} //
        Claim made on | {fdate(claimed, dmy)} //
        ''')
    }</div><h2>Your device</h2>{
        grid(f'''
        Device | {rng.choice(["Apple iPhone 14 128GB", "Samsung Galaxy S23", "Google Pixel 8"])} | 4 ;; IMEI |
          35{digits(rng, 13)} | 4 ;; Original order no. | ORD-{digits(rng, 7)} | 4 //
        Date of incident | {fdate(inc, dmy)} | 4 ;; What happened | {
            rng.choice(["Dropped, cracked screen", "Liquid damage", "Charging port failure"])
        } | 8 //
        ''')
    }<h2>Repair</h2>{
        grid(f'''
        Repair centre | {centre} | 6 ;; Repair quote (incl. VAT) | £{money(quote, 'en')} | 3 ;; Your excess |
          £{money(rng.choice([50, 75, 100]), 'en')} | 3 //
        ''')
    }<p>Please pay your excess when you send the device. A prepaid courier bag will arrive within two working
days.</p>"""
    return make_claim(
        "gadget_uk",
        "en",
        page(CSS, body, "en"),
        claim_number=(ref, ref),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(inc, fdate(inc, dmy)),
        amount_claimed=(quote, f"£{money(quote, 'en')}"),
        provider=(centre, centre),
    )


def income_au(rng: random.Random) -> Doc:
    insurer = rng.choice(["Wattle Grove Life Ltd", "Eucalypt Life Insurance", "Harbourview Life Australia"])
    insured = rng.choice(["Rebecca Nguyen", "Matthew Doherty", "Chloe Papadopoulos", "Jason Whitehead"])
    began = loss_date(rng)
    worked = later(rng, began, -1, -1)
    signed = later(rng, began, 20, 60)
    claim = f"IP{digits(rng, 7)}"
    policy = f"{digits(rng, 9)}"
    super_no = f"{digits(rng, 8)}"
    benefit = rng.choice([4500, 6000, 7500, 9000])
    dmy = "{dd}/{mm}/{yyyy}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>ABN {digits(rng, 2)} {
        digits(rng, 3)
    }
{digits(rng, 3)} {digits(rng, 3)} · Claims 1300 {digits(rng, 3)} {digits(rng, 3)}</div></div>
<h1>Income Protection Claim – Claimant's Statement</h1>{
        grid(f'''
        Claim number | {claim} | 4 ;; Policy number | {policy} | 4 ;; Superannuation member no. | {
            super_no
        } | 4 //
        Life insured | {insured} | 6 ;; Occupation | {
            rng.choice(["Electrician", "Registered nurse", "Accountant"])
        } | 6 //
        ''')
    }<h2>Your disability</h2>{
        grid(f'''
        Date disablement began | {fdate(began, dmy)} | 4 ;; Last day worked | {fdate(worked, dmy)} | 4 ;;
          Cause | {rng.choice(["Illness", "Injury"])} | 4 //
        Condition | {
            rng.choice(["Lumbar disc prolapse", "Major depressive episode", "Fractured ankle"])
        } | 12 //
        ''')
    }<h2>Benefit</h2>{
        kvs(f'''
        Monthly benefit insured: | ${money(benefit, 'en')} per month //
        Waiting period: | {rng.choice([30, 60, 90])} days //
        Benefit period: | {rng.choice(["2 years", "to age 65"])} //
        Pre-disability monthly income: | ${money(amount(rng, 6000, 14000), 'en')} //
        ''')
    }<p class=sm>An Attending Doctor's Statement must be completed by your treating doctor. Signed by the life
insured on {fdate(signed, dmy)}.</p>"""
    return make_claim(
        "income_au",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(insured, insured),
        date_of_loss=(began, fdate(began, dmy)),
    )


def funeral_ke(rng: random.Random) -> Doc:
    insurer = rng.choice(["Mlima Life Assurance Ltd", "Savanna Funeral and Life Co.", "Pwani Mutual Life"])
    deceased = rng.choice(["Joseph Kamau Njoroge", "Mary Wanjiku Mwangi", "Peter Otieno Ouma"])
    beneficiary = rng.choice(["Grace Achieng Ouma", "Daniel Mwangi Kariuki", "Esther Nyambura Njoroge"])
    death = loss_date(rng)
    burial = later(rng, death, 5, 14)
    registered = later(rng, death, 2, 10)
    claim = f"FC/{death.year}/{digits(rng, 5)}"
    policy = f"FUN{digits(rng, 7)}"
    sum_assured = rng.choice([100000, 150000, 200000, 300000])
    dmy = "{dd}/{mm}/{yyyy}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>{
        rng.choice(["Upper Hill", "Westlands"])
    }, Nairobi · P.O. Box {rng.randrange(10000, 99999)}-00100</div></div>
<h1>Funeral Cover – Death Claim Form</h1>{
        grid(f'''
        Policy No. | {policy} | 4 ;; Claim No. | {claim} | 4 ;; Monthly premium | KES {
            money(rng.choice([450, 600, 850]), 'en')
        } | 4 //
        ''')
    }<h2>Part A – Deceased (life assured)</h2>{
        grid(f'''
        Name of deceased | {deceased} | 6 ;; ID No. | {digits(rng, 8)} | 3 ;; Date of death |
          {fdate(death, dmy)} | 3 //
        Cause of death | {rng.choice(["Natural causes", "Road traffic accident", "Illness"])} | 6 ;;
          Burial date | {fdate(burial, dmy)} | 3 ;; Death registered | {fdate(registered, dmy)} | 3 //
        ''')
    }<h2>Part B – Claimant (beneficiary)</h2>{
        grid(f'''
        Full name of beneficiary | {beneficiary} | 6 ;; Relationship | {
            rng.choice(["Spouse", "Son", "Daughter"])
        } | 3 ;; M-Pesa no. | 07{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} | 3 //
        ''')
    }<h2>Part C – Benefit claimed</h2>{
        kvs(f'''
        Sum assured claimed: | KES {money(sum_assured, 'en')} //
        Documents attached: | Burial permit, death certificate, beneficiary ID //
        ''')
    }<p class=sm>I declare that the information above is true. Signature of claimant: (signed)</p>"""
    return make_claim(
        "funeral_ke",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(beneficiary, beneficiary),
        date_of_loss=(death, fdate(death, dmy)),
        amount_claimed=(sum_assured, f"KES {money(sum_assured, 'en')}"),
    )


def crop_ar(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Pampa Seguros Agrícolas S.A.", "La Rural del Litoral Seguros", "Surco Compañía de Seguros"]
    )
    grower = rng.choice(
        ["Establecimiento Don Aurelio S.R.L.", "Martín Ezequiel Bianchi", "Agropecuaria Los Álamos S.A."]
    )
    sin = loss_date(rng)
    denuncia = later(rng, sin, 1, 3)
    siniestro = f"{digits(rng, 7)}"
    poliza = f"{digits(rng, 2)}-{digits(rng, 6)}"
    has = rng.randrange(40, 600)
    afectadas = rng.randrange(10, has)
    suma = amount(rng, 20000000, 150000000)
    perdida = suma * afectadas / has * rng.choice([30, 45, 60]) / 100
    dmy = "{dd}/{mm}/{yyyy}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Gerencia de Riesgos Agropecuarios ·
Av. {rng.choice(["Pellegrini", "Corrientes", "Colón"])} {rng.randrange(100, 3000)}, {
        rng.choice(["Rosario", "Córdoba", "Pergamino"])
    }</div></div><h1>Denuncia de Siniestro – Seguro Agrícola (Granizo y adicionales)</h1>{
        grid(f'''
        Póliza N° | {poliza} | 4 ;; Siniestro N° | {siniestro} | 4 ;; Fecha de denuncia | {
            fdate(denuncia, dmy)
        }
          | 4 //
        Asegurado (productor) | {grower} | 6 ;; CUIT | {rng.choice(["20", "27", "30"])}-{digits(rng, 8)}-{
            digits(rng, 1)
        } | 3 ;; Productor asesor | Mat. {digits(rng, 5)} | 3 //
        ''')
    }<h2>Lote y cultivo</h2>{
        grid(f'''
        Cultivo | {rng.choice(["Soja 1ra", "Maíz", "Trigo", "Girasol"])} | 3 ;; Campaña | {sin.year}/{
            (sin.year + 1) % 100
        } | 3 ;; Superficie asegurada | {has} ha | 3 ;; Superficie afectada | {afectadas} ha | 3 //
        Ubicación | {
            rng.choice(["Partido de Pergamino, lote 12", "Depto. Marcos Juárez, campo La Esperanza"])
        }
          | 12 //
        ''')
    }<h2>Siniestro</h2>{
        kvs(f'''
        Fecha del siniestro: | {fdate(sin, dmy)} //
        Riesgo: | {rng.choice(["Granizo", "Helada", "Viento"])} //
        Suma asegurada total: | $ {money(suma, 'de')} //
        Pérdida estimada por el asegurado: | $ {money(perdida, 'de')} //
        Perito tasador designado: | {rng.choice(["Ing. Agr. Lucas Ferreyra", "Ing. Agr. Paula Gómez"])} //
        ''')
    }<p class=sm>El asegurado no deberá cosechar el lote hasta la inspección. Firma: (firmado)</p>"""
    return make_claim(
        "crop_ar",
        "es",
        page(CSS, body, "es"),
        claim_number=(siniestro, siniestro),
        policy_number=(poliza, poliza),
        claimant_name=(grower, grower),
        date_of_loss=(sin, fdate(sin, dmy)),
        amount_claimed=(perdida, f"$ {money(perdida, 'de')}"),
    )
