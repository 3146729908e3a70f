"""Set P templates: Czech accident claim, Greek hospital cash claim, Bulgarian medical expenses claim,
Indonesian outpatient reimbursement form."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from outside_common_j import fdate, money, page
from outside_common_z import BASE_CSS, Doc, amount, digits, grid, kv, later, loss_date, make_claim
from outside_docs_p1 import keyed

CZ = "{d}. {m}. {yyyy}"
DMY = "{dd}.{mm}.{yyyy}"

CZ_CSS = """@page { size: A4; margin: 12mm 15mm; } body { font: 8.5pt 'DejaVu Sans'; }
.hd { display: flex; justify-content: space-between; align-items: flex-start; }
.pu { border: 2px solid #8a1538; padding: 4px 8px; } h1 { font-size: 12.5pt; color: #8a1538; margin: 6px 0; }
h4 { margin: 7px 0 2px; color: #8a1538; }
.foot { font-size: 6.5pt; color: #444; border-top: 1px solid #999; margin-top: 10px; }"""

CZ_COSTS = [
    ("Ortéza kolenní (doplatek)", 800, 2400),
    ("Doplatky za léky", 150, 900),
    ("Rehabilitace", 600, 3000),
    ("Jízdné k lékaři", 120, 600),
]
CZ_HOW = [
    ("cyklostezka Berounka u Srbska", "při jízdě na kole jsem upadl(a) na pravé koleno"),
    ("schodiště domu, Na Výsluní", "uklouzl(a) jsem na schodech a poranil(a) si koleno"),
    ("sportovní hala Černošice", "při florbalu jsem si podvrtl(a) pravé koleno"),
]


def uraz_cz(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Vltavská pojišťovna, a.s.", "Moravská vzájemná pojišťovna, a.s."])
    sur = rng.choice([("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová")])
    man = rng.random() < 0.5
    insured = f"{rng.choice(['Tomáš', 'Jiří', 'Ondřej']) if man else rng.choice(['Petra', 'Lucie', 'Hana'])} "
    insured += sur[0] if man else sur[1]
    holder = f"{rng.choice(['Marie', 'Jana']) if man else rng.choice(['Pavel', 'Martin'])} "
    holder += sur[1] if man else sur[0]
    cislo_pu, smlouva = f"{day.year}{digits(rng, 6)}", f"{rng.choice(['31', '58'])}{digits(rng, 8)}"
    hosp = rng.choice(["Nemocnice Sázava, a.s.", "Oblastní nemocnice Berounka, a.s."])
    rows, total = [], Decimal(0)
    for what, lo, hi in CZ_COSTS[: rng.randint(3, 4)]:
        a = amount(rng, lo, hi)
        total += a
        doklad = f"{rng.choice(['FV', 'PD'])}{digits(rng, 7)}"
        rows.append(f"<tr><td>{what}</td><td>{doklad}</td><td class=r>{money(a, 'fr')} Kč</td></tr>")
    place, how = rng.choice(CZ_HOW)
    born = later(rng, day, -20000, -7000)
    rc = f"{born.year % 100:02d}{born.month + (0 if man else 50):02d}{born.day:02d}/{digits(rng, 4)}"
    hour = f"{rng.randint(7, 20)}:{rng.choice(['05', '20', '40'])}"
    first, pn_od, pn_do = (fdate(later(rng, day, lo, hi), CZ) for lo, hi in ((1, 2), (2, 3), (30, 60)))
    g1 = grid(f"Jméno a příjmení | {holder} | 6 ;; Číslo pojistné smlouvy | {smlouva} | 6")
    g2 = grid(f"""Jméno a příjmení | {insured} | 6 ;; Rodné číslo | {rc} | 3 ;;
Datum narození | {fdate(born, CZ)} | 3 // Adresa | Na Výsluní {rng.randint(2, 80)}, 252 28 Černošice | 8 ;;
Telefon | +420 {digits(rng, 9)} | 4""")
    g3 = grid(f"""Datum úrazu | {fdate(day, CZ)} | 3 ;; Čas | {hour} hod. | 2 ;; Místo úrazu | {place} | 7 //
Popis | {how} – distorze kolenního kloubu | 12 // Úraz ohlášen Policii ČR | ☐ ano ☒ ne | 4 ;;
Pod vlivem alkoholu | ☐ ano ☒ ne | 4 ;; Pracovní úraz | ☐ ano ☒ ne | 4""")
    g4 = grid(f"""Zdravotnické zařízení (první ošetření) | {hosp} | 6 ;; IČO | {digits(rng, 8)} | 2 ;;
Datum prvního ošetření | {first} | 4 // Pracovní neschopnost od | {pn_od} | 4 ;; do | {pn_do} | 4 ;;
Diagnóza | S83.6 | 4""")
    body = f"""<div class=hd><div><b style='font-size:12pt'>{insurer}</b><br>Pojištění úrazu · Likvidace
pojistných událostí<br>P. O. Box {rng.randint(10, 99)}, 110 00 Praha 1</div><div class=pu>Číslo pojistné
události:<br><b>{cislo_pu}</b><br><small>vyplní pojišťovna</small></div></div><h1>Oznámení pojistné události –
úraz</h1><h4>A. Pojistník</h4>{g1}<h4>B. Pojištěný (zraněná osoba)</h4>{g2}<h4>C. Údaje o úrazu</h4>{g3}
<h4>D. Lékařské ošetření</h4>{g4}<h4>E. Vynaložené náklady na léčení</h4><table class=t><tr><th>Položka</th>
<th>Doklad č.</th><th>Částka</th></tr>{"".join(rows)}<tr><td colspan=2><b>Celkem požadováno</b></td>
<td class=r><b>{money(total, "fr")} Kč</b></td></tr></table><h4>F. Výplata plnění</h4>Oznamovatel: ☒ pojištěný
☐ pojistník ☐ zákonný zástupce · Číslo účtu: {digits(rng, 2)}-{digits(rng, 10)}/0800 · Denní odškodné
sjednáno: 300,00 Kč<p>Prohlašuji, že jsem uvedené otázky zodpověděl(a) pravdivě. V Černošicích dne
{fdate(later(rng, day, 20, 45), CZ)} &nbsp; Podpis pojištěného: ____________________</p><div class=foot>
{insurer} · IČO {digits(rng, 8)} · zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl B,
vložka {digits(rng, 4)} · člen skupiny Vltava Holding</div>"""
    loss, amt = (day, fdate(day, CZ)), (total, money(total, "fr"))
    html = page(BASE_CSS + CZ_CSS, body, "cs")
    return make_claim("uraz_cz", "cs", html, **keyed(cislo_pu, smlouva, insured, loss, amt, hosp))


GR_CSS = """@page { size: A4; margin: 13mm 15mm; } body { font: 8.6pt 'DejaVu Sans'; }
.hd { border-bottom: 3px double #003d7a; padding-bottom: 4px; } .hd b { font-size: 13pt; color: #003d7a; }
h2 { text-align: center; font-size: 11.5pt; } .n { float: right; } h4 { margin: 8px 0 2px; }
table.kv td { border-bottom: 0.5px dotted #999; } .foot { font-size: 6.5pt; color: #555; margin-top: 12px;
}"""


def nosileia_gr(rng: random.Random) -> Doc:
    adm = loss_date(rng)
    out = later(rng, adm, 2, 9)
    days = (out - adm).days
    insurer = rng.choice(["Αιγαίον Ασφαλιστική Α.Ε.", "Ολυμπιακή Ασφαλιστική Α.Ε.Γ.Α."])
    name = f"{rng.choice(['Γεώργιος', 'Δημήτρης', 'Νικόλαος'])} {rng.choice(['Παπαδόπουλος', 'Οικονόμου'])}"
    father = rng.choice(["Κωνσταντίνος", "Ιωάννης", "Αθανάσιος"])
    clinic = rng.choice(["Ιατρικό Κέντρο Πειραιώς Α.Ε.", "Γενική Κλινική Θεσσαλίας Α.Ε."])
    claim, pol = f"{adm.year}/{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 7)}"
    daily = Decimal(rng.choice([50, 60, 80, 100, 120]))
    total = daily * days
    G = "{dd}/{mm}/{yyyy}"
    born, capital = fdate(later(rng, adm, -21000, -8000), G), Decimal(rng.choice([15000, 20000, 30000]))
    g1 = grid(f"""Ονοματεπώνυμο | {name} | 5 ;; Πατρώνυμο | {father} | 3 ;; Ημ. γέννησης | {born} | 4 //
Αρ. Συμβολαίου | {pol} | 4 ;; Α.Φ.Μ. | {digits(rng, 9)} | 4 ;; Α.Μ.Κ.Α. | {digits(rng, 11)} | 4 //
Διεύθυνση | Αγίου Δημητρίου {rng.randint(3, 99)}, 546 30 Θεσσαλονίκη | 8 ;; Τηλέφωνο | 69{digits(rng, 8)} |
4""")
    g2 = grid(f"""Νοσηλευτικό ίδρυμα | {clinic} | 6 ;; Ημερομηνία εισαγωγής | {fdate(adm, G)} | 3 ;;
Ημερομηνία εξόδου | {fdate(out, G)} | 3 // Αιτία νοσηλείας | ☒ Ασθένεια ☐ Ατύχημα | 4 ;;
Διάγνωση | Οξεία σκωληκοειδίτιδα – λαπαροσκοπική επέμβαση | 8""")
    calc = kv(
        [
            ("Ημερήσιο επίδομα νοσηλείας (βάσει συμβολαίου)", f"{money(daily, 'de')} €"),
            ("Ημέρες νοσηλείας", str(days)),
            ("Απαλλαγή (πρώτη ημέρα)", "δεν ισχύει"),
            ("Ασφαλισμένο κεφάλαιο ζωής", f"{money(capital, 'de')} €"),
            ("Συνολικό αιτούμενο ποσό", f"<b>{money(total, 'de')} €</b>"),
        ]
    )
    iban = f"GR{digits(rng, 2)} 0172 " + " ".join(digits(rng, n) for n in (4, 4, 4, 4, 3))
    body = f"""<div class=hd><span class=n>Αρ. Φακέλου Ζημίας: <b style='font-size:9pt;color:#000'>{claim}</b>
</span><b>{insurer}</b><br>Διεύθυνση Αποζημιώσεων Ζωής &amp; Υγείας · Λεωφ. Συγγρού {rng.randint(50, 350)},
176 71 Καλλιθέα</div><h2>ΑΙΤΗΣΗ ΑΠΟΖΗΜΙΩΣΗΣ – ΗΜΕΡΗΣΙΟ ΕΠΙΔΟΜΑ ΝΟΣΗΛΕΙΑΣ</h2>
<h4>1. Στοιχεία ασφαλισμένου</h4>{g1}<h4>2. Στοιχεία νοσηλείας</h4>{g2}<h4>3. Υπολογισμός επιδόματος</h4>
{calc}<h4>4. Τρόπος πληρωμής</h4>IBAN: {iban} · Τράπεζα Πειραιώς<br>Συνημμένα: ☒ Εξιτήριο ☒ Βεβαίωση
νοσηλείας ☐ Ιατρική γνωμάτευση<p>Δηλώνω ότι τα ανωτέρω στοιχεία είναι αληθή. Ημερομηνία:
{fdate(later(rng, out, 3, 20), G)} &nbsp; Ο/Η αιτών/ούσα (υπογραφή): ____________</p><div class=foot>{insurer}
· Αρ. ΓΕΜΗ {digits(rng, 12)} · Εποπτεύεται από την Τράπεζα της Ελλάδος (Διεύθυνση Εποπτείας Ιδιωτικής
Ασφάλισης)</div>"""
    loss, amt = (adm, fdate(adm, G)), (total, money(total, "de"))
    html = page(BASE_CSS + GR_CSS, body, "el")
    return make_claim("nosileia_gr", "el", html, **keyed(claim, pol, name, loss, amt, clinic))


BG_CSS = """@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'DejaVu Serif'; }
.hd { text-align: center; border-bottom: 1px solid #000; } h2 { font-size: 11pt; text-align: center; margin:
6px 0; }
.ref { display: flex; justify-content: space-between; border: 1px solid #000; padding: 3px 6px; margin: 4px 0;
} h4 { margin: 7px 0 2px; } .foot { font-size: 6.5pt; text-align: center; margin-top: 10px; }"""

BG_SPEC = ["Консултация с лекар специалист", "Лабораторни изследвания", "Ядрено-магнитен резонанс"]


def medical_bg(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["ЗАД „Витоша Здраве“ АД", "ЗК „Странджа Живот“ АД"])
    name = rng.choice(["Иван Петров Георгиев", "Мария Стоянова Иванова", "Николай Димитров Костов"])
    centre = rng.choice(["Медицински център Изгрев ЕООД", "ДКЦ Младост-Медика ООД"])
    claim, pol = f"{digits(rng, 10)}", f"{rng.choice(['11', '12'])}00{digits(rng, 9)}"
    rows, total = [], Decimal(0)
    spec = [(what, "<i>виж т. 3</i>") for what in BG_SPEC] + [
        ("Лекарства по рецепта", "Аптека Здраве 7 ЕООД")
    ]
    for i, (what, who) in enumerate(spec[: rng.randint(3, 4)]):
        a = amount(rng, 40, 420)
        total += a
        when = fdate(later(rng, day, 1 + 3 * i, 3 + 3 * i), DMY)
        rows.append(
            f"<tr><td>{i + 1}</td><td>{when} г.</td><td>{digits(rng, 10)}</td><td>{who}</td><td>{what}</td>"
            f"<td class=r>{money(a, 'fr')}</td></tr>"
        )
    born = fdate(later(rng, day, -20000, -8000), DMY)
    g1 = grid(f"""Име, презиме, фамилия | {name} | 6 ;; ЕГН | {digits(rng, 10)} | 3 ;; Дата на раждане |
{born} г.
| 3 // Адрес | гр. Пловдив, ул. „Гладстон“ № {rng.randint(2, 60)} | 8 ;; Телефон | 088{digits(rng, 7)} | 4""")
    g2 = grid(f"""Дата на настъпване на събитието | {fdate(day, DMY)} г. | 4 ;; Вид | ☒ заболяване ☐ злополука
| 4 ;; Диагноза (МКБ-10) | M54.5 Болки в кръста | 4""")
    g3 = grid(f"Наименование | {centre} | 6 ;; ЕИК | {digits(rng, 9)} | 3 ;; РЗИ № | {digits(rng, 10)} | 3")
    iban = f"BG{digits(rng, 2)} UBBS 8002 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    body = f"""<div class=hd><b style='font-size:12pt'>{insurer}</b><br>гр. София 1000, бул. „Витоша“
№ {rng.randint(10, 200)} · тел. 0700 {digits(rng, 2)} {digits(rng, 3)}</div>
<h2>ЗАЯВЛЕНИЕ ЗА ИЗПЛАЩАНЕ НА ЗАСТРАХОВАТЕЛНО ОБЕЗЩЕТЕНИЕ<br>по застраховка „Медицински разходи“</h2>
<div class=ref><span>Полица № <b>{pol}</b></span><span>Щета № <b>{claim}</b></span><span>Застраховащ:
„Балкан Логистик“ ЕАД (групова застраховка)</span></div><h4>1. Застраховано лице</h4>{g1}<h4>2. Събитие</h4>
{g2}<h4>3. Лечебно заведение</h4>{g3}<h4>4. Извършени разходи</h4><table class=t><tr><th>№</th><th>Дата</th>
<th>Фактура №</th><th>Издател</th><th>Вид разход</th><th>Сума (лв.)</th></tr>{"".join(rows)}<tr><td colspan=5
class=r><b>Общо претендирана сума, лв.</b></td><td class=r><b>{money(total, "fr")}</b></td></tr></table>
Лимит по полицата: 5 000,00 лв. · Самоучастие: 10 % · Платено от НЗОК: 0,00 лв.<h4>5. Банкова сметка</h4>
IBAN {iban} · титуляр: застрахованото лице<p>Дата: {fdate(later(rng, day, 25, 50), DMY)} г. &nbsp; Подпис:
______________</p><div class=foot>{insurer} · ЕИК {digits(rng, 9)} · Лиценз № {rng.randint(100, 999)}/
{rng.randint(1998, 2010)} г. на Комисията за финансов надзор</div>"""
    loss, amt = (day, fdate(day, DMY)), (total, money(total, "fr"))
    html = page(BASE_CSS + BG_CSS, body, "bg")
    return make_claim("medical_bg", "bg", html, **keyed(claim, pol, name, loss, amt, centre))


BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]

ID_CSS = """@page { size: A4; margin: 12mm 15mm; } body { font: 8.6pt 'Liberation Sans'; }
.hd { background: #0b6e4f; color: #fff; padding: 6px 8px; } .hd b { font-size: 13pt; } h3 { margin: 6px 0; }
.pt { float: right; border: 1px solid #000; padding: 3px 6px; color: #000; background: #fff; }
h4 { border-left: 4px solid #0b6e4f; padding-left: 4px; margin: 7px 0 3px; }
.foot { font-size: 6.5pt; margin-top: 10px; }"""

ID_ITEMS = [
    ("Konsultasi dokter spesialis anak", 250, 450),
    ("Obat-obatan", 120, 900),
    ("Laboratorium", 150, 700),
    ("Tindakan nebulizer", 90, 250),
]


def tgl(d: date) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def klaim_id(rng: random.Random) -> Doc:
    first = loss_date(rng)
    insurer = rng.choice(["PT Asuransi Jiwa Nusantara Sejahtera", "PT Asuransi Kesehatan Garuda Mitra"])
    member = rng.choice(["Budi Santoso", "Dewi Lestari Wibowo", "Agus Setiawan", "Rina Marlina Siregar"])
    patient = f"{rng.choice(['Putri', 'Rizky', 'Nadia'])} {member.split()[-1]}"
    rs = rng.choice(["RS Mitra Harapan Bekasi", "Klinik Pratama Sehat Sentosa", "RS Husada Prima Bandung"])
    pol, kartu = f"GH-{digits(rng, 6)}", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
    noklaim = f"CL{first.year % 100}{digits(rng, 7)}"
    rows, total = [], Decimal(0)
    for i, (what, lo, hi) in enumerate(ID_ITEMS[: rng.randint(3, 4)]):
        a = Decimal(rng.randrange(lo, hi) * 1000 + rng.choice([0, 500]))
        total += a
        when = tgl(first if i < 2 else later(rng, first, 3, 7)) if i != 1 else ""
        kw = f"KW/{digits(rng, 5)}"
        rows.append(
            f"<tr><td>{when}</td><td>{kw}</td><td>{what}</td><td class=r>Rp {money(a, 'de', 0)}</td></tr>"
        )
    g1 = grid(f"""Nama Pemegang Polis | PT Sinar Logam Cikarang | 5 ;; Nomor Polis | {pol} | 3 ;;
No. Kartu Peserta | {kartu} | 4 // Nama Peserta (karyawan) | {member} | 5 ;; NIK (KTP) | 32{digits(rng, 14)} |
4 ;;
No. HP | 08{digits(rng, 10)} | 3 // Nama Pasien | {patient} | 5 ;; Hubungan dengan peserta | ☐ Diri sendiri
☐ Suami/Istri ☒ Anak | 7""")
    g2 = grid(f"""Jenis | ☒ Rawat Jalan ☐ Rawat Inap ☐ Gigi ☐ Kacamata | 6 ;; Diagnosa | Bronkitis akut
(J20.9) | 6 // Nama Rumah Sakit / Klinik | {rs} | 6 ;; Dokter pemeriksa | dr. Hendra Gunawan, Sp.A | 6""")
    left = money(Decimal(rng.randrange(2000, 9000) * 1000), "de", 0)
    body = f"""<div class=hd><div class=pt>Diisi oleh petugas<br>No. Klaim:
{noklaim}</div><b>{insurer}</b><br>
Asuransi Kesehatan Kumpulan</div><h3>FORMULIR KLAIM RAWAT JALAN</h3><h4>A. Data Peserta</h4>{g1}
<h4>B. Data Perawatan</h4>{g2}<h4>C. Rincian Kuitansi</h4><table class=t><tr><th>Tanggal</th><th>No.
Kuitansi</th><th>Jenis Biaya</th><th>Jumlah</th></tr>{"".join(rows)}<tr><td colspan=3><b>TOTAL BIAYA YANG
DIAJUKAN</b></td><td class=r><b>Rp {money(total, "de", 0)}</b></td></tr></table>Limit rawat jalan per tahun:
Rp 10.000.000 · Sisa limit: Rp {left}<h4>D. Rekening Pembayaran</h4>Bank Mandiri · No. Rekening
{digits(rng, 13)} · a.n. {member.upper()}<p>Bekasi, {tgl(later(rng, first, 10, 30))} &nbsp; Tanda tangan
peserta: ____________ &nbsp; Mengetahui HRD: ____________</p><div class=foot>{insurer} terdaftar dan diawasi
oleh Otoritas Jasa Keuangan (OJK). Klaim diajukan paling lambat 90 hari setelah tanggal perawatan.</div>"""
    loss, amt = (first, tgl(first)), (total, money(total, "de", 0))
    html = page(BASE_CSS + ID_CSS, body, "id")
    return make_claim("klaim_id", "id", html, **keyed(noklaim, pol, member, loss, amt, rs))
