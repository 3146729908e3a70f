"""Where document jobs run: in this process, or on a pool of Ray actors (local Ray or a cluster).

Each Ray actor builds one `DocumentJob` (and so loads the OCR models once) and processes documents
one at a time; the driver keeps a bounded number of documents queued per actor, so memory stays
bounded whatever the batch size. An actor that dies is restarted and the document is retried; a
document that kills its worker twice is quarantined instead of failing the batch.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from idp.config import PipelineConfig
from idp.document import QuarantineReason, document_id_for
from idp.pipeline.job import DocumentJob, InputItem, Outcome, write_quarantine
from idp.pipeline.scheduler import ActorScheduler
from idp.pipeline.store import open_store

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 2  # a document that kills its worker this often is quarantined
MAX_RESTARTS = 16  # worker restarts Ray makes before it gives up on an actor


def _limit_threads() -> None:
    import cv2

    cv2.setNumThreads(1)


def _pin_local_ray_to_loopback() -> None:
    """Make a Ray started here bind 127.0.0.1, not the machine's address.

    Ray resolves "localhost" to the machine's address unless its single-machine mode (the one it uses
    on macOS and Windows) is on. The variable is read when ray is imported; if ray was imported already,
    the constant it was read into is set too.
    """
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    if "ray" in sys.modules:
        from ray._private import ray_constants

        ray_constants.ENABLE_RAY_CLUSTER = False


class LocalExecutor:
    """Every stage in this process: for tests, debugging and tiny batches."""

    def __init__(
        self, config: PipelineConfig, source_uri: str, out_uri: str, run_id: str, force: bool
    ) -> None:
        self.job = DocumentJob(config, source_uri, out_uri, run_id)
        self.force = force
        self.workers = 0

    def map(self, items: Iterable[InputItem]) -> Iterator[Outcome]:
        for item in items:
            yield self.job.run(item, self.force)

    def close(self) -> None:
        pass


class _Worker:
    """The Ray actor body: one DocumentJob, models loaded once in the constructor."""

    def __init__(self, config_json: str, source_uri: str, out_uri: str, run_id: str) -> None:
        _limit_threads()
        self.job = DocumentJob(PipelineConfig.model_validate_json(config_json), source_uri, out_uri, run_id)

    def run(self, item_json: str, force: bool) -> str:
        return self.job.run(InputItem.model_validate_json(item_json), force).model_dump_json()

    def peak_rss_mb(self) -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    def placement(self) -> dict[str, Any]:
        """Where this actor runs and what Ray gave it (for tests and operators)."""
        import ray

        context = ray.get_runtime_context()
        resources = context.get_assigned_resources()
        return {"pid": os.getpid(), "node": context.get_node_id(), "resources": resources}


def gpus_per_worker(config: PipelineConfig, cluster_gpus: float, workers: int) -> float:
    """The GPU share each OCR actor asks for: none on a CPU-only cluster or for a CPU-only engine.

    `runtime.gpus_per_worker: auto` gives GPU engines (those whose settings name a device other than
    cpu) an even share of the cluster's GPUs, at most one each; a number is taken as it is."""
    wanted = config.runtime.gpus_per_worker
    if wanted != "auto":
        return float(wanted)
    if cluster_gpus <= 0 or getattr(config.ocr, "device", "cpu") == "cpu":
        return 0.0
    return min(1.0, cluster_gpus / workers)


class RayExecutor:
    def __init__(
        self,
        config: PipelineConfig,
        source_uri: str,
        out_uri: str,
        run_id: str,
        force: bool,
        workers: int,
        address: str | None,
    ) -> None:
        if address is None:
            _pin_local_ray_to_loopback()
        import ray

        self._ray = ray
        self._started_ray = False
        if not ray.is_initialized():
            init_args: dict[str, Any] = {
                "address": address,
                "include_dashboard": False,
                "logging_level": "ERROR",
                "log_to_driver": False,
            }
            ray.init(**init_args)
            self._started_ray = True
        resources = ray.cluster_resources()
        cluster_cpus = float(resources.get("CPU", 1.0))
        # Never ask for more CPUs than the cluster has, or actors wait forever for a slot.
        cpus = min(config.runtime.cpus_per_worker, max(cluster_cpus * 0.95 / workers, 0.05))
        self.gpus = gpus_per_worker(config, float(resources.get("GPU", 0.0)), workers)
        actor_class = ray.remote(_Worker).options(
            num_cpus=cpus,
            num_gpus=self.gpus,
            max_restarts=MAX_RESTARTS,
            max_task_retries=0,
            runtime_env={"env_vars": {"OMP_NUM_THREADS": "1", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}},
        )
        config_json = config.model_dump_json()
        self.actors = [actor_class.remote(config_json, source_uri, out_uri, run_id) for _ in range(workers)]
        self.force = force
        self.workers = workers
        self._source, self._out, self._run_id = open_store(source_uri), open_store(out_uri), run_id
        self.in_flight = config.runtime.max_in_flight_per_worker

    def map(self, items: Iterable[InputItem]) -> Iterator[Outcome]:
        scheduler: ActorScheduler[InputItem] = ActorScheduler(
            self._ray,
            self.actors,
            lambda actor, item: actor.run.remote(item.model_dump_json(), self.force),
            self.in_flight,
            MAX_ATTEMPTS,
        )
        for finished in scheduler.run(items):
            if finished.crashes:
                yield self._quarantine_crash(finished.item, finished.crashes)
            else:
                yield Outcome.model_validate_json(finished.value)

    def _quarantine_crash(self, item: InputItem, attempts: int) -> Outcome:
        data = self._source.get(item.key)
        message = f"the worker process died {attempts} times while processing this file"
        reason = QuarantineReason.processing_error
        return write_quarantine(
            self._out, item, document_id_for(data), len(data), reason, message, self._run_id
        )

    def close(self) -> None:
        for actor in self.actors:
            self._ray.kill(actor)
        if self._started_ray:
            self._ray.shutdown()
