"""pydom: select elements with CSS selectors and work with them as Python objects."""

import js


class Element:
    """One DOM element."""

    def __init__(self, js_element):
        self._js = js_element

    @property
    def id(self):
        return self._js.id

    @id.setter
    def id(self, value):
        self._js.id = value

    @property
    def html(self):
        return self._js.innerHTML

    @html.setter
    def html(self, value):
        self._js.innerHTML = value

    @property
    def text(self):
        return self._js.textContent

    @text.setter
    def text(self, value):
        self._js.textContent = value

    def find(self, selector):
        return ElementCollection.of(self._js.querySelectorAll(selector))


class ElementCollection:
    """Elements matched by a selector: index them, iterate them, or set a property on all."""

    def __init__(self, elements):
        self._elements = elements

    @classmethod
    def of(cls, node_list):
        return cls([Element(node_list.item(i)) for i in range(node_list.length)])

    def __getitem__(self, index):
        return self._elements[index]

    def __iter__(self):
        return iter(self._elements)

    def __len__(self):
        return len(self._elements)

    def __getattr__(self, name):
        return [getattr(element, name) for element in self._elements]

    def __setattr__(self, name, value):
        if name == "_elements":
            object.__setattr__(self, name, value)
            return
        for element in self._elements:
            setattr(element, name, value)


class PyDom:
    """pydom[selector] returns the matching elements of the page."""

    def __getitem__(self, selector):
        return ElementCollection.of(js.document.querySelectorAll(selector))


pydom = PyDom()
