"""Runs a module the runtime carries only as a stub: fetched from the set's lazy files on first import."""

import _pyloom


def load(namespace, path):
    url = _pyloom.lazy_folder + path
    try:
        source = _pyloom.fetch_text_sync(url)
    except Exception as failure:
        raise ImportError(f"cannot fetch {namespace['__name__']} from {url}: {failure}") from None
    exec(compile(source, path, "exec"), namespace)
