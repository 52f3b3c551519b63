# What the pydom and pyscript.web checks share: where they work and how they report.
# The same checks run on the main thread (in #main) and in a worker (in #worker).
import json

from pyscript import RUNNING_IN_WORKER, document

R = "worker" if RUNNING_IN_WORKER else "main"
failures = []
counted = [0]


def check(name, actual, expected):
    counted[0] += 1
    if actual != expected:
        failures.append(f"{name}: got {actual!r}, expected {expected!r}")


def raises(name, error_type, action, fragment):
    """The action raises error_type with a message that contains fragment."""
    counted[0] += 1
    try:
        action()
    except error_type as error:
        if fragment not in str(error):
            failures.append(f"{name}: message {str(error)!r} lacks {fragment!r}")
        return
    except Exception as error:
        failures.append(f"{name}: raised {type(error).__name__}: {error}, not {error_type.__name__}")
        return
    failures.append(f"{name}: raised nothing")


def report():
    document.getElementById(R + "-result").textContent = json.dumps({"checks": counted[0], "failures": failures})
