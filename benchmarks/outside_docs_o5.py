"""Set O templates 17-20: Finnish travel accident claim with the Spanish clinic's invoice, Czech hail damage
claim form with checkboxes, Slovak burst pipe property claim, Croatian supplementary health insurance refund
request written as a letter."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_z import Doc, amount, digits, esc, fdate, grid, later, loss_date, make_claim, money, page

FI_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'DejaVu Sans'; color: #14213d; }
.hd { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; }
.hd b { font-size: 15pt; letter-spacing: 1px; } .hd i { font-style: normal; border: 1px solid #14213d;
 padding: 2px 8px; } table.fi { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.fi td { border: 0.6px solid #8d99ae; padding: 2px 5px 3px; vertical-align: top; }
table.fi .l { display: block; font-size: 6.5pt; color: #5c677d; }
table.fi .v { display: block; font-size: 9pt; }
h4 { margin: 7px 0 2px; font-size: 9pt; } .inv { border: 1px solid #555; margin-top: 10px; padding: 6px 8px;
 font: 8pt 'Liberation Sans'; } table.x { width: 100%; border-collapse: collapse; }
table.x td { padding: 1px 4px; border-bottom: 0.4px solid #bbb; }
.r { text-align: right; white-space: nowrap; }
"""


def matka_fi(rng: random.Random) -> Doc:
    d = loss_date(rng)
    fi, es = "{d}.{m}.{yyyy}", "{dd}/{mm}/{yyyy}"
    out, back, dob = later(rng, d, -6, -2), later(rng, d, 3, 9), later(rng, d, -22000, -8000)
    name = rng.choice(["Aino Lehtonen", "Veikko Rantanen", "Satu Kärkkäinen"])
    policy, claim = f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 1)}", f"MV{d.year % 100}{digits(rng, 7)}"
    clinic = rng.choice(["Clínica Internacional Costa Blanca", "Centro Médico Playa de San Juan"])
    items = [
        ("Consulta de urgencias / emergency consultation", amount(rng, 120, 220)),
        ("Radiografía tobillo 2 proyecciones / X-ray ankle", amount(rng, 90, 160)),
        ("Férula y vendaje / splint and bandage", amount(rng, 60, 140)),
        ("Control traumatología / follow-up visit", amount(rng, 80, 150)),
    ]
    total = sum(v for _, v in items)
    taxi = amount(rng, 14, 38)
    claim_total = total + taxi
    lines = "".join(f"<tr><td>{t}</td><td class=r>{money(v, 'de')} €</td></tr>" for t, v in items)
    g = lambda spec: grid(spec, "fi")  # noqa: E731
    iban = f"FI{digits(rng, 2)} 1234 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    hetu = f"{dob:%d%m%y}-{digits(rng, 3)}{rng.choice('AHK')}"
    who = g(f"""Vakuutettu (nimi) | {name} | 5 ;; Henkilötunnus | {hetu} | 3 ;;
 Vakuutusnumero | {policy} | 4 // Vahinkonumero (jos tiedossa) | {claim} | 4 ;;
 Puhelin | +358 40 {digits(rng, 3)} {digits(rng, 4)} | 4 ;; Tilinumero (IBAN) | {iban} | 4""")
    trip = g(f"""Matkakohde | Alicante, Espanja | 4 ;; Lähtöpäivä | {fdate(out, fi)} | 4 ;;
 Paluupäivä | {fdate(back, fi)} | 4""")
    what = g(f"""Tapaturmapäivä | {fdate(d, fi)} | 3 ;; Kuvaus | Liukastuin hotellin uima-altaan reunalla ja
 nilkka nyrjähti. Pääsin klinikalle taksilla. | 9 // Hoitopaikka ulkomailla | {esc(clinic)} | 6 ;;
 Käytittekö eurooppalaista sairaanhoitokorttia? | ei | 6""")
    costs = g(f"""Klinikan lasku (liite 1) | {money(total, "fr")} € | 4 ;; Taksikulut klinikalle ja takaisin
 (liite 2) | {money(taxi, "fr")} € | 4 ;; Haettava korvaus yhteensä | {money(claim_total, "fr")} € | 4 //
 Omavastuu vakuutusehtojen mukaan | 50,00 € | 6 ;; Korvattu muualta | 0,00 € | 6""")
    patient = f"{name.split()[1].upper()}, {name.split()[0]}"
    body = f"""<div class=hd><b>REVONTULI VAKUUTUS</b><i>Korvaushakemus &ndash; matkustajavakuutus</i></div>
<p>Sairaus tai tapaturma matkalla. Liitä mukaan alkuperäiset kuitit ja lääkärinlausunto.</p>
<h4>1. Vakuutettu ja vakuutus</h4>{who}<h4>2. Matka</h4>{trip}<h4>3. Mitä tapahtui?</h4>{what}
<h4>4. Haettavat kulut</h4>{costs}
<p>Vakuutan tiedot oikeiksi. Oulu {fdate(later(rng, back, 1, 10), fi)} &nbsp; Allekirjoitus ____________</p>
<div class=inv><b>{esc(clinic)}</b> &middot; Avda. de Niza 12, 03540 Alicante &middot;
NIF B{digits(rng, 8)}<br><b>FACTURA / INVOICE</b> nº {d.year}-{digits(rng, 5)} &nbsp; Paciente / patient:
{patient} &nbsp; Fecha de asistencia / date of service: {fdate(d, es)}<br><table class=x>{lines}
<tr><td><b>TOTAL (exento de IVA / VAT exempt)</b></td><td class=r><b>{money(total, "de")} €</b></td></tr>
</table>Pagado con tarjeta / paid by card</div>"""
    return make_claim(
        "matka_fi", "fi", page(FI_CSS, body, "fi"), frozenset({"provider"}), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, fi)),
        amount_claimed=(claim_total, money(claim_total, "fr")), provider=(clinic, clinic),
    )  # fmt: skip


CZ_CSS = """
@page { size: A4; margin: 11mm 13mm 15mm; @bottom-center { content: "Vltavská pojišťovna, a.s., IČO {ICO}, \
zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl B, vložka {VL}";
 font: 6.5pt 'DejaVu Sans'; } }
body { font: 8.5pt 'DejaVu Sans'; } .hd { background: #1565c0; color: #fff; padding: 5px 8px; }
.hd b { font-size: 13pt; } .n { display: inline-block; background: #1565c0; color: #fff; border-radius: 8px;
 width: 14px; text-align: center; margin-right: 4px; } h4 { margin: 6px 0 2px; font-size: 9pt; }
table.cz { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.cz td { border: 0.8px solid #1565c0; padding: 1px 4px 3px; vertical-align: top; }
table.cz .l { display: block; font-size: 6.5pt; color: #1565c0; }
table.cz .v { display: block; font-size: 9pt; min-height: 10pt; }
"""


def krupobiti_cz(rng: random.Random) -> Doc:
    d = loss_date(rng)
    cz = "{d}. {m}. {yyyy}"
    name = rng.choice(["Jana Procházková", "Petr Dvořáček", "Lucie Šimková"])
    policy, claim = f"{digits(rng, 10)}", f"{d.year}-{digits(rng, 6)}-HV"
    shop = rng.choice(["Autoservis Hrubý s.r.o.", "PDR Opravy karoserií Zlín s.r.o."])
    est = amount(rng, 18000, 95000)
    x = lambda on: "&#9746;" if on else "&#9744;"  # noqa: E731
    g = lambda spec: grid(spec, "cz")  # noqa: E731
    tel = f"+420 7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    s1 = g(f"""Číslo pojistné smlouvy | {policy} | 4 ;; Číslo pojistné události | {claim} | 4 ;;
 Druh pojištění | {x(1)} havarijní {x(0)} povinné ručení | 4""")
    s2 = g(f"""Jméno a příjmení / název | {name} | 6 ;;
 Rodné číslo / IČO | {digits(rng, 6)}/{digits(rng, 4)} | 3 ;; Telefon | {tel} | 3 //
 Adresa | Třída Tomáše Bati 1204, 760 01 Zlín | 8 ;; Plátce DPH | {x(0)} ano {x(1)} ne | 4""")
    s3 = g(f"""Tovární značka a typ | Hyundai i30 kombi 1.5 T-GDi | 5 ;;
 RZ | {digits(rng, 1)}Z{digits(rng, 1)} {digits(rng, 4)} | 2 ;;
 VIN | TMAH{digits(rng, 3)}BAL{digits(rng, 6)} | 5""")
    s4 = g(f"""Datum vzniku | {fdate(d, cz)} | 3 ;; Čas | 17:50 | 2 ;; Místo | Zlín, parkoviště u domu | 4 ;;
 Datum oznámení | {fdate(later(rng, d, 1, 4), cz)} | 3 // Příčina | {x(1)} krupobití {x(0)} střet s vozidlem
 {x(0)} živel jiný {x(0)} vandalismus {x(0)} odcizení | 12 // Popis | Během bouřky s krupobitím stálo vozidlo
 venku. Promáčkliny na kapotě, střeše a víku zavazadlového prostoru, prasklé pouzdro zrcátka. | 12 //
 Řidič v době události | vozidlo stálo, bez řidiče | 6 ;; Policie | {x(0)} ano {x(1)} ne | 6""")
    s5 = g(f"""Servis / opravna | {esc(shop)} | 6 ;; IČO servisu | {digits(rng, 8)} | 3 ;;
 Oprava bez laku (PDR) | {x(1)} ano | 3 // Předběžný rozpočet opravy vč. DPH | {money(est, "fr")} Kč | 6 ;;
 Spoluúčast dle smlouvy | 10 %, min. 5 000 Kč | 6""")
    h = lambda n, t: f"<h4><span class=n>{n}</span>{t}</h4>"  # noqa: E731
    body = f"""<div class=hd><b>Oznámení škodní události &ndash; vozidlo</b><br>havarijní pojištění &middot;
Vltavská pojišťovna</div><p>Vyplňte čitelně. Nevyplněné údaje mohou prodloužit šetření pojistné události.</p>
{h(1, "Pojistná smlouva a číslo škody")}{s1}{h(2, "Pojistník / vlastník vozidla")}{s2}{h(3, "Vozidlo")}{s3}
{h(4, "Škodní událost")}{s4}{h(5, "Oprava")}{s5}
{h(6, "Prohlášení")}<p>Prohlašuji, že jsem uvedl(a) pravdivé a úplné údaje.
Ve Zlíně dne {fdate(later(rng, d, 5, 9), cz)} &nbsp; &nbsp; Podpis: ______________________</p>"""
    css = CZ_CSS.replace("{ICO}", digits(rng, 8)).replace("{VL}", digits(rng, 4))
    return make_claim(
        "krupobiti_cz", "cs", page(css, body, "cs"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, cz)),
        amount_claimed=(est, money(est, "fr")), provider=(shop, shop),
    )  # fmt: skip


SK_CSS = """
@page { size: A4; margin: 14mm 15mm; } body { font: 9pt 'Liberation Sans'; }
.logo { font: bold 14pt 'Liberation Serif'; color: #2e7d32; } h1 { font-size: 11.5pt; margin: 6px 0; }
table.s { width: 100%; border-collapse: collapse; } table.s td { border: 0.6px solid #777; padding: 2px 5px; }
table.s td.l { background: #e8f5e9; width: 36%; } .r { text-align: right; }
table.s tr.h td { background: #2e7d32; color: #fff; font-weight: bold; }
"""


def potrubie_sk(rng: random.Random) -> Doc:
    d = loss_date(rng)
    sk = "{dd}.{mm}.{yyyy}"
    name = rng.choice(["Ing. Zuzana Hrušovská", "Mgr. Peter Baláž", "Ing. Ivana Kollárová"])
    policy = f"{digits(rng, 10)}"
    firm = rng.choice(["Vodoinštal Mráz s.r.o.", "Inštalatérske práce Ďurica s.r.o."])
    items = [
        (f"Oprava prasknutého potrubia (faktúra č. {digits(rng, 8)})", amount(rng, 180, 520)),
        ("Vysušenie a sanácia vlhkých stien", amount(rng, 350, 1100)),
        ("Maľovanie kúpeľne a chodby", amount(rng, 240, 690)),
        ("Laminátová podlaha v chodbe, 9 m²", amount(rng, 260, 800)),
    ]
    total = sum(v for _, v in items)
    rows = "".join(f"<tr><td>{t}</td><td class=r>{money(v, 'fr')} €</td></tr>" for t, v in items)
    sec = lambda t: f"<tr class=h><td colspan=2>{t}</td></tr>"  # noqa: E731
    kv = lambda a, b: f"<tr><td class=l>{a}</td><td>{b}</td></tr>"  # noqa: E731
    iban = f"SK{digits(rng, 2)} 0900 0000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
    third = "áno &ndash; byt č. 12 pod nami, p. Alžbeta Horváthová (hlási sama)"
    body = f"""<div class=logo>Tatranská poisťovňa, a.s.</div><h1>Hlásenie poistnej udalosti &ndash; poistenie
nehnuteľnosti a domácnosti</h1><table class=s>
{sec("A. Poistník / poistený")}{kv("Titul, meno a priezvisko", name)}
{kv("Rodné číslo", f"{digits(rng, 6)}/{digits(rng, 4)}")}
{kv("Adresa miesta poistenia", "Mýtna 38, 811 07 Bratislava")}
{kv("Číslo poistnej zmluvy", policy)}{kv("Číslo poistnej udalosti (vyplní poisťovňa)", "&nbsp;")}
{kv("Predmet poistenia", "&#9746; byt &nbsp; &#9746; domácnosť &nbsp; &#9744; rodinný dom")}
{sec("B. Poistná udalosť")}{kv("Dátum vzniku škody", fdate(d, sk))}{kv("Čas", "okolo 6:15")}
{kv("Príčina", "prasknutie prívodného potrubia studenej vody v stene kúpeľne")}
{kv("Kto opravu vykonal", esc(firm))}{kv("Vznikla škoda aj tretej osobe?", third)}
{kv("Dátum nahlásenia správcovi domu", fdate(later(rng, d, 1, 2), sk))}
{sec("C. Rozpis škody")}{rows}<tr><td class=l><b>Škoda spolu (požadované plnenie)</b></td>
<td class=r><b>{money(total, "fr")} €</b></td></tr>
{sec("D. Platobné údaje a poistné podmienky")}{kv("IBAN", iban)}
{kv("Poistná suma domácnosť / spoluúčasť", "42 000,00 € / 50,00 €")}</table>
<p>Vyhlasujem, že všetky údaje sú pravdivé. Súhlasím so spracúvaním osobných údajov na účely likvidácie.
<br><br>V Bratislave dňa {fdate(later(rng, d, 3, 7), sk)} &nbsp; &nbsp; Podpis poistníka: _______________</p>
<p style="font-size:6.5pt">Tatranská poisťovňa, a.s., Štúrova 7, 811 02 Bratislava, IČO {digits(rng, 8)},
zapísaná v Obchodnom registri Mestského súdu Bratislava III, odd. Sa, vl. č. {digits(rng, 4)}/B.</p>"""
    return make_claim(
        "potrubie_sk", "sk", page(SK_CSS, body, "sk"), claim_number=None, policy_number=(policy, policy),
        claimant_name=(name, name), date_of_loss=(d, fdate(d, sk)),
        amount_claimed=(total, money(total, "fr")), provider=(firm, firm),
    )  # fmt: skip


HR_CSS = """
@page { size: A4; margin: 20mm 22mm; } body { font: 10pt 'DejaVu Serif'; line-height: 1.35; }
.to { margin: 14px 0 14px 50%; } table.r { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.r td, table.r th { border: 0.6px solid #444; padding: 2px 5px; }
table.r th { background: #eee; } td.a { text-align: right; }
"""


def dopunsko_hr(rng: random.Random) -> Doc:
    d = loss_date(rng)
    hr = "{dd}.{mm}.{yyyy}."
    name = rng.choice(["Marija Barišić", "Ivan Perković", "Ana Vukelić Horvat"])
    policy, claim = f"DZO-{digits(rng, 9)}", f"{d.year}-{digits(rng, 5)}/DZ"
    prov = rng.choice(["Poliklinika Sveti Donat", "Specijalna bolnica Kvarner"])
    d2 = later(rng, d, 6, 20)
    d3 = later(rng, d2, 5, 15)
    visits = [
        (d, "specijalistički pregled (internist)"),
        (d2, "laboratorijska dijagnostika"),
        (d3, "ultrazvuk abdomena"),
    ]
    rows, total = [], Decimal(0)
    for day, what in visits:
        v = amount(rng, 4, 20)
        total += v
        bill = f"{digits(rng, 4)}-{digits(rng, 2)}-1"
        rows.append(f"<tr><td>{fdate(day, hr)}</td><td>{bill}</td><td>{what}</td>"
                    f"<td class=a>{money(v, 'de')} €</td></tr>")  # fmt: skip
    oib, mbo = digits(rng, 11), digits(rng, 9)
    body = f"""<p>{name}<br>Ulica Stjepana Radića 17<br>23000 Zadar<br>OIB: {oib}<br>MBO: {mbo}</p>
<div class=to>Jadranska osiguranja d.d.<br>Služba dopunskog zdravstvenog osiguranja<br>Riva 8, 21000 Split
</div><p>Zadar, {fdate(later(rng, d3, 3, 12), hr)}</p>
<p><b>Predmet: Zahtjev za povrat plaćene participacije &ndash; Vaš broj predmeta {claim}</b></p>
<p>Poštovani,</p><p>imam ugovoreno dopunsko zdravstveno osiguranje po polici broj {policy}, valjanoj od
{fdate(later(rng, d, -200, -30), hr)}. U ustanovi {esc(prov)}, Zadar, naplaćena mi je participacija jer polica
u tom trenutku nije bila vidljiva u sustavu HZZO-a. Prema Vašim uputama iz telefonskog razgovora šaljem
preslike računa i molim povrat plaćenog iznosa.</p>
<table class=r><tr><th>Datum usluge</th><th>Broj računa</th><th>Usluga</th><th>Participacija</th></tr>
{"".join(rows)}<tr><td colspan=3><b>Ukupno tražim povrat</b></td>
<td class=a><b>{money(total, "de")} €</b></td></tr></table>
<p>Iznos molim uplatiti na moj račun IBAN HR{digits(rng, 2)} 2340 0093 {digits(rng, 6)}{digits(rng, 4)}
(Privredna banka Zagreb).</p><p>Prilozi: 3 računa, potvrda o uplati, preslika iskaznice dopunskog
osiguranja.</p><p>S poštovanjem,<br><br>______________________<br>(vlastoručni potpis)</p>"""
    return make_claim(
        "dopunsko_hr", "hr", page(HR_CSS, body, "hr"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, hr)),
        amount_claimed=(total, money(total, "de")), provider=(prov, prov),
    )  # fmt: skip
