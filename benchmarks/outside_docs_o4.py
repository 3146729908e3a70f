"""Set O templates 13-16: French prévoyance daily allowance claim (employer part and employee part), Polish
OC/AC claim confirmation printed from an insurer's portal, Swedish water leak claim e-mail with the plumber's
invoice, Norwegian pet insurance vet bill claim form."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_z import Doc, amount, digits, esc, fdate, kvs, later, loss_date, make_claim, money, page

FR_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; }
.hd b { font: bold 13pt 'DejaVu Serif'; color: #283593; }
.ref { border: 1.2px solid #283593; padding: 3px 8px; font-size: 8pt; }
.part { border: 1px solid #283593; margin: 8px 0; } .part table { width: 100%; border-collapse: collapse; }
.part > p.t { background: #283593; color: #fff; margin: 0; padding: 2px 6px; font-weight: bold; }
.part td { padding: 2px 6px; border-bottom: 0.5px dotted #999; } .part td.l { width: 42%; color: #333; }
"""


def ij_prevoyance_fr(rng: random.Random) -> Doc:
    d = loss_date(rng)
    fr = "{dd}/{mm}/{yyyy}"
    sur, first = rng.choice([("LE BIHAN", "Erwan"), ("KERMARREC", "Solène"), ("GUÉGUEN", "Yannick")])
    name = f"{sur} {first}"
    contract, dossier = f"CP-{digits(rng, 5)}-{digits(rng, 2)}", f"IT{d.year % 100}-{digits(rng, 6)}"
    doctor = rng.choice(["Dr Anne-Laure Tanguy", "Dr Gwénaël Prigent"])
    start = later(rng, d, 90, 90)  # the 90-day waiting period ends
    end = later(rng, start, 20, 45)
    days = (end - start).days + 1
    daily = amount(rng, 18, 42)
    total = daily * days
    salary = amount(rng, 26000, 48000)
    ijss = amount(rng, 28, 52)
    nss = f"{rng.choice('12')} {digits(rng, 2)} {digits(rng, 2)} 29 {digits(rng, 3)} {digits(rng, 3)}"
    siret = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}"
    employer = kvs(f"""Raison sociale | Transports Keravec SAS // SIRET / code NAF | {siret} / 4941A //
 Salarié(e) &ndash; nom et prénom | {name} // Emploi occupé / date d'entrée | Conducteur(trice) poids lourd /
 {fdate(later(rng, d, -3000, -400), fr)} // Date du dernier jour travaillé |
 {fdate(later(rng, d, -1, -1), fr)} // Salaire brut des 12 mois précédant l'arrêt | {money(salary, "fr")} €
 // Maintien de salaire par l'employeur | &#9746; oui, pendant 90 jours &nbsp; &#9744; non //
 Subrogation | &#9746; les indemnités sont à verser à l'employeur""")
    employee = kvs(f"""N° de sécurité sociale | {nss} {digits(rng, 2)} // Date de naissance |
 {fdate(later(rng, d, -20000, -8000), fr)} // Nature de l'arrêt | &#9746; maladie &nbsp; &#9744; accident
 de la vie privée &nbsp; &#9744; accident du travail //
 Date de début de l'arrêt de travail | {fdate(d, fr)} // Prolongation(s) jusqu'au | {fdate(end, fr)} //
 Médecin prescripteur | {doctor}, médecin généraliste, 29200 Brest //
 IJ brutes versées par la CPAM (par jour) | {money(ijss, "fr")} €""")
    count = kvs(f"""Franchise contractuelle | 90 jours d'arrêt continu // Période indemnisable demandée |
 du {fdate(start, fr)} au {fdate(end, fr)}, soit {days} jours // Indemnité complémentaire journalière |
 {money(daily, "fr")} € // <b>Montant total demandé</b> | <b>{money(total, "fr")} €</b>""")
    part = "<div class=part><p class=t>Partie {} &ndash; {}</p>{}</div>".format
    p1 = part(1, "à compléter par l'employeur (souscripteur)", employer)
    p2 = part(2, "à compléter par le (la) salarié(e)", employee)
    p3 = part(3, "décompte de la demande", count)
    body = f"""<div class=hd><div><b>Prévoyance Armoricaine</b><br>Institution de prévoyance régie par le
Code de la sécurité sociale<br>Gestion des arrêts de travail &middot; CS 60412 &middot; 29200 Brest</div>
<div class=ref>N° de dossier : <b>{dossier}</b><br>Contrat collectif n°
{contract}<br>Garantie : incapacité temporaire</div></div>
<h2 style="font-size:11.5pt;text-align:center">DEMANDE D'INDEMNITÉS JOURNALIÈRES COMPLÉMENTAIRES<br>
(arrêt de travail &ndash; maladie ou accident)</h2>{p1}{p2}{p3}
<p>Pièces jointes : avis d'arrêt de travail et prolongations, relevés d'IJ de la CPAM, bulletins de salaire.
<br>Fait à Brest, le {fdate(later(rng, end, 2, 10), fr)} &nbsp; Cachet de
l'entreprise et signature du salarié</p>"""
    return make_claim(
        "ij_prevoyance_fr", "fr", page(FR_CSS, body, "fr"), claim_number=(dossier, dossier),
        policy_number=(contract, contract), claimant_name=(name, name), date_of_loss=(d, fdate(d, fr)),
        amount_claimed=(total, money(total, "fr")), provider=(doctor, doctor),
    )  # fmt: skip


PL_CSS = """
@page { size: A4; margin: 14mm 12mm; @top-left { content: "{TS}"; font: 7pt 'DejaVu Sans'; }
 @top-center { content: "Zgłoszenie szkody – potwierdzenie | Wisła TU S.A."; font: 7pt 'DejaVu Sans'; }
 @bottom-left { content: "https://szkody.wislatu.example.pl/zgloszenie/potwierdzenie";
  font: 7pt 'DejaVu Sans'; }
 @bottom-right { content: counter(page) "/" counter(pages); font: 7pt 'DejaVu Sans'; } }
body { font: 8.5pt 'DejaVu Sans'; color: #222; }
.bar { background: #b71c1c; color: #fff; padding: 5px 8px; font: bold 12pt 'DejaVu Sans'; }
.steps { margin: 6px 0; font-size: 7.5pt; color: #777; } .steps b { color: #b71c1c; }
.big { border: 1px solid #b71c1c; padding: 6px; margin: 6px 0; font-size: 10pt; }
h3 { font-size: 9pt; color: #b71c1c; border-bottom: 1px solid #ddd; margin: 8px 0 2px; }
.cols { display: flex; gap: 16px; } .cols > div { flex: 1; } table.kv td { padding: 1.5px 8px 1.5px 0; }
table.kv td.l { color: #666; width: 46%; }
"""


def portal_oc_ac_pl(rng: random.Random) -> Doc:
    d = loss_date(rng)
    pl = "{dd}.{mm}.{yyyy}"
    sub = later(rng, d, 1, 5)
    people = [("Agnieszka Wróblewska", "Wróblewski"), ("Tomasz Kaczmarczyk", "Kaczmarczyk"),
              ("Małgorzata Żelazna", "Żelazny")]  # fmt: skip
    name, son = rng.choice(people)
    claim, policy = f"PL{d.year}{digits(rng, 8)}", f"AC/{digits(rng, 9)}"
    shop = rng.choice(["Auto-Serwis Nowak i Synowie Sp. z o.o.", "Blacharstwo Lakiernictwo Kruk s.c."])
    est = amount(rng, 2800, 14500)
    ts = f"{fdate(sub, pl)}, 09:{digits(rng, 2)[:1]}7"
    tel = f"+48 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    who = kvs(f"""Imię i nazwisko | {name} // PESEL | {digits(rng, 11)} //
Adres | ul. Długa 14/6, 31-146 Kraków // Telefon | {tel}""")
    pol = kvs(f"""Numer polisy | {policy} // Zakres | OC + AC, wariant warsztatowy // Suma ubezpieczenia AC |
 68 500,00 zł // Udział własny | 500,00 zł""")
    event = kvs(f"""Data zdarzenia | {fdate(d, pl)} // Godzina | 16:35 // Miejsce | Kraków, rondo Mogilskie //
 Rodzaj | kolizja &ndash; najechanie na tył pojazdu // Policja na miejscu | tak, sprawca ukarany mandatem,
 notatka nr {digits(rng, 4)}/{d.year % 100}/KMP""")
    car = kvs(f"""Marka / model | Škoda Octavia Combi // Nr rejestracyjny |
 KR {digits(rng, 1)}{rng.choice("HJKLP")}{digits(rng, 3)} //
 VIN | TMBJJ7NE{digits(rng, 1)}L{digits(rng, 6)} // Kierujący | Michał {son} (syn)""")
    other = kvs(f"""Imię i nazwisko | Dariusz Pietrzak // Nr rejestracyjny | WPR {digits(rng, 4)}C //
 Ubezpieczyciel OC | Mazowiecki Ubezpieczenia S.A. // Nr polisy OC | {digits(rng, 12)}""")
    repair = kvs(f"""Wybrany warsztat | {esc(shop)} // Adres warsztatu | ul. Półłanki 41, 30-740 Kraków //
 Szacunkowy koszt naprawy (kosztorys warsztatu, brutto) | {money(est, "fr")} zł // Oględziny | w warsztacie,
 termin {fdate(later(rng, sub, 1, 6), pl)}""")
    body = f"""<div class=bar>Wisła Towarzystwo Ubezpieczeń S.A. &middot; Szkody komunikacyjne</div>
<div class=steps>1 Zdarzenie &#10003; &nbsp; 2 Pojazd &#10003; &nbsp; 3 Uczestnicy &#10003; &nbsp;
4 Oględziny &#10003; &nbsp; <b>5 Podsumowanie</b></div>
<div class=big>Dziękujemy. Przyjęliśmy zgłoszenie szkody z ubezpieczenia autocasco.<br>Numer szkody:
<b>{claim}</b> &nbsp;&middot;&nbsp; data zgłoszenia: {fdate(sub, pl)}</div>
<div class=cols><div><h3>Zgłaszający / właściciel pojazdu</h3>{who}</div><div><h3>Polisa</h3>{pol}</div></div>
<h3>Zdarzenie</h3>{event}<div class=cols><div><h3>Pojazd ubezpieczony</h3>{car}</div>
<div><h3>Sprawca</h3>{other}</div></div><h3>Naprawa i kosztorys</h3>{repair}
<p style="font-size:7.5pt;color:#666">&#9745; Oświadczam, że podane informacje są zgodne z prawdą. &#9745;
Akceptuję doręczanie korespondencji drogą elektroniczną. Wisła TU S.A., KRS 0000{digits(rng, 6)}, NIP
{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}.</p>"""
    return make_claim(
        "portal_oc_ac_pl", "pl", page(PL_CSS.replace("{TS}", ts), body, "pl"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, pl)),
        amount_claimed=(est, money(est, "fr")), provider=(shop, shop),
    )  # fmt: skip


SE_CSS = """
@page { size: A4; margin: 12mm 14mm;
 @top-left { content: "Webbmejl – Utskrift"; font: 7pt 'Liberation Sans'; }
 @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 7pt 'Liberation Sans'; } }
body { font: 9pt 'Liberation Sans'; } table.h td { padding: 1px 8px 1px 0; font-size: 8.5pt; }
table.h td.l { color: #555; } .subj { font-size: 12pt; font-weight: bold; margin: 4px 0 8px; }
blockquote { border-left: 2px solid #999; margin: 8px 0; padding-left: 8px; color: #444; }
.inv { border: 1px solid #333; padding: 8px; margin-top: 10px; } .inv h2 { margin: 0; font-size: 12pt; }
table.f { width: 100%; border-collapse: collapse; } .r { text-align: right !important; }
table.f td, table.f th { padding: 2px 4px; border-bottom: 0.5px solid #bbb; text-align: left; }
"""


def vattenskada_se(rng: random.Random) -> Doc:
    d = loss_date(rng)
    se = "{yyyy}-{mm}-{dd}"
    name = rng.choice(["Karin Lindqvist", "Johan Sjöberg", "Elin Håkansson"])
    claim, policy = f"HS{d.year % 100}-{digits(rng, 6)}", f"{digits(rng, 8)}-{digits(rng, 1)}"
    firm = rng.choice(["Rörmokarna i Sundsvall AB", "Norrlands VVS & Rör AB"])
    work, inv = later(rng, d, 1, 2), later(rng, d, 4, 9)
    sent = later(rng, inv, 1, 3)
    items = [
        ("Jour-utryckning, läcksökning", amount(rng, 1200, 2400)),
        ("Byte av kopplingsrör och avstängningsventil, kök", amount(rng, 1400, 3600)),
        ("Material enligt bilaga", amount(rng, 600, 1900)),
        ("Fuktmätning, protokoll", amount(rng, 900, 1600)),
    ]
    net = sum(v for _, v in items)
    vat = (net * Decimal("0.25")).quantize(Decimal("0.01"))
    total = net + vat
    sv = lambda x: money(x, "fr")  # noqa: E731
    lines = "".join(f"<tr><td>{t}</td><td class=r>{sv(v)}</td></tr>" for t, v in items)
    mail = name.split()[0].lower().replace("å", "a").replace("ö", "o")
    sender = f"{name} &lt;{mail}.{digits(rng, 2)}@examplepost.se&gt;"
    body = f"""<table class=h><tr><td class=l>Från:</td><td>{sender}</td></tr>
<tr><td class=l>Till:</td><td>Skadeservice Hem &lt;skador@nordskydd.example.se&gt;</td></tr>
<tr><td class=l>Datum:</td><td>{fdate(sent, se)} 19:42</td></tr></table>
<div class=subj>Sv: Ditt skadeärende {claim} &ndash; vattenskada</div>
<p>Hej!</p><p>Här kommer fakturan från rörfirman som lagade läckan under diskbänken. Fuktmätningen visade att
golvet i köket är torrt, så det blev ingen rivning. Jag begär ersättning för hela fakturan och vill ha
pengarna till mitt konto i Swedbank som tidigare.</p>
<p>Vänliga hälsningar<br>{name}<br>Bergsgatan 12, 852 31 Sundsvall</p>
<blockquote><b>Från:</b> Nordskydd Försäkring AB<br><b>Skickat:</b> {fdate(later(rng, d, 1, 2), se)}<br>
Hej! Tack för din skadeanmälan. Vi har registrerat den enligt nedan.<br>Skadenummer: {claim}<br>Försäkring:
Villahemförsäkring Bas, försäkringsnummer {policy}<br>Skadedatum: {fdate(d, se)}<br>Skadetyp: vattenskada,
läckage från ledningssystem<br>Din självrisk är 1 500 kr. Skicka kvitto eller faktura när arbetet är klart.
<br>Med vänlig hälsning, Nordskydd Försäkring AB, org.nr 516401-{digits(rng, 4)}</blockquote>
<div class=inv><h2>{esc(firm)}</h2>Org.nr 556{digits(rng, 3)}-{digits(rng, 4)} &middot; Godkänd för F-skatt
&middot; Bankgiro {digits(rng, 3)}-{digits(rng, 4)}<br><br><b>FAKTURA {digits(rng, 5)}</b> &nbsp;
Fakturadatum: {fdate(inv, se)} &nbsp; Arbetet utfört: {fdate(work, se)} &nbsp;
Förfallodatum: {fdate(later(rng, inv, 30, 30), se)}<br>Kund: se ovan, Bergsgatan 12, Sundsvall<br><br>
<table class=f><tr><th>Beskrivning</th><th class=r>Belopp kr</th></tr>{lines}
<tr><td>Summa exkl. moms</td><td class=r>{sv(net)}</td></tr>
<tr><td>Moms 25 %</td><td class=r>{sv(vat)}</td></tr><tr><td><b>Att betala</b></td>
<td class=r><b>{sv(total)} kr</b></td></tr></table></div>"""
    return make_claim(
        "vattenskada_se", "sv", page(SE_CSS, body, "sv"), frozenset({"claim_number", "claimant_name"}),
        claim_number=(claim, claim), policy_number=(policy, policy), claimant_name=(name, name),
        date_of_loss=(d, fdate(d, se)), amount_claimed=(total, sv(total)), provider=(firm, firm),
    )  # fmt: skip


NO_CSS = """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'Liberation Serif'; }
.hd { border-bottom: 1px solid #000; padding-bottom: 4px; } .hd b { font: bold 16pt 'Liberation Sans'; }
.hd span { float: right; text-align: right; font: 8pt 'Liberation Sans'; }
p.ln { margin: 5px 0; } p.ln i { font-style: normal; color: #333; }
p.ln span { border-bottom: 1px dotted #000; padding: 0 6px; font: 9.5pt 'DejaVu Sans Mono'; }
h3 { font: bold 9.5pt 'Liberation Sans'; margin: 10px 0 2px; }
table.v { width: 88%; border-collapse: collapse; margin: 4px 0 0 4%; font-size: 8.5pt; }
table.v td { padding: 1.5px 4px; border-bottom: 0.4px solid #aaa; } .r { text-align: right; }
"""


def dyreforsikring_no(rng: random.Random) -> Doc:
    d = loss_date(rng)
    no = "{dd}.{mm}.{yyyy}"
    name = rng.choice(["Ingrid Solheim", "Kristoffer Aasen", "Marte Fjeldstad"])
    claim, policy = f"{d.year % 100}-{digits(rng, 7)}", f"DY {digits(rng, 7)}"
    vet = rng.choice(["Dyreklinikken Nordlys AS", "Tromsø Dyresykehus AS"])
    items = [
        ("Konsultasjon, akutt", amount(rng, 650, 950)),
        ("Røntgen, 2 projeksjoner", amount(rng, 1100, 1900)),
        ("Blodprøve, hematologi og biokjemi", amount(rng, 900, 1500)),
        ("Sedasjon og sårbehandling", amount(rng, 1400, 3200)),
        ("Metacam 1,5 mg/ml 32 ml", amount(rng, 180, 320)),
    ]
    net = sum(v for _, v in items)
    vat = (net * Decimal("0.25")).quantize(Decimal("0.01"))
    total = net + vat
    kr = lambda x: money(x, "fr")  # noqa: E731
    ln = lambda q, v: f"<p class=ln><i>{q}{'' if q.endswith('?') else ':'}</i> <span>{v}</span></p>"  # noqa: E731
    lines = "".join(f"<tr><td>{t}</td><td class=r>{kr(v)}</td></tr>" for t, v in items)
    body = f"""<div class=hd><span>Skadenummer: {claim}<br>Mottatt: {fdate(later(rng, d, 3, 8), no)}</span>
<b>Fjordvett Forsikring</b><br>Skademelding &ndash; dyreforsikring (veterinærutgifter)</div>
<h3>Forsikringstaker</h3>{ln("Navn", name)}{ln("Fødselsnummer", digits(rng, 11))}
{ln("Adresse", "Storgata 88, 9008 Tromsø")}{ln("Polisenummer", policy)}
<h3>Dyret</h3>{ln("Navn og art", "Balder, hund (labrador retriever), hannhund")}
{ln("ID-merking (chip)", "578" + digits(rng, 12))}{ln("Forsikret for veterinærutgifter", "kr 60 000 per år")}
<h3>Skaden</h3>{ln("Skadedato / første veterinærbesøk", fdate(d, no))}
{ln("Hva skjedde?", "Kuttet seg på poten på tur, haltet og blødde")}
{ln("Diagnose", "Kuttskade venstre fremlabb, sutur under sedasjon")}
{ln("Veterinær / klinikk", esc(vet))}{ln("Har dyret hatt samme lidelse før?", "Nei")}
<h3>Regning fra veterinær (kopi vedlagt)</h3><table class=v>{lines}
<tr><td>Sum eks. mva.</td><td class=r>{kr(net)}</td></tr><tr><td>Mva. 25 %</td><td class=r>{kr(vat)}</td></tr>
<tr><td><b>Totalt betalt, kr</b></td><td class=r><b>{kr(total)}</b></td></tr></table>
<p>Egenandel etter vilkårene: kr 2 500 per skade + 15 % av overskytende beløp. Beløpet utbetales til konto
{digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 5)}.</p>
{ln("Sted og dato", "Tromsø, " + fdate(later(rng, d, 1, 3), no))}{ln("Underskrift", "&nbsp;" * 40)}
<p style="font-size:7pt">Fjordvett Forsikring ASA,
org.nr. 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}, Postboks 411 Sentrum, 0103 Oslo. Vi behandler
personopplysninger i samsvar med personopplysningsloven.</p>"""
    return make_claim(
        "dyreforsikring_no", "no", page(NO_CSS, body, "no"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, no)),
        amount_claimed=(total, kr(total)), provider=(vet, vet),
    )  # fmt: skip
