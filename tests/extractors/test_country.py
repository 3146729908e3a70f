"""Shared currency marks ($, kr) read by the country the document names."""

from __future__ import annotations

from idp.extractors.country import country_votes, resolve_currency
from idp.extractors.currency_marks import currency_marks


def _resolved(texts: list[str]) -> dict[str, float]:
    return resolve_currency(currency_marks(texts), texts)


def test_a_bare_dollar_is_the_dollar_of_the_country_the_cues_name() -> None:
    assert _resolved(["ABN 51 824 753 556", "Total $48.37"]) == {"AUD": 0.5}
    assert _resolved(["GST/HST No. 81234 5678", "Total $153.02"]) == {"CAD": 0.5}
    assert _resolved(["Total $48.37"]) == {"USD": 0.5}  # no cue: the default stands
    assert _resolved(["ABN 51 824 753 556", "Total USD 48.37", "$48.37"]) == {"USD": 1.5}  # its code printed


def test_kr_is_the_crown_of_the_country_the_cues_name() -> None:
    assert _resolved(["Org.nr. 041 235 778 MVA", "Tlf. +47 48 95 05 50", "Totalt kr 30 436,90"]) == {
        "NOK": 1.0
    }
    assert _resolved(["CVR-nr. 19886685", "At betale 37.316,69 kr."]) == {"DKK": 1.0}
    assert _resolved(["Att betala 9 543,04 kr"]) == {"SEK": 1.0}


def test_no_mark_takes_a_country_named_twice() -> None:
    assert _resolved(["Tel +90 587 459 38 48", "Toplam Tutar 9.087,00"]) == {}  # one cue
    texts = ["Vergi Dairesi Kurumlar V.D. VKN 5482028931 Tel +90 587 459 38 48", "Toplam Tutar 9.087,00"]
    assert country_votes(texts)["TR"] == 3
    assert _resolved(texts) == {"TRY": 0.5}


def test_a_naira_or_peso_sign_the_scan_lost_is_found_from_the_country() -> None:
    ng = ["14 Kudirat Abiola Way, Oregun, Ikeja, Lagos", "Mushin, Lagos", "Sub-Total N1,461,000.00"]
    assert _resolved(ng) == {"NGN": 0.5}
    ph = ["Unit 3, Kamuning Road, Quezon City 1103, Metro Manila", "BIR Authority to Print", "TOTAL P656.25"]
    assert _resolved(ph) == {"PHP": 0.5}
    il = ["12 HaMelacha St., Haifa 3508501", "Allocation No.: 101626088", "Total 66,611.47"]
    assert _resolved(il) == {"ILS": 0.5}


def test_a_page_without_a_mark_in_the_euro_area_is_in_euros() -> None:
    texts = ["FACTURE", "Tél. +33 1 44 55 66 77", "TVA intracommunautaire FR58844693312"]
    texts.append("Net à payer 38 218,05")
    assert resolve_currency({}, texts) == {"EUR": 0.5}
    assert resolve_currency({}, ["Tél. +33 1 44 55 66 77", "Total 12,00"]) == {}  # one cue is not enough


def test_a_mark_beside_a_whole_number_counts_less_than_one_beside_money() -> None:
    texts = ["18/08/25 Room Charge RM 2002 289.00", "19/08/25 Room Charge RM 2002 289.00"]
    texts += ["Date Description Charges (SGD)", "Total (incl. GST) SGD 1,129.12"]
    marks = currency_marks(texts)
    assert max(marks, key=lambda c: marks[c]) == "SGD"
    assert currency_marks(["Összesen Ft 2 360 174"]) == {"HUF": 1.0}  # forints are printed whole
