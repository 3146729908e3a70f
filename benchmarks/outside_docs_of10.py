"""Set OF documents: Dutch trip cancellation claim, Polish Autocasco claim."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form


def nl_annulering() -> Form:
    f = Form(
        "nl_annulering",
        lang="nl",
        country="NL",
        template="schadeformulier annuleringsverzekering",
        mode="hand",
        accent="#e35205",
    )
    f.logo(36, 28, "Zeeuwse Polder Verzekeringen", "Afdeling Reisschade | Postbus 4471, 4330 KA Middelburg")
    f.txt(559, 38, "Schadeformulier", 14, True, align="r")
    f.txt(559, 50, "Annuleringsverzekering", 8, color=GREY, align="r")
    t = f.para(
        36,
        70,
        523,
        "Vul dit formulier volledig in en stuur het binnen 30 dagen na de annulering terug, met "
        "de annuleringsnota van de reisorganisatie, de boekingsbevestiging en een medische verklaring.",
        7,
    )
    t = f.band(t + 2, "1. Gegevens verzekeringnemer")
    t = f.row(
        t,
        ("polis", 36, 150, "ANV-20.447.118", "Polisnummer"),
        ("schade", 194, 150, "S25-004417", "Schadenummer (indien bekend)"),
        ("relatie", 352, 207, "REL 8812 0447", "Relatienummer"),
    )
    t = f.row(
        t,
        ("vn", 36, 300, "M.J. van den Berg-de Wit", "Naam en voorletters"),
        ("geb", 344, 100, "02-11-1971", "Geboortedatum"),
        ("tel", 452, 107, "06 5518 2744", "Telefoon"),
    )
    t = f.row(
        t,
        ("adres", 36, 300, "Vlissingsestraat 118, 4331 LM Middelburg", "Adres"),
        ("iban", 344, 215, "NL27 RABO 0331 4477 12", "IBAN voor uitbetaling"),
    )
    t = f.band(t + 2, "2. Gegevens van de reis")
    t = f.row(
        t,
        ("organisator", 36, 220, "Zonnereizen Nederland B.V.", "Reisorganisatie / verhuurder"),
        ("boeking", 264, 110, "ZR-5518274", "Boekingsnummer"),
        ("bestemming", 382, 177, "Madeira, Portugal", "Bestemming"),
    )
    t = f.row(
        t,
        ("boekdatum", 36, 110, "08-12-2024", "Boekingsdatum"),
        ("vertrek", 154, 110, "03-04-2025", "Vertrekdatum"),
        ("terug", 272, 110, "17-04-2025", "Terugkeerdatum"),
        ("reissom", 390, 169, "2.760,00", "Totale reissom (EUR)", {"q": 2}),
    )
    t = f.tf(
        "reizigers",
        36,
        t,
        523,
        "M.J. van den Berg-de Wit, R. van den Berg",
        "Namen van alle meeverzekerde reizigers",
        size=0,
    )
    t = f.band(t + 2, "3. Reden van annulering")
    t = f.ch(
        "reden",
        36,
        t,
        220,
        [
            "- maak een keuze -",
            "Ziekte of ongeval",
            "Overlijden familielid",
            "Schade aan woning",
            "Werkloosheid",
            "Anders",
        ],
        "Ziekte of ongeval",
        "Oorzaak van de annulering",
    )
    t = f.row(
        t - 28.5,
        ("gebeurtenis", 264, 140, "12-02-2025", "Datum gebeurtenis"),
        ("annuleer", 412, 147, "14-02-2025", "Datum annulering bij reisorganisatie"),
    )
    t = f.tf(
        "toelichting",
        36,
        t,
        523,
        "Mijn echtgenoot brak op 12 februari bij een val van de trap zijn enkel en "
        "werd geopereerd. De orthopeed heeft reizen tot minimaal half mei afgeraden.",
        "Toelichting: wat is er gebeurd en wie is ziek of gewond?",
        h=34,
        multi=True,
    )
    t = f.row(
        t,
        ("betrokkene", 36, 200, "R. van den Berg", "Naam van de zieke / gewonde"),
        ("relatie_b", 244, 100, "echtgenoot", "Relatie"),
        ("arts", 352, 207, "dr. P. Verhoeven, orthopeed", "Behandelend arts", {"size": 0}),
    )
    t = f.band(t + 2, "4. Kosten")
    t = f.row(
        t,
        ("kosten", 36, 170, "1.840,00", "Annuleringskosten (EUR)", {"q": 2}),
        ("eigen", 214, 120, "0,00", "Eigen risico (EUR)", {"q": 2}),
        ("elders", 342, 217, "nee", "Elders verzekerd? (reisverzekering, creditcard)", {"size": 0}),
    )
    f.cb("nota", 36, t, True, "Annuleringsnota bijgevoegd")
    f.cb("verklaring", 200, t, True, "Medische verklaring bijgevoegd")
    f.cb("boekbev", 380, t, False, "Boekingsbevestiging volgt")
    t = f.band(t + 18, "5. Ondertekening")
    t = f.para(
        36,
        t + 6,
        523,
        "Ik verklaar dit formulier naar waarheid te hebben ingevuld en geef toestemming om "
        "medische informatie op te vragen bij de behandelend arts via de medisch adviseur van Zeeuwse "
        "Polder.",
        7,
    )
    t = f.row(t + 2, ("plaats", 36, 150, "Middelburg", "Plaats"), ("datum", 194, 110, "19-02-2025", "Datum"))
    f.sign(330, t - 6, 229, "Handtekening verzekeringnemer")
    f.footer(
        "Zeeuwse Polder Verzekeringen N.V., KvK 20044718, is ingeschreven bij de AFM onder nummer 12004471. "
        "Op deze verzekering zijn de Algemene Voorwaarden Annulering 2024 van toepassing.",
        "ZPV-AN-24",
    )
    f.key("claim_number", "S25-004417")
    f.key("policy_number", "ANV-20.447.118")
    f.key("claimant_name", "M.J. van den Berg-de Wit")
    f.key("date_of_loss", "2025-02-12", "12-02-2025")
    f.key("amount_claimed", "1840.00", "1.840,00")
    f.key("provider", "Zonnereizen Nederland B.V.")
    return f


def pl_ac_szkoda() -> Form:
    f = Form(
        "pl_ac_szkoda",
        lang="pl",
        country="PL",
        template="zgłoszenie szkody autocasco",
        mode="hand-ap",
        uni=True,
        accent="#c8102e",
    )
    f.logo(
        36,
        28,
        "Wiślana TU S.A.",
        "Likwidacja szkód komunikacyjnych | 22 555 44 71 | ul. Grójecka 118, Warszawa",
    )
    f.txt(559, 38, "ZGŁOSZENIE SZKODY", 13, True, align="r")
    f.txt(559, 50, "z ubezpieczenia Autocasco (AC)", 7.5, color=GREY, align="r")
    t = f.para(
        36,
        70,
        523,
        "Prosimy wypełnić pola formularza na ekranie, wydrukować i podpisać. Pola oznaczone * "
        "są obowiązkowe. Szkodę należy zgłosić niezwłocznie, nie później niż w ciągu 7 dni.",
        7,
    )
    t = f.band(t + 2, "I. DANE POLISY I ZGŁASZAJĄCEGO")
    f.txt(36, t + 7, "* Numer polisy AC", 6.8, color=GREY)
    f.tf("polisa", 36, t + 8.5, 200, "AC25004471", comb=10, size=11, h=17)
    t = f.row(
        t,
        ("szkoda", 250, 140, "PL/AC/2025/118204", "Numer szkody (jeśli nadany)"),
        ("pesel", 398, 161, "85031204471", "PESEL"),
    )
    t = f.row(
        t + 2,
        ("wlasciciel", 36, 270, "Łukasz Wójcik", "* Imię i nazwisko ubezpieczonego / właściciela"),
        ("tel", 314, 110, "601 555 447", "Telefon"),
        ("email", 432, 127, "l.wojcik@poczta.example", "E-mail", {"size": 7}),
    )
    t = f.row(t, ("adres", 36, 523, "ul. Żwirki i Wigury 14/7, 31-524 Kraków", "Adres zamieszkania"))
    t = f.band(t + 2, "II. POJAZD")
    t = f.row(
        t,
        ("marka", 36, 190, "Škoda Octavia 2.0 TDI 2020", "Marka, model, rok"),
        ("nr_rej", 234, 100, "KR 4W771", "Nr rejestracyjny"),
        ("vin", 342, 217, "TMBJR7NE4L0118447", "Numer VIN"),
    )
    t = f.band(t + 2, "III. ZDARZENIE")
    f.row(t, ("data", 36, 110, "14.03.2025", "* Data zdarzenia"), ("godz", 154, 60, "18:15", "Godzina"))
    t = f.ch(
        "rodzaj",
        222,
        t,
        180,
        ["- wybierz -", "Kolizja drogowa", "Uszkodzenie na parkingu", "Grad", "Zwierzyna", "Inne"],
        "Kolizja drogowa",
        "Rodzaj szkody",
    )
    t = f.row(
        t,
        ("miejsce", 36, 523, "Kraków, skrzyżowanie ul. Królewskiej i ul. Głowackiego", "* Miejsce zdarzenia"),
    )
    t = f.tf(
        "opis",
        36,
        t,
        523,
        "Podczas hamowania przed przejściem dla pieszych pojazd jadący z tyłu uderzył w "
        "tylny zderzak. Sprawca oddalił się z miejsca zdarzenia. Uszkodzony zderzak, klapa bagażnika i "
        "czujniki parkowania.",
        "* Opis przebiegu zdarzenia",
        h=40,
        multi=True,
    )
    f.cb("policja", 36, t, True, "Policja była na miejscu")
    f.cb("ranni", 200, t, False, "Są osoby ranne")
    f.cb("sprawca", 330, t, False, "Sprawca jest znany")
    t = f.row(
        t + 16,
        ("notatka", 36, 200, "RSOW-118/03/2025", "Numer notatki policyjnej"),
        ("komisariat", 244, 315, "Komisariat Policji II Kraków-Krowodrza", "Jednostka policji", {"size": 8}),
    )
    t = f.band(t + 2, "IV. NAPRAWA")
    t = f.row(
        t,
        ("warsztat", 36, 300, "Auto-Serwis Żółkiewski Sp. z o.o.", "Warsztat naprawczy"),
        ("nip", 344, 100, "677-244-71-88", "NIP warsztatu"),
        ("kosztorys", 452, 107, "KOSZ/0418/25", "Nr kosztorysu"),
    )
    t = f.row(
        t,
        ("koszt", 36, 200, "7 865,40", "Szacunkowy koszt naprawy brutto (zł)", {"q": 2}),
        ("udzial", 244, 120, "500,00", "Udział własny (zł)", {"q": 2}),
        ("rachunek", 372, 187, "PL61 1090 1014 0000 0712 1981 7447", "Nr rachunku do wypłaty", {"size": 0}),
    )
    t = f.para(
        36,
        t + 6,
        523,
        "Oświadczam, że podane informacje są zgodne z prawdą. Przyjmuję do wiadomości, że "
        "podanie nieprawdziwych informacji może skutkować odmową wypłaty odszkodowania.",
        7,
    )
    t = f.row(t + 2, ("miejscowosc", 36, 200, "Kraków, 17.03.2025", "Miejscowość i data"))
    f.sign(300, t - 6, 259, "Podpis zgłaszającego")
    f.footer(
        "Wiślana Towarzystwo Ubezpieczeń S.A., Sąd Rejonowy dla m.st. Warszawy, XIII Wydział Gospodarczy KRS "
        "0000441871, NIP 526-118-44-71, kapitał zakładowy 48 000 000 zł wpłacony w całości.",
        "WTU-AC-03/25",
    )
    f.key("claim_number", "PL/AC/2025/118204")
    f.key("policy_number", "AC25004471", comb=True)
    f.key("claimant_name", "Łukasz Wójcik")
    f.key("date_of_loss", "2025-03-14", "14.03.2025")
    f.key("amount_claimed", "7865.40", "7 865,40")
    f.key("provider", "Auto-Serwis Żółkiewski Sp. z o.o.")
    return f


DOCS = [nl_annulering, pl_ac_szkoda]
