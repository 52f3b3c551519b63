"""A worker script's terminal: input() reads the line typed there (the worker blocks until it is
entered), print() writes there, and code.interact() runs a REPL in it."""

import sys

import _pyloom_worker
from pyscript import sync
from pyscript.ffi import is_none

NEEDS_SHARED_MEMORY = (
    "input() in a worker terminal waits for the page, which needs memory shared with the worker: "
    + _pyloom_worker.noWindow
)

_shared = not is_none(_pyloom_worker.window)

# The page's xterm.js Terminal (PyScript's __terminal__); None where the page cannot be reached.
terminal = sync.pyterminal_object() if _shared else None


def input(prompt=""):
    """The line typed in the terminal, without its end."""
    if not _shared:
        raise RuntimeError(NEEDS_SHARED_MEMORY)
    return str(sync.pyterminal_read(str(prompt)))


def _install_input():
    import builtins

    try:
        builtins.input = input  # code.interact() and every module reading input() use it
    except (AttributeError, TypeError):
        pass  # MicroPython without writable builtins: the script's own input is still ours


def _install_repl():
    try:
        import code  # noqa: F401  Pyodide's own, reading through input()
    except ImportError:
        import _pyloom_repl

        sys.modules["code"] = _pyloom_repl


_install_input()
_install_repl()
