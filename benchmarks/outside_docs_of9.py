"""Set OF documents: French dégât des eaux declaration, Italian furto in abitazione."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form


def fr_degat_des_eaux() -> Form:
    f = Form(
        "fr_degat_des_eaux",
        lang="fr",
        country="FR",
        template="déclaration de sinistre dégât des eaux",
        mode="vonly",
        accent="#0f6e8c",
    )
    f.logo(
        36, 28, "Mutuelle Armorique Assurances", "Service Sinistres Habitation | 02 98 55 41 70 | 29200 Brest"
    )
    f.txt(559, 38, "DÉCLARATION DE SINISTRE", 13, True, align="r")
    f.txt(559, 50, "Dégât des eaux - Multirisque habitation", 7.5, color=GREY, align="r")
    t = f.para(
        36,
        72,
        523,
        "À retourner dans les 5 jours ouvrés suivant la connaissance du sinistre (art. L113-2 "
        "du Code des assurances), accompagnée du constat amiable dégât des eaux et des justificatifs.",
        7,
    )
    t = f.band(t + 2, "VOS RÉFÉRENCES")
    t = f.row(
        t,
        ("contrat", 36, 170, "MRH 0442 8817 03", "N° de contrat"),
        ("sinistre", 214, 170, "25-HAB-0771432", "N° de sinistre (si déjà déclaré)"),
        ("societaire", 392, 167, "S 447 1902", "N° de sociétaire"),
    )
    t = f.band(t + 2, "L'ASSURÉ(E)")
    t = f.row(
        t,
        ("assure", 36, 300, "Mme Hélène Marchand", "Nom et prénom"),
        ("tel", 344, 215, "06 55 41 87 29", "Téléphone"),
    )
    t = f.row(
        t, ("adresse", 36, 523, "12 rue de Siam, appartement 41, 29200 Brest", "Adresse du risque assuré")
    )
    f.txt(36, t + 7, "Vous êtes :", 7.5, True)
    f.rb(
        "qualite",
        90,
        t,
        [("prop", "Propriétaire occupant"), ("loc", "Locataire"), ("copro", "Copropriétaire non occupant")],
        "loc",
    )
    t = f.band(t + 18, "LE SINISTRE")
    f.row(
        t,
        ("date_sin", 36, 120, "14/03/2025", "Date du sinistre"),
        ("heure", 164, 60, "vers 8 h", "Heure"),
        ("date_dec", 232, 120, "15/03/2025", "Date de découverte"),
    )
    t = f.ch(
        "origine",
        360,
        t,
        199,
        [
            "- choisir -",
            "Fuite sur canalisation",
            "Débordement",
            "Infiltration",
            "Appareil à effet d'eau",
            "Autre",
        ],
        "Fuite sur canalisation",
        "Origine de la fuite",
    )
    t = f.tf(
        "circ",
        36,
        t,
        523,
        "Le flexible d'alimentation du lave-vaisselle s'est rompu pendant la nuit. L'eau "
        "a envahi la cuisine et s'est infiltrée chez le voisin du dessous (plafond de sa salle de bains "
        "taché).",
        "Circonstances détaillées",
        h=40,
        multi=True,
    )
    f.cb("constat", 36, t, True, "Constat amiable dégât des eaux établi")
    f.cb("tiers", 230, t, True, "Un tiers est concerné")
    f.cb("proprio", 370, t, True, "Le propriétaire est informé")
    t = f.row(
        t + 16,
        ("tiers_nom", 36, 260, "M. Karim Benali (3e étage)", "Nom du tiers / voisin"),
        ("tiers_ass", 304, 255, "Littoral Mutuelle", "Son assureur"),
    )
    t = f.band(t + 2, "RÉPARATION ET DOMMAGES")
    t = f.row(
        t,
        ("entreprise", 36, 300, "Plomberie Gautier & Fils", "Entreprise ayant effectué la réparation"),
        ("facture", 344, 100, "F-2025-0318", "N° de facture"),
        ("siret", 452, 107, "812 447 903 00018", "SIRET", {"size": 7.5}),
    )
    t = f.tf(
        "dommages",
        36,
        t,
        523,
        "Recherche de fuite et remplacement du flexible, parquet stratifié de la cuisine "
        "(9 m²), meuble bas sous évier, peinture des murs.",
        "Biens endommagés",
        h=28,
        multi=True,
    )
    t = f.row(
        t,
        ("montant", 36, 200, "2 745,60", "Montant total de la réclamation (€ TTC)", {"q": 2}),
        ("franchise", 244, 130, "150,00", "Franchise contractuelle (€)", {"q": 2}),
        ("iban", 382, 177, "FR76 1558 9297 0600 0712 4418 840", "IBAN", {"size": 0}),
    )
    t = f.para(
        36,
        t + 6,
        523,
        "Je certifie l'exactitude des renseignements ci-dessus. Toute fausse déclaration "
        "intentionnelle entraîne la nullité du contrat (art. L113-8) ; toute omission ou déclaration "
        "inexacte "
        "peut entraîner une réduction de l'indemnité (art. L113-9).",
        7,
    )
    t = f.row(t + 2, ("fait_a", 36, 150, "Brest", "Fait à"), ("le", 194, 110, "17/03/2025", "Le"))
    f.sign(330, t - 6, 229, "Signature de l'assuré(e)")
    f.footer(
        "Mutuelle Armorique Assurances, société d'assurance mutuelle à cotisations variables régie par le "
        "Code "
        "des assurances, siège social 4 quai de la Douane, 29200 Brest. Contrôlée par l'ACPR.",
        "MAA-DDE-2024",
    )
    f.key("claim_number", "25-HAB-0771432")
    f.key("policy_number", "MRH 0442 8817 03")
    f.key("claimant_name", "Mme Hélène Marchand")
    f.key("date_of_loss", "2025-03-14", "14/03/2025")
    f.key("amount_claimed", "2745.60", "2 745,60")
    f.key("provider", "Plomberie Gautier & Fils")
    return f


def it_furto_abitazione() -> Form:
    f = Form(
        "it_furto_abitazione",
        lang="it",
        country="IT",
        template="denuncia di sinistro furto in abitazione",
        mode="rl",
        accent="#1b5e20",
    )
    f.logo(
        36,
        28,
        "Assicurazioni Lagunari S.p.A.",
        "Ufficio Sinistri Rami Elementari | Mestre (VE) | 041 555 2290",
    )
    f.txt(559, 40, "DENUNCIA DI SINISTRO FURTO", 12, True, align="r", font="Times-Bold")
    t = f.para(
        36,
        66,
        523,
        "Da compilare e inviare entro 3 giorni da quando l'assicurato ne ha avuto conoscenza, "
        "allegando copia della denuncia presentata all'Autorità (art. 1913 c.c.).",
        7.5,
    )
    times = {"font": "Times-Roman", "size": 10}
    t = f.band(t + 2, "DATI DEL CONTRAENTE / ASSICURATO")
    t = f.row(
        t,
        ("assicurato", 36, 280, "Giulia Bernardi", "Cognome e nome", times),
        ("cf", 324, 235, "BRNGLI82C52F205X", "Codice fiscale", times),
    )
    t = f.row(
        t,
        ("polizza", 36, 180, "771204458", "Polizza Casa Serena n.", times),
        ("sinistro", 224, 150, "FU/25/0044871", "N. sinistro (se già comunicato)", times),
        ("agenzia", 382, 177, "Agenzia Milano Isola 118", "Agenzia", times),
    )
    t = f.row(
        t,
        ("indirizzo", 36, 380, "Via Pastrengo 14, 20159 Milano", "Ubicazione del rischio", times),
        ("cell", 424, 135, "347 555 8821", "Cellulare", times),
    )
    t = f.band(t + 2, "IL SINISTRO")
    f.row(
        t,
        ("data_furto", 36, 120, "14/3/2025", "Data del furto", times),
        ("data_scop", 164, 120, "14/3/2025", "Data della scoperta", times),
    )
    t = f.ch(
        "ingresso",
        292,
        t,
        267,
        ["- selezionare -", "Effrazione porta d'ingresso", "Scasso finestra", "Uso di chiavi false", "Altro"],
        "Effrazione porta d'ingresso",
        "Modalità di ingresso dei ladri",
    )
    t = f.tf(
        "descr",
        36,
        t,
        523,
        "Rientrando dal lavoro alle 19:30 ho trovato la porta blindata forzata e "
        "l'appartamento a soqquadro. Mancavano il computer portatile, un orologio, alcuni gioielli e il "
        "denaro contante custodito nel cassetto.",
        "Descrizione dell'accaduto",
        h=44,
        multi=True,
        font="Times-Roman",
        size=10,
    )
    f.cb("denuncia", 36, t, True, "Denuncia presentata all'Autorità")
    f.cb("allarme", 230, t, False, "Allarme attivo")
    f.cb("assente", 360, t, True, "Abitazione disabitata al momento")
    t = f.row(
        t + 16,
        (
            "autorita",
            36,
            300,
            "Stazione Carabinieri Milano Porta Garibaldi",
            "Autorità presso cui è stata sporta denuncia",
            times,
        ),
        ("prot", 344, 215, "Prot. 2271/25", "N. di protocollo della denuncia", times),
    )
    t = f.band(t + 2, "BENI SOTTRATTI")
    f.txt(36, t + 7, "Descrizione", 7, True)
    f.txt(360, t + 7, "Anno di acquisto", 7, True)
    f.txt(559, t + 7, "Valore richiesto (€)", 7, True, align="r")
    t += 10
    items = [
        ("Notebook Lenovo ThinkPad X1", "2023", "1.249,00"),
        ("Orologio Longines Conquest", "2019", "2.100,00"),
        ("Collana e orecchini in oro 18 kt", "2015", "780,00"),
        ("Denaro contante", "-", "241,00"),
    ]
    for i, (desc, anno, val) in enumerate(items, 1):
        t = f.row(
            t - 3,
            (f"bene{i}", 36, 316, desc, None, times),
            (f"anno{i}", 360, 80, anno, None, times),
            (f"val{i}", 448, 111, val, None, times),
        )
    f.txt(440, t + 11, "TOTALE DANNO DENUNCIATO (€)", 8, True, align="r")
    t = f.tf("totale", 448, t, 111, "4.370,00", None, font="Times-Roman", size=10)
    t = f.para(
        36,
        t + 8,
        523,
        "Il sottoscritto dichiara che le informazioni fornite sono veritiere e complete. Le "
        "dichiarazioni inesatte o reticenti possono comportare la perdita totale o parziale del diritto "
        "all'indennizzo (artt. 1892 e 1893 c.c.). Franchigia contrattuale: 10% con il minimo di 250,00 euro.",
        7,
    )
    t = f.row(t + 2, ("luogo", 36, 200, "Milano, 17/3/2025", "Luogo e data", times))
    f.sign(300, t - 6, 259, "Firma dell'assicurato")
    f.footer(
        "Assicurazioni Lagunari S.p.A. - Sede legale Via Torino 88, 30172 Mestre (VE) - Iscritta all'Albo "
        "Imprese IVASS n. 1.00118 - Capitale sociale euro 40.000.000 i.v.",
        "Mod. SIN-FU 02/24",
    )
    f.key("claim_number", "FU/25/0044871")
    f.key("policy_number", "771204458")
    f.key("claimant_name", "Giulia Bernardi")
    f.key("date_of_loss", "2025-03-14", "14/3/2025")
    f.key("amount_claimed", "4370.00", "4.370,00")
    return f


DOCS = [fr_degat_des_eaux, it_furto_abitazione]
