"""The actor scheduler on a real local Ray with workers that really die: poison is quarantined, the
documents queued behind a crash are not blamed, and nothing is run to completion twice."""

from __future__ import annotations

import os

import pytest

from idp.pipeline.scheduler import ActorScheduler


class _Doomed:
    """Dies (the whole process) on items starting with 'poison'; doubles the others."""

    def run(self, item: str) -> str:
        if item.startswith("poison"):
            os._exit(3)
        return item * 2

    def placement(self) -> int:
        return os.getpid()


@pytest.fixture(scope="module")
def ray_session():
    import ray

    from idp.pipeline.executors import _pin_local_ray_to_loopback

    _pin_local_ray_to_loopback()
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_poison_is_given_up_after_bounded_retries_and_others_finish(ray_session) -> None:
    ray = ray_session
    actor_class = ray.remote(_Doomed).options(num_cpus=0.5, max_restarts=4, max_task_retries=0)
    actors = [actor_class.remote() for _ in range(2)]
    items = ["a", "b", "poison-1", "c", "d", "e", "f"]
    scheduler = ActorScheduler(ray, actors, lambda actor, item: actor.run.remote(item), 2, max_attempts=2)

    finished = list(scheduler.run(items))

    by_item = {f.item: f for f in finished}
    assert sorted(by_item) == sorted(items)  # every item once
    assert len(finished) == len(items)  # none twice
    assert by_item["poison-1"].crashes == 2  # tried twice, then given up
    for item in items:
        if item != "poison-1":
            assert by_item[item].crashes == 0 and by_item[item].value == item * 2
    for actor in actors:
        ray.kill(actor)
