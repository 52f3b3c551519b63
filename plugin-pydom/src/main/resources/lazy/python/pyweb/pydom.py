"""pydom: select page elements with CSS selectors and work with them as Python objects.

    from pyweb import pydom

    pydom["#out"][0].html = "<b>hi</b>"          # pydom[selector] is always a collection
    for item in pydom[".item"]:
        item.classes.toggle("done")
    pydom[".item"].style["color"] = "red"        # on every match
    box = pydom.create("div", classes=["card"], html="new")

It is built on pyscript.web: its elements also reach any DOM property (el.title, el.disabled).
"""

from pyscript import web
from pyscript.context import document
from pyscript.display import _write
from pyscript.events import when
from pyscript.ffi import is_none

# The elements that have a value: form fields and a few others.
_HAS_VALUE = ("input", "select", "textarea", "button", "option", "output", "li", "meter", "progress", "data", "param")


def _wrap(dom_element):
    return None if is_none(dom_element) else Element(dom_element)


class Element(web.Element):
    """One element of the page."""

    def __init__(self, dom_element):
        super().__init__(dom_element=dom_element)

    def _wrap(self, dom_element):
        return _wrap(dom_element)

    def _collection(self, elements):
        return ElementCollection(elements)

    @property
    def _js(self):
        return self._dom_element

    @property
    def html(self):
        return str(self._dom_element.innerHTML)

    @html.setter
    def html(self, value):
        self._dom_element.innerHTML = value

    @property
    def text(self):
        return str(self._dom_element.textContent)

    @text.setter
    def text(self, value):
        self._dom_element.textContent = value

    @property
    def content(self):
        return str(self._dom_element.innerHTML)

    @content.setter
    def content(self, value):
        """Shows the value as display() would: str as text, objects by their richest repr."""
        self._dom_element.replaceChildren()
        _write(self._dom_element, value, False)

    @property
    def value(self):
        self._check_value()
        return self._dom_element.value

    @value.setter
    def value(self, new_value):
        self._check_value()
        self._dom_element.value = new_value

    def _check_value(self):
        # Not an AttributeError: that would send the lookup on to the DOM and lose the reason.
        if self.tag not in _HAS_VALUE:
            raise TypeError(f"<{self.tag}> elements have no value (input, select, textarea and the like do)")

    def add_class(self, *names):
        self.classes.add(*names)

    def remove_class(self, *names):
        self.classes.remove(*names)

    def create(self, tag, is_child=True, classes=None, html=None):
        """A new element, appended to this one unless is_child is False."""
        new = pydom.create(tag, classes=classes, html=html)
        if is_child:
            self.append(new)
        return new

    def clone(self, new_id=None, to=None):
        """A deep copy with new_id, appended to the Element `to` if given (else not in the page)."""
        copy = super().clone(new_id)
        if to is not None:
            to.append(copy)
        return copy

    def when(self, event, handler=None):
        """Handles the element's event: el.when("click", f), or @el.when("click") as a decorator."""
        decorator = when(event, self)
        return decorator if handler is None else decorator(handler)


class ElementCollection(web.ElementCollection):
    """The elements a selector matched: index, slice, iterate, or set an attribute on all of them
    (pydom[".item"].html = "x"); a string index searches within them."""

    def __getitem__(self, key):
        if isinstance(key, str):
            return self.find(key)
        return super().__getitem__(key)

    def when(self, event, handler=None):
        decorator = when(event, self)
        return decorator if handler is None else decorator(handler)


class PyDom:
    """pydom[selector]: the page's elements that match, as an ElementCollection."""

    def __getitem__(self, selector):
        return ElementCollection([Element(node) for node in web._matching(document, selector)])

    @property
    def body(self):
        return Element(document.body)

    @property
    def head(self):
        return Element(document.head)

    def create(self, tag, classes=None, html=None):
        """A new element, not in the page yet."""
        new = Element(document.createElement(tag))
        if classes:
            new.classes.add(*([classes] if isinstance(classes, str) else classes))
        if html is not None:
            new.html = html
        return new


pydom = PyDom()
