# pyscript.web, the successor API, against the real DOM of the fixture in #main / #worker.
from common import R, check, raises, report
from pyscript import document, web, when
from pyscript.web import br, button, canvas, div, h3, input_, label, option, p, page, select, span

# page
check("page[id]", page[f"{R}-title"].innerHTML, "Title")
check("page[#id]", page[f"#{R}-title"].textContent, "Title")
check("missing id", page["no-such-id"], None)
check("page.find", len(page.find(f"#{R} .item")), 3)
check("page.body", page.body.tag, "body")
check("page.head and page.html", (page.head.tag, page.html.tag), ("head", "html"))
page.title = f"web {R}"
check("page.title", page.title, f"web {R}")
raises("bad selector", ValueError, lambda: page.find("#"), "not a valid CSS selector")

# One class per tag: children, attributes, classes, style, data-*.
card = div(
    h3("Card", id=f"{R}-card-title"),
    p("para ", span("inner", classes=["inner"]), " tail"),
    "<em>raw html</em>",
    id=f"{R}-card",
    classes=["card", "new"],
    style={"color": "green"},
    title="tip",
    data_kind="demo",
)
page[f"{R}-out"].append(card)
check("tag", card.tag, "div")
check("id", card.id, f"{R}-card")
check("classes", card.classes, {"card", "new"})
check("style", card.style["color"], "green")
check("attribute", card.title, "tip")
check("data attribute", card.getAttribute("data-kind"), "demo")
check("children", [child.tag for child in card.children], ["h3", "p", "em"])
check("child index", card[0].textContent, "Card")
check("child slice", [child.tag for child in card[1:]], ["p", "em"])
check("text children", card[1].textContent, "para inner tail")
check("find", card.find(".inner")[0].textContent, "inner")
check("id within", card[f"#{R}-card-title"].tag, "h3")
check("parent", card.parent.id, f"{R}-out")
check("iterate", [child.tag for child in card], ["h3", "p", "em"])
check("class per tag", type(page[f"{R}-list"]).__name__, "ul")
check("input_", type(page[f"{R}-field"]).__name__, "input_")
box = input_(type="checkbox", checked=True)
check("property attribute", box.checked, True)
check("for_", label("name", for_="x").htmlFor, "x")
raises("void with children", TypeError, lambda: br("text"), "<br> cannot have children")
copy = card.clone(f"{R}-card-copy")
check("clone", (copy.id, copy.parent, copy.find(".inner")[0].textContent), (f"{R}-card-copy", None, "inner"))
card.update(classes="updated", style={"font-weight": "bold"}, title="new tip")
check("update", (card.classes.contains("updated"), card.style["font-weight"], card.title), (True, "bold", "new tip"))
card.classes.remove("new")
check("classes remove", sorted(card.classes), ["card", "updated"])

# Collections: index, slice, iterate, set on all.
items = page.find(f"#{R} .item")
check("collection index", items[0].textContent, "one")
check("collection slice", len(items[0:2]), 2)
check("collection by id", items[f"#{R}-special"].textContent, "two")
items.title = "all"
check("set on all", [item.title for item in items], ["all", "all", "all"])
items.update_all(classes="listed")
check("update_all", [item.classes.contains("listed") for item in items], [True, True, True])
items.style["color"] = "blue"
check("style on all", items.style["color"], ["blue", "blue", "blue"])

# select and its options.
chooser = select(option("a", value="1"), option("b", value="2"), id=f"{R}-select")
page[f"{R}-out"].append(chooser)
chooser.options.add(value="3", html="c")
check("options", [each.value for each in chooser.options], ["1", "2", "3"])
chooser.value = "2"
check("selected", chooser.options.selected.textContent, "b")

# canvas draws images and other canvases.
red = canvas(width=4, height=4)
pen = red.getContext("2d")
pen.fillStyle = "rgb(255, 0, 0)"
pen.fillRect(0, 0, 4, 4)
copy_of_red = canvas(width=4, height=4)
copy_of_red.draw(red)
check("canvas draw", copy_of_red.toDataURL() == red.toDataURL(), True)
check("canvas draw drew", copy_of_red.toDataURL() == canvas(width=4, height=4).toDataURL(), False)

# page.append adds to the body.
page.append(div(id=f"{R}-appended"))
check("page.append", page.body.children[-1].id, f"{R}-appended")

# on_<event> handlers and pyscript.when.
def made_pressed(event):
    document.getElementById(f"{R}-made").dataset.pressed = event.type


made = button("made", id=f"{R}-made", on_click=made_pressed)
page[f"{R}-out"].append(made)
raises("unknown event", ValueError, lambda: made.on_clik, "has no 'clik' event")


@when(made.on_click)
def through_the_event(event):
    document.getElementById(f"{R}-made").dataset.event = event.type


@when("click", page[f"{R}-button"])
def pressed():
    document.getElementById(f"{R}-button").dataset.pressed = "when"


def also_pressed(event):
    document.getElementById(f"{R}-button").dataset.again = event.type


page[f"{R}-button"].on_click.add_listener(also_pressed)

report()
