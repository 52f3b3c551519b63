"""The pyscript package: what page code imports."""

from pyscript.context import (
    RUNNING_IN_WORKER,
    NotSupported,
    PyWorker,
    config,
    current_target,
    document,
    js_import,
    sync,
    window,
)
from pyscript.display import HTML, display
from pyscript.events import Event, when
from pyscript.fetch import fetch
from pyscript import context, ffi

try:
    from pyscript.workers import create_named_worker, workers
except ImportError as missing:
    if "workers" not in str(missing):
        raise

    class _NoWorkers:
        def __getitem__(self, name):
            raise NotSupported("pyscript.workers needs the worker plugin, which this core.js was composed without")

        __getattr__ = __getitem__

    workers = _NoWorkers()

    async def create_named_worker(src, name, config=None, type="py"):
        raise NotSupported("create_named_worker needs the worker plugin, which this core.js was composed without")


def __getattr__(name):
    # `from pyscript import web` asks here first: say which plugin it needs when it is not there.
    if name == "web":
        try:
            import pyscript.web as web
        except ImportError as missing:
            if "web" not in str(missing):
                raise
            raise ImportError(
                "pyscript.web needs the pydom plugin: compose core.js with it and do not turn it off with \"!pydom\""
            ) from None
        return web
    raise AttributeError(f"module 'pyscript' has no attribute '{name}'")


__all__ = [
    "HTML",
    "Event",
    "NotSupported",
    "PyWorker",
    "RUNNING_IN_WORKER",
    "config",
    "context",
    "create_named_worker",
    "current_target",
    "display",
    "document",
    "ffi",
    "fetch",
    "js_import",
    "sync",
    "when",
    "window",
    "workers",
]
