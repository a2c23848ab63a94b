"""A Dask client: on the cluster at a scheduler's address, or on a `LocalCluster` started here.

The only module of the engine that decides where the work runs; everything else takes a
`distributed.Client`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "NEEDS_DASK",
    "EngineError",
    "cluster_map",
    "connect",
    "gather_as_done",
    "wait_as_done",
]

NEEDS_DASK = (
    "the Dask engine needs Dask and distributed: pip install 'corpusclean[dask]' "
    "(or run on this machine with --engine local, the default)"
)
_UNREACHABLE = (
    "cannot reach the Dask scheduler at {address} ({error}); check the address and that "
    "`dask scheduler` runs there (how long to wait: Dask's distributed.comm.timeouts.connect)"
)
_PROFILER = "distributed.worker.profile.enabled"
_CONNECT_TIMEOUT = "distributed.comm.timeouts.connect"
_In = TypeVar("_In")
_Out = TypeVar("_Out")


class EngineError(RuntimeError):
    """The engine cannot run as asked (Dask not installed, a scheduler out of reach, a URL
    no file system opens); the message says why and what to do. The command prints it, with
    no traceback."""


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client on the scheduler at `scheduler` (``tcp://host:port``), or, when it is None,
    on a `LocalCluster` of `workers` single-threaded processes, closed on the way out.

    Worker processes, not threads: cleaning is pure Python and holds the GIL.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError(NEEDS_DASK) from None
    import dask

    if scheduler:
        with _client_at(Client, scheduler, dask.config.get(_CONNECT_TIMEOUT)) as client:
            yield client
        return

    # The workers' statistical profiler samples the running task's stack every 10 ms, holding
    # the GIL: cleaning ran about 10% slower with it (measured on a loaded machine, noisy).
    # The dashboard (when bokeh is installed) on any free port: 8787 may be taken by another.
    with (
        dask.config.set({_PROFILER: False}),
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _client_at(client_type: Any, address: str, timeout: str) -> Any:
    """A client on the scheduler at `address`; `EngineError` when there is none to reach."""
    try:
        return client_type(address, timeout=timeout)
    except (OSError, ValueError) as error:  # TimeoutError is an OSError; ValueError: no address
        raise EngineError(_UNREACHABLE.format(address=address, error=error)) from None


def gather_as_done(
    client: Client, futures: Sequence[Any], heard: Callable[[int, Any], None]
) -> list[Any]:
    """Every future's result, in order; ``heard(number, result)`` is called as each one
    completes, in the order they complete (a progress line's update)."""
    wait_as_done(futures, lambda number: heard(number, futures[number].result()))
    results: list[Any] = client.gather(list(futures))
    return results


def wait_as_done(futures: Sequence[Any], heard: Callable[[int], None]) -> None:
    """Wait for every future; ``heard(number)`` is called as each one completes, in the
    order they complete. The results stay on the cluster."""
    from distributed import as_completed

    number_of = {future.key: number for number, future in enumerate(futures)}
    for future in as_completed(futures):
        heard(number_of[future.key])


def cluster_map(client: Client) -> Callable[[Callable[[_In], _Out], Iterable[_In]], list[_Out]]:
    """A ``map`` that runs each call as a task on the cluster and returns results in order."""

    def run(function: Callable[[_In], _Out], items: Iterable[_In]) -> list[_Out]:
        futures: Any = client.map(function, list(items), pure=False)
        results: list[_Out] = client.gather(futures)
        return results

    return run
