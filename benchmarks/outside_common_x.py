"""Helpers of set X (benchmarks/outside_receipts_x.py), till receipts from countries sets R, S, T and V
leave out.

The key is set V's ``VKey`` (benchmarks/outside_common_v.py: set T's month names, three-decimal totals for
the Bahraini dinar). Here are the tax and registration numbers of the regions (PVM kodas, matricule TVA,
JIB, NIPT, PIB, IDNO, VÖEN, STIR, BRN, NIF, NINEA, NCC, NIU, TPIN, NUIT, RTN, RUC, NIT/NRC, CR, ...) and
short builders of capture specs (benchmarks/outside_capture_r.py) so a case states its capture in a line.
"""

from __future__ import annotations

import random
from typing import Any

from outside_common_r import digits

Spec = dict[str, Any]

# ---- captures ------------------------------------------------------------------------------------------


def scan(rng: random.Random, dpi: int = 200, fmt: str = "png", **kw: Any) -> Spec:
    """On a flatbed under the lid, cropped round the slip; ``kw`` adds paper effects, rotate, quality."""
    spec: Spec = {
        "place": "glass",
        "lid": (236, 236, 232),
        "margin": (12, 10),
        "angle": rng.uniform(-1.5, 1.5),
    }
    spec |= {"kind": "scan", "dpi": dpi, "fmt": fmt}
    if fmt == "jpg":
        spec["quality"] = 80
    return spec | kw


def photo(rng: random.Random, table: str = "wood", tilt: float = 4.0, **kw: Any) -> Spec:
    """A phone photo of the slip lying on a ``table``, turned up to ``tilt`` degrees."""
    spec: Spec = {"place": "table", "table": table, "angle": rng.uniform(-tilt, tilt), "kind": "photo"}
    spec |= {"fmt": "jpg", "quality": 80, "long": 2400}
    return spec | kw


EMAIL: Spec = {"place": "email", "kind": "e-receipt", "fmt": "pdf"}

# ---- tax and registration numbers ------------------------------------------------------------------------


def pvm_lt(rng: random.Random) -> str:
    return f"LT{digits(rng, 9)}1{rng.randint(1, 9)}"


def tva_lu(rng: random.Random) -> str:
    return f"LU{rng.randint(10000000, 35999999)}"


def jib_ba(rng: random.Random) -> str:
    return f"4{rng.choice('2')}{digits(rng, 11)}"


def nipt_al(rng: random.Random) -> str:
    return f"{rng.choice('JKLM')}{digits(rng, 8)}{rng.choice('ABCDEFGHIJKLNPRST')}"


def pib_me(rng: random.Random) -> str:
    return f"02{digits(rng, 6)}"


def idno_md(rng: random.Random) -> str:
    return f"100{digits(rng, 10)}"


def voen_az(rng: random.Random) -> str:
    return f"{rng.randint(1, 2)}{digits(rng, 8)}1"


def stir_uz(rng: random.Random) -> str:
    return f"{rng.randint(2, 3)}{digits(rng, 8)}"


def brn_mu(rng: random.Random) -> str:
    return f"C{digits(rng, 8)}"


def nif_mg(rng: random.Random) -> str:
    return f"{digits(rng, 10)}"


def stat_mg(rng: random.Random) -> str:
    return f"{digits(rng, 5)} 11 20{rng.randint(5, 22):02d} 0 {digits(rng, 5)}"


def ninea_sn(rng: random.Random) -> str:
    return f"00{digits(rng, 5)} 2{rng.choice('VGR')}{rng.randint(1, 3)}"


def ncc_ci(rng: random.Random) -> str:
    return f"{digits(rng, 7)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def niu_cm(rng: random.Random) -> str:
    return f"M0{digits(rng, 10)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def tpin_zm(rng: random.Random) -> str:
    return f"100{digits(rng, 7)}"


def nuit_mz(rng: random.Random) -> str:
    return f"4{digits(rng, 8)}"


def nif_ao(rng: random.Random) -> str:
    return f"54{digits(rng, 8)}"


def rtn_hn(rng: random.Random) -> str:
    return f"0801{rng.randint(1990, 2022)}{digits(rng, 6)}"


def ruc_ni(rng: random.Random) -> str:
    return f"J03100000{digits(rng, 5)}"


def nit_sv(rng: random.Random) -> str:
    return f"0614-{digits(rng, 6)}-{digits(rng, 3)}-{rng.randint(0, 9)}"


def ruc_py(rng: random.Random) -> str:
    return f"800{digits(rng, 5)}-{rng.randint(0, 9)}"
