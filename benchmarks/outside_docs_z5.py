"""Set Z templates: French "déclaration de sinistre" dégât des eaux (multirisque habitation), Spanish "parte
de siniestro" of a car insurer, Italian "denuncia di sinistro" (multirischi abitazione) filed at an agency.

France: date_of_loss the "Date du sinistre" in words (the date of discovery and of the declaration are
distractors), amount the "Montant estimé des dommages" (not the franchise), provider the firm that quoted
the repair; the neighbour (tiers) is not the claimant. Spain: claim the Nº de siniestro, policy the Nº de
póliza, claimant the Tomador/Asegurado (vehicle A), amount the taller's presupuesto. Italy: the agency's
name and code are distractors; claim the "Numero sinistro", policy "Polizza n.", amount the "Importo
stimato del danno", provider the "Ditta incaricata".
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
    kv,
    kvs,
    later,
    loss_date,
    make_claim,
    money,
    page,
)

DMY = "{dd}/{mm}/{yyyy}"

FR_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'DejaVu Serif'; } .logo { font: bold 15pt
 'DejaVu Sans'; color: #8a1538; } h1 { font: bold 12.5pt 'DejaVu Sans'; margin: 4mm 0 2mm; } h2 { font:
 bold 9.5pt 'DejaVu Sans'; margin: 4mm 0 1mm; border-bottom: 1px solid #8a1538; } .two { display: flex;
 gap: 6mm; } .two > div { flex: 1; border: 1px solid #bbb; padding: 2mm; } .note { font-size: 7.5pt; }
"""
)
LEAKS = [
    "Fuite sur canalisation encastrée",
    "Débordement de machine à laver chez le voisin",
    "Joint de douche défectueux",
]


def degat_eaux_fr(rng: random.Random) -> Doc:
    insurer = rng.choice(["Assurances du Val de Loire", "Mutuelle Atlantique d'Assurances", "Garance IARD"])
    name = rng.choice(["M. Olivier ROUSSEAU", "Mme Sophie GARNIER", "M. Karim HADDAD", "Mme Élise FAURE"])
    tiers = rng.choice(["M. Bernard PETIT (voisin du dessus)", "Syndic Foncia Lyon (partie commune)"])
    day = loss_date(rng)
    found = later(rng, day, 1, 3)
    declared = later(rng, found, 1, 4)
    words = "{d} {month} {yyyy}"
    claim = f"{day.year % 100}{rng.choice(['DE', 'SH'])}{digits(rng, 7)}"
    policy = f"MRH {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    firm = rng.choice(["Plomberie Martin SARL", "Sarl Peinture & Décor Lebrun", "Assèchement Express 69"])
    estimate = amount(rng, 900, 6800)
    body = f"""<div class=logo>{insurer}</div><div class=note>Service Sinistres · {rng.randrange(1, 90)} rue
{rng.choice(["Nationale", "de la République", "Garibaldi"])} · {
        rng.choice(["69003 Lyon", "37000 Tours"])
    }</div>
<h1>Déclaration de sinistre – Dégât des eaux</h1>{
        kvs(f'''
        N° de sinistre : | {claim} //
        N° de contrat : | {policy} //
        Déclaration reçue le : | {fdate(declared, DMY)} //
        ''')
    }<h2>1. L'assuré</h2>{
        kvs(f'''
        Nom, prénom : | {name} //
        Adresse du risque : | {rng.randrange(1, 120)} avenue {rng.choice(['Jean Jaurès', 'Foch'])}, app.
          {rng.randrange(11, 58)} //
        Qualité : | Propriétaire occupant //
        ''')
    }<h2>2. Les circonstances</h2>{
        kvs(f'''
        Date du sinistre : | {fdate(day, words, "fr")} //
        Date de découverte : | {fdate(found, DMY)} //
        Origine de la fuite : | {rng.choice(LEAKS)} //
        Pièces endommagées : | Cuisine, séjour (plafond et murs) //
        Constat amiable dégât des eaux : | Oui, établi avec le tiers //
        ''')
    }<div class=two style="margin-top:3mm"><div><b>Assuré</b><br>Occupant du logement sinistré</div><div>
<b>Tiers concerné</b><br>{tiers}<br>Assureur : {rng.choice(["Allianz", "MAAF", "Groupama"])}</div></div>
<h2>3. Les dommages</h2>{
        kvs(f'''
        Entreprise ayant établi le devis : | {firm} //
        Devis n° : | D{digits(rng, 5)} //
        Montant estimé des dommages : | {money(estimate, 'fr')} € TTC //
        Franchise contractuelle : | {money(rng.choice([150, 230, 380]), 'fr')} € //
        ''')
    }<p class=note style="margin-top:5mm">Je certifie sincères et véritables les renseignements ci-dessus.
Toute
fausse déclaration intentionnelle entraîne la déchéance de garantie (art. L113-8 du Code des assurances).<br>
Fait à {rng.choice(["Lyon", "Tours"])}, le {fdate(declared, DMY)}. Signature de l'assuré.</p>"""
    return make_claim(
        "degat_eaux_fr",
        "fr",
        page(FR_CSS, body, "fr"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(day, fdate(day, words, "fr")),
        amount_claimed=(estimate, f"{money(estimate, 'fr')} €"),
        provider=(firm, firm),
    )


ES_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'Liberation Sans'; } .top { display: flex;
 justify-content: space-between; border-bottom: 3px solid #e2001a; } .logo { font: bold 15pt 'Liberation
Sans';
 color: #e2001a; } h1 { font-size: 12.5pt; margin: 3mm 0; } h2 { font-size: 9pt; color: #fff; background:
 #555; padding: 2px 4px; margin: 3mm 0 1mm; } .two { display: flex; gap: 4mm; } .two > div { flex: 1; }
"""
)


def parte_es(rng: random.Random) -> Doc:
    insurer = rng.choice(["Mutua Ibérica de Seguros", "Levante Seguros Generales", "Seguros Cántabro Auto"])
    name = rng.choice(
        ["Javier Morales Ruiz", "Lucía Fernández Gil", "Andrés Navarro Pons", "Marta Sáez Ortega"]
    )
    other = rng.choice(["Pedro Campos Vidal", "Elena Ríos Marín", "Sergio Blanco Díaz"])
    day = loss_date(rng)
    declared = later(rng, day, 1, 5)
    claim = f"{day.year}/{rng.randrange(1, 99):02d}/{digits(rng, 6)}"
    policy = f"{rng.randrange(100, 999)}-{digits(rng, 7)}"
    garage = rng.choice(
        ["Talleres Hermanos García S.L.", "Chapa y Pintura Levante S.L.", "Autos Ribera S.A."]
    )
    estimate = amount(rng, 600, 5400)
    eur = money(estimate, "de") + " €"
    plate = f"{digits(rng, 4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"

    def party(title: str, who: str, reg: str, ins: str) -> str:
        rows = [("Conductor / Tomador:", who), ("Matrícula:", reg), ("Aseguradora:", ins)]
        return f"<div><b>{title}</b>{kv(rows)}</div>"

    body = f"""<div class=top><div class=logo>{
        insurer
    }</div><div style="font-size:7.5pt">Atención de siniestros 24 h
· 900 {digits(rng, 3)} {digits(rng, 3)}</div></div><h1>Parte de siniestro – Automóviles</h1>{
        grid(f'''
        Nº de siniestro | {claim} | 4 ;; Nº de póliza | {policy} | 4 ;; Fecha de declaración |
          {fdate(declared, DMY)} | 4 //
        ''')
    }<h2>Datos del tomador / asegurado</h2>{
        grid(f'''
        Nombre y apellidos | {name} | 6 ;; NIF | {digits(rng, 8)}{rng.choice('TRWAGMY')} | 3 ;; Teléfono |
          6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} | 3 //
        Vehículo asegurado | {rng.choice(["Seat León 1.5 TSI", "Renault Clio", "Toyota Corolla HB"])} | 6
          ;; Matrícula | {plate} | 3 ;; Modalidad |
          {rng.choice(["Todo riesgo con franquicia", "Terceros ampliado"])} | 3 //
        ''')
    }<h2>Datos del siniestro</h2>{
        grid(f'''
        Fecha del siniestro | {fdate(day, DMY)} | 3 ;; Hora |
          {rng.randrange(7, 22)}:{rng.randrange(10, 59)} | 2 ;; Lugar |
          {rng.choice(["Av. del Puerto, 112, Valencia", "C/ Alcalá esq. C/ Goya, Madrid"])} | 7 //
        Descripción | El vehículo B no respetó la señal de ceda el paso y colisionó con el lateral derecho
          del vehículo A. | 12 //
        Declaración amistosa de accidente | Sí, firmada por ambos conductores | 6 ;; Intervención policial
          | No | 3 ;; Heridos | No | 3 //
        ''')
    }<h2>Vehículos implicados</h2><div class=two>{
        party("Vehículo A (asegurado)", "El tomador", plate, insurer)
    }{
        party(
            "Vehículo B (contrario)", other, f"{digits(rng, 4)} KLM", rng.choice(["Reale", "Línea Directa"])
        )
    }</div><h2>Reparación</h2>{
        kvs(f'''
        Taller: | {garage} //
        Presupuesto nº: | P-{digits(rng, 5)} //
        Importe del presupuesto: | {eur} //
        Franquicia a cargo del asegurado: | {rng.choice([150, 300, 600])},00 € //
        ''')
    }<p style="font-size:7.5pt;margin-top:4mm">El asegurado declara que los datos consignados son ciertos.
Firma del asegurado.</p>"""
    return make_claim(
        "parte_es",
        "es",
        page(ES_CSS, body, "es"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(day, fdate(day, DMY)),
        amount_claimed=(estimate, eur),
        provider=(garage, garage),
    )


IT_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'DejaVu Sans Condensed'; } .top { display: flex;
 justify-content: space-between; } .logo { font: bold 15pt 'DejaVu Serif'; color: #004b87; } .ag { border:
 1px solid #004b87; padding: 2mm; font-size: 7.5pt; width: 70mm; } h1 { font-size: 12.5pt; margin: 3mm 0;
 text-align: center; } h2 { font-size: 9pt; color: #004b87; margin: 3mm 0 1mm; border-bottom: 1px solid
#004b87; }
"""
)


def denuncia_it(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Assicurazioni Adriatiche S.p.A.", "Società Reale Lombarda", "Toscana Mutua Assicurazioni"]
    )
    name = rng.choice(["Giulia Bianchi", "Marco Esposito", "Francesca Romano", "Alessandro Conti"])
    town = rng.choice(["Bologna Centro", "Firenze Nord", "Verona Est"])
    agent = f"Agenzia {town} – {rng.choice(['Rossi', 'Galli'])} & C. s.a.s."
    day = loss_date(rng)
    filed = later(rng, day, 1, 3)
    claim = f"{day.year}/{digits(rng, 2)}/{digits(rng, 6)}"
    policy = f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 7)}"
    cf = "".join(rng.choice("BCDFGLMNRST") for _ in range(6))
    cf += f"{digits(rng, 2)}A{digits(rng, 2)}H{digits(rng, 3)}X"
    firm = rng.choice(["Edil Rossi S.r.l.", "Impresa Ferri Costruzioni", "Termoidraulica Greco s.n.c."])
    estimate = amount(rng, 1200, 14000)
    eur = "€ " + money(estimate, "de")
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=ag><b>{agent}</b><br>Cod. agenzia
{digits(rng, 4)} · Via {rng.choice(["Indipendenza", "Mazzini"])} {rng.randrange(1, 90)}<br>Tel. 051 {
        digits(rng, 6)
    }
</div></div><h1>DENUNCIA DI SINISTRO – Polizza Multirischi Abitazione</h1>{
        grid(f'''
        Polizza n. | {policy} | 4 ;; Numero sinistro | {claim} | 4 ;; Data denuncia | {fdate(filed, DMY)} |
          4 //
        ''')
    }<h2>Contraente / Assicurato</h2>{
        grid(f'''
        Cognome e nome | {name} | 6 ;; Codice fiscale | {cf} | 6 //
        Ubicazione del rischio | Via {rng.choice(['Saragozza', 'dei Mille', 'Roma'])}
          {rng.randrange(1, 150)}, {rng.choice(['Bologna', 'Firenze', 'Verona'])} | 8 ;; Garanzia |
          {rng.choice(["Eventi atmosferici", "Danni da acqua condotta", "Fenomeno elettrico"])} | 4 //
        ''')
    }<h2>Descrizione del sinistro</h2>{
        grid(f'''
        Data del sinistro | {fdate(day, DMY)} | 3 ;; Ora |
          {rng.randrange(0, 23):02d}:{rng.randrange(10, 59)} | 2 ;; Autorità intervenute | Nessuna | 7 //
        Circostanze | Durante il temporale la grandine ha danneggiato il manto di copertura e le
          infiltrazioni hanno interessato il soffitto. | 12 //
        ''')
    }<h2>Danni</h2>{
        kvs(f'''
        Ditta incaricata della riparazione: | {firm} //
        Preventivo n.: | {digits(rng, 3)}/{day.year} //
        Importo stimato del danno: | {eur} //
        Scoperto / franchigia da polizza: | 10% min. € {rng.choice([250, 500])},00 //
        ''')
    }<p style="font-size:7.5pt;margin-top:5mm">Il sottoscritto dichiara che quanto sopra corrisponde a
verità e
autorizza il trattamento dei dati personali ai sensi del Reg. UE 2016/679.<br>Firma dell'Assicurato ______
Timbro e firma dell'Agenzia ______</p>"""
    return make_claim(
        "denuncia_it",
        "it",
        page(IT_CSS, body, "it"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(day, fdate(day, DMY)),
        amount_claimed=(estimate, eur),
        provider=(firm, firm),
    )
