"""Set E, invoices drawn with fpdf2: the drawing helper, German Kleinunternehmer Rechnung (no VAT) and
multi-page German Rechnung (19 % and 7 %)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from fpdf import FPDF

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, street, tax_by_rate

FONT_DIR = "/usr/share/fonts/truetype"


FONTS = {
    "dvs": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dvc": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dvserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "lsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "lserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "lmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "lnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
}


class Pdf(FPDF):
    """A4 page in mm that remembers every string it draws (for ``--check``) and prints an optional footer."""

    def __init__(self, font: str = "dvs", size: float = 9) -> None:
        super().__init__(unit="mm", format="A4")
        for fam, (regular, bold) in FONTS.items():
            self.add_font(fam, "", f"{FONT_DIR}/{regular}")
            self.add_font(fam, "B", f"{FONT_DIR}/{bold}")
        self.drawn: list[str] = []
        self.foot: str = ""
        self.base = (font, size)
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(False)
        self.add_page()
        self.set_font(font, "", size)

    def cell(self, w=None, h=None, text="", *args, **kwargs):
        if str(text).strip():
            self.drawn.append(str(text))
        return super().cell(w, h, text, *args, **kwargs)

    def multi_cell(self, w, h=None, text="", *args, **kwargs):
        if str(text).strip():
            self.drawn.append(str(text))
        return super().multi_cell(w, h, text, *args, **kwargs)

    def footer(self) -> None:
        if self.foot:
            self.set_xy(18, -16)
            self.set_font(self.base[0], "", 7)
            self.multi_cell(174, 3.2, self.foot.replace("{page}", str(self.page_no())), align="C")

    def at(
        self,
        x: float,
        y: float,
        text: str,
        size: float | None = None,
        bold: bool = False,
        w: float = 0,
        align: str = "L",
        h: float = 5,
        font: str | None = None,
    ) -> None:
        self.set_font(font or self.base[0], "B" if bold else "", size or self.base[1])
        self.set_xy(x, y)
        self.cell(w, h, text, align=align)

    def block(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float | None = None,
        h: float = 4.2,
        bold_first: bool = False,
        w: float = 0,
        align: str = "L",
    ) -> float:
        """Lines one under another; returns the y below the last."""
        for i, s in enumerate(lines):
            self.at(x, y + i * h, s, size, bold_first and i == 0, w, align, h)
        return y + len(lines) * h

    def row(
        self,
        x: float,
        y: float,
        cells: list[tuple[float, str, str]],
        h: float = 6,
        bold: bool = False,
        fill: tuple[int, int, int] | None = None,
        border: str | int = 0,
        size: float | None = None,
    ) -> float:
        """One table row of (width, text, align) cells; returns the y below it."""
        self.set_font(self.base[0], "B" if bold else "", size or self.base[1])
        if fill:
            self.set_fill_color(*fill)
        self.set_xy(x, y)
        for w, text, align in cells:
            self.cell(w, h, text, border=border, align=align, fill=bool(fill))
        return y + h


def rechnung_klein(rng: random.Random) -> Doc:
    d = Doc("rechnung_klein", "fpdf2", "de")
    vendor = rng.choice(
        [
            "Pixelwerk Hartmann UG (haftungsbeschränkt)",
            "Lotte Brandt Fotografie",
            "Schreibbüro Kaminski e.K.",
            "Fahrradwerkstatt Yilmaz e.K.",
        ]
    )
    issued = issue_date(rng)
    no = f"RE-{rng.randint(10000, 99999)}"
    due = issued + timedelta(days=14) if rng.random() < 0.5 else None
    pool = [
        "Fotoshooting Porträt (2 Std.)",
        "Bildbearbeitung je Bild",
        "Korrektorat Abschlussarbeit",
        "Logo-Entwicklung",
        "Inspektion Fahrrad",
        "Fahrtkosten pauschal",
        "Schlauch 28 Zoll",
        "Flyer-Gestaltung",
        "Transkription (Audiominute)",
        "Kette wechseln",
    ]
    items = make_items(rng, pool, rng.randint(2, 5), 8, 480, None, True, 12)
    total = sum(it.amount for it in items)
    m = lambda v: f"{num(v, '.', ',')} €"  # noqa: E731
    p = Pdf(rng.choice(["lsans", "dvs"]), 10)
    addr = street(rng, "de")
    p.at(18, 14, d.k("vendor_name", vendor), 15, True)
    p.at(18, 21, " · ".join(addr), 8.5)
    p.at(18, 45, f"{vendor} · {addr[0]} · {addr[1]}", 6.5)
    p.block(
        18,
        52,
        [
            rng.choice(["Frau Dr. Ines Vogt", "Kanzlei Roth & Partner", "Herrn Malte Schuster"]),
            *street(rng, "de"),
        ],
        10,
        5,
    )
    info = [
        ("Rechnungsnummer:", d.k("invoice_number", no)),
        ("Rechnungsdatum:", d.k("date", fdate(issued, "DD.MM.YYYY"))),
        ("Leistungsdatum:", fdate(issued - timedelta(days=rng.randint(1, 12)), "DD.MM.YYYY")),
        ("Kundennummer:", str(rng.randint(1000, 1999))),
        ("Steuernummer:", f"{rng.randint(200, 240)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"),
    ]
    for i, (a, b) in enumerate(info):
        p.at(120, 50 + i * 5, a, 9)
        p.at(155, 50 + i * 5, b, 9)
    p.at(18, 90, "Rechnung", 16, True)
    p.set_font(p.base[0], "", 10)
    p.set_xy(18, 100)
    p.multi_cell(
        174,
        5,
        "Sehr geehrte Damen und Herren,\nfür meine Leistungen erlaube ich mir, Ihnen folgende Beträge "
        "in Rechnung zu stellen:",
    )
    cols = [
        (12, "Pos.", "L"),
        (92, "Beschreibung", "L"),
        (20, "Menge", "R"),
        (25, "Einzelpreis", "R"),
        (25, "Gesamt", "R"),
    ]
    y = p.row(18, 116, cols, 7, True, (235, 235, 235))
    for i, it in enumerate(items, 1):
        y = p.row(
            18,
            y,
            [
                (12, str(i), "L"),
                (92, it.desc, "L"),
                (20, num(it.qty, ".", ",", 0), "R"),
                (25, m(it.unit), "R"),
                (25, m(it.amount), "R"),
            ],
            6.5,
            border="B",
        )
    y = p.row(18, y + 3, [(149, "Gesamtbetrag", "R"), (25, d.k("total", m(total)), "R")], 7, True)
    d.k("currency", "€")
    p.set_font(p.base[0], "", 9.5)
    p.set_xy(18, y + 8)
    pay = (
        "Bitte überweisen Sie den Rechnungsbetrag bis zum "
        f"{d.k('due_date', fdate(due, 'DD.MM.YYYY'))} auf das unten "
        "genannte Konto."
        if due
        else "Zahlbar innerhalb von 14 Tagen nach Rechnungserhalt ohne Abzug."
    )
    p.multi_cell(
        174, 5, f"Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n{pay}\n\nMit freundlichen Grüßen"
    )
    p.foot = (
        f"{vendor} · {addr[0]} · {addr[1]}\nIBAN DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(10, 99)} · "
        f"BIC {rng.choice(['GENODEF1S12', 'COBADEFFXXX', 'HYVEDEMMXXX'])}"
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, None, None)
    d.pdf = p
    return d


def rechnung_de(rng: random.Random) -> Doc:
    d = Doc("rechnung_de", "fpdf2", "de")
    vendor = rng.choice(
        [
            "Bürobedarf Sommer GmbH",
            "Gastro-Service Neumann GmbH & Co. KG",
            "Elbtal Großhandel AG",
            "Kaffeerösterei Albrecht GmbH",
        ]
    )
    issued = issue_date(rng)
    no = f"{issued.year % 100}{rng.randint(10000, 99999)}"
    due = issued + timedelta(days=rng.choice([10, 14, 30]))
    food = [
        "Kaffeebohnen Espresso 1 kg",
        "Milch H 1,5 % 12x1 l",
        "Zucker-Sticks 1000 St.",
        "Kekse Mischung 3 kg",
        "Tee Auswahlbox 100 St.",
        "Orangensaft 6x1 l",
        "Brötchen-Backmischung 5 kg",
        "Schokolade 100 g",
    ]
    other = [
        "Kopierpapier A4 500 Bl.",
        "Kugelschreiber blau 50 St.",
        "Ordner 8 cm",
        "Toner schwarz",
        "Reinigungsmittel 5 l",
        "Servietten 3-lagig 250 St.",
        "Pappbecher 0,2 l 1000 St.",
        "Spülmaschinentabs 100 St.",
        "Müllbeutel 120 l",
        "Haftnotizen 12er",
        "Druckerpatrone farbig",
        "Batterien AA 24 St.",
        "Handtuchpapier 20 Rollen",
        "Klarsichthüllen 100 St.",
        "Tesafilm 10 Rollen",
        "Briefumschläge DL 1000 St.",
        "Whiteboard-Marker 4er",
        "Heftgerät",
        "Locher",
        "Edelstahl-Thermoskanne",
        "Kaffeefilter Gr. 4",
        "Gläser 0,3 l 6 St.",
    ]
    items = [
        *make_items(rng, food, rng.randint(5, 8), 3, 60, [Decimal(7)], True, 10),
        *make_items(rng, other, rng.randint(32, 40), 2, 120, [Decimal(19)], True, 10),
    ]
    rng.shuffle(items)
    groups = tax_by_rate(items)
    net = sum(b for _, b, _ in groups)
    tax = sum(t for *_, t in groups)
    total = net + tax
    m = lambda v: num(v, ".", ",")  # noqa: E731
    p = Pdf("dvc", 8.5)
    p.foot = (
        f"{vendor} · Sitz {rng.choice(['Dresden', 'Hamburg', 'Köln'])} · "
        f"Amtsgericht HRB {rng.randint(1000, 99999)}"
        f" · Geschäftsführung: {rng.choice(['Petra Sommer', 'Jan Neumann', 'Dr. Uwe Albrecht'])}\n"
        f"USt-IdNr. DE{rng.randint(100000000, 999999999)} · Seite {{page}}"
    )
    p.set_fill_color(20, 70, 130)
    p.rect(18, 12, 12, 12, "F")
    p.at(33, 13, d.k("vendor_name", vendor), 13, True)
    p.at(33, 19, " · ".join(street(rng, "de")), 8)
    p.block(
        18,
        45,
        [
            rng.choice(["Steuerbüro Krause", "Praxis Dr. Wendt", "Autohaus Becker GmbH"]),
            "z. Hd. Einkauf",
            *street(rng, "de"),
        ],
        9.5,
        4.6,
    )
    meta = [
        ("Rechnungs-Nr.", d.k("invoice_number", no)),
        ("Datum", d.k("date", fdate(issued, "DD.MM.YYYY"))),
        ("Leistungsdatum", fdate(issued - timedelta(days=2), "DD.MM.YYYY")),
        ("Kunden-Nr.", str(rng.randint(20000, 29999))),
        ("Lieferschein-Nr.", f"LS{rng.randint(100000, 999999)}"),
    ]
    for i, (a, b) in enumerate(meta):
        p.row(125, 45 + i * 4.6, [(32, a, "L"), (35, b, "R")], 4.6)
    p.at(18, 78, f"Rechnung {no}", 14, True)
    cols = [
        (10, "Pos.", "L"),
        (20, "Art.-Nr.", "L"),
        (72, "Bezeichnung", "L"),
        (14, "Menge", "R"),
        (18, "E-Preis", "R"),
        (14, "USt", "R"),
        (26, "Gesamt EUR", "R"),
    ]
    y = p.row(18, 88, cols, 6, True, (225, 232, 242))
    for i, it in enumerate(items, 1):
        if y > 262:
            p.add_page()
            y = p.row(18, 20, cols, 6, True, (225, 232, 242))
        y = p.row(
            18,
            y,
            [
                (10, str(i), "L"),
                (20, it.code, "L"),
                (72, it.desc, "L"),
                (14, str(it.qty), "R"),
                (18, m(it.unit), "R"),
                (14, f"{it.rate} %", "R"),
                (26, m(it.amount), "R"),
            ],
            5.2,
        )
    if y > 225:
        p.add_page()
        y = 20
    y = p.row(110, y + 4, [(56, "Summe netto", "L"), (28, d.k("subtotal", m(net)), "R")], 5.5, border="T")
    for r, b, t in groups:
        y = p.row(110, y, [(56, f"zzgl. {r} % USt auf {m(b)}", "L"), (28, m(t), "R")], 5.5)
    d.parts("tax", *(m(t) for *_, t in groups))
    y = p.row(
        110, y, [(56, "Rechnungsbetrag EUR", "L"), (28, d.k("total", m(total)), "R")], 7, True, border="TB"
    )
    d.k("currency", "EUR")
    p.set_font("dvc", "", 9)
    p.set_xy(18, y + 8)
    p.multi_cell(
        174,
        4.6,
        f"Zahlbar bis {d.k('due_date', fdate(due, 'DD.MM.YYYY'))} ohne Abzug. Bei Zahlung bitte "
        f"die Rechnungsnummer angeben.\nEs gelten unsere Allgemeinen Geschäftsbedingungen.",
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, net, tax)
    d.pdf = p
    return d
