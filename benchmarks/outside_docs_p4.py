"""Set P templates: Danish burglary report (contents), Hungarian storm damage claim, Brazilian residential
claim notice, Dutch pleasure-craft hull claim."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_j import fdate, money, page, q2
from outside_common_z import BASE_CSS, Doc, amount, digits, grid, kvs, later, loss_date, make_claim
from outside_docs_p1 import keyed

DMY = "{dd}.{mm}.{yyyy}"

DK_CSS = """@page { size: A4; margin: 15mm 18mm; } body { font: 9pt 'Liberation Sans'; }
.top { display: flex; justify-content: space-between; border-bottom: 1px solid #246; padding-bottom: 6px; }
h1 { font: 15pt 'Liberation Serif'; margin: 10px 0 4px; }
h3 { font-size: 9.5pt; border-bottom: 1px solid #246; margin: 10px 0 3px; color: #246; }
table.kv td.l { width: 46%; } .foot { font-size: 7pt; color: #555; margin-top: 12px; }"""

DK_GOODS = [
    ("Bærbar computer", "Apple MacBook Air 13", 6000, 14000),
    ("Smykker (vielsesring, halskæde)", "—", 4000, 25000),
    ("Spillekonsol", "Sony PlayStation 5", 3000, 4500),
    ("Kamera", "Fujifilm X-T30 II", 5000, 9000),
    ("Kontanter", "—", 500, 2000),
    ("Cykel (el)", "Kildemoes Logic", 9000, 18000),
]


def indbrud_dk(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Kattegat Forsikring A/S", "Limfjordens Gensidige Forsikring"])
    name = rng.choice(
        ["Mette Holm Kristensen", "Søren Bæk Nielsen", "Louise Østergaard", "Jens Ravn Sørensen"]
    )
    partner = rng.choice(["Anders Kristensen", "Camilla Bæk", "Rasmus Lund"])
    skade, police = (
        f"{day.year % 100}-{digits(rng, 6)}",
        f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}",
    )
    journal = f"{rng.choice(['3700', '4400', '1100'])}-{digits(rng, 5)}-{digits(rng, 5)}-{day.year % 100}"
    rows, total = [], Decimal(0)
    for what, model, lo, hi in rng.sample(DK_GOODS, 4):
        price = Decimal(rng.randrange(lo, hi) // 50 * 50 - 5)
        claim = price if what == "Kontanter" else q2(price * Decimal(rng.randint(70, 100)) / 100)
        total += claim
        rows.append(
            f"<tr><td>{what}</td><td>{model}</td><td>{rng.randint(2017, 2024)}</td>"
            f"<td class=r>{money(price, 'de')}</td><td>{rng.choice(['ja', 'nej'])}</td>"
            f"<td class=r>{money(claim, 'de')}</td></tr>"
        )
    cpr = f"{fdate(later(rng, day, -21000, -8000), '{dd}{mm}{yy}')}-{digits(rng, 4)}"
    found, reported = fdate(later(rng, day, 1, 2), DMY), fdate(later(rng, day, 3, 4), DMY)
    k1 = kvs(f"""Navn | {name} // CPR-nr. | {cpr} // Adresse | Østre Allé {rng.randint(2, 120)}, 2. th.,
9000 Aalborg // Medforsikret samlever | {partner}""")
    k2 = kvs(f"""Dato for indbruddet | {fdate(day, DMY)} // Tidsrum | mellem kl. 08.15 og kl. 16.40 //
Hvornår blev indbruddet opdaget? | {found} kl. 07.30 (hjemkomst fra weekend) // Hvordan kom gerningsmanden
ind? | Terrassedør brudt op med koben, spor af værktøj i karmen // Anmeldt til politiet | ☒ ja, {reported} //
Politiets journalnummer | {journal} // Var alle døre og vinduer låst? | ☒ ja ☐ nej""")
    body = f"""<div class=top><b style='font-size:14pt;color:#246'>{insurer}</b><span>Skadeservice · tlf. 70
{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}</span></div><h1>Indbrudsanmeldelse – indboforsikring</h1>
{kvs(f"Skadenummer | {skade} // Policenummer | {police}")}<h3>1. Forsikringstager</h3>{k1}
<h3>2. Om indbruddet</h3>{k2}<h3>3. Stjålne genstande</h3><table class=t><tr><th>Genstand</th><th>Mærke /
model</th><th>Købsår</th><th>Købspris kr.</th><th>Kvittering</th><th>Krævet kr.</th></tr>{"".join(rows)}
<tr><td colspan=5><b>I alt krævet erstatning</b></td><td class=r><b>{money(total, "de")}</b></td></tr></table>
<p>Selvrisiko: 1.500,00 kr. · Forsikringssum indbo: 850.000,00 kr.<br>Udbetaling til NemKonto.<br>Skaden på
terrassedøren anmeldes særskilt på husforsikringen.</p><p>Jeg erklærer på tro og love, at oplysningerne er
korrekte.<br>Dato {fdate(later(rng, day, 4, 10), DMY)} &nbsp; Underskrift ____________________</p>
<div class=foot>{insurer} · CVR-nr. {digits(rng, 8)} · Under tilsyn af Finanstilsynet · Medlem af
Forsikringsoplysningen · Klager: Ankenævnet for Forsikring</div>"""
    loss, amt = (day, fdate(day, DMY)), (total, money(total, "de"))
    html = page(BASE_CSS + DK_CSS, body, "da")
    return make_claim("indbrud_dk", "da", html, **keyed(skade, police, name, loss, amt, None))


HU_CSS = """@page { size: A4; margin: 13mm 15mm; } body { font: 8.6pt 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; } .lg { font: bold 14pt 'DejaVu Serif'; color: #0d5c2f; }
h1 { text-align: center; font-size: 13pt; letter-spacing: 2px; margin: 6px 0; } h4 { margin: 7px 0 2px; }
table.s { width: 55%; border-collapse: collapse; } table.s td
{ border-bottom: 0.5px solid #999; padding: 2px 4px; }
.foot { font-size: 6.5pt; margin-top: 8px; color: #444; }"""

HU_WORK = [
    ("Tetőcserép pótlása (42 db) anyaggal", 120, 380),
    ("Bádogos munka, ereszcsatorna", 80, 260),
    ("Állványozás", 90, 220),
    ("Beázott mennyezet glettelése, festése", 110, 340),
]


def vihar_hu(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Tisza Biztosító Zrt.", "Mátra Általános Biztosító Zrt."])
    name = rng.choice(["Kovács Péter", "Szabó Katalin", "Tóth Gábor", "Nagy Erzsébet"])
    mother = rng.choice(["Horváth Mária", "Varga Ilona", "Molnár Éva"])
    firm = rng.choice(["Tetőmester Bt.", "Szilágyi és Társa Építőipari Kft.", "Bádog-Tető 2000 Kft."])
    karszam, kotveny = f"{day.year}{digits(rng, 7)}", f"LB{digits(rng, 9)}"
    H = "{yyyy}. {mm}. {dd}."
    rows, net = [], Decimal(0)
    for what, lo, hi in HU_WORK:
        a = Decimal(rng.randrange(lo, hi) * 1000)
        net += a
        rows.append(f"<tr><td>{what}</td><td class=r>{money(a, 'fr', 0)} Ft</td></tr>")
    vat = q2(net * Decimal("0.27"))
    total = net + vat
    born, reported = fdate(later(rng, day, -22000, -9000), H), fdate(later(rng, day, 1, 3), H)
    when = f"{fdate(day, H)} {rng.randint(14, 21)}:{rng.choice(['10', '40'])}"
    g1 = grid(f"""Név | {name} | 5 ;; Kötvényszám | {kotveny} | 3 ;; Születési dátum | {born} | 4 //
Anyja neve | {mother} | 5 ;; Adóazonosító jel | 8{digits(rng, 9)} | 3 ;; Telefon | +36 30 {digits(rng, 7)} | 4
// Kockázatviselés helye | 6000 Kecskemét, Rákóczi út {rng.randint(3, 90)}. | 12""")
    g2 = grid(f"""A káresemény időpontja | {when} | 4 ;; Bejelentés dátuma | {reported} | 4 ;; Kár oka | ☒
vihar
☐ jégeső ☐ felhőszakadás | 4 // A kár leírása | Viharos szél (az OMSZ szerint 94 km/h széllökés) a tetőről
cserepeket sodort le, a padlástér és a nappali mennyezete beázott. | 12""")
    g3 = grid(f"""Kivitelező | {firm} | 6 ;; Adószám | {digits(rng, 8)}-2-{digits(rng, 2)} | 3 ;; Árajánlat
száma | {day.year}/{rng.randint(10, 400)} | 3""")
    body = f"""<div class=hd><div><div class=lg>{insurer}</div>Vagyonbiztosítási kárrendezés</div>
<div>Kárszám: <b>{karszam}</b><br><small>(a biztosító tölti ki)</small></div></div><h1>KÁRBEJELENTŐ LAP</h1>
<div style='text-align:center'>Lakásbiztosítás – elemi kár</div><h4>1. A szerződő / biztosított adatai</h4>
{g1}<h4>2. A kár adatai</h4>{g2}<h4>3. Helyreállítás – a kivitelező árajánlata</h4>{g3}<table class=s>
{"".join(rows)}<tr><td>Nettó összesen</td><td class=r>{money(net, "fr", 0)} Ft</td></tr><tr><td>ÁFA 27%</td>
<td class=r>{money(vat, "fr", 0)} Ft</td></tr><tr><td><b>Bejelentett kárösszeg (bruttó)</b></td><td class=r>
<b>{money(total, "fr", 0)} Ft</b></td></tr></table><p>Önrész: 20 000 Ft · Biztosítási összeg (épület):
48 500 000 Ft<br>Kártérítés utalása: {digits(rng, 8)}-{digits(rng, 8)}-00000000 számlaszámra</p>
<p>Kecskemét, {reported} &nbsp; ______________________ biztosított aláírása</p><div class=foot>{insurer} ·
Cégjegyzékszám: 01-10-{digits(rng, 6)} · Felügyeleti szerv: Magyar Nemzeti Bank</div>"""
    loss, amt = (day, fdate(day, H)), (total, money(total, "fr", 0))
    html = page(BASE_CSS + HU_CSS, body, "hu")
    return make_claim("vihar_hu", "hu", html, **keyed(karszam, kotveny, name, loss, amt, firm))


BR_CSS = """@page { size: A4; margin: 12mm 15mm; } body { font: 8.6pt 'Liberation Sans'; }
.hd { background: #00579c; color: #fff; padding: 6px 10px; display: flex; justify-content: space-between; }
.hd b { font-size: 14pt; } h2 { font-size: 12pt; margin: 6px 0; }
.sec { font-weight: bold; background: #dfe9f3; padding: 2px 4px; margin-top: 6px; }
.foot { font-size: 6.4pt; margin-top: 10px; color: #333; }"""

BR_GOODS = [
    ("Geladeira frost free", "Brastemp BRM44", 600, 1800),
    ('Televisor 50"', "Samsung UN50", 900, 2600),
    ("Roteador Wi-Fi", "TP-Link Archer", 150, 420),
    ("Portão eletrônico (placa)", "PPA Rio", 280, 750),
]


def residencial_br(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Paraná Seguros S.A.", "Companhia de Seguros Ipê Amarelo"])
    name = rng.choice(["Luciana Ferreira da Costa", "João Paulo Albuquerque", "Tatiane Gonçalves Ribeiro"])
    tech = rng.choice(["Eletrotécnica Tupã Ltda.", "Refrigeração Polar Assistência Técnica ME"])
    sin, apol = f"{digits(rng, 4)}.{day.year}.{digits(rng, 6)}", f"{digits(rng, 2)}.18.{digits(rng, 7)}"
    B = "{dd}/{mm}/{yyyy}"

    def cnpj() -> str:
        return f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}"

    rows, total = [], Decimal(0)
    for what, brand, lo, hi in rng.sample(BR_GOODS, 3):
        a = amount(rng, lo, hi)
        total += a
        cells = f"<td>Reparo – troca de placa</td><td class=r>R$ {money(a, 'de')}</td>"
        rows.append(f"<tr><td>{what}</td><td>{brand}</td>{cells}</tr>")
    cpf = f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}"
    since, until = fdate(later(rng, day, -200, -30), B), fdate(later(rng, day, 170, 330), B)
    g1 = grid(f"""Nome do segurado | {name} | 6 ;; CPF | {cpf} | 3 ;; Apólice nº | {apol} | 3 // Endereço do
risco
| Rua Marechal Deodoro, {rng.randint(10, 2000)}, apto 52 – Curitiba/PR | 8 ;; Vigência | {since} a {until} |
4""")
    g2 = grid(f"""Data do sinistro | {fdate(day, B)} | 3 ;; Hora aproximada | {rng.randint(15, 22)}h | 2 ;;
Data do aviso | {fdate(later(rng, day, 1, 4), B)} | 3 ;; Cobertura | ☒ Danos elétricos ☐ Incêndio ☐ Roubo | 4
//
Descrição | Durante temporal com descargas atmosféricas houve queda e retorno de energia; os aparelhos abaixo
pararam de funcionar. Protocolo da concessionária nº {digits(rng, 10)}. | 12""")
    g3 = grid(f"Assistência técnica | {tech} | 6 ;; CNPJ | {cnpj()} | 3 ;; Laudo nº | {digits(rng, 5)} | 3")
    bank = f"Banco {rng.choice(['001', '237', '341'])} · Agência {digits(rng, 4)}"
    bank += f" · Conta {digits(rng, 6)}-{digits(rng, 1)}"
    susep = f"15414.{digits(rng, 6)}/{rng.randint(2015, 2022)}-{digits(rng, 2)}"
    body = f"""<div class=hd><div><b>{insurer}</b><br>Central de Sinistros 0800 {digits(rng, 3)}
{digits(rng, 4)}
</div><div>Nº do Sinistro<br><b>{sin}</b></div></div><h2>AVISO DE SINISTRO – SEGURO RESIDENCIAL</h2>
<div class=sec>1. DADOS DO SEGURADO</div>{g1}<div class=sec>2. DADOS DO SINISTRO</div>{g2}
<div class=sec>3. LAUDO E ORÇAMENTO DA ASSISTÊNCIA TÉCNICA</div>{g3}<table class=t><tr><th>Bem danificado</th>
<th>Marca / modelo</th><th>Serviço</th><th>Valor do orçamento</th></tr>{"".join(rows)}<tr><td colspan=3
class=r><b>Valor total dos prejuízos reclamados</b></td><td class=r><b>R$ {money(total, "de")}</b></td></tr>
</table><p>LMI Danos Elétricos: R$ 15.000,00 · Franquia: 10% dos prejuízos, mínimo R$ 400,00<br>Dados
bancários para indenização: {bank} · Chave Pix: CPF do segurado</p><p>Curitiba,
{fdate(later(rng, day, 2, 8), B)} &nbsp; Assinatura do segurado: _______________</p><div class=foot>{insurer}
· CNPJ {cnpj()} · Processo SUSEP nº {susep} · Ouvidoria 0800 {digits(rng, 3)} {digits(rng, 4)}</div>"""
    loss, amt = (day, fdate(day, B)), (total, money(total, "de"))
    html = page(BASE_CSS + BR_CSS, body, "pt")
    return make_claim("residencial_br", "pt", html, **keyed(sin, apol, name, loss, amt, tech))


NL_CSS = """@page { size: A4; margin: 14mm 16mm; } body { font: 8.7pt 'DejaVu Sans'; }
.hd { border-bottom: 4px solid #e37222; margin-bottom: 6px; } .hd b { font-size: 14pt; }
.q { color: #e37222; font-weight: bold; margin-top: 6px; } table.kv { width: 100%; } table.kv td.l
{ width: 38%; } table.s { width: 70%; } .foot { font-size: 6.5pt; color: #555; margin-top: 8px; }"""

NL_WORK = [
    ("Hijsen, op de wal zetten en terug", 450, 900),
    ("Gelcoat- en polyesterreparatie stuurboordzijde", 1800, 6500),
    ("Vervangen scheur en rubbing strip", 400, 1400),
    ("Spuitwerk en antifouling", 700, 2200),
]


def casco_nl(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Waddenzee Verzekeringen N.V.", "Onderlinge Watersport Verzekering Friesland U.A."])
    owner = rng.choice(["Pieter van der Meulen", "Annelies de Groot", "Sjoerd Hoekstra", "Marieke Visser"])
    skipper = rng.choice(["Bram van der Meulen", "Femke de Jong", "Joost Bakker"])
    yard = rng.choice(["Jachtwerf De Vries Lemmer B.V.", "Scheepswerf Hylkema Sneek B.V."])
    snr, pol = f"{day.year % 100}{digits(rng, 7)}", f"PV-{digits(rng, 7)}"
    N = "{dd}-{mm}-{yyyy}"
    rows, net = [], Decimal(0)
    for what, lo, hi in NL_WORK:
        a = amount(rng, lo, hi)
        net += a
        rows.append(f"<tr><td>{what}</td><td class=r>€ {money(a, 'de')}</td></tr>")
    vat = q2(net * Decimal("0.21"))
    total = net + vat
    born = fdate(later(rng, day, -24000, -11000), N)
    boat = rng.choice(["Zeezwaluw", "Noorderlicht", "Blauwe Reiger"])
    cin = f"NL-{''.join(rng.choice('ABCDEFGH') for _ in range(3))}{digits(rng, 5)}D{digits(rng, 3)}"
    value = money(Decimal(rng.randrange(60, 140) * 1000), "de")
    k1 = kvs(f"""Naam | {owner} // Adres | Kade {rng.randint(1, 60)}, 8531 HN Lemmer // Geboortedatum | {born}
// IBAN | NL{digits(rng, 2)} RABO 0{digits(rng, 9)}""")
    k2 = kvs(f"""Naam / type | '{boat}' – Bavaria Cruiser 34 zeiljacht // CIN | {cin} // Verzekerde waarde |
€ {value} // Eigen risico | € 450,00""")
    k3 = kvs(f"""Datum van de schade | {fdate(day, N)} // Plaats | Sluis Stavoren, voorhaven // Schipper op
het
moment van de schade | {skipper} (vaarbewijs {digits(rng, 8)}) // Oorzaak | ☒ aanvaring ☐ storm ☐ vastlopen
☐ diefstal // Omschrijving | Bij het invaren van de sluis werden wij door een zijwindvlaag tegen de
remmingwerken gedrukt. // Tegenpartij / getuige | sluiswachter {rng.choice(["H. Dijkstra", "G. Postma"])},
Stavoren""")
    body = f"""<div class=hd><b>{insurer}</b><br>Afdeling Schade Pleziervaart · Postbus
{rng.randint(100, 999)}, 8900 AA Leeuwarden</div><h2>Schadeaangifteformulier pleziervaartuigen (casco)</h2>
{kvs(f"Schadenummer (door ons in te vullen) | {snr} // Polisnummer | {pol}")}<div class=q>1. Verzekeringnemer
</div>{k1}<div class=q>2. Vaartuig</div>{k2}<div class=q>3. Toedracht</div>{k3}<div class=q>4. Herstel –
offerte {yard}</div><table class="t s">{"".join(rows)}<tr><td>Subtotaal excl. btw</td><td class=r>€
{money(net, "de")}</td></tr><tr><td>Btw 21%</td><td class=r>€ {money(vat, "de")}</td></tr><tr><td><b>Totaal
geclaimde herstelkosten</b></td><td class=r><b>€ {money(total, "de")}</b></td></tr></table><p>Aldus naar
waarheid ingevuld te Lemmer op {fdate(later(rng, day, 2, 12), N)}. Handtekening: ______________</p>
<div class=foot>{insurer} · KvK {digits(rng, 8)} · AFM-vergunning {digits(rng, 8)} · Aangesloten bij
Kifid</div>"""
    loss, amt = (day, fdate(day, N)), (total, money(total, "de"))
    html = page(BASE_CSS + NL_CSS, body, "nl")
    return make_claim("casco_nl", "nl", html, **keyed(snr, pol, owner, loss, amt, yard))
