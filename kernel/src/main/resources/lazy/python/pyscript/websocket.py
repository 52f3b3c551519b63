"""Browser WebSockets from Python, named as in JavaScript: `WebSocket(url, onmessage=handler)`.

Text arrives as str and binary data as memoryview; send() takes str, bytes or bytearray. Handlers
may be plain or async functions, given as keyword arguments or set as attributes.
"""

import sys

import js
from pyscript.ffi import create_proxy
from pyscript.util import as_bytearray, is_awaitable

_HANDLERS = ("onclose", "onerror", "onmessage", "onopen")


class WebSocketEvent:
    """A browser event of a WebSocket, with binary data as a memoryview."""

    def __init__(self, event):
        self._event = event

    def __getattr__(self, attr):
        value = getattr(self._event, attr)
        if attr == "data" and not isinstance(value, str):
            if hasattr(value, "to_py"):
                return value.to_py()  # Pyodide: an ArrayBuffer converts itself
            return memoryview(as_bytearray(value))
        return value


def _handler(function):
    if is_awaitable(function):

        async def handle(event):
            await function(WebSocketEvent(event))

        return create_proxy(handle)
    return create_proxy(lambda event: function(WebSocketEvent(event)))


class WebSocket:
    """A connection to a WebSocket server; the browser's own object is `_js_websocket`."""

    CONNECTING = 0
    OPEN = 1
    CLOSING = 2
    CLOSED = 3

    def __init__(self, url, protocols=None, **handlers):
        socket = js.WebSocket.new(url, protocols) if protocols else js.WebSocket.new(url)
        socket.binaryType = "arraybuffer"
        object.__setattr__(self, "_js_websocket", socket)
        object.__setattr__(self, "_handled", set())
        # A connection that fails with no onerror handler to hear it is reported on sys.stderr,
        # which the page's error banner shows, instead of failing unseen.
        socket.addEventListener("close", create_proxy(self._report_failure))
        for name, handler in handlers.items():
            setattr(self, name, handler)

    def __getattr__(self, attr):
        return getattr(self._js_websocket, attr)

    def __setattr__(self, attr, value):
        if attr in _HANDLERS:
            self._handled.add(attr)
            setattr(self._js_websocket, attr, _handler(value))
        else:
            setattr(self._js_websocket, attr, value)

    def send(self, data):
        """Sends text (str) or binary data (bytes, bytearray, memoryview); the socket must be open."""
        if isinstance(data, str):
            self._js_websocket.send(data)
            return
        buffer = js.Uint8Array.new(len(data))
        for index, byte in enumerate(data):
            buffer[index] = byte
        self._js_websocket.send(buffer)

    def close(self, code=None, reason=None):
        """Closes the connection, with a close code (int) and a reason (str) when given."""
        if code and reason:
            self._js_websocket.close(code, reason)
        elif code:
            self._js_websocket.close(code)
        else:
            self._js_websocket.close()

    def _report_failure(self, event):
        if not event.wasClean and "onerror" not in self._handled:
            print(
                f"WebSocket {self._js_websocket.url}: the connection failed or was cut (close code {event.code});"
                " set onerror to handle it",
                file=sys.stderr,
            )
