"""Set OF documents: Swedish delayed baggage claim, Czech water damage notice."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form


def sv_bagage() -> Form:
    f = Form(
        "sv_bagage",
        lang="sv",
        country="SE",
        template="skadeanmälan resa försenat bagage",
        mode="fitz",
        accent="#005b99",
    )
    f.logo(36, 28, "Nordvik Försäkring", "Skadeservice resa | 0771-55 44 71 | Box 4471, 103 18 Stockholm")
    f.txt(559, 38, "Skadeanmälan resa", 14, True, align="r")
    f.txt(559, 50, "Försenat eller förlorat bagage", 7.5, color=GREY, align="r")
    t = f.para(
        36,
        70,
        523,
        "Fyll i blanketten och bifoga kvitton på nödvändiga inköp, flygbolagets PIR-rapport "
        "(Property Irregularity Report) samt resebevis. Ersättning för försenat bagage lämnas för inköp "
        "under "
        "de första 48 timmarna.",
        7,
    )
    t = f.band(t + 2, "1  Försäkringstagare")
    t = f.row(
        t,
        ("namn", 36, 250, "Karin Lindqvist", "Namn"),
        ("pnr", 294, 110, "810412-4471", "Personnummer"),
        ("tel", 412, 147, "070-555 82 19", "Telefon"),
    )
    t = f.row(
        t,
        ("fors_nr", 36, 160, "HEM-7712-0447", "Försäkringsnummer"),
        ("skade_nr", 204, 160, "RS-2025-447118", "Skadenummer (om du fått ett)"),
        ("epost", 372, 187, "karin.lindqvist@post.example", "E-post", {"size": 7.5}),
    )
    t = f.band(t + 2, "2  Resan")
    t = f.row(
        t,
        ("avresa", 36, 100, "2025-02-09", "Avresedatum"),
        ("hem", 144, 100, "2025-02-16", "Hemresedatum"),
        ("flyg", 252, 150, "Nordljus Airlines", "Flygbolag"),
        ("bokning", 410, 149, "NLX4Q7", "Bokningsnummer"),
    )
    f.ch(
        "land",
        36,
        t,
        150,
        ["- välj land -", "Grekland", "Italien", "Portugal", "Spanien", "Thailand"],
        "Spanien",
        "Resmål (land)",
    )
    t = f.row(t, ("ort", 194, 365, "Málaga, Costa del Sol", "Resmål (ort)"))
    t = f.band(t + 2, "3  Bagaget")
    t = f.row(
        t,
        ("ankomst", 36, 120, "2025-02-09", "Datum för ankomst utan bagage"),
        ("utlamnat", 164, 120, "2025-02-11", "Datum bagaget lämnades ut"),
        ("pir", 292, 130, "AGPNL11872", "PIR-nummer"),
        ("kolli", 430, 129, "1", "Antal kolli"),
    )
    t = f.tf(
        "handelse",
        36,
        t,
        523,
        "Resväskan kom inte med flyget ARN-AGP. Den levererades till hotellet efter två "
        "dygn. Jag var tvungen att köpa kläder, hygienartiklar och en laddare.",
        "Beskriv vad som hände",
        h=32,
        multi=True,
    )
    f.cb("forsenat", 36, t, True, "Försenat")
    f.cb("forlorat", 130, t, False, "Förlorat")
    f.cb("skadat", 224, t, False, "Skadat")
    f.cb("flyg_ers", 318, t, False, "Flygbolaget har betalat ersättning")
    t = f.band(t + 18, "4  Nödvändiga inköp")
    for x, s in [(36, "Datum"), (126, "Vara"), (559, "Belopp (SEK)")]:
        f.txt(x, t + 7, s, 7, True, align="r" if x > 500 else "l")
    t += 10
    rows = [
        ("2025-02-09", "Tandkräm, tandborste, schampo, deodorant", "289,00"),
        ("2025-02-09", "Underkläder och strumpor", "649,00"),
        ("2025-02-10", "Skjorta och byxor", "1 795,00"),
        ("2025-02-10", "Laddare till mobiltelefon", "349,00"),
        ("2025-02-10", "Jacka (kallt väder)", "3 158,00"),
    ]
    for i, (d, vara, belopp) in enumerate(rows, 1):
        t = f.row(
            t - 3,
            (f"datum{i}", 36, 84, d, None),
            (f"vara{i}", 126, 330, vara, None),
            (f"belopp{i}", 464, 95, belopp, None, {"q": 2}),
        )
    f.txt(456, t + 11, "Summa begärd ersättning (SEK)", 8, True, align="r")
    t = f.tf("summa", 464, t, 95, "6 240,00", None, q=2, font="Helvetica-Bold")
    t = f.row(
        t + 2,
        ("clearing", 36, 100, "8327-9", "Clearingnummer"),
        ("konto", 144, 160, "944 771 182-4", "Kontonummer"),
    )
    t = f.para(
        36,
        t + 6,
        523,
        "Jag försäkrar att uppgifterna är riktiga. Nordvik Försäkring behandlar personuppgifter "
        "enligt dataskyddsförordningen. Självrisken för resegodsskador är 500 kronor.",
        7,
    )
    t = f.row(t + 2, ("ort_datum", 36, 200, "Uppsala 2025-02-18", "Ort och datum"))
    f.sign(300, t - 6, 259, "Underskrift")
    f.footer(
        "Nordvik Försäkring AB (publ), org.nr 516401-4471, står under Finansinspektionens tillsyn.", "NV-R-12"
    )
    f.key("claim_number", "RS-2025-447118")
    f.key("policy_number", "HEM-7712-0447")
    f.key("claimant_name", "Karin Lindqvist")
    f.key("date_of_loss", "2025-02-09", "2025-02-09")
    f.key("amount_claimed", "6240.00", "6 240,00")
    return f


def cs_vodovodni_skoda() -> Form:
    f = Form(
        "cs_vodovodni_skoda",
        lang="cs",
        country="CZ",
        template="oznámení škody vodovodní domácnost",
        mode="vonly",
        uni=True,
        accent="#24527a",
    )
    f.logo(36, 28, "Vltavská pojišťovna, a.s.", "Likvidace majetkových škod | 800 55 44 71 | Praha 4")
    f.txt(559, 38, "OZNÁMENÍ ŠKODY", 13, True, align="r")
    f.txt(559, 50, "Pojištění domácnosti - vodovodní škoda", 7.5, color=GREY, align="r")
    t = f.para(
        36,
        70,
        523,
        "Vyplňte prosím elektronicky. Údaje označené * jsou povinné. K oznámení přiložte "
        "fotografie poškozených věcí a fakturu za opravu.",
        7,
    )
    t = f.band(t + 2, "1. POJISTNÍK")
    t = f.row(
        t,
        ("pojistnik", 36, 270, "Ing. Jiří Dvořáček", "* Jméno a příjmení / název"),
        ("rc", 314, 110, "780514/4471", "Rodné číslo"),
        ("tel", 432, 127, "+420 605 554 471", "Telefon"),
    )
    t = f.row(
        t,
        ("smlouva", 36, 160, "8807744712", "* Číslo pojistné smlouvy"),
        ("pu", 204, 160, "PU-2025-044718", "Číslo pojistné události"),
        ("email", 372, 187, "j.dvoracek@mail.example", "E-mail", {"size": 7.5}),
    )
    t = f.row(
        t, ("adresa", 36, 523, "Na Spojce 1188/12, 140 00 Praha 4 - Nusle, byt č. 7", "Místo pojištění")
    )
    t = f.band(t + 2, "2. ŠKODNÁ UDÁLOST")
    f.row(
        t,
        ("datum", 36, 110, "14. 3. 2025", "* Datum vzniku škody"),
        ("zjisteno", 154, 110, "15. 3. 2025", "Datum zjištění"),
    )
    t = f.ch(
        "pricina",
        272,
        t,
        287,
        [
            "- vyberte -",
            "Prasklé potrubí",
            "Únik vody z pračky / myčky",
            "Zatečení od souseda",
            "Jiná příčina",
        ],
        "Prasklé potrubí",
        "* Příčina škody",
    )
    t = f.tf(
        "popis",
        36,
        t,
        523,
        "V koupelně praskla přívodní trubka za pračkou. Voda poškodila plovoucí podlahu v "
        "předsíni a kuchyňskou linku, část vody zatekla k sousedům o patro níž.",
        "* Popis vzniku škody",
        h=40,
        multi=True,
    )
    f.cb("policie", 36, t, False, "Šetřila policie")
    f.cb("soused", 160, t, True, "Škoda vznikla i třetí osobě")
    f.cb("sprava", 350, t, True, "Správce domu informován")
    t = f.band(t + 18, "3. OPRAVA A VÝŠE ŠKODY")
    t = f.row(
        t,
        ("firma", 36, 270, "Vodoinstalace Řezníček s.r.o.", "Firma, která provedla opravu"),
        ("ico", 314, 100, "27744718", "IČO"),
        ("faktura", 422, 137, "FV-2025-0314", "Číslo faktury"),
    )
    t = f.row(
        t,
        ("vyse", 36, 180, "24 380,00", "* Požadovaná výše plnění (Kč)", {"q": 2}),
        ("spoluucast", 224, 130, "1 000,00", "Spoluúčast (Kč)", {"q": 2}),
        ("ucet", 362, 197, "2744718033/0800", "Číslo účtu pro výplatu"),
    )
    t = f.para(
        36,
        t + 6,
        523,
        "Prohlašuji, že jsem na všechny otázky odpověděl(a) pravdivě a úplně. Beru na vědomí, "
        "že uvedení nepravdivých údajů může mít za následek snížení nebo odmítnutí pojistného plnění.",
        7,
    )
    t = f.row(t + 2, ("misto", 36, 200, "V Praze dne 17. 3. 2025", "Místo a datum"))
    f.sign(300, t - 6, 259, "Podpis pojistníka")
    f.footer(
        "Vltavská pojišťovna, a.s., IČO 44718830, zapsaná v obchodním rejstříku vedeném Městským soudem v "
        "Praze, "
        "oddíl B, vložka 4471. Podléhá dohledu České národní banky.",
        "VP-OS-07",
    )
    f.key("claim_number", "PU-2025-044718")
    f.key("policy_number", "8807744712")
    f.key("claimant_name", "Ing. Jiří Dvořáček")
    f.key("date_of_loss", "2025-03-14", "14. 3. 2025")
    f.key("amount_claimed", "24380.00", "24 380,00")
    f.key("provider", "Vodoinstalace Řezníček s.r.o.")
    return f


DOCS = [sv_bagage, cs_vodovodni_skoda]
