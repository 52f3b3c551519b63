"""The foreign function interface, the same on both interpreters."""

import sys

import js

MICROPYTHON = sys.implementation.name == "micropython"

if MICROPYTHON:
    from jsffi import create_proxy
    from jsffi import to_js as _to_js

    def to_js(value, **options):
        """A Python value as a JavaScript one (dicts become plain objects)."""
        return _to_js(value)

    # JavaScript's null, as MicroPython hands it over (the prototype of Object.prototype is null).
    jsnull = js.Object.getPrototypeOf(js.Object.prototype)

else:
    from pyodide.ffi import create_proxy, jsnull
    from pyodide.ffi import to_js as _to_js

    def to_js(value, **options):
        """A Python value as a JavaScript one (dicts become plain objects, not Maps)."""
        options.setdefault("dict_converter", js.Object.fromEntries)
        return _to_js(value, **options)


def is_none(value):
    """True for None and for JavaScript's null and undefined, however they reached Python."""
    if value is None or value is jsnull:
        return True
    if MICROPYTHON:
        return type(value).__name__ == "undefined"
    return False


def assign(target, *sources):
    """JavaScript's Object.assign: copies each source (a dict or a JS object) onto target; gives target."""
    js.Object.assign(target, *[to_js(source) if isinstance(source, dict) else source for source in sources])
    return target


__all__ = ["assign", "create_proxy", "jsnull", "to_js", "is_none"]
