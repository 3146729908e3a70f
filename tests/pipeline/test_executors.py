"""Ray scheduling and fault tolerance on a real local Ray: declared GPUs, killed workers."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from idp.config import load_config
from idp.pipeline.executors import RayExecutor, gpus_per_worker
from idp.pipeline.job import InputItem
from tests import inputs


def _batch(folder: Path, count: int) -> list[InputItem]:
    items = []
    for n in range(count):
        name = f"receipt-{n}.png"
        inputs.write(folder, name, inputs.png_bytes([f"CORNER SHOP {n}", *inputs.RECEIPT_LINES[1:]]))
        items.append(InputItem(key=name, name=name, uri=str(folder / name)))
    return items


def test_gpu_share_follows_the_engine_and_the_cluster() -> None:
    cpu_engine = load_config()
    gpu_engine = cpu_engine.with_updates(ocr={"kind": "ppocr_torch", "device": "auto"})
    assert gpus_per_worker(cpu_engine, cluster_gpus=1, workers=4) == 0.0  # ONNX Runtime CPU engine
    assert gpus_per_worker(gpu_engine, cluster_gpus=0, workers=4) == 0.0  # CPU-only cluster: CPU actors
    assert gpus_per_worker(gpu_engine, cluster_gpus=1, workers=4) == 0.25
    assert gpus_per_worker(gpu_engine, cluster_gpus=8, workers=4) == 1.0
    forced = cpu_engine.with_updates(runtime={"gpus_per_worker": 0.5})
    assert gpus_per_worker(forced, cluster_gpus=0, workers=2) == 0.5


@pytest.mark.slow
def test_actors_get_declared_gpus(tmp_path: Path) -> None:
    """A CPU machine declaring one GPU: two OCR actors share it, half each, and still process documents."""
    import ray

    from idp.pipeline.executors import _pin_local_ray_to_loopback

    _pin_local_ray_to_loopback()
    ray.init(num_cpus=2, num_gpus=1, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    try:
        items = _batch(tmp_path / "in", 2)
        config = load_config().with_updates(runtime={"gpus_per_worker": 0.5})
        executor = RayExecutor(
            config, str(tmp_path / "in"), (tmp_path / "out").as_uri(), "gpu", False, 2, None
        )
        try:
            placements = ray.get([a.placement.remote() for a in executor.actors])
            assert [p["resources"].get("GPU") for p in placements] == [0.5, 0.5]
            assert sorted(o.outcome for o in executor.map(items)) == ["processed", "processed"]
        finally:
            executor.close()
    finally:
        ray.shutdown()


@pytest.mark.slow
def test_killed_worker_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    import ray

    items = _batch(tmp_path / "in", 6)
    out = tmp_path / "out"
    executor = RayExecutor(load_config(), str(tmp_path / "in"), out.as_uri(), "kill", False, 2, None)
    try:
        victim = ray.get(executor.actors[0].placement.remote())["pid"]
        outcomes = []
        for outcome in executor.map(items):
            outcomes.append(outcome)
            if len(outcomes) == 1:
                os.kill(victim, signal.SIGKILL)  # mid-batch: the actor holds queued documents
        survivor = ray.get(executor.actors[0].placement.remote())["pid"]
    finally:
        executor.close()
    assert survivor != victim  # Ray restarted the killed worker
    assert sorted(o.name for o in outcomes) == sorted(i.name for i in items)
    # a document the worker finished just before it died is found done on retry: skipped, not redone
    assert {o.outcome for o in outcomes} <= {"processed", "skipped"}
    results = sorted((out / "results").glob("*.json"))
    assert len(results) == 6
    assert all(json.loads(p.read_text())["version"] == 1 for p in results)
