"""input() on the main thread: nothing can be typed there without freezing the page, so it says so."""

import builtins


class MainThreadInputError(EOFError):
    __module__ = "builtins"  # a traceback names it as plainly as EOFError


def _input(prompt=""):
    raise MainThreadInputError(
        "input() cannot wait for typing on the main thread, where the page would freeze: "
        "run the script in a worker with a terminal (<script type=\"py\" worker terminal>)"
    )


builtins.input = _input
