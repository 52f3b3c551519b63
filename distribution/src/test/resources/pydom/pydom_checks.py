# pydom, as page authors use it, against the real DOM of the fixture in #main / #worker.
from common import R, check, raises, report
from pyscript import HTML, document, when
from pyweb import pydom

# pydom[selector]: a collection that indexes, slices and iterates.
items = pydom[f"#{R} .item"]
check("count", len(items), 3)
check("index", items[0].text, "one")
check("negative index", items[-1].text, "three")
check("slice", [item.text for item in items[1:]], ["two", "three"])
check("iterate", [item.text for item in items], ["one", "two", "three"])
check("by id", pydom[f"#{R}-title"][0].html, "Title")
check("any selector", len(pydom[f"#{R} ul > li.special"]), 1)
check("no match", len(pydom[f"#{R} .nothing"]), 0)
check("string index searches within", pydom[f"#{R}-list"][".special"][0].text, "two")
raises("bad selector", ValueError, lambda: pydom["#"], "not a valid CSS selector")

# Setting on a collection sets on every member.
items.style["color"] = "blue"
items.classes.add("seen")
check("classes on all", [item.classes.contains("seen") for item in items], [True, True, True])
pydom[f"#{R} .special"].html = "<i>two</i>"
check("html on all", items[1].html, "<i>two</i>")
check("attribute of all", items.text, ["one", "two", "three"])

# Element properties.
box = pydom[f"#{R}-box"][0]
check("id", box.id, f"{R}-box")
box.id = f"{R}-renamed"
check("id set", len(pydom[f"#{R}-renamed"]), 1)
box.id = f"{R}-box"
check("html", box.html, "box <b>bold</b>")
check("text", box.text, "box bold")
box.text = "<plain>"
check("text is text", box.html, "&lt;plain&gt;")
box.content = HTML("<em>rich</em>")
check("content of HTML", box.html, "<em>rich</em>")
box.content = 42
check("content of an object", box.text, "42")
box.html = "box"

# style: dict-like, written through.
check("style read", box.style["color"], "red")
box.style["background-color"] = "yellow"
box.style["fontSize"] = "20px"
check("style camelCase", box.style["font-size"], "20px")
del box.style["color"]
check("style deleted", "color" in box.style, False)
check("style keys", sorted(box.style.keys()), ["background-color", "font-size"])
raises("bad style value", ValueError, lambda: box.style.__setitem__("width", "banana"), "'banana' is not a valid value")

# classes: add, remove, toggle, contains.
check("classes", sorted(box.classes), ["a", "b"])
box.classes.add("c")
box.classes.remove("a")
check("toggle on", box.classes.toggle("t"), True)
check("toggle off", box.classes.toggle("t"), False)
check("contains", box.classes.contains("b"), True)
check("in", "a" in box.classes, False)
check("after changes", box.classes, ["b", "c"])

# value: form fields have one, other elements say they do not.
field = pydom[f"#{R}-field"][0]
check("value", field.value, "start")
field.value = "typed"
check("value set", document.getElementById(f"{R}-field").value, "typed")
raises("value of a div", TypeError, lambda: box.value, "<div> elements have no value")

# create, append, parent, children, find, clone.
made = pydom.create("p", classes=["made"], html="<b>new</b>")
check("created detached", made.parent, None)
box.append(made)
check("appended", box.find("p.made")[0].html, "<b>new</b>")
kid = box.create("span", classes="kid", html="child")
check("element.create appends", box.children[-1].html, "child")
check("create classes", list(kid.classes), ["kid"])
check("parent", made.parent.id, f"{R}-box")
check("parent is the element", made.parent == box, True)
check("children", [child.tag for child in box.children], ["p", "span"])
copy = box.clone(f"{R}-copy", to=pydom[f"#{R}-out"][0])
check("clone placed", pydom[f"#{R}-copy"][0].find(".made")[0].text, "new")
check("clone is deep and separate", len(pydom[f"#{R}-box"]), 1)

# show_me scrolls the element into view (inside its own scroller).
pydom[f"#{R}-far"][0].show_me()
check("show_me scrolled", document.getElementById(f"{R}-scroller").scrollTop > 0, True)

# Events through pyscript.when, and the element's own when.
@when("click", pydom[f"#{R}-button"])
def pressed(event):
    document.getElementById(f"{R}-button").dataset.pressed = event.type


def pressed_again():
    document.getElementById(f"{R}-button").dataset.again = "yes"


pydom[f"#{R}-button"][0].when("click", pressed_again)

report()
