"""The pyscript package: what page code imports."""

from pyscript.context import (
    RUNNING_IN_WORKER,
    NotSupported,
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

__all__ = [
    "HTML",
    "Event",
    "NotSupported",
    "RUNNING_IN_WORKER",
    "config",
    "context",
    "current_target",
    "display",
    "document",
    "ffi",
    "fetch",
    "js_import",
    "sync",
    "when",
    "window",
]
