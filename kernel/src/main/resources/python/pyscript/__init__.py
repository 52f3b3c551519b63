"""The pyscript package: what page code imports on the main thread."""

import json

import js
import _pyloom

from pyscript.display import HTML, display

window = js
document = js.document
RUNNING_IN_WORKER = False

# The page's configuration for this interpreter, every key of it, with "type": "py" or "mpy".
config = json.loads(_pyloom.config)


def current_target():
    """The id of the element display() writes into by default for the running script."""
    return _pyloom.target


__all__ = ["HTML", "display", "window", "document", "RUNNING_IN_WORKER", "config", "current_target"]
