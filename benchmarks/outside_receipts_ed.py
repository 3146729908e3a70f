"""Set ED: 24 held-out digital receipts of merchants, kinds and countries set ER leaves out - e-mailed
receipts printed to PDF, PDFs downloaded from shops, portals and platforms, and phone screenshots of app
receipts - scored through the whole document processor.

    python benchmarks/outside_receipts_ed.py [--out /tmp/outside_receipts_ed] [--n 30] [--seed 5151]
        [--check] [--score] [--errors]

Writes ``<out>/ED/files/<name>.<pdf|png>`` and ``<out>/ED/key/<name>.json``. One receipt each, with its
own layout and invented merchant (benchmarks/outside_docs_ed1.py ... outside_docs_ed8.py): fourteen
born-digital PDFs - a Norwegian online grocery order (pant, a member discount, a refunded missing item,
'Bestilt' before the 'Belastet' date, MVA 15 % / 25 %, the customer's delivery address), a Copenhagen
gym's membership payment (the month's period, a joining fee, Betalingsdato and the next draw), a Czech
coach e-ticket daňový doklad (Datum nákupu and a later departure, ISIC fare, DPH 12 %), a Lisbon vet
clinic's Fatura-Recibo (the client's NIF and address, IVA 23 % / 6 %, ATCUD), a Turkish online shop's
e-Arşiv Fatura (Fatura Tarihi after the Ödeme Tarihi, İskonto, KDV %20, instalments), a Colombian fashion
shop's purchase e-mail (whole pesos, IVA 19 % included, no merchant address), a New Zealand hardware
store's tax invoice / receipt (trade discount, GST included, EFTPOS), a Hong Kong electronics shop's
narrow sales receipt (trade-in credit, cash and change), an Israeli bookshop's חשבונית מס / קבלה in Hebrew
(מע"מ 18 %, ₪), a Philippine water utility's official receipt for an online payment (amount due plus a
convenience fee), a Malaysian clinic's receipt (a panel insurer pays part, the patient the rest), a
Nigerian university's school-fees receipt (an instalment plus a gateway charge, the outstanding balance),
a Peruvian online academy's boleta de venta electrónica (IGV 18 %, a later course start) and a
holiday-rental platform's receipt for a stay in Split (the host's flat and address are not the merchant's,
tourist tax) - and ten phone screenshots of app receipts: a Korean coffee chain's mobile receipt (whole
won, a coupon, a points balance), a Taiwanese convenience store's e-invoice proof (ROC invoice period,
NT$), a Finnish e-scooter ride (dark mode, ALV 25,5 %), a Greek taverna's e-receipt (a card tip on top of
the Σύνολο), an Argentine concert ticket purchase (the show months after the Fecha de compra, service
charge, cuotas), a Bangkok spa receipt (Thai and English, service charge, VAT 7 %, tip), an Indonesian
e-wallet's QRIS payment (whole rupiah, a voucher, the wallet balance), a Kenyan mobile-money payment to a
till (the confirmation SMS and the new balance), a Hungarian streaming subscription (dark mode, whole
forints, the next charge) and a Chilean supermarket's boleta inside its loyalty app (a till receipt in
monospace, whole pesos). The PDFs come from fpdf2 (set T's EReceipt), ReportLab, WeasyPrint and headless
Chromium printing the HTML e-mail or page; the screenshots are headless Chromium at phone widths (360 to
412 CSS px) and device scales 2 and 3 (benchmarks/outside_common_er.py). Six of them (five apps and the
Colombian shop's e-mail) print no merchant address.

The key is set R's (``company`` as printed on the merchant's name line, ``company_alt`` a legal name
printed as well, ``address`` the merchant's address lines in printed order joined by single spaces, null
where the receipt prints none - never the customer's, the delivery or service address, a venue's or a
host's flat -, ``date`` the date paid in ISO form (for an order, ticket or booking the purchase or payment
date, not the delivery, travel, event, stay or invoice date), ``total`` what the customer paid in all as a
decimal with the currency's decimals (a tip, a convenience fee or a transaction charge included; a panel
insurer's share, a balance still owed and a wallet balance left out; whole won, pesos, rupiah, forints
and NT$ as n.00), ``currency`` the ISO code; unscored ``lang``, ``country``, ``template``, ``case``,
``capture`` ("pdf" or "screenshot") and ``producer``).

``--check`` is set ER's check (benchmarks/outside_receipts_er.py: set V's check, an address-less receipt
keyed null, and company, address, date and total in the text the PDF carries - for a screenshot, the same
page printed to PDF) with this set's countries' currencies, and writes previews to ``<out>/ED/preview``.
``--score`` is set R's scorer, so the figures compare with sets R, T, V, X, RA and ER. Deterministic in
content for a seed (Chromium stamps its PDFs with the time they were made); score this set once, as a
held-out measurement, and do not tune the extractor on it.
"""

from __future__ import annotations

import importlib
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import outside_receipts_er as set_er
import outside_receipts_r as set_r  # also puts src/ on the path
from outside_common_er import ERCase, write

DOC_MODULES = 8  # outside_docs_ed1.py ... outside_docs_ed8.py; each case is named by its number (ed01_...)
CASES: list[Callable[[random.Random], ERCase]] = sorted(
    (
        case
        for i in range(1, DOC_MODULES + 1)
        for case in importlib.import_module(f"outside_docs_ed{i}").CASES
    ),
    key=lambda case: case.__name__,
)
CURRENCIES = {
    "NO": "NOK", "KR": "KRW", "TW": "TWD", "DK": "DKK", "FI": "EUR", "CZ": "CZK", "GR": "EUR", "PT": "EUR",
    "TR": "TRY", "CO": "COP", "AR": "ARS", "NZ": "NZD", "HK": "HKD", "IL": "ILS", "TH": "THB", "ID": "IDR",
    "PH": "PHP", "KE": "KES", "MY": "MYR", "NG": "NGN", "HU": "HUF", "CL": "CLP", "PE": "PEN", "HR": "EUR",
}  # fmt: skip


def build(seed: int, n: int) -> list[ERCase]:
    return [case(random.Random(f"{seed}:{case.__name__}")) for case in CASES[:n]]


def check(c: ERCase) -> list[str]:
    """Set ER's check, its currency test made against this set's countries (``CURRENCIES``)."""
    wrong = f"currency {c.key.values['currency']} in {c.country}"  # set ER's wording, for its countries
    problems = [p for p in set_er.check(c) if p != wrong]
    if c.key.values["currency"] != CURRENCIES.get(c.country):
        problems.append(wrong)
    return problems


if __name__ == "__main__":
    set_r.write = write  # set R's command line, writing screenshots as PNG files as well as PDFs
    set_r.run_set(__doc__.splitlines()[0], "ED", Path("/tmp/outside_receipts_ed"), 5151, build, check)
