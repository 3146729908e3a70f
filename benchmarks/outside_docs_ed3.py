"""Set ED receipts 7-9: a Greek taverna's e-receipt opened from its QR code (a phone screenshot: the O.E.
legal name above the taverna's name, the address, ΑΦΜ and ΔΟΥ, ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ, cover
charge, ΦΠΑ 13 % / 24 %, a card tip on top of the Σύνολο and the Σύνολο πληρωμής, ΜΑΡΚ and UID), a Lisbon
vet clinic's Fatura-Recibo (WeasyPrint: the Lda. name under the clinic's, the client's NIF and address in
a box, IVA 23 % and 6 %, ATCUD, the next vaccination date, '03-11-2025') and a Turkish online electronics
shop's e-Arşiv Fatura (ReportLab: the A.Ş. seller block with Vergi Dairesi, VKN and Mersis, the buyer's
address, Fatura Tarihi a day after the Sipariş / Ödeme Tarihi, İskonto, KDV %20, Ödenecek Tutar in TL,
three instalments)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, chrome_shot, ref, status_bar, weasy
from outside_common_k import money, q2
from outside_common_r import digits, hm, menu, vat_in, when
from outside_common_ra import atcud, code, nif_pt
from outside_common_v import VKey


def ed07_gr_restaurant(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 13, 23)
    food = menu(
        rng,
        "Χωριάτικη σαλάτα 9.50; Τζατζίκι 5.00; Φάβα Σαντορίνης 6.50; Μουσακάς 12.00; Παϊδάκια αρνίσια 16.50; "
        "Γαύρος τηγανητός 9.00; Κεφτεδάκια 8.50; Γεμιστά 10.00; Σαγανάκι 7.50; Χταπόδι σχάρας 15.00",
        rng.randint(3, 5),
        qmax=2,
    )
    drinks = menu(
        rng,
        "Κρασί λευκό χύμα 1/2 λ. 8.00; Μπύρα 0,5 λ. 5.50; Ούζο 200 ml 9.00; Ρετσίνα 500 ml 6.50",
        rng.randint(1, 2),
        qmax=2,
    )
    guests = rng.randint(2, 4)
    cover = Decimal("1.00") * guests
    food_sum = sum((a for *_, a in food), Decimal(0)) + cover
    drink_sum = sum((a for *_, a in drinks), Decimal(0))
    total = food_sum + drink_sum
    tip = Decimal(rng.choice([3, 4, 5, 6, 8]))
    paid = total + tip
    css = (
        "body{margin:0;background:#eef1f4;font:14px/1.45 'DejaVu Sans',sans-serif;color:#1b2430}"
        ".top{background:#0d5ea6;color:#fff;padding:10px 18px;font-weight:700;font-size:16px}"
        ".doc{background:#fff;margin:12px;padding:14px 16px;border-radius:8px} .c{text-align:center}"
        ".legal{font-size:12.5px;color:#46505c} .name{font:700 19px 'DejaVu Serif',serif;margin:2px 0}"
        ".m{color:#5e6875;font-size:12px} .t{font-weight:700;font-size:15px;margin:10px 0 4px}"
        ".lr{padding:2px 0} .hr{border-top:1px dashed #9aa4b1;margin:7px 0} .b{font-weight:700;"
        "font-size:16px}"
        ".qr{width:110px;height:110px;margin:10px auto;background:repeating-conic-gradient(#111 0 25%,#fff "
        "0 50%)"
        " 0 0/11px 11px}"
    )
    h = Html(css, "el", "Απόδειξη")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(3, 50))), rng.randint(12, 90))
    h.el("Ηλεκτρονική απόδειξη", "top")
    h.raw('<div class="doc"><div class="c">')
    owner = rng.choice(["ΜΑΝΩΛΑΚΗΣ Ν. & ΣΙΑ Ο.Ε.", "ΠΑΠΑΔΑΚΗ Ε. & ΣΙΑ Ο.Ε.", "ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ Γ. & ΣΙΑ Ο.Ε."])
    h.el(k.alt(owner), "legal")
    h.el(k.company("Ταβέρνα Το Μελτέμι"), "name")
    h.el("ΕΣΤΙΑΤΟΡΙΟ - ΤΑΒΕΡΝΑ", "m")
    where = rng.choice(
        [
            ("Αδριανού 84", "105 56 Αθήνα"),
            ("Ακτή Κουντουριώτου 12", "185 34 Πειραιάς"),
            ("Προξένου Κορομηλά 31", "546 22 Θεσσαλονίκη"),
        ]
    )
    for line in k.address(*where):
        h.el(line, "m")
    h.el(
        f"ΑΦΜ {rng.choice('089')}{digits(rng, 8)} · ΔΟΥ "
        f"{rng.choice(['Α΄ Αθηνών', 'Πειραιά', 'Δ΄ Θεσσαλονίκης'])}",
        "m",
    )
    h.el("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", "t")
    h.raw("</div>")
    h.lr(f"Σειρά Α · Αρ. {rng.randint(1000, 99999)}", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    h.lr(f"Τραπέζι {rng.randint(1, 30)} · Άτομα {guests}", f"Σερβιτόρος {rng.randint(1, 9)}", "m")
    h.raw('<div class="hr"></div>')
    for name, q, _, a in [*food, *drinks]:
        h.lr(f"{q} x {name}", money(a, "eu"))
    h.lr(f"{guests} x Κουβέρ", money(cover, "eu"))
    h.raw('<div class="hr"></div>')
    h.lr("Σύνολο", f"{money(total, 'eu')} €", "b")
    h.lr("ΦΠΑ 13%", f"{money(vat_in(food_sum, Decimal(13))[1], 'eu')} €", "m")
    h.lr("ΦΠΑ 24%", f"{money(vat_in(drink_sum, Decimal(24))[1], 'eu')} €", "m")
    h.lr("Φιλοδώρημα (κάρτα)", f"{money(tip, 'eu')} €")
    h.lr("Σύνολο πληρωμής", f"{k.total(paid, 'eu')} €", "b")
    h.lr(
        f"Κάρτα {rng.choice(['VISA', 'MASTERCARD'])} ****{rng.randint(1000, 9999)}",
        f"{money(paid, 'eu')} €",
        "m",
    )
    h.raw('<div class="hr"></div><div class="qr"></div>')
    h.el(f"ΜΑΡΚ {rng.randint(400001000000000, 400001999999999)}", "m")
    h.el(f"UID {code(rng, 40)}", "m")
    h.el("Πάροχος ηλεκτρονικής τιμολόγησης · Ευχαριστούμε!", "m")
    h.raw("</div>")
    out = chrome_shot(h, 390, 3)
    what = "taverna e-receipt screenshot: O.E. above the name, ΦΠΑ 13/24 %, tip on top of Σύνολο, ΜΑΡΚ"
    return case("ed07_gr_restaurant", "GR", "el", "Greek taverna e-receipt", what, k, out)


def ed08_pt_vet(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 9, 19)
    lines = [("Consulta de clínica geral", 1, Decimal("38.00"), 23)]
    extra = rng.sample(
        [
            ("Vacina polivalente (DHPPi+L)", 1, Decimal("32.50"), 23),
            ("Vacina antirrábica", 1, Decimal("25.00"), 23),
            ("Identificação eletrónica (microchip)", 1, Decimal("30.00"), 23),
            ("Desparasitante interno comp. (un.)", 2, Decimal("6.90"), 6),
            ("Pipeta antiparasitária cão 10-20 kg", 3, Decimal("11.40"), 6),
            ("Análises sanguíneas - hemograma", 1, Decimal("45.00"), 23),
        ],
        rng.randint(2, 3),
    )
    lines += extra
    gross = {23: Decimal(0), 6: Decimal(0)}
    rows = []
    for name, q, u, rate in lines:
        a = q2(u * q)
        gross[rate] += a
        rows.append([name, str(q), f"{money(u, 'eu')} €", f"{rate}%", f"{money(a, 'eu')} €"])
    disc = q2(gross[23] * Decimal("0.05")) if rng.random() < 0.5 else Decimal(0)
    gross[23] -= disc
    total = gross[23] + gross[6]
    css = (
        "@page{size:A4;margin:15mm 17mm} body{font:9pt/1.4 'DejaVu Sans',sans-serif;color:#263238}"
        ".hd{display:flex;justify-content:space-between} .name{font:bold 19pt 'DejaVu Serif';color:#00796b}"
        ".s{font-size:8pt;color:#546e7a} .cli{border:1px solid #b0bec5;padding:8px 12px;width:42%;"
        "font-size:8.5pt}"
        "h1{font-size:13pt;margin:20px 0 4px} table{width:100%;border-collapse:collapse;margin-top:10px}"
        "th{background:#e0f2f1;font-size:8pt;padding:4px} td{padding:4px;border-bottom:1px solid #eceff1}"
        ".sum{width:45%;margin-left:55%;margin-top:8px} .lr{padding:2px 0} .tot{font-weight:bold;"
        "font-size:11pt;"
        "border-top:1.5px solid #263238;padding-top:4px}"
    )
    h = Html(css, "pt", "Fatura-Recibo")
    h.raw('<div class="hd"><div>')
    h.el(k.company("Patas do Tejo"), "name")
    h.el(k.alt("Patas do Tejo - Clínica Veterinária, Lda."), "s")
    for line in k.address("Rua Ferreira Borges 112", "1350-131 Lisboa"):
        h.el(line, "s")
    h.el(f"NIF {nif_pt(rng)} · Tel. 21 {rng.randint(300, 999)} {rng.randint(1000, 9999)}", "s")
    h.raw('</div><div class="cli">')
    h.el("Cliente", "s")
    who = rng.choice(
        [
            ("Ana Rita Sousa", "Av. da Igreja 42, 3.º Esq.", "1700-239 Lisboa"),
            ("Miguel Fonseca", "Rua de Campolide 58", "1070-036 Lisboa"),
            ("Beatriz Carvalho", "Praceta Fernando Pessoa 7", "2795-067 Linda-a-Velha"),
        ]
    )
    for line in who:
        h.el(line)
    h.el(f"NIF {rng.choice('12')}{digits(rng, 8)}")
    h.raw("</div></div>")
    n = rng.randint(100, 4999)
    h.el(f"Fatura-Recibo FR {t.year}A/{n}", "", "h1")
    h.lr(f"ATCUD: {atcud(rng, n)}", f"Data: {k.date(t, '%d-%m-%Y')}")
    pet = rng.choice(["Bolinha (canídeo, 6 anos)", "Tareco (felídeo, 3 anos)", "Nina (canídeo, 11 meses)"])
    h.lr(f"Animal: {pet}", f"Original · {hm(t)}")
    h.table(rows, "", ["Descrição", "Qtd.>", "Preço unit.>", "IVA>", "Total>"])
    h.raw('<div class="sum">')
    if disc:
        h.lr("Desconto cliente 5 % (serviços)", f"-{money(disc, 'eu')} €")
    for rate in (23, 6):
        if gross[rate]:
            base, vat = vat_in(gross[rate], Decimal(rate))
            h.lr(f"Incidência IVA {rate}% {money(base, 'eu')} €", f"IVA {money(vat, 'eu')} €", "s")
    h.lr("Total", f"{k.total(total, 'eu')} €", "tot")
    h.lr("Pago - cartão multibanco", f"{money(total, 'eu')} €")
    h.raw("</div>")
    h.el(f"Próxima vacinação recomendada: {(t + timedelta(days=365)):%d-%m-%Y}", "")
    h.el(
        f"{code(rng, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-Processado por programa certificado n.º "
        f"{rng.randint(1000, 2999)}/AT",
        "s",
    )
    out = weasy(h)
    what = "vet Fatura-Recibo: Lda. under the clinic name, client NIF + address box, IVA 23 / 6 %, ATCUD"
    return case("ed08_pt_vet", "PT", "pt", "Portuguese vet clinic Fatura-Recibo", what, k, out)


def ed09_tr_online(rng: random.Random) -> ERCase:
    k = VKey("TRY", "TL")
    t = when(rng, 2025, 8, 23)
    inv = t + timedelta(days=1)
    catalogue = [
        ("Kablosuz Kulaklık ANC Pro", Decimal("2499.00")),
        ("Akıllı Saat 46 mm", Decimal("3899.00")),
        ("USB-C Hızlı Şarj Adaptörü 65W", Decimal("749.90")),
        ("Taşınabilir Şarj Cihazı 20000 mAh", Decimal("1199.00")),
        ("Mekanik Klavye TR-Q", Decimal("1849.00")),
        ("HDMI 2.1 Kablo 2 m", Decimal("299.90")),
    ]
    picks = rng.sample(catalogue, rng.randint(2, 3))
    rows, gross_all, disc_all = [], Decimal(0), Decimal(0)
    for i, (name, price) in enumerate(picks, 1):
        q = rng.choice([1, 1, 2])
        gross = price * q
        disc = q2(gross * Decimal(rng.choice(["0", "0.05", "0.10"])))
        gross_all += gross
        disc_all += disc
        net = q2((gross - disc) / Decimal("1.2"))
        rows.append((i, name, q, price, disc, net))
    total = gross_all - disc_all
    base, vat = vat_in(total, Decimal(20))
    r = RLReceipt((210, 297), 15, "dejavu")
    r.text(k.company("Kuzey Elektronik"), "L", 15, True)
    r.text(k.alt("KUZEY ELEKTRONİK TİCARET A.Ş."), "L", 8.5)
    for line in k.address("Barbaros Mah. Begonya Sok. No:3 Kat:5", "34746 Ataşehir/İstanbul"):
        r.text(line, "L", 8.5)
    r.text(
        f"Tel: 0216 {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)} · "
        "kuzeyelektronik.com.tr",
        "L",
        8.5,
    )
    r.text(f"Vergi Dairesi: Kozyatağı · VKN: {digits(rng, 10)}", "L", 8.5)
    r.text(f"Mersis No: 0{digits(rng, 15)}", "L", 8.5)
    top = r.y
    r.y = r.h - 18 * r.mm
    r.text("e-Arşiv Fatura", "R", 16, True)
    r.y = top
    r.feed(5)
    r.rule(3)
    r.text("SAYIN", "L", 9, True)
    who = rng.choice(
        [
            ("Elif Yıldız", "Moda Cad. No:112 D:4", "34710 Kadıköy/İstanbul"),
            ("Murat Kaya", "Atatürk Blv. No:45 D:12", "06420 Çankaya/Ankara"),
            ("Zeynep Arslan", "Kordon Boyu Sok. No:8", "35220 Konak/İzmir"),
        ]
    )
    for line in who:
        r.text(line, "L", 9)
    r.text(f"TCKN: 1{digits(rng, 10)}", "L", 9)
    r.rule(3)
    r.lr("Özelleştirme No: TR1.2 · Senaryo: EARSIVFATURA", "Fatura Tipi: SATIŞ", 8.5)
    r.lr(f"Fatura No: KZE{t.year}{rng.randint(100000000, 999999999)}", f"Fatura Tarihi: {inv:%d-%m-%Y}", 8.5)
    r.lr(
        f"Sipariş No: {rng.randint(100000000, 999999999)}",
        f"Sipariş / Ödeme Tarihi: {k.date(t, '%d-%m-%Y')} {hm(t)}",
        8.5,
    )
    r.feed(3)
    w = [10.0, 64.0, -14.0, -24.0, -20.0, -12.0, -36.0]
    r.row(["No", "Mal Hizmet", "Miktar", "Birim Fiyat", "İskonto", "KDV", "Mal Hizmet Tutarı"], w, 8, True)
    r.rule(3)
    for i, name, q, price, disc, net in rows:
        cells = [
            str(i),
            name,
            f"{q} Adet",
            money(price, "eu"),
            money(disc, "eu"),
            "%20",
            f"{money(net, 'eu')} TL",
        ]
        r.row(cells, w, 8)
    r.rule(3)
    r.lr("Mal Hizmet Toplam Tutarı", f"{money(q2(gross_all / Decimal('1.2')), 'eu')} TL", 9)
    r.lr("Toplam İskonto", f"{money(q2(disc_all / Decimal('1.2')), 'eu')} TL", 9)
    r.lr("Kargo", "Ücretsiz", 9)
    r.lr("Hesaplanan KDV (%20)", f"{money(vat, 'eu')} TL", 9)
    r.lr("Vergiler Dahil Toplam Tutar", f"{money(total, 'eu')} TL", 9)
    r.lr("Ödenecek Tutar", f"{k.total(total, 'eu')} TL", 11, True)
    n = rng.choice([3, 6])
    r.feed(4)
    r.text(
        f"Ödeme: Kredi kartı ({n} taksit x {money(q2(total / n), 'eu')} TL) · **** {rng.randint(1000, 9999)}",
        size=9,
    )
    r.text(
        f"Matrah: {money(base, 'eu')} TL · Yalnız e-Arşiv izni kapsamında elektronik ortamda iletilmiştir.",
        size=8,
    )
    r.text(f"ETTN: {ref(rng, 'xxxxxxxx-xxxx-4xxx-axxx-xxxxxxxxxxxx')}", size=8)
    out = r.output()
    what = "e-Arşiv Fatura: A.Ş. seller block + buyer address, Fatura vs Ödeme Tarihi, İskonto, KDV, Ödenecek"
    return case("ed09_tr_online", "TR", "tr", "Turkish online shop e-Arşiv Fatura", what, k, out)


CASES = [ed07_gr_restaurant, ed08_pt_vet, ed09_tr_online]
