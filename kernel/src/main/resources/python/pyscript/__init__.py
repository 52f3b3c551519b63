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


# Names of modules that are fetched on first use (lazy files of core.js), bound here when asked for.
_STORAGE = ("storage", ("storage", "Storage"))
_LAZY = {"storage": _STORAGE, "Storage": _STORAGE, "WebSocket": ("websocket", ("WebSocket",))}


async def py_import(*names):
    """Installs packages at run time, as the config's `packages` would, and returns their modules."""
    import json

    import _pyloom

    await _pyloom.install(json.dumps(list(names)))
    return [__import__(name) for name in names]


def __getattr__(name):
    if name in _LAZY:
        module, public = _LAZY[name]
        loaded = __import__("pyscript." + module, None, None, public)
        # The submodule's import bound its own name here: the public names win, as PyScript's do.
        for each in public:
            globals()[each] = getattr(loaded, each)
        return globals()[name]
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
    # MicroPython asks here for `from pyscript import util` before it looks for the submodule, and
    # an AttributeError from here would end its search.
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return __import__("pyscript." + name, None, None, ("__name__",))
    except ImportError as missing:
        if name not in str(missing):
            raise
    raise AttributeError(f"module 'pyscript' has no attribute '{name}'")


__all__ = [
    "HTML",
    "Event",
    "NotSupported",
    "PyWorker",
    "Storage",
    "WebSocket",
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
    "py_import",
    "storage",
    "sync",
    "when",
    "window",
    "workers",
]
