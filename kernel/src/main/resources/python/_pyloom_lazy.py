"""The set's lazy files: a Python module the runtime carries only as a stub, fetched and run on
first import, and the JavaScript modules the lazy Python imports once."""

import _pyloom


def load(namespace, path):
    url = _pyloom.lazy_folder + path
    try:
        source = _pyloom.fetch_text_sync(url)
    except Exception as failure:
        raise ImportError(f"cannot fetch {namespace['__name__']} from {url}: {failure}") from None
    exec(compile(source, path, "exec"), namespace)


_js_modules = {}


async def js_module(name):
    """The lazy JavaScript module js/NAME.js of this set, imported once."""
    if name not in _js_modules:
        _js_modules[name] = (await _pyloom.import_all(_pyloom.lazy_folder + "js/" + name + ".js"))[0]
    return _js_modules[name]
