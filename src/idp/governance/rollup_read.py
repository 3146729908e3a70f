"""Reading every rollup of a store, in parallel (object stores answer many small GETs at once)."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from idp.governance.rollup import REVIEWS_PREFIX, RUNS_PREFIX, ReviewRollup, RunRollup
from idp.pipeline.store import Store

logger = logging.getLogger(__name__)
READ_THREADS = 16
M = TypeVar("M", bound=BaseModel)


@dataclass
class Rollups:
    runs: list[RunRollup] = field(default_factory=list)
    reviews: list[ReviewRollup] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # keys that did not parse (left out)


def _read_all(store: Store, keys: list[str], model: type[M], damaged: list[str]) -> list[M]:
    def read(key: str) -> M | None:
        try:
            return model.model_validate_json(store.get(key))
        except KeyError:  # deleted since it was listed
            return None
        except ValidationError as exc:
            logger.warning("rollup %s is damaged, left out: %s", key, exc.errors()[:1])
            damaged.append(key)
            return None

    if len(keys) < 8:
        items = [read(k) for k in keys]
    else:
        with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
            items = list(pool.map(read, keys))
    return [i for i in items if i is not None]


def read_rollups(store: Store) -> Rollups:
    rollups = Rollups()
    run_keys = [k for k in store.list(RUNS_PREFIX) if k.endswith(".json")]
    review_keys = [k for k in store.list(REVIEWS_PREFIX) if k.endswith(".json")]
    rollups.runs = _read_all(store, run_keys, RunRollup, rollups.damaged)
    rollups.reviews = _read_all(store, review_keys, ReviewRollup, rollups.damaged)
    return rollups
