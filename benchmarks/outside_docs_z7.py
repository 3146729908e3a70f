"""Set Z templates: Irish travel insurance claim (baggage delay, airline as provider), UK business
interruption claim letter from a company, Malaysian critical illness claim form (claimant's statement).

Travel: date_of_loss the date of the delay (not the departure or return dates), amount the "Total amount
claimed" (not airline compensation received), provider the airline; the PIR reference and flight number are
distractors. BI letter: claim and policy numbers in the "Re:" line, claimant the writing company, date in
words, amount the total claim (not the interim payment or the deductible), no provider. CI: claimant the
policy owner, date_of_loss the date of first diagnosis, amount the sum assured claimed, no provider.
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
    kv,
    kvs,
    later,
    loss_date,
    make_claim,
    money,
    page,
)

DMY = "{dd}/{mm}/{yyyy}"

TRAVEL_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 9pt 'Liberation Sans'; } .top { background: #0f7a6b;
 color: #fff; padding: 3mm; display: flex; justify-content: space-between; } .logo { font: bold 15pt
 'Liberation Sans'; } h2 { font-size: 9.5pt; color: #0f7a6b; margin: 3mm 0 1mm; border-bottom: 1px solid
 #0f7a6b; } .note { font-size: 7.5pt; color: #444; }
"""
)


def travel_ie(rng: random.Random) -> Doc:
    insurer = rng.choice(["Shamrock Travel Insurance DAC", "Emerald Isle Assurance", "Liffey Travel Cover"])
    name = rng.choice(["Siobhán Murphy", "Ciarán O'Neill", "Aoife Brennan", "Declan Fitzgerald"])
    dep = loss_date(rng)
    delay = later(rng, dep, 0, 0)
    ret = later(rng, dep, 7, 16)
    signed = later(rng, ret, 2, 10)
    airline = rng.choice(["Aer Celtic", "SkyBridge Airways", "Iberian Wings S.A."])
    flight = f"{airline[:2].upper()}{rng.randrange(100, 999)}"
    policy = f"TRV-{digits(rng, 8)}"
    claim = f"TC{digits(rng, 7)}"
    buys = [("Toiletries and essentials", 25, 90), ("Change of clothing", 60, 220), ("Phone charger", 15, 40)]
    items = [(t, amount(rng, lo, hi)) for t, lo, hi in buys]
    total = sum(a for _, a in items)
    rows = "".join(
        f"<tr><td>{t}</td><td>{fdate(later(rng, delay, 0, 1), DMY)}</td>"
        f"<td class=r>€{money(a, 'en')}</td></tr>"
        for t, a in items
    )
    dest = rng.choice(["Dublin – Málaga", "Cork – Lisbon", "Shannon – Boston"])
    body = f"""<div class=top><span class=logo>{insurer}</span><span>Claims: +353 1 {digits(rng, 3)} {
        digits(rng, 4)
    }
</span></div><h2>Claim form – Section C: Baggage delay</h2>{
        grid(f'''
        Policy number | {policy} | 4 ;; Claim number (if already notified) | {claim} | 4 ;; Policy type |
          Annual multi-trip | 4 //
        Name of policyholder | {name} | 6 ;; Date of birth |
          {rng.randrange(10, 28)}/0{rng.randrange(1, 9)}/19{rng.randrange(60, 99)} | 3 ;; Eircode |
          D0{rng.randrange(1, 9)} {digits(rng, 2)}X{digits(rng, 1)} | 3 //
        ''')
    }<h2>Your trip</h2>{
        grid(f'''
        Departure date | {fdate(dep, "{d} {mon} {yyyy}")} | 3 ;; Return date | {fdate(ret, DMY)} | 3 ;;
          Destination / route | {dest} | 6 //
        ''')
    }<h2>Details of the delay</h2>{
        grid(f'''
        Airline / carrier | {airline} | 4 ;; Flight number | {flight} | 2 ;; Date baggage delayed |
          {fdate(delay, DMY)} | 3 ;; Hours delayed | {rng.randrange(13, 70)} hrs | 3 //
        Property Irregularity Report (PIR) ref. |
          {rng.choice(['AGP', 'LIS', 'BOS'])}{airline[:2].upper()}{digits(rng, 5)} | 6 ;; Compensation
          received from airline | €{money(rng.choice([0, 50, 75]), 'en')} | 6 //
        ''')
    }<h2>Emergency purchases (receipts attached)</h2><table class=t><tr><th>Item</th><th>Date purchased</th>
<th class=r>Amount</th></tr>{rows}<tr><td colspan=2><b>Total amount claimed</b></td><td class=r><b>€{
        money(total, "en")
    }</b></td></tr></table>
<p class=note>Policy excess does not apply to Section C. Maximum benefit €{
        rng.choice([300, 500])
    } per person.</p>
<h2>Declaration</h2>{kv([("Signature:", "(signed)"), ("Date:", fdate(signed, DMY))])}"""
    return make_claim(
        "travel_ie",
        "en",
        page(TRAVEL_CSS, body, "en"),
        repeats=frozenset({"date_of_loss"}),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(name, name),
        date_of_loss=(delay, fdate(delay, DMY)),
        amount_claimed=(total, f"€{money(total, 'en')}"),
        provider=(airline, airline),
    )


BI_CSS = """
@page { size: A4; margin: 18mm 22mm; @bottom-center { content: element(foot); } } body { font: 10pt
 'Liberation Serif'; line-height: 1.35; } .lh { text-align: right; } .co { font: bold 15pt 'Liberation Sans';
 color: #243c6b; } .re { font-weight: bold; margin: 5mm 0; } table.c { border-collapse: collapse; margin: 3mm
 0 3mm 8mm; } table.c td { padding: 1.5px 8px; } .r { text-align: right; white-space: nowrap; } .tot td {
 border-top: 1px solid #000; font-weight: bold; } .foot { position: running(foot); font: 7pt 'Liberation
Sans';
 color: #555; text-align: center; }
"""


def bi_letter_uk(rng: random.Random) -> Doc:
    company = rng.choice(
        ["Hallam Precision Engineering Ltd", "Tyneside Bakeries Limited", "Corran Print & Pack Ltd"]
    )
    loss = loss_date(rng)
    dated = later(rng, loss, 40, 120)
    interim_date = later(rng, loss, 20, 35)
    insurer = rng.choice(["Britannic Commercial Insurance plc", "Wessex & Mercia Insurance Co Ltd"])
    claim = f"BI/{loss.year}/{digits(rng, 6)}"
    policy = f"CCP {digits(rng, 7)}"
    gp, icow, other = amount(rng, 40000, 260000), amount(rng, 5000, 45000), amount(rng, 1500, 9000)
    total = gp + icow + other
    interim = (total * rng.choice([20, 25, 40]) / 100).quantize(gp)
    words = "{d} {month} {yyyy}"
    event = rng.choice(["fire", "escape of water", "storm damage"])
    body = f"""<div class=lh><div class=co>{company}</div>Unit {rng.randrange(1, 20)}, {
        rng.choice(["Parkway Industrial Estate", "Riverside Business Park"])
    }
<br>{rng.choice(["Sheffield S9 1XU", "Gateshead NE11 0SQ", "Stockport SK4 1NJ"])}<br>Tel 0{digits(rng, 3)} {
        digits(rng, 7)
    }</div>
<p>{fdate(dated, words)}</p><p>The Major Loss Claims Manager<br>{insurer}<br>{
        rng.randrange(1, 90)
    } Gracechurch
Street<br>London EC3V 0BT</p><p>cc: {rng.choice(["Marsh-Hale Brokers", "Aldgate Risk Partners"])} (broker)</p>
<p>Dear Sir or Madam,</p><p class=re>Re: Business interruption claim {claim} – Policy No. {policy} –
{event} at our premises on {fdate(loss, words)}</p>
<p>Further to the interim payment of £{money(interim, "en")} received on {fdate(interim_date, words)}, we
now submit our claim under the business interruption section of the above policy for the indemnity period to
date, prepared with our accountants and supported by the enclosed schedules.</p>
<table class=c><tr><td>Loss of gross profit (reduction in turnover × rate of gross profit)</td><td class=r>
£{money(gp, "en")}</td></tr><tr><td>Increased cost of working</td><td class=r>£{money(icow, "en")}</td></tr>
<tr><td>Additional expenditure (temporary premises, overtime)</td><td class=r>£{money(other, "en")}</td></tr>
<tr class=tot><td>Total amount claimed</td><td class=r>£{money(total, "en")}</td></tr></table>
<p>The policy deductible of £{money(rng.choice([2500, 5000, 10000]), "en")} and the interim payment should be
deducted in settlement. We would be grateful if your loss adjuster could confirm the figures so that the
balance can be paid.</p><p>Yours faithfully,</p><p><br>{
        rng.choice(["Rachel Thornton", "David Ashcroft", "Neil Pryce"])
    }
<br>Finance Director<br>For and on behalf of {company}</p>
<div class=foot>{company} · Registered in England and Wales No. {digits(rng, 8)} · VAT No. GB {digits(rng, 3)}
{digits(rng, 4)} {digits(rng, 2)}</div>"""
    return make_claim(
        "bi_letter_uk",
        "en",
        page(BI_CSS, body, "en"),
        repeats=frozenset({"claimant_name"}),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(company, company),
        date_of_loss=(loss, fdate(loss, words)),
        amount_claimed=(total, f"£{money(total, 'en')}"),
    )


CI_CSS = (
    BASE_CSS
    + """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.8pt 'DejaVu Sans'; } .top { display: flex;
 justify-content: space-between; border-bottom: 2px solid #7b1e3a; } .logo { font: bold 14pt 'DejaVu Serif';
 color: #7b1e3a; } h1 { font-size: 12pt; margin: 3mm 0 0; } .bm { font-style: italic; font-size: 8pt;
 color: #555; margin-bottom: 2mm; } h2 { font-size: 9pt; background: #eedde2; padding: 2px 4px; margin: 3mm
0 1mm; }
"""
)


def ci_life_my(rng: random.Random) -> Doc:
    insurer = rng.choice(["Bunga Raya Life Berhad", "Permata Takaful Berhad", "Kinabalu Assurance Berhad"])
    owner = rng.choice(["Nurul Aisyah binti Ahmad", "Tan Chee Keong", "Suresh a/l Muniandy", "Wong Mei Ling"])
    assured = rng.choice([owner, "Lim Kok Wai", "Siti Hajar binti Yusof"])
    diagnosed = loss_date(rng)
    signed = later(rng, diagnosed, 10, 60)
    policy = f"{rng.choice(['L', 'T'])}{digits(rng, 9)}"
    claim = f"CI-{diagnosed.year}-{digits(rng, 6)}"
    sum_assured = rng.choice([50000, 100000, 150000, 250000, 300000])
    illness = rng.choice(["Cancer (malignant)", "Heart attack", "Stroke", "Kidney failure"])
    body = f"""<div class=top><div class=logo>{insurer}</div><div style="font-size:7.5pt">Ibu Pejabat, Menara
{insurer.split()[0]}, Jalan Tun Razak, 50400 Kuala Lumpur</div></div><h1>Critical Illness Claim Form –
Claimant's Statement</h1><div class=bm>Borang Tuntutan Penyakit Kritikal – Kenyataan Penuntut</div>{
        grid(f'''
        Policy No. / No. Polisi | {policy} | 4 ;; Claim No. (for office use) | {claim} | 4 ;; Plan |
          {rng.choice(["CI Protect 36", "LifeCare Plus with CI rider"])} | 4 //
        ''')
    }<h2>A. Particulars of Life Assured / Butiran Hayat Diinsuranskan</h2>{
        grid(f'''
        Full name (as in NRIC) | {assured} | 6 ;; NRIC No. |
          {digits(rng, 6)}-{rng.randrange(10, 14)}-{digits(rng, 4)} | 3 ;; Occupation |
          {rng.choice(["Teacher", "Engineer", "Clerk", "Self-employed"])} | 3 //
        ''')
    }<h2>B. Particulars of Claimant (Policy Owner) / Butiran Penuntut</h2>{
        grid(f'''
        Full name | {owner if owner != assured else "Same as Life Assured"} | 6 ;; Relationship to Life
          Assured | {"Self" if owner == assured else "Spouse"} | 3 ;; Mobile no. |
          01{rng.randrange(0, 9)}-{digits(rng, 3)} {digits(rng, 4)} | 3 //
        ''')
    }<h2>C. Details of Illness / Butiran Penyakit</h2>{
        grid(f'''
        Nature of critical illness | {illness} | 6 ;; Date of first diagnosis | {fdate(diagnosed, DMY)} | 3
          ;; Date symptoms first appeared | Unsure | 3 //
        Note | The Attending Physician's Statement (Form CI-2) must be completed by the doctor at the
          patient's own cost. | 12 //
        ''')
    }<h2>D. Benefit Claimed / Manfaat Dituntut</h2>{
        kvs(f'''
        Amount claimed (Sum Assured): | RM {money(sum_assured, 'en')} //
        Outstanding policy loan, if any: | RM {money(amount(rng, 0, 4000), 'en')} //
        Payment by: | Direct credit to policy owner's account //
        ''')
    }<h2>E. Declaration / Akuan</h2><p style="font-size:7.5pt">I/We declare that the answers above are true
and
complete. Signature of claimant: (signed)  Date: {fdate(signed, DMY)}</p>"""
    owner_shown = owner if owner != assured else assured
    return make_claim(
        "ci_life_my",
        "en",
        page(CI_CSS, body, "en"),
        claim_number=(claim, claim),
        policy_number=(policy, policy),
        claimant_name=(owner_shown, owner_shown),
        date_of_loss=(diagnosed, fdate(diagnosed, DMY)),
        amount_claimed=(sum_assured, f"RM {money(sum_assured, 'en')}"),
    )
