"""Set Q templates (motor): Irish motor claim form, Polish "zgłoszenie szkody" (autocasco), Portuguese
"participação de sinistro automóvel", Swedish "skadeanmälan fordon".

Ireland: claim the Claim reference, policy the Policy number (the third party's policy and the broker's
agency number are distractors), claimant the policyholder (not the driver at the time), date the Date of
accident (not the report or signature date), amount the garage estimate incl. VAT (not the excess), provider
the repairing garage. Poland: claim the Numer szkody, policy the Numer polisy (the sprawca's policy is a
distractor), claimant the Ubezpieczony/zgłaszający, date the Data zdarzenia (not the data zgłoszenia), amount
the kosztorys brutto (not the udział własny), provider the warsztat. Portugal: claim the Processo n.º,
policy the Apólice n.º, claimant the Tomador do seguro (not the condutor), date the Data do sinistro, amount
the orçamento of the oficina (not the franquia), provider the oficina. Sweden: claim the Skadenummer,
policy the Försäkringsnummer, claimant the Försäkringstagare, date the Skadedatum, amount the
reparationskostnad enligt kalkyl (not the självrisk), provider the verkstad.
"""

from __future__ import annotations

import random

from outside_common_z import (
    BASE_CSS,
    Doc,
    amount,
    digits,
    fdate,
    grid,
    kvs,
    later,
    loss_date,
    make_claim,
    money,
    page,
)

CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'DejaVu Sans'; } .top { display: flex;
 justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #8a1c1c; padding-bottom:
 2mm; } .logo { font: bold 14pt 'DejaVu Sans'; color: #8a1c1c; } h1 { font-size: 12pt; margin: 3mm 0 1mm; }
h2 { font-size: 9pt; background: #f1e4e4; padding: 2px 4px; margin: 3mm 0 1mm; } .sm { font-size: 7.3pt;
 color: #444; } .two { display: flex; gap: 5mm; } .two > div { flex: 1; border: 1px solid #aaa; padding:
 2mm; }
"""
)


def motor_ie(rng: random.Random) -> Doc:
    insurer = rng.choice(["Corrib Insurance DAC", "Slaney Motor Assurance", "Boyne General Insurance DAC"])
    holder = rng.choice(["Niamh Gallagher", "Pádraig Walsh", "Orla Kavanagh", "Seán Doyle"])
    driver = rng.choice(["Cathal Gallagher", "Eimear Walsh", "Rory Kavanagh"])
    acc = loss_date(rng)
    reported = later(rng, acc, 1, 3)
    signed = later(rng, reported, 1, 6)
    claim = f"MC/{digits(rng, 7)}"
    policy = f"PMV{digits(rng, 8)}"
    garage = rng.choice(
        ["Kelly's Motors Ltd", "Naas Road Accident Repair Centre", "Lee Valley Crash Repairs"]
    )
    estimate = amount(rng, 1500, 9000)
    dmy = "{dd}/{mm}/{yyyy}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Motor Claims, {
        rng.randrange(1, 60)
    }
{rng.choice(["Merrion Square", "South Mall", "Eyre Square"])} · Regulated by the Central Bank of Ireland</div>
</div><h1>Motor Claim Form</h1>{
        kvs(f'''
        Claim reference: | {claim} //
        Policy number: | {policy} //
        Policyholder: | {holder} //
        Date reported: | {fdate(reported, dmy)} //
        ''')
    }<div class=sm style="margin:2mm 0">Broker: {
        rng.choice(["Shannonside Insurance Brokers", "O'Dwyer Brokers"])
    }
– agency no. {digits(rng, 5)}</div><h2>Your vehicle and driver</h2>{
        kvs(f'''
        Registration: | {rng.randrange(191, 242)}-{rng.choice(["D", "C", "G", "KE"])}-{digits(rng, 5)} //
        Make and model: | {rng.choice(["Toyota Corolla 1.8 Hybrid", "Skoda Octavia 2.0 TDI"])} //
        Driver at the time: | {driver} //
        ''')
    }<h2>The accident</h2>{
        kvs(f'''
        Date of accident: | {fdate(acc, dmy)} //
        Time: | {rng.randrange(7, 22)}:{rng.randrange(10, 59)} //
        Location: | {rng.choice(["N7 near Rathcoole", "Patrick Street, Cork", "Quay Road, Galway"])} //
        Description: | {
            rng.choice(["Third party reversed out of a car park space", "Rear-ended at traffic lights"])
        } //
        ''')
    }<h2>Third party</h2>{
        kvs(f'''
        Name: | {rng.choice(["Declan Moran", "Aisling Byrne"])} //
        Insurer and policy no.: | {rng.choice(["Atlantic Direct", "Tara Insurance"])}, {digits(rng, 9)} //
        ''')
    }<h2>Repairs</h2>{
        kvs(f'''
        Garage carrying out repairs: | {garage} //
        Estimate of repair (incl. VAT): | €{money(estimate, 'en')} //
        Policy excess: | €{money(rng.choice([250, 300, 500]), 'en')} //
        ''')
    }<p class=sm>Signed: (signed) Date: {fdate(signed, dmy)}</p>"""
    return make_claim(
        "motor_ie",
        "en",
        page(CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(acc, fdate(acc, dmy)),
        amount_claimed=(estimate, f"€{money(estimate, 'en')}"),
        provider=(garage, garage),
    )


def szkoda_pl(rng: random.Random) -> Doc:
    insurer = rng.choice(["Towarzystwo Ubezpieczeń Wisła S.A.", "Notecka Ubezpieczenia S.A."])
    holder = rng.choice(["Katarzyna Nowak", "Paweł Wiśniewski", "Agnieszka Zielińska", "Tomasz Wójcik"])
    event = loss_date(rng)
    reported = later(rng, event, 1, 5)
    claim = f"SZ/{event.year}/{digits(rng, 6)}"
    policy = f"{digits(rng, 12)}"
    shop = rng.choice(
        ["Auto-Serwis Kowalczyk sp. z o.o.", "Blacharstwo Lakiernictwo Mazur", "Warsztat Motodrom s.c."]
    )
    brutto = amount(rng, 2500, 30000)
    dm = "{dd}.{mm}.{yyyy}"
    zl = " zł"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>ul. {
        rng.choice(["Marszałkowska", "Grunwaldzka", "Piotrkowska"])
    } {rng.randrange(1, 150)}, {rng.choice(["00-624 Warszawa", "80-244 Gdańsk", "90-001 Łódź"])}</div></div>
<h1>Zgłoszenie szkody komunikacyjnej – Autocasco</h1>{
        grid(f'''
        Numer szkody | {claim} | 4 ;; Numer polisy | {policy} | 4 ;; Data zgłoszenia |
          {fdate(reported, dm)} | 4 //
        Ubezpieczony / zgłaszający | {holder} | 6 ;; PESEL | {digits(rng, 11)} | 3 ;; Telefon |
          +48 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} | 3 //
        ''')
    }<h2>Zdarzenie</h2>{
        grid(f'''
        Data zdarzenia | {fdate(event, dm)} | 3 ;; Godzina |
          {rng.randrange(6, 22)}:{rng.randrange(10, 59)} | 2 ;; Miejsce | {
            rng.choice(["Kraków, ul. Wielicka", "Poznań, rondo Kaponiera", "Lublin, al. Racławickie"])
        } | 7 //
        Opis | {rng.choice(["Kolizja z innym pojazdem na skrzyżowaniu", "Uszkodzenie pojazdu na parkingu"])}
          | 12 //
        ''')
    }<h2>Sprawca (drugi uczestnik)</h2>{
        grid(f'''
        Imię i nazwisko | {rng.choice(["Marek Lewandowski", "Joanna Kamińska"])} | 5 ;; Nr rej. |
          {rng.choice(["WA", "KR", "PO"])} {digits(rng, 5)} | 3 ;; Polisa OC sprawcy |
          {digits(rng, 10)} | 4 //
        ''')
    }<h2>Naprawa</h2>{
        grid(f'''
        Warsztat | {shop} | 6 ;; NIP warsztatu | {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{
            digits(rng, 2)
        } | 3 ;; Forma rozliczenia | {rng.choice(["bezgotówkowa", "kosztorysowa"])} | 3 //
        ''')
    }{
        kvs(f'''
        Koszt naprawy wg kosztorysu (netto): | {money(brutto / 123 * 100, 'fr')}{zl} //
        Koszt naprawy wg kosztorysu (brutto): | {money(brutto, 'fr')}{zl} //
        Udział własny: | {money(rng.choice([300, 500, 1000]), 'fr')}{zl} //
        ''')
    }<p class=sm>Oświadczam, że podane informacje są zgodne z prawdą. Podpis: (podpis)</p>"""
    return make_claim(
        "szkoda_pl",
        "pl",
        page(CSS, body, "pl"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(holder, holder),
        date_of_loss=(event, fdate(event, dm)),
        amount_claimed=(brutto, f"{money(brutto, 'fr')} zł"),
        provider=(shop, shop),
    )


def sinistro_pt(rng: random.Random) -> Doc:
    insurer = rng.choice(["Atlântida Seguros, S.A.", "Mondego Mútua de Seguros", "Tejo Seguros Gerais"])
    holder = rng.choice(["Ana Rita Ferreira", "João Pedro Carvalho", "Mariana Sousa Lopes"])
    driver = rng.choice(["Rui Ferreira", "Inês Carvalho", "Tiago Lopes"])
    sin = loss_date(rng)
    part = later(rng, sin, 1, 7)
    proc = f"{sin.year}/AU/{digits(rng, 6)}"
    apolice = f"{digits(rng, 4)}{digits(rng, 6)}"
    oficina = rng.choice(
        ["Oficina Auto Reparadora do Minho, Lda.", "Garagem Central de Setúbal", "AutoBrilho Coimbra"]
    )
    orc = amount(rng, 800, 8000)
    dmy = "{dd}/{mm}/{yyyy}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Av. da Liberdade,
{rng.randrange(10, 250)}, 1250-{digits(rng, 3)} Lisboa · NIPC {digits(rng, 9)}</div></div>
<h1>Participação de Sinistro Automóvel</h1><div class=two><div><b>Tomador do seguro</b>{
        kvs(f'''
        Nome: | {holder} //
        Apólice n.º: | {apolice} //
        NIF: | {digits(rng, 9)} //
        ''')
    }</div><div><b>Mediador</b>{
        kvs(f'''
        Nome: | {rng.choice(["Mediação Costa e Filhos, Lda.", "Segurinvest Mediadores"])} //
        Código: | {digits(rng, 6)} //
        Processo n.º: | {proc} //
        ''')
    }</div></div><h2>Sinistro</h2>{
        kvs(f'''
        Data do sinistro: | {fdate(sin, dmy)} //
        Local: | {rng.choice(["A1, km 45, sentido Sul", "Rotunda da Boavista, Porto", "EN125, Faro"])} //
        Condutor do veículo seguro: | {driver} //
        Matrícula: | {digits(rng, 2)}-{rng.choice(["AB", "QZ", "TR"])}-{digits(rng, 2)} //
        Houve Declaração Amigável? | {rng.choice(["Sim", "Não"])} //
        ''')
    }<h2>Danos e reparação</h2>{
        kvs(f'''
        Oficina: | {oficina} //
        Orçamento de reparação (IVA incluído): | {money(orc, 'de')} € //
        Franquia contratual: | {money(rng.choice([250, 400, 500]), 'de')} € //
        Data da participação: | {fdate(part, dmy)} //
        ''')
    }<p class=sm>O tomador declara serem verdadeiras as informações prestadas. Assinatura: (assinado)</p>"""
    return make_claim(
        "sinistro_pt",
        "pt",
        page(CSS, body, "pt"),
        claim_number=(proc, proc),
        policy_number=(apolice, apolice),
        claimant_name=(holder, holder),
        date_of_loss=(sin, fdate(sin, dmy)),
        amount_claimed=(orc, f"{money(orc, 'de')} €"),
        provider=(oficina, oficina),
    )


def skade_se(rng: random.Random) -> Doc:
    insurer = rng.choice(
        ["Fjällsäker Försäkring AB", "Mälardalens Ömsesidiga Försäkring", "Norrsken Försäkring"]
    )
    holder = rng.choice(["Anna Lindqvist", "Erik Johansson", "Maja Bergström", "Oskar Nilsson"])
    skadedag = loss_date(rng)
    anm = later(rng, skadedag, 1, 6)
    skadenr = f"{digits(rng, 2)}-{digits(rng, 6)}"
    fnr = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    shop = rng.choice(["Bilverkstan i Västerås AB", "Plåt och Lack Göteborg AB", "Umeå Bilskadecenter"])
    cost = amount(rng, 6000, 80000)
    ymd = "{yyyy}-{mm}-{dd}"
    body = f"""<div class=top><div class=logo>{insurer}</div><div class=sm>Skadeservice · Box
{rng.randrange(100, 9999)}, {rng.choice(["106 40 Stockholm", "411 04 Göteborg"])} · Org.nr 5{digits(rng, 5)}-{
        digits(rng, 4)
    }</div></div><h1>Skadeanmälan fordon</h1><div class=two><div><b>Försäkringstagare</b>{
        kvs(f'''
        Namn | {holder} //
        Personnummer | 19{rng.randrange(50, 99)}{digits(rng, 4)}-{digits(rng, 4)} //
        Försäkringsnummer | {fnr} //
        ''')
    }</div><div><b>Handläggning</b>{
        kvs(f'''
        Skadenummer | {skadenr} //
        Anmäld | {fdate(anm, ymd)} //
        Handläggare | {rng.choice(["Linnea Åberg", "Johan Ek"])} //
        ''')
    }</div></div><h2>Skadehändelse</h2>{
        grid(f'''
        Skadedatum | {fdate(skadedag, ymd)} | 3 ;; Registreringsnummer | {rng.choice(["ABC", "KLM", "RSU"])}
          {digits(rng, 2)}{rng.choice("ABCDE")} | 3 ;; Skadeort |
          {rng.choice(["Uppsala", "Örebro", "Luleå"])} | 6 //
        Skadetyp | {rng.choice(["Viltolycka (rådjur)", "Parkeringsskada", "Stenskott och kollision"])} | 12 //
        ''')
    }<h2>Reparation</h2>{
        grid(f'''
        Verkstad | {shop} | 6 ;; Reparationskostnad enligt kalkyl | {money(cost, 'fr')} kr | 6 //
        Självrisk vagnskada | {money(rng.choice([2000, 3000, 5000]), 'fr')} kr | 6 ;; Hyrbil | {
            rng.choice(["Nej", "Ja, 5 dagar"])
        } | 6 //
        ''')
    }<p class=sm>Jag intygar att uppgifterna är riktiga. Underskrift: (underskrift)</p>"""
    return make_claim(
        "skade_se",
        "sv",
        page(CSS, body, "sv"),
        claim_number=(skadenr, skadenr),
        policy_number=(fnr, fnr),
        claimant_name=(holder, holder),
        date_of_loss=(skadedag, fdate(skadedag, ymd)),
        amount_claimed=(cost, f"{money(cost, 'fr')} kr"),
        provider=(shop, shop),
    )
