"""fetch(): the browser's fetch, awaitable from Python, with Python results.

    response = await fetch(url)
    data = await response.json()
    data = await fetch(url).json()
"""

import json

import js

from pyscript.ffi import to_js


def _bytes(buffer):
    return bytearray(js.Uint8Array.new(buffer))


class _Response:
    """A fetch Response whose readers give Python values."""

    def __init__(self, response):
        self._response = response

    def __getattr__(self, name):
        return getattr(self._response, name)

    async def text(self):
        return await self._response.text()

    async def json(self):
        return json.loads(await self.text())

    async def bytearray(self):
        return _bytes(await self._response.arrayBuffer())

    async def arrayBuffer(self):
        return memoryview(_bytes(await self._response.arrayBuffer()))

    async def blob(self):
        return await self._response.blob()


class _Pending:
    """What fetch() returns: await it for the response, or call a reader on it directly."""

    def __init__(self, url, options):
        self._url = url
        self._options = options
        self._response = None

    async def _get(self):
        if self._response is None:
            raw = await js.fetch(self._url, to_js(self._options)) if self._options else await js.fetch(self._url)
            self._response = _Response(raw)
        return self._response

    def __await__(self):
        return self._get().__await__()

    def __iter__(self):
        # MicroPython awaits by iterating; its coroutines are generators.
        return self._get()

    async def text(self):
        return await (await self._get()).text()

    async def json(self):
        return await (await self._get()).json()

    async def bytearray(self):
        return await (await self._get()).bytearray()

    async def arrayBuffer(self):
        return await (await self._get()).arrayBuffer()

    async def blob(self):
        return await (await self._get()).blob()


def fetch(url, **options):
    """Starts a request; options are those of the browser's fetch (method, headers, body...)."""
    return _Pending(url, options)
