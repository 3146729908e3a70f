"""Item pools (description, unit, price range, ...) of set M's generators (benchmarks/outside_docs_m*.py)."""

DE_POOL = [
    ("Zahnriemen HTD 8M-1200 Breite 30", "ST", 18, 64),
    ("Kegelradgetriebe KG-90 i=3:1", "ST", 310, 890),
    ("Servomotor SM-140 3000 U/min", "ST", 640, 1480),
    ("Kupplung elastisch BK-42", "ST", 38, 120),
    ("Linearführung LF-25 1000 mm", "ST", 140, 390),
    ("Spannsatz SP-30x55", "ST", 22, 58),
    ("Lagereinheit UCF-208", "ST", 19, 47),
    ("Zahnriemenscheibe 8M-32 Taper", "ST", 26, 72),
    ("Planetengetriebe PG-60 i=10", "ST", 420, 980),
    ("Frequenzumrichter FU-2,2 kW", "ST", 380, 720),
    ("Montagestunden Techniker", "Std", 68, 95),
    ("Rollenkette 10B-1 5 m", "M", 14, 36),
    ("Schmierfett Hochtemp. 400 g", "ST", 9, 19),
    ("Sicherungsring DIN 471 40 (VE 50)", "VE", 6, 18),
    ("Wellendichtring 40x62x7", "ST", 3, 9),
    ("Drehgeber inkremental 1024", "ST", 120, 260),
]


UK_POOL = [
    ("HEX BOLT M10X50 GR8.8 ZP (BOX 100)", "BOX", 9, 22),
    ("HEX NUT M10 GR8 ZP (BOX 200)", "BOX", 6, 14),
    ("FLAT WASHER FORM A M12 (BOX 500)", "BOX", 5, 12),
    ("SOCKET CAP SCREW M8X30 A2 (BOX 100)", "BOX", 11, 26),
    ("THREADED ROD M12X1M GR4.8 ZP", "EA", 2, 5),
    ("ANCHOR BOLT M12X100 THRU-BOLT", "EA", 1, 3),
    ("NYLOC NUT M16 A4 STAINLESS (BOX 50)", "BOX", 14, 31),
    ("COACH SCREW 10X100 BZP (BOX 50)", "BOX", 8, 19),
    ("SELF DRILL TEK 5.5X32 (BOX 1000)", "BOX", 28, 55),
    ("DIN 912 CAP SCREW M6X20 (BOX 200)", "BOX", 7, 17),
    ("SPRING WASHER M10 (BOX 1000)", "BOX", 9, 21),
    ("U-BOLT M10 60MM ZP", "EA", 1, 4),
    ("EYE BOLT M12 DIN 580 GALV", "EA", 3, 7),
    ("RIVNUT M6 STEEL (BOX 250)", "BOX", 18, 44),
    ("CABLE TIE 300X4.8 BLACK (PK 100)", "PK", 2, 6),
    ("SAFETY GLOVES NITRILE SIZE 9 (PR)", "PR", 1, 3),
]


CH_POOL = [
    ("Wartungsvertrag Heizung Pauschale", "Pau", 240, 680),
    ("Servicetechniker Arbeitszeit", "Std", 118, 142),
    ("Fahrzeit / Wegpauschale", "Pau", 45, 95),
    ("Brennerdüse 0.60 USgal 60°", "Stk", 18, 34),
    ("Zündelektrode Satz", "Stk", 36, 64),
    ("Ölfilter Einsatz 25-40 µm", "Stk", 9, 19),
    ("Umwälzpumpe Hocheffizienz 25-60", "Stk", 380, 520),
    ("Abgasmessung gemäss LRV", "Pau", 85, 120),
    ("Kleinmaterial und Dichtungen", "Pau", 15, 40),
    ("Expansionsgefäss 25 l", "Stk", 95, 160),
]


AU_POOL = [
    ("RSC CARTON 400X300X300 200GSM", "EA", 0.9, 2.4),
    ("STRETCH WRAP 500MM X 450M 23UM", "RL", 19, 34),
    ("PACKING TAPE 48MM X 75M CLEAR", "RL", 1.8, 3.9),
    ("PALLET WRAP PRE-STRETCH 15UM", "RL", 22, 38),
    ("VOID FILL PAPER 450MM ROLL", "RL", 38, 72),
    ("MAILING BOX DIE-CUT A4", "EA", 0.7, 1.9),
    ("BUBBLE WRAP 1500MM X 100M", "RL", 48, 85),
    ("STRAPPING PP 12MM X 3000M", "RL", 41, 66),
    ("CORNER BOARD 50X50X1000", "EA", 0.6, 1.4),
    ("FREIGHT - METRO DELIVERY", "EA", 45, 95),
]


IN_POOL = [
    ("PP Granules Injection Grade H110MA", "8", "3902", 96, 118),
    ("HDPE Granules Blow Moulding B56003", "8", "3901", 102, 126),
    ("Masterbatch Black 50% Carbon", "8", "3206", 140, 190),
    ("LLDPE Film Grade 218W", "8", "3901", 98, 121),
    ("Nylon 6 Natural Chips", "8", "3908", 210, 260),
    ("Talc Filled PP Compound 20%", "8", "3902", 88, 112),
    ("UV Stabiliser Masterbatch", "8", "3812", 320, 410),
]


MX_POOL = [
    ("VARILLA CORRUGADA 3/8 X 12 M", "PZA", 98, 140),
    ("CEMENTO GRIS CPC 30R 50 KG", "BTO", 205, 260),
    ("MALLA ELECTROSOLDADA 6X6 10/10", "PZA", 520, 690),
    ("ALAMBRE RECOCIDO CAL 16", "KG", 32, 45),
    ("BLOCK HUECO 12X20X40", "PZA", 11, 16),
    ("ARENA DE RIO M3", "M3", 420, 560),
    ("TUBO PVC HIDRAULICO 2 PULG 6 M", "PZA", 180, 260),
    ("IMPERMEABILIZANTE ACRILICO 19 L", "CUB", 890, 1290),
]


NO_POOL = [
    ('Hydraulikkslange 1/2" 2SN 1,5 m', "stk", 240, 420),
    ("Filterelement retur 10 my", "stk", 310, 560),
    ("Pakningssett sylinder 80/45", "sett", 520, 890),
    ("Service gravemaskin 250 t", "pakke", 6900, 9800),
    ("Arbeid mekaniker", "t", 980, 1150),
    ("Kjøring/reisetid", "t", 690, 790),
    ("Motorolje 15W-40 20 l", "kanne", 980, 1340),
    ("Tannskinne skuffe HD", "stk", 420, 760),
]


CZ_POOL = [
    ("Loziskovy domek UCP 206", "ks", 280, 520),
    ("Retez valeckovy 12B-1 5 m", "ks", 890, 1450),
    ("Ozubene kolo Z=24 m=2", "ks", 620, 1180),
    ("Hridel kalena 30h6 x 600", "ks", 1450, 2300),
    ("Servisni prace technika", "hod", 690, 890),
    ("Doprava Praha - Kladno", "km", 14, 19),
    ("Mazivo Li EP2 400 g", "ks", 95, 160),
    ("Klinovy remen SPZ 1250", "ks", 140, 260),
]


CA_POOL = [
    ("BEARING 6205-2RS C3", "EA", 6, 14),
    ("V-BELT B48 CLASSIC", "EA", 11, 24),
    ("GREASE EP2 LITHIUM 400G", "EA", 5, 9),
    ("HYD HOSE 1/2 2-WIRE PER FT", "FT", 4, 8),
    ("PILLOW BLOCK UCP208-24", "EA", 28, 55),
    ("CHAIN #60 RIVETED 10FT", "BX", 48, 86),
    ("SPROCKET 60B18 1-1/4 BORE", "EA", 34, 62),
    ("COUPLING L-100 JAW 7/8", "EA", 16, 30),
    ("SEAL CR 17387 OIL", "EA", 7, 15),
    ("WIRE BRUSH 6IN KNOT", "EA", 12, 22),
    ("SAFETY GLASSES CLEAR ANSI", "EA", 3, 7),
    ("CUTTING DISC 4-1/2 X .045", "EA", 2, 4),
]


IE_POOL = [
    ("Coffee beans espresso blend 1kg", "BAG", 14, 22, "2"),
    ("Paper napkins 2ply white x2000", "CASE", 18, 29, "1"),
    ("Takeaway cup 12oz double wall x500", "CASE", 38, 56, "1"),
    ("Chef knife 21cm stainless", "EA", 24, 48, "1"),
    ("Catering foil 450mm x 75m", "ROLL", 16, 27, "1"),
    ("Sunflower oil 20L drum", "DRUM", 32, 46, "2"),
    ("Dish wash detergent 5L", "EA", 9, 16, "1"),
    ("Bin liners heavy duty x200", "CASE", 21, 33, "1"),
    ("Prepared sandwiches wholesale tray", "TRAY", 28, 44, "2"),
    ("Gastronorm pan 1/1 65mm", "EA", 17, 31, "1"),
]


JP_POOL = [
    ("Copy paper A4 high white (5,000 sh)", "box", 3200, 4800, False),
    ("Toner cartridge TK-5270 black", "pc", 9800, 14800, False),
    ("Ballpoint pen 0.7 black (10 pcs)", "pk", 980, 1480, False),
    ("Clear file folder A4 (100 pcs)", "pk", 1900, 2900, False),
    ("Bottled green tea 500 ml x 24 *", "cs", 2100, 2900, True),
    ("Mineral water 2 L x 6 *", "cs", 780, 1180, True),
    ("Drip coffee bags (100 pcs) *", "pk", 2600, 3800, True),
    ("Desk organizer steel grey", "pc", 1500, 2600, False),
]


AT_POOL = [
    ("Kaffee Crema Bohne 1 kg", "kg", 16, 24, 10),
    ("Mineralwasser prickelnd 0,33 l (24 Stk.)", "Tray", 9, 14, 10),
    ("Apfelsaft naturtrüb 1 l (6 Stk.)", "Karton", 11, 17, 10),
    ("Gläserspülmittel 10 l", "Kanister", 38, 56, 20),
    ("Servietten 3-lagig 40x40 (1000 Stk.)", "Karton", 29, 44, 20),
    ("Teelichter 8 h (100 Stk.)", "Pkg.", 14, 22, 20),
    ("Sachertorte 22 cm", "Stk.", 31, 42, 10),
    ("Edelstahl-Thermoskanne 1,5 l", "Stk.", 28, 49, 20),
]


MY_POOL = [
    ("Network maintenance (monthly retainer)", "month", 1800, 3200),
    ("Firewall licence renewal 12 months", "unit", 2400, 4100),
    ("On-site support engineer", "hour", 120, 180),
    ("Wi-Fi access point installation", "unit", 350, 620),
    ("Cloud backup 1 TB (annual)", "unit", 900, 1500),
    ("CCTV camera configuration", "unit", 180, 320),
]


HK_POOL = [
    ("LED panel light 600x600 40W", "pc", 180, 320),
    ("Emergency exit sign, maintained", "pc", 260, 420),
    ("Cable tray 100mm x 3m galvanised", "length", 140, 230),
    ("Installation labour (electrician)", "hr", 280, 380),
    ("MCB 2P 20A Type C", "pc", 90, 160),
    ("PVC conduit 20mm x 4m", "length", 18, 35),
]


NZ_TASKS = [
    "Data migration scripts - patient records",
    "Sprint planning and backlog grooming",
    "API integration with PMS",
    "Code review and merge requests",
    "Bug fixing - appointment reminders",
    "UAT support with clinic staff",
    "Database performance tuning",
    "Security patching and dependency upgrades",
    "Reporting dashboard development",
    "Stakeholder meeting (Teams)",
    "Deployment to production and smoke tests",
    "Documentation - runbooks",
]


FR_POOL = [
    ("Restauration fauteuil Louis XV, garnissage crin", "u", 420, 780),
    ("Tissu velours ras, coloris bleu nuit", "m", 38, 72),
    ("Galon passementerie assorti", "m", 6, 14),
    ("Réfection assise chaise paillée", "u", 85, 140),
    ("Main-d'œuvre tapissier", "h", 42, 58),
    ("Enlèvement et livraison Nevers", "forfait", 45, 90),
]


BE_POOL = [
    ("Brochures A4 quadri 16 pages, couché mat 135 g", "ex.", 0.9, 1.8),
    ("Cartes de visite recto-verso 350 g", "ex.", 0.06, 0.14),
    ("Affiches A2 quadri 170 g", "ex.", 2.1, 3.8),
    ("Mise en page et BAT", "h", 55, 75),
    ("Enveloppes C5 imprimées 1 couleur", "ex.", 0.12, 0.25),
    ("Livraison Bruxelles", "forfait", 25, 45),
]


ES_POOL = [
    ("Revisión 30.000 km furgoneta de reparto", "ud", 180, 260),
    ("Pastillas de freno delanteras", "juego", 48, 86),
    ("Aceite motor 5W30 sintético", "l", 9, 14),
    ("Filtro de aceite", "ud", 11, 19),
    ("Mano de obra mecánica", "h", 38, 52),
    ("Neumático 215/65 R16C", "ud", 96, 140),
    ("Equilibrado y alineación", "ud", 35, 55),
]


IT_POOL = [
    ("Flangia saldata DN80 PN16 inox", "pz", 38, 64),
    ("Tornitura albero motore su disegno", "pz", 120, 240),
    ("Carpenteria: telaio supporto pompa", "pz", 380, 720),
    ("Saldatura TIG (ore uomo)", "ore", 42, 58),
    ("Verniciatura a polvere RAL 7035", "m2", 18, 32),
    ("Trasporto con mezzo proprio", "viaggio", 60, 120),
]


NL_POOL = [
    ("Bureaustoel ergonomisch, zwart", "st", 289, 449, 21),
    ("Zit-sta bureau 160x80, elektrisch", "st", 520, 790, 21),
    ("Monitorarm dubbel", "st", 79, 139, 21),
    ("Handboek Gezond werken op kantoor", "st", 24, 39, 9),
    ("Tijdschrift Facility Management, jaarabonnement", "st", 69, 99, 9),
    ("Montage en plaatsing", "uur", 55, 70, 21),
]


PL_POOL = [
    ("Papier ksero A4 80 g/m² (karton 5 ryz)", "szt.", 95, 130),
    ("Toner HP 59A czarny zamiennik", "szt.", 180, 290),
    ("Segregator A4/75 mm, niebieski", "szt.", 7, 12),
    ("Długopis żelowy 0,5 mm (op. 12)", "op.", 24, 38),
    ("Niszczarka biurowa P-4, 20 l", "szt.", 420, 690),
    ("Usługa serwisowa drukarki", "godz.", 120, 160),
]
