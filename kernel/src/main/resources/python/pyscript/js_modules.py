"""The JavaScript modules of the config's js_modules.main, by name:

    from pyscript.js_modules import leaflet
"""

import _pyloom


def __getattr__(name):
    modules = _pyloom.js_modules
    if name.startswith("__") or not hasattr(modules, name):
        raise AttributeError(f"No JavaScript module named {name!r} in js_modules.main of the config")
    return getattr(modules, name)
