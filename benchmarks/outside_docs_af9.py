"""Held-out set "AF", documents 15-16: Turkey, Greece.
All companies, people and numbers are invented."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from outside_docs_af1 import Doc, Form, compute, dt, item_values, money, qty
from outside_docs_af2 import make_doc
from outside_docs_af3 import grid, minimal

DEJAVU_FONTS = {"font": "DejaVuSans", "bold": "DejaVuSans-Bold"}


def tr_bilisim() -> Doc:
    vendor = "Öztürk Bilişim Hizmetleri Ltd. Şti."
    fm = Form(
        title="FATURA",
        vendor_print=[
            vendor,
            "Büyükdere Cad. No: 121 Kat 4",
            "Şişli / İstanbul",
            "Zincirlikuyu V.D. 6490218735",
        ],
        meta=[
            ("Fatura No", "inv_no"),
            ("Fatura Tarihi", "date"),
            ("Vade Tarihi", "due"),
            ("Müşteri No", "cust_no"),
            ("Sipariş No", "po"),
            ("Alıcı VKN", "buyer_vkn"),
        ],
        parties=[("Sayın", "bill_to", 4)],
        cols=[
            ("Açıklama", "desc", 0.55),
            ("Miktar", "qty", 0.1),
            ("Birim Fiyat", "price", 0.16),
            ("Tutar", "amt", 0.19),
        ],
        rows=6,
        totals=[("Ara Toplam", "subtotal"), ("KDV %20", "tax"), ("!Genel Toplam", "total")],
        notes=[("Banka Bilgileri", "bank", 2), ("Açıklama", "notes", 2)],
        lines=["Ödemenizi vade tarihine kadar yukarıdaki hesaba yapmanızı rica ederiz."],
        accent=(0.75, 0.05, 0.1),
    )
    s = minimal(fm, A4, **DEJAVU_FONTS)
    s.tune({"buyer_vkn": {"kind": "comb", "maxlen": 10}, "total": {"size": 0}})
    items = [
        ("Sunucu bakım ve izleme hizmeti (aylık)", 1, "12500.00"),
        ("Yedekleme lisansı (kullanıcı başı)", 25, "180.00"),
        ("Yerinde teknik destek (saat)", 6, "950.00"),
        ("Ağ anahtarı değişimi ve kurulumu", 1, "7850.00"),
    ]
    c = compute(items, [20])
    v = item_values(items, c, "eu")
    v |= {
        "inv_no": "OBH2025000000148",
        "date": dt("2025-03-14", "d.m.Y"),
        "due": dt("2025-04-13", "d.m.Y"),
        "cust_no": "M-2087",
        "po": "KL-2025-311",
        "buyer_vkn": "3910582746",
        "bill_to": "Kuzey Lojistik A.Ş.\nAtatürk Mah. Ertuğrul Gazi Sok. No: 8\nAtaşehir / İstanbul\n"
        "İlgili: Gökçe Yıldırım",
        "subtotal": money(c["subtotal"], "eu", post=" TL"),
        "tax": money(c["tax"], "eu", post=" TL"),
        "total": money(c["total"], "eu", post=" TL"),
        "bank": "Garanti BBVA Şişli Şubesi\nIBAN TR33 0006 2000 4440 0006 2984 21",
        "notes": "Yalnız otuz altı bin altı yüz altmış Türk Lirası.\nMart 2025 dönemi hizmet bedelidir.",
    }
    return make_doc(
        "af15_tr_bilisim",
        "TR",
        "tr",
        "pypdf-ap",
        "minimal A4 with DejaVuSans page text; vendor printed top right, Turkish letters in the values drawn "
        "by pypdf with an embedded DejaVuSans font from /DR, alıcı VKN comb field, 16-character invoice "
        "number",
        s,
        v,
        c,
        currency="TRY",
        vendor=vendor,
        vendor_src="page:" + vendor,
        date="2025-03-14",
        due="2025-04-13",
        ttf=True,
    )


def gr_oinopoiia() -> Doc:
    fm = Form(
        title="ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ",
        meta=[
            ("Αριθμός τιμολογίου", "inv_no"),
            ("Ημερομηνία", "date"),
            ("Ημ. λήξης", "due"),
            ("Κωδ. πελάτη", "cust_no"),
            ("ΑΦΜ πελάτη", "buyer_vat"),
            ("Τρόπος πληρωμής", "terms"),
        ],
        parties=[("Πελάτης", "bill_to", 4), ("Τόπος παράδοσης", "ship_to", 4)],
        vendor_caption="Εκδότης",
        cols=[
            ("Περιγραφή", "desc", 0.55),
            ("Ποσ.", "qty", 0.1),
            ("Τιμή μον.", "price", 0.15),
            ("Αξία", "amt", 0.2),
        ],
        rows=6,
        totals=[
            ("Καθαρή αξία", "subtotal"),
            ("Μεταφορικά", "ship"),
            ("ΦΠΑ 24%", "tax"),
            ("!Πληρωτέο ποσό", "total"),
        ],
        notes=[("Τραπεζικός λογαριασμός", "bank", 2), ("Παρατηρήσεις", "notes", 1)],
        lines=["Η εξόφληση γίνεται με κατάθεση στον παραπάνω λογαριασμό. Ευχαριστούμε για την προτίμηση."],
        accent=(0.45, 0.1, 0.3),
    )
    s = grid(fm, A4, **DEJAVU_FONTS)
    s.tune(
        {
            "buyer_vat": {"kind": "comb", "maxlen": 9},
            "total": {"size": 0},
            "vendor": {"size": 11},
            "terms": {"kind": "choice", "options": ("Μετρητά", "Κατάθεση", "Επί πιστώσει")},
        }
    )
    items = [
        ("Λευκός οίνος Βιδιανό 750ml (κιβ. 6)", 12, "54.00"),
        ("Ερυθρός οίνος Κοτσιφάλι 750ml (κιβ. 6)", 8, "61.20"),
        ("Τσικουδιά απόσταγμα 700ml", 24, "9.80"),
    ]
    c = compute(items, [24], ship=35)
    v = item_values(items, c, "eu", qstyle=qty)
    v |= {
        "vendor": "Λαμπράκης Οινοποιία Ο.Ε.",
        "vendor_addr": "Λεωφ. Κνωσού 112\n71409 Ηράκλειο Κρήτης\nΑΦΜ 801447392 · ΔΟΥ Ηρακλείου",
        "inv_no": "2025-0457",
        "date": dt("2025-03-14", "d/m/Y"),
        "due": dt("2025-04-13", "d/m/Y"),
        "cust_no": "Π-0193",
        "buyer_vat": "094318725",
        "terms": "Επί πιστώσει",
        "bill_to": "Ταβέρνα Το Λιμανάκι\nΓεώργιος Σφακιανάκης\nΑκτή Κουντουριώτη 18\n73131 Χανιά",
        "ship_to": "Αποθήκη καταστήματος\nΑκτή Κουντουριώτη 18\n73131 Χανιά",
        "subtotal": money(c["subtotal"], "eu"),
        "ship": money(c["ship"], "eu"),
        "tax": money(c["tax"], "eu"),
        "total": money(c["total"], "eu", post=" €"),
        "bank": "Τράπεζα Πειραιώς\nIBAN GR16 0172 0250 0050 2504 8391 162",
        "notes": "Παράδοση με ψυγείο-φορτηγό την 12/03/2025.",
    }
    return make_doc(
        "af16_gr_oinopoiia",
        "GR",
        "el",
        "pypdf-ap",
        "grid A4 with DejaVuSans page text; vendor in fields, Greek values drawn by pypdf with an embedded "
        "DejaVuSans Type0 font from the form's /DR, ΑΦΜ comb field, payment dropdown, shipping line",
        s,
        v,
        c,
        currency="EUR",
        vendor="Λαμπράκης Οινοποιία Ο.Ε.",
        date="2025-03-14",
        due="2025-04-13",
        ttf=True,
    )


DOCS = [tr_bilisim, gr_oinopoiia]
