"""Feeding a pool of Ray actors: bounded queues, and no blame for innocent documents when a worker dies.

When a worker process dies, every task queued on it fails, but only the one it was running can have
killed it. Which one that was is certain only when a single task was unfinished on the worker: a task
that had finished may still fail, because a process that dies can take its last replies with it
("may or may not have been executed"). So a death with several unfinished tasks makes them all
suspects, and each suspect runs again alone on a worker; a death with one task running alone blames
that task, and a task blamed ``max_attempts`` times is given up. The dead actor gets no work until Ray
has restarted it (a ping answers); an actor Ray gives up on leaves the pool.

Each task remembers the actor's life (epoch) it was sent to. The failures of one death can arrive
after the restarted actor has answered its ping; a failure from an earlier life is then recognised
as part of the death already handled, not taken for a new one.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class _Queued(Generic[T]):
    item: T
    attempt: int = 1  # 1 + how many deaths this item was certainly to blame for
    solo: bool = False  # a suspect: runs with nothing else on its worker, so a death is its own


@dataclass
class _Task(Generic[T]):
    queued: _Queued[T]
    actor: int
    seq: int
    epoch: int  # how many deaths of this actor had been seen when the task was sent


@dataclass
class Finished(Generic[T]):
    item: T
    value: Any = None
    crashes: int = 0  # > 0: the item killed its worker this many times and was given up


class AllWorkersDead(RuntimeError):
    pass


class ActorScheduler(Generic[T]):
    def __init__(
        self,
        ray: Any,
        actors: list[Any],
        submit: Callable[[Any, T], Any],
        in_flight_per_actor: int,
        max_attempts: int,
    ) -> None:
        self.ray, self.actors, self.submit = ray, actors, submit
        self.in_flight, self.max_attempts = in_flight_per_actor, max_attempts
        self._killer: dict[tuple[int, int], int | None] = {}  # (actor, epoch) -> seq, None: unsure
        self._epoch = [0] * len(actors)
        self._load = [0] * len(actors)
        self._solo: set[int] = set()  # actors running a suspect alone
        self._usable = set(range(len(actors)))
        self._pings: dict[Any, int] = {}
        self._queue: deque[_Queued[T]] = deque()

    def run(self, items: Iterable[T]) -> Iterator[Finished[T]]:
        ray = self.ray
        self._queue.extend(_Queued(item) for item in items)
        pending: dict[Any, _Task[T]] = {}
        seq = itertools.count()
        while self._queue or pending:
            while self._queue and (index := self._next_actor(self._queue[0])) is not None:
                queued = self._queue.popleft()
                pending[self.submit(self.actors[index], queued.item)] = _Task(
                    queued, index, next(seq), self._epoch[index]
                )
                self._load[index] += 1
                if queued.solo:
                    self._solo.add(index)
            if not pending and not self._pings:
                raise AllWorkersDead("every worker died and none could be restarted")
            ready, _ = ray.wait([*pending, *self._pings], num_returns=1)
            ref = ready[0]
            if ref in self._pings:
                self._pinged(ref)
                continue
            task = pending.pop(ref)
            self._load[task.actor] -= 1
            if task.queued.solo:
                self._solo.discard(task.actor)
            try:
                yield Finished(task.queued.item, ray.get(ref))
            except ray.exceptions.RayActorError as exc:
                finished = self._worker_died(task, pending, exc)
                if finished is not None:
                    yield finished

    def _next_actor(self, queued: _Queued[T]) -> int | None:
        free = [i for i in self._usable - self._solo if self._load[i] < self.in_flight]
        if queued.solo:
            free = [i for i in free if self._load[i] == 0]
        return min(free, key=self._load.__getitem__, default=None)

    def _pinged(self, ref: Any) -> None:
        index = self._pings.pop(ref)
        try:
            self.ray.get(ref)
            self._usable.add(index)
        except self.ray.exceptions.RayActorError:
            logger.error("worker %d could not be restarted; continuing without it", index)

    def _worker_died(
        self, task: _Task[T], pending: dict[Any, _Task[T]], exc: Exception
    ) -> Finished[T] | None:
        life = (task.actor, task.epoch)
        if task.epoch == self._epoch[task.actor]:  # the first failure seen from this death
            unfinished = [
                t for ref, t in pending.items() if (t.actor, t.epoch) == life and not self._succeeded(ref)
            ]
            self._killer[life] = task.seq if not unfinished else None
            self._epoch[task.actor] += 1
            self._usable.discard(task.actor)
            self._pings[self.actors[task.actor].placement.remote()] = task.actor
        queued, killer = task.queued, self._killer[life]
        if killer is None:  # several were unfinished: each runs again alone
            self._queue.appendleft(_Queued(queued.item, queued.attempt, solo=True))
            return None
        if task.seq != killer:  # queued behind the crash: not to blame
            self._queue.appendleft(queued)
            return None
        logger.warning("worker died while processing %s (attempt %d): %s", queued.item, queued.attempt, exc)
        if queued.attempt >= self.max_attempts:
            return Finished(queued.item, crashes=queued.attempt)
        self._queue.append(_Queued(queued.item, queued.attempt + 1, solo=True))
        return None

    def _succeeded(self, ref: Any) -> bool:
        """A task whose result arrived before its worker died (not collected yet) was not running."""
        ready, _ = self.ray.wait([ref], timeout=0)
        if not ready:
            return False
        try:
            self.ray.get(ref)
            return True
        except self.ray.exceptions.RayError:
            return False
