"""Where the code runs, and what it has there: window, document, config, the display target."""

import json

import js
import _pyloom

from pyscript.ffi import is_none


class NotSupported(Exception):
    """Raised by what does not exist where the code runs (sync on the main thread, for one)."""


# Only workers lack a document; the main thread's kernel runs this module.
RUNNING_IN_WORKER = is_none(getattr(js, "document", None))

# The page's configuration for this interpreter: every key, with "type" set to "py" or "mpy".
config = json.loads(_pyloom.config)

window = js
document = js.document

# Relative URLs resolve against the page, not against wherever this function was created.
_import_all = js.Function.new(
    "return (...urls) => Promise.all(urls.map((url) => import("
    "new URL(url, globalThis.document ? document.baseURI : location.href).href)))"
)()


def js_import(*urls):
    """Imports JavaScript modules, relative URLs against the page: `mod, = await js_import(url)`."""
    return _import_all(*urls)


class _Sync:
    def __getattr__(self, name):
        raise NotSupported("pyscript.sync is only available in workers, not on the main thread")


sync = _Sync()


def current_target():
    """The id of the element display() writes into by default for the running script."""
    return _pyloom.target


def __getattr__(name):
    # display_target follows the running script, so it is read each time.
    if name == "display_target":
        return current_target()
    raise AttributeError(name)
