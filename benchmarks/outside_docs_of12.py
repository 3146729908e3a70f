"""Set OF documents: Norwegian travel medical claim, Finnish medical expenses claim (two pages)."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form, HexColor


def no_reise_sykdom() -> Form:
    f = Form(
        "no_reise_sykdom",
        lang="no",
        country="NO",
        template="skademelding reise sykdom i utlandet",
        mode="rl",
        accent="#0a3d62",
    )
    f.logo(36, 28, "Fjordkyst Forsikring", "Reiseskade | 55 55 44 71 | Postboks 4471 Sentrum, 5835 Bergen")
    f.txt(559, 38, "SKADEMELDING REISE", 13, True, align="r")
    f.txt(559, 50, "Sykdom eller skade i utlandet", 7.5, color=GREY, align="r")
    t = f.para(
        36,
        70,
        523,
        "Legg ved originale kvitteringer, legeerklæring og dokumentasjon på reisens varighet. "
        "Utgifter dekkes i norske kroner etter kursen på behandlingsdagen.",
        7,
    )
    t = f.band(t + 2, "1. Forsikringstaker")
    t = f.row(
        t,
        ("navn", 36, 260, "Ingrid Solberg Haugen", "Navn"),
        ("fnr", 304, 120, "12048744718", "Fødselsnummer (11 siffer)"),
        ("tlf", 432, 127, "915 55 447", "Mobil"),
    )
    t = f.row(
        t,
        ("polise", 36, 160, "RF 771 204 458", "Polisenummer"),
        ("skadenr", 204, 160, "FK-RS-25-044718", "Skadenummer (hvis kjent)"),
        ("adresse", 372, 187, "Nygårdsgaten 41, 5015 Bergen", "Adresse", {"size": 8}),
    )
    t = f.band(t + 2, "2. Reisen")
    t = f.row(
        t,
        ("fra", 36, 100, "08.03.2025", "Utreisedato"),
        ("til", 144, 100, "22.03.2025", "Hjemreisedato"),
        ("reisemaal", 252, 307, "Lanzarote, Spania", "Reisemål"),
    )
    t = f.band(t + 2, "3. Sykdom / skade")
    t = f.row(
        t,
        ("dato", 36, 120, "14.03.2025", "Dato for første behandling"),
        ("sted", 164, 260, "Clínica Atlántica Lanzarote", "Behandlingssted (sykehus / klinikk)"),
        ("lege", 432, 127, "Dr. Luis Perdomo", "Behandlende lege"),
    )
    t = f.tf(
        "hendelse",
        36,
        t,
        523,
        "Snublet på en fortauskant i Puerto del Carmen og falt på høyre håndledd. "
        "Røntgen viste brudd i håndleddet, som ble gipset. Kontroll etter fire dager og ekstra overnatting "
        "før "
        "hjemreise etter råd fra legen.",
        "Hva skjedde?",
        h=44,
        multi=True,
    )
    f.cb("ulykke", 36, t, True, "Ulykke")
    f.cb("sykdom", 110, t, False, "Sykdom")
    f.cb("sos", 184, t, True, "Alarmsentralen ble kontaktet")
    f.cb("hjemtransport", 360, t, False, "Hjemtransport")
    t = f.band(t + 18, "4. Utgifter")
    f.txt(36, t + 7, "Utgift", 7, True)
    f.txt(559, t + 7, "Beløp (NOK)", 7, True, align="r")
    t += 10
    rows = [
        ("Legebesøk, akuttmottak", "3 140,00"),
        ("Røntgen av håndledd", "2 480,00"),
        ("Medisiner (apotek)", "860,00"),
        ("Gips og ortose", "1 900,00"),
        ("Drosje til og fra klinikk", "600,00"),
        ("Ekstra overnatting, 2 netter", "3 500,00"),
    ]
    for i, (utgift, belop) in enumerate(rows, 1):
        t = f.row(t - 3, (f"utgift{i}", 36, 420, utgift, None), (f"belop{i}", 464, 95, belop, None))
    f.txt(456, t + 11, "Sum krav (NOK)", 8, True, align="r")
    t = f.tf("sum", 464, t, 95, "12 480,00", None, font="Helvetica-Bold")
    t = f.row(
        t + 2,
        ("konto", 36, 160, "1503.44.71882", "Kontonummer for utbetaling"),
        ("egenandel", 204, 120, "500,00", "Egenandel (NOK)"),
    )
    t = f.para(
        36,
        t + 6,
        523,
        "Jeg bekrefter at opplysningene er riktige og fullstendige, og samtykker i at "
        "Fjordkyst Forsikring kan innhente opplysninger fra behandlende lege og sykehus.",
        7,
    )
    t = f.row(t + 2, ("sted_dato", 36, 200, "Bergen, 25.03.2025", "Sted og dato"))
    f.sign(300, t - 6, 259, "Underskrift forsikringstaker")
    f.footer(
        "Fjordkyst Forsikring ASA, org.nr. 944 718 220, er under tilsyn av Finanstilsynet.", "FK-RS 01/25"
    )
    f.key("claim_number", "FK-RS-25-044718")
    f.key("policy_number", "RF 771 204 458")
    f.key("claimant_name", "Ingrid Solberg Haugen")
    f.key("date_of_loss", "2025-03-14", "14.03.2025")
    f.key("amount_claimed", "12480.00", "12 480,00")
    f.key("provider", "Clínica Atlántica Lanzarote")
    return f


def _fi_head(f: Form, page: str):
    f.logo(
        36, 26, "Saimaan Keskinäinen Vakuutus", "Henkilövahingot | 010 555 4471 | PL 447, 53101 Lappeenranta"
    )
    f.box(410, 22, 149, 38, fill=HexColor("#eef3f8"), stroke=None)
    f.txt(414, 31, "Vahinkonumero", 7, color=GREY)
    f.tf("vnro_" + page, 414, 34, 141, "VA-2025-118447", share="vahinkonumero", h=15)


def fi_sairauskulut() -> Form:
    f = Form(
        "fi_sairauskulut",
        lang="fi",
        country="FI",
        template="korvaushakemus sairauskulut",
        mode="hand",
        accent="#3d5a80",
    )
    _fi_head(f, "1")
    f.txt(36, 80, "Korvaushakemus - sairauskulut", 14, True)
    t = f.para(
        36,
        92,
        523,
        "Hae korvausta kuuden kuukauden kuluessa hoidosta. Liitä hakemukseen erittelevät laskut "
        "ja kuitit. Jos olet saanut Kela-korvauksen, ilmoita se alla; korvaamme kulut Kela-korvauksen "
        "jälkeen vakuutusehtojen mukaisesti.",
        7,
    )
    t = f.band(t + 2, "1  Vakuutettu")
    t = f.row(
        t,
        ("nimi", 36, 260, "Mikko Lehtonen", "Nimi"),
        ("hetu", 304, 110, "120383-447K", "Henkilötunnus"),
        ("puh", 422, 137, "040 555 8821", "Puhelin"),
    )
    t = f.row(
        t,
        ("vakuutus", 36, 160, "SK-44718-2", "Vakuutusnumero"),
        ("osoite", 204, 355, "Kauppakatu 18 B 12, 53100 Lappeenranta", "Osoite"),
    )
    t = f.band(t + 2, "2  Sairaus tai tapaturma")
    f.txt(36, t + 7, "Hoidon syy:", 7.5, True)
    f.rb("syy", 96, t, [("sairaus", "Sairaus"), ("tapaturma", "Tapaturma")], "sairaus")
    t = f.row(
        t + 16,
        ("alkoi", 36, 120, "9.3.2025", "Oireet alkoivat"),
        ("hoito", 164, 120, "12.3.2025", "Ensimmäinen hoitopäivä"),
        ("diagnoosi", 292, 267, "Olkapään jännetulehdus (M75.1)", "Diagnoosi"),
    )
    t = f.tf(
        "kuvaus",
        36,
        t,
        523,
        "Oikea olkapää kipeytyi vähitellen salibandyharjoitusten jälkeen. Lääkäri lähetti "
        "magneettikuvaukseen ja määräsi fysioterapiaa.",
        "Kuvaus",
        h=30,
        multi=True,
    )
    t = f.row(
        t,
        ("hoitopaikka", 36, 300, "Lääkäriasema Kaleva Oy", "Hoitopaikka"),
        ("laakari", 344, 215, "LL Sanna Mäkelä", "Hoitanut lääkäri"),
    )
    f.cb("tyo", 36, t, False, "Vahinko sattui työssä")
    f.cb("muu", 200, t, False, "Minulla on muu vakuutus samaan kuluun")
    f.footer(
        "Saimaan Keskinäinen Vakuutus, Y-tunnus 0447118-2, Kauppakatu 4, 53100 Lappeenranta.", "Sivu 1/2"
    )
    f.new_page()
    _fi_head(f, "2")
    t = f.band(74, "3  Haettavat kulut")
    for x, s in [(36, "Päivämäärä"), (116, "Kulu"), (380, "Laskun nro"), (559, "Määrä (EUR)")]:
        f.txt(x, t + 7, s, 7, True, align="r" if x > 500 else "l")
    t += 10
    rows = [
        ("12.3.2025", "Lääkärin vastaanotto", "KA-88120", "128,00"),
        ("12.3.2025", "Laboratoriotutkimukset", "KA-88120", "86,70"),
        ("18.3.2025", "Magneettikuvaus, olkapää", "KA-88347", "642,00"),
        ("24.3.2025", "Fysioterapia 3 krt", "FT-2291", "190,00"),
    ]
    for i, (pvm, kulu, lasku, maara) in enumerate(rows, 1):
        t = f.row(
            t - 3,
            (f"pvm{i}", 36, 74, pvm, None),
            (f"kulu{i}", 116, 258, kulu, None),
            (f"lasku{i}", 380, 78, lasku, None),
            (f"maara{i}", 464, 95, maara, None, {"q": 2}),
        )
    f.txt(456, t + 11, "Haettava korvaus yhteensä (EUR)", 8, True, align="r")
    t = f.tf("yhteensa", 464, t, 95, "1 046,70", None, q=2, font="Helvetica-Bold")
    t = f.row(
        t + 2,
        ("kela", 36, 150, "0,00", "Kelan korvaus (EUR)", {"q": 2}),
        ("omavastuu", 194, 150, "100,00", "Omavastuu (EUR)", {"q": 2}),
    )
    t = f.band(t + 2, "4  Maksutiedot ja allekirjoitus")
    t = f.row(
        t,
        ("iban", 36, 300, "FI37 4470 1820 0118 47", "IBAN", {"size": 0}),
        ("bic", 344, 100, "NDEAFIHH", "BIC"),
    )
    t = f.para(
        36,
        t + 6,
        523,
        "Vakuutan antamani tiedot oikeiksi. Annan suostumuksen terveydentilaani koskevien "
        "tietojen hankkimiseen hoitolaitoksilta ja Kelalta tämän vahinkoasian käsittelyä varten.",
        7,
    )
    t = f.row(t + 2, ("paikka", 36, 200, "Lappeenrannassa 28.3.2025", "Paikka ja aika"))
    f.sign(300, t - 6, 259, "Allekirjoitus")
    f.footer(
        "Lähetä hakemus liitteineen osoitteeseen Saimaan Keskinäinen Vakuutus, Henkilövahingot, PL 447, "
        "53101 Lappeenranta tai verkkopalvelussa.",
        "Sivu 2/2",
    )
    f.key("claim_number", "VA-2025-118447")
    f.key("policy_number", "SK-44718-2")
    f.key("claimant_name", "Mikko Lehtonen")
    f.key("date_of_loss", "2025-03-12", "12.3.2025")
    f.key("amount_claimed", "1046.70", "1 046,70")
    f.key("provider", "Lääkäriasema Kaleva Oy")
    return f


DOCS = [no_reise_sykdom, fi_sairauskulut]
