"""display(): show Python values in the page.

A str is text. Other objects show their richest representation: from _repr_mimebundle_ when
they have one, else savefig (PNG), _repr_png_, _repr_jpeg_, _repr_svg_, _repr_html_,
_repr_json_, _repr_javascript_, and last repr(). Within a bundle the same order decides, not the
bundle's own order: MicroPython's dicts do not keep it.
"""

from pyscript.context import current_target, document
from pyscript.ffi import is_none


class HTML:
    """Marks a string as HTML to insert as it is, not as text."""

    def __init__(self, html):
        self._html = html

    def _repr_html_(self):
        return self._html


def _escape(text):
    # What html.escape does. Importing html (with re) and base64 cost MicroPython several ms of
    # every page's first display(); base64 is imported only for an image given as bytes.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def _image(mime, data, meta):
    if isinstance(data, (bytes, bytearray)):
        import base64

        data = base64.b64encode(data).decode("ascii")
    attributes = "".join(f' {name}="{value}"' for name, value in meta.items())
    return f'<img src="data:{mime};base64,{data}"{attributes}>'


_RENDER = {
    "text/plain": lambda data, meta: _escape(data),
    "text/html": lambda data, meta: data,
    "image/png": lambda data, meta: _image("image/png", data, meta),
    "image/jpeg": lambda data, meta: _image("image/jpeg", data, meta),
    "image/svg+xml": lambda data, meta: data,
    "application/json": lambda data, meta: data,
    "application/javascript": lambda data, meta: f"<script>{data}</script>",
}

_METHODS = (
    ("savefig", "image/png"),
    ("_repr_png_", "image/png"),
    ("_repr_jpeg_", "image/jpeg"),
    ("_repr_svg_", "image/svg+xml"),
    ("_repr_html_", "text/html"),
    ("_repr_json_", "application/json"),
    ("_repr_javascript_", "application/javascript"),
)


_PRIORITY = (
    "image/png",
    "image/jpeg",
    "image/svg+xml",
    "text/html",
    "application/json",
    "application/javascript",
    "text/plain",
)


def _savefig(figure):
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _split(output):
    # A representation may come with metadata: (data, {"width": ...}).
    if isinstance(output, tuple):
        return output[0], dict(output[1])
    return output, {}


def _render(value):
    """The HTML for a value, and its MIME type."""
    if isinstance(value, str):
        return _escape(value), "text/plain"
    bundle_method = getattr(value, "_repr_mimebundle_", None)
    if bundle_method is not None:
        bundle = bundle_method()
        if bundle:
            formats, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
            for mime in _PRIORITY:
                if mime in formats:
                    data, meta = _split(formats[mime])
                    meta = dict(metadata.get(mime, {}), **meta)
                    return _RENDER[mime](data, meta), mime
    for method, mime in _METHODS:
        if not hasattr(value, method):
            continue
        output = _savefig(value) if method == "savefig" else getattr(value, method)()
        if output is None:
            continue
        data, meta = _split(output)
        return _RENDER[mime](data, meta), mime
    return _escape(repr(value)), "text/plain"


def _write(element, value, append):
    content, mime = _render(value)
    if not content.strip():
        return
    container = element
    if append:
        container = document.createElement("div")
        element.append(container)
    if mime in ("text/html", "application/javascript"):
        # A fragment, so that scripts in it run, as they would in a notebook.
        container.append(document.createRange().createContextualFragment(content))
    else:
        container.innerHTML = content


def display(*values, target=None, append=True):
    """Writes each value into the target: an element id (a leading # is allowed), by default the
    running script's output element. append=False replaces what the target held."""
    if is_none(target):
        target = current_target()
        if is_none(target):
            raise ValueError("display() in a worker needs a target: display(value, target=\"element-id\")")
    elif isinstance(target, str) and target.startswith("#"):
        target = target[1:]
    element = document.getElementById(target)
    if is_none(element):
        raise ValueError(f"Cannot find element with id='{target}' in the page.")
    if not append:
        element.replaceChildren()
    for value in values:
        _write(element, value, append)
