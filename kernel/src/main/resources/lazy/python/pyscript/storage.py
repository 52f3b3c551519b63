"""Dictionaries kept in the browser's IndexedDB: `store = await storage("name")`."""

import _pyloom_lazy

from pyscript.ffi import is_none
from pyscript.flatted import parse, stringify

# Values are stored as PyScript stores them, so a page keeps the data it stored before.
_KINDS = (bool, int, float, str, list, dict, tuple)


def _encode(value):
    if value is None or is_none(value):
        return stringify(["null", 0])
    if isinstance(value, _KINDS):
        return stringify(["generic", value])
    if isinstance(value, bytearray):
        return stringify(["bytearray", list(value)])
    if isinstance(value, memoryview):
        return stringify(["memoryview", list(value)])
    raise TypeError(
        f"Cannot serialize type {type(value).__name__} for storage: store None, bool, int, float, str,"
        " list, tuple, dict, bytearray or memoryview"
    )


def _decode(text):
    kind, data = parse(text)
    if kind == "null":
        return None
    if kind == "bytearray":
        return bytearray(data)
    if kind == "memoryview":
        return memoryview(bytearray(data))
    return data


class Storage(dict):
    """A dict whose changes are written to IndexedDB in the background; `await sync()` waits for them."""

    def __init__(self, store):
        super().__init__()
        for entry in store.entries():
            super().__setitem__(entry[0], _decode(entry[1]))
        self._store = store

    def __setitem__(self, key, value):
        self._store.set(key, _encode(value))
        super().__setitem__(key, value)

    def __delitem__(self, key):
        super().__delitem__(key)
        self._store.delete(key)

    def clear(self):
        self._store.clear()
        super().clear()

    def update(self, *others, **items):
        for other in others:
            pairs = other.items() if hasattr(other, "items") else other
            for key, value in pairs:
                self[key] = value
        for key, value in items.items():
            self[key] = value

    def pop(self, key, *default):
        if key in self:
            value = super().__getitem__(key)
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        key, value = super().popitem()
        self._store.delete(key)
        return key, value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return super().__getitem__(key)

    async def sync(self):
        """Waits until every change so far is in IndexedDB; a failed write is raised here."""
        await self._store.sync()


async def storage(name="", storage_class=Storage):
    """Opens (or creates) the storage `name` of this origin, as a `storage_class` (a Storage)."""
    if not name or not isinstance(name, str):
        raise ValueError("Storage name must be a non-empty string")
    store = await (await _pyloom_lazy.js_module("storage")).open("@pyscript/" + name)
    return storage_class(store)
