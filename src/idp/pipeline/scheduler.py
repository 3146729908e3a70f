"""Feeding a pool of Ray actors: bounded queues, and no blame for innocent documents when a worker dies.

When a worker process dies, every task queued on it fails, but only the one it was running can have
killed it. That task counts an attempt; the others go back to the queue as they were. The dead actor
gets no work until Ray has restarted it (a ping answers); an actor Ray gives up on leaves the pool.
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
class _Task(Generic[T]):
    item: T
    attempt: int
    actor: int
    seq: int


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
        self._running: dict[int, int] = {}  # actor -> seq of the task it was running when it died

    def run(self, items: Iterable[T]) -> Iterator[Finished[T]]:
        ray = self.ray
        queue: deque[tuple[T, int]] = deque((item, 1) for item in items)
        pending: dict[Any, _Task[T]] = {}
        pings: dict[Any, int] = {}
        load = [0] * len(self.actors)
        usable = set(range(len(self.actors)))
        seq = itertools.count()
        while queue or pending:
            while queue and usable:
                index = min(usable, key=load.__getitem__)
                if load[index] >= self.in_flight:
                    break
                item, attempt = queue.popleft()
                pending[self.submit(self.actors[index], item)] = _Task(item, attempt, index, next(seq))
                load[index] += 1
            if not pending and not pings:
                raise AllWorkersDead("every worker died and none could be restarted")
            ready, _ = ray.wait([*pending, *pings], num_returns=1)
            ref = ready[0]
            if ref in pings:
                index = pings.pop(ref)
                try:
                    ray.get(ref)
                    usable.add(index)
                except ray.exceptions.RayActorError:
                    logger.error("worker %d could not be restarted; continuing without it", index)
                continue
            task = pending.pop(ref)
            load[task.actor] -= 1
            try:
                yield Finished(task.item, ray.get(ref))
            except ray.exceptions.RayActorError as exc:
                finished = self._worker_died(task, pending, queue, pings, usable, exc)
                if finished is not None:
                    yield finished

    def _worker_died(
        self,
        task: _Task[T],
        pending: dict[Any, _Task[T]],
        queue: deque[tuple[T, int]],
        pings: dict[Any, int],
        usable: set[int],
        exc: Exception,
    ) -> Finished[T] | None:
        if task.actor in usable:  # the first failure seen from this death: find the task it was running
            siblings = [
                t.seq for ref, t in pending.items() if t.actor == task.actor and not self._succeeded(ref)
            ]
            self._running[task.actor] = min([task.seq, *siblings])
            usable.discard(task.actor)
            pings[self.actors[task.actor].placement.remote()] = task.actor
        if task.seq != self._running.get(task.actor):
            queue.appendleft((task.item, task.attempt))  # queued behind the crash: not to blame
            return None
        logger.warning("worker died while processing %s (attempt %d): %s", task.item, task.attempt, exc)
        if task.attempt >= self.max_attempts:
            return Finished(task.item, crashes=task.attempt)
        queue.append((task.item, task.attempt + 1))
        return None

    def _succeeded(self, ref: Any) -> bool:
        """A task that finished well before its worker died (its result not collected yet) was not running."""
        ready, _ = self.ray.wait([ref], timeout=0)
        if not ready:
            return False
        try:
            self.ray.get(ref)
            return True
        except self.ray.exceptions.RayError:
            return False
