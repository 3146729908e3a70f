"""Set P templates: Irish life assurance death claim, Canadian cyber incident notice letter, Austrian extended
warranty repair claim, Italian credit protection (job loss) claim."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_j import fdate, money, page, q2
from outside_common_z import BASE_CSS, Doc, amount, digits, grid, kvs, later, loss_date, make_claim
from outside_docs_p1 import keyed

DMY = "{dd}.{mm}.{yyyy}"
SL = "{dd}/{mm}/{yyyy}"

IE_CSS = """@page { size: A4; margin: 14mm 16mm;
@bottom-center { content: "DCF/03 · Page " counter(page) " of " counter(pages); font-size: 6.5pt; } }
body { font: 8.7pt 'DejaVu Sans'; } .hd
{ display: flex; justify-content: space-between; border-bottom: 2px solid
#006747; } .lg { font: bold 14pt 'DejaVu Serif'; color: #006747; } h2 { font-size: 12pt; margin: 6px 0; }
h4 { margin: 7px 0 2px; color: #006747; } .foot { font-size: 6.5pt; color: #444; margin-top: 8px; }"""


def death_ie(rng: random.Random) -> Doc:
    died = loss_date(rng)
    insurer = rng.choice(["Shannonside Life Assurance DAC", "Wicklow Life & Pensions DAC"])
    sur = rng.choice(["O'Sullivan", "Brennan", "Fitzgerald", "Ní Bhriain"])
    deceased = f"{rng.choice(['Michael', 'Seán', 'Declan'])} {sur}"
    claimant = f"{rng.choice(['Siobhán', 'Aoife', 'Mary', 'Gráinne'])} {sur}"
    ref, pol = f"DC{died.year % 100}{digits(rng, 6)}", f"{rng.choice(['LP', 'TA'])}{digits(rng, 7)}"
    sum_assured = Decimal(rng.randrange(80, 400) * 1000)
    premium, start = money(amount(rng, 18, 95)), fdate(later(rng, died, -6000, -900), SL)
    born, registered = fdate(later(rng, died, -27000, -15000), SL), fdate(later(rng, died, 4, 20), SL)
    funeral, gp = rng.choice(["Ó Murchú", "Kilbride"]), rng.choice(["Niamh Walsh", "Conor Kelleher"])
    solicitor = rng.choice(["Keane Geraghty", "Moran Joyce"])
    eircode = f"H91 {rng.choice('ACDEFHK')}{digits(rng, 2)}{rng.choice('PTWX')}"
    g1 = grid(f"""Policy number | {pol} | 3 ;; Plan | ☒ Term life cover ☐ Mortgage protection ☐ Whole of life
| 6 ;; Assigned to a lender? | ☐ Yes ☒ No | 3 // Benefit claimed | Sum assured €{money(sum_assured)} | 4 ;;
Monthly premium | €{premium} | 4 ;; Policy start date | {start} | 4""")
    g2 = grid(f"""Full name | {deceased} | 5 ;; Date of birth | {born} | 3 ;; PPS number |
{digits(rng, 7)}{rng.choice("ABCDEFW")} | 4 // Date of death | {fdate(died, SL)} | 3 ;; Place of death |
University Hospital Galway | 5 ;; Date death registered | {registered} | 4 // Cause of death (as on
certificate)
| Myocardial infarction | 6 ;; Funeral director | {funeral} Funeral Directors, Tuam | 6 // GP / medical
attendant | Dr {gp}, Tuam Medical Centre | 6 ;; Solicitor for the estate | {solicitor} Solicitors | 6""")
    g3 = grid(f"""Full name of claimant | {claimant} | 5 ;; Relationship to the deceased | Spouse | 3 ;; PPS
number |
{digits(rng, 7)}{rng.choice("ABCDEFT")} | 4 // Claiming as | ☒ Named beneficiary ☐ Executor ☐ Administrator
☐ Trustee | 7 ;; Eircode | {eircode} | 5 // Bank | BIC AIBKIE2D · IBAN IE{digits(rng, 2)} AIBK
9{digits(rng, 5)} {digits(rng, 4)} {digits(rng, 4)} | 12""")
    body = f"""<div class=hd><div><div class=lg>{insurer}</div>Claims Department · Lower Dominick St,
Galway</div> <div>Our reference: <b>{ref}</b><br><small>please quote on all correspondence</small></div></div>
<h2>Death Claim Form – Life Assurance</h2>Please complete in BLOCK CAPITALS where possible and return with
the original death certificate.<h4>Section A – Policy</h4>{g1}<h4>Section B – The life assured
(deceased)</h4>{g2}<h4>Section C – Claimant</h4>{g3}<h4>Section D – Declaration</h4>I/We declare that the
answers given are true and complete and authorise {insurer} to obtain medical information about the
deceased.<br>Signature of claimant: ____________________ &nbsp; Date: {fdate(later(rng, died, 21, 60), SL)}
<div class=foot>{insurer} is regulated by the Central Bank of Ireland. Registered in Ireland No.
{digits(rng, 6)}. Registered office: Lower Dominick Street, Galway.</div>"""
    loss, amt = (died, fdate(died, SL)), (sum_assured, money(sum_assured))
    html = page(BASE_CSS + IE_CSS, body, "en")
    return make_claim("death_ie", "en", html, **keyed(ref, pol, claimant, loss, amt, None))


CY_CSS = """@page { size: Letter; margin: 20mm 24mm; } body
{ font: 10pt 'Liberation Serif'; line-height: 1.3; }
.lh { text-align: center; border-bottom: 1px solid #333; padding-bottom: 4px; }
.lh b { font-size: 14pt; letter-spacing: 1px; } .re { font-weight: bold; margin: 10px 0; }
table.s { width: 85%; margin: 6px auto; border-collapse: collapse; }
table.s td { padding: 2px 6px; border-bottom: 0.5px solid #999; } .cc { font-size: 8.5pt; }"""

CY_LOSS = [
    ("Forensic investigation and containment", 18000, 65000),
    ("Breach counsel (privacy and notification advice)", 9000, 30000),
    ("Data restoration and system rebuild", 12000, 55000),
    ("Notification letters and credit monitoring", 4000, 22000),
    ("Business interruption – lost gross profit (5 days)", 40000, 180000),
]


def cyber_ca(rng: random.Random) -> Doc:
    start = loss_date(rng)
    found = later(rng, start, 1, 3)
    co = rng.choice(
        ["Northbridge Precision Castings Inc.", "Red Hill Valley Foods Ltd.", "Grand River Dental Labs Inc."]
    )
    vendor = rng.choice(["Breachline Forensics Inc.", "Sentinel North Incident Response Ltd."])
    pol, file_no = f"CYB-{digits(rng, 6)}-{start.year % 100}", f"LSI-CY-{start.year % 100}-{digits(rng, 5)}"
    signer, role = rng.choice(
        [("Karen Mbeki", "Chief Financial Officer"), ("Louis Tremblay", "President and CEO")]
    )
    L = "{month} {d}, {yyyy}"
    rows, total = [], Decimal(0)
    for what, lo, hi in CY_LOSS:
        a = amount(rng, lo, hi)
        total += a
        rows.append(f"<tr><td>{what}</td><td class=r>{money(a)}</td></tr>")
    dated, police = fdate(later(rng, found, 2, 6), L, "en"), f"{digits(rng, 2)}-{digits(rng, 6)}"
    body = f"""<div class=lh><b>{co}</b><br>{rng.randint(100, 990)} Burlington Street East, Hamilton, Ontario
L8L 4H{rng.randint(1, 9)} · 905-555-0{digits(rng, 3)}</div><p>{dated}</p><p>SENT BY E-MAIL<br>Claims
Department – Cyber and Technology<br>Laurentian Specialty Insurance Company<br>{rng.randint(100, 400)} Bay
Street, Suite 1800<br>Toronto, Ontario M5J 2T3</p><div class=re>Re: Notice of cyber incident and preliminary
proof of loss<br>Policy No. {pol} – Your File No. {file_no}</div><p>Dear Sir or Madam:</p><p>Further to our
telephone notification to your 24-hour breach hotline, we write to give formal notice under the above policy.
The incident began on {fdate(start, L)}, when an unauthorised party used compromised VPN credentials to enter
our network and deploy ransomware on our file and ERP servers. It was discovered on {fdate(found, L)} when
production scheduling could not be opened.</p><p>With your approval we have retained {vendor}, a firm on your
incident response panel, to contain and investigate the attack, and Marchetti Dubois LLP as breach counsel. No
ransom has been paid. The Office of the Privacy Commissioner of Canada and the Hamilton Police Service
(occurrence no. {police}) have been informed.</p><p>Our preliminary statement of loss, in Canadian dollars, is
as follows:</p><table class=s>{"".join(rows)}<tr><td><b>Total preliminary claim</b></td><td class=r><b>
{money(total)}</b></td></tr></table><p>We understand that the policy retention of $25,000.00 applies and that
the aggregate limit is $2,000,000.00. Invoices and the forensic report will follow.</p><p>Yours truly,</p>
<p><br>{signer}<br>{role}</p><p class=cc>cc: Harbourview Insurance Brokers Ltd., attention Priya Chaudhary,
Account Executive</p>"""
    loss, amt = (start, fdate(start, L)), (total, money(total))
    html = page(BASE_CSS + CY_CSS, body, "en")
    return make_claim("cyber_ca", "en", html, **keyed(file_no, pol, co, loss, amt, vendor))


AT_CSS = """@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'Liberation Sans'; }
.hd
{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #d2232a; }
.lg { font: bold 13pt 'Liberation Sans'; } h2 { font-size: 12pt; margin: 6px 0 2px; }
.cols { display: flex; gap: 8px; } .cols > div { flex: 1; } h4 { margin: 6px 0 2px; font-size: 8.5pt; }
table.t td { font-size: 8pt; } .foot { font-size: 6.4pt; color: #444; margin-top: 8px; }"""


def garantie_at(rng: random.Random) -> Doc:
    day = loss_date(rng)
    insurer = rng.choice(["Donau Garantie Versicherung AG", "Alpenland Produktschutz Versicherungs-AG"])
    kunde = rng.choice(["Mag. Birgit Huber", "Ing. Thomas Wimmer", "Dr. Sabine Pichler", "Franz Steinbauer"])
    firm = rng.choice(
        ["Elektro Gruber Hausgeräteservice GmbH", "Kundendienst Aigner e.U.", "Weißwaren-Service Moser KG"]
    )
    snr, cert = f"GV{day.year}-{digits(rng, 6)}", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
    bought = later(rng, day, -1300, -760)
    price = Decimal(rng.randrange(549, 1299)) - Decimal("0.01")
    parts = [
        ("Anfahrt Zone 2", 1, 49, 79),
        ("Arbeitszeit je angef. 1/4 h", rng.randint(3, 6), 22, 29),
        ("Laugenpumpe komplett", 1, 65, 140),
        ("Elektronikmodul (Steuerplatine)", 1, 180, 390),
    ]
    rows, net = [], Decimal(0)
    for i, (what, qty, lo, hi) in enumerate(parts):
        unit = amount(rng, lo, hi)
        net += unit * qty
        rows.append(
            f"<tr><td>{i + 1}</td><td>{what}</td><td class=r>{qty}</td><td class=r>{money(unit, 'de')}</td>"
            f"<td class=r>{money(unit * qty, 'de')}</td></tr>"
        )
    vat = q2(net * Decimal("0.2"))
    total = net + vat
    until, visit = fdate(later(rng, bought, 1825, 1825), DMY), fdate(later(rng, day, 2, 6), DMY)
    g1 = grid(f"""Name | {kunde} | 12 // Anschrift | Hauptplatz {rng.randint(1, 40)}, 4060 Leonding | 12 //
Garantiezertifikat Nr. | {cert} | 6 ;; Laufzeit bis | {until} | 6""")
    g2 = grid(f"""Gerät | Waschmaschine Frontlader | 6 ;; Marke / Modell | Bosch Serie 6 WGG244 | 6 //
Seriennummer | FD{digits(rng, 4)} {digits(rng, 6)} | 6 ;; Kaufdatum | {fdate(bought, DMY)} | 6 // Händler |
Elektro-Fachmarkt Pasching | 6 ;; Kaufpreis | € {money(price, "de")} | 6""")
    g3 = grid(f"""Schadentag | {fdate(day, DMY)} | 3 ;; Techniker vor Ort | {visit} | 3 ;; Fehlercode | E18 /
F21 | 2 ;; Fremdeinwirkung | ☐ ja ☒ nein | 4 // Fehlerbeschreibung | Gerät pumpt nicht ab, Programm bricht ab;
Laugenpumpe blockiert und Steuerplatine defekt (Kurzschluss). Reparatur wirtschaftlich sinnvoll. | 12""")
    iban = f"AT{digits(rng, 2)} 2032 0{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}"
    body = f"""<div class=hd><div><div class=lg>{firm}</div>Reparatur · Ersatzteile · Kundendienst aller
Marken<br>Wiener Straße {rng.randint(2, 160)}, 4020 Linz · Tel. 0732 {digits(rng, 6)}</div><div>Auftrag Nr.
{digits(rng, 6)}</div></div><h2>Reparaturauftrag mit Schadenmeldung – Garantieverlängerung</h2>an:
{insurer}, Abteilung Schaden, Postfach {rng.randint(10, 99)}, 1011 Wien · Freigabe erteilt unter Schaden-Nr.
<b>{snr}</b><div class=cols><div><h4>Kunde / Versicherungsnehmer</h4>{g1}</div><div><h4>Gerät</h4>{g2}</div>
</div><h4>Schadenhergang</h4>{g3}<h4>Kostenvoranschlag</h4><table class=t><tr><th>Pos.</th><th>Bezeichnung
</th><th>Menge</th><th>Einzelpreis €</th><th>Gesamt €</th></tr>{"".join(rows)}<tr><td colspan=4 class=r>
Summe netto</td><td class=r>{money(net, "de")}</td></tr><tr><td colspan=4 class=r>USt 20 %</td><td class=r>
{money(vat, "de")}</td></tr><tr><td colspan=4 class=r><b>Gesamtbetrag (an Versicherer zu verrechnen)</b>
</td><td class=r><b>{money(total, "de")}</b></td></tr></table>Selbstbehalt laut Zertifikat: € 0,00 ·
Höchstentschädigung: Kaufpreis des Geräts<p>Linz, am
{fdate(later(rng, day, 2, 6), "{d}. {month} {yyyy}", "at")}
&nbsp; Unterschrift Kunde: ____________ &nbsp; Stempel / Unterschrift Techniker: ____________</p>
<div class=foot>{firm} · UID ATU{digits(rng, 8)} · FN {digits(rng, 6)} {rng.choice("abdfhk")} · Landesgericht
Linz · Sparkasse OÖ, IBAN {iban}</div>"""
    loss, amt = (day, fdate(day, DMY)), (total, money(total, "de"))
    html = page(BASE_CSS + AT_CSS, body, "de")
    keys = keyed(snr, cert, kunde, loss, amt, firm)
    return make_claim("garantie_at", "de", html, frozenset({"provider"}), **keys)


IT_CSS = """@page { size: A4; margin: 14mm 17mm; } body { font: 8.8pt 'DejaVu Serif'; }
.hd { border-bottom: 1px solid #234; padding-bottom: 4px; } .lg
{ font: bold 13pt 'DejaVu Serif'; color: #234; } h2 { font-size: 11.5pt; text-align: center; margin: 8px 0; }
.s { font-weight: bold; margin-top: 8px; border-bottom: 0.5px solid #234; } table.kv td.l { width: 44%; }
.foot { font-size: 6.4pt; margin-top: 10px; color: #444; }"""


def cpi_it(rng: random.Random) -> Doc:
    ended = loss_date(rng)
    insurer = rng.choice(["Aurora Vita e Danni S.p.A.", "Compagnia Assicurativa Lagunare S.p.A."])
    bank = rng.choice(["Banca Popolare del Tirreno S.p.A.", "Cassa di Risparmio di Valdarno S.p.A."])
    name = rng.choice(["Giulia Bernardi", "Francesco Esposito", "Chiara Lombardo", "Davide Ferraro"])
    sin, pol = f"{ended.year}/CPI/{digits(rng, 6)}", f"{digits(rng, 4)}/{digits(rng, 2)}"
    rata = amount(rng, 180, 620)
    n = rng.choice([6, 9, 12])
    total = q2(rata * n)
    letter, did = fdate(later(rng, ended, -60, -15), SL), fdate(later(rng, ended, 3, 10), SL)
    cf = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
    cf += f"{digits(rng, 2)}A{digits(rng, 2)}H{digits(rng, 3)}X"
    lent, paid_out = (
        money(Decimal(rng.randrange(8, 40) * 1000), "de"),
        fdate(later(rng, ended, -900, -200), SL),
    )
    k0 = kvs(f"""N. sinistro (a cura della Compagnia) | {sin} // Polizza collettiva n. | {pol} //
Contraente della polizza collettiva | {bank} // N. adesione / certificato | {digits(rng, 9)}""")
    k1 = kvs(f"""Cognome e nome | {name} // Codice fiscale | {cf} // Residenza | Via dei Mille
{rng.randint(1, 120)}, 57126 Livorno""")
    k2 = kvs(f"""Contratto di prestito personale n. | PP{digits(rng, 10)} // Importo finanziato | € {lent} //
Rata mensile | € {money(rata, "de")} // Data di erogazione | {paid_out}""")
    k3 = kvs(f"""Datore di lavoro | Logistica Portuale Labronica S.r.l. // Tipo di contratto | ☒ tempo
indeterminato
☐ tempo determinato ☐ lavoro autonomo // Data della lettera di licenziamento | {letter} // Data di cessazione
del
rapporto di lavoro | {fdate(ended, SL)} // Motivo | licenziamento per giustificato motivo oggettivo (riduzione
di personale) // Dichiarazione di immediata disponibilità (DID) | {did}""")
    k4 = kvs(f"""Numero di rate richieste | {n} rate mensili // Importo complessivo richiesto | €
{money(total, "de")}
// Franchigia | 60 giorni dalla cessazione // Pagamento | accredito sul c/c di addebito delle rate presso
{bank.split(" S.p.A.")[0]}""")
    body = f"""<div class=hd><div class=lg>{insurer}</div>Ufficio Sinistri CPI · Casella Postale
{rng.randint(100, 999)}, 20123 Milano · PEC sinistri.cpi@pec.example.it</div><h2>DENUNCIA DI SINISTRO –
PERDITA INVOLONTARIA DEL POSTO DI LAVORO<br><small>Assicurazione a protezione del credito (CPI) abbinata al
finanziamento</small></h2>{k0}<div class=s>1. Assicurato</div>{k1}<div class=s>2. Finanziamento</div>{k2}
<div class=s>3. Evento</div>{k3}<div class=s>4. Prestazione richiesta</div>{k4}<p>Allegati: ☒ lettera di
licenziamento ☒ modello UniLav ☒ DID ☐ estratto conto NASpI<br>Livorno, {fdate(later(rng, ended, 12, 40), SL)}
&nbsp; Firma dell'Assicurato ____________________</p><div class=foot>{insurer} · Sede legale in Milano ·
Iscritta all'Albo delle imprese di assicurazione IVASS n. 1.00{digits(rng, 3)} · P. IVA {digits(rng, 11)} ·
Informativa privacy ai sensi del Reg. UE 2016/679</div>"""
    loss, amt = (ended, fdate(ended, SL)), (total, money(total, "de"))
    html = page(BASE_CSS + IT_CSS, body, "it")
    return make_claim("cpi_it", "it", html, **keyed(sin, pol, name, loss, amt, None))
