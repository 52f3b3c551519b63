"""A folder of the user's in the interpreter's file system: `await fs.mount("/local")`.

The browser asks the user to pick a folder (from a click, or from a dialog that asks for one) and
to allow access; the choice is kept for the page, so later visits mount it again without asking.
Files written under the mount point reach the folder on `await fs.sync(path)` and on unmount.
"""

import _pyloom
import _pyloom_lazy
from pyscript.context import RUNNING_IN_WORKER
from pyscript.ffi import to_js

mounted = {}

try:
    PermissionError
except NameError:  # MicroPython has no such builtin

    class PermissionError(OSError):
        pass


async def _js():
    if RUNNING_IN_WORKER:
        raise RuntimeError("pyscript.fs mounts folders on the main thread only: a worker has no page to ask from")
    return await _pyloom_lazy.js_module("fs")


async def _check_permission(details):
    """The kept handle when access to it is still granted, else None."""
    permission = await details.handler.queryPermission(details.options)
    return details.handler if permission == "granted" else None


async def mount(path, mode="readwrite", root="", id="pyscript"):
    """Mounts a folder the user picks at `path`; `mode` "readwrite" or "read", `root` where the
    picker starts ("documents", "downloads", ...), `id` tells folders at one path apart."""
    if mode not in ("read", "readwrite"):
        raise ValueError(f"fs.mount mode must be 'read' or 'readwrite', not {mode!r}")
    key = f"{path}@{id}"
    if path in mounted:
        raise ValueError(f"Path '{path}' is already mounted. Unmount it first or use a different path.")
    options = {"id": id, "mode": mode}
    if root:
        options["startIn"] = root
    page = await _js()
    try:
        handle = await page.folder(key, to_js(options))
    except Exception as failure:
        if page.REFUSED in str(failure) or "NotAllowedError" in str(failure):
            raise PermissionError(f"fs.mount({path!r}): the user did not allow access to a folder") from None
        if "AbortError" in str(failure):
            raise PermissionError(f"fs.mount({path!r}): no folder was picked (the picker was closed)") from None
        raise
    mounted[path] = await page.mount(_pyloom.engine, path, handle)


async def sync(path):
    """Writes what the interpreter changed under a mount point to the user's folder."""
    if path not in mounted:
        raise KeyError(f"Path '{path}' is not mounted. Use fs.mount() to mount it first.")
    await mounted[path].syncfs()


async def unmount(path):
    """Syncs a mount point, then takes it out of the file system."""
    if path not in mounted:
        raise KeyError(f"Path '{path}' is not mounted. Cannot unmount.")
    await sync(path)
    mounted[path].unmount()
    del mounted[path]


async def revoke(path, id="pyscript"):
    """Forgets the folder kept for `path` and `id` (the user is asked again next time); whether one was."""
    page = await _js()
    had = await page.forget(f"{path}@{id}")
    if path in mounted:
        mounted[path].unmount()
        del mounted[path]
    return bool(had)
