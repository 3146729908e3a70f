"""Set OF documents: German Kfz-Schadenanzeige (two pages), Danish dog insurance claim."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form, HexColor


def _de_head(f: Form, page: str):
    f.logo(
        36,
        26,
        "Rheinmark Versicherung AG",
        "Schadenservice Kraftfahrt | 0221 555-4400 | Postfach 10 44 17, 50484 Köln",
        shape="square",
    )
    f.box(390, 22, 169, 40, fill=HexColor("#eef2f7"), stroke=None)
    f.txt(396, 34, "Schaden-Nr.", 7, color=GREY)
    f.txt(460, 34, "KS-25-0418873", 9, True)
    f.txt(396, 47, "Vers.-Schein-Nr.", 7, color=GREY)
    f.txt(460, 47, "KH 7730-221-04", 9, True)
    f.txt(396, 58, f"Seite {page} von 2", 6.5, color=GREY)


def de_kfz_schadenanzeige() -> Form:
    f = Form(
        "de_kfz_schadenanzeige",
        lang="de",
        country="DE",
        template="Kfz-Schadenanzeige vorausgefuellt",
        mode="pypdf",
        accent="#004b87",
    )
    _de_head(f, "1")
    f.txt(36, 84, "Schadenanzeige Kraftfahrtversicherung", 14, True)
    t = f.para(
        36,
        96,
        523,
        "Bitte füllen Sie die Schadenanzeige vollständig aus. Schaden- und Versicherungsschein-"
        "nummer haben wir bereits für Sie eingetragen. Wahrheitswidrige Angaben können zum Verlust des "
        "Versicherungsschutzes führen, auch wenn uns dadurch kein Nachteil entsteht.",
        7,
    )
    left = {"lab": "left", "lw": 120}
    t = f.band(t + 2, "1  Versicherungsnehmer")
    t = f.row(t, ("vn", 36, 523, "Dr. Jürgen Weißhaupt", "Name, Vorname", left))
    t = f.row(t, ("anschrift", 36, 523, "Lindenallee 27, 76137 Karlsruhe", "Straße, PLZ, Ort", left))
    t = f.row(
        t,
        ("telefon", 36, 300, "0721 555 3318", "Telefon (tagsüber)", left),
        ("vsteuer", 350, 209, "nein", "Vorsteuerabzug berechtigt?", {"lab": "left", "lw": 110}),
    )
    t = f.band(t + 2, "2  Versichertes Fahrzeug und Fahrer")
    t = f.row(
        t,
        ("kennz", 36, 300, "KA-JW 418", "Amtl. Kennzeichen", left),
        ("km", 350, 209, "61.300", "km-Stand", {"lab": "left", "lw": 60}),
    )
    t = f.row(t, ("fin", 36, 523, "WVWZZZAWZNU041187", "Fahrzeug-Ident.-Nr. (FIN)", left))
    f.txt(36, t + 7, "Fahrer zum Schadenzeitpunkt:", 7.5)
    f.rb("fahrer", 156, t, [("vn", "Versicherungsnehmer selbst"), ("andere", "andere Person")], "andere")
    t = f.row(t + 16, ("fahrer_name", 36, 523, "Katrin Weißhaupt (Ehefrau)", "Name des Fahrers", left))
    t = f.band(t + 2, "3  Schadenereignis")
    t = f.row(
        t,
        ("datum", 36, 300, "14.03.2025", "Schadentag", left),
        ("uhrzeit", 350, 209, "17:20", "Uhrzeit", {"lab": "left", "lw": 60}),
    )
    t = f.row(t, ("ort", 36, 523, "Karlsruhe, Kreuzung Kriegsstraße / Ritterstraße", "Schadenort", left))
    f.cb("polizei", 36, t, True, "Polizeilich aufgenommen")
    f.cb("verletzte", 200, t, False, "Personen verletzt")
    f.cb("zeugen", 330, t, True, "Zeugen vorhanden")
    t = f.row(
        t + 16,
        ("az", 36, 300, "ST/0418827/2025", "Aktenzeichen der Polizei", left),
        (
            "dienststelle",
            350,
            209,
            "PR Karlsruhe-Marktplatz",
            "Dienststelle",
            {"lab": "left", "lw": 60, "size": 8},
        ),
    )
    t = f.band(t + 2, "4  Unfallgegner")
    t = f.row(t, ("gegner", 36, 523, "Tobias Renner, Am Zeisig 4, 76149 Karlsruhe", "Name, Anschrift", left))
    t = f.row(
        t,
        ("g_kennz", 36, 300, "KA-TR 2207", "Kennzeichen", left),
        ("g_vers", 350, 209, "Badische Kraftpolice", "Versicherer", {"lab": "left", "lw": 60}),
    )
    f.footer(
        "Rheinmark Versicherung AG, Sitz Köln, HRB 44718. Hinweise zum Datenschutz finden Sie unter "
        "rheinmark-versicherung.example/datenschutz.",
        "KS-SA 03.2024",
    )
    f.new_page()
    _de_head(f, "2")
    t = f.band(80, "5  Schadenhergang")
    t = f.tf(
        "hergang",
        36,
        t,
        523,
        "Meine Frau fuhr auf der Kriegsstraße stadteinwärts. Der Unfallgegner bog "
        "trotz Rotlicht aus der Ritterstraße nach links ab und stieß gegen die rechte Fahrzeugseite. "
        "Beifahrertür "
        "und Kotflügel vorne rechts sind eingedrückt.",
        "Bitte schildern Sie den Hergang (ggf. Skizze beifügen)",
        h=60,
        multi=True,
    )
    t = f.band(t + 2, "6  Reparatur und Schadenhöhe")
    t = f.row(t, ("werkstatt", 36, 523, "Autohaus Brenner GmbH & Co. KG", "Reparaturwerkstatt", left))
    t = f.row(
        t,
        ("w_ort", 36, 300, "Durmersheimer Str. 140, Karlsruhe", "Anschrift", left),
        ("kva", 350, 209, "KVA 2025-0317", "KVA-Nr.", {"lab": "left", "lw": 60}),
    )
    t = f.row(
        t,
        ("betrag", 36, 300, "3.412,80", "Reparaturkosten lt. KVA (EUR)", {**left, "q": 2}),
        ("sb", 350, 209, "300,00", "Selbstbeteil. (EUR)", {"lab": "left", "lw": 80, "q": 2}),
    )
    f.ch(
        "art",
        36,
        t,
        200,
        ["- bitte wählen -", "Haftpflicht", "Teilkasko", "Vollkasko"],
        "Vollkasko",
        "Abrechnung über",
    )
    t = f.ch(
        "besicht",
        250,
        t,
        200,
        ["- bitte wählen -", "in der Werkstatt", "beim Versicherungsnehmer"],
        "in der Werkstatt",
        "Besichtigung des Fahrzeugs",
    )
    f.txt(36, t + 7, "Bankverbindung für die Erstattung (IBAN)", 6.8, color=GREY)
    t = f.tf("iban", 36, t + 8.5, 440, "DE44500105175407324931", comb=22, font="Courier", size=10, h=17)
    t = f.band(t + 4, "7  Erklärung")
    t = f.para(
        36,
        t + 6,
        523,
        "Ich versichere, die vorstehenden Fragen wahrheitsgemäß und vollständig beantwortet "
        "zu haben. Mir ist bekannt, dass vorsätzlich falsche oder unvollständige Angaben zum Verlust des "
        "Versicherungsschutzes führen können.",
        7,
    )
    t = f.row(t + 4, ("ort_datum", 36, 220, "Karlsruhe, 18.03.2025", "Ort, Datum"))
    f.sign(300, t - 5, 259, "Unterschrift des Versicherungsnehmers")
    f.footer(
        "Bitte senden Sie die Schadenanzeige mit Kostenvoranschlag und Fotos an: Rheinmark Versicherung AG, "
        "Schadenservice Kraftfahrt, Postfach 10 44 17, 50484 Köln.",
        "KS-SA 03.2024",
    )
    f.key("claim_number", "KS-25-0418873", printed=True)
    f.key("policy_number", "KH 7730-221-04", printed=True)
    f.key("claimant_name", "Dr. Jürgen Weißhaupt")
    f.key("date_of_loss", "2025-03-14", "14.03.2025")
    f.key("amount_claimed", "3412.80", "3.412,80")
    f.key("provider", "Autohaus Brenner GmbH & Co. KG")
    return f


def da_hundeforsikring() -> Form:
    f = Form(
        "da_hundeforsikring",
        lang="da",
        country="DK",
        template="skadeanmeldelse hundeforsikring",
        mode="pypdf",
        accent="#1a6b3c",
    )
    f.logo(
        36,
        28,
        "Kattegat Forsikring",
        "Dyreforsikring | 70 55 44 71 | Havnegade 18, 8000 Aarhus C",
        shape="square",
    )
    f.txt(559, 38, "Skadeanmeldelse", 14, True, align="r")
    f.txt(559, 50, "Hundeforsikring - sygdom og ulykke", 7.5, color=GREY, align="r")
    t = f.band(66, "Forsikringstager")
    t = f.row(
        t,
        ("navn", 36, 260, "Mette Kjærgaard Sørensen", "Navn"),
        ("cpr", 304, 110, "120487-4471", "CPR-nr."),
        ("tlf", 422, 137, "28 55 41 87", "Telefon"),
    )
    t = f.row(
        t,
        ("police", 36, 160, "HUND-447-1182", "Policenummer"),
        ("skade", 204, 160, "KF-25-118447", "Skadenummer"),
        ("adresse", 372, 187, "Silkeborgvej 214, 8230 Åbyhøj", "Adresse", {"size": 8}),
    )
    t = f.band(t + 2, "Hunden")
    t = f.row(
        t,
        ("hund", 36, 120, "Balder", "Hundens navn"),
        ("race", 164, 150, "Labrador retriever", "Race"),
        ("foedt", 322, 90, "14.06.2019", "Født"),
        ("chip", 420, 139, "208 098 100 447 118", "Chipnummer"),
    )
    t = f.band(t + 2, "Skaden")
    f.txt(36, t + 7, "Skyldes skaden:", 7.5, True)
    f.rb("aarsag", 110, t, [("sygdom", "Sygdom"), ("ulykke", "Ulykke")], "sygdom")
    t = f.row(
        t + 16,
        ("symptom", 36, 150, "3.2.2025", "Dato for første symptomer"),
        ("behandling", 194, 150, "3.2.2025", "Dato for første behandling"),
        ("diagnose", 352, 207, "Akut mave-tarmbetændelse", "Diagnose"),
    )
    t = f.tf(
        "forloeb",
        36,
        t,
        523,
        "Balder kastede op flere gange om natten og ville ikke spise. Dyrlægen tog blodprøver "
        "og røntgen, og han var indlagt til væskebehandling i halvandet døgn.",
        "Beskriv forløbet",
        h=34,
        multi=True,
    )
    f.cb("tidligere", 36, t, False, "Hunden har tidligere været behandlet for dette")
    f.cb("anden", 300, t, False, "Hunden er forsikret andetsteds")
    t = f.band(t + 18, "Dyrlæge og udgifter")
    t = f.row(
        t,
        ("klinik", 36, 260, "Dyreklinikken Åbyhøj ApS", "Dyrlægeklinik"),
        ("cvr", 304, 100, "CVR 38447118", "CVR-nr."),
        ("faktura", 412, 147, "F-88120", "Fakturanr."),
    )
    t = f.row(
        t,
        ("beloeb", 36, 160, "4.312,50", "Samlet beløb der søges dækket (kr.)", {"q": 2}),
        ("selvrisiko", 204, 160, "1.000,00", "Selvrisiko (kr.)", {"q": 2}),
        ("dyrlaege", 372, 187, "Dyrlæge Anders Holm", "Behandlende dyrlæge"),
    )
    f.cb("direkte", 36, t, True, "Beløbet udbetales direkte til dyrlægen")
    t = f.row(t + 14, ("reg", 36, 80, "7731", "Reg.nr."), ("konto", 124, 160, "0004471182", "Kontonr."))
    t = f.para(
        36,
        t + 6,
        523,
        "Jeg erklærer, at oplysningerne er rigtige, og giver Kattegat Forsikring lov til at "
        "indhente journaloplysninger fra dyrlægen. Vedlæg specificeret faktura og journal.",
        7,
    )
    t = f.row(t + 2, ("dato", 36, 150, "06.02.2025", "Dato"))
    f.sign(250, t - 6, 309, "Underskrift forsikringstager")
    f.footer(
        "Kattegat Forsikring A/S, CVR 30447118, er under tilsyn af Finanstilsynet. Ankenævnet for "
        "Forsikring, "
        "Anker Heegaards Gade 2, 1572 København V.",
        "KF-DY-4",
    )
    f.key("claim_number", "KF-25-118447")
    f.key("policy_number", "HUND-447-1182")
    f.key("claimant_name", "Mette Kjærgaard Sørensen")
    f.key("date_of_loss", "2025-02-03", "3.2.2025")
    f.key("amount_claimed", "4312.50", "4.312,50")
    f.key("provider", "Dyreklinikken Åbyhøj ApS")
    return f


DOCS = [de_kfz_schadenanzeige, da_hundeforsikring]
