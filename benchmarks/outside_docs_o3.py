"""Set O templates 9-12: Dutch hand-filled trip cancellation claim form with the insurer's receipt stamp,
Spanish dental reimbursement request with the clinic's invoice, Portuguese health expenses reimbursement
request, Italian direct-compensation letter after a CAI (constatazione amichevole) accident."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_z import Doc, amount, digits, esc, fdate, later, loss_date, make_claim, money, page

NL_CSS = """
@page { size: A4; margin: 12mm 15mm; } body { font: 8.5pt 'Liberation Sans'; color: #203040; }
.hd { border-bottom: 5px solid #f39200; padding-bottom: 3px; } .hd b { font-size: 15pt; color: #203040; }
.stamp { position: absolute; top: 4mm; right: 6mm; border: 2px solid #c62828; color: #c62828; padding: 3px
8px; transform: rotate(-4deg); font: bold 8pt 'DejaVu Sans Mono'; text-align: center; }
.s { margin-top: 7px; font-weight: bold; color: #f39200; font-size: 9.5pt; }
table.f { width: 100%; border-collapse: collapse; } table.f td { padding: 3px 4px; border-bottom: 0.5px solid
#9ab; vertical-align: bottom; } table.f td.q { width: 40%; color: #345; }
.h { font: 11pt 'DkgHandwriting'; color: #1a237e; } .cb { font-size: 8.5pt; }
"""


def hand(spec: str) -> str:
    """Printed questions and handwritten answers, written as ``question | answer //`` rows."""
    rows = [[" ".join(p.split()) for p in line.split("|")] for line in spec.split("//") if line.strip()]
    cells = "".join(f"<tr><td class=q>{q}</td><td><span class=h>{a}</span></td></tr>" for q, a in rows)
    return f"<table class=f>{cells}</table>"


def annulering_nl(rng: random.Random) -> Doc:
    d = loss_date(rng)
    nl = "{dd}-{mm}-{yyyy}"
    booked, cancel = later(rng, d, -150, -40), later(rng, d, 1, 3)
    leave = later(rng, cancel, 6, 30)
    name = rng.choice(["Marloes van der Wiel", "Joost Hoekstra", "Sanne Bakker-Oudshoorn"])
    policy, claim = f"ZR {digits(rng, 7)}", f"S{d.year % 100}-{digits(rng, 6)}"
    op = rng.choice(["Zonnewende Reizen B.V.", "Kompas & Kaap Reisorganisatie B.V."])
    price = amount(rng, 2400, 5200)
    fee = (price * Decimal("0.5")).quantize(Decimal("0.01"))
    extra = amount(rng, 60, 240)
    total = fee + extra
    sign = "M. v/d W." if name.startswith("Mar") else "&#8764;&#8764;"
    s1 = hand(f"""Naam en voorletters | {name} // Geboortedatum | {fdate(later(rng, d, -21000, -9000), nl)} //
 Polisnummer | {policy} // IBAN voor uitbetaling | NL{digits(rng, 2)} RABO 0{digits(rng, 9)}""")
    s2 = hand(f"""Reisorganisatie / verhuurder | {esc(op)} // Boekingsnummer | ZW{digits(rng, 7)} //
 Bestemming | Kreta, Griekenland &ndash; 2 personen // Boekingsdatum | {fdate(booked, nl)} //
 Vertrekdatum | {fdate(leave, nl)} // Totale reissom | € {money(price, "de")}""")
    s3 = hand(f"""Toelichting | Moeder opgenomen in het ziekenhuis na een herseninfarct //
 Naam familielid en relatie | Greet de Vries, moeder //
 Datum van de gebeurtenis (ziekte, ongeval, overlijden) | {fdate(d, nl)} //
 Wanneer heeft u de reis geannuleerd? | {fdate(cancel, nl)} //
 Behandelend arts (verklaring bijgevoegd) | dr. R. Mulder, neuroloog""")
    s4 = hand(f"""Annuleringskosten volgens nota reisorganisatie (50%) | € {money(fee, "de")} //
 Vooraf betaalde excursies, niet terugbetaald | € {money(extra, "de")} //
 <b>Totaal gedeclareerd</b> | € {money(total, "de")} //
 Al terugontvangen van reisorganisatie of creditcard | € 0,00""")
    s5 = hand(
        f"""Plaats en datum | Utrecht, {fdate(later(rng, cancel, 1, 2), nl)} // Handtekening | {sign}"""
    )
    body = f"""<div class=stamp>ZILVERMEEUW &middot; ONTVANGEN<br>{fdate(later(rng, cancel, 2, 6), nl)}<br>
schadenr. {claim}</div><div class=hd><b>Zilvermeeuw Verzekeringen</b><br>Schadeformulier annulering
&ndash; doorlopende reis- en annuleringsverzekering</div>
<p>Vul dit formulier volledig in met blokletters en stuur de annuleringsnota van de reisorganisatie mee.</p>
<div class=s>1. Verzekeringnemer</div>{s1}<div class=s>2. De reis</div>{s2}
<div class=s>3. Waarom heeft u geannuleerd?</div>
<p class=cb>&#9744; eigen ziekte of ongeval &nbsp; &#9746; ernstige ziekte, ongeval of overlijden van een
familielid in de 1e of 2e graad &nbsp; &#9744; schade aan eigen woning &nbsp; &#9744; anders</p>{s3}
<div class=s>4. Welke kosten declareert u?</div>{s4}<p>Eigen risico volgens polis: € 50,00</p>
<div class=s>5. Ondertekening</div><p>Ik verklaar dit formulier naar waarheid te hebben ingevuld.</p>{s5}
<p style="font-size:7pt;color:#667">Zilvermeeuw Verzekeringen N.V., Postbus 4120, 3502 HC Utrecht, KvK
{digits(rng, 8)}, AFM-vergunning {digits(rng, 8)}.</p>"""
    return make_claim(
        "annulering_nl", "nl", page(NL_CSS, body, "nl"), claim_number=(claim, claim),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, nl)),
        amount_claimed=(total, money(total, "de")), provider=(op, op),
    )  # fmt: skip


ES_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'DejaVu Sans'; }
.frm { border: 1.5px solid #0d47a1; padding: 6px 8px; } .frm h1 { font-size: 11.5pt; color: #0d47a1; margin:
0; } .off { float: right; border: 1px solid #0d47a1; padding: 2px 6px; font-size: 7.5pt; }
table.c { width: 100%; border-collapse: collapse; margin-top: 4px; } table.c td { border: 0.6px solid #90a4ae;
 padding: 1px 4px 2px; } table.c i { display: block; font-size: 6.5pt; color: #0d47a1; font-style: normal; }
.cut { border-top: 1px dashed #777; margin: 12px 0 8px; text-align: center; font-size: 7pt; color: #777; }
.inv h2 { font: bold 13pt 'DejaVu Serif'; margin: 0; } table.l { width: 100%; border-collapse: collapse; }
table.l th { border-bottom: 1.2px solid #000; text-align: left; } table.l td { padding: 2px 3px;
 border-bottom: 0.4px solid #ccc; } .r { text-align: right; white-space: nowrap; }
"""


def dental_es(rng: random.Random) -> Doc:
    d = loss_date(rng)
    es = "{dd}/{mm}/{yyyy}"
    name = rng.choice(["Beatriz Olmedo Sanchís", "Rubén Carrasco Idiáquez", "Nuria Ballester Peña"])
    policy, exp = f"{digits(rng, 3)}-{digits(rng, 7)}", f"RD-{d.year}-{digits(rng, 6)}"
    clinic = rng.choice(["Clínica Dental Altamira, S.L.P.", "Centro Odontológico Ría de Vigo, S.L."])
    first = rng.choice(["Lucía", "Pablo"])
    child, rel = f"{first} {name.split()[1]} Ortega", "hija" if first == "Lucía" else "hijo"
    acts = [
        ("Primera visita y diagnóstico", "&ndash;", 30, 60),
        ("Ortopantomografía", "&ndash;", 25, 45),
        ("Obturación composite", "36", 45, 90),
        ("Endodoncia molar", "46", 180, 320),
        ("Corona de zirconio", "46", 420, 690),
    ]
    d2, rows, total = later(rng, d, 7, 21), [], Decimal(0)
    for i, (what, tooth, lo, hi) in enumerate(acts):
        v = amount(rng, lo, hi)
        total += v
        day = "" if i not in (0, 3) else fdate(d if i == 0 else d2, es)
        rows.append(
            f"<tr><td>{day}</td><td>{what}</td><td>{tooth}</td><td class=r>{money(v, 'de')} €</td></tr>"
        )
    inv_date = later(rng, d2, 0, 4)
    body = f"""<div class=frm><div class=off>A cumplimentar por la compañía<br>Nº expediente: <b>{exp}</b>
</div><h1>DENTAMAR SEGUROS &ndash; Solicitud de reembolso de gastos dentales</h1>
<table class=c><tr><td colspan=2><i>Titular de la póliza (asegurado principal)</i>{name}</td>
<td><i>DNI / NIE</i>{digits(rng, 8)}{rng.choice("TRWAGMYFPDXBNJZ")}</td><td><i>Nº
de póliza</i>{policy}</td></tr>
<tr><td colspan=2><i>Paciente (si es distinto del titular)</i>{child}</td><td><i>Parentesco</i>{rel}</td>
<td><i>Nº de tarjeta</i>DM {digits(rng, 10)}</td></tr>
<tr><td colspan=2><i>Importe total de las facturas que presenta</i>{money(total, "de")} €</td>
<td colspan=2><i>IBAN para el abono</i>ES{digits(rng, 2)} 2100 {digits(rng, 4)}
{digits(rng, 2)}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}</td></tr></table>
<p>&#9746; Declaro que los datos son ciertos y autorizo a Dentamar Seguros a tratar los datos de salud del
paciente. &nbsp; Fecha: {fdate(later(rng, inv_date, 1, 9), es)} &nbsp; Firma del titular: ________</p></div>
<div class=cut>&#9986; &mdash; factura original adjunta &mdash;</div>
<div class=inv><h2>{esc(clinic)}</h2>CIF B{digits(rng, 8)} &middot; C/ Príncipe 41, 2º, 36202 Vigo &middot;
Registro sanitario C.{digits(rng, 4)}<br><br><b>FACTURA Nº F{d.year}/{digits(rng, 4)}</b> &nbsp; Fecha de
factura: {fdate(inv_date, es)}<br>Paciente: {child} &middot; Profesional: Dra. Marta Ibarra Gil, col.
36/{digits(rng, 4)}<br><br><table class=l><tr><th>Fecha</th><th>Tratamiento</th><th>Pieza</th>
<th class=r>Importe</th></tr>{"".join(rows)}<tr><td></td><td>Base imponible</td><td></td>
<td class=r>{money(total, "de")} €</td></tr><tr><td></td><td>IVA exento (art. 20.Uno.3º Ley
37/1992)</td><td></td> <td class=r>0,00 €</td></tr><tr><td></td><td><b>TOTAL FACTURA</b></td><td></td><td
class=r><b>{money(total, "de")} €</b></td></tr></table><p>Forma de pago: tarjeta. Pagado.</p></div>"""
    return make_claim(
        "dental_es", "es", page(ES_CSS, body, "es"), frozenset({"amount_claimed"}), claim_number=(exp, exp),
        policy_number=(policy, policy), claimant_name=(name, name), date_of_loss=(d, fdate(d, es)),
        amount_claimed=(total, money(total, "de")), provider=(clinic, clinic),
    )  # fmt: skip


PT_CSS = """
@page { size: A4; margin: 12mm 14mm; @bottom-right { content: "Mod. SAU-014/2024 · pág. " counter(page);
 font: 6.5pt 'Liberation Sans'; } }
body { font: 8.5pt 'Liberation Sans'; } .hd { background: #00695c; color: #fff; padding: 6px 8px; }
.hd b { font-size: 13pt; } .sec { border-left: 4px solid #00695c; padding-left: 5px; font-weight: bold;
 margin: 8px 0 3px; font-size: 9pt; }
table.b { width: 100%; border-collapse: collapse; } table.b td { border: 0.6px solid #444; padding: 2px 4px; }
table.b td.k { background: #e0f2f1; width: 23%; font-size: 7.5pt; }
table.d { width: 100%; border-collapse: collapse; } table.d th { background: #e0f2f1; font-size: 7.5pt;
 border: 0.6px solid #444; } table.d td { border: 0.6px solid #444; padding:
2px 4px; } .r { text-align: right; }
"""


def reembolso_pt(rng: random.Random) -> Doc:
    d = loss_date(rng)
    pt = "{dd}-{mm}-{yyyy}"
    name = rng.choice(["Inês Carvalho Meireles", "Rui Miguel Sacadura", "Filipa Abrantes Correia"])
    policy = f"{digits(rng, 2)}.{digits(rng, 6)}"
    prov = rng.choice(["Clínica Médica do Bonfim, Lda.", "Centro de Fisioterapia da Foz, Lda."])
    nif = f"5{digits(rng, 8)}"
    day, rows, total, sns = d, [], Decimal(0), Decimal(0)
    for i, what in enumerate(["Consulta de ortopedia", "Ecografia do ombro", "Sessões de fisioterapia (6)",
                              "Consulta de reavaliação"]):  # fmt: skip
        v = amount(rng, 45, 95) if i != 2 else amount(rng, 150, 270)
        c = Decimal("0.00") if i != 1 else amount(rng, 8, 20)
        total, sns = total + v, sns + c
        rows.append(
            f"<tr><td>{fdate(day, pt)}</td><td>FR {d.year}/{digits(rng, 4)}</td><td>{nif}</td>"
            f"<td>{what}</td><td class=r>{money(v, 'fr')}</td><td class=r>{money(c, 'fr')}</td></tr>"
        )
        day = later(rng, day, 3, 12)
    body = f"""<div class=hd><b>Atlântida Seguros</b> &middot; Seguro de
Saúde<br>PEDIDO DE REEMBOLSO DE DESPESAS
DE SAÚDE</div><p>Envie este pedido com os originais das faturas-recibo no prazo de 90 dias. As faturas devem
conter o NIF da pessoa segura.</p> <div class=sec>A. Pessoa segura</div><table class=b>
<tr><td class=k>Nome da pessoa segura</td><td colspan=3>{name}</td></tr>
<tr><td class=k>N.º de apólice</td><td>{policy}</td><td class=k>N.º de pessoa
segura</td><td>{digits(rng, 6)}-01</td></tr>
<tr><td class=k>Tomador do seguro</td><td>Cerâmicas Vale do Lis, S.A.</td><td
class=k>NIF</td><td>2{digits(rng, 8)}</td> </tr></table>
<div class=sec>B. Despesas apresentadas</div><table class=b><tr><td class=k>Prestador de cuidados</td>
<td colspan=3>{esc(prov)}</td></tr><tr><td class=k>Médico assistente</td><td colspan=3>Dr. Tiago Nóbrega
(cédula profissional n.º {digits(rng, 5)})</td></tr>
<tr><td class=k>Motivo / diagnóstico</td><td colspan=3>Tendinite do ombro direito &ndash; doença, não acidente
</td></tr></table><br><table class=d><tr><th>Data</th><th>N.º fatura-recibo</th><th>NIF prestador</th>
<th>Ato médico</th><th>Valor pago (€)</th><th>Compart. SNS/outro (€)</th></tr>{"".join(rows)}
<tr><td colspan=4><b>Total das despesas apresentadas</b></td><td class=r><b>{money(total, "fr")}</b></td>
<td class=r>{money(sns, "fr")}</td></tr></table>
<div class=sec>C. Pagamento</div><table class=b><tr><td class=k>IBAN</td><td>PT50 0035 {digits(rng, 4)}
{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}</td><td
class=k>Franquia anual</td><td>100,00 €</td></tr></table>
<div class=sec>D. Declaração</div><p>Declaro que as informações são verdadeiras e que não apresentei estas
despesas a outra entidade além da indicada.<br><br>Porto, {fdate(later(rng, day, 1, 10), pt)} &nbsp; &nbsp;
Assinatura: ______________________________</p>
<p style="font-size:6.5pt">Atlântida Seguros, S.A. &middot; Sede: Av. da Boavista 1200, 4100-130 Porto
&middot; NIPC 50{digits(rng, 7)} &middot; Capital social 25 000 000 € &middot; Autorizada pela ASF.</p>"""
    return make_claim(
        "reembolso_pt", "pt", page(PT_CSS, body, "pt"), claim_number=None, policy_number=(policy, policy),
        claimant_name=(name, name), date_of_loss=(d, fdate(d, pt)),
        amount_claimed=(total, money(total, "fr")), provider=(prov, prov),
    )  # fmt: skip


IT_CSS = """
@page { size: A4; margin: 20mm 22mm; } body { font: 10pt 'Liberation Serif'; line-height: 1.4; }
.mitt { font-size: 9.5pt; } .dest { margin: 10px 0 14px 55%; } .ogg { font-weight: bold; margin: 12px 0; }
ul { margin: 2px 0; padding-left: 18px; }
"""


def cai_it(rng: random.Random) -> Doc:
    d = loss_date(rng)
    it = "{dd}/{mm}/{yyyy}"
    name = rng.choice(["Alessandro Zanon", "Francesca Bortolami", "Davide Scarpa"])
    she = name.startswith("Francesca")
    claim, policy = f"{d.year}/RCA/{digits(rng, 7)}", f"{digits(rng, 3)}.{digits(rng, 6)}.{digits(rng, 2)}"
    shop = rng.choice(["Autocarrozzeria Bellotti s.n.c.", "Carrozzeria F.lli Menegazzo s.r.l."])
    net = amount(rng, 1300, 4800)
    iva = (net * Decimal("0.22")).quantize(Decimal("0.01"))
    total = net + iva
    plate = f"G{rng.choice('ABCDEFH')} {digits(rng, 3)} {rng.choice(['KL', 'TR', 'MZ'])}"
    body = f"""<div class=mitt>{name}<br>Via San Francesco
27<br>35121 Padova<br>C.F. {name.split()[1][:3].upper()}
{name.split()[0][:3].upper()}{digits(rng, 2)}H{digits(rng, 2)}G224{rng.choice("XYZ")}<br>PEC:
{name.split()[1].lower()}.{digits(rng, 2)}@pec.example.it</div>
<div class=dest>Spett.le<br>Assicurazioni Lagunari S.p.A.<br>Ufficio Sinistri Auto &ndash; CARD<br>
Fondamenta delle Zattere 1410<br>30123 Venezia</div>
<p>Raccomandata A/R anticipata via PEC<br>Padova, {fdate(later(rng, d, 2, 9), it)}</p>
<p class=ogg>Oggetto: richiesta di risarcimento diretto ai sensi dell'art. 149 D.Lgs. 209/2005 &ndash;
sinistro del {fdate(d, it)} &ndash; Vs. rif. sinistro n. {claim} &ndash; polizza RC auto n. {policy}</p>
<p>{"La sottoscritta" if she else "Il sottoscritto"}, proprietari{"a" if she else "o"} e conducente
dell'autovettura Fiat Tipo targata {plate}, assicurata presso la
Vostra Compagnia con la polizza in oggetto, Vi comunica che nel giorno indicato, alle ore 8:40 circa, in Corso
Milano a Padova, mentre era fermo al semaforo rosso, veniva tamponato dal veicolo Ford Transit targato
F{rng.choice("JKLM")} {digits(rng, 3)} PX, condotto dal proprietario Sig. Emanuele Ferrante e assicurato con
Tirrena Assicurazioni S.p.A., polizza n. {digits(rng, 9)}.</p>
<p>I conducenti hanno compilato e sottoscritto congiuntamente il modulo di constatazione amichevole (CAI), che
si allega: il Sig. Ferrante ha barrato la casella 8 (&laquo;tamponava&raquo;),
{"la" if she else "lo"} scrivente la casella 17
(&laquo;era fermo&raquo;). Era presente la testimone Sig.ra Laura Pizzolato,
residente a Padova. Non vi sono feriti.</p>
<p>Il veicolo è visionabile per la perizia presso la {esc(shop)}, Via Venezia 88, Padova, che ha redatto il
preventivo allegato:</p><ul><li>ricambi e manodopera: € {money(net, "de")}</li><li>IVA 22%: €
{money(iva, "de")} </li><li>totale preventivo, IVA inclusa: <b>€ {money(total, "de")}</b></li></ul>
<p>Chiedo pertanto il risarcimento della somma di cui sopra, oltre al fermo tecnico da quantificare, entro i
termini di legge (30 giorni in caso di CAI firmato da entrambi i conducenti).</p>
<p>Allegati: modulo CAI, preventivo della carrozzeria, libretto di circolazione, 6 fotografie.</p>
<p style="margin-left:55%">Distinti saluti<br><br>______________________</p>"""
    return make_claim(
        "cai_it", "it", page(IT_CSS, body, "it"), claim_number=(claim, claim), policy_number=(policy, policy),
        claimant_name=(name, name), date_of_loss=(d, fdate(d, it)),
        amount_claimed=(total, money(total, "de")), provider=(shop, shop),
    )  # fmt: skip
