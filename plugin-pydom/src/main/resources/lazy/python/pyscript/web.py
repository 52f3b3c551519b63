"""pyscript.web: the page as Python objects (shipped with the pydom plugin).

    from pyscript import web

    web.page["#out"]                      # the element with that id, or None
    web.page.find(".item")                # every match, as an ElementCollection
    web.page.body.append(web.div(web.h2("Title"), "<p>html</p>", id="box", classes=["card"]))
    web.button("Go", on_click=handler)    # on_<event> takes handlers

Any other attribute is the DOM element's own (`el.innerHTML`, `el.value`); a trailing underscore
avoids Python keywords (`for_`, `class_`, `input_`, `del_`).
"""

import _pyloom_pydom
from pyscript.context import document, window
from pyscript.events import Event, _handler, when  # noqa: F401  (when: for `from pyscript.web import when`)
from pyscript.ffi import create_proxy, is_none

# Tag name -> Element subclass, so that wrapping a DOM element gives its own class.
_CLASS_OF_TAG = {}


def wrap(dom_element):
    """The Element of a DOM element (None for null or undefined)."""
    if is_none(dom_element):
        return None
    element_class = _CLASS_OF_TAG.get(str(dom_element.tagName).lower(), Element)
    return element_class(dom_element=dom_element)


def _dom_name(name):
    """A Python attribute name as the DOM property it stands for."""
    if name.endswith("_"):
        name = name[:-1]
    return {"for": "htmlFor", "class": "className", "classes": "className"}.get(name, name)


def _css_name(name):
    """backgroundColor and background_color both mean background-color; --custom stays as it is."""
    if name.startswith("--"):
        return name
    hyphenated = ""
    for char in name.replace("_", "-"):
        hyphenated += "-" + char.lower() if char.isupper() else char
    return hyphenated


def _id_of(key):
    return key[1:] if key.startswith("#") else key


def _by_id(root, key):
    """The descendant of root with this id (a leading # is allowed), as a DOM element or null."""
    return root.querySelector("#" + str(window.CSS.escape(_id_of(key))))


def _nodes(node_list):
    return [node_list.item(index) for index in range(node_list.length)]


# The helpers by PyScript's names, which its own tests and some pages call.
def _wrap_if_not_none(dom_element):
    """The Element of a DOM element, or None for null and undefined."""
    return wrap(dom_element)


def _find_by_id(dom_node, target_id):
    """The Element with this id (a leading # is allowed) under dom_node, or None."""
    return wrap(_by_id(dom_node, target_id))


def _find_and_wrap(dom_node, selector):
    """Every element under dom_node that matches the CSS selector, as an ElementCollection."""
    return ElementCollection([wrap(node) for node in _matching(dom_node, selector)])


def _matching(root, selector):
    """The DOM elements under root that match a CSS selector; a bad selector is a ValueError."""
    if not isinstance(selector, str):
        raise TypeError(f"a CSS selector is a string, not {type(selector).__name__}")
    # Selected in JavaScript: MicroPython cannot catch the exception a bad selector throws.
    found = _pyloom_pydom.select(root, selector)
    if isinstance(found, str):
        raise ValueError(f"'{selector}' is not a valid CSS selector")
    return _nodes(found)


class Classes:
    """An element's CSS classes, as a set of names that writes through to its classList.

    A name with spaces stands for several classes: classes.add("a b").
    """

    def __init__(self, dom_element):
        self._class_list = dom_element.classList

    @staticmethod
    def _names(names):
        for name in names:
            yield from str(name).split()

    def add(self, *names):
        for name in self._names(names):
            self._class_list.add(name)

    def remove(self, *names):
        """Removes the classes; an absent one is no error, as with classList."""
        for name in self._names(names):
            self._class_list.remove(name)

    discard = remove

    def toggle(self, name, force=None):
        """Adds the class if absent, else removes it (force=True/False only adds/removes).
        Returns whether the element has it now."""
        if force is None:
            return bool(self._class_list.toggle(name))
        return bool(self._class_list.toggle(name, bool(force)))

    def contains(self, name):
        return bool(self._class_list.contains(name))

    __contains__ = contains

    def clear(self):
        self._class_list.value = ""

    def __iter__(self):
        return iter(str(self._class_list.value).split())

    def __len__(self):
        return int(self._class_list.length)

    def __eq__(self, other):
        return set(self) == set(other)

    def __repr__(self):
        return f"Classes({sorted(self)})"


class Style:
    """An element's inline style as a dict of CSS properties that writes through to the element.

    Keys are CSS names (background-color); backgroundColor and background_color work too.
    """

    def __init__(self, dom_element):
        self._style = dom_element.style

    def __getitem__(self, name):
        value = str(self._style.getPropertyValue(_css_name(name)))
        if not value:
            raise KeyError(name)
        return value

    def get(self, name, default=None):
        value = str(self._style.getPropertyValue(_css_name(name)))
        return value if value else default

    def __setitem__(self, name, value):
        css_name = _css_name(name)
        text = str(value)
        self._style.setProperty(css_name, text)
        # The browser drops what it cannot parse without a word: say so.
        if text and not str(self._style.getPropertyValue(css_name)):
            raise ValueError(f"'{text}' is not a valid value of the CSS property '{css_name}'")

    def __delitem__(self, name):
        self._style.removeProperty(_css_name(name))

    def set(self, **properties):
        for name, value in properties.items():
            self[name] = value

    def remove(self, *names):
        for name in names:
            del self[name]

    def update(self, properties=(), **more):
        for name, value in dict(properties, **more).items():
            self[name] = value

    def keys(self):
        return [str(self._style.item(index)) for index in range(self._style.length)]

    def items(self):
        return [(name, self[name]) for name in self.keys()]

    def __contains__(self, name):
        return bool(str(self._style.getPropertyValue(_css_name(name))))

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return int(self._style.length)

    def __repr__(self):
        return f"Style({dict(self.items())})"


class _Each:
    """Fans an operation out to several objects: collection.style["color"] = "red"."""

    def __init__(self, members):
        self._members = members

    def __setitem__(self, key, value):
        for member in self._members:
            member[key] = value

    def __delitem__(self, key):
        for member in self._members:
            del member[key]

    def __getitem__(self, key):
        return [member[key] for member in self._members]

    def __contains__(self, key):
        return bool(self._members) and all(key in member for member in self._members)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)

        def on_each(*args, **kwargs):
            return [getattr(member, name)(*args, **kwargs) for member in self._members]

        return on_each


class Element:
    """A DOM element. Subclasses per tag create new ones: div("text", id="x")."""

    # Tags that may hold no children (a class per tag sets its own).
    _void = False

    def __init__(self, *children, dom_element=None, classes=None, style=None, **attributes):
        if is_none(dom_element):
            dom_element = document.createElement(self._tag_name())
        object.__setattr__(self, "_dom_element", dom_element)
        object.__setattr__(self, "_events", {})
        if children and self._void:
            raise TypeError(f"<{self._tag_name()}> cannot have children")
        self.update(classes=classes, style=style, **attributes)
        self.append(*children)

    @classmethod
    def _tag_name(cls):
        return cls.__name__.replace("_", "")

    # How found DOM elements are wrapped; pydom wraps them in its own classes.
    def _wrap(self, dom_element):
        return wrap(dom_element)

    def _collection(self, elements):
        return ElementCollection(elements)

    @property
    def tag(self):
        return str(self._dom_element.tagName).lower()

    @property
    def classes(self):
        return Classes(self._dom_element)

    @property
    def style(self):
        return Style(self._dom_element)

    @property
    def children(self):
        return self._collection([self._wrap(node) for node in _nodes(self._dom_element.children)])

    @property
    def parent(self):
        return self._wrap(self._dom_element.parentElement)

    def __getitem__(self, key):
        """element[0] / element[1:3]: children; element["id"] / element["#id"]: a descendant by id."""
        if isinstance(key, (int, slice)):
            return self.children[key]
        if isinstance(key, str):
            return self._wrap(_by_id(self._dom_element, key))
        raise TypeError(f"element indices are ints, slices or id strings, not {type(key).__name__}")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name.startswith("on_"):
            return self.get_event(name)
        return getattr(self._dom_element, _dom_name(name))

    def __setattr__(self, name, value):
        if name == "classes":
            self._dom_element.className = " ".join(Classes._names([value] if isinstance(value, str) else value))
        elif name == "style":
            self._dom_element.style.cssText = ""
            self.style.update(value)
        elif name.startswith("_") or isinstance(getattr(type(self), name, None), property):
            object.__setattr__(self, name, value)
        elif name.startswith("on_"):
            self.get_event(name).add_listener(_handler(value))
        elif name.startswith("data_") or name.startswith("aria_"):
            self._dom_element.setAttribute(name.replace("_", "-"), value)
        else:
            setattr(self._dom_element, _dom_name(name), value)

    def __eq__(self, other):
        return isinstance(other, Element) and bool(self._dom_element.isSameNode(other._dom_element))

    def __iter__(self):
        return iter(self.children)

    def __repr__(self):
        element_id = str(self._dom_element.id or "")
        return f"<{type(self).__name__} {self.tag}" + (f" id='{element_id}'" if element_id else "") + ">"

    def get_event(self, name):
        """The Event behind on_<event>: its listeners are called with the DOM event."""
        if not name.startswith("on_"):
            raise ValueError(f"event attributes start with 'on_', not '{name}'")
        event_name = name[3:]
        if name not in self._events:
            if not hasattr(self._dom_element, "on" + event_name):
                raise ValueError(
                    f"<{self.tag}> has no '{event_name}' event; for custom events use @when('{event_name}', element)"
                )
            event = Event()
            self._dom_element.addEventListener(event_name, create_proxy(event.trigger))
            self._events[name] = event
        return self._events[name]

    def append(self, *items):
        """Appends Elements, collections, DOM nodes, lists of them, and text (strings are HTML in
        a container's constructor, text here)."""
        for item in items:
            if isinstance(item, Element):
                self._dom_element.appendChild(item._dom_element)
            elif isinstance(item, (ElementCollection, list, tuple)):
                self.append(*item)
            elif isinstance(item, (str, int, float, bool)):
                self._dom_element.append(str(item))
            elif hasattr(item, "nodeType"):
                self._dom_element.appendChild(item)
            elif hasattr(item, "length") and hasattr(item, "item"):
                self.append(*_nodes(item))  # a NodeList or HTMLCollection: a copy, as appending moves nodes
            else:
                raise TypeError(f"cannot append a {type(item).__name__} to an element")

    def get_tag_name(self):
        """The element's tag name, in lower case ("div")."""
        return str(self._dom_element.tagName).lower()

    def clone(self, clone_id=None):
        """A deep copy, not in the page yet; with clone_id it gets that id."""
        copy = self._wrap(self._dom_element.cloneNode(True))
        if clone_id is not None:
            copy._dom_element.id = clone_id
        return copy

    def find(self, selector):
        """Every descendant matching the CSS selector."""
        return self._collection([self._wrap(node) for node in _matching(self._dom_element, selector)])

    def show_me(self):
        """Scrolls the element into view."""
        self._dom_element.scrollIntoView()

    def update(self, classes=None, style=None, **attributes):
        """Adds classes, sets style properties and attributes, at once."""
        if classes:
            self.classes.add(*([classes] if isinstance(classes, str) else classes))
        if style:
            self.style.update(style)
        for name, value in attributes.items():
            setattr(self, name, value)


class ContainerElement(Element):
    """An element that holds children: Elements, collections, or strings of HTML."""

    def __init__(self, *children, dom_element=None, classes=None, style=None, **attributes):
        # children=[...] is the keyword form of the positional children.
        children = list(children) + list(attributes.pop("children", None) or [])
        super().__init__(dom_element=dom_element, classes=classes, style=style, **attributes)
        for child in children:
            if isinstance(child, str):
                self._dom_element.insertAdjacentHTML("beforeend", child)
            else:
                self.append(child)


class ElementCollection:
    """Elements found by a selector: index, slice, iterate, or set an attribute on all of them."""

    def __init__(self, elements):
        object.__setattr__(self, "_elements", list(elements))

    @property
    def elements(self):
        return self._elements

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._elements[key]
        if isinstance(key, slice):
            return type(self)(self._elements[key])
        if isinstance(key, str):
            for element in self._elements:
                if str(element._dom_element.id) == _id_of(key):
                    return element
                found = element[key]
                if found is not None:
                    return found
            return None
        raise TypeError(f"collection indices are ints, slices or id strings, not {type(key).__name__}")

    def __iter__(self):
        return iter(self._elements)

    def __len__(self):
        return len(self._elements)

    def __eq__(self, other):
        return isinstance(other, ElementCollection) and self._elements == other._elements

    def __repr__(self):
        return f"{type(self).__name__}({self._elements})"

    @property
    def classes(self):
        return _Each([element.classes for element in self._elements])

    @property
    def style(self):
        return _Each([element.style for element in self._elements])

    def __getattr__(self, name):
        """The attribute of every element, as a list."""
        if name.startswith("_"):
            raise AttributeError(name)
        return [getattr(element, name) for element in self._elements]

    def __setattr__(self, name, value):
        """Sets the attribute on every element."""
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        for element in self._elements:
            setattr(element, name, value)

    def find(self, selector):
        found = []
        for element in self._elements:
            found.extend(element.find(selector))
        return type(self)(found)

    def update_all(self, classes=None, style=None, **attributes):
        for element in self._elements:
            element.update(classes=classes, style=style, **attributes)


class _Options:
    """The options of a select, datalist or optgroup."""

    def __init__(self, element):
        self._element = element

    def _all(self):
        return [wrap(node) for node in _nodes(self._element._dom_element.querySelectorAll("option"))]

    def __getitem__(self, index):
        return self._all()[index]

    def __iter__(self):
        return iter(self._all())

    def __len__(self):
        return len(self._all())

    @property
    def selected(self):
        index = int(self._element._dom_element.selectedIndex)
        return None if index < 0 else self._all()[index]

    def add(self, value=None, html=None, text=None, before=None, **attributes):
        """Adds an option (before an option, or an index, if given)."""
        new = option(**attributes)  # noqa: F821  (made below, per tag)
        if value is not None:
            new._dom_element.value = value
        if html is not None:
            new._dom_element.innerHTML = html
        if text is not None:
            new._dom_element.text = text
        if isinstance(before, Element):
            before = before._dom_element
        self._element._dom_element.add(new._dom_element, before)
        return new

    def remove(self, index):
        self._element._dom_element.remove(index)

    def clear(self):
        for each in self._all():
            each._dom_element.remove()


class _WithOptions(ContainerElement):
    @property
    def options(self):
        return _Options(self)


class select(_WithOptions):
    pass


class datalist(_WithOptions):
    pass


class optgroup(_WithOptions):
    pass


class canvas(ContainerElement):
    def draw(self, image, width=None, height=None):
        """Draws an image, video or canvas (an Element or a DOM object), scaled if asked."""
        source = image._dom_element if isinstance(image, Element) else image
        context = self._dom_element.getContext("2d")
        if width or height:
            context.drawImage(source, 0, 0, width, height)
        else:
            context.drawImage(source, 0, 0)

    def download(self, filename="snapped.png"):
        link = a(download=filename, href=self._dom_element.toDataURL())  # noqa: F821
        link._dom_element.click()


class video(ContainerElement):
    def snap(self, to=None, width=None, height=None):
        """The current frame drawn on a canvas (a new one unless given as Element or selector)."""
        width = width or self._dom_element.videoWidth
        height = height or self._dom_element.videoHeight
        if to is None:
            to = canvas(width=width, height=height)
        elif isinstance(to, str):
            found = page.find(to)
            to = found[0] if found else None
        if not isinstance(to, canvas):
            raise TypeError("video.snap(to=...) needs a canvas")
        to.draw(self, width, height)
        return to


_CONTAINER_TAGS = (
    "a abbr address article aside audio b bdi bdo blockquote body button caption cite code colgroup data dd "
    "del details dfn dialog div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header "
    "hgroup html i iframe ins kbd label legend li main map mark menu meter nav noscript object ol option "
    "output p picture pre progress q rp rt ruby s samp script search section slot small span strong style sub "
    "summary sup table tbody td template textarea tfoot th thead time title tr u ul var"
)
_VOID_TAGS = "area base br col embed hr img input link meta param source track wbr"
# Tags that are Python keywords or builtins get a trailing underscore.
_RENAMED = ("del", "input", "map", "object")


def _make_tag_classes():
    for element_class in (select, datalist, optgroup, canvas, video):
        _CLASS_OF_TAG[element_class.__name__] = element_class
    for tags, base in ((_CONTAINER_TAGS, ContainerElement), (_VOID_TAGS, Element)):
        for tag in tags.split():
            name = tag + "_" if tag in _RENAMED else tag
            element_class = type(name, (base,), {"_void": base is Element})
            globals()[name] = element_class
            _CLASS_OF_TAG[tag] = element_class


_make_tag_classes()


class Page:
    """The document: page.body, page.head, page.html, page.title, page["id"], page.find(selector)."""

    @property
    def html(self):
        return wrap(document.documentElement)

    @property
    def head(self):
        return wrap(document.head)

    @property
    def body(self):
        return wrap(document.body)

    @property
    def title(self):
        return str(document.title)

    @title.setter
    def title(self, value):
        document.title = value

    def __getitem__(self, key):
        """The element with this id (a leading # is allowed), or None."""
        if not isinstance(key, str):
            raise TypeError(f"page[...] takes an element id, not {type(key).__name__}")
        return wrap(document.getElementById(_id_of(key)))

    def find(self, selector):
        return ElementCollection([wrap(node) for node in _matching(document, selector)])

    def append(self, *items):
        self.body.append(*items)


page = Page()
