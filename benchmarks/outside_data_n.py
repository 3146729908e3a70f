"""Set N's catalogues: what each vendor sells, as (description, lowest price, highest price) and, where a
line needs more, its code, unit or tax rate."""

from __future__ import annotations

from decimal import Decimal

JOINERY = [
    ("Oak internal door, 826 x 2040 mm, unfinished", 180, 260),
    ("Door lining set, softwood, 32 x 115 mm", 25, 45),
    ("Torus skirting board, MDF primed, 4.2 m", 12, 22),
    ("Staircase handrail, oak, 3.6 m", 95, 140),
    ("Fitting labour, two joiners (per day)", 380, 460),
    ("Window board, MDF, 1.8 m", 18, 30),
    ("Ogee architrave set", 14, 24),
    ("Ironmongery pack, satin chrome (lever, hinges, latch)", 38, 65),
]

BUILDING = [
    ("Unterverteilung UV-2 montiert und angeschlossen", 640, 980),
    ("NYM-J 5x2,5 mm² verlegt", 3.2, 5.8),
    ("LED-Hallenleuchte 150 W inkl. Montage", 185, 260),
    ("Steckdosenkombination CEE 16A/32A", 145, 210),
    ("Fehlerstromschutzschalter 40A 30mA", 48, 79),
    ("Kabelrinne 100 mm, verzinkt, je m", 14, 22),
    ("Elektromeister, Stunden", 68, 82),
    ("Monteur, Stunden", 52, 64),
]

MENUISERIE = [
    ("Fenêtre PVC 2 vantaux 1250 x 1350 mm, double vitrage", 420, 610),
    ("Porte d'entrée aluminium, serrure 3 points", 1450, 2100),
    ("Volet roulant électrique 1250 x 1400 mm", 380, 520),
    ("Dépose et évacuation des anciennes menuiseries", 60, 95),
    ("Pose en rénovation, fenêtre", 120, 180),
    ("Habillage aluminium extérieur", 45, 80),
]

INDUSTRIAL = [
    ("HX-2210", 'Hex cap screw 1/2-13 x 2", Gr 8, zinc (box of 50)', 28, 46),
    ("BRG-6205", "Ball bearing 6205-2RS, sealed", 6, 11),
    ("HOS-3410", 'Hydraulic hose 3/8" 2-wire, 25 ft reel', 110, 160),
    ("GLV-0112", "Cut-resistant gloves A4, size L (dozen)", 44, 68),
    ("FLT-7781", "Hydraulic filter element 10 micron", 38, 59),
    ("VLV-1020", 'Ball valve 1" NPT, stainless 316', 52, 88),
    ("ABR-4450", 'Flap disc 4-1/2" 60 grit (pack of 10)', 24, 39),
]

INSTALL = [
    ("CV-ketel Intergas Xtreme 36, geleverd en gemonteerd", 1650, 2150, 21),
    ("Radiator type 22, 600 x 1000 mm", 145, 230, 21),
    ("Thermostatische radiatorkraan", 24, 39, 21),
    ("Leidingwerk koper 15 mm, per meter", 9, 16, 21),
    ("Arbeidsloon monteur, per uur", 58, 72, 9),
    ("Isolatie leidingen woning ouder dan 2 jaar, per meter", 6, 11, 9),
    ("Voorrijkosten", 35, 55, 21),
]

BUDOWA = [
    ("Cement CEM II/B-S 32,5R 25 kg", 18, 26, "szt", 23),
    ("Bloczek betonowy 38x24x12", 3.5, 5.9, "szt", 23),
    ("Stal zbrojeniowa fi 12, pręt 12 m", 48, 66, "szt", 23),
    ("Płyta OSB/3 12 mm 2500x1250", 58, 79, "szt", 23),
    ("Wełna mineralna 15 cm, paczka", 95, 140, "opak", 23),
    ("Transport HDS do 10 km", 180, 260, "usł", 8),
    ("Klej do styropianu 25 kg", 29, 41, "szt", 23),
]

FERRAMENTA = [
    ("Viti autofilettanti TC 4,2x19 zincate (conf. 500)", 8, 15),
    ("Tassello nylon 8 mm (conf. 100)", 4, 9),
    ("Trapano avvitatore 18V 2 batterie", 89, 149),
    ("Silicone acetico trasparente 280 ml", 2.5, 4.8),
    ("Nastro americano 50 mm x 25 m", 3.5, 6.9),
    ("Guanti nitrile taglia L (conf. 100)", 7, 12),
    ("Disco diamantato 230 mm", 18, 34),
    ("Livella alluminio 60 cm", 11, 22),
    ("Chiave a rullino 250 mm", 9, 17),
    ('Cassetta portautensili 19"', 14, 26),
    ('Flessibile idraulico 1/2" 30 cm', 2.2, 4.5),
    ("Colla poliuretanica 750 ml", 9, 15),
    ("Rotolo carta abrasiva grana 120", 6, 11),
    ("Pennello piatto 50 mm", 2, 4.5),
    ("Metro rollmeter 5 m", 4, 8),
    ("Lucchetto ottone 40 mm", 6, 12),
    ("Punta SDS plus 10x160", 3.5, 7),
    ("Cutter professionale 18 mm", 3, 6),
    ("Occhiali protettivi antigraffio", 2.5, 5),
    ("Pistola per silicone rinforzata", 5, 10),
    ("Fascette nylon 300 mm (conf. 100)", 3, 6),
]

MATERIAL = [
    ("CAB-RV2.5", "Cable RV-K 0,6/1kV 3G2,5 (rollo 100 m)", 95, 140),
    ("MAG-C16", "Magnetotérmico 2P C16 6kA", 9, 16),
    ("DIF-4025", "Diferencial 2P 40A 30mA clase AC", 28, 44),
    ("TUB-20", "Tubo corrugado M20 (rollo 100 m)", 14, 22),
    ("CAJ-EMP", "Caja de empalme estanca 100x100", 1.8, 3.5),
    ("LUM-LED36", "Pantalla LED 36 W 120 cm", 16, 28),
    ("MEC-SCH", "Mecanismo interruptor Schneider blanco", 3.5, 6.5),
]

PLUMBING = [
    ("Blocked drain cleared with high-pressure jetter", 320, 420),
    ("CCTV drain inspection and report", 220, 290),
    ("Hot water system 315L electric, supply & install", 1650, 2100),
    ("Tempering valve supply and install", 180, 260),
    ("Call-out fee (after hours)", 120, 180),
    ("Replace kitchen mixer tap", 140, 230),
    ("Labour, licensed plumber (per hour)", 105, 130),
]

TOOLS = [
    ("HUS-5401", 'Motorsåg Husqvarna 450 II 15"', 4200, 5200),
    ("STI-7712", 'Kedja 3/8" 1,5 mm 56 dl', 260, 340),
    ("OLJ-2020", "Kedjeolja bio 5 l", 190, 260),
    ("SKY-1110", "Skyddsbyxa klass 1, stl 52", 1450, 1990),
    ("HJL-3300", "Skogshjälm med visir och hörselskydd", 690, 890),
    ("FIL-0402", "Filset rundfil 4,0 mm", 120, 180),
    ("SVD-9000", "Service motorsåg inkl. arbete", 650, 950),
]

TOEMRER = [
    ("Udskiftning af vinduer, 3 fag, inkl. fuger", 6800, 9400),
    ("Terrassebrædder lærk 28x120 mm, lbm", 38, 55),
    ("Tømrer, timeløn", 445, 520),
    ("Lærling, timeløn", 260, 310),
    ("Kørsel og materialeafhentning", 350, 550),
    ("Gipsplader 13 mm, stk", 68, 95),
    ("Bortskaffelse af affald, container 10 m³", 2200, 3100),
]

STAVEBNINY = [
    ("Cihla plná CP 290x140x65", 9, 14, 21),
    ("Malta zdicí MC 10, 25 kg", 89, 129, 21),
    ("Sádrokartonová deska 12,5 mm", 139, 189, 21),
    ("Polystyren EPS 70F 100 mm (balík)", 640, 820, 21),
    ("Doprava hydraulickou rukou", 1450, 1950, 21),
    ("Dřevěné hranoly 100x100 mm, bm", 89, 125, 12),
    ("Palivové dřevo štípané, prm", 1650, 2100, 12),
]

MARINE = [
    (f"{kind} {size}", lo * f, hi * f)
    for kind, lo, hi in (
        ("Shackle, 316 stainless, bow", 6, 11),
        ("Dock line, double braid nylon", 24, 38),
        ("Fender, inflatable", 28, 46),
        ("Bilge pump, submersible", 55, 95),
        ("Anchor chain, G4 galv.", 9, 14),
        ("Navigation light LED", 38, 72),
        ("Hose clamp, 316 SS (box of 10)", 14, 22),
        ("Cleat, cast aluminum", 12, 24),
    )
    for size, f in (("small", 1), ("medium", 1.6), ("large", 2.4))
]

OFFICE = [
    ("A4 copier paper 80gsm, box of 5 reams", 24, 32, 23),
    ("Toner cartridge HP 59A", 95, 140, 23),
    ("Lever arch files, pack of 10", 18, 26, 23),
    ("Office chair, ergonomic mesh", 165, 240, 23),
    ("Desk cleaning service, monthly", 180, 260, Decimal("13.5")),
    ("Printer maintenance visit", 85, 120, Decimal("13.5")),
    ("Whiteboard markers, assorted (12)", 9, 15, 23),
]

ALIMENTAR = [
    ("Azeite virgem extra 5 L", 28, 42, 6),
    ("Arroz carolino 1 kg (fardo 10)", 11, 16, 6),
    ("Bacalhau graúdo, kg", 12, 18, 6),
    ("Vinho tinto Douro DOC 0,75 L (cx 6)", 24, 45, 23),
    ("Água mineral 1,5 L (pack 6)", 1.8, 3.2, 6),
    ("Refrigerante cola 0,33 L (cx 24)", 11, 17, 23),
    ("Queijo da Serra, kg", 19, 29, 6),
    ("Café torrado em grão 1 kg", 13, 21, 23),
]

PACKAGING = [
    ("Corrugated Box 5 Ply 18x12x12 in", "48191010", 28, 46),
    ("Corrugated Box 3 Ply 12x10x8 in", "48191010", 12, 19),
    ("BOPP Tape 48 mm x 65 m Brown", "39191000", 32, 48),
    ("Stretch Film 23 micron 500 mm", "39201099", 145, 190),
    ("Bubble Wrap Roll 1 m x 100 m", "39219099", 640, 890),
    ("Paper Void Fill 5 kg", "48239090", 210, 290),
]

ELECTRICAL = [
    ("Heat pump install, 6 kW back-to-back", 2650, 3400),
    ("Switchboard upgrade incl. RCDs", 1450, 2100),
    ("LED downlights supplied & fitted", 68, 95),
    ("Electrician labour (hours)", 95, 120),
    ("Apprentice labour (hours)", 55, 70),
    ("Certificate of Compliance (CoC)", 85, 120),
    ("Travel - Kaipara district", 60, 90),
]

PRINTING = [
    ("Corporate brochure A4, 12pp, 157gsm art paper (1,000 pcs)", 1450, 1980),
    ("Name cards, 2 sides, 310gsm matt lamination (10 boxes)", 180, 260),
    ("Corrugated shipper box, printed 1 colour (500 pcs)", 640, 920),
    ("Roll-up banner 85 x 200 cm with stand", 85, 140),
    ("Artwork adjustment (hours)", 60, 90),
    ("Delivery to Jurong West", 45, 75),
]

SPARES = [
    ("Brake pads front (Polo Vivo)", 420, 690),
    ("Oil filter WF0123", 85, 140),
    ("Engine oil 5W-30 5L", 520, 780),
    ("Spark plugs NGK x4", 180, 290),
    ("Wiper blades 22in pair", 150, 240),
    ("Battery 652 (exch.)", 1450, 1890),
    ("Air filter AF2210", 120, 210),
    ("Coolant 5L", 160, 230),
]

GASTRO = [
    (f"{kind} {size}", lo * f, hi * f)
    for kind, lo, hi in (
        ("Kombidämpfer Elektro", 7800, 9800),
        ("Gastronorm-Behälter GN 1/1 65 mm", 18, 29),
        ("Kühltisch 3 Türen", 2400, 3200),
        ("Spülmaschine Haubenmodell", 5200, 6900),
        ("Arbeitstisch Edelstahl mit Aufkantung", 420, 690),
        ("Wandregal Edelstahl", 140, 220),
        ("Induktions-Wok", 1900, 2600),
    )
    for size, f in (("Modell S", 1), ("Modell M", 1.3), ("Modell L", 1.7))
]

HOLZBAU = [
    ("Abbund und Montage Dachstuhl", "m²", 68, 95),
    ("Lattung und Konterlattung", "m²", 14, 22),
    ("Unterdachbahn diffusionsoffen", "m²", 9, 15),
    ("Zimmermann, Regiestunden", "h", 92, 108),
    ("Kranarbeiten inkl. Kranführer", "h", 165, 210),
    ("Holzfaserdämmung 160 mm", "m²", 38, 54),
]

SAHKO = [
    ("Sähköasennustyö", 58, 68),
    ("Asentajan matkakulut", 35, 55),
    ("Sulakekeskuksen uusiminen", 690, 980),
    ("LED-kattovalaisin asennettuna", 85, 140),
    ("Pistorasia kaksoiskehys, uusi", 45, 70),
    ("Maadoitusmittaus ja käyttöönottotarkastus", 120, 180),
]

ABARROTES = [
    ("50202301", "H87", "Refresco de cola 600 ml (paquete 12)", 98, 140),
    ("50161813", "H87", "Galletas surtidas 1 kg", 62, 95),
    ("50221101", "KGM", "Frijol negro a granel", 28, 42),
    ("50192100", "H87", "Aceite vegetal comestible 1 L (caja 12)", 380, 520),
    ("53131608", "H87", "Jabón de tocador 150 g (caja 48)", 510, 690),
    ("50171550", "H87", "Sal de mesa 1 kg (paca 25)", 170, 240),
]
