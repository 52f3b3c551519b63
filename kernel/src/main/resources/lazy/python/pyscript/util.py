"""Small helpers that work the same on Pyodide and MicroPython."""

import js


def as_bytearray(buffer):
    """A JavaScript ArrayBuffer's bytes as a bytearray."""
    view = js.Uint8Array.new(buffer)
    data = bytearray(view.length)
    for index in range(view.length):
        data[index] = view[index]
    return data


class NotSupported:
    """Stands in for what does not exist where the code runs: any use raises with its message."""

    def __init__(self, name, error):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "error", error)

    def __repr__(self):
        return f"<NotSupported {self.name} [{self.error}]>"

    def __getattr__(self, attr):
        raise AttributeError(self.error)

    def __setattr__(self, attr, value):
        raise AttributeError(self.error)

    def __call__(self, *args, **kwargs):
        raise TypeError(self.error)


def is_awaitable(obj):
    """Whether calling obj gives something to await (MicroPython's coroutines are generators)."""
    import sys

    if sys.implementation.name == "micropython":
        text = repr(obj)
        if "<closure <generator>" in text or ("<bound_method" in text and "<generator>" in text):
            return True
        return type(obj).__name__ == "generator" or "<generator>" in text
    import inspect

    return inspect.iscoroutinefunction(obj)
