"""when(): Python functions as handlers of DOM events (and of Python-side Event objects)."""

import inspect

from pyscript.context import document
from pyscript.ffi import create_proxy, to_js


class Event:
    """An event Python code can trigger and listen to, without the DOM."""

    def __init__(self):
        self._listeners = []

    def add_listener(self, listener):
        if not callable(listener):
            raise ValueError(f"Event listeners must be callable, not {type(listener).__name__}")
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove_listener(self, *listeners):
        for listener in listeners or list(self._listeners):
            if listener in self._listeners:
                self._listeners.remove(listener)

    def trigger(self, result=None):
        for listener in list(self._listeners):
            outcome = listener(result)
            if _is_coroutine(outcome):
                import asyncio

                asyncio.create_task(outcome)


def _is_coroutine(value):
    return type(value).__name__ in ("coroutine", "generator")


def _takes_arguments(function):
    while hasattr(function, "__wrapped__"):
        function = function.__wrapped__
    try:
        return bool(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return True


def _handler(function):
    """A handler with one argument (the event), whatever the function takes."""
    takes_event = _takes_arguments(function)
    if inspect.iscoroutinefunction(function):
        async def handler(event=None):
            return await (function(event) if takes_event else function())
    else:
        def handler(event=None):
            return function(event) if takes_event else function()
    try:
        handler.__wrapped__ = function  # so stacked decorators see the original's signature
    except AttributeError:
        pass  # MicroPython functions take no attributes; the handler's own signature serves
    return handler


def _elements(selector):
    if isinstance(selector, str):
        found = document.querySelectorAll(selector)
        return [found.item(i) for i in range(found.length)]
    if isinstance(selector, (list, tuple)):
        return list(selector)
    # Elements of pyscript.web and pydom carry their DOM element; their collections iterate them.
    inner = getattr(selector, "_dom_element", None)
    if inner is not None:
        return [inner]
    if hasattr(selector, "__iter__"):
        return [getattr(each, "_dom_element", each) for each in selector]
    return [selector]


def when(event_type, selector=None, **options):
    """Decorates a function as the handler of `event_type` on the elements `selector` matches.

    The function may be sync or async and may take the event or nothing. Decorators stack.
    Options are those of addEventListener (once, capture, passive...).
    """
    if isinstance(event_type, str):
        if not selector:
            raise ValueError("Selector required for DOM event handling.")
        elements = _elements(selector)
        if not elements:
            raise ValueError(f"No elements found for selector: {selector}")

    def decorator(function):
        handler = _handler(function)
        if isinstance(event_type, Event):
            event_type.add_listener(handler)
        elif isinstance(event_type, list) and all(isinstance(e, Event) for e in event_type):
            for event in event_type:
                event.add_listener(handler)
        else:
            listener = create_proxy(handler)
            for element in elements:
                element.addEventListener(event_type, listener, to_js(options) if options else False)
        return handler

    return decorator
