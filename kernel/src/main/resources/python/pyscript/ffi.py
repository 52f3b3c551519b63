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

else:
    from pyodide.ffi import create_proxy, jsnull
    from pyodide.ffi import to_js as _to_js

    def to_js(value, **options):
        """A Python value as a JavaScript one (dicts become plain objects, not Maps)."""
        options.setdefault("dict_converter", js.Object.fromEntries)
        return _to_js(value, **options)


def is_none(value):
    """True for None and for JavaScript's null and undefined, however they reached Python."""
    if value is None:
        return True
    if MICROPYTHON:
        return type(value).__name__ == "undefined"
    return value is jsnull


__all__ = ["create_proxy", "to_js", "is_none"]
