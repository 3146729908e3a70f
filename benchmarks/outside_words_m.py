"""Amounts in words as set M's Indian and Mexican printouts spell them (lakh/crore English, Spanish pesos)."""

from __future__ import annotations

from decimal import Decimal

ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _en(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    return ONES[n // 100] + " Hundred" + ("" if n % 100 == 0 else " " + _en(n % 100))


def indian_words(x: Decimal) -> str:
    """'INR One Lakh Twenty Three Thousand ... and Forty Paise Only' (Tally style)."""
    rupees, paise = int(x), int((x - int(x)) * 100)
    parts = []
    for div, name in ((10**7, "Crore"), (10**5, "Lakh"), (10**3, "Thousand")):
        if rupees >= div:
            parts.append(f"{_en(rupees // div)} {name}")
            rupees %= div
    if rupees or not parts:
        parts.append(_en(rupees))
    return "INR " + " ".join(parts) + (f" and {_en(paise)} paise" if paise else "") + " Only"


UNOS = [
    "CERO",
    "UN",
    "DOS",
    "TRES",
    "CUATRO",
    "CINCO",
    "SEIS",
    "SIETE",
    "OCHO",
    "NUEVE",
    "DIEZ",
    "ONCE",
    "DOCE",
    "TRECE",
    "CATORCE",
    "QUINCE",
    "DIECISEIS",
    "DIECISIETE",
    "DIECIOCHO",
    "DIECINUEVE",
    "VEINTE",
    "VEINTIUN",
    "VEINTIDOS",
    "VEINTITRES",
    "VEINTICUATRO",
    "VEINTICINCO",
    "VEINTISEIS",
    "VEINTISIETE",
    "VEINTIOCHO",
    "VEINTINUEVE",
]
DECENAS = ["_", "_", "_", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
CIENTOS = [
    "_",
    "CIENTO",
    "DOSCIENTOS",
    "TRESCIENTOS",
    "CUATROCIENTOS",
    "QUINIENTOS",
    "SEISCIENTOS",
    "SETECIENTOS",
    "OCHOCIENTOS",
    "NOVECIENTOS",
]


def _es(n: int) -> str:
    if n < 30:
        return UNOS[n]
    if n < 100:
        return DECENAS[n // 10] + ("" if n % 10 == 0 else " Y " + UNOS[n % 10])
    if n == 100:
        return "CIEN"
    if n < 1000:
        return CIENTOS[n // 100] + ("" if n % 100 == 0 else " " + _es(n % 100))
    if n < 10**6:
        k = "MIL" if n // 1000 == 1 else _es(n // 1000) + " MIL"
        return k + ("" if n % 1000 == 0 else " " + _es(n % 1000))
    m = "UN MILLON" if n // 10**6 == 1 else _es(n // 10**6) + " MILLONES"
    return m + ("" if n % 10**6 == 0 else " " + _es(n % 10**6))


def pesos_words(x: Decimal) -> str:
    """'(CATORCE MIL TRESCIENTOS VEINTE PESOS 98/100 M.N.)'."""
    cents = int((x - int(x)) * 100)
    return f"({_es(int(x))} PESOS {cents:02d}/100 M.N.)"
