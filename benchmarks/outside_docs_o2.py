"""Set O templates 5-8: German Hausrat burglary Schadenanzeige, Austrian Unfallmeldung (questions as labels),
Ticino cassa malati refund request with the pharmacy receipt, Belgian Dutch claim acknowledgement with the
European accident statement summary."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_z import Doc, amount, digits, esc, fdate, later, loss_date, make_claim, money, page

EINBRUCH_CSS = """
@page { size: A4; margin: 12mm 14mm 16mm; @bottom-left { content: "SA-HR-ED 03.2024  Seite " counter(page);
 font: 6.5pt 'DejaVu Sans'; } }
body { font: 8.5pt 'DejaVu Sans'; } .logo { float: right; font: bold 15pt 'DejaVu Serif'; color: #8a1020; }
h1 { font-size: 12pt; margin: 2px 0 8px; } h2 { font-size: 8.5pt; background:
#ddd; padding: 2px 4px; margin: 8px 0 2px; }
.f { display: inline-block; vertical-align: top; box-sizing: border-box; padding: 1px 6px 2px 0; }
.f small { display: block; font-size: 6pt; font-variant: small-caps; letter-spacing: .4px; color: #444; }
.f div { border-bottom: 0.7px solid #000; min-height: 11pt; }
table.t { width: 100%; border-collapse: collapse; } table.t td, table.t th { border: 0.6px solid #555;
 padding: 1.5px 4px; font-size: 8pt; } th { background: #eee; text-align: left; } .r { text-align: right; }
"""


def flds(spec: str) -> str:
    """Fields written as ``label | value | width%`` split by ``;;``: each label
    above in small capitals, the value on a rule."""
    out = []
    for cell in spec.split(";;"):
        label, value, w = (" ".join(p.split()) for p in cell.split("|"))
        out.append(f"<div class=f style='width:{w}%'><small>{label}</small><div>{value}</div></div>")
    return "".join(out)


def einbruch_de(rng: random.Random) -> Doc:
    d = loss_date(rng)
    de = "{dd}.{mm}.{yyyy}"
    found, anz = later(rng, d, 1, 1), later(rng, d, 1, 2)
    name = rng.choice(["Jürgen Brandt", "Katharina Oberländer", "Mehmet Yıldırım"])
    policy, claim = f"HR-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"31-H-{digits(rng, 6)}"
    firm = rng.choice(["Schlüsseldienst & Metallbau Krämer GmbH", "Sicherheitstechnik Lüders e.K."])
    things = [
        ("Notebook 15 Zoll mit Ladegerät", 2021, 900, 1500),
        ("Spiegelreflexkamera mit 2 Objektiven", 2019, 1200, 2400),
        ("Goldkette 585, Erbstück", 1998, 600, 1800),
        ("Bargeld (Haushaltskasse)", 2024, 200, 400),
    ]
    rows, total = [], Decimal(0)
    for i, (what, year, lo, hi) in enumerate(things[: rng.randint(3, 4)], 1):
        buy, now = amount(rng, lo // 2, lo), amount(rng, lo, hi)
        total += now
        rows.append(f"<tr><td>{i}</td><td>{what}</td><td>{year}</td><td class=r>{money(buy, 'de')}</td>"
                    f"<td class=r>{money(now, 'de')}</td></tr>")  # fmt: skip
    door = amount(rng, 380, 1100)
    total += door
    what = "Instandsetzung Wohnungstür, Schließzylinder (Rechnung anbei)"
    rows.append(f"<tr><td>{len(rows) + 1}</td><td>{what}</td><td>{d.year}</td><td></td>"
                f"<td class=r>{money(door, 'de')}</td></tr>")  # fmt: skip
    iban = f"DE{digits(rng, 2)} 2505 0180 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    head = flds(f"""Versicherungsschein-Nr. | {policy} | 30 ;; Schaden-Nr. (bitte stets angeben) | {claim} |
30 ;; Vermittler | Agentur Sabine Hollmann, Nr. 04{digits(rng, 4)} | 40""")
    vn = flds(f"""Vor- und Zuname | {name} | 45 ;; Geburtsdatum | {fdate(later(rng, d, -22000, -9000), de)} |
20 ;; Telefon | 0511 {digits(rng, 7)} | 35 ;; Anschrift (Versicherungsort) | Lister Meile 61, 30161 Hannover |
60 ;; IBAN (Kontoinhaber = VN) | {iban} | 40""")
    event = flds(f"""Tag der Tat | {fdate(d, de)} | 20 ;; Uhrzeit | ca. 10:00 bis 17:30 Uhr | 25 ;; Tag der
 Entdeckung | {fdate(found, de)} | 20 ;; Entdeckt durch | Versicherungsnehmer | 35 ;; Wie gelangte der Täter
in die Wohnung? | &#9746; Aufbrechen der Wohnungstür &nbsp; &#9744; Einsteigen durch Fenster &nbsp; &#9744;
 Nachschlüssel &nbsp; &#9744; Sonstiges | 100 ;; Waren Türen und Fenster verschlossen? | &#9746; ja &nbsp;
 &#9744; nein | 50 ;; War die Wohnung länger als 60 Tage unbewohnt? | &#9744; ja &nbsp; &#9746; nein | 50""")
    police = flds(f"""Dienststelle | Polizeiinspektion Hannover-Nord | 40 ;; Tagebuchnummer |
 {digits(rng, 6)}/{d.year % 100} | 30 ;; Anzeige erstattet am | {fdate(anz, de)} | 30""")
    repair = flds(f"""Reparaturfirma (Tür / Schloss) | {esc(firm)} | 55 ;; Versicherungssumme Hausrat |
 65.000,00 € | 25 ;; Selbstbeteiligung | 150,00 € | 20""")
    sign = flds(
        f"""Ort, Datum | Hannover, {fdate(later(rng, anz, 1, 6), de)} | 40 ;; Unterschrift | &nbsp; | 60"""
    )
    body = f"""<div class=logo>Nordmark Versicherung</div><h1>Schadenanzeige Hausratversicherung<br>
Einbruchdiebstahl &middot; Raub &middot; Vandalismus</h1>{head}
<h2>1. Versicherungsnehmer</h2>{vn}<h2>2. Schadenereignis</h2>{event}<h2>3. Polizeiliche Anzeige</h2>{police}
<h2>4. Abhandengekommene und beschädigte Sachen</h2><table class=t><tr><th>Nr.</th><th>Gegenstand</th>
<th>Anschaffungsjahr</th><th class=r>Anschaffungspreis €</th><th class=r>Wiederbeschaffungswert €</th></tr>
{"".join(rows)}<tr><td colspan=4><b>Gesamtschaden (Entschädigungsforderung)</b></td>
<td class=r><b>{money(total, "de")}</b></td></tr></table>
<h2>5. Reparatur und Versicherungsumfang</h2>{repair}
<h2>6. Erklärung</h2><p style="font-size:7.5pt">Ich versichere, die Fragen
wahrheitsgemäß beantwortet zu haben.
Mir ist bekannt, dass unrichtige Angaben zum Verlust des Versicherungsschutzes führen können.</p>{sign}"""
    return make_claim(
        "einbruch_de", "de", page(EINBRUCH_CSS, body, "de"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, de)),
        amount_claimed=(total, money(total, "de")), provider=(firm, firm),
    )  # fmt: skip


UNFALL_CSS = """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'Liberation Serif'; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #1b5e20; margin-bottom: 6px; }
.hd b { font: bold 14pt 'Liberation Sans'; color: #1b5e20; } .hd div { font-size: 8pt; text-align: right; }
table.q { width: 100%; border-collapse: collapse; } table.q td { border-bottom: 0.5px solid #999; padding: 3px
4px; vertical-align: top; } table.q td.n { width: 18px; color: #1b5e20; font-weight: bold; }
table.q td.f { width: 44%; font-style: italic; } .box { border: 1px solid #1b5e20; padding: 4px 6px;
margin-top: 8px; font-size: 8pt; }
"""


def unfall_at(rng: random.Random) -> Doc:
    d = loss_date(rng)
    at = "{dd}.{mm}.{yyyy}"
    name = rng.choice(["Theresa Gruber", "Florian Moosbrugger", "Ingrid Pölzl"])
    policy, claim = f"UV {digits(rng, 3)}-{digits(rng, 6)}", f"{d.year % 100}/U/{digits(rng, 6)}"
    dob = later(rng, d, -20000, -8000)
    hosp = rng.choice(
        ["LKH Villach, Abteilung für Unfallchirurgie", "Unfallkrankenhaus Klagenfurt am Wörthersee"]
    )
    out, work = later(rng, d, 3, 9), later(rng, d, 20, 60)
    qa = [
        ("Polizzennummer", policy),
        ("Schadennummer (falls bereits bekannt)", claim),
        ("Wer ist die verletzte Person? (Vor- und Zuname)", name),
        (
            "Geburtsdatum und Sozialversicherungsnummer",
            f"{fdate(dob, at)}, SV-Nr. {digits(rng, 4)} {dob:%d%m%y}",
        ),
        ("Ist die verletzte Person zugleich Versicherungsnehmer/in?", "ja"),
        ("Beruf und Arbeitgeber", "Elektrotechniker/in, Kärntner Netzservice GmbH"),
        ("Wann ereignete sich der Unfall? (Datum, Uhrzeit)", f"am {fdate(d, at)} gegen 14:20 Uhr"),
        ("Wo ereignete sich der Unfall?", "Skigebiet Gerlitzen, Abfahrt Nr. 4 (Kanzelbahn)"),
        (
            "Wie ereignete sich der Unfall? (genaue Schilderung)",
            "Bei der Abfahrt auf einer vereisten Stelle "
            "weggerutscht, Sturz gegen ein Pistenbegrenzungsschild. Keine Fremdbeteiligung.",
        ),
        (
            "Welche Verletzungen wurden festgestellt?",
            "Tibiakopffraktur rechts, Prellung der rechten Schulter",
        ),
        ("Wurden Sie geborgen bzw. abtransportiert? Von wem?", "ja, Pistenrettung und Rettungshubschrauber"),
        ("In welchem Krankenhaus wurden Sie erstversorgt?", esc(hosp)),
        ("Waren Sie stationär aufgenommen? Von &ndash; bis", f"ja, vom Unfalltag bis {fdate(out, at)}"),
        (
            "Wer ist Ihr nachbehandelnder Arzt?",
            "Dr. Verena Pichler, Ärztin für Allgemeinmedizin, 9500 Villach",
        ),
        ("Sind Sie arbeitsunfähig? Voraussichtlich bis", f"ja, voraussichtlich bis {fdate(work, at)}"),
        ("Gibt es Zeugen? (Name, Anschrift)", "Markus Lercher, Hauptplatz 3, 9560 Feldkirchen"),
        ("Bestehen weitere Unfallversicherungen?", "nein"),
    ]
    rows = "".join(
        f"<tr><td class=n>{i}</td><td class=f>{q}</td><td>{a}</td></tr>" for i, (q, a) in enumerate(qa, 1)
    )
    body = f"""<div class=hd><b>Donautal Versicherung AG</b><div>Unfallversicherung &ndash;
Leistungsservice<br> Postfach 180, 1011 Wien &middot; FN {digits(rng, 6)} k, Handelsgericht Wien</div></div>
<h2 style="font:bold 12pt 'Liberation Sans'">Unfallmeldung</h2>
<p>Bitte beantworten Sie alle Fragen vollständig. Unvollständige Angaben
verzögern die Bearbeitung.</p> <table class=q>{rows}</table>
<div class=box>Versicherte Leistungen laut Polizze: Dauerinvalidität Versicherungssumme € 120.000,&ndash; mit
progressiver Leistung 350 % &middot; Unfallkosten bis € 10.000,&ndash; &middot; Spitalgeld € 50,&ndash; je
Tag. Rechnungen über Unfallkosten reichen Sie bitte gesondert ein.</div>
<p>Ich entbinde die behandelnden Ärzte und Krankenanstalten von der ärztlichen Schweigepflicht.<br><br>
Villach, am {fdate(later(rng, out, 1, 8), at)} &nbsp; &nbsp; Unterschrift: ______________________</p>"""
    return make_claim(
        "unfall_at", "de", page(UNFALL_CSS, body, "de"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, at)),
        amount_claimed=None, provider=(hosp, hosp),
    )  # fmt: skip


CASSA_CSS = """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'DejaVu Sans'; }
.brand { font: bold 14pt 'DejaVu Serif'; color: #004b87; } .sub { color: #004b87; font-size: 8pt; }
table.kv td { padding: 2px 12px 2px 0; } table.kv td.l { color: #555; }
.rc { font: 8pt 'DejaVu Sans Mono'; border: 1px dashed #333; padding: 8px; margin-top: 12px; width: 92%; }
.rc table { width: 100%; border-collapse: collapse; } .rc td { padding: 1px 3px; } .r { text-align: right; }
.rc tr.dt td { border-top: 0.5px dashed #666; font-weight: bold; } .tot td { border-top: 1px solid #000; }
"""


def cassa_ti(rng: random.Random) -> Doc:
    d = loss_date(rng)
    ch = "{dd}.{mm}.{yyyy}"
    name = rng.choice(["Lorenza Bernasconi", "Giorgio Pedrazzini", "Nadia Cattaneo-Solari"])
    policy = f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}"
    pharm = rng.choice(["Farmacia San Gottardo SA", "Farmacia Ceresio Sagl"])
    days = [d, later(rng, d, 9, 20)]
    days.append(later(rng, days[1], 12, 30))
    meds = [[("Adalimumab 40 mg siringa preriempita 2 pz", 1050, 1290)],
            [("Metotrexato 10 mg compresse 30 pz", 22, 48), ("Acido folico 5 mg 20 cpr", 9, 16)],
            [("Pantoprazolo 40 mg 56 cpr", 31, 69), ("Ibuprofene 400 mg 20 cpr", 8, 14)]]  # fmt: skip
    rows, total = [], Decimal(0)
    for day, group in zip(days, meds, strict=True):
        rows.append(f"<tr class=dt><td colspan=4>{fdate(day, ch)} &nbsp; Ric. n. {digits(rng, 6)}</td></tr>")
        for what, lo, hi in group:
            v = amount(rng, lo, hi)
            total += v
            rows.append(f"<tr><td>{digits(rng, 7)}</td><td>{what}</td><td class=r>1</td>"
                        f"<td class=r>{money(v, 'ch')}</td></tr>")  # fmt: skip
        fee = Decimal("4.30")
        total += fee
        rows.append(f"<tr><td></td><td>Tassa d'assistenza farmaceutica (LOA)</td><td class=r>1</td>"
                    f"<td class=r>{money(fee, 'ch')}</td></tr>")  # fmt: skip
    body = f"""<div class=brand>Cassa malati Ceresio</div><div class=sub>Assicurazione obbligatoria delle cure
medico-sanitarie (LAMal) &middot; Via Nassa 21, 6900 Lugano &middot; IDI
CHE-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}</div><h2 style="font-size:12pt">Richiesta di rimborso
(sistema del terzo garante)</h2> <table class=kv><tr><td class=l>Assicurata/o</td><td>{name}</td></tr>
<tr><td class=l>Numero di polizza</td><td>{policy}</td></tr>
<tr><td class=l>N. AVS</td><td>756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}</td></tr>
<tr><td class=l>Tessera d'assicurato n.</td><td>80756 {digits(rng, 5)} {digits(rng, 5)}</td></tr>
<tr><td class=l>Franchigia annua scelta</td><td>CHF 500.00 &middot; aliquota percentuale 10 %</td></tr>
<tr><td class=l>Pagamento su</td><td>IBAN CH{digits(rng, 2)} 0900 0000 {digits(rng, 4)} {digits(rng, 4)}
{digits(rng, 1)}</td></tr></table>
<p>Vi prego di rimborsarmi i medicamenti prescritti dal Dr. med. Fabio Lurati, Lugano, secondo il
giustificativo allegato della farmacia. Ho pagato l'intero importo in farmacia.</p>
<div class=rc><b>{esc(pharm)}</b><br>Viale Stazione 7, 6500 Bellinzona &middot; GLN 7601001{digits(rng, 6)}
&middot; N. RCC P{digits(rng, 6)}<br><br><b>GIUSTIFICATIVO DI RIMBORSO</b> &ndash; copia per
l'assicuratore<br> Paziente: vedi richiesta &middot; Medico prescrittore: Dr. med. F. Lurati<br><br><table>
<tr><td>Pharmacode</td><td>Articolo</td><td class=r>Qtà</td><td class=r>CHF</td></tr>{"".join(rows)}
<tr class=tot><td></td><td><b>Totale</b></td><td></td><td
class=r><b>{money(total, "ch")}</b></td></tr></table> <br>IVA 2.6 % inclusa &middot; pagato in contanti</div>
<p>Lugano, {fdate(later(rng, days[2], 2, 9), ch)} &nbsp; &nbsp; Firma: ____________________</p>"""
    return make_claim(
        "cassa_ti", "it", page(CASSA_CSS, body, "it"), claim_number=None, policy_number=(policy, policy),
        claimant_name=(name, name), date_of_loss=(d, fdate(d, ch)),
        amount_claimed=(total, money(total, "ch")), provider=(pharm, pharm),
    )  # fmt: skip


BE_CSS = """
@page { size: A4; margin: 18mm 20mm 20mm; @bottom-center { content: "Schelde Verzekeringen NV · Kouter 40 \
· 9000 Gent · RPR Gent 0{BCE} · toegelaten onder codenummer 0{CODE} · FSMA"; font: 6.5pt 'DejaVu Sans'; } }
body { font: 9.5pt 'DejaVu Sans'; line-height: 1.35; } .lg { font: bold 16pt 'DejaVu Sans'; color: #00695c; }
.adr { margin: 18px 0 14px 52%; } table.ref td { padding: 0 14px 0 0; font-size: 8pt; }
table.sum { width: 100%; border-collapse: collapse; margin: 6px 0; font-size: 8.5pt; }
table.sum td, table.sum th { border: 0.6px solid #00695c; padding: 2px 4px; vertical-align: top; }
table.sum th { background: #e0f2f1; text-align: left; }
"""


def aanrijding_be(rng: random.Random) -> Doc:
    d = loss_date(rng)
    be = "{dd}/{mm}/{yyyy}"
    first, last = rng.choice([("Els", "Verstraeten"), ("Pieter", "Van Acker"), ("Lotte", "De Clercq")])
    name, female = f"{first} {last}", first in ("Els", "Lotte")
    claim, policy = f"{d.year}/AU/{digits(rng, 6)}", f"AU {digits(rng, 8)}"
    garage = rng.choice(["Carrosserie Van Damme bv", "Garage Desmet & Zonen nv"])
    est = amount(rng, 1400, 6800)
    letter = later(rng, d, 4, 12)
    mon = "{d} {month} {yyyy}"
    rows = [("Verzekeringsnemer", name, "Yusuf Demir"),
            ("Bestuurder", f"Tom {last} (partner)", "Yusuf Demir"),
            ("Merk / type", "Volkswagen Golf Variant", "Renault Kangoo (bestelwagen)"),
            ("Nummerplaat", f"1-{rng.choice('ABCDEFGH')}KX-{digits(rng, 3)}", f"2-VFR-{digits(rng, 3)}"),
            ("Verzekeraar", "Schelde Verzekeringen NV", "Mercator Mutual Assurances"),
            ("Polisnummer", policy, f"BA-{digits(rng, 7)}"),
            ("Omstandigheden (vak 12)", "1 &ndash; stond geparkeerd / stond stil",
             "8 &ndash; reed achteraan op een voertuig dat in dezelfde richting reed"),
            ("Zichtbare schade", "achterbumper, koffer, achterlichten", "voorbumper")]  # fmt: skip
    table = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = f"""<div class=lg>Schelde Verzekeringen</div><div class=adr>{"Mevrouw" if female else "De heer"}
{first[0]}. {last}<br>Kerkstraat 118<br>9300 Aalst</div><table class=ref><tr>
<td>Ons kenmerk (schadedossier)</td><td>Polis</td><td>Beheerder</td><td>Datum</td></tr>
<tr><td><b>{claim}</b></td><td>zie overzicht</td><td>Koen De Smet, tel. 09 555 {digits(rng, 2)}
{digits(rng, 2)}</td><td>Gent, {fdate(letter, be)}</td></tr></table>
<p><b>Betreft: ontvangstbevestiging van uw schadeaangifte &ndash; aanrijding van {fdate(d, mon, "nl")}</b></p>
<p>Geachte {"mevrouw" if female else "heer"} {last},</p>
<p>Wij ontvingen het Europees aanrijdingsformulier dat beide bestuurders ter plaatse hebben ingevuld en
ondertekend. Hieronder vindt u de gegevens die wij eruit hebben overgenomen. Kijkt u ze even na? Klopt iets
niet, laat het ons dan binnen 8 dagen weten en vermeld altijd ons kenmerk.</p>
<table class=sum><tr><th style="width:26%">Europees aanrijdingsformulier</th><th>Voertuig A (uw voertuig)</th>
<th>Voertuig B (tegenpartij)</th></tr><tr><td>Datum van het ongeval</td><td colspan=2>{fdate(d, be)}, 17u45,
Gentsesteenweg 212, Aalst &ndash; geen gewonden, geen proces-verbaal</td></tr>{table}
<tr><td>Getuige</td><td colspan=2>Nathalie Goossens, Molenstraat 4, 9300 Aalst</td></tr></table>
<p>Volgens de omstandigheden is de bestuurder van voertuig B aansprakelijk. Wij vorderen uw schade daarom
terug bij Mercator Mutual Assurances. U kunt uw wagen laten herstellen bij onze erkende hersteller; u betaalt
dan geen voorschot en geen vrijstelling.</p>
<p><b>Uw hersteller:</b> {esc(garage)}, Industrieweg 9, 9320 Erembodegem<br><b>Raming volgens bestek van de
hersteller:</b> € {money(est, "de")} (btw inbegrepen)<br><b>Vrijstelling omnium (niet toegepast):</b> €
375,00</p> <p>Expertisebureau Claeys bv zal het voertuig binnen 5 werkdagen bij de hersteller schatten.</p>
<p>Met vriendelijke groeten,<br><br>Koen De Smet<br>Schadebeheer Auto</p>"""
    css = BE_CSS.replace("{BCE}", digits(rng, 9)).replace("{CODE}", digits(rng, 3))
    return make_claim(
        "aanrijding_be", "nl", page(css, body, "nl"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, be)),
        amount_claimed=(est, money(est, "de")), provider=(garage, garage),
    )  # fmt: skip
