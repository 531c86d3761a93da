"""The one engine of `indicators run --all`: Dask distributed, on this machine or on many.

`--jobs N` starts a `LocalCluster` of N single-threaded worker processes; `--scheduler tcp://HOST:PORT`
connects to a cluster someone started (`dask scheduler`, `dask worker` on each machine, or
dask-jobqueue / dask-kubernetes). The same task (`batch_task.run_task`) runs in both, one per
jurisdiction, and the client gets results as they complete. When a worker dies, the scheduler
runs its tasks again on another worker (up to `distributed.scheduler.allowed-failures`, 3 by
default); `retries` covers a task that raised on a worker (a full disk, a lost file).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from indicators.errors import IndicatorsError, quoted
from indicators.publish.batch import JurisdictionJob, JurisdictionOutcome
from indicators.publish.batch_task import Database, Notebooks, TaskResult, run_task

log = logging.getLogger("indicators.batch")
RETRIES = 2
CONNECT_TIMEOUT = "20s"
# a local cluster's housekeeping, slowed to what a batch of 2-5 s tasks needs. By
# default every worker samples its task's stack each 10 ms for the dashboard's profile, and every
# server checks its event loop each 20 ms and its process each 0.5 s: 2% of a core per idle worker,
# 2.4% for the client (scheduler and nannies), about 0.15 CPU s a jurisdiction. A cluster given with
# --scheduler keeps its own settings.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[object]:
    """A `distributed.Client` on `scheduler`, or on a new LocalCluster of `workers` processes; closed on exit."""
    import dask
    from distributed import Client, LocalCluster

    # importing distributed sets its loggers to INFO: hundreds of lines per batch (workers starting,
    # nannies closing) that drown the batch's own line per jurisdiction
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise IndicatorsError.single("scheduler-unreachable", f"cannot reach the Dask scheduler {quoted(scheduler)}: "
                                         f"{exc}", field="scheduler", value=scheduler,
                                         hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`") from None
        with client:
            yield client
        return
    # ":0" takes any free port, so that two batches on one machine do not collide. Without bokeh the scheduler
    # still serves its HTTP routes, and None meant distributed's default :8787: a second batch on the machine
    # printed a raw "UserWarning: Port 8787 is already in use. Perhaps you already have a cluster running?"
    with dask.config.set(LOCAL_CLUSTER_CONFIG), LocalCluster(  # the nannies hand this config to the workers
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
            silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def dashboard_link(client) -> str | None:
    """The address of the scheduler's dashboard, when it runs one."""
    services = client.scheduler_info().get("services", {})
    return client.dashboard_link if "dashboard" in services else None


def worker_count(client) -> int:
    return len(client.scheduler_info().get("workers", {}))


def run_jobs(client, jobs: Sequence[JurisdictionJob], notebooks: Notebooks,
             database_of: Callable[[JurisdictionJob], Database], ahead: Callable[[], int] | None = None,
             retries: int = RETRIES) -> Iterator[tuple[JurisdictionJob, TaskResult]]:
    """Submit one task per job and yield each result as it completes on the cluster.

    The notebooks go to every worker once (scattered), not once per task. `database_of` gives a
    job's database: the shared path, or its slice, which is made here on the client. With `ahead`,
    at most `ahead()` tasks wait or run at once, asked again as tasks complete (workers may join a
    running cluster), so slicing keeps pace with the cluster instead of preceding it, and the client
    holds that many slices, not all of them. A job whose task could not be completed (its workers
    kept dying) comes back as a failed outcome.
    """
    from distributed import as_completed

    shared_notebooks = client.scatter(notebooks, broadcast=True)
    waiting = iter(jobs)
    futures: dict[object, JurisdictionJob] = {}
    running = as_completed()

    def top_up() -> None:
        limit = len(jobs) if ahead is None else max(1, ahead())
        while len(futures) < limit:
            job = next(waiting, None)
            if job is None:
                return
            future = client.submit(run_task, job, shared_notebooks, database_of(job), retries=retries, pure=False,
                                   key=f"jurisdiction-{job.code}-{job.parameters['year']}-{id(futures):x}")
            futures[future] = job
            running.add(future)

    top_up()
    for future in running:
        job = futures.pop(future)
        try:
            result = future.result()
        except Exception as exc:  # KilledWorker after repeated deaths, or the task's own error after its retries
            outcome = JurisdictionOutcome(job.code, job.name_zh, ok=False, seconds=0.0,
                                          failures=[f"task failed on the cluster: {type(exc).__name__}: {exc}"])
            result = TaskResult(outcome)
        future.release()  # its files are written by the caller; the cluster need not keep them
        top_up()
        yield job, result
