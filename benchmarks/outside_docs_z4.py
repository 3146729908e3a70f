"""Set Z templates: German private health reimbursement (Erstattungsantrag), German motor claim
(Schadenanzeige Kfz), French mutuelle "demande de remboursement" printed from the member area.

PKV: no claim number printed; policy_number the Versicherungsnummer; claimant the Versicherungsnehmer (the
treated person may be a child); date_of_loss the first Behandlungsdatum; amount the Gesamtbetrag of the
invoices (not the Selbstbehalt). Kfz: claim_number the Schaden-Nr., policy the Versicherungsschein-Nr.,
date the Schadentag, amount the Kostenvoranschlag of the Werkstatt (provider); the other party's insurer and
Kennzeichen are distractors. Mutuelle: claim_number the "N° de demande", policy_number the "N° d'adhérent"
(not the NIR), date the first "date des soins", amount the "Montant total des frais" (not the Sécurité
sociale reimbursement).
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

DE = "{dd}.{mm}.{yyyy}"
FR = "{dd}/{mm}/{yyyy}"


def eur_de(x: object) -> str:
    return money(x, "de") + " €"  # type: ignore[arg-type]


PKV_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 15mm 16mm 15mm 20mm; } body { font: 9pt 'Liberation Sans'; }
.top { display: flex; justify-content: space-between; } .logo { font: bold 14pt 'Liberation Sans';
 color: #005a9c; } h1 { font-size: 13pt; margin: 6mm 0 1mm; } h2 { font-size: 9.5pt; margin: 4mm 0 1mm;
 color: #005a9c; } .klein { font-size: 7.5pt; color: #444; }
"""
)


def pkv_de(rng: random.Random) -> Doc:
    insurer = rng.choice(["Rheinische Krankenversicherung AG", "Hanse Privat Kranken a.G.", "Alpina PKV AG"])
    last = rng.choice(["Schneider", "Wagner", "Hoffmann", "Becker", "Schulz"])
    holder = f"{rng.choice(['Martina', 'Stefan', 'Claudia', 'Jens'])} {last}"
    child = f"{rng.choice(['Lea', 'Paul', 'Mia', 'Finn'])} {last}"
    treated = rng.choice([holder, child])
    first = loss_date(rng)
    second = later(rng, first, 5, 30)
    billed = [later(rng, first, 3, 4), later(rng, second, 3, 4)]
    signed = later(rng, billed[1], 2, 12)
    policy = f"{rng.randrange(100, 999)} {digits(rng, 6)} {rng.randrange(10, 99)}"
    doc = rng.choice(["Dr. med. Andrea Vogel", "Dr. med. Thomas Brandt", "Dr. med. dent. Sabine Roth"])
    practice = f"Praxis {doc}"
    amounts = [amount(rng, 80, 480), amount(rng, 120, 900)]
    total = sum(amounts)
    rows = "".join(
        f"<tr><td>{treated}</td><td class=r>{practice}</td>"
        f"<td>{rng.choice(['R', 'RE'])}-{digits(rng, 5)}</td>"
        f"<td>{fdate(b, DE)}</td><td>{fdate(t, DE)}</td><td class=r>{eur_de(a)}</td></tr>"
        for b, t, a in zip(billed, (first, second), amounts, strict=True)
    )
    body = f"""<div class=top><div class=klein>{insurer} · Postfach {rng.randrange(1000, 9999)} ·
{rng.choice(["50668 Köln", "20095 Hamburg", "80331 München"])}<br><br><span style="font-size:9.5pt">{
        holder
    }<br>
{rng.choice(["Birkenweg", "Gartenstraße", "Am Anger"])} {rng.randrange(1, 60)}<br>{
        rng.randrange(10000, 99999)
    }
{rng.choice(["Bonn", "Lübeck", "Augsburg"])}</span></div><div class=logo>{insurer.split()[0]}</div></div>
<h1>Erstattungsantrag – Krankheitskosten</h1><div class=klein>Bitte legen Sie die Rechnungen im Original oder
als Kopie bei. Belegnummer {digits(rng, 10)}</div>
<h2>Angaben zum Versicherungsnehmer</h2>{
        grid(f'''
        Versicherungsnummer | {policy} | 4 ;; Versicherungsnehmer (Name, Vorname) | {holder} | 5 ;; Telefon
          tagsüber | 0{digits(rng, 3)} {digits(rng, 6)} | 3 //
        ''')
    }<h2>Eingereichte Rechnungen</h2><table class=t><tr><th>Versicherte Person</th><th>Rechnungssteller</th>
<th>Rechnungs-Nr.</th><th>Rechnungsdatum</th><th>Behandlungsdatum</th><th class=r>Rechnungsbetrag</th></tr>
{rows}<tr><td colspan=5><b>Gesamtbetrag der eingereichten Rechnungen</b></td><td class=r><b>{
        eur_de(total)
    }</b>
</td></tr></table><h2>Weitere Angaben</h2>{
        kvs(f'''
        Handelt es sich um die Folge eines Unfalls? | nein //
        Besteht Anspruch auf Beihilfe / andere Kostenträger? | {rng.choice(["nein", "ja, Beihilfe 50 %"])}
          //
        Vereinbarter Selbstbehalt je Kalenderjahr: | {eur_de(rng.choice([300, 600, 1200]))} //
        Erstattung auf Konto: | DE{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} … //
        ''')
    }<p class=klein style="margin-top:6mm">Ich versichere die Richtigkeit meiner Angaben.<br>
{rng.choice(["Bonn", "Lübeck", "Augsburg"])}, {fdate(signed, DE)}  Unterschrift: (unterschrieben)</p>"""
    return make_claim(
        "pkv_de",
        "de",
        page(PKV_CSS, body, "de"),
        repeats=frozenset({"claimant_name", "provider"}),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(first, fdate(first, DE)),
        amount_claimed=(total, eur_de(total)),
        provider=(practice, practice),
    )


KFZ_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'DejaVu Sans'; } h1 { font-size: 13pt; margin: 0; }
.sub { font-size: 7.5pt; color: #555; margin-bottom: 2mm; } h2 { font-size: 9pt; background: #e4e4e4;
 padding: 2px 4px; margin: 3mm 0 1mm; } .two { display: flex; gap: 4mm; } .two > div { flex: 1; }
"""
)


def kfz_de(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Mittelrhein Versicherung AG", "Nordstern Kraftfahrt-Versicherung", "Isar Direkt AG"]
    )
    holder = (
        f"{rng.choice(['Frank', 'Sabine', 'Yusuf', 'Katrin'])} {rng.choice(['Meier', 'Krüger', 'Arslan'])}"
    )
    other = f"{rng.choice(['Heike', 'Jan', 'Oliver'])} {rng.choice(['Lange', 'Fischer', 'Engel'])}"
    day = loss_date(rng)
    reported = later(rng, day, 1, 4)
    signed = later(rng, reported, 0, 0)
    estimate_day = later(rng, reported, 2, 6)
    claim = f"{day.year % 100}-{digits(rng, 2)}-{digits(rng, 6)}-{rng.randrange(1, 9)}"
    policy = f"KH-{digits(rng, 8)}"
    garage = rng.choice(
        ["Autohaus Berger GmbH", "Karosserie- und Lackierbetrieb Wolf", "Kfz-Meisterbetrieb Hahn & Sohn"]
    )
    estimate = amount(rng, 1200, 7800)
    plate = f"{rng.choice(['K', 'BN', 'HH', 'M'])}-{rng.choice(['AB', 'XT', 'LM'])} {rng.randrange(10, 9999)}"
    body = f"""<h1>Schadenanzeige Kraftfahrtversicherung</h1><div class=sub>{insurer} · Schadenservice ·
Telefon 0800 {digits(rng, 3)} {digits(rng, 4)}</div>{
        grid(f'''
        Schaden-Nr. | {claim} | 4 ;; Versicherungsschein-Nr. | {policy} | 4 ;; Tag der Meldung |
          {fdate(reported, DE)} | 4 //
        ''')
    }<h2>1. Versicherungsnehmer und Fahrzeug</h2>{
        grid(f'''
        Versicherungsnehmer | {holder} | 6 ;; Amtl. Kennzeichen | {plate} | 3 ;; Vorsteuerabzugsberechtigt
          | nein | 3 //
        Hersteller / Typ | {rng.choice(["VW Golf 1.5 TSI", "Opel Astra K", "BMW 318d Touring"])} | 6 ;;
          Fahrer zum Schadenzeitpunkt | Versicherungsnehmer | 6 //
        ''')
    }<h2>2. Schadenhergang</h2>{
        grid(f'''
        Schadentag | {fdate(day, DE)} | 3 ;; Uhrzeit | {rng.randrange(6, 21)}:{rng.randrange(10, 59)} Uhr |
          2 ;; Schadenort (Straße, Ort) |
          {rng.choice(["Kreuzung Ringstraße/Bahnhofstraße, Bonn", "Parkplatz Edeka, Lübeck"])} | 7 //
        Schilderung | Der Unfallgegner fuhr beim Ausparken rückwärts gegen die linke Fahrzeugseite. | 12 //
        Polizeilich aufgenommen? | {rng.choice(["ja, PI Mitte, Tgb.-Nr. " + digits(rng, 5), "nein"])} | 12
          //
        ''')
    }<h2>3. Beteiligte</h2><div class=two><div><b>Versicherungsnehmer</b>{
        kv([("Kennzeichen:", plate), ("Versicherer:", insurer.split()[0])])
    }</div><div><b>Unfallgegner</b>{
        kvs(f'''
        Name: | {other} //
        Kennzeichen: | {rng.choice(['SU', 'D', 'KA'])}-{rng.choice(['QR', 'PN'])} {rng.randrange(10, 999)}
          //
        Versicherer: | {rng.choice(["Westfalia Kraftfahrt AG", "Saar-Union Versicherung"])} //
        Vers.-Schein-Nr.: | {digits(rng, 10)} //
        ''')
    }</div></div><h2>4. Schaden am eigenen Fahrzeug</h2>{
        grid(f'''
        Reparaturwerkstatt | {garage} | 6 ;; Kostenvoranschlag vom | {fdate(estimate_day, DE)} | 3 ;; Höhe
          lt. Kostenvoranschlag | {eur_de(estimate)} | 3 //
        Selbstbeteiligung (Vollkasko) | {eur_de(rng.choice([150, 300, 500]))} | 4 ;; Besichtigung möglich
          bei | Werkstatt | 8 //
        ''')
    }<p style="font-size:7.5pt;margin-top:5mm">Ich versichere, die Fragen wahrheitsgemäß beantwortet zu haben.
Ort, Datum: {rng.choice(["Bonn", "Lübeck", "Köln"])}, {
        fdate(signed, DE)
    }  Unterschrift VN: (unterschrieben)</p>"""
    return make_claim(
        "kfz_de",
        "de",
        page(KFZ_CSS, body, "de"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(day, fdate(day, DE)),
        amount_claimed=(estimate, eur_de(estimate)),
        provider=(garage, garage),
    )


MUT_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm 16mm; @top-left { content: "Espace adhérent – Mes demandes";
 font: 7pt 'DejaVu Sans'; color: #777; } @bottom-right { content: "Page " counter(page) "/" counter(pages);
 font: 7pt 'DejaVu Sans'; color: #777; } } body { font: 9pt 'DejaVu Sans'; } .logo { font: bold 15pt
 'DejaVu Serif'; color: #1b6b4a; } h1 { font-size: 12.5pt; margin: 4mm 0 1mm; } h2 { font-size: 9.5pt;
 color: #1b6b4a; margin: 4mm 0 1mm; } .note { font-size: 7.5pt; color: #444; }
"""
)


def mutuelle_fr(rng: random.Random) -> Doc:
    mutuelle = rng.choice(
        ["Mutuelle Ligérienne de Santé", "Harmonie Provence Mutuelle", "Mutuelle des Tilleuls"]
    )
    name = (
        rng.choice(["Mme Claire", "M. Julien", "Mme Nadia", "M. Hugo"])
        + " "
        + rng.choice(["DUPONT", "MOREAU", "LEFÈVRE", "BENALI"])
    )
    first = loss_date(rng)
    second = later(rng, first, 3, 20)
    sent = later(rng, second, 2, 15)
    request = f"DR-{sent.year}-{digits(rng, 7)}"
    member = digits(rng, 9)
    pro = rng.choice(["Optique du Marché", "Cabinet dentaire Dr Lemaire", "Audition Conseil Nantes"])
    nature = {
        "Optique du Marché": ("Monture", "Verres progressifs"),
        "Cabinet dentaire Dr Lemaire": ("Couronne céramique", "Détartrage"),
        "Audition Conseil Nantes": ("Aide auditive droite", "Aide auditive gauche"),
    }[pro]
    costs = [amount(rng, 90, 700), amount(rng, 40, 900)]
    secu = [(c * rng.choice([5, 8, 12]) / 100).quantize(c) for c in costs]
    total = sum(costs)
    rows = "".join(
        f"<tr><td>{fdate(d, FR)}</td><td>{n}</td><td>{pro}</td><td class=r>{money(c, 'fr')} €</td>"
        f"<td class=r>{money(s, 'fr')} €</td></tr>"
        for d, n, c, s in zip((first, second), nature, costs, secu, strict=True)
    )
    body = f"""<div class=logo>{mutuelle}</div><div class=note>Centre de gestion · TSA {
        rng.randrange(10000, 99999)
    }
· {rng.choice(["44000 Nantes", "13001 Marseille", "37000 Tours"])}</div>
<h1>Demande de remboursement – frais de santé</h1>{
        kvs(f'''
        N° de demande : | {request} //
        Date d'envoi : | {fdate(sent, FR)} //
        Statut : | Reçue – en cours de traitement //
        ''')
    }<h2>Adhérent</h2>{
        grid(f'''
        Nom et prénom de l'adhérent | {name} | 5 ;; N° d'adhérent | {member} | 3 ;; N° de sécurité sociale
          | {rng.choice('12')} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 3)}
          {digits(rng, 3)} | 4 //
        Bénéficiaire des soins | Adhérent | 5 ;; Contrat |
          {rng.choice(["Santé Confort niveau 3", "Essentiel Plus"])} | 7 //
        ''')
    }<h2>Détail des soins</h2><table class=t><tr><th>Date des soins</th><th>Nature des soins</th>
<th>Professionnel de santé</th><th class=r>Montant payé</th><th class=r>Remb. Sécurité sociale</th></tr>{rows}
<tr><td colspan=3><b>Montant total des frais</b></td><td class=r><b>{
        money(total, "fr")
    } €</b></td><td></td></tr>
</table><h2>Pièces jointes</h2><div class=note>Facture acquittée n° {digits(rng, 6)} · Décompte de la Sécurité
sociale · RIB</div><p class=note style="margin-top:5mm">Le remboursement sera effectué par virement sous 5
jours
ouvrés après réception des justificatifs complets. Le montant remboursé tient compte des garanties de votre
contrat et des remboursements de l'Assurance Maladie.</p>"""
    return make_claim(
        "mutuelle_fr",
        "fr",
        page(MUT_CSS, body, "fr"),
        repeats=frozenset({"provider"}),
        claim_number=(request, request),
        policy_number=(member, member),
        claimant_name=(name, name),
        date_of_loss=(first, fdate(first, FR)),
        amount_claimed=(total, f"{money(total, 'fr')} €"),
        provider=(pro, pro),
    )
