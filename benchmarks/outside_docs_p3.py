"""Set P templates: Mexican major-medical claim notice with invoice list, Finnish windscreen claim, Romanian
RCA damage notice, Turkish kasko claim notice."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from outside_common_j import fdate, money, page, q2
from outside_common_z import BASE_CSS, Doc, amount, digits, grid, later, loss_date, make_claim
from outside_docs_p1 import keyed

DMY = "{dd}.{mm}.{yyyy}"
SL = "{dd}/{mm}/{yyyy}"

MX_CSS = """@page { size: Letter; margin: 11mm 13mm; } body { font: 8pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #6b1d5c; }
.lg { font: bold 14pt 'Liberation Serif'; color: #6b1d5c; }
.ex { border: 1px solid #000; padding: 3px 6px; background: #f3e9f1; }
h4 { background: #6b1d5c; color: #fff; padding: 2px 4px; margin: 6px 0 2px; } .foot
{ font-size: 6.3pt; margin-top: 8px; }"""

MX_BILLS = [
    ("Servicios hospitalarios", 38000, 125000, "0.16"),
    ("Honorarios cirujano", 25000, 60000, "0"),
    ("Honorarios anestesiólogo", 9000, 22000, "0"),
    ("Medicamentos de egreso", 1200, 6000, "0"),
]


def gmm_mx(rng: random.Random) -> Doc:
    onset = loss_date(rng)
    insurer = rng.choice(["Seguros Altiplano, S.A. de C.V.", "Aseguradora Sierra Madre, S.A."])
    titular = rng.choice(
        ["Jorge Alberto Ramírez Ochoa", "Verónica Salinas Treviño", "Héctor Iván Cárdenas Luna"]
    )
    afectado = (
        f"{rng.choice(['Sofía', 'Diego', 'Regina'])} {titular.split()[-2]} {rng.choice(['Garza', 'Pineda'])}"
    )
    hosp = rng.choice(
        ["Hospital San Ángel del Bajío", "Hospital Ángeles de Occidente", "Médica Querétaro Sur"]
    )
    sin, pol = f"GMM{onset.year}{digits(rng, 6)}", f"{digits(rng, 2)}-{digits(rng, 6)}-00"

    def rfc(three: bool) -> str:
        s = "".join(rng.choice("ABCDEFGHJKLMNPRSTVZ") for _ in range(3 if three else 4))
        return f"{s}{digits(rng, 6)}{rng.choice('ABCXYZ')}{digits(rng, 1)}{rng.choice('A12')}"

    rows, tot = [], [Decimal(0)] * 3
    for i, (what, lo, hi, iva) in enumerate(MX_BILLS):
        sub = amount(rng, lo, hi)
        tax = q2(sub * Decimal(iva) * Decimal("0.35"))
        tot = [a + b for a, b in zip(tot, [sub, tax, sub + tax], strict=True)]
        uuid = "-".join(digits(rng, n).translate(str.maketrans("123", "ABF")) for n in (8, 4, 4, 4, 12))
        cells = "".join(f"<td class=r>${money(v)}</td>" for v in (sub, tax, sub + tax))
        rows.append(
            f"<tr><td>{i + 1}</td><td style='font-size:6.5pt'>{uuid}</td><td>{rfc(i == 0)}</td>"
            f"<td>{what}</td>{cells}</tr>"
        )
    born, first_visit = fdate(later(rng, onset, -8000, -2500), SL), fdate(later(rng, onset, 1, 2), SL)
    g1 = grid(f"""Contratante | Manufacturas Técnicas del Centro, S.A. de C.V. | 6 ;; Número de póliza | {pol}
| 3 ;; Certificado | {digits(rng, 5)} | 3 // Asegurado titular | {titular} | 6 ;; RFC | {rfc(False)} | 3 ;;
CURP | {rfc(False)}{digits(rng, 4)}H | 3""")
    g2 = grid(f"Nombre | {afectado} | 6 ;; Parentesco | Hijo(a) | 2 ;; Fecha de nacimiento | {born} | 4")
    g3 = grid(f"""Padecimiento | Apendicitis aguda · Accidente: ☐ Sí ☒ No | 6 ;; Fecha de primeros síntomas |
{fdate(onset, SL)} | 3 ;; Fecha de primera consulta | {first_visit} | 3 // Hospital | {hosp} | 6 ;;
Médico tratante | Dr. Arturo Villaseñor Díaz · Céd. prof. {digits(rng, 7)} | 6""")
    totals = "".join(f"<td class=r><b>${money(v)}</b></td>" for v in tot)
    body = f"""<div class=hd><div><div class=lg>{insurer}</div>Gastos Médicos Mayores · Colectivo</div>
<div class=ex>Para uso exclusivo de la aseguradora<br>Número de siniestro: <b>{sin}</b></div></div>
<h3>AVISO DE ACCIDENTE O ENFERMEDAD</h3>Tipo de reclamación: ☒ Inicial ☐ Complementaria ☐ Programación de
cirugía<h4>1. Datos de la póliza y del titular</h4>{g1}<h4>2. Datos del asegurado afectado</h4>{g2}
<h4>3. Información del padecimiento</h4>{g3}<h4>4. Relación de facturas</h4><table class=t><tr><th>No.</th>
<th style='width:27%'>Folio fiscal (UUID)</th><th>RFC
emisor</th><th>Concepto</th><th>Subtotal</th><th>IVA</th>
<th>Total</th></tr>{"".join(rows)}<tr><td colspan=4 class=r><b>Total de la relación</b></td>{totals}</tr>
</table>Deducible contratado: $15,000.00 · Coaseguro: 10 % · Tope de coaseguro: $38,000.00 · Suma asegurada:
$5,000,000.00<br>Pago: ☒ Reembolso por transferencia · CLABE {digits(rng, 18)}<p>Lugar y fecha: Querétaro,
Qro., {fdate(later(rng, onset, 15, 40), SL)} &nbsp; Firma del asegurado titular: ________________</p>
<div class=foot>{insurer} · Registro CNSF · Unidad Especializada de Atención a Usuarios (UNE) · Este documento
no es comprobante de pago.</div>"""
    loss, amt = (onset, fdate(onset, SL)), (tot[2], money(tot[2]))
    html = page(BASE_CSS + MX_CSS, body, "es")
    return make_claim("gmm_mx", "es", html, **keyed(sin, pol, titular, loss, amt, hosp))


FI_CSS = """@page { size: A4; margin: 14mm 16mm; } body { font: 8.8pt 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; } h1 { font-size: 14pt; letter-spacing: 1px; }
table.g td { border-color: #1d4f91; } h4 { color: #1d4f91; margin: 8px 0 2px; }
.foot { font-size: 6.5pt; margin-top: 10px; }
table.s { width: 60%; margin-left: auto; border-collapse: collapse; }
table.s td { padding: 2px 4px; border-bottom: 0.5px solid #aaa; }"""

FI_PARTS = [
    ("Tuulilasi, lämmitettävä, sadesensori", 380, 920),
    ("Liimasarja ja tiivisteet", 35, 80),
    ("Asennustyö 2,0 h", 110, 190),
    ("ADAS-kameran kalibrointi", 120, 260),
]


def lasi_fi(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Saimaan Vakuutus Oy", "Keskinäinen Vakuutusyhtiö Pohjolan Tähti"])
    owner = rng.choice(["Mikko Virtanen", "Sanna Korhonen", "Jukka Mäkelä", "Päivi Nieminen"])
    driver = rng.choice(["Aino Virtanen", "Eero Lehtinen", "Ville Hämäläinen"])
    shop = rng.choice(["Autolasi Kuusela Oy", "Tampereen Tuulilasipiste Oy", "Lasi-Laine Ky"])
    vno, pol = f"{digits(rng, 9)}", f"{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 1)}"
    F = "{d}.{m}.{yyyy}"
    vat = Decimal("25.5") if day >= date(2024, 9, 1) else Decimal(24)
    rows, net = [], Decimal(0)
    for what, lo, hi in FI_PARTS:
        a = amount(rng, lo, hi)
        net += a
        rows.append(f"<tr><td>{what}</td><td class=r>{money(a, 'fr')}</td></tr>")
    tax = q2(net * vat / 100)
    total = net + tax
    hetu = (
        f"{fdate(later(rng, day, -20000, -8000), '{dd}{mm}{yy}')}-{digits(rng, 3)}{rng.choice('ABCFHKLNPRX')}"
    )
    reg = f"{rng.choice(['KLT', 'ZXB', 'ORN', 'GJU'])}-{rng.randint(100, 999)}"
    g1 = grid(f"""Vakuutuksenottaja / omistaja | {owner} | 6 ;; Henkilötunnus | {hetu} | 3 ;; Vakuutusnumero |
{pol}
| 3 // Rekisteritunnus | {reg} | 3 ;; Merkki ja malli | Škoda Octavia Combi 2.0 TDI | 5 ;; Valmistenumero |
TMBJ{digits(rng, 13)} | 4""")
    g2 = grid(f"""Vahinkopäivä | {fdate(day, F)} | 3 ;; Vahinkopaikka | Valtatie 9, Orivesi | 5 ;; Kuljettaja
| {driver} | 4 // Vahingon kuvaus | Vastaan tulleen rekan renkaista lentänyt kivi osui tuulilasiin, halkeama
kuljettajan näkökentässä. | 12 // Toimenpide | ☐ Korjaus ☒ Vaihto | 4 ;; Arvonlisäverovelvollinen | ☐ kyllä
☒ ei | 4 ;; Omavastuu (kaskolasi) | 150,00 € | 4""")
    g3 = grid(f"""Lasiliike | {shop} | 6 ;; Y-tunnus | {digits(rng, 7)}-{digits(rng, 1)} | 3 ;;
Työtilaus nro | {digits(rng, 6)} | 3""")
    vat_s = str(vat).replace(".", ",")
    body = f"""<div class=hd><div><b style='font-size:13pt;color:#1d4f91'>{insurer}</b><br>Ajoneuvovakuutus ·
Korvauspalvelu</div><div>Vahinkonumero<br><b style='font-size:12pt'>{vno}</b></div></div>
<h1>LASIVAHINKOILMOITUS</h1><h4>1. Vakuutuksenottaja ja ajoneuvo</h4>{g1}<h4>2. Vahinkotiedot</h4>{g2}
<h4>3. Lasiliike ja kustannukset</h4>{g3}<table class=s>{"".join(rows)}<tr><td>Veroton yhteensä</td>
<td class=r>{money(net, "fr")}</td></tr><tr><td>ALV {vat_s} %</td><td class=r>{money(tax, "fr")}</td></tr>
<tr><td><b>Yhteensä, €</b></td><td class=r><b>{money(total, "fr")}</b></td></tr></table><p>Vakuutuksenottaja
valtuuttaa lasiliikkeen laskuttamaan korvauksen suoraan vakuutusyhtiöltä.<br>Päiväys
{fdate(later(rng, day, 1, 9), F)} &nbsp; Allekirjoitus ____________________</p><div class=foot>{insurer} ·
Y-tunnus {digits(rng, 7)}-{digits(rng, 1)} · Kotipaikka Lappeenranta · Finanssivalvonnan valvoma
vakuutusyhtiö</div>"""
    loss, amt = (day, fdate(day, F)), (total, money(total, "fr"))
    html = page(BASE_CSS + FI_CSS, body, "fi")
    return make_claim("lasi_fi", "fi", html, **keyed(vno, pol, owner, loss, amt, shop))


RO_CSS = """@page { size: A4; margin: 12mm 14mm; } body
{ font: 8.5pt 'DejaVu Sans Condensed', 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #c8102e; }
.lg { font: bold 14pt 'DejaVu Serif'; color: #c8102e; } h2
{ text-align: center; font-size: 12pt; margin: 5px 0; }
h4 { margin: 6px 0 2px; text-transform: uppercase; font-size: 8pt; } .foot
{ font-size: 6.3pt; margin-top: 8px; }"""


def rca_ro(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Carpatica Asigurări S.A.", "Asigurări Dunărea Reasigurare S.A."])
    victim = rng.choice(["Andrei-Mihai Popescu", "Ioana Ștefănescu", "Cristian Vlădescu", "Elena Țurcanu"])
    guilty = rng.choice(["Radu Constantinescu", "Gabriela Munteanu", "Sorin Dumitrașcu"])
    service = rng.choice(
        ["Service Auto Bărăgan S.R.L.", "Auto Expert Tâmpa S.R.L.", "Carrosserie Someș S.R.L."]
    )
    dosar = f"RCA/{day.year % 100}/{digits(rng, 7)}"
    series = f"RO/{rng.randint(10, 50)}/V{rng.randint(10, 99)}/{rng.choice(['RG', 'RF', 'WX'])}"
    pol = f"{series} nr. {digits(rng, 10)}"
    own = f"RO/{rng.randint(10, 50)}/V{rng.randint(10, 99)}/GH nr. {digits(rng, 10)}"
    net = amount(rng, 2500, 24000)
    rate = 21 if day >= date(2025, 8, 1) else 19
    tva = q2(net * rate / 100)
    total = net + tva
    cj = f"CJ {rng.randint(10, 99)} {''.join(rng.choice('BCDKMRTXZ') for _ in range(3))}"
    b = f"B {rng.randint(100, 999)} {''.join(rng.choice('ACEFLNPS') for _ in range(3))}"
    hour = f"{rng.randint(7, 21)}:{rng.choice(['10', '35', '50'])}"
    g1 = grid(f"""Nume și prenume | {victim} | 6 ;; CNP | {rng.choice("12")}{digits(rng, 12)} | 3 ;; Telefon |
07{digits(rng, 8)} | 3 // Adresa | Str. Zorilor nr. {rng.randint(1, 90)}, Cluj-Napoca, jud. Cluj | 8 ;;
Poliță RCA proprie | {own} | 4""")
    g2 = grid(f"""Marca / model | Dacia Duster 1.5 dCi | 4 ;; Nr. înmatriculare | {cj} | 3 ;; Serie șasiu
(VIN) | UU1HSDAG{digits(rng, 9)} | 5""")
    g3 = grid(f"""Conducător auto vinovat | {guilty} | 5 ;; Nr. înmatriculare | {b} | 3 ;;
Poliță RCA (serie / număr) | {pol} | 4""")
    g4 = grid(f"""Data producerii evenimentului | {fdate(day, DMY)} | 3 ;; Ora | {hour} | 2 ;; Locul |
intersecția
Calea Florești cu Str. Donath, Cluj-Napoca | 7 // Modalitate de constatare | ☒ Constatare amiabilă de accident
☐ Proces-verbal Poliție | 7 ;; Nr. formular constatare amiabilă | {digits(rng, 7)} | 5 // Descrierea avariilor
| bara spate, hayon, stop stânga, senzori parcare | 12""")
    g5 = grid(f"""Service auto | {service} | 6 ;; CUI | RO{digits(rng, 8)} | 3 ;; Nr. deviz |
DV-{digits(rng, 5)} | 3
// Manoperă și piese (fără TVA) | {money(net, "de")} lei | 4 ;; TVA {rate}% | {money(tva, "de")} lei | 4 ;;
Valoare estimată a daunei | <b>{money(total, "de")} lei</b> | 4""")
    body = f"""<div class=hd><div><div class=lg>{insurer}</div>Direcția Daune Auto · Call center
*{digits(rng, 4)}</div><div>Nr. dosar daună: <b>{dosar}</b><br>Data avizării:
{fdate(later(rng, day, 1, 6), DMY)}</div></div><h2>AVIZARE DAUNĂ – ASIGURARE OBLIGATORIE RCA</h2>
<h4>I. Persoana păgubită</h4>{g1}<h4>II. Autovehiculul avariat</h4>{g2}<h4>III. Vehiculul vinovat și
asigurarea RCA</h4>{g3}<h4>IV. Evenimentul</h4>{g4}<h4>V. Unitatea reparatoare și devizul estimativ</h4>{g5}
<p>Solicit despăgubirea prin: ☒ plată directă către service ☐ transfer în contul IBAN RO{digits(rng, 2)}BTRL
{digits(rng, 16)}<br>Data: {fdate(later(rng, day, 1, 6), SL)} &nbsp; Semnătura păgubitului: ______________</p>
<div class=foot>{insurer} · Autorizată de Autoritatea de Supraveghere Financiară · Nr. ORC
J40/{digits(rng, 5)}/{rng.randint(1995, 2012)} · CUI RO{digits(rng, 8)} · Capital social subscris și
vărsat</div>"""
    loss, amt = (day, fdate(day, DMY)), (total, money(total, "de"))
    html = page(BASE_CSS + RO_CSS, body, "ro")
    return make_claim("rca_ro", "ro", html, **keyed(dosar, pol, victim, loss, amt, service))


TR_CSS = """@page { size: A4; margin: 11mm 14mm; } body { font: 8.5pt 'Liberation Sans'; }
.hd { display: flex; justify-content: space-between; align-items: center; background: #f4f4f4; padding: 6px; }
.lg { font: bold 15pt 'Liberation Serif'; color: #00529b; } h2 { margin: 6px 0; font-size: 12pt; }
.no { text-align: right; } h4 { margin: 6px 0 2px; color: #00529b; }
.foot { font-size: 6.3pt; border-top: 1px solid #999; margin-top: 8px; }"""


def kasko_tr(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Boğaziçi Sigorta A.Ş.", "Anadolu Yıldızı Sigorta A.Ş."])
    insured = rng.choice(["Mehmet Öztürk", "Ayşe Yıldırım", "Emre Çelik", "Zeynep Şahin"])
    driver = rng.choice(["Burak Öztürk", "Elif Kaya", "Can Aydın"])
    servis = rng.choice(["Özkan Otomotiv Yetkili Servis Ltd. Şti.", "Ege Kaporta Boya San. Tic. Ltd. Şti."])
    dosya, pol = f"{day.year}-{digits(rng, 8)}", f"{digits(rng, 10)}"
    est = amount(rng, 18000, 240000)
    plate = (
        f"{rng.choice(['34', '35', '06', '16'])} {''.join(rng.choice('ABCDEFHKLMNPRSTZ') for _ in range(2))}"
    )
    plate += f" {rng.randint(100, 9999)}"
    start, value = fdate(later(rng, day, -300, -20), DMY), money(est * rng.randint(6, 12), "de")
    hour = f"{rng.randint(7, 22)}:{rng.choice(['05', '30', '45'])}"
    g1 = grid(f"""Poliçe No | {pol} | 3 ;; Zeyil No | {rng.randint(0, 4)} | 1 ;; Poliçe Başlangıç | {start} |
4 ;;
Kasko Değeri | {value} TL | 4 // Sigortalı Adı Soyadı | {insured} | 5 ;; T.C. Kimlik No | {digits(rng, 11)} |
3 ;; Telefon | 05{digits(rng, 9)} | 4""")
    g2 = grid(f"""Plaka | {plate} | 3 ;; Marka / Model | Renault Megane 1.3 TCe Touch | 4 ;; Şasi No |
VF1R{digits(rng, 13)} | 5""")
    g3 = grid(f"""Sürücü Adı Soyadı | {driver} | 5 ;; Ehliyet No | {digits(rng, 6)} | 3 ;;
Sigortalıya Yakınlığı | Eşi / çocuğu | 4""")
    g4 = grid(f"""Hasar Tarihi | {fdate(day, DMY)} | 3 ;; Saati | {hour} | 2 ;; Hasar Yeri | Bornova, İzmir –
Ankara
Caddesi | 7 // Kaza Şekli | ☒ Çarpma ☐ Devrilme ☐ Sel ☐ Hırsızlık ☐ Cam kırılması | 7 ;; Tutanak | ☒ Kaza
Tespit
Tutanağı ☐ Polis Tutanağı | 5 // Kazanın oluş şekli | Kırmızı ışıkta beklerken arkadan gelen aracın çarpması
sonucu arka tampon ve bagaj kapağı hasarlandı. | 12""")
    g5 = grid(f"""Onarım Yapılacak Servis | {servis} | 6 ;; Vergi No | {digits(rng, 10)} | 3 ;; Muafiyet | %2
| 3 // Atanan Eksper | Hakan Demirtaş (Sicil No {digits(rng, 5)}) | 6 ;; Tahmini Hasar Tutarı (KDV dahil) |
{money(est, "de")} TL | 6""")
    body = f"""<div class=hd><div class=lg>{insurer}</div><div class=no>Hasar Dosya No:
<b>{dosya}</b><br>İhbar
Tarihi: {fdate(later(rng, day, 1, 5), DMY)}</div></div><h2>KASKO HASAR İHBAR FORMU</h2><h4>1. Poliçe ve
Sigortalı Bilgileri</h4>{g1}<h4>2. Araç Bilgileri</h4>{g2}<h4>3. Sürücü Bilgileri</h4>{g3}<h4>4. Hasar
Bilgileri</h4>{g4}<h4>5. Onarım ve Ekspertiz</h4>{g5}<p>Beyan ettiğim bilgilerin doğru olduğunu kabul ederim.
Tarih: {fdate(later(rng, day, 1, 5), SL)} &nbsp; Sigortalı / Sürücü İmza: ______________</p><div class=foot>
{insurer} · Mersis No {digits(rng, 16)} · Ticaret Sicil No {digits(rng, 6)} · Sigortacılık ve Özel Emeklilik
Düzenleme ve Denetleme Kurumu (SEDDK) denetimine tabidir.</div>"""
    loss, amt = (day, fdate(day, DMY)), (est, money(est, "de"))
    html = page(BASE_CSS + TR_CSS, body, "tr")
    return make_claim("kasko_tr", "tr", html, **keyed(dosya, pol, insured, loss, amt, servis))
