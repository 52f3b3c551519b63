"""The JavaScript modules of the config's js_modules (its "main" ones on the main thread, its
"worker" ones in a worker), by name:

    from pyscript.js_modules import leaflet
    from pyscript.js_modules.leaflet import map
"""

import sys

import _pyloom
import js



def _register_dotted_names():
    # Each module is also importable by its dotted name: both interpreters look in sys.modules first.
    for name in js.Object.keys(_pyloom.js_modules):
        sys.modules["pyscript.js_modules." + name] = getattr(_pyloom.js_modules, name)


_register_dotted_names()


def __getattr__(name):
    modules = _pyloom.js_modules
    if name.startswith("__"):
        raise AttributeError(name)
    if not hasattr(modules, name):
        # ImportError, as for any module that is not there (MicroPython would not turn an
        # AttributeError into one for `from pyscript.js_modules import name`).
        where = "worker" if _pyloom.worker else "main"
        raise ImportError(f"No JavaScript module named {name!r} in js_modules.{where} of the config")
    return getattr(modules, name)
