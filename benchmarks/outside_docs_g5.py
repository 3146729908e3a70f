"""Set G layouts 13-15: Croatian račun, Slovenian račun ("EUR" after amounts), Bulgarian фактура."""

from __future__ import annotations

import random

from outside_common_g import (
    D,
    Doc,
    digits,
    dmy,
    hexs,
    issue,
    items,
    key,
    kv,
    money,
    pct,
    plus,
    render,
    rows,
    source,
    uuid,
)

CROATIA = """
#grid(columns: (1fr, auto), stack(spacing: 3pt, text(size: 13pt, weight: "bold", @vendor),
  [Ilica 242, 10000 Zagreb], @oib, @iban), align(right, text(size: 22pt, fill: rgb("#b22222"),
  weight: "bold")[RAČUN]))
#line(length: 100%, stroke: 1.5pt + rgb("#b22222"))
#grid(columns: (1fr, 1fr), column-gutter: 12pt,
  stack(spacing: 3pt, text(size: 7pt)[KUPAC], strong[Osiguranje Sava d.d.], [Vukovarska 17, 10000 Zagreb],
  @oib2),
  @@meta)
#v(6pt)
#table(columns: (auto, 1fr, auto, auto, auto, auto), align: (left, left, right, right, right, right),
  stroke: (x, y) => (bottom: if y == 0 { 1pt } else { 0.2pt }), @@rows)
#align(right, @@totals)
#v(8pt)
#text(size: 7.5pt, stack(spacing: 3pt, @jir, @zki, [Operater: Ana K.   Način plaćanja: transakcijski račun],
  @poziv, [Obveznik PDV-a. Račun je izdan u eurima (EUR).]))
"""


def racun_hr(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Jadranska tiskara d.o.o.", "Zagorje Elektro d.o.o.", "Kvarner Ugostiteljstvo j.d.o.o."]
    )
    num, d = f"{rng.randint(100, 999)}/POS1/{rng.randint(1, 3)}", issue(rng)
    due = plus(d, 15)
    pool = [
        ("Tisak brošura A5, 16 str.", 0.4, 0.9, 25),
        ("Knjige - priručnik za zaposlenike", 12, 25, 5),
        ("Grafička priprema", 150, 400, 25),
        ("Usluga dostave", 15, 40, 25),
        ("Plakati B2", 2, 5, 25),
        ("Ugostiteljska usluga - ručak", 14, 28, 13),
    ]
    pick = rng.sample(pool, 5)
    lines = items(rng, [(a, b, c) for a, b, c, _ in pick], 5, qmax=40)
    rate = {a: r for a, _, _, r in pick}
    sub = sum(i.amount for i in lines)
    pdv = {r: pct(sum(i.amount for i in lines if rate[i.desc] == r), r) for r in sorted(set(rate.values()))}
    total = sub + sum(pdv.values())
    t = f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)}"
    v = dict(
        vendor=vendor, oib=f"OIB: {digits(rng, 11)}", iban=f"IBAN: HR{digits(rng, 2)}2484008{digits(rng, 10)}"
    )
    v |= dict(oib2=f"OIB: {digits(rng, 11)}", jir=f"JIR: {uuid(rng, False)}", zki=f"ZKI: {hexs(rng, 32)}")
    v["poziv"] = f"Poziv na broj: HR00 {num.split('/')[0]}-{d.year}"
    v["meta"] = kv(
        [
            ("Broj računa:", num),
            ("Datum i vrijeme izdavanja:", f"{dmy(d)}. u {t}"),
            ("Datum isporuke:", dmy(plus(d, -3)) + "."),
            ("Datum dospijeća:", dmy(due) + "."),
        ]
    )
    data = [
        [f"{k + 1}.", i.desc, str(i.qty), money(i.price, "eu"), f"{rate[i.desc]}%", money(i.amount, "eu")]
        for k, i in enumerate(lines)
    ]
    v["rows"] = rows(["Rb.", "Naziv", "Kol.", "Cijena", "PDV", "Iznos"], data)
    trows = [("Ukupno bez PDV-a", money(sub, "eu"))] + [(f"PDV {r}%", money(x, "eu")) for r, x in pdv.items()]
    v["totals"] = kv([*trows, ("UKUPNO ZA PLATITI (EUR)", money(total, "eu"))], bold_last=True)
    pr = {
        "invoice_number": num,
        "date": dmy(d) + ".",
        "due_date": dmy(due) + ".",
        "total": money(total, "eu"),
    }
    pr |= {"currency": "EUR", "vendor_name": vendor, "subtotal": money(sub, "eu")}
    pr["tax"] = [money(x, "eu") for x in pdv.values()]
    src = source(render(CROATIA, v), "DejaVu Sans", size="8.5pt")
    return Doc("racun_hr", "hr", src, key(num, d, due, total, "EUR", vendor, sub, sum(pdv.values())), pr)


SLOVENIA = """
#set text(fill: rgb("#222222"))
#block(fill: rgb("#f1f5f9"), inset: 10pt, width: 100%, grid(columns: (1fr, auto),
  stack(spacing: 3pt, text(size: 14pt, weight: "bold", @vendor), [Cesta na Brdo 85, 1000 Ljubljana], @ddvid,
    @trr), align(right + horizon, text(size: 24pt, weight: "bold", @title))))
#v(10pt)
#grid(columns: (1fr, auto), column-gutter: 16pt,
  stack(spacing: 3pt, text(size: 7pt)[Prejemnik], strong[Zavarovalnica Triglav d.d.], [Miklošičeva cesta 19],
    [1000 Ljubljana]), @@meta)
#v(8pt)
#table(columns: (1fr, auto, auto, auto, auto), align: (left, right, right, right, right), stroke: none,
  inset: (x: 4pt, y: 5pt), @@rows)
#line(length: 100%, stroke: 0.5pt)
#align(right, @@totals)
#v(8pt)
#text(size: 8pt, stack(spacing: 3pt, @sklic, @zoi, @eor))
"""


def racun_si(rng: random.Random) -> Doc:
    vendor = rng.choice(["Gorenjska logistika d.o.o.", "Savinjska tehnika d.o.o.", "Kraški kamen d.d."])
    num, d = f"25-100-{rng.randint(100, 999)}", issue(rng)
    due = plus(d, 30)
    pool = [
        ("Skladiščenje palet (mesec)", 9, 15, "22"),
        ("Prevoz Ljubljana - Koper", 280, 450, "22"),
        ("Viličarske storitve (ura)", 38, 55, "22"),
        ("Strokovna literatura", 25, 60, "9.5"),
        ("Embalaža - kartonske škatle", 0.8, 2.2, "22"),
        ("Tiskani katalogi", 3, 8, "9.5"),
    ]
    pick = rng.sample(pool, 5)
    lines = items(rng, [(a, b, c) for a, b, c, _ in pick], 5, qmax=30)
    rate = {a: D(r) for a, _, _, r in pick}
    sub = sum(i.amount for i in lines)
    ddv = {r: pct(sum(i.amount for i in lines if rate[i.desc] == r), r) for r in (D(22), D("9.5"))}
    total = sub + sum(ddv.values())

    def e(x: D) -> str:
        return money(x, "eu") + " EUR"

    def sd(x: D) -> str:
        return f"{x.day}. {x.month}. {x.year}"

    v = dict(
        vendor=vendor,
        ddvid=f"ID za DDV: SI{digits(rng, 8)}   Matična št.: {digits(rng, 10)}",
        title=f"RAČUN {num}",
    )
    v |= dict(
        trr=f"TRR: SI56 0201 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}", sklic=f"Sklic: SI00 {num}"
    )
    v |= dict(zoi=f"ZOI: {hexs(rng, 32)}", eor=f"EOR: {uuid(rng, False)}")
    v["meta"] = kv(
        [
            ("Številka računa", num),
            ("Kraj in datum izdaje", f"Ljubljana, {sd(d)}"),
            ("Datum opravljene storitve", sd(plus(d.replace(day=1), -1))),
            ("Rok plačila", sd(due)),
        ]
    )
    fr = {D(22): "22 %", D("9.5"): "9,5 %"}
    data = [[i.desc, str(i.qty), e(i.price), fr[rate[i.desc]], e(i.amount)] for i in lines]
    v["rows"] = rows(["Opis", "Količina", "Cena brez DDV", "DDV", "Vrednost brez DDV"], data)
    trows = [("Skupaj brez DDV", e(sub)), ("DDV 22 %", e(ddv[D(22)])), ("DDV 9,5 %", e(ddv[D("9.5")]))]
    v["totals"] = kv([*trows, ("Za plačilo", e(total))], bold_last=True)
    pr = {"invoice_number": num, "date": sd(d), "due_date": sd(due), "total": e(total), "currency": "EUR"}
    pr |= {"vendor_name": vendor, "subtotal": e(sub), "tax": [e(ddv[D(22)]), e(ddv[D("9.5")])]}
    src = source(render(SLOVENIA, v), "Liberation Serif", size="9.5pt")
    return Doc("racun_si", "sl", src, key(num, d, due, total, "EUR", vendor, sub, sum(ddv.values())), pr)


BULGARIA = """
#align(center, stack(spacing: 5pt, text(size: 20pt, weight: "bold", tracking: 3pt)[ФАКТУРА], @num,
  text(size: 9pt)[ОРИГИНАЛ]))
#v(8pt)
#grid(columns: (1fr, 1fr), column-gutter: 10pt,
  block(stroke: 0.6pt, inset: 7pt, width: 100%, stack(spacing: 3pt, strong[Получател:],
    [Застрахователно дружество Витоша АД], [ЕИК: #@eik2], [ИН по ЗДДС: BG#@eik2], [гр. София, бул. Витоша 89],
    [МОЛ: Мария Георгиева])),
  block(stroke: 0.6pt, inset: 7pt, width: 100%, stack(spacing: 3pt, strong[Доставчик:], @vendor, [ЕИК: #@eik],
    [ИН по ЗДДС: BG#@eik], [гр. Пловдив, ул. Капитан Райчо 56], [МОЛ: Иван Петров])))
#v(6pt)
#grid(columns: (1fr, 1fr, 1fr), @issued, @event, [Място на сделката: гр. Пловдив])
#table(columns: (auto, 1fr, auto, auto, auto, auto), align: (center, left, center, right, right, right),
  stroke: 0.5pt, @@rows)
#grid(columns: (1fr, auto), column-gutter: 16pt, stack(spacing: 4pt, [Начин на плащане: банков превод],
  @due, @iban, [Валута: BGN]), @@totals)
#v(24pt)
#grid(columns: (1fr, 1fr), [Получател: .................], [Съставил: Иван Петров])
"""


def faktura_bg(rng: random.Random) -> Doc:
    vendor = rng.choice(["Родопи Софт ЕООД", "Балкан Транс Логистик ООД", "Черноморски консерви АД"])
    num, d = f"{rng.randint(1000, 99999):010d}", issue(rng)
    due = plus(d, 14)
    pool = [
        ("Абонаментна поддръжка на софтуер", 300, 900),
        ("Транспортни услуги София - Пловдив", 250, 600),
        ("Консултантски услуги (час)", 60, 120),
        ("Лицензи за потребители", 40, 90),
        ("Обучение на служители", 400, 1100),
    ]
    lines = items(rng, pool, 4, qmax=10)
    sub = sum(i.amount for i in lines)
    vat = pct(sub, 20)
    total = sub + vat

    def b(x: D) -> str:
        return money(x, "sp") + " лв."

    v = dict(num=f"№ {num}", vendor=vendor, eik=digits(rng, 9), eik2=digits(rng, 9))
    v |= dict(
        issued=f"Дата на издаване: {dmy(d)} г.", event=f"Дата на данъчното събитие: {dmy(plus(d, -5))} г."
    )
    v |= dict(
        due=f"Срок за плащане: {dmy(due)} г.",
        iban=f"IBAN: BG{digits(rng, 2)} UNCR 7000 {digits(rng, 4)} {digits(rng, 6)}",
    )
    data = [[str(k + 1), i.desc, "бр.", str(i.qty), b(i.price), b(i.amount)] for k, i in enumerate(lines)]
    v["rows"] = rows(
        ["№", "Наименование на стоката/услугата", "Мярка", "Количество", "Ед. цена", "Стойност"], data
    )
    v["totals"] = kv(
        [("Данъчна основа 20 %:", b(sub)), ("ДДС 20 %:", b(vat)), ("Сума за плащане:", b(total))], True
    )
    pr = {"invoice_number": num, "date": dmy(d) + " г.", "due_date": dmy(due) + " г.", "total": b(total)}
    pr |= {"currency": "BGN", "vendor_name": vendor, "subtotal": b(sub), "tax": b(vat)}
    src = source(render(BULGARIA, v), "New Computer Modern", size="10pt")
    return Doc("faktura_bg", "bg", src, key(num, d, due, total, "BGN", vendor, sub, vat), pr)


BUILDERS = [racun_hr, racun_si, faktura_bg]
