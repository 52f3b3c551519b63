"""code.interact() where the interpreter has no code module (MicroPython): a read-eval-print loop
over input(), with Python's prompts, continuation lines for blocks, and the value of each
expression printed."""

import sys

_globals = {"__name__": "__main__"}


def _opens_block(line):
    """A line after which Python waits for more: a block follows, up to an empty line."""
    line = line.rstrip()
    return line.endswith(":") or line.endswith("\\")


_STATEMENT = object()


def _run(source):
    try:
        value = eval(source, _globals)
    except SyntaxError:
        value = _STATEMENT  # not an expression: run outside this handler, so its errors stand alone
    if value is _STATEMENT:
        exec(source, _globals)
    elif value is not None:
        print(repr(value))
        _globals["_"] = value


def _report(error):
    if hasattr(sys, "print_exception"):
        sys.print_exception(error)
    else:
        import traceback

        traceback.print_exception(error)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Reads, runs and prints until the input ends (EOFError) or exit() is called (SystemExit)."""
    read = readfunc or input
    if local is not None:
        _globals.update(local)
    print(banner if banner is not None else "Python %s on %s" % (sys.version, sys.platform))
    while True:
        try:
            source = read(">>> ")
            while _opens_block(source.split("\n")[0]):
                more = read("... ")
                if not more.strip():
                    break
                source += "\n" + more
            if source.strip():
                _run(source)
        except (EOFError, SystemExit):
            break
        except Exception as error:  # noqa: BLE001  a REPL reports and goes on
            _report(error)
    if exitmsg:
        print(exitmsg)
