"""Named workers, and what a worker's code exports to the page (contributed by the worker plugin)."""

import sys

import _pyloom_worker

from pyscript.context import RUNNING_IN_WORKER, NotSupported

if sys.implementation.name == "micropython":
    # MicroPython's objects cannot convert themselves to JavaScript data: give the plugin to_js
    # (jsffi's own: a wrapper taking **options would read a converted dict as keyword arguments).
    from jsffi import to_js as _to_js

    _pyloom_worker.converter.fn = _to_js


class _Workers:
    """`await workers["name"]`: the exports of the worker named so, once its code has run."""

    def __getitem__(self, name):
        if RUNNING_IN_WORKER:
            raise NotSupported("pyscript.workers is available on the main thread only")
        return _pyloom_worker.workers.get(name)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]


workers = _Workers()


async def create_named_worker(src, name, config=None, type="py"):
    """Starts `src` in a worker named `name` and returns its exports once its code has run."""
    import json

    from pyscript.context import document

    script = document.createElement("script")
    script.type = type
    script.src = src
    script.setAttribute("worker", "")
    script.setAttribute("name", name)
    if config:
        script.setAttribute("config", config if isinstance(config, str) else json.dumps(config))
    document.body.append(script)
    return await workers[name]


def _publish(namespace):
    """After a worker's code ran: the functions it lists in __export__ become callable from the page."""
    names = namespace.get("__export__") or []
    for name in names:
        if name not in namespace:
            raise NameError(f"__export__ names {name!r}, which this worker's code does not define")
        setattr(_pyloom_worker.exports, name, namespace[name])
