"""display(): show Python values in the page, as HTML."""

import js
import _pyloom


class HTML:
    """Marks a string as HTML to insert as it is, not as text."""

    def __init__(self, html):
        self._html = html

    def _repr_html_(self):
        return self._html


def _escape(text):
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def _to_html(value):
    # str is text, never markup; rich objects may offer HTML; anything else shows its repr.
    if isinstance(value, str):
        return _escape(value)
    to_html = getattr(value, "_repr_html_", None)
    if to_html is not None:
        return to_html()
    return _escape(repr(value))


def _element(target):
    if target is None:
        target = _pyloom.target
    if target.startswith("#"):
        target = target[1:]
    element = js.document.getElementById(target)
    # Boolean() because JS null reaches Python differently on each interpreter.
    if not js.Boolean(element):
        raise ValueError(f"Invalid selector with id={target}. Cannot be found in the page.")
    return element


def display(*values, target=None, append=True):
    """Writes each value into the target element (the script's own output element by default)."""
    element = _element(target)
    if not append:
        element.replaceChildren()
    for value in values:
        html = _to_html(value)
        if append:
            div = js.document.createElement("div")
            div.innerHTML = html
            element.append(div)
        else:
            element.insertAdjacentHTML("beforeend", html)
