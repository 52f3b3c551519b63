"""hello: what the hello plugin brings to Python on the page."""


def greet(name):
    """A greeting from the plugin, as HTML with the plugin's own style."""
    return f'<span class="hello-greeting">Hello, {name}, from the hello plugin</span>'
