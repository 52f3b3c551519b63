"""Where the code runs, and what it has there: window, document, config, the display target."""

import json

import js
import _pyloom

from pyscript.ffi import is_none


class NotSupported(Exception):
    """Raised by what does not exist where the code runs (sync on the main thread, for one)."""


RUNNING_IN_WORKER = bool(_pyloom.worker)

# The page's configuration for this interpreter (a worker's own, in a worker): every key, with
# "type" set to "py" or "mpy".
config = json.loads(_pyloom.config)
# The literal, so that `config["type"] is "py"` holds as it does in PyScript.
config["type"] = "mpy" if config.get("type") == "mpy" else "py"

if RUNNING_IN_WORKER:
    # The worker plugin reaches the page's window synchronously; `js` stays the worker's own global.
    import _pyloom_worker

    sync = _pyloom_worker.sync
    if is_none(_pyloom_worker.window):
        # A page that is not cross-origin isolated shares no memory: only async sync calls work.
        from pyscript.util import NotSupported as _Unreachable

        if not config.get("sync_main_only", False):
            _pyloom_worker.warn(_pyloom_worker.noWindow)
        window = _Unreachable("pyscript.window", _pyloom_worker.noWindow)
        document = _Unreachable("pyscript.document", _pyloom_worker.noWindow)
    else:
        window = _pyloom_worker.window
        document = window.document
else:
    window = js
    document = js.document

# The kernel's import(): relative URLs resolve against the page, and no eval is needed.
_import_all = _pyloom.import_all


def js_import(*urls):
    """Imports JavaScript modules, relative URLs against the page: `mod, = await js_import(url)`."""
    return _import_all(*urls)


class _MainThreadSync:
    def __getattr__(self, name):
        raise NotSupported("pyscript.sync is only available in workers, not on the main thread")


if not RUNNING_IN_WORKER:
    sync = _MainThreadSync()

_TYPES = {"py": "py", "pyodide": "py", "mpy": "mpy", "micropython": "mpy"}


def PyWorker(url, type=None, config=None, name=None):
    """Starts `url` in a web worker: `type` is "pyodide" / "py" or "micropython" / "mpy" (default:
    this interpreter's), `config` a dict, JSON or TOML text, or the URL of a config file. Returns the
    worker: set `worker.sync.fn = fn` to let its code call `sync.fn(...)`."""
    if RUNNING_IN_WORKER:
        raise NotSupported("pyscript.PyWorker works only on the main thread, not inside a worker")
    kind = _TYPES.get(type or config_type())
    if kind is None:
        raise ValueError(f"PyWorker type must be pyodide, py, micropython or mpy, not {type!r}")
    if config is not None and not isinstance(config, str):
        config = json.dumps(config)
    worker = _pyloom.start_worker(url, kind, config, name)
    if is_none(worker):
        raise NotSupported("PyWorker needs the worker plugin, which this core.js was composed without")
    return worker


def config_type():
    return config.get("type", "py")


def current_target():
    """The id of the element display() writes into by default for the running script."""
    if RUNNING_IN_WORKER:
        _add_worker_target()
    return _pyloom.target


_worker_target_added = False


def _add_worker_target():
    # A worker tag's ID-target element is added after the tag when first asked for, as PyScript does.
    global _worker_target_added
    target = _pyloom.target
    if is_none(_pyloom_worker.window) or _worker_target_added or is_none(target) or not target.endswith("-target"):
        return
    _worker_target_added = True
    if is_none(document.getElementById(target)):
        tag = document.getElementById(target[: -len("-target")])
        if not is_none(tag):
            element = document.createElement("script-py")
            element.id = target
            if document.head.contains(tag):
                document.body.append(element)
            else:
                tag.after(element)


def __getattr__(name):
    # display_target follows the running script, so it is read each time.
    if name == "display_target":
        return current_target()
    raise AttributeError(name)
