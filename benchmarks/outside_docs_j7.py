"""Set J templates: Swiss French caterer's facture with QR-bill part, French bookshop facture."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

CH_CSS = """
@page { size: A4; margin: 0; }
body { font: 9.5pt 'Liberation Sans'; margin: 0; }
.sheet { padding: 15mm 18mm 0 20mm; height: 178mm; position: relative; }
.brand { font: italic bold 20pt 'Liberation Serif'; color: #8a1538; } .brand span
{ font-weight: normal; color: #555; }
.addr { position: absolute; top: 45mm; left: 118mm; line-height: 1.4; }
.meta { margin-top: 40mm; } .meta td { padding: 1px 12px 1px 0; }
h1 { font-size: 14pt; margin: 12px 0 6px; }
table.l { width: 100%; border-collapse: collapse; } table.l th
{ border-bottom: 1px solid #8a1538; padding: 3px; text-align: left; }
table.l td { padding: 2px 3px; } .r { text-align: right !important; white-space: nowrap; }
table.t { margin: 6px 0 0 auto; border-collapse: collapse; } table.t td { padding: 2px 6px; }
table.t tr.b td { font-weight: bold; border-top: 1px solid #000; }
.qr { position: absolute; top: 192mm; left: 0; width: 210mm; height: 105mm; border-top: 1px dashed #000;
  display: flex; font: 8pt 'Liberation Sans'; }
.rc { width: 52mm; padding: 5mm; border-right: 1px dashed #000; } .pp { padding: 5mm; flex: 1; }
.qr h5 { font-size: 11pt; margin: 0 0 4mm; } .qr b { font-size: 6.5pt; display: block; margin-top: 2mm; }
.code { width: 40mm; height: 40mm; border: 3mm solid #000; outline: 1mm solid #000; outline-offset: -8mm;
  margin-bottom: 4mm; }
"""

FOOD = [
    ("Apéritif dînatoire, {n} pièces par personne", 2.6, 18, 34),
    ("Plateaux repas froids", 2.6, 24, 39),
    ("Buffet de desserts maison", 2.6, 9, 16),
    ("Jus de fruits et eaux minérales", 2.6, 4, 7),
    ("Vin blanc du Lavaux AOC, bouteille", 8.1, 24, 38),
    ("Service du personnel (heures)", 8.1, 52, 68),
    ("Location de vaisselle et nappage", 8.1, 3, 6),
]


def rappen(x: Decimal) -> Decimal:
    return q2((x * 20).quantize(Decimal(1)) / 20)


def traiteur_ch(rng: random.Random) -> Doc:
    brand, legal = rng.choice(
        [
            ("Duval", "Duval Traiteur Sàrl"),
            ("Rochat", "Rochat Gastronomie SA"),
            ("Bovard", "Bovard & Fils Sàrl"),
        ]
    )
    city = rng.choice(["1006 Lausanne", "1204 Genève", "2000 Neuchâtel"])
    issued = issue_date(rng)
    event = issued - timedelta(days=rng.randrange(3, 10))
    due = issued + timedelta(days=30)
    number = f"{issued.year % 100}{rng.randrange(1000, 9999)}"
    d = "{dd}.{mm}.{yyyy}"
    guests = rng.randrange(20, 90)
    rows, base = [], {Decimal("2.6"): Decimal(0), Decimal("8.1"): Decimal(0)}
    for text, rate, lo, hi in rng.sample(FOOD, 5):
        qty = (
            guests
            if "par personne" in text or "Plateaux" in text or "Buffet" in text
            else rng.randrange(6, 30)
        )
        price = Decimal(rng.randrange(lo * 20, hi * 20)) / 20
        amt = q2(price * qty)
        base[Decimal(str(rate))] += amt
        rows.append(
            f"<tr><td>{text.format(n=rng.randrange(5, 9))}</td><td class=r>{qty}</td>"
            f"<td class=r>{money(price, 'ch')}</td><td class=r>{str(rate).replace('.', ',')} %</td>"
            f"<td class=r>{money(amt, 'ch')}</td></tr>"
        )
    ht = base[Decimal("2.6")] + base[Decimal("8.1")]
    tva = {r: q2(b * r / 100) for r, b in base.items()}
    raw = ht + sum(tva.values())
    total = rappen(raw)
    diff = total - raw
    acompte = Decimal(rng.randrange(5, 20) * 100)
    solde = total - acompte
    iban = (
        f"CH{rng.randrange(10, 99)} 3000 " + " ".join(str(rng.randrange(1000, 9999)) for _ in range(3)) + " 0"
    )
    ref = " ".join(f"{rng.randrange(0, 99999):05d}" for _ in range(5))
    street = (
        f"{rng.choice(['Rue du Simplon', 'Avenue de la Gare', 'Chemin des Vignes'])} {rng.randrange(2, 40)}"
    )
    client = rng.choice(["Fondation Horizon", "Cabinet Favre & Associés", "Banque Privée Lémanique SA"])
    body = f"""<div class=sheet>
<div class=brand>{brand} <span>· traiteur · événements</span></div>
<div style="font-size:8pt;color:#555">{street} · {city} · +41 21 {rng.randrange(300, 999)}
{rng.randrange(10, 99)}
{rng.randrange(10, 99)} · IDE
CHE-{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)} TVA</div>
<div class=addr>{esc(client)}<br>Service comptabilité<br>Case postale {rng.randrange(100, 9999)}<br>
{rng.choice(["1001 Lausanne", "1211 Genève 3", "1700 Fribourg"])}</div>
<table class=meta><tr><td>Facture n°</td><td>{number}</td><td>Date de
facture</td><td>{fdate(issued, d)}</td></tr>
<tr><td>N° client</td><td>{rng.randrange(1000, 9999)}</td><td>Échéance</td><td>{fdate(due, d)}</td></tr>
<tr><td>Votre réf.</td><td>Commande du {fdate(event - timedelta(days=21), d)}</td><td>Manifestation</td>
<td>{fdate(event, d)}, {guests} personnes</td></tr></table>
<h1>Facture</h1>
<table class=l><tr><th>Désignation</th><th class=r>Quantité</th><th class=r>Prix CHF</th><th
class=r>TVA</th>
<th class=r>Montant CHF</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Total hors TVA</td><td class=r>{money(ht, "ch")}</td></tr>
<tr><td>TVA 2,6 %</td><td class=r>{money(tva[Decimal("2.6")], "ch")}</td></tr>
<tr><td>TVA 8,1 %</td><td class=r>{money(tva[Decimal("8.1")], "ch")}</td></tr>
<tr><td>Arrondi</td><td class=r>{"-" if diff < 0 else ""}{money(abs(diff), "ch")}</td></tr>
<tr class=b><td>Total CHF</td><td class=r>{money(total, "ch")}</td></tr>
<tr><td>Acompte reçu</td><td class=r>-{money(acompte, "ch")}</td></tr>
<tr class=b><td>Solde à payer</td><td class=r>{money(solde, "ch")}</td></tr></table>
<p style="font-size:8.5pt">Payable à 30 jours net. Merci de votre confiance!</p></div>
<div class=qr><div class=rc><h5>Récépissé</h5><b>Compte / Payable
à</b>{iban}<br>{esc(legal)}<br>{street}<br>{city}
<b>Référence</b>{ref}<b>Payable par</b>{esc(client)}<b>Monnaie &nbsp; Montant</b>CHF &nbsp;
{money(solde, "sp")}</div>
<div class=pp><h5>Section paiement</h5><div class=code></div><b>Monnaie &nbsp; Montant</b>CHF &nbsp;
{money(solde, "sp")}<br style="clear:both"></div></div>"""
    return make(
        "traiteur_ch",
        "fr",
        page(CH_CSS, body, "fr"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "ch")),
        currency=("CHF", "CHF"),
        vendor_name=(legal, legal),
        subtotal=(ht, money(ht, "ch")),
        tax=(sum(tva.values()), tuple(money(v, "ch") for v in tva.values())),
    )


FR_CSS = """
@page { size: A4; margin: 16mm 16mm 30mm;
  @bottom-center { content: element(mentions); } }
body { font: 9.5pt 'DejaVu Sans'; color: #333; }
.head { display: flex; justify-content: space-between; }
.mono { width: 22mm; height: 22mm; background: #1f6f8b; color: white; font: bold 18pt 'DejaVu Serif';
  text-align: center; line-height: 22mm; border-radius: 3mm; }
.ft { text-align: right; } .ft .t { font-size: 20pt; color: #1f6f8b; letter-spacing: 2px; }
.boxes { display: flex; justify-content: space-between; margin: 14mm 0 6mm; }
.boxes > div { width: 46%; } .client { background: #f3f6f8; padding: 4mm; }
table.l { width: 100%; border-collapse: collapse; }
table.l th { background: #1f6f8b; color: white; padding: 4px; text-align: left; font-weight: normal; }
table.l td { padding: 4px; border-bottom: 1px solid #e5e5e5; } .r
{ text-align: right !important; white-space: nowrap; }
table.t { margin: 8px 0 0 auto; width: 50%; border-collapse: collapse; } table.t td { padding: 3px 4px; }
table.t tr.ttc td { font-weight: bold; border-top: 1px solid #1f6f8b; }
table.t tr.net td { font-weight: bold; font-size: 11pt; background: #1f6f8b; color: white; }
.cond { font-size: 8pt; margin-top: 10mm; color: #555; }
.mentions { position: running(mentions); font-size: 7pt; text-align: center; color: #666; }
"""

BOOKS = [
    ("Manuel de mathématiques 5e, éd. 2023", 5.5, 22, 29),
    ("Atlas géographique du monde", 5.5, 18, 25),
    ("Dictionnaire Le Robert Collège", 5.5, 19, 24),
    ("Romans classiques, lot de lecture cursive", 5.5, 5, 9),
    ("Cahiers grand format 96 p., paquet de 10", 20, 11, 16),
    ("Calculatrice scientifique collège", 20, 17, 24),
    ("Frais de port et emballage", 20, 25, 60),
]


def librairie_fr(rng: random.Random) -> Doc:
    legal = rng.choice(["Librairie Verdier SARL", "Le Passeur de Pages SAS", "Librairie des Canuts SARL"])
    initials = "".join(w[0] for w in legal.split() if w[0].isupper() and w not in ("SARL", "SAS"))[:2]
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    delivered = issued - timedelta(days=rng.randrange(2, 9))
    number = f"F-{issued.year}-{rng.randrange(1, 999):05d}"
    dl = "{d} {month} {yyyy}"
    rows, base = [], {Decimal("5.5"): Decimal(0), Decimal("20"): Decimal(0)}
    for text, rate, lo, hi in BOOKS:
        if rng.random() < 0.2 and "port" not in text:
            continue
        qty = 1 if "port" in text else rng.randrange(10, 120)
        price = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        amt = q2(price * qty)
        base[Decimal(str(rate))] += amt
        rate_s = str(rate).replace(".", ",")
        rows.append(
            f"<tr><td>{text}</td><td class=r>{qty}</td><td class=r>{money(price, 'fr')} €</td>"
            f"<td class=r>{rate_s} %</td><td class=r>{money(amt, 'fr')} €</td></tr>"
        )
    ht = sum(base.values())
    tva = {r: q2(b * r / 100) for r, b in base.items()}
    ttc = ht + sum(tva.values())
    acompte = q2(ttc * Decimal("0.3"))
    siren = f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    body = f"""
<div class=head><div class=mono>{initials}</div><div class=ft><div class=t>FACTURE</div>N°
{number}</div></div>
<div class=boxes><div>Date d'émission : {fdate(issued, dl, "fr")}<br>Date d'échéance :
{fdate(due, dl, "fr")}<br>
Date de livraison : {fdate(delivered, "{dd}/{mm}/{yyyy}")}<br>Bon de commande :
BC-{rng.randrange(1000, 9999)}<br>
Réf. client : CL{rng.randrange(10000, 99999)}</div>
<div class=client><b>Facturé
à</b><br>{rng.choice(["Collège Jean Moulin", "Collège Victor Hugo", "Lycée Ampère"])}<br>
Service intendance<br>{rng.randrange(1, 90)}
{rng.choice(["rue de la République", "avenue Berthelot", "quai Saint-Vincent"])}<br>
69{rng.randrange(0, 9)}0{rng.randrange(0, 9)} Lyon</div></div>
<table class=l><tr><th>Désignation</th><th class=r>Qté</th><th class=r>P.U. HT</th><th class=r>TVA</th>
<th class=r>Total HT</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Total HT</td><td class=r>{money(ht, "fr")} €</td></tr>
<tr><td>TVA 5,5 %</td><td class=r>{money(tva[Decimal("5.5")], "fr")} €</td></tr>
<tr><td>TVA 20 %</td><td class=r>{money(tva[Decimal("20")], "fr")} €</td></tr>
<tr class=ttc><td>Total TTC</td><td class=r>{money(ttc, "fr")} €</td></tr>
<tr><td>Acompte versé</td><td class=r>- {money(acompte, "fr")} €</td></tr>
<tr class=net><td>Net à payer</td><td class=r>{money(ttc - acompte, "fr")} €</td></tr></table>
<div class=cond>Conditions de paiement : 30 jours date de facture, par virement sur IBAN FR76 1027 8073
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}
{rng.randrange(100, 999)}
(BIC CMCIFR2A). Pas d'escompte pour paiement anticipé. En cas de retard, pénalités au taux de trois fois le
taux
d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de
commerce).</div>
<div class=mentions>{esc(legal)} au capital de {rng.choice(["8 000", "10 000", "15 000"])} € ·
{rng.randrange(1, 60)} rue
Mercière, 69002 Lyon · RCS Lyon {siren} · SIRET {siren.replace(" ", "")}000{rng.randrange(10, 99)} · TVA
intracom.
FR{rng.randrange(10, 99)}{siren.replace(" ", "")} · APE 4761Z</div>"""
    return make(
        "librairie_fr",
        "fr",
        page(FR_CSS, body, "fr"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, dl, "fr")),
        due_date=(due, fdate(due, dl, "fr")),
        total=(ttc, money(ttc, "fr")),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(ht, money(ht, "fr")),
        tax=(sum(tva.values()), tuple(money(v, "fr") for v in tva.values())),
    )
